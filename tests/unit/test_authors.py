# Copyright 2026 newsclean developers. Licensed under the Apache License 2.0.
from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsclean.metadata import authors
from newsclean.metadata.authors import Byline, byline_score, parse_byline, parse_date_strip, split_names
from newsclean.metadata.dates import find_dates
from tests.timing import doubling_ratios

if TYPE_CHECKING:
    from collections.abc import Callable

# (line, expected authors, expected source) - one or more per language.
LANGUAGES = [
    ("By Jane Doe", ("Jane Doe",), None),  # en
    ("Written by Jane Doe & John Roe", ("Jane Doe", "John Roe"), None),  # en
    ("Words by Jane Doe", ("Jane Doe",), None),  # en
    ("Von Anna Schmidt und Peter Müller (dpa)", ("Anna Schmidt", "Peter Müller"), "dpa"),  # de
    ("Text: Anna Müller", ("Anna Müller",), None),  # de
    ("Text und Interview: Anna Müller", ("Anna Müller",), None),  # de
    ("VON MORITZ GATHMANN am 21. April 2020", ("MORITZ GATHMANN",), None),  # de, capitals after a marker
    ("Autorin: Lena Weber", ("Lena Weber",), None),  # de
    ("Por Rodrigo Mejías 04 de mayo 2022 a las 09:01 hrs.", ("Rodrigo Mejías",), None),  # es
    ("Por Ana García y Luis Pérez", ("Ana García", "Luis Pérez"), None),  # es
    ("Par Jean Dupont et Marie Curie", ("Jean Dupont", "Marie Curie"), None),  # fr
    ("Auteur: Anna Kubišta", ("Anna Kubišta",), None),  # fr
    ("Di Mario Rossi e Luigi Bianchi", ("Mario Rossi", "Luigi Bianchi"), None),  # it
    ("Door Jan de Vries en Piet Jansen", ("Jan de Vries", "Piet Jansen"), None),  # nl
    ("Av Lars Olsen og Kari Nordmann", ("Lars Olsen", "Kari Nordmann"), None),  # no
    ("Skrevet af Lars Hansen", ("Lars Hansen",), None),  # da
    ("Af Mette Frederiksen", ("Mette Frederiksen",), None),  # da
    ("Przez Jan Kowalski i Anna Nowak", ("Jan Kowalski", "Anna Nowak"), None),  # pl
    ("Autor: Jan Novák", ("Jan Novák",), None),  # cs
    ("Od Jan Novák", ("Jan Novák",), None),  # cs
    ("Автор: Иван Петров", ("Иван Петров",), None),  # ru
    ("Автор Олена Коваль", ("Олена Коваль",), None),  # uk
    ("Kirjoittaja Matti Meikäläinen", ("Matti Meikäläinen",), None),  # fi
    ("Írta: Nagy Péter", ("Nagy Péter",), None),  # hu
    ("Yazan: Ahmet Yılmaz", ("Ahmet Yılmaz",), None),  # tr
    ("Tekst: Kari Nordmann", ("Kari Nordmann",), None),  # no/pl
    ("Redakcja: Anna Nowak", ("Anna Nowak",), None),  # pl
    ("Av Anna Svensson och Erik Lind", ("Anna Svensson", "Erik Lind"), None),  # sv
    ("Piše: Ivan Horvat", ("Ivan Horvat",), None),  # hr
    ("Oleh Budi Santoso", ("Budi Santoso",), None),  # id
    ("홍길동 기자", ("홍길동",), None),  # ko
    ("文/张三", ("张三",), None),  # zh
    ("山田太郎記者", ("山田太郎",), None),  # ja
]


@pytest.mark.parametrize(("line", "names", "source"), LANGUAGES)
def test_bylines_in_many_languages(line: str, names: tuple[str, ...], source: str | None) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert parsed.authors == names
    assert parsed.source == source
    assert parsed.raw == line


def test_at_least_twenty_languages_are_covered() -> None:
    assert len(LANGUAGES) >= 20


@pytest.mark.parametrize(
    ("line", "names", "source"),
    [
        ("Jane Doe | Tokyo | Updated: 07-11-2024 07:25 IST", ("Jane Doe",), None),
        ("Jane Doe, 12 March 2021", ("Jane Doe",), None),
        ("Jane Doe, Staff Writer", ("Jane Doe",), None),
        ("Jane Doe (dpa)", ("Jane Doe",), "dpa"),
        ("Jane Doe/AFP", ("Jane Doe",), "AFP"),
        ("04.02.2022 | 15:33 Uhr | Dennis Steimels", ("Dennis Steimels",), None),
        ("Devdiscourse News Desk | Tokyo | Updated: 07-11-2024 07:25 IST", (), "Devdiscourse News Desk"),
    ],
)
def test_markerless_bylines(line: str, names: tuple[str, ...], source: str | None) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert (parsed.authors, parsed.source) == (names, source)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ann Lee, Bob Ray and Cy Young", ("Ann Lee", "Bob Ray", "Cy Young")),
        ("Von Anna Schmidt und Max Müller", ("Anna Schmidt", "Max Müller")),
        ("By Ann Lee / Bob Ray", ("Ann Lee", "Bob Ray")),
        ("By Ann Lee & Bob Ray", ("Ann Lee", "Bob Ray")),
        ("By Ann Lee; Bob Ray", ("Ann Lee", "Bob Ray")),
        ("By Ann Lee and Ann Lee", ("Ann Lee",)),
    ],
)
def test_several_authors(line: str, names: tuple[str, ...]) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert parsed.authors == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By JANE DOE, Senior Reporter", ("JANE DOE",)),
        ("Jane Doe, Redakteurin", ("Jane Doe",)),
        ("By Jane Doe, Correspondent", ("Jane Doe",)),
        ("3 Hours Ago Jon Russell", ("Jon Russell",)),
        ("Inga Hoeltmann Follow", ("Inga Hoeltmann",)),
        ("Jane Doe @janedoe", ("Jane Doe",)),
        ("By Jane Doe | Photos by John Roe", ("Jane Doe",)),
        ("Text: Anna Müller und Peter Schmidt, Fotos: Max Mustermann", ("Anna Müller", "Peter Schmidt")),
        ("By Amelie Marie Nishizawa Feb 8, 2020 5 min read", ("Amelie Marie Nishizawa",)),
        ("by Jake Goulding on January 20, 2020", ("Jake Goulding",)),
        ("Veröffentlicht am 17. Dezember 2019 von Simon Dückert", ("Simon Dückert",)),
        ("Eine Kolumne von Nils Pickert", ("Nils Pickert",)),
        ("Von Thilo / 6. November 2023 / Keine Kommentare", ("Thilo",)),
        ("Written by Grant Tinsley, PhD on April 29, 2018", ("Grant Tinsley",)),
        ("More from Inga Hoeltmann", ("Inga Hoeltmann",)),
    ],
)
def test_roles_dates_and_widgets_are_dropped(line: str, names: tuple[str, ...]) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert parsed.authors == names


def test_reference_links_score_lower_than_bylines() -> None:
    ref = parse_byline("More from Inga Hoeltmann")
    real = parse_byline("By Inga Hoeltmann")
    assert ref is not None
    assert real is not None
    assert ref.score == authors.SCORE_REFERENCE < real.score


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("By Reuters", "Reuters"),
        ("By Reuters Staff", "Reuters Staff"),
        ("By Jane Doe | Reuters", "Reuters"),
        ("Von Anna Schmidt, APA/AP", "APA/AP"),
        ("Jane Doe (AP)", "AP"),
        ("Staff", "Staff"),
        ("Web Desk", "Web Desk"),
        ("(With inputs from agencies.)", "With inputs from agencies"),
        ("von auto-motor.at Redaktion", "auto-motor.at Redaktion"),
    ],
)
def test_agencies_and_desks_go_to_source(line: str, source: str) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert parsed.source == source
    assert source not in parsed.authors


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, prices rose.",
        "By Sunday, we will know.",
        "Die Vielfalt von Königs Wusterhausen entdecken",
        "Powered by GetYourGuide. Werden Sie Partner.",
        "Privacy Policy",
        "Home",
        "Email the author",
        "Interview: Julia Lauter",
        "Rest der Welt",
        "UNESP Bauru",
        "Digitale Privatsphäre",
        "CAMBIO CLIMÁTICO",
        "— Elon Musk (@elonmusk) November 4, 2023",
        # title-case headlines: a function word ("after", "the", "from") is in no name
        "Μετά Γέφυρα Ανακοίνωσε",
        "Άνοιξη Από Ότι Ανοίξει",
        "После Ремонта Мост",
        "Après Le Vote",
        "",
        "   ",
    ],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None
    assert byline_score(line) == 0.0


def test_returned_strings_are_substrings_after_whitespace_collapse() -> None:
    line = "By   Jane\tDoe  and  John   Roe ,  Staff  Writers  |  Reuters"
    parsed = parse_byline(line)
    assert parsed is not None
    collapsed = " ".join(line.split())
    assert all(name in collapsed for name in parsed.authors)
    assert parsed.source is not None
    assert parsed.source in collapsed
    assert parsed.authors == ("Jane Doe", "John Roe")


def test_byline_is_frozen() -> None:
    parsed = parse_byline("By Jane Doe")
    assert isinstance(parsed, Byline)
    with pytest.raises(AttributeError):
        parsed.score = 0.1  # type: ignore[misc]


def test_language_hint_lowers_ambiguous_markers() -> None:
    plain = byline_score("Di Mario Rossi")
    foreign = byline_score("Di Mario Rossi", language="en")
    native = byline_score("Di Mario Rossi", language="it")
    assert native == plain
    assert foreign == pytest.approx(plain - authors.PENALTY_FOREIGN_MARKER)


def test_interview_credits_an_author_only_on_a_page_in_its_language() -> None:
    # a German magazine's "Interview: Jane Doe" names who asked; an English title's names who answered
    parsed = parse_byline("Interview: Jane Doe", language="de")
    assert parsed is not None
    assert parsed.authors == ("Jane Doe",)
    assert parse_byline("Interview: Jane Doe", language="en") is None
    assert parse_byline("Interview: Jane Doe") is None


@pytest.mark.parametrize(
    "line",
    ["About the Author - Jane Doe", "About the author: Jane Doe", "About the Author Jane Doe", "By – Jane Doe"],
)
def test_author_box_headings_and_a_dash_after_the_marker(line: str) -> None:
    parsed = parse_byline(line, language="en")
    assert parsed is not None
    assert parsed.authors == ("Jane Doe",)


def test_author_box_heading_over_a_biography_names_nobody() -> None:
    assert parse_byline("About the author: Jane Doe is a reporter at the Times and writes about food.") is None


def test_german_author_box_heading() -> None:
    parsed = parse_byline("Über die Autorin Jane Doe", language="de")
    assert parsed is not None
    assert parsed.authors == ("Jane Doe",)


def test_split_names() -> None:
    assert split_names("A, B and C") == ("A", "B", "C")
    assert split_names("A und B") == ("A", "B")
    assert split_names("A / B") == ("A", "B")
    assert split_names("A & B") == ("A", "B")
    assert split_names("A y B") == ("A", "B")
    assert split_names("A et B") == ("A", "B")
    assert split_names("A i B") == ("A", "B")
    assert split_names("A e B") == ("A", "B")
    assert split_names("A en B") == ("A", "B")
    assert split_names("A og B") == ("A", "B")
    assert split_names("") == ()


# ---------------------------------------------------------------- both sides of each threshold


def test_max_line_chars() -> None:
    name = "By Jane Doe"
    pad = " " + "x" * (authors.MAX_LINE_CHARS - len(name) - 1)
    assert parse_byline(name + pad[: authors.MAX_LINE_CHARS - len(name)]) is not None
    assert parse_byline(name + " " + "x" * authors.MAX_LINE_CHARS) is None


def test_max_words() -> None:
    dates = " ".join(["2024"] * (authors.MAX_WORDS - 3))
    assert parse_byline(f"By Jane Doe {dates}") is not None  # MAX_WORDS - 1 words
    assert parse_byline(f"By Jane Doe {dates} 2024 2024") is None  # MAX_WORDS + 1


def test_max_markerless_words() -> None:
    dates = " ".join(["2024"] * (authors.MAX_MARKERLESS_WORDS - 2))
    assert parse_byline(f"Jane Doe, {dates}") is not None
    assert parse_byline(f"Jane Doe, {dates} 2024") is None


def test_max_prefix_words() -> None:
    ok = " ".join(["Kolumne"] * authors.MAX_PREFIX_WORDS)
    assert parse_byline(f"{ok} by Jane Doe") is not None
    assert parse_byline(f"{ok} Kolumne by Jane Doe") is None


def test_max_prefix_meta_words() -> None:
    ok = " ".join(["2024"] * authors.MAX_PREFIX_META_WORDS)
    assert parse_byline(f"{ok} by Jane Doe") is not None
    assert parse_byline(f"{ok} 2024 by Jane Doe") is None


def test_published_and_modified_dates_before_the_marker() -> None:
    parsed = parse_byline("Veröffentlicht am 10. Februar 2019 9. Februar 2019 von Heiko", language="de")
    assert parsed is not None
    assert parsed.authors == ("Heiko",)


def test_weekday_abbreviation_before_the_marker() -> None:
    parsed = parse_byline("Veröffentlicht am Fr, 24. Januar 2020, 18:18 von Jane Doe", language="de")
    assert parsed is not None
    assert parsed.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        ("2. Februar 20202. Februar 2020 Jane Doe", "2. Februar 2020 2. Februar 2020 Jane Doe"),
        ("Posted on 2. Mai 20222. Mai 2022Author Jane", "Posted on 2. Mai 2022 2. Mai 2022 Author Jane"),
        ("jdoe28.09.1912:44", "jdoe28.09.19 12:44"),
        ("jdoe28.09.201912:44", "jdoe28.09.2019 12:44"),
        ("17/11/201917/11/2019 ~ Jane Doe", "17/11/2019 17/11/2019 ~ Jane Doe"),
        ("17-11-201917-11-2019", "17-11-2019 17-11-2019"),
        ("2019/11/17 and 2019-11-17", "2019/11/17 and 2019-11-17"),
        ("17/11/201917.11-2019", "17/11/201917.11-2019"),
        ("In 2020 there were 20201 cases", "In 2020 there were 20201 cases"),
        ("am 12.03.2020 um 12:30", "am 12.03.2020 um 12:30"),
    ],
)
def test_unglue_splits_only_glued_dates(glued: str, spaced: str) -> None:
    assert authors.unglue(glued) == spaced


def test_glued_dates_byline_parses() -> None:
    parsed = parse_byline("Veröffentlicht am 10. Februar 20199. Februar 2019 von Heiko", language="de")
    assert parsed is not None
    assert parsed.authors == ("Heiko",)


def test_max_name_tokens() -> None:
    assert parse_byline("By Anna Maria Luisa Sofia Rossi").authors == ("Anna Maria Luisa Sofia Rossi",)  # type: ignore[union-attr]
    six = parse_byline("By Anna Maria Luisa Sofia Bella Rossi")
    assert six is None or six.authors != ("Anna Maria Luisa Sofia Bella Rossi",)


def test_min_markerless_name_tokens() -> None:
    assert parse_byline("Jane Doe, 12 March 2021") is not None
    assert parse_byline("Jane, 12 March 2021") is None
    assert parse_byline("By Jane") is not None


def test_max_markerless_authors() -> None:
    four = "Ann Lee, Bob Ray, Cy Young, Di Fox"
    assert parse_byline(four) is not None
    assert parse_byline(four + ", Ed Moe") is None


def test_tail_prose_words() -> None:
    # TAIL_PROSE_WORDS lowercase words with a full stop: prose; one fewer: still a byline.
    assert parse_byline("By Sunday, we will know.") is None
    assert parse_byline("By Jane Doe, we know.") is not None
    # TAIL_PROSE_WORDS_HARD lowercase words without a full stop: prose.
    words = ["with", "one", "two", "three", "four", "five", "six"][: authors.TAIL_PROSE_WORDS_HARD]
    assert parse_byline("By Jane Doe " + " ".join(words)) is None
    assert parse_byline("By Jane Doe " + " ".join(words[:-1])) is not None


def test_max_name_token_chars() -> None:
    assert parse_byline("By Jane " + "D" + "o" * (authors.MAX_NAME_TOKEN_CHARS - 1)) is not None
    long_name = parse_byline("By Jane " + "D" + "o" * authors.MAX_NAME_TOKEN_CHARS)
    assert long_name is None


def test_scores_order() -> None:
    marker = byline_score("By Jane Doe")
    supported = byline_score("Jane Doe, 12 March 2021")
    bare = byline_score("Jane Doe")
    assert marker == authors.SCORE_MARKER
    assert supported == authors.SCORE_SUPPORTED
    assert bare == authors.SCORE_BARE_NAMES
    assert marker > supported > bare > 0


def test_remembered_parse_follows_the_language() -> None:
    """A line parsed before is remembered per text and language: "di" is Italian's marker, not English's."""
    assert parse_byline("di Mario Rossi", language="it").score > parse_byline("di Mario Rossi", language="en").score  # type: ignore[union-attr]
    assert parse_byline("di Mario Rossi", language="it") == parse_byline("di Mario Rossi", language="it")


# ---------------------------------------------------------------- linear time

_SIZES = [1000, 2000, 4000, 8000, 16000, 32000]
_ADVERSARIAL = ["A ", "By ", "-", "(", "A, ", "Von Anna ", "x" * 3 + " | ", "@a "]


@pytest.mark.slow
@pytest.mark.parametrize(
    "func", [parse_byline, byline_score, split_names], ids=["parse_byline", "byline_score", "split_names"]
)
@pytest.mark.parametrize("unit", _ADVERSARIAL)
def test_linear_time(func: Callable[[str], object], unit: str) -> None:
    def parse_anew(text: str) -> object:
        authors._parse_line.cache_clear()  # time the parse, not the answer remembered from the last call
        return func(text)

    ratios = doubling_ratios(parse_anew, [unit * n for n in _SIZES])
    assert max(ratios) < 3.0, ratios


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Gepostet von Katharina Volkwein | Wohnen", ("Katharina Volkwein",)),
        ("Eingestellt von Weinlachgummi um 10:52", ("Weinlachgummi",)),
        ("Autor: Rechtsanwalt Sebastian Einbock", ("Sebastian Einbock",)),
    ],
)
def test_lead_in_verbs_and_roles_are_not_names(line: str, authors: tuple[str, ...]) -> None:
    parsed = parse_byline(line, language="de")
    assert parsed is not None
    assert parsed.authors == authors


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Posted on Freitag, 15. April 2016 Samstag, 4. März 2017 by LD", "LD"),
        ("Veröffentlicht am Fr, 24. Januar 2020, 18:18 von Creeny", "Creeny"),
        ("6. Dezember 2022 von Fatima in Gefühle, Popkultur", "Fatima"),
        ("2. Februar 2020 2. Februar 2020 Alexander Roll 1 Kommentar Inklusion", "Alexander Roll"),
        ("26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar", "Ulrike Stockhausen"),
        ("Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Fotografie", "gnaddrig"),
        ("by oz on December 4, 2006", "oz"),
        # a post's strip, with a comment counter: one word set apart before the date, or a handle after it
        ("Paddy · April 19, 2019 · Mac · 7 comments", "Paddy"),
        ("26 Mai, 2008 | ThE_PaiN | Kommentare 34 |", "ThE_PaiN"),
        ("Datum: 13. April 2017 Autor: www.koffergepackt.com 2 Kommentare", "www.koffergepackt.com"),
    ],
)
def test_parse_date_strip_reads_the_name_around_the_dates(line: str, author: str) -> None:
    spans = [(m.start, m.end) for m in find_dates(line)]
    parsed = parse_date_strip(line, spans)
    assert parsed is not None
    assert parsed.authors == (author,)
    assert parsed.score < 0.9  # below a marked byline line of its own


@pytest.mark.parametrize(
    "line",
    [
        "Updated 16:05 GMT, 27 December 2020",
        "14.11.2023, 06:30 Uhr",
        "March 3, 2021 Breaking News",
        "mh 1. Mai 2023",
        # one word before the date: a place, without a comment counter; a section's name or a label, with one
        "Berlin · 12.03.2020",
        "News · April 19, 2019 · 3 comments",
        "Datum: 13. April 2017 2 Kommentare",
        # one capitalised word after the date is as likely the post's category
        "April 19, 2019 · Mac · 7 comments",
    ],
)
def test_parse_date_strip_without_a_name(line: str) -> None:
    assert parse_date_strip(line, [(m.start, m.end) for m in find_dates(line)]) is None
    assert parse_date_strip(line, []) is None


# ---------------------------------------------------------------- prefilters (issue 7: same result, less work)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Reuters", ((), "Reuters")),  # one token: an agency survives the lone-token check
        ("Redaktion", ((), "Redaktion")),  # ... and a desk
        ("Autor:Jane", (("Jane",), None)),  # a colon may hide a marker: parsed in full
        ("iPhone", None),
        ("Content", None),
    ],
)
def test_lone_token_prefilter_keeps_agencies_and_markers(line: str, expected: object) -> None:
    parsed = parse_byline(line)
    assert (None if parsed is None else (parsed.authors, parsed.source)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Your California Privacy Rights", None),  # a stop word opens the line: no name, no source
        ("Our News Desk", ((), "Our News Desk")),  # unless the whole piece is a desk
        ("The Staff Writer", None),  # "the" may open a role: parsed in full (a role alone names nobody)
        ("Home | Jane Doe", None),
        ("siehe Jane Doe", None),  # a lowercase opener is no name token either
        ("dpa/AFP", ((), "dpa/AFP")),  # ... unless it is an agency
    ],
)
def test_stop_word_prefilter_keeps_desks(line: str, expected: object) -> None:
    parsed = parse_byline(line)
    assert (None if parsed is None else (parsed.authors, parsed.source)) == expected


# ---------------------------------------------------------------- text-dump shapes (issue 5)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane DoeFollow", ("Jane Doe",)),  # a dump glued the "Follow" button to the name
        ("Jane DoeStaff Writer", ("Jane Doe",)),
        ("Shana Nys DambrotNovember 6, 2023", ("Shana Nys Dambrot",)),
        ("von Anna Demel13.12.2022 - 08:13 Uhr", ("Anna Demel",)),  # a date glued to the name
        ("Por Ana Mejías04 de mayo 2022", ("Ana Mejías",)),
        ("[Anna-Demel-]von Anna Demel", ("Anna Demel",)),  # w3m prints an image's alt text first
        ("Jane Doe Staff Writer", ("Jane Doe",)),  # role words end the name
        ("● Jane Doe", ("Jane Doe",)),
        ("Ronald McDonald", ("Ronald McDonald",)),  # an inner capital after a short prefix is no glue
        ("Jessica DeFino", ("Jessica DeFino",)),
        ("Blog Beitrag von Anna Koreneva", ("Anna Koreneva",)),
        ("22. Januar 2020 // Autor: c1ph4 // Lesezeit: 1 Minute", ("c1ph4",)),  # a handle after "Autor:"
        ("Autor: jdoe", ("jdoe",)),
    ],
)
def test_dump_shapes(line: str, expected: tuple[str, ...]) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert parsed.authors == expected
    assert all(name in line for name in parsed.authors)  # never invented


@pytest.mark.parametrize(
    "line",
    [
        "Autor:innen",  # German gender colon, not a marker with a handle
        "Text: so what",  # a lowercase word after a colon marker is a handle only when nothing follows
        "Author: the end",
        "Send Text Message Print",  # UI labels are no name
    ],
)
def test_dump_shapes_that_name_nobody(line: str) -> None:
    parsed = parse_byline(line)
    assert parsed is None or not parsed.authors


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Roe 11/08/2020 Feelings", "Jane Roe"),  # a name opens the date strip
        ("Jane Roe Stand: 05. Februar 2020", "Jane Roe"),
        ("macbacchi 28.09.19 12:44", "macbacchi"),  # a handle: lowercase and long enough
        ("HansEhrlich 17.10.2019, 13:56 Uhr", "HansEhrlich"),  # a handle: an inner capital
        ("Berlin 12. März 2020", None),  # one capitalised word is a place
        ("Bergisch Gladbach, 12.03.2020", None),  # "Place, date" is a dateline
        ("New York 12.03.2020", None),
        ("seit 12.03.2020", None),
        ("Staff Reports | May 10, 2022", None),
    ],
)
def test_name_before_the_date_of_a_strip(line: str, expected: str | None) -> None:
    spans = [(m.start, m.end) for m in find_dates(line)]
    assert spans
    parsed = parse_date_strip(line, spans)
    assert (parsed.authors[0] if parsed else None) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Private Solaranlagen:",  # a label ends with a colon
        "Jane Roe (Foto: imago images)",  # a photo's caption names who is in it
        "Climate Opportunity 2019",  # a bare number is no date: a title holds it
        "ESCUCHA LA NOTICIA",  # capitals throughout, particles aside: a section label
        "Video von Jane Roe",  # a video credit, like a photo credit, is another person's job
        "1-2 Spritzer Peychaud Bitters",  # a quantity before capitalised words is a list item
    ],
)
def test_markerless_headings_and_credits_name_nobody(line: str) -> None:
    parsed = parse_byline(line)
    assert parsed is None or not parsed.authors


@pytest.mark.parametrize(
    "line",
    [
        "Бюджете Город Давно",  # Russian stop words ("город", "давно") in a title-case heading
        "Земля Дорога Ночь",
        "Σήμερα Κάτοικοι Πόλη",  # a Greek one: "σήμερα", which the list spells "σημερα"
    ],
)
def test_title_case_headings_in_cyrillic_or_greek_name_nobody(line: str) -> None:
    # the page's own stop words (its language may be German) do not cover the heading's script
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Traffic Expect Waited People During",  # English function words, which a German page's stop words miss
        "Residents Wait With Hope",
        "Bridge Opens After Repairs",
        "Schools Closed Through March",
    ],
)
def test_title_case_english_headings_name_nobody_whatever_the_page_language(line: str) -> None:
    assert parse_byline(line) is None
    assert parse_byline(line, language="de") is None


@pytest.mark.parametrize("line", ["Will Smith", "Tom Little", "Rich Long", "Neil Young"])
def test_english_words_that_are_also_names_stay_names(line: str) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert parsed.authors == (line,)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Иван Петров", ("Иван Петров",)),
        ("Андрей Белый", ("Андрей Белый",)),  # "белый" is a stop word, and a surname's form: it stays a name
        ("Лев Толстой", ("Лев Толстой",)),
        ("Автор: Иван Новый", ("Иван Новый",)),
        ("Γιώργος Παπαδόπουλος", ("Γιώργος Παπαδόπουλος",)),
        ("Ли Мин", ("Ли Мин",)),  # "ли" is a particle, and a transliterated surname
    ],
)
def test_cyrillic_and_greek_names_stay_names(line: str, names: tuple[str, ...]) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert parsed.authors == names


def test_date_strip_name_stops_at_a_comma_and_never_repeats() -> None:
    for line in ("07.11.2023 Ormalingen, Ormalingen, Baselbiet", "28. Januar 2022 Newsdesk Newsdesk"):
        spans = [(m.start, m.end) for m in find_dates(line)]
        assert spans
        assert parse_date_strip(line, spans) is None


def test_a_section_name_before_names_is_a_menu() -> None:
    assert parse_byline("Business & Box Links") is None  # a section, then a name-shaped label
    parsed = parse_byline("Staff Writer, Jane Doe")  # a job before the name
    assert parsed is not None
    assert parsed.authors == ("Jane Doe",)


def test_a_bullet_before_a_date_strip_name() -> None:
    line = "● reineckefuchs — 2. Februar 2022"
    spans = [(m.start, m.end) for m in find_dates(line)]
    parsed = parse_date_strip(line, spans)
    assert parsed is not None
    assert parsed.authors == ("reineckefuchs",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("* Von Jane Doe", ("Jane Doe",)),
        ("* Author: Jane Doe", ("Jane Doe",)),
        ("• Jane Doe", ("Jane Doe",)),
        ("□ By Jane Doe", ("Jane Doe",)),
    ],
)
def test_list_bullet_before_the_byline(line: str, names: tuple[str, ...]) -> None:
    parsed = parse_byline(line, language="de")
    assert parsed is not None
    assert parsed.authors == names


def test_bullet_alone_is_no_byline() -> None:
    assert parse_byline("* Home") is None
    assert parse_byline("*") is None


@pytest.mark.parametrize("marker", ["AUTOR/IN", "Autor*in:", "Autor:in:", "Autor/in:"])
def test_german_gender_forms_of_the_author_marker(marker: str) -> None:
    parsed = parse_byline(f"STAND 21.4.2021 , 16:41 Uhr {marker} Jane Doe", language="de")
    assert parsed is not None
    assert parsed.authors == ("Jane Doe",)


def test_acronym_glued_to_the_name_is_split_off() -> None:
    parsed = parse_byline("Von Jane DoeRSS-Newsfeed neuer Artikel von Jane Doe", language="de")
    assert parsed is not None
    assert parsed.authors == ("Jane Doe",)


def test_acronym_compound_is_no_name_part() -> None:
    assert parse_byline("Von Jane Doe", language="de").authors == ("Jane Doe",)  # type: ignore[union-attr]
    assert parse_byline("EU-Kommission Berlin") is None
    assert parse_byline("Von JEAN-PIERRE DUPONT").authors == ("JEAN-PIERRE DUPONT",)  # type: ignore[union-attr]


def test_split_byline_is_joined_from_its_marker() -> None:
    texts = ["By", "Jane Doe", "and", "John Roe", "Published Nov 8, 2023"]
    assert authors.join_split_byline(texts) == "By Jane Doe and John Roe"
    assert authors.join_split_byline(["Von", "Jane Doe,", "John Roe"]) == "Von Jane Doe, John Roe"


def test_split_byline_needs_a_lone_marker_and_a_name() -> None:
    assert authors.join_split_byline(["By Jane Doe", "and", "John Roe"]) is None
    assert authors.join_split_byline(["By", "the way we live"]) is None
    assert authors.join_split_byline(["By", "and"]) is None
    assert authors.join_split_byline([]) is None


def test_lone_marker() -> None:
    assert authors.is_lone_marker("Von")
    assert authors.is_lone_marker(" Autor: ")
    assert authors.is_lone_marker("Autor")
    assert not authors.is_lone_marker("Von Jane Doe")
    assert not authors.is_lone_marker("Home")


@pytest.mark.parametrize("line", ["von Marianne1", "By jane_doe", "Beitrag von rob23 » 21.01.2009, 05:42"])
def test_user_name_after_a_marker(line: str) -> None:
    parsed = parse_byline(line, language="de")
    assert parsed is not None
    assert len(parsed.authors) == 1
    # a commenter's byline reads the same: a user name scores below a person's marked byline
    assert parsed.score <= authors.SCORE_HANDLE < byline_score("Jane Doe, 12. März 2021")


@pytest.mark.parametrize("line", ["von G20", "By 2020", "Beitrag von r23"])
def test_short_or_numeric_tokens_after_a_marker_are_no_user_names(line: str) -> None:
    assert parse_byline(line, language="de") is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe, Local Democracy Reporter", ("Jane Doe",)),
        ("By Jane Doe, Chief Washington Correspondent", ("Jane Doe",)),
        ("By Jane Doe, John Roe and Ann Lee", ("Jane Doe", "John Roe", "Ann Lee")),
    ],
)
def test_job_title_after_the_names_is_no_name(line: str, names: tuple[str, ...]) -> None:
    parsed = parse_byline(line, language="en")
    assert parsed is not None
    assert parsed.authors == names


def test_lowercase_job_after_a_name_is_no_byline() -> None:
    # "Jane Doe, BBC diplomatic correspondent" signs an analysis box inside the story
    assert parse_byline("Jane Doe, BBC diplomatic correspondent", language="en") is None


def test_only_short_texts_are_remembered_between_pages() -> None:
    authors._parse_line.cache_clear()
    assert parse_byline("By Jane Doe " + "x" * authors.MAX_RAW_CHARS) is None
    assert authors._parse_line.cache_info().currsize == 0
    assert parse_byline("By Jane Doe") is not None
    assert authors._parse_line.cache_info().currsize == 1


def test_a_number_opening_a_compound_noun_is_no_byline_metadata() -> None:
    # a comparison table's heading row: "3-Wege-Finanzierung" names a thing, it dates nothing
    assert parse_byline("Autokredit Leasing 3-Wege-Finanzierung", language="de") is None
    assert parse_byline("Jane Doe 12.03.2020", language="de").authors == ("Jane Doe",)
    assert parse_byline("Jane Doe 5-min read", language="en").authors == ("Jane Doe",)


@pytest.mark.parametrize("line", ["Bergisch Gladbach -", "Jane Doe —", "Jane Doe –"])
def test_a_bare_trailing_dash_is_no_metadata_after_a_name(line: str) -> None:
    # a German dateline's place printed alone over the first paragraph ("Bergisch Gladbach -") read as a
    # supported byline (0.7) and beat the bare name beside the date under the headline (0.4)
    assert byline_score(line) == authors.SCORE_BARE_NAMES
    # metadata after the dash still supports the name
    assert byline_score(f"{line} 31. Januar 2022") == authors.SCORE_SUPPORTED
