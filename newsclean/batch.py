"""Clean many pages: in order, streaming, one failure never stopping the rest.

:func:`clean_many` takes any iterable of pages (a list, a generator reading an archive, a
database cursor) and yields one :class:`Result` a page, in input order. With ``jobs > 1``
the pages go to a process pool in chunks; only a bounded number of chunks is in flight at
any time, so a generator input of any length streams through in constant memory.

>>> results = list(clean_many(["Home | News\\n\\nBridge Reopens\\n\\nThe old bridge reopened on "
...                            "Monday after a repair that took two years, officials said.", 42]))
>>> [r.index for r in results], results[0].ok, results[1].error.split(":")[0]
([0, 1], True, 'InvalidInputError')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice, repeat
from typing import TYPE_CHECKING

from newsclean.api import clean
from newsclean.config import CleanConfig
from newsclean.errors import ConfigError, InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from newsclean.article import Article

__all__ = ["Result", "clean_many"]

INFLIGHT_PER_JOB = 2
"""Chunks queued per worker process: one being cleaned, one ready, so workers never wait for the
parent, while at most ``2 * jobs * chunksize`` pages are held at once."""

_Task = tuple[int, "str | bytes", "str | None"]


@dataclass(frozen=True, slots=True)
class Result:
    """What :func:`clean_many` made of one page.

    .. versionadded:: 0.1.0
    """

    index: int
    """The page's position in the input (0-based)."""
    article: Article | None
    """The cleaned article, or ``None`` when the page failed."""
    error: str | None
    """Why the page failed (``"InvalidInputError: ..."``), or ``None``."""

    @property
    def ok(self) -> bool:
        """Whether the page was cleaned."""
        return self.error is None


def clean_many(
    pages: Iterable[str | bytes],
    *,
    jobs: int = 1,
    urls: Iterable[str | None] | None = None,
    config: CleanConfig | None = None,
    format: str = "auto",  # noqa: A002  (the same keyword as clean())
    chunksize: int = 16,
) -> Iterator[Result]:
    """Clean every page, yielding one :class:`Result` a page in input order.

    A page that fails (bad input, a page over ``max_bytes``, a broken classifier, even a
    worker process that dies) gives a :class:`Result` with ``error`` set; the batch goes on.

    Args:
        pages: the pages, as :func:`newsclean.clean` takes them; any iterable, read lazily.
        jobs: worker processes; 1 cleans in this process, 0 uses one per CPU.
        urls: the pages' URLs, in the same order (optional); must be as long as ``pages``.
        config: settings for every page (default: ``CleanConfig()``).
        format: ``"auto"``, ``"text"`` or ``"html"``, as in :func:`newsclean.clean`.
        chunksize: pages sent to a worker at a time; larger chunks cost less overhead but
            hold more pages in memory (at most ``2 * jobs * chunksize``).

    Returns:
        An iterator of :class:`Result`, in the order of ``pages``.

    Raises:
        ConfigError: ``jobs`` or ``chunksize`` is out of range, or ``config`` is not a ``CleanConfig``.
        InvalidInputError: ``urls`` is shorter or longer than ``pages`` (raised when the
            iterator reaches the end of the shorter one).

    >>> page = ("Home | News\\n\\nBridge Reopens\\n\\nThe old bridge reopened on Monday after a repair "
    ...         "that took two years, officials said.")
    >>> [(r.index, r.ok) for r in clean_many([page, page], format="text")]
    [(0, True), (1, True)]

    .. versionadded:: 0.1.0
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise ConfigError(f"jobs must be an int >= 0 (0: one per CPU), got {jobs!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ConfigError(f"chunksize must be an int >= 1, got {chunksize!r}")
    if config is not None and not isinstance(config, CleanConfig):
        raise ConfigError(f"config must be a newsclean.CleanConfig, got {type(config).__name__}")
    config = config or CleanConfig()
    workers = jobs or os.cpu_count() or 1
    tasks = _tasks(pages, urls)
    if workers == 1:
        return (_clean_one(task, config, format) for task in tasks)
    return _pooled(tasks, workers=workers, chunksize=chunksize, config=config, fmt=format)


def _tasks(pages: Iterable[str | bytes], urls: Iterable[str | None] | None) -> Iterator[_Task]:
    url_iter = repeat(None) if urls is None else urls
    try:
        for index, (page, url) in enumerate(zip(pages, url_iter, strict=urls is not None)):
            yield index, page, url
    except ValueError as exc:
        if "zip()" not in str(exc):
            raise
        raise InvalidInputError("urls and pages have different lengths; give one URL (or None) a page") from exc


def _clean_one(task: _Task, config: CleanConfig, fmt: str) -> Result:
    index, page, url = task
    try:
        article = clean(page, url=url, config=config, format=fmt)
    except Exception as exc:  # noqa: BLE001  (one bad page is reported, never fatal to the batch)
        return Result(index, None, f"{type(exc).__name__}: {exc}")
    return Result(index, article, None)


def _clean_chunk(chunk: list[_Task], config: CleanConfig, fmt: str) -> list[Result]:
    """Runs in a worker process."""
    return [_clean_one(task, config, fmt) for task in chunk]


def _pooled(tasks: Iterator[_Task], *, workers: int, chunksize: int, config: CleanConfig, fmt: str) -> Iterator[Result]:
    limit = workers * INFLIGHT_PER_JOB
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque[tuple[list[_Task], Future[list[Result]]]] = deque()
    try:
        while True:
            lost: list[list[_Task]] | None = None
            while len(pending) < limit and (chunk := list(islice(tasks, chunksize))):
                try:
                    pending.append((chunk, pool.submit(_clean_chunk, chunk, config, fmt)))
                except BrokenProcessPool:  # noqa: PERF203  (a worker died while we were still queueing)
                    lost = [*(c for c, _ in pending), chunk]
                    break
            if lost is None:
                if not pending:
                    return
                chunk, future = pending.popleft()
                try:
                    results = future.result()
                except BrokenProcessPool:
                    lost = [chunk, *(c for c, _ in pending)]
                else:
                    yield from results
                    continue
            # A worker died (killed, out of memory, a crash in C code). Every queued chunk is lost
            # with the pool: retry them page by page in fresh pools, so only the culprit fails.
            pool.shutdown(wait=True, cancel_futures=True)
            pending.clear()
            pool = ProcessPoolExecutor(max_workers=workers)
            for c in lost:
                for task in c:
                    result, pool = _isolated(task, pool, workers, config, fmt)
                    yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _isolated(
    task: _Task, pool: ProcessPoolExecutor, workers: int, config: CleanConfig, fmt: str
) -> tuple[Result, ProcessPoolExecutor]:
    """Clean one page alone; when it kills its worker, report it and hand back a fresh pool."""
    try:
        return pool.submit(_clean_chunk, [task], config, fmt).result()[0], pool
    except BrokenProcessPool:
        pool.shutdown(wait=True, cancel_futures=True)
        error = "BrokenProcessPool: the worker process cleaning this page died (killed, out of memory or a crash)"
        return Result(task[0], None, error), ProcessPoolExecutor(max_workers=workers)
