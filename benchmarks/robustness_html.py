"""Script payloads in document text, and a check that none of them became live HTML.

The payloads sit in Arabic prose, in citation authors, in reference entries, in a separate
reference list and in file names; each carries a marker ``XSS-<n>``. An HTML parser
(:mod:`html.parser`) then reads ``report.html`` and the audit HTML: a ``<script>`` element,
an event-handler attribute (``on...``) or a ``javascript:`` URL holding a marker came from
document text, i.e. a payload that would run. A marker in the page's text shows the payload
was kept, escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

MARKER = re.compile(r"XSS-\d+")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"}


def payloads(n: int) -> list[str]:
    """Three ways into HTML, each with the markers ``XSS-n``, ``XSS-n+1``, ``XSS-n+2``."""
    return [
        f'<script>alert("XSS-{n}")</script>',
        f'<img src=x onerror=alert("XSS-{n + 1}")>',
        f"<a href=\"javascript:alert('XSS-{n + 2}')\">رابط</a>",
    ]


def _prose() -> str:
    one, two, three = payloads(1)
    return (
        "المقدمة\n\n"
        f"تؤدي المنظمات غير الحكومية دورًا متزايدًا في الأمن المجتمعي {one} بعد عام 2003، "
        f"إذ تعمل وسيطًا بين الدولة والمجتمع المحلي {two} (الحميد، 2019: 27). "
        f"ويرى باحثون أن ضعف المؤسسات الرسمية {three} يفتح المجال أمام الجماعات المسلحة "
        "(Dodge, 2020: 56).\n\nالمراجع\n\n"
        "الحميد، علي. (2019). المجتمع المدني في العراق. بغداد: دار الشؤون الثقافية.\n"
        "Dodge, T. (2020). Iraq after the war. London: Routledge.\n"
    )


def _citations() -> str:
    one, two, three = payloads(4)
    return (
        "المقدمة\n\n"
        f"يرى بعض الباحثين أن الأمن الوطني مفهوم متحول ({one}، 2019: 12). "
        f"وتشير دراسات أخرى إلى دور الوساطة المحلية ({two}, 2020: 5)، "
        f"وإلى أثر التمويل الخارجي في عمل المنظمات ({three}، 2018). "
        "وتؤكد التقارير الدولية ذلك (javascript:alert('XSS-7'), 2021: 3).\n\n"
        "المراجع\n\n"
        f"{one}. (2019). الأمن الوطني والمجتمع المدني. بغداد: بيت الحكمة.\n"
        f"{two} (2020). Local mediation in Iraq. javascript:alert('XSS-8')\n"
        f"الجبوري، {three}. (2018). التمويل الخارجي. أربيل: دار آراس.\n"
    )


def _references_file() -> str:
    one, two, three = payloads(9)
    return f"{one}. (2019). عنوان. بغداد.\n{two} (2020). Title.\nالعلي، {three}. (2018). كتاب.\n"


def _plain(n: int) -> str:  # a readable text of its own for a file named with a payload
    return (
        f"المقدمة\n\nتتناول هذه الورقة رقم {n} دور المنظمات المحلية في رصد الانتهاكات "
        f"وتوثيق شكاوى السكان في المحافظات الجنوبية (الساعدي، 201{n}: 4{n}).\n"
    )


def write_payload_corpus(folder: Path) -> tuple[list[Path], Path]:
    """The documents carrying payloads (text, citations, references, file names; one of
    them empty, so that its name shows in the errors table too) and a reference list."""
    folder.mkdir(parents=True)
    files = {
        "prose.txt": _prose(),
        "citations.txt": _citations(),
        '<svg onload=alert("XSS-12")>.txt': _plain(2),
        "javascript:alert('XSS-13').txt": _plain(3),
        '<img src=x onerror=alert("XSS-14")>.txt': "",
    }
    paths = []
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    references = folder.parent / "references-payloads.txt"
    references.write_text(_references_file(), encoding="utf-8")
    return paths, references


@dataclass
class Scan:
    """What the parser found in one page."""

    live: list[str] = field(default_factory=list)  # payloads that would run
    shown: set[str] = field(default_factory=set)  # markers kept as text


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = Scan()
        self._script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._script = True
            self.scan.live.append("<script> element")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.scan.live.append(f"<{tag} {name}={value[:40]!r}>")
            if name in URL_ATTRIBUTES and value.strip().lower().startswith("javascript:"):
                self.scan.live.append(f"<{tag} {name}={value[:40]!r}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = False

    def handle_data(self, data: str) -> None:
        if not self._script:
            self.scan.shown.update(MARKER.findall(data))


def scan_html(page: str) -> Scan:
    """Live payloads and markers shown as text in ``page``. The report and the audit page
    hold no script or event handler of their own, so every one found came from a document."""
    scanner = _Scanner()
    scanner.feed(page)
    scanner.close()
    return scanner.scan
