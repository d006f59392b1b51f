"""The article's tail: the sign-off boxes that follow the last paragraph.

An article region found by the context pass often runs on past the story into what
the site appends to every article: "Email the author at ...", "Follow us on ...",
"Subscribe to our newsletter", "No spam, we promise. You can unsubscribe at any time".
Each line is prose, so each one passes as body; together they sit at the region's end, and each *kind* of line carries a
mark of its own: a call to action, an e-mail address or a handle.

:func:`trim_tail` cuts such a tail off when the region ends on a marked line: the cut
starts at the earliest marked line among the region's last few lines, so the unmarked
lines inside the box ("Get breaking news and the latest updates!") go with it. A
region that ends on a plain paragraph is never cut.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.classifiers.lexicon import CONSENT, PROMO_HEADING, PROMO_PHRASE, gated_phrases
from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.pipeline import Decision, Revised

__all__ = ["TAIL_MAX_LINES", "tail_mark", "trim_tail"]

TAIL_MAX_LINES = 8
"""How many of the region's last non-blank lines the sign-off may take."""
TAIL_LINE_MAX_WORDS = 45
"""A sign-off line is short; a longer paragraph belongs to the story and stops the cut."""
TAIL_MAX_SHARE = 0.25
"""The cut may take at most this share of the region's words."""

# The ways a site signs off under its articles, in many languages: calls to follow,
# write to, join or subscribe, and the legal small print. "subscribe" and the like are
# in PROMO_PHRASE already; these add what only makes sense at an article's end.
SIGN_OFF = gated_phrases(
    [
        # en
        "unsubscribe",
        "no spam",
        "follow him",
        "follow her",
        "follow them",
        "follow me",
        "write to",
        "join our",
        "join the conversation",
        "explore further",
        "further reading",
        "originally published",
        "originally appeared",
        "this article first appeared",
        "sign up for",
        "get the latest",
        "delivered to your inbox",
        "in your inbox",
        # de
        "abmelden",
        "kein spam",
        "folgen sie",
        "schreiben sie",
        "mehr zum thema",
        "erschien zuerst",
        # es / pt
        "síganos",
        "suscríbase",
        "darse de baja",
        "siga-nos",
        "assine",
        # fr / it / nl / pl
        "désabonner",
        "désinscrire",
        "suivez",
    ]
)

# An e-mail address or a social handle: "Email the author at", "follow her @name". (Links and
# legal lines are left alone: sources, press contacts and wire copyright lines are often
# printed as part of the story.)
_CONTACT = regex.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|(?<![\w@])@\w{2,}")


def tail_mark(line: Line, decision: Decision) -> bool:
    """Whether a line reads as part of a site's sign-off rather than the story.

    >>> from newsclean.lines import split_lines
    >>> from newsclean.pipeline import Pipeline
    >>> from newsclean.classifiers.base import PageContext
    >>> ls = split_lines("No spam, we promise. You can unsubscribe at any time.\\nThe bridge reopened on Monday.")
    >>> [tail_mark(ln, d) for ln, d in zip(ls, Pipeline.default().run(ls, PageContext()))]
    [True, False]
    """
    if decision.label in (Label.PROMO, Label.NAVIGATION):
        return True
    text = line.text
    if _CONTACT.search(text):
        return True
    if SIGN_OFF.search(text) or PROMO_PHRASE.search(text) or CONSENT.search(text):
        return True
    return line.words <= 6 and PROMO_HEADING.search(text) is not None


def trim_tail(
    lines: Sequence[Line], decisions: Sequence[Decision], out: Sequence[Revised], first: int, last: int
) -> int:
    """The region's new last index once a sign-off tail is cut (``last`` itself when there is none).

    The region must end on a marked line. Among its last ``TAIL_MAX_LINES`` non-blank
    lines, each at most ``TAIL_LINE_MAX_WORDS`` words long, the earliest marked line
    starts the cut; the cut keeps at least three quarters of the region's words.
    """
    window: list[int] = []
    k = last
    while k > first and len(window) < TAIL_MAX_LINES:
        line = lines[k]
        if line.text:
            if line.words > TAIL_LINE_MAX_WORDS and out[k].label is Label.BODY:
                break
            window.append(k)
        k -= 1
    if not window or not tail_mark(lines[window[0]], decisions[window[0]]):
        return last
    marked = [i for i in window if tail_mark(lines[i], decisions[i])]
    cut = marked[-1]  # window runs backwards: the last entry is the earliest line
    total = sum(lines[i].words for i in range(first, last + 1) if out[i].label is Label.BODY)
    dropped = sum(lines[i].words for i in range(cut, last + 1) if out[i].label is Label.BODY)
    if total == 0 or dropped > TAIL_MAX_SHARE * total:
        return last
    k = cut - 1
    while k > first and (not lines[k].text or out[k].label is not Label.BODY):
        k -= 1
    return k
