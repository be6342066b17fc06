"""A comma typed against the next word (``كلمة ،كلمة``) is a typing habit in a clean paper
and damage in pdftotext's output without its bidi controls: the document's line ends tell
which (:func:`araseclit.repair.decide.typed_against_next`)."""

from __future__ import annotations

import pytest

from araseclit.repair import repair_lines, repair_text
from araseclit.repair.decide import typed_against_next
from araseclit.scramble import TYPING_VARIANTS, scramble, typing_variant

# pdftotext without its controls, a paragraph with no number in it: every comma inside a
# line sits against the next word, the one where the line wraps stays on its word
STRIPPED = """تراجعت حركة المشاة في الأحياء القديمة خلال العقدين الماضيين ،إذ زحفت
السيارات على الأرصفة ،وضاقت الممرات حتى صار عبورها مشقة يومية .ويقول
سكان تلك الأحياء إن البلدية لم تستشرهم في خطط التوسعة ،وإن الطرق الجديدة
قسمت الحي إلى نصفين ،فصار الذهاب إلى السوق رحلة بالسيارة .ويرى باحثون في
التخطيط الحضري أن المشكلة ليست في المناخ ولا في عادات الناس،
بل في تصميم يفضل العجلات على الأقدام ؛ولذلك يدعون إلى استعادة الأرصفة
وزرع الأشجار ،وإلى قوانين تمنع الوقوف على الممرات .ويضيفون أن المدينة
التي لا يمشي فيها أهلها تفقد شيئا من روحها ،مهما اتسعت طرقها."""

LOGICAL = (
    "تراجعت حركة المشاة في الأحياء القديمة خلال العقدين الماضيين، إذ زحفت السيارات على "
    "الأرصفة، وضاقت الممرات حتى صار عبورها مشقة يومية. ويقول سكان تلك الأحياء إن البلدية "
    "لم تستشرهم في خطط التوسعة، وإن الطرق الجديدة قسمت الحي إلى نصفين، فصار الذهاب إلى "
    "السوق رحلة بالسيارة. ويرى باحثون في التخطيط الحضري أن المشكلة ليست في المناخ ولا في "
    "عادات الناس، بل في تصميم يفضل العجلات على الأقدام؛ ولذلك يدعون إلى استعادة الأرصفة "
    "وزرع الأشجار، وإلى قوانين تمنع الوقوف على الممرات. ويضيفون أن المدينة التي لا يمشي "
    "فيها أهلها تفقد شيئا من روحها، مهما اتسعت طرقها."
)

# the same habit typed by hand and wrapped at a width: a comma opens the next line
TYPED_WRAPPED = """تراجعت حركة المشاة في الأحياء القديمة خلال العقدين الماضيين
،إذ زحفت السيارات على الأرصفة ،وضاقت الممرات حتى صار عبورها مشقة يومية .ويقول
سكان تلك الأحياء إن البلدية لم تستشرهم في خطط التوسعة ،وإن الطرق الجديدة"""

# ... and a paper that types the habit one paragraph to a line
TYPED_PARAGRAPHS = """ويرى باحثون في التخطيط الحضري أن المشكلة ليست في المناخ ،بل في تصميم يفضل العجلات.
ولذلك يدعون إلى استعادة الأرصفة ،وزرع الأشجار ،وإلى قوانين تمنع الوقوف على الممرات."""


def test_stripped_commas_are_damage_and_a_typed_habit_may_be_a_habit() -> None:
    assert not typed_against_next(STRIPPED.split("\n"))
    assert typed_against_next(TYPED_WRAPPED.split("\n"))
    assert typed_against_next(TYPED_PARAGRAPHS.split("\n"))


def test_a_stripped_document_with_no_numbers_is_read_in_the_stripped_order() -> None:
    # its commas were the only evidence, and "leave it" forgave them as a habit: the
    # document stayed as extracted, every comma against the wrong word
    result = repair_lines(STRIPPED)
    assert result.order == "stripped"
    assert repair_text(STRIPPED) == LOGICAL


def test_the_typed_habit_stays_as_written() -> None:
    for text in (TYPED_WRAPPED, TYPED_PARAGRAPHS):
        assert repair_lines(text).order == "logical"


# an interview written for this test, with a few numbers
INTERVIEW = """س: متى بدأت العمل في ترميم الوثائق القديمة؟

ج: بدأت عام 2009، حين انضممت إلى فريق صغير في دار الكتب، وكنا ثلاثة فقط. تعلمت هناك أن الورق يحتاج إلى صبر طويل، وأن الاستعجال يفسد كل شيء.

س: وما أصعب ما واجهته؟

ج: مخطوطة من القرن الثامن عشر وصلتنا سنة 2015 ملتصقة الصفحات، فقضينا أربعة أشهر نفصلها ورقة ورقة، ثم عرضناها في معرض الربيع."""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_number_glued_to_the_next_word_is_not_forgiven_as_a_habit(seed: int) -> None:
    # pdftotext without its controls leaves "عام  ،2009حين" for "عام 2009، حين"; "leave
    # it" was scored with the number unglued as if that were a typing habit, so a document
    # whose only other evidence is commas stayed as extracted (the interview_qa renditions
    # of corpora/clean: chromium-noto-naskh pdftotext stripped 5.1% CER, now 0.3%)
    raw = scramble(INTERVIEW, "pdftotext-stripped", seed=seed).text
    assert repair_lines(raw).order == "stripped"
    assert repair_text(raw).split() == INTERVIEW.split()


@pytest.mark.parametrize("variant", TYPING_VARIANTS)
def test_the_interview_typed_with_a_habit_stays_as_written(variant: str) -> None:
    text = typing_variant(INTERVIEW, variant)
    assert repair_text(text).split() == text.split()


# pdftotext without its controls, the running head with a number glued to the next word
# and Q/A lines whose commas and colons sit against the next word, but no line wraps at one
# (so the line ends cannot tell): the glued number settles it
GLUED_HEAD = """نشرة الدراسات الاجتماعية – السنة  ،9العدد 2025 ،4

س :كيف بدأت علاقتك بالعمل الميداني في القرى؟
ج :عن طريق الصدفة تقريبًا .كنت أعمل في مكتب صغير ،ثم طلب مني مديري أن أرافق
فريق المسح إلى الجنوب ،ومنذ ذلك اليوم لم أعد إلى المكتب.
س :وما الذي تغير في القرى خلال هذه السنوات؟
ج :تغير كل شيء تقريبًا .صار الشباب يغادرون مبكرًا ،وبقيت النساء يدرن الحقول
والبيوت معًا ،وهذا عبء لا تراه الإحصاءات الرسمية."""


def test_a_number_glued_to_the_next_word_says_the_commas_are_no_habit() -> None:
    # the xelatex-amiri interview_qa of corpora/clean without its controls stayed as
    # extracted (11.1% CER against 3.8% with them): only its head had a number in it
    assert not typed_against_next(GLUED_HEAD.split("\n"))
    text = repair_text(GLUED_HEAD)
    assert repair_lines(GLUED_HEAD).order == "stripped"
    assert "ج: عن طريق الصدفة تقريبًا. كنت أعمل في مكتب صغير، ثم طلب" in " ".join(text.split())
