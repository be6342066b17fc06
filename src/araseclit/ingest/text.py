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
# control characters that never occur in real text (NUL, etc.) — signs of a binary file
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0E-\x1A\x1C-\x1F]")


def arabic_share(text: str) -> float:
    """Share of letters in ``text`` that are Arabic-script letters (0 when there are none)."""
    sample = text[:200_000]
    letters = len(_LETTER.findall(sample))
    return len(_ARABIC_LETTER.findall(sample)) / letters if letters else 0.0


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    return bool(sample) and len(_BINARY_CONTROL.findall(sample)) / len(sample) > 0.01


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
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(text):
            raise InputError("E003", path=str(path))
        return text, "utf-8"
    head = data[:4000]
    if head.count(0) > len(head) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if not _looks_binary(text) and arabic_share(text) > 0.2:
                return text, enc
        raise InputError("E003", path=str(path))
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and not _looks_binary(text) and arabic_share(text) > 0.3:
        return text, "cp1256"
    if _looks_binary(data[:20_000].decode("latin-1")):
        raise InputError("E003", path=str(path))
    raise InputError("E005", path=str(path), tried="utf-8, utf-16, cp1256")
