"""Small walks over a page's lines that skip blank lines.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.lines import Line

__all__ = ["back", "forward", "nearest", "nonblank_between"]


def nonblank_between(lines: Sequence[Line], a: int, b: int) -> int:
    """How many non-blank lines have indexes in ``[a, b)``.

    >>> from newsclean.lines import split_lines
    >>> nonblank_between(split_lines("a\\n\\nb\\nc"), 0, 3)
    2
    """
    # a slice and a C-level truth test per line: this runs in loops over the page's lines
    part = lines[max(a, 0) : max(b, 0)]
    return len(part) - [ln.text for ln in part].count("")


def back(lines: Sequence[Line], i: int, n: int) -> int:
    """The index ``n`` non-blank lines before ``i`` (or 0)."""
    seen = 0
    k = min(i, len(lines)) - 1
    while k > 0 and seen < n:
        if lines[k].text:
            seen += 1
        k -= 1
    return max(k, 0)


def forward(lines: Sequence[Line], i: int, n: int) -> int:
    """The index ``n`` non-blank lines after ``i`` (or the last index)."""
    seen = 0
    k = i
    while k < len(lines) - 1 and seen < n:
        k += 1
        if lines[k].text:
            seen += 1
    return k


def nearest(lines: Sequence[Line], i: int, step: int, *, lo: int = 0, hi: int | None = None) -> int | None:
    """The index of the nearest non-blank line past ``i`` in the direction ``step`` (``1`` or ``-1``).

    Only indexes in ``[lo, hi]`` count (``hi`` defaults to the page's last line); ``None`` when
    there is no such line.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("a\\n\\nb\\n\\nc")
    >>> nearest(ls, 0, 1), nearest(ls, 4, -1), nearest(ls, 0, 1, hi=1), nearest(ls, 4, 1)
    (2, 2, None, None)
    """
    top = len(lines) - 1 if hi is None else min(hi, len(lines) - 1)
    k = i + step
    while max(lo, 0) <= k <= top:
        if lines[k].text:
            return k
        k += step
    return None
