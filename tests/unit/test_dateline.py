# Copyright 2026 newsclean developers. Licensed under the Apache License 2.0.
from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsclean.metadata import dateline
from newsclean.metadata.dateline import Dateline, parse_dated_place, parse_dateline, parse_lead_place, parse_meta_strip
from tests.timing import doubling_ratios

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.mark.parametrize(
    ("text", "place", "source", "raw"),
    [
        ("TOKYO (Reuters) - Japan's economy grew.", "TOKYO", "Reuters", "TOKYO (Reuters) -"),
        ("WASHINGTON — The president said.", "WASHINGTON", None, "WASHINGTON —"),
        ("BERLIN (dpa) – Die Regierung hat.", "BERLIN", "dpa", "BERLIN (dpa) –"),
        ("Paris, 7 novembre (AFP) - Le président.", "Paris", "AFP", "Paris, 7 novembre (AFP) -"),
        ("NEW YORK, Nov 7 (Reuters) - Stocks fell.", "NEW YORK", "Reuters", "NEW YORK, Nov 7 (Reuters) -"),
        ("Berlin/Hamburg (dpa) - Die Bahn.", "Berlin/Hamburg", "dpa", "Berlin/Hamburg (dpa) -"),
        ("MADRID, 7 (EUROPA PRESS) - El Gobierno.", "MADRID", "EUROPA PRESS", "MADRID, 7 (EUROPA PRESS) -"),
        ("ST. LOUIS (AP) — A man was.", "ST. LOUIS", "AP", "ST. LOUIS (AP) —"),
        ("RIO DE JANEIRO — Brazil's.", "RIO DE JANEIRO", None, "RIO DE JANEIRO —"),
        ("SÃO PAULO (Reuters) - Brazil.", "SÃO PAULO", "Reuters", "SÃO PAULO (Reuters) -"),
        ("SALT LAKE CITY — Utah lawmakers.", "SALT LAKE CITY", None, "SALT LAKE CITY —"),
        (
            "SPRINGFIELD, Ill., Nov. 7, 2024 (AP) — A.",
            "SPRINGFIELD",
            "AP",
            "SPRINGFIELD, Ill., Nov. 7, 2024 (AP) —",
        ),
        ("LONDON, March 3 (Reuters): Oil rose.", "LONDON", "Reuters", "LONDON, March 3 (Reuters):"),
    ],
)
def test_inline_datelines(text: str, place: str, source: str | None, raw: str) -> None:
    found = parse_dateline(text)
    assert found == Dateline(place, source, raw, len(raw) + 1)
    assert text[found.end:][:1].isalnum()


def test_end_skips_leading_whitespace() -> None:
    found = parse_dateline("  TOKYO (Reuters) - Japan")
    assert found is not None
    assert found.end == len("  TOKYO (Reuters) - ")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tokyo | Updated: 07-11-2024 07:25 IST", "Tokyo"),
        ("Devdiscourse News Desk | Tokyo | Updated: 07-11-2024 07:25 IST | Created: 07-11-2024", "Tokyo"),
        ("Jane Doe | Tokyo | Updated: 07-11-2024 07:25 IST", "Tokyo"),
        ("New York | 07.11.2024", "New York"),
        ("PTI | NEW DELHI | Updated: 07-11-2024", "NEW DELHI"),
    ],
)
def test_strip_places(text: str, place: str) -> None:
    assert parse_dateline(text) == Dateline(place, None, place, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Trump wins - again",
        "NOTE: this story was updated.",
        "UPDATE - new figures",
        "PHOTO: Jane Doe",
        "Advertisement - Scroll to continue",
        "Home - News",
        "Home | News",
        "US - China talks resume",
        "Jane Doe | Updated: 07-11-2024 07:25 IST",
        "The mayor (D) - who won - said",
        "Tokyo - a city of millions",
        "",
        "Berlin (Germany) - capital",
        "FBI: suspect arrested",
    ],
)
def test_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None


def test_max_place_words() -> None:
    four = "A" * 3 + " BBB CCC DDD"
    assert parse_dateline(f"{four} (AP) - Text") is not None
    assert parse_dateline(f"{four} EEE (AP) - Text") is None


def test_max_scan_chars() -> None:
    extra = ", " + "x" * (dateline.MAX_SCAN_CHARS)
    assert parse_dateline("TOKYO (Reuters) - Text") is not None
    assert parse_dateline("TOKYO" + extra + " (Reuters) - Text") is None


def test_max_strip_chars() -> None:
    base = "Tokyo | Updated: 07-11-2024"
    pad = " " * (dateline.MAX_STRIP_CHARS - len(base))
    assert parse_dateline(base + pad) is not None
    assert parse_dateline(base + pad + " ") is None


def test_max_strip_place_words() -> None:
    assert parse_dateline("Desk | Salt Lake City | 07-11-2024") is not None
    assert parse_dateline("PTI | SALT LAKE CITY NORTH | 07-11-2024") is None


def test_parse_meta_strip() -> None:
    strip = "Devdiscourse News Desk | Tokyo | Updated: 07-11-2024 07:25 IST | Created: x"
    assert parse_meta_strip(strip) == (
        "Devdiscourse News Desk",
        "Tokyo",
        "Updated: 07-11-2024 07:25 IST",
        "Created: x",
    )
    assert parse_meta_strip("A • B · C") == ("A", "B", "C")
    assert parse_meta_strip(" | ") == ()
    assert parse_meta_strip("A | " + " " * dateline.MAX_STRIP_CHARS) == ()


def test_dateline_is_frozen() -> None:
    found = parse_dateline("TOKYO (Reuters) - Text")
    assert found is not None
    with pytest.raises(AttributeError):
        found.place = "x"  # type: ignore[misc]


# ---------------------------------------------------------------- linear time

_SIZES = [1000, 2000, 4000, 8000, 16000, 32000]
_ADVERSARIAL = ["A ", "By ", "-", "(", "A, ", "TOKYO ", "A | ", "(AP) - ", " "]
@pytest.mark.slow
@pytest.mark.parametrize(
    "func", [parse_dateline, parse_meta_strip], ids=["parse_dateline", "parse_meta_strip"]
)
@pytest.mark.parametrize("unit", _ADVERSARIAL)
def test_linear_time(func: Callable[[str], object], unit: str) -> None:
    ratios = doubling_ratios(func, [unit * n for n in _SIZES])
    assert max(ratios) < 3.0, ratios


# East Asian and agency datelines fill place and source (issue 5).
@pytest.mark.parametrize(
    ("text", "place", "source", "rest"),
    [
        ("東京 (共同通信) - 日本の経済は成長した。", "東京", "共同通信", "日本の経済"),
        ("東京（共同通信）－日本の経済は成長した。", "東京", "共同通信", "日本の経済"),
        ("【北京共同】中国政府は発表した。", "北京", "共同", "中国政府は"),
        ("(서울=연합뉴스) 홍길동 기자 = 정부는 발표했다.", "서울", "연합뉴스", "홍길동 기자"),
        ("新华社北京11月7日电 中国政府宣布", "北京", "新华社", "中国政府"),
        ("BERLIN (dpa) - Die Regierung hat beschlossen.", "BERLIN", "dpa", "Die Regierung"),
        ("Hamburg (dpa/lno) – Der Senat hat beschlossen.", "Hamburg", "dpa/lno", "Der Senat"),  # a regional desk
        ("PARÍS (EFE).- El Gobierno francés anunció", "PARÍS", "EFE", "El Gobierno"),  # Spanish wires: ".-"
    ],
)
def test_wire_datelines(text: str, place: str, source: str, rest: str) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.source) == (place, source)
    assert text[found.end :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "日本 (東京) 経済は成長した。",  # a parenthesis that names no wire
        "安倍晋三（あべ しんぞう）は日本の政治家。",  # a reading in brackets
        "Berlin (Stadt/Land) - Streit",  # a slash pair that is no wire with its desk
    ],
)
def test_brackets_that_are_no_wire(text: str) -> None:
    found = parse_dateline(text)
    assert found is None or found.source is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Valencia, 5 de junio de 2024 - 10:15", "Valencia"),
        ("Berlin, 14.11.2023", "Berlin"),
        ("Paris, le 7 novembre 2024", "Paris"),
        ("New York, June 5, 2024", "New York"),
        ("Tokyo, Japan, 5 June 2024", "Tokyo"),
        # a person, a desk, a label or a weekday before the date is no place
        ("Jane Doe, 5 June 2024", None),
        ("Redaktion, 5. Juni 2024", None),
        ("Published, 5 June 2024", None),
        ("Montag, 5. Juni 2024", None),
        ("Monday, June 5, 2024", None),
        # a sentence that holds a date is no dateline line
        ("Berlin, the capital, voted on 5 June 2024 to raise the rents", None),
    ],
)
def test_parse_dated_place(line: str, place: str | None) -> None:
    found = parse_dated_place(line, language="en")
    assert (found.place if found else None) == place
    if found is not None:
        assert found.end == 0
        assert found.place in line


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Weilheim – Wer bisher ohne eigenes Auto zum Zug wollte, musste meist auf Nachbarn oder ein Taxi hoffen.",
         "Weilheim"),
        ("Garmisch-Partenkirchen – Die Gemeinde plant für das kommende Jahr eine neue Umgehungsstraße am Ortsrand.",
         "Garmisch-Partenkirchen"),
        ("Berlin - Die Polizei hat am Montag einen Mann festgenommen, der in der Nacht mehrere Autos anzündete.",
         "Berlin"),
        # a headline-length line, a label, a hyphenated word and a dash inside a sentence are not datelines
        ("Berlin – Tag eins nach der Wahl", None),
        ("Fazit – Das Ergebnis ist am Ende für alle Beteiligten eine große Überraschung gewesen und so bleibt es.",
         None),
        ("Trump wins - again, and the markets shrug off the news of the day as traders look ahead to the Fed.", None),
        ("Die Stadt – so sagt der Bürgermeister – wird im kommenden Jahr deutlich mehr Geld für Schulen ausgeben.",
         None),
    ],
)
def test_parse_lead_place(paragraph: str, place: str | None) -> None:
    found = parse_lead_place(paragraph)
    assert (found.place if found else None) == place
    if found is not None:
        assert paragraph[found.end :].lstrip()[0].isupper()
        assert found.raw == paragraph[: found.end].rstrip()
