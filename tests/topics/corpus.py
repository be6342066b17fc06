"""Synthetic but realistic Arabic academic sentences for topic tests.

Sentences are recombined from phrase pools written for these tests, one pool per theme of the
literature (civil society, armed violence, economy and corruption, regional interference), so a
topic model has real structure to find and the expected vocabulary of each theme is known.
"""

from __future__ import annotations

import random

import pandas as pd

THEMES: dict[str, dict[str, list[str]]] = {
    "civil_society": {
        "subject": [
            "المنظمات غير الحكومية",
            "منظمات المجتمع المدني",
            "الجمعيات الأهلية",
            "المبادرات التطوعية",
            "الناشطون المدنيون",
        ],
        "verb": ["تسهم في", "تعمل على", "تؤدي دورًا في", "تشارك في", "تدعم"],
        "object": [
            "بناء الثقة بين المواطنين",
            "المصالحة المجتمعية",
            "تمكين الشباب والنساء",
            "الرقابة على أداء الحكومة",
            "حماية حقوق الإنسان",
            "التوعية المدنية",
        ],
        "tail": [
            "في المحافظات العراقية",
            "بعد النزاع",
            "عبر برامج التدريب",
            "بالتعاون مع المانحين الدوليين",
        ],
    },
    "armed_violence": {
        "subject": [
            "تنظيم داعش",
            "الجماعات المسلحة",
            "الميليشيات الطائفية",
            "الخلايا الإرهابية",
            "الفصائل المسلحة",
        ],
        "verb": ["تهدد", "تستغل", "تقوض", "تستهدف", "تضعف"],
        "object": [
            "الاستقرار الأمني",
            "سيادة الدولة",
            "أمن الحدود",
            "السلم الأهلي",
            "المناطق المحررة",
            "القوات الأمنية",
        ],
        "tail": [
            "بالعمليات الإرهابية",
            "عبر التجنيد والتطرف",
            "في المناطق الحدودية",
            "بالعنف الطائفي",
        ],
    },
    "economy": {
        "subject": [
            "الفساد الإداري",
            "الاقتصاد الريعي",
            "البطالة بين الشباب",
            "تراجع أسعار النفط",
            "سوء إدارة الموارد",
        ],
        "verb": ["يضعف", "يعمق", "يهدد", "يعرقل", "يفاقم"],
        "object": [
            "التنمية الاقتصادية",
            "الموازنة العامة",
            "الخدمات الأساسية",
            "فرص العمل",
            "الاستثمار الأجنبي",
            "الإصلاح المالي",
        ],
        "tail": [
            "في ظل الاعتماد على النفط",
            "بسبب المحاصصة",
            "مع ضعف الرقابة المالية",
            "وفق تقارير البنك الدولي",
        ],
    },
    "regional": {
        "subject": [
            "التدخلات الإقليمية",
            "النفوذ الإيراني",
            "السياسة التركية",
            "التنافس السعودي الإيراني",
            "القوى الإقليمية",
        ],
        "verb": ["تؤثر في", "تعيد تشكيل", "توظف", "تستثمر في", "تخترق"],
        "object": [
            "القرار السياسي العراقي",
            "التوازن الإقليمي",
            "العلاقات الخارجية",
            "ملف المياه مع دول الجوار",
            "الشبكات الأمنية العابرة للحدود",
        ],
        "tail": ["منذ عام 2003", "في الشرق الأوسط", "على حساب السيادة الوطنية", "ضمن صراع المحاور"],
    },
}


def sentence(theme: str, rng: random.Random) -> str:
    pool = THEMES[theme]
    parts = [rng.choice(pool[k]) for k in ("subject", "verb", "object", "tail")]
    return " ".join(parts) + "."


def make_units(
    n_per_theme: int,
    *,
    seed: int = 0,
    n_docs: int = 3,
    sentences_per_unit: int = 1,
    themes: list[str] | None = None,
) -> pd.DataFrame:
    """``doc_id, unit_id, text`` with ``n_per_theme`` units per theme, interleaved."""
    rng = random.Random(seed)
    names = themes or list(THEMES)
    rows = []
    for _ in range(n_per_theme):
        for theme in names:
            text = " ".join(sentence(theme, rng) for _ in range(sentences_per_unit))
            n = len(rows)
            rows.append(
                {"doc_id": f"d{n % n_docs}", "unit_id": f"u{n}", "text": text, "theme": theme}
            )
    return pd.DataFrame(rows)


def make_mixed_units(n: int, *, seed: int = 0, n_docs: int = 3) -> pd.DataFrame:
    """``doc_id, unit_id, text`` of ``n`` sentences whose subject, verb, object and tail each
    come from a theme drawn anew: grammatical, but with no theme for topics to find."""
    rng = random.Random(seed)
    names = list(THEMES)
    rows = []
    for i in range(n):
        parts = [
            rng.choice(THEMES[rng.choice(names)][k]) for k in ("subject", "verb", "object", "tail")
        ]
        rows.append({"doc_id": f"d{i % n_docs}", "unit_id": f"u{i}", "text": " ".join(parts) + "."})
    return pd.DataFrame(rows)
