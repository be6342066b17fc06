"""Decode text files: UTF-8 (with or without BOM), UTF-16, cp1256 — detected and reported."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from araseclit.errors import InputError

# an Arabic letter (base block, no digits or punctuation), e.g. "ب" in "بغداد"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
# any letter in any script, e.g. "b" in "Buzan" or "ب"
_LETTER = re.compile(r"[^\W\d_]")
# C0 control characters other than tab, newlines and form feed, e.g. the \x1f that pypdfium2
# leaves where a PDF had a justification glyph; many of them (or any NUL) mean binary data
_CONTROL = re.compile(r"[\x00-\x08\x0B\x0E-\x1F]")


def arabic_share(text: str) -> float:
    """Share of letters in ``text`` that are Arabic-script letters (0 when there are none)."""
    sample = text[:200_000]
    letters = len(_LETTER.findall(sample))
    return len(_ARABIC_LETTER.findall(sample)) / letters if letters else 0.0


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    return "\x00" in sample or len(_CONTROL.findall(sample)) / len(sample) > 0.10


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


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and name the encoding used.

    Order: a BOM decides (UTF-8, UTF-16); then strict UTF-8; then UTF-16 without a BOM
    (many NUL bytes at odd or even positions); then cp1256, the Windows Arabic code page,
    accepted only when it yields mostly Arabic letters. Raises ``E003`` for binary data and
    ``E005`` when nothing fits.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    guess = _utf16_without_bom(data)
    if guess:
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(text):
            raise InputError("E003", path=str(path))
        return text, "utf-8"
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and not _looks_binary(text) and arabic_share(text) > 0.3:
        return text, "cp1256"
    if _looks_binary(data[:20_000].decode("latin-1")):
        raise InputError("E003", path=str(path))
    raise InputError("E005", path=str(path), tried="utf-8, utf-16, cp1256")
