"""The examples in newsclean's docstrings run and give what they show.

Each module of the package is a test case: its docstrings' ``>>>`` examples are run with
:mod:`doctest`. A module that needs an optional extra that is not installed (Spark, Scrapy,
warcio) is skipped, not failed.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsclean

# ``newsclean.__main__`` runs the command line when imported: it holds no examples
MODULES = sorted(
    m.name for m in pkgutil.walk_packages(newsclean.__path__, prefix="newsclean.") if m.name != "newsclean.__main__"
)


def test_the_package_has_modules_to_check() -> None:
    assert "newsclean.api" in MODULES
    assert len(MODULES) > 30


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # an optional extra
        pytest.skip(f"{name} needs {exc.name}")
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(module, name):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples of {name} failed (output above)"
