"""Eval gate: per-label F1 over every fixture line with an expected label must not drop.

Every line named in a ``fixtures/<case>.labels.json`` ``labels`` map is one gold example
(a value like ``"other|navigation"`` accepts either; the first is the gold label when the
prediction is neither). Per label, F1 = 2TP / (2TP + FP + FN) over those lines. The test
fails when any label's F1 falls more than ``TOLERANCE`` below ``fixtures/baseline.json``.

Re-pin after an accepted change in accuracy (or after adding fixtures)::

    python tests/test_eval_gate.py --pin
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BASELINE = FIXTURES / "baseline.json"
TOLERANCE = 0.02


def collapse(text: str) -> str:
    """Whitespace runs folded to one space, ends stripped."""
    return " ".join(text.split())


def examples() -> list[tuple[str, str, str]]:
    """(case, gold label, predicted label) for every occurrence of every labelled fixture line."""
    out: list[tuple[str, str, str]] = []
    for path in sorted(FIXTURES.glob("*.labels.json")):
        case = path.name.removesuffix(".labels.json")
        spec = json.loads(path.read_text(encoding="utf-8"))
        with (FIXTURES / f"{case}.txt").open(encoding="utf-8", newline="") as fh:
            article = newsclean.clean(fh.read(), url=spec.get("url"))
        for text, want in spec.get("labels", {}).items():
            got = [ll.label.value for ll in article.lines if collapse(ll.line.text) == text]
            wants = [want] * len(got) if isinstance(want, str) else want
            for w, g in zip(wants, got, strict=False):
                options = w.split("|")
                out.append((case, g if g in options else options[0], g))
    return out


def per_label_f1(pairs: list[tuple[str, str, str]]) -> dict[str, dict[str, float]]:
    """F1, support (gold count) and predicted count per label, over (case, gold, predicted) triples."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for _, gold, pred in pairs:
        if gold == pred:
            tp[gold] += 1
        else:
            fp[pred] += 1
            fn[gold] += 1
    labels = sorted(set(tp) | set(fp) | set(fn))
    return {
        label: {
            "f1": round(2 * tp[label] / (2 * tp[label] + fp[label] + fn[label]), 4),
            "support": tp[label] + fn[label],
            "predicted": tp[label] + fp[label],
        }
        for label in labels
    }


def test_per_label_f1_holds_the_baseline() -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))["labels"]
    current = per_label_f1(examples())
    drops = {
        label: (pinned["f1"], current.get(label, {"f1": 0.0})["f1"])
        for label, pinned in baseline.items()
        if current.get(label, {"f1": 0.0})["f1"] < pinned["f1"] - TOLERANCE
    }
    assert not drops, f"per-label F1 fell below the pinned baseline (pinned, now): {drops}"


def test_gate_counts_every_labelled_line() -> None:
    pairs = examples()
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    # every named line was found on its page, so no example silently drops out of the gate
    assert len(pairs) >= baseline["examples"]
    assert {gold for _, gold, _ in pairs} >= {"headline", "body", "navigation", "promo", "comment"}


def test_f1_arithmetic() -> None:
    pairs = [("c", "body", "body"), ("c", "body", "other"), ("c", "promo", "body"), ("c", "promo", "promo")]
    scores = per_label_f1(pairs)
    assert scores["body"]["f1"] == 0.5  # tp 1, fp 1, fn 1
    assert scores["promo"]["f1"] == round(2 / 3, 4)  # tp 1, fn 1
    assert scores["other"]["f1"] == 0.0
    assert scores["body"]["support"] == 2


def pin() -> None:
    """Write the current per-label F1 to ``fixtures/baseline.json``."""
    pairs = examples()
    data = {
        "note": "per-label F1 over fixture lines with expected labels; re-pin: python tests/test_eval_gate.py --pin",
        "examples": len(pairs),
        "labels": per_label_f1(pairs),
    }
    BASELINE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    for label, row in data["labels"].items():
        print(f"{label:<11} F1 {row['f1']:.3f}  support {row['support']}")  # noqa: T201


if __name__ == "__main__":
    if sys.argv[1:] == ["--pin"]:
        pin()
    else:
        sys.exit("usage: python tests/test_eval_gate.py --pin")
