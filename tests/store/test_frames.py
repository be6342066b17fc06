"""check_records: a worker's schema check without pandas, failing exactly when to_frame fails."""

from __future__ import annotations

import numpy as np
import pytest

from araseclit.store.frames import check_records, to_frame
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
