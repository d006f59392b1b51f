"""Metadata lines: which headline, byline and dateline lines belong to the article.

Part of the context pass (:mod:`newsclean.context`), run once the article span is known:

* **one headline**: the best headline candidate above the article, closer is better, a
  title right over the byline better still; a copy printed without the kicker or list number
  run into it ("Lokales Lübeck Bridge reopens", "3. Bridge reopens") is taken instead;
  photo captions never count; other copies become ``OTHER``, other title-like lines
  ``PROMO``/``OTHER``, except a subheading set between the article's own paragraphs,
  which stays in the body;
* **bylines and datelines** count only between the headline and the first lines of the
  article; elsewhere (teasers, comments) they are ``OTHER``;
* **the closing greeting**: a valediction and a name under the last paragraph ("Euer Hans")
  is the article's last line (:func:`closing_greeting`);
* **the standfirst**: prose between the headline and a byline/dateline that opens the
  article becomes ``SUMMARY``, unless the page's markup shows it is the article's lead
  paragraph (:func:`lead_paragraph`).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.classifiers._twins import image_markers
from newsclean.classifiers.headline import TITLE_MAX_WORDS, title_parts
from newsclean.hardwrap import cut_by_wrap, page_width
from newsclean.labels import Label
from newsclean.lines import Line, normalize_key, visible_end
from newsclean.metadata.authors import MAX_SPLIT_BYLINE_LINES, byline_score, is_lone_marker, join_split_byline
from newsclean.pipeline import Decision, Revised
from newsclean.walk import back, forward, nearest, nonblank_between

__all__ = [
    "CHROME_LABELS",
    "META_WINDOW",
    "closing_greeting",
    "has_chrome",
    "lead_paragraph",
    "mark_metadata",
    "open_on_own_prose",
    "page_title",
    "split_byline",
]

# A site name after a page title's bar ("Headline | Daily Post") has at most this many words.
_SITE_MAX_WORDS = 4
# How far (non-blank lines) before the article a headline, byline or dateline may sit.
META_WINDOW = 20
# Headline choice: each word (up to HEADLINE_WORDS_CREDITED) adds HEADLINE_WORD_CREDIT, and a
# candidate that won a navigation or promo vote loses HEADLINE_CHROME_PENALTY.
HEADLINE_WORD_CREDIT = 0.015
HEADLINE_WORDS_CREDITED = 12
HEADLINE_CHROME_PENALTY = 0.1
# A headline printed with a kicker or a list number before it ("Lokales Lübeck Bridge reopens",
# "3. Bridge reopens") is often printed alone nearby too: that copy, at least SHORT_COPY_MIN_WORDS
# long, is the headline when what it leaves off is at most KICKER_MAX_WORDS words.
SHORT_COPY_MIN_WORDS = 3
KICKER_MAX_WORDS = 6
_TOKEN = regex.compile(r"\w+")
# The article's first line is its title, whatever its body vote, when it has at most TITLE_MAX_WORDS words
# (the headline classifier's longest title) and a longer paragraph follows.
TITLE_PROSE_WITHIN = 4
# A title-shaped line fewer than HEADER_GAP non-blank lines above a sure byline or date strip is the
# story's header: it ranks HEADER_BONUS higher and counts even when a body vote beat its headline vote,
# by less than HEADER_PROSE_MARGIN: a line that reads as prose by more is the story's first sentence
# ("...后头！" over a byline two lines down), not its title, however title-shaped its end.
HEADER_GAP = 3
# Headline ranks are compared to this many decimal places (a sum of votes and bonuses carries float noise).
RANK_DIGITS = 9
HEADER_BONUS = 0.25
HEADER_PROSE_MARGIN = 0.2
# Two title-shaped lines stacked over the byline: the lower is the standfirst when the upper has at least
# STACKED_MIN_WORDS words and the lower STACKED_LONGER times as many.
STACKED_MIN_WORDS = 5
STACKED_LONGER = 1.2
# A row of LABEL_ROW_WORDS or more capitalised words, under LABEL_ROW_STOPWORDS stop words and not in capitals
# (under LABEL_ROW_MAX_UPPER upper-case letters), is a menu or share row: a headline vote LABEL_ROW_PENALTY weaker.
LABEL_ROW_WORDS = 4
LABEL_ROW_STOPWORDS = 0.2
LABEL_ROW_MAX_UPPER = 0.5
LABEL_ROW_PENALTY = 0.1
# A line whose caption vote is this sure, and no weaker than its headline vote, is never the headline.
CAPTION_SURE = 0.25
# When no candidate above the article has a headline vote of WEAK_FIELD, a line among the article's
# first SPAN_TOP non-blank lines with a vote of SPAN_TITLE_VOTE is a candidate too.
WEAK_FIELD = 0.4
SPAN_TOP = 2
# ...unless prose of this many words opens the span above it: then it is a subheading between paragraphs.
SPAN_LEAD_WORDS = 20
SPAN_TITLE_VOTE = 0.5
# The standfirst needs the article under the byline: at least as many lines there with a body vote of
# STANDFIRST_PROSE (prose by the default near_threshold) as it has lines. Scraps that vote a little
# through the page's stop words ("G å,") are no article: the prose over them is the article itself, and
# a body of the scraps alone would vote nothing when cleaned again, with no long line to name its language.
STANDFIRST_PROSE = 0.35
# A standfirst is at most this many sentences; a longer paragraph over the byline is the article's lead.
STANDFIRST_MAX_SENTENCES = 3
# ... and at least this many words: "AirPods Pro. Sonos Move. See our list." is a standfirst of fragments.
LEAD_MIN_WORDS = 30
# A sentence's end: a word of two lower-case letters or more, a full stop, a capital (or a CJK full stop);
# initials and abbreviations ("U.S. President", "Nov. 15") end none.
_SENTENCE_BREAK = regex.compile(r"\p{Ll}{2}[.!?][\"'”’»)]?\s+[\"'„“«(]?\p{Lu}|[。！？]\s*\S")
# A byline or date strip this sure of itself is not the headline, whatever its headline vote.
META_SHAPED = 0.7
# When no byline sits between the headline and the article start, one may sit a few lines
# above the headline ("By Jane Doe" over the title) or right after the article ("Author: ...").
BYLINE_ABOVE = 4
BYLINE_AFTER = 4
# With no byline anywhere near, a sure marked byline ("Veröffentlicht von", "Autorin:") is looked for
# this many non-blank lines above the headline and after the article, and anywhere inside it; a bare
# name among the article's first BYLINE_START lines (after a standfirst, a photo) also counts.
BYLINE_WIDE = 30
BYLINE_WIDE_VOTE = 0.75
BYLINE_START = 12
# A candidate another classifier took for chrome, a photo caption or a comment heading is a weaker headline.
# A chrome vote this strong (the context pass's STRONG) is sure: a menu word, a promo phrase.
SURE_CHROME = 0.6
_CHROME = frozenset({Label.NAVIGATION, Label.PROMO, Label.CAPTION, Label.COMMENT})
CHROME_LABELS = frozenset({Label.NAVIGATION, Label.PROMO, Label.COMMENT})
"""The labels that say a line is the site's own chrome; a page without any is a cleaned body."""
_NOT_BYLINE = frozenset({Label.BODY, Label.HEADLINE, Label.SUMMARY, Label.COMMENT, Label.DATELINE})
# The reason the context pass gives the body lines an edge cut took off the article's end (a sign-off, an
# appeal, an author bio): such lines stood between the story and a byline printed after it.
EDGE_BOX_REASON = "a box at the article's edge"
# Away from the article start only a marked byline ("By", "Von", "Autor:") counts; a bare name
# there is as likely an author box, a caption credit or a teaser's byline.
BYLINE_FAR_VOTE = 0.7
# A closing greeting (:func:`closing_greeting`): a valediction of letters and blog posts in
# many languages, then a name or a team of at most three words ("Euer Hans", "xx, die Redaktion").
_GREETING = regex.compile(
    r"(?i:euer|yours|cheers|xoxo|xx+|x|lg|hugs|bisous|bises|besos|abrazos|baci|pozdrawiam"
    r"|groetjes|(?:liebe|viele|herzliche|beste)\s+grüße)[,!.]?\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{L}[\p{L}.'-]*){0,2}"
    r"\s*[!.]?$"
)
# It sits at most this many lines under the article's last paragraph, after closing lines this short.
GREETING_REACH = 2
CLOSING_WISH_WORDS = 12
# Class names of a story's header block (``<header>``, "entry-title"): a standfirst set there is the header's.
_HEADER_HINTS = frozenset({"header", "title"})


def has_chrome(decisions: Sequence[Decision]) -> bool:
    """Whether the page shows chrome (navigation, promo, comment): if it does not, the page is a cleaned body.

    A sure chrome vote (at least ``SURE_CHROME``) anywhere counts, a weak one only outside the page's
    prose: a weak menu-like line between two body lines may be a list the article kept ("* News" /
    "* World" between paragraphs), and a body cleaned again holds it still.

    >>> weak = Decision(Label.NAVIGATION, 0.55, "navigation", "")
    >>> prose = Decision(Label.BODY, 0.7, "body", "")
    >>> has_chrome([prose, weak, prose]), has_chrome([weak, prose])
    (False, True)

    .. versionchanged:: 0.4.0
       A weak chrome vote between body lines is no chrome.
    """
    body = [i for i, d in enumerate(decisions) if d.label is Label.BODY]
    lo, hi = (body[0], body[-1]) if body else (0, -1)
    return any(
        d.label in CHROME_LABELS and (d.score >= SURE_CHROME or not lo < i < hi) for i, d in enumerate(decisions)
    )


def mark_metadata(
    lines: Sequence[Line], decisions: Sequence[Decision], out: list[Revised], span: tuple[int, int] | None
) -> None:
    """Keep one headline and the bylines/datelines near the article start; find the standfirst.

    Revises ``out`` in place (it is the context pass's own working list).

    Args:
        lines: the page's lines.
        decisions: the pipeline's votes.
        out: the labels so far, revised in place.
        span: the article's first and last line, or ``None`` when the page has no article.

    .. versionadded:: 0.1.0
    """
    first = span[0] if span else len(lines)
    lo = back(lines, first, META_WINDOW * 2)
    width = page_width(lines)
    # above an article, only the lines from ``lo`` to its first line may be its title
    window = range(len(decisions)) if span is None else range(lo, min(first + 1, len(decisions)))
    heads = [
        i
        for i in window
        if (d := decisions[i]).vote(Label.HEADLINE) > 0
        and not _meta_shaped(d)
        and not _caption(d)
        # the first line of a wrapped paragraph the reflow left apart is that paragraph's, no title
        and not cut_by_wrap(lines, i, width)
        # on a page without an article, a line that is only title-shaped is a teaser, a menu or a button
        and (span is not None or d.vote(Label.HEADLINE) >= WEAK_FIELD)
    ]
    top: list[int] = []
    if span is not None and all(decisions[i].vote(Label.HEADLINE) < WEAK_FIELD for i in heads):
        # nothing above the article looks like its title ("Skip to content" at best): the context pass
        # may have opened the article on its title line, so a sure title among its first lines counts
        # (on its title line, or on a notice over it: a title under a paragraph is a subheading)
        top = [
            i
            for i in range(first, min(span[1], forward(lines, first, SPAN_TOP)) + 1)
            if decisions[i].vote(Label.HEADLINE) >= SPAN_TITLE_VOTE
            and sum(lines[k].words for k in range(first, i) if out[k].label is Label.BODY) < SPAN_LEAD_WORDS
            and lines[i].words <= TITLE_MAX_WORDS
            and not _meta_shaped(decisions[i])
            and not _caption(decisions[i])
        ]
        heads += [i for i in top if i not in heads]
    head = None
    bylines = [
        i for i in range(lo, min(len(lines), forward(lines, first, BYLINE_START) + 1)) if _meta_shaped(decisions[i])
    ]

    def over_byline(i: int) -> bool:
        # a byline or date strip right under a title-shaped line: the story's header
        return not _prose_shaped(lines[i]) and any(
            i < b and nonblank_between(lines, i + 1, b) < HEADER_GAP for b in bylines
        )

    # a page without any chrome is already a cleaned body: its first paragraph stays a paragraph,
    # however title-like ("Was nun?"), or cleaning a body twice would lose it
    framed = has_chrome(decisions)

    def acceptable(i: int) -> bool:
        d = decisions[i]
        return (
            out[i].label is not Label.BODY
            or d.vote(Label.HEADLINE) >= d.vote(Label.BODY)
            or (
                i == first
                and framed
                and _title_over_prose(lines, decisions, i)
                and not _under_title(lines, decisions, i)
            )
            or (over_byline(i) and d.vote(Label.BODY) - d.vote(Label.HEADLINE) < HEADER_PROSE_MARGIN)
            or i in top
        )

    candidates, heads = heads, [i for i in heads if acceptable(i)]
    if heads:

        def rank(i: int) -> float:
            dist = nonblank_between(lines, i, first)
            near = 0.3 * max(0.0, 1 - dist / (META_WINDOW * 2)) if span else 0.0
            # a story's title says something; menu labels and buttons ("Show key events only") are short
            said = HEADLINE_WORD_CREDIT * min(lines[i].words, HEADLINE_WORDS_CREDITED)
            chrome = HEADLINE_CHROME_PENALTY if decisions[i].label in _CHROME else 0.0
            # only the title right over the byline is the header: a line with another title between is not
            header = over_byline(i) and not _title_between(lines, decisions, candidates, i, bylines)
            return _title_vote(lines, decisions, i) + near + said + HEADER_BONUS * header - chrome

        # a tie goes to the longer line (a title says something, as the word credit has it, past the words
        # it credits), then to the upper one; ranks are rounded first, so that the order in which a rank's
        # terms were summed cannot settle it (0.35 - 0.1 + 0.3 is no less than 0.25 + 0.3)
        head = max(heads, key=lambda i: (round(rank(i), RANK_DIGITS), lines[i].words, -i))
        # the plain copy may have won a body vote: it is a copy of the chosen headline all the same
        head = _short_copy(lines, candidates, head)
        upper = _title_over_standfirst(lines, decisions, heads, head) if over_byline(head) else None
        if upper is not None:
            standfirst, head = head, upper
            out[standfirst] = Revised(
                Label.SUMMARY, out[standfirst].score, "context", "longer title-shaped line under the headline"
            )
        out[head] = Revised(
            Label.HEADLINE,
            decisions[head].vote(Label.HEADLINE),
            "context",
            "best headline candidate before the article",
        )
    head_key = normalize_key(lines[head].text) if head is not None else None
    title_copies = _page_title_parts(lines)
    meta_lo = head if head is not None else back(lines, first, META_WINDOW)
    meta_hi = forward(lines, first, 3) if span else -1
    for i, r in enumerate(out):
        if i == head:
            continue
        if r.label is Label.HEADLINE:
            same = head_key is not None and normalize_key(lines[i].text) == head_key
            # the page title's headline printed again is no subheading, as an exact copy is not (_subheading):
            # cleaned again without the title line, it would read as something else (a bare name's byline);
            # nor is a page title ("<headline> | <site>"): cleaned again, its "| Reuters" reads as a credit
            copy = normalize_key(lines[i].text) in title_copies or page_title(lines[i])
            if not same and not copy and span is not None and _subheading(lines, out, i, span):
                out[i] = Revised(Label.BODY, r.score, "context", "subheading between the article's paragraphs")
                continue
            out[i] = Revised(
                Label.OTHER if same else Label.PROMO if lines[i].repeats else Label.OTHER,
                r.score,
                "context",
                "copy of the headline" if same else "headline-like line away from the article",
            )
        elif r.label in (Label.BYLINE, Label.DATELINE) and not (meta_lo <= i <= meta_hi):
            out[i] = Revised(Label.OTHER, r.score, "context", f"{r.label.value} far from the article start")
    if span is not None:
        _recover_byline(lines, decisions, out, span, head)
        closing_greeting(lines, out)
    if span is None or head is None:
        return
    # standfirst: prose after the headline and before a byline/dateline that opens the article
    opener = next(
        (
            i
            for i in range(head + 1, min(span[1], forward(lines, first, 6)) + 1)
            if out[i].label in (Label.BYLINE, Label.DATELINE)
        ),
        None,
    )
    if opener is None:
        return
    before = [i for i in range(head + 1, opener) if out[i].label is Label.BODY]
    after = [i for i in range(opener + 1, span[1] + 1) if out[i].label is Label.BODY]
    prose_after = sum(decisions[i].vote(Label.BODY) >= STANDFIRST_PROSE for i in after)
    if before and len(before) <= 2 and prose_after >= len(before):
        for i in before:
            if lead_paragraph(lines, i, after) or _many_sentences(lines[i]):
                continue
            out[i] = Revised(
                Label.SUMMARY, out[i].score, "context", "prose between headline and byline: the standfirst"
            )
        # the article starts at its first own paragraph after the byline: what the context pass
        # pulled in between (captions, tag lists) goes back to its own label
        own = [i for i in after if out[i].classifier != "context"]  # the article's first paragraph by its own vote
        for i in range(opener + 1, own[0] if own else opener + 1):
            if out[i].label is Label.BODY and out[i].classifier == "context":
                d = decisions[i]
                if d.label is Label.HEADLINE:  # only one line is the headline
                    out[i] = Revised(Label.OTHER, d.score, "context", "headline-like line after the byline")
                else:
                    out[i] = Revised(d.label, d.score, d.classifier, d.reason)


def lead_paragraph(lines: Sequence[Line], i: int, after: Sequence[int]) -> bool:
    """Whether line ``i``, prose between the headline and the byline, is the article's lead paragraph (HTML only).

    A standfirst set in the story's header is a heading (``<h2>``) or sits in an element named
    as the header or the title. A plain ``<p>`` outside such an element whose grandparent (not a
    page wrapper such as ``<body>``, which holds the page's first line too) also holds the
    article's paragraphs after the byline is the text's first paragraph: the byline was printed
    inside the article's flow. Text dumps carry no markup: never a lead here.

    Args:
        lines: the page's lines.
        i: the candidate standfirst.
        after: the article's body lines after the byline.

    Returns:
        ``True`` when the markup shows ``i`` is the lead paragraph.

    .. versionadded:: 0.1.0
    """
    m = lines[i].markup
    if m is None or m.tag != "p" or not m.hints.isdisjoint(_HEADER_HINTS) or len(m.containers) < 3:
        return False
    flow = m.containers[2]
    # the page's outermost blocks (<body>) hold every line, the menus above the article too
    top = next((ln.markup for ln in lines if ln.markup is not None), None)
    if top is not None and flow in top.containers:
        return False
    return any((o := lines[k].markup) is not None and flow in o.containers for k in after)


def _title_vote(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> float:
    """Line ``i``'s headline vote, less LABEL_ROW_PENALTY for a row of menu labels."""
    vote = decisions[i].vote(Label.HEADLINE)
    return vote - LABEL_ROW_PENALTY if _label_row(lines[i]) else vote


def _label_row(line: Line) -> bool:
    """A row of LABEL_ROW_WORDS or more capitalised words with (almost) no stop word: a menu or share row.

    "World Politics Business Climate Health", "Facebook Twitter Instagram YouTube": title case by shape,
    yet a title that long reads as a phrase and holds stop words ("Bridge Reopens After the Storm"); a line
    in capitals ("NWO PSYOP UNITEDWESTRIKE Radio-Marathon") is shouted, not a row of labels.
    """
    return (
        line.words >= LABEL_ROW_WORDS
        and line.stopword_ratio < LABEL_ROW_STOPWORDS
        and line.title_ratio >= 1.0
        and line.upper_ratio < LABEL_ROW_MAX_UPPER
    )


def _title_between(
    lines: Sequence[Line], decisions: Sequence[Decision], titles: Sequence[int], i: int, bylines: Sequence[int]
) -> bool:
    """Whether a title at least as sure and as long as line ``i`` sits between it and the byline under it.

    "Sport Weather Travel Culture" over "Bridge reopens after repairs" over "By Jane Doe": the title right
    over the byline is the story's header, not the menu above it. A surer title above a weaker line (a
    kicker), or a longer one above a shorter line (an author line: "Jane Doe and John Roe"), keeps its place.
    """
    below = next((b for b in bylines if b > i), None)
    if below is None:
        return False
    vote, words = _title_vote(lines, decisions, i), lines[i].words
    return any(i < k < below and _title_vote(lines, decisions, k) >= vote and lines[k].words >= words for k in titles)


def _title_over_standfirst(
    lines: Sequence[Line], decisions: Sequence[Decision], heads: Sequence[int], head: int
) -> int | None:
    """The title right above the chosen line over the byline, when the chosen line is its standfirst.

    Headline, standfirst, byline: both top lines are title-shaped, and the standfirst, nearer the byline
    and longer, outranks the headline. When the line above is a candidate at least as sure, of at least
    STACKED_MIN_WORDS words, and the chosen line is STACKED_LONGER times as long, the upper line is the title
    (a kicker over a headline is shorter than STACKED_MIN_WORDS, or the headline under it is not much longer).
    """
    k = head - 1
    while k >= 0 and lines[k].is_blank:
        k -= 1
    if k < 0 or k not in heads:
        return None
    upper, lower = lines[k], lines[head]
    if _in_title_run(lines, heads, head) or any(decisions[i].label in CHROME_LABELS for i in (k, head)):
        return None
    if (
        upper.words >= STACKED_MIN_WORDS
        and lower.words >= STACKED_LONGER * upper.words
        and decisions[k].vote(Label.HEADLINE) >= decisions[head].vote(Label.HEADLINE)
    ):
        return k
    return None


def open_on_own_prose(decisions: Sequence[Decision], out: list[Revised], first: int, last: int) -> None:
    """The body opens on a line that is body by its own vote: lines only the context kept above it go back.

    The context pass keeps a short line between paragraphs as a subheading, a list item in a run
    the article goes on under; once the headline or byline is taken from the top of the span, such a
    line may open the body. Cleaned again, nothing is above it: no region starts on a line that
    votes no prose, so the second clean would drop it, and cleaning the body twice must keep the body.
    Revises ``out`` in place. When no line of the span is body by its own vote (the headline took
    the span's one paragraph, and only a line the context kept is left), no line is: a body of such
    lines alone is no article, and cleaned again on its own it would vote nothing. The headline
    rules keep a wrapped paragraph whole (:func:`newsclean.hardwrap.cut_by_wrap`), but a short
    paragraph of its own (one CJK sentence over a stray word) can still be the only candidate.

    .. versionadded:: 0.1.0
    """
    own = next(
        (i for i in range(first, last + 1) if out[i].label is Label.BODY and out[i].classifier != "context"), None
    )
    for i in range(first, last + 1 if own is None else own):
        if out[i].label is Label.BODY:
            d = decisions[i]
            if d.label is Label.HEADLINE:  # only one line is the headline
                why = "headline-like line over the article's first paragraph"
                out[i] = Revised(Label.OTHER, d.score, "context", why)
            else:
                out[i] = Revised(d.label, d.score, d.classifier, d.reason)


def closing_greeting(lines: Sequence[Line], out: list[Revised]) -> None:
    """A greeting that signs the article off ("Euer Hans", "x Franzi") is its last line, not chrome.

    A blog post or a letter to readers ends on its author's greeting, under the last paragraph
    (at most ``GREETING_REACH`` lines down, a short closing wish between: "Schönen Sonntag!").
    Short and name-like, it reads as a menu item or votes nothing; it is the text's own end.
    Revises ``out`` in place.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("The trip was long, and we loved every day of it.\\nHave a nice Sunday!\\nx Franzi\\nHome")
    >>> out = [Revised(Label.BODY, 0.9, "t", "")] + [Revised(Label.OTHER, 0.0, "t", "")] * 3
    >>> closing_greeting(ls, out)
    >>> [r.label.value for r in out]
    ['body', 'body', 'body', 'other']

    .. versionadded:: 0.5.0
    """
    last = next((i for i in range(len(out) - 1, -1, -1) if out[i].label is Label.BODY), None)
    if last is None:
        return
    between: list[int] = []
    k: int | None = last
    for _ in range(GREETING_REACH):
        k = nearest(lines, k, 1) if k is not None else None
        if k is None or out[k].label in (Label.COMMENT, Label.HEADLINE):
            return
        if _GREETING.match(lines[k].text.strip()):
            for j in (*between, k):
                out[j] = Revised(Label.BODY, out[j].score, "context", "the article's closing greeting")
            return
        if lines[k].words > CLOSING_WISH_WORDS:
            return
        between.append(k)


def _subheading(lines: Sequence[Line], out: Sequence[Revised], i: int, span: tuple[int, int]) -> bool:
    """Whether title-shaped line ``i`` sits inside the article, between two of its body lines.

    A story's subheads ("Was bedeutet das?") and the short lead-ins of its lists read as titles;
    set between the article's own paragraphs they are its text, not another story's headline.
    A subhead is printed once: a title printed again on the page is an image's caption or a teaser.
    Title-shaped lines under it count only when body text follows them.
    """
    first, last = span
    if not first < i < last or lines[i].repeats:  # a title printed again is an image's or a teaser's
        return False
    above = nearest(lines, i, -1, lo=first)
    below = nearest(lines, i, 1, hi=last)
    # a run of title-shaped lines under it (a subhead's kicker, a list's lead-ins) must lead to body text;
    # a text browser's marker of the section's image may come between them (other dumps leave it out),
    # but one only: a row of markers is a slider's buttons
    picture = False
    while below is not None and (
        out[below].label is Label.HEADLINE or (not picture and (picture := image_markers([lines[below]])[0]))
    ):
        below = nearest(lines, below, 1, hi=last)
    return above is not None and below is not None and out[above].label is Label.BODY and out[below].label is Label.BODY


def page_title(line: Line) -> bool:
    """A page title, "<headline> | <site>": one bar between a headline and a short site name, no sentence end.

    Such a line inside the article stays out of the body like a byline does: cleaned again on its
    own it would open the body as its headline, and cleaning the body twice must keep the body.

    >>> from newsclean.lines import split_lines
    >>> page_title(split_lines("Bridge reopens after repairs | Daily Post")[0])
    True
    >>> page_title(split_lines("Team | Played | Points")[0])
    False
    """
    _, bar, site = line.text.partition(" | ")
    return bool(bar) and "|" not in site and 0 < len(site.split()) <= _SITE_MAX_WORDS and not line.terminal


def _page_title_parts(lines: Sequence[Line]) -> frozenset[str]:
    """The keys of the parts of the page's titles: the dump's first line, and any line shaped "<headline> | <site>".

    A line with one of these keys is such a title's part printed again (the title itself is whole). Its
    title vote may rest on that title alone: cleaned again without it, it reads as something else.

    >>> from newsclean.lines import split_lines
    >>> sorted(_page_title_parts(split_lines("\\nBridge Reopens | Daily Post\\n\\nThe bridge reopened.")))
    ['bridgereopens', 'dailypost']
    >>> sorted(_page_title_parts(split_lines("Home\\n\\nThe bridge reopened.\\n\\nPort Reopens | Daily Post")))
    ['dailypost', 'portreopens']
    """
    top = nearest(lines, -1, 1)
    titles = [line for i, line in enumerate(lines) if i == top or page_title(line)]
    return frozenset(title_parts(titles))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def _in_title_run(lines: Sequence[Line], heads: Sequence[int], i: int) -> bool:
    """Whether the line right under line ``i`` is a title candidate too, as long as a title: a list of titles.

    A standfirst closes the story's header, the byline or the article under it; a title-shaped line
    with another title under it is one of a list (a course list, an index), not a standfirst. A short
    candidate under it ("Interview: Jane Doe") is the header's credit line, and it stays a standfirst.
    """
    k = forward(lines, i, 1)
    return k > i and k in heads and lines[k].words >= STACKED_MIN_WORDS


def _short_copy(lines: Sequence[Line], heads: Sequence[int], head: int) -> int:
    """The candidate that repeats the chosen headline without the kicker or list number before it.

    "Lokales Lübeck Bridge reopens after repairs" and, a few lines on, "Bridge reopens after repairs":
    the page prints its headline twice, once run into a kicker or a breadcrumb's "3.", so the shorter
    copy is the headline. The longest such copy wins (a kicker of two parts leaves two copies).
    """
    words = _tokens(lines[head].text)
    best, best_len = head, 0
    for i in heads:
        copy = _tokens(lines[i].text)
        n = len(copy)
        if (
            SHORT_COPY_MIN_WORDS <= n < len(words)
            and len(words) - n <= KICKER_MAX_WORDS
            and words[-n:] == copy
            and n > best_len
            and not _split_copy(lines, i, words)
        ):
            best, best_len = i, n
    return best


def _split_copy(lines: Sequence[Line], i: int, words: Sequence[str]) -> bool:
    """Whether line ``i`` goes on from the line above it in the headline's words: a title wrapped over lines.

    "Spiel-Talstraße" over "zur Bunten Republik Neustadt" is one site title broken in two, not the
    headline "Keine Spiel-Talstraße zur Bunten Republik Neustadt" without a kicker.
    """
    k = i - 1
    while k >= 0 and lines[k].is_blank:
        k -= 1
    if k < 0:
        return False
    n = len(_tokens(lines[i].text))
    above = _tokens(lines[k].text)
    return bool(above) and above[-1] == words[-n - 1]


# A line ending in a full stop (in any script), a colon, comma or semicolon is prose, not a title.
_PROSE_ENDINGS = (".", ":", ",", ";", "。", "．", "｡", "，", "：", "；", "।", "۔", "።")




# A full stop followed by more words: two sentences, which is prose ("Police said. The road ...!"). Chinese and
# Japanese put no space after a sentence, and their full-width "！" / "？" end one as "。" does.
_INNER_SENTENCE_END = regex.compile(r"\w[.。｡।۔]\s+\w|\w[。！？]\s*\w")
# An ideographic full stop with more words after it ends a sentence at any length: a Chinese or Japanese
# title may hold a "！" or "？" ("为什么？专家解读"), but "。" ends prose.
_INNER_FULL_STOP = regex.compile(r"\w[。｡]\s*\w")


def _many_sentences(line: Line) -> bool:
    """A paragraph of more than ``STANDFIRST_MAX_SENTENCES`` sentences: the article's lead, not a standfirst.

    A standfirst sums the story up in a sentence or two; prose that goes on for four or more
    sentences (and ``LEAD_MIN_WORDS`` words: a standfirst may list short fragments) between
    the headline and the byline is the text's first paragraph. Abbreviations end no sentence.

    >>> from newsclean.lines import split_lines
    >>> _many_sentences(split_lines(" ".join(["Rain fell on the town all week long."] * 4))[0])
    True
    >>> _many_sentences(split_lines("Rain fell. Roads closed. Schools shut. Trains stopped.")[0])
    False
    >>> _many_sentences(split_lines("Rain fell all week. Roads closed across the north.")[0])
    False
    >>> _many_sentences(split_lines("The U.S. President met the U.K. Prime Minister in the U.S. capital on "
    ...                             "Monday to talk about trade, farming and the weather. They agreed.")[0])
    False
    """
    return line.words >= LEAD_MIN_WORDS and len(_SENTENCE_BREAK.findall(line.text)) >= STANDFIRST_MAX_SENTENCES


def _prose_shaped(line: Line) -> bool:
    """A line that reads as prose, never a header over the byline: it ends like prose, or is long and two sentences.

    Short titles may hold a full stop ("U.S. Bridge Reopens"); a line of more than TITLE_MAX_WORDS words
    with one before more words is a paragraph ("Police said. The road ... week?").
    """
    text = visible_end(line.text)
    return (
        text.endswith(_PROSE_ENDINGS)
        or (line.words > TITLE_MAX_WORDS and _INNER_SENTENCE_END.search(text) is not None)
        or _INNER_FULL_STOP.search(text) is not None
    )


def _title_over_prose(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> bool:
    """A short line without a closing period over a longer paragraph: the title a blog's article opens with.

    Titles ending "!" or "?" ("You won't believe how much CO2 ...!") win a body vote by shape alone.
    """
    line = lines[i]
    text = visible_end(line.text)
    if line.words > TITLE_MAX_WORDS or text.endswith(_PROSE_ENDINGS) or _INNER_SENTENCE_END.search(text):
        return False
    # the paragraph may sit under a byline or a photo: the first body line a few lines on
    for step in range(1, TITLE_PROSE_WITHIN + 1):
        k = forward(lines, i, step)
        if k > i and decisions[k].label is Label.BODY:
            # a paragraph that opens in lower case goes on from the line above: that line is prose too
            return lines[k].words > line.words and not lines[k].text[:1].islower()
    return False


# A title line has at least this many words; a one- or two-word kicker ("Meinung") over a title is no title.
TITLE_ABOVE_MIN_WORDS = 3


def _under_title(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> bool:
    """Whether the line right above line ``i`` is a title-shaped line of a few words that sure of its title vote.

    Then line ``i``, a sentence ending "!" or "?" that opens the article under it, is its first
    sentence, not a second title: in the page's HTML the line above is the ``<h1>``.
    """
    k = nearest(lines, i, -1)
    return (
        k is not None
        and decisions[k].label is Label.HEADLINE
        and lines[k].words >= TITLE_ABOVE_MIN_WORDS
        and not lines[k].terminal
        and decisions[k].vote(Label.HEADLINE) >= decisions[i].vote(Label.HEADLINE)
    )


def _meta_shaped(d: Decision) -> bool:
    """A line whose byline or dateline vote beats its headline vote, and is sure: "By Jane Doe"."""
    other = max(d.vote(Label.BYLINE), d.vote(Label.DATELINE))
    return other >= META_SHAPED and other >= d.vote(Label.HEADLINE)


def _caption(d: Decision) -> bool:
    """A photo caption or credit ("(Foto: DBT/Jane Doe)") at least as sure as its headline vote."""
    return d.vote(Label.CAPTION) >= max(CAPTION_SURE, d.vote(Label.HEADLINE))


def _after_article(lines: Sequence[Line], out: Sequence[Revised], last: int, i: int) -> int:
    """How many non-blank lines from the article's last line up to line ``i``, less those an edge cut took off.

    "Sign up for our newsletter" / "Unsubscribe at any time." / "Posted by Jane Doe at 08:00": the
    sign-off cut ends the article earlier, yet the byline under the box is as near the story as before.
    Only lines the cut relabelled are skipped, so a teaser's byline further down keeps its distance.
    """
    return sum(1 for k in range(last, i) if lines[k].text and not out[k].reason.startswith(EDGE_BOX_REASON))


def _recover_byline(
    lines: Sequence[Line], decisions: Sequence[Decision], out: list[Revised], span: tuple[int, int], head: int | None
) -> None:
    """With no byline at the article start, take the best one just above the headline or just after the article.

    Only lines that are not body are relabelled, so the article text never changes.
    """
    if any(r.label is Label.BYLINE for r in out):
        return
    first, last = span
    top = head if head is not None else first
    lo = back(lines, top, BYLINE_WIDE)
    hi = forward(lines, last, BYLINE_WIDE)
    start_hi = forward(lines, first, BYLINE_START)
    best, best_key = None, (0.0, 0)
    for i in range(lo, hi + 1):
        if i == top or lines[i].is_blank or out[i].label in _NOT_BYLINE:
            continue
        vote = max(decisions[i].vote(Label.BYLINE), _split_byline_vote(lines, decisions, i))
        if vote < 0.35:
            continue
        # a bare name counts just above the headline or among the article's first lines (after a
        # standfirst or a photo); further away only a marked byline ("Posted by", "Autorin:") does
        if i < top:
            near = nonblank_between(lines, i, top) <= 2
            far_ok = nonblank_between(lines, i, top) <= BYLINE_ABOVE
        elif i <= last:
            near = i <= start_hi
            far_ok = True
        else:
            near = False
            far_ok = _after_article(lines, out, last, i) <= BYLINE_AFTER
        if vote < (0.35 if near else BYLINE_FAR_VOTE if far_ok else BYLINE_WIDE_VOTE):
            continue
        key = (vote, -abs(i - top))
        if key > best_key:
            best, best_key = i, key
    if best is not None:
        out[best] = Revised(Label.BYLINE, best_key[0], "context", "byline beside the headline or after the article")


def _split_byline_vote(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> float:
    """The byline score of a byline a dump split over lines, when line ``i`` is its lone marker.

    "Von" / "Jane Doe": each element of the strip on its own line; the marker alone has no
    byline vote of its own, the run read as one line has. 0.0 for any other line, and for a
    marker voted sure navigation: a ``<nav>``'s search form labels its fields so ("Von:" / "Filter").

    >>> from newsclean.lines import split_lines
    >>> from newsclean.pipeline import Decision
    >>> none = [Decision(Label.OTHER, 0.0, "pipeline", "no classifier voted", ())] * 4
    >>> _split_byline_vote(split_lines("Von\\nJane Doe\\n\\nDer Text."), none, 0) > 0.5
    True
    >>> _split_byline_vote(split_lines("Von\\n\\nDer Text."), none, 0)
    0.0
    """
    marker = decisions[i]
    if marker.label is Label.NAVIGATION and marker.score >= SURE_CHROME:
        return 0.0
    joined = split_byline(lines, i)
    return byline_score(joined) if joined is not None else 0.0


def split_byline(lines: Sequence[Line], i: int) -> str | None:
    """The byline a dump split over lines ("Von" / "Jane Doe"), read whole, when line ``i`` is its lone marker.

    The run is line ``i`` and the lines right under it, up to the first blank line; ``None`` when line
    ``i`` is no lone marker or the run holds no byline (:func:`~newsclean.metadata.authors.join_split_byline`).

    >>> from newsclean.lines import split_lines
    >>> split_byline(split_lines("Von\\nJane Doe\\n\\nDer Text."), 0)
    'Von Jane Doe'
    >>> split_byline(split_lines("Jane Doe\\nDer Text."), 0) is None
    True

    .. versionadded:: 0.1.0
    """
    if not is_lone_marker(lines[i].text):
        return None
    run: list[str] = []
    for line in lines[i : i + MAX_SPLIT_BYLINE_LINES]:
        if line.is_blank:
            break
        run.append(line.text)
    return join_split_byline(run)
