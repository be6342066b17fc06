"""Build ``data/tz_cities.txt``: English city names of the CLDR time zones.

Run: ``python -m araseclit.cite.build_cities`` (needs ``babel``, the ``lexicons`` extra; the
file is committed, nothing runs at install or run time).

CLDR's English locale translates an exemplar city only where English differs from the tz id,
so ``data/places.txt`` (exemplar cities of ar, en and fa) lacks ``London``, ``Paris``,
``Cairo`` and ``Beirut`` in English. :func:`babel.dates.get_timezone_location` with
``return_city=True`` gives, for such a zone, the city part of the tz id itself
(``Europe/London`` -> ``London``, ``America/New_York`` -> ``New York``). Zones under ``Etc/``,
ids with no city part (``EST5EDT``) and ``Antarctica/`` (research stations named after
persons: ``Davis``, ``Casey``) are left out, as are names already in ``places.txt``.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).parent / "data" / "tz_cities.txt"


def cities() -> list[str]:
    """The English city names of CLDR's time zones that ``places.txt`` lacks, sorted."""
    from babel.core import get_global
    from babel.dates import get_timezone_location

    listed = {x.strip() for x in (OUT.parent / "places.txt").read_text("utf-8").splitlines()}
    names = set()
    for tz in get_global("zone_territories"):
        if "/" not in tz or tz.startswith(("Etc/", "Antarctica/")):
            continue
        names.add(get_timezone_location(tz, locale="en", return_city=True))
    return sorted(names - listed)


def main() -> None:
    import babel
    from babel.core import get_cldr_version

    head = (
        "# English city names of the CLDR time zones that data/places.txt lacks (CLDR's en "
        "locale\n# translates no exemplar city whose name is the tz id's: Europe/London -> "
        f"London).\n# Built by araseclit.cite.build_cities from CLDR {get_cldr_version()} via "
        f"babel {babel.__version__}.\n# CLDR data: Unicode License v3 "
        "(https://www.unicode.org/license.txt).\n"
    )
    OUT.write_text(head + "".join(f"{c}\n" for c in cities()), encoding="utf-8")


if __name__ == "__main__":
    main()
