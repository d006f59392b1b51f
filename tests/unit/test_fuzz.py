"""``python -m newsclean.fuzz``: its options and how rounds from several processes add up."""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

import pytest

from newsclean.fuzz import RoundResult, Tally, _result, go_on, parse_args


def test_defaults_run_one_round_at_a_time() -> None:
    ns = parse_args([])
    assert (ns.minutes, ns.examples, ns.seed, ns.jobs, ns.pytest_args) == (30.0, 2000, None, 1, [])


def test_keep_going_is_off_by_default_and_a_flag() -> None:
    assert parse_args([]).keep_going is False
    assert parse_args(["--keep-going", "--minutes", "30"]).keep_going is True


@pytest.mark.parametrize(
    ("failed", "keep_going", "now", "expected"),
    [
        (False, False, 0.0, True),
        (True, False, 0.0, False),  # the default: no new round after a failure
        (True, True, 0.0, True),  # --keep-going: rounds go on
        (True, True, 90.0, False),  # but never past the time (a 60 s round would end 50 s late)
        (False, False, 69.0, True),  # ends 29 s late: under half a round
    ],
)
def test_another_round_starts_unless_failed_or_late(failed: bool, keep_going: bool, now: float, expected: bool) -> None:
    assert go_on(failed=failed, keep_going=keep_going, now=now, last=60.0, deadline=100.0) is expected


def test_jobs_and_extra_pytest_arguments() -> None:
    ns = parse_args(["--minutes", "10", "--jobs", "2", "--seed", "5", "--", "-x", "-k", "body"])
    assert (ns.minutes, ns.jobs, ns.seed, ns.pytest_args) == (10.0, 2, 5, ["-x", "-k", "body"])


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_below_one_or_not_a_number_is_a_usage_error(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        parse_args(["--jobs", jobs])
    assert exc.value.code == 2
    assert "--jobs" in capsys.readouterr().err


@pytest.mark.parametrize(("status", "ok"), [(0, True), (5, True), (1, False), (2, False)])
def test_a_round_passes_on_pytest_success_or_nothing_collected(status: int, ok: bool) -> None:
    assert RoundResult(seed=1, status=status, examples=0, failed=()).ok is ok


def test_tally_sums_rounds_from_every_job() -> None:
    tally = Tally()
    tally.add(RoundResult(seed=10, status=0, examples=1200, failed=()))
    tally.add(RoundResult(seed=11, status=1, examples=800, failed=("t.py::test_a",)))
    tally.add(RoundResult(seed=12, status=1, examples=50, failed=("t.py::test_a", "t.py::test_b")))
    assert (tally.rounds, tally.examples) == (3, 2050)
    assert tally.failures == ["t.py::test_a", "t.py::test_a", "t.py::test_b"]


def test_summary_lists_each_failing_test_once() -> None:
    tally = Tally()
    tally.add(RoundResult(seed=1, status=1, examples=7, failed=("t.py::test_a",)))
    tally.add(RoundResult(seed=2, status=1, examples=3, failed=("t.py::test_a",)))
    assert tally.summary(1.25) == (
        "fuzz: 2 round(s), 10 examples, 1.2 minutes, 2 failing test(s)\n  FAILED t.py::test_a\n"
    )


def test_summary_of_a_clean_run() -> None:
    tally = Tally()
    tally.add(RoundResult(seed=1, status=0, examples=4000, failed=()))
    assert tally.summary(10.0) == "fuzz: 1 round(s), 4000 examples, 10.0 minutes, 0 failing test(s)\n"


def test_a_worker_that_died_counts_as_a_failed_round() -> None:
    future: Future[RoundResult] = Future()
    future.set_exception(BrokenProcessPool("killed"))
    result = _result(future, 42)
    assert (result.seed, result.ok, result.examples) == (42, False, 0)
    assert result.failed == ("worker process died: killed",)


def test_a_finished_round_is_passed_through() -> None:
    future: Future[RoundResult] = Future()
    done = RoundResult(seed=7, status=0, examples=9, failed=())
    future.set_result(done)
    assert _result(future, 7) is done
