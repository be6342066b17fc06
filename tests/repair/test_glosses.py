"""Latin terms pdfplumber lifted out of their Arabic line go back into the empty brackets
they left there (:mod:`araseclit.repair.glosses`)."""

from __future__ import annotations

import re
from pathlib import Path

from araseclit.document import Line
from araseclit.repair import repair_lines, repair_text
from araseclit.repair.glosses import fill_lifted_terms, wrap_glossed_runs
from araseclit.textmodel.scorer import default_scorer

CLEAN = Path(__file__).resolve().parents[2] / "corpora" / "clean"


def _lines(*texts: str) -> list[Line]:
    """Lines already read into logical order; ``raw`` is what the extractor gave (for a
    Latin line, the same text)."""
    return [Line(t, None, i, raw=t) for i, t in enumerate(texts, start=1)]


def test_a_lifted_term_goes_back_into_its_empty_brackets() -> None:
    lines = _lines(
        "diabetic retinopathy",
        "الخلفية: يُعد اعتلال الشبكية السكري) (من أبرز أسباب فقدان البصر القابلة للوقاية",
    )
    fill_lifted_terms(lines, default_scorer().score)
    assert [ln.text for ln in lines] == [
        "الخلفية: يُعد اعتلال الشبكية السكري (diabetic retinopathy) من أبرز أسباب فقدان "
        "البصر القابلة للوقاية"
    ]


def test_terms_drawn_left_to_right_fill_the_pairs_of_a_line_read_right_to_left() -> None:
    """Two glosses in one line: the lifted line gives them as drawn, the leftmost (the
    line's last) first."""
    lines = _lines(
        "ROC specificity",
        "والنوعية) (والمساحة تحت منحنى خاصية التشغيل) (.",
    )
    fill_lifted_terms(lines, default_scorer().score)
    assert [ln.text for ln in lines] == [
        "والنوعية (specificity) والمساحة تحت منحنى خاصية التشغيل (ROC)."
    ]


def test_a_latin_line_before_a_line_without_empty_brackets_stays() -> None:
    """A Latin title or a reference entry before an Arabic line is no lifted gloss."""
    texts = (
        "Dodge, T. Inventing Iraq",
        "ويرى الباحث أن الدولة الريعية (rentier state) أضعفت المجتمع المدني.",
    )
    lines = _lines(*texts)
    fill_lifted_terms(lines, default_scorer().score)
    assert [ln.text for ln in lines] == list(texts)


def test_xelatex_pdfplumber_glosses_come_back_in_place() -> None:
    """corpora/clean's medical abstract from XeLaTeX (Amiri), read by pdfplumber: every
    gloss stood on a line of its own before its line (CER 18.3% before this pass, 2.8%
    after; scratch, this session)."""
    raw = (CLEAN / "variants" / "abstract_medicine" / "xelatex-amiri.pdfplumber.txt").read_text(
        encoding="utf-8"
    )
    source = " ".join((CLEAN / "abstract_medicine.txt").read_text(encoding="utf-8").split())
    text = " ".join(repair_text(raw).split())
    for term in ("diabetic retinopathy", "convolutional neural network", "fundus images"):
        k = source.index(f"({term})")
        assert source[k - 12 : k + len(term) + 6] in text
    lone = [ln.text for ln in repair_lines(raw).lines if re.fullmatch(r"[A-Za-z ]+", ln.text)]
    assert not {"diabetic retinopathy", "fundus images", "cataract"} & set(lone)


def _wrap(text: str) -> str:
    lines = _lines(text)
    wrap_glossed_runs(lines, default_scorer().score)
    return lines[0].text


def test_a_gloss_read_beside_its_empty_brackets_goes_inside_them() -> None:
    """What pdftotext without its controls gives (corpora/clean, Chromium and Scheherazade
    renditions), and pypdfium2's pair before its run."""
    assert _wrap(
        "ويرى الباحث أن الدولة الريعية rentier state) (أضعفت المجتمع المدني في العراق."
    ) == ("ويرى الباحث أن الدولة الريعية (rentier state) أضعفت المجتمع المدني في العراق.")
    assert _wrap("وقد بلغ معامل الاتفاق بينهما ()Cohen's kappa وحسم الخلاف محكم ثالث.") == (
        "وقد بلغ معامل الاتفاق بينهما (Cohen's kappa) وحسم الخلاف محكم ثالث."
    )


def test_a_pair_that_split_its_gloss_takes_both_halves() -> None:
    assert _wrap("وتناولت الدراسة التحول إلى العمل عن بعد remote) (work في قدرة النساء") == (
        "وتناولت الدراسة التحول إلى العمل عن بعد (remote work) في قدرة النساء"
    )


def test_a_citation_beside_an_empty_pair_is_left_to_the_citation_passes() -> None:
    text = "ويرى Karam et al) (. 2022: 11 أن هذا النوع من الوساطة المحلية هش."
    assert _wrap(text) == text
