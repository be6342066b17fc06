"""Script payloads in document text, and a check that none of them became live HTML.

The payloads sit in Arabic prose, in citation authors, in reference entries, in a separate
reference list and in file names; each carries a marker ``XSS-<n>``. An HTML parser
(:mod:`html.parser`) then reads ``report.html`` and the audit HTML: a ``<script>`` element
other than the report's own code, an event-handler attribute (``on...``) or a
``javascript:`` URL came from document text, i.e. a payload that would run. A marker in the
page's text, or in a table's packed rows (which the report's code inserts as text), shows
the payload was kept as text.
"""

from __future__ import annotations

import base64
import gzip
import json
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


#: the report's own script, as shipped: the only executable script a page may hold
OWN_SCRIPT = (
    Path(__file__).resolve().parents[1] / "src" / "araseclit" / "report" / "static" / "report.js"
)
#: a script element of this type holds data (a table's rows, gzipped JSON), never code
ROWS_TYPE = "application/gzip;base64"


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = Scan()
        self._script: dict[str, str | None] | None = None  # attributes of the open script
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._script, self._text = dict(attrs), []
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.scan.live.append(f"<{tag} {name}={value[:40]!r}>")
            if name in URL_ATTRIBUTES and value.strip().lower().startswith("javascript:"):
                self.scan.live.append(f"<{tag} {name}={value[:40]!r}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self._close_script(self._script, "".join(self._text))
            self._script = None

    def _close_script(self, attrs: dict[str, str | None], text: str) -> None:
        """A script is live unless it is the report's own code as shipped, or a table's
        packed rows (not executable; their text is scanned for markers shown as text)."""
        if attrs.get("type") == ROWS_TYPE and "src" not in attrs:
            rows = json.loads(gzip.decompress(base64.b64decode(text)))
            self.scan.shown.update(MARKER.findall(json.dumps(rows, ensure_ascii=False)))
            return
        own = OWN_SCRIPT.read_text(encoding="utf-8") if OWN_SCRIPT.is_file() else None
        if "src" in attrs or own is None or text.strip() != own.strip():
            self.scan.live.append(f"<script> element ({text[:40]!r})")

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._text.append(data)
        else:
            self.scan.shown.update(MARKER.findall(data))


def scan_html(page: str) -> Scan:
    """Live payloads and markers shown as text in ``page``. The only script a page may hold
    is the report's own code (byte for byte as shipped) and its tables' packed rows; any
    other script, event handler or ``javascript:`` URL came from a document."""
    scanner = _Scanner()
    scanner.feed(page)
    scanner.close()
    return scanner.scan
