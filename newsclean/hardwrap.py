"""Lines of a hard-wrapped paragraph that the reflow left apart.

The reflow (:mod:`newsclean.reflow`) joins a wrapped paragraph only once the page shows its wrap
width on enough lines; on a short page (a body cleaned again, a dump of a few paragraphs) a wrapped
paragraph stays one line a paragraph. Such a line still shows the cut: it runs as wide as the
widest line of the page's blocks (a paragraph printed unwrapped stands alone), stops in
mid-sentence, and the next line, right under it, goes on with a word that would not have fitted
on it. A line cut so is a piece of a paragraph, never a title, a list's
item or any other line that stands alone.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.lines import Line
from newsclean.reflow import MIN_WIDTH, display_width

__all__ = ["cut_by_wrap", "page_width"]

# The end of a sentence in any script (a full stop, a question or exclamation mark, a danda).
_SENTENCE_END = regex.compile(r"[.!?。！？…؟۔।።]\P{L}*$")
_FIRST_WORD = regex.compile(r"\S+")


def page_width(lines: Sequence[Line]) -> int:
    """The widest line of a block (a line right over another), read from one source line of text: the wrap's width.

    A paragraph printed unwrapped stands alone between blank lines, however wide; only the lines
    of a block may show the wrap.

    >>> from newsclean.lines import split_lines
    >>> page_width(split_lines("a b c\\nab\\n\\nabcdefgh"))
    5
    """
    return max(
        (
            display_width(ln.text) + ln.indent
            for ln in lines
            if not ln.blank_after and ln.end - ln.start == 1 and ln.markup is None
        ),
        default=0,
    )


def cut_by_wrap(lines: Sequence[Line], i: int, width: int) -> bool:
    """Whether line ``i`` is a wrapped paragraph's line that the reflow left apart from the next one.

    The line reaches the page's ``width`` (at least the narrowest wrap width the reflow knows), stops
    in mid-sentence, and the next line follows with no blank line between, at the same indent,
    unbulleted, with a word that would not have fitted on it, not a capitalised one (a script without
    capitals goes on with any word).

    >>> from newsclean.lines import split_lines
    >>> wrapped = split_lines("the council said the repairs to the old bridge would\\nlast into the spring.")
    >>> cut_by_wrap(wrapped, 0, page_width(wrapped))
    True
    >>> listed = split_lines("June 9 - Tampa, FL, the Amalie Arena, doors at 7\\nJune 12 - Atlanta, GA")
    >>> cut_by_wrap(listed, 0, page_width(listed))
    False
    """
    if i + 1 >= len(lines):
        return False
    line, nxt = lines[i], lines[i + 1]
    if not line.text or not nxt.text or line.markup is not None or nxt.bullet or nxt.indent != line.indent:
        return False
    if line.end - line.start != 1 or _SENTENCE_END.search(line.text):
        return False
    shown = display_width(line.text) + line.indent
    if shown < MIN_WIDTH:
        return False
    first = _FIRST_WORD.match(nxt.text)
    if first is None or not first.group(0)[:1].isalpha() or first.group(0)[:1].isupper():
        return False  # a capital may open the next item of a list; a wrapped sentence goes on in lower case
    return shown + 1 + display_width(first.group(0)) > width
