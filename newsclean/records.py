"""Lists of records that are an article's body: a season's calendar, a results table, a price list.

Some articles are little more than a list: "Calendar 2018" over a dateline, then "Round 1: 10 March
– Interlagos", "Round 2: 8 April – Curitiba", ... Each item is a short line that reads as a title or
a menu entry, never as prose, so the region search (:func:`newsclean.context.find_regions`) finds
nothing under the headline and picks a sidebar's blurbs instead.

Such a list has a shape no menu has: its items are *records*, short lines of three words or more
that share one pattern of punctuation (the same colons, dashes and brackets in the same order)
and mostly hold a figure (a date, a score, a price). A menu's items are bare names; a list of
other stories' titles has no common punctuation. Where such a list opens right under the
article's header (its headline, byline or dateline), with no prose between, it is the article.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from newsclean.labels import Label
from newsclean.lines import Line, normalize_key
from newsclean.pipeline import Decision
from newsclean.walk import nonblank_between

__all__ = [
    "RECORDS_REASON",
    "RECORD_RUN_MIN",
    "all_records",
    "as_record",
    "header_close",
    "header_records",
    "punctuation_shape",
    "record_run",
    "under_no_prose",
]

# What is left of a line once its words, spaces and the punctuation of any sentence are taken out:
# the marks that structure a record (":", "–", "(", ")", "|"). Quotes go too: teaser titles quote
# their speakers ("Jane Doe: “I was lucky”").
_PROSE_MARKS = regex.compile(r"[\w\s.,!?&/\"'\p{Pi}\p{Pf}«»„“”‘’]+")
# A list of records has at least this many items, one a line, no blank line between them.
RECORD_RUN_MIN = 5
# Each item has this many words at least (a menu's "Home", "World" are one or two) and at most
# this many (a longer line is a paragraph).
RECORD_MIN_WORDS = 3
RECORD_MAX_WORDS = 20
# At least this share of the items share one pattern of at least RECORD_MIN_MARKS marks...
RECORD_SHAPE_SHARE = 0.8
RECORD_MIN_MARKS = 2
# ... and at least this share hold a figure.
RECORD_DIGIT_SHARE = 0.6
# A sure vote for chrome (a menu's "Contact", a share bar) is no record.
RECORD_CHROME_MAX = 0.6
# The list opens at most this many non-blank lines under the header (its share bar, a section tag
# and the list's own title may stand between).
HEADER_REACH = 6
# A header line: a confident byline or dateline.
HEADER_SCORE = 0.6
# An article's header stands over its text: a date under more than this many words of prose (two
# sentences of a lead) is a date inside a page whose article is that prose (a row of a table, say).
HEADER_PROSE_MAX = 40


def punctuation_shape(text: str) -> str:
    """The marks of a line that are no sentence's punctuation, in order: its pattern as a record.

    >>> punctuation_shape("Round 1: 10 March – Interlagos"), punctuation_shape("Spain (Group F): 11th.")
    (':–', '():')
    """
    return _PROSE_MARKS.sub("", text)


def _item(line: Line, d: Decision) -> bool:
    """Whether a line may be a record: a short line of a few words, no sure chrome, no paragraph."""
    if not RECORD_MIN_WORDS <= line.words <= RECORD_MAX_WORDS:
        return False
    return d.label is Label.BODY or d.score < RECORD_CHROME_MAX


def _stretch(lines: Sequence[Line], decisions: Sequence[Decision], start: int) -> list[int]:
    """The items from ``start`` on, one a line, over single blank lines, up to a line that is no item."""
    run: list[int] = []
    k = start
    while k < len(lines):
        if not lines[k].text:
            # a cleaned body prints each item as a paragraph of its own: one blank line goes on, two end it
            if not run or k + 1 >= len(lines) or not lines[k + 1].text:
                break
            k += 1
            continue
        if not _item(lines[k], decisions[k]):
            break
        run.append(k)
        k += 1
    return run


def _records(lines: Sequence[Line], run: list[int]) -> list[int]:
    """The records of a run of items, from its first item of the common shape; none if they are no records.

    Enough of them, one shape of punctuation, mostly figures. Lines above the first item of that
    shape (the list's own title, a line of prose over it) are no records.
    """
    if len(run) < RECORD_RUN_MIN:
        return []
    shapes = [punctuation_shape(lines[i].text.removeprefix(lines[i].bullet)) for i in run]
    shape, count = Counter(shapes).most_common(1)[0]
    if len(shape) < RECORD_MIN_MARKS:
        return []
    lead = shapes.index(shape)
    run = run[lead:]
    if len(run) < RECORD_RUN_MIN or count < RECORD_SHAPE_SHARE * len(run):
        return []
    digits = sum(1 for i in run if any(ch.isdigit() for ch in lines[i].text))
    return run if digits >= RECORD_DIGIT_SHARE * len(run) else []


def record_run(lines: Sequence[Line], decisions: Sequence[Decision], start: int) -> list[int]:
    """The list of records that opens at line ``start``, or none: its items' indexes.

    The items run from ``start`` (or the first item of the common shape after it) to two blank
    lines or a line that is no item; at least
    ``RECORD_RUN_MIN`` of them, ``RECORD_SHAPE_SHARE`` sharing one punctuation pattern of
    ``RECORD_MIN_MARKS`` marks or more, ``RECORD_DIGIT_SHARE`` holding a figure.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("\\n".join(f"Round {n}: {n + 9} March – Track {n}" for n in range(1, 7)))
    >>> ds = [Decision(Label.HEADLINE, 0.25, "test", "title-shaped")] * len(ls)
    >>> record_run(ls, ds, 0)
    [0, 1, 2, 3, 4, 5]
    >>> menu = split_lines("News today\\nSport and games\\nWorld and weather\\nAbout our team\\nContact the desk")
    >>> record_run(menu, ds, 0)
    []
    """
    return _records(lines, _stretch(lines, decisions, start))


RECORDS_REASON = "record of a list under the article's header: the article's own item"


def as_record(d: Decision) -> Decision:
    """A record's decision: body, on the list's evidence, and no title (a record is no story's headline).

    The line's other votes stay for the context pass to read; its headline votes go, so that no
    record is taken for the headline, neither under the page's header nor in a body cleaned again
    (where the list opens the text and its first item would otherwise read as the title).

    >>> d = Decision(Label.HEADLINE, 0.25, "headline", "title-shaped", ())
    >>> r = as_record(d)
    >>> r.label.value, r.classifier, r.vote(Label.HEADLINE)
    ('body', 'records', 0.0)
    """
    votes = tuple((name, v) for name, v in d.votes if v.label is not Label.HEADLINE)
    return Decision(Label.BODY, d.score, "records", RECORDS_REASON, votes)


# Chrome that stands in the article's header: a share bar or call to action, a menu's item.
_CHROME = frozenset({Label.NAVIGATION, Label.PROMO})


def _headers(lines: Sequence[Line], decisions: Sequence[Decision], head: int | None) -> list[int]:
    """The lines that may head the article: the confident headline, and the first confident byline or dateline.

    A menu's item may carry the page's title words and win the headline vote; the dateline is then
    the surer sign of where the article starts.
    """
    out = [] if head is None else [head]
    for i, d in enumerate(decisions):
        if lines[i].text and d.label in (Label.BYLINE, Label.DATELINE) and d.score >= HEADER_SCORE:
            return [*out, i]
    return out


def under_no_prose(lines: Sequence[Line], decisions: Sequence[Decision], i: int) -> bool:
    """Whether at most ``HEADER_PROSE_MAX`` words of prose stand above line ``i``: it may be in the article's header.

    A byline or date under the story ("posted by Jane at 12:53") closes it; the header stands over it.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("A short lead.\\n22 January 2018")
    >>> under_no_prose(ls, [Decision(Label.BODY, 0.9, "test", "prose")] * 2, 1)
    True
    """
    return sum(lines[k].words for k in range(i) if decisions[k].label is Label.BODY) <= HEADER_PROSE_MAX


def _records_under(lines: Sequence[Line], decisions: Sequence[Decision], top: int) -> list[int]:
    """The list of records opening within ``HEADER_REACH`` non-blank lines under ``top``, no prose between."""
    seen = 0
    for k in range(top + 1, len(lines)):
        if not lines[k].text:
            continue
        seen += 1
        if seen > HEADER_REACH:
            return []
        run = record_run(lines, decisions, k)
        if run:
            between = range(k, run[0])
            far = seen + nonblank_between(lines, k, run[0]) > HEADER_REACH
            return [] if far or any(decisions[i].label is Label.BODY for i in between) else run
        if decisions[k].label is Label.BODY:
            return []
    return []


def header_records(lines: Sequence[Line], decisions: Sequence[Decision], head: int | None) -> list[int]:
    """The list of records that opens right under the article's header: the article's own items.

    The header is the confident headline (``head``) or the first confident byline or dateline
    (the first of them a list opens under counts). The list must open within ``HEADER_REACH``
    non-blank lines under it, with no prose line between (prose under the header is the article's
    text, and a list after it is judged with the rest of the page), and no more than
    ``HEADER_PROSE_MAX`` words of prose may stand above the header.

    >>> from newsclean.lines import split_lines
    >>> text = "Calendar 2018\\n" + "\\n".join(f"Round {n}: {n + 9} March – Track {n}" for n in range(1, 7))
    >>> ls = split_lines("22 January 2018\\n\\n" + text)
    >>> ds = [Decision(Label.DATELINE, 0.85, "test", "date")] + [Decision(Label.HEADLINE, 0.25, "test", "t")] * 9
    >>> header_records(ls, ds, None)
    [3, 4, 5, 6, 7, 8]

    .. versionadded:: 0.1.0
    """
    for top in _headers(lines, decisions, head):
        if not under_no_prose(lines, decisions, top):
            continue
        run = _records_under(lines, decisions, top)
        if run:
            return run
    return []


def header_close(
    lines: Sequence[Line], decisions: Sequence[Decision], head: int | None, records: Sequence[int]
) -> int | None:
    """Where the list article under the header ends: the first copy, under its records, of its header's chrome.

    "22 January 2018" / "Share this on WhatsApp" / the records / a note / "Share this on WhatsApp" /
    a sidebar: the share bar above the list is printed again under the article, and a sidebar's
    blurbs after it are no part of the list, however much prose they hold. Returns the index of
    that copy, or None (no records, or no chrome line of the header printed again).

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("Calendar 2018\\nShare it\\nRound 1\\nRound 2\\nShare it\\nA blurb on another page.")
    >>> ds = [Decision(Label.HEADLINE, 0.8, "test", "title"), Decision(Label.PROMO, 0.6, "test", "call to action")]
    >>> header_close(ls, ds + [Decision(Label.BODY, 0.9, "test", "prose")] * 4, 0, [2, 3])
    4

    .. versionadded:: 0.1.0
    """
    tops = [top for top in _headers(lines, decisions, head) if top < records[0]] if records else []
    if not tops:
        return None
    top = max(tops)
    chrome = {
        normalize_key(lines[k].text)
        for k in range(top + 1, records[0])
        if lines[k].text and decisions[k].label in _CHROME
    }
    if not chrome:
        return None
    for k in range(records[-1] + 1, len(lines)):
        if lines[k].text and normalize_key(lines[k].text) in chrome:
            return k
    return None


def all_records(lines: Sequence[Line], decisions: Sequence[Decision]) -> list[int]:
    """The items of every list of records on the page, in order. Linear: each line starts one run at most.

    On a page with no chrome at all (an article's body cleaned again) every such list is the
    article's, as it was when the list stood under the page's header.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("\\n".join(f"Round {n}: {n + 9} March – Track {n}" for n in range(1, 6)))
    >>> all_records(ls, [Decision(Label.HEADLINE, 0.25, "test", "title-shaped")] * 5)
    [0, 1, 2, 3, 4]
    """
    out: list[int] = []
    k = 0
    while k < len(lines):
        run = _stretch(lines, decisions, k)
        out.extend(_records(lines, run))
        k = run[-1] + 1 if run else k + 1
    return out
