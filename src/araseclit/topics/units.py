"""Topic units: the body text of a run, as sentences or paragraphs, and every unit left out
with its reason.

A sentence's section type (:data:`araseclit.segment.sections.SECTION_TYPES`) comes from the
headings above it (``المصادر`` makes a reference list), then from what other stages found in
the text itself, so a reference list or a title with no heading of its own is still caught:

* a sentence that lies inside an entry of the document's reference list, as the ``cite`` stage
  parsed it, is ``reference_list`` (``بغداد: الوزارة.`` inside ``وزارة الشباب (2022). …``);
* a sentence before the first heading that lies inside the document's title is ``front_matter``;
* a sentence most of whose words are numbers is a ``table`` row (``2019 35 41 2020 38 44``).
"""

from __future__ import annotations

import re

import pandas as pd

from araseclit.segment.sections import BODY, type_sections
from araseclit.topics.patterns import WORD

#: columns of the left-out units table; ``reason`` is a section type other than body, or
#: ``too_few_words`` (fewer than two content words)
LEFT_OUT_COLUMNS: tuple[str, ...] = ("doc_id", "unit_id", "section_type", "reason")
TOO_FEW_WORDS = "too_few_words"
UNIT_KINDS = ("sentence", "paragraph")
#: a sentence with at least this many number tokens, making at least this share of its tokens,
#: is a table row
_TABLE_MIN_NUMBERS = 3
_TABLE_NUMBER_SHARE = 0.5
#: shorter sentences are not matched against reference entries or titles
_MIN_MATCH_CHARS = 4
_SPACES = re.compile(r"\s+")


def _flat(text: object) -> str:
    """Whitespace folded, final period and spaces stripped: the form matched inside entries."""
    return _SPACES.sub(" ", str(text)).strip().rstrip(".").strip()


def _heading_types(sentences: pd.DataFrame, sections: pd.DataFrame | None) -> pd.Series:
    types = pd.Series(BODY, index=sentences.index, dtype=object)
    if sections is None or sections.empty:
        return types
    by_id: dict[str, str] = {}
    for _, group in sections.groupby("doc_id", sort=False):
        records = group[["title", "start", "end"]].to_dict("records")
        by_id.update(zip(group["section_id"].astype(str), type_sections(records), strict=True))
    mapped = sentences["section_id"].map(lambda s: by_id.get(str(s), BODY) if pd.notna(s) else BODY)
    return mapped.astype(object)


def _inside(texts: pd.Series, haystack: str) -> pd.Series:
    return texts.map(lambda t: len(t) >= _MIN_MATCH_CHARS and t in haystack)


def _is_table_row(text: str) -> bool:
    tokens = [m.group() for m in WORD.finditer(text)]
    numbers = sum(t.isdigit() for t in tokens)
    return numbers >= _TABLE_MIN_NUMBERS and numbers >= _TABLE_NUMBER_SHARE * len(tokens)


def sentence_types(
    sentences: pd.DataFrame,
    sections: pd.DataFrame | None = None,
    references: pd.DataFrame | None = None,
    documents: pd.DataFrame | None = None,
) -> pd.Series:
    """Section type of every row of ``sentences`` (run-table columns), indexed like it."""
    types = _heading_types(sentences, sections)
    flat = sentences["text"].map(_flat)
    refs = {}
    if references is not None and not references.empty:
        refs = {d: "\n".join(g.map(_flat)) for d, g in references.groupby("doc_id")["raw"]}
    titles = {}
    if documents is not None and "title" in documents and not documents.empty:
        titles = {
            d: _flat(t)
            for d, t in zip(documents["doc_id"], documents["title"], strict=True)
            if pd.notna(t)
        }
    for doc_id, rows in sentences.groupby("doc_id", sort=False).groups.items():
        body = rows[types.loc[rows] == BODY]
        if doc_id in refs:
            hit = body[_inside(flat.loc[body], refs[doc_id]).to_numpy(dtype=bool)]
            types.loc[hit] = "reference_list"
            body = body.difference(hit)
        if doc_id in titles:
            before = body[sentences.loc[body, "section_id"].isna().to_numpy()]
            # a title line may keep the number of the heading repair moved after it: "… 1."
            bare = flat.loc[before].str.rstrip(" .0123456789")
            hit = before[_inside(bare, titles[doc_id]).to_numpy(dtype=bool)]
            types.loc[hit] = "front_matter"
            body = body.difference(hit)
        # dtype=bool: mapping no rows (a document with no body left) gives an empty *string*
        # array, which cannot index
        types.loc[body[flat.loc[body].map(_is_table_row).to_numpy(dtype=bool)]] = "table"
    return types


def _paragraph_units(sentences: pd.DataFrame, types: pd.Series) -> pd.DataFrame:
    """One unit per paragraph (a sentence outside any paragraph is its own unit); its type is
    the type of most of its characters."""
    unit_id = sentences["para_id"].where(sentences["para_id"].notna(), sentences["sent_id"])
    frame = pd.DataFrame(
        {
            "doc_id": sentences["doc_id"].astype(str),
            "unit_id": unit_id.astype(str),
            "text": sentences["text"].fillna("").astype(str),
            "section_type": types,
        }
    )
    frame["chars"] = frame["text"].str.len()
    keys = ["doc_id", "unit_id"]
    weight = frame.groupby([*keys, "section_type"], sort=False)["chars"].sum().reset_index()
    weight = weight.sort_values([*keys, "chars"], ascending=[True, True, False], kind="stable")
    major = weight.drop_duplicates(keys)[[*keys, "section_type"]]
    texts = frame.groupby(keys, sort=False)["text"].agg(" ".join).reset_index()
    return texts.merge(major, on=keys, how="left")


def topic_units(
    sentences: pd.DataFrame,
    unit: str = "sentence",
    *,
    sections: pd.DataFrame | None = None,
    references: pd.DataFrame | None = None,
    documents: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(units, left_out)``: body units (``doc_id, unit_id, text``; ``unit_id`` is the
    ``sent_id``, or the ``para_id`` when ``unit == "paragraph"``) and the units left out, with
    :data:`LEFT_OUT_COLUMNS` (``reason`` = their section type)."""
    if unit not in UNIT_KINDS:
        raise ValueError(f"topic unit must be one of {UNIT_KINDS}, not {unit!r}")
    types = sentence_types(sentences, sections, references, documents)
    if unit == "paragraph":
        frame = _paragraph_units(sentences, types)
    else:
        frame = pd.DataFrame(
            {
                "doc_id": sentences["doc_id"].astype(str),
                "unit_id": sentences["sent_id"].astype(str),
                "text": sentences["text"].fillna("").astype(str),
                "section_type": types,
            }
        )
    body = frame["section_type"] == BODY
    units = frame.loc[body, ["doc_id", "unit_id", "text"]].reset_index(drop=True)
    left = frame.loc[~body, ["doc_id", "unit_id", "section_type"]].reset_index(drop=True)
    left["reason"] = left["section_type"]
    return units, left.reindex(columns=list(LEFT_OUT_COLUMNS))
