"""Claim sentences: which sentences assert something, of what type, hedged or not, on whose
authority.

A sentence is a claim unless it is a heading, a question, a caption or keyword line, a reference
entry, a fragment, or a sentence about the paper itself (roadmap "يتناول هذا البحث …", aims,
method, sample). Each claim gets a type (prescriptive > predictive > causal > evaluative >
empirical, the first whose cues it contains; a statistic makes an otherwise uncued or merely
evaluative sentence empirical), a hedge flag and a source.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from numbers import Integral

from araseclit.claims.attribution import (
    AUTHOR,
    citation_source,
    continues_source,
    narrative_source,
)
from araseclit.claims.lexicon import CLAIM_TYPES, ClaimCues, load_cues
from araseclit.claims.patterns import (
    ARABIC_LETTER,
    ELATIVE,
    FUTURE_PREFIX,
    LEADS_TO,
    MORE_LETTERS_THAN_HEADING,
    NUMBERED_HEADING,
    OBLIGATION,
    ORDINAL_HEADING,
    QAD_IMPERFECT,
    QUESTION_MARK,
    REFERENCE_AUTHOR_YEAR,
    REFERENCE_DETAIL,
    REFERENCE_LATIN_NAME,
    REFERENCE_NUMBERED,
    REFERENCES_HEADING,
    TERMINAL,
    WORD,
    caption_regex,
)
from araseclit.claims.quantities import find_quantities, statistical
from araseclit.ids import make_id
from araseclit.normalize import NormalizedText, normalize_text, normalize_token
from araseclit.tag.persons import SPEECH_VERBS

#: claim record fields (DESIGN.md), in order
CLAIM_FIELDS: tuple[str, ...] = (
    "doc_id",
    "claim_id",
    "sent_id",
    "start",
    "end",
    "text",
    "claim_type",
    "hedged",
    "attributed_to",
    "cit_ids",
    "entity_ids",
)
#: fewest words (outside citations) a claim can have
MIN_CLAIM_WORDS = 4
#: longest sentence without final punctuation still taken for a heading
MAX_HEADING_WORDS = 12
CONTINUED = "\x00continued"  # placeholder: "ويضيف أن …" takes the previous sentence's source
_PAPER_WINDOW = 4  # words after a roadmap verb in which "البحث"/"الدراسة"… must appear
_SKIP_IN_WINDOW = {"هذا", "هذه", "في", "ثم", "الاول", "الثاني", "الثالث", "الاخير"}


def _mask(sentence: str, offset: int, citations: list[dict]) -> str:
    """The sentence with citation spans blanked, so "(Dodge، 2020: 56)" adds no cue or number."""
    chars = list(sentence)
    for c in citations:
        start, end = c.get("start"), c.get("end")
        if isinstance(start, Integral) and isinstance(end, Integral):
            for i in range(max(start - offset, 0), min(end - offset, len(chars))):
                chars[i] = " "
    return "".join(chars)


def _is_roadmap(norm: str, cues: ClaimCues) -> bool:
    if cues.regex["roadmap_phrases"].search(norm):
        return True
    words = norm.split()
    for m in cues.regex["roadmap_verbs"].finditer(norm):
        i = len(norm[: m.start()].split())
        window = [w for w in words[i + 1 : i + 1 + _PAPER_WINDOW] if w not in _SKIP_IN_WINDOW]
        for w in window[:2]:
            w = w.strip("،,.:")  # "للبحث" -> "البحث", "بالدراسه" -> "الدراسه"
            if {w, w[1:], "ا" + w[1:]} & cues.words["paper_nouns"]:
                return True
    return False


def _is_reference(sentence: str, norm: str) -> bool:
    if REFERENCE_AUTHOR_YEAR.match(sentence) or REFERENCE_NUMBERED.match(sentence):
        return True
    return bool(REFERENCE_LATIN_NAME.match(sentence)) or (
        "(" in sentence and len(REFERENCE_DETAIL.findall(norm)) >= 2
    )


def references_start(text: str) -> int | None:
    """Offset where the reference list begins: the end of the last line that is only a
    references heading ("المصادر", "قائمة المراجع", "References"), or None."""
    found = None
    pos = 0
    for line in text.splitlines(keepends=True):
        if MORE_LETTERS_THAN_HEADING.match(line):
            pass  # a sentence or paragraph: normalising it would only cost
        elif REFERENCES_HEADING.fullmatch(normalize_token(line.strip())):
            found = pos + len(line)
        pos += len(line)
    return found


def _standalone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a line of its own (a title or heading paragraph): only
    spaces and tabs between it and a line break (or an end of ``text``) on either side. Reads
    the characters next to it, not copies of the text before and after it (per sentence, that
    made a document's claims quadratic in its length)."""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")


def _reported(sentence: str, cues: ClaimCues) -> bool:
    """Whether a sentence reports someone's statement (``صرح رئيس الحزب بأنه …``): a line
    without final punctuation is then a news sentence, not a heading."""
    source = narrative_source(sentence, normalize_text(sentence), cues)
    return source is not None and source != AUTHOR


def non_claim_reason(
    sentence: str, masked: str, norm: str, cues: ClaimCues, standalone: bool = False
) -> str | None:
    """Why a sentence is not a claim ("heading", "question", "caption", "reference",
    "fragment", "roadmap"), or None if it is one. ``masked`` has citations blanked, ``norm``
    is ``masked`` normalised; ``standalone`` says the sentence is a whole line of the text."""
    if ARABIC_LETTER.search(norm) is None:
        return "fragment"
    # a line without final punctuation is a heading unless it reports a statement (asked
    # only when it matters: the checks run in order and the first that holds decides)
    unterminated: bool | None = None

    def is_unterminated() -> bool:
        nonlocal unterminated
        if unterminated is None:
            unterminated = not TERMINAL.search(sentence) and not _reported(sentence, cues)
        return unterminated

    if standalone and is_unterminated():
        return "heading"
    words = norm.split()
    first = words[0] if words else ""
    if QUESTION_MARK.search(sentence) is not None or first in cues.words["question_words"]:
        return "question"
    if norm.startswith("الي اي مدي"):
        return "question"
    if caption_regex(cues.words["caption_starts"]).match(norm) is not None:
        return "caption"
    if _is_reference(sentence, norm):
        return "reference"
    if NUMBERED_HEADING.match(sentence) or ORDINAL_HEADING.match(norm):
        return "heading"
    n_words = len([w for w in WORD.findall(masked) if not w.isdigit()])
    if n_words <= MAX_HEADING_WORDS and is_unterminated():
        return "heading"
    if n_words < MIN_CLAIM_WORDS:
        return "fragment"
    if _is_roadmap(norm, cues):
        return "roadmap"
    return None


def claim_type(norm: str, cues: ClaimCues) -> str:
    """The claim type of a normalised, citation-masked sentence."""
    for name in CLAIM_TYPES[:-1]:
        hit = cues.regex[f"claim_types.{name}"].search(norm) is not None
        if name == "causal":
            hit = hit or LEADS_TO.search(norm) is not None
        if name == "prescriptive":
            hit = hit or OBLIGATION.search(norm) is not None
        if name == "predictive":
            hit = hit or FUTURE_PREFIX.search(norm) is not None
        if name == "evaluative":
            hit = hit or ELATIVE.search(norm) is not None
        if name == "evaluative" and hit and statistical(find_quantities(norm)):
            return "empirical"  # "تجاوز 25%" outweighs "الأكثر"
        if hit:
            return name
    return "empirical"


def is_hedged(norm: str, cues: ClaimCues) -> bool:
    """Whether a normalised sentence is hedged ("قد يؤدي", "يمكن أن", "ربما", "لعل"), not
    counting negated modals ("لا يمكن الفصل")."""
    if QAD_IMPERFECT.search(norm):
        return True
    for m in cues.regex["hedges"].finditer(norm):
        before = norm[: m.start()].split()
        last = before[-1] if before else ""
        negators = cues.words["hedge_negators"]
        if last not in negators and not (last[:1] in "وف" and last[1:] in negators):
            return True
    return False


def _inside(record: dict, sent_id: str, start: int, end: int) -> bool:
    if isinstance(record.get("sent_id"), str):
        return record["sent_id"] == sent_id
    pos = record.get("start")
    return isinstance(pos, Integral) and start <= pos < end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _BySentence:
    """Records (citations, mentions) by the sentence they are in, in their order: those with a
    ``sent_id`` under it, the others (no id) found by their ``start``, as :func:`_inside` says.
    Looking a sentence's records up instead of testing every record of the document against
    every sentence keeps a document's claims linear in its length."""

    def __init__(self, records: list[dict]) -> None:
        self.by_id: dict[str, list[tuple[int, dict]]] = {}
        self.loose: list[tuple[int, dict]] = []
        for i, rec in enumerate(records):
            sent_id = rec.get("sent_id")
            if isinstance(sent_id, str):
                self.by_id.setdefault(sent_id, []).append((i, rec))
            else:
                self.loose.append((i, rec))

    def inside(self, sent_id: str, start: int, end: int) -> list[dict]:
        """The records :func:`_inside` takes for the sentence, in their order."""
        found = list(self.by_id.get(sent_id, ())) if isinstance(sent_id, str) else []
        found += [(i, r) for i, r in self.loose if _inside(r, sent_id, start, end)]
        if self.loose:
            found.sort(key=lambda pair: pair[0])
        return [r for _, r in found]


def _claim(
    text: str, span: tuple[int, int, str], citations: _BySentence, mentions: _BySentence,
    people: list[dict], cues: ClaimCues, refs_at: int | None,
) -> dict | None:  # fmt: skip
    start, end = _strip(text, span[0], span[1])
    sentence = text[start:end]
    if not sentence or (refs_at is not None and start >= refs_at):
        return None
    cits = citations.inside(span[2], start, end)
    masked = _mask(sentence, start, cits)
    norm: NormalizedText = normalize_text(masked)
    if non_claim_reason(sentence, masked, norm.text, cues, _standalone(text, start, end)):
        return None
    source = citation_source(cits) or person_source(
        text, start, end, people, narrative_source(masked, norm, cues)
    )
    if source is None and continues_source(norm.text, cues):
        source = CONTINUED  # resolved by find_claims from the previous sentence
    source = source or AUTHOR
    entity_ids: list[str] = []
    for m in mentions.inside(span[2], start, end):
        if m.get("entity_id") not in (None, *entity_ids):
            entity_ids.append(m["entity_id"])
    return {
        "sent_id": span[2],
        "start": start,
        "end": end,
        "text": sentence,
        "claim_type": claim_type(norm.text, cues),
        "hedged": is_hedged(norm.text, cues),
        "attributed_to": source,
        "cit_ids": [c["cit_id"] for c in cits if c.get("cit_id") is not None],
        "entity_ids": entity_ids,
    }


def person_source(
    text: str, start: int, end: int, mentions: list[dict], narrative: str | None
) -> str | None:
    """The person a sentence reports, as their entity id (the name as written when the
    lexicon lacks them): a person mention inside the narrative source phrase
    (``وأكد وزير الخارجية سيرغي لافروف أن …``) or right after a reporting verb
    (``وقال ترامب في تجمع …``); else ``narrative`` unchanged."""
    people = [
        m for m in mentions
        if m.get("category") == "person" and start <= m["start"] and m["end"] <= end
    ]  # fmt: skip
    for m in people:
        name = m.get("entity_id") or m["text"]
        if narrative and narrative != AUTHOR and m["text"] in narrative:
            return name
        before = text[start : m["start"]].split()
        if narrative in (None, AUTHOR) and before and _speech_verb(before[-1]):
            return name
    return narrative


def _speech_verb(word: str) -> bool:
    norm = normalize_token(word)
    return norm in SPEECH_VERBS or (norm[:1] in "وف" and norm[1:] in SPEECH_VERBS)


def _previous_source(text: str, claims: list[dict], start: int) -> str:
    """Source of the claim just before ``start`` in the same paragraph, else the author."""
    if not claims or "\n\n" in text[claims[-1]["end"] : start]:
        return AUTHOR
    return claims[-1]["attributed_to"]


def find_claims(
    text: str,
    sentences: list[tuple[int, int, str]],
    citations: list[dict],
    mentions: list[dict],
    doc_id: str | None = None,
    cues: ClaimCues | None = None,
) -> list[dict]:
    """Claim records (DESIGN.md) for the sentences of ``text``.

    ``sentences`` are ``(start, end, sent_id)`` (as from
    :func:`araseclit.pipeline.extensions.sentence_ids`); ``citations`` and ``mentions`` are
    CITATIONS / MENTIONS records of the same text. Sentences after a references heading
    ("المصادر", "References") are never claims. ``attributed_to`` is the citation author(s)
    joined by "; ", else the narrative source as written, else ``"author"``.
    """
    cues = cues or load_cues()
    refs_at = references_start(text)
    claims: list[dict] = []
    cits, ments = _BySentence(citations), _BySentence(mentions)
    # person_source's mentions, by start, so that a sentence looks only at its own (in the
    # order of ``mentions``): scanning every person of a book for each sentence was quadratic
    people = sorted(
        ((i, m) for i, m in enumerate(mentions) if m.get("category") == "person"),
        key=lambda im: im[1]["start"],
    )
    starts = [m["start"] for _, m in people]
    for span in sentences:
        inside = people[bisect_left(starts, span[0]) : bisect_right(starts, span[1])]
        near = [m for _, m in sorted(inside, key=lambda im: im[0])]
        record = _claim(text, span, cits, ments, near, cues, refs_at)
        if record is not None and record["attributed_to"] == CONTINUED:
            record["attributed_to"] = _previous_source(text, claims, record["start"])
        if record is not None:
            claim_id = make_id(doc_id, "k", len(claims))
            claims.append({"doc_id": doc_id, "claim_id": claim_id, **record})
    return claims
