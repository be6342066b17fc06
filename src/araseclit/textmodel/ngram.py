"""Character n-gram models with interpolated Kneser-Ney smoothing, stored ARPA-style.

A model is trained once (``scripts/build_textmodel.py``) and shipped as package data; at run
time it is only looked up. Storage follows the ARPA convention: for every n-gram seen in
training its interpolated log probability, for every context its back-off weight, so that

    log P(c | h) = logp[h + c]                   if h + c was seen,
                 = backoff[h] + log P(c | h[1:])  otherwise (backoff[h] = 0 if h was unseen).

Sequences are padded with :data:`BOS` before and :data:`EOS` after; probabilities are
natural logarithms.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from araseclit.textmodel.table import StringTable, TableError, TableMap, build

#: n-gram windows whose probability is remembered (the structure model sees the same ones
#: over and over)
MEMO_SIZE = 2_000_000
#: start and end of a sequence (never characters of the text itself)
BOS = "\x02"
EOS = "\x03"
#: log probabilities are stored in hundredths of a nat (the JSON form rounds them to two
#: decimals), as 16-bit integers; this one marks "not stored"
_ABSENT = -32768
#: and this one -0.0 (a weight rounded to zero from below), so the table holds the JSON's
#: numbers bit for bit
_NEGATIVE_ZERO = -32767


@dataclass
class NgramModel:
    """``order``-gram character model: ``logp`` per seen n-gram, ``backoff`` per context."""

    order: int
    logp: Mapping[str, float]
    backoff: Mapping[str, float]
    floor: float  # log probability of a character never seen in training
    _memo: dict[str, float] = field(default_factory=dict, repr=False, compare=False)

    def cond_logp(self, context: str, char: str) -> float:
        """log P(``char`` | the last ``order - 1`` characters of ``context``).

        A context never seen has no back-off weight (0) and no n-gram that extends it (every
        stored n-gram's context has a weight: :meth:`to_table` checks it), so it is passed
        over with one lookup instead of two."""
        context = context[len(context) - self.order + 1 :] if self.order > 1 else ""
        total = 0.0
        logp, backoff = self.logp, self.backoff
        for k in range(len(context), 0, -1):
            h = context[len(context) - k :]
            weight = backoff.get(h)
            if weight is None:
                continue
            p = logp.get(h + char)
            if p is not None:
                return total + p
            total += weight
        p = logp.get(char)
        if p is not None:
            return total + p
        return total + backoff.get("", 0.0) + self.floor

    def score(self, text: str, bos: bool = True, eos: bool = True) -> float:
        """log P(``text``) with the sequence's start and end (each optional)."""
        n = self.order
        s = (BOS * (n - 1) if bos else "") + text + (EOS if eos else "")
        start = n - 1 if bos else 0
        memo = self._memo
        if len(memo) > MEMO_SIZE:
            memo.clear()
        elif isinstance(self.logp, TableMap) and isinstance(self.backoff, TableMap):
            # rent or buy: a key looked up in the table through Python costs about what
            # copying one entry into a dict costs (~1 us), so once the keys looked up match
            # the table's size the copy is made: a small file never gets there (a command
            # stays lean), a long document or a corpus run does, at most twice the cost of
            # knowing in advance
            if self.logp.looked_up + self.backoff.looked_up > len(self.logp.table):
                self.to_dicts()
        total = 0.0
        for i in range(start, len(s)):
            window = s[max(0, i - n + 1) : i + 1]
            p = memo.get(window)
            if p is None:
                p = memo[window] = self.cond_logp(window[:-1], window[-1])
            total += p
        return total

    def to_dicts(self) -> None:
        """Look n-grams up in plain dicts from now on (the same numbers; see :meth:`score`)."""
        if isinstance(self.logp, TableMap) and isinstance(self.backoff, TableMap):
            self.logp, self.backoff = self.logp.to_dict(), self.backoff.to_dict()

    # -- storage ------------------------------------------------------------------------------

    def to_json(self) -> dict[str, object]:
        return {
            "order": self.order,
            "floor": round(self.floor, 4),
            "logp": {k: round(v, 2) for k, v in self.logp.items()},
            "backoff": {k: round(v, 2) for k, v in self.backoff.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> NgramModel:
        logp = data["logp"]
        backoff = data["backoff"]
        assert isinstance(logp, dict) and isinstance(backoff, dict)
        return cls(int(str(data["order"])), logp, backoff, float(str(data["floor"])))

    def save(self, path: Path) -> None:
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(self.to_json(), fh, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def load(cls, path: Path) -> NgramModel:
        """A model saved by :meth:`save` (``.json.gz``) or :meth:`save_table` (``.tab``)."""
        if path.suffix == ".tab":
            return cls.from_table(StringTable.open(path))
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return cls.from_json(json.load(fh))

    def to_table(self) -> bytes:
        """The model as a memory-mappable table (:mod:`.table`): every n-gram and context
        once, with its log probability and back-off weight in hundredths of a nat, rounded
        as :meth:`to_json` rounds them (so both forms give the same scores)."""
        keys = list(dict.fromkeys([*self.logp, *self.backoff]))
        orphans = [g for g in self.logp if len(g) > 1 and g[:-1] not in self.backoff]
        if orphans:  # cond_logp passes over contexts with no weight
            raise TableError(f"{len(orphans)} n-grams whose context has no weight: {orphans[:3]}")
        logp = [_centi(self.logp[k]) if k in self.logp else _ABSENT for k in keys]
        backoff = [_centi(self.backoff[k]) if k in self.backoff else _ABSENT for k in keys]
        meta = {"kind": "ngram", "order": self.order, "floor": round(self.floor, 4)}
        return build(keys, {"logp": ("h", logp), "backoff": ("h", backoff)}, meta)

    def save_table(self, path: Path) -> None:
        path.write_bytes(self.to_table())

    @classmethod
    def from_table(cls, table: StringTable) -> NgramModel:
        """The model over a table written by :meth:`to_table` (nothing is copied)."""
        if table.meta.get("kind") != "ngram":
            raise TableError(f"not an n-gram model: {table.source}")
        logp: TableMap[float] = TableMap(table, "logp", _from_centi, _ABSENT)
        backoff: TableMap[float] = TableMap(table, "backoff", _from_centi, _ABSENT)
        return cls(int(table.meta["order"]), logp, backoff, float(table.meta["floor"]))

    # -- training -----------------------------------------------------------------------------

    @classmethod
    def train(
        cls, sequences: Iterable[tuple[str, int]], order: int, min_count: int = 1
    ) -> NgramModel:
        """Interpolated Kneser-Ney over ``(sequence, weight)`` pairs.

        ``weight`` counts the sequence that many times (integer, so that the count-of-counts
        discount estimate stays defined). Top-order n-grams seen fewer than ``min_count``
        times are pruned before the lower orders are derived from them.
        """
        top: Counter[str] = Counter()
        pad = BOS * (order - 1)
        for seq, weight in sequences:
            s = pad + seq + EOS
            for i in range(order - 1, len(s)):
                top[s[i - order + 1 : i + 1]] += weight
        if min_count > 1:
            top = Counter({g: c for g, c in top.items() if c >= min_count})
        counts: dict[int, Counter[str]] = {order: top}
        for k in range(order - 1, 0, -1):  # continuation counts: distinct left extensions
            lower: Counter[str] = Counter()
            for g in counts[k + 1]:
                lower[g[1:]] += 1
            counts[k] = lower
        vocab = {g[-1] for g in counts[1]}
        floor = math.log(1.0 / (len(vocab) + 1)) - 2.0  # unseen characters: well below any seen
        logp: dict[str, float] = {}
        backoff: dict[str, float] = {}
        lower_p: dict[str, float] = {c: 1.0 / (len(vocab) + 1) for c in vocab}
        for k in range(1, order + 1):
            probs = _kn_order(counts[k], lower_p, _discount(counts[k]), backoff, k)
            for g, p in probs.items():
                logp[g] = math.log(p)
            lower_p = probs
        return cls(order, logp, backoff, floor)


def _centi(value: float) -> int:
    """``value`` rounded to two decimals, in hundredths: ``_from_centi`` gives back exactly
    the double ``round(value, 2)`` (which is what the JSON form holds)."""
    rounded = round(value, 2)
    if rounded == 0 and math.copysign(1.0, rounded) < 0:
        return _NEGATIVE_ZERO
    centi = round(rounded * 100)
    if _from_centi(centi) != rounded or not _NEGATIVE_ZERO < centi <= 32767:
        raise TableError(f"{value!r} is not a 16-bit number of hundredths")
    return centi


def _from_centi(centi: int) -> float:
    # a quotient of two exact integers is correctly rounded: the same double as "-3.45"
    return centi / 100 if centi != _NEGATIVE_ZERO else -0.0


def _discount(counts: Counter[str]) -> float:
    """Ney's absolute discount from the counts of counts, n1 / (n1 + 2 n2), where n1 and n2
    count the n-grams seen at the two lowest counts left after pruning; kept in [0.2, 0.9]."""
    low = min(counts.values(), default=1)
    n1 = sum(1 for c in counts.values() if c == low)
    n2 = sum(1 for c in counts.values() if c == low + 1)
    return min(0.9, max(0.2, n1 / (n1 + 2 * n2))) if n1 + n2 else 0.5


def _kn_order(
    counts: Counter[str],
    lower_p: dict[str, float],
    discount: float,
    backoff: dict[str, float],
    k: int,
) -> dict[str, float]:
    """Interpolated probabilities of the order-``k`` n-grams; fills ``backoff`` for contexts."""
    totals: dict[str, float] = defaultdict(float)
    types: dict[str, int] = defaultdict(int)
    for g, c in counts.items():
        totals[g[:-1]] += c
        types[g[:-1]] += 1
    probs: dict[str, float] = {}
    for g, c in counts.items():
        h = g[:-1]
        gamma = discount * types[h] / totals[h]
        below = lower_p.get(g[1:]) if k > 1 else lower_p.get(g)
        if below is None:  # a pruned lower n-gram: back off through what is left
            below = min(lower_p.values())
        probs[g] = max(c - discount, 0.0) / totals[h] + gamma * below
    if k > 1:
        for h in totals:
            backoff[h] = math.log(discount * types[h] / totals[h])
    return probs
