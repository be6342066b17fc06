"""A compact bilingual (Arabic/English) paragraph summarising a framing map, ready to paste."""

from __future__ import annotations

import pandas as pd

_LABELS_AR = {
    "ACTOR": "الفاعلين",
    "THREAT": "التهديدات",
    "SECURITY_CONCEPT": "مفاهيم الأمن",
    "NGO_ROLE": "أدوار المنظمات",
}
_LABELS_EN = {
    "ACTOR": "actors",
    "THREAT": "threats",
    "SECURITY_CONCEPT": "security concepts",
    "NGO_ROLE": "NGO roles",
}


def _top_entities(overall: pd.DataFrame, label: str, top_n: int) -> pd.DataFrame:
    rows = overall[overall["label"] == label]
    agg = rows.groupby("entity_id", as_index=False)["n_mentions"].sum()
    # the Arabic name: the surface text of the entity's largest row
    texts = rows.sort_values("n_mentions", ascending=False).drop_duplicates("entity_id")
    agg = agg.merge(texts[["entity_id", "entity_text"]], on="entity_id")
    return agg.sort_values(["n_mentions", "entity_id"], ascending=[False, True]).head(top_n)


def _topic_lines(overall: pd.DataFrame, topics: pd.DataFrame | None, top_n: int) -> list[tuple]:
    """``(topic_id, label_ar, label_en, entity_text, entity_id, share)`` of the largest topics."""
    sizes = overall[overall["topic_id"] != -1].groupby("topic_id")["n_mentions"].sum()
    out = []
    for topic_id in sizes.sort_values(ascending=False).index[:top_n]:
        lead = overall[overall["topic_id"] == topic_id].sort_values(
            ["n_mentions", "entity_id"], ascending=[False, True]
        )
        first = lead.iloc[0]
        label_ar = label_en = None
        if topics is not None:
            row = topics[topics["topic_id"] == topic_id]
            if not row.empty:
                # stored tables hold pd.NA / NaN for a missing label: make it None
                label_ar, label_en = (
                    None if pd.isna(v) else v for v in row.iloc[0][["label_ar", "label_en"]]
                )
        out.append(
            (
                int(topic_id),
                label_ar,
                label_en,
                first["entity_text"],
                first["entity_id"],
                float(first["share"]),
            )
        )
    return out


def framing_summary(
    framing: pd.DataFrame, topics: pd.DataFrame | None = None, *, top_n: int = 3
) -> str:
    """Two paragraphs, Arabic then English, naming the most mentioned entities of each kind and
    how the largest topics are framed. Figures come from the ``all`` rows of ``framing``."""
    overall = framing[framing["breakdown"] == "all"]
    if overall.empty:
        return (
            "لم يُعثر على إشارات إلى فاعلين أو تهديدات في وحدات الموضوعات.\n\n"
            "No actor, threat, concept or NGO-role mentions were found in the topic units."
        )
    n_topics = overall.loc[overall["topic_id"] != -1, "topic_id"].nunique()
    n_docs = int(framing.loc[framing["breakdown"] == "doc", "key"].nunique())
    ar = [f"تتوزع الإشارات على {n_topics} موضوعات في {n_docs} وثيقة."]
    en = [f"Mentions spread over {n_topics} topics in {n_docs} document(s)."]
    for label in _LABELS_EN:
        top = _top_entities(overall, label, top_n)
        if top.empty:
            continue
        ar.append(
            f"أبرز {_LABELS_AR[label]}: "
            + "، ".join(f"{r.entity_text} ({r.n_mentions})" for r in top.itertuples())
            + "."
        )
        en.append(
            f"Most mentioned {_LABELS_EN[label]}: "
            + ", ".join(f"{r.entity_id} ({r.n_mentions})" for r in top.itertuples())
            + "."
        )
    for topic_id, label_ar, label_en, text, entity_id, share in _topic_lines(
        overall, topics, top_n
    ):
        name_ar = f"«{label_ar}»" if label_ar else str(topic_id)
        name_en = f"{topic_id} ({label_en or label_ar or 'unlabelled'})"
        ar.append(f"يُؤطَّر الموضوع {name_ar} أساسًا عبر {text} ({share:.0%} من إشاراته).")
        en.append(
            f"Topic {name_en} is framed mainly through {entity_id} ({share:.0%} of its mentions)."
        )
    return " ".join(ar) + "\n\n" + " ".join(en)
