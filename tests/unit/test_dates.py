# Copyright 2025 newsclean developers. SPDX-License-Identifier: Apache-2.0
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.metadata import dates
from newsclean.metadata.dates import DateMatch, date_from_url, find_dates, month_from_url, parse_date
from tests.timing import doubling_ratios

REF = datetime(2024, 11, 8, 12, 0, tzinfo=timezone.utc)


def naive(*parts: int) -> datetime:
    """A naive datetime (the value for a stated time without a zone)."""
    return datetime(*parts, tzinfo=timezone.utc).replace(tzinfo=None)


def one(text: str, **kwargs: object) -> DateMatch:
    found = find_dates(text, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


# ----------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-11-07", date(2024, 11, 7)),
        ("2024-11-07T07:25:00+05:30", datetime(2024, 11, 7, 7, 25, tzinfo=timezone(timedelta(minutes=330)))),
        ("2024-11-07T07:25:00Z", datetime(2024, 11, 7, 7, 25, tzinfo=timezone.utc)),
        ("2024-11-07T07:25", naive(2024, 11, 7, 7, 25)),
        ("2024-11-07 07:25:31", naive(2024, 11, 7, 7, 25, 31)),
        ("07.11.2024", date(2024, 11, 7)),
        ("2024/11/07", date(2024, 11, 7)),
        ("2024.11.07", date(2024, 11, 7)),
        ("2024. 11. 07.", date(2024, 11, 7)),
        ("07.11.2024 07:25", naive(2024, 11, 7, 7, 25)),
        ("07.11.2024, 7.25 Uhr", naive(2024, 11, 7, 7, 25)),
        ("le 07/11/2024 à 07h25", naive(2024, 11, 7, 7, 25)),
        ("07.11.2024 klo 7.25", naive(2024, 11, 7, 7, 25)),
        ("November 7, 2024", date(2024, 11, 7)),
        ("November 7th, 2024 at 7:25 pm", naive(2024, 11, 7, 19, 25)),
        ("7 Nov 2024", date(2024, 11, 7)),
        ("Nov. 7, 2024", date(2024, 11, 7)),
        ("7. November 2024", date(2024, 11, 7)),
        ("7 de noviembre de 2024", date(2024, 11, 7)),
        ("le 7 novembre 2024", date(2024, 11, 7)),
        ("7 listopada 2024", date(2024, 11, 7)),
        ("7 ноября 2024 г., 14:05", naive(2024, 11, 7, 14, 5)),
        ("29 / Dezember / 2022", date(2022, 12, 29)),
        ("31 Donnerstag Okt 2019", date(2019, 10, 31)),
        ("2024. november 7.", date(2024, 11, 7)),
        ("2024 m. lapkričio 7 d.", date(2024, 11, 7)),
        ("2024. gada 7. novembris", date(2024, 11, 7)),
        ("2021年03月23日", date(2021, 3, 23)),
        ("2021年3月23日 14:05", naive(2021, 3, 23, 14, 5)),
        ("2021년 3월 23일", date(2021, 3, 23)),
        ("23 tháng 3, 2021", date(2021, 3, 23)),
        ("14:05 07.11.2024", naive(2024, 11, 7, 14, 5)),
    ],
)
def test_formats(text: str, expected: date) -> None:
    match = one(text)
    assert match.value == expected
    assert type(match.value) is type(expected)


def test_raw_is_exact_substring_with_offsets() -> None:
    text = "Von Anna | Donnerstag, 7. November 2024, 07:25 Uhr | Politik"
    match = one(text)
    assert match.raw == "Donnerstag, 7. November 2024, 07:25 Uhr"
    assert text[match.start : match.end] == match.raw


@pytest.mark.parametrize(
    "text",
    [
        "Thursday, November 7, 2024",
        "Donnerstag, 7. November 2024",
        "jeudi 7 novembre 2024",
        "Do., 07.11.2024",
    ],
)
def test_weekday_before_is_part_of_raw(text: str) -> None:
    match = one(text)
    assert match.raw == text
    assert match.value == date(2024, 11, 7)


def test_two_letter_word_is_not_a_weekday() -> None:
    match = one("taken on Oct. 21, 2023")
    assert match.raw == "Oct. 21, 2023"


def test_text_order_and_multiple() -> None:
    found = find_dates("Published 2024-11-07. Updated: 8 November 2024")
    assert [m.value for m in found] == [date(2024, 11, 7), date(2024, 11, 8)]
    assert [m.kind for m in found] == ["published", "updated"]


@pytest.mark.parametrize(
    ("prefix", "kind"),
    [
        ("Updated:", "updated"),
        ("Aktualisiert am", "updated"),
        ("Actualizado:", "updated"),
        ("Mis à jour le", "updated"),
        ("Letzte Änderung:", "updated"),
        ("Letzte Aktualisierung:", "updated"),
        ("Published", "published"),
        ("Veröffentlicht:", "published"),
        ("Publié le", "published"),
        ("Created:", "published"),
        ("Opublikowano:", "published"),
        ("Von Anna Muster,", "unknown"),
    ],
)
def test_kind_from_keyword(prefix: str, kind: str) -> None:
    assert one(f"{prefix} 07.11.2024").kind == kind


def test_keyword_too_far_back_is_ignored() -> None:
    text = "Updated: " + "x" * 100 + " 07.11.2024"
    assert one(text).kind == "unknown"


# ----------------------------------------------------------------- month names from CLDR

LANGUAGE_SAMPLES = {
    "en": "7 November 2024",
    "de": "7. November 2024",
    "fr": "7 novembre 2024",
    "es": "7 de noviembre de 2024",
    "it": "7 novembre 2024",
    "pt": "7 de novembro de 2024",
    "nl": "7 november 2024",
    "pl": "7 listopada 2024",
    "cs": "7. listopadu 2024",
    "sk": "7. novembra 2024",
    "sv": "7 november 2024",
    "da": "7. november 2024",
    "nb": "7. november 2024",
    "fi": "7. marraskuuta 2024",
    "hu": "2024. november 7.",
    "ro": "7 noiembrie 2024",
    "tr": "7 Kasım 2024",
    "ru": "7 ноября 2024",
    "uk": "7 листопада 2024",
    "el": "7 Νοεμβρίου 2024",
    "bg": "7 ноември 2024",
    "hr": "7. studenoga 2024",
    "sl": "7. novembra 2024",
    "sr": "7. новембар 2024",
    "lt": "2024 m. lapkričio 7 d.",
    "lv": "2024. gada 7. novembris",
    "et": "7. november 2024",
    "ca": "7 de novembre de 2024",
    "id": "7 November 2024",
    "vi": "7 tháng 11, 2024",
}


@pytest.mark.parametrize(("language", "text"), sorted(LANGUAGE_SAMPLES.items()))
def test_month_names_in_many_languages(language: str, text: str) -> None:
    assert one(text, language=language).value == date(2024, 11, 7)
    assert one(text).value == date(2024, 11, 7)


def test_language_resolves_names_shared_between_languages() -> None:
    # "listopad" is November in Czech and Polish but October in Croatian.
    assert one("7. listopad 2024", language="hr").value == date(2024, 10, 7)
    assert one("7. listopad 2024", language="cs").value == date(2024, 11, 7)


def test_names_come_from_generated_cldr_data() -> None:
    assert len(dates._MONTHS_BY_LANGUAGE) >= 25
    assert dates._MONTHS_BY_LANGUAGE["ru"]["ноября"] == 11
    assert dates._MONTHS_BY_LANGUAGE["ru"]["ноябрь"] == 11
    assert dates._MONTHS_BY_LANGUAGE["de"]["nov."] == 11
    assert dates._WEEKDAYS_BY_LANGUAGE["de"]["donnerstag"] == 4


# ----------------------------------------------------------------- day/month order


def test_dayfirst_argument_wins() -> None:
    # The argument beats the day-first evidence of "13/12/2024" in the same text.
    found = find_dates("13/12/2024 03/04/2021", dayfirst=False)
    assert [m.value for m in found] == [date(2024, 12, 13), date(2021, 3, 4)]
    found = find_dates("03/04/2021", dayfirst=False, language="de")
    assert found[0].value == date(2021, 3, 4)
    assert not found[0].ambiguous
    assert find_dates("03/04/2021", dayfirst=True, language="en")[0].value == date(2021, 4, 3)


def test_evidence_from_other_dates_in_text() -> None:
    found = find_dates("03/04/2021 and later 12/25/2021", language="de")
    assert found[0].value == date(2021, 3, 4)
    assert not found[0].ambiguous
    found = find_dates("03/04/2021 and later 25/12/2021", language="en")
    assert found[0].value == date(2021, 4, 3)


def test_evidence_from_url() -> None:
    match = one("Posted 03/04/2021", url="https://example.com/2021/03/04/story")
    assert match.value == date(2021, 3, 4)
    assert not match.ambiguous
    match = one("Posted 03/04/2021", url="https://example.com/2021-04-03-story")
    assert match.value == date(2021, 4, 3)


def test_evidence_from_language() -> None:
    assert one("03/04/2021", language="en").value == date(2021, 3, 4)
    assert one("03/04/2021", language="en-US").value == date(2021, 3, 4)
    assert one("03/04/2021", language="en-GB").value == date(2021, 4, 3)
    assert one("03/04/2021", language="fr").value == date(2021, 4, 3)
    assert not one("03/04/2021", language="fr").ambiguous


def test_dotted_dates_are_day_first() -> None:
    match = one("03.04.2021", language="en")
    assert match.value == date(2021, 4, 3)
    assert not match.ambiguous


def test_undecidable_is_dayfirst_and_flagged() -> None:
    match = one("03/04/2021")
    assert match.value == date(2021, 4, 3)
    assert match.ambiguous


def test_unambiguous_numeric_is_not_flagged() -> None:
    assert not one("25/04/2021").ambiguous
    assert one("04/25/2021").value == date(2021, 4, 25)
    assert not one("04/04/2021").ambiguous


# ----------------------------------------------------------------- time zones


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("07.11.2024 07:25 UTC", timedelta(0)),
        ("07.11.2024 07:25 GMT", timedelta(0)),
        ("07.11.2024 07:25 CET", timedelta(hours=1)),
        ("07.11.2024 07:25 MESZ", timedelta(hours=2)),
        ("07.11.2024 07:25 EEST", timedelta(hours=3)),
        ("November 7, 2024 7:25 pm EST", timedelta(hours=-5)),
        ("November 7, 2024 7:25 pm PDT", timedelta(hours=-7)),
        ("7 Nov 2024 07:25 JST", timedelta(hours=9)),
        ("7 Nov 2024 07:25 AEDT", timedelta(hours=11)),
        ("7 Nov 2024 07:25 MSK", timedelta(hours=3)),
        ("7 Nov 2024 07:25 WIB", timedelta(hours=7)),
        ("7 Nov 2024 07:25 +05:30", timedelta(hours=5, minutes=30)),
        ("7 Nov 2024 07:25 GMT+2", timedelta(hours=2)),
        ("7 Nov 2024 07:25 UTC-5", timedelta(hours=-5)),
    ],
)
def test_zones(text: str, offset: timedelta) -> None:
    match = one(text)
    assert isinstance(match.value, datetime)
    assert match.value.utcoffset() == offset
    assert match.tz_note is None


def test_lowercase_abbreviation_is_a_word_not_a_zone() -> None:
    # German "ist" ("is") must not become India Standard Time.
    match = find_dates("Am 07.11.2024 07:25 ist es passiert")[0]
    assert match.value == naive(2024, 11, 7, 7, 25)


@pytest.mark.parametrize(
    ("language", "offset", "where"),
    [
        ("en", timedelta(hours=5, minutes=30), "India"),
        (None, timedelta(hours=5, minutes=30), "India"),
        ("he", timedelta(hours=2), "Israel"),
        ("ga", timedelta(hours=1), "Ireland"),
    ],
)
def test_ambiguous_ist(language: str | None, offset: timedelta, where: str) -> None:
    match = one("7 Nov 2024 07:25 IST", language=language)
    assert isinstance(match.value, datetime)
    assert match.value.utcoffset() == offset
    assert match.tz_note is not None
    assert where in match.tz_note
    assert "ambiguous" in match.tz_note


def test_ambiguous_cst() -> None:
    us = one("7 Nov 2024 07:25 CST", language="en")
    china = one("7 Nov 2024 07:25 CST", language="zh")
    assert isinstance(us.value, datetime)
    assert isinstance(china.value, datetime)
    assert us.value.utcoffset() == timedelta(hours=-6)
    assert china.value.utcoffset() == timedelta(hours=8)
    assert china.tz_note is not None
    assert "China" in china.tz_note


def test_us_generic_zone_uses_dst() -> None:
    summer = one("July 4, 2024 10:00 a.m. ET")
    winter = one("Dec 4, 2024 10:00 a.m. ET")
    assert isinstance(summer.value, datetime)
    assert isinstance(winter.value, datetime)
    assert summer.value.utcoffset() == timedelta(hours=-4)
    assert winter.value.utcoffset() == timedelta(hours=-5)


def test_zone_table_is_documented_and_complete() -> None:
    for abbr in ("UTC", "GMT", "CET", "CEST", "MEZ", "MESZ", "EET", "EEST", "WET", "WEST", "BST", "IST",
                 "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST", "JST", "KST", "HKT",
                 "SGT", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "MSK", "PKT", "WIB", "ICT", "PHT",
                 "SAST", "EAT", "WAT", "BRT", "ART"):
        assert abbr in dates._TIMEZONES


# ----------------------------------------------------------------- relative dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 hours ago", REF - timedelta(hours=3)),
        ("an hour ago", REF - timedelta(hours=1)),
        ("15 minutes ago", REF - timedelta(minutes=15)),
        ("2 days ago", date(2024, 11, 6)),
        ("vor 2 Stunden", REF - timedelta(hours=2)),
        ("vor einer Stunde", REF - timedelta(hours=1)),
        ("vor 3 Tagen", date(2024, 11, 5)),
        ("hace 3 horas", REF - timedelta(hours=3)),
        ("hace 3 días", date(2024, 11, 5)),
        ("il y a 2 jours", date(2024, 11, 6)),
        ("2 godziny temu", REF - timedelta(hours=2)),
        ("2 ore fa", REF - timedelta(hours=2)),
        ("3 uur geleden", REF - timedelta(hours=3)),
        ("há 2 dias", date(2024, 11, 6)),
        ("2 часа назад", REF - timedelta(hours=2)),
        ("3시간 전", REF - timedelta(hours=3)),
        ("yesterday", date(2024, 11, 7)),
        ("gestern", date(2024, 11, 7)),
        ("Heute", date(2024, 11, 8)),
        ("gestern, 14:05 Uhr", naive(2024, 11, 7, 14, 5)),
    ],
)
def test_relative(text: str, expected: date) -> None:
    match = one(text, reference_time=REF)
    assert match.relative
    assert match.value == expected
    assert match.raw == text


def test_relative_needs_reference_time() -> None:
    assert find_dates("3 hours ago") == ()
    assert find_dates("gestern") == ()


def test_today_in_prose_is_not_a_date() -> None:
    text = "Today the minister said that the plan would be presented to parliament next week."
    assert find_dates(text, reference_time=REF) == ()


def test_french_hier_needs_french() -> None:
    assert find_dates("hier", reference_time=REF) == ()
    assert one("hier", reference_time=REF, language="fr").value == date(2024, 11, 7)


# ----------------------------------------------------------------- plausibility


def test_min_year_bound_both_sides() -> None:
    assert find_dates("31.12.1989") == ()
    assert one("01.01.1990").value == date(1990, 1, 1)
    assert find_dates("01.01.2000", min_year=2001) == ()
    assert one("01.01.2001", min_year=2001).value == date(2001, 1, 1)


def test_reference_time_bound_both_sides() -> None:
    assert one("9 November 2024", reference_time=REF).value == date(2024, 11, 9)  # one day of slack
    assert find_dates("10 November 2024", reference_time=REF) == ()
    assert one("10 November 2024").value == date(2024, 11, 10)


def test_hard_year_ceiling() -> None:
    assert one("01.01.2100").value == date(2100, 1, 1)
    assert find_dates("01.01.2101") == ()


@pytest.mark.parametrize(
    "text",
    [
        "30.02.2024",
        "31/04/2024",
        "2023-02-29",
        "2024-13-01",
        "1-2-3",
        "version 1.2.2024",
        "v1.2.2024",
        "Tel. 12-05-2024",
        "€ 12.05.2024",
        "192.168.10.2024",
        "1.2.24",
        "ISBN 978-3-16-1484",
        "7 November",
        "07.11.2024 25:61",
    ],
)
def test_not_dates(text: str) -> None:
    found = find_dates(text)
    assert all(isinstance(m.value, date) and not isinstance(m.value, datetime) for m in found)
    if text != "07.11.2024 25:61":
        assert found == ()


def test_leap_day_is_valid() -> None:
    assert one("29.02.2024").value == date(2024, 2, 29)


def test_two_digit_year() -> None:
    assert one("07.11.24").value == date(2024, 11, 7)
    assert one("07.11.98", min_year=1900).value == date(1998, 11, 7)


def test_validators_are_small_functions() -> None:
    assert dates._real_date(2024, 2, 30) is None
    assert dates._real_date(2024, 2, 29) == date(2024, 2, 29)
    assert dates._year_plausible(1990, 1990)
    assert not dates._year_plausible(1989, 1990)
    assert dates._not_in_future(date(2024, 11, 9), REF)
    assert not dates._not_in_future(date(2024, 11, 10), REF)
    assert dates._real_time(23, 59, 59)
    assert not dates._real_time(24, 0, 0)


# ----------------------------------------------------------------- URL


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/2021/03/23/story", date(2021, 3, 23)),
        ("https://example.com/news/20210323/story", date(2021, 3, 23)),
        ("https://example.com/story-2021-03-23-x.html", date(2021, 3, 23)),
        ("https://example.com/2021/03/story", None),
        ("https://example.com/news/messages/29-10-2021", date(2021, 10, 29)),
        ("https://example.com/story_3.5.2022_x", date(2022, 5, 3)),
        ("https://example.com/03/05/2021/story", None),  # slashes: month first or day first?
        ("https://example.com/v1.2.10.2021.5", None),  # a version number, not a day
        ("https://web.archive.org/web/20160218/http://example.com/2010/05/19/x", date(2010, 5, 19)),
        ("https://web.archive.org/web/20160218174457/http://example.com/about", None),
        ("https://example.com/2021/02/30/story", None),
        ("https://example.com/id/1234567890", None),
        ("", None),
    ],
)
def test_date_from_url(url: str, expected: date | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://blog.example/2010/05/literature/", (2010, 5)),
        ("https://web.archive.org/web/20160218174457/http://blog.example/2010/05/x", (2010, 5)),
        ("https://blog.example/2010/13/x", None),  # no month 13
        ("https://blog.example/2010/05", None),  # a slot is followed by the slug
        ("https://example.com/id/2010/5/x", None),  # two-digit months only, as platforms write them
        ("https://example.com/about", None),
    ],
)
def test_month_from_url(url: str, expected: tuple[int, int] | None) -> None:
    assert month_from_url(url) == expected


def test_parse_date_returns_first_or_none() -> None:
    match = parse_date("Posted on 7 Nov 2024, updated 8 Nov 2024")
    assert match is not None
    assert match.value == date(2024, 11, 7)
    assert parse_date("no date here") is None


# ----------------------------------------------------------------- safety


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    for match in find_dates(text, reference_time=REF, language="en"):
        assert text[match.start : match.end] == match.raw


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789 .-/:,年月日Nov", max_size=80))
def test_never_raises_on_digit_soup(text: str) -> None:
    for match in find_dates(text, reference_time=REF):
        assert text[match.start : match.end] == match.raw


ADVERSARIAL = [
    "1",
    "1-",
    " ",
    "November ",
    "2024-",
    "1.",
    "12/",
    "7 November ",
    "Donnerstag, ",
    "12:30 ",
    "vor 1 ",
    "2024年",
    "Updated ",
    "07.11.2024 ",
    "a",
]


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_linear_growth(unit: str) -> None:
    # 1k .. 16k characters, doubling: four doublings tell linear (2x) from quadratic (4x) growth
    # at half the cost of a 32k step.
    sizes = [1000 * 2**k for k in range(5)]
    ratios = doubling_ratios(_find_dates_en, [unit * (size // len(unit) + 1) for size in sizes])
    assert max(ratios) < 3.0, (unit, ratios)


def _find_dates_en(text: str) -> object:
    # time the reading of the text, not the answer remembered from the last call
    dates._find_remembered.cache_clear()
    dates._forget_long()
    return find_dates(text, reference_time=REF, language="en", url="https://example.com/2024/11/07/x")


def test_month_first_shape_gate_changes_no_match() -> None:
    # the _MDY_SHAPE lookahead only skips positions the month-first pattern cannot match at
    ungated = regex.compile(
        dates._MDY_NAME.pattern.replace(dates._MDY_SHAPE, ""),
        dates._FLAGS,
        months=dates._MONTH_NAMES,
        month_heads=dates._MONTH_HEADS,
    )
    samples = [
        "Published on March 7, 2024 at 10:00",
        "Nov. - 7th, 2023",
        "nov/7/2023 and Dec 12 2022",
        "deireadh fómhair 7, 2024",
        "ΣΕΠΤΈΜΒΡΙΟΣ 3 2021",
        "Updated: Jan 5 de 2020, Feb 6 2021",
        "In 2024 the council met 12 times",
    ]
    for text in samples:
        got = [(m.span(), m.groupdict()) for m in dates._MDY_NAME.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in ungated.finditer(text)], text


_MDY_PIECES = st.sampled_from(
    ["March", "nov", "Nov.", "de desembre", "deireadh fómhair", "on", "Published", "7", "12th", "2024", "1999",
     " ", "  ", ",", "-", "/", ". ", " - ", "x7", "de"]
)


@given(st.lists(_MDY_PIECES, max_size=12).map("".join))
def test_month_first_shape_gate_changes_no_match_on_generated_text(text: str) -> None:
    ungated = regex.compile(
        dates._MDY_NAME.pattern.replace(dates._MDY_SHAPE, ""),
        dates._FLAGS,
        months=dates._MONTH_NAMES,
        month_heads=dates._MONTH_HEADS,
    )
    got = [(m.span(), m.groupdict()) for m in dates._MDY_NAME.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in ungated.finditer(text)]


_DMY_PIECES = st.sampled_from(
    ["7", "12", "31st", "2024", "1999", "20245", " ", ",", ".", "-", "/", "de ", "of ", "March", "mars", "Okt",
     "Donnerstag ", "dead", " del ", "x"]
)


@given(st.lists(_DMY_PIECES, max_size=12).map("".join))
def test_day_first_gate_changes_no_match_on_generated_text(text: str) -> None:
    # the _DMY_GATE lookahead (the first digits after the day are a four-digit year) only skips
    # positions the day-first pattern cannot match at
    ungated = regex.compile(
        dates._DMY_NAME.pattern.replace(dates._DMY_GATE, ""),
        dates._FLAGS,
        months=dates._MONTH_NAMES,
        weekdays=dates._WEEKDAY_NAMES,
        month_heads=dates._MONTH_HEADS,
        weekday_heads=dates._WEEKDAY_HEADS,
    )
    got = [(m.span(), m.groupdict()) for m in dates._DMY_NAME.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in ungated.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time in its own element renders glued to the year: "<span>28.09.19</span><span>12:44</span>"
        ("macbacchi28.09.1912:44", "2019-09-28T12:44:00"),
        ("28.09.201912:44", "2019-09-28T12:44:00"),
        ("3 de mayo de 202221:25", "2022-05-03T21:25:00"),
        ("May 3, 202209:15", "2022-05-03T09:15:00"),
        ("28.09.2019 12:44", "2019-09-28T12:44:00"),
        # digits that run on without a clock are no date
        ("3 May 20221", None),
        ("Ref. 12.34.5678:90", None),
    ],
)
def test_a_clock_glued_to_the_year(text: str, expected: str | None) -> None:
    found = find_dates(text, language="de")
    assert (found[0].value.isoformat() if found else None) == expected


@pytest.mark.parametrize(
    ("text", "raws", "days"),
    [
        # a theme's published and modified dates run together by the dump
        ("Veröffentlicht am 10. Februar 20199. Februar 2019 von X", ["10. Februar 2019", "9. Februar 2019"],
         ["2019-02-10", "2019-02-09"]),
        # a date and its label run together
        ("Posted on 25. Januar 2022Author Redaktion", ["25. Januar 2022"], ["2022-01-25"]),
        # a date and its time: the raw keeps the input's characters, without the space put back
        ("jdoe28.09.2019 12:44", ["28.09.2019 12:44"], ["2019-09-28"]),
        ("jdoe28.09.201912:44", ["28.09.201912:44"], ["2019-09-28"]),
    ],
)
def test_dates_run_together_by_a_dump_are_read_apart(text: str, raws: list[str], days: list[str]) -> None:
    found = find_dates(text, language="de")
    assert [m.raw for m in found] == raws
    assert [text[m.start : m.end] for m in found] == raws  # offsets point into the input
    assert [m.value.isoformat()[:10] for m in found] == days


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [
        ("Published 4:12 AM GMT+2, March 14, 2023", "4:12 AM GMT+2, March 14, 2023", "2023-03-14T04:12:00+02:00"),
        ("Posted 10:00 UTC-03:00 | 14.03.2023", "10:00 UTC-03:00 | 14.03.2023", "2023-03-14T10:00:00-03:00"),
    ],
)
def test_a_clock_with_a_gmt_offset_before_the_date(text: str, raw: str, value: str) -> None:
    (found,) = find_dates(text, language="en")
    assert (found.raw, found.value.isoformat()) == (raw, value)


def test_remembered_dates_follow_the_options() -> None:
    """The dates of a text read before are remembered per text and options, not per text alone."""
    text = "Posted 03/04/2021, 10:15"
    first = [m.value for m in find_dates(text, language="en")]
    assert [m.value for m in find_dates(text, language="de")] != first
    assert [m.value for m in find_dates(text, language="en")] == first
    assert [m.value for m in find_dates(text, dayfirst=True)] == [m.value for m in find_dates(text, language="de")]


def test_only_short_texts_are_remembered_between_pages() -> None:
    # the cache holds at most _FIND_CACHE_SIZE texts of at most _FIND_CACHE_MAX_CHARS characters
    dates._find_remembered.cache_clear()
    long_text = "Updated 7 November 2024. " + "word " * dates._FIND_CACHE_MAX_CHARS
    assert find_dates(long_text, language="en")
    assert dates._find_remembered.cache_info().currsize == 0
    assert find_dates("Updated 7 November 2024", language="en")
    assert dates._find_remembered.cache_info().currsize == 1


def test_a_longer_text_is_read_once_while_it_is_the_last_one() -> None:
    # a page's long line is asked for its dates by several passes: read once, as a short line is, and
    # only the last such text is held (per thread), so nothing grows between pages
    long_text = "Updated 7 November 2024. " + "word " * dates._FIND_CACHE_MAX_CHARS
    first = find_dates(long_text, language="en")
    assert find_dates(long_text, language="en") is first
    other = long_text + " more"
    assert find_dates(other, language="en") == first
    assert find_dates(long_text, language="en") is not first  # the other text took its place
