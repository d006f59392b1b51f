"""Reflow: detecting hard-wrapped dumps and joining their paragraphs."""

from __future__ import annotations

import textwrap

import newsclean
from newsclean.reflow import (
    Column,
    _measure,
    cut_at,
    detect_wrap_width,
    display_width,
    find_columns,
    flowing_wrap_width,
    reflow,
    reflow_columns,
)

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


# ------------------------------------------------------------------ side-by-side columns

ARTICLE = textwrap.wrap(PARA, 40)
SIDEBAR = ["Latest news", "Storm closes the port", "for two days", "Schools reopen", "More news"]


def _two_columns(gutter: int = 41) -> list[str]:
    """A paragraph wrapped at 40 columns with a sidebar beside it, then a second one alone."""
    rows = [f"{a:<{gutter - 1}} {b}".rstrip() for a, b in zip(ARTICLE, SIDEBAR, strict=True)]
    rows += [" " * gutter + "Most read", " " * gutter + "Weather"]
    return [*rows, *ARTICLE]


def test_columns_side_by_side_are_found() -> None:
    raws = _two_columns()
    assert find_columns(raws, 80) == [Column(41, 0, len(raws) - 1)]


def test_columns_are_read_one_after_the_other() -> None:
    raws = _two_columns()
    # off by default: the rows stay rows (each paragraph a substring of the page)
    assert next(text.strip() for text, _, _ in reflow(raws, 80)) != PARA
    rows = reflow(raws, 80, columns=True)
    texts = [text.strip() for text, _, _ in rows]
    # both paragraphs are whole again, then the sidebar follows them
    assert texts[0] == PARA
    assert texts[:5] == [PARA, "", "", PARA, "Latest news"]
    assert [t for t in texts[4:] if t] == [*SIDEBAR, "Most read", "Weather"]
    # the left column keeps the source lines; the right column's rows have empty spans
    covered = [i for _, start, end in rows for i in range(start, end)]
    assert covered == list(range(len(raws)))
    assert all(start == end == len(raws) for _, start, end in rows[4:])


def test_a_table_of_short_cells_is_not_split() -> None:
    # the left cells stop far from the gutter: a table, read row by row
    raws = [f"{'Team ' + str(n):<40} {n} points" for n in range(8)] + [" " * 41 + "total"] * 2
    assert find_columns(raws, 80) == []


def test_a_line_across_the_gutter_ends_the_block() -> None:
    raws = _two_columns()
    crossing = "x" * 60
    n = len(raws)
    assert find_columns([*raws, crossing, *raws], 80) == [Column(41, 0, n - 1), Column(41, n + 1, 2 * n)]


def test_a_single_column_page_has_no_columns() -> None:
    assert find_columns(_wrapped_page(80), 80) == []


def test_cut_at_counts_wide_characters_as_two_columns() -> None:
    left, right, crosses = cut_at("日本語 abc", 7)
    assert (left, right, crosses) == ("日本語 ", "abc", False)
    assert cut_at("日本語", 4)[2]


def test_a_page_with_columns_still_labels_every_source_line_once() -> None:
    raws = [*_wrapped_page(80), *_two_columns()]
    article = newsclean.clean("\n".join(raws), format="text", config=newsclean.CleanConfig(columns=True))
    assert [ll.line.start for ll in article.lines] == list(range(len(raws)))
    # the left column's paragraph is read whole, without the sidebar's words
    assert all("Latest news" not in p and "Schools reopen" not in p for p in article.paragraphs)
    assert PARA in article.paragraphs


def test_a_paragraph_with_a_space_in_the_same_column_on_a_few_rows_is_not_split() -> None:
    # every row has a space at column 23 and its next word right after it: one paragraph
    rows = [f"{'w' * 22} {'v' * 56}" for _ in range(6)] + [" " * 23 + "caption", " " * 23 + "credit"]
    assert find_columns(rows, 80) == []


def test_rows_with_several_cells_left_of_the_gutter_are_a_table() -> None:
    # the same ragged text and right column as _two_columns(), each row after a number cell
    cells = textwrap.wrap(PARA, 36)[: len(SIDEBAR)]
    table = [f"{f'{n}   {a}':<40} {b}" for n, (a, b) in enumerate(zip(cells, SIDEBAR, strict=True))]
    table += [" " * 41 + "Most read", " " * 41 + "Weather"]
    assert find_columns(table, 80) == []
    assert find_columns([f"{a:<40} {b}" for a, b in zip(cells, SIDEBAR, strict=True)] + table[-2:], 80)


def test_three_columns_are_read_one_after_another() -> None:
    # a left column of wrapped text (a search box's blurb), then the article and its sidebar
    nav = ["Search the archive of", "more than 70000", "stories by word or", "by the day they ran", "on the front page"]
    inner = _two_columns()
    raws = [f"{(nav[k] if k < len(nav) else ''):<24}{line}".rstrip() for k, line in enumerate(inner)]
    raws += ["", " " * 24 + "Contact", " " * 24 + "Imprint"]
    rows = [text.strip() for text, _, _ in reflow(raws, 104, columns=True)]
    assert rows.count(PARA) == 2
    assert rows.index("Latest news") > rows.index(PARA)


def test_a_sentence_dash_the_wrap_put_first_joins_its_paragraph() -> None:
    first = "The museum will reopen its east wing next spring after a long and slow repair"
    raws = [first, "– and the ferry to the island will run again.", "", "Ingredients:", "- flour"]
    rows = reflow(raws, 79)
    assert rows[0] == (first + " – and the ferry to the island will run again.", 0, 2)
    # a list after a colon, or a dash that would have fitted, starts its own line
    assert [r[1:] for r in rows[1:]] == [(2, 3), (3, 4), (4, 5)]
    assert reflow(["A short line", "- item"], 79) == [("A short line", 0, 1), ("- item", 1, 2)]
    # the next item of a dash list is not a continuation, however long the item before it
    item = "- " + "word " * 15 + "end"
    assert len(reflow([item, "- next item"], len(item))) == 2


def test_no_break_space_glues_the_next_word_to_the_wrapped_line() -> None:
    # w3m and lynx break at ASCII spaces only: "its\u00a0website." moved down whole, so the break
    # was forced although "its" alone would have fitted.
    line = "The company flat-out denied the allegations in a statement shared to"
    rows = reflow([line, "its\u00a0website.", ""], 79)
    assert rows[0] == (f"{line} its\u00a0website.", 0, 2)
    # with an ordinary space the first word would have fitted: a deliberate break
    assert reflow([line, "its website.", ""], 79)[0] == (line, 0, 1)


def test_a_line_ending_in_a_no_break_space_keeps_its_column() -> None:
    line = "x" * 62 + " in the coming years —\u00a0"
    assert len(reflow([line, "or if they just get lucky.", ""], 79)) == 2


def test_a_number_that_the_wrap_put_first_is_not_a_list_item() -> None:
    line = "A family friend found the suspect's car in the hotel parking lot and called"
    assert reflow([line, "911.", ""], 78)[0] == (f"{line} 911.", 0, 2)
    # after a finished sentence the same number opens an item
    done = "x" * 70 + " steps."
    assert reflow([done, "2. Mix the flour", ""], 78)[0] == (done, 0, 1)


def test_a_paragraph_opening_with_a_note_mark_goes_on_at_its_own_indent() -> None:
    note = "[1] Alarm fatigue: impacts on patient safety, Ruskin KJ, Hueske-Kraus D. Curr"
    rows = reflow([note, "Opin Anaesthesiol. 2015; 28: 685-690.", ""], 79)
    assert rows[0] == (f"{note} Opin Anaesthesiol. 2015; 28: 685-690.", 0, 2)
    # a list item's text goes on under its text, and a line at the item's own indent is not part of it
    item = "  • " + "y" * 60 + " the last words"
    assert len(reflow([item, "Next paragraph starts here", ""], 79)) == 3


def test_long_lines_with_no_place_to_break_do_not_set_the_width() -> None:
    # image file names run past the width as far as they are long; a rule drawn across the page does not
    names = ["-".join(["Das", "Dach", "wird", "mit", "Glasscheiben", "gedeckt", str(n)] * 3) + ".jpg" for n in range(5)]
    assert all(len(name) > 90 for name in names)
    raws = [*_wrapped_page(80), "━" * 79, *names, *_wrapped_page(80)]
    assert detect_wrap_width(raws) == detect_wrap_width(_wrapped_page(80) * 2)
    # without the file names' own lines the page is the same; with them in, still no wider
    assert detect_wrap_width([*raws, *names]) == detect_wrap_width(raws)


# ------------------------------------------------------------------ wide (CJK) text


def test_a_short_cjk_line_ends_its_paragraph_when_the_next_character_would_have_fitted() -> None:
    # a terminal breaks Japanese text between any two characters: a short line that ends in a
    # full stop stopped there, however long the next line's run of characters is
    full = "漢字" * 19 + "漢"  # 78 columns: the next character would not fit
    raws = ["これが非常に困ったもの。", full, full, "終わり。"] * 3
    rows = reflow(raws, 79)
    assert rows[0] == ("これが非常に困ったもの。", 0, 1)
    assert rows[1][1:] == (1, 4)


def test_a_latin_word_glued_to_wide_text_is_measured_alone() -> None:
    # "Kindleが…" may break after "Kindle": the line before it was full only when "Kindle" did not fit
    line = "あ" * 36  # 72 columns
    assert reflow([line, "Kindleが立ち上がる。"], 79) == [(line, 0, 1), ("Kindleが立ち上がる。", 1, 2)]
    full = "あ" * 36 + "いい"  # 76 columns: "Kindle" would not fit after it
    assert len(reflow([full, "Kindleが立ち上がる。"], 79)) == 1


# ------------------------------------------------------------------ a narrower width beside the page's


QUOTE = textwrap.wrap(PARA + " " + PARA, 76)
PROSE = textwrap.wrap(PARA + " " + PARA + " " + PARA, 58)


def test_paragraphs_wrapped_short_of_an_indented_blocks_width_are_joined() -> None:
    # the indented block sets the page's width (20 + 76); the ordinary paragraphs wrap at 58
    raws = [" " * 20 + q for q in QUOTE] + [""] + [*PROSE, "", *PROSE, ""]
    width = detect_wrap_width(raws)
    assert width is not None
    assert width > 90
    rows = [row for row in reflow(raws, width) if row[0].strip()]
    assert len(rows) == 3
    assert rows[1][0].strip() == " ".join(PROSE)


def test_a_narrow_width_needs_sentences_broken_mid_way() -> None:
    # a results table's short rows end in a band too, and some go on in lower case ("n.a."), but
    # most in capitals: they stay rows
    table = [
        "n.a. not started" if n % 4 == 3 else f"Surname{n:02d}, Firstname {1990 + n} Club Name Of Big Town"
        for n in range(24)
    ]
    raws = [" " * 20 + q for q in QUOTE] + ["", *table]
    rows = reflow(raws, detect_wrap_width(raws))
    assert [row[0] for row in rows if row[1] > len(QUOTE)] == table


NARROW = textwrap.wrap(PARA.lower() + " " + PARA.lower(), 32)


def test_a_narrow_columns_paragraph_is_joined_at_its_own_width() -> None:
    # the page wraps at 80; one paragraph sits in a cell 32 columns wide, each line ending where
    # the next word would not fit in it
    raws = [*_wrapped_page(80), *NARROW, ""]
    width = detect_wrap_width(raws)
    assert width is not None
    assert width > 60
    rows = [text.strip() for text, _, _ in reflow(raws, width) if text.strip()]
    assert rows[-1] == " ".join(NARROW)


def test_a_code_listings_short_lines_are_not_a_narrow_column() -> None:
    code = ["array = compact(values)", "array.flatten(depth)", "array.map { |x| x.lower() }", "return array"]
    raws = [*_wrapped_page(80), *code, ""]
    rows = [text.strip() for text, _, _ in reflow(raws, detect_wrap_width(raws)) if text.strip()]
    assert rows[-4:] == code


def _calendar() -> list[str]:
    """A month laid out as a table of day numbers, as wide as the page's layout allows (88 columns)."""
    days = " ".join(f"{d:02d}" for d in range(1, 29))
    head = " ".join(["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"] * 4)
    return [head, days[:88], days[3:91], days[6:94]]


def test_a_calendars_rows_of_day_numbers_do_not_set_the_wrap_width() -> None:
    # a calendar's rows run as wide as the calendar (88 columns here), whatever the wrap of the prose
    page = _wrapped_page(79) + _calendar() * 3
    assert detect_wrap_width(page) == detect_wrap_width(_wrapped_page(79))
    width = detect_wrap_width(page)
    assert width is not None
    # so the prose's lines join at the width they were wrapped at
    assert reflow(page, width)[3][0].startswith(PARA[:40])
    assert PARA in [row[0] for row in reflow(page, width)]


def test_a_rule_drawn_across_the_page_still_counts() -> None:
    # a rule has no letter or figure: it is drawn as wide as the wrap, not laid out as a table's row
    page = _wrapped_page(79) + ["-" * 79] * 3
    assert detect_wrap_width(page) is not None


def test_a_short_article_among_many_menu_lines_gets_its_width() -> None:
    # more than 2% of the lines may run past a width, and a page of 300 menu items lets 6 do so: the
    # three wrapped paragraphs' long lines are the widest of the page, and their width is the wrap's
    sentence = (
        "The council said the repairs to the old bridge would last into the spring and cost more than "
        "the town had planned for when it first agreed to pay for them last year."
    )
    text = [*textwrap.wrap(sentence, 79), ""] * 3
    menu = [f"  • Section {n}" for n in range(300)]
    page = menu[:150] + text + menu[150:]
    width = detect_wrap_width(page)
    assert width is not None
    assert max(len(line) for line in text) - 3 < width <= 79
    assert sentence in [row[0] for row in reflow(page, width)]


def test_a_menu_alone_has_no_width() -> None:
    menu = [f"  • Section {n}" for n in range(300)] + ["A line of forty-five characters, or so, here."] * 4
    assert detect_wrap_width(menu) is None


GERMAN = textwrap.wrap(
    "Die Leiterin des Amtes für Wasser forderte am Montag vor dem Ausschuss des Landtages, die Brunnen der "
    "Gemeinden im Sommer von der Abgabe für Wasser und Strom auszunehmen. Andernfalls würden die Versorgung "
    "der Dörfer im Sommer und die Pläne der Gemeinden für den Ausbau der Leitungen im Tal gefährdet.",
    30,
)


def test_a_narrow_column_in_a_language_that_capitalises_its_nouns_is_joined() -> None:
    # most lines go on with a capital (a noun), but many end with a short lower-case word ("des",
    # "der", "im"): a sentence broken mid-way, not a list of titles
    assert sum(line[:1].islower() for line in GERMAN[1:]) < len(GERMAN) // 2
    raws = [*_wrapped_page(80), *GERMAN, ""]
    rows = [text.strip() for text, _, _ in reflow(raws, detect_wrap_width(raws)) if text.strip()]
    assert rows[-1] == " ".join(GERMAN)


def test_a_narrow_columns_paragraph_run_on_into_short_lines_is_joined() -> None:
    # no blank line parts the column's last paragraph from the credit and the link under it: the
    # paragraph is joined up to its sentence's end, the short lines stay rows
    tail = ["AP", "Comment", "More on this"]
    raws = [*_wrapped_page(80), *NARROW, *tail, ""]
    rows = [text.strip() for text, _, _ in reflow(raws, detect_wrap_width(raws)) if text.strip()]
    assert rows[-4:] == [" ".join(NARROW), *tail]
    # a run with no head of column text stays rows
    titles = ["Storm closes the port for a week", "Schools reopen after the holidays", "Council approves the budget."]
    raws = [*_wrapped_page(80), *titles, *tail, ""]
    rows = [text.strip() for text, _, _ in reflow(raws, detect_wrap_width(raws)) if text.strip()]
    assert rows[-6:] == [*titles, *tail]


def test_a_list_item_that_wraps_before_its_emoji_goes_on_with_it() -> None:
    # the emoji the item's sentence ends with did not fit on its line: the item goes on with it
    item = "1. I think that tonight I will not fall asleep on the couch at half past eleven"
    raws = [*_wrapped_page(80), item, "\U0001f600 .", "", "2. Chips I eat with my fingers.", ""]
    width = detect_wrap_width(raws)
    assert width is not None
    assert display_width(item) + 3 > width
    assert f"{item} \U0001f600 ." in [text.strip() for text, _, _ in reflow(raws, width)]


def test_a_call_to_action_under_a_teasers_last_sentence_stays_a_row() -> None:
    # the link did not fit on the teaser's last line, but it is a link of its own, not the sentence's
    teaser = "Officials said the bridge would reopen on Monday after a repair of its deck."
    raws = [*_wrapped_page(80), teaser, "Read more 5 min", ""]
    width = detect_wrap_width(raws)
    assert width is not None
    assert display_width(teaser) + len(" Read") > width
    rows = [text.strip() for text, _, _ in reflow(raws, width) if text.strip()]
    assert rows[-2:] == [teaser, "Read more 5 min"]
    # a sentence that goes on with the same words is joined
    raws[-2] = "Read more about the council's plans for the bridge in the report it published."
    assert f"{teaser} {raws[-2]}" in [text.strip() for text, _, _ in reflow(raws, width)]


def test_a_narrow_list_of_titles_stays_rows() -> None:
    titles = [
        "Storm closes the port for a week",
        "Schools reopen after the holidays",
        "Council approves the new budget",
        "Library opens on Sunday mornings",
        "Market hall gets a new glass roof",
    ]
    raws = [*_wrapped_page(80), *titles, ""]
    rows = [text.strip() for text, _, _ in reflow(raws, detect_wrap_width(raws)) if text.strip()]
    assert rows[-5:] == titles


def test_a_few_lines_two_columns_past_the_wrap_do_not_set_it() -> None:
    # a line the browser let run on (an emoji counted narrow, a word glued by a no-break space) may reach
    # 81 on a page wrapped at 79: the page's lines pile up at 79, and the paragraphs join at it
    words = ["the", "old", "dam", "was", "set", "for", "new", "use", "and", "now", "can", "run"]
    wrapped = textwrap.wrap(" ".join(words * 30) + ".", 79)
    assert sum(len(line) == 79 for line in wrapped) >= 8
    page = [*wrapped[:10], "", "x" * 40 + " " + "y" * 40, "", *wrapped[10:], "", "z" * 40 + " " + "w" * 40, ""]
    assert detect_wrap_width(page) == 79


def test_a_latin_word_after_japanese_text_joins_as_the_lines_write_it() -> None:
    # the lines glue Latin words to the Japanese text ("ところがKindle"): the break before one took out no space
    glued = ["あ" * 30 + "ところがKindleを使うたびに", "Kindleが立ち上がってしまいます。"]
    assert reflow(glued, 79)[0][0] == "".join(glued)
    # lines that space their Latin words keep the space the break stood for
    spaced = ["あ" * 30 + "ところが Kindle を使うたびに", "Kindle が立ち上がってしまいます。"]
    assert reflow(spaced, 79)[0][0] == " ".join(spaced)
    # a Korean line is written with spaces between its words: a Latin word after it is a word apart
    korean = ["가" * 30 + " 그러나 Kindle을 쓸 때마다", "Kindle이 실행됩니다."]
    assert reflow(korean, 79)[0][0] == " ".join(korean)


def test_a_korean_line_broken_with_room_left_was_broken_at_a_space() -> None:
    # Korean puts spaces between words, but the browser breaks it between any two syllables: a line
    # ending on a syllable with room for the next one was broken at a space, a full one inside a word
    roomy = ["가나다 " * 10 + "라 마바", "바사아 " * 11 + "바"]  # 77 and 79 columns
    assert display_width(roomy[0]) + 2 <= display_width(roomy[1]) <= 79
    assert reflow(roomy, 79)[0][0] == " ".join(roomy)
    full = ["가나다 " * 10 + "라마바사", "아 끝."]  # 78 columns: the next syllable did not fit
    assert display_width(full[0]) + 2 > 79
    assert reflow(full, 79)[0][0] == "".join(full)


def test_a_one_line_paragraph_past_the_wrap_does_not_set_the_width() -> None:
    # a paragraph wrapped at 60 columns, and an unwrapped one-line paragraph a column wider
    # between blank lines: the wrap is still 60, so a line whose next word would fit in 61
    # columns (but not in 60) is joined to it
    words = "prices closed higher while traffic rose in the city and the officials said that the council"
    para = textwrap.wrap("The " + words + " would meet on monday to decide on the budget for " + words + " today.", 60)
    width = max(len(line) for line in para)
    one_line = ("One paragraph printed whole, never wrapped at all. " + "x" * 60)[: width + 1]
    raws = [*para, "", one_line, "", *para]
    assert detect_wrap_width(raws[: len(para)] * 2) == width
    assert detect_wrap_width(raws) == width
    joined = [text for text, start, end in reflow(raws, detect_wrap_width(raws)) if end - start > 1]
    assert joined == [" ".join(para)] * 2


def _cjk_beside_a_sidebar() -> list[str]:
    """A Chinese paragraph wrapped at 78 columns, a sidebar's items starting raggedly 18 to 21 columns past it.

    Most rows are two-sided: too few lines hold the paragraph alone to measure its wrap width.
    """
    para = "这是一个测试句子，记者报道了当地的新闻。" * 24
    left = [para[i : i + 39] for i in range(0, len(para), 39)]
    items = [f"• 旁栏新闻{n}：当地学校今天重新开放" for n in "一二三四五六七八九十"]
    pads = [19, 21, 18, 21, 20, 19] * 2
    rows = [a + " " * pad + b for a, pad, b in zip(left, pads, items, strict=False)]
    rows += [" " * 99 + "更多新闻", " " * 99 + "图片新闻"]
    return [*rows, *left[len(items) :]]


def test_a_sidebar_beside_wide_characters_starting_raggedly_is_found_by_the_gutter_edge() -> None:
    # the right column's items cross the column most of them start at (99), but the gutter is a strip further left
    raws = _cjk_beside_a_sidebar()
    assert find_columns(raws, 120) == [Column(80, 0, len(raws) - 1)]
    # without the ragged starts there is nothing to find
    assert find_columns([r for r in raws if r.strip() and len(r) - len(r.lstrip()) < 99][6:], 120) == []


def test_a_wide_character_page_with_a_sidebar_is_read_by_columns_though_too_few_lines_measure_its_wrap() -> None:
    raws = _cjk_beside_a_sidebar()
    assert flowing_wrap_width(raws) is None
    rows, sources = reflow_columns(raws, detect_wrap_width(raws) or 0)
    assert sources is not None
    # the paragraph is read whole, with no sidebar item inside it
    assert "旁栏" not in rows[0][0]
    assert rows[0][0].startswith("这是一个测试句子")
    assert len(rows[0][0]) > 200


def test_a_paragraph_with_an_indented_first_line_is_joined_at_the_margin() -> None:
    raws = textwrap.wrap(PARA, 80, initial_indent="    ")
    rows = reflow([*_wrapped_page(80), *raws], 80)
    assert rows[-1][0] == "    " + PARA
    assert rows[-1][2] - rows[-1][1] == len(raws)


def test_a_far_indented_line_or_a_table_row_does_not_open_a_paragraph_above_the_margin() -> None:
    # a right-aligned link, and a row of cells with gaps between them, before a line at the margin
    link = " " * 60 + "[Subscribe to our newsletter]"
    cells = "    Team    Points    Goals scored this season by the club in the league and"
    for first in (link, cells):
        rows = reflow([*_wrapped_page(80), first, "Seeking a bigger role for a big rocket"], 80)
        assert rows[-2][0] == first.rstrip()


def test_measure_reads_each_line_once_a_page() -> None:
    """A line's width and breakability are read into the page's measures once, and the same answer returned after."""
    measures: dict[str, tuple[int, bool]] = {}
    assert _measure("  日本語 text ", measures) == (display_width("  日本語 text"), True)
    measures["x" * 50] = (7, False)  # a line measured before is not read again
    assert _measure("x" * 50, measures) == (7, False)
    assert _measure("https://example.com/" + "a-long-file-name-" * 3, measures)[1] is False
