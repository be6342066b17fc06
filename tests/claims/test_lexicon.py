"""The cue lexicon: bundled file valid and normalised; bad files fail with E030."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from araseclit.claims.lexicon import DEFAULT_CUES, load_cues
from araseclit.errors import ConfigError
from araseclit.normalize import normalize_token


def test_bundled_cues_are_stored_in_matching_form() -> None:
    cues = load_cues()
    for key, words in cues.words.items():
        for phrase in words:
            for word in phrase.split():
                bare = word.rstrip("*+")
                assert normalize_token(bare) == bare, (key, phrase)


def _write(tmp_path: Path, mutate) -> Path:
    data = json.loads(DEFAULT_CUES.read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


BAD = [
    ("tatweel", lambda d: d["source_verbs"].append("يـرى")),
    ("presentation form", lambda d: d["hedges"].append("\ufedf\ufecc\ufee0")),
    ("diacritics", lambda d: d["hedges"].append("ربَّما")),
    ("missing list", lambda d: d.pop("source_preps")),
    ("missing claim type", lambda d: d["claim_types"].pop("causal")),
    ("not a phrase", lambda d: d["hedges"].append(3)),
]


@pytest.mark.parametrize(("why", "mutate"), BAD, ids=[b[0] for b in BAD])
def test_invalid_lexicon_raises_e030(tmp_path: Path, why: str, mutate) -> None:
    with pytest.raises(ConfigError) as err:
        load_cues(_write(tmp_path, mutate))
    assert err.value.code == "E030"


def test_unreadable_lexicon_raises_e030(tmp_path: Path) -> None:
    path = tmp_path / "cues.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="E030"):
        load_cues(path)


def test_custom_lexicon_changes_behaviour(tmp_path: Path) -> None:
    from araseclit.claims import find_claims

    sentence = "ويستدرك الحكيم أن المصالحة المجتمعية تتقدم ببطء."
    span = [(0, len(sentence), "s0")]
    assert find_claims(sentence, span, [], [])[0]["attributed_to"] == "author"
    path = _write(tmp_path, lambda d: d["source_verbs"].append("يستدرك"))
    claims = find_claims(sentence, span, [], [], cues=load_cues(path))
    assert claims[0]["attributed_to"] == "الحكيم"
