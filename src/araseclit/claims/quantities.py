"""Quantities in Arabic academic prose: "أكثر من 6000 منظمة", "20%", "نحو ثلث", "ثلاثة ملايين".

:func:`find_quantities` returns one record per quantity with its numeric value, unit, span in
the text as written and an approximation qualifier, so statistical claims can be found and
compared across documents.
"""

from __future__ import annotations

from araseclit.claims.patterns import PERCENT_AFTER, PERCENT_WORDS, QUANTITY_TOKEN
from araseclit.normalize import normalize_token

# scale words after a number or a spelled-out number (normalised forms)
_SCALES = {
    "الف": 1e3,
    "الاف": 1e3,
    "مليون": 1e6,
    "ملايين": 1e6,
    "مليار": 1e9,
    "مليارات": 1e9,
    "بليون": 1e9,
}
# spelled-out cardinals (normalised, masculine and feminine)
_CARDINALS = {
    "واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4,
    "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10, "عشرين": 20, "عشرون": 20, "مئه": 100,
    "مائه": 100, "مئتين": 200, "مئتي": 200,
}  # fmt: skip
# shares: "نحو ثلث مساحة العراق", "نصف السكان"
_FRACTIONS = {
    "نصف": 1 / 2, "ثلث": 1 / 3, "ربع": 1 / 4, "خمس": 1 / 5, "عشر": 1 / 10, "ثلثي": 2 / 3,
    "ثلثا": 2 / 3,
}  # fmt: skip
_MULTIPLES = {"ضعف": 2, "ضعفين": 2, "ضعفي": 2, "اضعاف": 3}
# words before a quantity that qualify it (normalised; two-word forms joined by a space)
_QUALIFIERS = {
    "نحو": "about", "حوالي": "about", "قرابه": "about", "زهاء": "about", "تقريبا": "about",
    "اكثر من": "more_than", "يزيد علي": "more_than", "يزيد عن": "more_than",
    "ما يزيد علي": "more_than", "تجاوز": "more_than", "اقل من": "less_than",
}  # fmt: skip
_YEAR_CUES = {"عام", "عامي", "سنه", "سنوات", "لسنه", "لعام", "منذ", "بحلول", "خلال"}
# a number after these names something rather than counting it: "القانون رقم 12", "المادة 5"
_IDENTIFIER_CUES = {"رقم", "الماده", "ماده", "العدد", "الفقره", "ص", "ج", "مج"}
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")

_NOT_UNITS = {"و", "في", "من", "الي", "عام", "لسنه", "سنه", "لعام", "حتي", "بين", "عن", "علي"}

Quantity = dict[str, object]


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), normalize_token(m.group())) for m in QUANTITY_TOKEN.finditer(text)]


def _parse_number(raw: str) -> float:
    s = raw.translate(_DIGITS)
    if "," in s:  # thousands separator "1,200"; an Arabic decimal comma would be "٫"
        s = s.replace(",", "")
    return float(s)


def _qualifier(words: list[tuple[int, int, str]], i: int) -> str | None:
    before = [w for _, _, w in words[max(0, i - 3) : i]]
    for n in (3, 2, 1):
        key = " ".join(before[-n:]) if len(before) >= n else None
        stripped = key[1:] if key and key.startswith("و") else None
        for candidate in (key, stripped):
            if candidate in _QUALIFIERS:
                return _QUALIFIERS[candidate]
    return None


def _unit_after(words: list[tuple[int, int, str]], j: int, text: str) -> tuple[str | None, int]:
    """The counted noun after position ``j`` ("6000 منظمة" -> "منظمة") and where it ends."""
    if j < len(words) and not words[j][2].isdigit():
        gap = text[words[j - 1][1] : words[j][0]] if j > 0 else " "
        if gap.strip() == "" and words[j][2] not in _NOT_UNITS:
            return text[words[j][0] : words[j][1]], words[j][1]
    return None, words[j - 1][1] if j > 0 else 0


def _is_year(value: float, raw: str, words: list[tuple[int, int, str]], i: int) -> bool:
    if not (1000 <= value <= 2100) or "." in raw or "," in raw:
        return False
    prev = words[i - 1][2] if i > 0 else ""
    return prev in _YEAR_CUES or prev.startswith("و") or 1900 <= value <= 2100


def _from_digits(text: str, words: list[tuple[int, int, str]], i: int) -> Quantity | None:
    start, end, _ = words[i]
    raw = text[start:end]
    if i > 0 and words[i - 1][2] in _IDENTIFIER_CUES:
        return None
    value = _parse_number(raw)
    rest = text[end:]
    percent = PERCENT_AFTER.match(rest) or PERCENT_WORDS.match(normalize_token(rest[:20]))
    if percent:
        unit, stop = "%", end + percent.end()
        if PERCENT_WORDS.match(normalize_token(rest[:20])):
            k = i + 2 if i + 2 < len(words) and words[i + 1][2] == "في" else i + 1
            stop = words[min(k, len(words) - 1)][1]
    elif _is_year(value, raw, words, i):
        unit, stop = "year", end
    else:
        j = i + 1
        if j < len(words) and words[j][2] in _SCALES:
            value *= _SCALES[words[j][2]]
            j += 1
        unit, stop = _unit_after(words, j, text)
    return _record(text, start, stop, value, unit, _qualifier(words, i))


def _from_words(text: str, words: list[tuple[int, int, str]], i: int) -> Quantity | None:
    start, end, word = words[i]
    bare = word[1:] if word[:1] in ("و", "ب") and word[1:] in _FRACTIONS | _CARDINALS else word
    nxt = words[i + 1][2] if i + 1 < len(words) else ""
    if bare in _CARDINALS and nxt in _SCALES:
        value = _CARDINALS[bare] * _SCALES[nxt]
        unit, stop = _unit_after(words, i + 2, text)
    elif bare in _SCALES and (i == 0 or not words[i - 1][2].isdigit()):
        value = _SCALES[bare]
        unit, stop = _unit_after(words, i + 1, text)
    elif (bare in _FRACTIONS and _qualifier(words, i)) or bare in ("نصف", "ثلث", "ربع", "ثلثي"):
        value, unit, stop = _FRACTIONS[bare], "share", end
    elif bare in _MULTIPLES:
        value, unit, stop = float(_MULTIPLES[bare]), "times", end
    else:
        return None
    return _record(text, start, stop, value, unit, _qualifier(words, i))


def _record(
    text: str, start: int, end: int, value: float, unit: str | None, qualifier: str | None
) -> Quantity:
    return {
        "value": value,
        "unit": unit,
        "span": (start, end),
        "text": text[start:end],
        "qualifier": qualifier,
    }


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in ``text``: ``value`` (float), ``unit`` ("%", "year", "share", "times", the
    counted noun as written such as "منظمة", or None), ``span`` (start, end) in ``text``,
    ``text`` and ``qualifier`` ("about", "more_than", "less_than" or None).

    >>> [(q["value"], q["unit"]) for q in find_quantities("أكثر من 6000 منظمة و20% من السكان")]
    [(6000.0, 'منظمة'), (20.0, '%')]
    """
    words = _words(text)
    found: list[Quantity] = []
    covered = -1
    for i, (start, _, word) in enumerate(words):
        if start < covered:
            continue
        if word[0].isdigit():
            q = _from_digits(text, words, i)
        else:
            q = _from_words(text, words, i)
        if q is not None:
            found.append(q)
            covered = q["span"][1]  # type: ignore[index]
    return found


def statistical(quantities: list[Quantity]) -> bool:
    """Whether any quantity is a statistic (not merely a year)."""
    return any(q["unit"] != "year" for q in quantities)
