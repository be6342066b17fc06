"""The fuzz inputs made of text, and :class:`FuzzInput` itself (see :mod:`fuzzing`): empty
and binary files, encodings, foreign scripts, odd file names, special files, an over-long
text, long single lines of once-quadratic shapes and random mutations of the sample texts
(``corpora/sample/sources``)."""

from __future__ import annotations

import os
import random
import re
from dataclasses import KW_ONLY, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpora" / "sample"
SOURCES = sorted((SAMPLE / "sources").glob("*.txt"))
SAMPLE_PDF = SAMPLE / "docs" / "02_water_crisis_dams.pdf"
SAMPLE_DOCX = SAMPLE / "docs" / "04_armed_groups_mediation.docx"

OK, FAIL, ANY = "ok", "fail", "any"
#: spaCy's default nlp.max_length: a longer text goes through the pipeline in chunks
SPACY_MAX_LENGTH = 1_000_000

# bidi marks, embeddings, overrides and isolates an extractor or an attacker may leave
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
BRACKETS = "()[]{}«»<>"
WORDS = (
    "تعمل المنظمات المحلية في محافظات الجنوب على رصد الانتهاكات وتوثيق شكاوى السكان "
    "وتقديم المساعدة القانونية للنازحين العائدين إلى مناطقهم"
).split()


@dataclass(frozen=True)
class FuzzInput:
    """One input file: ``data`` written as ``name``, or a ``special`` file (``fifo``, a
    link to ``/dev/zero``, a ``dangling`` link, a ``directory``)."""

    kind: str
    name: str
    data: bytes = b""
    outcome: str = ANY
    codes: tuple[str, ...] = ()
    _: KW_ONLY
    special: str | None = None
    #: read fine, but longer than one spaCy pass: the pipeline takes it in chunks
    too_long: bool = False

    @property
    def size(self) -> int:
        return len(self.data)

    def expected(self, command: str) -> tuple[str, tuple[str, ...]]:
        """(outcome, codes) for ``command`` (``text``, ``citations`` or ``analyze``)."""
        return self.outcome, self.codes

    def write(self, folder: Path) -> Path:
        path = folder / self.name
        if self.special == "fifo":
            os.mkfifo(path)
        elif self.special == "dev_zero":
            os.symlink("/dev/zero", path)
        elif self.special == "dangling":
            os.symlink(folder / "no such file.txt", path)
        elif self.special == "directory":
            path.mkdir()
        else:
            path.write_bytes(self.data)
        return path


@dataclass(frozen=True)
class Scale:
    """How many inputs of the repeated kinds, and how large."""

    noise: int = 4
    corrupt_pdf: int = 6
    corrupt_docx: int = 5
    mutations: int = 12
    bomb_mb: int = 200  # what a DOCX bomb unpacks to (the reader's default limit: 64 MB)
    line_kb: int = 100  # each long single line
    long_text_chars: int = 1_100_000
    mutated_copies: int = 4  # a mutated text is this many sample texts joined


BENCH = Scale()
#: the CI fuzz pass: a few of each kind, small; its long text is too long only for a
#: pipeline whose ``max_length`` the test lowers
CI = Scale(
    noise=2,
    corrupt_pdf=3,
    corrupt_docx=3,
    mutations=5,
    bomb_mb=80,
    line_kb=12,
    long_text_chars=30_000,
    mutated_copies=1,
)


def flip(rng: random.Random, data: bytes, share: float, start: int = 0) -> bytes:
    """``data`` with a ``share`` of its bytes (after ``start``) changed by one bit."""
    out = bytearray(data)
    for _ in range(max(1, int((len(out) - start) * share))):
        out[rng.randrange(start, len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def sample_text(index: int = 0) -> str:
    return SOURCES[index % len(SOURCES)].read_text(encoding="utf-8")


# --- inputs by kind --------------------------------------------------------------------


def empty_files() -> list[FuzzInput]:
    return [
        FuzzInput("empty", "empty.txt", b"", outcome=FAIL, codes=("E002",)),
        FuzzInput("empty", "empty.pdf", b"", outcome=FAIL, codes=("E002",)),
        FuzzInput("empty", "blank.md", b" \n\t\r\n  \n", outcome=FAIL, codes=("E002",)),
        FuzzInput("empty", "bidi_only.txt", "\u200f\u202b\u202c\n".encode(), outcome=FAIL),
    ]


def binary_noise(rng: random.Random, n: int) -> list[FuzzInput]:
    suffixes = [".txt", ".pdf", ".docx", ".md", ".bin"]
    return [
        FuzzInput(
            "binary_noise",
            f"noise_{i}{suffixes[i % len(suffixes)]}",
            rng.randbytes(rng.randint(512, 64 * 1024)),
            outcome=FAIL,
        )
        for i in range(n)
    ]


def encodings() -> list[FuzzInput]:
    text = sample_text(2)
    return [
        FuzzInput("encoding", "cp1256.txt", text.encode("cp1256", "replace"), OK),
        FuzzInput("encoding", "utf16.txt", text.encode("utf-16"), OK),
        FuzzInput("encoding", "utf16be_nobom.txt", text.encode("utf-16-be"), ANY),
        FuzzInput("encoding", "utf8_bom.md", text.encode("utf-8-sig"), OK),
    ]


def _words(rng: random.Random, alphabet: str, n: int) -> str:
    words = ("".join(rng.choices(alphabet, k=rng.randint(2, 8))) for _ in range(n))
    return " ".join(words) + "\n"


def foreign_scripts(rng: random.Random) -> list[FuzzInput]:
    """Texts in no supported script: Chinese, Cyrillic, Latin, Hebrew."""
    scripts = {
        "chinese": "".join(chr(c) for c in range(0x4E00, 0x4E00 + 400)),
        "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "latin": "abcdefghijklmnopqrstuvwxyz",
        "hebrew": "".join(chr(c) for c in range(0x05D0, 0x05EB)),
    }
    return [
        FuzzInput(
            "no_arabic",
            f"{name}.txt",
            "".join(_words(rng, alphabet, 12) for _ in range(60)).encode(),
            FAIL,
            ("E007",),
        )
        for name, alphabet in scripts.items()
    ]


def odd_names() -> list[FuzzInput]:
    """A readable text under names with a newline, control characters, a bidi override
    (``U+202E`` shows ``txt.exe`` backwards), Arabic letters and a leading dash."""
    names = [
        "line\nbreak.txt",
        "escape\x1b[31mred\x07.txt",
        "override\u202etxt.exe.txt",
        "دراسة الأمن الوطني ٢٠٢٣.txt",
        "-dash --help.txt",
        "tab\tand\rreturn.txt",
    ]
    # a text of its own for each name: the same text twice is a duplicate (E008)
    return [
        FuzzInput("odd_name", name, sample_text(i).encode(), OK) for i, name in enumerate(names)
    ]


def special_files() -> list[FuzzInput]:
    return [
        FuzzInput("special_file", "fifo.txt", special="fifo", outcome=FAIL, codes=("E009",)),
        FuzzInput("special_file", "zero.txt", special="dev_zero", outcome=FAIL, codes=("E009",)),
        FuzzInput("special_file", "gone.txt", special="dangling", outcome=FAIL, codes=("E001",)),
    ]


def long_text(chars: int) -> list[FuzzInput]:
    """Sample text repeated to ``chars`` characters (over spaCy's ``max_length``)."""
    text = "\n\n".join(sample_text(i) for i in range(len(SOURCES)))
    text = (text + "\n\n") * (chars // len(text) + 1)
    too_long = chars > SPACY_MAX_LENGTH
    return [
        FuzzInput("long_text", f"long_{chars}.txt", text[:chars].encode(), OK, too_long=too_long)
    ]


# --- long single lines, of the shapes that once cost time quadratic in their length ----


def _digit_runs(n: int) -> str:  # figures after every word: "المنظمات 4107 31"
    return " ".join(f"{WORDS[i % len(WORDS)]} {i * 37 % 10000} {i % 97}" for i in range(n))


def _citations(n: int) -> str:  # a citation after every word
    return " ".join(
        f"{WORDS[i % len(WORDS)]} (Dodge, {1990 + i % 30}: {i % 300 + 1})" for i in range(n)
    )


def _citation_list(n: int) -> str:  # one bracket of ؛-separated Arabic citations
    return "(" + "؛ ".join(f"الجبوري، {2000 + i % 20}: {i % 90 + 1}" for i in range(n)) + ")"


def _fragments(n: int) -> str:  # words with numbered brackets: "المنظمات (12) [84]"
    return " ".join(f"{WORDS[i % len(WORDS)]} ({i}) [{i * 7 % 100}]" for i in range(n))


def _prose(n: int) -> str:  # the sample texts' paragraphs as one line
    text = " ".join(" ".join(sample_text(i).split()) for i in range(len(SOURCES)))
    return " ".join([text] * (n // 1000 + 1))


LINE_SHAPES = {
    "digit_runs": _digit_runs,
    "citations": _citations,
    "citation_list": _citation_list,
    "fragments": _fragments,
    "visual_order": _prose,
}


def _sized(make, kb: int) -> str:  # type: ignore[no-untyped-def]
    """The shortest ``make(n)`` of at least ``kb`` KB, cut at a space near ``kb`` KB."""
    n = 64
    while len(line := make(n).encode()) < kb * 1024:
        n *= 2
    cut = line[: kb * 1024].decode("utf-8", "ignore")
    return cut[: cut.rfind(" ")] if " " in cut else cut


def long_lines(rng: random.Random, kb: int) -> list[FuzzInput]:
    """One line of each shape, ~``kb`` KB, scrambled as a PDF extractor would (the
    ``visual_order`` shape as pdfplumber prints it; the others by a random extractor)."""
    from araseclit.scramble import scramble

    made = []
    for shape, make in LINE_SHAPES.items():
        recipe = (
            "pdfplumber"
            if shape == "visual_order"
            else rng.choice(["pdfplumber", "pdftotext", "pdftotext-stripped", "pypdfium2", "runs"])
        )
        line = scramble(_sized(make, kb), recipe, seed=rng.randrange(1 << 16), width=10**7).text
        made.append(FuzzInput("long_line", f"line_{shape}.txt", line.encode(), OK))
    return made


#: runs of one character a text may hold: a drawn line of tatweel or dashes, a table's dot
#: leaders, a number or a word with no space left in it (these cost time quadratic in their
#: length in citation search and sentence splitting until the fuzz pass found them)
RUNS = {
    "tatweel": "\u0640",
    "digits": "5",
    "arabic": "بت",
    "latin": "ab",
    "dashes": "-",
    "dots": ".",
    "commas": "،",
    "underscores": "_",
}


def long_runs(kb: int, one_run: int) -> list[FuzzInput]:
    """Sample prose with runs of one character: each text ~``kb`` KB, half of it in runs of
    ``kb * 40`` characters; and one run of ``one_run`` dots in a line of prose."""
    prose = " ".join(sample_text(0).split())
    made = []
    for name, unit in RUNS.items():
        run = unit * (kb * 40 // len(unit))
        parts, size = [], 0
        while size < kb * 1024:
            start = (size * 7) % max(1, len(prose) - 800)
            parts += [prose[start : start + 800], run]
            size += len(parts[-2].encode()) + len(run.encode())
        text = " ".join(parts)
        made.append(FuzzInput("long_run", f"run_{name}.txt", text.encode(), OK))
    line = f"{prose[:400]} {'.' * one_run} {prose[400:800]}"  # one run of dot leaders
    made.append(FuzzInput("long_run", "run_dots_one.txt", line.encode(), OK))
    return made


# --- random mutations of the sample texts ------------------------------------------------


def _byte_flips(rng: random.Random, data: bytes) -> bytes:
    return flip(rng, data, rng.choice([0.0005, 0.005, 0.05]))


def _deletions(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(5, 200)):
        start = rng.randrange(len(out))
        del out[start : start + rng.randint(1, 40)]
    return bytes(out)


def _insert(rng: random.Random, text: str, pieces: list[str], n: int) -> str:
    chars = list(text)
    for _ in range(n):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(pieces))
    return "".join(chars)


def _bidi(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    return _insert(rng, text, list(BIDI_CONTROLS), len(text) // rng.choice([3, 20])).encode()


def _bracket_flood(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    floods = ["".join(rng.choices(BRACKETS, k=rng.randint(1, 400))) for _ in range(30)]
    floods += ["(" * 3000, ")" * 3000 + "]" * 2000, "«(" * 1500]
    return _insert(rng, text, floods, rng.randint(10, 60)).encode()


def _marks(rng: random.Random, data: bytes) -> bytes:  # harakat, tatweel, digits, NULs
    text = data.decode("utf-8", "replace")
    pieces = ["\u064e" * 500, "\u0640" * 2000, "٠١٢٣٤٥٦٧٨٩" * 300, "\x00", "\r", "\u2028"]
    return _insert(rng, text, pieces, rng.randint(5, 40)).encode()


def _one_line(rng: random.Random, data: bytes) -> bytes:  # every line break gone
    return re.sub(rb"\s*\n\s*", rng.choice([b" ", b"", b"\r"]), data)


MUTATIONS = {
    "flips": _byte_flips,
    "deletions": _deletions,
    "bidi": _bidi,
    "brackets": _bracket_flood,
    "marks": _marks,
    "one_line": _one_line,
}


def mutations(rng: random.Random, n: int, copies: int) -> list[FuzzInput]:
    """``n`` sample texts (``copies`` joined), each damaged by one to three mutations."""
    names, made = sorted(MUTATIONS), []
    for i in range(n):
        start = rng.randrange(len(SOURCES))
        data = "\n\n".join(sample_text(start + k) for k in range(copies)).encode()
        chosen = [names[i % len(names)], *rng.sample(names, rng.randint(0, 2))]
        for name in chosen:
            data = MUTATIONS[name](rng, data)
        made.append(FuzzInput("mutation", f"mutated_{i:02d}_{'+'.join(chosen)}.txt", data))
    return made
