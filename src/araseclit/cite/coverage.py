"""Citation-coverage audit: which cited works have an entry, which entries are never cited,
and the problems a reviewer should look at; rendered as JSON, Markdown or HTML.

Problem kinds: ``no_reference_list`` (citations but no entries), ``future_year`` (Gregorian year
after ``as_of``), ``two_years_same_work`` (one author cited with two years that resolve to
one entry, with two years for the same page, or with a year that has no entry beside one
that has), ``impossible_page`` (page 0, above 5000 or
a reversed range), ``author_spelling_variants`` (one author key written several ways),
``undated`` (``د.ت``/``n.d.``), ``duplicate_reference`` (two entries with the same author key
and year).
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import re
import statistics
from collections import Counter, defaultdict

from araseclit.cite import patterns as P
from araseclit.cite.fields import _name_units
from araseclit.cite.matching import (
    author_key,
    first_author,
    match,
    reference_keys,
    spelling_key,
)
from araseclit.cite.styles import is_organisation

AUDIT_KEYS: tuple[str, ...] = (
    "doc_id", "citations", "works_cited", "references", "matched", "missing_references",
    "uncited_references", "coverage", "problems", "by_script", "by_decade", "recency",
)  # fmt: skip


_INT_FIELDS = ("year", "gregorian_year", "number")


def _plain(rec: dict) -> dict:
    """A record read back from a DataFrame: NaN / pd.NA to None, float years to int."""
    out = {}
    for k, v in rec.items():
        if v is not None and (type(v).__name__ == "NAType" or (isinstance(v, float) and v != v)):
            v = None
        elif k in _INT_FIELDS and isinstance(v, float):
            v = int(v)
        out[k] = v
    return out


#: particles that open a family name written in Latin letters (``Jan van der Berg``, ``Nasr
#: Abu Zayd``, ``Charles de Gaulle``); not the capitalised ``Ben``, ``Al``, ``El`` a given name
#: may be (``Ben Smith``, ``Al Gore``)
_LATIN_PARTICLES = frozenset(
    "van von der den de del della di da du dos das ter ten le la al el bin ibn abu ben"
    " Van Von De Del Della Di Da Du Dos Das Ter Ten Bin Ibn Abu".split()
)

#: words that join the words of a body's name and of no person's (``Médecins Sans Frontières``,
#: ``Save the Children``, ``Doctors without Borders``)
_BODY_JOINERS = frozenset(
    "of for the on in at against without sans pour aux für sin sem senza".split()
)


def _latin_family(words: list[str]) -> str:
    """The family name of a person written given name first in Latin letters: the last
    word, or the words from the particle that opens it; a name a particle leads is whole."""
    at = next((i for i, w in enumerate(words[:-1]) if w in _LATIN_PARTICLES), len(words) - 1)
    return " ".join(words if at == 0 else words[at:])


def note_family(author: str) -> str:
    """The family name of one person a note names given name first (``Toby Dodge`` ->
    ``Dodge``, ``Jan van der Berg`` -> ``van der Berg``, ``حيدر كاظم الموسوي`` -> ``الموسوي``,
    ``عبد الجبار أحمد عبد الله`` -> ``عبد الله``, ``نصر حامد أبو زيد`` -> ``أبو زيد``): a bracket
    citation and an entry give that name alone. A body (an organisation word, or a word such as
    ``Sans`` or ``the`` joining its words: ``Médecins Sans Frontières``), several authors or a
    name written family first (a comma) are kept whole."""
    name = " ".join(author.split())
    # several authors: "و" standing alone, not the و a given name opens ("محمد وليد الزبيدي")
    if re.search(r"[،,&]|\bet al\b|\band\b|وآخرون|\sو\s", name) or is_organisation(name):
        return name
    if not re.search(r"[\u0600-\u06ff]", name):
        words = name.split()
        if any(w.lower() in _BODY_JOINERS for w in words[1:-1]):
            return name
        return _latin_family(words) if len(words) >= 2 else name
    units = _name_units(name)
    if any(u.startswith("و") for u in units[2:-1]):
        return name  # "علي خالد وحسن محمد": a second person after two names, not "وليد"
    return units[-1] if len(units) >= 2 else name


def _work_key(cit: dict, bracketed: frozenset[tuple] = frozenset()) -> tuple:
    """A citation's work: its author's key and year. A note's author is cut to its family
    name (:func:`note_family`) only when a bracket cites that family name and year
    (``bracketed``): "Toby Dodge" in a note is the "(Dodge, 2003)" of a bracket, but a body
    the organisation list does not know ("Chatham House", "Freedom House") stays whole."""
    if cit.get("kind") == "numeric":
        return ("#", cit.get("number"))
    author = cit.get("author") or ""
    year = cit.get("year_text") or ""
    if cit.get("kind") == "note":
        family = (author_key(note_family(author)), year)
        if family in bracketed:
            return family
    return (author_key(author), year)


def _works(citations: list[dict]) -> dict[tuple, list[dict]]:
    bracketed = frozenset(
        _work_key(c) for c in citations if c.get("kind") not in ("note", "numeric")
    )
    works: dict[tuple, list[dict]] = defaultdict(list)
    for c in citations:
        works[_work_key(c, bracketed)].append(c)
    return works


def _family_of(cits: list[dict]) -> str | None:
    """The name a missing work is listed under: as cited in a bracket, else a note's family
    name (see :func:`note_family`)."""
    cit = next((c for c in cits if c.get("kind") != "note"), cits[0])
    author = cit.get("author")
    return note_family(author) if author and cit.get("kind") == "note" else author


def _page_problem(page: str | None) -> bool:
    if not page:
        return False
    parts = [int(p) for p in re.split(r"[-–—]", page) if p.isdigit()]
    return any(p == 0 or p > 5000 for p in parts) or (len(parts) == 2 and parts[0] > parts[1])


def _citation_problems(citations: list[dict], as_of: int) -> list[dict]:
    out: list[dict] = []
    for c in citations:
        if c.get("gregorian_year") and c["gregorian_year"] > as_of:
            out.append({"kind": "future_year", "cit_ids": [c["cit_id"]], "detail": c["year_text"]})
        if _page_problem(c.get("page")):
            out.append({"kind": "impossible_page", "cit_ids": [c["cit_id"]], "detail": c["page"]})
        if c.get("kind") != "numeric" and c.get("year_text") and c.get("year") is None:
            out.append({"kind": "undated", "cit_ids": [c["cit_id"]], "detail": c["raw"]})
    return out


def _variant_problems(citations: list[dict], references: list[dict]) -> list[dict]:
    """One author written several ways (in citations or between a citation and its entry)."""
    forms: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for c in citations:
        if c.get("author"):
            forms[spelling_key(c["author"])][first_author(c["author"])].append(c["cit_id"])
    for r in references:
        surname = re.split(r"\s*[،,]\s*", (r.get("authors") or "").strip(), maxsplit=1)[0]
        if surname and spelling_key(surname) in forms:
            forms[spelling_key(surname)].setdefault(surname, [])
    return [
        {"kind": "author_spelling_variants", "cit_ids": [i for ids in f.values() for i in ids],
         "detail": " / ".join(sorted(f))}
        for f in forms.values() if len(f) > 1
    ]  # fmt: skip


def _author_count_problems(citations: list[dict], references: list[dict]) -> list[dict]:
    """A citation naming fewer people than its entry lists, with no ``et al.``/``وآخرون`` for
    the others: ``Smith (2018)`` linked to ``Smith, J., & Jones, K. (2018)``, ``الجبوري
    (2015)`` to ``الجبوري، علي، والعاني، سعد``. The link stands (the first author and year
    agree); the citation drops a co-author, or cites another work the list lacks. Author–date
    citations only: a note names its author in full once and short after."""
    from araseclit.cite.fields import _people

    by_id = {r["ref_id"]: r for r in references}
    out: list[dict] = []
    for c in citations:
        ref = by_id.get(c.get("ref_id"))
        author = c.get("author") or ""
        if ref is None or not author or c.get("kind") not in ("parenthetical", "narrative"):
            continue
        if P.ET_AL_RE.search(author) or P.ET_AL_RE.search(ref.get("authors") or ""):
            continue
        named = [x for x in P.AUTHOR_JOIN_RE.split(author) if x and x.strip()]
        listed = _people(ref.get("authors") or "")
        if len(named) < len(listed):
            others = ", ".join(p["family"] for p in listed[len(named) :])
            out.append({"kind": "fewer_authors", "cit_ids": [c["cit_id"]],
                        "detail": f"{c['raw']} -> entry also by {others}"})  # fmt: skip
    return out


def _year_problems(works: dict[tuple, list[dict]]) -> list[dict]:
    """One author cited with two years that resolve to one entry, or two years on one page."""
    by_author: dict[str, list[tuple]] = defaultdict(list)
    for key in works:
        if key[0] != "#" and key[0]:
            by_author[key[0]].append(key)
    out = []
    for keys in by_author.values():
        if len(keys) < 2:
            continue
        cits = [c for k in keys for c in works[k]]
        refs = {c.get("ref_id") for c in cits}
        years_by_page: dict[str, set[str]] = defaultdict(set)
        for c in cits:
            if c.get("page"):
                years_by_page[c["page"]].add(c.get("year_text") or "")
        one_entry = len(refs) == 1 and None not in refs
        same_page = any(len(ys) > 1 for ys in years_by_page.values())
        # one year has an entry, another year of the same author has none: likely a typo
        matched_years = {c.get("gregorian_year") for c in cits if c.get("ref_id")}
        stray = {c.get("gregorian_year") for c in cits if not c.get("ref_id")} - matched_years
        stray_year = bool(matched_years) and bool(stray - {None})
        if one_entry or same_page or stray_year:
            out.append({"kind": "two_years_same_work", "cit_ids": [c["cit_id"] for c in cits],
                        "detail": f"{cits[0].get('author')}: " + ", ".join(sorted({k[1] for k in keys}))})  # fmt: skip
    return out


def _duplicate_references(references: list[dict]) -> list[dict]:
    seen: dict[tuple, list[str]] = defaultdict(list)
    for r in references:
        first = next(iter(reference_keys(r.get("authors"))), "")
        if first:
            seen[(first, r.get("year_text"))].append(r["ref_id"])
    return [
        {"kind": "duplicate_reference", "ref_ids": ids, "detail": f"{k[0]} {k[1]}"}
        for k, ids in seen.items() if len(ids) > 1
    ]  # fmt: skip


def _dated_by_entry(citations: list[dict], references: list[dict]) -> None:
    """A numeric citation (``[3]``) has no year or script of its own: it takes its linked
    entry's, so that a numbered list's age, decades and scripts are reported as an
    author–date list's are (the citations are the audit's own copies)."""
    from araseclit.cite.citation_helpers import _script

    by_id = {r["ref_id"]: r for r in references}
    for c in citations:
        ref = by_id.get(c.get("ref_id"))
        if ref is None or c.get("kind") != "numeric":
            continue
        if not c.get("gregorian_year") and ref.get("gregorian_year"):
            c["gregorian_year"] = ref["gregorian_year"]
        if not c.get("script") and (ref.get("authors") or ref.get("raw")):
            c["script"] = _script(ref.get("authors") or ref["raw"])


def _recency(citations: list[dict], as_of: int) -> dict:
    years = [c["gregorian_year"] for c in citations if c.get("gregorian_year")]
    if not years:
        return {"as_of": as_of, "n_dated": 0, "median_age": None, "oldest": None,
                "newest": None, "share_last_5_years": None, "share_last_10_years": None}  # fmt: skip
    ages = [as_of - y for y in years]
    return {
        "as_of": as_of,
        "n_dated": len(years),
        "median_age": statistics.median(ages),
        "oldest": min(years),
        "newest": max(years),
        "share_last_5_years": round(sum(a <= 5 for a in ages) / len(ages), 3),
        "share_last_10_years": round(sum(a <= 10 for a in ages) / len(ages), 3),
    }


def audit(
    citations: list[dict],
    references: list[dict],
    doc_id: str | None = None,
    *,
    as_of: int | None = None,
) -> dict:
    """Coverage audit of ``citations`` against ``references`` (DESIGN.md audit keys plus
    ``by_script``, ``by_decade``, ``recency``). Runs :func:`match` if no citation has a
    ``ref_id`` yet. ``as_of``: the year ages and ``future_year`` are measured from (this year).
    """
    as_of = as_of or _dt.date.today().year
    citations = [_plain(c) for c in citations]
    references = [_plain(r) for r in references]
    if references and not any(c.get("ref_id") for c in citations):
        match(citations, references)
    _dated_by_entry(citations, references)
    works = _works(citations)
    matched = {k for k, cs in works.items() if any(c.get("ref_id") for c in cs)}
    cited_refs = {c["ref_id"] for c in citations if c.get("ref_id")}
    missing = [
        {"author": cs[0].get("author"), "family": _family_of(cs),
         "year_text": cs[0].get("year_text"), "number": cs[0].get("number"),
         "cit_ids": [c["cit_id"] for c in cs]}
        for k, cs in works.items() if k not in matched
    ]  # fmt: skip
    problems = _citation_problems(citations, as_of) + _variant_problems(citations, references)
    problems += _author_count_problems(citations, references)
    problems += _year_problems(works) + _duplicate_references(references)
    if citations and not references:
        problems.insert(0, {"kind": "no_reference_list", "cit_ids": [], "detail": ""})
    decades = Counter(
        f"{c['gregorian_year'] // 10 * 10}s" for c in citations if c.get("gregorian_year")
    )
    return {
        "doc_id": doc_id,
        "citations": len(citations),
        "works_cited": len(works),
        "references": len(references),
        "matched": len(matched),
        "missing_references": missing,
        "uncited_references": [r for r in references if r["ref_id"] not in cited_refs],
        "coverage": round(len(matched) / len(works), 3) if works and references else None,
        "problems": problems,
        "by_script": dict(Counter(c.get("script") or "unknown" for c in citations)),
        "by_decade": dict(sorted(decades.items())),
        "recency": _recency(citations, as_of),
    }


def audit_to_json(result: dict) -> str:
    """The audit as indented UTF-8 JSON (Arabic kept as is)."""
    return json.dumps(result, ensure_ascii=False, indent=2, default=str)


def _summary_rows(result: dict) -> list[tuple[str, str]]:
    cov = result["coverage"]
    rec = result["recency"]
    return [
        ("citations", str(result["citations"])),
        ("works cited", str(result["works_cited"])),
        ("reference entries", str(result["references"])),
        ("works with an entry", str(result["matched"])),
        ("coverage", "n/a" if cov is None else f"{cov:.1%}"),
        ("uncited entries", str(len(result["uncited_references"]))),
        ("median age (years)", "n/a" if rec["median_age"] is None else str(rec["median_age"])),
        ("by script", ", ".join(f"{k}: {v}" for k, v in result["by_script"].items())),
        ("by decade", ", ".join(f"{k}: {v}" for k, v in result["by_decade"].items())),
    ]


def _md(s: object) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def audit_to_markdown(result: dict) -> str:
    """The audit as Markdown: summary table, problems, missing and uncited works."""
    lines = [f"## Citation audit {_md(result.get('doc_id') or '')}".rstrip(), "",
             "| measure | value |", "|---|---|"]  # fmt: skip
    lines += [f"| {k} | {_md(v)} |" for k, v in _summary_rows(result)]
    lines += ["", "### Problems", ""]
    lines += [f"- **{p['kind']}** {_md(p.get('detail', ''))} ({', '.join(p.get('cit_ids') or p.get('ref_ids') or [])})"
              for p in result["problems"]] or ["- none"]  # fmt: skip
    lines += ["", "### Cited works without an entry", ""]
    lines += [f"- {_md(m['author'] or '[' + str(m['number']) + ']')} {_md(m['year_text'] or '')}"
              f" ×{len(m['cit_ids'])}" for m in result["missing_references"]] or ["- none"]  # fmt: skip
    lines += ["", "### Entries never cited", ""]
    lines += [f"- {_md(r['raw'])}" for r in result["uncited_references"]] or ["- none"]
    return "\n".join(lines) + "\n"


def audit_to_html(result: dict, *, standalone: bool = False) -> str:
    """The audit as an HTML fragment (``<section class="araseclit-audit">``) the run report
    embeds; ``standalone=True`` wraps it in a complete UTF-8 page. All text is escaped."""
    e = html.escape
    rows = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in _summary_rows(result))
    probs = "".join(
        f'<li><b>{e(p["kind"])}</b> <span dir="auto">{e(str(p.get("detail", "")))}</span></li>'
        for p in result["problems"]
    )
    missing = "".join(
        f'<li dir="auto">{e(str(m["author"] or m["number"]))} {e(str(m["year_text"] or ""))}</li>'
        for m in result["missing_references"]
    )
    uncited = "".join(f'<li dir="auto">{e(r["raw"])}</li>' for r in result["uncited_references"])
    body = (
        f'<section class="araseclit-audit"><h2>Citation audit {e(result.get("doc_id") or "")}</h2>'
        f"<table>{rows}</table><h3>Problems</h3><ul>{probs}</ul>"
        f"<h3>Cited works without an entry</h3><ul>{missing}</ul>"
        f"<h3>Entries never cited</h3><ul>{uncited}</ul></section>"
    )
    if not standalone:
        return body
    return (
        '<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">'
        "<title>Citation audit</title></head><body>" + body + "</body></html>\n"
    )
