"""The ``newsclean`` command: clean pages from files, folders, stdin, JSONL and WARC/WET archives.

``newsclean FILE...`` prints each article; ``newsclean explain PAGE --html report.html``
writes a page that shows why every line was kept or dropped. Run ``newsclean --help``
for the options and examples.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib
import io
import json
import os
import re
import sys
import zlib
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

from newsclean import __version__
from newsclean.api import clean
from newsclean.config import CleanConfig
from newsclean.errors import NewscleanError
from newsclean.labels import Label

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from newsclean.article import Article

__all__ = ["explain_text", "main"]

_T = TypeVar("_T")
_R = TypeVar("_R")

_OUTPUTS = ("text", "json", "jsonl", "markdown", "csv")
_EXTENSIONS = {
    "text": ".txt", "json": ".json", "jsonl": ".jsonl",
    "markdown": ".md", "csv": ".csv", "explain": ".explain.txt",
}
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".arc", ".arc.gz")
_CSV_COLUMNS = ("input", "url", "headline", "authors", "published", "updated", "dateline", "source",
                "language", "words", "body")
_UNSAFE = re.compile(r"[^\w.-]+")

# ANSI styles per label for --explain in a terminal: content loud, boilerplate quiet.
_STYLE: dict[Label, str] = {
    Label.HEADLINE: "1;35",
    Label.SUMMARY: "35",
    Label.BYLINE: "36",
    Label.DATELINE: "34",
    Label.BODY: "32",
    Label.CAPTION: "33",
    Label.NAVIGATION: "2;37",
    Label.PROMO: "31",
    Label.COMMENT: "2;33",
    Label.BLANK: "2",
    Label.OTHER: "2",
}

_DESCRIPTION = "Keep the article of a news page (text dump or HTML): body, headline, authors, date."
_EPILOG = """examples:
  newsclean page.txt                          print the article body
  newsclean --format json page.html           the whole article as JSON
  newsclean --explain page.txt                every line with its label, score and reason
  newsclean explain page.html --html why.html a page showing why each line was kept or dropped
  curl -s URL | newsclean --url URL           read stdin
  newsclean -r pages/ --glob '*.html' -o out/ a folder, one output file per page
  newsclean --format jsonl --jobs 4 CC-MAIN-*.warc.wet.gz > articles.jsonl
  newsclean --jsonl-field html --url-field url crawl.jsonl --format csv > articles.csv

inputs: files, folders (searched recursively, --glob), '-' or nothing for stdin;
  *.jsonl / *.ndjson (one JSON object a line, --jsonl-field) and *.warc / *.wet
  (optionally .gz; needs pip install "newsclean[warc]") are read record by record.

exit codes: 0 ok, 1 some pages failed (listed on stderr), 2 usage error
"""
_EXPLAIN_EPILOG = """examples:
  newsclean explain page.txt                  every line with its label, score and reason
  newsclean explain page.html --html why.html the same as a coloured page for a browser
  newsclean explain - --url URL < page.txt    read stdin

(To clean a file that is itself named 'explain', write ./explain.)
"""


# --------------------------------------------------------------------------- arguments


def _add_clean_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--url", help="the page's URL (helps find the headline and date); for single pages")
    p.add_argument("--input-format", choices=("auto", "text", "html"), default="auto",
                   help="what the pages are: text dumps, HTML, or auto-detect (default)")
    p.add_argument("--favor", choices=("balanced", "precision", "recall"), default="balanced",
                   help="trade body precision for recall (default: balanced)")
    p.add_argument("--comments", action="store_true", help="keep reader comments in the body")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour --explain output: auto (a terminal, unless NO_COLOR is set), always, never")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="page files, folders, JSONL or WARC/WET files; none or '-' reads stdin")
    out = p.add_argument_group("output")
    out.add_argument("-f", "--format", choices=_OUTPUTS, default="text",
                     help="text (the body), json, jsonl (one object a line), markdown or csv (default: text)")
    out.add_argument("--json", action="store_const", const="json", dest="format",
                     help="shorthand for --format json")
    out.add_argument("--explain", action="store_true",
                     help="every line with its label, score and reason (with json/jsonl: add the lines)")
    out.add_argument("-o", "--output-dir", type=Path, metavar="DIR", help="write one file per page into DIR")
    inp = p.add_argument_group("input")
    inp.add_argument("--glob", default="*", help="file pattern inside folders (default: '*')")
    inp.add_argument("-r", "--recursive", action="store_true",
                     help="accepted for habit's sake: folders are always searched recursively")
    inp.add_argument("--jsonl-field", metavar="FIELD",
                     help="JSONL field holding the page, e.g. text or html (default: text); "
                          "given with stdin, reads stdin as JSONL")
    inp.add_argument("--url-field", default="url", metavar="FIELD",
                     help="JSONL field holding the URL (default: url)")
    _add_clean_options(p)
    run = p.add_argument_group("running")
    run.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                     help="clean N pages in parallel (0: one per CPU; default: 1)")
    run.add_argument("--chunksize", type=int, default=8, metavar="N",
                     help="pages per task sent to a worker (default: 8)")
    run.add_argument("--no-progress", action="store_true",
                     help="no progress bar (it shows only on a terminal)")
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return p


def _explain_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean explain",
        description="Show why every line of one page was kept or dropped: its label, score and reason.",
        epilog=_EXPLAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("page", metavar="PAGE", help="the page (text dump or HTML); '-' reads stdin")
    p.add_argument("--html", type=Path, metavar="FILE",
                   help="write a self-contained HTML report to FILE ('-': stdout)")
    p.add_argument("--title", help="the report's title (default: the page's headline or file name)")
    _add_clean_options(p)
    return p


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code: 0 ok, 1 some pages failed, 2 usage error.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit code; ``--help`` and ``--version`` give 0.

    .. versionadded:: 0.1.0
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] == "explain":
            return _explain_main(args_list[1:])
        return _clean_main(args_list)
    except SystemExit as exc:  # argparse: usage errors, --help, --version
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`newsclean big.warc | head`): stop quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _err(message: str) -> None:
    sys.stderr.write(f"newsclean: {message}\n")
    sys.stderr.flush()


def _config(args: argparse.Namespace) -> CleanConfig:
    return CleanConfig(favor=args.favor, include_comments=args.comments)


def _use_color(choice: str, stream: IO[str]) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def _explain_main(argv: list[str]) -> int:
    args = _explain_parser().parse_args(argv)
    config = _config(args)
    name = "<stdin>" if args.page == "-" else args.page
    try:
        data = sys.stdin.buffer.read() if args.page == "-" else Path(args.page).read_bytes()
        article = clean(data, url=args.url, format=args.input_format, config=config)
    except Exception as exc:  # noqa: BLE001  (one page: report any failure as the exit code says)
        _err(f"{name}: {_describe(exc)}")
        return 1
    if args.html is None:
        sys.stdout.write(explain_text(article, color=_use_color(args.color, sys.stdout)) + "\n")
        return 0
    from newsclean.explain import explain_html  # noqa: PLC0415  (only this path needs it)

    page = explain_html(article, title=args.title or article.headline or Path(name).name)
    if str(args.html) == "-":
        sys.stdout.write(page)
    else:
        args.html.write_text(page, encoding="utf-8")
        _err(f"wrote {args.html}")
    return 0


def _clean_main(argv: list[str]) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    if args.chunksize < 1:
        parser.error("--chunksize must be at least 1")
    inputs: list[str] = args.inputs or ["-"]
    if inputs == ["-"] and sys.stdin.isatty() and not args.inputs:
        parser.error("no input: give page files or folders, or pipe a page to stdin")
    jobs = args.jobs or os.cpu_count() or 1
    mode = "explain" if args.explain and args.format not in {"json", "jsonl"} else args.format
    out_dir: Path | None = args.output_dir
    color = _use_color(args.color, sys.stdout) if out_dir is None else args.color == "always"
    options = _Options(mode=mode, explain=args.explain, color=color, config=_config(args))

    stdin_data = sys.stdin.buffer.read() if "-" in inputs else b""
    sources = _expand(inputs, args.glob, stdin_kind=_stdin_kind(stdin_data, args))
    batch = len(sources) > 1 or any(kind != "page" for kind, _ in sources)
    total = len(sources) if all(kind == "page" for kind, _ in sources) else None
    tasks = _tasks(sources, args, stdin_data)
    results = _map_ordered(_run, ((task, options) for task in tasks), jobs=jobs, chunksize=args.chunksize)
    if batch and not args.no_progress and sys.stderr.isatty():
        results = _progress(results, total)

    sink: _StreamSink | _DirectorySink = (
        _DirectorySink(out_dir, mode) if out_dir is not None else _StreamSink(sys.stdout, mode, batch=batch)
    )
    failed: list[str] = []
    count = 0
    for result in results:
        count += 1
        if result.error is not None:
            failed.append(f"{result.name}: {result.error}")
            continue
        sink.write(result)
    sink.close()
    for line in failed:
        _err(line)
    if failed and count > 1:
        _err(f"{len(failed)} of {count} pages failed")
    return 1 if failed else 0


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class _Task:
    name: str
    """Shown in error messages and page headers."""
    stem: str
    """The output file name under -o, without extension (may hold sub-folders)."""
    path: str | None = None
    """Read in the worker, so file contents never cross the process boundary twice."""
    data: bytes | str | None = None
    url: str | None = None
    input_format: str = "auto"
    error: str | None = None
    """Set when the input could not even be read; the task then fails in order."""


@dataclass(frozen=True, slots=True)
class _Options:
    mode: str
    explain: bool
    color: bool
    config: CleanConfig


@dataclass(frozen=True, slots=True)
class _Result:
    name: str
    stem: str
    output: str = ""
    error: str | None = None


def _kind_of(path: str) -> str:
    low = path.lower()
    if low.endswith(_WARC_SUFFIXES):
        return "warc"
    if low.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    return "page"


def _expand(inputs: Sequence[str], pattern: str, *, stdin_kind: str) -> list[tuple[str, str]]:
    """Each input as (kind, path): folders become their matching files, sorted."""
    out: list[tuple[str, str]] = []
    for item in inputs:
        if item == "-":
            out.append((stdin_kind, "-"))
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob(pattern) if p.is_file() and not _hidden(p.relative_to(path)))
            out.extend((_kind_of(str(p)), str(p)) for p in files)
        else:
            out.append((_kind_of(item), item))
    return out


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _tasks(sources: Sequence[tuple[str, str]], args: argparse.Namespace, stdin_data: bytes) -> Iterator[_Task]:
    roots = [Path(i) for i in (args.inputs or []) if i != "-" and Path(i).is_dir()]
    for kind, path in sources:
        if path == "-":
            yield from _stdin_tasks(kind, stdin_data, args)
        elif kind == "warc":
            yield from _warc_tasks(path, path, args)
        elif kind == "jsonl":
            yield from _jsonl_tasks(path, partial(_open_jsonl, path), args)
        else:
            yield _Task(name=path, stem=_stem_for(path, roots), path=path, url=args.url,
                        input_format=args.input_format)


def _stem_for(path: str, roots: Sequence[Path]) -> str:
    p = Path(path)
    for root in roots:
        try:
            rel = p.relative_to(root)
        except ValueError:
            continue
        return str(rel.parent / _safe(rel.name)) if rel.parent != Path() else _safe(rel.name)
    return _safe(p.name)


def _safe(name: str) -> str:
    return _UNSAFE.sub("_", name).strip("._") or "page"


def _stdin_kind(data: bytes, args: argparse.Namespace) -> str:
    if _looks_like_warc(data):
        return "warc"
    return "jsonl" if args.jsonl_field is not None else "page"


def _stdin_tasks(kind: str, data: bytes, args: argparse.Namespace) -> Iterator[_Task]:
    if kind == "warc":
        yield from _warc_tasks("<stdin>", io.BytesIO(data), args)
    elif kind == "jsonl":
        yield from _jsonl_tasks("<stdin>", io.BytesIO(data), args)
    else:
        yield _Task(name="<stdin>", stem="stdin", data=data, url=args.url, input_format=args.input_format)


def _looks_like_warc(data: bytes) -> bool:
    from newsclean.warc import looks_like_archive  # noqa: PLC0415  (no warcio needed to sniff)

    return looks_like_archive(data[:8192])


def _warc_tasks(name: str, source: str | IO[bytes], args: argparse.Namespace) -> Iterator[_Task]:
    base = _safe(re.sub(r"\.(warc|wet|arc)(\.gz)?$", "", Path(name).name, flags=re.IGNORECASE))
    try:
        from newsclean.warc import iter_records  # noqa: PLC0415  (needs the optional warcio)

        for n, record in enumerate(iter_records(source), 1):
            fmt = args.input_format if args.input_format != "auto" else record.kind
            yield _Task(name=f"{name}#{n} {record.url or ''}".rstrip(), stem=f"{base}-{n:06d}",
                        data=record.content, url=record.url, input_format=fmt)
    except (ImportError, OSError, ValueError, EOFError, zlib.error, NewscleanError) as exc:
        yield _Task(name=name, stem=base, error=_describe(exc))


def _open_jsonl(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        # GzipFile is a binary stream; typeshed does not spell it as IO[bytes].
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")  # noqa: PTH123  (closed by _jsonl_tasks)


def _jsonl_tasks(
    name: str, opener: Callable[[], IO[bytes]] | IO[bytes], args: argparse.Namespace
) -> Iterator[_Task]:
    field = args.jsonl_field or "text"
    base = _safe(re.sub(r"\.(jsonl|ndjson)(\.gz)?$", "", Path(name).name, flags=re.IGNORECASE))
    fmt = args.input_format if args.input_format != "auto" or field != "html" else "html"
    try:
        stream = opener() if callable(opener) else opener
        with stream:
            for n, raw in enumerate(stream, 1):
                if not raw.strip():
                    continue
                task_name, stem = f"{name}:{n}", f"{base}-{n:06d}"
                try:
                    obj = json.loads(raw)
                except ValueError as exc:
                    yield _Task(name=task_name, stem=stem, error=f"not JSON: {exc}")
                    continue
                page = obj.get(field) if isinstance(obj, dict) else None
                if not isinstance(page, str):
                    have = ", ".join(sorted(obj)) if isinstance(obj, dict) else type(obj).__name__
                    error = f"no string field {field!r} (has: {have}); choose one with --jsonl-field"
                    yield _Task(name=task_name, stem=stem, error=error)
                    continue
                url = obj.get(args.url_field)
                yield _Task(name=task_name, stem=stem, data=page, url=url if isinstance(url, str) else None,
                            input_format=fmt)
    except (OSError, EOFError, zlib.error) as exc:
        yield _Task(name=name, stem=base, error=_describe(exc))


# --------------------------------------------------------------------------- work


def _describe(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, (NewscleanError, ImportError)):
        return str(exc)
    return f"{type(exc).__name__}: {exc} (a bug in newsclean; please report it with the page)"


def _run(job: tuple[_Task, _Options]) -> _Result:
    """Clean and render one page; runs in a worker process with --jobs."""
    task, options = job
    if task.error is not None:
        return _Result(task.name, task.stem, error=task.error)
    try:
        data: bytes | str = Path(task.path).read_bytes() if task.path is not None else (task.data or b"")
        article = clean(data, url=task.url, format=task.input_format, config=options.config)
        output = _render(article, task.name, options)
    except Exception as exc:  # noqa: BLE001  (a batch goes on past a bad page; the page is reported)
        return _Result(task.name, task.stem, error=_describe(exc))
    return _Result(task.name, task.stem, output=output)


def _map_ordered(fn: Callable[[_T], _R], items: Iterable[_T], *, jobs: int, chunksize: int) -> Iterator[_R]:
    """``map(fn, items)`` over ``jobs`` processes, in input order, holding at most two windows of work."""
    it = iter(items)
    if jobs <= 1:
        yield from map(fn, it)
        return
    window = jobs * chunksize * 4
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Iterator[_R]] = deque()
        while batch := list(islice(it, window)):
            pending.append(pool.map(fn, batch, chunksize=chunksize))
            if len(pending) > 1:
                yield from pending.popleft()
        while pending:
            yield from pending.popleft()


def _progress(results: Iterator[_Result], total: int | None) -> Iterator[_Result]:
    try:
        # Optional (pip install "newsclean[cli]"); imported by name so type checkers need no stubs for it.
        tqdm = importlib.import_module("tqdm").tqdm
    except ImportError:
        return results
    # delay: batches that finish within a second never show a bar.
    bar: Iterator[_Result] = tqdm(results, total=total, unit="page", file=sys.stderr, delay=1.0,
                                  dynamic_ncols=True, leave=False)
    return bar


# --------------------------------------------------------------------------- rendering


def _render(article: Article, name: str, options: _Options) -> str:
    mode = options.mode
    if mode == "explain":
        return explain_text(article, color=options.color)
    if mode in {"json", "jsonl"}:
        record = {"input": name, **article.to_dict(lines=options.explain)}
        return json.dumps(record, ensure_ascii=False, indent=2 if mode == "json" else None)
    if mode == "markdown":
        return _markdown(article)
    if mode == "csv":
        return _csv_row(article, name)
    return article.body


def _markdown(article: Article) -> str:
    parts: list[str] = []
    if article.headline:
        parts.append(f"# {article.headline}")
    meta = []
    if article.authors:
        meta.append("By " + ", ".join(article.authors))
    elif article.source:
        meta.append(article.source)
    if article.published is not None:
        meta.append(article.published.isoformat())
    if article.dateline:
        meta.append(article.dateline)
    if meta:
        parts.append("*" + " · ".join(meta) + "*")
    if article.summary:
        parts.append(f"> {article.summary}")
    parts.extend(article.paragraphs or ([article.body] if article.body else []))
    return "\n\n".join(parts)


def _csv_row(article: Article, name: str) -> str:
    d = article.to_dict()
    row = {
        **{k: d.get(k) for k in _CSV_COLUMNS},
        "input": name,
        "authors": "; ".join(article.authors),
        "words": len(article.body.split()),
    }
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(["" if row[k] is None else row[k] for k in _CSV_COLUMNS])
    return buf.getvalue().rstrip("\n")


def _csv_header() -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(_CSV_COLUMNS)
    return buf.getvalue().rstrip("\n")


class _StreamSink:
    """Writes results to stdout, framing batches so the output stays parseable."""

    def __init__(self, stream: IO[str], mode: str, *, batch: bool) -> None:
        self.stream, self.mode, self.batch = stream, mode, batch
        self.count = 0

    def write(self, result: _Result) -> None:
        first = self.count == 0
        self.count += 1
        out = self.stream
        if self.mode == "csv":
            if first:
                out.write(_csv_header() + "\n")
            out.write(result.output + "\n")
        elif self.mode == "jsonl":
            out.write(result.output + "\n")
        elif self.mode == "json" and self.batch:
            out.write(("[\n" if first else ",\n") + result.output)
        elif self.mode == "markdown" and self.batch:
            out.write(("" if first else "\n---\n\n") + result.output + "\n")
        elif self.batch:  # text and explain: a header per page, as head(1) prints
            out.write(("" if first else "\n") + f"==> {result.name} <==\n" + result.output + "\n")
        else:
            out.write(result.output + "\n")
        out.flush()

    def close(self) -> None:
        if self.mode == "json" and self.batch:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        elif self.mode == "csv" and self.count == 0:
            self.stream.write(_csv_header() + "\n")
        self.stream.flush()


class _DirectorySink:
    """Writes one file per page under a folder, never overwriting a page of the same run."""

    def __init__(self, folder: Path, mode: str) -> None:
        self.folder, self.mode = folder, mode
        self.used: set[str] = set()
        folder.mkdir(parents=True, exist_ok=True)

    def write(self, result: _Result) -> None:
        ext = _EXTENSIONS[self.mode]
        stem, n = result.stem, 1
        while f"{stem}{ext}" in self.used:
            n += 1
            stem = f"{result.stem}-{n}"
        self.used.add(f"{stem}{ext}")
        target = self.folder / f"{stem}{ext}"
        target.parent.mkdir(parents=True, exist_ok=True)
        text = f"{_csv_header()}\n{result.output}\n" if self.mode == "csv" else result.output + "\n"
        target.write_text(text, encoding="utf-8")

    def close(self) -> None:
        """Nothing to flush: every page is its own file."""


# --------------------------------------------------------------------------- explain


def explain_text(article: Article, *, color: bool = False, width: int = 72) -> str:
    r"""Every line of the page with its label, score, deciding classifier and reason, one per row.

    Args:
        article: what :func:`newsclean.clean` returned.
        color: colour each row by its label with ANSI escapes (for a terminal).
        width: characters of line text to show before it is cut with ``…``.

    Returns:
        The table as text, a header row first.

    >>> from newsclean import clean
    >>> article = clean("Bridge Reopens\n\nThe old bridge reopened on Monday, years late, officials said.")
    >>> print(explain_text(article, width=20))  # doctest: +ELLIPSIS
    line label      score text                  why
       1 ...Bridge Reopens ...
       2 blank       1.00
       3 body ...The old bridge reop…  body: ...

    .. versionadded:: 0.1.0
    """
    rows = [f"line {'label':<10} score {'text':<{width}}  why"]
    for ll in article.lines:
        text = ll.line.text
        if len(text) > width:
            text = text[: width - 1] + "…"
        why = f"{ll.classifier}: {ll.reason}" if ll.reason else ll.classifier
        if ll.label is Label.BLANK:
            why = ""
        number = f"{ll.line.start + 1:>4}"
        if color:
            style = _STYLE.get(ll.label, "0")
            rows.append(f"\x1b[2m{number}\x1b[0m \x1b[{style}m{ll.label.value:<10} {ll.score:5.2f} "
                        f"{text:<{width}}\x1b[0m  \x1b[2m{why}\x1b[0m".rstrip())
        else:
            rows.append(f"{number} {ll.label.value:<10} {ll.score:5.2f} {text:<{width}}  {why}".rstrip())
    return "\n".join(rows)
