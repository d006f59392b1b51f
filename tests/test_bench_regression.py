"""Dev-set regression: body 4-shingle F1 per input kind must not fall below the pinned baseline.

Scores the htmltext and inscriptis dumps of the dev set (about 30 s each) with
``benchmarks/score_data.py`` and fails when a kind's F1 drops more than ``TOLERANCE``
below ``benchmarks/baseline.json``. Skips when the data folder is absent (set
``NEWSCLEAN_DEVSET`` to point elsewhere). Marked ``slow``; it still runs by default
(deselect with ``-m "not slow"``).

Re-pin after an accepted accuracy change::

    python benchmarks/score_data.py --pin
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("NEWSCLEAN_DEVSET", ROOT.parent / "shared" / "data" / "devset"))
SHARED_SCORING = ROOT.parent / "shared" / "bench" / "scoring.py"
TOLERANCE = 0.005
KINDS = ("htmltext", "inscriptis")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score_data = _load("newsclean_bench_score_data", ROOT / "benchmarks" / "score_data.py")


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_devset_body_f1_holds_the_baseline(kind: str) -> None:
    if not (DATA / "truth.json").is_file():
        pytest.skip(f"no dev set at {DATA}")
    pinned = json.loads((ROOT / "benchmarks" / "baseline.json").read_text(encoding="utf-8"))["kinds"][kind]
    result = score_data.score_kind(DATA, kind)
    assert result["pages"] == pinned["pages"], "the data set changed; re-pin with python benchmarks/score_data.py --pin"
    assert result["f1"] >= pinned["f1"] - TOLERANCE, (
        f"{kind} body F1 {result['f1']:.4f} fell below the pinned {pinned['f1']:.4f} "
        f"(P {result['precision']:.4f} R {result['recall']:.4f})"
    )


def test_metric_edge_cases() -> None:
    perfect = score_data.page_counts("one two three four five", "one two three four five")
    assert perfect == score_data.Counts(1.0, 0.0, 0.0)
    missed = score_data.page_counts("one two three four five", "")
    assert missed.tp == 0.0
    assert missed.fn == 1.0
    summary = score_data.summarize([perfect, missed])
    assert summary["precision"] == 1.0  # the empty prediction does not count for precision
    assert summary["recall"] == 0.5
    assert summary["f1"] == pytest.approx(2 / 3)


@pytest.mark.skipif(not SHARED_SCORING.is_file(), reason="shared scoring.py not present")
def test_metric_matches_the_shared_harness() -> None:
    shared = _load("newsclean_shared_scoring", SHARED_SCORING)
    pairs = [
        ("The old bridge reopened on Monday after repairs.", "The old bridge reopened on Monday. Home | News"),
        ("Short", "Short"),
        ("a b c d e f g", ""),
        ("", "stray text here and there"),
        ("Ein Satz über Brücken und Straßen in der Stadt.", "Ein Satz über Brücken und Straßen."),
    ]
    ours = [score_data.page_counts(t, p) for t, p in pairs]
    theirs = [shared.page_counts(t, p) for t, p in pairs]
    assert [tuple(c) for c in ours] == [tuple(c) for c in theirs]
    assert score_data.summarize(ours) == pytest.approx(shared.summarize(theirs))
