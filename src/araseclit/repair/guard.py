"""Do no harm: a pass's changes stand only where the scorer finds the text likelier.

A repair pass (say, putting lifted brackets back) rewrites some lines of a document. The
guard snapshots the lines, lets the pass run, and splits what changed into groups of
neighbouring lines (a pass that moves a piece from one line to the next changes both). Each
group is scored before and after as one text; a group that does not gain at least the
pass's margin goes back to what it was. What stays is logged on its lines as a
:class:`~araseclit.document.RepairOp`.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import fields

from araseclit.document import NOISE_KINDS, Line
from araseclit.repair.ops import record

_DEBUG = bool(os.environ.get("ARASECLIT_DEBUG_GUARD"))
#: lines between two changed lines that still make them one group
GROUP_GAP = 1

Score = Callable[[str], float]


#: the fields of a line a pass may change (its log of operations is the guard's to keep)
_FIELDS = tuple(f.name for f in fields(Line) if f.name != "ops")


def _snap(ln: Line) -> dict[str, object]:
    return {name: getattr(ln, name) for name in _FIELDS}


def _restore(ln: Line, snap: dict[str, object]) -> None:
    for name, value in snap.items():
        setattr(ln, name, value)


def _groups(changed: list[int], content: list[bool] | None = None) -> list[list[int]]:
    """Changed line indices grouped when at most :data:`GROUP_GAP` lines with text lie
    between them (blank lines, running heads and page numbers do not separate: a pass may
    move a piece across a page break)."""
    out: list[list[int]] = []
    for i in changed:
        if out:
            last = out[-1][-1]
            between = range(last + 1, i)
            gap = sum(content[k] for k in between) if content is not None else len(between)
            if gap <= GROUP_GAP:
                out[-1].append(i)
                continue
        out.append([i])
    return out


def _old_index(lines: list[Line], old_pos: dict[int, int]) -> list[int]:
    """For each line after a pass, the index of the line before it that it is (or, for a
    line the pass made, of the nearest line before it that it is not)."""
    out, last = [], -1
    for ln in lines:
        last = old_pos.get(id(ln), last)
        out.append(max(last, 0))
    return out


def guarded(
    name: str,
    run: Callable[[list[Line]], object],
    lines: list[Line],
    score: Score,
    margin: float = 0.0,
) -> int:
    """Run pass ``name`` on ``lines`` (in place); keep each group of its changes that gains at
    least ``margin`` nats, undo the others. A pass may merge lines (dropping one) or make
    new ones; a group is then the stretch of old lines it touched. Returns the groups kept."""
    old = list(lines)
    snaps = [_snap(ln) for ln in old]
    old_pos = {id(ln): i for i, ln in enumerate(old)}
    run(lines)
    new = list(lines)
    new_ids = {id(ln) for ln in new}
    touched = {i for i, ln in enumerate(old) if id(ln) not in new_ids or _snap(ln) != snaps[i]}
    mapped = _old_index(new, old_pos)
    touched |= {mapped[j] for j, ln in enumerate(new) if id(ln) not in old_pos}
    if not touched:
        return 0
    kept = 0
    keep: dict[int, bool] = {}
    content = [
        snap["kind"] not in NOISE_KINDS and bool(str(snap["text"]).strip()) for snap in snaps
    ]
    for group in _groups(sorted(touched), content):
        a, b = group[0], group[-1]
        if a == b and _text_only(old[a], snaps[a], new_ids):
            kept += _keep_hunks(name, old[a], snaps[a], score, margin)
            keep[a] = True
            continue
        before = _join(
            [(snaps[i]["text"], snaps[i]["kind"], snaps[i]["glue"]) for i in range(a, b + 1)]
        )
        after_lines = [ln for j, ln in enumerate(new) if a <= mapped[j] <= b]
        after = _join([(ln.text, ln.kind, ln.glue) for ln in after_lines])
        gain = score(after) - score(before) if after != before else 0.0
        ok = after == before or gain >= margin
        if _DEBUG:
            print(
                f"guard {name} {'keep' if ok else 'UNDO'} {gain:+.1f}\n  - {before}\n  + {after}",
                file=sys.stderr,
            )
        for i in range(a, b + 1):
            keep[i] = ok
        if ok:
            kept += 1
            for ln in after_lines:
                i = old_pos.get(id(ln))
                was = str(snaps[i]["text"]) if i is not None else ""
                if ln.text != was:
                    ln.ops.append(record(name, was, ln.text, gain))
                    ln.changed = True
    out: list[Line] = []
    for j, ln in enumerate(new):
        i = mapped[j]
        if keep.get(i, True):
            out.append(ln)
    for i, ln in enumerate(old):  # undone groups: the old lines, as they were, in place
        if keep.get(i, True) is False:
            _restore(ln, snaps[i])
    lines[:] = _merge_back(out, old, keep)
    return kept


#: words of the lines around a group scored with it (does the group continue what precedes?)
CONTEXT_WORDS = 4


def _context(snaps: list[dict[str, object]], a: int, b: int) -> tuple[str, str]:
    """The last words of the body line before ``a`` and the first words of the one after
    ``b``, as the group's unchanged surroundings (with the separating spaces)."""
    head = tail = ""
    for i in range(a - 1, -1, -1):
        if snaps[i]["kind"] not in NOISE_KINDS and str(snaps[i]["text"]).strip():
            head = " ".join(str(snaps[i]["text"]).split()[-CONTEXT_WORDS:]) + " "
            break
    for i in range(b + 1, len(snaps)):
        if snaps[i]["kind"] not in NOISE_KINDS and str(snaps[i]["text"]).strip():
            tail = " " + " ".join(str(snaps[i]["text"]).split()[:CONTEXT_WORDS])
            break
    return head, tail


def _text_only(ln: Line, snap: dict[str, object], new_ids: set[int]) -> bool:
    """The pass changed only this line's text (not its kind, its joins, its existence)."""
    return id(ln) in new_ids and all(
        getattr(ln, k) == v for k, v in snap.items() if k not in ("text", "changed")
    )


# a word or the white space between words: the units a change to a line is judged in
_UNIT = re.compile(r"\S+|\s+")
#: the longest line (in words and spaces) whose change is judged hunk by hunk: the diff is
#: quadratic in it (worse when words repeat, as in a list of citations of one author), and
#: each hunk is scored against the whole line; a longer line (a paragraph typed as one line,
#: some 150 words) is judged as a whole, in linear time. Extracted lines hold 10 to 60.
MAX_DIFF_UNITS = 300
#: the most hunks judged one by one (each costs a score of the line); more: one hunk
MAX_HUNKS = 32


def _keep_hunks(name: str, ln: Line, snap: dict[str, object], score: Score, margin: float) -> int:
    """Judge the changes a pass made inside one line hunk by hunk (a line may hold a right
    join and a wrong one). From all hunks, each is dropped in turn if the line reads better
    without it (so that hunks which only work together, like two brackets turned round,
    stay together); if what is left does not gain ``margin``, hunks that gain it alone are
    kept instead."""
    old, new = str(snap["text"]), ln.text
    a, b = _UNIT.findall(old), _UNIT.findall(new)
    if max(len(a), len(b)) > MAX_DIFF_UNITS:  # the line's change is judged as one hunk
        hunks = [("replace", 0, len(a), 0, len(b))]
    else:
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        hunks = [h for h in matcher.get_opcodes() if h[0] != "equal"]
        if len(hunks) > MAX_HUNKS:
            hunks = [("replace", 0, len(a), 0, len(b))]
    base = score(old)
    chosen = list(hunks)
    current = score(_apply(a, b, chosen))
    # a partial change must keep every character the line had before and after the pass
    # (dropping one half of a move would lose what was moved)
    common = _chars(old) & _chars(new)
    for hunk in hunks:
        if len(chosen) < 2:
            break
        rest = [h for h in chosen if h is not hunk]
        trial = _apply(a, b, rest)
        if common - _chars(trial):
            continue
        without = score(trial)
        if without > current:
            chosen, current = rest, without
            if _DEBUG:
                print(
                    f"guard {name} UNDO hunk: {''.join(a[hunk[1] : hunk[2]])!r} -> {''.join(b[hunk[3] : hunk[4]])!r}",
                    file=sys.stderr,
                )
    if current - base < margin:
        alone = [h for h in hunks if score(_apply(a, b, [h])) - base >= max(margin, 0.0)]
        chosen = alone if not common - _chars(_apply(a, b, alone)) else []
        current = score(_apply(a, b, chosen))
    gain = current - base
    text = _apply(a, b, chosen)
    ln.text = text
    ln.changed = bool(snap["changed"]) or text != old
    if text != old:
        ln.ops.append(record(name, old, text, gain))
    return 1 if chosen else 0


#: a bracket and its mirror count as one character (a pass may turn one round as it moves it)
_FOLD_MIRROR = str.maketrans(")]}»>", "([{«<")


def _chars(text: str) -> Counter[str]:
    return Counter(ch for ch in text.translate(_FOLD_MIRROR) if not ch.isspace())


def _apply(a: list[str], b: list[str], hunks: list[tuple[str, int, int, int, int]]) -> str:
    """``a`` with the given hunks of its difference to ``b`` applied."""
    out: list[str] = []
    pos = 0
    for _, i1, i2, j1, j2 in sorted(hunks, key=lambda h: h[1]):
        out += a[pos:i1] + b[j1:j2]
        pos = i2
    out += a[pos:]
    return "".join(out)


def _merge_back(kept_new: list[Line], old: list[Line], keep: dict[int, bool]) -> list[Line]:
    """The new lines of kept groups and untouched lines, with the old lines of undone groups
    put back where they were."""
    if all(keep.values()):
        return kept_new
    pos = {id(ln): i for i, ln in enumerate(old)}
    out: list[Line] = []
    undone = [i for i in range(len(old)) if keep.get(i) is False]
    k = 0
    for ln in kept_new:
        i = pos.get(id(ln))
        while k < len(undone) and i is not None and undone[k] < i:
            out.append(old[undone[k]])
            k += 1
        out.append(ln)
    out.extend(old[i] for i in undone[k:])
    return out


def _join(parts: list[tuple[object, object, object]]) -> str:
    """Body text of (text, kind, glue) lines as the document will read it (a ``glue`` line
    joins the line before it without a space)."""
    out = ""
    for text, kind, glue in parts:
        t = str(text).strip()
        if kind in NOISE_KINDS or not t:
            continue
        out += t if glue or not out else " " + t
    return out


def guarded_texts(
    name: str,
    run: Callable[[list[str]], list[str]],
    texts: list[str],
    score: Score,
    read: Callable[[str], str],
    margin: float = 0.0,
) -> tuple[list[str], dict[int, float]]:
    """The same for a pass over raw lines: ``read`` turns a raw line into the reading it
    would get, and groups are scored on those readings. Returns the new raw lines and the
    gain of each changed line that was kept."""
    new = run(list(texts))
    if len(new) != len(texts):
        raise RuntimeError(f"repair pass {name} added or removed lines")
    changed = [i for i, (a, b) in enumerate(zip(texts, new, strict=True)) if a != b]
    out = list(texts)
    gains: dict[int, float] = {}
    for group in _groups(changed):
        span = range(group[0], group[-1] + 1)
        old = " ".join(read(texts[i]) for i in span if texts[i].strip())
        now = " ".join(read(new[i]) for i in span if new[i].strip())
        before = next((read(texts[i]) for i in range(group[0] - 1, -1, -1) if texts[i].strip()), "")
        after = next(
            (read(texts[i]) for i in range(group[-1] + 1, len(texts)) if texts[i].strip()), ""
        )
        head = " ".join(before.split()[-CONTEXT_WORDS:]) + " " if before else ""
        tail = " " + " ".join(after.split()[:CONTEXT_WORDS]) if after else ""
        gain = score(head + now + tail) - score(head + old + tail) if old != now else 0.0
        if _DEBUG:
            print(
                f"guard {name} {'keep' if gain >= margin or old == now else 'UNDO'} {gain:+.1f}\n  - {old}\n  + {now}",
                file=sys.stderr,
            )
        if gain >= margin or old == now:
            for i in span:
                out[i] = new[i]
            for i in group:
                gains[i] = gain
    return out, gains
