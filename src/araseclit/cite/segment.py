"""Where a reference entry's title ends: a scored choice among the entry's parts.

After its authors and year an entry is a run of parts cut at full stops (``fields._split_sentences``):
the title, then the container or the imprint. A title may hold a stop of its own (``Iraq. From
War to a New Authoritarianism.``, ``العشيرة والدولة. دراسة في الأمن المحلي.``), and the parse
that takes the first part alone as the title then reads the rest of the title as a publisher.

:func:`title_parts` scores each candidate end of the title instead. Each part after the first
gets evidence that it is more title (three words or more, function words inside:
``of``/``the``/``في``/``من``) and evidence that it is a field of its own (a place from the CLDR
list, a publisher word, ``Place: Publisher``, a journal's volume and pages, a chapter's ``In``,
a translator, an edition, a report, a year). A candidate's score is the sum, over the parts it
adds to the title, of title evidence less field evidence; the best candidate wins only by
:data:`MARGIN`, so the parse as today (the first part alone) stands on a tie or a doubt. The
entry's last part is never taken into the title (it is the part that most often names the
container or publisher without a marker: ``Foreign Affairs``, ``Polity``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources

from araseclit.cite.styles import is_organisation, places

#: a part joins the title only when its title evidence beats its field evidence by this much
#: (set a priori: two pieces of evidence, length and function words, with no field evidence)
MARGIN = 2.0
#: a title part has at least this many words
MIN_TITLE_WORDS = 3
_FUNCTION_WORDS = frozenset(
    "of the and to in on for from a an after between with under beyond against"
    " في من على إلى الى عن بين بعد قبل مع حول عند لدى"
    " در از به با برای".split()
)
_YEAR_END_RE = re.compile(r"(?:1[5-9]|20)\d{2}\s*(?:م|هـ|ه|ش)?\s*$")
_DIGITS_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"[^\s.,،:;؛()\"“”«»]+")


@cache
def _word_file(name: str) -> frozenset[str]:
    """The words of ``data/<name>`` (one a line, ``#`` comments), normalised."""
    text = resources.files("araseclit.cite").joinpath(f"data/{name}")
    lines = (x.strip() for x in text.read_text("utf-8").splitlines())
    return frozenset(_norm_word(x) for x in lines if x and x[0] != "#")


def publisher_words() -> frozenset[str]:
    """Words that name a publisher or printer (``data/publisher_words.txt``), normalised."""
    return _word_file("publisher_words.txt")


def container_words() -> frozenset[str]:
    """Words that name a journal or periodical (``data/container_words.txt``), normalised."""
    return _word_file("container_words.txt")


def is_container(part: str) -> bool:
    """An entry's part with no volume that names a periodical, not a publisher: a container
    word in it (``Journal of Democracy``, ``مجلة المستقبل العربي``) and no publisher word
    (``Cambridge University Press``, ``Review Press``)."""
    normed = {_norm_word(w) for w in _WORD_RE.findall(part)}
    return bool(normed & container_words()) and not normed & publisher_words()


def _norm_word(word: str) -> str:
    from araseclit.cite.styles import _norm

    w = _norm(word)
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def field_evidence(part: str, field_like: Callable[[str], bool]) -> float:
    """How much ``part`` reads as a field of its own (container, imprint, translator …).
    ``field_like``: whether the field patterns of ``fields`` read the part."""
    words = _WORD_RE.findall(part)
    normed = [_norm_word(w) for w in words]
    score = 0.0
    if field_like(part) or is_container(part):
        score += 3
    if any(w in publisher_words() for w in normed):
        score += 2
    if is_organisation(part.strip()):
        score += 2
    head = part.split(":", 1)[0].strip()
    if ":" in part and " ".join(_norm_word(w) for w in head.split()) in imprint_places():
        score += 2
    elif normed and normed[0] in imprint_places():
        score += 1
    if _YEAR_END_RE.search(part):
        score += 1
    elif _DIGITS_RE.search(part):
        score += 1
    return score


@cache
def imprint_places() -> frozenset[str]:
    """Places an imprint names: :func:`~.styles.places` and the English names of CLDR's
    time-zone cities that it lacks (``data/tz_cities.txt``: ``London``, ``Paris``, ``Cairo``),
    normalised as :func:`~.styles.places` writes them and as :func:`_norm_word` does (the
    Arabic article dropped: ``الخرطوم`` is found as ``خرطوم``)."""
    names = []
    for name in ("tz_cities.txt", "places.txt"):
        text = resources.files("araseclit.cite").joinpath(f"data/{name}").read_text("utf-8")
        names += [x.strip() for x in text.splitlines() if x.strip() and x.strip()[0] != "#"]
    # places.txt writes Arabic names with their article (القاهرة, الخرطوم): normalised as a
    # lookup normalises a word (the article dropped) as well as places() keeps them
    cities = (" ".join(_norm_word(w) for w in x.split()) for x in names)
    return places() | frozenset(cities)


@cache
def region_towns() -> frozenset[str]:
    """Arabic names of the region's towns and cities that no person bears (GeoNames via
    ``data/region_cities.txt``, built by :mod:`.build_region_cities`: ``البصرة``, ``كركوك``,
    ``حلب``), normalised as :func:`_norm_word` does. Not imprint places: a town is named in a
    bracket with a date far more often than on a title page."""
    text = resources.files("araseclit.cite").joinpath("data/region_cities.txt").read_text("utf-8")
    names = (x.strip() for x in text.splitlines())
    return frozenset(" ".join(_norm_word(w) for w in x.split()) for x in names if x and x[0] != "#")


def title_evidence(part: str) -> float:
    """How much ``part`` reads as more of a title: its length and function words inside."""
    words = _WORD_RE.findall(part)
    score = 0.0
    if len(words) >= MIN_TITLE_WORDS:
        score += 1
    inner = [w.lower() for w in words[1:-1]]
    if any(w in _FUNCTION_WORDS for w in inner):
        score += 1
    return score


def title_parts(
    parts: list[str],
    field_like: Callable[[str], bool],
    locators: Callable[[str], bool] | None = None,
) -> int:
    """How many of ``parts`` (an entry after its authors and year) make its title: the
    candidate end with the best score (see the module docstring), 1 when none beats it by
    :data:`MARGIN`. ``locators``: whether a part is a journal's locators alone (``2021, vol.
    13, no. 1, pp. 45–70``), which makes the part before it the journal's name (ISO 690)."""
    best_k, best, total = 1, 0.0, 0.0
    for k in range(1, len(parts) - 1):  # the last part is never title
        gain = title_evidence(parts[k]) - field_evidence(parts[k], field_like)
        if locators is not None and locators(parts[k + 1]):
            gain -= 3  # "Middle East Law and Governance. 2021, vol. 13, …": a journal
        if gain < MARGIN:  # the title is one run of parts from the first
            break
        total += gain
        if total > best:
            best_k, best = k + 1, total
    return best_k
