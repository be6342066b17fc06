"""Issue 14 review: North Korea is not South Korea, the sunset prayer is not Morocco."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from araseclit.errors import ConfigError
from araseclit.tag import explain_text, load_lexicon


def actors(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (m["text"], m["entity_id"], m["state_id"])
        for m in explain_text(text)
        if m["label"] == "ACTOR"
    ]


@pytest.mark.parametrize(
    ("text", "span", "entity", "state"),
    [
        ("وأطلق الجيش الكوري الشمالي صاروخا باليستيا فوق بحر اليابان.",
         "الجيش الكوري الشمالي", "actor.generic.armed_forces", "actor.state.north_korea"),
        ("وقالت الحكومة الكورية الشمالية إن التجربة الصاروخية نجحت.",
         "الحكومة الكورية الشمالية", "actor.state.north_korea", None),
        ("وقال جنود كوريون شماليون أسرى إنهم قاتلوا إلى جانب القوات الروسية.",
         "كوريون شماليون", "actor.state.north_korea", None),
        ("ووصل وفد كوري جنوبي إلى عمّان لبحث مشاريع المياه.",
         "كوري", "actor.state.south_korea", None),
    ],
)  # fmt: skip
def test_korea(text: str, span: str, entity: str, state: str | None) -> None:
    found = {m[0]: m for m in actors(text)}
    assert found[span][1] == entity
    assert state is None or found[span][2] == state


@pytest.mark.parametrize(
    "text",
    [
        "وبعد صلاة المغرب خرج المتظاهرون من المساجد إلى ساحة التحرير في بغداد.",
        "ورفع أذان المغرب في المسجد الأقصى بينما كانت قوات الاحتلال تغلق البوابات.",
        "ويبدأ حظر التجول بعد المغرب في الأحياء الشرقية من المدينة، بحسب بيان الشرطة.",
        "ويواجه المغرب العربي تحديات أمنية مشتركة في منطقة الساحل والصحراء.",
    ],
)
def test_maghrib_is_not_morocco(text: str) -> None:
    assert "actor.state.morocco" not in {m[1] for m in actors(text)}


@pytest.mark.parametrize(
    "text",
    [
        "ووقعت الجزائر وتونس والمغرب اتفاقا لمكافحة الهجرة غير النظامية.",
        "واستدعى المغرب سفيره في الجزائر احتجاجا على دعم البوليساريو.",
    ],
)
def test_morocco_with_evidence(text: str) -> None:
    assert "actor.state.morocco" in {m[1] for m in actors(text)}


def test_not_next_to_needs_homographs(tmp_path: Path) -> None:
    entry = {
        "id": "actor.state.x", "label": "ACTOR", "category": "state", "name_ar": "سين",
        "name_en": "X", "variants": [], "not_next_to": {"before": ["صلاة"]},
    }  # fmt: skip
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"schema_version": 2, "version": "1", "entries": [entry]}))
    with pytest.raises(ConfigError, match="not_next_to' needs homographs"):
        load_lexicon(path)
