"""What a command costs before it does any work (issue 12, "lean commands").

Every figure is one command run as a user runs it, in a child of a fresh interpreter (its
peak RSS and CPU time are then the command's own), best of ``--runs``:

1. **Start-up** of ``araseclit text``, ``citations`` and ``tag`` on a small file: a paragraph
   in the sample's template (in domain) and a paragraph of third-party news (NTREX-128,
   CC BY-SA 4.0; out of domain). Beside them what a user would otherwise run on the same
   file: python-bidi's ``get_display`` per line (the usual quick fix for scrambled Arabic
   text, see ``bench_scrambled.py``) for ``text``, and ``spacy.blank("ar")`` with a
   sentencizer for the record commands. With ``--before SRC`` (the ``src`` folder of an older
   checkout) the same commands of that version too.
2. **Loading the text model**: the JSON forms with wordfreq's dicts (as before the tables)
   against the memory-mapped tables.
3. **Repair speed** with each (the tables are looked up through Python, not dicts), on the
   seed chapter and the sample's scrambled extractions (in domain) and the clean suite and
   third-party prose (out of domain); the repaired texts must be identical.

Run: ``.venv/bin/python benchmarks/bench_startup.py [--before /path/to/old/src] [--runs 3]``
(writes ``benchmarks/results/bench_startup.md``).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
RESULT = ROOT / "benchmarks" / "results" / "bench_startup.md"
SEED = ROOT / ".." / "shared" / "seed" / "000_4ff1dd722d5fe153.txt"
NEWS = ROOT / "benchmarks" / "data" / "mentions_ood" / "ntrex_no_iraq.txt"
_MARKUP = re.compile(r"\[\[([^|\]]*)\|[^\]]*\]\]")
# a paragraph in the sample's template, written for this benchmark
IN_DOMAIN = (
    "تؤدي المنظمات غير الحكومية في العراق دورًا متزايدًا في تعزيز الأمن المجتمعي بعد عام "
    "2003، إذ تعمل وسيطًا بين الدولة والمجتمع المحلي (الحميد، 2019: 27). ويرى باحثون أن ضعف "
    "المؤسسات الرسمية يفتح المجال أمام الجماعات المسلحة (Dodge, 2020: 56).\n"
)
# a fresh interpreter runs the command in its child and reports that child's usage
_PROBE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True)\n"
    "wall = time.perf_counter() - t\n"
    "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "kib = use.ru_maxrss / (1024 if sys.platform == 'darwin' else 1)\n"
    "print(done.returncode, wall, use.ru_utime + use.ru_stime, kib / 1024)\n"
)
_BIDI = (
    "import sys\n"
    "from bidi import get_display\n"
    "for line in open(sys.argv[1], encoding='utf-8'):\n"
    "    print(get_display(line.rstrip('\\n'), base_dir='R'))\n"
)
_SPACY = (
    "import sys, spacy\n"
    "nlp = spacy.blank('ar')\n"
    "nlp.add_pipe('sentencizer')\n"
    "doc = nlp(open(sys.argv[1], encoding='utf-8').read())\n"
    "print(len(list(doc.sents)))\n"
)
_CLI = "from araseclit.cli import main; main()"
# the scorer as it was loaded before the tables: JSON models and wordfreq's dicts; the
# repair code reads it through default_scorer()
_JSON_SCORER = """
from pathlib import Path
from wordfreq import get_frequency_dict
from araseclit.textmodel import frequency, scorer as S
from araseclit.textmodel.ngram import NgramModel
from araseclit.textmodel.pairs import WordPairs
D = Path(S.__file__).parent / "data"
frequency.word_frequencies = lambda lang: get_frequency_dict(lang, "best")
_scorer = S.TextScorer(
    NgramModel.load(D / "structure.json.gz"),
    S.WordModel(get_frequency_dict("ar", "best"), NgramModel.load(D / "letters_ar.json.gz"), True),
    S.WordModel(get_frequency_dict("en", "best"), NgramModel.load(D / "letters_latin.json.gz"), False),
    WordPairs.load(D / "wordpairs.json.gz"),
)
S.default_scorer = lambda: _scorer
"""
_TABLE_SCORER = """
from araseclit.textmodel import scorer as S
S.default_scorer()
"""
_REPAIR = """
import hashlib, sys, time
from araseclit.repair import repair_text
paths = sys.argv[1:]
t = time.process_time()
lines = 0
digest = hashlib.sha256()
for path in paths:
    raw = open(path, encoding="utf-8").read()
    lines += raw.count("\\n") + 1
    digest.update(repair_text(raw).encode())
print("REPAIR", lines, time.process_time() - t, digest.hexdigest())
"""


def probe(command: list[str], env: dict[str, str], runs: int) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MB) of ``command``, each the least over ``runs`` runs."""
    best = [float("inf")] * 3
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _PROBE, *command],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            timeout=900,
        ).stdout.split()
        if out[0] != "0":
            raise RuntimeError(f"{command} exited {out[0]}")
        best = [min(b, float(v)) for b, v in zip(best, out[1:], strict=True)]
    return best[0], best[1], best[2]


def environment(src: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(src)}


def small_files(folder: Path) -> dict[str, Path]:
    news = [
        _MARKUP.sub(r"\1", ln).strip()
        for ln in NEWS.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("===")
    ]
    files = {"in domain": folder / "paper.txt", "out of domain": folder / "news.txt"}
    files["in domain"].write_text(IN_DOMAIN, encoding="utf-8")
    files["out of domain"].write_text(" ".join(news[:3]) + "\n", encoding="utf-8")
    return files


def start_up(files: dict[str, Path], before: Path | None, runs: int) -> list[str]:
    rows = []
    now = environment(SRC)
    for domain, path in files.items():
        for command, other_name, other in (
            ("text", "python-bidi per line", _BIDI),
            ("citations", 'spacy.blank("ar") + sentencizer', _SPACY),
            ("tag", 'spacy.blank("ar") + sentencizer', _SPACY),
        ):
            args = [command, str(path)] + ([] if command == "text" else ["-f", "jsonl"])
            wall, cpu, peak = probe([sys.executable, "-c", _CLI, *args], now, runs)
            o_wall, o_cpu, o_peak = probe([sys.executable, "-c", other, str(path)], now, runs)
            old = "–"
            if before is not None:
                b_wall, b_cpu, b_peak = probe(
                    [sys.executable, "-c", _CLI, *args], environment(before), runs
                )
                old = f"{b_wall:.2f} / {b_cpu:.2f} / {b_peak:.0f}"
            rows.append(
                f"| {domain} | `{command}` | {old} | {wall:.2f} / {cpu:.2f} / {peak:.0f} | "
                f"{other_name}: {o_wall:.2f} / {o_cpu:.2f} / {o_peak:.0f} | "
                f"{cpu / o_cpu:.1f}× | {peak / o_peak:.1f}× |"
            )
            print(rows[-1], file=sys.stderr)
    return rows


def model_load(runs: int) -> list[str]:
    env = environment(SRC)
    rows = []
    results = {}
    for name, code in (("JSON + wordfreq dicts", _JSON_SCORER), ("tables", _TABLE_SCORER)):
        results[name] = probe([sys.executable, "-c", code], env, runs)
        wall, cpu, peak = results[name]
        rows.append(f"| {name} | {wall:.2f} | {cpu:.2f} | {peak:.0f} |")
    empty = probe([sys.executable, "-c", "import araseclit.textmodel.scorer"], env, runs)
    rows.append(
        f"| (importing the module alone) | {empty[0]:.2f} | {empty[1]:.2f} | {empty[2]:.0f} |"
    )
    old, new = results["JSON + wordfreq dicts"], results["tables"]
    rows.append(
        f"| **JSON / tables** | {old[0] / new[0]:.1f}× | {old[1] / new[1]:.1f}× | {old[2] / new[2]:.1f}× |"
    )
    return rows


def repair_speed(runs: int, folder: Path) -> list[str]:
    news = folder / "ntrex_news.txt"  # third-party prose, clean: repair must leave it as is
    lines = NEWS.read_text(encoding="utf-8").splitlines()[:400]
    news.write_text("\n".join(_MARKUP.sub(r"\1", ln) for ln in lines) + "\n", encoding="utf-8")
    corpora = {
        "in domain": [SEED, *sorted(ROOT.glob("corpora/sample/variants/*/*.pdfplumber.txt"))[:4]],
        "out of domain": [
            *sorted(ROOT.glob("corpora/clean/*.txt"))[:6],
            *sorted(ROOT.glob("corpora/clean/variants/*/*.pdfplumber.txt"))[:4],
            news,
        ],
    }
    env = environment(SRC)
    rows = []
    for domain, paths in corpora.items():
        paths = [p for p in paths if p.is_file()]
        measured = {}
        for name, setup in (("JSON + dicts", _JSON_SCORER), ("tables", _TABLE_SCORER)):
            best = (0, float("inf"), "")
            for _ in range(runs):
                out = subprocess.run(
                    [sys.executable, "-c", setup + _REPAIR, *map(str, paths)],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=env,
                    timeout=1800,
                ).stdout
                lines, seconds, digest = out.split("REPAIR", 1)[1].split()
                if float(seconds) < best[1]:
                    best = (int(lines), float(seconds), digest)
            measured[name] = best
        (lines, old, d_old), (_, new, d_new) = measured["JSON + dicts"], measured["tables"]
        same = "identical" if d_old == d_new else "**DIFFERENT**"
        rows.append(
            f"| {domain} | {len(paths)} | {lines:,} | {lines / old:.0f} | {lines / new:.0f} | "
            f"{old / new:.2f}× | {same} |"
        )
        print(rows[-1], file=sys.stderr)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, help="the src folder of an older checkout")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(SRC))
    from araseclit.textmodel.frequency import word_frequencies

    word_frequencies("ar"), word_frequencies("en")  # the once-per-machine tables exist
    with tempfile.TemporaryDirectory() as tmp:
        startup = start_up(small_files(Path(tmp)), args.before, args.runs)
        loading = model_load(args.runs)
        speed = repair_speed(args.runs, Path(tmp))
    before = "not measured (`--before`)"
    if args.before:
        commit = subprocess.run(
            ["git", "-C", str(args.before), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        before = f"`{args.before}` (commit {commit or 'unknown'})"
    RESULT.write_text(
        f"""# Start-up cost of the commands (`benchmarks/bench_startup.py`)

Each command runs as a user runs it, in a child of a fresh interpreter; figures are the
least of {args.runs} runs on a 2-core machine shared with other work (CPU time is the steadier
figure; wall time waits for the cores). wordfreq's tables already built (once per machine).

## Start-up on a small file: wall s / CPU s / peak MB

Before: {before}. Ratios: araseclit now against what a user would otherwise run on the same file.

| file | command | before | now | alternative | CPU ratio | memory ratio |
|---|---|---|---|---|---:|---:|
{chr(10).join(startup)}

## Loading the text model (`default_scorer()`), child process

| form | wall s | CPU s | peak MB |
|---|---:|---:|---:|
{chr(10).join(loading)}

## Repair speed with each form (lines/s of CPU, best of {args.runs}; repaired text compared)

| domain | files | lines | JSON + dicts | tables | JSON time / tables time | repaired text |
|---|---:|---:|---:|---:|---:|---|
{chr(10).join(speed)}

In domain: the seed chapter and four pdfplumber extractions of the sample papers. Out of
domain: six texts of the clean suite (other genres), four pdfplumber extractions of it and
400 lines of third-party news (NTREX-128, `benchmarks/data/mentions_ood/ntrex_no_iraq.txt`,
CC BY-SA 4.0, annotation markup taken off).
""",
        encoding="utf-8",
    )
    print(RESULT.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
