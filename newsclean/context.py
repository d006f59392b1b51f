"""The context pass: revise per-line labels by their neighbours and by the page's shape.

Per-line votes can't see that a paragraph is a cookie notice far from the article, or
that a short line between two paragraphs is a subheading. This pass can. In order:

1. **Regions.** Lines whose body score reaches ``body_threshold`` ("good" lines) are
   grouped into regions; a region ends after more than ``max_gap`` non-blank lines that
   are neither good nor near-good, or at a comment-thread heading.
2. **Choose the article.** The region with the most prose wins (words of good lines,
   minus boilerplate inside it); a region that follows a strong headline candidate
   closely gets a bonus, unless its own prose is not article-sized and a clearly larger
   run of prose lies elsewhere (a notice under the headline). Neighbouring regions with
   at least ``region_keep_ratio`` of its score join it (articles broken by an inline
   "Related" box). A sure promo heading under the story that opens a list of other stories'
   summaries, each parted from the next by chrome, ends the span (:mod:`newsclean.regions`).
   With no region at all, near-good prose right under the headline (past its byline or
   date) is the article: a story of one or two short paragraphs.
3. **Edges.** Near-good lines right before or after the span join it (short leads,
   closing credits); then a sign-off box, a support appeal or an author bio at the
   span's edge comes off (:mod:`newsclean.edges`).
4. **Inside the span**, weak boilerplate votes between body lines turn to body
   (subheadings, short paragraphs); strong ones (share bars, promo headings) stay. A box
   set into the story comes out on its own evidence, never on its place alone: the teaser
   titles under a sure promo heading, a run of short lines holding two appeals, an author
   box under its heading (:mod:`newsclean.insets`); and a list under a promo heading or
   "Also on <site>" is no list that closes the article.
   **Outside it**, prose is not the article: body votes become ``OTHER``.
5. **Metadata lines.** One headline: the best candidate before the article, closest
   first. Bylines and datelines count only near the article's start. Prose between
   the headline and a byline/dateline that opens the article is the standfirst
   (``SUMMARY``).

Each step is a small function, tested on its own.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import EllipsisType

import regex

from newsclean.cards import all_capitals, card_teasers, glued_twice, shouted_teaser, teaser_tail
from newsclean.classifiers._twins import TWIN_MAX_COPIES, image_markers
from newsclean.classifiers.lexicon import CONSENT, PROMO_PHRASE
from newsclean.classifiers.markup import container_interior, text_element, within_element
from newsclean.classifiers.navigation import CONSENT_REASON
from newsclean.classifiers.promo import SEE_ALSO_REASON
from newsclean.config import CleanConfig
from newsclean.edges import author_box, faq_tail, sign_off_cut, trim_head, trim_tail
from newsclean.hardwrap import cut_by_wrap, page_width
from newsclean.insets import appeal_boxes, author_insets, promo_insets
from newsclean.labels import Label
from newsclean.lines import Line, normalize_key
from newsclean.listrest import list_rest
from newsclean.metadata.headline import same_title
from newsclean.metalines import (
    CHROME_LABELS,
    EDGE_BOX_REASON,
    has_chrome,
    mark_metadata,
    open_on_own_prose,
    page_title,
)
from newsclean.pipeline import Decision, Revised
from newsclean.quotes import apart_twins, pull_quotes
from newsclean.records import all_records, as_record, header_close, header_records, punctuation_shape, under_no_prose
from newsclean.regions import PROMO_HEADING_STRENGTH, other_stories_cut
from newsclean.resume import held, resumed_end
from newsclean.walk import nearest, nonblank_between
from newsclean.wrapruns import run_end, run_start, runs

__all__ = [
    "Region",
    "Revised",
    "find_regions",
    "line_value",
    "pull_quotes",
    "revise",
    "story_headers",
    "teaser_blocks",
]

# A list item's number on a line of its own ("1.", "12)"), as recipe steps and numbered lists
# print: it belongs to the list it numbers, so it neither adds to nor walls off a span.
# (a layout-preserving dump may print it twice, "1. 1.": the list's counter, then the page's own number)
_ORDINAL = regex.compile(r"^\s*\d{1,2}[.)](?:\s+\d{1,2}[.)])?\s*$")
ORDINAL_MAX_WORDS = 2
"""The words (runs of digits) of a line :data:`_ORDINAL` matches: one number, or two."""
# Two list items side by side on one line ("* Low rates * Easy return"): a layout-preserving dump
# prints a table whose cells hold lists as one row of bulleted items; no story's title holds two bullets.
_SIDE_BY_SIDE_ITEMS = regex.compile(r"(?:^|\s)\*\s+\S.*?\s\*\s+\S")
# A bare "Read more" link under a teaser's summary, in many languages ("Weiterlesen...", "Lire la suite").
_READ_MORE = regex.compile(
    r"^\W*(?:read more|read the full story|read the rest|read full story|read the full article|keep reading|"
    r"continue reading|more|weiterlesen|mehr lesen|mehr|leer más|seguir leyendo|"
    r"lire la suite|lire plus|leggi tutto|leggi di più|continua a leggere|leia mais|continuar lendo|czytaj dalej|"
    r"czytaj więcej|lees meer|verder lezen|läs mer|les mer|læs mere|lue lisää|devamını oku|číst dále|"
    r"tovább|citește mai mult|читать далее|подробнее)\W*$",
    regex.IGNORECASE,
)
# A teaser list prints title, summary, "Read more" at least this many times; once may be the article's own link.
TEASER_MIN_REPEATS = 2
# A teaser's summary is a paragraph of at least this many words, under a title of at most TEASER_TITLE_MAX_WORDS.
TEASER_SUMMARY_MIN_WORDS = 10
TEASER_TITLE_MAX_WORDS = 15
# Characters that print nothing: a line of only these reads as blank (web editors leave
# "&#8203;" paragraphs between images).
INVISIBLE = " \t\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad"
# A vote at least this strong is not overruled by neighbours: a share bar inside the article stays a share bar.
STRONG = 0.6
# A line in capitals between the article's paragraphs that read as a title (or nothing) is a shouted teaser
# when it is long or ends in "!" (see newsclean.cards.shouted_teaser); a shouted byline or caption is left alone.
SHOUT_LABELS = frozenset({Label.HEADLINE, Label.PROMO, Label.OTHER})
APPEAL_REASON = "support appeal set into the article: two or more appeals in a run of short lines"
INSET_REASON = "teaser in a box set into the article, under its promo heading"
SHOUT_REASON = "shouted teaser: a line in capitals that links another story or calls to action"
APART_TWIN_REASON = "the same paragraph again past a line left out: in the body, an image's alt text and caption"
# A closing schedule/results list: an intro of at most LIST_INTRO_MAX_WORDS words, then at least
# LIST_TAIL_MIN (at most LIST_TAIL_MAX) unbroken lines, LIST_TAIL_DIGIT_SHARE of them with a digit.
LIST_INTRO_MAX_WORDS = 10
# A promo heading over a list is a few words ("Related", "Mehr Videos", "Also on example.com").
PROMO_INTRO_MAX_WORDS = 6
# "Also on <site>": a sister site's links under the story, named by its domain.
_ALSO_ON_SITE = regex.compile(
    r"^\s*(?i:also on|more on|auch auf|mehr auf|también en|más en|aussi sur|plus sur|anche su|também (?:no|em)"
    r"|również na|ook op)\s+[\w.-]+\.\p{L}{2,}\s*:?\s*$"
)
LIST_TAIL_MIN = 3
LIST_TAIL_MAX = 80
LIST_TAIL_DIGIT_SHARE = 0.6
# A list item voting this as a byline is a byline led by its marker ("By", "Von", "Автор:"), not names alone.
MARKED_BYLINE = 0.75
# A date line voting at least this (the date is most of the line, see classifiers.dateline) is a bare date.
BARE_DATE_SCORE = 0.7
# ...or that share of them with the same pattern of at least this many brackets, colons or dashes.
PARALLEL_MIN_MARKS = 2
PARALLEL_MIN_WORDS = 3
# A schedule's item is a short line ("June 9 – Tampa, FL – Amalie Arena"); a longer one is prose.
LIST_ITEM_MAX_WORDS = 20
# Short lines between body lines become body up to this many words (subheadings, one-line paragraphs).
SUBHEAD_MAX_WORDS = 20
# The first body line within this many non-blank lines after a strong headline candidate
# (vote above HEADLINE_STRONG) is worth ANCHOR_BONUS more: the article follows its headline.
HEADLINE_NEAR = 12
HEADLINE_STRONG = 0.55
# A headline vote this strong (URL slug, repeated copies, <h1>, metadata agreement) is trusted
# to mark where the article starts: prose above it does not compete.
HEADLINE_CONFIDENT = 0.7
# ... unless what follows it is much smaller than the prose above: then the "headline" was a
# tag line or a teaser, and the prose above it is the article.
AFTER_HEADLINE_SHARE = 0.35
# A headline this certain (several signals agree) is trusted unless the prose above it is
# many times larger than what follows it (then it was a teaser that happened to match).
HEADLINE_CERTAIN = 0.8
AFTER_HEADLINE_SHARE_CERTAIN = 0.2
# A story header is a title-shaped line with a byline or date within this many non-blank lines below.
STORY_HEADER_REACH = 2
# Bare two-word "names" are as often subheadings or table cells; only a clear byline makes a story header.
STORY_BYLINE_SCORE = 0.55
# A title repeated within this many non-blank lines heads the same story, not a new one.
STORY_REPEAT_REACH = 10
ANCHOR_BONUS = 25.0
# A lead paragraph under the headline joins the chosen span when at most this many non-blank
# lines (a date, a byline, a photo credit) part them.
LEAD_GAP = 4
# A lead is a paragraph worth this much on its own prose (a logo's "Created with Sketch." is not).
LEAD_MIN_SCORE = 5.0
# A region past a box header inside the article joins it when it is worth this much (several paragraphs).
BOX_JOIN_SCORE = 40.0
# ... and when at least this share of its non-blank lines are prose (a teaser list's is about a third).
BOX_JOIN_PROSE_SHARE = 0.6
# ... or when at most this many non-blank lines, none a sure menu or comment line, part them (a promo box).
BOX_GAP_MAX = 10
# A figure with a decimal separator ("0,67", "8.02"), as a table of measured values prints it.
_DECIMAL = regex.compile(r"(?<![\d.,])\d+[.,]\d+(?![.,]?\d)")
# A table's row is short; a longer line among figures is a teaser's or a paragraph.
TABLE_ROW_MAX_WORDS = 12
# A comment heading right under the headline with no commenter's name or reply link within
# THREAD_REACH non-blank lines after it is the header's link to the thread ("Comments (32)").
THREAD_REACH = 8
# A sign-up box's blurb ("Get breaking news alerts and special reports.") is short.
BLURB_MAX_WORDS = 30
# A sign-up box is an unbroken block of at most BOX_MAX_LINES lines with BOX_MIN_ACTIONS sure calls to action.
BOX_MAX_LINES = 8
BOX_MIN_ACTIONS = 2
THREAD_SIGNS = frozenset({"comment author line", "comment furniture", "html: comment section"})
# Without a strong headline, a byline or dateline this sure anchors the article instead.
BYLINE_ANCHOR_SCORE = 0.6
# Line values (see line_value): a body line pays off above near_threshold + PIVOT_MARGIN;
# chrome costs CHROME_COST plus CHROME_STRENGTH times its vote; other lines cost NEUTRAL_COST.
PIVOT_MARGIN = 0.15
CHROME_COST = 1.0
CHROME_STRENGTH = 3.0
NEUTRAL_COST = 0.5
# "Related", "Lesen Sie auch", "Trending": what follows is other stories, so the heading is a
# wall that only a long stretch of article prose on its far side can climb.
PROMO_HEADING_COST = 12.0
# A span worth at least this much (about two solid paragraphs) is an article; comment threads
# after one never compete with it.
MIN_ARTICLE_SCORE = 15.0
# A span under the headline that is not article-sized on its own prose loses its anchor bonus
# against a run of prose worth at least this much (several solid paragraphs; an author bio of
# two short ones is less).
RIVAL_ARTICLE_SCORE = 30.0
# Each stretch yields at most this many disjoint runs; runs after the first must be worth this much.
MAX_RUNS_PER_STRETCH = 3
MIN_EXTRA_RUN = 10.0
# A run's tail that crosses a wall of chrome worth at least DETACH_WALL (a promo heading and its
# teasers, a menu), holds at most DETACH_SHARE of the run's prose, and pays back at most
# DETACH_PAYBACK of its wall is a stray paragraph past the article (an ad-blocker plea, a
# widget's blurb), not the article's end.
DETACH_WALL = 10.0
DETACH_SHARE = 0.15
DETACH_PAYBACK = 0.5
# A record of a list under the article's header is worth its words as a line of sure prose is
# (a body score of 1.0 less the pivot at the near threshold and PIVOT_MARGIN).
RECORD_VALUE = 0.5
# A block of at least MENU_BLOCK_MIN navigation lines with no blank line between them is one menu:
# every item costs as much as the block's surest item. An HTML page's <nav> gives all its items
# the same strong vote; a text dump only knows "Home" and "Contact Us" for sure and rates the rest
# as a weak "run of short items", so without this the same menu is a wall in the HTML and a step
# that one paragraph climbs in its text rendering.
MENU_BLOCK_MIN = 4
# ...and a block holding an item rated at least MENU_BLOCK_SURE (a section's name, a menu word) is a
# menu as surely as a <nav> is: each item costs at least what a <nav>'s item does.
MENU_BLOCK_SURE = 0.6
MENU_BLOCK_STRENGTH = 0.8
# A shorter run of navigation lines ("Subscribe" / "Tech" / "Sport") is such a block only with a sure item
# that holds a word: a <nav> of two or three links is as much a wall as a longer one.
SHORT_MENU_MIN = 2


@dataclass(frozen=True, slots=True)
class Region:
    """A run of prose lines that may be the article.

    .. versionadded:: 0.1.0
    """

    first: int
    """Index of the first good line."""
    last: int
    """Index of the last good line."""
    score: float
    """The sum of :func:`line_value` over the span."""
    in_thread: bool = False
    """The span comes after a comment-thread heading."""
    before_headline: bool = False
    """The span ends above the page's confident headline."""
    bonus: float = 0.0
    """How much of ``score`` is the headline anchor's bonus rather than the span's own prose."""


def _thresholds(config: CleanConfig) -> tuple[float, float]:
    return config.body_threshold + config.favor_shift, config.near_threshold + config.favor_shift


# Comment votes that open a thread: a heading ("12 Comments") or the reply form ("Leave a Reply").
THREAD_OPENERS = frozenset({"comment heading", "comment form"})


def _comment_form(d: Decision) -> bool:
    return any(v.label is Label.COMMENT and v.reason == "comment form" for _, v in d.votes)


def _is_boundary(d: Decision) -> bool:
    """A comment heading or a comment form ends any region: what follows is the thread."""
    # read the votes, not the winner: "jdoe says:" is also a fine byline, and still opens the thread
    for _, v in d.votes:  # noqa: SIM110 - a plain loop: the region search asks this of every line, twice
        if v.label is Label.COMMENT and v.reason in THREAD_OPENERS:
            return True
    return False


def line_value(line: Line, d: Decision, config: CleanConfig) -> float:
    """What a line adds to a candidate article span: prose adds its words, chrome subtracts.

    A body line is worth ``words * (score - pivot)``, so long confident prose counts most and
    short borderline lines count about nothing; boilerplate costs a fixed amount plus its
    strength, so a menu of fifty items is a wall while a lone share bar is a small step.

    >>> from newsclean.lines import split_lines
    >>> from newsclean.pipeline import Pipeline
    >>> from newsclean.classifiers.base import PageContext
    >>> ls = split_lines("Officials said on Monday that the old bridge would reopen after a long repair.\\nHome")
    >>> prose, menu = (line_value(l, d, CleanConfig()) for l, d in zip(ls, Pipeline.default().run(ls, PageContext())))
    >>> prose > 0 > menu
    True
    """
    if not line.text or not line.text.strip(INVISIBLE):
        return 0.0  # a line of zero-width spaces or marks is blank to a reader
    if line.words <= ORDINAL_MAX_WORDS and _ORDINAL.match(line.text):
        return 0.0
    if d.label is Label.BODY:
        if _consent_prose(line, d):
            return 0.0
        return line.words * (d.score - (config.near_threshold + config.favor_shift) - PIVOT_MARGIN)
    if d.label is Label.PROMO and d.reason.startswith("promo heading"):
        # an inline "Related" box inside the page's <article> interrupts the article, it does not end it
        inline = line.markup is not None and line.markup.in_article
        return -NEUTRAL_COST if inline else -PROMO_HEADING_COST
    if d.label is Label.PROMO and d.reason == SEE_ALSO_REASON:
        # "Lesen Sie auch: <title>" between two paragraphs links away and the story goes on under it
        return -NEUTRAL_COST
    if d.label in CHROME_LABELS:
        return -(CHROME_COST + CHROME_STRENGTH * d.score)
    return -NEUTRAL_COST


CONSENT_PROSE_MIN = 3


def _consent_prose(line: Line, d: Decision) -> bool:
    """Whether a prose line is also a consent notice ("Wenn Sie ... Alle Cookies akzeptieren ... Einwilligung").

    A cookie policy printed on the page is long, well-formed prose and would outweigh a shorter article;
    its paragraphs name cookies and consent again and again (``CONSENT_PROSE_MIN`` times at least: a
    copyright notice's "without written consent" twice is not one). Such a line adds nothing to a span
    (it costs nothing either: a story about privacy rules may hold one).
    """
    return any(v.label is Label.NAVIGATION and v.reason.startswith(CONSENT_REASON) for _, v in d.votes) and (
        len(CONSENT.findall(line.text)) >= CONSENT_PROSE_MIN
    )


def menu_blocks(lines: Sequence[Line], decisions: Sequence[Decision]) -> dict[int, float]:
    """The lines of each menu block, each mapped to the block's strongest navigation vote.

    A block is a run of at least ``MENU_BLOCK_MIN`` consecutive non-blank lines, all labelled
    navigation; a blank line ends it. A shorter run of ``SHORT_MENU_MIN`` or more is one when it holds
    a sure item with a word in it, and then costs at least ``MENU_BLOCK_STRENGTH``. Linear in the page's length.

    >>> from newsclean.lines import split_lines
    >>> from newsclean.pipeline import Pipeline
    >>> from newsclean.classifiers.base import PageContext
    >>> ls = split_lines("Home\\nWorld\\nClimate\\nSport\\nContact Us")
    >>> blocks = menu_blocks(ls, Pipeline.default().run(ls, PageContext()))
    >>> sorted(blocks) == [0, 1, 2, 3, 4] and len(set(blocks.values())) == 1
    True

    .. versionadded:: 0.1.0
    """
    found: dict[int, float] = {}
    run: list[int] = []
    for i in range(len(lines) + 1):
        if i < len(lines) and lines[i].text and decisions[i].label is Label.NAVIGATION:
            run.append(i)
            continue
        if len(run) >= MENU_BLOCK_MIN:
            top = max(decisions[k].score for k in run)
            if top >= MENU_BLOCK_SURE:
                top = max(top, MENU_BLOCK_STRENGTH)
            found.update(dict.fromkeys(run, top))
        elif len(run) >= SHORT_MENU_MIN and any(
            # a price ("24,99 €") is sure navigation too, but a product box's as much as a menu's
            decisions[k].score >= MENU_BLOCK_SURE and lines[k].letter_ratio > 0 for k in run
        ):
            found.update(dict.fromkeys(run, max(MENU_BLOCK_STRENGTH, *(decisions[k].score for k in run))))
        run = []
    return found


def teaser_blocks(lines: Sequence[Line], decisions: Sequence[Decision]) -> frozenset[int]:
    """Titles and summaries of a teaser list: title, a paragraph, then a bare "Read more" link, repeated.

    Each summary reads as prose, and a list of them can outweigh a short article; the
    "Read more" under each one says it is the start of another page. The shape must repeat
    (``TEASER_MIN_REPEATS``): one "Continue reading" may be the article's own.

    .. versionadded:: 0.1.0
    """
    found: list[int] = []
    for j, line in enumerate(lines):
        if not line.text or line.words > 4 or not _READ_MORE.match(line.text):
            continue
        summary = nearest(lines, j, -1)
        if summary is None or decisions[summary].label is not Label.BODY:
            continue
        title = nearest(lines, summary, -1)
        # the teaser's picture between its title and summary (a dump prints it as a marker line)
        while title is not None and _image_marker(lines[title]):
            title = nearest(lines, title, -1)
        if (
            lines[summary].words >= TEASER_SUMMARY_MIN_WORDS
            and title is not None
            and lines[title].words <= TEASER_TITLE_MAX_WORDS
            and not lines[title].terminal
            and not _READ_MORE.match(lines[title].text)
        ):
            found.extend((title, summary))
    return frozenset(found) if len(found) >= 2 * TEASER_MIN_REPEATS else frozenset()


def _headline_anchor(lines: Sequence[Line], decisions: Sequence[Decision]) -> int | None:
    """The first body line after the strongest headline candidate, if one is strong enough."""
    best, best_score = None, HEADLINE_STRONG
    for i, d in enumerate(decisions):
        score = d.vote(Label.HEADLINE) if d.votes else 0.0  # (blank and unvoted lines have no votes to read)
        if score > best_score and not _sure_menu_item(d):
            best, best_score = i, score
    if best is None:
        return _byline_anchor(lines, decisions)
    return _body_below(lines, decisions, best)


def _anchor_below(
    lines: Sequence[Line], decisions: Sequence[Decision], anchor: int | None, head: int | None
) -> int | None:
    """The anchor, moved under the confident headline when it sits above it: the first body line near the headline.

    A dump opens with the page's ``<title>``; its strongest headline vote may be that copy while the
    confident headline is the later one above the article. A "JavaScript is off" notice under
    the title copy is no article's lead, and must not take the bonus from the lead under the headline.
    """
    if anchor is None or head is None or anchor > head:
        return anchor
    return _body_below(lines, decisions, head)


def _body_below(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> int | None:
    """The first body line among the ``HEADLINE_NEAR`` non-blank lines under line ``i``, or None."""
    seen = 0
    for k in range(i + 1, len(lines)):
        if not lines[k].text:
            continue
        seen += 1
        if seen > HEADLINE_NEAR:
            return None
        if decisions[k].label is Label.BODY:
            return k
    return None


def _sure_menu_item(d: Decision) -> bool:
    """Whether a line reads for sure as a menu item or footer link ("Terms of Use", "Sign In").

    Such a line is no page's headline, however title-like: a two-item menu printed "Terms of Use |
    Sign In" has the shape of "<headline> | <site>", and a copy of its first item then reads as the
    page's title in a text dump (the HTML path knows it from its <nav>).
    """
    return d.vote(Label.NAVIGATION) >= STRONG


def _byline_anchor(lines: Sequence[Line], decisions: Sequence[Decision]) -> int | None:
    """Without a strong headline: the body line right under the first clear byline or dateline.

    Short blog posts often have a weak title ("Elektro-Zapfsäulen.") but a clear
    "17/11/2019 ~ Jane Doe" line, and the post starts right under it.
    """
    for i, d in enumerate(decisions):
        if d.label not in (Label.BYLINE, Label.DATELINE) or d.score < BYLINE_ANCHOR_SCORE:
            continue
        k = i + 1
        while k < len(lines) and not lines[k].text:
            k += 1
        if k < len(lines) and decisions[k].label is Label.BODY:
            return k
    return None


def find_regions(
    lines: Sequence[Line],
    decisions: Sequence[Decision],
    config: CleanConfig,
    *,
    head: int | EllipsisType | None = ...,
    teasers: frozenset[int] | None = None,
    records: Sequence[int] | None = None,
    headers_of: Callable[[], frozenset[int]] | None = None,
) -> list[Region]:
    """Candidate article spans: the best-scoring runs of each stretch between boundaries.

    Comment headings, the confident headline and story headers cut the page into
    stretches. Each stretch is searched for its maximum-sum run of :func:`line_value`
    (Kadane's algorithm, linear), with a bonus on the first body line after a strong
    headline; the parts of the stretch left and right of that run are searched again,
    up to ``MAX_RUNS_PER_STRETCH`` runs, so a footer disclaimer cannot hide the article
    that shares its stretch.

    >>> from newsclean.lines import split_lines
    >>> from newsclean.pipeline import Pipeline
    >>> from newsclean.classifiers.base import PageContext
    >>> para = "Officials said on day {} that the old bridge would reopen after a long repair."
    >>> text = "\\n".join(para.format(n) for n in "123")
    >>> ls = split_lines(text)
    >>> rs = find_regions(ls, Pipeline.default().run(ls, PageContext()), CleanConfig())
    >>> (rs[0].first, rs[0].last)
    (0, 2)

    A list of records right under the article's header (:func:`newsclean.records.header_records`:
    a calendar, a results table) is the article's text: each item is worth its words as a line of
    sure prose, and without a body line under the headline its first item takes the anchor bonus.

    ``head`` (the confident headline's index, or None), ``teasers`` and ``records`` may be passed when
    the caller has them already (:func:`_confident_headline`, :func:`teaser_blocks`, :func:`header_records`
    of the same page), and ``headers_of``, a call that gives :func:`story_headers` of the same lines and
    decisions (:func:`_story_headers_once`).

    .. versionadded:: 0.1.0
    """
    if headers_of is None:
        headers_of = _story_headers_once(lines, decisions)
    if head is ...:
        head = _confident_headline(lines, decisions, headers_of)
    anchor = _anchor_below(lines, decisions, _headline_anchor(lines, decisions), head)
    if records is None:
        records = header_records(lines, decisions, head)
    if anchor is None and records:
        anchor = records[0]
    link = byline_row_link(lines, decisions)
    row = _row_anchor(lines, decisions, link, _thresholds(config)[1]) if anchor is None and link is not None else None
    anchor = anchor if row is None else row
    listed = frozenset(records)
    # the line under the byline row opens this story, not another one
    headers = headers_of() - listed - {row}
    if teasers is None:
        teasers = teaser_blocks(lines, decisions)
    menus = menu_blocks(lines, decisions)
    values = [0.0] * len(lines)
    stretches: list[tuple[int, int, bool]] = []  # (first, last, in_thread)
    in_thread = False
    start = 0
    for i, (line, d) in enumerate(zip(lines, decisions, strict=True)):
        # "Comments (32)" in the article's header (under the headline, with no commenter's
        # name or reply link after it) is a link to the thread below, not its start
        # so is "Leave a comment" in the byline's row ("5 October 2018 / Posted by Jane / Leave a comment")
        boundary = bool(d.votes) and _is_boundary(d) and not (
            (
                (head is not None and head < i and nonblank_between(lines, head + 1, i) <= HEADLINE_NEAR)
                or i == link
            )
            and not _thread_follows(lines, decisions, i)
            and not _comment_form(d)  # a reply form's small print is never a link in the header
        )
        if boundary or i == head or i in headers:
            if start < i:
                stretches.append((start, i - 1, in_thread))
            in_thread = in_thread or boundary
            start = i + 1
            continue
        if line.text:
            value = -NEUTRAL_COST if i in teasers else line_value(line, d, config)
            if i in menus:
                value = min(value, -(CHROME_COST + CHROME_STRENGTH * menus[i]))
            if i in listed:
                value = max(value, line.words * RECORD_VALUE)
            values[i] = value + (ANCHOR_BONUS if i == anchor else 0.0)
    if start < len(lines):
        stretches.append((start, len(lines) - 1, in_thread))
    regions: list[Region] = []
    for lo, hi, thread in stretches:
        for first, whole, total in _best_runs(values, lo, hi, MAX_RUNS_PER_STRETCH):
            last, score = detach_tail(values, first, whole, total)
            before = head is not None and last < head
            bonus = ANCHOR_BONUS if anchor is not None and first <= anchor <= last else 0.0
            regions.append(Region(first, last, score, in_thread=thread, before_headline=before, bonus=bonus))
    regions.sort(key=lambda r: r.first)
    return regions


def _in_byline_row(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> bool:
    """Whether line ``i`` stands in the article's byline row: a sure byline or date among the few lines above it.

    A blog post's header prints its date, its author and a link to its comments one under the other;
    the link says where the thread is, it does not start it.
    """
    seen, k = 0, i - 1
    while k >= 0 and seen < STORY_HEADER_REACH:
        if lines[k].text:
            seen += 1
            d = decisions[k]
            if d.label in (Label.BYLINE, Label.DATELINE) and d.score >= BYLINE_ANCHOR_SCORE:
                return True
        k -= 1
    return False


def byline_row_link(lines: Sequence[Line], decisions: Sequence[Decision]) -> int | None:
    """The first comment heading that stands in the byline's row with no thread after it: a link to the comments.

    "5 October 2018" / "Posted by Jane" / "Leave a comment": see :func:`_in_byline_row`. A reply
    form, or an author line or reply link close under it, is the thread itself; and a byline row
    under the story's prose ("posted by Jane at 12:53" / "Comments (35)") closes the story, the
    thread follows it (:func:`newsclean.records.under_no_prose`).
    """
    for i, d in enumerate(decisions):
        if d.votes and _is_boundary(d) and _in_byline_row(lines, decisions, i):
            if _comment_form(d) or _thread_follows(lines, decisions, i) or not under_no_prose(lines, decisions, i):
                return None
            return i
    return None


def _row_anchor(lines: Sequence[Line], decisions: Sequence[Decision], i: int, near_t: float) -> int | None:
    """The prose line right under the byline row's comment link at ``i`` (the next non-blank line), if it is one.

    It must be body with at least a near-good score: a weak one ("Follow the author") is the row's chrome.
    """
    k = nearest(lines, i, 1)
    return k if k is not None and decisions[k].label is Label.BODY and decisions[k].score >= near_t else None


def _sign_up_blurb(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> bool:
    """A short line between a promo heading or call to action and a call-to-action button.

    "Breaking News Emails" / "Get breaking news alerts and special reports." / "SUBSCRIBE":
    the middle line reads as prose, but the box around it says what it is.
    """
    if lines[i].words > BLURB_MAX_WORDS:
        return False
    before = nearest(lines, i, -1)
    after = nearest(lines, i, 1)
    if before is None or after is None:
        return False
    above, below = decisions[before], decisions[after]
    return (
        above.label is Label.PROMO
        and above.score >= STRONG
        and below.label in (Label.PROMO, Label.NAVIGATION)
        and below.score >= STRONG
        and lines[after].words <= 3
        and PROMO_PHRASE.search(lines[after].text) is not None
    )


def _in_sign_up_box(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> bool:
    """A short line in a small unbroken block that holds two or more sure calls to action.

    "Get the newsletter" / "Our best journalism, delivered to your inbox." / "Enter your
    email" / "Sign up" / "By signing up you agree to our Terms": the block has no blank line
    inside, at most ``BOX_MAX_LINES`` lines, and its calls to action say what its prose is. A block
    with a sure date in it is a story's header over its share bar, not a sign-up box.
    """
    if lines[i].words > BLURB_MAX_WORDS:
        return False
    lo = hi = i
    while lo > 0 and lines[lo - 1].text:
        lo -= 1
        if i - lo >= BOX_MAX_LINES:
            return False
    while hi + 1 < len(lines) and lines[hi + 1].text:
        hi += 1
        if hi - lo >= BOX_MAX_LINES:
            return False
    actions = sum(1 for k in range(lo, hi + 1) if _call_to_action(decisions[k]))
    if actions < BOX_MIN_ACTIONS:
        return False
    # a sure date heads a story ("19.10.2019 11:36" / its lead / a share bar), not a sign-up box (a byline
    # may head an author's box: "Jane Doe, Contributor" / "Opinions expressed are her own." / "Follow")
    return not any(decisions[k].label is Label.DATELINE and decisions[k].score >= STRONG for k in range(lo, hi + 1))


def _in_consent_box(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> bool:
    """A short line of a sign-up box: under a sure call to action, down to a consent line, blank lines between.

    "Newsletter" / "Sign up to get the best of the week." / "Contact me with offers" / "By submitting
    your information you agree to the Terms": the box's last line is a sure legal notice (a strong
    navigation vote, whatever won the line), its heading a sure call to action, and every line from
    one to the other is short (``BLURB_MAX_WORDS``), ``BOX_MAX_LINES`` of them at most.
    """
    if lines[i].words > BLURB_MAX_WORDS:
        return False
    top = _box_edge(lines, decisions, i, -1)
    if top is None or not _call_to_action(decisions[top]):
        return False
    bottom = i if decisions[i].vote(Label.NAVIGATION) >= STRONG else _box_edge(lines, decisions, i, 1)
    if bottom is None or decisions[bottom].vote(Label.NAVIGATION) < STRONG:
        return False
    return bottom - top <= 2 * BOX_MAX_LINES


def _box_edge(lines: Sequence[Line], decisions: Sequence[Decision], i: int, step: int) -> int | None:
    """From ``i`` by ``step`` over short lines: the nearest call to action (up) or legal notice (down), if any."""
    k, seen = i + step, 0
    while 0 <= k < len(lines) and seen < BOX_MAX_LINES:
        if lines[k].text:
            d = decisions[k]
            if (step < 0 and _call_to_action(d)) or (step > 0 and d.vote(Label.NAVIGATION) >= STRONG):
                return k
            if lines[k].words > BLURB_MAX_WORDS:
                return None
            seen += 1
        k += step
    return None


def _call_to_action(d: Decision) -> bool:
    return d.label is Label.PROMO and d.score >= STRONG and d.reason in ("call to action", "share bar")




def _thread_follows(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> bool:
    """Whether a comment's furniture (an author line, a reply link) follows line ``i`` closely."""
    seen = 0
    for k in range(i + 1, len(lines)):
        if not lines[k].text:
            continue
        seen += 1
        if seen > THREAD_REACH:
            return False
        if any(v.label is Label.COMMENT and v.reason in THREAD_SIGNS for _, v in decisions[k].votes):
            return True
    return False


def detach_tail(values: Sequence[float], first: int, last: int, score: float) -> tuple[int, float]:
    """A maximum-sum run without a stray tail past a wall of chrome: its new last index and score.

    Kadane's run reaches any later paragraph worth slightly more than the chrome before it,
    so one long paragraph after a "Recent posts" list joins the article. Walking back from
    the run's end, the earliest line after which the tail holds a wall of at least
    ``DETACH_WALL``, at most ``DETACH_SHARE`` of the run's prose and pays back at most
    ``DETACH_PAYBACK`` of the wall cuts the run before it.

    >>> detach_tail([60.0, 60.0, -12.0, -3.0, 16.0], 0, 4, 121.0)
    (1, 120.0)
    >>> detach_tail([60.0, 60.0, 0.0, -12.0, 0.0, -3.0, 16.0], 0, 6, 121.0)
    (1, 120.0)
    >>> detach_tail([60.0, 60.0, -3.0, 16.0], 0, 3, 133.0)
    (3, 133.0)

    .. versionadded:: 0.1.0
    """
    prose = sum(v for v in values[first : last + 1] if v > 0)
    tail_pos = tail_neg = 0.0
    cut: int | None = None
    for i in range(last, first, -1):
        value = values[i]
        if value > 0:
            tail_pos += value
        else:
            tail_neg -= value
        if tail_pos > DETACH_SHARE * prose:
            break
        # a cut falls between a line of prose and the chrome after it (blank lines are worth 0)
        walled = tail_neg >= DETACH_WALL and tail_pos - tail_neg <= DETACH_PAYBACK * tail_neg
        if walled and value < 0 < values[_previous_line(values, i, first)]:
            cut = i
    if cut is None:
        return last, score
    return _previous_line(values, cut, first), score - sum(values[cut : last + 1])


def _previous_line(values: Sequence[float], i: int, first: int) -> int:
    """The nearest line before ``i`` with a value (not blank) within the run; ``first`` when there is none."""
    k = i - 1
    while k > first and values[k] == 0.0:
        k -= 1
    return max(k, first)


def _best_runs(values: Sequence[float], lo: int, hi: int, budget: int) -> list[tuple[int, int, float]]:
    """Up to ``budget`` disjoint maximum-sum runs of ``values[lo:hi+1]``, best first found first."""
    out: list[tuple[int, int, float]] = []
    todo = [(lo, hi)]
    while todo and len(out) < budget:
        a, b = todo.pop(0)
        best_sum, best_first, best_last = 0.0, -1, -1
        run_sum, run_first = 0.0, -1
        for i in range(a, b + 1):
            value = values[i]
            if value == 0.0:
                continue
            if run_sum <= 0:
                run_sum, run_first = value, i
            else:
                run_sum += value
            if run_sum > best_sum:
                best_sum, best_first, best_last = run_sum, run_first, i
        if best_first < 0 or (out and best_sum < MIN_EXTRA_RUN):
            continue
        out.append((best_first, best_last, best_sum))
        todo.extend(((a, best_first - 1), (best_last + 1, b)))
    return out


def story_headers(lines: Sequence[Line], decisions: Sequence[Decision]) -> frozenset[int]:
    """Lines that open a story: a title-shaped line with a byline or date right under or above it.

    Teaser lists repeat this shape (title, author, date, summary) once per story, and the
    article has it once, above its body; so each one ends the span before it. An article's
    body never runs across another story's header.

    .. versionadded:: 0.1.0
    """
    out = set()
    seen_titles: dict[str, int] = {}
    # HTML only: a weak title between the main container's paragraphs is the article's own
    interior = container_interior(lines)
    inside = _between_title_copies(lines, decisions)
    for i, d in enumerate(decisions):
        title = d.vote(Label.HEADLINE) if d.votes else 0.0
        if title <= 0 or d.label in (Label.BYLINE, Label.DATELINE):
            continue  # "By Jane Doe" over a date is the header's second half, not a new title
        if i in interior and title < HEADLINE_STRONG:
            continue
        key = normalize_key(lines[i].text)
        previous = seen_titles.get(key)
        seen_titles[key] = i
        if previous is not None and nonblank_between(lines, previous, i) <= STORY_REPEAT_REACH:
            continue  # the same title again a few lines on (headline, standfirst, headline): one story
        if _table_row(lines, i) or _SIDE_BY_SIDE_ITEMS.search(lines[i].text):
            # a row of a table ("Heizwert (pro kg) 8,02 kWh/kg", "* Pros * Cons") is no story's title
            continue
        # the date or author may stand under the title or above it; above, it may be the end of the
        # header of the story the title's copy around this line already heads
        for step in (1,) if i in inside else (1, -1):
            seen, k = 0, i + step
            while 0 <= k < len(lines):
                if lines[k].text:
                    seen += 1
                    if seen > STORY_HEADER_REACH or decisions[k].label is Label.BODY:
                        break
                    if decisions[k].label is Label.DATELINE or (
                        decisions[k].label is Label.BYLINE
                        and decisions[k].score >= STORY_BYLINE_SCORE
                        and not _echoes(lines[k], key)
                    ):
                        out.add(i)
                        break
                k += step
    return frozenset(out)


def _story_headers_once(lines: Sequence[Line], decisions: Sequence[Decision]) -> Callable[[], frozenset[int]]:
    """A call that gives :func:`story_headers` of ``lines`` and ``decisions``, found at the first call only.

    >>> from newsclean.lines import split_lines
    >>> from newsclean.pipeline import Pipeline
    >>> from newsclean.classifiers.base import PageContext
    >>> ls = split_lines("Bridge Reopens After Repairs\\nBy Jane Doe\\n\\nThe bridge reopened on Monday.")
    >>> headers_of = _story_headers_once(ls, Pipeline.default().run(ls, PageContext()))
    >>> headers_of() is headers_of()
    True
    """
    found: list[frozenset[int]] = []

    def headers_of() -> frozenset[int]:
        if not found:
            found.append(story_headers(lines, decisions))
        return found[0]

    return headers_of


def _between_title_copies(lines: Sequence[Line], decisions: Sequence[Decision]) -> set[int]:
    """Indexes between a title and its copy a few lines on: inside one story's header.

    "Headline" / "The lead." / "By Jane Doe" / "Site Name" / "Headline" again / the body: the byline
    above the site's name the logo prints ends the headline's own header, as the copy after it shows;
    it makes no new story of the logo.
    """
    out: set[int] = set()
    last: dict[str, int] = {}  # the last line labelled a headline, by its text
    for i, d in enumerate(decisions):
        if not d.votes or d.vote(Label.HEADLINE) <= 0 or d.label in (Label.BYLINE, Label.DATELINE):
            continue
        key = normalize_key(lines[i].text)
        previous = last.get(key)
        if previous is not None and nonblank_between(lines, previous, i) <= STORY_REPEAT_REACH:
            out.update(range(previous + 1, i))
        if d.label is Label.HEADLINE:
            last[key] = i
    return out


def _echoes(line: Line, title_key: str) -> bool:
    """Whether a byline-shaped line only repeats words of the title beside it ("Tips for the Acme One" / "Acme One").

    A name the title already holds is its subject (a product's, an image's alt text), not the story's author.
    """
    key = normalize_key(line.text)
    return bool(key) and key in title_key


def _table_row(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is a row of measured values in a table: a short line holding a decimal figure.

    The line is short (``TABLE_ROW_MAX_WORDS``), holds a figure with a decimal separator
    ("0,67 kg/l", "8.02"), and sits in an unbroken run: both neighbours are non-blank and one
    of them holds a digit too. A title of a story ("10 things in tech", "Olympia 2022") has
    no decimal figure.

    >>> from newsclean.lines import split_lines
    >>> _table_row(split_lines("Dichte 0,67 kg/l\\nHeizwert (pro kg) 8,02\\nRelative Dichte 1,60"), 1)
    True
    >>> _table_row(split_lines("Home\\n10 things in tech you need to know today\\n2019-11-19"), 1)
    False
    """
    if i == 0 or i + 1 >= len(lines) or not lines[i - 1].text or not lines[i + 1].text:
        return False
    if lines[i].words > TABLE_ROW_MAX_WORDS or not _DECIMAL.search(lines[i].text):
        return False
    return any(ch.isdigit() for k in (i - 1, i + 1) for ch in lines[k].text)


def _confident_headline(
    lines: Sequence[Line], decisions: Sequence[Decision], headers_of: Callable[[], frozenset[int]] | None = None
) -> int | None:
    """The line with the strongest confident headline vote; the first of equals (later copies sit in footers).

    A dump opens with the page's ``<title>``, which often wins: it carries the site's name
    and matches the URL best. When a later line repeats it (the same title, or the title
    holds it) with a strong vote of its own, that copy is the one above the article. An
    ``<h1>`` opening an HTML page is no such copy (the HTML path reads the ``<title>`` apart
    from the page's lines): it is the page's own heading, and a later copy is a teaser.

    ``headers_of`` gives :func:`story_headers` of the same lines and decisions, when the caller shares them.
    """
    best, best_score = None, HEADLINE_CONFIDENT
    for i, d in enumerate(decisions):
        score = d.vote(Label.HEADLINE) if d.votes else 0.0
        if score < best_score or _sure_menu_item(d):
            continue  # (a weaker vote never wins: the menu check runs only on the few that could)
        if score > best_score or (best is None and score >= best_score):
            best, best_score = i, score
    if best is not None and lines[best].markup is None:
        best = _header_above(lines, decisions, best, headers_of)
    markup = lines[best].markup if best is not None else None
    if best is None or nonblank_between(lines, 0, best) > 0 or (markup is not None and markup.heading == 1):
        return best
    title = lines[best].text
    for i in range(best + 1, len(lines)):
        text = lines[i].text
        if text and decisions[i].vote(Label.HEADLINE) >= HEADLINE_STRONG and (text in title or same_title(text, title)):
            return i
    return best


def _header_above(
    lines: Sequence[Line], decisions: Sequence[Decision], best: int, headers_of: Callable[[], frozenset[int]] | None
) -> int:
    """A story's title above the line ``best``, with its date or byline under it, else ``best``.

    A text dump printed without the page's ``<title>`` holds the headline once, and a subheading
    between the paragraphs may match the URL better ("Benefits of remote support" under "Remote
    support: the service of the future?"). The title that a date or byline follows opens the story;
    a subheading sits between paragraphs with none. ``headers_of``: as in :func:`_confident_headline`.
    """
    headers = headers_of() if headers_of is not None else story_headers(lines, decisions)
    if best in headers:
        return best
    above = [
        k
        for k in sorted(headers)
        if k < best and decisions[k].vote(Label.HEADLINE) >= HEADLINE_STRONG and not _sure_menu_item(decisions[k])
    ]
    if not above:
        return best
    return max(above, key=lambda k: (decisions[k].vote(Label.HEADLINE), -k))


def _choose(
    regions: list[Region],
    lines: Sequence[Line],
    decisions: Sequence[Decision],
    head: int | None,
    head_score: float,
) -> tuple[int, int] | None:
    # a few lines of prose in a thread (a reply form's small print) are no article on their own
    regions = [r for r in regions if not r.in_thread or r.score - r.bonus >= MIN_ARTICLE_SCORE]
    if not regions:
        return None
    # comments follow the article: a thread competes only when nothing before it is article-sized
    before = [r for r in regions if not r.in_thread]
    if before and max(r.score for r in before) >= MIN_ARTICLE_SCORE:
        regions = before
    regions = _bonus_past_weak_anchor(regions, lines, head)
    pool = regions  # the neighbours a box inside the article may part from it (see _across_boxes)
    # the article follows its headline: prose above a confident headline is chrome
    after = [r for r in regions if not r.before_headline]
    # the article starts right under its headline; prose far below it says nothing about the page's top
    anchored = [
        r
        for r in after
        if head is not None and r.first > head and nonblank_between(lines, head + 1, r.first) <= HEADLINE_NEAR
    ]
    top = max(r.score for r in regions)
    share = AFTER_HEADLINE_SHARE_CERTAIN if head_score >= HEADLINE_CERTAIN else AFTER_HEADLINE_SHARE
    # the span under the headline must be article-sized on its own prose, not on the anchor's bonus
    # (a one-line notice under the headline is not an article)
    if (
        anchored
        and max(r.score - r.bonus for r in anchored) >= MIN_ARTICLE_SCORE
        and max(r.score for r in anchored) >= share * top
    ):
        regions = anchored
    elif any(r.score - r.bonus >= RIVAL_ARTICLE_SCORE for r in regions) and any(
        _unbonused(r) is not r for r in regions
    ):
        # a span under the headline that is no article on its own prose (a notice, a credit)
        # keeps no bonus against a clearly article-sized run of prose elsewhere on the page; prose
        # above a certain headline (a disclaimer) stays out of that contest
        certain = head_score >= HEADLINE_CERTAIN
        regions = [_unbonused(r) for r in regions if not (certain and r.before_headline)]
    best = max(regions, key=lambda r: r.score)
    first = _with_lead(best, anchored, lines, decisions)
    last = other_stories_cut(lines, decisions, best.first, best.last)
    return _across_boxes(pool, first, last, lines, decisions)


def _bonus_past_weak_anchor(regions: list[Region], lines: Sequence[Line], head: int | None) -> list[Region]:
    """The anchor bonus moved from a weak line under the headline to the first lead-sized region after it.

    "Headline" / "A one-line standfirst" / "By Jane Doe" / "May 4, 2022" / "Share" "Facebook" ... /
    "The lead paragraph ...": the first body line under the headline takes the anchor bonus, but a
    standfirst or deck printed as a line of its own scores below ``LEAD_MIN_SCORE`` on its own prose,
    while the story opens a few lines further down, under the byline and share links. When a region
    of at least ``LEAD_MIN_SCORE`` starts after the weak one, still within ``HEADLINE_NEAR`` non-blank
    lines of the headline, it takes the bonus.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("Head\\nDeck\\n\\nBy Jane Doe\\n\\nLead")
    >>> rs = [Region(1, 1, 23.0, bonus=25.0), Region(5, 5, 13.0)]
    >>> [(r.first, r.score, r.bonus) for r in _bonus_past_weak_anchor(rs, ls, 0)]
    [(1, -2.0, 0.0), (5, 38.0, 25.0)]
    >>> [(r.first, r.score) for r in _bonus_past_weak_anchor([Region(1, 1, 31.0, bonus=25.0), rs[1]], ls, 0)]
    [(1, 31.0), (5, 13.0)]
    """
    weak = next((r for r in regions if r.bonus and r.score - r.bonus < LEAD_MIN_SCORE), None)
    if weak is None or head is None or weak.first < head:
        return regions
    lead = next(
        (
            r
            for r in regions
            if r.first > weak.last
            and not r.in_thread
            and not r.bonus
            and r.score >= LEAD_MIN_SCORE
            and nonblank_between(lines, head + 1, r.first) <= HEADLINE_NEAR
        ),
        None,
    )
    if lead is None:
        return regions
    return [
        replace(r, score=r.score - r.bonus, bonus=0.0)
        if r is weak
        else replace(r, score=r.score + weak.bonus, bonus=weak.bonus)
        if r is lead
        else r
        for r in regions
    ]


def _unbonused(r: Region) -> Region:
    """The region without its anchor bonus when its own prose is not article-sized (``MIN_ARTICLE_SCORE``).

    >>> _unbonused(Region(3, 3, 37.0, bonus=25.0)).score
    12.0
    >>> _unbonused(Region(3, 9, 45.0, bonus=25.0)).score
    45.0
    """
    if r.bonus and r.score - r.bonus < MIN_ARTICLE_SCORE:
        return replace(r, score=r.score - r.bonus, bonus=0.0)
    return r


def _across_boxes(
    regions: list[Region], first: int, last: int, lines: Sequence[Line], decisions: Sequence[Decision]
) -> tuple[int, int]:
    """The span grown over a box header inside the article: a neighbouring region of several paragraphs joins it.

    "A city upended" / "By Jane Doe, New York" / three more paragraphs: an analysis box
    inside a story has a story header's shape and cuts the page there; a teaser's summary
    under such a header is a paragraph or two, while the story going on is
    ``BOX_JOIN_SCORE`` or more. Only at most ``LEAD_GAP`` non-blank lines, none a sure
    menu, promo or comment line, may part them.
    """
    first, last = _join_across(regions, first, last, lines, decisions, BOX_JOIN_SCORE, _box_gap)
    last = _across_element(regions, first, last, lines, decisions)
    first, last = _across_code(regions, first, last, lines, decisions)
    return _across_lists(regions, first, last, lines, decisions)


def _join_across(  # noqa: PLR0917 - the span, the page, and what may join it over which gap
    regions: list[Region],
    first: int,
    last: int,
    lines: Sequence[Line],
    decisions: Sequence[Decision],
    min_score: float,
    gap: Callable[[Sequence[Line], Sequence[Decision], int, int], bool],
) -> tuple[int, int]:
    """The span grown by the regions of mostly prose that only a gap of the given kind parts from it.

    In page order, each region worth ``min_score`` (its own lines, not its anchor bonus) joins when
    ``gap(lines, decisions, a, b)`` holds between it and the span, above or below.
    """
    for r in sorted(regions, key=lambda r: r.first):
        if r.in_thread or r.score - r.bonus < min_score or not _mostly_prose(lines, decisions, r):
            continue
        if r.first > last and gap(lines, decisions, last, r.first):
            last = r.last
        elif r.last < first and gap(lines, decisions, r.last, first):
            first = r.first
    return first, last


def _across_element(
    regions: list[Region], first: int, last: int, lines: Sequence[Line], decisions: Sequence[Decision]
) -> int:
    """The span's last index, moved down to the story's prose further on in its own HTML element.

    "Paragraph" / an ad or shop box / an embedded post / "Paragraph": when the story's text
    element (:func:`~newsclean.classifiers.markup.text_element`) holds the span, a later region
    of prose (``LEAD_MIN_SCORE`` or more) is the same story however long the box before it,
    as long as every line up to it lies in that element, none opens a comment thread and none is an
    ``<h1>`` taken for a headline (another story's title: a story's element holds its own above its text).
    Text dumps carry no markup: the span is unchanged. So is the span of a page whose markup holds
    no article (:func:`newsclean.resume.held`: its only element around the prose is a wrapper over
    blocks of one paragraph each, which holds the page's boxes as much as its story).
    """
    if lines[first].markup is None or not any(r.first > last and not r.in_thread for r in regions):
        return last
    element = text_element(lines, [k for k in range(first, last + 1) if decisions[k].label is Label.BODY])
    if not element or not held(lines):  # (read last: it weighs the page's every line)
        return last
    checked = last  # the lines up to here lie in the element, and open no thread
    for r in sorted(regions, key=lambda r: r.first):
        if r.first <= last or r.in_thread:
            continue
        gap = range(checked + 1, r.last + 1)
        if (
            any(_is_boundary(decisions[k]) or _page_title_heading(lines[k], decisions[k]) for k in gap)
            or not within_element(lines, element, checked + 1, r.last)
        ):
            break
        checked = r.last
        if r.score - r.bonus >= LEAD_MIN_SCORE and _mostly_prose(lines, decisions, r):
            last = r.last
    return last


def _page_title_heading(line: Line, d: Decision) -> bool:
    """An ``<h1>`` the pipeline took for a headline: a page's title, which heads a story and sits in none."""
    return d.label is Label.HEADLINE and line.markup is not None and line.markup.heading == 1


# A code listing or a data sample set into a story (a shell command, a JSON record) reads as a run
# of menu items and symbols: at most CODE_GAP_MAX non-blank lines, every one of them code-shaped.
CODE_GAP_MAX = 40
# A code line: an assignment, a call, brackets, a "key": value pair or a list's "item", a comment or
# prompt sign, a keyword that opens a statement, an option.
_CODE_LINE = regex.compile(
    r"""[{}\[\];=<>]|\w\(.*\)|^\s*"[^"]+"\s*:|^\s*"[^"]*",\s*$|^\s*[#$>]\s"""
    r"""|^\s*(?:import|from|def|return|set|export)\s|\s--?\w"""
)


def _across_code(
    regions: list[Region], first: int, last: int, lines: Sequence[Line], decisions: Sequence[Decision]
) -> tuple[int, int]:
    """The span grown over a code listing inside the article: the prose on its other side joins it.

    "Here is how:" / ``import ctypes`` / ``deref(id(29), ctypes.c_int)`` / "This works because...":
    a listing's lines read as menu items, titles and symbols, and cut the story in two. When only
    code-shaped lines (:func:`_code_gap`) part a neighbouring region of mostly prose
    (``LIST_JOIN_SCORE`` or more) from the span, above or below, it joins.
    """
    return _join_across(regions, first, last, lines, decisions, LIST_JOIN_SCORE, _code_gap)


# a word of two letters or more: a line holding one is no code listing's wordless line (a brace, an output)
_TWO_LETTERS = regex.compile(r"\p{L}{2}")


def _code_gap(lines: Sequence[Line], decisions: Sequence[Decision], a: int, b: int) -> bool:
    """Whether only a code listing parts a and b: at most ``CODE_GAP_MAX`` non-blank lines, none prose or a boundary.

    Each is code-shaped (an assignment, a call, braces, a "key": value pair...) or holds no
    word at all (a closing brace, a prompt's output), and at least two are code-shaped.
    """
    texts = [k for k in range(a + 1, b) if lines[k].text]
    if not texts or len(texts) > CODE_GAP_MAX:
        return False
    code = 0
    for k in texts:
        d = decisions[k]
        if _is_boundary(d) or (d.label is Label.BODY and d.score >= STRONG):
            return False
        if _CODE_LINE.search(lines[k].text):
            code += 1
        elif _TWO_LETTERS.search(lines[k].text):
            return False
    return code >= 2


def _code_tail(lines: Sequence[Line], decisions: Sequence[Decision], last: int, near_t: float) -> list[int]:
    """A code listing that the article's last paragraph introduces, and the prose right after it.

    "In short:" / ``set-option -g mouse on`` / ``bind-key -T copy-mode ...``: a listing's lines read
    as titles, fragments and symbols, so the span stops at the paragraph that opens it. When that
    paragraph ends in a colon and at most ``CODE_GAP_MAX`` lines follow it, each code-shaped or with
    no word at all (a prompt's output) and at least two of them code-shaped, they are the article's,
    and so is the prose that follows them as body.
    A listing that opens as a program does (``import ctypes``, ``def main():``) needs no colon
    above it, but then only prose after it makes it the article's: code-shaped lines closing a page
    are its footer's.
    """
    colon = lines[last].text.rstrip().endswith(":")
    if not colon and not _program_opens(lines, last):
        return []
    run: list[int] = []
    k = last + 1
    while k < len(lines) and len(run) <= CODE_GAP_MAX:
        text = lines[k].text
        if text:
            d = decisions[k]
            wordless = not _TWO_LETTERS.search(text)  # (a prompt's output reads as a sure row of numbers)
            if _is_boundary(d) or (_strong_chrome(d) and not wordless) or (d.label is Label.BODY and d.score >= STRONG):
                break
            if (not _CODE_LINE.search(text) and _TWO_LETTERS.search(text)) or _image_marker(lines[k]):
                break  # (a row of bracketed markers is a share bar's or a gallery's, not code)
            run.append(k)
        k += 1
    signs = run[:]  # the listing with any wordless lines after its last code line (a prompt's output)
    while run and not _CODE_LINE.search(lines[run[-1]].text):
        run.pop()  # signs after the listing (a footer's arrows) are not its lines, unless prose follows them
    if len(run) > CODE_GAP_MAX or sum(1 for i in run if _CODE_LINE.search(lines[i].text)) < 2:
        return []
    prose = []
    k = signs[-1] + 1
    while k < len(lines):
        if lines[k].text:
            d = decisions[k]
            if d.label is not Label.BODY or d.vote(Label.BODY) < near_t:
                break
            prose.append(k)
        k += 1
    if prose:
        return signs + prose
    return run if colon else []


# The first line of a program: an import, a definition, an include or a package clause.
_PROGRAM_OPENER = regex.compile(
    r"^\s*(?:import\s+[\w.]+|from\s+[\w.]+\s+import\s|(?:def|function)\s+\w+\(|#include\s*[<\"]|package\s+[\w.]+;?\s*$)"
)


def _program_opens(lines: Sequence[Line], last: int) -> bool:
    """Whether the first non-blank line after ``last`` opens a program (see :func:`_code_tail`)."""
    k = next((k for k in range(last + 1, len(lines)) if lines[k].text), None)
    return k is not None and bool(_PROGRAM_OPENER.match(lines[k].text))


# A run of short list items may part the article from its own next paragraphs: at most this
# many non-blank lines, and the prose after it must be worth at least LIST_JOIN_SCORE.
LIST_GAP_MAX = 16
LIST_JOIN_SCORE = 10.0
# Two lines that open with the same this many key characters are copies (a teaser cuts its copy short).
REPEAT_KEY = 40


def _across_lists(
    regions: list[Region], first: int, last: int, lines: Sequence[Line], decisions: Sequence[Decision]
) -> tuple[int, int]:
    """The span grown down over a list inside the article: prose that resumes after a run of weak short items joins it.

    "These ten principles:" / "Take time to dream" / "Stay active" / ... / "Ask yourself these
    questions:": each item reads as a menu entry on its own, so the items cost the span more
    than the paragraphs after them pay back, and the story's end is left out. When only such
    items part a later region of mostly prose from the span (see :func:`_list_gap`), it joins;
    a region that repeats a line of the span (a footer's copy of the intro) does not.
    """
    seen = {normalize_key(lines[k].text)[:REPEAT_KEY] for k in range(first, last + 1) if lines[k].text}
    for r in sorted(regions, key=lambda r: r.first):
        if r.first <= last or r.in_thread or r.score - r.bonus < LIST_JOIN_SCORE:
            continue
        if not _mostly_prose(lines, decisions, r) or not _list_gap(lines, decisions, last, r.first):
            break
        if any(normalize_key(lines[k].text)[:REPEAT_KEY] in seen for k in range(r.first, r.last + 1) if lines[k].text):
            break
        last = r.last
    return first, last


def _list_gap(lines: Sequence[Line], decisions: Sequence[Decision], a: int, b: int) -> bool:
    """Whether only a list parts a and b: at most ``LIST_GAP_MAX`` short lines, each a weak vote.

    A list's items are short lines that weakly read as menu entries or titles; a menu has a
    sure item ("Home", "Contact"), a teaser box a promo heading, a thread its heading.
    """
    texts = [k for k in range(a + 1, b) if lines[k].text]
    if not texts or len(texts) > LIST_GAP_MAX:
        return False
    return all(_weak_item(lines[k], decisions[k]) for k in texts)


def _weak_item(line: Line, d: Decision) -> bool:
    """A short line whose vote is weak chrome or nothing: a list item as a text dump prints it."""
    if line.words > LIST_ITEM_MAX_WORDS or _is_boundary(d) or d.reason.startswith("promo heading"):
        return False
    weak = d.label in (Label.NAVIGATION, Label.PROMO, Label.OTHER, Label.HEADLINE) and d.score < STRONG
    return weak or d.label is Label.BODY


def _mostly_prose(lines: Sequence[Line], decisions: Sequence[Decision], r: Region) -> bool:
    """Whether at least ``BOX_JOIN_PROSE_SHARE`` of a region's non-blank lines are prose.

    A story going on is paragraph after paragraph; a list of teasers is a title, a byline
    and a summary each, a third of them prose.
    """
    texts = [k for k in range(r.first, r.last + 1) if lines[k].text]
    prose = sum(1 for k in texts if decisions[k].label is Label.BODY)
    return bool(texts) and prose >= BOX_JOIN_PROSE_SHARE * len(texts)


def _thin_gap(lines: Sequence[Line], decisions: Sequence[Decision], a: int, b: int) -> bool:
    """Whether at most ``LEAD_GAP`` non-blank lines, none a sure menu, promo or comment line, lie between a and b."""
    if nonblank_between(lines, a + 1, b) > LEAD_GAP:
        return False
    walls = (_strong_wall(decisions[k]) or _is_boundary(decisions[k]) for k in range(a + 1, b) if lines[k].text)
    return not any(walls)


def _box_gap(lines: Sequence[Line], decisions: Sequence[Decision], a: int, b: int) -> bool:
    """Whether only a box parts a and b: a thin gap, or at most ``BOX_GAP_MAX`` lines, no sure menu or comment line.

    "Related" / three teaser titles / "Advertisement" between two runs of paragraphs is a box
    inside the story; a menu, a comment thread's heading or reply form ends it.
    """
    if _thin_gap(lines, decisions, a, b):
        return True
    if nonblank_between(lines, a + 1, b) > BOX_GAP_MAX:
        return False
    walls = (
        (_strong_wall(decisions[k]) and decisions[k].label is not Label.PROMO) or _is_boundary(decisions[k])
        for k in range(a + 1, b)
        if lines[k].text
    )
    return not any(walls)


def _with_lead(best: Region, anchored: list[Region], lines: Sequence[Line], decisions: Sequence[Decision]) -> int:
    """The chosen span's first index, moved up to a lead paragraph under the headline that only metadata parts from it.

    "Headline" / "The lead paragraph." / "11.01.2022, 09:50" / "Photo: Agency" / "The body ...":
    the date or credit line between the lead and the body reads as a story header and cuts the
    page there, so the lead stands alone as a small region under the headline. When at most
    ``LEAD_GAP`` non-blank lines, none of them a sure menu, promo or comment line, part it from the chosen span, it
    opens the article.
    """
    leads = [r for r in anchored if r.last < best.first and r.score - r.bonus >= LEAD_MIN_SCORE]
    if not leads:
        return best.first
    lead = max(leads, key=lambda r: r.last)
    between = range(lead.last + 1, best.first)
    if nonblank_between(lines, lead.last + 1, best.first) > LEAD_GAP:
        return best.first
    if any(lines[k].text and (_strong_wall(decisions[k]) or _is_boundary(decisions[k])) for k in between):
        return best.first
    return lead.first


def revise(lines: Sequence[Line], decisions: Sequence[Decision], config: CleanConfig) -> list[Revised]:
    """Apply the context pass; see the module docstring for the steps.

    Args:
        lines: the page's logical lines.
        decisions: the pipeline's resolved votes, one per line.
        config: thresholds.

    Returns:
        One :class:`Revised` per line.

    .. versionadded:: 0.1.0
    """
    # each line starts from its Decision, which is a Revised (lines that share one share it): no copies
    out: list[Revised] = list(decisions)
    # the story headers of the page, read by the headline choice and the region search alike
    headers_of = _story_headers_once(lines, decisions)
    head = _confident_headline(lines, decisions, headers_of)
    teasers = teaser_blocks(lines, decisions)  # (read by the region search and by the pass over the span)
    # a page with no chrome at all is already clean (a body cleaned again): all its prose is the article
    plain = _plain_prose_span(lines, decisions)
    # a list of records under the header is the article's; in a body cleaned again, so is any such list
    records = frozenset(all_records(lines, decisions) if plain else header_records(lines, decisions, head))
    if plain and records:
        plain = min(plain[0], *records), max(plain[1], *records)
    if records:
        # the records are body on the list's own evidence, from here on (and never the headline)
        decisions = [as_record(d) if i in records else d for i, d in enumerate(decisions)]
        out = [
            Revised(d.label, d.score, d.classifier, d.reason) if i in records else r
            for i, (d, r) in enumerate(zip(decisions, out, strict=True))
        ]
    span = plain or _choose(
        find_regions(
            lines,
            decisions,
            config,
            head=head,
            teasers=teasers,
            records=sorted(records),
            headers_of=None if records else headers_of,  # the records changed the decisions: read again
        ),
        lines,
        decisions,
        head,
        decisions[head].vote(Label.HEADLINE) if head is not None else 0.0,
    )
    _, near_t = _thresholds(config)
    span = span or _short_article(lines, decisions, near_t)
    span = _records_end(lines, decisions, span, head, sorted(records))
    if span is None:
        for i, r in enumerate(out):
            if r.label is Label.BODY:
                out[i] = Revised(Label.OTHER, r.score, "context", "prose, but no article region on the page")
        mark_metadata(lines, decisions, out, None)
        return out
    first, last = _extend(lines, decisions, span, near_t)
    signed_off, opened = last, first
    last = trim_tail(lines, decisions, out, first, last)
    last = sign_off_cut(lines, out, first, last)
    last = teaser_tail(lines, out, first, last)
    last = author_box(lines, decisions, out, first, last)
    last = faq_tail(lines, out, first, last)
    first = trim_head(lines, decisions, out, first, last)
    # a paragraph the reflow left in pieces opens the article whole, not at a piece in its middle
    first = run_start(lines, first)
    if last == signed_off:
        # ...and, where no edge cut ended it, it closes on that paragraph's last piece, not inside it
        last = signed_off = run_end(lines, last)
    tail = []
    if last == signed_off:  # an edge cut ended the article: nothing after it is the article's
        tail = (
            _list_tail(lines, decisions, last)
            or _structured_tail(lines, decisions, last)
            or _sentence_list(lines, decisions, last)
            or _code_tail(lines, decisions, last, near_t)
        )
    if plain and not tail and last == signed_off:
        # a body cleaned again: the list that closed it may open on lines the span took in as fragments
        core = max(i for i in range(plain[0], plain[1] + 1) if decisions[i].label is Label.BODY)
        tail = _list_tail(lines, decisions, core) if core < last else []
    for i in tail:
        if out[i].label is not Label.BODY:
            out[i] = Revised(
                Label.BODY, out[i].score, "context", f"list that continues the article (was {out[i].label.value})"
            )
    last = max([last, *tail])
    if last >= signed_off:  # no edge cut: a list the span ends inside goes on to its block's end
        rest = list_rest(lines, decisions, first, last)
        for i in rest:
            if out[i].label is not Label.BODY:
                was = out[i].label.value
                out[i] = Revised(Label.BODY, out[i].score, "context", f"rest of a list inside the article (was {was})")
        last = max([last, *rest])
    if last >= signed_off:  # no edge cut: the story may go on under a box set into it
        last = resumed_end(lines, decisions, out, first, last)
    cards = frozenset(card_teasers(lines, out, first, last, head))
    insets = frozenset(promo_insets(lines, decisions, out, first, last))
    appeals = frozenset(appeal_boxes(lines, out, first, last))
    bios = frozenset(author_insets(lines, first, last))
    prev = -1  # the last non-blank line before i
    hanging: dict[int, Revised] = {}  # lines let in only because article text follows them: their label before
    tails: dict[int, tuple[int, Revised]] = {}  # fragments let in only as the tail of the body line above: that line
    for i in range(len(lines)):
        line, d, r = lines[i], decisions[i], out[i]
        if not line.text:
            continue
        before, prev = prev, i
        inside = first <= i <= last
        if not inside:
            if r.label is Label.BODY:
                boxed = last < i <= signed_off or opened <= i < first
                why = (
                    f"{EDGE_BOX_REASON}: sign-off, appeal or author bio"
                    if boxed
                    else "prose outside the article region"
                )
                out[i] = Revised(Label.OTHER, r.score, "context", why)
            continue
        if i in cards:
            out[i] = Revised(Label.PROMO, r.score, "context", "teaser card: a title printed twice, then its summary")
            continue
        if i in bios:
            out[i] = Revised(Label.OTHER, r.score, "context", f"{EDGE_BOX_REASON}: author box set into the article")
            continue
        if i in appeals:
            out[i] = Revised(Label.PROMO, r.score, "context", APPEAL_REASON)
            continue
        if i in insets:
            out[i] = Revised(Label.PROMO, r.score, "context", INSET_REASON)
            continue
        if i in teasers:
            if r.label is Label.BODY:
                out[i] = Revised(Label.PROMO, r.score, "context", "teaser: title and summary above a 'Read more' link")
            continue
        if (r.label is Label.BODY or r.label in SHOUT_LABELS) and i != head and glued_twice(line):
            out[i] = Revised(Label.CAPTION, r.score, "context", "image marker: its alt text and title glued together")
            continue
        if r.label is Label.BODY:
            if _sign_up_blurb(lines, decisions, i) or _in_sign_up_box(lines, decisions, i) or _in_consent_box(
                lines, decisions, i
            ):
                out[i] = Revised(Label.PROMO, r.score, "context", "sign-up box: blurb between its heading and button")
            elif _lone_bulleted_link(lines, decisions, i):
                out[i] = Revised(Label.PROMO, r.score, "context", LONE_BULLET_REASON)
            continue
        if r.label is Label.COMMENT and config.include_comments:
            out[i] = Revised(Label.BODY, r.score, "context", "comment kept (include_comments)")
            continue
        if _under_promo_heading(decisions, out, i, before):
            continue  # "Related" / "Lesen Sie auch" and its titles inside the article: other stories
        if r.label in SHOUT_LABELS and i != head and d.vote(Label.BYLINE) <= 0 and _shouted(lines, out, i, before):
            out[i] = Revised(Label.PROMO, r.score, "context", SHOUT_REASON)
            continue
        # a line that also reads as a byline stays out: cleaned again on its own it would open the
        # article as its byline, and cleaning the body twice must keep the body
        bylike = d.vote(Label.BYLINE) > 0
        if (
            r.label in (Label.NAVIGATION, Label.PROMO, Label.OTHER, Label.CAPTION, Label.HEADLINE)
            and r.score < STRONG
            and not bylike
            and not page_title(line)
        ):
            body = d.vote(Label.BODY)
            # a subheading is a short unbulleted line that a paragraph follows; a bulleted item in a menu run is not
            subhead = line.words <= SUBHEAD_MAX_WORDS and not line.bullet and _between_body(lines, decisions, i, last)
            # a cleaned body's own fragment ("repairs.", the tail of a wrapped line) votes nothing or little;
            # it goes on from the body line above it (a stray "a" under a byline is no tail)
            loose = plain is not None and before >= 0 and out[before].label is Label.BODY and _fragment(line, d)
            if body >= near_t or subhead or loose or _in_list_run(lines, decisions, i, last):
                if body < near_t and not loose:
                    hanging[i] = r
                elif loose and body < near_t:
                    tails[i] = (before, r)
                out[i] = Revised(
                    Label.BODY, max(body, r.score), "context", f"inside the article (was {r.label.value}: {r.reason})"
                )
    _join_wrapped_pieces(lines, decisions, out, first, last)
    if config.include_comments:
        for i in range(last + 1, len(lines)):
            if out[i].label is Label.COMMENT and decisions[i].vote(Label.BODY) >= near_t:
                out[i] = Revised(Label.BODY, out[i].score, "context", "comment kept (include_comments)")
    if not any(out[i].label is Label.BODY for i in range(first, last + 1)):
        # later rules took every line of the span (a sign-up box's blurb, a teaser): the page holds no
        # article, and its title, byline and date are sought as on a page without one
        mark_metadata(lines, decisions, out, None)
        return out
    mark_metadata(lines, decisions, out, (first, last))
    # after the headline and byline are taken from the span, and the lines only the context kept above
    # the body's first own paragraph are let go: a quote is judged against the body lines alone, as it
    # is when the body is cleaned again (a headline, or a headline-like paragraph over the body, holding
    # the same words would otherwise count as a third copy and save the quote only the first time)
    open_on_own_prose(decisions, out, first, last)
    # copies of a paragraph the body prints in a row go before quotes are judged, as they do cleaned again
    copies = apart_twins(lines, out, first, last)
    for i in copies:
        out[i] = Revised(Label.OTHER, out[i].score, "context", APART_TWIN_REASON)
    quotes = pull_quotes(lines, out, first, last)
    for i in quotes:
        out[i] = Revised(Label.OTHER, out[i].score, "context", "pull quote: repeats words of the article's own text")
    if quotes or copies:
        _let_out_hanging(out, hanging, tails, first, last)
    open_on_own_prose(decisions, out, first, last)
    return out


def _join_wrapped_pieces(
    lines: Sequence[Line], decisions: Sequence[Decision], out: list[Revised], first: int, last: int
) -> None:
    """Label the pieces of a paragraph the reflow left apart (see :mod:`newsclean.wrapruns`) as its body pieces.

    A piece of a body paragraph that reads alone as a title or a scrap is the paragraph's all the same;
    a piece that also reads as a byline stays out, as the pass over the span keeps it out.
    """
    for run in runs(lines, first, last):
        # a run with no body piece is the article's all the same when it ends a sentence inside it: pieces
        # of a caseless script's paragraph each read alone as title-shaped lines, the last as a scrap (a box
        # the page marks as a promo or a menu stays out)
        if not any(out[i].label is Label.BODY for i in run) and (
            not lines[run[-1]].terminal or any(out[i].label in (Label.PROMO, Label.NAVIGATION) for i in run)
        ):
            continue
        for i in run:
            r = out[i]
            if r.label in (Label.NAVIGATION, Label.PROMO, Label.OTHER, Label.CAPTION, Label.HEADLINE) and not (
                decisions[i].vote(Label.BYLINE) > 0
            ):
                out[i] = Revised(
                    Label.BODY, r.score, "context", f"piece of a wrapped paragraph in the article (was {r.label.value})"
                )


def _records_end(
    lines: Sequence[Line],
    decisions: Sequence[Decision],
    span: tuple[int, int] | None,
    head: int | None,
    records: Sequence[int],
) -> tuple[int, int] | None:
    """The span cut above the copy of its header's chrome, when it opens on a list of records.

    A list article is worth only its records, so the blurbs of a sidebar after it outweigh the share
    bar between them and the span runs on through them; the share bar printed above the list and
    again under it marks the article's end (:func:`newsclean.records.header_close`).
    """
    if span is None or not records or not span[0] <= records[0] <= span[1]:
        return span
    close = header_close(lines, decisions, head, records)
    if close is None or close > span[1]:
        return span
    k = close - 1
    while k > span[0] and not lines[k].text:
        k -= 1
    return span[0], k


def _let_out_hanging(
    out: list[Revised],
    hanging: Mapping[int, Revised],
    tails: Mapping[int, tuple[int, Revised]],
    first: int,
    last: int,
) -> None:
    """Let out the subheadings, list items and fragments that the pull quotes left ending the article.

    Such a line was let in (``hanging``, with its label before) only because article text
    followed it; once the quotes below it are dropped, none does, and cleaned again the body
    would end on it and drop it. A fragment let in as the tail of the body line above it
    (``tails``: that line and its label before) goes too once that line is a quote dropped,
    or a fragment let out. Walks up from ``last`` to the first body line that stays.
    """
    orphaned: set[int] = set()
    for k in sorted(tails):  # page order: a fragment under a fragment let out is let out too
        above = tails[k][0]
        if out[above].label is not Label.BODY or above in orphaned:
            orphaned.add(k)
    for k in range(last, first - 1, -1):
        if out[k].label is not Label.BODY:
            continue
        if k in hanging:
            out[k] = hanging[k]
        elif k in orphaned:
            out[k] = tails[k][1]
        else:
            return


def _shouted(lines: Sequence[Line], out: Sequence[Revised], i: int, before: int) -> bool:
    """A shouted teaser inside the article, or the wrapped rest of one (a hard-wrapped dump splits it)."""
    if shouted_teaser(lines[i]):
        return True
    return before >= 0 and out[before].reason == SHOUT_REASON and all_capitals(lines[i])


def _under_promo_heading(decisions: Sequence[Decision], out: Sequence[Revised], i: int, before: int) -> bool:
    """A teaser title right under a promo heading inside the article, or under such a title.

    "RELATED" / "The best phones for battery life" / "Why your laptop battery wears out":
    each title is a short line the article's own subheadings resemble, but the heading above
    the run says they lead to other stories. The run is the unbroken chain of teaser titles
    from the heading down (blank lines between them allowed); the first line that is not a
    teaser title (a paragraph of the article) ends it.
    """
    if before < 0 or not decisions[i].reason.startswith("teaser under a promo heading"):
        return False
    if decisions[i].label is not Label.PROMO:
        return False
    above, prev = decisions[before], out[before]
    heading = above.label is Label.PROMO and above.reason.startswith("promo heading")
    chained = prev.label is Label.PROMO and above.reason.startswith("teaser under a promo heading")
    return heading or chained


# With no headline on the page, a byline voting this (one supported by a marker or a date) heads a short story.
SHORT_STORY_BYLINE = 0.7


def _short_article(lines: Sequence[Line], decisions: Sequence[Decision], near_t: float) -> tuple[int, int] | None:
    """With no region on the page: the prose lines right under its headline, when there are some.

    A story of one or two short paragraphs never pays off in the region search (each line is
    worth about nothing), yet under its headline, past any byline or date, it is the article.
    Only lines that resolved to ``BODY`` with a body vote of at least ``near_t`` count. The first
    headline with such prose under it is the story's: a title-shaped line over the site's menu
    (a tagline, a section's name) has none. A page with no headline at all may still hold a
    byline of at least ``SHORT_STORY_BYLINE`` over its prose: that byline heads the story.
    """
    heads = [i for i, d in enumerate(decisions) if d.label is Label.HEADLINE]
    # with no headline at all (a dump reads a short title under the menu as its last item), a sure byline heads it
    heads = heads or [i for i, d in enumerate(decisions) if d.label is Label.BYLINE and d.score >= SHORT_STORY_BYLINE]
    for head in heads:
        first = last = -1
        for k in range(head + 1, len(lines)):
            if not lines[k].text:
                continue
            d = decisions[k]
            if d.label is Label.BODY and d.vote(Label.BODY) >= near_t:
                first = k if first < 0 else first
                last = k
            elif _copy_of_next(lines, k):
                continue  # a paragraph printed twice in a row (alt text over its caption): the copy below counts
            elif first >= 0 or d.label not in (Label.BYLINE, Label.DATELINE):
                break
        if first >= 0:
            return first, last
    return None


def _copy_of_next(lines: Sequence[Line], k: int) -> bool:
    """Whether line ``k`` is printed again as the next non-blank line.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("The bridge opens.\\n\\nThe bridge opens.\\nThe bridge opens again.")
    >>> [_copy_of_next(ls, k) for k in range(len(ls))]
    [True, False, False, False]
    """
    below = nearest(lines, k, 1)
    return below is not None and normalize_key(lines[below].text) == normalize_key(lines[k].text)


def _fragment(line: Line, d: Decision) -> bool:
    """A piece of a sentence no classifier places alone: weakly OTHER, unbulleted, ending one or going on in lower case.

    A paragraph the reflow did not join comes out one line a paragraph; its last line ("repairs.")
    votes nothing once cleaned again, apart from its neighbours. Menu items ("* News") are no such piece.
    """
    if d.label is not Label.OTHER or d.score >= STRONG or line.bullet or not line.text:
        return False
    return line.terminal or line.text[:1].islower()


def _plain_prose_span(lines: Sequence[Line], decisions: Sequence[Decision]) -> tuple[int, int] | None:
    """An already-clean text: no line voted chrome, so its prose lines are the article, however short.

    The region search needs a paragraph of some length to pay off; a bare body of one short
    paragraph (what ``clean()`` returns for a short article) must still come back whole.
    """
    if has_chrome(decisions):
        return None
    body = [i for i, d in enumerate(decisions) if d.label is Label.BODY]
    if not body:
        return None
    # the first clean may have kept a paragraph's fragment by its neighbours ("repairs.", the last
    # line of a wrap the reflow missed); on its own it votes nothing or little, and is still the body's
    loose = [i for i, (line, d) in enumerate(zip(lines, decisions, strict=True)) if _fragment(line, d)]
    return min([body[0], *loose[:1]]), max([body[-1], *loose[-1:]])


def _extend(
    lines: Sequence[Line], decisions: Sequence[Decision], span: tuple[int, int], near_t: float
) -> tuple[int, int]:
    first, last = span
    k = first - 1
    past_marker = False
    while k >= 0:
        if not lines[k].text:
            k -= 1
            continue
        if _image_marker(lines[k]):
            # an image's marker between the lead and the body is the photo set under the lead, not a wall;
            # a line over the photo that reads as the page's title is its header, not its lead
            past_marker = True
            k -= 1
            continue
        d = decisions[k]
        if past_marker and d.vote(Label.HEADLINE) >= HEADLINE_STRONG:
            break
        if d.label is Label.BODY and d.vote(Label.BODY) >= near_t:
            first = k
            k -= 1
            continue
        break
    k = last + 1
    while k < len(lines):
        if not lines[k].text:
            k += 1
            continue
        d = decisions[k]
        if d.label is Label.BODY and d.vote(Label.BODY) >= near_t:
            last = k
            k += 1
            continue
        end = _comma_chain(lines, decisions, k)
        if end is not None:
            last = k = end
            k += 1
            continue
        break
    return first, last


LONE_BULLET_REASON = "a lone bulleted link between the article's paragraphs"
# A lone bulleted line is a link when its prose vote stays under this: a title, not a sentence of the story.
LONE_BULLET_MAX_PROSE = 0.5


def _lone_bulleted_link(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> bool:
    """Whether line ``i`` is one bulleted line alone, a link to another story set into the article.

    A list holds two items at least: a bullet sign (not a number or an asterisk) with no bulleted
    line above or below it, whose text ends no sentence and reads as weak prose ("• The latest
    news about the outbreak (free)"), is a related story's link the site set between two
    paragraphs, as a text dump prints it.
    """
    line = lines[i]
    # a number is an ordinal ("1. und Regionalmeister 2007" in a results table), and an asterisk also
    # marks a footnote ("* Dates may change at the organiser's request"): neither is a link's bullet
    if not line.bullet or line.bullet[0].isdigit() or line.bullet[0] == "*" or line.terminal:
        return False
    if decisions[i].vote(Label.BODY) >= LONE_BULLET_MAX_PROSE:
        return False
    return not any((k := nearest(lines, i, step)) is not None and lines[k].bullet for step in (-1, 1))


def _image_marker(line: Line) -> bool:
    return image_markers([line])[0]


# A sentence printed over several lines, each but the last ending in a comma, is one sentence of prose.
_COMMA_END = regex.compile(r"[,、，]\s*$")
COMMA_CHAIN_MIN = 2


def _comma_chain(lines: Sequence[Line], decisions: Sequence[Decision], k: int) -> int | None:
    """The last line of a sentence that runs from line ``k`` over lines ending in commas, or None.

    "Also," / "selling goods whose marks were removed, or" / "selling them in smaller lots," /
    "may infringe the mark.": a paragraph broken after each clause prints one short line a clause,
    and each scores as weak prose alone. At least ``COMMA_CHAIN_MIN`` lines in a row, with no blank
    between, end in a comma, the next one ends the sentence, and all of them resolved to body.
    """
    commas = 0
    while k < len(lines) and lines[k].text and decisions[k].label is Label.BODY:
        if lines[k].terminal:
            return k if commas >= COMMA_CHAIN_MIN else None
        if not _COMMA_END.search(lines[k].text):
            return None
        commas += 1
        k += 1
    return None


_FIGURE = regex.compile(r"(?<!\p{L})\d")


def _list_tail(lines: Sequence[Line], decisions: Sequence[Decision], last: int) -> list[int]:
    """A schedule or results list that closes the article ("Tour dates:", "June 9 – Tampa, FL").

    Such lists read as dates and fragments, so the span stops before them; they are the
    article's when a short intro line follows the last paragraph and at least
    LIST_TAIL_MIN lines follow it with no blank between them, most holding a digit, none
    strongly voted boilerplate.
    """
    k = last + 1
    while k < len(lines) and not lines[k].text:
        k += 1
    intro = _list_intro_inside(lines, last)
    inside = intro is not None
    if intro is None:
        if k >= len(lines) or lines[k].words > LIST_INTRO_MAX_WORDS or lines[k].terminal:
            return []
        if decisions[k].vote(Label.BYLINE) >= STRONG:
            return []  # a sure byline ("By Jane Doe") under the article is no list's intro
        intro = k
    if _promo_intro(lines[intro], decisions[intro]):
        return []  # a list under "Related" / "Mehr Videos" / "Also on <site>" links other pages
    run: list[int] = []
    k = intro + 1
    if k < len(lines) and not lines[k].text:  # one blank line may part the intro from its list
        k += 1
    while k < len(lines) and lines[k].text and len(run) < LIST_TAIL_MAX:
        if run and not _one_block(lines[run[-1]], lines[k]):
            break  # two blocks of a page's markup: a text dump prints a blank line between them
        if inside and _strong_chrome(decisions[k]):
            break  # a list begun inside the span ends where the page's chrome starts
        if lines[k].words > LIST_ITEM_MAX_WORDS:
            return []  # a paragraph, wrapped or not, is no schedule's item
        if _lone_heading(lines[k], decisions[k]):
            break  # a title or a name in a block of its own heads what follows it, as in a structure's tail
        run.append(k)
        k += 1
    if run and not inside:
        run += _spaced_list_end(lines, k)
    if run and run[-1] <= last:
        return []  # the list ends inside the span: nothing to add
    if len(run) < LIST_TAIL_MIN:
        return []
    if _bare_dates(decisions, run):
        return []  # dates and nothing else: a page's date strips or an archive's, no schedule of the story's
    if _holds_marked_byline(decisions, run):
        return []
    # a figure, not a digit inside a word: "RSS2-Logo" / "MP3-Player" name things, as a menu's items do
    digits = sum(1 for i in run if _FIGURE.search(lines[i].text))
    strong = any(_strong_chrome(decisions[i]) for i in [intro, *run])
    if strong or (digits < LIST_TAIL_DIGIT_SHARE * len(run) and not _parallel_items(lines, run)):
        return []
    width = page_width(lines)
    if any(cut_by_wrap(lines, i, width) for i in run):
        return []  # a wrapped paragraph the reflow left apart is no list, however short its lines
    return [intro, *run]


# The elements whose lines a text dump prints as one list's items, with no blank line between them.
_ITEM_TAGS = frozenset({"li", "dt", "dd", "tr", "td", "th"})


def _one_block(above: Line, below: Line) -> bool:
    """Whether two lines read as one block, as a dump's lines with no blank between them do.

    Lines of a text dump always do: its blank lines mark the blocks. In HTML, two lines are one
    block when they come from one element (a ``<br>``-parted run) or are items of one list or table;
    two sibling ``<div>``s or ``<p>``s are two blocks, which a browser's dump parts with a blank line.
    """
    a, b = above.markup, below.markup
    if a is None or b is None:
        return True
    if a.containers[:1] == b.containers[:1]:
        return True
    return a.tag in _ITEM_TAGS and b.tag in _ITEM_TAGS and (a.in_list or a.in_table) and (b.in_list or b.in_table)


def _holds_marked_byline(decisions: Sequence[Decision], run: Sequence[int]) -> bool:
    """Whether a list's items hold a marked byline ("By Jane Doe"): another story's header strip, no list."""
    return any(decisions[i].vote(Label.BYLINE) >= MARKED_BYLINE for i in run)


def _bare_dates(decisions: Sequence[Decision], run: Sequence[int]) -> bool:
    """Whether a list's items are dates and nothing else: each a date that is most of its line, or unvoted.

    A schedule's item says what happens on its date ("June 9 – Tampa, FL – Amalie Arena"), so the
    date is a small part of it and votes weakly; "2019-12-02" / "Mon, 05 Nov 2023 01:50:00 +0000" is
    a run of date strips, not a list of the article's.

    >>> date, place = Decision(Label.DATELINE, 0.85, "test", "date"), Decision(Label.DATELINE, 0.6, "test", "date")
    >>> _bare_dates([date, date, date], [0, 1, 2]), _bare_dates([date, place, date], [0, 1, 2])
    (True, False)
    """
    dated = [d for d in (decisions[i] for i in run) if d.votes or d.label is not Label.OTHER]
    return bool(dated) and all(d.label is Label.DATELINE and d.score >= BARE_DATE_SCORE for d in dated)


def _promo_intro(line: Line, d: Decision) -> bool:
    """A short line that heads a box of links to other pages, not a list of the article's.

    A sure promo-heading vote ("Related", "Mehr Videos": the promo classifier matched the whole
    short line), or "Also on <site>", a sister site's links named by its domain.

    >>> from newsclean.lines import split_lines
    >>> plain = Decision(Label.HEADLINE, 0.5, "test", "title-shaped")
    >>> [_promo_intro(x, plain) for x in split_lines("Also on example.com\\nTour dates:")]
    [True, False]
    """
    if line.words > PROMO_INTRO_MAX_WORDS:
        return False
    sure = d.label is Label.PROMO and d.reason.startswith("promo heading") and d.score >= PROMO_HEADING_STRENGTH
    return sure or _ALSO_ON_SITE.search(line.text) is not None


def _parallel_items(lines: Sequence[Line], run: Sequence[int]) -> bool:
    """Whether most of a list's items share one punctuation pattern: entries of one record, not a menu.

    "England (Group A): 10th appearance" / "Finland (Group J): Zero appearances": a list of
    records spells some fields out, so not every item holds a digit, but each one has the same
    brackets and colons in the same order. At least ``LIST_TAIL_DIGIT_SHARE`` of the items
    must share a pattern of ``PARALLEL_MIN_MARKS`` or more marks, each item with
    ``PARALLEL_MIN_WORDS`` or more words between spaces (a gallery's file names, "[img_0042-a]",
    are no records).

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("Spain (Group F): 11th\\nSweden (Group F): Seventh\\nPoland (Group G): Fourth")
    >>> _parallel_items(ls, [0, 1, 2]), _parallel_items(split_lines("Home\\nWorld\\nSport"), [0, 1, 2])
    (True, False)
    """
    items = [lines[i].text.removeprefix(lines[i].bullet) for i in run]
    patterns = Counter(punctuation_shape(item) for item in items if len(item.split()) >= PARALLEL_MIN_WORDS)
    if not patterns:
        return False
    pattern, count = patterns.most_common(1)[0]
    return len(pattern) >= PARALLEL_MIN_MARKS and count >= LIST_TAIL_DIGIT_SHARE * len(run)


STRUCTURED_TAIL_MIN = 12
STRUCTURED_TAIL_DIGIT_SHARE = 0.5


def _structured_tail(lines: Sequence[Line], decisions: Sequence[Decision], last: int) -> list[int]:
    """Structured content (steps, a menu of meals, a results table) that goes on from the article to the page's chrome.

    Its lines are short title-shaped entries and weak prose, so their values sum below zero and
    the region stops at the last paragraph. It is the article's when every line up to the next
    chrome line (or the page's end) is free of chrome votes, at least ``STRUCTURED_TAIL_MIN``
    lines long and mostly holding a digit, as quantities, ranks and times do.
    """
    run: list[int] = []
    for k in range(last + 1, len(lines)):
        if not lines[k].text:
            continue
        d = decisions[k]
        # chrome ends it, and so does any other sure non-body line (a caption, a byline, a date):
        # a structure's entries are weak votes all
        if d.label in CHROME_LABELS or _is_boundary(d) or (d.label is not Label.BODY and d.score >= STRONG):
            break
        if page_title(lines[k]):
            break  # a "<headline> | <site>" page title heads what follows: no entry of the structure
        run.append(k)
    # a line nothing voted for (a stray symbol) goes on from nothing: the structure ended above it; but
    # a sentence's last piece right under the entry it completes (a wrap the reflow left apart) is that entry's.
    # A headline or a name standing alone at the end (title-shaped, no figure) heads what follows, not the
    # structure: cleaned again, it would be a headline-like line or a byline under the article and go;
    # so do the copies of a title printed twice (a teaser's heading and its link). Either may uncover the other.
    while run and (
        (not decisions[run[-1]].votes and not _wrap_tail(lines, decisions, run))
        or _lone_heading(lines[run[-1]], decisions[run[-1]])
    ):
        run.pop()
    if len(run) < STRUCTURED_TAIL_MIN:
        return []
    digits = sum(1 for i in run if any(ch.isdigit() for ch in lines[i].text))
    return run if digits >= STRUCTURED_TAIL_DIGIT_SHARE * len(run) else []


def _wrap_tail(lines: Sequence[Line], decisions: Sequence[Decision], run: Sequence[int]) -> bool:
    """Whether the run's last line is a fragment ("repairs.") printed right under the run's line before it."""
    k = run[-1]
    return len(run) > 1 and run[-2] == k - 1 and _fragment(lines[k], decisions[k])


def _lone_heading(line: Line, d: Decision) -> bool:
    """A line that reads as a headline or a byline, in a block of its own, ending no sentence and naming no figure."""
    if d.label not in (Label.HEADLINE, Label.BYLINE) or not line.blank_before or line.terminal:
        return False
    return not any(ch.isdigit() for ch in line.text)


# A list of the article's points: at least LIST_TAIL_MIN items of SENTENCE_ITEM_MIN_WORDS words or more
# (and at most SENTENCE_ITEM_MAX_WORDS, or it is a paragraph).
SENTENCE_ITEM_MIN_WORDS = 8
SENTENCE_ITEM_MAX_WORDS = 40


def _sentence_list(lines: Sequence[Line], decisions: Sequence[Decision], last: int) -> list[int]:
    """A list of sentences that closes the article, under an intro that announces it ("The game offers:").

    Its items are too long for a menu and name no figures, so neither :func:`_list_tail` nor
    :func:`_structured_tail` takes them, and each one alone scores as weak prose. They are the
    article's when a short intro ending in a colon follows the last paragraph (not a promo heading,
    sure chrome, a byline or a heading in capitals) and at least ``LIST_TAIL_MIN`` items of
    ``SENTENCE_ITEM_MIN_WORDS`` words or more follow it, none of them sure chrome or a marked byline. The
    list ends at the first shorter line (an image's file name, a button), blank line or, in HTML, the
    end of the block (see :func:`_one_block`).
    """
    intro = nearest(lines, last, 1)
    if intro is None or lines[intro].words > LIST_INTRO_MAX_WORDS or not lines[intro].text.rstrip().endswith(":"):
        return []
    if _promo_intro(lines[intro], decisions[intro]) or decisions[intro].vote(Label.BYLINE) >= STRONG:
        return []
    if _strong_chrome(decisions[intro]) or all_capitals(lines[intro]):
        return []  # "MORE ON THIS:": a box's heading, shouted or surely chrome, over other stories' titles
    k = intro + 1
    if k < len(lines) and not lines[k].text:  # one blank line may part the intro from its list
        k += 1
    run: list[int] = []
    while k < len(lines) and SENTENCE_ITEM_MIN_WORDS <= lines[k].words <= SENTENCE_ITEM_MAX_WORDS:
        if run and not _one_block(lines[run[-1]], lines[k]):
            break  # two blocks of a page's markup: a text dump prints a blank line between them
        if _strong_chrome(decisions[k]) or _is_boundary(decisions[k]):
            return []
        run.append(k)
        k += 1
    if len(run) < LIST_TAIL_MIN:
        return []
    if _holds_marked_byline(decisions, run):
        return []
    width = page_width(lines)
    if any(cut_by_wrap(lines, i, width) for i in run):
        return []  # a wrapped paragraph the reflow left apart is no list
    return [intro, *run]


def _spaced_list_end(lines: Sequence[Line], k: int) -> list[int]:
    """The list items, one blank line apart, from line ``k`` to the end of the page; none if anything else follows.

    A cleaned body prints a list one item a paragraph ("June 9 – Tampa", blank, "June 12 – Atlanta"):
    cleaned again, the list that closed the article must close it still. On a page, lists spaced so
    are as often event listings that run into the footer, so only a list that ends the page counts.
    """
    items: list[int] = []
    while k < len(lines):
        if lines[k].text:
            return []  # two lines with no blank between them: not a list spaced one item a paragraph
        if k + 1 >= len(lines) or not lines[k + 1].text:
            break  # the page ends in blank lines
        if not _list_item_shaped(lines[k + 1]):
            return []
        items.append(k + 1)
        k += 2
    return items if all(not line.text for line in lines[k:]) else []

def _strong_wall(d: Decision) -> bool:
    """A sure menu, promo or comment line: what parts two stories (a date or photo credit does not)."""
    return d.label in (Label.NAVIGATION, Label.PROMO, Label.COMMENT) and d.score >= STRONG


def _strong_chrome(d: Decision) -> bool:
    return d.label in CHROME_LABELS and d.score >= STRONG


def _list_intro_inside(lines: Sequence[Line], last: int) -> int | None:
    """The intro of a list whose first items already close the span ("Tour dates:", "June 9 – Tampa").

    Walks back over the span's last unbroken run of short, unpunctuated lines holding a
    digit; the line above them must be intro-shaped (short, ending in a colon).
    """
    j = last
    while j > 0 and lines[j].text and _list_item_shaped(lines[j]) and not lines[j].text.rstrip().endswith(":"):
        j -= 1
    intro = lines[j]
    if j == last or not intro.text or intro.words > LIST_INTRO_MAX_WORDS or not intro.text.rstrip().endswith(":"):
        return None
    return j


def _list_item_shaped(line: Line) -> bool:
    return line.words <= SUBHEAD_MAX_WORDS and not line.terminal and any(ch.isdigit() for ch in line.text)


def _in_list_run(lines: Sequence[Line], decisions: Sequence[Decision], i: int, last: int) -> bool:
    """A short line in an unbroken run of weak short lines that a paragraph of the article follows.

    Lists inside an article ("Praktiziere Dankbarkeit", "Lebe in Gemeinschaft") look like
    menus line by line; inside the span, with the article going on below, they are its own.
    A run that opens on a sure menu item ("* Home") is a menu, all of it: keeping its weaker
    items would leave a list that is a menu again when the body is cleaned a second time. Up to
    two blank lines may part the run from the paragraph under it (a layout-keeping dump prints a
    block's margins as a blank line each); three end it.
    """
    if _opens_on_chrome(lines, decisions, i):
        return False
    k = i
    credit = False  # the last non-blank line was a picture's credit line
    while k <= last:
        line, d = lines[k], decisions[k]
        if not line.text:
            k += 1
            if k + 1 <= last and not lines[k].text and not lines[k + 1].text:
                return False  # three blank lines: the run has ended
            continue
        # a paragraph follows; as in _between_body, a paragraph printed twice is judged by its last
        # copy (a body cleaned again holds such a pair wherever the first clean dropped a byline)
        c = _last_copy(lines, k, last) if k > i else k
        if d.label is Label.BODY or d.vote(Label.BODY) >= 0.5 or decisions[c].label is Label.BODY:
            return k > i and not credit
        # a picture's credit line set between two items ("Image") leaves the run unbroken; one the
        # paragraph follows straight away is the paragraph's picture, under a lone tag or link
        credit = k > i and d.label is Label.CAPTION
        weak = d.label in (Label.NAVIGATION, Label.PROMO, Label.OTHER, Label.HEADLINE) and d.score < STRONG
        if not (weak or credit) or line.words > SUBHEAD_MAX_WORDS:
            return False
        k += 1
    return False


def _opens_on_chrome(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> bool:
    """Whether the run of weak short lines holding line ``i`` has a sure chrome line above ``i``.

    Walks back much as :func:`_in_list_run` walks forward: over single blank lines and weak short
    lines, up to a paragraph or two blank lines (forward, only three blank lines end the run).
    """
    k = i - 1
    while k >= 0:
        line, d = lines[k], decisions[k]
        if not line.text:
            if k > 0 and not lines[k - 1].text:
                return False  # two blank lines: the run starts below them
            k -= 1
            continue
        if _strong_chrome(d):
            return True
        weak = d.label in (Label.NAVIGATION, Label.PROMO, Label.OTHER, Label.HEADLINE) and d.score < STRONG
        if d.label is Label.BODY or d.vote(Label.BODY) >= 0.5 or not weak or line.words > SUBHEAD_MAX_WORDS:
            return False
        k -= 1
    return False


def _between_body(lines: Sequence[Line], decisions: Sequence[Decision], i: int, last: int) -> bool:
    """A short line counts as article text when the next non-blank line is prose of the article.

    A paragraph printed twice in a row is judged by its last copy: the twin vote takes the earlier
    copies out of the body, and a body cleaned again holds such a pair wherever the first clean
    dropped a line (a byline) between two copies, so a subheading over them must stay one.
    """
    k = nearest(lines, i, 1, hi=last)
    # the section's picture under its subheading (a bare link to an image file is a link, as a download's)
    if k is not None and _image_marker(lines[k]) and "://" not in lines[k].text:
        k = nearest(lines, k, 1, hi=last)
    if k is None:
        return False
    k = _last_copy(lines, k, last)
    return decisions[k].label is Label.BODY or decisions[k].vote(Label.BODY) >= 0.5


def _last_copy(lines: Sequence[Line], k: int, last: int) -> int:
    """The last copy of the paragraph at ``k`` when it is printed up to ``TWIN_MAX_COPIES`` times in a row."""
    for _ in range(TWIN_MAX_COPIES - 1):
        after = nearest(lines, k, 1, hi=last)
        if after is None or lines[after].text != lines[k].text:
            break
        k = after
    return k

