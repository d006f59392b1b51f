"""A/B speed of this tree's newsclean against another tree (a git revision), side by side.

Other processes on a shared machine change its speed from minute to minute, so two bench runs made
apart do not compare. This script alternates child processes of the two trees over the same pages
(base, new, new, base, ...) and keeps each side's best CPU time over all pages::

    git archive 7078be6 | tar -x -C /tmp/base                 # the revision to compare against
    python benchmarks/compare_speed.py --base /tmp/base        # every kind
    python benchmarks/compare_speed.py --base /tmp/base --kind w3m --rounds 3
    python benchmarks/compare_speed.py --base /tmp/base --urls   # with each page's URL, as the bench runs

Children run from a neutral working directory, so each imports its own tree's newsclean.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("htmltext", "inscriptis", "w3m", "html")
CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
import bench_speed, newsclean
kind, data, passes = sys.argv[2], bench_speed.Path(sys.argv[3]), int(sys.argv[4])
with_urls = sys.argv[5] == "1"
fmt = "html" if kind == "html" else "text"
pages = bench_speed.load(data, kind, None)
urls = bench_speed.load_urls(data, kind, None) if with_urls else [None] * len(pages)
for page, url in list(zip(pages, urls))[:3]:
    newsclean.clean(page, url=url, format=fmt)
best = float("inf")
for _ in range(passes):
    started = time.process_time()
    for page, url in zip(pages, urls):
        newsclean.clean(page, url=url, format=fmt)
    best = min(best, time.process_time() - started)
print(newsclean.__file__)
print(best)
"""


def run(tree: Path, kind: str, data: Path, passes: int, *, urls: bool = False) -> float:
    """Best CPU seconds of ``passes`` passes of ``tree``'s clean() over the ``kind`` pages."""
    with tempfile.TemporaryDirectory() as cwd:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(HERE), kind, str(data), str(passes), "1" if urls else "0"],
            env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            cwd=cwd,
            check=True,
        )
    module, seconds = out.stdout.split()[-2:]
    if not Path(module).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"the child imported {module}, not the tree {tree}")
    return float(seconds)


def main(argv: Sequence[str] | None = None) -> int:
    """Print each kind's best seconds for both trees and the speedup."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, required=True, help="the tree to compare against")
    ap.add_argument("--new", type=Path, default=HERE.parent, help="the tree to measure (default: this one)")
    ap.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "data" / "devset")
    ap.add_argument("--kind", action="append", choices=KINDS, help="input kinds (default: all)")
    ap.add_argument("--rounds", type=int, default=2, help="child processes per tree and kind, alternated")
    ap.add_argument("--passes", type=int, default=2, help="passes over the pages in each child")
    ap.add_argument("--urls", action="store_true", help="pass each page's URL from truth.json, as the bench does")
    args = ap.parse_args(argv)
    print("kind        base s   new s  speedup")
    for kind in args.kind or KINDS:
        best = {"base": float("inf"), "new": float("inf")}
        for r in range(args.rounds):
            order = ("base", "new") if r % 2 == 0 else ("new", "base")
            for side in order:
                tree = args.base if side == "base" else args.new
                best[side] = min(best[side], run(tree, kind, args.data, args.passes, urls=args.urls))
        print(f"{kind:10s} {best['base']:7.2f} {best['new']:7.2f} {best['base'] / best['new']:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
