"""Who a claim is attributed to: a citation, a narrative source, or the paper's author.

Narrative sources are read after a reporting verb in verb-subject order ("ويؤكد بوزان أن …",
"ويشير تقرير الأمم المتحدة إلى أن …") or after a source preposition ("بحسب بيانات وزارة
التخطيط، …", "ووفقًا لتقديرات المفوضية …، …"). A phrase counts as a source only when it ends
where a reported clause begins (أن, إلى, a comma, a citation): "يُقدَّر عدد النازحين بنحو …"
is a passive with no source and is left alone.
"""

from __future__ import annotations

from araseclit.claims.lexicon import ClaimCues
from araseclit.claims.patterns import SOURCE_TOKEN
from araseclit.normalize import NormalizedText, normalize_token

AUTHOR = "author"
#: longest source phrase read, in words ("تقديرات المفوضية السامية للأمم المتحدة لشؤون اللاجئين")
MAX_SOURCE_WORDS = 8
_CLAUSE_END = "،,:؛"
_PUNCT = "،,:؛.!?؟\"'«»“”"
#: marks that open a quotation right after the source
_QUOTES = '"«“”'
# words before a reporting verb that make it a relative clause, whose subject came before:
# "الدراسات التي تشير إلى", "مما يشير إلى", "وهو ما يؤكد"
_RELATIVES = {"التي", "الذي", "اللذين", "الذين", "مما", "ما", "من"}


def citation_source(citations: list[dict]) -> str | None:
    """Authors of the citations in a sentence, as written, joined by "; " (None if none)."""
    names: list[str] = []
    for c in citations:
        name = c.get("author") or c.get("raw")
        if name and name not in names:
            names.append(str(name))
    return "; ".join(names) if names else None


def _read_phrase(text: str, pos: int, cues: ClaimCues, after_prep: bool) -> str | None:
    """The source phrase starting at ``text[pos]``, or None if there is none.

    The phrase ends where the reported clause begins: a validating word (``أن``, ``إلى``,
    ``من أن``, ``قائلا``), a comma or colon, a quotation mark, a citation. Words such as a
    time adverb or ``في بيان`` may stand between (``أعلن الجيش يوم الأحد أن``,
    ``وأعلنت الحكومة في بيان أن``): they close the phrase without being part of it.
    """
    tokens = [m.group() for m in SOURCE_TOKEN.finditer(text, pos)]
    norms = [normalize_token(t.rstrip(_PUNCT)) for t in tokens]
    words: list[str] = []
    valid = closed = False
    skip = 0
    for i, token in enumerate(tokens):
        if token == "(":
            valid = True
            break
        word = token.rstrip(_PUNCT)
        norm = norms[i]
        pair = f"{norm} {norms[i + 1]}" if i + 1 < len(norms) else norm
        if not words and (norm in cues.words["non_source_heads"] or not word):
            return None
        if skip:
            skip -= 1
        elif norm in cues.words["validating_stops"] or pair in cues.words["validating_stops"]:
            valid = bool(words)
            break
        elif after_prep and norm == "فان":
            valid = bool(words)
            break
        elif words and token[:1] in _QUOTES:
            valid = True  # the quotation itself: صرّح الصليب الأحمر "هناك …"
            break
        elif words and pair in cues.words["transparent_after_source"]:
            closed, skip = True, 1  # في بيان
        elif words and norm in cues.words["transparent_after_source"]:
            closed = True  # يوم الأحد, أيضا
        elif closed:
            break  # something else follows the adverb: no clause in sight
        else:
            partitive = (
                norm == "من"
                and words
                and normalize_token(words[-1]) in cues.words["partitive_heads"]
            )  # "عدد من الباحثين", "بعض من"
            stop = norm in cues.words["source_stops"] and not partitive
            if stop or len(words) == MAX_SOURCE_WORDS:
                break
            words.append(word)
        trail = token[len(word) :][:1]
        if trail and trail in _CLAUSE_END:
            valid = True
            break
        if token != word:  # sentence-final punctuation: no reported clause followed
            break
    return " ".join(words) if valid and words else None


def _is_author(phrase: str, cues: ClaimCues) -> bool:
    return " ".join(normalize_token(w) for w in phrase.split()) in cues.words["author_sources"]


def _preceded_by_relative(norm: str, start: int) -> bool:
    before = norm[:start].split()
    return bool(before) and before[-1] in _RELATIVES


def narrative_source(text: str, norm: NormalizedText, cues: ClaimCues) -> str | None:
    """The narrative source of sentence ``text`` (``norm`` is its normalised form):
    the phrase as written, :data:`AUTHOR` for the paper's own voice ("يرى الباحث", "نرى"),
    or None when the sentence names no source.
    """
    if cues.regex["author_verbs"].search(norm.text):
        return AUTHOR
    candidates = []
    for key, after_prep in (("source_verbs", False), ("source_preps", True)):
        for m in cues.regex[key].finditer(norm.text):
            if not after_prep and _preceded_by_relative(norm.text, m.start()):
                continue
            candidates.append((m.start(), m.end(), after_prep))
    for _, end, after_prep in sorted(candidates):
        pos = norm.to_original(end)
        phrase = _read_phrase(text, pos, cues, after_prep)
        if phrase is None:
            continue
        if after_prep and norm.text[end - 1 : end] == "ل" and phrase.startswith("ل"):
            phrase = "ا" + phrase  # "وفقا للأمم المتحدة": ل + الأمم was written لل
        return AUTHOR if _is_author(phrase, cues) else phrase
    return None


def continues_source(norm: str, cues: ClaimCues) -> bool:
    """Whether a normalised sentence opens with a reporting verb that has no subject of its
    own ("ويضيف أن …", "كما يؤكد أن …"): its source is the previous sentence's."""
    body = norm.lstrip()
    if body.startswith("كما "):
        body = body[4:].lstrip()
    m = cues.regex["source_verbs"].match(body)
    rest = body[m.end() :].split() if m else []
    return bool(rest) and rest[0].strip("،,:") in cues.words["validating_stops"]
