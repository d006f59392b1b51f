"""Reflow: detecting hard-wrapped dumps and joining their paragraphs."""

from __future__ import annotations

import textwrap

from newsclean.reflow import detect_wrap_width, reflow

PARA = (
    "The regional water authority has asked households in the district to cut their use by a fifth "
    "after the driest spring on record left its two main reservoirs at less than half their usual level."
)


def _wrapped_page(width: int = 80) -> list[str]:
    raws = ["  • Home", "  • News", ""]
    for _ in range(4):
        raws += [*textwrap.wrap(PARA, width), ""]
    return raws


def test_wrapped_page_is_detected_near_its_width() -> None:
    width = detect_wrap_width(_wrapped_page(80))
    assert width is not None
    assert 70 <= width <= 80


def test_unwrapped_page_is_not() -> None:
    raws = [PARA, "", PARA, "", "Home", "News", PARA]
    assert detect_wrap_width(raws) is None
    assert detect_wrap_width(["Home", "News", "A short page."]) is None


def test_paragraphs_are_joined_and_spans_cover_every_line_once() -> None:
    raws = _wrapped_page(80)
    rows = reflow(raws, detect_wrap_width(raws))
    covered = [i for _, start, end in rows for i in range(start, end)]
    assert covered == list(range(len(raws)))
    texts = [text.strip() for text, _, _ in rows]
    assert texts.count(PARA) == 4
    assert "• Home" in texts
    assert "• News" in texts  # bullets start their own logical line


def test_width_none_keeps_every_line() -> None:
    raws = ["aaaa bbbb", "cc", ""]
    assert reflow(raws, None) == [("aaaa bbbb", 0, 1), ("cc", 1, 2), ("", 2, 3)]


def test_break_that_was_deliberate_is_kept() -> None:
    # "cc" would have fitted after "aaaa" within 10 columns: the break was on purpose
    assert reflow(["aaaa", "cc"], 10) == [("aaaa", 0, 1), ("cc", 1, 2)]
    assert reflow(["aaaa bbbb", "cc"], 10) == [("aaaa bbbb cc", 0, 2)]


def test_list_item_continuation_lines_join_their_item() -> None:
    raws = [
        "  • Turn down the flow temperature of the boiler to sixty degrees so that it",
        "    runs more efficiently all winter.",
        "  • Bleed the radiators.",
    ]
    rows = reflow(raws, 80)
    assert len(rows) == 2
    assert rows[0][1:] == (0, 2)
    assert rows[0][0].strip().endswith("so that it runs more efficiently all winter.")
    assert rows[1] == (raws[2], 2, 3)


def test_blank_line_ends_a_paragraph() -> None:
    raws = ["x" * 38 + " " + "y" * 39, "", "next"]
    rows = reflow(raws, 80)
    assert [r[1:] for r in rows] == [(0, 1), (1, 2), (2, 3)]


def test_wide_rows_on_a_small_page_do_not_hide_the_wrap() -> None:
    # three table rows run past the wrap width (more than the strict 2% of the lines);
    # the paragraphs still break mid-sentence at it, going on in lower case
    lines: list[str] = []
    for n in range(25):
        lines += [f"Paragraph {n:02d} says the committee met on monday and agreed that", "the bridge would reopen.", ""]
    lines += ["x" * 120, "y" * 118, "z" * 115]
    assert detect_wrap_width(lines) == len(lines[0])


def test_a_menu_of_similar_items_is_not_wrapped() -> None:
    # the same search reaches the menu's lengths, but no item goes on in lower case
    items = ["Informationen und Pflichten fuer Vereine", "Mitarbeiterinnen und Mitarbeiter", "Kontaktformular"]
    lines = [*items * 20, "x" * 120, "y" * 118, "z" * 115]
    assert detect_wrap_width(lines) is None
