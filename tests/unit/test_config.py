"""CleanConfig: defaults, validation of each field, replace()."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

import pytest

from newsclean import CleanConfig, ConfigError


def test_defaults_are_valid_and_frozen() -> None:
    config = CleanConfig()
    assert config.favor == "balanced"
    assert config.favor_shift == 0.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.favor = "recall"  # type: ignore[misc]


def test_keyword_only() -> None:
    with pytest.raises(TypeError):
        CleanConfig("precision")  # type: ignore[misc]


@pytest.mark.parametrize(
    "changes",
    [
        {"favor": "fast"},
        {"body_threshold": 1.5},
        {"body_threshold": -0.1},
        {"body_threshold": "0.5"},
        {"near_threshold": -0.01},
        {"region_keep_ratio": 2.0},
        {"near_threshold": 0.5, "body_threshold": 0.4},
        {"max_gap": 0},
        {"max_gap": True},
        {"max_bytes": 0},
        {"max_bytes": 1.5},
        {"max_line_chars": -1},
        {"max_html_depth": 0},
        {"min_year": 0},
        {"min_year": 10000},
        {"reference_time": "2024-01-01"},
        {"language": "e1"},
        {"language": 7},
    ],
    ids=lambda c: ",".join(f"{k}={v!r}" for k, v in c.items()),
)
def test_invalid_fields_raise_config_error(changes: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        CleanConfig(**changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "changes",
    [
        {"body_threshold": 0.0, "near_threshold": 0.0},
        {"body_threshold": 1.0},
        {"max_gap": 1},
        {"min_year": 1},
        {"min_year": 9999},
        {"reference_time": datetime(2024, 1, 1, tzinfo=timezone.utc)},
        {"language": "de"},
        {"reflow": True},
    ],
)
def test_boundary_values_are_accepted(changes: dict[str, object]) -> None:
    config = CleanConfig(**changes)  # type: ignore[arg-type]
    for name, value in changes.items():
        assert getattr(config, name) == value


def test_favor_shifts_thresholds() -> None:
    assert CleanConfig(favor="precision").favor_shift > 0 > CleanConfig(favor="recall").favor_shift


def test_replace_validates_again() -> None:
    config = CleanConfig().replace(favor="recall")
    assert config.favor == "recall"
    with pytest.raises(ConfigError):
        CleanConfig().replace(max_gap=0)
    with pytest.raises(ConfigError):
        dataclasses.replace(CleanConfig(), favor="nope")  # type: ignore[arg-type]
