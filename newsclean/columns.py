"""The article of a page read in side-by-side columns: its lines labelled whole, its body read column by column.

A text-mode browser lays a page's columns side by side (the article on the left, a sidebar of
teasers on the right, on the same rows), and a layout-preserving converter prints a layout
table so. The reflow reads such blocks of a wrapped dump column by column
(:func:`newsclean.reflow.reflow_columns`), as :func:`newsclean.layout.read_columns` reads an
unwrapped dump's layout tables, so each column's paragraphs are whole when they are labelled.
But ``Article.lines`` holds one entry per source line, and a source line carries the text of
both columns. So, after labelling:

- a source line is body when the text of any of its columns belongs to a body paragraph (the
  label goes on the source line); one whose own (left-hand) column is blank takes the label of
  the column that has text on it;
- the body is the body paragraphs as the columns were read: each is the text of one column, in
  that column's order, every character of it from the page. A sidebar's teasers on the rows the
  article shares are left out, as a reader of the page leaves them (whole source lines would carry
  them into the body).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsclean.article import Article, LabeledLine
from newsclean.labels import Label
from newsclean.pipeline import Revised

__all__ = ["body_sources", "column_body"]

_REASON = "context: a column on this line is body"


def body_sources(revised: Sequence[Revised], sources: Sequence[range]) -> frozenset[int]:
    """The source lines that hold text of a body paragraph.

    Args:
        revised: the labels of the logical lines.
        sources: for each logical line, the source lines its text was read from.

    Returns:
        The indices of those source lines.

    >>> body = Revised(Label.BODY, 0.9, "body", "prose")
    >>> nav = Revised(Label.NAVIGATION, 0.9, "navigation", "menu")
    >>> sorted(body_sources([nav, body], [range(0, 2), range(1, 3)]))
    [1, 2]

    .. versionadded:: 0.1.0
    """
    return frozenset(k for r, src in zip(revised, sources, strict=True) if r.label is Label.BODY for k in src)


def column_body(article: Article, revised: Sequence[Revised], sources: Sequence[range]) -> Article:
    """The article with its source lines labelled by the columns on them (see the module docstring).

    Args:
        article: the article assembled from the column-read logical lines.
        revised: the labels of those logical lines.
        sources: for each logical line, the source lines its text was read from
            (:func:`newsclean.reflow.reflow_columns`, :func:`newsclean.layout.read_columns`).

    Returns:
        The article with ``lines`` relabelled. Its ``body`` and ``paragraphs`` stay the column-read
        ones: a paragraph is one column's text, without the text beside it on the same rows.

    .. versionadded:: 0.1.0
    """
    keep = body_sources(revised, sources)
    # a row with text in a right-hand column only has a blank left-hand column: it takes the
    # label of the first column that has text on it
    other: dict[int, Revised] = {}
    for r, src in zip(revised, sources, strict=True):
        if r.label is not Label.BLANK:
            for k in src:
                other.setdefault(k, r)
    lines = tuple(_relabel(ll, keep, other) for ll in article.lines)
    return dataclasses.replace(article, lines=lines)


def _relabel(ll: LabeledLine, keep: frozenset[int], other: dict[int, Revised]) -> LabeledLine:
    """``ll`` labelled body when a column on it is body, or like its first column with text when its own is blank."""
    k = ll.line.start
    if ll.label is not Label.BODY and k in keep:
        return dataclasses.replace(ll, label=Label.BODY, classifier="context", reason=_REASON)
    if ll.label is Label.BLANK and ll.line.text.strip() and k in other:
        r = other[k]
        return dataclasses.replace(ll, label=r.label, score=r.score, classifier=r.classifier, reason=r.reason)
    return ll
