"""Throughput of newsclean on the dev pages, against reference floors measured in the same process.

For each input kind (``htmltext``, ``inscriptis``, ``w3m`` dumps and ``html``) it reports pages/s and
MB/s, and ratios against:

* text: the *floor*, bare ``str.splitlines`` plus a ``\\w+`` tokenizer over the same dumps;
* html: bare ``lxml.html.document_fromstring`` over the same pages, and trafilatura's
  ``bare_extraction`` when it is installed.

Every system runs over all pages once a round, rounds interleaved, and the best (minimum) round
counts. Times are the process's CPU time (``time.process_time``), not wall time: on a shared
machine other processes preempt this one at random, and CPU time leaves that out, so pages/s is
the throughput of one busy core. Ratios are measured side by side in the same process.

The scaling rows clean one page of 1x, 10x and 100x the median dump size (distinct pages
concatenated) and report time, time per KB and the ``tracemalloc`` peak, to show linear growth.

Run from the project root::

    python benchmarks/bench_speed.py                 # full table
    python benchmarks/bench_speed.py --rounds 5 --limit 50
    python benchmarks/bench_speed.py --profile       # cProfile top 20 of clean() on htmltext dumps
    python benchmarks/bench_speed.py --profile --kind w3m --kind html --top 10
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import re
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

import newsclean

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "devset"
TEXT_KINDS = ("htmltext", "inscriptis", "w3m")
_WORD = re.compile(r"\w+")


def load(data: Path, kind: str, limit: int | None) -> list[str | bytes]:
    if kind == "html":
        files = sorted((data / "html").glob("*.html.gz"))[:limit]
        return [gzip.decompress(f.read_bytes()) for f in files]
    files = sorted((data / "dumps").glob(f"*.{kind}.txt"))[:limit]
    return [f.read_text(encoding="utf-8") for f in files]


def load_urls(data: Path, kind: str, limit: int | None) -> list[str | None]:
    """The page URL from ``truth.json`` for each page :func:`load` returns, in the same order."""
    truth = json.loads((data / "truth.json").read_text(encoding="utf-8"))
    if kind == "html":
        files = sorted((data / "html").glob("*.html.gz"))[:limit]
    else:
        files = sorted((data / "dumps").glob(f"*.{kind}.txt"))[:limit]
    return [truth.get(f.name.split(".")[0], {}).get("url") for f in files]


def size_mb(pages: Sequence[str | bytes]) -> float:
    return sum(len(p.encode("utf-8")) if isinstance(p, str) else len(p) for p in pages) / 1e6


def floor_text(page: str | bytes) -> None:
    assert isinstance(page, str)
    for line in page.splitlines():
        _WORD.findall(line)


def bare_lxml(page: str | bytes) -> None:
    import lxml.html

    lxml.html.document_fromstring(page)


def clean_as(fmt: str) -> Callable[[str | bytes], object]:
    def run(page: str | bytes) -> object:
        return newsclean.clean(page, format=fmt)

    return run


def trafilatura_runner() -> Callable[[str | bytes], object] | None:
    try:
        from trafilatura import bare_extraction
    except ImportError:  # absent, or broken by its own optional deps (lxml_html_clean)
        return None

    def run(page: str | bytes) -> object:
        return bare_extraction(page)

    return run


def race(
    systems: dict[str, Callable[[str | bytes], object]], pages: Sequence[str | bytes], rounds: int
) -> dict[str, float]:
    """Best seconds over ``rounds`` interleaved rounds, for each system over all pages."""
    best = dict.fromkeys(systems, float("inf"))
    for r in range(rounds):
        order = list(systems) if r % 2 == 0 else list(reversed(systems))
        for name in order:
            run = systems[name]
            started = time.process_time()
            for page in pages:
                run(page)
            best[name] = min(best[name], time.process_time() - started)
    return best


def throughput(data: Path, kinds: Sequence[str], rounds: int, limit: int | None) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    traf = trafilatura_runner()
    for kind in kinds:
        pages = load(data, kind, limit)
        if not pages:
            raise SystemExit(f"no {kind} pages under {data}; pass --data DIR (dumps/ and html/)")
        fmt = "html" if kind == "html" else "text"
        for page in pages[:3]:  # warm up: imports, language model, stop words
            newsclean.clean(page, format=fmt)
        systems: dict[str, Callable[[str | bytes], object]] = {"newsclean": clean_as(fmt)}
        if kind == "html":
            systems["lxml"] = bare_lxml
            if traf is not None:
                traf(pages[0])
                systems["trafilatura"] = traf
        else:
            systems["floor"] = floor_text
        best = race(systems, pages, rounds)
        mb = size_mb(pages)
        row: dict[str, object] = {"kind": kind, "pages": len(pages), "MB": round(mb, 2)}
        for name, seconds in best.items():
            row[f"{name} pages/s"] = round(len(pages) / seconds, 1)
            row[f"{name} MB/s"] = round(mb / seconds, 2)
        for name in best:
            if name != "newsclean":
                row[f"ratio to {name}"] = round(best[name] / best["newsclean"], 4)
        rows.append(row)
    return rows


def scaling(data: Path, rounds: int) -> list[dict[str, object]]:
    """Cost of one page of 1x, 10x and 100x the median htmltext dump size."""
    pages = [p for p in load(data, "htmltext", None) if isinstance(p, str)]
    median = int(statistics.median(len(p) for p in pages))
    base = min(pages, key=lambda p: abs(len(p) - median))
    rows: list[dict[str, object]] = []
    newsclean.clean(base, format="text")
    for factor in (1, 10, 100):
        parts = [base]
        i = 0
        while sum(map(len, parts)) < factor * median:
            parts.append(pages[i % len(pages)])
            i += 1
        page = "\n\n".join(parts)
        best = float("inf")
        for _ in range(max(1, rounds if factor < 100 else 1)):
            started = time.process_time()
            newsclean.clean(page, format="text")
            best = min(best, time.process_time() - started)
        # after the timed runs, which warmed up what this page loads lazily (the stop words of each
        # language it holds), as tests/property/test_memory.py measures: the page's own cost only
        tracemalloc.start()
        newsclean.clean(page, format="text")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        kb = len(page.encode("utf-8")) / 1e3
        rows.append({"size": f"{factor}x", "KB": round(kb, 1), "seconds": round(best, 4),
                     "ms/KB": round(best * 1e3 / kb, 3), "peak MB": round(peak / 1e6, 1),
                     "peak/input": round(peak / (kb * 1e3), 1)})
    return rows


def profile(data: Path, kinds: Sequence[str], limit: int | None, top: int = 20) -> None:
    """cProfile of clean() over the pages of ``kinds``, top ``top`` by own time and by cumulative time."""
    prof = cProfile.Profile()
    for kind in kinds:
        pages = load(data, kind, limit)
        fmt = "html" if kind == "html" else "text"
        newsclean.clean(pages[0], format=fmt)
        prof.enable()
        for page in pages:
            newsclean.clean(page, format=fmt)
        prof.disable()
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def table(rows: list[dict[str, object]]) -> str:
    cols: list[str] = []
    for row in rows:
        cols += [c for c in row if c not in cols]
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in cols}
    lines = ["  ".join(c.ljust(widths[c]) for c in cols)]
    lines += ["  ".join(str(r.get(c, "-")).ljust(widths[c]) for c in cols) for r in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA, help="data set folder (dumps/ and html/)")
    ap.add_argument("--kind", action="append", choices=[*TEXT_KINDS, "html"], help="input kinds (default: all)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the best counts")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages of each kind")
    ap.add_argument("--no-scaling", action="store_true", help="skip the 1x/10x/100x rows")
    ap.add_argument("--profile", action="store_true",
                    help="print the cProfile top N of clean() over the --kind pages (default htmltext) and exit")
    ap.add_argument("--top", type=int, default=20, help="rows of the --profile tables")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON")
    args = ap.parse_args(argv)
    if args.profile:
        profile(args.data, args.kind or ["htmltext"], args.limit, args.top)
        return 0
    rows = throughput(args.data, args.kind or [*TEXT_KINDS, "html"], args.rounds, args.limit)
    print(table(rows))
    scale = [] if args.no_scaling else scaling(args.data, args.rounds)
    if scale:
        print()
        print(table(scale))
    if args.json:
        args.json.write_text(json.dumps({"throughput": rows, "scaling": scale}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
