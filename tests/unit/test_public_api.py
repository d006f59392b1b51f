"""The public surface: ``newsclean.__all__`` is exactly this, sorted, and every name resolves."""

from __future__ import annotations

import logging

import newsclean

EXPECTED = [
    "Article",
    "ClassifierError",
    "CleanConfig",
    "ConfigError",
    "InvalidInputError",
    "Label",
    "LabeledLine",
    "LimitExceededError",
    "Line",
    "LineClassifier",
    "Markup",
    "NewscleanError",
    "PageContext",
    "Pipeline",
    "RegistryError",
    "Result",
    "Vote",
    "__version__",
    "available",
    "clean",
    "clean_many",
    "register",
    "registry",
    "split_lines",
]


def test_all_is_exactly_the_public_surface() -> None:
    assert newsclean.__all__ == EXPECTED


def test_all_is_sorted_and_resolves() -> None:
    assert newsclean.__all__ == sorted(newsclean.__all__)
    for name in newsclean.__all__:
        assert getattr(newsclean, name) is not None, name


def test_version_is_a_string() -> None:
    assert isinstance(newsclean.__version__, str)
    assert newsclean.__version__


def test_library_logger_has_a_null_handler() -> None:
    handlers = logging.getLogger("newsclean").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)
