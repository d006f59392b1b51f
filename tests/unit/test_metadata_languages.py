"""Metadata lines in many languages: a byline, a date line and a dateline per language, with the parse we expect.

Each row is one language's conventions, written as a news page prints them. The three parsers
(:func:`~newsclean.metadata.authors.parse_byline`, :func:`~newsclean.metadata.dates.find_dates`,
:func:`~newsclean.metadata.dateline.parse_dateline`) must read them without being told more than
the page's language.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple

import pytest

from newsclean.metadata.authors import parse_byline
from newsclean.metadata.dateline import parse_dateline
from newsclean.metadata.dates import find_dates, page_dayfirst


def naive(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    """A wall-clock time: the line states no zone, so the parse must not invent one."""
    return datetime(year, month, day, hour, minute)  # noqa: DTZ001


class Case(NamedTuple):
    language: str
    byline: str
    authors: tuple[str, ...]
    source: str | None
    date_line: str
    published: date | datetime
    dateline: str | None
    place: str | None
    agency: str | None


CASES = [
    Case("en", "By Jane Doe and John Roe | Reuters", ("Jane Doe", "John Roe"), "Reuters",
         "Published: March 5, 2021 at 10:15 a.m. ET",
         datetime(2021, 3, 5, 10, 15, tzinfo=timezone(timedelta(hours=-5))),
         "WASHINGTON (Reuters) - The Senate voted on Tuesday.", "WASHINGTON", "Reuters"),
    Case("de", "Von Anna Schmidt und Max Müller, dpa", ("Anna Schmidt", "Max Müller"), "dpa",
         "Veröffentlicht am 7. November 2024, 07:25 Uhr", naive(2024, 11, 7, 7, 25),
         "BERLIN (dpa) – Die Regierung hat am Montag beschlossen.", "BERLIN", "dpa"),
    Case("fr", "Par Marie Dupont, AFP", ("Marie Dupont",), "AFP",
         "Publié le 12 mars 2023 à 14h05", naive(2023, 3, 12, 14, 5),
         "PARIS (AFP) - Le gouvernement a annoncé lundi.", "PARIS", "AFP"),
    Case("es", "Por Juan Pérez y Ana García | EFE", ("Juan Pérez", "Ana García"), "EFE",
         "Publicado el 3 de mayo de 2022", date(2022, 5, 3),
         "MADRID (EFE) - El Gobierno aprobó este martes.", "MADRID", "EFE"),
    Case("it", "di Marco Rossi", ("Marco Rossi",), None,
         "Pubblicato il 15 gennaio 2020 alle 09:30", naive(2020, 1, 15, 9, 30),
         "ROMA (ANSA) - Il governo ha approvato.", "ROMA", "ANSA"),
    Case("pt", "Por Luana Silva", ("Luana Silva",), None,
         "Publicado em 21 de abril de 2021", date(2021, 4, 21),
         "LISBOA (Lusa) - O governo aprovou hoje.", "LISBOA", "Lusa"),
    Case("nl", "Door Jan de Vries", ("Jan de Vries",), None,
         "Gepubliceerd op 8 juni 2022", date(2022, 6, 8),
         "AMSTERDAM (ANP) - Het kabinet heeft besloten.", "AMSTERDAM", "ANP"),
    Case("pl", "Autor: Jan Kowalski", ("Jan Kowalski",), None,
         "Opublikowano 4 lutego 2023", date(2023, 2, 4),
         "WARSZAWA (PAP) - Rząd przyjął projekt ustawy.", "WARSZAWA", "PAP"),
    Case("sv", "Av Erik Svensson", ("Erik Svensson",), None,
         "Publicerad 14 oktober 2021", date(2021, 10, 14),
         "STOCKHOLM (TT) - Regeringen meddelade på måndagen.", "STOCKHOLM", "TT"),
    Case("cs", "Autor: Petr Novák", ("Petr Novák",), None,
         "Publikováno 9. září 2022", date(2022, 9, 9),
         "PRAHA (ČTK) - Vláda schválila návrh.", "PRAHA", "ČTK"),
    Case("ru", "Автор: Иван Петров", ("Иван Петров",), None,
         "Опубликовано 5 марта 2021", date(2021, 3, 5),
         "МОСКВА (ТАСС) - Правительство одобрило законопроект.", "МОСКВА", "ТАСС"),
    Case("uk", "Автор: Олена Коваленко", ("Олена Коваленко",), None,
         "Опубліковано 5 березня 2021", date(2021, 3, 5),
         "КИЇВ (Укрінформ) - Уряд ухвалив рішення.", "КИЇВ", "Укрінформ"),
    Case("da", "Af Lars Hansen", ("Lars Hansen",), None,
         "Publiceret 3. maj 2022", date(2022, 5, 3),
         "KØBENHAVN (Ritzau) - Regeringen har besluttet.", "KØBENHAVN", "Ritzau"),
    Case("no", "Skrevet av Ola Nordmann", ("Ola Nordmann",), None,
         "Publisert 3. mai 2022", date(2022, 5, 3),
         "OSLO (NTB) - Regjeringen har bestemt.", "OSLO", "NTB"),
    Case("fi", "Kirjoittaja: Matti Virtanen", ("Matti Virtanen",), None,
         "Julkaistu 12.1.2023 klo 14.05", naive(2023, 1, 12, 14, 5),
         "HELSINKI (STT) - Hallitus päätti.", "HELSINKI", "STT"),
    Case("hu", "Írta: Nagy Péter", ("Nagy Péter",), None,
         "Közzétéve: 2024. november 7.", date(2024, 11, 7),
         "BUDAPEST (MTI) - A kormány döntött.", "BUDAPEST", "MTI"),
    Case("tr", "Yazan: Ahmet Yılmaz", ("Ahmet Yılmaz",), None,
         "Yayınlanma: 07.11.2024 10:30", naive(2024, 11, 7, 10, 30),
         "ANKARA (AA) - Hükümet karar verdi.", "ANKARA", "AA"),
    Case("ro", "de: Andrei Popescu", ("Andrei Popescu",), None,
         "Publicat 5 martie 2021", date(2021, 3, 5),
         "BUCUREȘTI (Agerpres) - Guvernul a aprobat.", "BUCUREȘTI", "Agerpres"),
    Case("el", "Γράφει: Γιώργος Παπαδόπουλος", ("Γιώργος Παπαδόπουλος",), None,
         "Δημοσιεύθηκε 5 Μαρτίου 2021", date(2021, 3, 5),
         "ΑΘΗΝΑ (ΑΠΕ) - Η κυβέρνηση αποφάσισε.", "ΑΘΗΝΑ", "ΑΠΕ"),
    # No dateline convention is read yet for these: "東京 (共同通信) -", "JAKARTA (Antara) -".
    Case("ja", "記者 山田太郎", ("山田太郎",), None, "2021年3月23日", date(2021, 3, 23), None, None, None),
    Case("ko", "홍길동 기자", ("홍길동",), None, "2021년 3월 23일", date(2021, 3, 23), None, None, None),
    Case("id", "Oleh: Budi Santoso", ("Budi Santoso",), None,
         "Diterbitkan 5 Maret 2021", date(2021, 3, 5), None, None, None),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.language for c in CASES])
def test_byline(case: Case) -> None:
    parsed = parse_byline(case.byline, language=case.language)
    assert parsed is not None
    assert parsed.authors == case.authors
    assert parsed.source == case.source


@pytest.mark.parametrize("case", CASES, ids=[c.language for c in CASES])
def test_date_line(case: Case) -> None:
    found = find_dates(case.date_line, language=case.language)
    assert found, case.date_line
    assert found[0].value == case.published
    assert found[0].raw in case.date_line


@pytest.mark.parametrize("case", [c for c in CASES if c.dateline], ids=[c.language for c in CASES if c.dateline])
def test_dateline(case: Case) -> None:
    assert case.dateline is not None
    parsed = parse_dateline(case.dateline)
    assert parsed is not None
    assert (parsed.place, parsed.source) == (case.place, case.agency)


def test_enough_languages() -> None:
    assert len({c.language for c in CASES if c.dateline}) >= 10


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        ("date 2024-11-07\nUpdated: 07-11-2024 07:25 IST", None, True),  # an ISO twin decides
        ("Posted 11/07/2024\nComment 12/25/2024", None, False),  # a month-first date with day > 12
        ("Posted 25.03.2021", None, True),
        ("Posted 03/04/2021", "https://example.com/2021/04/03/story", True),  # the URL's date
        ("Posted 03/04/2021", None, None),
        ("No dates here", None, None),
    ],
)
def test_page_dayfirst(text: str, url: str | None, expected: bool | None) -> None:
    assert page_dayfirst(text, url=url) is expected
