"""check_records: a worker's schema check without pandas, failing exactly when to_frame fails."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from araseclit.store.frames import check_records, empty_frame, from_frame, to_frame
from tests_support import CLAIM


def _raises(function, rows) -> type[Exception] | None:  # type: ignore[no-untyped-def]
    try:
        function("claims", rows)
    except Exception as exc:  # the type is what is compared
        return type(exc)
    return None


@pytest.mark.parametrize(
    "change",
    [
        {},  # a claim as the claims stage writes it
        {"attributed_to": None, "cit_ids": None, "hedged": None},  # nulls
        {"start": np.int64(3)},  # a numpy integer: pandas decides, and casts it
        {"end": 41.0},  # an integral float: pandas casts it
        {"end": 40.5},  # not an integer
        {"hedged": "نعم"},  # not a boolean
        {"start": 2**70},  # beyond Int64
        {"cit_ids": "d1-c0000"},  # a string where a list belongs: pandas splits it
        {"speaker": "الحميد"},  # an unknown column
    ],
)
def test_check_records_fails_exactly_when_to_frame_fails(change: dict[str, object]) -> None:
    rows = [CLAIM, {**CLAIM, "claim_id": "d1-k0001", **change}]
    assert _raises(check_records, rows) == _raises(to_frame, rows)


def test_check_records_names_the_unknown_column() -> None:
    with pytest.raises(ValueError, match=r"claims: unknown column\(s\) \['speaker'\]"):
        check_records("claims", [{**CLAIM, "speaker": "الحميد"}])


def test_from_frame_is_to_frame_of_the_rows_without_a_dict_per_row() -> None:
    """A corpus step's frame becomes its run table column by column (a dict per row of a
    250,000-row framing table was the step's peak): nulls of every kind, numpy integers,
    lists and a missing column come out as :func:`to_frame` makes them from the rows."""
    frame = pd.DataFrame(
        {
            "doc_id": ["d1", "d1", None],
            "claim_id": ["d1-k0000", "d1-k0001", "d2-k0000"],
            "sent_id": ["d1-s0003", np.nan, pd.NA],
            "start": np.array([0, 12, 40], dtype=np.int64),
            "end": [40.0, np.nan, 80.0],
            "text": ["تعمل المنظمات وسيطًا بين الدولة والمجتمع.", "يرى الباحثون ذلك.", ""],
            "hedged": [True, None, False],
            "cit_ids": [["d1-c0000"], [], None],
        }
    )  # no attributed_to, claim_type, entity_ids: null
    expected = to_frame("claims", frame.to_dict("records"))
    pd.testing.assert_frame_equal(from_frame("claims", frame), expected)
    pd.testing.assert_frame_equal(from_frame("claims", frame.iloc[:0]), empty_frame("claims"))


def test_from_frame_refuses_an_unknown_column_as_to_frame_does() -> None:
    frame = pd.DataFrame([{**CLAIM, "speaker": "الحميد"}])
    with pytest.raises(ValueError, match=r"claims: unknown column\(s\) \['speaker'\]"):
        from_frame("claims", frame)
