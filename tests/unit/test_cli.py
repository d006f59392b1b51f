"""The newsclean command: every input kind, every output format, exit codes, --jobs."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsclean import __version__, clean
from newsclean.cli import explain_text, main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "seed_devdiscourse.txt"

STORY = (
    "Home | World | Business | Sport\n\n"
    "Bridge Reopens After Two-Year Repair\n\n"
    "The old bridge over the river reopened on Monday after a repair that took two years, "
    "officials said, and traffic returned to the town centre within hours.\n\n"
    "Shop owners said business had fallen by a third while the bridge was closed, "
    "and several said they had feared they would have to close for good.\n\n"
    "© 2024 Example News. All rights reserved.\n"
)
HTML = (
    "<html><head><title>Harbour Festival Returns</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>Harbour Festival Returns</h1>"
    "<p>The harbour festival returned on Saturday for the first time in five years, drawing thousands "
    "of visitors to the waterfront despite the rain.</p>"
    "<p>Organisers said the boat parade alone had attracted more people than the whole festival did "
    "in its last edition, and promised to make it a yearly event again.</p></article>"
    "<footer>Privacy policy | Terms of use</footer></body></html>"
)


def _story(n: int) -> str:
    """A distinct story per n, so output order can be checked."""
    return STORY.replace("old bridge", f"old bridge number {n}")


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _write_warc(path: Path) -> None:
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders

    with path.open("wb") as fh:
        writer = warcio.warcwriter.WARCWriter(fh, gzip=True)
        body = HTML.encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://example.com/2024/05/harbour-festival-returns", "response",
            payload=io.BytesIO(body), length=len(body), http_headers=headers))
        png = b"\x89PNG\r\n"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://example.com/logo.png", "response", payload=io.BytesIO(png), length=len(png),
            http_headers=headers))
        text = _story(7).encode()
        writer.write_record(writer.create_warc_record(
            "https://example.com/bridge", "conversion", payload=io.BytesIO(text), length=len(text),
            warc_headers_dict={"Content-Type": "text/plain"}))


# --------------------------------------------------------------------------- basics and exit codes


def test_one_file_prints_its_body(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "Ishiba is making diplomatic efforts" in out
    assert "TRENDING" not in out
    assert "==>" not in out  # a single page gets no header


def test_version_and_help_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert "exit codes" in out
    assert main(["explain", "--help"]) == 0
    assert "--html" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [["--no-such-option", "x.txt"], ["--format", "yaml", "x.txt"], ["--jobs", "-1", "x.txt"],
     ["--chunksize", "0", "x.txt"], ["explain"], ["explain", "a.txt", "b.txt"]],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_no_input_on_a_terminal_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Tty(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Tty(io.BytesIO(b"")))
    assert main([]) == 2
    assert "no input" in capsys.readouterr().err


def test_failed_pages_exit_1_and_are_listed_while_the_rest_is_cleaned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert main([str(missing), str(good)]) == 1
    captured = capsys.readouterr()
    assert f"newsclean: {missing}: no such file" in captured.err
    assert "1 of 2 pages failed" in captured.err
    assert "old bridge over the river" in captured.out


# --------------------------------------------------------------------------- inputs


def test_folder_is_searched_recursively_with_glob(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(_story(1), encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "b.txt").write_text(_story(2), encoding="utf-8")
    (tmp_path / "sub" / "c.html").write_text(HTML, encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text(_story(4), encoding="utf-8")

    assert main([str(tmp_path), "--glob", "*.txt"]) == 0
    out = capsys.readouterr().out
    assert out.count("==> ") == 2
    assert out.index("number 1") < out.index("number 2")
    assert "harbour festival" not in out.lower()
    assert "number 4" not in out  # hidden folders are skipped

    assert main([str(tmp_path)]) == 0
    assert "harbour festival returned on Saturday" in capsys.readouterr().out


def test_stdin_text_and_dash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, STORY.encode())
    assert main(["-"]) == 0
    assert "old bridge over the river" in capsys.readouterr().out
    _stdin(monkeypatch, HTML.encode("utf-16"))
    assert main(["--format", "json", "--url", "https://example.com/harbour"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["input"] == "<stdin>"
    assert data["url"] == "https://example.com/harbour"
    assert "boat parade" in data["body"]


def test_jsonl_file_with_fields_and_a_bad_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crawl.jsonl"
    rows = [
        {"link": "https://example.com/a", "page": HTML},
        {"link": "https://example.com/b", "nothing": "here"},
        "not an object",
        {"link": 5, "page": _story(3)},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n{broken\n", encoding="utf-8")
    assert main([str(path), "--jsonl-field", "page", "--url-field", "link", "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["input"] for r in records] == [f"{path}:1", f"{path}:4"]
    assert records[0]["url"] == "https://example.com/a"
    assert "boat parade" in records[0]["body"]
    assert records[1]["url"] is None  # a non-string URL is ignored
    assert "number 3" in records[1]["body"]
    assert f"{path}:2: no string field 'page' (has: link, nothing)" in captured.err
    assert f"{path}:3:" in captured.err
    assert f"{path}:6: not JSON" in captured.err
    assert "3 of 5 pages failed" in captured.err


def test_gzipped_jsonl_and_stdin_jsonl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gzip

    line = json.dumps({"text": _story(5), "url": "https://example.com/5"}) + "\n"
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress(line.encode()))
    assert main([str(path), "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == "https://example.com/5"

    _stdin(monkeypatch, line.encode())
    assert main(["--jsonl-field", "text", "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["input"] == "<stdin>:1"
    assert "number 5" in record["body"]


def test_warc_file_and_warc_on_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path)
    assert main([str(path), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["url"] for r in records] == ["https://example.com/2024/05/harbour-festival-returns",
                                          "https://example.com/bridge"]
    assert "boat parade" in records[0]["body"]
    assert "number 7" in records[1]["body"]
    assert records[0]["input"].startswith(f"{path}#1 ")

    _stdin(monkeypatch, path.read_bytes())
    assert main(["--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_a_broken_warc_fails_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("warcio")
    path = tmp_path / "broken.wet"
    path.write_text("this is no archive\n", encoding="utf-8")
    assert main([str(path)]) == 1
    assert "not a WARC/WET archive" in capsys.readouterr().err


# --------------------------------------------------------------------------- outputs


@pytest.fixture
def two_pages(tmp_path: Path) -> list[str]:
    a = tmp_path / "a.txt"
    a.write_text(_story(1), encoding="utf-8")
    b = tmp_path / "b.html"
    b.write_text(HTML, encoding="utf-8")
    return [str(a), str(b)]


def test_json_is_an_object_for_one_page_and_an_array_for_several(
    two_pages: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--json", two_pages[0]]) == 0
    one = json.loads(capsys.readouterr().out)
    assert one["input"] == two_pages[0]
    assert "number 1" in one["body"]
    assert "lines" not in one

    assert main(["--format", "json", *two_pages]) == 0
    many = json.loads(capsys.readouterr().out)
    assert [m["input"] for m in many] == two_pages
    assert many[1]["headline"] == "Harbour Festival Returns"


def test_json_explain_adds_every_line(two_pages: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "json", "--explain", two_pages[0]]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = clean(_story(1))
    assert [line["text"] for line in data["lines"]] == [ll.line.text for ll in expected.lines]
    assert {"label", "score", "reason", "classifier"} <= set(data["lines"][0])


def test_jsonl_one_object_per_line(two_pages: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "jsonl", *two_pages]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["input"] for line in lines] == two_pages


def test_markdown(two_pages: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "markdown", two_pages[1]]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Harbour Festival Returns\n")
    assert "The harbour festival returned on Saturday" in out
    assert main(["-f", "markdown", *two_pages]) == 0
    assert "\n---\n" in capsys.readouterr().out


def test_csv_has_one_header_and_a_row_per_page(two_pages: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "csv", *two_pages]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["input"] for r in rows] == two_pages
    assert rows[1]["headline"] == "Harbour Festival Returns"
    assert "boat parade" in rows[1]["body"]  # multi-line bodies stay one quoted field
    assert int(rows[0]["words"]) == len(clean(_story(1)).body.split())


def test_text_batches_get_a_header_per_page(two_pages: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(two_pages) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"==> {two_pages[0]} <==\n")
    assert f"\n==> {two_pages[1]} <==\n" in out


@pytest.mark.parametrize(("fmt", "ext"), [("text", ".txt"), ("json", ".json"), ("markdown", ".md"), ("csv", ".csv")])
def test_output_dir_writes_one_file_per_page(
    tmp_path: Path, fmt: str, ext: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(_story(1), encoding="utf-8")
    (src / "sub" / "a.txt").write_text(_story(2), encoding="utf-8")
    out = tmp_path / "out"
    assert main([str(src), "-o", str(out), "--format", fmt]) == 0
    assert capsys.readouterr().out == ""
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == [f"a.txt{ext}", f"sub/a.txt{ext}"]
    assert "number 2" in (out / "sub" / f"a.txt{ext}").read_text(encoding="utf-8")


def test_output_dir_never_overwrites_within_a_run(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "page.txt").write_text(_story(1), encoding="utf-8")
    (tmp_path / "y" / "page.txt").write_text(_story(2), encoding="utf-8")
    out = tmp_path / "out"
    assert main([str(tmp_path / "x" / "page.txt"), str(tmp_path / "y" / "page.txt"), "-o", str(out)]) == 0
    assert "number 1" in (out / "page.txt.txt").read_text(encoding="utf-8")
    assert "number 2" in (out / "page.txt-2.txt").read_text(encoding="utf-8")


def test_warc_records_to_output_dir(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path)
    out = tmp_path / "out"
    assert main([str(path), "-o", str(out), "--format", "json"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["crawl-000001.json", "crawl-000002.json"]


# --------------------------------------------------------------------------- --jobs


def test_jobs_2_gives_the_same_output_in_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = []
    for n in range(7):
        path = tmp_path / f"p{n}.txt"
        path.write_text(_story(n) if n != 3 else HTML, encoding="utf-8")
        files.append(str(path))
    files.insert(4, str(tmp_path / "missing.txt"))
    assert main(["--format", "jsonl", *files]) == 1
    serial = capsys.readouterr()
    assert main(["--format", "jsonl", "--jobs", "2", "--chunksize", "1", *files]) == 1
    parallel = capsys.readouterr()
    assert parallel.out == serial.out
    assert parallel.err == serial.err
    assert [json.loads(line)["input"] for line in parallel.out.splitlines()] == [f for f in files if "missing" not in f]


# --------------------------------------------------------------------------- explain


def test_explain_lists_every_line_plain_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "\x1b[" not in out
    rows = out.splitlines()
    article = clean(SEED.read_bytes())
    assert len(rows) == len(article.lines) + 1  # a header, then one row per line
    assert rows[0].split()[:3] == ["line", "label", "score"]
    for row, ll in zip(rows[1:], article.lines, strict=True):
        assert row.split()[1] == ll.label.value
        if ll.reason and ll.label.value != "blank":
            assert ll.reason in row


def test_explain_colour_always_and_never(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", "--color", "always", str(SEED)]) == 0
    coloured = capsys.readouterr().out
    assert "\x1b[32m" in coloured  # body lines are green
    assert main(["--explain", "--color", "never", str(SEED)]) == 0
    assert "\x1b[" not in capsys.readouterr().out


def test_explain_colour_auto_follows_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean.cli import _use_color

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _use_color("auto", Tty()) is True
    assert _use_color("auto", io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert _use_color("auto", Tty()) is False
    assert _use_color("always", io.StringIO()) is True


def test_explain_text_cuts_long_lines() -> None:
    article = clean("Word " * 100 + "end.")
    row = explain_text(article, width=30).splitlines()[1]
    assert "…" in row
    assert "Word " * 7 not in row


def test_explain_subcommand_text_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(SEED), "--color", "never"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("line label")

    report = tmp_path / "report.html"
    assert main(["explain", str(SEED), "--html", str(report)]) == 0
    assert f"wrote {report}" in capsys.readouterr().err
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "label-body" in page
    assert "Rekindling US-Japan Ties" in page

    assert main(["explain", str(tmp_path / "missing.txt")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_explain_subcommand_reads_stdin_and_writes_html_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, HTML.encode())
    assert main(["explain", "-", "--html", "-", "--title", "Harbour <test>"]) == 0
    out = capsys.readouterr().out
    assert "<title>Harbour &lt;test&gt; · newsclean explain</title>" in out


def test_a_file_named_explain_is_reachable_as_dot_slash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "explain").write_text(STORY, encoding="utf-8")
    assert main(["./explain"]) == 0
    assert "old bridge over the river" in capsys.readouterr().out


# --------------------------------------------------------------------------- the installed command


def test_python_dash_m_newsclean_runs(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(STORY, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "newsclean", "--format", "json", str(page)],
                          capture_output=True, text=True, check=False, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "old bridge over the river" in json.loads(done.stdout)["body"]
    assert done.stderr == ""  # no progress bar: stderr is not a terminal


def test_python_dash_m_usage_error_exits_2() -> None:
    done = subprocess.run([sys.executable, "-m", "newsclean", "--format", "nope", "x"],
                          capture_output=True, text=True, check=False, cwd=ROOT, timeout=120)
    assert done.returncode == 2
    assert "invalid choice" in done.stderr


def test_progress_degrades_to_none_without_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from newsclean import cli

    real = importlib.import_module

    def no_tqdm(name: str, package: str | None = None) -> Any:
        if name == "tqdm":
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", no_tqdm)
    results = iter([cli._Result("a", "a", output="x")])
    assert cli._progress(results, 1) is results
