"""Helpers for the tests of bounded reading: decompression bombs built in milliseconds,
reading a file in a child process with a time and memory budget, so that a regression
fails its test instead of hanging the suite or exhausting the machine's memory, and running
the command line as a user runs it."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")
W_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCUMENT_HEAD = b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + W_NS + b"><w:body>"
DOCUMENT_TAIL = b"</w:body></w:document>"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/%s" Target="%s"/></Relationships>'
)
PACKAGE_RELS = _RELS % (b"officeDocument", b"word/document.xml")
DOCUMENT_RELS = _RELS % (b"styles", b"styles.xml")

#: a part as stored: raw deflate data, CRC-32 and size of what it inflates to
Entry = tuple[bytes, int, int]


def deflated(data: bytes) -> Entry:
    """``data`` deflated as a ZIP stores it."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(), zlib.crc32(data), len(data)


def deflate_repeated(head: bytes, block: bytes, times: int, tail: bytes) -> Entry:
    """``head + block * times + tail`` deflated without deflating ``times`` blocks: after a
    full flush the compressor starts afresh, so every block deflates to the same bytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    packed = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    assert packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH) == packed
    last = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    return first + packed * times + last, crc, len(head) + len(block) * times + len(tail)


def write_zip(path: Path, entries: dict[str, Entry]) -> Path:
    """A ZIP file of already deflated parts (zipfile cannot store those), as written."""
    local, central = bytearray(), bytearray()
    for name, (data, crc, size) in entries.items():
        raw = name.encode()
        # version 2.0, no flags, deflate, 1980-01-01 00:00, CRC, sizes, name length
        common = (20, 0, 8, 0, 0x21, crc, len(data), size, len(raw))
        central += struct.pack("<4sH5H3LH", b"PK\x01\x02", 20, *common)
        central += struct.pack("<4HLL", 0, 0, 0, 0, 0, len(local)) + raw  # no extra or comment
        local += struct.pack("<4s5H3LHH", b"PK\x03\x04", *common, 0) + raw + data
    count, size, offset = len(entries), len(central), len(local)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, size, offset, 0)
    path.write_bytes(bytes(local + central + end))
    return path


def docx_package(path: Path, document: Entry, styles: Entry | None = None) -> Path:
    """A minimal Word package around ``document`` (and ``styles``, when given)."""
    entries = {
        "[Content_Types].xml": deflated(CONTENT_TYPES),
        "_rels/.rels": deflated(PACKAGE_RELS),
        "word/document.xml": document,
    }
    if styles is not None:
        entries["word/_rels/document.xml.rels"] = deflated(DOCUMENT_RELS)
        entries["word/styles.xml"] = styles
    return write_zip(path, entries)


@dataclass
class Measured:
    """How reading one file ended in a child process: the error code (None when it was
    read), its message, CPU seconds, tracemalloc peak and peak RSS in MB."""

    code: str | None
    message: str
    cpu_s: float
    peak_mb: float
    maxrss_mb: float


_CHILD = """
import json, resource, sys, time, tracemalloc
limit = 3 << 30  # a reader that regresses fails here instead of taking the machine's memory
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from araseclit.errors import AraseclitError
from araseclit.ingest import checks, read  # checks: imported by read, measured apart
tracemalloc.start()
start = time.process_time()
code, message = None, ""
try:
    read(sys.argv[1])
except AraseclitError as exc:
    code, message = exc.code, exc.message
cpu = time.process_time() - start
peak = tracemalloc.get_traced_memory()[1] / 2**20
try:  # peak RSS of this program; ru_maxrss would include the parent's before exec
    status = open("/proc/self/status").read()
    rss = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps([code, message, cpu, peak, rss]))
"""


def read_isolated(path: Path, env: dict[str, str] | None = None, timeout: float = 60) -> Measured:
    """:func:`araseclit.ingest.read` of ``path`` in a child process with 3 GB of address
    space and ``timeout`` seconds (``subprocess.TimeoutExpired`` past it)."""
    child_env = {**os.environ, **(env or {})}
    child_env["PYTHONPATH"] = SRC + os.pathsep + os.environ.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_env,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    code, message, cpu, peak, rss = json.loads(done.stdout.splitlines()[-1])
    return Measured(code, message, cpu, peak, rss)


def run_cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``araseclit ARGS`` in a child process, from this checkout, without debug tracebacks."""
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("ARASECLIT_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "araseclit.cli", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=300,
    )
