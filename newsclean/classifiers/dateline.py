"""Dateline: where and when the story was filed.

Two shapes, both short:

* a metadata strip with a date: "Tokyo | Updated: 07-11-2024 07:25 IST", "Published 3 May 2021";
* a place line: "WASHINGTON —" alone (a dateline that opens a paragraph stays body; the
  assembler reads the place from it).

Dates are found with :func:`newsclean.metadata.dates.find_dates`, places with
:func:`newsclean.metadata.dateline.parse_dateline`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean.classifiers._util import hint
from newsclean.classifiers.base import PageContext, Vote
from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.metadata.dateline import parse_dateline
from newsclean.metadata.dates import find_dates

__all__ = ["Dateline"]

_DIGIT = regex.compile(r"\d")
# "32M ago", "2 hours ago", "vor 3 Stunden", "hace 5 minutos": a teaser's time stamp. Parsed into a
# date only with a reference time, but the shape alone says "time stamp" either way.
# "16:05", "4:32 PM", "16.05 Uhr", "07h25": a live blog's or a teaser's time stamp on its own line.
_TIME_STAMP = regex.compile(
    r"^\W*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s?(?:(?i:[ap]\.?m\.?|uhr|h|hrs)|[A-Z]{2,4}))?\W*$"
)
_RELATIVE_STAMP = regex.compile(
    r"^\W*(?:(?:vor|hace|il y a|há)\s+)?\d{1,3}\s*(?:[smhdw]|mins?|minutes?|hrs?|hours?|days?|weeks?|"
    r"minuten?|stunden?|tagen?|minutos?|horas?|días?|heures?|jours?|ore|giorni|godzin[ya]?|dni)\.?"
    r"(?:\s+(?:ago|fa|temu|geleden|sedan|siden))?\W*$",
    regex.IGNORECASE,
)

# parse_dateline reads a place that is the whole line or opens it bare (end 0 or the line's end) only
# from a metadata strip (split at "|" and bullets), a title-case place with "(Agency)" and a dash, or
# an East Asian wire dateline ("(서울=연합뉴스)", "【北京共同】", "新华社北京11月7日电"); an ALL-CAPS or
# "東京 (共同通信) -" dateline always has text after it. A line with none of these marks is not parsed:
# most lines, and parsing costs more than the rest of the vote.
_STANDALONE_MARKS = regex.compile(r"[|•·∙◦(（【电]")


@dataclass(frozen=True, slots=True)
class Dateline:
    """Votes ``DATELINE`` on short lines that state when (and maybe where) the story was filed.

    >>> from newsclean.lines import split_lines
    >>> Dateline().classify(split_lines("Updated: 07-11-2024 07:25 IST"), PageContext())[0].label.name
    'DATELINE'

    .. versionadded:: 0.1.0
    """

    name: str = "dateline"
    """Registry name."""
    max_words: int = 24
    """Datelines are short; a date inside a long paragraph is body."""
    date_share: float = 0.35
    """Share of the line's characters the dates (and their keywords) must cover, unless a place is found."""

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        """Vote on each line."""
        # A line is judged on its text (its word count follows from the text) and on one markup
        # fact, whether the HTML marks it as a date; pages repeat lines (menus, teasers, time
        # stamps): vote once per text and mark.
        votes: tuple[dict[str, Vote | None], dict[str, Vote | None]] = ({}, {})
        out: list[Vote | None] = []
        for line in lines:
            markup = line.markup
            html = markup is not None and (markup.datetime is not None or hint(line, "date", "dateline", "time"))
            seen = votes[html]
            text = line.text
            if text in seen:
                out.append(seen[text])
            else:
                out.append(seen.setdefault(text, self._vote(line, context, html=html)))
        return out

    def _vote(self, line: Line, context: PageContext, *, html: bool) -> Vote | None:
        if not line.text or line.words > self.max_words:
            return None
        text = line.text
        if line.words <= 3 and _TIME_STAMP.match(text):
            return Vote(Label.DATELINE, 0.75, "time stamp")
        if line.words <= 5 and _RELATIVE_STAMP.match(text):
            return Vote(Label.DATELINE, 0.6, "relative time stamp")
        if not _DIGIT.search(text) and line.words > 3:
            return _place_vote(text)
        dates = find_dates(
            text,
            language=context.language,
            reference_time=context.config.reference_time,
            min_year=context.config.min_year,
            url=context.url,
        )
        if not dates:
            return _place_vote(text)
        covered = sum(m.end - m.start for m in dates)
        share = covered / max(len(text), 1)
        # the place is read only when the dates alone do not decide (parsing it costs more than the tests)
        if share >= self.date_share or _standalone_place(text) is not None or html or any(
            m.kind != "unknown" for m in dates
        ):
            score = 0.55 + 0.3 * min(share, 1.0) + (0.1 if html else 0.0)
            return Vote(Label.DATELINE, min(score, 0.95), f"date {dates[0].raw!r} ({share:.0%} of line)")
        return None


def _standalone_place(text: str) -> str | None:
    """The place of a dateline that is the whole line or opens it bare ("Tokyo | Updated: ..."), else None."""
    if _STANDALONE_MARKS.search(text) is None:
        return None
    place = parse_dateline(text)
    return place.place if place is not None and place.end in (0, len(text)) else None


def _place_vote(text: str) -> Vote | None:
    """A weak dateline vote for a line that is a place alone."""
    place = _standalone_place(text)
    return None if place is None else Vote(Label.DATELINE, 0.5, f"dateline place {place!r}")
