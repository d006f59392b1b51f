"""Small helpers the built-in classifiers share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsclean.lines import Line

__all__ = ["hint", "hint_in", "short_title_like", "ubiquitous_hints"]

# Title-like: most words capitalised, no sentence ending. "Latest News", "Real Estate".
TITLE_RATIO = 0.6


def short_title_like(line: Line, max_words: int) -> bool:
    """A short line that reads like a label or a heading rather than a sentence."""
    return 0 < line.words <= max_words and not line.terminal and line.title_ratio >= TITLE_RATIO


def hint(line: Line, *names: str) -> bool:
    """Whether the line's HTML class/id hints include any of ``names``."""
    return line.markup is not None and not line.markup.hints.isdisjoint(names)


# A class hint carried by at least this share of a page's prose lines names the page's
# wrapper, not a part of it ("nav-offset", "content-with-sidebar"): it says nothing.
UBIQUITOUS_SHARE = 0.6


def ubiquitous_hints(lines: Sequence[Line]) -> frozenset[str]:
    """HTML hints that most prose lines of the page carry, so they cannot tell lines apart."""
    prose = [ln.markup.hints for ln in lines if ln.markup is not None and ln.words >= 10 and ln.terminal]
    if not prose:
        return frozenset()
    counts: Counter[str] = Counter(h for hints in prose for h in hints)
    return frozenset(h for h, n in counts.items() if n >= UBIQUITOUS_SHARE * len(prose))


def hint_in(line: Line, names: frozenset[str], ignore: frozenset[str]) -> bool:
    """Whether the line's hints include one of ``names`` that is not page-wide."""
    if line.markup is None or line.markup.hints.isdisjoint(names):  # most lines: no set is built
        return False
    return not (line.markup.hints & names) <= ignore
