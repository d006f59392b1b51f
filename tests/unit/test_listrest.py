"""Unit tests for newsclean.listrest: the rest of a list the article's span ends inside."""

from __future__ import annotations

from newsclean.labels import Label
from newsclean.lines import split_lines
from newsclean.listrest import list_rest
from newsclean.pipeline import Decision

BODY = Decision(Label.BODY, 0.35, "t", "prose")
TITLE = Decision(Label.HEADLINE, 0.35, "t", "title-shaped")
NAV = Decision(Label.NAVIGATION, 0.45, "t", "menu run")
SURE_NAV = Decision(Label.NAVIGATION, 0.9, "t", "menu word")
NONE = Decision(Label.OTHER, 0.0, "t", "no classifier voted")
BLANK = Decision(Label.BLANK, 1.0, "t", "")

PAGE = """The new pack weighs less than a kilogram and carries skis on its side.

Ski holder with an ergonomic hook
Crampon pocket opened from the side
Ice axe holder with an elastic cord
Inner pocket for small things
Breathable shoulder straps
Comes with a whistle

Home"""


def test_list_cut_in_its_middle_goes_on_to_the_blank_line() -> None:
    ls = split_lines(PAGE)
    ds = [BODY, BLANK, BODY, BODY, BODY, TITLE, NAV, NAV, BLANK, NAV]
    assert list_rest(ls, ds, 0, 4) == [5, 6, 7]


def test_no_rest_when_the_span_ends_on_a_block_end() -> None:
    ls = split_lines(PAGE)
    ds = [BODY, BLANK, BODY, BODY, BODY, BODY, BODY, BODY, BLANK, NAV]
    assert list_rest(ls, ds, 0, 7) == []


def test_a_sure_menu_line_ends_the_list() -> None:
    ls = split_lines(PAGE)
    ds = [BODY, BLANK, BODY, BODY, BODY, TITLE, SURE_NAV, NAV, BLANK, NAV]
    assert list_rest(ls, ds, 0, 4) == [5]


def test_a_teaser_block_with_unvoted_labels_is_not_extended() -> None:
    ls = split_lines(PAGE)
    ds = [BODY, BLANK, NONE, BODY, BODY, TITLE, NAV, NAV, BLANK, NAV]
    assert list_rest(ls, ds, 0, 4) == []


def test_sentences_one_a_line_are_no_list() -> None:
    ls = split_lines("Intro.\n\nIt rained.\nThe road closed.\nCrews came.\nNext item\nMore")
    ds = [BODY, BLANK, BODY, BODY, BODY, NAV, NAV]
    assert list_rest(ls, ds, 0, 4) == []


def test_two_items_inside_the_span_are_no_list_yet() -> None:
    ls = split_lines(PAGE)
    ds = [BODY, BLANK, BODY, BODY, BODY, TITLE, NAV, NAV, BLANK, NAV]
    assert list_rest(ls, ds, 0, 3) == []


def test_a_paragraph_after_the_items_is_not_one_list() -> None:
    long_line = " ".join(["word"] * 40) + "."
    ls = split_lines(f"Intro line here.\n\nOne item\nTwo item\nThree item\n{long_line}")
    ds = [BODY, BLANK, BODY, BODY, BODY, BODY]
    assert list_rest(ls, ds, 0, 4) == []


def test_file_names_or_unbulleted_lines_after_a_bulleted_list_are_not_its_items() -> None:
    ls = split_lines("Intro.\n\n* First item here\n* Second item here\n* Third item here\nimg_0042\nPlain line here")
    ds = [BODY, BLANK, BODY, BODY, BODY, NAV, NAV]
    assert list_rest(ls, ds, 0, 4) == []
    ls = split_lines("Intro.\n\n* First item here\n* Second item here\n* Third item here\n* Fourth item\nPlain line")
    assert list_rest(ls, ds, 0, 4) == [5]


def test_a_wrapped_paragraph_the_reflow_left_apart_is_no_list() -> None:
    # three pieces of one paragraph cut at the wrap (the first two end mid-sentence, the next piece goes on in
    # lower case with a word that would not have fitted): the piece after the span is the paragraph's, no item
    wrapped = (
        "Intro.\n\n"
        "The council met on Monday and said that the old bridge over the river would\n"
        "close for repairs in the spring and stay closed until the end of the summer.\n"
        "Traffic will go over the new bridge. The mayor said the city has the money\n"
        "Bus Routes Change Next Week\n"
        "Home"
    )
    ls = split_lines(wrapped)
    ds = [BODY, BLANK, BODY, BODY, BODY, TITLE, NAV]
    assert list_rest(ls, ds, 0, 4) == []
    # the same lines, each whole, are items of a list
    items = "Intro.\n\nSki holder with a hook\nCrampon pocket\nIce axe holder\nBus Routes Change\nHome"
    assert list_rest(split_lines(items), ds, 0, 4) == [5]
