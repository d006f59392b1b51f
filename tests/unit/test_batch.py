import os
import pickle

import pytest

from newsclean import CleanConfig, clean
from newsclean.batch import INFLIGHT_PER_JOB, Result, clean_many
from newsclean.errors import ConfigError, InvalidInputError

PAGE = (
    "Home | News | Sport\n\nBridge Reopens {n}\n\n"
    "The old bridge reopened on Monday after a repair that took two years, officials said. "
    "Traffic is expected to return to normal by the end of the week.\n"
)


def pages(n: int) -> list[str]:
    return [PAGE.format(n=i) for i in range(n)]


def test_results_come_in_input_order_and_match_clean() -> None:
    inputs = pages(7)
    results = list(clean_many(inputs))
    assert [r.index for r in results] == list(range(7))
    assert all(isinstance(r, Result) and r.ok for r in results)
    assert [r.article for r in results] == [clean(p) for p in inputs]


def test_a_failing_page_is_reported_and_the_batch_goes_on() -> None:
    config = CleanConfig(max_bytes=100)
    results = list(clean_many([PAGE.format(n=0), 42, PAGE.format(n=2)]))  # type: ignore[list-item]
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].article is None
    assert results[1].error is not None
    assert results[1].error.startswith("InvalidInputError")
    over = list(clean_many(["short page", "x" * 200], config=config))
    assert over[0].ok
    assert over[1].error is not None
    assert over[1].error.startswith("LimitExceededError")


def test_urls_are_passed_per_page_and_must_match_in_length() -> None:
    url = "https://example.com/world/2024/bridge-reopens-after-repairs.html"
    (result,) = clean_many([PAGE.format(n=1)], urls=[url])
    assert result.article == clean(PAGE.format(n=1), url=url)
    with pytest.raises(InvalidInputError, match="different lengths"):
        list(clean_many(pages(2), urls=[url]))


@pytest.mark.parametrize("kwargs", [{"jobs": -1}, {"chunksize": 0}, {"config": {"reflow": False}}])
def test_bad_settings_raise_at_once(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        clean_many(pages(1), **kwargs)  # type: ignore[arg-type]


class Counting:
    """A generator input that records how far it has been read."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.consumed = 0

    def __iter__(self):
        for i in range(self.n):
            self.consumed += 1
            yield PAGE.format(n=i)


def test_one_job_streams_one_page_at_a_time() -> None:
    source = Counting(50)
    it = clean_many(source)
    for yielded, _ in enumerate(it, start=1):
        assert source.consumed == yielded


def test_jobs_2_keeps_order_and_bounds_work_in_flight() -> None:
    source = Counting(120)
    chunksize = 4
    bound = 2 * INFLIGHT_PER_JOB * chunksize  # chunks queued for two workers
    seen = []
    for result in clean_many(source, jobs=2, chunksize=chunksize):
        seen.append(result.index)
        assert source.consumed - len(seen) <= bound
    assert seen == list(range(120))


def test_jobs_2_matches_one_job_and_isolates_errors() -> None:
    inputs: list[object] = [*pages(9), b"\xff\xfe broken \x00 page", 3.5, *pages(3)]
    serial = list(clean_many(inputs, chunksize=2))  # type: ignore[arg-type]
    parallel = list(clean_many(inputs, jobs=2, chunksize=2))  # type: ignore[arg-type]
    assert parallel == serial
    assert [r.index for r in parallel if not r.ok] == [10]


def _kill_on_marker(page: str) -> None:
    if "KILL" in page:
        os._exit(1)


def test_a_dying_worker_fails_only_its_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean import batch

    real = batch.clean

    def fragile(page, **kwargs):
        _kill_on_marker(page)
        return real(page, **kwargs)

    monkeypatch.setattr(batch, "clean", fragile)  # inherited by forked workers
    if __import__("multiprocessing").get_start_method() != "fork":
        pytest.skip("needs fork to pass the patched clean() to workers")
    inputs = [*pages(5), "KILL", *pages(5)]
    results = list(clean_many(inputs, jobs=2, chunksize=2))
    assert [r.index for r in results] == list(range(11))
    assert [r.index for r in results if not r.ok] == [5]
    assert "died" in (results[5].error or "")


def test_results_pickle() -> None:
    (result,) = clean_many(pages(1))
    assert pickle.loads(pickle.dumps(result)) == result
