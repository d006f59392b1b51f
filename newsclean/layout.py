"""Side-by-side columns of layout-preserving converters: read a layout table column by column.

A layout-preserving HTML-to-text converter (inscriptis, and others like it) prints a table
as a grid: every row of the table becomes as many text lines as its tallest cell needs, each
cell padded with spaces to its column's width, so every line of the table has the same
length. A page laid out with a table (the article in one cell, a sidebar of teasers in the
next) thus prints an article paragraph and a teaser on the same line, separated by a run of
spaces, and a line classifier sees one line of two texts.

:func:`split_columns` finds such blocks (a run of lines padded to one length, with a strip of
spaces running down the whole block) and reads them column by column: the first column keeps
the block's source lines, each further column follows with an empty span (its characters sit on
the same source lines), as :func:`newsclean.reflow.reflow` reads a wrapped dump's columns.

Only *layout* tables are split: a column wide enough to hold a paragraph on one line, and
no narrow column (a data table's cells, a number, a code, are narrow: it is read row by row,
as it was printed).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

__all__ = ["column_ranges", "padded_blocks", "read_columns", "split_columns"]

Row = tuple[str, int, int]
"""A logical line's raw text and its span of source lines ``[start, end)`` (as in :mod:`newsclean.reflow`)."""

# A padded block: at least this many consecutive lines of one length, that long at least.
MIN_BLOCK_ROWS = 3
MIN_BLOCK_WIDTH = 40
# A gutter between two columns is a strip of spaces this wide, down the whole block; a narrower
# one (the column's widest line runs up to the one space a converter puts between cells) counts
# when this many rows start a cell right after it, behind a run of spaces (prose has a lone space
# in one column on every line now and then, never a column of cell starts).
MIN_GUTTER = 2
MIN_CELL_STARTS = 3
# A layout table has a column at least this wide (a paragraph on one line)...
MIN_PROSE_COLUMN = 80
# ... and no column narrower than this (a data table's cells: a position, a number, a code).
MIN_LAYOUT_COLUMN = 16
_TEXT = regex.compile(r"\S+")


def padded_blocks(raws: Sequence[str]) -> list[tuple[int, int]]:
    """Runs of consecutive lines padded to one length: ``(first, last)`` source lines, inclusive.

    A run counts when it has at least ``MIN_BLOCK_ROWS`` lines of at least ``MIN_BLOCK_WIDTH``
    characters and one of them ends in a space (the padding; a run of equally long text lines
    without it is chance).

    >>> padded_blocks(["a" * 50, "b" * 45 + "     ", " " * 50, "c" * 50, "short"])
    [(0, 3)]
    """
    out: list[tuple[int, int]] = []
    i, n = 0, len(raws)
    while i < n:
        size = len(raws[i])
        j = i
        while j + 1 < n and len(raws[j + 1]) == size:
            j += 1
        if j - i + 1 >= MIN_BLOCK_ROWS and size >= MIN_BLOCK_WIDTH and any(raws[k][-1] == " " for k in range(i, j + 1)):
            out.append((i, j))
        i = j + 1
    return out


def column_ranges(block: Sequence[str]) -> list[tuple[int, int]]:
    """The ``[start, end)`` character ranges of a padded block's columns, split at its gutters.

    A gutter is a strip of at least ``MIN_GUTTER`` columns that are spaces on every line of the
    block, with text on both sides of it. The first range starts at 0 (the indentation is the
    first column's), the last one ends at the block's width. One range: no gutter.

    >>> column_ranges(["left    right", "l2      r2   "])
    [(0, 4), (8, 13)]
    >>> column_ranges(["a b", "c d", "e f"])  # a lone space down the block: no gutter
    [(0, 3)]
    """
    width = len(block[0])
    used = bytearray(width)
    for raw in block:
        for m in _TEXT.finditer(raw):
            used[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    first = used.find(1)
    if first < 0:
        return [(0, width)]
    last = used.rfind(1) + 1
    ranges: list[tuple[int, int]] = []
    start = 0
    pos = first
    while pos < last:
        gap = used.find(0, pos, last)
        if gap < 0:
            break
        resume = used.find(1, gap, last)
        if resume - gap >= MIN_GUTTER or _cell_starts(block, resume) >= MIN_CELL_STARTS:
            ranges.append((start, gap))
            start = resume
        pos = resume
    ranges.append((start, width))
    return ranges


def _cell_starts(block: Sequence[str], col: int) -> int:
    """How many lines of ``block`` start a cell at ``col``: text there, after at least three spaces."""
    lead = col - 3
    return sum(1 for raw in block if lead >= 0 and raw[col] != " " and raw[lead:col] == "   ")


def _is_layout(ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether columns of these widths are a layout table's (a wide column, no narrow one)."""
    widths = [end - start for start, end in ranges]
    return len(widths) > 1 and max(widths) >= MIN_PROSE_COLUMN and min(widths) >= MIN_LAYOUT_COLUMN


def _column_rows(block: Sequence[str], first: int, start: int, end: int, span: int) -> list[tuple[Row, range]]:
    """A further column's cells, top to bottom, at the empty span ``span``: blank runs kept as one blank row.

    Each row comes with the source line its cell sits on (``block`` starts at source line ``first``).
    """
    rows: list[tuple[Row, range]] = []
    for k, raw in enumerate(block, first):
        cell = raw[start:end].rstrip()
        if cell.strip() or (rows and rows[-1][0][0]):
            rows.append(((cell, span, span), range(k, k + 1) if cell.strip() else range(span, span)))
    while rows and not rows[-1][0][0]:
        rows.pop()
    return rows


def split_columns(raws: Sequence[str]) -> list[Row]:
    """Rows of an unwrapped page, with each layout table's columns read one after the other.

    Args:
        raws: the physical lines of a page that is not hard-wrapped.

    Returns:
        One row per physical line, in order, each with its own span, where the page has no layout
        table. In a layout table, the first column's cells keep the table's source lines; each
        further column follows, cell line by cell line, with an empty span at the table's end,
        after a blank row.

    >>> article = "The council met on Monday and agreed that the bridge would reopen in the spring."
    >>> raws = [f"{article:<90}  {'Latest news':<20}", f"{'':<90}  {'Storm closes port':<20}", " " * 112]
    >>> rows = split_columns(raws)
    >>> rows[0][0].strip() == article, rows[0][1:]
    (True, (0, 1))
    >>> [(text.strip(), start, end) for text, start, end in rows[1:]]
    [('', 1, 2), ('', 2, 3), ('', 3, 3), ('Latest news', 3, 3), ('Storm closes port', 3, 3)]
    """
    return read_columns(raws)[0]


def read_columns(raws: Sequence[str]) -> tuple[list[Row], list[range] | None]:
    """:func:`split_columns`, and the source lines each row's text was read from.

    As :func:`newsclean.reflow.reflow_columns` gives them for a wrapped dump: one range per row
    (a further column's cell has an empty span, but its text sits on a source line all the same),
    so each source line can be labelled by the columns on it (:func:`newsclean.columns.column_body`). The
    second item is ``None`` when the page has no layout table.

    >>> article = "The council met on Monday and agreed that the bridge would reopen in the spring."
    >>> raws = [f"{article:<90}  {'Latest news':<20}", f"{'':<90}  {'Storm closes port':<20}", " " * 112]
    >>> rows, sources = read_columns(raws)
    >>> [(text.strip(), src) for (text, _, _), src in zip(rows, sources)][-2:]
    [('Latest news', range(0, 1)), ('Storm closes port', range(1, 2))]
    >>> read_columns(["no table here"])
    ([('no table here', 0, 1)], None)

    .. versionadded:: 0.1.0
    """
    read: list[tuple[Row, range]] = []
    done = 0
    for first, last in padded_blocks(raws):
        block = raws[first : last + 1]
        ranges = column_ranges(block)
        if not _is_layout(ranges):
            continue
        read.extend(((raw, i, i + 1), range(i, i + 1)) for i, raw in enumerate(raws[done:first], done))
        lead_start, lead_end = ranges[0]
        read.extend(((raw[lead_start:lead_end], i, i + 1), range(i, i + 1)) for i, raw in enumerate(block, first))
        for start, end in ranges[1:]:
            cells = _column_rows(block, first, start, end, last + 1)
            if cells:
                read.append((("", last + 1, last + 1), range(last + 1, last + 1)))
                read.extend(cells)
        done = last + 1
    if not done:
        return [(raw, i, i + 1) for i, raw in enumerate(raws)], None
    read.extend(((raw, i, i + 1), range(i, i + 1)) for i, raw in enumerate(raws[done:], done))
    return [row for row, _ in read], [src for _, src in read]
