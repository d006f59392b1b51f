"""A list cut in its middle: the rest of an unbroken list whose first items close the article.

A product page or a how-to ends on a list printed one item a line with no blank line
between the items ("Sehr atmungsaktiv", "Innentasche für Gegenstände"). The first items
read as weak prose and join the span; the later ones are shorter, read as menu entries or
titles, and the span stops between two items of the one list. A list is one block: when the
span's last line stands in an unbroken run that already holds ``LIST_REST_MIN_INSIDE``
short lines inside the span, most without a full stop and each voted body on its own or
nearly so (a block whose titles or section labels the span took in only around them is a
list of teasers), the block's remaining lines belong to the article too, up to the next
blank line, as long as each is an item's length of two words or more, bulleted as the
span's last item is, and none is sure boilerplate (a sure menu,
promo, comment or byline line ends the list there: a block that runs straight into the
page's chrome keeps only what came before it). A block whose lines inside the span are a
wrapped paragraph the reflow left apart (:func:`newsclean.hardwrap.cut_by_wrap`) is prose, no list.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.hardwrap import cut_by_wrap, page_width
from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.pipeline import Decision

__all__ = [
    "LIST_REST_ITEM_MAX_WORDS",
    "LIST_REST_MAX",
    "LIST_REST_MAX_SENTENCES",
    "LIST_REST_MIN_BODY",
    "LIST_REST_MIN_INSIDE",
    "LIST_REST_MIN_WORDS",
    "list_rest",
]

LIST_REST_MIN_INSIDE = 3
"""The block holds at least this many lines inside the span (its last line among them)."""
LIST_REST_ITEM_MAX_WORDS = 25
"""Every line of the block, inside the span or after it, has at most this many words: an item, not a paragraph."""
LIST_REST_MIN_WORDS = 2
"""Every line taken in after the span holds at least this many words between spaces."""
LIST_REST_MAX = 40
"""At most this many lines are taken in after the span's end."""
LIST_REST_MIN_BODY = 0.2
"""Each of the block's lines inside the span is voted body, or got a body vote of at least this much."""
LIST_REST_MAX_SENTENCES = 1 / 3
"""At most this share of the block's lines inside the span end a sentence: items go without a full stop."""
_SURE = 0.6
_WALLS = frozenset({Label.NAVIGATION, Label.PROMO, Label.COMMENT, Label.BYLINE, Label.DATELINE})


def _item(line: Line) -> bool:
    return bool(line.text) and line.words <= LIST_REST_ITEM_MAX_WORDS


def _wall(d: Decision) -> bool:
    return d.label in _WALLS and d.score >= _SURE


def list_rest(lines: Sequence[Line], decisions: Sequence[Decision], first: int, last: int) -> list[int]:
    """The lines after ``last`` that finish the unbroken list the span ends inside; empty if there is none.

    >>> from newsclean.lines import split_lines
    >>> items = "Light harness\\nFolds small\\nVery breathable\\nInner pocket\\nA whistle"
    >>> ls = split_lines(f"Intro.\\n\\n{items}\\n\\nHome")
    >>> body, nav = Decision(Label.BODY, 0.4, "t", "prose"), Decision(Label.NAVIGATION, 0.45, "t", "menu")
    >>> blank = Decision(Label.BLANK, 1.0, "t", "")
    >>> ds = [body, blank, body, body, body, nav, nav, blank, nav]
    >>> list_rest(ls, ds, 0, 4)
    [5, 6]
    >>> list_rest(ls, ds, 0, 3)  # only two lines of the block inside: no list yet
    []
    """
    if last + 1 >= len(lines) or not lines[last + 1].text:
        return []
    k = last
    while k >= first and _item(lines[k]):
        if decisions[k].label is not Label.BODY and decisions[k].vote(Label.BODY) < LIST_REST_MIN_BODY:
            return []  # a block the span took in around its items' own votes: a teaser list, not the article's
        k -= 1
    if k >= first and lines[k].text:
        return []  # the block opens above on a paragraph: the span ends inside prose, not a list
    inside = range(k + 1, last + 1)
    if len(inside) < LIST_REST_MIN_INSIDE:
        return []
    if sum(1 for i in inside if lines[i].terminal) > LIST_REST_MAX_SENTENCES * len(inside):
        return []  # sentences, one a line: paragraphs the span ends between, not a list's items
    width = page_width(lines)
    if any(cut_by_wrap(lines, i, width) for i in inside):
        return []  # a wrapped paragraph the reflow left apart is no list, however short its lines
    rest: list[int] = []
    j = last + 1
    while j < len(lines) and lines[j].text and len(rest) < LIST_REST_MAX:
        if not _item(lines[j]):
            return []  # a paragraph follows without a break: not one list
        if _wall(decisions[j]) or bool(lines[j].bullet) != bool(lines[last].bullet):
            break  # sure chrome, or a line without the list's bullet (or with one it lacks): another block
        if len(lines[j].text.split()) < LIST_REST_MIN_WORDS:
            break  # a lone token ("img_0042", "dp3_1_en") is a file name or a control, not an item
        rest.append(j)
        j += 1
    return rest
