"""Link in-text citations to reference entries, fuzzily but explainably.

Author keys: :func:`araseclit.normalize.normalize_token` on each word (Persian letters,
alef/ya/teh-marbuta variants, diacritics folded), the article dropped (``الحميد`` = ``حميد``,
``Al-Ansari`` = ``al Ansari`` = ``Ansari``), ``et al.``/``وآخرون`` removed, first author only.
A citation's key matches an entry when it equals the entry's first-author surname, full
first-author name or acronym (``UNDP`` for ``United Nations Development Programme (UNDP)``),
is a word prefix of an organisation (``وزارة العمل`` for ``وزارة العمل والشؤون الاجتماعية``)
or is one edit away (names of 5+ letters); last, a name written in the other script that
reads as the entry's (``بوزان`` ~ ``Buzan``, ``زين`` ~ ``Zinn``, ``طومسون`` ~ ``Thompson``
rather than ``Jameson``): a scored match (:func:`.translit.similarity` of the two names'
sound classes, at least ``CROSS_SCRIPT_MIN``), the explanation recording both sound strings
and the score. Years then must agree: same text, same Gregorian
year, or across calendars Gregorian ranges that share a year (:func:`.years.years_overlap`:
``1399`` solar Hijri ~ ``2020`` and ``2021``, not ``2019``).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from functools import lru_cache

from araseclit.cite import patterns as P
from araseclit.cite.translit import NEAREST_CONSONANT_COST, consonants, script, similarity, sounds
from araseclit.cite.years import years_overlap
from araseclit.normalize import normalize_token

_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
# a zero-width non-joiner inside a word (Persian "عبدالله‌خانی"), which some producers drop:
# the word is one with or without it
_ZWNJ = "\u200c"


def _key_word(word: str) -> str:
    w = normalize_token(word)
    w = P.LATIN_ARTICLE_RE.sub("", w)
    w = P.AR_ARTICLE_RE.sub("", w)
    return re.sub(r"[-’'\s]", "", w)


_ARTICLES = frozenset({"al", "el", "ال"})


def _key(text: str) -> str:
    words = [w for w in _WORD.findall(text.replace(_ZWNJ, "")) if w.lower() not in _ARTICLES]
    return " ".join(k for k in (_key_word(w) for w in words) if k)


def first_author(authors: str) -> str:
    """``"Al-Ansari et al."`` -> ``Al-Ansari``; ``"Ismael & Ismael"`` -> ``Ismael``."""
    a = P.ET_AL_RE.sub("", authors.strip())
    return P.AUTHOR_JOIN_RE.split(a, maxsplit=1)[0].strip()


def spelling_key(author: str) -> str:
    """Key for spelling variants: letters folded but the article kept (``Al-Ali`` != ``Ali``,
    ``الخفاجى`` == ``الخفاجي``, ``Al Tamimi`` == ``Al-Tamimi``)."""
    a = first_author(author)
    return "".join(normalize_token(w) for w in _WORD.findall(a.replace(_ZWNJ, ""))).replace("-", "")


@lru_cache(maxsize=65_536)
def author_key(author: str) -> str:
    """Matching key of a cited author (first author, normalised, article dropped).
    Remembered, as :func:`reference_keys`: the citation finder asks again for every entry of
    the list in every chunk of a book."""
    return _key(first_author(author))


def reference_keys(authors: str | None) -> dict[str, str]:
    """Keys under which an entry can be cited, each with the rule that produced it."""
    return dict(_reference_keys(authors)) if authors else {}


@lru_cache(maxsize=16_384)
def _reference_keys(authors: str) -> tuple[tuple[str, str], ...]:
    """:func:`reference_keys`, remembered (as pairs: the caller gets its own dict)."""
    a = P.ET_AL_RE.sub("", authors.strip())
    keys: dict[str, str] = {}
    for acro in re.findall(r"\(([A-Z]{2,10})\)", a):
        keys[_key(acro)] = "acronym"
    a_noparen = re.sub(r"\([^)]*\)", " ", a)
    head = re.split(r"\s*[،,;؛]\s*|\s+(?:&|and)\s+", a_noparen.strip(), maxsplit=1)[0]
    keys.setdefault(_key(head), "surname" if re.search(r"[،,]", a_noparen) else "name")
    words = head.split()
    if 1 < len(words) <= 3 and not re.search(r"[،,]", a_noparen):
        keys.setdefault(_key(words[-1]), "surname (given name first)")
    keys.setdefault(_key(a_noparen), "full author field")
    initials = _group_initials(a_noparen)
    if initials:  # "(HRW, 2020)" after "Human Rights Watch [HRW]" defined it in the text
        keys.setdefault(_key(initials), "initials of the group author")
    keys.pop("", None)
    return tuple(keys.items())


#: small words an organisation's initials skip: "International Organization for Migration"
_INITIALS_SKIP = frozenset("of for the and on in to".split())


def _group_initials(authors: str) -> str | None:
    """``"HRW"`` for ``"Human Rights Watch"``, ``"OCHA"`` for ``"Office for the Coordination
    of Humanitarian Affairs"``: the initials of a Latin group author (no comma, two words or
    more, every other word capitalised), under which APA cites it after naming it once as
    ``Human Rights Watch [HRW]``."""
    words = authors.split()
    if len(words) < 2 or re.search(r"[,،&]", authors) or not authors.isascii():
        return None
    caps = [w for w in words if w.lower() not in _INITIALS_SKIP]
    if len(caps) < 2 or not all(w[:1].isupper() and w[:1].isalpha() for w in caps):
        return None
    return "".join(w[0] for w in caps)


def _edit_distance_le1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


def _author_rule(key: str, ref_keys: dict[str, str], author: str = "") -> tuple[float, str] | None:
    if key in ref_keys:
        return 2.0, f"author key {key!r} = entry {ref_keys[key]}"
    for rk in ref_keys:
        if len(key.split()) >= 2 and rk.startswith(key + " "):
            return 1.5, f"organisation {key!r} is the start of {rk!r}"
    for rk, rule in ref_keys.items():
        if len(key) >= 5 and _edit_distance_le1(key, rk):
            return 1.0, f"author key {key!r} ~ {rk!r} (one edit, {rule})"
    return _other_script_rule(key, ref_keys, author)


#: the least :func:`~araseclit.cite.translit.similarity` at which a name in one script is read
#: as an entry's name in the other; set on the cross-script pairs of a real book (Fairclough,
#: tr. Enani: Arabic in-text names, English reference list), not on any reported document
CROSS_SCRIPT_MIN = 0.65


def _name_forms(key: str, author: str) -> list[str]:
    """The one-word forms of a cited name to compare across scripts: the key, its first word
    (``سنكلير وكولتارد``: a co-author joined by ``و``), the last word after a particle
    (``فان دييك``) and the first word with its article (``ألتوسير`` is Althusser, not ``توسير``)."""
    words = key.split()
    forms = [key] if len(words) == 1 else []
    if len(words) > 1 and words[0] in _PARTICLES:
        forms.append(words[1])  # "فان دييك", "دي بوجراند ودريسلر"
    elif len(words) == 2 or (len(words) > 2 and words[1].startswith("و")):
        forms.append(words[0])  # co-authors joined by "و"; a longer "name" is prose
        if len(words) == 2 and not words[1].startswith("و"):
            forms.append(words[1])  # given then family name: "غراهام تويج" is Twigg
    first = _WORD.findall(first_author(author))
    if first and (len(words) == 1 or forms):
        forms.append(normalize_token(first[0]))
    # "وكريس", "وفريزر": a co-author's "and" written onto the name
    forms += [f[1:] for f in forms if f.startswith("و") and len(f) > 3]
    return list(dict.fromkeys(f for f in forms if f and f not in _PARTICLES))


_PARTICLES = frozenset(
    {"فان", "دي", "فون", "تن", "دو", "van", "de", "von", "ten", "du", "ابن", "ibn", "abu", "ابو"}
)


def _other_script_rule(
    key: str, ref_keys: dict[str, str], author: str = ""
) -> tuple[float, str] | None:
    """``بوزان`` ~ ``buzan``: a cited name and an entry's name in different scripts that read
    as one name (:func:`~araseclit.cite.translit.similarity` at least ``CROSS_SCRIPT_MIN``).
    Scored 0.4 + 0.5 × similarity, below every same-script rule, so that the closest reading
    wins among entries of the cited year; the explanation records both sound strings."""
    best: tuple[float, str] | None = None
    for form in _name_forms(key, author or key):
        for rk, rule in ref_keys.items():
            if rule == "full author field" or rule == "acronym":
                continue
            words = [w for w in rk.split() if w not in _PARTICLES]
            targets = [words[0], words[-1]] if words else []
            for target in dict.fromkeys(targets):
                if script(target) == script(form):
                    continue
                sim = similarity(form, target)
                if sim >= CROSS_SCRIPT_MIN and (best is None or 0.4 + 0.5 * sim > best[0]):
                    why = (
                        f"author {form!r} ~ {target!r} in the other script (sounds "
                        f"{sounds(form)!r} ~ {sounds(target)!r}, similarity {sim:.2f}, {rule})"
                    )
                    best = (0.4 + 0.5 * sim, why)
    return best


def _given_first_rule(
    key: str, ref_keys: dict[str, str], narrative: bool = False
) -> tuple[float, str] | None:
    """A note names its author given names first (``Toby Dodge``, ``فالح عبد الجبار``), the
    list family name first (``Dodge, Toby``): the entry's surname ends the note's name.

    A narrative citation too (``حيدر علي (٢٠١٨)`` for ``علي، حيدر``), where a name is read
    from running prose: there the words before the surname must also be the entry's given
    names (or their initials, ``Toby`` for ``T.``), written next to its surname, so that a
    phrase ending with a common surname links to no entry."""
    words = key.split()
    for rk, rule in ref_keys.items():
        # (the fields' family name too: "د. غازي فيصل مهدي ود. عدنان عاجل عبيد، …" is filed
        # under مهدي, whose note names him "د. غازي فيصل مهدي")
        if rule not in ("surname", "name", "family name of the entry's fields"):
            continue
        n = len(rk.split())
        if not (0 < n < len(words) and words[-n:] == rk.split()):
            continue
        if narrative and not _given_beside(words[:-n], rk.split(), ref_keys):
            continue
        who = "narrative" if narrative else "note"
        return 1.8, f"{who} author {key!r} ends with the entry {rule} {rk!r}"
    return None


def _given_beside(given: list[str], surname: list[str], ref_keys: dict[str, str]) -> bool:
    """Whether ``given`` are the names the entry writes right after its ``surname`` (``علي
    حيدر`` for ``علي، حيدر``) or right before it (natural order), each word whole or as its
    initial."""

    def same(written: list[str]) -> bool:
        return len(written) == len(given) and all(
            w == g or (len(w) == 1 and g.startswith(w)) for w, g in zip(written, given, strict=True)
        )

    n, k = len(surname), len(given)
    for rk in ref_keys:
        ws = rk.split()
        for i in range(len(ws) - n + 1):
            if ws[i : i + n] == surname and (
                same(ws[i + n : i + n + k]) or same(ws[max(0, i - k) : i])
            ):
                return True
    return False


def year_rule(cit: dict, ref: dict) -> tuple[float, str] | None:
    """How the citation's year agrees with the entry's, or None."""
    # a year letter written apart is the same year: "2015 أ" is "2015أ", "2012 a" "2012a"
    ct, rt = (re.sub(r"\s+", "", x.get("year_text") or "") for x in (cit, ref))
    if ct and ct == rt:
        return 2.0, f"same year {ct!r}"
    cg, rg = cit.get("gregorian_year"), ref.get("gregorian_year")
    if cg is None and rg is None and cit.get("year") is None and ref.get("year") is None:
        return 1.5, "both undated"
    if cg is None or rg is None:
        return None
    cal = f"{cit.get('calendar')}/{ref.get('calendar')}"
    if cg == rg:
        cs, rs = (re.search(r"[a-eأبجد]$", x) for x in (ct, rt))
        if cs and rs:  # "2020c" is not "2020a"
            return None
        if cit.get("year") == ref.get("year") and (cs or rs):
            return 1.2, f"same year, one suffixed ({ct!r} vs {rt!r})"
        return 1.8, f"same Gregorian year {cg} ({cal})"
    # across calendars a year is a range of Gregorian years ("1399ش" is March 2020 to March
    # 2021): the two ranges must share a year, not merely lie within one year of each other
    # ("1399ش" is not 2019; a Hijri year inside one Gregorian year meets no neighbour)
    if cit.get("calendar") != ref.get("calendar") and years_overlap(cit, ref):
        return 1.0, f"Gregorian {cg} ~ {rg} across calendars, the years overlap ({cal})"
    return None


class _Entries:
    """The entries of a reference list indexed by what each author rule compares, so that a
    cited name is compared with the few entries that can match it, not with every entry: a
    book cites thousands of times against a list of hundreds or thousands of entries.

    A candidate is an entry with the cited key as one of its keys, a key starting with the
    key's first two words (organisation), a key one edit away (by their one-letter deletions), a
    key ending with the key's last word (a note's author) or a name in the other script that
    shares a consonant class (:func:`~araseclit.cite.translit.consonants`). Every candidate
    then goes through the same rules as before, in list order: the matches are those of a
    comparison with every entry. What a cited name matches is remembered, since a book
    cites a few hundred names thousands of times.
    """

    def __init__(self, authors: tuple[tuple[str | None, str | None], ...]) -> None:
        # each entry's keys from its author field, and the first family name its fields read
        # ("عبد الأمير كاظم الموسوي، …" -> الموسوي; "فالح عبد الجبار، …" -> عبد الجبار)
        self.keys = [_with_family(reference_keys(a), f) for a, f in authors]
        self.by_key: dict[str, set[int]] = {}
        self.by_first: dict[str, set[int]] = {}  # by a key's first two words
        self.by_last: dict[str, set[int]] = {}
        self._by_deletion: dict[str, set[int]] | None = None  # built on its first use
        self.by_consonant: dict[tuple[str, str], set[int]] = {}
        self.few_consonants: dict[str, set[int]] = {}  # names of 0-1 consonants, by script
        self.hits: dict[tuple[str, str, str], list[tuple[int, tuple[float, str]]]] = {}
        self.comparisons = 0  # name comparisons made (entries a cited name was held against)
        for i, ref_keys in enumerate(self.keys):
            for rk, rule in ref_keys.items():
                words = rk.split()
                self.by_key.setdefault(rk, set()).add(i)
                if len(words) >= 3:  # a cited organisation is two words or more
                    self.by_first.setdefault(" ".join(words[:2]), set()).add(i)
                self.by_last.setdefault(words[-1], set()).add(i)
                if rule not in ("full author field", "acronym"):
                    self._add_targets(i, [w for w in words if w not in _PARTICLES])

    @property
    def by_deletion(self) -> dict[str, set[int]]:
        """The entries by each key of 4+ letters and its one-letter deletions (a key of 5+
        letters is one edit from 4+), built when a cited key of 5+ letters first asks: a
        document whose citations are all shorter, or all numeric, never needs it, and it was
        the costliest part of the index (a set per deletion of every key of every entry)."""
        if self._by_deletion is None:
            index: dict[str, set[int]] = {}
            for i, ref_keys in enumerate(self.keys):
                for rk in ref_keys:
                    if len(rk) >= 4:
                        for d in (rk, *_deletions(rk)):
                            index.setdefault(d, set()).add(i)
            self._by_deletion = index
        return self._by_deletion

    def _add_targets(self, i: int, words: list[str]) -> None:
        """Index the names :func:`_other_script_rule` compares (first and last word)."""
        for target in {words[0], words[-1]} if words else set():
            kind = script(target)
            if kind is None or not sounds(target):
                continue
            if _n_consonants(target) < 2:
                self.few_consonants.setdefault(kind, set()).add(i)
            for c in consonants(target):
                self.by_consonant.setdefault((kind, c), set()).add(i)

    def candidates(self, key: str, author: str, note: str) -> list[int]:
        """Entries that can match the cited ``key`` by some author rule, in list order."""
        found: set[int] = set(self.by_key.get(key, ()))
        words = key.split()
        if not words:
            return sorted(found)
        if len(words) >= 2:
            found |= self.by_first.get(" ".join(words[:2]), set())
        if len(key) >= 5:
            by_deletion = self.by_deletion
            for d in (key, *_deletions(key)):
                found |= by_deletion.get(d, set())
        if note:  # a note's or a narrative citation's name, given names first
            found |= self.by_last.get(words[-1], set())
        if NEAREST_CONSONANT_COST <= 1 - CROSS_SCRIPT_MIN:  # the bound does not hold
            return list(range(len(self.keys)))
        for form in _name_forms(key, author or key):
            kind = script(form)
            if kind is None or not sounds(form):
                continue
            other = "latin" if kind == "arabic" else "arabic"
            for c in consonants(form):
                found |= self.by_consonant.get((other, c), set())
            if _n_consonants(form) < 2:
                found |= self.few_consonants.get(other, set())
        return sorted(found)

    def author_hits(self, key: str, author: str, note: str) -> list[tuple[int, tuple[float, str]]]:
        """Each entry whose author the cited name matches, with the rule's score and why."""
        memo = (key, author, note)
        if memo not in self.hits:
            hits = []
            for i in self.candidates(key, author, note):
                self.comparisons += 1
                a = _author_rule(key, self.keys[i], author)
                if a is None and note:
                    a = _given_first_rule(key, self.keys[i], narrative=note == "narrative")
                if a is not None:
                    hits.append((i, a))
            self.hits[memo] = hits
        return self.hits[memo]


def _n_consonants(name: str) -> int:
    """Consonants of a name's sound string, as :func:`~araseclit.cite.translit.similarity`
    counts them: two names of under two each may read alike with no class in common."""
    return sum(ch not in "Vwy" for ch in sounds(name))


def _deletions(word: str) -> set[str]:
    """``word`` with one letter left out, at each place (two words one edit apart share
    one of these, or one is the other)."""
    return {word[:k] + word[k + 1 :] for k in range(len(word))}


#: the indexes of the last reference lists matched against: the chunks of one long document
#: all match against its one list
_INDEXES: OrderedDict[tuple[str | None, ...], _Entries] = OrderedDict()
_INDEXES_LOCK = threading.Lock()


def _with_family(keys: dict[str, str], family: str | None) -> dict[str, str]:
    """``keys`` and the family name the entry's fields read, when they lack it."""
    fk = author_key(family) if family else ""
    if fk and fk not in keys:
        keys = {**keys, fk: "family name of the entry's fields"}
    return keys


def _entries(references: list[dict]) -> _Entries:
    authors = tuple((r.get("authors"), (r.get("families") or (None,))[0]) for r in references)
    with _INDEXES_LOCK:
        entries = _INDEXES.pop(authors, None) or _Entries(authors)
        _INDEXES[authors] = entries
        while len(_INDEXES) > 4:
            _INDEXES.popitem(last=False)
    return entries


def _given_first(cit: dict) -> str:
    """``"note"`` or ``"narrative"`` when the citation may name its author given names first
    (:func:`_given_first_rule`), else ``""``."""
    kind = cit.get("kind")
    return kind if kind in ("note", "narrative") else ""


def _best(cit: dict, references: list[dict], entries: _Entries) -> dict:
    ckey = author_key(cit.get("author") or "")
    best: tuple[float, dict] | None = None
    author_only: list[str] = []
    for i, a in entries.author_hits(ckey, cit.get("author") or "", _given_first(cit)):
        ref = references[i]
        y = year_rule(cit, ref)
        if y is None:
            author_only.append(str(ref.get("year_text")))
            continue
        exp = {"ref_id": ref["ref_id"], "author_rule": a[1], "year_rule": y[1]}
        if best is None or a[0] + y[0] > best[0]:
            best = (a[0] + y[0], {**exp, "score": a[0] + y[0]})
    if best is None:
        best = _coauthor_split(cit, references, entries)
    if best:
        return {"cit_id": cit["cit_id"], "author_key": ckey, **best[1]}
    reason = (
        f"entries for {ckey!r} have other years: {', '.join(author_only)}"
        if author_only
        else f"no entry with author key {ckey!r}"
    )
    return {"cit_id": cit["cit_id"], "author_key": ckey, "ref_id": None, "reason": reason}


def _coauthor_splits(author: str) -> list[tuple[str, str]]:
    """Where a cited name may be two authors joined by a و written onto the second
    (``الجبوري وحسن`` -> ``الجبوري`` and ``حسن``): each word after the first that opens
    with و, the name cut before it (the article's ``وال`` is cut by the citation reader)."""
    words = author.split()
    return [
        (" ".join(words[:k]), " ".join([words[k][1:], *words[k + 1 :]]))
        for k in range(1, len(words))
        if words[k].startswith("و") and len(words[k]) > 3
    ]


def _family_keys(ref: dict) -> set[str]:
    """Keys of the entry's co-authors' family names (the second author on), each also without
    a و written onto it (``وحسن``)."""
    keys = set()
    for fam in (ref.get("families") or ())[1:]:
        keys.add(author_key(fam))
        if fam.startswith("و"):
            keys.add(author_key(fam[1:]))
    keys.discard("")
    return keys


def _coauthor_split(
    cit: dict, references: list[dict], entries: _Entries
) -> tuple[float, dict] | None:
    """A cited name no entry matches, read as two authors (:func:`_coauthor_splits`): a
    split counts when an entry of the cited year has the first as its first author and the
    second among its co-authors; the best-scoring entry wins, its explanation naming both."""
    best: tuple[float, dict] | None = None
    note = _given_first(cit)
    for first, co in _coauthor_splits(cit.get("author") or ""):
        fkey, cokey = author_key(first), author_key(co)
        if not fkey or not cokey:
            continue
        for i, a in entries.author_hits(fkey, first, note):
            ref = references[i]
            y = year_rule(cit, ref)
            if y is None or cokey not in _family_keys(ref):
                continue
            score = a[0] + y[0]
            why = f"{a[1]}; co-author {cokey!r} (the cited name cut before its و) is the entry's"
            if best is None or score > best[0]:
                exp = {"ref_id": ref["ref_id"], "author_rule": why, "year_rule": y[1]}
                best = (score, {**exp, "score": score})
    return best


def match(citations: list[dict], references: list[dict]) -> list[dict]:
    """Set each citation's ``ref_id`` (in place) and return one explanation per citation.

    An explanation has ``cit_id, author_key, ref_id`` and either ``author_rule, year_rule,
    score`` (matched) or ``reason`` (not matched). Numeric citations match the entry whose
    ``label`` is their number.
    """
    entries = _entries(references)
    by_label = {str(r["label"]): r for r in references if r.get("label")}
    out: list[dict] = []
    for cit in citations:
        if cit.get("kind") == "numeric":
            ref = by_label.get(str(cit.get("number")))
            exp = {"cit_id": cit["cit_id"], "author_key": None, "ref_id": None}
            if ref:
                exp.update(ref_id=ref["ref_id"], author_rule=f"numeric label [{ref['label']}]")
                exp.update(year_rule=None, score=4.0)
            else:
                exp["reason"] = f"no entry labelled [{cit.get('number')}]"
        else:
            exp = _best(cit, references, entries)
        cit["ref_id"] = exp["ref_id"]
        out.append(exp)
    return out
