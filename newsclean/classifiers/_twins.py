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

__all__ = ["MARKER_MAX_CHARS", "TWIN_MAX_COPIES", "TWIN_MIN_WORDS", "image_markers", "twins"]

# A text browser's stand-in for an image or an embedded frame: "[photo-1]", "[1x1-white][logo]",
# or the image's file name where its alt text should be ("kitchen-2.jpgkitchen-2.jpg").
IMAGE_MARKER = regex.compile(
    r"(?:\[[^\[\]]*[\p{L}\p{N}][^\[\]]*\])+|(?<!\S)\S+\.(?:jpe?g|png|gif|webp|svg)\S*",
    regex.IGNORECASE,
)
# An image marker line is short; a longer bracketed line is text.
MARKER_MAX_CHARS = 80
# A paragraph printed twice in a row is a caption from this many words: shorter lines ("Share",
# "Read more") repeat for other reasons.
TWIN_MIN_WORDS = 5
TWIN_MAX_COPIES = 3


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
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        if not line.text or marker[i]:
            continue
        if runs and lines[runs[-1][-1]].text == line.text:
            runs[-1].append(i)
        else:
            runs.append([i])
    # a caption is a sentence; a teaser's title printed twice is left to the teaser classifiers
    return [
        run
        for run in runs
        if 2 <= len(run) <= TWIN_MAX_COPIES and lines[run[0]].words >= TWIN_MIN_WORDS and lines[run[0]].terminal
    ]

