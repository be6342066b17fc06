"""The English-name table is cheap to start (issue 12): a state's demonym or name before an
institution's head (``Iraqi government``, ``Turkey's Ministry of Interior``) made 21,000 of its
keys, built by every worker process before its first English sentence (0.15-0.4 s CPU), though
a text names few states. They are now put in when a text has the state's word, and the matches
are those of the whole table."""

from __future__ import annotations

import pytest

import araseclit
from araseclit.tag.english import EnglishNames
from araseclit.tag.matcher import LexiconMatcher

# English passages of Arabic papers on Iraq, as their abstracts and reference lists write them
TEXTS = [
    "The Iraqi government and Iraq's Ministry of Interior failed to protect civil society "
    "organizations after 2003, while Turkish armed forces and Iranian authorities intervened.",
    "Dodge, Toby. Iraq: From War to a New Authoritarianism. London: Routledge, 2012.",
    "Syrian refugees, the Kurdistan Regional Government and the United Nations "
    "Development Programme in Erbil; Saudi Arabia's Ministry of Foreign Affairs.",
    "Prime Minister Nouri al-Maliki met American officials and the Jordanian government.",
]


@pytest.fixture(scope="module")
def matcher() -> LexiconMatcher:
    nlp = araseclit.load_pipeline("default")
    return dict(nlp.pipeline)["tag"].matcher  # type: ignore[no-any-return]


def _words(matcher: LexiconMatcher, text: str) -> list[str]:
    return matcher.tokenize(text)


def test_institution_phrases_wait_for_their_state(matcher: LexiconMatcher) -> None:
    names = EnglishNames(matcher.lexicon, matcher.tokenize)
    assert len(names.table) < 2000  # names, surnames, demonyms: not every state's heads
    names(_words(matcher, TEXTS[0]))
    assert ("iraqi", "government") in names.table
    assert ("turkish", "armed", "forces") in names.table
    assert not any(key[0] == "jordanian" and len(key) > 1 for key in names.table)


def test_matches_are_those_of_the_whole_table(matcher: LexiconMatcher) -> None:
    lazy = EnglishNames(matcher.lexicon, matcher.tokenize)
    whole = EnglishNames(matcher.lexicon, matcher.tokenize)
    for first in list(whole._pending):
        whole._expand(first)
    assert len(whole.table) > 15000
    for text in TEXTS:
        words = _words(matcher, text)
        assert lazy(words) == whole(words)
    found = {(m.hit.entity_id, m.hit.state) for t in TEXTS for m in lazy(_words(matcher, t))}
    assert len(found) >= 8
