# Copyright 2025 newsclean developers. SPDX-License-Identifier: Apache-2.0
"""Find publication and update dates in the visible text of news pages.

Approach:

1. **Candidates.** A handful of linear-time patterns (every quantifier is bounded,
   no nested repetition) scan the text: year-first numbers (ISO 8601 with an
   optional ``T`` time and zone, ``2024/11/07``, ``2024. 11. 07.``), day/month-first
   numbers (``07.11.2024``, ``11/07/2024``), month names in 50+ CLDR locales
   (``7. November 2024``, ``November 7, 2024``, ``2024. november 7.``), CJK and
   Vietnamese numerals (``2021年3月23日``, ``2021년 3월 23일``, ``23 tháng 3, 2024``)
   and, only with a ``reference_time``, relative expressions ("3 hours ago",
   "vor 2 Stunden", "gestern, 14:05"). Month and weekday names come from
   ``newsclean/data/date_names.json``, generated from CLDR by
   ``scripts/gen_date_names.py``; babel is never imported at run time.
2. **Overlaps.** Candidates are taken left to right; at one position the longest
   wins, and a candidate inside an accepted one is dropped.
3. **Context.** Around each accepted date, bounded windows of text are read: a time
   (and zone) after it, or a time before it; a weekday name before it; and a
   keyword ("Updated:", "Veröffentlicht", "Publié le", ...) that sets ``kind``.
4. **Day/month order** for numeric dates, strongest evidence first: the
   ``dayfirst`` argument; other dates in the same text whose day is > 12; the
   URL's date; the dotted separator (``07.11.2024`` is day-first everywhere it
   is used); the language (month-first only for ``en``/``en-US``). When nothing
   decides and both parts are <= 12, the day-first reading is returned with
   ``ambiguous=True``.
5. **Validation** in small separate checks: a real calendar date, a year within
   ``min_year`` .. 2100, not after ``reference_time`` (+1 day), a real clock time,
   and not a price, phone number or version number.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import json
import threading
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import regex  # type: ignore[import-untyped,unused-ignore]

from newsclean.metadata.glue import glue_points

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["DateMatch", "date_from_url", "find_dates", "month_from_url", "page_dayfirst", "parse_date"]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date found in a text.

    .. versionadded:: 0.1.0
    """

    value: datetime | date
    """A tz-aware ``datetime`` when the text states a zone or offset, a naive
    ``datetime`` when it states a time but no zone, a ``date`` when no time."""

    raw: str
    """The exact substring of the input text that was parsed (never invented)."""

    start: int
    """Offset of :attr:`raw` in the input text."""

    end: int
    """Offset just past :attr:`raw` in the input text."""

    kind: str
    """``"published"``, ``"updated"`` or ``"unknown"``, from a keyword shortly before."""

    ambiguous: bool = False
    """True when day/month order could not be decided (e.g. ``03/04/2021`` and no evidence)."""

    relative: bool = False
    """True for dates computed from ``reference_time`` ("3 hours ago", "gestern")."""

    tz_note: str | None = None
    """How an ambiguous zone abbreviation was read, e.g. ``"IST read as +05:30 (India); ..."``."""


# --------------------------------------------------------------------------- names


def _load_names() -> tuple[Mapping[str, Mapping[str, int]], Mapping[str, Mapping[str, int]], tuple[str, ...]]:
    """Read the generated CLDR names once; return (months, weekdays, locale order)."""
    path = resources.files("newsclean") / "data" / "date_names.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    months = MappingProxyType(
        {lang: MappingProxyType(dict(names)) for lang, names in document["months"].items()}
    )
    weekdays = MappingProxyType(
        {lang: MappingProxyType(dict(names)) for lang, names in document["weekdays"].items()}
    )
    return months, weekdays, tuple(document["locales"])


_MONTHS_BY_LANGUAGE, _WEEKDAYS_BY_LANGUAGE, _LOCALES = _load_names()


def _first_wins(tables: Mapping[str, Mapping[str, int]]) -> Mapping[str, int]:
    """Merge per-language tables; a name in two languages keeps the earlier locale's number."""
    merged: dict[str, int] = {}
    for lang in _LOCALES:
        for name, number in tables.get(lang, {}).items():
            merged.setdefault(name, number)
    return MappingProxyType(merged)


_MONTHS = _first_wins(_MONTHS_BY_LANGUAGE)
_WEEKDAYS = _first_wins(_WEEKDAYS_BY_LANGUAGE)
# Two-letter weekday abbreviations ("do", "so", "ma") are ordinary words in many
# languages; before a date they are still a good sign, so they stay in the list.
_MONTH_NAMES = sorted(_MONTHS, key=len, reverse=True)
_WEEKDAY_NAMES = sorted(_WEEKDAYS, key=len, reverse=True)
# A named list of month or weekday names (1,562 and 1,066 of them) costs over ten microseconds at each
# position where it fails, however plainly the text there is no name: the patterns try it behind a
# lookahead for the names' first two characters (one lookup of one length; every name has two or more).
# Under _FLAGS (simple case folding, character by character) a name's match opens with a match of its
# first two characters, so the lookahead never turns a match away.
_MONTH_HEADS = sorted({name[:2] for name in _MONTH_NAMES})
_WEEKDAY_HEADS = sorted({name[:2] for name in _WEEKDAY_NAMES})
_MONTH = r"(?=\L<month_heads>)\L<months>"
_WEEKDAY = r"(?=\L<weekday_heads>)\L<weekdays>"


# --------------------------------------------------------------------------- zones


@dataclass(frozen=True, slots=True)
class _Zone:
    """One reading of a zone abbreviation."""

    minutes: int
    """Offset east of UTC, in minutes."""

    where: str
    """Human-readable name used in ``tz_note``."""

    languages: frozenset[str] = frozenset()
    """Languages whose news most often mean this reading."""


def _zone(minutes: int, where: str, *languages: str) -> _Zone:
    return _Zone(minutes, where, frozenset(languages))


# The first reading of each abbreviation is the default when ``language`` does not pick another.
_TIMEZONES: Mapping[str, tuple[_Zone, ...]] = MappingProxyType({
    "UTC": (_zone(0, "UTC"),),  # Coordinated Universal Time
    "GMT": (_zone(0, "GMT"),),  # Greenwich Mean Time; news sites use it as UTC
    "Z": (_zone(0, "UTC"),),  # ISO 8601 "Zulu"
    "WET": (_zone(0, "Western European Time"),),  # Portugal, Canaries in winter
    "WEST": (_zone(60, "Western European Summer Time"),),  # Portugal in summer
    "CET": (_zone(60, "Central European Time"),),  # most of the EU in winter
    "CEST": (_zone(120, "Central European Summer Time"),),  # most of the EU in summer
    "MEZ": (_zone(60, "Mitteleuropäische Zeit"),),  # German name of CET
    "MESZ": (_zone(120, "Mitteleuropäische Sommerzeit"),),  # German name of CEST
    "EET": (_zone(120, "Eastern European Time"),),  # Finland, Baltics, Greece, Romania... in winter
    "EEST": (_zone(180, "Eastern European Summer Time"),),  # the same in summer
    "MSK": (_zone(180, "Moscow Time"),),  # Russia (fixed +3 since 2014)
    # BST: British Summer Time in English news; Bangladesh Standard Time in Bengali news.
    "BST": (_zone(60, "British Summer Time", "en", "cy", "ga"), _zone(360, "Bangladesh", "bn")),
    # IST: India is by far the most common reading in English-language news.
    "IST": (
        _zone(330, "India", "en", "hi", "bn", "ta", "te", "mr"),
        _zone(60, "Ireland", "ga"),
        _zone(120, "Israel", "he", "iw"),
    ),
    "EST": (_zone(-300, "US Eastern Standard Time"),),  # US/Canada east, winter
    "EDT": (_zone(-240, "US Eastern Daylight Time"),),  # US/Canada east, summer
    # CST: US Central in English/Spanish news, China Standard Time in Chinese news.
    "CST": (_zone(-360, "US Central", "en", "es"), _zone(480, "China", "zh")),
    "CDT": (_zone(-300, "US Central Daylight Time"),),  # US central, summer
    "MST": (_zone(-420, "US Mountain Standard Time"),),  # US mountain, winter; Arizona
    "MDT": (_zone(-360, "US Mountain Daylight Time"),),  # US mountain, summer
    "PST": (_zone(-480, "US Pacific Standard Time"),),  # US west coast, winter
    "PDT": (_zone(-420, "US Pacific Daylight Time"),),  # US west coast, summer
    "AKST": (_zone(-540, "Alaska Standard Time"),),  # Alaska, winter
    "AKDT": (_zone(-480, "Alaska Daylight Time"),),  # Alaska, summer
    "HST": (_zone(-600, "Hawaii Standard Time"),),  # Hawaii (no DST)
    # AST: Atlantic (Canada, Caribbean) in English; Arabia Standard Time in Arabic news.
    "AST": (_zone(-240, "Atlantic Standard Time", "en", "fr", "es"), _zone(180, "Arabia", "ar")),
    "NST": (_zone(-210, "Newfoundland Standard Time"),),  # Newfoundland, winter
    "BRT": (_zone(-180, "Brasília Time"),),  # Brazil
    "ART": (_zone(-180, "Argentina Time"),),  # Argentina
    "JST": (_zone(540, "Japan Standard Time"),),  # Japan
    "KST": (_zone(540, "Korea Standard Time"),),  # South Korea
    "HKT": (_zone(480, "Hong Kong Time"),),  # Hong Kong
    "SGT": (_zone(480, "Singapore Time"),),  # Singapore
    "PHT": (_zone(480, "Philippine Time"),),  # Philippines
    "WIB": (_zone(420, "Western Indonesia Time"),),  # Jakarta
    "WITA": (_zone(480, "Central Indonesia Time"),),  # Bali, Sulawesi
    "WIT": (_zone(540, "Eastern Indonesia Time"),),  # Papua
    "ICT": (_zone(420, "Indochina Time"),),  # Thailand, Vietnam, Cambodia, Laos
    "PKT": (_zone(300, "Pakistan Standard Time"),),  # Pakistan
    "AEST": (_zone(600, "Australian Eastern Standard Time"),),  # Sydney/Melbourne, winter
    "AEDT": (_zone(660, "Australian Eastern Daylight Time"),),  # Sydney/Melbourne, summer
    "ACST": (_zone(570, "Australian Central Standard Time"),),  # Adelaide, Darwin
    "ACDT": (_zone(630, "Australian Central Daylight Time"),),  # Adelaide, summer
    "AWST": (_zone(480, "Australian Western Standard Time"),),  # Perth
    "NZST": (_zone(720, "New Zealand Standard Time"),),  # New Zealand, winter
    "NZDT": (_zone(780, "New Zealand Daylight Time"),),  # New Zealand, summer
    "SAST": (_zone(120, "South Africa Standard Time"),),  # South Africa
    "EAT": (_zone(180, "East Africa Time"),),  # Kenya, Ethiopia, Tanzania...
    "WAT": (_zone(60, "West Africa Time"),),  # Nigeria, Cameroon...
    "CAT": (_zone(120, "Central Africa Time"),),  # Zambia, Zimbabwe...
})

# US generic zones ("10 a.m. ET"): standard or daylight offset by the US DST rule of the date.
_US_GENERIC_ZONES: Mapping[str, tuple[int, str]] = MappingProxyType({
    "ET": (-300, "US Eastern"),
    "CT": (-360, "US Central"),
    "MT": (-420, "US Mountain"),
    "PT": (-480, "US Pacific"),
})

_ZONE_NAMES = sorted([*_TIMEZONES, *_US_GENERIC_ZONES], key=len, reverse=True)

# --------------------------------------------------------------------------- patterns

_FLAGS = regex.IGNORECASE | regex.VERSION0
# Digits not glued to other digit groups: "1.2.3.2024" or "+49-30-12-05-2024" are not dates.
_NUM_BEFORE = r"(?<!\d)(?<!\d[.,/:-])(?<![+#$€£¥₹])"
_NUM_AFTER = r"(?!\d)(?![.,/:-]\d)"
# A clock right after a date's year with no space between: markup that put the time in its own
# element ("<span>28.09.19</span><span>12:44</span>") renders as "28.09.1912:44".
_GLUED_CLOCK = r"(?=\d{1,2}:\d{2}(?!\d))"
_ORDINAL = r"(?:st|nd|rd|th|er|re|e|º|ª|°|-?го|-?е)?"

_YMD = regex.compile(
    _NUM_BEFORE
    + r"(?P<y>\d{4})(?P<sep>[-./])\s?(?P<m>\d{1,2})(?P=sep)\s?(?P<d>\d{1,2})(?!\d)"
    + r"(?:T(?P<H>\d{2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,]\d{1,9})?)?"
    + r"(?-i:(?P<iso_tz>Z|[+-]\d{2}(?::?\d{2})?))?(?!\d))?"
    + r"(?(H)|\.?(?![-./:]?\d))",
    _FLAGS,
)
_NUMERIC = regex.compile(
    _NUM_BEFORE + r"(?P<a>\d{1,2})(?P<sep>[-./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    # the year ends the number, or runs into a clock its own element held ("28.09.19" + "12:44")
    + r"(?:" + _NUM_AFTER + r"|" + _GLUED_CLOCK + r")",
    _FLAGS,
)
_CJK = regex.compile(
    _NUM_BEFORE
    + r"(?P<y>\d{4})\s?[年년]\s?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日号號일](?!\d)",
    _FLAGS,
)
_VIETNAMESE = regex.compile(
    _NUM_BEFORE + r"(?P<d>\d{1,2})\s?tháng\s?(?P<m>\d{1,2}),?\s{1,2}(?:năm\s)?(?P<y>\d{4})(?!\d)",
    _FLAGS,
)
# The month-name lists are long; matching one at a position costs far more than a plain scan.
# Each name pattern therefore first checks, with a lookahead that the rest of the pattern implies
# (names hold no digits), that a digit follows within reach, so most positions fail before the list.
_MONTH_REACH = max(map(len, _MONTH_NAMES))  # longest month name
# A written-out date's year ends at a non-digit, or runs into a clock when a page's markup puts
# the time in its own element with no space between ("3 de mayo de 2022" + "21:25").
_YEAR_END = r"(?:(?!\d)|" + _GLUED_CLOCK + r")"
_WEEKDAY_REACH = max(map(len, _WEEKDAY_NAMES))
# month, "." and up to three separators before the day's digits
_MDY_GATE = rf"(?=\D{{1,{_MONTH_REACH + 4}}}\d)"
# after the day: ordinal (3), ".", 3 separators, "de "/"of " (5), weekday + ", " (+4), month, ".",
# " del" (6) and 4 separators before the year's digits
# (names, ordinals and separators hold no digits, so the first digits after the day are the year's four)
_DMY_GATE = rf"(?=\D{{1,{_MONTH_REACH + _WEEKDAY_REACH + 27}}}\d{{4}}{_YEAR_END})"
_DMY_NAME = regex.compile(
    r"(?<![\w.,:/-])(?P<d>\d{1,2})(?!\d)" + _DMY_GATE + _ORDINAL + r"\.?[\s/-]{0,3}(?:(?:de|of)\s{1,3})?"
    # A weekday between day and month: "31 Donnerstag Okt 2019" (a common blog theme layout).
    r"(?:" + _WEEKDAY + r",?\s{1,3})?"
    r"(?P<mn>" + _MONTH + r")(?!\w)\.?(?:\s{1,3}del?(?!\w))?[\s,./-]{0,4}(?P<y>\d{4})" + _YEAR_END,
    _FLAGS,
    months=_MONTH_NAMES,
    weekdays=_WEEKDAY_NAMES,
    month_heads=_MONTH_HEADS,
    weekday_heads=_WEEKDAY_HEADS,
)
# A tighter gate the rest of the month-first pattern also implies: the name is at most
# _MONTH_SPACES + 1 space-separated runs of non-digits, then up to three separators and the day's
# one or two digits. A word that only precedes the month ("Published on March 7") fails it before the list.
_MONTH_SPACES = max(name.count(" ") for name in _MONTH_NAMES)
_MDY_SHAPE = rf"(?=[^\s\d]+(?:\s[^\s\d]+){{0,{_MONTH_SPACES}}}[\s/-]{{0,3}}\d{{1,2}}(?!\d))"
_MDY_NAME = regex.compile(
    r"(?<!\w)" + _MDY_GATE + _MDY_SHAPE + r"(?P<mn>" + _MONTH + r")(?!\w)\.?[\s/-]{0,3}"
    r"(?P<d>\d{1,2})(?!\d)(?:st|nd|rd|th)?"
    r"(?:\s{1,3}de(?!\w))?[\s,./-]{0,4}(?P<y>\d{4})" + _YEAR_END,
    _FLAGS,
    months=_MONTH_NAMES,
    month_heads=_MONTH_HEADS,
)
_DAY_THEN_YEAR = regex.compile(r"\d\D{0,11}\d{4}")
"""What every :data:`_MDY_NAME` match holds: the day's last digit, then at most 11 non-digits (an ordinal
of 2, " de" with up to 3 spaces, 4 separators), then the year's four digits. A cheap gate before its scan."""
# Hungarian "2024. november 7.", Lithuanian "2024 m. lapkričio 7 d.", "2024 Nov 07".
_YMD_NAME = regex.compile(
    r"(?<![\w.,:/-])(?P<y>\d{4})(?:\.|\s{1,3}m\.|,)?\s{1,3}(?P<mn>" + _MONTH + r")(?!\w)\.?\s{0,3}"
    r"(?P<d>\d{1,2})(?!\d)(?:\.|\s?d\.)?",
    _FLAGS,
    months=_MONTH_NAMES,
    month_heads=_MONTH_HEADS,
)
# Latvian "2024. gada 7. novembris".
_YDM_NAME = regex.compile(
    r"(?<![\w.,:/-])(?P<y>\d{4})\.\s{1,3}gada\s{1,3}(?P<d>\d{1,2})\.\s{0,3}(?P<mn>" + _MONTH + r")(?!\w)",
    _FLAGS,
    months=_MONTH_NAMES,
    month_heads=_MONTH_HEADS,
)

_TZ_TAIL = (
    r"(?:\s{0,2}\(?(?-i:(?P<abbr>\L<zones>))(?![\w])\)?)?"
    r"(?:(?<=GMT|UTC)\s?(?P<off>[+−-]\d{1,2}(?::?\d{2})?)(?!\d)|\s?(?P<off>[+−-]\d{2}:?\d{2})(?!\d))?"
)
_CLOCK = (
    r"(?:(?:klo|kl\.)\s?(?P<H>\d{1,2})[.:](?P<M>\d{2})"
    r"|(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:[.,]\d{1,6})?"
    r"|(?P<H>\d{1,2})h(?P<M>\d{2})(?!\d)"
    r"|(?P<H>\d{1,2})\.(?P<M>\d{2})(?=\s?(?:Uhr|h)(?!\w))"
    r"|(?P<H>\d{1,2})(?=\s?[ap]\.?\s?m\.?(?!\w)))"
    r"(?!\d)(?:\s?(?P<ampm>[ap])\.?\s?m\.?(?!\w))?(?:\s?(?:Uhr|h)(?!\w))?"
)
_TIME_AFTER = regex.compile(
    r"(?:\s{1,2}(?:г\.|года|r\.|god\.|yılı|évi)(?!\w))?"
    r"[ \t]{0,3}(?:,|\||-|–|—|·|•|/|(?<!\w)(?:at|um|à|a\s las|alle|ore|om|o|в|às|saat|kello)(?!\w))?"
    r"\s{0,3}" + _CLOCK + _TZ_TAIL,
    _FLAGS,
    zones=_ZONE_NAMES,
)
_TIME_BEFORE = regex.compile(
    r"(?<![\d:])(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s?(?P<ampm>[ap])\.?m\.?)?"
    r"(?:\s{0,2}(?-i:(?P<abbr>\L<zones>)))?(?:(?<=GMT|UTC)\s?(?P<off>[+−-]\d{1,2}(?::?\d{2})?)(?!\d))?"
    r"\s{0,3}[,|·•/-]?\s{0,3}\Z",
    _FLAGS,
    zones=_ZONE_NAMES,
)
_WEEKDAY_BEFORE = regex.compile(
    r"(?<!\w)(?P<wd>" + _WEEKDAY + r")(?!\w)\.?,?\s{0,3}(?:(?:the|den|le|el|il|de|der)\s{1,3})?\Z",
    _FLAGS,
    weekdays=_WEEKDAY_NAMES,
    weekday_heads=_WEEKDAY_HEADS,
)

# Keywords that say which date this is; the one nearest before the date wins.
_UPDATED_WORDS = (
    r"updated|last\s updated|letzte\s änderung|änderung|stand|modified|last\s modified|revised"
    r"|aktualisiert|aktualisierung|geändert|actualizado"
    r"|actualizada|actualización|mis\s à\s jour|mise\s à\s jour|modifié|aggiornato|aggiornamento"
    r"|atualizado|atualização|bijgewerkt|gewijzigd|zaktualizowano|aktualizacja|aktualizováno"
    r"|aktualizované|обновлено|обновлен|оновлено|uppdaterad|uppdaterat|opdateret|oppdatert"
    r"|päivitetty|frissítve|módosítva|actualizat|güncellendi|güncelleme|ενημερώθηκε|ενημέρωση"
    r"|ажурирано|ažurirano|posodobljeno|atnaujinta|atjaunots|uuendatud|actualitzat|diperbarui"
    r"|cập\s nhật|更新|수정|업데이트"
)
_PUBLISHED_WORDS = (
    r"published|posted|created|first\s published|veröffentlicht|erstellt|publiziert|erschienen"
    r"|publicado|publicada|publié|publiée|pubblicato|pubblicata|gepubliceerd|geplaatst|opublikowano"
    r"|publikováno|publikované|опубликовано|опубликован|опубліковано|publicerad|publicerat"
    r"|publiceret|publisert|julkaistu|közzétéve|publikálva|publicat|yayınlandı|yayınlanma"
    r"|δημοσιεύθηκε|δημοσίευση|публикувано|објављено|objavljeno|paskelbta|publicēts|avaldatud"
    r"|diterbitkan|dipublikasikan|đăng\s lúc|发布|發布|公開|게시|입력|등록"
)
_KIND_WORD = regex.compile(
    r"(?<!\w)(?:(?P<updated>" + _UPDATED_WORDS + r")|(?P<published>" + _PUBLISHED_WORDS + r"))(?!\w)",
    _FLAGS | regex.VERBOSE,
)

# Relative dates. Units as named groups so every language maps to one timedelta.
_UNITS = (
    r"(?:(?P<minute>minutes?|mins?|minuten?|min\.|minutos?|minut[oiy]|minutę|minuuttia|minuter|minutter"
    r"|minuut|minutou|minutami|минут[уы]?|хвилин[уи]?|dakika|perc(?:e|cel)?|分钟|分鐘|分|분)"
    r"|(?P<hour>hours?|hrs?|stunden?|std\.|horas?|heures?|or[ae]|uur|godzin[ęy]?|godzina|hodinou|hodinami"
    r"|hodin|часа|часов|час|годин[уи]?|timmar|timme|timer|time|tuntia|tunti|saat|órával|óra"
    r"|小时|小時|時間|시간)"
    r"|(?P<day>days?|tag(?:en)?|días?|dias?|jours?|giorn[oi]|dagen|dag|dni|dzień|dnem|dny|дн(?:я|ей)|день"
    r"|днів|дні|dagar|dage|dager|päivää|päivä|gün|nap(?:ja|pal)?|天|日|일)"
    r"|(?P<week>weeks?|wochen?|semanas?|semaines?|settiman[ae]|weken|week|tygodni[ea]?|tydzień|týdnem"
    r"|týdny|недел[юиь]|тижн[іяь]|veckor|vecka|uger|uge|uker|uke|viikkoa|hafta|周|週間|주))"
)
_N = r"(?P<n>\d{1,3}|an?|one|eine[rm]?|ein|una?|une|uno|um|uma|een|en|ett|et|jeden|jedną|одну|один|одна)"
_RELATIVE = regex.compile(
    r"(?<!\w)(?:"
    r"(?:vor|hace|há|il\s{1,2}y\s{1,2}a|před|för|for|przed)\s{1,2}" + _N + r"\s{1,2}" + _UNITS
    + r"(?:\s{1,2}(?:sedan|siden))?"
    r"|" + _N + r"\s{0,2}" + _UNITS
    + r"\s{0,2}(?:ago|fa|geleden|temu|назад|тому|sedan|siden|sitten|önce|ezelőtt|tagasi|lalu|trước|前|전)"
    r")(?!\w)",
    _FLAGS,
)
_DAY_WORDS: Mapping[str, int] = MappingProxyType({
    # yesterday
    **dict.fromkeys(
        ("yesterday", "gestern", "ayer", "ieri", "gisteren", "ontem", "wczoraj", "вчера", "včera", "igår",
         "i går", "eilen", "tegnap", "dün", "вчора", "χθες", "juče", "jučer", "včeraj", "vakar", "eile",
         "ahir", "kemarin", "hôm qua", "昨天", "昨日", "어제"),
        -1,
    ),
    # today
    **dict.fromkeys(
        ("today", "heute", "hoy", "aujourd'hui", "aujourd’hui", "oggi", "vandaag", "hoje", "dzisiaj",
         "dziś", "сегодня", "dnes", "idag", "i dag", "tänään", "bugün", "сьогодні", "σήμερα", "danas",
         "danes", "šiandien", "šodien", "täna", "avui", "hari ini", "hôm nay", "今天", "今日", "오늘"),
        0,
    ),
})
# "hier" is French for yesterday but German and Dutch for "here": only with language="fr".
_FRENCH_ONLY_DAY_WORDS: Mapping[str, int] = MappingProxyType({"hier": -1})
_DAY_WORD = regex.compile(
    r"(?<!\w)(?P<word>\L<words>)(?!\w)",
    _FLAGS,
    words=sorted([*_DAY_WORDS, *_FRENCH_ONLY_DAY_WORDS], key=len, reverse=True),
)

# Cheap prefilters: every pattern above needs a digit, and every absolute one a four-digit year,
# so most lines of a page are settled by one scan that stops at the first digit.
_ANY_DIGIT = regex.compile(r"\d")
_FOUR_DIGITS = regex.compile(r"\d{4}")

_URL_DATE = regex.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[/_.-])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
    # day first, as European sites write slugs ("meldungen/29-10-2021"); never with "/", where
    # "/03/05/2021" could be month first
    r"|(?<![\d.])(?P<d>0?[1-9]|[12]\d|3[01])(?P<sep>[_.-])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d.]\d)"
)
# A year-month slot of a path ("/2010/05/slug"), as blog platforms file posts; a full date is
# read by _URL_DATE first.
_URL_MONTH = regex.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>0[1-9]|1[0-2])/")
# A web archive's snapshot prefix ("/web/20160218174457/http://..."): its timestamp is the crawl's day.
_ARCHIVE_PREFIX = regex.compile(r"^/web/\d{4,14}[a-z_]*/")

_MAX_YEAR = 2100  # a hard ceiling when no reference_time is given
_KIND_WINDOW = 60  # keywords further back than this belong to another line or sentence
_WEEKDAY_WINDOW = 30
_TIME_WINDOW = 24
_DAY_WORD_LINE = 40  # a bare "today" on a longer line is prose, not a dateline
# Prices, version numbers and phone/reference numbers written right before digits.
_NON_DATE_PREFIX = regex.compile(
    r"(?:[$€£¥₹][ \t]?|(?<![\w.])v\.?|(?<!\w)(?:version|ver\.|tel\.?|phone|fax|isbn|nr\.|no\.)[ \t:]{0,2})\Z",
    _FLAGS,
)


# --------------------------------------------------------------------------- validators


def _real_date(year: int, month: int, day: int) -> date | None:
    """The calendar date, or None for impossible ones (Feb 30, month 13)."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1 <= year <= 9999):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_plausible(year: int, min_year: int) -> bool:
    """Years before ``min_year`` or after 2100 are page furniture, not publication dates."""
    return min_year <= year <= _MAX_YEAR


def _not_in_future(value: date, reference_time: datetime | None) -> bool:
    """A page cannot be published after it was fetched; one day of slack for time zones."""
    if reference_time is None:
        return True
    return value <= reference_time.date() + timedelta(days=1)


def _real_time(hour: int, minute: int, second: int) -> bool:
    """A clock time on a 24-hour clock (leap seconds are folded into 59)."""
    return 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 60


def _looks_like_non_date(text: str, start: int) -> bool:
    """True when the text just before a numeric match marks a price, phone or version."""
    return _NON_DATE_PREFIX.search(text, max(0, start - 10), start) is not None


def _expand_two_digit_year(year: str, reference_time: datetime | None) -> int:
    """``24`` → 2024; years that would land after the reference year go to the 1900s."""
    value = int(year)
    if len(year) == 4:
        return value
    ceiling = reference_time.year + 1 if reference_time is not None else 2069
    return 2000 + value if 2000 + value <= ceiling else 1900 + value


# --------------------------------------------------------------------------- helpers


def _primary(language: str | None) -> str | None:
    """``"en-US"`` → ``"en"``; ``"no"`` → ``"nb"``; None stays None."""
    if not language:
        return None
    base = language.replace("_", "-").lower().split("-", 1)[0]
    return "nb" if base == "no" else base


def _month_number(name: str, language: str | None) -> int | None:
    key = name.lower()
    lang = _primary(language)
    if lang is not None:
        for table_key in (language.replace("_", "-").lower() if language else "", lang):
            table = _MONTHS_BY_LANGUAGE.get(table_key)
            if table is not None and key in table:
                return table[key]
    return _MONTHS.get(key) or _MONTHS.get(key.rstrip("."))


def _us_dst(day: date) -> bool:
    """US daylight saving time: second Sunday of March to first Sunday of November."""
    march = date(day.year, 3, 8)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    november = date(day.year, 11, 1)
    end = november + timedelta(days=(6 - november.weekday()) % 7)
    return start <= day < end


def _resolve_zone(abbr: str, language: str | None, day: date) -> tuple[tzinfo, str | None]:
    """Offset for a zone abbreviation, plus a note when the abbreviation had to be interpreted."""
    if abbr in _US_GENERIC_ZONES:
        minutes, where = _US_GENERIC_ZONES[abbr]
        summer = _us_dst(day)
        minutes += 60 if summer else 0
        label = "daylight" if summer else "standard"
        note = f"{abbr} read as {_format_offset(minutes)} ({where} {label} time by US DST rules)"
        return timezone(timedelta(minutes=minutes)), note
    readings = _TIMEZONES[abbr]
    lang = _primary(language)
    chosen = next((zone for zone in readings if lang in zone.languages), readings[0])
    if len(readings) == 1:
        return timezone(timedelta(minutes=chosen.minutes)), None
    why = f'language "{language}"' if lang in chosen.languages else "default reading"
    others = ", ".join(zone.where for zone in readings if zone is not chosen)
    note = (
        f"{abbr} read as {_format_offset(chosen.minutes)} ({chosen.where}, {why}); "
        f"ambiguous abbreviation, could also be {others}"
    )
    return timezone(timedelta(minutes=chosen.minutes)), note


def _format_offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _parse_offset(raw: str) -> tzinfo | None:
    """``+05:30``, ``-5``, ``+0200``, ``−3`` (minus sign) → a fixed offset, if valid."""
    sign = -1 if raw[0] in "-−" else 1
    digits = raw[1:].replace(":", "")
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


@dataclass(frozen=True, slots=True)
class _Time:
    """A clock time read next to a date."""

    start: int
    end: int
    value: time
    tz: tzinfo | None
    note: str | None


def _clock(match: regex.Match[str], day: date, language: str | None) -> _Time | None:
    """Turn a clock match (groups H M S ampm abbr off) into a time, validating it."""
    hour = int(match.group("H"))
    minute = int(match.group("M") or 0)
    second = int(match.groupdict().get("S") or 0)
    ampm = (match.group("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if not _real_time(hour, minute, second):
        return None
    tz: tzinfo | None = None
    note: str | None = None
    abbr = match.group("abbr")
    offset = match.groupdict().get("off")
    if abbr:
        tz, note = _resolve_zone(abbr, language, day)
    if offset:
        parsed = _parse_offset(offset)
        if parsed is not None:
            tz, note = parsed, None
    return _Time(match.start(), match.end(), time(hour, minute, min(second, 59)), tz, note)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A date found by one pattern, before context and day/month order are settled."""

    start: int
    end: int
    day: date | None
    """The date, or None while day/month order is open (then ``parts`` is set)."""
    parts: tuple[int, int, int, str] | None = None
    """(first, second, year, separator) of a numeric day/month date."""
    value: datetime | None = None
    """A complete value (ISO with time, relative dates)."""
    relative: bool = False
    note: str | None = None


def _numeric_candidates(text: str, options: _Options) -> list[_Candidate]:
    found: list[_Candidate] = []
    for match in _NUMERIC.finditer(text):
        first, second = int(match.group("a")), int(match.group("b"))
        year_text = match.group("y")
        if len(year_text) == 2 and (len(match.group("a")) != 2 or len(match.group("b")) != 2):
            continue  # "1.2.24" is a version or a score, "01.02.24" a date
        if year_text.startswith("0") and len(year_text) == 4:
            continue
        year = _expand_two_digit_year(year_text, options.reference_time)
        if _looks_like_non_date(text, match.start()) or not _year_plausible(year, options.min_year):
            continue
        readings = [r for r in ((first, second), (second, first)) if _real_date(year, r[1], r[0])]
        if not readings:
            continue
        found.append(_Candidate(match.start(), match.end(), None, (first, second, year, match.group("sep"))))
    return found


def _ymd_candidates(text: str, options: _Options) -> list[_Candidate]:
    found: list[_Candidate] = []
    if _FOUR_DIGITS.search(text) is None:
        return found
    for pattern in (_YMD, _CJK, _VIETNAMESE):
        for match in pattern.finditer(text):
            year = int(match.group("y"))
            day = _real_date(year, int(match.group("m")), int(match.group("d")))
            if day is None or not _year_plausible(year, options.min_year):
                continue
            if pattern is _YMD and _looks_like_non_date(text, match.start()):
                continue
            value: datetime | None = None
            note: str | None = None
            if pattern is _YMD and match.group("H") is not None:
                hour, minute = int(match.group("H")), int(match.group("M"))
                second = int(match.group("S") or 0)
                if not _real_time(hour, minute, second):
                    continue
                tz: tzinfo | None = None
                iso_tz = match.group("iso_tz")
                if iso_tz:
                    tz = timezone.utc if iso_tz.upper() == "Z" else _parse_offset(iso_tz)
                value = datetime.combine(day, time(hour, minute, min(second, 59)), tz)
            found.append(_Candidate(match.start(), match.end(), day, value=value, note=note))
    return found


def _name_candidates(text: str, options: _Options) -> list[_Candidate]:
    found: list[_Candidate] = []
    if _FOUR_DIGITS.search(text) is None:
        # Every month-name pattern ends or starts with a four-digit year; the month alternation is
        # the slowest scan here, so it runs only where a year can be.
        return found
    # the month-first scan is the slowest of the four: it runs only where its day and year can be
    month_first = _DAY_THEN_YEAR.search(text) is not None
    for pattern in (_DMY_NAME, _MDY_NAME, _YMD_NAME, _YDM_NAME):
        if pattern is _MDY_NAME and not month_first:
            continue
        for match in pattern.finditer(text):
            month = _month_number(match.group("mn"), options.language)
            year = int(match.group("y"))
            if month is None or not _year_plausible(year, options.min_year):
                continue
            day = _real_date(year, month, int(match.group("d")))
            if day is not None:
                found.append(_Candidate(match.start(), match.end(), day))
    return found


def _relative_candidates(text: str, options: _Options) -> list[_Candidate]:
    reference = options.reference_time
    if reference is None:
        return []
    found: list[_Candidate] = []
    for match in _RELATIVE.finditer(text):
        word = match.group("n").lower()
        count = int(word) if word.isdigit() else 1
        if match.group("minute") or match.group("hour"):
            unit = timedelta(minutes=1) if match.group("minute") else timedelta(hours=1)
            value = reference - count * unit
            found.append(_Candidate(match.start(), match.end(), value.date(), value=value, relative=True))
        else:
            days = count * (7 if match.group("week") else 1)
            day = (reference - timedelta(days=days)).date()
            found.append(_Candidate(match.start(), match.end(), day, relative=True))
    for match in _DAY_WORD.finditer(text):
        word = match.group("word").lower()
        offset = _DAY_WORDS.get(word)
        if offset is None and _primary(options.language) == "fr":
            offset = _FRENCH_ONLY_DAY_WORDS.get(word)
        if offset is None:
            continue
        day = reference.date() + timedelta(days=offset)
        found.append(_Candidate(match.start(), match.end(), day, relative=True))
    return found


def _short_line(text: str, start: int, end: int) -> bool:
    """Whether the line around [start, end) is at most ``_DAY_WORD_LINE`` characters."""
    left = text.rfind("\n", max(0, start - _DAY_WORD_LINE), start)
    right = text.find("\n", end, end + _DAY_WORD_LINE)
    line_start = left + 1 if left >= 0 else (0 if start < _DAY_WORD_LINE else -1)
    line_end = right if right >= 0 else (len(text) if len(text) - end < _DAY_WORD_LINE else -1)
    return line_start >= 0 and line_end >= 0 and line_end - line_start <= _DAY_WORD_LINE


@dataclass(frozen=True, slots=True)
class _Options:
    language: str | None
    reference_time: datetime | None
    dayfirst: bool | None
    min_year: int
    url_date: date | None


def _order_evidence(candidates: list[_Candidate], options: _Options) -> tuple[bool | None, bool]:
    """Day-first decision for the whole text: (dayfirst or None, decided-by-separator allowed)."""
    if options.dayfirst is not None:
        return options.dayfirst, False
    votes = 0
    for candidate in candidates:
        if candidate.parts is None:
            continue
        first, second, _, _ = candidate.parts
        if first > 12 >= second:
            votes += 1
        elif second > 12 >= first:
            votes -= 1
    if votes:
        return votes > 0, False
    if options.url_date is not None:
        for candidate in candidates:
            if candidate.parts is None:
                continue
            first, second, year, _ = candidate.parts
            if first == second:
                continue
            if _real_date(year, second, first) == options.url_date:
                return True, False
            if _real_date(year, first, second) == options.url_date:
                return False, False
    return None, True


def _language_dayfirst(language: str | None) -> bool | None:
    """Month-first only for US English; None when no language is known."""
    if not language:
        return None
    tag = language.replace("_", "-").lower()
    return tag not in {"en", "en-us"}


def _resolve_numeric(
    candidate: _Candidate, decided: bool | None, options: _Options
) -> tuple[date, bool] | None:
    """Pick the day/month reading of a numeric candidate; return (date, ambiguous)."""
    assert candidate.parts is not None  # callers filter
    first, second, year, sep = candidate.parts
    dayfirst_date = _real_date(year, second, first)
    monthfirst_date = _real_date(year, first, second)
    if dayfirst_date is None or monthfirst_date is None or dayfirst_date == monthfirst_date:
        only = dayfirst_date or monthfirst_date
        return (only, False) if only is not None else None
    if decided is not None:
        return (dayfirst_date if decided else monthfirst_date), False
    if sep == ".":
        return dayfirst_date, False
    by_language = _language_dayfirst(options.language)
    if by_language is not None:
        return (dayfirst_date if by_language else monthfirst_date), False
    return dayfirst_date, True


def _accept(candidates: list[_Candidate]) -> list[_Candidate]:
    """Left to right, longest first at a position; drop candidates overlapping an accepted one."""
    accepted: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if accepted and candidate.start < accepted[-1].end:
            continue
        accepted.append(candidate)
    return accepted


def _weekday_fits(matched: str, name: str) -> bool:
    """Two-letter weekdays ("Sa", "Do") count only with a dot or comma: "on", "to", "so" are words."""
    return len(name.rstrip(".")) >= 3 or matched[len(name) : len(name) + 1] in {".", ","}


def _kind(text: str, start: int, floor: int) -> str:
    """Nearest keyword before the date within ``_KIND_WINDOW`` characters."""
    last = None
    for last in _KIND_WORD.finditer(text, max(floor, start - _KIND_WINDOW), start):  # noqa: B007
        pass
    if last is None:
        return "unknown"
    return "updated" if last.group("updated") else "published"


def _build(  # one accepted candidate plus its context → DateMatch
    text: str,
    candidate: _Candidate,
    *,
    day: date,
    ambiguous: bool,
    floor: int,
    ceiling: int,
    options: _Options,
) -> DateMatch | None:
    start, end = candidate.start, candidate.end
    value: datetime | date = candidate.value if candidate.value is not None else day
    note = candidate.note
    if candidate.value is None:
        clock = _TIME_AFTER.match(text, end, ceiling)
        parsed = _clock(clock, day, options.language) if clock else None
        if parsed is None and not candidate.relative:
            before = _TIME_BEFORE.search(text, max(floor, start - _TIME_WINDOW), start)
            parsed = _clock(before, day, options.language) if before else None
            if parsed is not None:
                start = parsed.start
        elif parsed is not None:
            end = parsed.end
        if parsed is not None:
            value = datetime.combine(day, parsed.value, parsed.tz)
            note = parsed.note
    if candidate.relative and isinstance(value, date) and not isinstance(value, datetime):
        # A bare "today"/"gestern" counts only on a short line or right after a keyword.
        is_day_word = _DAY_WORD.fullmatch(text, candidate.start, candidate.end) is not None
        if is_day_word and not _short_line(text, start, end) and _kind(text, start, floor) == "unknown":
            return None
    weekday = _WEEKDAY_BEFORE.search(text, max(floor, start - _WEEKDAY_WINDOW), start)
    if (
        weekday is not None
        and not candidate.relative
        and _weekday_fits(weekday.group(0), weekday.group("wd"))
    ):
        start = weekday.start()
    if not _not_in_future(value if not isinstance(value, datetime) else value.date(), options.reference_time):
        return None
    return DateMatch(
        value=value,
        raw=text[start:end],
        start=start,
        end=end,
        kind=_kind(text, start, floor),
        ambiguous=ambiguous,
        relative=candidate.relative,
        tz_note=note,
    )


# --------------------------------------------------------------------------- public API


def find_dates(
    text: str,
    *,
    language: str | None = None,
    reference_time: datetime | None = None,
    dayfirst: bool | None = None,
    min_year: int = 1990,
    url: str | None = None,
) -> tuple[DateMatch, ...]:
    """All plausible dates in ``text``, in text order.

    Args:
        text: Visible page text (any size; all patterns run in linear time).
        language: BCP 47 tag of the page ("de", "en-GB"); picks month names first,
            day/month order as a last resort, and readings of ambiguous zones.
        reference_time: When the page was fetched. Enables relative dates ("3 hours
            ago") and rejects dates more than one day after it. The machine clock is
            never used.
        dayfirst: Force day/month order of numeric dates (overrides all evidence).
        min_year: Dates before this year are rejected.
        url: The page URL; its date (see :func:`date_from_url`) helps decide day/month order.

    Returns:
        A tuple of :class:`DateMatch`, possibly empty. Never raises for a ``str``.

    Example:
        >>> [m.value.isoformat() for m in find_dates("Updated: 7. November 2024, 7.25 Uhr")]
        ['2024-11-07T07:25:00']
        >>> find_dates("Posted 03/04/2021")[0].ambiguous
        True

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str) or not text:
        return ()
    if reference_time is None and _ANY_DIGIT.search(text) is None:
        # Without a reference time only written-out dates count, and each has digits.
        return ()
    url_date = (_url_date(url) if isinstance(url, str) else date_from_url(url)) if url else None
    options = _Options(language, reference_time, dayfirst, min_year, url_date)
    points = glue_points(text)
    if not points:
        return _find(text, options)
    # A dump ran dates together ("10. Februar 20199. Februar 2019"): read the text with the
    # lost spaces put back, then point each match at the same characters of the input.
    spaced = "".join(text[a:b] + " " for a, b in itertools.pairwise([0, *points])) + text[points[-1] :]
    shifted = [p + k for k, p in enumerate(points)]  # the inserted spaces' offsets in ``spaced``

    def back(offset: int) -> int:
        return offset - bisect.bisect_left(shifted, offset)

    return tuple(
        dataclasses.replace(m, start=back(m.start), end=back(m.end), raw=text[back(m.start) : back(m.end)])
        for m in _find(spaced, options)
    )


_FIND_CACHE_SIZE = 256
"""Texts whose dates :func:`_find` remembers: more than the lines with a year that one page reads twice."""
_FIND_CACHE_MAX_CHARS = 2_000
"""Only texts this short are remembered, so the cache holds a bounded number of characters between pages."""


_last_long = threading.local()
"""Each thread's last longer text and its dates: one entry, so it holds one line between pages at most."""


def _find(text: str, options: _Options) -> tuple[DateMatch, ...]:
    """The dates of ``text``; remembered, since a page's line is read for dates by several passes.

    The dateline and headline classifiers, the byline's date strips and the assembly each ask for
    the dates of the same lines of a page, with the same options; the answer (a tuple of frozen
    matches) depends on the two arguments alone. A short text goes in a shared cache; a longer one
    is remembered alone, per thread, so a long line is read once per page as a short one is (it was
    read three times, a step in cost at the cache's length limit).
    """
    if len(text) <= _FIND_CACHE_MAX_CHARS:
        return _find_remembered(text, options)
    last: tuple[str, _Options, tuple[DateMatch, ...]] | None = getattr(_last_long, "entry", None)
    if last is not None and last[1] == options and last[0] == text:
        return last[2]
    found = _read_dates(text, options)
    _last_long.entry = (text, options, found)
    return found


def _forget_long() -> None:
    """Drop this thread's remembered longer text (for timing measurements that repeat one input)."""
    _last_long.entry = None


@lru_cache(maxsize=_FIND_CACHE_SIZE)
def _find_remembered(text: str, options: _Options) -> tuple[DateMatch, ...]:
    return _read_dates(text, options)


def _read_dates(text: str, options: _Options) -> tuple[DateMatch, ...]:
    numeric = _numeric_candidates(text, options)
    decided, _ = _order_evidence(numeric, options)
    candidates = _accept(
        numeric + _ymd_candidates(text, options) + _name_candidates(text, options)
        + _relative_candidates(text, options)
    )
    results: list[DateMatch] = []
    floor = 0
    for index, candidate in enumerate(candidates):
        ceiling = candidates[index + 1].start if index + 1 < len(candidates) else len(text)
        ambiguous = False
        if candidate.parts is not None:
            resolved = _resolve_numeric(candidate, decided, options)
            if resolved is None:
                continue
            day, ambiguous = resolved
        else:
            assert candidate.day is not None  # only numeric candidates lack a day
            day = candidate.day
        match = _build(
            text, candidate, day=day, ambiguous=ambiguous, floor=floor, ceiling=ceiling, options=options
        )
        if match is not None:
            results.append(match)
            floor = match.end
    return tuple(results)


def parse_date(
    text: str,
    *,
    language: str | None = None,
    reference_time: datetime | None = None,
    dayfirst: bool | None = None,
    min_year: int = 1990,
    url: str | None = None,
) -> DateMatch | None:
    """The first date in ``text``, or None; same arguments as :func:`find_dates`.

    Args:
        text: Text to search.
        language: See :func:`find_dates`.
        reference_time: See :func:`find_dates`.
        dayfirst: See :func:`find_dates`.
        min_year: See :func:`find_dates`.
        url: See :func:`find_dates`.

    Returns:
        The first :class:`DateMatch`, or None when the text holds no plausible date.

    Example:
        >>> parse_date("le 7 novembre 2024").value
        datetime.date(2024, 11, 7)

    .. versionadded:: 0.1.0
    """
    found = find_dates(
        text, language=language, reference_time=reference_time, dayfirst=dayfirst, min_year=min_year, url=url
    )
    return found[0] if found else None


def _url_date(url: str) -> date | None:
    """:func:`date_from_url`, remembered: classifiers call :func:`find_dates` per line with the page's URL."""
    return _url_date_remembered(url) if len(url) <= _FIND_CACHE_MAX_CHARS else date_from_url(url)


@lru_cache(maxsize=256)
def _url_date_remembered(url: str) -> date | None:
    return date_from_url(url)


def date_from_url(url: str) -> date | None:
    """The date written in a URL path: ``/2021/03/23/``, ``/20210323/``, ``-2021-03-23-``, ``/23-03-2021``.

    Args:
        url: An absolute or relative URL.

    Returns:
        The first valid year-month-day date in the path, or None.

    Example:
        >>> date_from_url("https://example.com/news/2021/03/23/story.html")
        datetime.date(2021, 3, 23)

    .. versionadded:: 0.1.0
    """
    path = _url_path(url)
    if path is None:
        return None
    for match in _URL_DATE.finditer(path):
        day = _real_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        if day is not None:
            return day
    return None


def _url_path(url: object) -> str | None:
    """A URL's path without a web archive's timestamp prefix, cut to 2,048 characters (None for a non-string)."""
    if not isinstance(url, str):
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        path = url
    return _ARCHIVE_PREFIX.sub("", path)[:2048]


def month_from_url(url: str) -> tuple[int, int] | None:
    """The year and month a URL path files the page under: ``/2010/05/slug``.

    Blog platforms file posts by year and month only; such a slot does not date the
    page, but it says which month a date shown on the page must fall in.

    Args:
        url: An absolute or relative URL.

    Returns:
        ``(year, month)`` of the first year-month slot in the path, or None.

    Example:
        >>> month_from_url("https://blog.example/2010/05/literature-and-type/")
        (2010, 5)
        >>> month_from_url("https://example.com/2010/99/x") is None
        True

    .. versionadded:: 0.1.0
    """
    path = _url_path(url)
    match = _URL_MONTH.search(path) if path is not None else None
    return (int(match.group("y")), int(match.group("m"))) if match else None


def page_dayfirst(text: str, *, url: str | None = None) -> bool | None:
    """Day/month order of the numeric dates on a whole page, from the page's own evidence.

    A page writes its dates one way. Evidence, strongest first:

    1. numeric dates whose first or second part is over 12 (``25/03/2021`` is day-first);
    2. an ambiguous numeric date whose one reading is an ISO date elsewhere on the page
       (``2024-11-07`` beside ``07-11-2024``);
    3. the URL's date read the same way.

    Args:
        text: the page's text (every line; the scan is linear).
        url: the page URL, if known.

    Returns:
        True for day-first, False for month-first, None when the page does not say.

    Example:
        >>> page_dayfirst("date 2024-11-07\\nUpdated: 07-11-2024 07:25 IST")
        True
        >>> page_dayfirst("Posted 11/07/2024 and 12/25/2024")
        False
        >>> page_dayfirst("Posted 03/04/2021") is None
        True

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str) or not text:
        return None
    votes = 0
    ambiguous: list[tuple[int, int, int]] = []
    for match in _NUMERIC.finditer(text):
        first, second, year_text = int(match.group("a")), int(match.group("b")), match.group("y")
        if len(year_text) != 4 or _looks_like_non_date(text, match.start()):
            continue
        year = int(year_text)
        if first > 12 >= second >= 1:
            votes += 1
        elif second > 12 >= first >= 1:
            votes -= 1
        elif first != second and 1 <= first <= 12 and 1 <= second <= 12:
            ambiguous.append((first, second, year))
    if votes:
        return votes > 0
    if not ambiguous:
        return None
    known = {
        d
        for d in (_real_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))) for m in _YMD.finditer(text))
        if d is not None
    }
    url_day = date_from_url(url) if url else None
    if url_day is not None:
        known.add(url_day)
    for first, second, year in ambiguous:
        day_first, month_first = date(year, second, first), date(year, first, second)
        if day_first in known and month_first not in known:
            votes += 1
        elif month_first in known and day_first not in known:
            votes -= 1
    return (votes > 0) if votes else None
