"""Boxes set into the article: a sure promo heading and the teaser titles right under it.

Inside a story, a "Lee también" / "Read also" / "Lesen Sie auch" heading opens a box of one
to three links to other stories, then the story goes on. The context pass keeps the heading
out (a strong promo vote), but a teaser title long enough to read as prose ("'A ver si se
atreve a viajar': el cruce entre ... Lunes 02 Mayo, 2022 | 09:37") outvotes the promo
classifier's weaker teaser vote and stays in the body. Here the heading is the evidence:
under a sure promo heading, the first few lines that the promo classifier read as teaser
titles and that end no sentence are the box's links, never the article's own text (whose
paragraphs end in a sentence end). Position alone never drops a line. Text dumps only: in
HTML the markup already tells the box from the story.

A support appeal set into the story ("Help us!" / "Every small donation helps ..." /
"Donate now!") is a short run of short lines; one appeal phrase may be the story's own
words, two or more in one run are the site's box (:func:`appeal_boxes`). An author box set into
the story under its own heading ("Autoreninfo", "About the author") holds the writer's short
bio and a contact line (:func:`author_insets`).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.classifiers.lexicon import PROMO_PHRASE, gated_phrases
from newsclean.edges import AUTHOR_BOX, SIGN_OFF
from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.pipeline import Decision, Revised
from newsclean.regions import PROMO_HEADING_STRENGTH

__all__ = [
    "APPEAL",
    "APPEAL_BARE_CALL_MAX_WORDS",
    "APPEAL_CALL_MAX_WORDS",
    "APPEAL_LINE_MAX_WORDS",
    "APPEAL_MAX_LINES",
    "APPEAL_MIN_MARKS",
    "AUTHOR_HEADING_MAX_CHARS",
    "AUTHOR_INSET_MAX_LINES",
    "AUTHOR_INSET_MAX_WORDS",
    "INSET_MAX_TEASERS",
    "INSET_TEASER_REASON",
    "LINK_LIST_MAX_ITEMS",
    "LINK_RUN_MIN_ITEMS",
    "LINK_RUN_MIN_WORDS",
    "LINK_RUN_TITLE_RATIO",
    "LINK_TITLE_MAX_WORDS",
    "REPEATED_TITLE_REASON",
    "appeal_boxes",
    "author_insets",
    "link_lists",
    "promo_insets",
]

# A box set into a story links one to three other stories; a longer run under the heading is
# a list the story itself may be presenting, and the region rules judge that.
INSET_MAX_TEASERS = 3

# The promo classifier's vote on a short line under a promo heading (newsclean.classifiers.promo).
INSET_TEASER_REASON = "teaser under a promo heading"
# ... and its vote on a title the page prints twice (in the box and in a list elsewhere), which it
# casts instead of the teaser vote: under a sure promo heading it is the box's link as well.
REPEATED_TITLE_REASON = "headline-like line printed"


def _sure_heading(d: Decision, r: Revised) -> bool:
    """A strong promo-heading vote that the context pass left a promo line."""
    return (
        r.label is Label.PROMO
        and d.label is Label.PROMO
        and d.reason.startswith("promo heading")
        and d.score >= PROMO_HEADING_STRENGTH
    )


# A teaser's title reads as prose (a body vote) or, printed in title case or twice, as a headline
# that the pass over the span would take in as a subheading.
_TITLE_LABELS = frozenset({Label.BODY, Label.HEADLINE})


def _teaser_title(line: Line, d: Decision, r: Revised) -> bool:
    """A body or headline-like line the promo classifier also read as a teaser title, ending no sentence."""
    if r.label not in _TITLE_LABELS or line.terminal:
        return False
    return any(
        v.label is Label.PROMO and (v.reason == INSET_TEASER_REASON or v.reason.startswith(REPEATED_TITLE_REASON))
        for _, v in d.votes
    )


def promo_insets(
    lines: Sequence[Line], decisions: Sequence[Decision], out: Sequence[Revised], first: int, last: int
) -> list[int]:
    """The teaser titles of promo boxes set into the article's span ``first..last``.

    Walks down from each sure promo heading in the span over blank lines and takes the
    unbroken run of teaser titles (at most :data:`INSET_MAX_TEASERS`); the first other line
    ends the run. The bulleted links of :func:`link_lists` are added. Linear in the span's length.

    Args:
        lines: the page's logical lines.
        decisions: the pipeline's resolved votes, one per line.
        out: the labels so far, one per line.
        first: the span's first line.
        last: the span's last line.

    Returns:
        The indices of the teaser lines, in order.

    .. versionadded:: 0.1.0
    """
    found: list[int] = []
    for i in range(first, last + 1):
        # HTML input: the page's own markup already tells a box from the story (a heading in
        # the article's element may head the article's own list), so only text dumps are judged here
        if not lines[i].text or lines[i].markup is not None or not _sure_heading(decisions[i], out[i]):
            continue
        taken = 0
        for k in range(i + 1, last + 1):
            if not lines[k].text:
                continue
            if taken == INSET_MAX_TEASERS or not _teaser_title(lines[k], decisions[k], out[k]):
                break
            found.append(k)
            taken += 1
    # the bulleted links of a box under a bare "More:" or of none (see link_lists)
    return sorted({*found, *link_lists(lines, out, first, last)})


# A bare "More:" over a few bulleted links: the box's heading says only "more" (a lone word a menu
# also prints, so no classifier votes it a promo heading); the bullets under it are other stories.
_BARE_MORE = regex.compile(r"^\W*(?i:more|mehr|más|plus|più|mais|meer|więcej|ещё|еще)\s*[:»>]\W*$")
LINK_LIST_MAX_ITEMS = 5
"""A box of links set into a story holds a few; a longer bulleted list is the story's own."""
LINK_TITLE_MAX_WORDS = 20
"""A linked title is a headline's length."""
# A run of bulleted titles with no heading at all is judged by its shape alone, so more is asked of it:
LINK_RUN_MIN_ITEMS = 3
"""... at least this many items, ..."""
LINK_RUN_MIN_WORDS = 6
"""... each a headline of at least this many words (a product list's names are shorter), ..."""
LINK_RUN_TITLE_RATIO = 0.6
"""... in title case: this share of its words capitalised, as headlines are and list items are not."""
_LINK_LABELS = frozenset({Label.BODY, Label.HEADLINE})


def _linked_title(line: Line, r: Revised) -> bool:
    """A bulleted line that may be a link to another story: a title, no sentence end."""
    return (
        bool(line.bullet)
        and not line.terminal
        and 0 < line.words <= LINK_TITLE_MAX_WORDS
        and line.markup is None
        and r.label in _LINK_LABELS
    )


def _headline_item(line: Line) -> bool:
    """A linked title that reads as a headline on its own: long enough, in title case."""
    return line.words >= LINK_RUN_MIN_WORDS and line.title_ratio >= LINK_RUN_TITLE_RATIO


def link_lists(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int) -> list[int]:
    """The bulleted links to other stories set into the article's span ``first..last``.

    A run of bulleted titles that end no sentence (blank lines between them allowed) is a
    box of links when a bare "More:" heads it (at most :data:`LINK_LIST_MAX_ITEMS` items), or,
    with no heading, when it holds :data:`LINK_RUN_MIN_ITEMS` to :data:`LINK_LIST_MAX_ITEMS`
    items that each read as a headline in title case ("* Moon Rush: Private Lunar Lander
    Plans"). The story's own lists are sentences, a word or two, or lower-case phrases. Text
    dumps only. Linear.

    Args:
        lines: the page's logical lines.
        out: the labels so far, one per line.
        first: the span's first line.
        last: the span's last line.

    Returns:
        The indices of the link lines, in order.

    .. versionadded:: 0.1.0
    """
    found: list[int] = []
    run: list[int] = []
    head: int | None = None  # the non-blank line above the run
    prev: int | None = None
    for i in range(first, last + 2):
        if i <= last and not lines[i].text:
            continue
        if i <= last and _linked_title(lines[i], out[i]):
            if not run:
                head = prev
            run.append(i)
            prev = i
            continue
        if run and len(run) <= LINK_LIST_MAX_ITEMS:
            bare = head is not None and _BARE_MORE.match(lines[head].text) is not None
            shaped = len(run) >= LINK_RUN_MIN_ITEMS and all(_headline_item(lines[k]) for k in run)
            if bare or shaped:
                found.extend(run)
        run = []
        prev = i
    return found


# An appeal box's lines are short calls ("Jetzt spenden!"), a sentence or two at most.
APPEAL_LINE_MAX_WORDS = 20
# ... and it is a few lines long; a longer run of short lines is a list the story holds.
APPEAL_MAX_LINES = 8
# An unmarked line beside the box's appeals goes with it when it is a short call ("Help us!").
APPEAL_CALL_MAX_WORDS = 6
# One appeal phrase may be the story's own ("the charity said: donate now"); two in one run are a box.
APPEAL_MIN_MARKS = 2

# A site's plea for money or support, in the words such boxes use in many languages (the
# sign-off lexicon, newsclean.edges.SIGN_OFF, holds more: "jetzt spenden", "support us", ...).
APPEAL = gated_phrases(
    [
        "donate now",
        "donate today",
        "every donation",
        "your donation",
        "support our journalism",
        "support independent journalism",
        "helfen sie mit",
        "ihre spende",
        "dona ahora",
        "haz una donación",
        "tu donación",
        "faites un don",
        "faire un don",
        "votre don",
        "fai una donazione",
        "dona ora",
        "faça uma doação",
        "doe agora",
        "przekaż darowiznę",
        "wesprzyj",
        "doneer nu",
        "uw donatie",
        # a newsletter box's blurb: "Let our news meet your inbox."
        "your inbox",
        "ihr postfach",
        "dein postfach",
        "tu bandeja de entrada",
        "votre boîte mail",
        "votre boîte de réception",
        "la tua casella",
        "sua caixa de entrada",
        "je inbox",
        "twoją skrzynkę",
        # a membership or registration box: "Werden Sie Mitglied ..." / "Jetzt registrieren"
        "become a member",
        "register now",
        "register for free",
        "werden sie mitglied",
        "werde mitglied",
        "jetzt registrieren",
        "kostenlos registrieren",
        "hazte socio",
        "regístrate gratis",
        "devenez membre",
        "inscrivez-vous gratuitement",
        "diventa membro",
        "registrati gratis",
        "torne-se membro",
        "word lid",
        "zostań członkiem",
        "zarejestruj się",
    ]
)

# Labels an appeal box's lines carry before the pass over the span: prose, a weak promo/other
# vote, or a headline vote (a short button line: "Support us with your contribution").
_APPEAL_LABELS = frozenset({Label.BODY, Label.PROMO, Label.OTHER, Label.HEADLINE})


def _appeal_line(line: Line, r: Revised) -> bool:
    """A short line that may belong to an appeal box; a bulleted item is the story's own list, which parts runs."""
    return (
        0 < line.words <= APPEAL_LINE_MAX_WORDS
        and line.markup is None
        and not line.bullet
        and r.label in _APPEAL_LABELS
    )


def _appeal_mark(line: Line) -> bool:
    """A line holding an appeal or sign-off phrase, or a button's call to action ("Sign up", "Subscribe")."""
    text = line.text
    if SIGN_OFF.search(text) is not None or APPEAL.search(text) is not None:
        return True
    return line.words <= APPEAL_BARE_CALL_MAX_WORDS and PROMO_PHRASE.search(text) is not None


def appeal_boxes(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int) -> list[int]:
    """The lines of support appeals set into the article's span ``first..last``.

    A run is the unbroken chain of short lines (blank lines between them allowed) that the
    span's longer prose, its chrome or its edges bound; a run of at most
    :data:`APPEAL_MAX_LINES` lines with at least :data:`APPEAL_MIN_MARKS` lines holding an
    appeal or sign-off phrase (:data:`APPEAL`, :data:`newsclean.edges.SIGN_OFF`) holds the
    site's box: its first appeal to its last, and the short calls beside them. Linear.

    Args:
        lines: the page's logical lines.
        out: the labels so far, one per line.
        first: the span's first line.
        last: the span's last line.

    Returns:
        The indices of the box lines, in order.

    .. versionadded:: 0.1.0
    """
    found: list[int] = []
    run: list[int] = []
    for i in range(first, last + 2):
        if i <= last and not lines[i].text:
            continue
        if i <= last and _appeal_line(lines[i], out[i]):
            run.append(i)
            continue
        if len(run) <= APPEAL_MAX_LINES:
            found.extend(_box_in_run(lines, run))
        run = []
    return found


def _box_in_run(lines: Sequence[Line], run: Sequence[int]) -> Sequence[int]:
    """The box inside a run of short lines: from its first appeal to its last, with the short calls around them.

    The box's unmarked lines between two appeals go with it; outside them only a short call
    ("Help us!") does, as a short paragraph of the story may border the box.
    """
    marked = [n for n, k in enumerate(run) if _appeal_mark(lines[k])]
    if len(marked) < APPEAL_MIN_MARKS:
        return ()
    lo, hi = marked[0], marked[-1]
    while lo > 0 and _short_call(lines[run[lo - 1]]):
        lo -= 1
    while hi < len(run) - 1 and _short_call(lines[run[hi + 1]]):
        hi += 1
    return run[lo : hi + 1]


# A call beside the box is a word or two ("Jetzt spenden") or a short sentence ("Help us!"); a
# short line of more words that ends no sentence is the story's next subheading.
APPEAL_BARE_CALL_MAX_WORDS = 3


def _short_call(line: Line) -> bool:
    """A short call beside an appeal box's marked lines ("Help us!", "Jetzt spenden")."""
    return line.words <= APPEAL_BARE_CALL_MAX_WORDS or (line.terminal and line.words <= APPEAL_CALL_MAX_WORDS)


# An author box's heading is a label of a few words ("Autoreninfo", "About the author").
AUTHOR_HEADING_MAX_CHARS = 40
# Under it: the bio, a contact line, a link to the writer's articles; no more.
AUTHOR_INSET_MAX_LINES = 3
# A bio is a sentence or two; a longer paragraph under the heading is the story going on.
AUTHOR_INSET_MAX_WORDS = 40


def _author_heading(line: Line) -> bool:
    """A line that is an author box's heading and nothing else."""
    text = line.text
    return (
        line.markup is None
        and not line.terminal
        and len(text) <= AUTHOR_HEADING_MAX_CHARS
        and AUTHOR_BOX.search(text) is not None
    )


def author_insets(lines: Sequence[Line], first: int, last: int) -> list[int]:
    """The lines of author boxes set into the article's span ``first..last``: heading and bio.

    Under an anchored author-box heading (:data:`newsclean.edges.AUTHOR_BOX`), the next
    non-blank lines up to :data:`AUTHOR_INSET_MAX_LINES`, each at most
    :data:`AUTHOR_INSET_MAX_WORDS` words, are the box; a longer paragraph ends it. Text dumps only.

    Args:
        lines: the page's logical lines.
        first: the span's first line.
        last: the span's last line.

    Returns:
        The indices of the box lines, in order.

    .. versionadded:: 0.1.0
    """
    found: list[int] = []
    for i in range(first, last + 1):
        if not lines[i].text or not _author_heading(lines[i]):
            continue
        box = [i]
        for k in range(i + 1, last + 1):
            if not lines[k].text:
                continue
            if len(box) > AUTHOR_INSET_MAX_LINES or lines[k].words > AUTHOR_INSET_MAX_WORDS:
                break
            box.append(k)
        if len(box) > 1:  # a heading with nothing under it is no box
            found.extend(box)
    return found
