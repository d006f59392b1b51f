"""Pull quotes: a passage of the story printed again is kept once (newsclean/quotes.py)."""

from __future__ import annotations

import textwrap

from newsclean.labels import Label
from newsclean.lines import split_lines
from newsclean.pipeline import Revised
from newsclean.quotes import PULL_QUOTE_ROUNDS, PULL_QUOTE_SHINGLE, _runs, _words, apart_twins, pull_quotes

BODY = Revised(Label.BODY, 0.9, "test", "prose")


def test_a_line_that_is_a_quote_once_another_is_dropped_goes_too() -> None:
    # the first line's words run through both longer lines: printed three times, it is no quote; the
    # last line is one (its runs are all in the second line), and once it is dropped the first line's
    # run is printed twice, so it is a quote too, as a second clean of the body would find
    texts = ["A a a a a a a a.", "A 0 a a a a. A 0 a a a a a a.", "A 0 a a a a a. A 0 a a a a."]
    lines = split_lines("\n".join(texts))
    out = [BODY] * len(lines)
    assert PULL_QUOTE_ROUNDS >= 2
    assert pull_quotes(lines, out, 0, len(lines) - 1) == [0, 2]
    # the body left is stable: checking it again finds nothing more
    assert pull_quotes(lines, out, 1, 1) == []


def test_lines_outside_the_span_or_not_body_are_not_counted() -> None:
    quote = "She was painting the light that everyone else in the north was trying to escape"
    lines = split_lines(f'"{quote}," says the curator.\n"{quote}."')
    assert pull_quotes(lines, [BODY, BODY], 0, 1) == [1]
    assert pull_quotes(lines, [Revised(Label.OTHER, 0.9, "test", "caption"), BODY], 0, 1) == []
    assert pull_quotes(lines, [BODY, BODY], 1, 1) == []


def test_runs_are_the_hashes_of_each_window_of_words_in_order() -> None:
    words = _words("Ünd the OLD bridge, reopened on Monday after two years of repairs")
    assert words[:2] == ["ünd", "the"]
    want = [hash(tuple(words[k : k + PULL_QUOTE_SHINGLE])) for k in range(len(words) - PULL_QUOTE_SHINGLE + 1)]
    assert list(_runs(words)) == want
    # a line shorter than one run is one run of all its words (none for a line of no words)
    assert list(_runs(words[:3])) == [hash(tuple(words[:3]))]
    assert list(_runs([])) == [hash(())]


def test_a_twin_pair_is_not_a_quote_but_a_copy_in_a_longer_line_is() -> None:
    quote = "She was painting the light that everyone else in the north was trying to escape"
    lines = split_lines(f"{quote}.\n{quote}.\n{quote}, says the curator of the show.")
    # two identical lines and a longer source: the first run is printed three times, nothing goes
    assert pull_quotes(lines, [BODY] * 3, 0, 2) == []
    lines = split_lines(f"{quote}.\nAnd then.\n{quote}, says the curator of the show.")
    assert pull_quotes(lines, [BODY] * 3, 0, 2) == [0]


def test_a_dropped_quote_between_two_copies_takes_the_first_copy_with_it() -> None:
    # the third line is a quote of the fifth; gone, it leaves the two copies in a row, which cleaned
    # again are twins: the first goes with it, and then the second is a quote of the fifth too
    copy = "The the the the the city the the the the the city the."
    last = "A a a a a. The the the the the the city the the the the."
    texts = ["A a a a a.", copy, "The the the the the the the the.", copy, last]
    lines = split_lines("\n".join(texts))
    assert pull_quotes(lines, [BODY] * len(lines), 0, len(lines) - 1) == [1, 2, 3]


def test_the_pieces_of_a_wrapped_paragraph_are_measured_as_one_paragraph() -> None:
    # the second line goes on from the first (a wrap the reflow could not see): together they are longer
    # than the last paragraph, whose runs they hold, so the last paragraph is a quote of them
    texts = [
        "The 0 the the the the. A a a a a a a a a a. The the the the the council",
        "decision.",
        "A a a a a a a a a a. A a a a 0 a a a a a a a.",
    ]
    lines = split_lines("\n".join(texts))
    assert pull_quotes(lines, [BODY] * 3, 0, 2) == [2]


def test_copies_of_a_paragraph_the_body_prints_in_a_row_keep_only_the_last() -> None:
    # a byline between two copies: not twins on the page, but in a row in the body, where a second clean
    # takes the first for an image's alt text; it goes now
    copy = "The the city the the council the bridge."
    lines = split_lines(f"{copy}\nBy Jane Doe\n{copy}\nA a a a a a.")
    name = Revised(Label.BYLINE, 0.9, "test", "name")
    out = [BODY, name, BODY, BODY]
    assert apart_twins(lines, out, 0, 3) == [0]
    # copies already in a row on the page (past blanks) were the classifier's to judge; so were a
    # copy too short to be a caption's, and four copies, no image's
    assert apart_twins(split_lines(f"{copy}\n\n{copy}"), [BODY] * 3, 0, 2) == []
    assert apart_twins(split_lines("The city the bridge.\nBy Jane Doe\nThe city the bridge."), out[:3], 0, 2) == []
    # a line that ends no sentence goes too, but for its last copy: in a row in the body, a second clean
    # reads the copies as a title printed twice (a teaser card's), and neither would stay
    title = "The the city the the council the bridge"
    assert apart_twins(split_lines(f"{title}\nBy Jane Doe\n{title}"), out[:3], 0, 2) == [0]
    four = split_lines("\n".join([copy, "By Jane Doe"] * 4))
    assert apart_twins(four, [BODY, name] * 4, 0, 7) == []
    # a copy outside the span is not counted
    assert apart_twins(lines, out, 1, 3) == []


def test_copies_in_a_row_go_when_one_is_wrapped_over_several_lines() -> None:
    # the classifier compares lines: the two pieces of a hard-wrapped copy match no line of the other
    # copy, so it left both; the body prints them joined and in a row, and a second clean takes the
    # first for an image's alt text. The wrapped copy's lines go now (found by a deep fuzz run)
    copy = (
        "The council said on Monday that the old bridge over the river would reopen to traffic"
        " next spring after two years of repairs."
    )
    wrapped = "\n".join(textwrap.wrap(copy, 80))
    lines = split_lines(f"{wrapped}\n\n{copy}")
    assert [ln.text for ln in lines if ln.text] != [copy, copy]
    assert apart_twins(lines, [BODY] * len(lines), 0, len(lines) - 1) == [0, 1]
    # the unwrapped copy first: its one line goes
    lines = split_lines(f"{copy}\n\n{wrapped}")
    assert apart_twins(lines, [BODY] * len(lines), 0, len(lines) - 1) == [0]
