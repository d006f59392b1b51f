"""CleanConfig: every knob of :func:`newsclean.clean`, validated once.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from newsclean.errors import ConfigError

__all__ = ["CleanConfig", "Favor"]

Favor = Literal["balanced", "precision", "recall"]

# How ``favor`` moves the body thresholds: precision asks more of a line before it
# counts as article prose, recall asks less. The numbers are added to the
# body-score thresholds below.
_FAVOR_SHIFT: dict[str, float] = {"balanced": 0.0, "precision": 0.12, "recall": -0.12}


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanConfig:
    """Settings for :func:`newsclean.clean`. Frozen; derive variants with :func:`dataclasses.replace`.

    >>> import dataclasses
    >>> strict = dataclasses.replace(CleanConfig(), favor="precision")
    >>> strict.favor_shift > CleanConfig().favor_shift  # a line needs a higher body score to be kept
    True

    Raises:
        ConfigError: when a value is out of range.

    .. versionadded:: 0.1.0
    """

    favor: Favor = "balanced"
    """Trade body precision for recall: ``"precision"`` keeps only lines that look clearly like
    article prose (fewer leaked teasers, more missed short paragraphs), ``"recall"`` keeps
    borderline lines too (fewer missed paragraphs, more leaked boilerplate)."""
    include_comments: bool = False
    """Keep reader comments in the body (labelled ``COMMENT`` otherwise)."""
    strip_dateline: bool = False
    """Remove a "TOKYO (Reuters) —" prefix from the first body paragraph (it is always parsed)."""
    reference_time: datetime | None = None
    """"Now" for relative dates ("3 hours ago") and the future-date check. Relative dates are
    ignored when unset: newsclean never reads the machine's clock."""
    language: str | None = None
    """Force the page language (ISO 639-1); detected from the text when unset."""
    min_year: int = 1990
    """Dates before this year are not publication dates."""
    reflow: bool | None = None
    """Join hard-wrapped lines into paragraphs: ``None`` detects wrapping, ``True``/``False`` force it."""
    columns: bool = True
    """Read side-by-side columns (article left, sidebar right, on the same rows) one after the
    other, so each column's paragraphs are labelled whole: on a hard-wrapped dump
    (:func:`newsclean.reflow.reflow_columns`), and on an unwrapped one, a layout table printed as a
    grid of padded cells (:mod:`newsclean.layout`). ``Article.lines``
    still holds one entry per source line: a source line is body when any of its columns is. The
    body is the column-read paragraphs, without the sidebar's text on the rows the article shares
    (:mod:`newsclean.columns`). ``False`` reads every row across the page."""
    body_threshold: float = 0.55
    """Body score at or above which a line counts as article prose ("good")."""
    near_threshold: float = 0.35
    """Body score at or above which a line next to article prose joins it ("near-good")."""
    max_gap: int = 5
    """Most consecutive non-blank non-prose lines the article may span before it is cut."""
    region_keep_ratio: float = 0.3
    """A prose region next to the chosen article joins it when its score is at least this share."""
    max_bytes: int = 50_000_000
    """Largest input accepted, in bytes (UTF-8 for ``str``); larger raises ``LimitExceededError``."""
    max_line_chars: int = 100_000
    """Lines longer than this are cut to this length for classification; the result is flagged
    in ``Article.warnings``. The body keeps the cut line's first ``max_line_chars`` characters."""
    max_html_depth: int = 10_000
    """Deepest HTML nesting parsed; deeper markup is flattened (see :mod:`newsclean.html`)."""

    def __post_init__(self) -> None:
        """Validate every field."""
        if self.favor not in _FAVOR_SHIFT:
            raise ConfigError(f"favor must be one of {sorted(_FAVOR_SHIFT)}, got {self.favor!r}")
        for name in ("body_threshold", "near_threshold", "region_keep_ratio"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
                raise ConfigError(f"{name} must be a number from 0 to 1, got {value!r}")
        if self.near_threshold > self.body_threshold:
            raise ConfigError("near_threshold must not exceed body_threshold; lower it or raise body_threshold")
        for name in ("max_gap", "max_bytes", "max_line_chars", "max_html_depth"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(f"{name} must be a positive int, got {value!r}")
        if not isinstance(self.min_year, int) or not 1 <= self.min_year <= 9999:
            raise ConfigError(f"min_year must be a year from 1 to 9999, got {self.min_year!r}")
        if self.reference_time is not None and not isinstance(self.reference_time, datetime):
            raise ConfigError("reference_time must be a datetime (timezone-aware preferred) or None")
        if self.language is not None and (not isinstance(self.language, str) or not self.language.isalpha()):
            raise ConfigError(f"language must be an ISO 639-1 code such as 'en', got {self.language!r}")

    @property
    def favor_shift(self) -> float:
        """How much ``favor`` moves the body thresholds (positive asks more of a line)."""
        return _FAVOR_SHIFT[self.favor]

    def replace(self, **changes: object) -> CleanConfig:
        """A copy with some fields changed (validated again).

        >>> CleanConfig().replace(favor="recall").favor
        'recall'
        """
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
