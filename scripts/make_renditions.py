"""Render clean source texts with new PDF producers and fonts, and extract them as users would.

For each source ``<name>.txt`` (sample-corpus format: title on the first line, paragraphs
separated by a blank line, headings on their own line, optional reference list after an
``المصادر``/``المراجع``/``References`` heading, one entry per line) and each producer this
writes ``<out>/<name>/<producer>.pdf`` and ``<out>/<name>/<producer>.<extractor>.txt`` for the
extractors of ``scripts/sample_corpus/extract.py`` (``pdftotext``, ``pdftotext-layout``,
``pdfplumber``, ``pypdfium2``; pages end in ``\\f``), plus ``<out>/coverage.tsv``. Every PDF is
checked for a text layer and for the requested font being embedded; the coverage of each
extraction (share of the source's Arabic word types found verbatim once bidi controls are
removed) is printed, with a raw excerpt of each producer x extractor.

Producers are ``<engine>-<font>`` (``--list-producers``): engines ``xelatex`` (XeLaTeX +
polyglossia/bidi), ``lualatex`` (LuaLaTeX + babel ``bidi=basic``, kashida justification),
``libreoffice`` and ``chromium`` (the sample corpus's docx/HTML renditions with the font
swapped); fonts amiri, noto-naskh, noto-sans, scheherazade, lateef, kacst-one, kacst-book,
thabit. Default: the producers the sample corpus has never used (see
``renditions.producers.DEFAULT_PRODUCERS``).

Run: ``.venv/bin/python scripts/make_renditions.py SOURCES... --out DIR [--producers A,B]``
(SOURCES: ``.txt`` files or folders of them). Do not point ``--out`` into ``corpora/``
unless you mean to add renditions there.

Debian 12 packages this was built and tested with (``apt-get install -y
--no-install-recommends`` ...; versions as installed 2026):
  texlive-xetex 2022.20230122-3, texlive-luatex 2022.20230122-3,
  texlive-lang-arabic 2022.20230122-1 (bidi, luabidi, arabi; babel's Arabic locale),
  texlive-latex-extra 2022.20230122-4 (polyglossia), texlive-latex-recommended
  2022.20230122-3 (fontspec, fancyhdr; pulled in), lmodern (Latin Modern; pulled in),
  libreoffice-writer 4:7.4.7-1+deb12u14, chromium 156.0.8078.114-1~deb12u1,
  poppler-utils 22.12.0-2+deb12u3 (pdftotext, pdffonts),
  fonts-hosny-amiri 0.113-1, fonts-noto-core 20201225-1, fonts-sil-scheherazade 2.100-2.1
  (family "Scheherazade", the pre-"Scheherazade New" design), fonts-sil-lateef 2.000-1,
  fonts-kacst-one 5.0+svn11846-10, fonts-kacst 2.01+mry-15 (KacstBook and others),
  fonts-hosny-thabit 0.02-2.1 (a fixed-width Arabic font).
Python (the project venv): python-docx, pdfplumber, pypdfium2.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from renditions.measure import excerpt, stats
from renditions.producers import DEFAULT_PRODUCERS, FONTS, Producer, parse_producer, render_pdf
from sample_corpus.extract import extract

EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdfplumber", "pypdfium2")
COLUMNS = ("coverage", "nfkc", "reversed", "bidi", "forms", "tatweel", "crlf")


def source_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.txt")) if path.is_dir() else [path]
    if not files:
        raise SystemExit("no source .txt files given")
    return files


def render_one(
    producer: Producer, src: Path, out: Path, tmp: Path, keep_tex: bool
) -> tuple[dict[str, dict[str, float]], dict[str, str], list[str]]:
    """One source through one producer: PDF, extractor texts, stats, raw texts, problems."""
    source = src.read_text(encoding="utf-8").replace("\r\n", "\n")
    doc_dir = out / src.stem
    doc_dir.mkdir(parents=True, exist_ok=True)
    pdf = doc_dir / f"{producer.name}.pdf"
    problems = render_pdf(producer, source, pdf, tmp / src.stem)
    if keep_tex and producer.engine in ("xelatex", "lualatex"):
        tex = tmp / src.stem / producer.name / "doc.tex"
        (doc_dir / f"{producer.name}.tex").write_bytes(tex.read_bytes())
    texts = extract(pdf)
    result = {}
    for key in EXTRACTORS:
        (doc_dir / f"{producer.name}.{key}.txt").write_bytes(texts[key].encode("utf-8"))
        result[key] = stats(texts[key], source)
    if result["pdftotext"]["letters"] < 0.5:
        problems.append(
            f"no usable text layer: pdftotext found {result['pdftotext']['letters']:.0%} "
            "of the source's Arabic letters"
        )
    return result, texts, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", type=Path, help="source .txt files or folders")
    parser.add_argument("--out", type=Path, help="output folder")
    parser.add_argument(
        "--producers",
        default=",".join(DEFAULT_PRODUCERS),
        help="comma-separated <engine>-<font> names (default: %(default)s)",
    )
    parser.add_argument("--list-producers", action="store_true", help="list engines and fonts")
    parser.add_argument("--keep-tex", action="store_true", help="also write <producer>.tex")
    parser.add_argument("--excerpt-lines", type=int, default=3, help="0: no excerpts")
    parser.add_argument("--excerpt-source", help="source name for excerpts (default: first)")
    parser.add_argument(
        "--min-coverage",
        type=float,
        default=0.5,
        help="flag (LOW) a PDF whose pdftotext coverage is below this (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    if args.list_producers:
        print("engines: xelatex lualatex libreoffice chromium")
        for key, (family, package, _) in FONTS.items():
            print(f"font {key}: {family} ({package})")
        print("default:", " ".join(DEFAULT_PRODUCERS))
        return 0
    if not args.sources or args.out is None:
        parser.error("give SOURCES and --out")
    try:
        producers = [parse_producer(p.strip()) for p in args.producers.split(",") if p.strip()]
    except ValueError as exc:
        parser.error(str(exc))
    files = source_files(args.sources)
    names = [f.stem for f in files]
    if len(set(names)) != len(names):
        raise SystemExit("two sources share a name")
    args.out.mkdir(parents=True, exist_ok=True)

    rows: list[tuple[str, str, str, dict[str, float]]] = []
    raws: dict[tuple[str, str], dict[str, str]] = {}
    failures = 0
    with tempfile.TemporaryDirectory(prefix="araseclit-renditions-") as tmpdir:
        for src in files:
            for producer in producers:
                try:
                    result, texts, problems = render_one(
                        producer, src, args.out, Path(tmpdir), args.keep_tex
                    )
                except Exception as exc:  # report and go on with the other renditions
                    failures += 1
                    print(f"FAILED {src.stem} {producer.name}: {exc}", file=sys.stderr)
                    continue
                raws[src.stem, producer.name] = texts
                rows += [(src.stem, producer.name, key, result[key]) for key in EXTRACTORS]
                cov = result["pdftotext"]["coverage"]
                no_text = any(p.startswith("no usable") for p in problems)
                failures += no_text
                status = "NO TEXT " if no_text else "LOW " if cov < args.min_coverage else ""
                print(
                    f"{status}{src.stem} {producer.name}: {result['pdftotext']['pages']} pages, "
                    f"pdftotext coverage {cov:.1%} "
                    f"(pdfplumber {result['pdfplumber']['coverage']:.1%}, "
                    f"pypdfium2 {result['pypdfium2']['coverage']:.1%})",
                    flush=True,
                )
                for problem in problems:
                    print(f"  warning: {problem}", flush=True)

    tsv = ["\t".join(("source", "producer", "extractor", *COLUMNS))]
    tsv += [
        "\t".join((name, prod, key, *(f"{s[c]:.4f}" for c in COLUMNS)))
        for name, prod, key, s in rows
    ]
    (args.out / "coverage.tsv").write_text("\n".join(tsv) + "\n", encoding="utf-8")
    print()
    print(summary(rows, [p.name for p in producers]))
    if args.excerpt_lines > 0 and raws:
        name = args.excerpt_source or names[0]
        print(f"\nRaw excerpts ({name}; <RLE> etc. name invisible characters):")
        for producer in producers:
            for key in EXTRACTORS:
                texts = raws.get((name, producer.name))
                if texts is None:
                    continue
                print(f"\n[{producer.name} | {key}]")
                for line in excerpt(texts[key], args.excerpt_lines):
                    print(f"  {line}")
    # Failures: a rendition that could not be made, or a PDF without a usable text layer.
    return 1 if failures else 0


def summary(rows: list[tuple[str, str, str, dict[str, float]]], producers: list[str]) -> str:
    """Markdown table: each producer x extractor, averaged over the sources."""
    out = [
        "| producer | extractor | coverage | after NFKC | letter-reversed | bidi ctl/page | "
        "pres. forms/page | extra tatweel/page | CR LF/page |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for prod in producers:
        for key in EXTRACTORS:
            cells = [s for _, p, k, s in rows if p == prod and k == key]
            if not cells:
                continue
            m = {c: sum(s[c] for s in cells) / len(cells) for c in COLUMNS}
            out.append(
                f"| {prod} | {key} | {m['coverage']:.1%} | {m['nfkc']:.1%} | {m['reversed']:.1%} "
                f"| {m['bidi']:.0f} | {m['forms']:.0f} | {m['tatweel']:.0f} | {m['crlf']:.0f} |"
            )
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
