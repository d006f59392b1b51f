"""The error tree: every error is a NewscleanError and the builtin a caller would catch."""

from __future__ import annotations

import pytest

from newsclean import (
    ClassifierError,
    ConfigError,
    InvalidInputError,
    LimitExceededError,
    NewscleanError,
    RegistryError,
)


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (InvalidInputError, TypeError),
        (LimitExceededError, ValueError),
        (ConfigError, ValueError),
        (RegistryError, LookupError),
        (ClassifierError, Exception),
    ],
)
def test_each_inherits_the_root_and_its_builtin(error: type[Exception], builtin: type[Exception]) -> None:
    assert issubclass(error, NewscleanError)
    assert issubclass(error, builtin)


def test_root_is_an_exception_not_a_builtin_subclass() -> None:
    assert issubclass(NewscleanError, Exception)
    assert not issubclass(NewscleanError, (TypeError, ValueError, LookupError))


def test_classifier_error_names_the_classifier() -> None:
    err = ClassifierError("boom", classifier="paywall")
    assert err.classifier == "paywall"
    assert str(err) == "boom"
    with pytest.raises(NewscleanError):
        raise err


def test_limit_error_names_the_limit() -> None:
    err = LimitExceededError("too big", limit="max_bytes")
    assert err.limit == "max_bytes"
    with pytest.raises(ValueError, match="too big"):
        raise err


def test_caught_by_builtin() -> None:
    with pytest.raises(TypeError):
        raise InvalidInputError("not a page")
    with pytest.raises(LookupError):
        raise RegistryError("unknown")
