"""Lists of records as an article's body: a calendar or results list under the article's header."""

from __future__ import annotations

import newsclean
from newsclean import Label, Vote
from newsclean.lines import split_lines
from newsclean.pipeline import Decision
from newsclean.records import RECORD_RUN_MIN, all_records, as_record, header_records, record_run


def d(label: Label, score: float, reason: str = "test") -> Decision:
    """A decision whose only vote is its own."""
    return Decision(label, score, "test", reason, (("test", Vote(label, score, reason)),))


TITLE = d(Label.HEADLINE, 0.25, "title-shaped")
DATE = d(Label.DATELINE, 0.85, "date")
ROUNDS = [f"Round {n}: {n + 9} March – Track {n}" for n in range(1, 13)]

# A made-up season calendar: a menu, the page's title, a dateline and a share call, the list, the
# share call again, then a sidebar of blurbs that link other sections (prose, and more of it than the list).
MENU = ["* Home", "* News", "* Results", "* Calendar", "* Drivers", "* Teams", "* Videos", "* Contact"]
SIDEBAR = [
    "» Weekly column",
    "Click the photo above and read every column our editor has written about the season so far.",
    "» Power ranking",
    "Click the image above and see how the drivers rank this season after the last race of the year.",
    "» Race preview",
    "Click here to learn the TV times of the next race, the track, the tyres and the weather forecast.",
    "» Podcast",
    "A new episode of our weekly show is out, with news, interviews and the odd joke about the paddock.",
]


def calendar_page(rounds: list[str]) -> str:
    """The made-up calendar page, with these list items under its header."""
    head = ["Touring Cup Calendar 2018", "", "Monday, 22 January 2018 at 0:13", "Share this on WhatsApp", ""]
    tail = ["", "* Dates may change at the organiser's request", "", "Share this on WhatsApp", ""]
    return "\n".join(["", *MENU, "", *head, "Touring Cup Calendar 2018", "", *rounds, *tail, *SIDEBAR, ""])


def test_a_run_of_records_is_found() -> None:
    lines = split_lines("\n".join(ROUNDS[:RECORD_RUN_MIN]))
    assert record_run(lines, [TITLE] * len(lines), 0) == list(range(RECORD_RUN_MIN))


def test_too_few_records_are_no_list() -> None:
    lines = split_lines("\n".join(ROUNDS[: RECORD_RUN_MIN - 1]))
    assert record_run(lines, [TITLE] * len(lines), 0) == []


def test_records_one_blank_line_apart_are_one_list() -> None:
    # a cleaned body prints each item as a paragraph of its own
    lines = split_lines("\n\n".join(ROUNDS[:RECORD_RUN_MIN]))
    assert len(record_run(lines, [TITLE] * len(lines), 0)) == RECORD_RUN_MIN


def test_items_without_a_common_shape_are_no_records() -> None:
    # other stories' titles: figures, but no shared punctuation
    titles = ["5 things to know today", "Storm closes 3 ports", "2019 budget: what changes", "Team wins 4-1 (again)"]
    lines = split_lines("\n".join([*titles, "Top 10 films of the year"]))
    assert record_run(lines, [TITLE] * len(lines), 0) == []


def test_records_without_figures_are_no_records() -> None:
    items = [f"Item {w}: the {w} one – see below" for w in ("first", "second", "third", "fourth", "fifth")]
    lines = split_lines("\n".join(items))
    assert record_run(lines, [TITLE] * len(lines), 0) == []


def test_a_sure_chrome_line_breaks_the_run() -> None:
    lines = split_lines("\n".join([*ROUNDS[:3], "Share: Facebook – 1 Twitter – 2", *ROUNDS[3:6]]))
    ds = [TITLE] * 3 + [d(Label.PROMO, 0.7, "share bar")] + [TITLE] * 3
    assert record_run(lines, ds, 0) == []


def test_the_list_must_open_right_under_the_header() -> None:
    near = split_lines("\n".join(["22 January 2018", "Share", *ROUNDS[:6]]))
    ds = [DATE, d(Label.PROMO, 0.6)] + [TITLE] * 6
    assert header_records(near, ds, None) == list(range(2, 8))
    prose = d(Label.BODY, 0.9)
    under_prose = split_lines("\n".join(["22 January 2018", "The season opens in March, the board said.", *ROUNDS[:6]]))
    assert header_records(under_prose, [DATE, prose] + [TITLE] * 6, None) == []


def test_a_list_far_below_the_header_is_not_the_article() -> None:
    filler = [f"Menu item {n}" for n in range(8)]
    lines = split_lines("\n".join(["22 January 2018", *filler, *ROUNDS[:6]]))
    ds = [DATE] + [d(Label.NAVIGATION, 0.45)] * 8 + [TITLE] * 6
    assert header_records(lines, ds, None) == []


def test_all_records_walks_every_list_once() -> None:
    lines = split_lines("\n".join([*ROUNDS[:5], "", "", "Some words here", "", "", *ROUNDS[5:10]]))
    assert all_records(lines, [TITLE] * len(lines)) == [0, 1, 2, 3, 4, 10, 11, 12, 13, 14]


def test_a_record_is_never_a_headline() -> None:
    r = as_record(d(Label.HEADLINE, 0.25, "title-shaped"))
    assert r.label is Label.BODY
    assert r.vote(Label.HEADLINE) == 0.0


def test_a_calendar_article_keeps_its_list_and_drops_the_sidebar() -> None:
    body = newsclean.clean(calendar_page(ROUNDS)).body
    assert all(item in body for item in ROUNDS)
    assert "Click the photo above" not in body
    assert "Power ranking" not in body


def test_a_calendar_cleaned_again_keeps_every_item() -> None:
    first = newsclean.clean(calendar_page(ROUNDS))
    again = newsclean.clean(first.body, format="text")
    assert set(first.paragraphs) <= set(again.paragraphs)


def test_a_date_under_the_page_s_prose_heads_no_list() -> None:
    # a table row with a date deep in a page of prose is no article's header
    prose = d(Label.BODY, 0.9)
    story = "The singer was born in the city and wrote songs for many other artists over the years."
    lines = split_lines("\n".join([story, story, story, "22 January 2018", *ROUNDS[:6]]))
    assert header_records(lines, [prose] * 3 + [DATE] + [TITLE] * 6, None) == []
    assert header_records(lines[3:], [DATE] + [TITLE] * 6, None) == list(range(1, 7))
