"""Tagging time grows linearly with the text (issue 14 review).

Resolving each generic institution (``وزارة الدفاع``, ``الشرطة``) once looked at every
mention of the document, so a book-length text cost time quadratic in its mentions
(0.3 s for 28,000 characters, 11.9 s for 221,000). Four times the text must cost at most
:data:`MAX_RATIO` times the time (linear: about 4; quadratic: 16).
"""

from __future__ import annotations

import pytest

from araseclit.tag import tag_text
from tests_support import best_cpu_seconds_alternating

#: allowed time ratio for a text four times as long; the margin absorbs a busy machine
MAX_RATIO = 8.0
#: one paragraph of a report on security institutions, dense in generic institutions
PARAGRAPH = (
    "أعلنت وزارة الدفاع أن وحدات من الجيش انتشرت على الطريق الدولي بعد هجوم استهدف "
    "نقطة تفتيش تابعة للشرطة المحلية. وقالت وزارة الداخلية في بيان إن الأجهزة الأمنية "
    "اعتقلت عددا من المشتبه بهم، فيما طالب البرلمان الحكومة بمراجعة خطة الانتشار. "
    "وأشار تقرير لمنظمة العفو الدولية إلى أن قوات الأمن استخدمت القوة المفرطة ضد "
    "المتظاهرين، وأن وزارة العدل لم تفتح تحقيقا في الانتهاكات حتى الآن. "
    "ويرى باحثون أن ضعف المؤسسات والفساد يغذيان التطرف والإرهاب في المناطق المحررة.\n"
)


@pytest.mark.slow
def test_four_times_the_text_costs_at_most_eight_times_the_time() -> None:
    short, long = PARAGRAPH * 40, PARAGRAPH * 160
    tag_text(PARAGRAPH)  # the pipeline and lexicon are built once, outside the timing
    # the two lengths timed in turn, so that a change of load falls on both alike
    t_short, t_long = best_cpu_seconds_alternating(lambda: tag_text(short), lambda: tag_text(long))
    ratio = t_long / t_short
    assert ratio <= MAX_RATIO, f"4x the text cost {ratio:.1f}x the time"
