"""Reflow hard-wrapped dumps: join the lines of a wrapped paragraph into one logical line.

``w3m -dump``, ``lynx -dump``, e-mail and terminal copies break every paragraph at a
fixed column. A wrapped paragraph is a run of lines where each line but the last is
nearly as long as the wrap width, and the next line's first word would not have
fitted on it. The wrap width is read off the page itself: the length that many long
lines reach but almost none exceed.

Pages that are not wrapped are returned line for line.

A text-mode browser also lays a page's columns side by side: the article on the left,
a sidebar of teasers on the right, on the same rows, each column wrapped at its own
width. :func:`find_columns` finds such blocks (a gutter column that no text crosses,
with prose-wide text on its left and text on its right on many rows) and, when asked
(``CleanConfig.columns``), the reflow reads them column by column: the left column's
paragraphs keep the block's source lines, the right column's follow them with an empty
span (their characters sit on the same source lines).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Literal, NamedTuple

import regex

from newsclean.classifiers.lexicon import PROMO_PHRASE
from newsclean.lines import _BULLET

__all__ = [
    "Column",
    "Row",
    "detect_wrap_width",
    "find_columns",
    "flowing_wrap_width",
    "join_wrapped",
    "reflow",
    "reflow_columns",
    "wrap_widths",
]

Row = tuple[str, int, int]
"""A logical line's raw text and its span of source lines ``[start, end)``."""

# A wrapped page has many lines ending within this many columns of the width; a
# paragraph's last line is usually shorter, menu items much shorter.
WRAP_BAND = 16
# Narrowest and widest wrap widths we consider (terminals, e-mail at 72, w3m at 80, wide 132).
MIN_WIDTH, MAX_WIDTH = 40, 200
# At least this many, and this share of, the lines that are at least half the width
# must sit in the band below it before a page counts as wrapped.
MIN_BAND_LINES = 4
MIN_BAND_SHARE = 0.3
# Lines longer than the width are allowed (unbreakable URLs), but only this share.
MAX_OVER_SHARE = 0.02
SEARCH_OVER_SHARE = 0.06
# A narrower wrap width beside the page's own (see _narrow_width): at least this share of the lines
# ending in its band break a sentence mid-way (a table's cells or a list's items end there too).
NARROW_BREAK_SHARE = 0.5
# A run of single lines narrower than the page's width (a table cell a page lays its text in, a
# paragraph beside a wider quote) is at least this wide and this many lines long before it is
# joined at its own width.
NARROW_MIN_WIDTH, NARROW_RUN_LINES = 24, 3
# A run that is not a narrow column's text as a whole may open with some: its heads are read up to
# this many lines (a few paragraphs of a 30-column cell), not every head of a long run.
NARROW_HEAD_MAX_LINES = 40
# Side-by-side columns: the left column is at least MIN_LEFT columns wide and the right one
# MIN_RIGHT; a block needs MIN_SPLIT rows with text on both sides and a row with text on the
# right only (the columns end on different rows). Most two-sided rows' left text must reach
# within LEFT_REACH columns of the gutter: a wrapped column, not a table of short cells.
MIN_LEFT, MIN_RIGHT = 20, 15
MIN_SPLIT = 4
LEFT_REACH = 10
MIN_GUTTER_STARTS = 2
# A call to action printed under a teaser's last sentence ("Read more", "weiterlesen 5 Minuten") is this
# many words at most, with only these signs before it.
CALL_MAX_WORDS = 4
_CALL_SIGNS = " »›>→-–—|•*"
# A paragraph's indented first line is indented a few columns (a tab, two wide spaces); a line far
# to the right is a right-aligned link or a centred title, not a paragraph's opening.
MAX_HANGING_INDENT = 8
MAX_GUTTERS = 8
# Columns inside a column (navigation | article | sidebar) are split this many levels deep.
MAX_DEPTH = 2
# A gap of this many spaces inside one side of the gutter is another column.
_GAP = regex.compile(r"\S {3,}\S")
# A dash that may open a list item or stand inside a sentence.
_DASH = regex.compile(r"[-–—]\s+\S")
# A number that may open a numbered item or stand inside a sentence (after a word: "called" /
# "911."), the end of a sentence, and a line that ends in a word.
_NUMBER = regex.compile(r"\(?\d{1,3}[.)](?=\s|$)")
_SENTENCE_END = regex.compile(r"[.!?。！？]$")
_SENTENCE_END_CHARS = frozenset(".!?。！？")
"""The characters :data:`_SENTENCE_END` ends on."""
# A line of only bracketed markers ("[photo-1718_1280][photo-1718_1280]", "[IMG]"): the next image, not the
# rest of a sentence that the line above ended
_MARKERS_ONLY = regex.compile(r"(?:\[[^\[\]\n]{1,200}\]\s*)+")
# Signs of a code listing or a configuration file rather than prose.
_CODE_SIGN = regex.compile(r"[={}<>|\\]")
_LINK = regex.compile(r"://|www\.|\S@\S", regex.IGNORECASE)
_WORD_END = regex.compile(r"\p{L}$")
# A sentence may go on with an emoji on the next line ("... on the couch" / "😀 ."): not the copyright sign
_EMOJI = regex.compile(r"(?![©®])\p{Extended_Pictographic}")
# A line that ends in a short lower-case word ("der", "and", "of", "im") stops in mid-sentence, even
# where the next line goes on with a capital (a German noun, a name): a title or a list's item does not.
_SHORT_WORD_END = regex.compile(r"(?:^|\s)\p{Ll}{1,3}$")
# A line of letters or figures with no word of three letters (a calendar's row of day numbers, "Mo Di Mi
# Do", a table of figures) is laid out, not wrapped: its length says nothing of the wrap width. A rule
# drawn across the page (no letter, no figure) is as wide as the wrap, and counts.
_WORD = regex.compile(r"\p{L}{3}")
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
# A page of many short lines (menus, lists) and a few wrapped paragraphs lets more lines run past the
# width than there are wrapped lines: its widest lines are the width when at least MIN_BAND_LINES of
# them end within TIGHT_BAND columns of it (see _width_of).
TIGHT_BAND = 3
# A few lines (SETTLE_OVER at most) a column or two past the width the page's lines pile up at (SETTLE_LINES
# of them end there exactly) don't set the width (see _settle).
SETTLE_OVER, SETTLE_LINES = 3, 8
# At least this share of the two-sided rows leave two or more spaces before the right column.
RAGGED_SHARE = 0.25
# Chinese and Japanese are written without spaces: a Latin word glued to their characters ("所がKindle").
_HANGUL = regex.compile(r"\p{Hangul}")
_WIDE_PAGE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]{8}")
_NOSPACE_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_GLUED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}][A-Za-z0-9]|[A-Za-z0-9][\p{Han}\p{Hiragana}\p{Katakana}]")
# A text-mode browser breaks lines at ASCII spaces only: a no-break space (U+00A0), a thin space
# (U+2009) and their kin glue their neighbours into one word, which a line may even end with.
_BREAKABLE_CHARS = " \t\n\r\f\v"
_BREAKABLE = regex.compile(f"[{_BREAKABLE_CHARS}]+")


def display_width(text: str) -> int:
    """Terminal columns a text takes: wide and full-width characters (CJK) take two.

    >>> display_width("abc"), display_width("日本語")
    (3, 6)
    """
    # No character below U+0300 (ASCII, Latin-1, Latin Extended, IPA) is wide: most lines of
    # European pages need no per-character look-up.
    if text.isascii():
        return len(text)
    top = max(text)
    if top < "\u0300":
        return len(text)
    if top < _CJK_FROM:
        # Greek, Cyrillic, Arabic, Indic scripts, typographic quotes and dashes: the few wide
        # characters below the CJK blocks (Hangul jamo, some symbols and emoji) are counted at C speed
        return len(text) + len(_WIDE_BELOW_CJK.findall(text))
    # Count each distinct non-ASCII character once (str.count runs in C) instead of looking up
    # the width of every character: no ASCII character is wide.
    return len(text) + sum(text.count(ch) for ch in set(text) if ch > "\x7f" and _wide(ch))


@functools.lru_cache(maxsize=4096)
def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


# The CJK blocks start at U+2E80 (radicals); below them, the wide and full-width characters
# (Hangul jamo, a few symbols, emoji) are read off the same table once, into one character class.
_CJK_FROM = "\u2e80"
_WIDE_BELOW_CJK = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp in range(0x300, ord(_CJK_FROM)) if _wide.__wrapped__(chr(cp))) + "]"
)


def detect_wrap_width(raws: Sequence[str]) -> int | None:
    """The column the page is hard-wrapped at, or ``None`` when it is not wrapped.

    >>> para = ("word " * 15).strip()
    >>> lines = [para, "tail end."] * 6
    >>> detect_wrap_width(lines) is not None
    True
    >>> detect_wrap_width(["Home", "News", "A short page."]) is None
    True

    .. versionadded:: 0.1.0
    """
    # a row with a wide gap inside is a table's row or two columns side by side, laid out by
    # the browser and not wrapped: its length says nothing of the width (a wide table would
    # otherwise set it, and the page's wrapped paragraphs would stay unjoined). A page whose
    # flowing lines alone show no width may still be wrapped around its tables: all lines count.
    return wrap_widths(raws)[0]


def wrap_widths(raws: Sequence[str]) -> tuple[int | None, int | None]:
    """:func:`detect_wrap_width` and :func:`flowing_wrap_width` of ``raws``, the second measured once for both.

    >>> para = ("word " * 15).strip()
    >>> lines = [para, "tail end."] * 6
    >>> wrap_widths(lines) == (detect_wrap_width(lines), flowing_wrap_width(lines))
    True
    >>> rows = [f"{n:<50}{n * 7}" for n in range(20)]
    >>> wrap_widths(rows) == (detect_wrap_width(rows), None)
    True

    .. versionadded:: 0.1.0
    """
    # the searches measure many of the same lines: each line's width and breakability is read once
    measures: dict[str, tuple[int, bool]] = {}
    flowing = _flowing_width(raws, measures)
    width = (
        flowing
        or _width_of(raws, [r for r in raws if r.strip()], measures=measures)
        or _width_in_blocks(raws, measures)
    )
    return (None if width is None else _under_whole_blocks(raws, width)), flowing


def _width_in_blocks(raws: Sequence[str], measures: dict[str, tuple[int, bool]] | None = None) -> int | None:
    """The wrap width the lines of blocks of two lines or more show, or ``None``.

    A page may wrap some paragraphs and print others on one line each: on a short page, a few
    one-line paragraphs wider than the wrap are more than the search lets run past the width.
    Measured without the lines that stand alone between blank lines, the wrapped blocks show the
    width; it counts only where ``MIN_BAND_LINES`` lines in the band under it break a sentence
    mid-way (the next line goes on in lower case), as a wrapped paragraph does and a list does not.

    >>> para = ["x " * 30 + "and the", "bridge was shut " + "y " * 25 + "on a", "quiet day."]
    >>> page = ["w " * 45 + "end.", ""] + para + [""] + para + ["", "v " * 44 + "end."]
    >>> detect_wrap_width([line for line in page if not line.startswith("x")]) is None
    True
    >>> _width_in_blocks(page)
    70
    """
    last = len(raws) - 1
    grouped = [
        raw
        for k, raw in enumerate(raws)
        if raw.strip() and ((k > 0 and raws[k - 1].strip()) or (k < last and raws[k + 1].strip()))
    ]
    width = _width_of(raws, grouped, tight=False, measures=measures)
    return width if width is not None and _prose_breaks(raws, width) >= MIN_BAND_LINES else None


def _prose_breaks(raws: Sequence[str], width: int) -> int:
    """How many lines in the band under ``width`` break a sentence of prose mid-way.

    Stricter than :func:`_midsentence_breaks`: the line holds five words or more and does not end a
    sentence, and the next line goes on with a lower-case word, not a one-letter bullet ("o" opens a
    nested list's item in some converters) nor a menu's next item after a short one.

    >>> _prose_breaks(["  * video: opinion", "  arts", "word " * 10 + "and", "so on."], 60)
    1
    """
    count = 0
    for line, nxt in itertools.pairwise(raws):
        text = line.strip()
        if not width - WRAP_BAND < display_width(line.rstrip()) <= width:
            continue
        if len(text.split()) < 5 or _ends_sentence(text):
            continue
        first = _first_word(nxt)
        if len(first) > 1 and first[:1].islower():
            count += 1
    return count


def _under_whole_blocks(raws: Sequence[str], width: int) -> int:
    """``width``, or the widest line broken in mid-sentence when only one-line blocks run past it.

    A page may wrap its paragraphs and print others unwrapped (a converter that wraps only some
    elements): a one-line paragraph a column or two wider than the wrap sets the width, and a
    wrapped line whose next word would just fit in that width stays unjoined, a sentence cut in
    two. When every line wider than the widest line broken in mid-sentence (the next line goes on
    in lower case) is a block of its own, blank lines around it, that line's width is the wrap's,
    given ``MIN_BAND_LINES`` such breaks in the band under it.

    >>> para = ["x" * 60 + " and the", "bridge was shut. " + "y" * 50 + " on a", "quiet day."]
    >>> _under_whole_blocks(para * 4 + ["", "z " * 40 + "end.", ""], 82)
    72
    >>> _under_whole_blocks(para * 4 + ["z " * 40 + "end.", ""], 82)
    82
    """
    reach = max(
        (
            display_width(line.rstrip())
            for line, nxt in itertools.pairwise(raws)
            if line.strip() and nxt.lstrip()[:1].islower() and not _ends_sentence(line.rstrip())
        ),
        default=0,
    )
    if not MIN_WIDTH <= reach < width:
        return width
    last = len(raws) - 1
    for k, raw in enumerate(raws):
        if display_width(raw.rstrip()) > reach and (
            (k > 0 and raws[k - 1].strip()) or (k < last and raws[k + 1].strip())
        ):
            return width
    return reach if _midsentence_breaks(raws, reach) >= MIN_BAND_LINES else width


def flowing_wrap_width(raws: Sequence[str]) -> int | None:
    """The wrap width read off the lines without a wide gap inside (not a table's row), or ``None``.

    >>> para = ("word " * 15).strip()
    >>> flowing_wrap_width([para, "tail end."] * 6) == detect_wrap_width([para, "tail end."] * 6)
    True
    >>> flowing_wrap_width([f"{n:<50}{n * 7}" for n in range(20)]) is None
    True

    A calendar's rows of day numbers run as wide as the calendar, whatever the wrap: they are not measured.

    >>> days = " ".join(f"{d:02d}" for d in range(1, 29))
    >>> flowing_wrap_width([para, "tail end."] * 6 + [days] * 8) == flowing_wrap_width([para, "tail end."] * 6)
    True

    .. versionadded:: 0.1.0
    """
    return _flowing_width(raws, {})


def _flowing_width(raws: Sequence[str], measures: dict[str, tuple[int, bool]]) -> int | None:
    """:func:`flowing_wrap_width`, with the lines measured into ``measures`` (see :func:`_width_of`)."""
    return _width_of(raws, [r for r in _flowing(raws) if _WORD.search(r) or not _ALNUM.search(r)], measures=measures)


def _flowing(raws: Sequence[str]) -> list[str]:
    """The lines whose length may show the wrap: with text and no wide gap inside."""
    # the gap is three spaces or more: a line without three in a row has none to search for
    return [r for r in raws if (text := r.strip()) and not ("   " in text and _GAP.search(text))]


def _width_of(
    raws: Sequence[str],
    measured: Sequence[str],
    *,
    tight: bool = True,
    measures: dict[str, tuple[int, bool]] | None = None,
) -> int | None:
    """The wrap width that the ``measured`` lines of ``raws`` show, or ``None``.

    With ``tight``, a page whose few wrapped lines are its widest gets their width (:func:`_tight_width`).
    ``measures`` holds the :func:`_measure` of lines already measured, and takes the new ones.
    """
    # each measured line's width and whether it could break, longest first (the search and the settling read them)
    if measures is None:
        measures = {}
    ranked = sorted((_measure(r, measures) for r in measured), reverse=True)
    lengths = [n for n, _ in ranked]
    width = _search_width(raws, ranked, lengths, tight=tight)
    if width is None:
        return None
    return _settle(lengths, width)


def _settle(lengths: Sequence[int], width: int) -> int:
    """``width``, or the narrower width the page's lines pile up at when only a few lines run past it.

    The search lets a share of the lines run past the width; a few lines a column or two over the
    wrap (a word glued by a no-break space, a line the browser let run on) may still set it. When at
    most ``SETTLE_OVER`` lines run two columns or more past a narrower width that ``SETTLE_LINES``
    lines or more end at exactly, the narrower one is the wrap.

    >>> _settle([81, 80, 80] + [79] * 24 + [78] * 20, 81), _settle([80] * 10 + [79] * 20, 80)
    (79, 80)
    >>> _settle([79] * 3 + [78] * 20 + [77] * 20, 79)
    79
    """
    # a line one column past the pile is the wrap's own (a word that just fitted): two columns or more
    for narrower in range(width - 2, max(MIN_WIDTH, width - WRAP_BAND) - 1, -1):
        over = sum(1 for n in lengths if narrower < n <= width)
        if over > SETTLE_OVER:
            return width
        if lengths.count(narrower) >= SETTLE_LINES:
            return narrower
    return width


def _search_width(
    raws: Sequence[str], ranked: Sequence[tuple[int, bool]], lengths: Sequence[int], *, tight: bool
) -> int | None:
    """The wrap width the search over the ranked lengths of the measured lines finds, or ``None``.

    ``ranked`` holds each measured line's width and whether it could break, longest first; ``lengths`` their widths.
    """
    if len(lengths) < MIN_BAND_LINES:
        return None
    # The width lets MAX_OVER_SHARE of the lines run past it; a small page with a few wide
    # table rows or captions needs more, up to SEARCH_OVER_SHARE, tried from the strictest.
    strict = int(len(lengths) * MAX_OVER_SHARE)
    # a line with no place to break (a URL, an image's file name) is as long as it is, whatever
    # the width: longer than every line that could break, it is not the width (a rule drawn
    # across the page is as wide as the lines that break), and the search goes past them
    reach = max((n for n, breaks in ranked if breaks), default=0)
    unbroken = sum(1 for n in lengths if n > reach)
    tried = set()
    for k in range(strict, min(int(len(lengths) * SEARCH_OVER_SHARE) + unbroken, len(lengths) - 1) + 1):
        width = lengths[k]
        if width in tried or width > reach:
            continue
        tried.add(width)
        if not MIN_WIDTH <= width <= MAX_WIDTH:
            continue
        if k == strict and _wraps_at(lengths, width, MIN_BAND_SHARE):
            return width
        # Past the strict share, or on a page of short lines with a few wrapped paragraphs, a
        # menu of similar items would look wrapped too: ask for sentences broken mid-way, where
        # the next line goes on in lower case.
        if _wraps_at(lengths, width, 0.0) and _midsentence_breaks(raws, width) >= MIN_BAND_LINES:
            return width
    return _tight_width(raws, [n for n in lengths if n <= reach], strict) if tight else None


def _tight_width(raws: Sequence[str], lengths: Sequence[int], strict: int) -> int | None:
    """The width of a page whose few wrapped lines are its widest, or ``None``.

    The search in :func:`_width_of` lets a share of all lines run past the width; on a page of
    many short lines (menus, lists, a footer) around a short article, that share outnumbers the
    article's wrapped lines, and the search starts below them. The widest lines are the width when
    ``MIN_BAND_LINES`` of them end within ``TIGHT_BAND`` columns of it, and sentences break mid-way
    in the band under it.
    """
    tried = set()
    for k in range(min(strict, len(lengths))):
        width = lengths[k]
        if width in tried or not MIN_WIDTH <= width <= MAX_WIDTH:
            continue
        tried.add(width)
        tight = sum(1 for n in lengths[k:] if n > width - TIGHT_BAND)
        if tight >= MIN_BAND_LINES and _midsentence_breaks(raws, width) >= MIN_BAND_LINES:
            return width
    return None


def _measure(raw: str, measures: dict[str, tuple[int, bool]]) -> tuple[int, bool]:
    """A line's display width and whether a terminal could break it, from ``measures`` or measured into it.

    >>> measures = {}
    >>> _measure("  two words ", measures), measures
    ((11, True), {'  two words ': (11, True)})
    """
    found = measures.get(raw)
    if found is None:
        found = measures[raw] = (display_width(raw.rstrip()), _breakable(raw.strip()))
    return found


def _breakable(text: str) -> bool:
    """Whether a terminal could break a line: short, or with a space, or with wide (CJK) characters.

    >>> _breakable("https://example.com/" + "a-long-file-name-" * 3), _breakable("two words " * 5)
    (False, True)
    """
    if len(text) < MIN_WIDTH or " " in text:  # most lines hold a space: no search for one
        return True
    return _BREAKABLE.search(text) is not None or display_width(text) > len(text)


def _midsentence_breaks(raws: Sequence[str], width: int) -> int:
    """How many lines end in the band under ``width`` with the next line going on in lower case."""
    count = 0
    for line, nxt in itertools.pairwise(raws):
        body = nxt.lstrip()
        if body[:1].islower() and width - WRAP_BAND < display_width(line.rstrip()) <= width:
            count += 1
    return count


def _wraps_at(lengths: Sequence[int], width: int, share: float) -> bool:
    """Whether enough of the long lines (at least ``share`` of them) end just short of ``width``."""
    long_lines = [n for n in lengths if n >= width // 2]
    band = sum(1 for n in long_lines if width - WRAP_BAND < n <= width)
    return band >= MIN_BAND_LINES and band >= share * len(long_lines)


class Column(NamedTuple):
    """A block of source lines laid out as two columns side by side (see :func:`find_columns`).

    .. versionadded:: 0.1.0
    """

    col: int
    """Display column where the right column starts; the one before it is the gutter."""
    first: int
    """First source line of the block."""
    last: int
    """Last source line of the block (inclusive)."""


def cut_at(raw: str, col: int) -> tuple[str, str, bool]:
    """Split a line at display column ``col``: its left part, its right part, and whether text crosses ``col - 1``.

    >>> cut_at("left text  right", 11)
    ('left text  ', 'right', False)
    >>> cut_at("one long sentence", 6)[2]
    True

    .. versionadded:: 0.1.0
    """
    if raw.isascii() or max(raw) < "\u0300":
        return raw[:col], raw[col:], len(raw) >= col and raw[col - 1] != " "
    w = 0
    for i, ch in enumerate(raw):
        if w >= col:
            return raw[:i], raw[i:], False
        cw = 2 if ch > "\x7f" and _wide(ch) else 1
        if w + cw >= col and ch != " ":  # the character covers the gutter column
            return raw[:i], raw[i:], True
        w += cw
    return raw, "", False


def _side(raw: str, col: int) -> str:
    """Where a line has text against a gutter at ``col``: ``B`` none, ``L``/``R`` one side, ``S`` both, ``X`` across."""
    if not raw.strip():
        return "B"
    left, right, crosses = cut_at(raw.rstrip(), col)
    if crosses:
        return "X"
    if not right.strip():
        return "L"
    return "S" if left.strip() else "R"


def find_columns(raws: Sequence[str], width: int) -> list[Column]:
    """Blocks of a wrapped page where two columns stand side by side on the same rows.

    A gutter column ``col`` is a candidate when several lines start right at it (the right
    column's text on rows where the left column is empty). A block is a whole run of lines
    that no text crosses at the gutter (a column goes on alone below the other), holding at
    least ``MIN_SPLIT`` rows with text on both sides and one with text on the right only; the
    left text of most two-sided rows must reach close to the gutter, as a wrapped column's
    does (a table of short cells is left alone).
    Blocks don't overlap; the one with most two-sided rows wins.

    >>> left = ["The council met on Monday and agreed", "that the bridge would reopen in May."]
    >>> right = ["Other news", "Storm closes the port", "Schools reopen"]
    >>> rows = [f"{a:<40} {b}" for a, b in zip(left * 3, right * 2)] + [" " * 41 + "More news"] * 2
    >>> find_columns(rows, 80)
    [Column(col=41, first=0, last=7)]

    .. versionadded:: 0.1.0
    """
    starts: Counter[int] = Counter()
    for raw in raws:
        body = raw.lstrip(" ")
        indent = len(raw) - len(body)
        if body.strip() and MIN_LEFT <= indent <= width - MIN_RIGHT:
            starts[indent] += 1
    found: list[tuple[int, Column]] = []
    # each candidate costs a pass over the page: the few most common starts are enough
    for col, count in starts.most_common(MAX_GUTTERS):
        if count >= MIN_GUTTER_STARTS:
            blocks = _column_blocks(raws, col)
            if not blocks and (edge := _gutter_edge(raws, col)) is not None:
                blocks = _column_blocks(raws, edge, exact=False)
            found.extend(blocks)
    chosen: list[Column] = []
    for _, block in sorted(found, key=lambda f: (-f[0], f[1].first, f[1].col)):
        if all(block.last < c.first or block.first > c.last for c in chosen):
            chosen.append(block)
    return sorted(chosen, key=lambda c: c.first)


def _gutter_edge(raws: Sequence[str], col: int) -> int | None:
    """The column just right of the gutter's left edge, for a right column whose rows start raggedly near ``col``.

    A sidebar's items do not all start on one column: beside a column of Chinese or Japanese
    text (two terminal columns a character) a terminal pads them by a column or two, so some
    cross ``col - 1`` while the gutter, a strip of spaces, lies further left. The edge is read
    off the rows that have text on both sides of a gap of 3+ spaces, their right text starting
    at most ``LEFT_REACH`` columns before ``col``: one column past the widest left text, if no right
    text starts before it.

    >>> rows = ["一二三四五六七八九十" * 4 + " " * pad + "旁栏" for pad in (17, 19, 18, 19)]
    >>> _gutter_edge(rows, 99), _gutter_edge(rows[:2], 99)
    (82, None)
    """
    lefts, rights = [], []
    for raw in raws:
        for gap in _GAP.finditer(raw.rstrip()):
            left = display_width(raw[: gap.start() + 1])
            right = display_width(raw[: gap.end() - 1])
            if left >= MIN_LEFT and col - LEFT_REACH <= right <= col:
                lefts.append(left)
                rights.append(right)
                break
    if len(lefts) < MIN_SPLIT:
        return None
    edge = max(lefts) + 2
    return edge if edge < min(rights) and edge < col else None


def _column_blocks(raws: Sequence[str], col: int, *, exact: bool = True) -> list[tuple[int, Column]]:
    """The blocks with a gutter at ``col``, each with its count of two-sided rows.

    A block needs a row with text on the right only that starts at ``col`` (``exact``) or, for a gutter
    found by its left edge (:func:`_gutter_edge`), anywhere right of it.
    """
    sides = [_side(raw, col) for raw in raws]
    out: list[tuple[int, Column]] = []
    i, n = 0, len(raws)
    while i < n:
        if sides[i] == "X":
            i += 1
            continue
        j = i
        while j < n and sides[j] != "X":
            j += 1
        both = [k for k in range(i, j) if sides[k] == "S"]
        if len(both) >= MIN_SPLIT and any(
            _indent(raws[k]) == col or (not exact and _indent(raws[k]) > col) for k in range(i, j) if sides[k] == "R"
        ):
            lefts = [display_width(cut_at(raws[k], col)[0].rstrip()) for k in both]
            # a wrapped column's lines end near the gutter, but raggedly: a paragraph that merely
            # has a space in that column on a few rows puts its next word right after it each time
            reach = sum(1 for w in lefts if w >= col - 1 - LEFT_REACH)
            ragged = sum(1 for w in lefts if w < col - 1)
            # a table's rows have more cells left of the gutter (a label, a number): read it row by row
            tabular = sum(1 for k in both if _GAP.search(cut_at(raws[k], col)[0].strip()))
            if 2 * reach >= len(both) and RAGGED_SHARE * len(both) <= ragged and 3 * tabular <= len(both):
                # the whole run: a column goes on above and below the rows the other one shares
                out.append((len(both), Column(col, i, j - 1)))
        i = j
    return out


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" "))


def _first_word(raw: str) -> str:
    """The first unbreakable word of ``raw``: a no-break or thin space glues two words into one.

    A text-mode browser breaks lines at ordinary spaces only, so "its\u00a0website." moves to the
    next line whole.

    >>> _first_word("its\u00a0website. More"), _first_word("  plain words")
    ('its\xa0website.', 'plain')
    """
    parts = _BREAKABLE.split(raw.strip(_BREAKABLE_CHARS), maxsplit=1)
    return parts[0] if parts else ""


def _first_unit(raw: str) -> str:
    """What a terminal must fit on a line before it may break: the first word, cut at a wide character.

    A text-mode browser breaks Chinese, Japanese and Korean text between any two wide characters,
    and between a wide character and a word of another script, without a space: a line that
    opens with a wide character could have taken just that one, and a Latin word glued to wide
    text ends where the wide text begins.

    >>> _first_unit("何が困るか"), _first_unit("Kindleが立ち上がる"), _first_unit("plain words")
    ('何', 'Kindle', 'plain')
    """
    word = _first_word(raw)
    if word.isascii():  # most words: no wide character to cut at
        return word
    for i, ch in enumerate(word):
        if ch > "\x7f" and _wide(ch):
            return word[: i or 1]
    return word


def reflow(raws: Sequence[str], width: int | None, *, columns: bool = False) -> list[Row]:
    """Join wrapped lines into logical lines.

    Args:
        raws: the physical lines.
        width: the wrap width (:func:`detect_wrap_width`), or ``None`` to keep every line.
        columns: read side-by-side columns (:func:`find_columns`) one after the other. A column's
            rows are parts of source lines, so its paragraphs are no longer substrings of the page.

    Returns:
        One row per logical line, with the span of physical lines it covers. Spans
        cover every physical line once, in order.

    >>> reflow(["aaaa bbbb", "cc"], 10)
    [('aaaa bbbb cc', 0, 2)]
    >>> reflow(["aaaa", "cc"], 10)
    [('aaaa', 0, 1), ('cc', 1, 2)]

    .. versionadded:: 0.1.0
    """
    if width is None:
        return [(raw, i, i + 1) for i, raw in enumerate(raws)]
    if not columns:
        return _join_runs(raws, width, 0)
    return [row for row, _ in _reflow_columns(raws, width, 0, 0)]


def reflow_columns(
    raws: Sequence[str], width: int, *, flowing: int | Literal["measure"] | None = "measure"
) -> tuple[list[Row], list[range] | None]:
    """:func:`reflow` with ``columns=True``, and the source lines each row's text was read from.

    A right-hand column's row has an empty span (its source lines belong to the left column's
    rows, so every source line keeps one label), but its text sits on source lines all the same:
    the second list gives them, one range per row. It is ``None`` when the page has no columns.

    >>> left = ["The council met on Monday and agreed", "that the bridge would reopen in May."]
    >>> right = ["Other news", "Storm closes the port", "Schools reopen"]
    >>> raws = [f"{a:<40} {b}" for a, b in zip(left * 3, right * 2)] + [" " * 41 + "More news"] * 2
    >>> import textwrap
    >>> raws += textwrap.wrap("The council said the repairs would cost less than planned. " * 9, 79)
    >>> rows, sources = reflow_columns(raws, 79)
    >>> [(row, src) for row, src in zip(rows, sources) if row[1] == row[2]][-1]
    (('More news', 8, 8), range(7, 8))
    >>> reflow_columns(["aaaa bbbb", "cc"], 10)
    ([('aaaa bbbb cc', 0, 2)], None)

    ``flowing`` is :func:`flowing_wrap_width` of ``raws`` when the caller has it (:func:`wrap_widths`):
    the rows are the same either way.

    >>> reflow_columns(raws, 79, flowing=flowing_wrap_width(raws)) == reflow_columns(raws, 79)
    True

    .. versionadded:: 0.1.0
    """
    measured = flowing_wrap_width(raws) if flowing == "measure" else flowing
    if measured != width and (measured is not None or not _WIDE_PAGE.search("".join(raws))):
        # the width comes from a table's rows, not from wrapped prose: no columns to read. A page of
        # Chinese or Japanese beside a sidebar may have too few one-column lines to measure: read on
        return _join_runs(raws, width, 0), None
    read = _reflow_columns(raws, width, 0, 0)
    rows = [row for row, _ in read]
    if all(row[1] < row[2] or not src for row, src in read):
        return rows, None
    return rows, [src for _, src in read]


def _reflow_columns(raws: Sequence[str], width: int, offset: int, depth: int) -> list[tuple[Row, range]]:
    """Reflow lines wrapped at ``width``, reading side-by-side columns one after the other.

    A column may hold columns of its own (navigation, article, sidebar): up to ``MAX_DEPTH`` levels.
    Each row comes with the source lines its text was read from.
    """
    rows: list[tuple[Row, range]] = []
    done = 0
    for block in find_columns(raws, width) if depth < MAX_DEPTH else ():
        rows.extend(_sourced(_join_runs(raws[done : block.first], width, offset + done)))
        lefts, rights = zip(*(cut_at(raws[k], block.col)[:2] for k in range(block.first, block.last + 1)), strict=True)
        rows.extend(_reflow_columns(lefts, block.col - 1, offset + block.first, depth + 1))
        end = offset + block.last + 1
        right = _reflow_columns(rights, width - block.col, offset + block.first, depth + 1)
        rows.extend(((text, end, end), src) for (text, _, _), src in right)
        done = block.last + 1
    rows.extend(_sourced(_join_runs(raws[done:], width, offset + done)))
    return rows


def _sourced(rows: Sequence[Row]) -> list[tuple[Row, range]]:
    """Rows read from whole source lines: each row's text comes from its own span."""
    return [(row, range(row[1], row[2])) for row in rows]


def _join_runs(raws: Sequence[str], width: int, offset: int) -> list[Row]:
    """Join the wrapped runs of lines wrapped at ``width``, and at a narrower width the page shows too.

    A page's wrap width is set by its widest wrapped text; an indented quote or a table cell
    that a browser let run wider leaves the page's ordinary paragraphs wrapped short of it,
    each line ending where the next word would not fit in a narrower width. Their rows are
    single lines that end in a band under that narrower width, many of them in mid-sentence
    (:func:`_narrow_width`): they are joined at it. Spans start at ``offset``.
    """
    rows = _join_at(raws, width, offset, None)
    narrow = _narrow_width(raws, width, rows, offset)
    if narrow is not None:
        rows = _join_at(raws, width, offset, narrow)
    return _join_narrow_blocks(raws, rows, width, offset)


def _join_narrow_blocks(raws: Sequence[str], rows: Sequence[Row], width: int, offset: int) -> list[Row]:
    """``rows`` with each run of single lines that is a narrow column's text joined at its own width.

    A page may lay an article's text in a narrow cell (30 columns where the page wraps at 80), or
    wrap a paragraph at 80 where an indented quote set the page's width at 98: a run of single
    lines, each of them ending where the next line's first word would not fit in the run's own
    width (its longest line), most of them in mid-sentence (:func:`_narrow_run`).
    """
    out: list[Row] = []
    i, n = 0, len(rows)
    while i < n:
        j = i
        while j < n and rows[j][2] - rows[j][1] == 1 and rows[j][0].strip():
            j += 1
        if j == i:
            out.append(rows[i])
            i += 1
            continue
        out.extend(_join_narrow_run(raws, rows[i:j], width, offset))
        i = j
    return out


def _join_narrow_run(raws: Sequence[str], rows: Sequence[Row], width: int, offset: int) -> list[Row]:
    """A run of single-line ``rows`` joined at its own width where it is a narrow column's text.

    The column's paragraphs may follow each other, or run on into the short lines under them (a
    credit, a "Comment" link), with no blank line between them: a run that is not one column's
    text as a whole is joined in its longest head that is and ends a sentence, and its rest is
    read the same way.
    """
    start, end = rows[0][1] - offset, rows[-1][2] - offset
    local = _narrow_run(raws[start:end], width)
    if local is not None:
        return _join_at(raws[start:end], local, offset + start, None)
    out: list[Row] = []
    while rows:
        start = rows[0][1] - offset
        k, local = _narrow_head(raws[start : min(end, start + NARROW_HEAD_MAX_LINES)], width)
        if local is None:
            break
        out += _join_at(raws[start : start + k], local, offset + start, None)
        rows = rows[k:]
    return out + list(rows)


def _narrow_head(run: Sequence[str], width: int) -> tuple[int, int | None]:
    """The length and width of the longest head of ``run`` that is a narrow column's text ending a sentence.

    The line under the head starts at the margin: one far to the right is a column beside it (a page
    read row by row across its columns), not a line under it.
    """
    best: tuple[int, int | None] = (0, None)
    for k in range(NARROW_RUN_LINES, len(run) + 1):
        if k < len(run) and _indent(run[k]) > MAX_HANGING_INDENT:
            continue
        if _ends_sentence(run[k - 1].rstrip()) and (local := _narrow_run(run[:k], width)) is not None:
            best = (k, local)
    return best


def _narrow_run(run: Sequence[str], width: int) -> int | None:
    """The width a run of lines is wrapped at when it is a narrow column's text, or ``None``."""
    if len(run) < NARROW_RUN_LINES:
        return None
    local = max(display_width(raw.rstrip()) for raw in run)
    if not NARROW_MIN_WIDTH <= local < width:
        return None
    # a code listing's short lines go on in lower case too, a table's rows have gaps, and a list of
    # links is one unbreakable word a line
    if any(_CODE_SIGN.search(raw) or _GAP.search(raw.strip()) or _LINK.search(raw) for raw in run):
        return None
    breaks = 0
    for line, nxt in itertools.pairwise(run):
        if _continues(line, nxt, local, _indent(line), dash_joins=True):
            breaks += nxt.lstrip()[:1].islower() or _SHORT_WORD_END.search(line.rstrip()) is not None
        elif not _ends_sentence(line.rstrip()):
            return None  # the next word would have fitted in mid-sentence: not wrapped at this width
    return local if breaks >= max(2, NARROW_BREAK_SHARE * (len(run) - 1)) else None


def _narrow_width(raws: Sequence[str], width: int, rows: Sequence[Row], offset: int) -> int | None:
    """The narrower width the lines left single by a join at ``width`` are wrapped at, or ``None``.

    Only lines well short of ``width`` count, and the width needs ``MIN_BAND_LINES`` sentences
    broken mid-way at it: a menu or a list of similar items ends in a band too, but goes on in
    capitals.
    """
    singles = {start - offset for _, start, end in rows if end - start == 1}
    short = [
        raw if k in singles and display_width(raw.rstrip()) < width - WRAP_BAND else "" for k, raw in enumerate(raws)
    ]
    # the few widest of these lines don't set the narrower width alone
    narrow = _width_of(short, _flowing(short), tight=False)
    if narrow is None:
        return None
    band = sum(1 for raw in short if narrow - WRAP_BAND < display_width(raw.rstrip()) <= narrow)
    breaks = _midsentence_breaks(short, narrow)
    return narrow if breaks >= MIN_BAND_LINES and breaks >= NARROW_BREAK_SHARE * band else None


def _join_at(raws: Sequence[str], width: int, offset: int, narrow: int | None) -> list[Row]:
    """Join the runs of lines wrapped at ``width`` (or, for a line no wider than it, at ``narrow``)."""
    rows: list[Row] = []
    i, n = 0, len(raws)
    while i < n:
        start = i
        parts = [raws[i]]
        indent = len(raws[i]) - len(raws[i].lstrip())
        bullet = _BULLET.match(raws[i].lstrip())
        # continuation lines of a list item are indented under the item's text
        cont_indent = indent + (len(bullet.group(0)) + 1 if bullet else 0)
        while i + 1 < n and _continues_at(
            raws[i], raws[i + 1], (width, narrow), cont_indent, dash_joins=bullet is None, own_indent=indent
        ):
            i += 1
            parts.append(raws[i])
            if len(parts) == 2 and not bullet and indent - _indent(raws[i]) > 2:
                cont_indent = _indent(raws[i])  # an indented first line: the paragraph goes on at the margin
        text = parts[0].rstrip() if len(parts) == 1 else parts[0][:indent] + join_wrapped(parts)
        rows.append((text, offset + start, offset + i + 1))
        i += 1
    return rows


def _continues_at(
    line: str, nxt: str, widths: tuple[int, int | None], cont_indent: int, *, dash_joins: bool, own_indent: int
) -> bool:
    """:func:`_continues` at the page's width, or at the narrower one for a line that fits in it."""
    width, narrow = widths
    if _continues(line, nxt, width, cont_indent, dash_joins=dash_joins, own_indent=own_indent):
        return True
    return (
        narrow is not None
        and display_width(line.rstrip()) <= narrow
        and _continues(line, nxt, narrow, cont_indent, dash_joins=dash_joins, own_indent=own_indent)
    )


def _call_to_action(text: str) -> bool:
    """Whether ``text`` is a short link opening with a call to action: a teaser's "Read more" under its last sentence.

    >>> _call_to_action("weiterlesen 5 Minuten"), _call_to_action("Read more about the bridge in our report.")
    (True, False)
    """
    if len(text.split()) > CALL_MAX_WORDS:
        return False
    match = PROMO_PHRASE.search(text)
    return match is not None and not text[: match.start()].strip(_CALL_SIGNS)


def _ends_sentence(stripped: str) -> bool:
    """``_SENTENCE_END.search(stripped)`` for a text with no whitespace at its end: its last character, no scan.

    >>> _ends_sentence("The bridge reopened."), _ends_sentence("and the"), _ends_sentence("")
    (True, False, False)
    """
    return stripped[-1:] in _SENTENCE_END_CHARS


def _mid_sentence(line: str, nxt: str) -> bool:
    """Whether ``line`` stops in mid-sentence and ``nxt`` goes on with a word or an emoji (not a table's cell).

    >>> _mid_sentence("1. I may not fall asleep on the couch tonight", "\U0001F600 .")
    True
    >>> _mid_sentence("Fees", "\u00a9 2020 The Daily News")
    False
    """
    return not _SENTENCE_END.search(line) and (nxt[:1].isalpha() or _EMOJI.match(nxt) is not None)


def join_wrapped(parts: Sequence[str]) -> str:
    """Join the pieces of a wrapped paragraph: with one space, but none between two wide (CJK) characters.

    A terminal breaks Chinese and Japanese text between any two characters, without a space,
    so the break is taken out; everywhere else it stood for a space.

    >>> join_wrapped(["the old", "bridge"]), join_wrapped(["日本", "語"])
    ('the old bridge', '日本語')

    A Latin word after Chinese or Japanese text goes on as the two lines write such words:

    >>> join_wrapped(["ところがKindleを使うたびに", "Kindleが立ち上がる"])
    'ところがKindleを使うたびにKindleが立ち上がる'
    >>> join_wrapped(["使用 Python 的", "Python 代码"])
    '使用 Python 的 Python 代码'

    Korean keeps the space its line had room for:

    >>> join_wrapped(["가나다 라마", "바사아 자차카 타파하"]), join_wrapped(["가나다 라마바", "사"])
    ('가나다 라마 바사아 자차카 타파하', '가나다 라마바사')

    .. versionadded:: 0.1.0
    """
    out = parts[0].strip()
    for prev, part in itertools.pairwise(parts):
        piece = part.strip()
        if not (out and piece):
            out += " " + piece
            continue
        glued = _wide(out[-1]) and _wide(piece[0]) and not _spaced_hangul(prev.strip(), piece)
        if glued or _glued_script(prev.strip(), piece, out[-1]):
            out += piece
        else:
            out += " " + piece
    return out


def _spaced_hangul(prev: str, piece: str) -> bool:
    """Whether a break between two Korean syllables stood for a space: the line had room for the next one.

    Korean is written with spaces between its words, but a text-mode browser breaks it between any
    two syllables, as it breaks Chinese. A line that ends on a syllable while the next one would still
    have fitted on it (the longer of the two lines shows the room) was broken at a space.
    """
    if not (_HANGUL.match(prev[-1:]) and _HANGUL.match(piece[:1])):
        return False
    shown = display_width(prev)
    return shown + display_width(piece[0]) <= max(shown, display_width(piece))


def _glued_script(prev: str, piece: str, last: str) -> bool:
    """Whether a break between Chinese or Japanese text and a Latin word stood for no space.

    A text-mode browser breaks such text between a wide character and a Latin word as it does
    between two wide characters. Where the two lines write the same meeting of scripts with no
    space ("ところがKindle"), the break took out no space either; where they space it ("使用 Python"),
    it stood for one. Only the two lines decide, so a paragraph joins as its page does.
    """
    if not (_NOSPACE_WIDE.match(last) and piece[:1].isascii() and piece[:1].isalnum()) and not (
        last.isascii() and last.isalnum() and _NOSPACE_WIDE.match(piece)
    ):
        return False
    return _GLUED.search(prev) is not None or _GLUED.search(piece) is not None


def _continues(
    line: str, nxt: str, width: int, cont_indent: int, *, dash_joins: bool = False, own_indent: int = -1
) -> bool:
    """Whether ``nxt`` is the wrapped continuation of ``line``.

    A line that starts with a dash is a list item, unless ``dash_joins`` (the paragraph is not
    a list) and the dash and the word after it would not have fitted on ``line``: then it is a
    sentence's dash ("the bridge reopens" / "– and the ferry stops") that the wrap put first.
    A number with a dot ("911.") is read the same way when ``line`` ends in a word.

    >>> _continues("x" * 70 + " reopens", "– and the ferry stops", 79, 0, dash_joins=True)
    True
    >>> _continues("Ingredients:", "- flour", 79, 0, dash_joins=True)
    False
    >>> _continues("x" * 70 + " called", "911.", 79, 0, dash_joins=True)
    True
    >>> _continues("x" * 70 + " steps.", "2. Mix", 79, 0, dash_joins=True)
    False
    >>> _continues("x" * 70 + " steps.", "[photo-2019_1280][photo-2019_1280]", 79, 0)
    False
    """
    stripped = line.rstrip()
    if not stripped or not nxt.strip():
        return False
    nxt_body = nxt.lstrip()
    ended = _ends_sentence(stripped)
    if ended and nxt_body.startswith("[") and _MARKERS_ONLY.fullmatch(nxt_body):
        return False
    if ended and _call_to_action(nxt_body):
        return False
    first = _first_unit(nxt_body)
    if _BULLET.match(nxt_body):
        sentence_word = _DASH.match(nxt_body) or (_NUMBER.match(nxt_body) and _WORD_END.search(stripped))
        if not (dash_joins and sentence_word and not stripped.endswith(":")):
            return False
        first = " ".join(nxt_body.split()[:2])
    nxt_indent = len(nxt) - len(nxt_body)
    # a list's item goes on under its text; a paragraph that merely opens with a number or a
    # note mark ("[1] Smith, J.") goes on at its own indent, in mid-sentence (a table's numbered
    # rows end in a full stop as often as not)
    # a paragraph that opens with an indented first line ("    The council...", as Chinese text opens
    # with two wide spaces) goes on at the margin, in mid-sentence (a table's rows, with gaps between
    # their cells, are left alone)
    hanging = (
        nxt_indent < own_indent == _indent(line) == cont_indent <= MAX_HANGING_INDENT
        and not _GAP.search(stripped.lstrip())
        and not _GAP.search(nxt_body.rstrip())
    )
    if abs(nxt_indent - cont_indent) > 2 and not (
        (nxt_indent == own_indent or hanging) and _mid_sentence(stripped, nxt_body)
    ):
        return False
    # the next line's first word would have fitted: the break was deliberate (a no-break space
    # the line ends with takes its column: the word it holds on to did not fit after it)
    return display_width(line.rstrip(_BREAKABLE_CHARS)) + 1 + display_width(first) > width
