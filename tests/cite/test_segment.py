"""Where a reference entry's title ends (issue 13): a scored choice among the entry's parts,
the first part alone (the parse before it) when no candidate beats it by the margin."""

from __future__ import annotations

import pytest

from araseclit.cite.fields import parse_fields
from araseclit.cite.segment import field_evidence, publisher_words, title_evidence

# a title holding a full stop of its own: the parse by order took its first sentence as the
# title and its second as the publisher when the imprint had no place
TITLE_WITH_A_STOP = [
    (
        "Dodge, Toby. Iraq. From War to a New Authoritarianism. Routledge, 2012.",
        ("Iraq. From War to a New Authoritarianism", None, "Routledge"),
    ),
    (
        "Kaldor, Mary. Human Security. Reflections on Globalization and Intervention. "
        "Cambridge: Polity Press, 2007.",
        (
            "Human Security. Reflections on Globalization and Intervention",
            "Cambridge",
            "Polity Press",
        ),
    ),
    (
        "الكعبي، كريم. العشيرة والدولة. دراسة في الأمن المحلي في أرياف البصرة. بغداد: دار الشؤون "
        "الثقافية، 2016.",
        ("العشيرة والدولة. دراسة في الأمن المحلي في أرياف البصرة", "بغداد", "دار الشؤون الثقافية"),
    ),
    (
        "الحسيني، سعاد. المجتمع الأهلي في الجنوب. قراءة في تجربة لجان السلم. دار الفيحاء، 2019.",
        ("المجتمع الأهلي في الجنوب. قراءة في تجربة لجان السلم", None, "دار الفيحاء"),
    ),
]


@pytest.mark.parametrize(("raw", "expected"), TITLE_WITH_A_STOP)
def test_a_title_with_a_stop_of_its_own_is_one_title(raw: str, expected: tuple) -> None:
    f = parse_fields(raw)
    assert (f["title"], f["place"], f["publisher"]) == expected


# the part after the title is a field: it stays one (precision: the parse as before)
FIELDS_AFTER_THE_TITLE = [
    (
        "Ismael, Tareq Y. The Rise and Fall of the Communist Party of Iraq. Cambridge: Cambridge "
        "University Press, 2008.",
        (
            "The Rise and Fall of the Communist Party of Iraq",
            "Cambridge",
            "Cambridge University Press",
        ),
    ),
    (
        "سعيد، إدوارد. الاستشراق. ترجمة كمال أبو ديب. بيروت: مؤسسة الأبحاث العربية، 1981.",
        ("الاستشراق", "بيروت", "مؤسسة الأبحاث العربية"),
    ),
    (
        "Batatu, Hanna. The Old Social Classes. 2nd ed. Princeton: Princeton University Press, 1982.",
        ("The Old Social Classes", "Princeton", "Princeton University Press"),
    ),
    (
        "Hiltermann, J. (2017). Iraq after ISIS: What to do now. The Middle East Research and "
        "Information Project.",
        (
            "Iraq after ISIS: What to do now",
            None,
            "The Middle East Research and Information Project",
        ),
    ),
]


@pytest.mark.parametrize(("raw", "expected"), FIELDS_AFTER_THE_TITLE)
def test_a_field_after_the_title_stays_a_field(raw: str, expected: tuple) -> None:
    f = parse_fields(raw)
    assert (f["title"], f["place"], f["publisher"]) == expected


def test_the_evidence_reads_publishers_places_and_title_words() -> None:
    assert {"دار", "مكتبه", "انتشارات", "press", "university"} <= publisher_words()  # normalised
    assert field_evidence("بيروت: دار الساقي، 2005", lambda _: False) >= 4
    assert field_evidence("دراسة في الأمن المحلي", lambda _: False) == 0
    assert title_evidence("دراسة في الأمن المحلي") == 2
    assert title_evidence("Polity") == 0


# the last part of an entry with no volume: a periodical is its container, a press its publisher
LAST_PARTS = [
    (
        "Diamond, L. (2005). Lessons from Iraq. Journal of Democracy.",
        ("Journal of Democracy", None, "article"),
    ),
    (
        "الجبوري، سعد (2015). المجتمع المدني في العراق. مجلة المستقبل العربي.",
        ("مجلة المستقبل العربي", None, "article"),
    ),
    (
        "Smith, A. (2019). Reading Iraq after the Occupation. Monthly Review Press.",
        (None, "Monthly Review Press", "book"),
    ),
    (
        "Marr, P. (2012). The Modern History of Iraq. Westview Press.",
        (None, "Westview Press", "book"),
    ),
]


@pytest.mark.parametrize(("raw", "expected"), LAST_PARTS)
def test_a_periodical_with_no_volume_is_the_container(raw: str, expected: tuple) -> None:
    f = parse_fields(raw)
    assert (f["container"], f["publisher"], f["type"]) == expected
