"""The versioned actor / threat / security-concept / NGO-role lexicon and its one loader.

The lexicon is data (``araseclit/lexicons/*.json``), never literals in code. Every file has a
``schema_version`` (the shape this loader understands) and a ``version`` (the content release,
recorded with a run). :func:`load_lexicon` validates everything a matcher relies on and raises
``ConfigError("E030")`` naming the file and the first problem, so a bad edit fails loudly.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from araseclit.charsets import ARABIC_MARK, PRESENTATION_FORM_RE
from araseclit.errors import ConfigError
from araseclit.normalize import normalize_token

SCHEMA_VERSION = 2
#: shapes this loader reads: 1 (no homographs, cues or instances) and 2
SUPPORTED_SCHEMAS = (1, 2)
#: the bundled lexicon: every ``*.json`` file in this directory is one part of it
DEFAULT_DIR = Path(__file__).resolve().parents[1] / "lexicons"

LABELS = ("ACTOR", "THREAT", "SECURITY_CONCEPT", "NGO_ROLE")
#: the id prefix each label uses (``actor.state.turkey``)
ID_PREFIX = {
    "ACTOR": "actor",
    "THREAT": "threat",
    "SECURITY_CONCEPT": "concept",
    "NGO_ROLE": "role",
}
CATEGORIES: dict[str, frozenset[str]] = {
    "ACTOR": frozenset(
        "person state regional_power great_power international_community government_body "
        "foreign_authority religious_body local_council parliament security_force foreign_force "
        "armed_group ngo_generic ngo_named international_org donor research_body social_group "
        "private_sector political_party media capital".split()
    ),
    "THREAT": frozenset(
        "terrorism extremism sectarianism corruption weak_institutions foreign_interference "
        "armed_group_proliferation poverty unemployment water_crisis climate_environment "
        "displacement disinformation cyber violence_against_activists funding_dependency "
        "legal_restrictions health social general".split()
    ),
    "SECURITY_CONCEPT": frozenset(
        "national human soft hard social participatory sustainable regional international "
        "collective comprehensive digital environmental economic food water energy health "
        "political cultural intellectual personal community resilience early_warning "
        "securitisation security_sector_reform civil_peace social_cohesion countering_extremism "
        "counter_terrorism conflict_prevention transitional_justice positive_peace soft_power "
        "smart_power good_governance social_contract stabilisation state_building rule_of_law "
        "security_governance".split()
    ),
    "NGO_ROLE": frozenset(
        "relief rehabilitative watchdog strategic_partner mediator early_warning peace_education "
        "capacity_building trust_building advocacy service_delivery development dialogue "
        "legal_aid protection peacebuilding reconstruction knowledge_production mobilisation "
        "volunteering crisis_management".split()
    ),
}
RELATIONS = frozenset({"part_of", "same_as"})
_REQUIRED = ("id", "label", "category", "name_ar", "name_en", "variants")
_OPTIONAL = (
    "nisba", "relations", "shared", "homographs", "cues", "instances", "state", "not_next_to"
)  # fmt: skip
# actor.state.turkey, threat.water_scarcity, role.watchdog
_ID_RE = re.compile(r"^(actor|threat|concept|role)(\.[a-z0-9_]+)+$")
# Arabic presentation forms A (U+FB50-U+FDFF) and B (U+FE70-U+FEFF), e.g. "ﻻ" for "لا"
_PRESENTATION_RE = PRESENTATION_FORM_RE
# harakat, tanwin, shadda, sukun, superscript alef, e.g. the marks in "الأَمْن"
_DIACRITIC_RE = re.compile(f"[{ARABIC_MARK}]")
_TATWEEL = "\u0640"


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: a canonical entity or concept and the strings that name it."""

    id: str
    label: str
    category: str
    name_ar: str
    name_en: str
    variants: tuple[str, ...] = ()
    nisba: tuple[str, ...] = ()  # adjectives naming a state: تركي -> التركية, الأتراك
    relations: dict[str, str] = field(default_factory=dict)
    shared: tuple[str, ...] = ()  # variants another entry may also claim, deliberately
    #: variants that are also ordinary words (حماس "enthusiasm", الأسد "the lion"): they
    #: name the entry only with evidence (see :mod:`araseclit.tag.resolve`)
    homographs: tuple[str, ...] = ()
    #: words whose presence near a homograph is evidence for the entry (غزة for حماس)
    cues: tuple[str, ...] = ()
    #: for a generic institution (actor.generic.*): state id -> the entry naming that
    #: state's institution (actor.state.iraq -> actor.gov.ministry.defence)
    instances: dict[str, str] = field(default_factory=dict)
    #: the state an institution or a person belongs to (actor.state.iraq)
    state: str | None = None
    #: words right before (``"before"``) or after (``"after"``) a homograph that make it
    #: the ordinary word: صلاة المغرب, المغرب العربي (normalised)
    not_next_to: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def names(self) -> tuple[str, ...]:
        """Strings that name the entry as a noun phrase (``name_ar`` first)."""
        return (self.name_ar, *self.variants)


@dataclass(frozen=True)
class Lexicon:
    """All entries of one or more lexicon files, with their versions."""

    entries: tuple[Entry, ...]
    versions: dict[str, str]  # file stem -> content version
    schema_version: int = SCHEMA_VERSION
    fingerprint: str = ""  # hash of the loaded content, for caching compiled matchers

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entries})

    def get(self, entry_id: str) -> Entry | None:
        """The entry with id ``entry_id``, or None."""
        return self._by_id.get(entry_id)  # type: ignore[attr-defined]

    def __len__(self) -> int:
        return len(self.entries)

    def by_label(self, label: str) -> list[Entry]:
        """Entries carrying ``label``."""
        return [e for e in self.entries if e.label == label]


_CACHE: dict[str, Lexicon] = {}


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Load and validate a lexicon: a ``.json`` file, a directory of them, or the bundled one.

    Raises ``ConfigError("E030", path=..., detail=...)`` on a missing, malformed or
    inconsistent file; the detail names the entry and the rule it breaks.
    """
    root = Path(path) if path is not None else DEFAULT_DIR
    files = sorted(root.glob("*.json")) if root.is_dir() else [root]
    if not files or not all(f.is_file() for f in files):
        raise ConfigError("E030", path=str(root), detail="no such file or no *.json in directory")
    raw = [(f, f.read_bytes()) for f in files]
    fingerprint = hashlib.sha1(b"".join(content for _, content in raw)).hexdigest()[:16]
    if fingerprint in _CACHE:
        return _CACHE[fingerprint]
    entries: list[Entry] = []
    versions: dict[str, str] = {}
    for f, content in raw:
        data = _parse(f, content)
        versions[f.stem] = data["version"]
        entries.extend(_entry(f, i, e) for i, e in enumerate(data["entries"]))
    _check_consistency(root, entries)
    lexicon = Lexicon(tuple(entries), versions, SCHEMA_VERSION, fingerprint)
    _CACHE[fingerprint] = lexicon
    return lexicon


#: word lists the taggers consult (``lexicons/wordlists/<name>.json``), not lexicon entries
WORDLIST_DIR = DEFAULT_DIR / "wordlists"
WORDLIST_SCHEMA = 1


@lru_cache(maxsize=16)
def load_word_list(name: str, root: Path = WORDLIST_DIR) -> frozenset[str]:
    """The normalised words of the word list ``name`` (all its groups).

    A word list is ``{"schema_version": 1, "version", "description", "groups": {group:
    [word, ...]}}``; every word obeys the lexicon's string rules and appears once.
    Raises ``ConfigError("E030")`` naming the file and the problem.
    """
    path = root / f"{name}.json"
    if not path.is_file():
        raise _fail(path, "no such word list")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(path, f"not valid UTF-8 JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("schema_version") != WORDLIST_SCHEMA:
        raise _fail(path, f"top level must be an object with schema_version {WORDLIST_SCHEMA}")
    for key in ("version", "description"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise _fail(path, f"missing or empty {key!r} string")
    groups = data.get("groups")
    if not isinstance(groups, dict) or not groups:
        raise _fail(path, "'groups' must map group names to lists of words")
    words: dict[str, str] = {}
    for group, items in groups.items():
        if not isinstance(items, list) or not items:
            raise _fail(path, f"group {group!r} must be a non-empty list of words")
        for word in items:
            problem = string_problem(word)
            if problem is None and " " in word:
                problem = "is more than one word"
            if problem:
                raise _fail(path, f"group {group!r}: {word!r} {problem}")
            norm = normalize_token(word)
            if norm in words:
                raise _fail(path, f"group {group!r}: {word!r} repeats {words[norm]!r}")
            words[norm] = word
    return frozenset(words)


def _fail(path: Path, detail: str) -> ConfigError:
    return ConfigError("E030", path=str(path), detail=detail)


def _parse(path: Path, content: bytes) -> dict:
    try:
        data = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(path, f"not valid UTF-8 JSON ({exc})") from None
    if not isinstance(data, dict):
        raise _fail(path, "top level must be an object with schema_version, version, entries")
    if data.get("schema_version") not in SUPPORTED_SCHEMAS:
        raise _fail(
            path,
            f"schema_version must be one of {SUPPORTED_SCHEMAS}, "
            f"got {data.get('schema_version')!r}",
        )
    if data["schema_version"] == 1 and any(
        isinstance(e, dict) and set(e) & set(_OPTIONAL[3:]) for e in data.get("entries") or []
    ):
        raise _fail(
            path, f"homographs, cues, instances, state and not_next_to need schema_version {2}"
        )
    if not isinstance(data.get("version"), str) or not data["version"]:
        raise _fail(path, "missing or empty 'version' string")
    if not isinstance(data.get("entries"), list) or not data["entries"]:
        raise _fail(path, "'entries' must be a non-empty list")
    return data


def _entry(path: Path, i: int, obj: object) -> Entry:
    if not isinstance(obj, dict):
        raise _fail(path, f"entry {i} is not an object")
    where = f"entry {i} ({obj.get('id', '?')})"
    missing = [k for k in _REQUIRED if k not in obj]
    unknown = sorted(set(obj) - set(_REQUIRED) - set(_OPTIONAL))
    if missing or unknown:
        raise _fail(path, f"{where}: missing keys {missing}, unknown keys {unknown}")
    label, category = obj["label"], obj["category"]
    if label not in LABELS:
        raise _fail(path, f"{where}: unknown label {label!r} (expected one of {list(LABELS)})")
    if category not in CATEGORIES[label]:
        raise _fail(path, f"{where}: unknown category {category!r} for label {label}")
    if not isinstance(obj["id"], str) or not _ID_RE.match(obj["id"]):
        raise _fail(path, f"{where}: id must look like 'actor.state.turkey'")
    if obj["id"].split(".")[0] != ID_PREFIX[label]:
        raise _fail(path, f"{where}: id of a {label} must start with '{ID_PREFIX[label]}.'")
    lists = {k: obj.get(k, []) for k in ("variants", "nisba", "shared", "homographs", "cues")}
    for key, value in lists.items():
        if not isinstance(value, list) or not all(isinstance(s, str) and s for s in value):
            raise _fail(path, f"{where}: {key!r} must be a list of non-empty strings")
    names = {obj["name_ar"], *lists["variants"]}
    if not set(lists["homographs"]) <= names:
        raise _fail(path, f"{where}: every homograph must be the name or a variant")
    for key in ("instances",):
        value = obj.get(key, {})
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise _fail(path, f"{where}: {key!r} must map state ids to entry ids")
    if not isinstance(obj.get("state", ""), str):
        raise _fail(path, f"{where}: 'state' must be an entry id")
    not_next_to = obj.get("not_next_to", {})
    if not isinstance(not_next_to, dict) or not set(not_next_to) <= {"before", "after"}:
        raise _fail(path, f"{where}: 'not_next_to' must map 'before'/'after' to word lists")
    if not_next_to and not lists["homographs"]:
        raise _fail(path, f"{where}: 'not_next_to' needs homographs")
    for side, words in not_next_to.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise _fail(path, f"{where}: not_next_to[{side!r}] must be a list of words")
        lists["cues"] = [*lists["cues"], *words]  # checked with the cues below
    for text in (
        obj["name_ar"],
        obj["name_en"],
        *lists["variants"],
        *lists["nisba"],
        *lists["cues"],
    ):
        problem = string_problem(text)
        if problem:
            raise _fail(path, f"{where}: {text!r} {problem}")
    relations = obj.get("relations", {})
    if not isinstance(relations, dict) or not set(relations) <= RELATIONS:
        raise _fail(path, f"{where}: relations must map {sorted(RELATIONS)} to entry ids")
    return Entry(
        obj["id"], label, category, obj["name_ar"], obj["name_en"],
        tuple(lists["variants"]), tuple(lists["nisba"]), dict(relations), tuple(lists["shared"]),
        tuple(lists["homographs"]), tuple(obj.get("cues", [])), dict(obj.get("instances", {})),
        obj.get("state"),
        {k: frozenset(normalize_token(w) for w in v) for k, v in not_next_to.items()},
    )  # fmt: skip


def string_problem(text: str) -> str | None:
    """Why ``text`` can never match normalised text, or None if it is fine."""
    if not isinstance(text, str) or not text.strip():
        return "is empty"
    if text != text.strip() or "  " in text:
        return "has leading, trailing or double spaces"
    if unicodedata.normalize("NFC", text) != text:
        return "is not NFC"
    if _PRESENTATION_RE.search(text):
        return "contains Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF)"
    if _TATWEEL in text:
        return "contains tatweel (U+0640)"
    if _DIACRITIC_RE.search(text):
        return "contains diacritics"
    return None


def match_key(text: str) -> str:
    """The normalised form under which two lexicon strings count as the same variant."""
    return " ".join(normalize_token(w) for w in text.split())


def _check_consistency(root: Path, entries: Iterable[Entry]) -> None:
    entries = list(entries)
    ids = [e.id for e in entries]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise _fail(root, f"duplicate ids: {dupes}")
    known = set(ids)
    owner: dict[str, Entry] = {}
    for e in entries:
        targets = [*e.relations.values(), *e.instances, *e.instances.values()]
        for target in [*targets, *([e.state] if e.state else [])]:
            if target not in known:
                raise _fail(root, f"{e.id}: relation target {target!r} is not an entry id")
        shared = {match_key(s) for s in e.shared}
        for text in {match_key(s) for s in (*e.names, *e.nisba)}:
            other = owner.get(text)
            if other is not None and other.id != e.id:
                if text not in shared or text not in {match_key(s) for s in other.shared}:
                    raise _fail(root, f"variant {text!r} claimed by {other.id} and {e.id}")
            owner[text] = e
