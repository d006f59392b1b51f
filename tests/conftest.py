"""Shared test setup: Hypothesis profiles and the import path for ``tests.strategies``.

Profiles (pick one with ``HYPOTHESIS_PROFILE``; the default is ``ci``, so the README command is reproducible):

* ``ci``: derandomized and database-free, so a CI failure reproduces exactly; few examples.
* ``dev``: Hypothesis' defaults with a local example database.
* ``deep``: thousands of examples per test, for ``python -m newsclean.fuzz``.

Hypothesis loads its own built-in "ci" profile when CI is set; the explicit
``load_profile`` below replaces it with ours.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# pytest runs with --import-mode=importlib, which does not put tests/ or the repo on sys.path;
# ``from tests.strategies import ...`` needs the repository root there.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

_SLOW_DATA = (HealthCheck.too_slow, HealthCheck.data_too_large)

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=25,
    database=None,
    print_blob=True,
    suppress_health_check=_SLOW_DATA,
)
settings.register_profile("dev", max_examples=50, deadline=None, suppress_health_check=_SLOW_DATA)
settings.register_profile(
    "deep",
    # python -m newsclean.fuzz sets the count per round; thousands by default
    max_examples=int(os.environ.get("NEWSCLEAN_FUZZ_EXAMPLES", "5000")),
    deadline=None,
    # a failure's report carries the blob that replays it (@reproduce_failure)
    print_blob=True,
    suppress_health_check=(*_SLOW_DATA, HealthCheck.filter_too_much),
)
# The README's test command must give the same answer on every machine, so the derandomized
# "ci" profile is the default; exploring with fresh random examples is opt-in
# (HYPOTHESIS_PROFILE=dev, or deep through python -m newsclean.fuzz).
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config: pytest.Config) -> None:
    # Hypothesis' failure report imports mypy_extensions on this box, which warns; with
    # filterwarnings=error that turned a plain test failure into an INTERNALERROR.
    config.addinivalue_line("markers", "background(start): wait on work started at collection by start()")
    config.addinivalue_line(
        "filterwarnings", "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
    )


@pytest.hookimpl(trylast=True)  # after -k/-m deselection: start only what will be awaited
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Tests marked ``background(start)`` wait on slow child processes; start them all now so
    # they run on the second core while the rest of the suite runs.
    starters = {id(m.args[0]): m.args[0] for item in items for m in item.iter_markers("background")}
    for start in starters.values():
        start()
