"""Region rules for choosing the article among candidate spans (used by :mod:`newsclean.context`).

A page's prose is not all one story: under a "Related" or "You may also like" heading, the
paragraphs are summaries of other pages, and a list of them can outweigh a short article.
These helpers say where such a list starts inside a candidate span.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from newsclean.labels import Label
from newsclean.lines import Line, normalize_key
from newsclean.pipeline import Decision

__all__ = ["CARDS_MIN", "PROMO_HEADING_STRENGTH", "STORY_MIN_WORDS", "other_stories_cut"]

# A promo heading vote at least this strong parts the article from what follows it: the
# headings lexicon matches the whole (short) line, so such a vote is rarely a sentence.
PROMO_HEADING_STRENGTH = 0.6


def _promo_heading(line: Line, d: Decision) -> bool:
    """Whether a line is a sure heading of a box of other stories, outside the page's ``<article>``.

    Inside the article's element (HTML) a "Related" box interrupts the story, it does not end it.
    """
    if d.label is not Label.PROMO or not d.reason.startswith("promo heading"):
        return False
    if line.markup is not None and line.markup.in_article:
        return False
    return d.score >= PROMO_HEADING_STRENGTH


# The part of a span above a promo heading must hold at least this many words of prose to be a
# story of its own (a lead of two sentences); less, and the heading may be the page's own section title.
STORY_MIN_WORDS = 40
# Under the heading, a list of other stories shows at least this many summaries.
CARDS_MIN = 2


def _card_list(lines: Sequence[Line], decisions: Sequence[Decision], a: int, b: int) -> bool:
    """Whether lines a..b hold ``CARDS_MIN`` or more prose lines, no two of them next to each other.

    Each summary in a list of other stories stands alone between its card's chrome (a title, a
    date, a share bar); a story going on has paragraphs one after the other.
    """
    texts = [k for k in range(a, b + 1) if lines[k].text]
    prose = [decisions[k].label is Label.BODY for k in texts]
    if sum(prose) < CARDS_MIN:
        return False
    return not any(x and y for x, y in pairwise(prose))


def other_stories_cut(lines: Sequence[Line], decisions: Sequence[Decision], first: int, last: int) -> int:
    """The span's last index, cut above a sure promo heading that opens a list of other stories.

    "The story." / "You may also like..." / share bar / summary / share bar / summary...: the
    summaries read as prose, and as long ones they outweigh the heading's cost, so the span
    runs on through them. When the span above the heading holds a story (``STORY_MIN_WORDS``
    words of prose) and under it stand ``CARDS_MIN`` or more prose lines, each one parted from
    the next by chrome, the span ends above the heading. A "Related" box of a few titles inside
    the story, with the story's paragraphs one after the other below it, stays.

    .. versionadded:: 0.1.0
    """
    words = 0
    for k in range(first, last + 1):
        line, d = lines[k], decisions[k]
        if not line.text:
            continue
        if _promo_heading(line, d) and words >= STORY_MIN_WORDS and _opens_box(lines, decisions, k, last):
            if _card_list(lines, decisions, k + 1, last):
                return _last_text(lines, first, k - 1)
            return last  # the first heading under a story decides
        if d.label is Label.BODY:
            words += line.words
    return last


def _opens_box(lines: Sequence[Line], decisions: Sequence[Decision], k: int, last: int) -> bool:
    """Whether the promo heading at k opens a box: a title, card or share bar under it, and said once.

    An ad marker ("Advertisement") stands where a box was cut out: the story's next paragraph
    follows it right away, and the marker comes back between the paragraphs further on.
    """
    after = next((j for j in range(k + 1, last + 1) if lines[j].text), None)
    if after is None or decisions[after].label is Label.BODY:
        return False
    key = normalize_key(lines[k].text)
    return not any(lines[j].text and normalize_key(lines[j].text) == key for j in range(k + 1, last + 1))


def _last_text(lines: Sequence[Line], first: int, k: int) -> int:
    """The last non-blank line at or above k (not above first)."""
    while k > first and not lines[k].text:
        k -= 1
    return k
