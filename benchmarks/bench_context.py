"""CPU time of the second half of ``clean()`` on text dumps: the context pass and the assembler.

Usage (from the project root)::

    python benchmarks/bench_context.py [--data DIR] [--kind K ...] [--rounds N]
    python benchmarks/bench_context.py --profile [--top N]   # cProfile of revise() + assemble() alone

Each page is split, reflowed, given its lines and run through the pipeline once, outside the
measure; then :func:`~newsclean.context.revise` and :func:`~newsclean.assemble.assemble` run over
every page, once a round, and the best round counts (``time.process_time``: CPU time, so other
processes on a shared machine are left out). The inputs are those ``_clean_text`` passes.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from dataclasses import dataclass
from pathlib import Path

from newsclean.api import _default_pipeline, url_words
from newsclean.assemble import assemble
from newsclean.classifiers.base import PageContext
from newsclean.config import CleanConfig
from newsclean.context import revise
from newsclean.language import detect_language, stopwords
from newsclean.lines import Line, build_lines, split_physical
from newsclean.pipeline import Decision
from newsclean.reflow import detect_wrap_width, reflow

_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "devset"
_KINDS = ("htmltext", "inscriptis", "w3m")


@dataclass(frozen=True, slots=True)
class Prepared:
    """One page up to the context pass."""

    lines: tuple[Line, ...]
    decisions: tuple[Decision, ...]
    context: PageContext
    physical: tuple[Line, ...] | None


def prepare(data: Path, kinds: list[str]) -> list[Prepared]:
    """Every dump of ``kinds`` in ``data``, as ``_clean_text`` has it when it calls ``revise``."""
    truth = json.loads((data / "truth.json").read_text(encoding="utf-8"))
    config = CleanConfig()
    pipeline = _default_pipeline()
    out: list[Prepared] = []
    for kind in kinds:
        for key in sorted(truth):
            path = data / "dumps" / f"{key}.{kind}.txt"
            if not path.exists():
                continue
            raws = split_physical(path.read_text(encoding="utf-8"))
            width = detect_wrap_width(raws)
            rows = reflow(raws, width, columns=config.columns)
            language = detect_language([r[0] for r in rows])
            words = stopwords(language)
            memo: dict[str, tuple[object, ...]] = {}
            lines = build_lines(rows, stopwords=words, memo=memo)
            physical = None
            if width is not None and (len(rows) != len(raws) or any(end - start != 1 for _, start, end in rows)):
                physical = build_lines([(r, i, i + 1) for i, r in enumerate(raws)], stopwords=words, memo=memo)
            url = truth[key].get("url")
            context = PageContext(config=config, language=language, url=url, url_words=url_words(url))
            out.append(Prepared(lines, pipeline.run(lines, context), context, physical))
    return out


def run_all(pages: list[Prepared]) -> tuple[float, float]:
    """CPU seconds of revise() and of assemble() over all pages."""
    in_revise = in_assemble = 0.0
    for page in pages:
        started = time.process_time()
        revised = revise(page.lines, page.decisions, page.context.config)
        middle = time.process_time()
        assemble(page.lines, revised, page.context, physical=page.physical)
        in_revise += middle - started
        in_assemble += time.process_time() - middle
    return in_revise, in_assemble


def main() -> None:
    """Print the best round's seconds, or a profile."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=_DATA)
    parser.add_argument("--kind", action="append", choices=_KINDS, help="dump kinds (default: all three)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print the cProfile top N and exit")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    pages = prepare(args.data, args.kind or list(_KINDS))
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        run_all(pages)
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)
        return
    rounds = [run_all(pages) for _ in range(max(args.rounds, 1))]
    best_revise = min(r for r, _ in rounds)
    best_assemble = min(a for _, a in rounds)
    print(f"{len(pages)} pages: revise {best_revise:.3f} s, assemble {best_assemble:.3f} s (best of {len(rounds)})")


if __name__ == "__main__":
    main()
