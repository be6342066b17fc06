"""A person's full name found once names the same person where it is written again
(araseclit.tag.name_repeats). Sentences written for these tests."""

from __future__ import annotations

from araseclit.tag import explain_text
from araseclit.tag.name_repeats import repeated_names


def persons(text: str) -> list[str]:
    return [m["text"] for m in explain_text(text) if m["category"] == "person"]


def test_full_name_again_without_evidence_of_its_own() -> None:
    """علي is too common to be read as a surname alone; the first sentence's name is the
    evidence for the second."""
    text = (
        "وتنطلق الورقة من دراسة نادية علي عن العمل النقابي للنساء (Ali, 2016).\n"
        "وتلاحظ نادية علي أن النقابات المهنية بقيت بعيدة عن الساحات."
    )
    assert persons(text) == ["نادية علي", "نادية علي"]


def test_a_citation_is_no_repeat() -> None:
    """The cited surname inside a citation is a source, not a mention of the scholar."""
    text = "وتستند الدراسة إلى ما كتبه ياسين الحاج صالح عن الثورة (الحاج صالح، 2017)."
    assert persons(text) == ["ياسين الحاج صالح"]


def test_repeats_only_of_names_of_two_words_outside_other_mentions() -> None:
    norms = "قال سلام ان سلام ناديه علي وصلت و ناديه علي".split()
    assert repeated_names(norms, [(1, 2), (4, 6)], {4, 5, 9}) == []
    assert repeated_names(norms, [(1, 2), (4, 6)], {4, 5}) == [(8, 10)]


def test_no_repeat_of_a_phrase_that_starts_with_no_given_name() -> None:
    """A phrase taken for a name once (مغني الراب) is not spread over the document."""
    norms = "قال مغني الراب ان مغني الراب غاب".split()
    assert repeated_names(norms, [(1, 3)], {1, 2}) == []
