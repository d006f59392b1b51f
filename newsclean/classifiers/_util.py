"""Small helpers the built-in classifiers share."""

from __future__ import annotations

from newsclean.lines import Line

__all__ = ["hint", "short_title_like"]

# Title-like: most words capitalised, no sentence ending. "Latest News", "Real Estate".
TITLE_RATIO = 0.6


def short_title_like(line: Line, max_words: int) -> bool:
    """A short line that reads like a label or a heading rather than a sentence."""
    return 0 < line.words <= max_words and not line.terminal and line.title_ratio >= TITLE_RATIO


def hint(line: Line, *names: str) -> bool:
    """Whether the line's HTML class/id hints include any of ``names``."""
    return line.markup is not None and not line.markup.hints.isdisjoint(names)
