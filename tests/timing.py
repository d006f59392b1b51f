"""Growth-ratio timing for the linear-time tests, robust to a shared, noisy machine.

A linear-time test times one function on inputs that double in size and asserts that each
doubling costs less than a limit (3x: linear is 2x, quadratic 4x). On a busy box, a burst of
load can land on one size and not the next and fake a super-linear step. Three defences:

- CPU time of the calling thread (``time.thread_time``), not wall time, with the garbage
  collector off, so preemption and GC pauses are not counted as cost;
- batches repeated until they last at least ``FLOOR`` seconds, so a sub-millisecond call is
  not timer noise, and the fastest of several interleaved rounds per size;
- a doubling that still looks super-linear is timed again on its own, its two sizes
  interleaved, up to ``RETRIES`` times, keeping the lowest ratio. Load only ever inflates a
  time, so a real super-linear step stays bad on every try while noise does not.
"""

from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Callable, Sequence

FLOOR = 0.002  # seconds per timed batch
ROUNDS = 3  # interleaved rounds over all sizes
RETRIES = 5  # re-timings of a doubling that looks super-linear
NOISE = 1e-5  # seconds per call: below this a doubling is timer noise and counts as linear


def _batch(func: Callable[[str], object], text: str, reps: int) -> float:
    start = time.thread_time()
    for _ in range(reps):
        func(text)
    return (time.thread_time() - start) / reps


def _reps(func: Callable[[str], object], text: str) -> int:
    reps = 1
    while _batch(func, text, reps) * reps < FLOOR and reps < 4096:
        reps *= 4
    return reps


def _best(func: Callable[[str], object], texts: Sequence[str], rounds: int) -> list[float]:
    """Fastest seconds per call for each text, over interleaved rounds."""
    reps = [_reps(func, text) for text in texts]
    best = [float("inf")] * len(texts)
    for _ in range(rounds):
        for k, text in enumerate(texts):
            best[k] = min(best[k], _batch(func, text, reps[k]))
    return best


def _ratio(small: float, large: float) -> float:
    return large / small if large >= NOISE and small > 0 else 2.0


def doubling_ratios(func: Callable[[str], object], texts: Sequence[str], limit: float = 3.0) -> list[float]:
    """Cost ratio of each consecutive pair of ``texts`` (each about twice the previous)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        times = _best(func, texts, ROUNDS)
        ratios = [_ratio(a, b) for a, b in itertools.pairwise(times)]
        for k in range(len(ratios)):
            for attempt in range(RETRIES):
                if ratios[k] < limit:
                    break
                time.sleep(0.05 * (attempt + 1))  # let a burst of load on a sibling core pass
                small, large = _best(func, texts[k : k + 2], ROUNDS + 2)
                ratios[k] = min(ratios[k], _ratio(small, large))
    finally:
        if enabled:
            gc.enable()
    return ratios

