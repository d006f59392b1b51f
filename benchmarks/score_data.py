"""Score newsclean's article body on a data folder, per input kind, with 4-shingle F1.

The metric is the one of the public article-extraction benchmark, as the shared
harness's ``bench/scoring.py`` defines it (re-implemented here so nothing is imported
from outside the project): text becomes ``\\w+`` tokens; each page is scored on the
multiset of its 4-token shingles; per-page counts are normalised by their total; precision
and recall are averaged over pages and F1 is taken of the two averages.

A data folder holds ``truth.json`` ({id: {"articleBody": ..., "url": ...}}) and
``dumps/<id>.<kind>.txt`` text dumps (``htmltext``, ``inscriptis``, ``w3m``), plus
``html/<id>.html.gz`` for the ``html`` kind.

Usage::

    python benchmarks/score_data.py                        # ../shared/data/devset, every kind
    python benchmarks/score_data.py --kind htmltext --kind inscriptis
    python benchmarks/score_data.py --pin                  # write benchmarks/baseline.json
    python benchmarks/score_data.py DATA_DIR --json out.json
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = Path("../shared/data/devset")
BASELINE = HERE / "baseline.json"
KINDS = ("htmltext", "inscriptis", "w3m", "html")

_TOKEN = re.compile(r"\w+")


class Counts(NamedTuple):
    """One page's shingle counts, normalised by their sum."""

    tp: float
    fp: float
    fn: float


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-token shingles of ``text`` (a shorter text is one shingle)."""
    toks = _TOKEN.findall(text or "")
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i : i + n])


def page_counts(truth: str, pred: str, n: int = 4) -> Counts:
    """Normalised true-positive, false-positive and false-negative shingle counts of one page."""
    t, p = shingles(truth, n), shingles(pred, n)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return Counts(tp / total, fp / total, fn / total) if total else Counts(0.0, 0.0, 0.0)


def _precision(c: Counts) -> float:
    if c.fp == c.fn == 0:
        return 1.0
    return 0.0 if c.tp == c.fp == 0 else c.tp / (c.tp + c.fp)


def _recall(c: Counts) -> float:
    if c.fp == c.fn == 0:
        return 1.0
    return 0.0 if c.tp == c.fn == 0 else c.tp / (c.tp + c.fn)


def summarize(pages: Iterable[Counts]) -> dict[str, float]:
    """F1 of the page-averaged precision and recall, as the benchmark computes it."""
    pages = list(pages)
    predicted = [c for c in pages if c.tp + c.fp > 0]
    relevant = [c for c in pages if c.tp + c.fn > 0]
    p = statistics.mean(_precision(c) for c in predicted) if predicted else 0.0
    r = statistics.mean(_recall(c) for c in relevant) if relevant else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"f1": f1, "precision": p, "recall": r, "pages": len(pages)}


def load_page(data: Path, key: str, kind: str) -> str | bytes:
    """One page of the data folder in one input kind."""
    if kind == "html":
        return gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes())
    return (data / "dumps" / f"{key}.{kind}.txt").read_text(encoding="utf-8")


def score_kind(data: Path, kind: str, *, limit: int = 0) -> dict[str, float]:
    """Body F1, precision and recall of newsclean on every page of ``data`` with a body truth."""
    import newsclean

    truth = json.loads((data / "truth.json").read_text(encoding="utf-8"))
    keys = [k for k in truth if truth[k].get("articleBody")]
    if limit:
        keys = keys[:limit]
    fmt = "html" if kind == "html" else "text"
    counts, errors = [], 0
    start = time.perf_counter()
    for key in keys:
        try:
            body = newsclean.clean(load_page(data, key, kind), url=truth[key].get("url"), format=fmt).body
        except Exception:  # noqa: BLE001  (a crash scores as an empty body, as the shared harness does)
            body, errors = "", errors + 1
        counts.append(page_counts(truth[key]["articleBody"], body))
    result = summarize(counts)
    result["errors"] = errors
    result["seconds"] = round(time.perf_counter() - start, 1)
    return result


def main(argv: list[str] | None = None) -> int:
    """Score the kinds asked for; with ``--pin``, write them to ``benchmarks/baseline.json``."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA, help="data folder (default: %(default)s)")
    ap.add_argument("--kind", choices=KINDS, action="append", help="input kind(s) (default: all)")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N pages")
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument("--pin", action="store_true", help=f"write the F1 per kind to {BASELINE.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    if not (args.data / "truth.json").is_file():
        ap.exit(2, f"no truth.json in {args.data}\n")
    if args.pin and args.limit:
        ap.exit(2, "--pin scores every page; drop --limit\n")
    kinds = args.kind or list(KINDS)
    results = {}
    for kind in kinds:
        res = score_kind(args.data, kind, limit=args.limit)
        results[kind] = res
        print(
            f"{kind:<11} F1 {res['f1']:.4f}  P {res['precision']:.4f}  R {res['recall']:.4f}  "
            f"pages {res['pages']}  errors {res['errors']}  {res['seconds']}s"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.pin:
        pinned = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
        pinned.setdefault("kinds", {})
        pinned["data"] = args.data.name
        pinned["note"] = "devset body 4-shingle F1 per kind; re-pin: python benchmarks/score_data.py --pin"
        for kind, res in results.items():
            pinned["kinds"][kind] = {m: round(res[m], 4) for m in ("f1", "precision", "recall")} | {
                "pages": res["pages"]
            }
        BASELINE.write_text(json.dumps(pinned, indent=2) + "\n", encoding="utf-8")
        print(f"pinned {', '.join(results)} in {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
