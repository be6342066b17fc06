"""The bundled lexicon is clean data, and the loader rejects bad files with a precise E030."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from araseclit.errors import ConfigError
from araseclit.tag import Lexicon, load_lexicon
from araseclit.tag.lexicon import CATEGORIES, DEFAULT_DIR, LABELS, match_key

PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
DIACRITICS = re.compile("[\u064b-\u065f\u0670]")


def _strings(lexicon: Lexicon):
    for e in lexicon.entries:
        for text in (e.name_ar, e.name_en, *e.variants, *e.nisba):
            yield e, text


def test_every_file_is_versioned() -> None:
    files = sorted(DEFAULT_DIR.glob("*.json"))
    assert {f.stem for f in files} >= {"actors", "threats", "security_concepts", "ngo_roles"}
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        assert data["schema_version"] in (1, 2)
        assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", data["version"])


def test_strings_can_match_normalised_text(lexicon: Lexicon) -> None:
    for entry, text in _strings(lexicon):
        assert unicodedata.normalize("NFC", text) == text, (entry.id, text)
        assert not PRESENTATION.search(text), (entry.id, text)
        assert "\u0640" not in text, (entry.id, text)
        assert not DIACRITICS.search(text), (entry.id, text)
        assert text == text.strip() and "  " not in text, (entry.id, text)


def test_ids_unique_and_labels_known(lexicon: Lexicon) -> None:
    ids = Counter(e.id for e in lexicon.entries)
    assert [i for i, n in ids.items() if n > 1] == []
    for e in lexicon.entries:
        assert e.label in LABELS
        assert e.category in CATEGORIES[e.label], (e.id, e.category)
        for target in e.relations.values():
            assert lexicon.get(target) is not None, (e.id, target)


def test_variants_unique_across_entries(lexicon: Lexicon) -> None:
    owners: dict[str, set[str]] = {}
    for e in lexicon.entries:
        for text in {match_key(t) for t in (*e.names, *e.nisba)}:
            owners.setdefault(text, set()).add(e.id)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    for key, entry_ids in shared.items():
        for entry_id in entry_ids:
            entry = lexicon.get(entry_id)
            assert key in {match_key(s) for s in entry.shared}, (key, entry_ids)


@pytest.mark.parametrize(
    ("label", "minimum"),
    [("ACTOR", 300), ("THREAT", 80), ("SECURITY_CONCEPT", 30), ("NGO_ROLE", 15)],
)
def test_coverage(lexicon: Lexicon, label: str, minimum: int) -> None:
    assert len(lexicon.by_label(label)) >= minimum


def test_required_concepts_and_role_phrasings(lexicon: Lexicon) -> None:
    concepts = {e.category for e in lexicon.by_label("SECURITY_CONCEPT")}
    assert concepts >= set(
        "national human soft hard social participatory sustainable regional digital "
        "environmental economic food water resilience early_warning".split()
    )
    roles = lexicon.by_label("NGO_ROLE")
    assert sum(len(e.names) for e in roles) >= 40
    assert {e.category for e in roles} >= set(
        "relief rehabilitative watchdog strategic_partner mediator early_warning "
        "peace_education capacity_building trust_building advocacy".split()
    )


@pytest.mark.parametrize(
    ("entry_id", "variants"),
    [
        ("actor.arm.isis", {"داعش", "الدولة الإسلامية", "تنظيم الدولة", "ISIS", "ISIL"}),
        ("actor.sec.pmf", {"الحشد الشعبي", "PMF"}),
        ("actor.io.undp", {"UNDP", "برنامج الأمم المتحدة الإنمائي"}),
        ("actor.ngo.hrw", {"هيومن رايتس ووتش", "HRW"}),
        ("actor.io.unami", {"UNAMI", "يونامي"}),
    ],
)
def test_known_variants(lexicon: Lexicon, entry_id: str, variants: set[str]) -> None:
    entry = lexicon.get(entry_id)
    assert entry is not None and variants <= set(entry.names)


def test_unami_is_part_of_the_un(lexicon: Lexicon) -> None:
    assert lexicon.get("actor.io.unami").relations == {"part_of": "actor.io.un"}
    assert "التركي" not in lexicon.get("actor.state.turkey").names
    assert "تركي" in lexicon.get("actor.state.turkey").nisba


GOOD = {
    "id": "actor.ngo.example",
    "label": "ACTOR",
    "category": "ngo_named",
    "name_ar": "منظمة المثال",
    "name_en": "Example",
    "variants": ["المثال"],
}


def _write(tmp_path: Path, entries: list[dict], **top: object) -> Path:
    data = {"schema_version": 1, "version": "2026.1.0", "entries": entries, **top}
    path = tmp_path / "lex.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"label": "PERSON"}, "unknown label"),
        ({"category": "spaceship"}, "unknown category"),
        ({"id": "Actor Example"}, "id must look like"),
        ({"id": "threat.example"}, "must start with 'actor.'"),
        ({"variants": ["ﻻ شيء"]}, "presentation forms"),
        ({"variants": ["المثـال"]}, "tatweel"),
        ({"variants": ["المِثال"]}, "diacritics"),
        ({"variants": ["ا\u0653لمثال"]}, "not NFC"),
        ({"variants": [""]}, "non-empty strings"),
        ({"variants": "المثال"}, "non-empty strings"),
        ({"relations": {"part_of": "actor.io.nowhere"}}, "relation target"),
        ({"colour": "red"}, "unknown keys ['colour']"),
    ],
)
def test_bad_entry_is_e030(tmp_path: Path, change: dict, detail: str) -> None:
    path = _write(tmp_path, [{**GOOD, **change}])
    with pytest.raises(ConfigError) as err:
        load_lexicon(path)
    assert err.value.code == "E030"
    assert detail in err.value.message
    assert str(path) in err.value.message


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        ("{not json", "not valid UTF-8 JSON"),
        ("[]", "top level must be an object"),
        ('{"schema_version": 3, "version": "1", "entries": [1]}', "schema_version must be one of"),
        ('{"schema_version": 1, "entries": [1]}', "missing or empty 'version'"),
        ('{"schema_version": 1, "version": "1", "entries": []}', "non-empty list"),
    ],
)
def test_bad_file_is_e030(tmp_path: Path, content: str, detail: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_lexicon(path)
    assert detail in err.value.message


def test_missing_path_is_e030(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="E030"):
        load_lexicon(tmp_path / "nowhere.json")


def test_duplicate_id_and_variant(tmp_path: Path) -> None:
    other = {**GOOD, "id": "actor.ngo.other", "name_ar": "منظمة أخرى"}
    with pytest.raises(ConfigError, match="duplicate ids"):
        load_lexicon(_write(tmp_path, [GOOD, GOOD]))
    # same variant after normalisation (alef with hamza) in two entries
    clash = {**other, "variants": ["ألمثال"]}
    with pytest.raises(ConfigError, match=r"claimed by actor\.ngo\.example and actor\.ngo\.other"):
        load_lexicon(_write(tmp_path, [GOOD, clash]))
    shared = [{**GOOD, "shared": ["المثال"]}, {**clash, "shared": ["المثال"]}]
    assert len(load_lexicon(_write(tmp_path, shared))) == 2


def test_custom_lexicon_in_pipeline(tmp_path: Path) -> None:
    import spacy

    path = _write(tmp_path, [GOOD])
    nlp = spacy.blank("ar")
    nlp.add_pipe("araseclit_tag_v1", config={"lexicon": str(path)})
    doc = nlp("وأعلنت منظمة المثال أن داعش هاجم القرية.")
    assert [(m["text"], m["entity_id"]) for m in doc._.mentions] == [
        ("منظمة المثال", "actor.ngo.example")
    ]


def test_cldr_names_carry_their_licence_notice() -> None:
    """The Unicode licence requires its notice with every copy of CLDR data (states.json)."""
    import json

    from araseclit.tag.lexicon import DEFAULT_DIR

    header = json.loads((DEFAULT_DIR / "states.json").read_text(encoding="utf-8"))["source"]
    assert header["cldr_version"].isdigit() and header["via"].startswith("babel ")
    notice = (DEFAULT_DIR / "sources" / "CLDR-LICENSE.txt").read_text(encoding="utf-8")
    assert notice.startswith("UNICODE LICENSE V3") and "PERMISSION NOTICE" in notice


def test_common_spellings_of_un_agencies_are_listed() -> None:
    """Reviewer finding 13 (session 10): اليونسيف and منظمة الهجرة الدولية are how Arabic
    reports often write UNICEF and IOM."""
    from araseclit.tag import tag_text

    text = (
        "ووزعت اليونسيف حقائب مدرسية على أطفال المخيمات، فيما سجلت منظمة الهجرة الدولية "
        "عودة آلاف الأسر إلى سنجار."
    )
    ids = [m["entity_id"] for m in tag_text(text)]
    assert "actor.io.unicef" in ids
    assert "actor.io.iom" in ids


def _tagged(text: str) -> list[tuple[str, str, str | None, str | None]]:
    from araseclit.tag import tag_text

    return [(m["text"], m["label"], m["entity_id"], m["state_id"]) for m in tag_text(text)]


def test_names_the_reviewer_found_missing_in_arabic() -> None:
    found = _tagged(
        "ووثقت منظمة هيومن رايتس واتش اعتقالات تعسفية، واتهمت طهران منظمة مجاهدي خلق "
        "بالتخطيط للتفجير، بينما أحالت هيئة النزاهة قضايا فساد وغسيل أموال إلى القضاء، "
        "وكشفت وزارة الاستخبارات الإيرانية عن خلية جديدة."
    )
    ids = {i for _, _, i, _ in found}
    assert {"actor.ngo.hrw", "actor.arm.mek", "threat.money_laundering"} <= ids
    ministry = [(i, s) for t, _, i, s in found if t.startswith("وزارة الاستخبارات")]
    assert ministry == [("actor.generic.intelligence", "actor.state.iran")]


def test_a_state_news_agency_is_media_of_that_state_not_the_state() -> None:
    found = _tagged("وبحسب وكالة الأنباء الأردنية فإن الحكومة أقرت الموازنة.")
    assert ("وكالة الأنباء الأردنية", "ACTOR", "actor.generic.news_agency",
            "actor.state.jordan") in found  # fmt: skip
    assert not [t for t, _, i, _ in found if i == "actor.state.jordan"]
    # without a state after it, the phrase names no agency
    found = _tagged("ونقلت وكالة الأنباء عن شهود أن الطريق أغلق.")
    assert not [t for t, _, i, _ in found if i == "actor.generic.news_agency"]


def test_persian_names_of_bodies_and_threats() -> None:
    found = _tagged(
        "سپاه پاسداران در مرز حضور دارد و جمعیت هلال\u200cاحمر جمهوری اسلامی ایران به "
        "آسیب\u200cدیدگان کمک کرد. سازمان\u200cهای مردم\u200cنهاد از قاچاق مواد مخدر "
        "انتقاد کردند."
    )
    ids = {i for _, _, i, _ in found}
    assert {"actor.sec.irgc", "actor.ngo.irc_iran", "actor.ngo.ngos", "threat.drugs"} <= ids


def test_a_generic_role_after_a_speech_verb_is_no_person() -> None:
    found = _tagged(
        "وقال عنصر سابق في التنظيم إن القادة فروا، وأضاف طالبان جامعيان أنهما شاهدا ذلك."
    )
    assert not [t for t, _, i, _ in found if t.startswith(("عنصر", "طالبان"))]


def test_listed_minister_and_persian_kurds() -> None:
    found = _tagged("واستقبل وزير الخارجية فؤاد حسين السفير التركي في بغداد.")
    assert ("فؤاد حسين", "ACTOR", "actor.person.fuad_hussein", "actor.state.iraq") in found
    found = _tagged("کردهای سوریه در شمال شرق این کشور زندگی می\u200cکنند.")
    assert [t for t, _, i, _ in found if i == "actor.social.kurds"] == ["کردهای"]
