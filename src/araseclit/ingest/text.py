"""Decode text files: UTF-8 (with or without BOM), UTF-16, cp1256 — detected and reported."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from araseclit.charsets import BLOCK_END_LETTER, EXTENDED_LETTER, HAMZA_TO_YEH
from araseclit.errors import InputError

# an Arabic letter (base block, no digits or punctuation), e.g. "ب" in "بغداد"
_ARABIC_LETTER = re.compile(f"[{HAMZA_TO_YEH}{EXTENDED_LETTER}{BLOCK_END_LETTER}]")
# any letter in any script, e.g. "b" in "Buzan" or "ب"
_LETTER = re.compile(r"[^\W\d_]")
# C0 control characters other than tab, newlines and form feed, e.g. the \x1f that pypdfium2
# leaves where a PDF had a justification glyph; many of them (or any NUL) mean binary data
_CONTROL = re.compile(r"[\x00-\x08\x0B\x0E-\x1F]")
# bidi marks, embeddings, overrides and isolates: they change how a line is shown, not which
# letters it has, e.g. the U+200F (RLM) some editors put after every Arabic comma
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# a Windows or old Mac line end, e.g. the "\r\n" Notepad writes
_LINE_END = re.compile(r"\r\n?")


def arabic_share(text: str) -> float:
    """Share of letters in ``text`` that are Arabic-script letters (0 when there are none)."""
    sample = text[:200_000]
    letters = len(_LETTER.findall(sample))
    return len(_ARABIC_LETTER.findall(sample)) / letters if letters else 0.0


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    # a stray NUL is an unmapped glyph some extractors write (pdfplumber); binary data has many
    nul = sample.count("\x00") / len(sample)
    return nul > 0.001 or len(_CONTROL.findall(sample)) / len(sample) > 0.10


def canonical_text(text: str) -> str:
    """What makes two decoded texts the same document: ``text`` without a byte-order mark,
    with LF line ends, without bidi controls, in NFC. One text saved as UTF-8, UTF-16 or
    cp1256, on Windows or not, gives one string; text already in that form is unchanged."""
    text = _LINE_END.sub("\n", text.removeprefix("\ufeff"))
    return unicodedata.normalize("NFC", _BIDI_CONTROLS.sub("", text))


def drop_controls(text: str) -> str:
    """``text`` without C0 control characters (tab, newlines and form feeds are kept)."""
    return _CONTROL.sub("", text)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the high bytes of most code units are 0x00 (Latin, spaces)
    or 0x06 (the Arabic block), as in UTF-16 text saved without a byte-order mark."""
    head = data[:4000]
    if len(head) < 8 or len(head) % 2:
        return None
    odd, even = head[1::2], head[0::2]
    for high, name in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if sum(b in (0x00, 0x06) for b in high) > 0.9 * len(high):
            return name
    return None


def _with_bom(data: bytes, path: str | Path) -> tuple[str, str] | None:
    boms = (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    )
    for bom, name in boms:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise InputError("E005", path=str(path), tried=f"{name} (BOM)") from exc
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken bytes (a truncated last character, one stray byte):
    decoded with U+FFFD for the broken bytes when they are under 0.1% of the text."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return text if bad and bad <= max(1, len(text) // 1000) else None


def _is_mojibake(text: str) -> bool:
    """UTF-8 Arabic read as cp1256 turns every letter into ط/ظ + another letter ("ط§ظ„")."""
    arabic = _ARABIC_LETTER.findall(text[:20_000])
    return len(arabic) > 20 and sum(ch in "طظ" for ch in arabic) / len(arabic) > 0.3


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and name the encoding used.

    Order: a BOM decides (UTF-8, UTF-16); then UTF-16 without a BOM (high bytes 0x00/0x06);
    then UTF-8 (also with a few broken bytes, named ``utf-8 (N bytes replaced)``); then
    cp1256, the Windows Arabic code page, unless the result is UTF-8 read the wrong way.
    Raises ``E003`` for binary data and ``E005`` when nothing fits.
    """
    bom = _with_bom(data, path)
    if bom:
        return bom
    guess = _utf16_without_bom(data)
    if guess:
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        mostly = _mostly_utf8(data)
        text, encoding = (
            (mostly, f"utf-8 ({mostly.count(chr(0xFFFD))} bytes replaced)") if mostly else ("", "")
        )
    if text:
        if _looks_binary(text):
            raise InputError("E003", path=str(path))
        return text, encoding
    text = data.decode("cp1256", errors="replace")
    if _looks_binary(text):
        raise InputError("E003", path=str(path))
    if "\ufffd" in text or _is_mojibake(text):
        raise InputError("E005", path=str(path), tried="utf-8, utf-16, cp1256")
    return text, "cp1256"
