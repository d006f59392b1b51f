"""Paragraphs a hard wrap cut into lines that the reflow left apart.

The reflow joins a page's wrapped paragraphs once it has found the wrap width; a page with
too few wrapped lines to show a width (one short wrapped paragraph among unwrapped ones)
keeps them apart. Each piece is then labelled on its own, and the article region may begin
or end in the middle of the paragraph: the body keeps its second half, and cleaned again
that half opens the page as a title-shaped line.

A piece goes on from the line above it when that line, right above it with no blank line
between, holds at least ``BREAK_MIN_WORDS`` words and ends no sentence, and the piece opens
with a lower-case letter: the shape of a sentence broken at the wrap, and not of a list's
items or a menu. A script without case (Hebrew, Arabic, Thai...) opens no line in lower case: there
the piece opens with a caseless letter after a line ending in one, and either both are about as
wide (within ``CASELESS_SLACK`` columns), as lines filled up to the wrap are, or the piece is
narrower and ends a sentence, as a paragraph's last line does. A title over its paragraph's first
line is narrower, a credit under a standfirst ends no sentence. In either script a figure that is a
word of the sentence ("1551 residents") may come before that letter; a list's number ("2.", "3)") may not.
An HTML page's lines go on from one another only inside one block element (a ``<br>`` or a ``<pre>``'s
line break splits it): a browser never carries a sentence from one ``<p>`` into the next.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import regex

from newsclean.lines import Line
from newsclean.reflow import display_width, join_wrapped

__all__ = [
    "BREAK_MIN_WORDS",
    "CASELESS_SLACK",
    "continues",
    "joined",
    "paragraph_starts",
    "run_end",
    "run_start",
    "runs",
]

BREAK_MIN_WORDS = 5
"""A line broken at the wrap is long: a menu's or a list's items are a few words each."""

CASELESS_SLACK = 16
"""Two lines of a caseless script filled up to one wrap differ by at most this many columns (a word's width)."""

# a sentence's end, a colon (a list or a quote follows) or a closing bracket ends no wrapped line mid-way
_ENDS = regex.compile(r"[.!?:;…。！？)\]»”\"']\s*$")
# a figure that is a word of the sentence ("1551 residents", not a list's "2." or "3)") may open the piece
_FIGURE_WORD = r"(?:\d+\s+)?"
_OPENS_LOWER = regex.compile(rf"^\s*{_FIGURE_WORD}\p{{Ll}}")
# a letter of a script without case (Lo: Hebrew, Arabic, Thai, Devanagari...; not CJK, whose wrapped lines
# hold one "word" each), after any bidi mark a dump prints
_CASELESS = r"[\p{Lo}--[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]]"
_OPENS_CASELESS = regex.compile(rf"^[\s\u200e\u200f\u2066-\u2069]*{_FIGURE_WORD}{_CASELESS}", regex.V1)
_ENDS_CASELESS = regex.compile(rf"{_CASELESS}\p{{M}}*[\s\u200e\u200f\u2066-\u2069]*$", regex.V1)


def continues(above: Line, line: Line) -> bool:
    """Whether ``line`` goes on with the sentence that ``above``, right above it, broke off.

    >>> from newsclean.lines import split_lines
    >>> a, b = split_lines("The council voted on Monday to close the old\\nbridge for the winter.")
    >>> continues(a, b), continues(b, a)
    (True, False)
    >>> continues(*split_lines("Home News Sport World\\nweather"))
    False

    A caseless script's piece goes on from a line about as wide, or closes its sentence; a title over a
    longer line does not, nor a credit under a standfirst:

    >>> para = "המשטרה הודיעה כי הגשר ייפתח באביב אחרי שנים של שיפוצים בעיר"
    >>> continues(*split_lines(para + "\\nוהתושבים מצפים לשיפור."))
    True
    >>> continues(*split_lines("הגשר ייפתח באביב אחרי שנים\\n" + para + "."))
    False
    >>> continues(*split_lines(para + "\\nראיון: דנה כהן"))
    False
    """
    if above.index + 1 != line.index or above.words < BREAK_MIN_WORDS or _ENDS.search(above.text):
        return False
    marks = above.markup, line.markup
    if marks[0] is not None and marks[1] is not None and marks[0].containers[:1] != marks[1].containers[:1]:
        return False  # HTML wraps no sentence from one block element into the next: only a <br> splits one
    if _OPENS_LOWER.match(line.text) is not None:
        return True
    if _OPENS_CASELESS.match(line.text) is None or _ENDS_CASELESS.search(above.text) is None:
        return False
    wide, width = display_width(above.text), display_width(line.text)
    # a middle piece fills the line as the one above does; a narrower last piece ends the sentence
    return abs(wide - width) <= CASELESS_SLACK or (width < wide and line.terminal)


def run_start(lines: Sequence[Line], i: int) -> int:
    """The first line of the wrapped paragraph that line ``i`` belongs to (``i`` when it opens one).

    >>> from newsclean.lines import split_lines
    >>> page = split_lines("Menu\\n\\n"
    ...                    "The council voted on Monday to close the old\\nbridge for the winter and\\nspring.")
    >>> run_start(page, 4), run_start(page, 0)
    (2, 0)
    """
    while i > 0 and continues(lines[i - 1], lines[i]):
        i -= 1
    return i


def run_end(lines: Sequence[Line], i: int) -> int:
    """The last line of the wrapped paragraph that line ``i`` belongs to (``i`` when it closes one).

    >>> from newsclean.lines import split_lines
    >>> page = split_lines("The council voted on Monday to close the old\\nbridge for the winter and\\n"
    ...                    "spring.\\n\\nMenu")
    >>> run_end(page, 0), run_end(page, 4)
    (2, 4)
    """
    while i + 1 < len(lines) and continues(lines[i], lines[i + 1]):
        i += 1
    return i


def runs(lines: Sequence[Line], first: int, last: int) -> list[range]:
    """The wrapped paragraphs of two lines or more that lie in ``lines[first:last + 1]``, in order.

    >>> from newsclean.lines import split_lines
    >>> page = split_lines("The council voted on Monday to close the old\\nbridge.\\n\\nA short line.")
    >>> runs(page, 0, len(page) - 1)
    [range(0, 2)]
    """
    found = []
    i = first
    while i <= last:
        j = i
        while j < last and continues(lines[j], lines[j + 1]):
            j += 1
        if j > i:
            found.append(range(i, j + 1))
        i = j + 1
    return found


def paragraph_starts(lines: Sequence[Line], indices: Sequence[int]) -> dict[int, int]:
    """For each line of ``indices`` that goes on from the one before it there, the first line of its paragraph.

    >>> from newsclean.lines import split_lines
    >>> page = split_lines("The council voted on Monday to close the old\\nbridge for the whole winter and\\nspring.")
    >>> paragraph_starts(page, [0, 1, 2]), paragraph_starts(page, [0, 2])
    ({1: 0, 2: 0}, {})
    """
    starts: dict[int, int] = {}
    for prev, i in itertools.pairwise(indices):
        if continues(lines[prev], lines[i]):
            starts[i] = starts.get(prev, prev)
    return starts


def joined(texts: Sequence[str], indices: Sequence[int], starts: Mapping[int, int]) -> list[str]:
    """The body's paragraphs: ``texts`` (one per line of ``indices``) with each piece joined to its paragraph.

    ``starts`` is :func:`paragraph_starts` of the same lines. A piece joins as the reflow joins a wrapped
    paragraph (:func:`newsclean.reflow.join_wrapped`), so the body holds the paragraph whole, as it holds a
    paragraph the reflow joined.

    >>> from newsclean.lines import split_lines
    >>> page = split_lines("The council voted on Monday to close the old\\nbridge for winter.\\nA new line.")
    >>> texts = [line.text for line in page]
    >>> joined(texts, [0, 1, 2], paragraph_starts(page, [0, 1, 2]))
    ['The council voted on Monday to close the old bridge for winter.', 'A new line.']
    """
    out: list[str] = []
    for i, text in zip(indices, texts, strict=True):
        if i in starts and out:
            out[-1] = join_wrapped([out[-1], text]) if out[-1] and text else out[-1] or text
        else:
            out.append(text)
    return out
