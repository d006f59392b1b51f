"""Byline: who wrote the article.

Delegates the reading of the line to :func:`newsclean.metadata.authors.parse_byline`
("By Jane Doe", "Von Jana Schmidt", "Devdiscourse News Desk", "Jane Doe | Tokyo |
Updated: …") and adds page evidence: HTML ``rel=author``/``itemprop=author`` and
``byline``/``author`` class hints.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean.classifiers._util import hint_in, ubiquitous_hints
from newsclean.classifiers.base import PageContext, Vote
from newsclean.labels import Label
from newsclean.language import stopwords
from newsclean.lines import Line
from newsclean.metadata.authors import PARTICLES, SCORE_BARE_NAMES, SCORE_MARKER, SCORE_SUPPORTED, parse_byline
from newsclean.metadata.dates import find_dates
from newsclean.walk import nearest

__all__ = ["Byline"]

# Cheap prefilters: byline_score parses a line in tens of microseconds, and nearly every short line
# of a page is not a byline. A byline names someone, so it holds a capital letter or a CJK name
# (byline_score rejects the line otherwise, too). Body prose runs on lowercase words: a byline ends
# where six lowercase words follow the names, and no byline of the dev and meta sets has more than five
# lowercase words of four letters or more.
_CAPITAL = regex.compile(r"[\p{Lu}\p{Lt}\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]")
_LOWER_WORD = regex.compile(r"(?<![\w'’-])\p{Ll}[\p{L}\p{M}'’-]{3,}")
MAX_LOWER_WORDS = 6
"""Lines with more lowercase words of four letters or more than this are prose, never bylines."""
_AUTHOR_HINTS = frozenset({"byline", "author"})
MAX_DATE_LINE_WORDS = 8
"""A date line beside a bare name is short ("12 March 2021, 10:32"); longer lines are prose that mentions a date."""
TITLE_OVER_BYLINE_WORDS = 3
"""A bare name of this many words over another name's byline is a title; a shorter one is a photo's caption."""
MIN_FUNCTION_WORD_CHARS = 3
"""Shorter words ("C", "La", "de") are initials and particles inside names, not evidence against them."""


def names_function_word(authors: Sequence[str], function_words: frozenset[str]) -> bool:
    """Whether a bare name holds a function word of the page's language: "Zur Erinnerung", "Saiba Mais".

    Headings and buttons are capitalised like names; their small words ("zur", "mais", "first") give
    them away, since person names rarely contain one.

    >>> names_function_word(["Zur Erinnerung"], frozenset({"zur"})), names_function_word(["Jane Doe"], frozenset())
    (True, False)

    .. versionadded:: 0.1.0
    """
    for name in authors:
        words = [w.casefold() for w in name.split()]
        # a particle inside a name is no evidence ("Edilson La Rosa"); opening it, it is ("Zur Erinnerung")
        if any(
            len(w) >= MIN_FUNCTION_WORD_CHARS and w in function_words and (i == 0 or w not in PARTICLES)
            for i, w in enumerate(words)
        ):
            return True
    return False


def could_be_byline(text: str) -> bool:
    """Whether :func:`byline_score` can give ``text`` a score above 0, by a check far cheaper than parsing.

    A ``False`` is certain enough to skip the parse; a ``True`` only means "parse it".

    >>> could_be_byline("By Jane Doe"), could_be_byline("read more")
    (True, False)

    .. versionadded:: 0.1.0
    """
    if _CAPITAL.search(text) is None:
        return False
    return len(_LOWER_WORD.findall(text)) <= MAX_LOWER_WORDS


def _may_be_byline(line: Line) -> bool:
    """:func:`could_be_byline` of the line's text, without counting lowercase words where too few fit.

    Each lowercase word the count finds starts one of the line's word tokens (no word character stands
    before it), so a line of at most :data:`MAX_LOWER_WORDS` words cannot hold too many.
    """
    if line.words <= MAX_LOWER_WORDS:
        return _CAPITAL.search(line.text) is not None
    return could_be_byline(line.text)


@dataclass(frozen=True, slots=True)
class Byline:
    """Votes ``BYLINE`` on author lines.

    >>> from newsclean.lines import split_lines
    >>> Byline().classify(split_lines("By Jane Doe"), PageContext())[0].label.name
    'BYLINE'

    .. versionadded:: 0.1.0
    """

    name: str = "byline"
    """Registry name."""
    max_words: int = 30
    """Bylines are short; longer lines are not read at all (they may mention "by")."""
    max_markup_words: int = 12
    """Author markup boosts only lines this short: an ``author``-named wrapper can hold a whole post."""
    min_score: float = 0.35
    """Lowest :func:`byline_score` that earns a vote."""

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        """Vote on each line."""
        votes: list[Vote | None] = []
        # Repeated lines ("Share", "Staff Writer") are parsed once a page.
        seen: dict[str, float] = {}
        # a hint most of the page's prose carries names a wrapper (the whole post), not a byline box
        ignore = ubiquitous_hints(lines)
        function_words = stopwords(context.language)
        for line in lines:
            if line.is_blank or line.words > self.max_words:
                votes.append(None)
                continue
            markup = line.markup
            author_markup = (
                markup is not None
                and line.words <= self.max_markup_words
                and (markup.rel_author or markup.itemprop == "author" or hint_in(line, _AUTHOR_HINTS, ignore))
            )
            text = line.text
            if not author_markup and not _may_be_byline(line):
                votes.append(None)
                continue
            cached = seen.get(text) if line.repeats else None
            score = _score(text, context.language, function_words) if cached is None else cached
            if line.repeats:
                seen[text] = score
            why = "byline shape"
            if author_markup:
                score = max(score, 0.5) + 0.25
                why = "html: author markup"
            votes.append(
                Vote(Label.BYLINE, min(score, 1.0), f"{why} ({score:.2f})") if score >= self.min_score else None
            )
        return _names_beside_dates(lines, _titles_over_bylines(lines, votes, context.language), context.language)


def _titles_over_bylines(lines: Sequence[Line], votes: list[Vote | None], language: str | None) -> list[Vote | None]:
    """Drop the vote of a bare name that stands over another name's marked byline: it is the story's title.

    "Council Approves Budget" alone may be a name; over "By Jane Doe" (or over a date line, then
    "By Jane Doe") it is the header of a story, title then byline, as a dump prints an ``<h1>``
    over its byline strip. Two words keep their vote: a photo's caption names the person shown
    ("Felipe Berríos") right over the byline. So does a name over a byline that names it again
    ("Jane Doe" / "By Jane Doe", an author box).
    """
    out = votes
    for i, vote in enumerate(votes):
        if vote is None or vote.score != SCORE_BARE_NAMES or lines[i].words < TITLE_OVER_BYLINE_WORDS:
            continue
        below = nearest(lines, i, 1)
        if below is not None and _is_date_line(lines[below], language):
            below = nearest(lines, below, 1)
        if below is None:
            continue
        under = votes[below]
        if under is None or under.score < SCORE_MARKER or lines[i].text.casefold() in lines[below].text.casefold():
            continue
        if out is votes:
            out = list(votes)
        out[i] = None
    return out


def _names_beside_dates(lines: Sequence[Line], votes: list[Vote | None], language: str | None) -> list[Vote | None]:
    """Raise a bare name standing right above or below a short date line to a supported byline.

    "Jane Doe" alone may be a caption, a menu item or an author box; "Jane Doe" over "12 March
    2021" is the byline and date strip of a story. Only the two neighbouring lines are read.
    """
    out = list(votes)
    for i, vote in enumerate(votes):
        if vote is None or vote.score != SCORE_BARE_NAMES or lines[i].markup is not None:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and _is_date_line(lines[j], language):
                out[i] = Vote(Label.BYLINE, SCORE_SUPPORTED, f"bare name beside a date ({SCORE_SUPPORTED:.2f})")
                break
    return out


def _is_date_line(line: Line, language: str | None) -> bool:
    """A short line that holds a date: the date half of a byline strip."""
    return 0 < line.words <= MAX_DATE_LINE_WORDS and bool(find_dates(line.text, language=language))


def _score(text: str, language: str | None, function_words: frozenset[str]) -> float:
    """The byline score of a line; a name without a marker that holds a function word scores 0."""
    parsed = parse_byline(text, language=language)
    if parsed is None:
        return 0.0
    if parsed.score <= SCORE_SUPPORTED and names_function_word(parsed.authors, function_words):
        return 0.0
    return parsed.score
