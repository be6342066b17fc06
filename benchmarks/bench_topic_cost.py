"""What a topic fit costs per run: numba compilation, UMAP's neighbour search, the whole fit.

Run: ``.venv/bin/python benchmarks/bench_topic_cost.py`` (prints Markdown tables and writes
``benchmarks/results/bench_topic_cost.md``); ``--quick`` for fewer sizes.
``--src DIR`` times another checkout's ``src`` (e.g. ``git archive <commit> src``) in the
whole-fit table, to compare with an earlier version.

Every measurement runs in a fresh interpreter, as ``araseclit analyze`` does, with its own
``NUMBA_CACHE_DIR``: *cold* is an empty directory (numba compiles everything), *warm* one a
previous process filled. It reports wall and CPU seconds of the first fit in the process
(imports excluded), the seconds numba spent compiling or loading from its cache during it,
and the CPU seconds of a second fit in the same process (the cost without compilation).
CPU seconds are the steadier figure on a shared machine.

Units: sentences of the clean Arabic corpora (``corpora/*/sources``, ``corpora/clean``,
``corpora/calibration``); beyond the ~1,350 usable sentences they hold, a unit joins the first
half of one sentence to the second half of another from the same document, so vocabulary and
topical structure stay those of real text.

Tables:
* **UMAP step**: the reduction alone on the offline LSA embeddings of N units. ``umap exact``
  is ``umap.UMAP(metric="cosine", random_state=42, n_jobs=1)`` as fit_topics used it (exact
  neighbours below 4,096 points, with a Python-level distance per pair); ``umap approx`` adds
  ``force_approximation_algorithm=True`` (NN-descent); ``seeded`` is
  :class:`araseclit.topics.reduction.SeededUMAP` (exact neighbours by matrix products, PCA
  start, numba disk cache).
* **Whole fit**: :func:`araseclit.topics.fit_topics` with its defaults.
* **Start of the layout**: SeededUMAP (exact neighbours) with UMAP's ``spectral`` start (what
  fit_topics used), ``pca`` or ``random`` (what it uses): how many distinct layouts
  fresh processes give for the same units, and the NPMI coherence of ``fit_topics`` topics
  (top-10 words, ``bench_topics.py``'s corpora and scoring) over seeds 0 to K-1, as mean ±
  standard deviation over the seeds.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import itertools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import run_child

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "bench_topic_cost.md"
SOURCES = (
    "corpora/sample/sources/*.txt",
    "corpora/heldout/sources/*.txt",
    "corpora/heldout2/sources/*.txt",
    "corpora/clean/*.txt",
    "corpora/calibration/*.txt",
)
REDUCERS = ("umap exact", "umap approx", "seeded")
INITS = ("spectral", "pca", "random")
_SENTENCE = re.compile(r"(?<=[.؟!])\s+|\n+")


def make_units(n: int, *, seed: int = 0) -> list[tuple[str, str, str]]:
    """``(doc_id, unit_id, text)`` of ``n`` units: real sentences first, then joined halves."""
    docs: dict[str, list[str]] = {}
    for pattern in SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            text = path.read_text("utf-8")
            sentences = [s.strip() for s in _SENTENCE.split(text) if len(s.split()) >= 4]
            if len(sentences) >= 2:
                docs[f"{path.parent.name}/{path.stem}"] = sentences
    units = [(d, f"s{i}", s) for d, ss in docs.items() for i, s in enumerate(ss)][:n]
    rng = random.Random(seed)
    names = sorted(docs)
    while len(units) < n:
        doc = rng.choice(names)
        first, second = (rng.choice(docs[doc]).split() for _ in range(2))
        text = " ".join(first[: len(first) // 2] + second[len(second) // 2 :])
        units.append((doc, f"x{len(units)}", text))
    return units


def _compile_timer():  # type: ignore[no-untyped-def]
    """A numba event listener summing the seconds of outermost compilations (cache loads
    included)."""
    from numba.core import event

    class Timer(event.Listener):
        def __init__(self) -> None:
            self.depth, self.seconds, self.started = 0, 0.0, 0.0

        def on_start(self, ev) -> None:  # type: ignore[no-untyped-def]
            if self.depth == 0:
                self.started = time.perf_counter()
            self.depth += 1

        def on_end(self, ev) -> None:  # type: ignore[no-untyped-def]
            self.depth -= 1
            if self.depth == 0:
                self.seconds += time.perf_counter() - self.started

    timer = Timer()
    event.register("numba:compile", timer)
    return timer


def _reducer(name: str, n_units: int):  # type: ignore[no-untyped-def]
    from umap import UMAP

    from araseclit.topics.model import _n_neighbors
    from araseclit.topics.reduction import SeededUMAP

    k = _n_neighbors(n_units)
    if name == "seeded":
        return SeededUMAP(n_neighbors=k, n_components=5, seed=42)
    if name in INITS:
        return SeededUMAP(n_neighbors=k, n_components=5, seed=42, init=name)
    approx = name == "umap approx"
    return UMAP(
        n_neighbors=k,
        n_components=5,
        min_dist=0.0,
        metric="cosine",
        random_state=42,
        n_jobs=1,
        force_approximation_algorithm=approx,
    )


def coherence(init: str, n_seeds: int) -> dict:
    """NPMI of fit_topics topics over seeds ``0..n_seeds-1`` with the given UMAP start, per
    corpus of ``bench_topics.py``."""
    import numpy as np
    import pandas as pd

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_topics

    import araseclit.topics.model
    from araseclit.topics.reduction import SeededUMAP

    araseclit.topics.model.SeededUMAP = functools.partial(SeededUMAP, init=init)  # type: ignore[misc]
    out = {}
    for corpus, (texts, _) in bench_topics.load_corpora().items():
        units = pd.DataFrame({"doc_id": "d", "unit_id": range(len(texts)), "text": texts})
        scores = []
        for seed in range(n_seeds):
            topics = araseclit.topics.fit_topics(units, seed=seed).topics
            words = [list(w) for w in topics.loc[topics["topic_id"] >= 0, "words"]]
            scores.append(bench_topics._scores(words, texts)["npmi"])
        out[corpus] = (float(np.mean(scores)), float(np.std(scores)), len(texts))
    return out


def child(task: dict) -> dict:
    """One measurement in this (fresh) process: two fits, the first one timed with JIT."""
    import pandas as pd

    if task["what"] == "coherence":
        return coherence(task["init"], task["seeds"])

    start = time.perf_counter()
    import bertopic  # noqa: F401
    import umap  # noqa: F401

    import araseclit.topics

    imports = time.perf_counter() - start
    timer = _compile_timer()
    units = pd.DataFrame(make_units(task["n"]), columns=["doc_id", "unit_id", "text"])
    if task["what"] == "fit":

        def run() -> object:
            return araseclit.topics.fit_topics(units, seed=42)
    else:
        from threadpoolctl import threadpool_limits

        from araseclit.topics.embedding import embed
        from araseclit.topics.model import _check_units

        texts = _check_units(units)["text"].tolist()
        with threadpool_limits(limits=1):
            vectors = embed(texts, None, seed=42)[1]

        reducer = task.get("init") or task["what"]

        def run() -> object:
            with threadpool_limits(limits=1):
                return _reducer(reducer, len(texts)).fit_transform(vectors)

    out: dict = {"imports": imports}
    if task["what"] == "layout":
        return out | {"layout": hashlib.sha256(run().tobytes()).hexdigest()[:12]}
    for label in ("first", "second"):
        wall, cpu, jit = time.perf_counter(), time.process_time(), timer.seconds
        run()
        out[f"{label}_wall"] = time.perf_counter() - wall
        out[f"{label}_cpu"] = time.process_time() - cpu
        out[f"{label}_jit"] = timer.seconds - jit
    return out


def measure(
    what: str, n: int, cache_dir: Path, *, src: Path | None = None, **extra: object
) -> dict:
    env = {"NUMBA_CACHE_DIR": str(cache_dir)}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    return run_child(__file__, {"what": what, "n": n, **extra}, **env)


def reduction_table(sizes: list[int], scratch: Path) -> list[str]:
    lines = [
        "### UMAP step (LSA embeddings of N units)",
        "",
        "| N | reducer | numba cache | first fit wall s | first fit CPU s | of which numba s "
        "| second fit CPU s |",
        "|---:|---|---|---:|---:|---:|---:|",
    ]
    for n in sizes:
        for reducer in REDUCERS:
            cache = scratch / f"{reducer}-{n}".replace(" ", "-")
            for state in ("cold", "warm"):
                if reducer == "umap exact" and state == "warm":
                    continue  # nothing of it caches beyond UMAP's own rdist
                r = measure(reducer, n, cache)
                lines.append(
                    f"| {n} | {reducer} | {state} | {r['first_wall']:.1f} | {r['first_cpu']:.1f} "
                    f"| {r['first_jit']:.1f} | {r['second_cpu']:.1f} |"
                )
                print(lines[-1], flush=True)
    return lines


def fit_table(sizes: list[int], scratch: Path, src: Path | None) -> list[str]:
    lines = [
        "### Whole fit (`fit_topics`, defaults)",
        "",
        "| N | code | numba cache | imports s | first fit wall s | first fit CPU s "
        "| of which numba s | second fit CPU s |",
        "|---:|---|---|---:|---:|---:|---:|---:|",
    ]
    checkouts: list[tuple[str, Path | None]] = [("this checkout", None)]
    if src is not None:
        checkouts.insert(0, (f"`{src}`", src))
    for n in sizes:
        for label, path in checkouts:
            cache = scratch / f"fit-{n}-{len(label)}"
            for state in ("cold", "warm"):
                r = measure("fit", n, cache, src=path)
                lines.append(
                    f"| {n} | {label} | {state} | {r['imports']:.1f} | {r['first_wall']:.1f} "
                    f"| {r['first_cpu']:.1f} | {r['first_jit']:.1f} | {r['second_cpu']:.1f} |"
                )
                print(lines[-1], flush=True)
    return lines


def start_table(n: int, n_processes: int, n_seeds: int, scratch: Path) -> list[str]:
    lines = [
        "### Start of the layout (SeededUMAP with exact neighbours)",
        "",
        f"Distinct layouts: {n_processes} fresh processes on the same {n} units. "
        f"NPMI: mean ± sd over seeds 0-{n_seeds - 1}.",
        "",
        "| start | distinct layouts | NPMI, " + " | NPMI, ".join(_corpus_names()) + " |",
        "|---|---:|" + "---:|" * len(_corpus_names()),
    ]
    for init in INITS:
        hashes = {
            measure("layout", n, scratch / "start", init=init)["layout"] for _ in range(n_processes)
        }
        scores = measure("coherence", 0, scratch / "start", init=init, seeds=n_seeds)
        cells = [f"{mean:.3f} ± {sd:.3f}" for mean, sd, _ in scores.values()]
        lines.append(f"| {init} | {len(hashes)} | " + " | ".join(cells) + " |")
        print(lines[-1], flush=True)
    return lines


#: ``analyze`` in a child process: CPU seconds (its own and its reaped workers') when each
#: stage starts, and each corpus step's own CPU seconds
_SHARE_CHILD = """
import json, resource, sys, time
import araseclit
import araseclit.corpus as corpus

def cpu():
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

marks, steps = [["documents", cpu()]], {}

def timed(name, step):
    def run(tables, settings):
        start = time.process_time()
        try:
            return step(tables, settings)
        finally:
            steps[name] = time.process_time() - start
    return run

corpus.STEPS = tuple((name, timed(name, step)) for name, step in corpus.STEPS)
run = araseclit.analyze([sys.argv[1]], out=sys.argv[2], fresh=True,
                        stage=lambda name: marks.append([name, cpu()]))
marks.append(["end", cpu()])
units = run.topic_assignments
print(json.dumps({"marks": marks, "steps": steps, "documents": len(run.documents),
                  "units": len(units), "topics": int((run.topics["topic_id"] >= 0).sum())}))
"""


def run_share(n_docs: int, scratch: Path) -> list[str]:
    """The topic step's share of a whole ``analyze`` run's CPU on a ``bench_scale`` corpus
    of ``n_docs`` documents (issue 12: about half, 149 s of 155 s with topics against 74 s
    without, at 200 documents; target at most a quarter)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_scale import make_corpus

    folder = scratch / f"corpus_{n_docs}"
    make_corpus(folder, n_docs)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    argv = [sys.executable, "-c", _SHARE_CHILD, str(folder), str(scratch / "run")]
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
    r = json.loads(done.stdout.strip().splitlines()[-1])
    marks = dict(r["marks"])
    total = marks["end"] - marks["documents"]
    stages = [name for name, _ in r["marks"]]
    spans = {a: marks[b] - marks[a] for a, b in itertools.pairwise(stages)}
    topics = r["steps"]["topics"]
    lines = [
        f"### The topic step in a whole run ({n_docs} documents)",
        "",
        f"Run: `.venv/bin/python benchmarks/bench_topic_cost.py --run-share {n_docs}`: "
        "`araseclit.analyze` (default pipeline, default `--jobs`) in a fresh process over a "
        "`bench_scale.py` corpus; CPU seconds of the process and of its pool workers from the "
        "call to the end, by stage, and each corpus step's own CPU seconds. "
        f"{r['documents']} documents, {r['units']} topic units, {r['topics']} topics.",
        "",
        "| stage | CPU s | share of the run |",
        "|---|---:|---:|",
    ]
    for name, seconds in spans.items():
        lines.append(f"| {name} | {seconds:.1f} | {seconds / total:.1%} |")
    for name, seconds in r["steps"].items():
        lines.append(
            f"| corpus step `{name}` (in `topics`) | {seconds:.1f} | {seconds / total:.1%} |"
        )
    lines += [
        f"| whole run | {total:.1f} | 100% |",
        "",
        f"The topic step takes **{topics / total:.1%}** of the run's CPU "
        f"({topics:.1f} of {total:.1f} s; target at most 25%).",
    ]
    return lines


def _commit() -> str:
    """The checkout's commit, or "a copy with no git" (a ``git archive`` copy)."""
    done = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return (
        done.stdout.strip()
        if done.returncode == 0 and (ROOT / ".git").exists()
        else ("a copy with no git")
    )


def _corpus_names() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_topics

    return list(bench_topics.load_corpora())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="fewer sizes")
    parser.add_argument("--src", type=Path, help="another checkout's src/ for the whole fit")
    parser.add_argument(
        "--fit-only",
        type=int,
        nargs="+",
        metavar="N",
        help="only the whole-fit table at these sizes (with --src: before/after), printed and "
        "written to bench_topic_cost_fit.md",
    )
    parser.add_argument(
        "--run-share",
        type=int,
        metavar="N",
        help="only the topic step's share of a whole analyze run of N documents, printed and "
        "added on top of bench_topic_cost_share.md (earlier runs stay)",
    )
    args = parser.parse_args()
    if args.run_share:
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        with tempfile.TemporaryDirectory() as scratch:
            lines = run_share(args.run_share, Path(scratch))
        end = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        lines.insert(
            1,
            f"\nMachine: {os.cpu_count()} CPUs, load average at start {load}, at end {end}. "
            f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} at {_commit()}.",
        )
        # each run goes on top of the earlier ones, which stay: runs at other commits and
        # loads are what a new one is compared with
        path = RESULTS.with_name("bench_topic_cost_share.md")
        earlier = path.read_text("utf-8") if path.exists() else ""
        path.write_text("\n".join(lines) + "\n\n" + earlier, encoding="utf-8")
        print("\n".join(lines) + f"\n\nwritten {path.relative_to(ROOT)}")
        return
    if args.child:
        if "PYTHONPATH" not in os.environ:
            sys.path.insert(0, str(ROOT / "src"))
        print(json.dumps(child(json.loads(args.child))))
        return
    reduce_sizes = [1000, 4000] if args.quick else [500, 1000, 2000, 4000, 10000]
    fit_sizes = [445, 1353] if args.quick else [445, 1353, 4000, 10000]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    out = [
        "# Topic cost benchmark",
        "",
        __doc__.strip(),
        "",
        f"Machine: {os.cpu_count()} CPUs, load average at start {load} (wall-clock times are "
        "on a shared machine; CPU times are steadier).",
        "",
    ]
    if args.fit_only:
        with tempfile.TemporaryDirectory() as scratch:
            out += fit_table(args.fit_only, Path(scratch), args.src)
        path = RESULTS.with_name("bench_topic_cost_fit.md")
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"\nwritten {path.relative_to(ROOT)}")
        return
    with tempfile.TemporaryDirectory() as scratch:
        out += reduction_table(reduce_sizes, Path(scratch))
        out += ["", *fit_table(fit_sizes, Path(scratch), args.src)]
        seeds, processes = (5, 3) if args.quick else (30, 6)
        out += ["", *start_table(1353, processes, seeds, Path(scratch))]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"\nwritten {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
