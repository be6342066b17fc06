"""The cue regexes of the claims stage, as claims/patterns.py writes them."""

from __future__ import annotations

import random
import re
from pathlib import Path

from araseclit.claims.lexicon import load_cues
from araseclit.claims.patterns import phrase_regex, plain_phrase_regex
from araseclit.normalize import normalize_text

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


def _sentences() -> list[str]:
    """Normalised sentences of the sample sources and corpora/clean, and shuffles of cue words
    with clitics glued on and spaces dropped (cues back to back, inside longer words)."""
    out = []
    for folder in ("sample/sources", "clean"):
        for path in sorted((CORPORA / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            out += [normalize_text(s).text for s in re.split(r"(?<=[.؟!:])\s+|\n+", text)]
    cues = load_cues()
    words = sorted({w.rstrip("*+") for phrases in cues.words.values() for p in phrases
                    for w in p.split()})  # fmt: skip
    rnd = random.Random(11)
    for _ in range(2000):
        picked = [rnd.choice(["و", "ف", "ال", "ب", ""]) + rnd.choice(words)
                  + rnd.choice(["", "", "ها", "ه", "ا"]) for _ in range(rnd.randint(1, 9))]  # fmt: skip
        out.append(" ".join(picked))
        out.append("".join(picked[:3]) + "، " + " ".join(picked[3:]))
    return out


def test_every_cue_regex_matches_what_its_plain_form_matches():
    # phrase_regex writes its pattern one branch per first letter, for speed: it must find the
    # same spans as the plain pattern (word start, optional و/ف, every phrase longest first)
    # with search, match and finditer, on prose and on cue words run together
    cues = load_cues()
    sentences = _sentences()
    assert len(sentences) > 5000
    for key, phrases in cues.words.items():
        fast, plain = phrase_regex(phrases), plain_phrase_regex(phrases)
        assert fast.pattern != plain.pattern
        for s in sentences:
            assert [m.span() for m in fast.finditer(s)] == [m.span() for m in plain.finditer(s)], (
                key,
                s,
            )
            found, expected = fast.match(s), plain.match(s)
            assert (found and found.span()) == (expected and expected.span()), (key, s)


def test_a_cue_after_a_letter_or_inside_a_word_is_no_cue():
    hedge = phrase_regex(["ربما", "من المحتمل"])
    assert hedge.search("وربما تتراجع الهجمات") is not None  # the proclitic و
    assert hedge.search("فمن المحتمل أن") is not None
    assert hedge.search("عربما") is None  # inside a word
    assert hedge.search("ضمن المحتملين") is None  # المحتمل must end its word
    assert phrase_regex([]).search("ربما") is None


def test_the_reference_detail_regex_matches_what_its_plain_form_matches():
    # REFERENCE_DETAIL is written by first letter for speed; claims counts its matches in a
    # sentence (two make it a reference entry): the same matches as the plain pattern, on
    # prose and on runs of its own words with and without spaces, colons and digits
    from araseclit.claims.patterns import REFERENCE_DETAIL, REFERENCE_DETAIL_PLAIN

    words = ("بغداد بيروت القاهره عمان دمشق london new york oxford cambridge دار مجله العدد ص "
             "pp p press journal university اطروحه رساله ماجستير doi https:// http:// و ال x "
             "( ) 12").split()  # fmt: skip
    rnd = random.Random(2)
    runs = ["".join(rnd.choice(words) + rnd.choice([" ", "", ": ", ".", "3", ". "])
                    for _ in range(rnd.randint(1, 10))) for _ in range(8000)]  # fmt: skip
    sentences = _sentences() + runs
    for s in sentences:
        spans = [m.span() for m in REFERENCE_DETAIL.finditer(s)]
        assert spans == [m.span() for m in REFERENCE_DETAIL_PLAIN.finditer(s)], s
    assert sum(bool(REFERENCE_DETAIL.search(s)) for s in runs) > 4000
    assert REFERENCE_DETAIL.findall("الخفاجي، علي (2017). الامن. بغداد: دار الشؤون، ص 14") == [
        "بغداد:",
        "دار ",
        "ص 1",
    ]
    assert REFERENCE_DETAIL.search("الامداد والبيروتيه") is None  # inside words
