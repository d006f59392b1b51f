"""Dateline: max_words and date_share boundaries."""

from __future__ import annotations

from pathlib import Path

from newsclean import Label, PageContext
from newsclean.classifiers.dateline import Dateline, _standalone_place
from newsclean.lines import split_lines
from newsclean.metadata.dateline import parse_dateline

CTX = PageContext()
STRIP = "Updated: 07-11-2024 07:25 IST"


def test_max_words_boundary() -> None:
    (line,) = split_lines(STRIP)
    vote = Dateline(max_words=line.words).classify([line], CTX)[0]
    assert vote is not None
    assert vote.label is Label.DATELINE
    assert Dateline(max_words=line.words - 1).classify([line], CTX)[0] is None


def test_date_inside_prose_is_not_a_dateline() -> None:
    text = "The council met on 3 May 2021 to agree the budget for the coming year, officials said."
    assert Dateline().classify(split_lines(text), CTX) == [None]


def test_date_share_boundary_on_an_unmarked_date() -> None:
    # "on 12 March 2021 the" - an unknown-kind date covering part of the line, no place
    (line,) = split_lines("Council plans 12 March 2021")
    share_votes = [Dateline(date_share=s).classify([line], CTX)[0] for s in (0.0, 1.0)]
    assert share_votes[0] is not None
    assert share_votes[1] is None


def test_blank_and_dateless_short_lines() -> None:
    assert Dateline().classify(split_lines("\nHome"), CTX) == [None, None]


def test_a_repeated_line_gets_the_vote_it_gets_alone() -> None:
    # votes are computed once per text on a page: a repeat must not change them
    texts = [STRIP, "WASHINGTON —", "Home", "Council plans 12 March 2021"]
    page = split_lines("\n".join(texts + texts))
    alone = [Dateline().classify(split_lines(t), CTX)[0] for t in texts]
    assert Dateline().classify(page, CTX) == alone + alone


def _standalone_unscreened(text: str) -> str | None:
    place = parse_dateline(text)
    return place.place if place is not None and place.end in (0, len(text)) else None


def test_standalone_place_screen_keeps_every_place() -> None:
    # the cheap character screen before parse_dateline must never hide a standalone place
    samples = [
        "Tokyo | Updated: 07-11-2024 07:25 IST",
        "Devdiscourse News Desk • Berlin • 3 May 2021",
        "Berlin (dpa) -",
        "(서울=연합뉴스)",
        "【北京共同】",
        "新华社北京11月7日电",
        "WASHINGTON —",
        "TOKYO (Reuters) - Japan's economy grew.",
        "東京 (共同通信) - 政府は",
    ]
    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    for path in sorted(fixtures.glob("*.txt")):
        samples += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = 0
    for text in samples:
        expected = _standalone_unscreened(text)
        assert _standalone_place(text) == expected, text
        found += expected is not None
    assert found >= 4  # the samples do hold standalone places
