"""Text decoding: the encodings Arabic papers arrive in, detected and named."""

from __future__ import annotations

import codecs

import pytest

from araseclit.errors import InputError
from araseclit.ingest.text import arabic_share, canonical_text, decode_bytes

SAMPLE = "الأمن الوطني في العراق ودور المنظمات المدنية (الحميد، 2019: 27)"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("cp1256"), "cp1256"),
    ],
)
def test_decode_detects_encoding(data: bytes, encoding: str) -> None:
    text, used = decode_bytes(data)
    assert text == SAMPLE
    assert used == encoding


def test_binary_is_rejected_with_code() -> None:
    data = bytes(range(256)) * 40
    with pytest.raises(InputError) as info:
        decode_bytes(data, "blob.txt")
    assert info.value.code == "E003"


def test_latin1_western_text_is_not_misread_as_arabic() -> None:
    data = "Résumé de l'étude sur la sécurité nationale".encode("latin-1")
    text, _ = decode_bytes(data, "fr.txt")
    assert arabic_share(text) == 0.0  # decoded as Latin-1 text, with no Arabic letter in it


def test_one_broken_byte_keeps_utf8() -> None:
    data = (SAMPLE * 20).encode("utf-8") + "ب".encode()[:1]  # truncated last character
    text, encoding = decode_bytes(data)
    assert text.startswith(SAMPLE)
    assert encoding == "utf-8 (1 bytes replaced)"


def test_broken_utf8_is_not_read_as_cp1256_garbage() -> None:
    data = (SAMPLE * 20).encode("utf-8")
    data = data.replace(b"\xd8", b"\xd8\xff", 40)  # many stray bytes: not mostly UTF-8
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert info.value.code == "E005"


@pytest.mark.parametrize("data", [codecs.BOM_UTF8 + b"\xff\xfe\xfa", codecs.BOM_UTF16_LE + b"\x27"])
def test_bom_with_bad_bytes_is_a_coded_error(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert info.value.code == "E005"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [(SAMPLE, 0.85, 1.0), ("National security in Iraq", 0.0, 0.0), ("العراق Iraq", 0.5, 0.7)],
)
def test_arabic_share(text: str, low: float, high: float) -> None:
    assert low <= arabic_share(text) <= high


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (SAMPLE + "\n", SAMPLE + "\n"),  # already canonical: unchanged
        ("\ufeff" + SAMPLE, SAMPLE),  # byte-order mark
        ("سطر أول\r\nسطر ثان\rسطر ثالث\n", "سطر أول\nسطر ثان\nسطر ثالث\n"),  # Windows, old Mac
        ("الأمن،\u200f الوطني \u202bنص\u202c \u2067(Buzan)\u2069", "الأمن، الوطني نص (Buzan)"),
        ("ا\u0653لية", "آلية"),  # alef + madda above composes
        ("مي\u200cخواهم", "مي\u200cخواهم"),  # ZWNJ is spelling, not a bidi control
        ("\x1fصفحة\x0c2", "\x1fصفحة\x0c2"),  # other controls are the reader's business
    ],
)
def test_canonical_text(text: str, canonical: str) -> None:
    assert canonical_text(text) == canonical


def test_one_text_in_three_encodings_is_one_canonical_text() -> None:
    text = SAMPLE + "\r\n" + SAMPLE + "\r\n"
    decoded = {
        decode_bytes(data)[0]
        for data in (
            text.replace("\r\n", "\n").encode("utf-8"),
            text.encode("utf-16"),
            text.encode("cp1256"),
        )
    }
    assert len(decoded) == 2  # as decoded, they differ in their line ends
    assert len({canonical_text(t) for t in decoded}) == 1
