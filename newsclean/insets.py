"""Boxes set into the article: a sure promo heading and the teaser titles right under it.

Inside a story, a "Lee también" / "Read also" / "Lesen Sie auch" heading opens a box of one
to three links to other stories, then the story goes on. The context pass keeps the heading
out (a strong promo vote), but a teaser title long enough to read as prose ("'A ver si se
atreve a viajar': el cruce entre ... Lunes 02 Mayo, 2022 | 09:37") outvotes the promo
classifier's weaker teaser vote and stays in the body. Here the heading is the evidence:
under a sure promo heading, the first few lines that the promo classifier read as teaser
titles and that end no sentence are the box's links, never the article's own text (whose
paragraphs end in a sentence end). Position alone never drops a line.

.. versionadded:: 0.9.0
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.pipeline import Decision, Revised
from newsclean.regions import PROMO_HEADING_STRENGTH

__all__ = ["INSET_MAX_TEASERS", "INSET_TEASER_REASON", "promo_insets"]

# A box set into a story links one to three other stories; a longer run under the heading is
# a list the story itself may be presenting, and the region rules judge that.
INSET_MAX_TEASERS = 3

# The promo classifier's vote on a short line under a promo heading (newsclean.classifiers.promo).
INSET_TEASER_REASON = "teaser under a promo heading"


def _sure_heading(d: Decision, r: Revised) -> bool:
    """A strong promo-heading vote that the context pass left a promo line."""
    return (
        r.label is Label.PROMO
        and d.label is Label.PROMO
        and d.reason.startswith("promo heading")
        and d.score >= PROMO_HEADING_STRENGTH
    )


def _teaser_title(line: Line, d: Decision, r: Revised) -> bool:
    """A body line the promo classifier also read as a teaser title, ending no sentence."""
    if r.label is not Label.BODY or line.terminal:
        return False
    return any(v.label is Label.PROMO and v.reason == INSET_TEASER_REASON for _, v in d.votes)


def promo_insets(
    lines: Sequence[Line], decisions: Sequence[Decision], out: Sequence[Revised], first: int, last: int
) -> list[int]:
    """The teaser titles of promo boxes set into the article's span ``first..last``.

    Walks down from each sure promo heading in the span over blank lines and takes the
    unbroken run of teaser titles (at most :data:`INSET_MAX_TEASERS`); the first other line
    ends the run. Linear in the span's length.

    Args:
        lines: the page's logical lines.
        decisions: the pipeline's resolved votes, one per line.
        out: the labels so far, one per line.
        first: the span's first line.
        last: the span's last line.

    Returns:
        The indices of the teaser lines, in order.

    .. versionadded:: 0.9.0
    """
    found: list[int] = []
    for i in range(first, last + 1):
        if not lines[i].text or not _sure_heading(decisions[i], out[i]):
            continue
        taken = 0
        for k in range(i + 1, last + 1):
            if not lines[k].text:
                continue
            if taken == INSET_MAX_TEASERS or not _teaser_title(lines[k], decisions[k], out[k]):
                break
            found.append(k)
            taken += 1
    return found
