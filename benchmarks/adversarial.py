"""The adversarial table: what ``clean()`` does with hostile and degenerate pages, how long it takes, and its memory.

Each case of issue 6's adversarial corpus (and issue 4's hostile HTML) runs in child processes of its own,
so one case's memory cannot hide in another's. One child builds the page and cleans it once to time it; it
also reports how far the process's peak resident size (``ru_maxrss``) rose during that run, which counts
lxml's C memory. Another child cleans it again under ``tracemalloc`` for the peak of Python's own
allocations (skipped for cases whose timed run took over ``--trace-max`` seconds: tracing costs a few times
the run). The behaviour column is what the result was: an ``Article`` (its lines, body characters and
warnings) or the typed error raised. ``tests/property/test_adversarial.py`` asserts the behaviour; this
script only measures and prints.

Usage (from the project root, with newsclean importable)::

    python benchmarks/adversarial.py            # every case, a table on stdout
    python benchmarks/adversarial.py --only bomb --json

The huge cases take a few seconds each; the whole table about two minutes on one quiet core.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bench_speed import table  # the same plain-text table as the speed bench

PARA = "The old bridge reopened on Monday after a repair that took two years, officials said."
MENU = "Home\nNews\nWorld\nPolitics\nSport\nCulture\nSubscribe\nSign In\nContact Us\n"
ARTICLE = MENU + "\nBridge Reopens After Two Years\n\nBy Jane Doe\n\n" + (PARA + "\n\n") * 5
_BOMB = (
    '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
    "<html><body><p>" + "&f;" * 1000 + "</p></body></html>"
)

# name -> page builder; a page is str or bytes, cleaned with format="auto"
CASES: dict[str, Callable[[], str | bytes]] = {
    "empty page": lambda: "",
    "only whitespace": lambda: " \t \u3000 \u00a0 " * 100,
    "only blank lines": lambda: "\n" * 100_000,
    "50 MB line (= max_bytes)": lambda: "lorem ipsum " * (50_000_000 // 12) + "x" * (50_000_000 % 12),
    "50 MB + 1 byte": lambda: "a" * 50_000_001,
    "1,000,000 one-char lines": lambda: "x\n" * 1_000_000,
    "10 MB, no newline": lambda: "lorem ipsum " * 873_813,
    "NUL bytes": lambda: ARTICLE.replace(" ", "\x00", 40),
    "lone surrogates": lambda: ARTICLE.replace("o", "\ud800", 20),
    "invalid UTF-8 bytes": lambda: ARTICLE.encode() + b"\xff\xfe\xc3\x28\xa0\xa1" * 50,
    "mixed encodings (UTF-8 + Latin-1)": lambda: ARTICLE.encode() + "Grüße aus Köln.\n".encode("latin-1") * 20,
    "UTF-16 with BOM": lambda: ARTICLE.encode("utf-16"),
    "RTL text with bidi controls": lambda: (
        "\u202bقالت الحكومة يوم الاثنين إن الجسر الجديد سيفتح بعد سنوات من الإصلاح.\u202c\n\n" * 20
    ),
    "combining characters (x 100,000)": lambda: "e" + "\u0301" * 100_000 + "\n" + ARTICLE,
    "emoji and ZWJ sequences": lambda: ARTICLE.replace(".", " 👩\u200d👩\u200d👧\u200d👦 🏳️\u200d🌈.", 10),
    "CJK without spaces (300 KB line)": lambda: "政府周一表示新桥将在多年维修后开放官员预计交通将在春季改善。" * 10_000,
    "same line x 100,000": lambda: "Subscribe to our newsletter for the latest news.\n" * 100_000,
    "only navigation": lambda: MENU * 200,
    "only digits and punctuation": lambda: "12.345,67 -- (89) / 2024-11-07 !!! ??? 42\n" * 5_000,
    "100,000 nested <div>": lambda: "<html><body>" + "<div>" * 100_000 + PARA + "</div>" * 100_000,
    "entity bomb": lambda: _BOMB,
    "unclosed tags (x 2,000)": lambda: "<html><body>" + f"<p><b><i><span>{PARA}\n" * 2_000,
    "<script>-only page (2 MB)": lambda: (
        "<html><body><script>" + "var x = 1; document.write('hello world');\n" * 50_000 + "</script></body></html>"
    ),
    "50 MB HTML page (one text node)": lambda: (
        "<html><body><p>" + "lorem ipsum " * ((50_000_000 - 40) // 12) + "</p></body></html>"
    ),
    "5 MB HTML page (54,000 paragraphs)": lambda: "<html><body>" + f"<p>{PARA}</p>\n" * 54_000,
}

_CHILD = """
import json, resource, sys, time, tracemalloc
sys.path.insert(0, {here!r})
import newsclean
from adversarial import CASES

page = CASES[sys.argv[1]]()
size = len(page.encode("utf-8", "surrogatepass")) if isinstance(page, str) else len(page)
# warm up the lazy imports and loads of both paths, so the traced peak is the case's own
newsclean.clean("warm up: " + {para!r})
newsclean.clean("<html><body><p>warm up: " + {para!r} + "</p></body></html>")
# (a page of no known language loads every language's stop words once)
newsclean.clean("<html><body><p>12 34 56 &amp; 78</p></body></html>")


def run():
    try:
        a = newsclean.clean(page)
    except newsclean.NewscleanError as e:
        return {{"result": type(e).__name__ + (f" ({{e.limit}})" if getattr(e, "limit", None) else "")}}
    return {{"result": "Article", "lines": len(a.lines), "body chars": len(a.body), "warnings": len(a.warnings)}}


if sys.argv[2] == "time":
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    out = run()
    out["seconds"] = round(time.perf_counter() - start, 3)
    out["input MB"] = round(size / 1e6, 3)
    out["rss rise MB"] = round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024, 1)
else:
    tracemalloc.start()
    run()
    out = {{"py peak MB": round(tracemalloc.get_traced_memory()[1] / 1e6, 2)}}
    tracemalloc.stop()
print(json.dumps(out))
"""


def _child(case: str, mode: str, timeout: float) -> dict[str, object]:
    """One run of one case in a fresh child process: ``mode`` is "time" or "trace" (tracemalloc's peak)."""
    code = _CHILD.format(here=str(Path(__file__).resolve().parent), para=PARA)
    try:
        child = subprocess.run(
            [sys.executable, "-c", code, case, mode], capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"result": f"{mode}: timeout after {timeout:g} s"}
    if child.returncode:
        return {"result": f"exit {child.returncode}: {child.stderr.strip().splitlines()[-1:]}"}
    out: dict[str, object] = json.loads(child.stdout)
    return out


def measure(case: str, timeout: float, trace_max: float) -> dict[str, object]:
    """A case timed in one child, then its Python peak traced in another (unless the timed run took over
    ``trace_max`` seconds: tracing costs a few times the run, and the resident-size rise is measured anyway)."""
    out = _child(case, "time", timeout)
    seconds = out.get("seconds")
    if isinstance(seconds, float) and seconds <= trace_max:
        out.update(_child(case, "trace", timeout))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--only", help="run only the cases whose name contains this text")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per case before it counts as a hang")
    ap.add_argument(
        "--trace-max",
        type=float,
        default=10.0,
        help="trace Python's peak memory only for cases whose timed run took at most this many seconds",
    )
    ap.add_argument("--json", action="store_true", help="print JSON rows instead of a table")
    ns = ap.parse_args(argv)
    rows = []
    for case in CASES:
        if ns.only and ns.only.lower() not in case.lower():
            continue
        rows.append({"case": case, **measure(case, ns.timeout, ns.trace_max)})
        if not ns.json:
            print(f"  done: {case}", file=sys.stderr)
    print(json.dumps(rows, indent=1) if ns.json else table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
