"""Check that newsclean's output is byte-identical to a stored snapshot (for output-neutral changes).

Cleans every page of the data sets (each input kind, with the page's URL from ``truth.json`` as the
bench passes it) and stores one SHA-256 digest per page of the full result: every ``Article`` field
(``to_dict(lines=True)``) plus each line's unrounded score. Run it once before a speed change to
write the snapshot, then after the change to compare::

    python benchmarks/check_identical.py --write /tmp/before.json   # snapshot
    python benchmarks/check_identical.py --check /tmp/before.json   # compare; exit 1 on any change

A difference names the page, kind and the first differing top-level field, so it can be read with
``newsbench.py --page ID --kind K`` and understood (or the change reverted).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import newsclean

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DATASETS = (SHARED / "devset", SHARED / "metaset")
KINDS = ("htmltext", "inscriptis", "w3m", "html")


def pages(data: Path, kinds: Sequence[str]) -> Iterator[tuple[str, str, str | None, str | bytes]]:
    """(key, kind, url, page) for every page of a data set with a truth entry."""
    truth = json.loads((data / "truth.json").read_text(encoding="utf-8"))
    for kind in kinds:
        for key in sorted(truth):
            if kind == "html":
                path = data / "html" / f"{key}.html.gz"
                if path.exists():
                    yield key, kind, truth[key].get("url"), gzip.decompress(path.read_bytes())
            else:
                path = data / "dumps" / f"{key}.{kind}.txt"
                if path.exists():
                    yield key, kind, truth[key].get("url"), path.read_text(encoding="utf-8")


def fields(article: newsclean.Article) -> dict[str, Any]:
    """Everything the result says, with unrounded scores."""
    out = article.to_dict(lines=True)
    out["line_scores"] = [repr(ll.score) for ll in article.lines]
    out["line_ends"] = [(ll.line.start, ll.line.end) for ll in article.lines]
    return out


def digest(value: Any) -> str:
    """SHA-256 of a JSON value's canonical text."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=repr)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def snapshot(datasets: Sequence[Path], kinds: Sequence[str]) -> dict[str, dict[str, str]]:
    """``"<set>/<kind>/<key>"`` -> the digest of the whole result and of each top-level field."""
    out: dict[str, dict[str, str]] = {}
    for data in datasets:
        for key, kind, url, page in pages(data, kinds):
            fmt = "html" if kind == "html" else "text"
            try:
                result = fields(newsclean.clean(page, url=url, format=fmt))
            except Exception as exc:  # noqa: BLE001  (a crash is an output too; it must stay the same)
                result = {"error": f"{type(exc).__name__}: {exc}"}
            out[f"{data.name}/{kind}/{key}"] = {"all": digest(result)} | {k: digest(v) for k, v in result.items()}
    return out


def compare(before: dict[str, dict[str, str]], after: dict[str, dict[str, str]]) -> list[str]:
    """One line per page whose result changed, naming the fields that differ."""
    diffs: list[str] = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old is None or new is None:
            diffs.append(f"{name}: {'new page' if old is None else 'page missing'}")
        elif old["all"] != new["all"]:
            changed = sorted(k for k in set(old) | set(new) if k != "all" and old.get(k) != new.get(k))
            diffs.append(f"{name}: {', '.join(changed)}")
    return diffs


def main(argv: Sequence[str] | None = None) -> int:
    """Write or check a snapshot; exit 1 when a checked result differs."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the snapshot to this JSON file")
    mode.add_argument("--check", type=Path, help="compare against this snapshot")
    ap.add_argument("--data", type=Path, action="append", help="data set folder(s) (default: devset and metaset)")
    ap.add_argument("--kind", action="append", choices=KINDS, help="input kinds (default: all four)")
    args = ap.parse_args(argv)
    datasets = args.data or list(DATASETS)
    kinds = args.kind or list(KINDS)
    result = snapshot(datasets, kinds)
    if args.write:
        args.write.write_text(json.dumps(result, indent=0, sort_keys=True))
        print(f"wrote {len(result)} page digests to {args.write}")
        return 0
    before = json.loads(args.check.read_text())
    if args.kind or args.data:  # a partial run checks only the pages it cleaned
        before = {k: v for k, v in before.items() if k in result}
    diffs = compare(before, result)
    for line in diffs:
        print(line)
    print(f"{len(result)} pages checked, {len(diffs)} differ")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
