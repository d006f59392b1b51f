"""The exceptions newsclean raises, all rooted at :class:`NewscleanError`.

The tree::

    NewscleanError
    ├── InvalidInputError        (also TypeError)   page is not str or bytes
    ├── LimitExceededError       (also ValueError)  page past a configured limit
    ├── ConfigError              (also ValueError)  bad CleanConfig or pipeline
    ├── RegistryError            (also LookupError) unknown or clashing classifier name
    └── ClassifierError                             a classifier broke its contract

Each also inherits the builtin a caller would expect, so ``except TypeError``
keeps working. Catch :class:`NewscleanError` to handle everything newsclean raises
on purpose; anything else escaping :func:`newsclean.clean` is a bug.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "ClassifierError",
    "ConfigError",
    "InvalidInputError",
    "LimitExceededError",
    "NewscleanError",
    "RegistryError",
]


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose.

    .. versionadded:: 0.1.0
    """


class InvalidInputError(NewscleanError, TypeError):
    """The page is not a ``str`` or ``bytes``, or cannot be read as one.

    .. versionadded:: 0.1.0
    """


class LimitExceededError(NewscleanError, ValueError):
    """The page is past a limit of :class:`~newsclean.CleanConfig` (size, line length, depth).

    Attributes:
        limit: the name of the ``CleanConfig`` field that was exceeded.

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, *, limit: str) -> None:
        """Create the error, naming the exceeded ``CleanConfig`` field."""
        super().__init__(message)
        self.limit = limit


class ConfigError(NewscleanError, ValueError):
    """A :class:`~newsclean.CleanConfig` or :class:`~newsclean.Pipeline` setting is invalid.

    .. versionadded:: 0.1.0
    """


class RegistryError(NewscleanError, LookupError):
    """A classifier name is unknown, malformed, or already bound to another object.

    .. versionadded:: 0.1.0
    """


class ClassifierError(NewscleanError):
    """A classifier raised or returned something that breaks the ``LineClassifier`` contract.

    Attributes:
        classifier: the name of the classifier at fault.

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, *, classifier: str) -> None:
        """Create the error, naming the classifier at fault."""
        super().__init__(message)
        self.classifier = classifier
