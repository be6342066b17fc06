"""Persian letters in names of a document whose words come one by one backwards."""

from araseclit.repair.readings import word_flips
from araseclit.textmodel.scorer import default_scorer

TEXT = """الأمن المائي العراقي والتعاون الإقليمي والدور الأهلي والحكومي تعاني المحافظات الجنوبية
من نقص حاد في المياه منذ سنوات بسبب تراجع الإطلاقات من دول المنبع وتغير المناخ وسوء إدارة
الموارد المائية داخل البلاد وقد دفع ذلك آلاف الأسر الريفية إلى ترك أراضيها الزراعية والانتقال
إلى أطراف المدن الكبيرة بحثا عن العمل والخدمات ويرى باحثون أن الحلول الفنية وحدها لا تكفي ما
لم تقترن باتفاقات ملزمة بين الدول المتشاطئة تضمن حصصا عادلة وتراعي حاجات السكان والبيئة معا
كما تؤكد التقارير الميدانية أن المنظمات المحلية أدت دورا مهما في توثيق الأضرار ونقل أصوات
المتضررين إلى صناع القرار في العاصمة وفي المحافل الدولية المعنية بالمياه والبيئة"""


def test_persian_yeh_and_kaf_are_judged_as_their_arabic_letters() -> None:
    words = TEXT.split()
    given = [w[::-1] if i % 3 == 2 else w for i, w in enumerate(words)]
    # Persian surnames: one given backwards, one forwards; the Arabic-letter spelling of the
    # first is written forwards elsewhere in the document
    doc = [*given, "ییاضر", "ییاضر", "کاظمی", "کاظمی", "الرضايي", "رضايي", "للرضايي"]
    flips = word_flips(doc, default_scorer().arabic, document=True)
    assert "ییاضر" in flips
    assert "کاظمی" not in flips
