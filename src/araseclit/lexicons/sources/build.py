"""Build ``persons.json`` and ``states.json`` of the bundled lexicon from their sources.

Run: ``.venv/bin/python src/araseclit/lexicons/sources/build.py`` (needs ``babel``, a
development tool only: the lexicon files it writes are plain data, read offline).

- ``states.json``: every country and territory of Unicode CLDR (through ``babel``'s Arabic
  and English locale data) that the hand-curated ``actors.json`` lacks, with the nisba
  adjective derived from the Arabic name (``المكسيك`` -> ``المكسيكي``, ``بنما`` -> ``البنمي``).
  The derived nisba is listed with its article only, so a bare form that is also a given
  name or an ordinary word (``جورجي``, ``كيني``) is never matched. Names and nisbas that are
  also ordinary words are homographs (see ``HOMOGRAPH_NAMES``). Countries ``actors.json``
  has are matched by English name; their CLDR names that it lacks are printed for curation.
- ``persons.json``: the curated person list ``persons.tsv`` (heads of state and government,
  ministers, armed-group leaders, clerics, often-cited scholars).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEXICONS = HERE.parent
VERSION = "2026.12.5"
#: CLDR codes that are not countries: continents' parts, unions, test and unknown regions
NOT_COUNTRIES = frozenset(
    "AC AQ BV CP DG EA EU EZ HM IC IO QO TA TF UM UN XA XB ZZ BQ CQ SJ GS PS".split()
)
#: CLDR names that are also ordinary Arabic words: they need evidence to count as states
HOMOGRAPH_NAMES = frozenset({"مالي", "بنين", "جيرسي", "سارك", "الجبل الأسود", "الرأس الأخضر"})
#: derived nisbas that also name something that is not the state: الروماني is Roman (ancient
#: Rome, الإمبراطورية الرومانية) as often as Romanian; the state keeps its name only
AMBIGUOUS_NISBA = frozenset({"الروماني"})
#: CLDR name -> the shorter name Arabic writing uses as well (not in CLDR)
SHORT_NAMES = {
    "مقدونيا الشمالية": ["مقدونيا", "جمهورية مقدونيا الشمالية"],
    "ميانمار (بورما)": ["بورما"],
    "هونغ كونغ الصينية (منطقة إدارية خاصة)": ["هونغ كونغ"],
    "منطقة ماكاو الإدارية الخاصة": ["ماكاو"],
    "الكونغو - كينشاسا": ["جمهورية الكونغو الديمقراطية", "الكونغو الديمقراطية"],
    "الكونغو - برازافيل": ["جمهورية الكونغو"],
    "تيمور - ليشتي": ["تيمور الشرقية"],
    "التشيك": ["جمهورية التشيك"],
    "هنغاريا": ["المجر"],
    "بيلاروس": ["روسيا البيضاء"],
    # capitals that news uses for the state acting, as actors.json does for واشنطن
    "كوريا الشمالية": ["بيونغيانغ", "بيونغ يانغ", "بيونج يانج"],
    "كوريا الجنوبية": ["سيئول", "سول"],
    "جمهورية الدومينيكان": ["الجمهورية الدومينيكية"],
}
#: multi-word names whose nisba Arabic writing uses (no rule derives it)
EXTRA_NISBA = {"مقدونيا الشمالية": "المقدوني", "كوريا الشمالية": "كوري شمالي"}
_MARKS = re.compile("[\u064b-\u0652\u0670]")


def clean(text: str) -> str:
    """NFC, no diacritics (CLDR writes عُمان)."""
    return unicodedata.normalize("NFC", _MARKS.sub("", text)).strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def nisba(name: str) -> str | None:
    """The masculine nisba of a one-word country name, with the article, or None.

    ``المكسيك`` -> ``المكسيكي``; ``كولومبيا`` -> ``الكولومبي``; ``بنما`` -> ``البنمي``;
    names already ending in ي (``مالي``, ``هايتي``) have none derivable.
    """
    if " " in name or name.endswith(("ي", "ى")):
        return None
    stem = name[2:] if name.startswith("ال") else name
    for ending in ("يا", "ا", "ة", "ه"):
        if stem.endswith(ending) and len(stem) - len(ending) >= 2:
            stem = stem[: -len(ending)]
            break
    return "ال" + stem + "ي"


def build_states(hand: list[dict]) -> dict:
    from babel import Locale

    ar, en = Locale("ar").territories, Locale("en").territories
    by_en = {e["name_en"]: e for e in hand if e["id"].startswith("actor.state.")}
    taken = {clean(s) for e in hand for s in (e["name_ar"], *e["variants"], *e.get("nisba", []))}
    entries = []
    for code in sorted(ar):
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        name, english = clean(ar[code]), en[code]
        known = by_en.get(english)
        if known is not None or name in taken:
            if known is not None and name not in taken:
                print(f"curate: {known['id']} lacks CLDR name {name!r}", file=sys.stderr)
            continue
        variants = [v for v in SHORT_NAMES.get(name, []) if v not in taken]
        name = re.sub(r"\s*\(.*\)$", "", name)
        entry = {
            "id": f"actor.state.{slug(english)}",
            "label": "ACTOR",
            "category": "state",
            "name_ar": name,
            "name_en": english,
            "variants": variants,
        }
        derived = EXTRA_NISBA.get(name) or nisba(name)
        if derived in AMBIGUOUS_NISBA:
            derived = None
        if derived and derived not in taken and derived[2:] not in taken:
            entry["nisba"] = [derived]
        if name in HOMOGRAPH_NAMES:
            entry["homographs"] = [name]
        entries.append(entry)
    return {
        "schema_version": 2,
        "version": VERSION,
        "name": "states",
        "description": "Countries and territories of Unicode CLDR (Arabic and English names via "
        "babel) missing from actors.json, with derived nisba adjectives. Generated by "
        "sources/build.py; do not edit by hand.",
        "source": _cldr_source(),
        "entries": entries,
    }


def _cldr_source() -> dict:
    """Where the CLDR names come from, for the licence notice CLDR requires."""
    import babel
    from babel.core import get_cldr_version

    return {
        "data": "Unicode CLDR territory names (ar, en)",
        "cldr_version": get_cldr_version(),
        "via": f"babel {babel.__version__}",
        "licence": "Unicode License v3; notice in sources/CLDR-LICENSE.txt (copied from "
        "babel/locale-data/LICENSE.unicode)",
    }


def build_persons() -> dict:
    entries = []
    for line in (HERE / "persons.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, english, name, variants, homographs, state = line.split("\t")
        entry = {
            "id": f"actor.person.{key}",
            "label": "ACTOR",
            "category": "person",
            "name_ar": name,
            "name_en": english,
            "variants": [v for v in variants.split(";") if v]
            + [h for h in homographs.split(";") if h],
        }
        if homographs:
            entry["homographs"] = [h for h in homographs.split(";") if h]
        if state:
            entry["state"] = f"actor.state.{state}"
        entries.append(entry)
    return {
        "schema_version": 2,
        "version": VERSION,
        "name": "persons",
        "description": "People the security literature names: heads of state and government, "
        "ministers, armed-group leaders, clerics and often-cited scholars. Short forms that "
        "are also ordinary words or common names are homographs (need evidence). Built from "
        "sources/persons.tsv by sources/build.py.",
        "entries": entries,
    }


def write(name: str, data: dict) -> None:
    lines = [
        f'  "{k}": {json.dumps(v, ensure_ascii=False)},' for k, v in data.items() if k != "entries"
    ]
    body = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in data["entries"])
    text = "{\n" + "\n".join(lines) + '\n  "entries": [\n' + body + "\n  ]\n}\n"
    (LEXICONS / f"{name}.json").write_text(text, encoding="utf-8")


def main() -> None:
    hand = json.loads((LEXICONS / "actors.json").read_text(encoding="utf-8"))["entries"]
    write("states", build_states(hand))
    write("persons", build_persons())


if __name__ == "__main__":
    main()
