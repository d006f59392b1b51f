"""newsclean: boilerplate removal for news, from text dumps or HTML.

>>> import newsclean
>>> article = newsclean.clean(open("fixtures/seed_devdiscourse.txt").read())  # doctest: +SKIP
>>> article.headline  # doctest: +SKIP

Every line of the page gets a :class:`Label` from a :class:`Pipeline` of pluggable
classifiers; a context pass revises the labels by their neighbours; the assembler
keeps the article body and its metadata in an :class:`Article`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import logging
from importlib import metadata as _metadata

from newsclean.api import clean
from newsclean.article import Article, LabeledLine
from newsclean.batch import Result, clean_many
from newsclean.classifiers.base import LineClassifier, PageContext, Vote
from newsclean.config import CleanConfig
from newsclean.errors import (
    ClassifierError,
    ConfigError,
    InvalidInputError,
    LimitExceededError,
    NewscleanError,
    RegistryError,
)
from newsclean.labels import Label
from newsclean.lines import Line, Markup, split_lines
from newsclean.pipeline import Pipeline
from newsclean.registry import available, register, registry

__all__ = [
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

try:
    __version__ = _metadata.version("newsclean")
except _metadata.PackageNotFoundError:  # pragma: no cover  (running from a source tree)
    __version__ = "0.0.0+unknown"

logging.getLogger(__name__).addHandler(logging.NullHandler())
