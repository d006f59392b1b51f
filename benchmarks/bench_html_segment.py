# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""Time newsclean.html against bare lxml parsing, and check what the blocks keep.

Usage (from the project root)::

    python benchmarks/bench_html_segment.py [--data DIR] [--repeat N] [--profile]

Prints the throughput ratio of ``html_to_page`` to bare ``lxml.html.document_fromstring``
on the same pages in the same process (target >= 0.33), and the share of the
truth's 4-word shingles (``articleBody``) found in the concatenated block text.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import re
import time
from collections import Counter
from pathlib import Path

import lxml.html

from newsclean.html import html_to_page

_DATA = Path("/work/shared/data/devset")
_TOKEN = re.compile(r"\w+")


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    toks = _TOKEN.findall(text)
    return Counter(tuple(toks[i : i + 4]) for i in range(max(1, len(toks) - 3)) if toks[i : i + 4])


def _time(func, pages: list[bytes], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for page in pages:
            func(page)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=_DATA)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    files = sorted((args.data / "html").glob("*.html.gz"))
    pages = [gzip.decompress(f.read_bytes()) for f in files]
    size = sum(map(len, pages)) / 1e6
    print(f"{len(pages)} pages, {size:.1f} MB")

    bare = _time(lxml.html.document_fromstring, pages, args.repeat)
    ours = _time(html_to_page, pages, args.repeat)
    print(f"bare lxml.html.document_fromstring: {bare:.3f}s ({size / bare:.1f} MB/s)")
    print(f"newsclean html_to_page:             {ours:.3f}s ({size / ours:.1f} MB/s)")
    print(f"throughput ratio (ours / bare):     {bare / ours:.2f}  (target >= 0.33)")

    truth_path = args.data / "truth.json"
    if truth_path.exists():
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        found = total = 0
        worst: list[tuple[float, str]] = []
        for f, page in zip(files, pages, strict=True):
            body = truth.get(f.name.removesuffix(".html.gz"), {}).get("articleBody")
            if not body:
                continue
            want = _shingles(body)
            have = _shingles("\n".join(b.text for b in html_to_page(page).blocks))
            hit = sum((want & have).values())
            found += hit
            total += sum(want.values())
            worst.append((hit / max(sum(want.values()), 1), f.name))
        print(f"truth 4-shingle coverage: {found / max(total, 1):.4f} over {len(worst)} pages")
        for share, name in sorted(worst)[:5]:
            print(f"  {share:.3f} {name}")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for page in pages:
            html_to_page(page)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(20)


if __name__ == "__main__":
    main()
