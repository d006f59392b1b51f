"""``clean()`` is safe to call from many threads at once: same results as one thread."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import newsclean
from tests.strategies import sample_pages

THREADS = 8


def test_eight_threads_give_the_single_threaded_results() -> None:
    pages = sample_pages(16)
    assert len(pages) >= 8
    expected = [newsclean.clean(p) for p in pages]
    work = pages * 3  # every page cleaned by several threads, interleaved
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(newsclean.clean, work))
    assert results == expected * 3


def test_threads_share_a_config_and_pipeline() -> None:
    pages = sample_pages(8)
    config = newsclean.CleanConfig(favor="recall")
    pipeline = newsclean.Pipeline.default()
    expected = [newsclean.clean(p, config=config, pipeline=pipeline) for p in pages]
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(lambda p: newsclean.clean(p, config=config, pipeline=pipeline), pages * 4))
    assert results == expected * 4


def test_first_calls_race_on_lazy_setup() -> None:
    # the default pipeline, language models and date tables load lazily; a cold start from
    # eight threads at once must not build them half-way for anyone
    code = (
        "import sys\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        "import newsclean\n"
        "page = sys.stdin.read()\n"
        "with ThreadPoolExecutor(8) as pool:\n"
        "    bodies = set(a.body for a in pool.map(newsclean.clean, [page] * 8))\n"
        "assert len(bodies) == 1, bodies\n"
        "assert bodies == {newsclean.clean(page).body}\n"
    )
    page = sample_pages(3)[2]
    done = subprocess.run([sys.executable, "-c", code], input=page, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
