"""Resumed prose: the article goes on after a short box inside it.

A story often sets a box into its text: a table of figures, a product box with a price and
a "shop" link, a photo's "click to enlarge", a code sample. The region search sees the box
as a step down and ends the article above it, so the paragraphs under it are lost although
the page's HTML keeps them in the same ``<article>`` (for HTML input the region search
reads that element, and this rule stays out, unless the page's only element around its prose
is a wrapper over blocks of one paragraph each, which tells no more than the text). A text dump has no element to tell
the box from the end of the story, so this rule reads what the box holds: when a sure
paragraph of prose follows within a few short lines, and nothing between them ends a story
(a comment heading, a date or byline over another entry, a "Related" or "Advertisement"
heading, a call to action, a sure menu, a footer phrase), the article goes on to that
paragraph. The rule runs once no edge cut has shortened the article and after a list that
closes it was taken in. The edge cuts must leave the
longer article whole: when they would cut it (a sign-off, an author box, a list of
teasers closes it), the paragraph under the box is not the story's and the article ends
where it did.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.cards import read_more, teaser_tail, truncated
from newsclean.classifiers._util import ubiquitous_hints
from newsclean.classifiers.markup import main_container
from newsclean.classifiers.navigation import MENU_WORD_REASON, SECTION_RUN_REASON
from newsclean.edges import author_box, sign_off_cut, trim_tail
from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.pipeline import Decision, Revised

__all__ = ["RESUME_GAP", "RESUME_MIN_SCORE", "RESUME_MIN_WORDS", "held", "resumed_end"]

RESUME_GAP = 8
"""At most this many non-blank lines stand between the article's end and the resumed paragraph."""
RESUME_MIN_SCORE = 0.8
"""The resumed paragraph's body vote is at least this sure."""
RESUME_MIN_WORDS = 12
"""The resumed paragraph holds at least this many words: a sentence, not a caption or a label."""
RELATED_BOX_MAX = 6
"""A box of links set into the story ("Related stories") holds at most this many teasers."""
RESUME_MAX_STEPS = 6
"""A story may resume this many times in a row (prose, table, prose, table...)."""
# Votes that end a story rather than interrupt it: the thread, a date or a sure byline over another
# entry (the next post, an event, the author's box; a weak byline shape is as often a table row),
# a promo heading or call to action, a footer or consent notice. A price or a bare URL (navigation,
# 0.7) is a product or video box's own line, so navigation ends the article only from this strength
# up, or as a menu word.
_THREAD = frozenset({"comment heading", "comment form", "comment author line"})
_ENDS = frozenset({Label.COMMENT, Label.DATELINE})
_BYLINE_STOP = 0.8
_PROMO_STOP = 0.6
_NAV_STOP = 0.75
_MENU_REASONS = frozenset({MENU_WORD_REASON, SECTION_RUN_REASON})


def _ends_story(d: Decision) -> bool:
    """Whether a line between the article and a later paragraph says the story is over."""
    if any(v.label is Label.COMMENT and v.reason in _THREAD for _, v in d.votes):
        return True
    if d.label in _ENDS or (d.label is Label.BYLINE and d.score >= _BYLINE_STOP):
        return True
    if d.label is Label.PROMO and d.score >= _PROMO_STOP:
        return True
    # a menu word ("More Business News", "Home") heads the site's lists, and a run of section names
    # ("Sport", "Regional News") is the site's menu: never a box in a story
    return d.label is Label.NAVIGATION and (d.score >= _NAV_STOP or d.reason in _MENU_REASONS)


def _sure_paragraph(line: Line, d: Decision) -> bool:
    """A paragraph of the article's own prose: a sure body vote, a full sentence, printed once."""
    return (
        d.label is Label.BODY
        and d.vote(Label.BODY) >= RESUME_MIN_SCORE
        and line.words >= RESUME_MIN_WORDS
        and line.terminal
        and not line.repeats
        and not line.bullet
        and not truncated(line)  # a teaser's summary cut off at a fixed length ("and...")
        and not read_more(line)
    )


def _box_heading(d: Decision) -> bool:
    """A sure promo heading ("Related stories") over a box of teasers."""
    return d.label is Label.PROMO and d.score >= _PROMO_STOP and d.reason.startswith("promo heading")


def _box_teaser(d: Decision) -> bool:
    """A weak teaser line under a promo heading: one of the box's links."""
    return d.label is Label.PROMO and d.score < _PROMO_STOP and d.reason.startswith("teaser under a promo heading")


def _own_block(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` stands alone between blank lines: a paragraph, not a teaser's summary glued to its title."""
    return not lines[i - 1].text and (i + 1 >= len(lines) or not lines[i + 1].text)


def _next_paragraph(lines: Sequence[Line], decisions: Sequence[Decision], last: int) -> int | None:
    """The first sure paragraph within ``RESUME_GAP`` non-blank lines after ``last``, or None.

    One box of links set into the story (a promo heading right after the article's last line,
    then at most ``RELATED_BOX_MAX`` teasers under it and nothing else) is crossed too: the
    story goes on under "Related stories" when a sure paragraph follows its last teaser, set
    apart by blank lines (a summary printed right under its teaser's title is the box's own).
    """
    seen = 0
    box = False  # inside a box of teasers under a promo heading: only its teasers may follow
    for i in range(last + 1, len(lines)):
        if not lines[i].text:
            continue
        d = decisions[i]
        if _sure_paragraph(lines[i], d):
            return i if not box or (seen > 1 and _own_block(lines, i)) else None
        if seen >= RESUME_GAP:
            return None
        if box:
            if not _box_teaser(d) or seen > RELATED_BOX_MAX:
                return None
        elif seen == 0 and _box_heading(d):
            box = True
        elif _ends_story(d):
            return None
        seen += 1
    return None


def held(lines: Sequence[Line]) -> bool:
    """Whether the page's markup has an element that holds its article (see :func:`main_container`).

    A page's wrapper over blocks of one paragraph each (a scattered container) holds the boxes as
    much as the story: it tells no more than the text does, so the boxes are read as in a dump.
    """
    box = main_container(lines, ubiquitous_hints(lines))
    return box is not None and not box.scattered


def _cut(lines: Sequence[Line], decisions: Sequence[Decision], out: Sequence[Revised], first: int, last: int) -> int:
    """Where the edge cuts end the article ``first..last`` (``last`` when none cuts)."""
    end = trim_tail(lines, decisions, out, first, last)
    end = sign_off_cut(lines, out, first, end)
    end = teaser_tail(lines, out, first, end)
    return author_box(lines, decisions, out, first, end)


def resumed_end(
    lines: Sequence[Line], decisions: Sequence[Decision], out: Sequence[Revised], first: int, last: int
) -> int:
    """The article's last line once the prose that resumes under a box inside it is taken in.

    Args:
        lines: the page's logical lines.
        decisions: the pipeline's resolved votes, one per line.
        out: the context pass's labels so far (read only).
        first: the first line of the article region.
        last: the last line of the article region, which no edge cut shortened.

    Returns:
        ``last``, or the last resumed paragraph that the edge cuts leave in the article.

    >>> from newsclean.lines import split_lines
    >>> from newsclean.pipeline import Pipeline, Revised
    >>> from newsclean.classifiers.base import PageContext
    >>> prose = "Officials said on Monday that the old bridge over the river would reopen next week, "
    >>> text = (prose + "after a long and costly repair.\\n\\nSpeed 187\\nWeight 1,600\\n\\n"
    ...         + prose + "and that the work on the road would go on for weeks.")
    >>> ls = split_lines(text)
    >>> ds = Pipeline.default().run(ls, PageContext())
    >>> out = [Revised(d.label, d.score, d.classifier, d.reason) for d in ds]
    >>> resumed_end(ls, ds, out, 0, 0)
    5

    .. versionadded:: 0.1.0
    """
    if lines[first].markup is not None and held(lines):
        return last  # HTML: the article's element already holds the paragraphs under its boxes
    end = last
    for _ in range(RESUME_MAX_STEPS):
        found = _next_paragraph(lines, decisions, end)
        if found is None or _cut(lines, decisions, out, first, found) != found:
            break
        end = found
    return end
