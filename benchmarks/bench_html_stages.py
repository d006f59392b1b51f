# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""CPU time of each stage of newsclean's HTML input, against bare lxml parsing, in one process.

Usage (from the project root)::

    python benchmarks/bench_html_stages.py [--data DIR] [--rounds N] [--limit N]

Every stage runs over all pages once a round, rounds interleaved; the median round counts
(``time.process_time``, so other processes on a shared machine are left out). The stages:
decode + parse (:func:`~newsclean.html.parse_html`), :func:`~newsclean.html.html_to_blocks`,
:func:`~newsclean.html.meta.extract_meta` (which includes :func:`~newsclean.html.byline.find_body_marks`,
also timed alone), and :func:`~newsclean.html.html_to_page` as a whole, each as seconds and as a
ratio of bare ``lxml.html.document_fromstring`` over the same pages.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

import lxml.html

from newsclean.html import decode_html, extract_meta, html_to_blocks, html_to_page, parse_html
from newsclean.html.byline import find_body_marks

if TYPE_CHECKING:
    from collections.abc import Callable

_DATA = Path("/work/shared/data/devset")


def _cpu(func: Callable[[object], object], items: list[object]) -> float:
    start = time.process_time()
    for item in items:
        func(item)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=_DATA)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()

    files = sorted((args.data / "html").glob("*.html.gz"))
    if args.limit:
        files = files[: args.limit]
    pages: list[object] = [gzip.decompress(f.read_bytes()) for f in files]
    roots: list[object] = [parse_html(decode_html(p)) for p in pages]  # type: ignore[arg-type]
    stages: dict[str, tuple[Callable[[object], object], list[object]]] = {
        "lxml.html.document_fromstring": (lxml.html.document_fromstring, pages),  # type: ignore[dict-item]
        "decode + parse_html": (lambda p: parse_html(decode_html(p)), pages),  # type: ignore[arg-type]
        "html_to_blocks": (html_to_blocks, roots),  # type: ignore[dict-item]
        "find_body_marks": (find_body_marks, roots),  # type: ignore[dict-item]
        "extract_meta": (extract_meta, roots),  # type: ignore[dict-item]
        "html_to_page": (html_to_page, pages),  # type: ignore[dict-item]
    }
    times: dict[str, list[float]] = {name: [] for name in stages}
    for _ in range(args.rounds):
        for name, (func, items) in stages.items():
            times[name].append(_cpu(func, items))
    bare = statistics.median(times["lxml.html.document_fromstring"])
    print(f"{len(pages)} pages, {sum(len(p) for p in pages) / 1e6:.1f} MB, median of {args.rounds} rounds (CPU s)")  # type: ignore[arg-type]
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:32s} {median:7.3f}s  {median / bare:6.2f}x lxml")


if __name__ == "__main__":
    main()
