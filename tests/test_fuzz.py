"""A short fuzz pass: the hostile inputs of ``benchmarks/bench_robustness.py`` at a small scale
(:data:`fuzzing.CI`, a fixed seed), each read or refused with a code, in time.

Most inputs go through :func:`araseclit.read`, :func:`~araseclit.repair.repair_text`,
:func:`~araseclit.cite.find_citations` and :func:`~araseclit.cite.find_references` in this
process: any exception but a coded :class:`~araseclit.errors.AraseclitError` fails the test
with its traceback, an input that must be refused must be, and each input may take at most
10 CPU seconds per 100 KB (at least 10 s): a CPU timer stops it there. DOCX bombs and special files (a FIFO, a link to
``/dev/zero``) are read in a child process with a time and memory limit, so that a
regression fails instead of hanging or filling memory. A few commands run as a user runs
them: one coded line on stderr, and a corpus run whose ``errors`` rows all carry codes and
whose report shows script payloads as text only. The generator lives in ``benchmarks/``
(:mod:`fuzzing`), shared with the benchmark.
"""

from __future__ import annotations

import re
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import fuzzing  # noqa: E402
from fuzzing import FAIL, MAX_MEMORY_MB, FuzzInput  # noqa: E402
from robustness_html import scan_html, write_payload_corpus  # noqa: E402

import araseclit  # noqa: E402
from araseclit.errors import AraseclitError  # noqa: E402
from reading_support import read_isolated, run_cli  # noqa: E402

pytestmark = pytest.mark.slow  # about a minute in all

CODE = re.compile(r"E0\d\d")
#: read in a child process with a time and memory limit
ISOLATED = ("docx_bomb", "special_file")
IN_PROCESS = [kind for kind in fuzzing.KINDS if kind not in ISOLATED]

Inputs = dict[str, list[tuple[FuzzInput, Path]]]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Inputs:
    folder = tmp_path_factory.mktemp("fuzz")
    by_kind: Inputs = {}
    for inp in fuzzing.generate(seed=17, scale=fuzzing.CI):
        by_kind.setdefault(inp.kind, []).append((inp, inp.write(folder)))
    return by_kind


def _of_kind(inputs: Inputs, kind: str) -> list[tuple[FuzzInput, Path]]:
    if kind not in inputs:
        pytest.skip(f"no {kind} input could be made here (pypdf or Pillow is missing)")
    return inputs[kind]


def _read_and_parse(inp: FuzzInput, path: Path) -> str | None:
    """The error code ``path`` is refused with, None when it is read and parsed."""
    from araseclit.cite import find_citations, find_references
    from araseclit.repair import repair_text

    if path.suffix in (".txt", ".md"):  # repair on its own, without ingest's checks
        repair_text(inp.data.decode("utf-8", "replace"))
    try:
        document = araseclit.read(path)
    except AraseclitError as exc:
        return exc.code
    find_citations(document.text)
    find_references(document.text)
    return None


@contextmanager
def _cpu_budget(seconds: float) -> Iterator[None]:
    """Stop the block with :class:`TimeoutError` after ``seconds`` of this process's CPU time
    (``SIGPROF``; a long regular-expression match is interrupted too), so that a slow input
    fails at its budget instead of holding up the suite."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"over its budget of {seconds:.0f} s of CPU")

    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    except TimeoutError as exc:  # raised wherever the timer fired, maybe inside C code
        raise TimeoutError(str(exc)) from None  # whose frame pytest cannot show
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _check(inp: FuzzInput, path: Path) -> None:
    """Read or refused with the code expected, in time; a traceback names the input."""
    try:
        with _cpu_budget(fuzzing.time_budget(inp.size)):
            code = _read_and_parse(inp, path)
    except Exception as exc:
        exc.add_note(f"fuzz input: {inp.kind} {inp.name!r}")
        raise
    assert code is None or CODE.fullmatch(code), (inp.name, code)
    if inp.outcome == FAIL:
        assert code is not None, f"{inp.name!r} was read; it should be refused"
    if code and inp.codes:
        assert code in inp.codes, (inp.name, code)


@pytest.mark.parametrize("kind", IN_PROCESS)
def test_every_input_is_read_or_refused_with_a_code_in_time(inputs: Inputs, kind: str) -> None:
    for inp, path in _of_kind(inputs, kind):
        _check(inp, path)


@pytest.mark.parametrize("kind", ISOLATED)
def test_bombs_and_special_files_are_refused_in_bounded_time_and_memory(
    inputs: Inputs, kind: str
) -> None:
    for inp, path in _of_kind(inputs, kind):
        measured = read_isolated(path, timeout=60)  # fails on a traceback in the child
        if inp.outcome == FAIL:
            assert measured.code in inp.codes, (inp.name, measured.code, measured.message)
        assert measured.code is None or CODE.fullmatch(measured.code)
        assert measured.cpu_s <= fuzzing.time_budget(inp.size), inp.name
        assert measured.maxrss_mb < MAX_MEMORY_MB, inp.name


def test_an_external_entity_is_never_read_into_the_text(inputs: Inputs) -> None:
    path = next(p for i, p in _of_kind(inputs, "docx_bomb") if "external" in i.name)
    try:
        text = araseclit.read(path).text
    except AraseclitError:
        return
    assert "root:" not in text


#: (command, input) pairs run as a user runs them
CLI_CASES = [
    ("text", "fifo.txt"),
    ("citations", "noise_0.txt"),
]


def test_commands_fail_with_one_coded_line(inputs: Inputs, tmp_path: Path) -> None:
    by_name = {inp.name: (inp, path) for pairs in inputs.values() for inp, path in pairs}
    for command, name in CLI_CASES:
        inp, path = by_name[name]
        done = run_cli(command, path, cwd=tmp_path)
        verdict = fuzzing.judge_cli(inp, command, done.returncode, done.stderr)
        assert not verdict.failed, (command, name, done.returncode, done.stderr[-600:])


def test_a_corpus_of_bad_files_and_payloads_is_a_run_with_coded_errors(
    inputs: Inputs, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    write_payload_corpus(docs)
    firsts = [pairs[0][0] for kind, pairs in inputs.items() if kind != "long_text"]
    for inp in firsts:
        inp.write(docs)
    done = run_cli("analyze", docs, "--out", tmp_path / "run", "--pipeline", "audit", cwd=tmp_path)
    assert fuzzing.TRACEBACK not in done.stderr
    assert done.returncode == 3, done.stderr[-1000:]  # some documents failed, not all
    errors = araseclit.open_run(tmp_path / "run").tables["errors"]
    assert all(CODE.fullmatch(str(code)) for code in errors["code"]), errors.to_dict("records")
    refused = {Path(str(p)).name for p in errors.loc[errors["severity"] == "error", "path"]}
    assert {inp.name for inp in firsts if inp.outcome == FAIL} <= refused
    report = (tmp_path / "run" / "report.html").read_text(encoding="utf-8")
    scan = scan_html(report)
    assert scan.live == []
    assert scan.shown  # the payloads are there, as text


def test_a_damaged_pdf_leaves_one_line_on_stderr(inputs: Inputs, tmp_path: Path) -> None:
    inp, path = next(p for p in _of_kind(inputs, "corrupt_pdf") if "flip" in p[0].name)
    done = run_cli("text", path, cwd=tmp_path)
    verdict = fuzzing.judge_cli(inp, "text", done.returncode, done.stderr)
    assert not verdict.failed, done.stderr[-600:]


def test_a_text_over_the_pipelines_max_length_goes_through_in_chunks(
    inputs: Inputs, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    from araseclit.cli import main
    from araseclit.pipeline import loader

    inp, path = _of_kind(inputs, "long_text")[0]
    load = loader.load_pipeline

    def short_pipeline(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        nlp = load(*args, **kwargs)  # type: ignore[arg-type]
        nlp.max_length = inp.size // 4  # under the text's length: the CI text is short
        return nlp

    monkeypatch.setattr(loader, "load_pipeline", short_pipeline)
    monkeypatch.setattr(sys, "argv", ["araseclit", "citations", str(path), "--format", "jsonl"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    err = capfd.readouterr().err
    verdict = fuzzing.judge_cli(replace(inp, too_long=True), "citations", exit_info.value.code, err)
    assert not verdict.failed and exit_info.value.code in (0, None), err
