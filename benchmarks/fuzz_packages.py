"""Broken, locked, scanned and exploding PDF and DOCX files for the fuzz inputs
(:mod:`fuzzing`), built from the sample corpus's PDF and Word document."""

from __future__ import annotations

import io
import random
import zipfile

from fuzz_inputs import ANY, FAIL, SAMPLE_DOCX, SAMPLE_PDF, FuzzInput, flip


def corrupt_pdfs(rng: random.Random, n: int) -> list[FuzzInput]:
    pdf = SAMPLE_PDF.read_bytes()
    damage = [
        ("cut10", lambda: pdf[: len(pdf) // 10]),
        ("cut50", lambda: pdf[: len(pdf) // 2]),
        ("flip_0.1pct", lambda: flip(rng, pdf, 0.001, 16)),
        ("no_header", lambda: pdf[8:]),
        ("cut90", lambda: pdf[: len(pdf) * 9 // 10]),
        ("flip_1pct", lambda: flip(rng, pdf, 0.01, 16)),
        ("no_xref", lambda: pdf[: pdf.rfind(b"xref")] if b"xref" in pdf else pdf[:-200]),
        ("header_only", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
    ]
    return [
        FuzzInput("corrupt_pdf", f"corrupt_{name}.pdf", make(), outcome=ANY)
        for name, make in damage[:n]
    ]


def encrypted_pdfs() -> list[FuzzInput]:
    """The sample PDF behind a user password (RC4 and AES), or nothing without pypdf."""
    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError:
        return []
    made = []
    for algorithm in ("RC4-128", "AES-256"):
        writer = PdfWriter(clone_from=PdfReader(SAMPLE_PDF))
        writer.encrypt(user_password="secret", owner_password="owner", algorithm=algorithm)
        buffer = io.BytesIO()
        writer.write(buffer)
        name = f"encrypted_{algorithm.lower()}.pdf"
        made.append(FuzzInput("encrypted_pdf", name, buffer.getvalue(), FAIL, ("E010",)))
    return made


def image_only_pdfs(rng: random.Random) -> list[FuzzInput]:
    """Scanned-looking pages (drawn lines, no text layer), or nothing without Pillow."""
    try:
        from PIL import Image, ImageDraw
    except ImportError:
        return []
    made = []
    for n_pages in (1, 3):
        pages = []
        for _ in range(n_pages):
            page = Image.new("L", (620, 877), 255)
            draw = ImageDraw.Draw(page)
            for y in range(60, 820, 22):  # lines of "text" as a scanner sees them
                draw.rectangle((rng.randint(40, 200), y, 580, y + 9), fill=rng.randint(0, 90))
            pages.append(page)
        buffer = io.BytesIO()
        pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=72)
        name = f"scan_{n_pages}p.pdf"
        made.append(FuzzInput("image_only_pdf", name, buffer.getvalue(), FAIL, ("E012",)))
    return made


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return buffer.getvalue()


def _docx_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(SAMPLE_DOCX) as package:
        return {name: package.read(name) for name in package.namelist()}


W_DOC = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
)


def corrupt_docx(rng: random.Random, n: int) -> list[FuzzInput]:
    docx, parts = SAMPLE_DOCX.read_bytes(), _docx_parts()
    damage = [
        ("cut50", lambda: docx[: len(docx) // 2]),
        ("no_document", lambda: _zip({k: v for k, v in parts.items() if "document" not in k})),
        ("bad_xml", lambda: _zip({**parts, "word/document.xml": W_DOC + b"<w:body><w:p"})),
        ("flip_1pct", lambda: flip(rng, docx, 0.01)),
        ("not_zip", lambda: b"PK\x03\x04" + rng.randbytes(4000)),
    ]
    return [
        FuzzInput("corrupt_docx", f"corrupt_{name}.docx", make(), outcome=FAIL)
        for name, make in damage[:n]
    ]


def _stream_zip(parts: dict[str, bytes], name: str, head: bytes, block: bytes, size: int) -> bytes:
    """A package whose part ``name`` is ``head``, ``block`` repeated up to ``size`` bytes,
    and the document's end: megabytes of XML that deflate to kilobytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        for other, data in parts.items():
            if other != name:
                package.writestr(other, data)
        with package.open(name, "w", force_zip64=True) as part:
            part.write(head)
            chunk = block * max(1, (1 << 20) // len(block))
            for _ in range(max(1, size // len(chunk))):
                part.write(chunk)
            part.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buffer.getvalue()


def docx_bombs(mb: int) -> list[FuzzInput]:
    """Small on disk, ``mb`` MB unpacked: one text node, many paragraphs, entity expansion."""
    parts, size, doc = _docx_parts(), mb << 20, "word/document.xml"
    text_node = W_DOC + b"<w:body><w:p><w:r><w:t>"
    paragraph = "</w:t></w:r></w:p><w:p><w:r><w:t>أمن ".encode()
    laughs = b"".join(
        b'<!ENTITY l%d "%s">' % (i, (b"&l%d;" % (i - 1)) * 10 if i else b"lol") for i in range(9)
    )
    entities = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [' + laughs + b"]>" + W_DOC[38:]
    ) + b"<w:body><w:p><w:r><w:t>&l8;</w:t></w:r></w:p></w:body></w:document>"
    external = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + W_DOC[38:]
        + "<w:body><w:p><w:r><w:t>نص &x; نص</w:t></w:r></w:p></w:body></w:document>".encode()
    )
    return [
        FuzzInput(
            "docx_bomb",
            "bomb_one_node.docx",
            _stream_zip(parts, doc, text_node, "أ".encode() * 512, size),
            outcome=FAIL,
            codes=("E014", "E016"),
        ),
        FuzzInput(
            "docx_bomb",
            "bomb_paragraphs.docx",
            _stream_zip(parts, doc, text_node, paragraph, size),
            outcome=FAIL,
            codes=("E014", "E016"),
        ),
        FuzzInput("docx_bomb", "bomb_laughs.docx", _zip({**parts, doc: entities}), outcome=ANY),
        # an external entity must never be read into the text (checked by the caller)
        FuzzInput("docx_bomb", "bomb_external_entity.docx", _zip({**parts, doc: external})),
    ]
