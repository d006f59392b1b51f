"""A paragraph printed twice in a row: the image markers and twin runs several classifiers read.

A text browser prints an image's alt text and then its caption, most often the same words, and
HTML can hold two ``<p>`` with one text: a paragraph printed twice in a row is one paragraph
shown twice. The markup classifier votes all copies but the last out of the body on both paths,
so the HTML and its text rendering keep one copy each.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.lines import Line
from newsclean.walk import nearest

__all__ = [
    "CAPTION_TWIN_MAX_WORDS",
    "MARKER_MAX_CHARS",
    "TWIN_MAX_COPIES",
    "TWIN_MIN_WORDS",
    "caption_twins",
    "image_markers",
    "twins",
]

# A text browser's stand-in for an image or an embedded frame: "[photo-1]", "[1x1-white][logo]",
# or the image's file name where its alt text should be ("kitchen-2.jpgkitchen-2.jpg").
IMAGE_MARKER = regex.compile(
    r"(?:\[[^\[\]]*[\p{L}\p{N}][^\[\]]*\])+|(?<!\S)\S+\.(?:jpe?g|png|gif|webp|svg)\S*",
    regex.IGNORECASE,
)
# List markers that are signs, not numbers (see _unbulleted).
_BULLET_SIGNS = frozenset("•·◦▪▫■□●○◆◇►▶▸‣⁃∙*+-–—>»")
# An image marker line is short; a longer bracketed line is text.
MARKER_MAX_CHARS = 80
# A paragraph printed twice in a row is a caption from this many words: shorter lines ("Share",
# "Read more") repeat for other reasons.
TWIN_MIN_WORDS = 5
TWIN_MAX_COPIES = 3
# A photo's caption rarely runs past this many words; a longer twin is a paragraph printed twice.
CAPTION_TWIN_MAX_WORDS = 60


def image_markers(lines: Sequence[Line]) -> list[bool]:
    """Whether each line of a text dump is only an image marker (lines from markup never are)."""
    return [
        ln.markup is None and bool(ln.text) and len(ln.text) <= MARKER_MAX_CHARS
        and IMAGE_MARKER.fullmatch(ln.text) is not None
        for ln in lines
    ]  # fmt: skip


def twins(lines: Sequence[Line], marker: Sequence[bool]) -> list[list[int]]:
    """Runs of neighbouring lines (past blanks and image markers) with one text of ``TWIN_MIN_WORDS`` words or more.

    Two or three copies (alt text, caption, a video's title): a longer run is no image's.
    """
    # a caption is a sentence; a teaser's title printed twice is left to the teaser classifiers
    return [run for run in _copies(lines, marker) if lines[run[0]].terminal]


def _copies(lines: Sequence[Line], marker: Sequence[bool]) -> list[list[int]]:
    """Runs of two or three neighbouring lines (past blanks and image markers) with one text of a few words."""
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        if not line.text or marker[i]:
            continue
        if runs and _unbulleted(lines[runs[-1][-1]]) == _unbulleted(line):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if 2 <= len(run) <= TWIN_MAX_COPIES and lines[run[0]].words >= TWIN_MIN_WORDS]


def _unbulleted(line: Line) -> str:
    """A line's text without its bullet sign, to compare copies.

    A converter that prints an image's alt text as a list item ("* A boat on the lake") prints the
    same words as its caption. A numbered item ("4. A boat on the lake") keeps its number: a
    breadcrumb's last step repeats the headline under it.
    """
    bullet = line.bullet
    return line.text[len(bullet) :].lstrip() if bullet in _BULLET_SIGNS else line.text


def caption_twins(
    lines: Sequence[Line], marker: Sequence[bool], opener: Sequence[bool], credit: Sequence[bool]
) -> list[list[int]]:
    """The runs of one text printed twice in a row that are a photo's caption: every copy goes.

    A paragraph printed twice in a row is one paragraph shown twice (keep one copy, see
    :func:`twins`), unless the copies sit in a caption's frame: the line right before the first
    copy (past blanks) is an image marker or a gallery counter ("Image 2 of 5"), or the line
    right after the last copy is a credit. Then the words are an image's alt text and caption,
    and neither copy is the article's text. The frame's direction matters: a counter or an
    image opens the next photo's block, a credit closes its own, so a paragraph printed twice
    just before the next photo keeps its one copy. A caption needs no final stop.

    Args:
        lines: the page's lines.
        marker: whether each line is an image marker (see :func:`image_markers`).
        opener: whether each line opens a photo's block (a gallery counter).
        credit: whether each line is a photo's credit.

    Returns:
        The runs that are captions, in page order.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("Text.\\n\\nA boat on the lake at dawn\\nA boat on the lake at dawn\\nPhoto: AP")
    >>> none = [False] * len(ls)
    >>> caption_twins(ls, image_markers(ls), none, [ln.text == "Photo: AP" for ln in ls])
    [[2, 3]]

    .. versionadded:: 0.1.0
    """
    runs = []
    for run in _copies(lines, marker):
        if lines[run[0]].words > CAPTION_TWIN_MAX_WORDS:
            continue
        before = nearest(lines, run[0], -1)
        after = nearest(lines, run[-1], 1)
        if (before is not None and (marker[before] or opener[before])) or (after is not None and credit[after]):
            runs.append(run)
    return runs

