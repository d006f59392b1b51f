"""Deep fuzzing: run the property tests under the ``deep`` Hypothesis profile for a while.

Run from a source checkout (the property tests live in ``tests/property``)::

    python -m newsclean.fuzz --minutes 30
    python -m newsclean.fuzz --minutes 30 --jobs 2   # two rounds at once, one per core

Each round runs the property suite under ``HYPOTHESIS_PROFILE=deep`` (``--examples`` per
test, 2000 by default) with a fresh random seed, until the time is up; the growth, memory,
thread and adversarial tests measure fixed inputs and are left out. A failing round prints
pytest's report with the falsifying example; pin each one you fix as an ``@example`` (the
``ci`` profile that the plain ``pytest`` command loads has no example database, so it does
not replay what a deep round found).

``--jobs N`` runs N rounds at once, each in its own process with its own seed, all sharing
the one example database; a round's pytest output is printed only when the round fails.
Without it (``--jobs 1``) rounds run one after another in this process, output shown live.

At the end it prints the rounds, the examples run (summed over all jobs) and the minutes
spent; the exit status is non-zero when any round failed. No new round starts after a
failure (rounds already running finish), unless ``--keep-going`` is given: then rounds go on
until the time is up, and the report lists every test that failed in any round. Each round
draws its own examples from its own seed, so a test that failed once goes on exploring in
the later rounds.

.. versionadded:: 0.1.0
.. versionchanged:: 0.2.0
   ``--jobs``.
.. versionchanged:: 0.3.0
   ``--keep-going``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import multiprocessing
import os
import random
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["main"]

_TESTS = Path(__file__).resolve().parent.parent / "tests" / "property"
# Tests that time or measure whole pages rather than sample inputs; fuzzing them longer finds nothing new.
_SKIP = "not growth and not memory and not threads and not adversarial"
# pytest's exit codes for "all passed" and "no tests collected" (a -k that matches nothing).
_PASSED = (0, 5)


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


@dataclass(frozen=True, slots=True)
class RoundResult:
    """What one round reports back: its seed, pytest's exit status, the examples run, the failed tests."""

    seed: int
    status: int
    examples: int
    failed: tuple[str, ...]
    output: str = ""
    """The round's pytest output when it ran in a worker process (``--jobs`` above 1), else empty."""

    @property
    def ok(self) -> bool:
        """Whether every test of the round passed."""
        return self.status in _PASSED


@dataclass(slots=True)
class Tally:
    """The running totals over all rounds, whichever process ran them."""

    rounds: int = 0
    examples: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, result: RoundResult) -> None:
        """Count one finished round."""
        self.rounds += 1
        self.examples += result.examples
        self.failures += result.failed

    def summary(self, minutes: float) -> str:
        """The closing report: rounds, examples, minutes, then one line per distinct failing test."""
        head = (
            f"fuzz: {self.rounds} round(s), {self.examples} examples, {minutes:.1f} minutes, "
            f"{len(self.failures)} failing test(s)"
        )
        lines = [head]
        lines += [f"  FAILED {nodeid}" for nodeid in dict.fromkeys(self.failures)]
        return "\n".join(lines) + "\n"


def _round(seed: int, extra: list[str]) -> RoundResult:
    import pytest  # noqa: PLC0415  (a test-time dependency; the library never imports it)

    counter = _Counter()
    args = [str(_TESTS), "-q", "-p", "no:cacheprovider", "-k", _SKIP, f"--hypothesis-seed={seed}", *extra]
    status = pytest.main(args, plugins=[counter])
    return RoundResult(seed, int(status), counter.examples, tuple(counter.failed))


def _worker_round(seed: int, extra: list[str], examples: int) -> RoundResult:
    """One round in a worker process, its output captured (parallel rounds would interleave it)."""
    os.environ["HYPOTHESIS_PROFILE"] = "deep"
    os.environ["NEWSCLEAN_FUZZ_EXAMPLES"] = str(examples)
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        result = _round(seed, [*extra, "-p", "no:faulthandler"])
    return RoundResult(result.seed, result.status, result.examples, result.failed, buffer.getvalue())


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line: ``--minutes``, ``--examples``, ``--seed``, ``--jobs`` and extra pytest arguments.

    >>> ns = parse_args(["--minutes", "5", "--jobs", "2", "--", "-x"])
    >>> ns.minutes, ns.jobs, ns.pytest_args
    (5.0, 2, ['-x'])
    """
    parser = argparse.ArgumentParser(prog="python -m newsclean.fuzz", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0, help="how long to fuzz (default 30)")
    parser.add_argument("--examples", type=int, default=2000, help="examples per test per round")
    parser.add_argument("--seed", type=int, default=None, help="first round's seed (default: random)")
    parser.add_argument("--jobs", type=_positive, default=1, help="rounds run at once, one process each (default 1)")
    parser.add_argument(
        "--keep-going",
        action="store_true",
        help="start new rounds after a failure, until the time is up (every failure is reported)",
    )
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments, e.g. -x or -k pattern")
    return parser.parse_args(argv)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        msg = f"must be at least 1, not {value}"
        raise argparse.ArgumentTypeError(msg)
    return value


def go_on(*, failed: bool, keep_going: bool, now: float, last: float, deadline: float) -> bool:
    """Whether to start another round: none after a failure (unless ``keep_going``), nor one that would overrun.

    A round like the ``last`` one (its duration) must not end more than half of it past the ``deadline``.

    >>> go_on(failed=False, keep_going=False, now=0.0, last=60.0, deadline=100.0)
    True
    >>> go_on(failed=True, keep_going=False, now=0.0, last=60.0, deadline=100.0)
    False
    >>> go_on(failed=True, keep_going=True, now=0.0, last=60.0, deadline=100.0)
    True
    >>> go_on(failed=False, keep_going=True, now=80.0, last=60.0, deadline=100.0)
    False
    """
    if failed and not keep_going:
        return False
    return now + last / 2 < deadline


def _report(tally: Tally, result: RoundResult, start: float) -> None:
    elapsed = (time.monotonic() - start) / 60
    if not result.ok and result.output:
        sys.stdout.write(result.output)
    sys.stdout.write(
        f"round {tally.rounds} (seed {result.seed}): exit {result.status}, {result.examples} examples, "
        f"{tally.examples} total, {elapsed:.1f} min\n"
    )
    sys.stdout.flush()


def _serial(ns: argparse.Namespace, seed: int, start: float, deadline: float) -> Tally:
    tally = Tally()
    while True:
        began = time.monotonic()
        result = _round(seed + tally.rounds, ns.pytest_args)
        last = time.monotonic() - began
        tally.add(result)
        _report(tally, result, start)
        if not go_on(
            failed=not result.ok, keep_going=ns.keep_going, now=time.monotonic(), last=last, deadline=deadline
        ):
            return tally


def _parallel(ns: argparse.Namespace, seed: int, start: float, deadline: float) -> Tally:
    tally = Tally()
    submitted = 0
    failed = False
    # spawn, not fork: each round starts from fresh imports, as a round of the serial loop's first does
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=ns.jobs, mp_context=context) as pool:
        running: dict[Future[RoundResult], tuple[float, int]] = {}  # each round's start time and seed

        def submit() -> None:
            nonlocal submitted
            future = pool.submit(_worker_round, seed + submitted, list(ns.pytest_args), ns.examples)
            running[future] = (time.monotonic(), seed + submitted)
            submitted += 1

        for _ in range(ns.jobs):
            submit()
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                began, round_seed = running.pop(future)
                last = time.monotonic() - began
                result = _result(future, round_seed)
                tally.add(result)
                _report(tally, result, start)
                failed = failed or not result.ok
                # the serial rule, per slot
                if go_on(failed=failed, keep_going=ns.keep_going, now=time.monotonic(), last=last, deadline=deadline):
                    submit()
    return tally


def _result(future: Future[RoundResult], seed: int) -> RoundResult:
    """The round's result; a worker that died (killed, out of memory) is a failed round, not a traceback."""
    try:
        return future.result()
    except BrokenProcessPool as exc:
        return RoundResult(seed, 3, 0, (f"worker process died: {exc}",))


def main(argv: list[str] | None = None) -> int:
    """Fuzz for ``--minutes`` minutes, ``--jobs`` rounds at a time; print rounds, examples and minutes.

    Args:
        argv: command-line arguments (default: ``sys.argv[1:]``).

    Returns:
        0 when every round passed, 1 otherwise.
    """
    ns = parse_args(argv)
    if not _TESTS.is_dir():
        sys.stderr.write(f"python -m newsclean.fuzz: no property tests at {_TESTS}; run from a source checkout\n")
        return 2
    os.environ["HYPOTHESIS_PROFILE"] = "deep"
    os.environ["NEWSCLEAN_FUZZ_EXAMPLES"] = str(ns.examples)
    seed = ns.seed if ns.seed is not None else random.SystemRandom().randrange(2**32)
    start = time.monotonic()
    deadline = start + ns.minutes * 60
    run = _serial if ns.jobs == 1 else _parallel
    tally = run(ns, seed, start, deadline)
    sys.stdout.write(tally.summary((time.monotonic() - start) / 60))
    sys.stdout.flush()
    return 0 if not tally.failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
