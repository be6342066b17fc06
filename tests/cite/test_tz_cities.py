"""English place names for imprints from CLDR's time zones (issue 13): CLDR's English locale
has no exemplar city for ``Europe/London``, so ``London, Hurst and Company`` had no place
evidence and a three-word part with ``and`` inside joined the title."""

from __future__ import annotations

import pytest

from araseclit.cite.fields import parse_fields
from araseclit.cite.segment import imprint_places


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (
            "Hashim, Ahmed S. Insurgency and Counter-Insurgency in Iraq. London, Hurst and "
            "Company. 2006.",
            "Insurgency and Counter-Insurgency in Iraq",
        ),
        (
            "Jabar, Faleh A. The Shi'ite Movement in Iraq. Beirut, Saqi and the Iraqi Readers "
            "Club. 2003.",
            "The Shi'ite Movement in Iraq",
        ),
    ],
)
def test_an_imprint_led_by_an_english_tz_city_is_no_part_of_the_title(
    entry: str, title: str
) -> None:
    fields = parse_fields(entry)
    assert (fields["title"], fields["type"]) == (title, "book")


def test_tz_cities_hold_the_capitals_cldr_english_leaves_untranslated() -> None:
    assert {"london", "paris", "cairo", "beirut", "new york"} <= imprint_places()
    assert "davis" not in imprint_places()  # Antarctica/Davis: a station named after a person


def test_the_committed_city_list_is_what_babel_builds() -> None:
    pytest.importorskip("babel")
    from araseclit.cite.build_cities import OUT, cities

    listed = [x for x in OUT.read_text("utf-8").splitlines() if x and x[0] != "#"]
    assert listed == cities()
