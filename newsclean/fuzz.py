"""Deep fuzzing: run the property tests under the ``deep`` Hypothesis profile for a while.

Run from a source checkout (the property tests live in ``tests/property``)::

    python -m newsclean.fuzz --minutes 30

Each round runs the property suite under ``HYPOTHESIS_PROFILE=deep`` (``--examples`` per
test, 2000 by default) with a fresh random seed, until the time is up; the growth, memory,
thread and adversarial tests measure fixed inputs and are left out. The example database
(``.hypothesis/``) keeps every failure found, so the next ordinary ``pytest`` run replays it.
At the end it prints the rounds, the examples run and the minutes spent; the exit status is
non-zero when any round failed.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

__all__ = ["main"]

_TESTS = Path(__file__).resolve().parent.parent / "tests" / "property"
# Tests that time or measure whole pages rather than sample inputs; fuzzing them longer finds nothing new.
_SKIP = "not growth and not memory and not threads and not adversarial"


class _Counter:
    """A pytest plugin that counts the examples Hypothesis runs (shrinks included) and the failures."""

    def __init__(self) -> None:
        self.examples = 0
        self.failed: list[str] = []
        self._restore: list[tuple[Any, Any]] = []

    def pytest_runtest_call(self, item: Any) -> None:
        handle = getattr(getattr(item, "obj", None), "hypothesis", None)
        if handle is None:
            return
        original = handle.inner_test

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.examples += 1
            return original(*args, **kwargs)

        # ``inner_test`` is Hypothesis' documented hook for wrapping each example's call.
        handle.inner_test = counted
        self._restore.append((handle, original))

    def pytest_runtest_teardown(self, item: Any) -> None:  # noqa: ARG002  (pytest's hook signature)
        while self._restore:
            handle, original = self._restore.pop()
            handle.inner_test = original

    def pytest_runtest_logreport(self, report: Any) -> None:
        if report.failed:
            self.failed.append(report.nodeid)


def _round(seed: int, extra: list[str]) -> tuple[int, int, list[str]]:
    import pytest  # noqa: PLC0415  (a test-time dependency; the library never imports it)

    counter = _Counter()
    args = [str(_TESTS), "-q", "-p", "no:cacheprovider", "-k", _SKIP, f"--hypothesis-seed={seed}", *extra]
    status = pytest.main(args, plugins=[counter])
    return int(status), counter.examples, counter.failed


def main(argv: list[str] | None = None) -> int:
    """Fuzz for ``--minutes`` minutes; print rounds, examples and minutes.

    Args:
        argv: command-line arguments (default: ``sys.argv[1:]``).

    Returns:
        0 when every round passed, 1 otherwise.
    """
    parser = argparse.ArgumentParser(prog="python -m newsclean.fuzz", description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0, help="how long to fuzz (default 30)")
    parser.add_argument("--examples", type=int, default=2000, help="examples per test per round")
    parser.add_argument("--seed", type=int, default=None, help="first round's seed (default: random)")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments, e.g. -x or -k pattern")
    ns = parser.parse_args(argv)
    if not _TESTS.is_dir():
        parser.error(f"the property tests are not at {_TESTS}; run from a source checkout")
    os.environ["HYPOTHESIS_PROFILE"] = "deep"
    os.environ["NEWSCLEAN_FUZZ_EXAMPLES"] = str(ns.examples)
    seed = ns.seed if ns.seed is not None else random.SystemRandom().randrange(2**32)
    start = time.monotonic()
    deadline = start + ns.minutes * 60
    rounds = examples = 0
    failures: list[str] = []
    last = 0.0
    while True:
        began = time.monotonic()
        status, ran, failed = _round(seed + rounds, ns.pytest_args)
        last = time.monotonic() - began
        rounds += 1
        examples += ran
        failures += failed
        elapsed = (time.monotonic() - start) / 60
        sys.stdout.write(f"round {rounds} (seed {seed + rounds - 1}): exit {status}, {ran} examples, "
                         f"{examples} total, {elapsed:.1f} min\n")
        sys.stdout.flush()
        # stop on a failure, or when another round like the last would overrun by more than half
        if status not in (0, 5) or time.monotonic() + last / 2 >= deadline:
            break
    minutes = (time.monotonic() - start) / 60
    sys.stdout.write(f"fuzz: {rounds} round(s), {examples} examples, {minutes:.1f} minutes, "
                     f"{len(failures)} failing test(s)\n")
    for nodeid in dict.fromkeys(failures):
        sys.stdout.write(f"  FAILED {nodeid}\n")
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
