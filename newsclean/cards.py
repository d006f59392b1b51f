"""Teaser cards inside an article: another story's title printed twice, then its summary.

A site that links a related story from between an article's paragraphs prints a card:
the story's image (whose alt text or link is the title), the title again as a link,
and a one-sentence summary; often a section label ("Business") stands above each copy
of the title. A text dump keeps both copies of the title on consecutive lines. The
article's own paragraphs and subheadings are never printed twice in a row, so a
title-shaped line whose copy follows at once, with article text above it, opens a card.

* :func:`card_teasers` finds the cards inside an article span: the labels, both copies
  of the title and the summary under them.
* :func:`glued_twice` finds an image's marker in a dump: its alt text and title printed
  back to back with nothing between ("Shy owlShy owl"), which no sentence is.
* :func:`teaser_tail` finds a list of teasers closing the article span: titles, each with
  a one-paragraph summary, where the summaries end on a "read more" link ("... mehr",
  "Continue reading", "[…]") or repeat lines printed elsewhere on the page.
* :func:`shouted_teaser` tells a line printed all in capitals at a headline's length (or
  ending in "!") from a subheading: sites shout the links to other stories and their calls
  to action ("GET THE APP ON THE GO BY CLICKING HERE") between an article's paragraphs,
  while a shouted subheading is short or asks a question.
* :func:`teaser_tail` also cuts a run of labelled cards closing the span: a section label
  (and maybe a counter, "110 Likes"), a title, a one-sentence summary, the same shape
  repeated, where a label recurs from one card to another (see :func:`labelled_cards`).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.labels import Label
from newsclean.lines import Line, normalize_key
from newsclean.pipeline import Revised
from newsclean.walk import nearest
from newsclean.wrapruns import continues

__all__ = [
    "CARD_SUMMARY_MAX_WORDS",
    "CARD_TITLE_MAX_WORDS",
    "CARD_TITLE_MIN_LETTERS",
    "CARD_TITLE_MIN_WORDS",
    "GLUED_MIN_CHARS",
    "LABELLED_MIN_CARDS",
    "SHOUT_MIN_CASED",
    "SHOUT_MIN_WORDS",
    "TITLE_LABELS",
    "all_capitals",
    "card_teasers",
    "glued_twice",
    "labelled_cards",
    "read_more",
    "shouted_teaser",
    "teaser_tail",
    "truncated",
]

# a period in any script: Latin, CJK ideographic and full-width, Devanagari danda, Urdu, Ethiopic, Myanmar, Armenian
_FULL_STOPS = (".", "\u3002", "\uff0e", "\u0964", "\u06d4", "\u1362", "\u104b", "\u0589")
CARD_TITLE_MIN_WORDS = 3
"""A card's title has at least this many words: a doubled "Advertisement" or section label is no title."""
CARD_TITLE_MAX_WORDS = 20
"""A card's title is a headline: at most this many words."""
CARD_TITLE_MIN_LETTERS = 0.6
"""A title is mostly letters: a doubled phone number or date is no title."""
CARD_LABEL_MAX_WORDS = 3
"""A section label over each copy of the title ("Business", "Climate & Environment") is this short."""
CARD_SUMMARY_MAX_WORDS = 60
"""A card's summary is one sentence of at most this many words; a longer line is the article's own."""

GLUED_MIN_CHARS = 3
"""Each copy of a text glued to itself has at least this many characters ("haha" is a word)."""
SHOUT_MIN_WORDS = 8
"""A line in capitals this long is a shouted teaser; the article's shouted subheadings are shorter."""
SHOUT_MIN_CASED = 8
"""A line needs this many cased letters to count as written in capitals (not "(PEPA)" or "FAQ")."""
SHOUT_UPPER_SHARE = 0.95
"""Share of a line's cased letters that are capitals for the line to count as shouted."""

TITLE_LABELS = frozenset({Label.HEADLINE, Label.PROMO})
"""A card's title reads as a headline or a teaser to the classifiers; a doubled caption reads as a caption."""

_LETTER = regex.compile(r"\p{L}")
_SENTENCE_END = regex.compile(r"[.!?。！？…][\"'”’)」』]*$")

# A sentence that ends inside the line ("... cuts. The firm ..."): the article's prose, not a one-sentence summary.
_INNER_END = regex.compile(r"[.!?…][\"'”’)]*\s+[\"'“‘(]*\p{Lu}")

TEASER_MIN_MARKED = 2
"""A teaser list closing the span has at least this many marked teasers (a "read more" link, a repeat)."""
TEASER_MAX_SHARE = 0.4
"""The teaser list cut from the span's end takes at most this share of the span's body words."""
TEASER_MANY_MARKED = 4
"""A list with this many marked teasers is cut whatever share of the span it holds, as long as some story stays."""
TEASER_HEADING_MAX_WORDS = 8
"""A heading right over the teaser list ("Die meistgelesenen Artikel", "Related stories") is this short."""

# The link under a teaser's summary: "... Welche Regeln gelten? mehr...", "Continue reading →",
# "Lire la suite", "[…]". A one-word link ("mehr", "more", "więcej") only counts after a sentence's
# end, since "... gibt es nicht mehr" is prose; the longer phrases count at any line's end.
_READ_MORE = regex.compile(
    r"[.!?…:\"”»)]\s*(?i:mehr|more|plus|más|mais|meer|più|więcej|dalej|daha|mer|mere|lisää|další|tovább|"
    r"подробнее|далее)\s*(?:\.{2,3}|…|»|›|>{1,2}|→|\))?\s*$"
    r"|(?:^|\s)(?i:weiterlesen|mehr lesen|mehr erfahren|read more|read the rest|continue reading|keep reading|"
    r"read full (?:story|article)|full story|lire la suite|en savoir plus|leer más|seguir leyendo|sigue leyendo|"
    r"leia mais|continue lendo|leggi tutto|leggi di più|continua a leggere|lees meer|lees verder|verder lezen|"
    r"czytaj dalej|czytaj więcej|читать далее|läs mer|les mer|læs mere|lue lisää|devamını oku|číst dále)"
    r"\s*(?:\.{2,3}|…|»|›|>{1,2}|→|\))?\s*$"
    r"|\[(?:…|\.\.\.)\]\s*$"
)
# A teaser's summary cut off by the site at a fixed length: an ellipsis right after a word, a
# comma or a dash ("Die neuen…", "Tomaten-…", "übergehen,…"), where no sentence has ended. The
# article's own paragraphs end on a full sentence; a trailing ellipsis there follows a word too
# ("Eu sou assim mesmo…"), so one truncated line alone marks nothing: the list needs two.
_TRUNCATED = regex.compile(r"[\p{L}\p{N},;\-–—]\s?(?:…|\.{3})\s*$")
TEASER_REACH = 30
"""How many of the span's last non-blank lines are searched for teasers with "read more" links."""
TWICE_MIN_WORDS = 8
"""A teaser's summary printed twice has at least this many words: a repeated "Share / Tweet" pair is no teaser."""
_READ_MORE_LAST = frozenset("…»›>→)]")
"""The marks a "read more" link may end on besides a word's letter or dots (``_READ_MORE``'s closing marks)."""
_READ_MORE_LINE_MAX_WORDS = 4
"""A "read more" link on a line of its own under the summary is this short."""
LABELLED_MIN_CARDS = 3
"""A run of labelled cards closing the span holds at least this many cards: two could be a story's last sections."""
LABELLED_TITLE_MIN_WORDS = 2
"""A labelled card's title has at least this many words: its label above it tells it from a stray word."""
LABELLED_MAX_LABELS = 3
"""At most this many short lines (a counter under the last card, a section label, a kicker) stand over a title."""
LABELLED_TRAIL = 3
"""At most this many body lines (a form's notices) may follow the run's last card inside the span."""


def all_capitals(line: Line) -> bool:
    """The line is written in capital letters (scripts without case never are).

    >>> from newsclean.lines import split_lines
    >>> all_capitals(split_lines("MAYOR OPENS THE NEW RIVER BRIDGE")[0])
    True
    """
    upper = sum(c.isupper() for c in line.text)
    lower = sum(c.islower() for c in line.text)
    return upper >= SHOUT_MIN_CASED and upper >= SHOUT_UPPER_SHARE * (upper + lower)


def glued_twice(line: Line) -> bool:
    """The line is one text printed twice with nothing between: an image's alt text and title.

    >>> from newsclean.lines import split_lines
    >>> glued_twice(split_lines("deep enddeep end")[0]), glued_twice(split_lines("Ha ha")[0])
    (True, False)
    """
    text = line.text.strip()
    half, odd = divmod(len(text), 2)
    if odd or half < GLUED_MIN_CHARS:
        return False
    # a copy that ends a sentence is a sentence printed twice (left to the twin vote), not a marker
    return text[:half] == text[half:] and _LETTER.search(text) is not None and not _SENTENCE_END.search(text)


def shouted_teaser(line: Line) -> bool:
    """A line in capitals that links another story or calls to action, not a subheading.

    An article's shouted subheading is short ("WHO IS THE FRONT-RUNNER?") or asks; a
    shouted line of a headline's length that does not ask, or one that ends in "!",
    is a teaser for another story or a call to action.

    >>> from newsclean.lines import split_lines
    >>> shouted_teaser(split_lines("GET THE QUIZ: INSTANT DOWNLOAD!")[0])
    True
    >>> shouted_teaser(split_lines("WILL SOMEONE STAND UP FOR THE ESTABLISHMENT?")[0])
    False
    """
    if not all_capitals(line):
        return False
    text = line.text.rstrip()
    if text.endswith("?"):
        return False
    # words with letters: a table row in capitals ("HD HOME DEPOT INC. 225.86 -12.99 -5.44%") counts its names only
    worded = sum(1 for token in text.split() if _LETTER.search(token))
    return worded >= SHOUT_MIN_WORDS or text.endswith("!")






def _title_shaped(line: Line) -> bool:
    """A line that can be a card's title: a short unbulleted line that ends no sentence with a period.

    Any script's full stop counts, as a title in Chinese or Hindi ends on none ("。", "।"):

    >>> from newsclean.lines import split_lines
    >>> [_title_shaped(line) for line in split_lines("Council Opens The Bridge\\n市议会周一投票通过了新预算。")]
    [True, False]
    """
    return (
        CARD_TITLE_MIN_WORDS <= line.words <= CARD_TITLE_MAX_WORDS
        and not line.bullet
        and line.letter_ratio >= CARD_TITLE_MIN_LETTERS
        and not line.text.rstrip().endswith(_FULL_STOPS)
    )


def _same(a: Line, b: Line) -> bool:
    """Two lines that print the same words."""
    key = normalize_key(a.text)
    return bool(key) and key == normalize_key(b.text)


def _copy_of_title(lines: Sequence[Line], i: int, last: int) -> tuple[int, int | None] | None:
    """The second copy of the title at ``i`` and the label between the copies, if the card's shape holds.

    Either the copy is the next non-blank line, or one short label stands between the
    copies and the same label stands right above the first one.
    """
    j = nearest(lines, i, 1, hi=last)
    if j is None:
        return None
    if _same(lines[i], lines[j]):
        return j, None
    k = nearest(lines, j, 1, hi=last)
    above = nearest(lines, i, -1)
    if (
        k is not None
        and above is not None
        and lines[j].words <= CARD_LABEL_MAX_WORDS
        and _same(lines[i], lines[k])
        and _same(lines[above], lines[j])
    ):
        return k, j
    return None


def _summary(lines: Sequence[Line], out: Sequence[Revised], k: int, last: int, *, boxed: bool) -> bool:
    """Whether line ``k`` under a card's title is the card's summary.

    It is one body sentence of at most ``CARD_SUMMARY_MAX_WORDS`` words, and the card
    shows where it ends: a section label over the title (``boxed``), or no body line
    right under the summary (an ad slot, the next card). A doubled caption is followed by
    the article's next paragraph and then another one, so that paragraph stays.
    """
    line = lines[k]
    if out[k].label is not Label.BODY or line.words > CARD_SUMMARY_MAX_WORDS or not line.terminal:
        return False
    if _INNER_END.search(line.text.rstrip()) is not None:
        return False
    after = nearest(lines, k, 1, hi=last)
    return boxed or after is None or out[after].label is not Label.BODY


def _card_at(lines: Sequence[Line], out: Sequence[Revised], i: int, first: int, last: int) -> list[int]:
    """The lines of the card whose title is line ``i``, or none if the card's shape does not hold."""
    copy = _copy_of_title(lines, i, last)
    if copy is None:
        return []
    end, label = copy
    above = nearest(lines, i, -1, lo=first)
    card = [above] if label is not None and above is not None else []
    card.extend(k for k in (i, label, end) if k is not None)
    summary = end + 1  # the summary sits right under the title, no blank line between
    if summary <= last and lines[summary].text and _summary(lines, out, summary, last, boxed=label is not None):
        card.append(summary)
        end = summary
    return card if lines[end].blank_after else []


def card_teasers(
    lines: Sequence[Line], out: Sequence[Revised], first: int, last: int, headline: int | None = None
) -> list[int]:
    """The lines of teaser cards inside the article span ``[first, last]``.

    A card opens on a title-shaped line whose copy follows at once (or after a short
    label that also stands above the title), with a body line of the span above it and
    other words than the page's headline, so a headline printed twice over the lede is
    no card. Its lines are the labels, both copies of the title and, when the line right
    under them is a one-sentence body line, its summary; a blank line closes the card
    (a table's header printed twice runs on into its rows).

    Args:
        lines: the page's logical lines.
        out: the revised labels so far, one per line.
        first: the first line of the article span.
        last: the last line of the article span.
        headline: the index of the page's headline line, if one is known.

    Returns:
        The indexes of the cards' lines, in order.

    >>> from newsclean.lines import split_lines
    >>> from newsclean.pipeline import Revised
    >>> card = "Business\\nOther Story Title\\nBusiness\\nOther Story Title\\nIts summary."
    >>> ls = split_lines(f"Our story goes on here.\\n\\n{card}\\n\\nMore.")
    >>> rv = [Revised(Label.HEADLINE if ln.text.startswith("Other") else Label.BODY, 1.0, "t", "") for ln in ls]
    >>> card_teasers(ls, rv, 0, len(ls) - 1)
    [2, 3, 4, 5, 6]

    .. versionadded:: 0.1.0
    """
    found: list[int] = []
    seen_body = False
    i = first
    while i <= last:
        line = lines[i]
        if not line.text:
            i += 1
            continue
        opens = (
            seen_body
            and out[i].label in TITLE_LABELS
            and _title_shaped(line)
            and (headline is None or not _same(line, lines[headline]))
        )
        card = _card_at(lines, out, i, first, last) if opens else []
        if card:
            found.extend(card)
            i = card[-1] + 1
            continue
        seen_body = seen_body or out[i].label is Label.BODY
        i += 1
    return found


def read_more(line: Line) -> bool:
    """The line ends on a teaser's "read more" link.

    >>> from newsclean.lines import split_lines
    >>> [read_more(ln) for ln in split_lines("Was gilt jetzt? mehr...\\nDas gibt es nicht mehr.\\nContinue reading")]
    [True, False, True]
    """
    return _may_read_more(line.text) and _READ_MORE.search(line.text) is not None


def _may_read_more(text: str) -> bool:
    """Whether ``_READ_MORE`` can match ``text`` at all, told from its last characters (an exact pre-filter).

    Every match ends, before trailing white space, on a lexicon word's letter, one of the link's closing
    marks or two dots at least; an article's sentence ends on one dot, a quote mark or a question mark,
    and a search through its whole length would find nothing.

    >>> [_may_read_more(t) for t in ("Er sagte, es gebe nichts mehr.", "Lire la suite …  ", "Was nun? mehr..", "")]
    [False, True, True, False]
    """
    end = text.rstrip()[-1:]
    return end.isalpha() or end in _READ_MORE_LAST or (end == "." and text.rstrip().endswith(".."))


def truncated(line: Line) -> bool:
    """The line ends on an ellipsis where no sentence has ended: a summary cut off at a fixed length.

    >>> from newsclean.lines import split_lines
    >>> [truncated(ln) for ln in split_lines("Die neuen Farben sind da und…\\nSo ging es aus.\\nEr sagte: Warten...")]
    [True, False, True]
    """
    return _TRUNCATED.search(line.text) is not None


def _link_only(text: str) -> bool:
    """The line is a "read more" link and nothing else."""
    found = _READ_MORE.search(text) if _may_read_more(text) else None
    return found is not None and _LETTER.search(text, 0, found.start()) is None


def _teaser_at(lines: Sequence[Line], out: Sequence[Revised], end: int, first: int) -> tuple[int, bool] | None:
    """The first line of the teaser that ends at line ``end``, and whether it is marked; None if no teaser does.

    A teaser is a title-shaped line, maybe under a short section label, then a summary of at
    most ``CARD_SUMMARY_MAX_WORDS`` words that ends a sentence or on a "read more" link,
    maybe followed by that link on a line of its own. It is marked when a link ends it or
    its summary is printed elsewhere on the page too (the list repeats a story, or shows
    the article's own lede); a title alone may repeat, as a subheading does in a table of
    contents.
    """
    k: int | None = end
    marked = False
    if lines[end].words <= _READ_MORE_LINE_MAX_WORDS and _link_only(lines[end].text):
        marked = True
        k = nearest(lines, end, -1, lo=first + 1)
    if k is None:
        return None
    summary = lines[k]
    more = read_more(summary)
    if summary.words > CARD_SUMMARY_MAX_WORDS or not (summary.terminal or more) or summary.bullet:
        return None
    title = nearest(lines, k, -1, lo=first + 1)
    if title is not None and out[title].label is Label.BYLINE:
        # a card's byline between its title and its summary: the title is the line above it (cleaned
        # again without the byline, the title stands right over the summary)
        title = nearest(lines, title, -1, lo=first + 1)
    if title is None or not _title_shaped(lines[title]) or out[title].label is Label.BYLINE:
        return None
    if continues(lines[title], summary):
        # the pieces of one hard-wrapped paragraph, not a title over its summary: the body prints them
        # as one paragraph, and cleaned again it would be no teaser
        return None
    marked = marked or more or summary.repeats > 0 or truncated(summary)
    label = nearest(lines, title, -1, lo=first + 1)
    # a "read more" link over the title closes the teaser above; it labels nothing
    if (
        label is not None
        and lines[label].words <= CARD_LABEL_MAX_WORDS
        and not lines[label].terminal
        and not _link_only(lines[label].text)
    ):
        title = label
    return title, marked


def _chain_up(lines: Sequence[Line], out: Sequence[Revised], end: int, first: int) -> tuple[int | None, int]:
    """The first line of the run of teasers ending at line ``end`` (None when none does) and how many are marked."""
    start: int | None = None
    marked = 0
    at: int | None = end
    while at is not None and at > first:
        teaser = _teaser_at(lines, out, at, first)
        if teaser is None:
            break
        start, mark = teaser
        marked += mark
        at = nearest(lines, start, -1, lo=first + 1)
    return start, marked


def _linked_teasers(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int) -> tuple[int | None, int]:
    """The first line of a list of teasers with "read more" links in the span's last part, when it holds enough.

    Also returns how many linked teasers the list holds.

    The site's boxes under a story may go on past the teasers (a newsletter form, links);
    among the span's last ``TEASER_REACH`` lines, teasers whose summaries end on a link say
    that the story is over: the list starts at the earliest of them (or at the unmarked
    teasers right above it).
    """
    found: list[int] = []
    seen = 0
    k: int | None = last
    while k is not None and k > first and seen < TEASER_REACH:
        seen += 1
        teaser = _teaser_at(lines, out, k, first) if read_more(lines[k]) else None
        if teaser is not None and teaser[1]:
            found.append(teaser[0])
            k = teaser[0]
        k = nearest(lines, k, -1, lo=first + 1)
    if len(found) < TEASER_MIN_MARKED:
        return None, len(found)
    above = nearest(lines, found[-1], -1, lo=first + 1)
    start = _chain_up(lines, out, above, first)[0] if above is not None else None
    return (found[-1] if start is None else start), len(found)


def teaser_tail(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int) -> int:
    """The span's new last index once a list of teasers closing it is cut (``last`` when there is none).

    Walking up from the span's end, teasers follow one another (see :func:`_teaser_at`);
    the list is cut when at least ``TEASER_MIN_MARKED`` of them are marked, with a short
    heading right over it, and when it holds at most ``TEASER_MAX_SHARE`` of the span's
    body words. The article's own subheadings and paragraphs neither end on a "read more"
    link nor repeat, so a run of them stays.

    >>> from newsclean.lines import split_lines
    >>> from newsclean.pipeline import Revised
    >>> story = "\\n\\n".join(["The council met on Monday and voted on the new budget for the year."] * 4)
    >>> one = "Other Story Title Here\\nWhat happened next? more..."
    >>> two = "Another Story Title\\nIts summary. Read more"
    >>> ls = split_lines(f"{story}\\n\\nMost read\\n\\n{one}\\n\\n{two}")
    >>> rv = [Revised(Label.BODY, 1.0, "t", "") for ln in ls]
    >>> teaser_tail(ls, rv, 0, len(ls) - 1)
    6
    """
    start, marked = _chain_up(lines, out, last, first)
    if start is None or marked < TEASER_MIN_MARKED:
        start, marked = _linked_teasers(lines, out, first, last)
    # so many teasers with "read more" links are a list of other stories whatever its size: a
    # short story (a blog's three-line post) may sit over a list several times its length
    share = 1.0 if marked >= TEASER_MANY_MARKED else TEASER_MAX_SHARE
    # the earliest list whose cut keeps enough of the story: a block printed twice may open
    # above the teasers the chain finds, or be all the tail there is
    labelled = labelled_cards(lines, out, first, last)
    starts = {
        *_printed_twice(lines, out, first, last),
        *([] if start is None else [start]),
        *([] if labelled is None else [labelled]),
    }
    for begin in sorted(starts):
        end = _cut_before(lines, out, first, last, begin, share=share if begin == start else TEASER_MAX_SHARE)
        if end is not None:
            return end
    return last


def _label_line(line: Line) -> bool:
    """A card's section label or counter: a short line that ends no sentence ("Wildtiere", "110 Likes")."""
    return 0 < line.words <= CARD_LABEL_MAX_WORDS and not line.terminal and not line.bullet


def _card_summary(line: Line) -> bool:
    """A card's summary: a line of at most ``CARD_SUMMARY_MAX_WORDS`` words that is prose.

    It ends a sentence, or holds one and is cut off at the site's fixed length ("... Er hat
    am Montag eine Motion angenommen"), or runs longer than any title.
    """
    if line.bullet or not 0 < line.words <= CARD_SUMMARY_MAX_WORDS:
        return False
    text = line.text.rstrip()
    return line.terminal or line.words > CARD_TITLE_MAX_WORDS or _INNER_END.search(text) is not None


def _card_title(line: Line) -> bool:
    """A labelled card's title: a headline-length line of letters that ends no sentence."""
    return (
        LABELLED_TITLE_MIN_WORDS <= line.words <= CARD_TITLE_MAX_WORDS
        and not line.terminal
        and not line.bullet
        and line.letter_ratio >= CARD_TITLE_MIN_LETTERS
    )


def _card_head(lines: Sequence[Line], summary: int, first: int) -> list[int] | None:
    """The labels and title over the summary at ``summary`` (top first), or None when the card's shape fails.

    Right over the summary stands the title; over it one to ``LABELLED_MAX_LABELS`` short
    lines: the section label, and the previous card's counter when the site prints one.
    """
    title = nearest(lines, summary, -1, lo=first + 1)
    if title is None or not _card_title(lines[title]):
        return None
    head = [title]
    k = nearest(lines, title, -1, lo=first + 1)
    while k is not None and len(head) <= LABELLED_MAX_LABELS and _label_line(lines[k]):
        head.insert(0, k)
        k = nearest(lines, k, -1, lo=first + 1)
    if len(head) < 2:  # a title and a label at least
        return None
    # a text browser prints the card's image as its alt text, a title over the labels, right under the
    # previous card's summary (or the span's start)
    above = nearest(lines, k, -1, lo=first + 1) if k is not None else None
    if k is not None and _card_title(lines[k]) and (above is None or _card_summary(lines[above])):
        head.insert(0, k)
    return head


def _labelled_run(lines: Sequence[Line], end: int, first: int) -> int | None:
    """The first line of the run of labelled cards whose last summary is line ``end``, when it holds enough."""
    k: int | None = end
    start: int | None = None
    count = 0
    labels: dict[str, int] = {}  # each label's text: how many cards it stands over
    while k is not None and k > first and _card_summary(lines[k]):
        head = _card_head(lines, k, first)
        if head is None:
            break
        start, count = head[0], count + 1
        for key in {normalize_key(lines[i].text) for i in head[:-1]} - {""}:
            labels[key] = labels.get(key, 0) + 1
        k = nearest(lines, head[0], -1, lo=first + 1)
    repeated = any(n > 1 for n in labels.values())
    return start if count >= LABELLED_MIN_CARDS and repeated else None


def labelled_cards(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int) -> int | None:
    """The first line of a run of labelled teaser cards closing the span ``[first, last]``; None if there is none.

    A card is one or more short labels, a title and a summary, each on a line of its own; a
    box of related stories under the article prints at least ``LABELLED_MIN_CARDS`` of them one
    after another. The run ends among the span's last ``TEASER_REACH`` lines, with at most
    ``LABELLED_TRAIL`` body lines under it (a comment form's notices). An article's subheadings
    carry no label above them, and a listicle numbers its items, so the run counts only when
    one label's text stands over two or more of its cards (the section, "Wildtiere", "B2B").

    >>> from newsclean.lines import split_lines
    >>> from newsclean.pipeline import Revised
    >>> card = "Sport\\nThe team wins its final game\\nA late goal settled it."
    >>> ls = split_lines("\\n".join(["The story ends here with its last sentence."] + [card] * 3))
    >>> labelled_cards(ls, [Revised(Label.BODY, 1.0, "t", "")] * len(ls), 0, len(ls) - 1)
    1
    """
    if _card_summary(lines[last]):
        # the span may end inside the box: its first cards in the span, the rest right under it
        end = _cards_below(lines, last)
        start = _labelled_run(lines, end, first) if end > last else None
        if start is not None and start <= last:
            return start
    trail = 0  # body lines under the run
    seen = 0
    k: int | None = last
    while k is not None and k > first and seen < TEASER_REACH and trail <= LABELLED_TRAIL:
        start = _labelled_run(lines, k, first) if _card_summary(lines[k]) else None
        if start is not None:
            return start
        seen += 1
        trail += out[k].label is Label.BODY
        k = nearest(lines, k, -1, lo=first + 1)
    return None


def _cards_below(lines: Sequence[Line], end: int) -> int:
    """The last summary of the labelled cards that follow one another right under line ``end`` (``end`` if none do).

    Each next card opens on the line right under the last summary: labels, a title, a summary.
    """
    for _ in range(TEASER_REACH):
        top = k = nearest(lines, end, 1)
        # an alt text, the labels and a title over the summary
        for _ in range(LABELLED_MAX_LABELS + 2):
            if k is None:
                return end
            if _card_summary(lines[k]) and (head := _card_head(lines, k, end)) is not None and head[0] == top:
                break
            k = nearest(lines, k, 1)
        else:
            return end
        end = k
    return end


def _cut_before(
    lines: Sequence[Line], out: Sequence[Revised], first: int, last: int, start: int, *, share: float = TEASER_MAX_SHARE
) -> int | None:
    """The span's new last index when the teasers from ``start`` on are cut; None when they hold over ``share``."""
    end = nearest(lines, start, -1, lo=first + 1)
    if end is not None and lines[end].words <= TEASER_HEADING_MAX_WORDS and not lines[end].terminal:
        start = end
    total = sum(lines[i].words for i in range(first, last + 1) if out[i].label is Label.BODY)
    dropped = sum(lines[i].words for i in range(start, last + 1) if out[i].label is Label.BODY)
    if total == 0 or dropped > share * total or dropped == total:
        return None
    k = start - 1
    while k > first and (not lines[k].text or out[k].label is not Label.BODY):
        k -= 1
    return k


def _printed_twice(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int) -> list[int]:
    """The first lines of teasers in the span that the span prints again further down.

    A teaser is a title-shaped line over a body line of at least ``TWICE_MIN_WORDS`` words; a
    box of related stories under the article (a carousel, "most read" and "latest" lists) shows
    the same story twice, while the article never repeats a subheading together with the
    paragraph under it. The first copy of each such pair is returned, in order, when only
    repeated lines stand between it and the next copy.
    """
    seen: dict[tuple[str, str], int] = {}
    starts: list[int] = []
    prev: int | None = None
    single = 0  # how many lines printed once the span holds so far
    singles: dict[int, int] = {}  # that count at each pair's first copy
    for i in range(first, last + 1):
        if not lines[i].text:
            continue
        if prev is not None and _twice_pair(lines, out, prev, i):
            key = (normalize_key(lines[prev].text), normalize_key(lines[i].text))
            copy = seen.setdefault(key, prev)
            singles.setdefault(copy, single)
            # only other repeated lines stand between the copies: a card between the story's
            # paragraphs that the list at the end shows again keeps the paragraphs under it
            if copy != prev and singles[copy] == single:
                starts.append(copy)
        single += lines[i].repeats == 0
        prev = i
    return sorted(set(starts))


def _twice_pair(lines: Sequence[Line], out: Sequence[Revised], title: int, summary: int) -> bool:
    """Whether lines ``title`` and ``summary`` (the next non-blank one) can be a teaser printed more than once."""
    top, below = lines[title], lines[summary]
    return (
        top.repeats > 0
        and below.repeats > 0
        and out[summary].label is Label.BODY
        and below.words >= TWICE_MIN_WORDS
        and CARD_TITLE_MIN_WORDS <= top.words <= CARD_TITLE_MAX_WORDS
        and not top.terminal
    )
