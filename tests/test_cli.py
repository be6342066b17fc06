"""The command line: help for everything, one clear line and a non-zero exit on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

import araseclit
from araseclit.cli import EXIT_ALL_FAILED, EXIT_SOME_FAILED, app, main
from reading_support import run_cli

COMMANDS = ["text", "citations", "audit", "tag", "claims"]


def test_every_command_and_option_has_help() -> None:
    group = typer.main.get_command(app)
    assert {*COMMANDS, "analyze"} <= set(group.commands)  # type: ignore[attr-defined]
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help, f"command {name} lacks help text"
        for param in command.params:
            if param.name == "help":
                continue
            assert getattr(param, "help", None), f"{name} --{param.name} lacks help text"


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    import zipfile

    with zipfile.ZipFile(folder / "notes.odt", "w") as odt:  # a zip, but no Word document
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", "<office:document-content/>")
    data = Path(__file__).resolve().parent / "ingest" / "data"
    return {
        "odt": folder / "notes.odt",
        "encrypted": data / "encrypted.pdf",
        "image_only": data / "image_only.pdf",
        "truncated": data / "truncated.pdf",
        "empty": folder / "empty.txt",
        "binary": folder / "binary.txt",
        "missing": folder / "missing.pdf",
    }


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("empty", "E002"),
        ("binary", "E003"),
        ("odt", "E004"),  # not "E013 DOCX is corrupt"
        ("missing", "E001"),
        ("encrypted", "E010"),
        ("truncated", "E011"),
        ("image_only", "E012"),
    ],
)
def test_bad_input_one_line_nonzero_exit(
    command: str,
    kind: str,
    code: str,
    bad_inputs: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "argv", ["araseclit", command, str(bad_inputs[kind])])
    with pytest.raises(SystemExit) as exit_info:
        main()
    out, err = capfd.readouterr()
    assert exit_info.value.code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"araseclit: error [{code}]")


def test_real_entry_point_has_no_traceback(bad_inputs: dict[str, Path]) -> None:
    result = run_cli("citations", str(bad_inputs["binary"]), "--format", "jsonl")
    assert result.returncode == 2
    assert result.stderr.startswith("araseclit: error [E003]")
    assert "Traceback" not in result.stderr


def test_text_prints_logical_order_utf8(arabic_txt: Path) -> None:
    result = run_cli("text", str(arabic_txt))
    assert result.returncode == 0, result.stderr
    assert "(الحميد، 2019: 27)" in result.stdout


def test_analyze_with_only_bad_inputs_records_errors(
    tmp_path: Path, bad_inputs: dict[str, Path]
) -> None:
    out = tmp_path / "run"
    result = run_cli(
        "analyze",
        str(bad_inputs["empty"]),
        str(bad_inputs["binary"]),
        "--pipeline",
        "audit",
        "--out",
        str(out),
    )
    assert result.returncode == EXIT_ALL_FAILED == 4, result.stderr
    assert "no document could be analysed (2 of 2 failed)" in result.stderr
    from araseclit import open_run

    run = open_run(out)
    assert sorted(run.errors["code"]) == ["E002", "E003"]
    assert run.documents.empty


def test_table_cells_are_not_rich_markup(tmp_path: Path) -> None:
    path = tmp_path / "brackets.txt"
    path.write_text(
        "يرى الباحثون [see also] أن المنظمات [/i] تعمل في العراق (Dodge, 2020: 56).",
        encoding="utf-8",
    )
    result = run_cli("citations", str(path), "--format", "table")
    assert result.returncode == 0, result.stderr
    assert "Dodge" in result.stdout


def test_analyze_a_missing_path_is_an_error(tmp_path: Path) -> None:
    result = run_cli("analyze", str(tmp_path / "nowhere"), "--out", str(tmp_path / "run"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[0].startswith("araseclit: error [E001]")


SCRAMBLED = "06_youth_october_protests.txt"  # pypdfium2 output of a sample PDF


def _main(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["araseclit", *args])
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capfd.readouterr()
    return code, out, err


def test_text_without_flags_prints_exactly_the_repaired_text(
    sample_docs: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    from araseclit.ingest.text import decode_bytes, drop_controls
    from araseclit.repair import repair_text

    path = sample_docs / SCRAMBLED
    code, out, _ = _main(["text", str(path)], monkeypatch, capfd)
    raw, _ = decode_bytes(path.read_bytes())
    assert code == 0 and out == repair_text(drop_controls(raw)) + "\n"


def test_text_diff_explains_every_change(
    sample_docs: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _main(["text", str(sample_docs / SCRAMBLED), "--diff"], monkeypatch, capfd)
    assert code == 0
    rows = out.splitlines()
    at = rows.index("@@ line 8, page 1 (body): read back with confidence 1.00")
    assert rows[at + 1].startswith("- ") and ")23 2018: ,Jabar)" in rows[at + 1]
    assert rows[at + 2].startswith("+ ") and "(Jabar, 2018: 23)" in rows[at + 2]
    assert rows[at + 3].startswith("  araseclit.repair.read_order.v1 at ")
    assert rows[at + 3].endswith(" nats")
    assert rows[at + 4 : at + 6] == ['    was ")23 2018: ,Jabar"', '    now "(Jabar, 2018: 23"']
    assert any(row.startswith("# text quality: ") for row in rows)


@pytest.mark.parametrize(
    ("flags", "repaired"),
    [
        ([], True),
        (["--no-repair"], False),
        (["--disable", "read_order", "--disable", "split_words"], False),
        (["--disable", "araseclit.repair.split_words.v1"], True),
    ],
)
def test_text_repair_options(
    flags: list[str],
    repaired: bool,
    sample_docs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _main(["text", str(sample_docs / SCRAMBLED), *flags], monkeypatch, capfd)
    assert code == 0, err
    assert ("(Jabar, 2018: 23)" in out) is repaired


def test_text_unknown_operation_is_one_clear_line(
    arabic_txt: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _main(
        ["text", str(arabic_txt), "--disable", "read_orders"], monkeypatch, capfd
    )
    assert (code, out) == (2, "")
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("araseclit: error [E022]: unknown repair operation 'read_orders'")


def test_citations_no_repair_reads_the_text_as_it_stands(
    sample_docs: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    path = str(sample_docs / SCRAMBLED)
    _, repaired, _ = _main(["citations", path, "--format", "jsonl"], monkeypatch, capfd)
    code, as_is, err = _main(
        ["citations", path, "--format", "jsonl", "--no-repair"], monkeypatch, capfd
    )
    assert code == 0, err
    assert '"raw": "(Jabar, 2018: 23)"' in repaired and "(Jabar, 2018: 23)" not in as_is
    assert len(as_is.splitlines()) < len(repaired.splitlines())


def test_analyze_with_some_bad_inputs_writes_the_run_and_exits_3(
    tmp_path: Path,
    sample_docs: Path,
    bad_inputs: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "run"
    good = str(sample_docs / "03_disinformation_digital_security.txt")
    args = ["analyze", good, str(bad_inputs["empty"]), "-p", "audit", "--out", str(out)]
    code, _, err = _main(args, monkeypatch, capfd)
    assert code == EXIT_SOME_FAILED == 3, err
    assert "1 of 2 document(s) could not be analysed" in err
    from araseclit import open_run

    run = open_run(out)
    assert len(run.documents) == 1 and list(run.errors["code"]) == ["E002"]


def test_analyze_into_a_run_folder_another_run_is_writing_to(
    tmp_path: Path,
    sample_docs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    from tests_support import lock_held_elsewhere

    out = tmp_path / "run"
    args = ["analyze", str(sample_docs / "03_disinformation_digital_security.txt")]
    args += ["-p", "audit", "--out", str(out)]
    with lock_held_elsewhere(out) as holder:
        code, _, err = _main(args, monkeypatch, capfd)
        assert code == 2
        assert err.strip().splitlines() == [
            f"araseclit: error [E054]: another araseclit run is writing to {out} "
            f"(pid {holder.pid}); wait for it or pass --wait"
        ]
        code, _, err = _main([*args, "--wait-timeout", "0.2"], monkeypatch, capfd)
        assert code == 2
        assert f"waiting for the run writing to {out} (pid {holder.pid})" in err
        assert err.strip().splitlines()[-1].startswith("araseclit: error [E055]: gave up after")
    assert not (out / "araseclit.duckdb").exists()  # nothing written while it was busy


def _short_pipelines(monkeypatch: pytest.MonkeyPatch, max_length: int) -> None:
    """Every pipeline the CLI loads takes at most ``max_length`` characters in one pass."""
    import araseclit.pipeline.loader as loader

    build = loader.load_pipeline

    def short_pipeline(name: str = "default"):  # type: ignore[no-untyped-def]
        nlp = build(name)
        nlp.max_length = max_length
        return nlp

    monkeypatch.setattr(loader, "load_pipeline", short_pipeline)


def _records_of(command: str, paper: Path, capfd: pytest.CaptureFixture[str]) -> list[str]:
    """The output lines of ``command`` on ``paper``: JSON lines, or the audit as JSON."""
    form = "json" if command == "audit" else "jsonl"
    sys.argv = ["araseclit", command, str(paper), "--format", form]
    with pytest.raises(SystemExit) as exit_info:
        main()
    out, err = capfd.readouterr()
    assert exit_info.value.code == 0, err
    return out.splitlines()


#: a paper of the corpus's register (written for these tests), cited from every paragraph
_LONG_BODY = [
    f"تعمل المنظمات المحلية في العراق على رصد الانتهاكات (الخفاجي، 2017: {n}). "
    "وقال وزير الداخلية إن الجماعات المسلحة تهدد الأمن المجتمعي في الموصل."
    for n in range(12)
]
_LONG_REFERENCES = (
    "المصادر\n\n"
    "الخفاجي، علي. (2017). المجتمع المدني والأمن في العراق. بغداد: دار الشؤون الثقافية.\n"
)


@pytest.mark.parametrize("layout", ["paragraphs", "one line"])
@pytest.mark.parametrize("command", ["tag", "citations", "claims", "audit"])
def test_a_text_longer_than_one_pass_is_read_in_chunks_with_the_same_records(
    command: str,
    layout: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """Over ``nlp.max_length`` spaCy refuses a text (E088): issue 12's book (1.1 MB) failed
    ``tag``, ``citations``, ``audit`` and ``claims``, and its 2 MB single line did too. Now the
    text goes through in chunks, a body of one line cut at its sentences, and every record,
    offsets and ids included, and the audit are those of a single pass (the limit is lowered
    so the file stays small)."""
    paper = tmp_path / "long.txt"
    body = ("\n\n" if layout == "paragraphs" else " ").join(_LONG_BODY)
    paper.write_text(f"{body}\n\n{_LONG_REFERENCES}", encoding="utf-8")
    assert layout == "paragraphs" or len(body.splitlines()) == 1
    monkeypatch.setattr(sys, "argv", [])
    one_pass = _records_of(command, paper, capfd)
    _short_pipelines(monkeypatch, 400)
    assert _records_of(command, paper, capfd) == one_pass
    if command == "audit":
        audit = json.loads("\n".join(one_pass))  # every chunk's citations meet the entry
        assert (audit["citations"], audit["references"], audit["matched"]) == (12, 1, 1)
    else:
        assert len(one_pass) >= 12


def test_a_run_of_text_longer_than_one_pass_with_no_space_is_e015(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """A text with nowhere to cut it (more than one pass of characters without a space or a
    line break) is the one input still refused, with a code, not spaCy's uncoded E088."""
    _short_pipelines(monkeypatch, 400)
    paper = tmp_path / "glued.txt"
    paper.write_text("المنظمات المحلية\n\n" + "الأمنالمجتمعي" * 40, encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["araseclit", "tag", str(paper)])
    with pytest.raises(SystemExit) as exit_info:
        main()
    err = capfd.readouterr().err.strip().splitlines()
    assert exit_info.value.code == 2
    assert len(err) == 1 and err[0].startswith("araseclit: error [E015]")


def test_version_prints_the_package_version() -> None:
    from araseclit import __version__

    result = run_cli("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"araseclit {__version__}\n"


def test_boolean_options_are_flags_shown_without_a_value() -> None:
    group = typer.main.get_command(app)
    commands = {"": group, **group.commands}  # type: ignore[attr-defined]
    for name, command in commands.items():
        result = run_cli(*([name] if name else []), "--help")
        assert result.returncode == 0, result.stderr
        assert "<bool>" not in result.stdout, name
        flags = [p for p in command.params if getattr(p, "is_flag", False)]
        for param in flags:
            assert not param.secondary_opts, f"{name} {param.opts} takes --x/--no-x"


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_given_to_a_one_document_command_suggests_analyze(
    command: str,
    sample_docs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _main([command, str(sample_docs)], monkeypatch, capfd)
    assert (code, out) == (2, "")
    assert err.strip().splitlines() == [
        f"araseclit: error [E017]: {sample_docs} is a folder; '{command}' reads one document. "
        f"To analyse every document in it: araseclit analyze {sample_docs}"
    ]


@pytest.fixture(scope="module")
def cited_paper(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("paper") / "paper.txt"
    path.write_text(
        "تعمل المنظمات غير الحكومية في العراق على رصد الانتهاكات (الحميد، 2019: 27).\n"
        "ويرى باحثون أن الأمن الوطني يتطلب مشاركة المجتمع المدني (Dodge, 2020: 56).\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(("command", "table"), [("citations", "citations"), ("tag", "mentions")])
def test_every_record_command_writes_the_same_four_formats(
    command: str,
    table: str,
    cited_paper: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    import csv
    import io
    import json
    import subprocess

    import pandas as pd

    from araseclit.store.schema import columns
    from reading_support import SRC

    code, out, err = _main([command, str(cited_paper), "-f", "jsonl"], monkeypatch, capfd)
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) >= 2

    code, out, err = _main([command, str(cited_paper), "-f", "csv", "--bom"], monkeypatch, capfd)
    assert code == 0, err
    assert out.startswith("\ufeff")  # Excel reads the Arabic as UTF-8
    got = list(csv.DictReader(io.StringIO(out[1:])))
    assert list(got[0]) == columns(table) and len(got) == len(rows)
    code, out, _ = _main([command, str(cited_paper), "-f", "csv"], monkeypatch, capfd)
    assert not out.startswith("\ufeff")

    parquet = cited_paper.parent / f"{command}.parquet"
    with parquet.open("wb") as sink:
        done = subprocess.run(
            [sys.executable, "-m", "araseclit.cli", command, str(cited_paper), "-f", "parquet"],
            stdout=sink,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": SRC},
            timeout=300,
        )
    assert done.returncode == 0, done.stderr
    frame = pd.read_parquet(parquet)
    assert list(frame.columns) == columns(table) and len(frame) == len(rows)


def test_the_citation_table_keeps_the_raw_text(
    cited_paper: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _main(["citations", str(cited_paper)], monkeypatch, capfd)
    assert code == 0, err
    header = out.split("┡")[0]
    assert "┃ raw " in header and "Dodge" in out


def test_analyze_logs_every_stage_with_full_paths_when_stderr_is_not_a_terminal(
    tmp_path: Path, sample_docs: Path, bad_inputs: dict[str, Path]
) -> None:
    good = sample_docs / "03_disinformation_digital_security.txt"
    result = run_cli(
        "analyze", str(good), str(bad_inputs["empty"]), "-p", "audit", "-o", str(tmp_path / "r")
    )
    assert result.returncode == EXIT_SOME_FAILED, result.stderr
    lines = result.stderr.splitlines()
    assert lines[:5] == [
        f"araseclit: document 1/2 done: {good}",
        f"araseclit: document 2/2 failed [E002]: {bad_inputs['empty']}",
        "araseclit: topics",
        "araseclit: report",
        "araseclit: store",
    ]
    assert "araseclit: 1 of 2 document(s) analysed" in lines


def test_analyze_shows_a_bar_for_every_stage_on_a_terminal(
    tmp_path: Path,
    sample_docs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """Issue 12: the bar reached N/N, then sat frozen through topics, report and store. On a
    terminal each stage now has its bar (with its elapsed time) under the documents' bar, and
    a stage's bar is full when the next one starts."""
    import io
    import re

    from rich.console import Console

    import araseclit.cli

    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=200, color_system=None)
    monkeypatch.setattr(araseclit.cli, "err_console", lambda: terminal)
    paper = sample_docs / "03_disinformation_digital_security.txt"
    args = ["analyze", str(paper), "-p", "audit", "-o", str(tmp_path / "r"), "-j", "1"]
    code, _, err = _main(args, monkeypatch, capfd)
    assert code == 0, err
    # the last frame drawn before the summary replaced the bars
    drawn = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue()).split("araseclit run")[0]
    last = [line for line in drawn.replace("\r", "\n").splitlines() if line.strip()][-4:]
    bars = [re.match(r"(\S+)\s+━*\s*(\d+)/(\d+) \d+:\d\d:\d\d$", line) for line in last]
    assert all(bars), last
    assert [(m[1], m[2], m[3]) for m in bars if m] == [
        (str(paper), "1", "1"),
        ("topics", "1", "1"),
        ("report", "1", "1"),
        ("store", "0", "1"),  # running when the run ended: the summary follows
    ]


def test_parquet_to_a_terminal_is_refused_with_a_code(
    cited_paper: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, err = _main(["citations", str(cited_paper), "-f", "parquet"], monkeypatch, capfd)
    assert (code, out) == (2, "")
    assert err.strip().splitlines() == [
        "araseclit: error [E045]: parquet output is binary: redirect it to a file (> out.parquet)"
    ]


def test_analyze_takes_the_number_of_worker_processes(
    cited_paper: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "run"
    args = ["analyze", str(cited_paper), "--out", str(out), "--pipeline", "audit"]
    code, _, err = _main([*args, "--jobs", "0"], monkeypatch, capfd)
    assert code == 2 and "--jobs" in err
    code, _, err = _main([*args, "-j", "1"], monkeypatch, capfd)
    assert code == 0, err
    assert len(araseclit.open_run(out).documents) == 1


#: what ``araseclit text`` on a small file may cost (issue 12: it took 2.0 s of CPU and 319 MB
#: while it loaded the text model from JSON; 8 s and 490 MB while it imported spaCy)
TEXT_PEAK_MB = 150
TEXT_CPU_SECONDS = 1.0
#: libraries ``araseclit text`` has no use for (wordfreq: its lists are read as tables)
NOT_FOR_TEXT = ("spacy", "thinc", "torch", "transformers", "pandas", "duckdb", "pyarrow")
NOT_FOR_TEXT += ("numpy", "wordfreq")
# the command as a user runs it, in a child of a fresh interpreter: the interpreter's own
# usage of its children is then the command's alone (peak RSS, CPU time)
_CHILD = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('LOADED', *[m for m in {heavy!r} if m in sys.modules],"
    " file=sys.stderr))\n"
    "from araseclit.cli import main\n"
    "main()\n"
)
_PROBE = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "kib = use.ru_maxrss / (1024 if sys.platform == 'darwin' else 1)\n"
    "print(done.returncode, kib / 1024, use.ru_utime + use.ru_stime)\n"
    "print(done.stderr.rsplit('LOADED', 1)[-1].strip())\n"
)


def _start_up(args: list[str]) -> tuple[int, float, float, list[str]]:
    """(exit status, peak RSS in MB, CPU seconds, heavy libraries loaded) of one command."""
    child = [sys.executable, "-c", _CHILD.format(heavy=NOT_FOR_TEXT), *args]
    probe = [sys.executable, "-c", _PROBE, *child]
    out = subprocess.run(probe, capture_output=True, text=True, check=True, timeout=300).stdout
    status, peak, cpu = out.splitlines()[0].split()
    return int(status), float(peak), float(cpu), out.splitlines()[1].split()


def test_text_starts_lean_on_a_small_file(arabic_txt: Path) -> None:
    from araseclit.textmodel.frequency import word_frequencies

    word_frequencies("ar"), word_frequencies("en")  # the once-per-machine tables exist
    runs = [_start_up(["text", str(arabic_txt)]) for _ in range(3)]  # best of 3: a busy CI
    assert {(status, *loaded) for status, _, _, loaded in runs} == {(0,)}
    assert min(peak for _, peak, _, _ in runs) < TEXT_PEAK_MB
    assert min(cpu for _, _, cpu, _ in runs) < TEXT_CPU_SECONDS


def test_record_commands_of_rule_pipelines_load_no_torch(arabic_txt: Path) -> None:
    # thinc imports torch when it is installed: 2.5 s and ~180 MB for nothing here
    child = [sys.executable, "-c", _CHILD.format(heavy=("torch",))]
    done = subprocess.run(
        [*child, "citations", str(arabic_txt), "-f", "jsonl"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["author"] for line in done.stdout.splitlines()] == ["الحميد", "Dodge"]
    assert done.stderr.rsplit("LOADED", 1)[-1].split() == []


@pytest.mark.parametrize(
    ("component", "may_run_torch"),
    [
        ('factory = "araseclit_cite_v1"', False),
        ('factory = "araseclit_tag_v2"\nbackend = "transformers"', True),
        ('factory = "sentencizer"', True),
        ('factory = "araseclit_tag_v2"\n\n[components.x.model]\n@architectures = "m.v1"', True),
    ],
)
def test_only_araseclit_rule_pipelines_import_spacy_without_torch(
    tmp_path: Path, component: str, may_run_torch: bool
) -> None:
    from araseclit.cli import _may_run_torch

    cfg = tmp_path / "mine.cfg"
    cfg.write_text(
        '[nlp]\nlang = "ar"\npipeline = ["x"]\n\n[nlp.tokenizer]\n'
        '@tokenizers = "araseclit.tokenizer.v1"\n\n[components]\n\n'
        f"[components.x]\n{component}\n",
        encoding="utf-8",
    )
    assert _may_run_torch(str(cfg)) is may_run_torch
    assert _may_run_torch("audit") is False
    assert _may_run_torch(str(tmp_path / "missing.cfg")) is True


def test_torch_stays_importable_after_spacy_was_imported_without_it() -> None:
    code = (
        "import sys\n"
        "from araseclit.cli import _spacy_without_torch\n"
        "with _spacy_without_torch('audit'):\n"
        "    import spacy\n"
        "print('torch' in sys.modules)\n"
        "import torch\n"
        "print(torch.tensor([1, 2]).sum().item())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["False", "3"], done.stderr


def test_files_not_read_and_corpus_steps_skipped_are_said_in_one_line_each() -> None:
    import pandas as pd

    from araseclit.cli import not_read_lines

    def row(path: str, stage: str, code: str, message: str, severity: str = "error") -> dict:
        fields = {"path": path, "doc_id": None, "stage": stage, "code": code}
        return {**fields, "message": message, "severity": severity}

    errors = pd.DataFrame(
        [
            row("/c/تقرير.odt", "ingest", "E004", "unsupported file type '.odt': /c/تقرير.odt"),
            row("/c/scan.png", "ingest", "E004", "unsupported file type '.png': /c/scan.png"),
            row("/c/named.rtf", "ingest", "E004", "unsupported file type '.rtf': /c/named.rtf"),
            row("/c/empty.txt", "ingest", "E002", "file is empty: /c/empty.txt"),
            row("/c/a.txt", "ingest", "W101", "text layer damaged", "warning"),
            row(
                "",
                "topics",
                "E060",
                "too few text units for topic modelling: 13 (need at least 20)",
            ),
        ]
    )
    # named.rtf was given by name: its failure has had its own line already
    failures = [{"path": "/c/named.rtf", "code": "E004"}, {"path": "/c/empty.txt", "code": "E002"}]
    assert not_read_lines(errors, failures) == [
        "araseclit: 2 file(s) not read, of a type araseclit does not read [E004] (listed in the "
        "errors table): تقرير.odt, scan.png",
        "araseclit: topics step skipped: [E060] too few text units for topic modelling: 13 "
        "(need at least 20)",
    ]
    assert not_read_lines(errors.iloc[3:5], failures[1:]) == []
