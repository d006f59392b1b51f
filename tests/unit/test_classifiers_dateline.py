"""Dateline: max_words and date_share boundaries."""

from __future__ import annotations

from newsclean import Label, PageContext
from newsclean.classifiers.dateline import Dateline
from newsclean.lines import split_lines

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
