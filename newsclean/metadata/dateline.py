# Copyright 2026 newsclean developers. Licensed under the Apache License 2.0.
"""Datelines: where a story was filed, and for which agency.

Two shapes are read:

* an inline dateline at the start of a paragraph, ``TOKYO (Reuters) - ...``,
  ``NEW YORK, Nov 7 (Reuters) -``, ``Berlin/Hamburg (dpa) -``,
  ``Paris, 7 novembre (AFP) -``, ``WASHINGTON — ...``;
* a standalone place in a metadata strip,
  ``Devdiscourse News Desk | Tokyo | Updated: 07-11-2024 07:25 IST``.

Two more shapes are read only where the assembler already expects a dateline, because out of
that place they are too close to ordinary text: a place and a date on a line of their own,
``Valencia, 5 de junio de 2024 - 10:15`` (:func:`parse_dated_place`), and a title-case place
and a dash opening the first paragraph, ``Weilheim – Wer bisher ...`` (:func:`parse_lead_place`).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex  # type: ignore[import-untyped, unused-ignore]  # no stubs installed everywhere

from newsclean.metadata.authors import AGENCIES, CASE_SENSITIVE_AGENCIES, parse_byline
from newsclean.metadata.dates import find_dates

__all__ = ["Dateline", "parse_dated_place", "parse_dateline", "parse_lead_place", "parse_meta_strip"]


@dataclass(frozen=True, slots=True)
class Dateline:
    """A parsed dateline.

    .. versionadded:: 0.1.0
    """

    place: str
    """Where the story was filed, as written: "Tokyo", "WASHINGTON", "SALT LAKE CITY"."""
    source: str | None
    """The agency named in the dateline ("Reuters", "dpa", "AP"), or None."""
    raw: str
    """The matched text: the prefix "TOKYO (Reuters) —", or the place segment of a strip."""
    end: int
    """Offset in the input where the article text after the dateline begins; 0 for a standalone line."""


MAX_SCAN_CHARS: Final = 160
"""A dateline prefix ("SPRINGFIELD, Ill., Nov. 7, 2024 (AP) —") fits well within this. Only this much of
a paragraph is looked at, which keeps the work per call constant."""
MAX_STRIP_CHARS: Final = 400
"""Metadata strips are short; longer lines are prose with pipes in them."""
MAX_PLACE_WORDS: Final = 4
"""Place names in datelines have at most four words ("RIO DE JANEIRO", "SALT LAKE CITY")."""
MAX_STRIP_PLACE_WORDS: Final = 3
"""In a strip we accept only short places: longer capitalised segments are titles or names."""

_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}.'’\-]*"
_TITLE_WORD = r"\p{Lu}[\p{Ll}\p{M}.'’\-]*(?:-\p{Lu}[\p{Ll}\p{M}'’]*)?"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+(?:{_CAPS_WORD}|DE|DA|DO|DEL|DI|LA|LE|AM|AN|ST\.)){{0,3}}"
_TITLE_PLACE = (
    rf"{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|de|da|do|del|di|la|le|am|an|upon|sur|on)){{0,3}}"
)
_MORE_PLACES = r"(?:\s*/\s*{0})*"
_EXTRA = r"(?:,\s*[\p{L}\p{N}.'’]+(?:\s+[\p{L}\p{N}.'’]+){0,4}){1,3}"
_AGENCY = r"\(\s*(?P<source>[^()\n]{1,40}?)\s*\)"
_DASH = r"\s*\.?(?:[-–—]+|:)\s*"  # "PARÍS (EFE).- El gobierno": Spanish wires put a full stop first

_CAPS_DATELINE = regex.compile(
    rf"(?P<place>{_CAPS_PLACE}{_MORE_PLACES.format(_CAPS_PLACE)})"
    rf"(?P<extra>{_EXTRA})?\s*(?:{_AGENCY})?(?P<dash>{_DASH})(?=\S)",
)
"""ALL-CAPS place, optional ", date or region", optional "(Agency)", then a dash or colon."""
_TITLE_DATELINE = regex.compile(
    rf"(?P<place>{_TITLE_PLACE}{_MORE_PLACES.format(_TITLE_PLACE)})"
    rf"(?P<extra>{_EXTRA})?\s*{_AGENCY}(?P<dash>{_DASH})",
)
"""Title-case place: only with an "(Agency)", without which "Trump wins - again" would match."""

_CJK_PLACE = r"[\p{Han}\p{Hangul}\p{Katakana}ー・]{1,8}?"
_CJK_PAREN = regex.compile(
    rf"(?P<place>{_CJK_PLACE})\s*[(（]\s*(?P<source>[^()（）=\n]{{1,16}}?)\s*[)）]\s*(?:[-－—–=]+\s*)?(?=\S)"
)
"""East Asian wire datelines: "東京 (共同通信) -", "北京（新華社）"."""
_CJK_EQUALS = regex.compile(
    rf"[(（]\s*(?P<place>{_CJK_PLACE})\s*=\s*(?P<source>[^()（）=\n]{{1,16}}?)\s*[)）]\s*(?:[-－—–=]+\s*)?"
)
"""Korean wire datelines: "(서울=연합뉴스)"."""
_CJK_BRACKET = regex.compile(
    rf"【\s*(?P<place>{_CJK_PLACE})(?P<source>共同|時事|ロイター|新華社|新华社|聯合|AFP|AP)\s*】\s*"
)
"""Japanese wire datelines: "【北京共同】", "【ワシントン時事】"."""
_CJK_XINHUA = regex.compile(r"(?P<source>新华社|新華社|中新社)(?P<place>\p{Han}{2,6}?)\d{1,2}月\d{1,2}日电\s*")
"""Chinese wire datelines: "新华社北京11月7日电"."""
_CJK_AGENCY_ENDS: Final = ("通信", "通信社", "新華社", "新华社", "中新社", "뉴스", "통신", "時事", "共同", "ニュース")
"""Endings of East Asian wire names ("共同通信", "연합뉴스", "時事通信"): a source ending so is an agency."""

_LABELS: Final = frozenset({
    "NOTE", "EDITOR'S NOTE", "EDITORS NOTE", "UPDATE", "UPDATED", "PHOTO", "PHOTOS", "VIDEO", "WATCH",
    "LISTEN", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "ANALYSIS", "OPINION", "LIVE", "CORRECTION",
    "CLARIFICATION", "FILE", "FACTBOX", "EXPLAINER", "REFILE", "RPT", "ADVISORY", "WARNING", "DISCLAIMER",
    "SPONSORED", "ADVERTISEMENT", "ANZEIGE", "WERBUNG", "HOME", "NEWS", "READ MORE", "MORE", "SEE ALSO",
    "RELATED", "TOP", "Q", "A", "FAQ", "FAQS", "SOURCE", "SOURCES", "CREDIT", "QUELLE", "FOTO", "BILD",
    "TEXT", "AUTHOR", "AUTOR", "BY", "VON", "KOMMENTAR", "INTERVIEW", "REVIEW", "PODCAST",
    "TIP", "TIPP", "FAZIT", "INFO", "HINWEIS", "ACHTUNG", "URGENT", "EILMELDUNG", "SPOILER", "TL;DR", "TLDR",
    "PS", "P.S.", "NB", "N.B.", "OK", "USA", "US", "UK", "EU", "UN",
})
"""All-caps words that start headlines and notes ("UPDATE - ...", "NOTE: ..."), never places.
Country acronyms are here too: "US - China talks" is a headline; real datelines name a city."""

_STRIP_SPLIT = regex.compile(r"[|•·∙◦]")
_LABEL_SEGMENT = regex.compile(
    r"^(?:updated|update|published|posted|created|modified|last\s+updated|aktualisiert|veröffentlicht|"
    r"erstellt|stand|zuletzt|publié|mis\s+à\s+jour|actualizado|publicado|aggiornato|pubblicato|"
    r"bijgewerkt|gepubliceerd|read(?:ing)?\s+time|lesezeit)\b",
    regex.IGNORECASE,
)
_DIGIT = regex.compile(r"\d")
_STRIP_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}.'’\-]*")
_PLACE_PREFIXES: Final = frozenset({
    "new", "san", "santa", "santo", "são", "los", "las", "la", "le", "el", "st.", "saint", "sankt", "bad",
    "port", "fort", "mount", "rio", "buenos", "hong", "kuala", "tel", "abu", "ho", "cape", "mexico",
})
"""First words that mark a two-word strip segment as a place ("New York", "San Diego", "Bad Homburg")."""


def _is_agency_text(text: str) -> bool:
    key = text.strip(" .").casefold()
    if text.strip(" .") in CASE_SENSITIVE_AGENCIES:
        return True
    parts = [p for p in regex.split(r"\s*[/,]\s*", key) if p]
    return bool(parts) and all(p in AGENCIES for p in parts) and not (
        len(key) <= 2 and text.strip(" .") not in CASE_SENSITIVE_AGENCIES
    )


MAX_REGIONAL_CODE = 4
"""Regional desks of a wire are short codes after a slash ("dpa/lni", "dpa/lsw")."""


def _source_ok(source: str) -> bool:
    """An agency in a dateline is a known wire, or a short all-caps name ("(EUROPA PRESS)", "(IPS)").

    A wire with its regional desk ("dpa/lni") counts as the wire.
    """
    if _is_agency_text(source):
        return True
    head, _, desk = source.partition("/")
    if desk and _is_agency_text(head) and desk.isalpha() and len(desk) <= MAX_REGIONAL_CODE:
        return True
    letters = [c for c in source if c.isalpha()]
    return 2 <= len(letters) <= 20 and all(c.isupper() for c in letters)


def parse_dateline(text: str) -> Dateline | None:
    """Read a dateline at the start of a paragraph, or the place of a metadata strip.

    Args:
        text: a paragraph or one line of a page.

    Returns:
        The :class:`Dateline`, or None when the text does not start with one.

    Example:
        >>> d = parse_dateline("TOKYO (Reuters) - Japan's economy grew.")
        >>> d.place, d.source, d.raw, d.end
        ('TOKYO', 'Reuters', 'TOKYO (Reuters) -', 18)
        >>> parse_dateline("Tokyo | Updated: 07-11-2024 07:25 IST").place
        'Tokyo'
        >>> parse_dateline("Trump wins - again") is None
        True

    .. versionadded:: 0.1.0
    """
    lead = len(text) - len(text.lstrip())
    head = text[lead:lead + MAX_SCAN_CHARS]
    cjk = _cjk_dateline(head, lead)
    if cjk is not None:
        return cjk
    for pattern in (_CAPS_DATELINE, _TITLE_DATELINE):
        m = pattern.match(head)
        if m is None:
            continue
        found = _inline(m, text, lead, caps=pattern is _CAPS_DATELINE)
        if found is not None:
            return found
    return _strip_place(text)


def _cjk_dateline(head: str, lead: int) -> Dateline | None:
    """An East Asian wire dateline at the start of ``head``: place and agency, or None."""
    for pattern in (_CJK_PAREN, _CJK_EQUALS, _CJK_BRACKET, _CJK_XINHUA):
        m = pattern.match(head)
        if m is None:
            continue
        source = m.group("source").strip()
        if pattern is not _CJK_BRACKET and not (_is_agency_text(source) or source.endswith(_CJK_AGENCY_ENDS)):
            continue
        return Dateline(m.group("place"), source, head[: m.end()].rstrip(), lead + m.end())
    return None


def _inline(m: regex.Match[str], text: str, lead: int, *, caps: bool) -> Dateline | None:
    place = str(m.group("place"))
    source = m.group("source")
    if source is not None and not _source_ok(source):
        return None
    first_place = regex.split(r"\s*/\s*", place)[0]
    if any(len(p.split()) > MAX_PLACE_WORDS for p in regex.split(r"\s*/\s*", place)):
        return None
    if caps:
        if place.upper() != place or first_place in _LABELS or place in _LABELS:
            return None
        letters = sum(c.isalpha() for c in first_place)
        colon = m.group("dash").strip() == ":"
        # A bare all-caps word before a colon is usually a label ("NOTE:", "FBI:"): with a colon we want
        # an agency or a date to confirm the dateline.
        if colon and source is None and m.group("extra") is None:
            return None
        if letters < 3 and source is None:
            return None
    end = lead + m.end()
    raw = text[lead:lead + m.end()].rstrip()
    return Dateline(place, str(source).strip() if source else None, raw, end)


def _strip_place(text: str) -> Dateline | None:
    """The place segment of a metadata strip.

    The rule: split at ``|`` and bullets; segments with digits or starting with a label ("Updated:")
    are date segments, and a strip needs at least one of them. Candidates are the other segments of
    one to three capitalised words. The byline segment is the one :func:`parse_byline` reads as names
    or a desk ("Jane Doe", "Devdiscourse News Desk") and comes first; the place is the first candidate
    after it. A strip without a byline segment has a place only when its single candidate is one word,
    ALL CAPS, or starts like a place ("New York"): "Tokyo | Updated: ..." is a place, "Jane Doe |
    Updated: ..." is a byline.
    """
    if len(text) > MAX_STRIP_CHARS or not _STRIP_SPLIT.search(text):
        return None
    segments = parse_meta_strip(text)
    dated = [bool(_DIGIT.search(s) or _LABEL_SEGMENT.match(s)) for s in segments]
    if not any(dated):
        return None
    candidates: list[str] = []
    byline_seen = False
    for seg, is_date in zip(segments, dated, strict=True):
        if is_date:
            continue
        if _is_agency_text(seg):
            byline_seen = True
            continue
        words = seg.split()
        place_like = 0 < len(words) <= MAX_STRIP_PLACE_WORDS and all(
            _STRIP_WORD.fullmatch(w) or w in {"de", "am", "an", "la", "le", "del", "do", "da"} for w in words
        )
        if place_like and not byline_seen and len(words) >= 2 and not _looks_like_place(words):
            byline = parse_byline(seg)
            if byline is not None and (byline.authors or byline.source):
                byline_seen = True
                continue
        if not place_like:
            byline = parse_byline(seg)
            if byline is not None:
                byline_seen = True
            continue
        candidates.append(seg)
        if byline_seen:
            break
    if not candidates:
        return None
    place = candidates[0]
    if not byline_seen and len(candidates) > 1:
        # "Jane Doe | Tokyo | Updated": the first name-like segment is the byline.
        place = candidates[1]
    return Dateline(place, None, place, 0)


def _looks_like_place(words: list[str]) -> bool:
    return len(words) == 1 or all(w.upper() == w for w in words) or words[0].casefold() in _PLACE_PREFIXES


def parse_meta_strip(text: str) -> tuple[str, ...]:
    """Split a metadata strip into its segments at ``|`` and bullets.

    Args:
        text: one line such as ``"Desk | Tokyo | Updated: 07-11-2024 07:25 IST"``.

    Returns:
        The non-empty segments, stripped, in order; empty for text longer than
        :data:`MAX_STRIP_CHARS`, which is prose rather than a strip.

    Example:
        >>> parse_meta_strip("Devdiscourse News Desk | Tokyo | Updated: 07-11-2024 07:25 IST")
        ('Devdiscourse News Desk', 'Tokyo', 'Updated: 07-11-2024 07:25 IST')

    .. versionadded:: 0.1.0
    """
    if len(text) > MAX_STRIP_CHARS:
        return ()
    return tuple(s for s in (seg.strip() for seg in _STRIP_SPLIT.split(text)) if s)


_PLACE_COMMA = regex.compile(rf"(?P<place>{_TITLE_PLACE}|{_CAPS_PLACE})\s*,\s*")
_LEAD_PLACE = regex.compile(
    rf"(?P<place>{_TITLE_PLACE}{_MORE_PLACES.format(_TITLE_PLACE)})\s+(?:[–—]|-(?=\s))\s*(?=[\p{{Lu}}„“”\"«»‚])"
)
_WORD = regex.compile(r"\w+")
MAX_DATED_PLACE_CHARS: Final = 80
"""A "Place, date" line is short; a longer line is a sentence that happens to hold a date."""
MIN_LEAD_WORDS: Final = 12
"""A place and a dash open a real paragraph; on a short line they are a headline ("Berlin – Tag eins")."""
MAX_LEAD_PLACE_WORDS: Final = 3


def parse_dated_place(text: str, *, language: str | None = None) -> Dateline | None:
    """The place of a line that holds only a place and a date.

    "Valencia, 5 de junio de 2024 - 10:15", "Berlin, 14.11.2023", "Paris, le 7 novembre 2024".
    Apart from the place, the line must be the date (with its clock) and at most one short word.

    Args:
        text: one line, standing alone (not a paragraph).
        language: the page's language, for month names.

    Returns:
        The :class:`Dateline` (``end`` 0: the line is not body text), or None.

    Example:
        >>> parse_dated_place("Valencia, 5 de junio de 2024 - 10:15", language="es").place
        'Valencia'
        >>> parse_dated_place("Update, 5 June 2024") is None
        True

    .. versionadded:: 0.1.0
    """
    line = text.strip()
    if len(line) > MAX_DATED_PLACE_CHARS:
        return None
    m = _PLACE_COMMA.match(line)
    if m is None or not _could_be_place(m.group("place")):
        return None
    dates = find_dates(line, language=language)
    if not dates or dates[0].start < m.end():  # "Montag, 5. Juni 2024": the weekday is the date's
        return None
    left = line[m.end() : dates[0].start] + " " + line[dates[-1].end :]
    if len(_WORD.findall(left)) > 1:
        return None
    place = m.group("place")
    return Dateline(place, None, place, 0)


def parse_lead_place(text: str) -> Dateline | None:
    """A title-case place and a dash opening a paragraph: "Weilheim – Wer bisher ...".

    German and other European papers write the dateline so, without an agency. Without an
    agency the shape is also a headline's ("Trump wins - again"), so only a long paragraph
    counts, and only a place of at most three words that is no label ("Update –", "Fazit –").

    Args:
        text: the article's first paragraph.

    Returns:
        The :class:`Dateline` with ``end`` where the paragraph's own text begins, or None.

    Example:
        >>> text = "Bad Tölz – Der Stadtrat hat am Dienstag beschlossen, die alte Isarbrücke neu zu bauen."
        >>> parse_lead_place(text).place
        'Bad Tölz'

    .. versionadded:: 0.1.0
    """
    lead = len(text) - len(text.lstrip())
    m = _LEAD_PLACE.match(text, lead, lead + MAX_SCAN_CHARS)
    if m is None:
        return None
    place = m.group("place")
    if any(len(p.split()) > MAX_LEAD_PLACE_WORDS for p in regex.split(r"\s*/\s*", place)) or _is_label(place):
        return None
    if len(_WORD.findall(text, m.end(), m.end() + 400)) < MIN_LEAD_WORDS:
        return None
    return Dateline(place, None, text[lead : m.end()].rstrip(), m.end())


def _could_be_place(segment: str) -> bool:
    """A "Segment, date" line names a place, not a person, a desk or a label ("Jane Doe, 5 June")."""
    if _is_label(segment) or _LABEL_SEGMENT.match(segment) or _is_agency_text(segment):
        return False
    words = segment.split()
    if len(words) > 1 and not _looks_like_place(words):
        return False
    byline = parse_byline(segment)
    return byline is None or not (byline.authors or byline.source)


def _is_label(place: str) -> bool:
    return place.upper() in _LABELS or place.split(maxsplit=1)[0].upper() in _LABELS
