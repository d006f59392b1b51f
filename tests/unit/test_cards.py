"""Teaser cards inside an article: a title printed twice and its summary go; the article's own lines stay."""

from __future__ import annotations

import pytest

from newsclean import Label
from newsclean.cards import (
    _READ_MORE,
    CARD_SUMMARY_MAX_WORDS,
    CARD_TITLE_MIN_WORDS,
    _may_read_more,
    _teaser_at,
    all_capitals,
    card_teasers,
    glued_twice,
    labelled_cards,
    read_more,
    shouted_teaser,
    teaser_tail,
    truncated,
)
from newsclean.lines import Line, split_lines
from newsclean.pipeline import Revised

PARA = "Officials said on day {} that the old bridge would reopen after a long and costly repair of its deck."
TITLE = "Council approves new budget for city parks"
SUMMARY = "The plan adds money for playgrounds and trees."


def labelled(texts: list[str], titles: tuple[str, ...] = (TITLE,)) -> tuple[list[Line], list[Revised]]:
    """The lines, each a body line except the title-shaped ones, which read as headlines."""
    lines = split_lines("\n".join(texts))
    out = [Revised(Label.HEADLINE if ln.text in titles else Label.BODY, 0.5, "test", "test") for ln in lines]
    return lines, out


def cards(texts: list[str], titles: tuple[str, ...] = (TITLE,), headline: int | None = None) -> list[str]:
    lines, out = labelled(texts, titles)
    return [lines[i].text for i in card_teasers(lines, out, 0, len(lines) - 1, headline)]


def test_card_between_paragraphs_goes_with_its_summary() -> None:
    page = [PARA.format(1), "", TITLE, TITLE, SUMMARY, "", "Advertisement", "", PARA.format(2)]
    lines, out = labelled(page)
    out[6] = Revised(Label.PROMO, 0.7, "test", "ad")
    found = [lines[i].text for i in card_teasers(lines, out, 0, len(lines) - 1)]
    assert found == [TITLE, TITLE, SUMMARY]


def test_section_label_over_each_copy_goes_too() -> None:
    page = [PARA.format(1), "", "Business", TITLE, "Business", TITLE, SUMMARY, "", PARA.format(2), "", PARA.format(3)]
    assert cards(page) == ["Business", TITLE, "Business", TITLE, SUMMARY]


def test_doubled_caption_keeps_the_next_paragraph() -> None:
    # no label over the title and body on past the line under it: that line is the article's own,
    # and the doubled line runs straight into it, so nothing is a card
    page = [PARA.format(1), "", TITLE, TITLE, SUMMARY, "", PARA.format(2), "", PARA.format(3)]
    assert cards(page) == []
    # a doubled line standing alone between paragraphs goes
    page = [PARA.format(1), "", TITLE, TITLE, "", PARA.format(2), "", PARA.format(3)]
    assert cards(page) == [TITLE, TITLE]


def test_headline_twice_over_the_lede_is_no_card() -> None:
    page = [TITLE, TITLE, "", PARA.format(1), "", PARA.format(2)]
    assert cards(page) == []
    # with article text above, the page's own headline printed twice is still no card
    page = [PARA.format(0), "", TITLE, TITLE, "", PARA.format(1)]
    assert cards(page, headline=2) == []
    assert cards(page) == [TITLE, TITLE]


def test_table_header_twice_runs_into_rows() -> None:
    header = "Pos Player Plays Stats"
    page = [PARA.format(1), "", header, header, "DL Sam Doe 63 85%", "", PARA.format(2)]
    assert cards(page, titles=(header,)) == []


def test_title_length_bounds() -> None:
    short = " ".join(["Word"] * (CARD_TITLE_MIN_WORDS - 1))
    ok = " ".join(["Word"] * CARD_TITLE_MIN_WORDS)
    for title, expected in ((short, []), (ok, [ok, ok])):
        page = [PARA.format(1), "", title, title, "", PARA.format(2), "", PARA.format(3)]
        assert cards(page, titles=(title,)) == expected


def test_summary_is_one_short_sentence() -> None:
    long_summary = " ".join(["word"] * CARD_SUMMARY_MAX_WORDS) + " end."
    two = "The plan adds money. It also plants trees."
    for summary in (long_summary, two):
        page = [PARA.format(1), "", "Business", TITLE, "Business", TITLE, summary, "", PARA.format(2)]
        # the line under the title is not the card's, and the card runs on into it: nothing goes
        assert cards(page) == [], summary


def test_body_titles_are_no_cards() -> None:
    # a line the classifiers read as prose (a doubled caption, a repeated paragraph) opens no card
    page = [PARA.format(1), "", TITLE, TITLE, SUMMARY, "", "Advertisement", "", PARA.format(2)]
    assert cards(page, titles=()) == []


def _one(text: str) -> Line:
    """The single line of ``text``."""
    return split_lines(text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT", True),  # SHOUT_MIN_WORDS words
        ("ONE TWO THREE FOUR FIVE SIX SEVEN", False),  # one word short: a shouted subheading
        ("WILL THEY TALK ABOUT IT AT THE NEXT MEETING?", False),  # long, but it asks
        ("WATCH THE FULL VIDEO!", True),  # short, but it calls to action
        ("One Two Three Four Five Six Seven Eight", False),  # not in capitals
        ("ÜBER DIE GRENZE: WAS JETZT FÜR PENDLER GILT UND WAS NICHT", True),
        ("FAQ!", False),  # too few cased letters to tell
        ("HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%", False),  # a table row: five words and numbers
    ],
)
def test_shouted_teaser_boundaries(text: str, expected: bool) -> None:
    assert shouted_teaser(_one(text)) is expected


def test_all_capitals_needs_cased_letters() -> None:
    assert not all_capitals(_one("北京 上海 广州 深圳 天津 重庆 成都"))
    assert all_capitals(_one("SAYS SHE KNEW"))
    assert not all_capitals(_one("SAYS she KNEW"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shy owlShy owl", True),
        ("abcabc", True),  # GLUED_MIN_CHARS characters a copy
        ("abab", False),  # one short: a word like "haha"
        ("Shy owl Shy owl", False),  # a space between: a repeated phrase, left to other rules
        ("2024-2024-", False),  # no letters
        ("一一一一。一一一一。", False),  # a sentence printed twice, not a marker
    ],
)
def test_glued_twice_boundaries(text: str, expected: bool) -> None:
    assert glued_twice(_one(text)) is expected


def _tail_page(blocks: list[str]) -> tuple[list[Line], list[Revised]]:
    """A story of six paragraphs, then ``blocks``, every block between blank lines; all lines body."""
    story = [PARA.format(day) for day in range(6)]
    lines = split_lines("\n\n".join(story + blocks))
    return lines, [Revised(Label.BODY, 0.5, "test", "test") for _ in lines]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Welche Regeln gelten jetzt? mehr...", True),
        ("The plan adds money for trees. Continue reading →", True),
        ("Le conseil a voté le budget. Lire la suite", True),
        ("Die Stadt plant den Umbau des Parks [...]", True),
        ("Weiterlesen", True),
        ("Die alte Brücke gibt es nicht mehr.", False),
        ("The council wants more", False),
    ],
)
def test_read_more(text: str, expected: bool) -> None:
    assert read_more(split_lines(text)[0]) is expected


def test_read_more_prefilter_passes_every_line_the_pattern_matches() -> None:
    # composed endings: each link word and closing mark, in both cases, after a sentence and after a word,
    # with trailing white space; the pre-filter may pass more lines than match, never fewer
    words = ["mehr", "More", "PLUS", "más", "więcej", "ДАЛЕЕ", "Continue reading", "lire la suite", "devamını oku"]
    marks = ["", "...", "..", "…", "»", "›", ">>", "→", ")"]
    texts = [f"{lead}{word}{gap}{mark}{tail}" for lead in ("Was nun? ", "Der Text ") for word in words
             for gap in ("", " ") for mark in marks for tail in ("", "  ", "\u00a0\t")]
    texts += ["Die Stadt plant den Umbau [...]", "Ende […] ", "Ende.", "Ende!", "Ende?", "«Ende»", "Ende 42", ""]
    for text in texts:
        assert _may_read_more(text) or _READ_MORE.search(text) is None, text
    assert not _may_read_more("Die alte Brücke gibt es nicht mehr.")


def test_teaser_list_with_read_more_links_is_cut_from_the_span_end() -> None:
    blocks = [
        "More stories",
        "Sport",
        TITLE,
        f"{SUMMARY} Read more",
        "Local",
        "Second story title here",
        "It went well. mehr...",
    ]
    lines, out = _tail_page(blocks)
    end = teaser_tail(lines, out, 0, len(lines) - 1)
    assert lines[end].text == PARA.format(5)


def test_teasers_whose_summaries_repeat_on_the_page_are_cut() -> None:
    blocks = [TITLE, SUMMARY, "Second story title here", "It went well.", TITLE, SUMMARY]
    lines, out = _tail_page([*blocks[:2], PARA.format(9), *blocks])
    # the first copy sits inside the story (a card between its paragraphs); the list at the end repeats it
    end = teaser_tail(lines, out, 0, len(lines) - 1)
    assert lines[end].text == PARA.format(9)


def test_subheadings_and_short_paragraphs_stay() -> None:
    # an article's sections: each subheading and its paragraph, no link and no repeat
    blocks = ["Why the bridge closed", "The deck had rusted through.", "What comes next", "Repairs begin in May."]
    lines, out = _tail_page(blocks)
    assert teaser_tail(lines, out, 0, len(lines) - 1) == len(lines) - 1


def test_a_line_ending_on_a_full_stop_of_another_script_is_no_teasers_title() -> None:
    # "Chinese sentence." then a short repeated sentence: prose closing the story, not a title and its summary;
    # with a Latin title the same shape is a teaser (the first test's pair)
    summary = "Repairs begin in May."
    blocks = [TITLE, summary, "市议会周一投票通过了新预算。", summary]
    lines, out = _tail_page([summary, *blocks])
    assert teaser_tail(lines, out, 0, len(lines) - 1) == len(lines) - 1
    latin = [TITLE, summary, "Second story title here", summary]
    lines, out = _tail_page([summary, *latin])
    assert teaser_tail(lines, out, 0, len(lines) - 1) < len(lines) - 1


def test_a_repeated_subheading_alone_marks_no_teaser() -> None:
    # a table of contents repeats the subheadings; their paragraphs are printed once
    blocks = ["Why the bridge closed", "The deck had rusted through.", "What comes next", "Repairs begin in May."]
    lines, out = _tail_page([*blocks, "Contents", blocks[0], blocks[2]])
    last = len(lines) - 7  # the story's last paragraph, before the contents
    assert teaser_tail(lines, out, 0, last) == last


def test_teasers_with_links_followed_by_other_boxes_are_cut() -> None:
    # the site's boxes go on under the teasers (a newsletter form): the links still end the story
    blocks = [TITLE, f"{SUMMARY} mehr", "Second story title here", "It went well. mehr", "Newsletter", "Sign in"]
    lines, out = _tail_page(blocks)
    end = teaser_tail(lines, out, 0, len(lines) - 1)
    assert lines[end].text == PARA.format(5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die neuen Farben für den Herbst sind da und…", True),
        ("Offene Grundrisse liegen im Trend, wo kochen und wohnen ineinander übergehen,…", True),
        ("The plan adds money for playgrounds and trees...", True),
        ("The plan adds money for playgrounds and trees.", False),
        ("Was it worth it?…", False),
    ],
)
def test_truncated_tells_a_summary_cut_off_mid_sentence(text: str, expected: bool) -> None:
    assert truncated(split_lines(text)[0]) is expected


def test_teasers_whose_summaries_are_cut_off_are_cut() -> None:
    blocks = [TITLE, "The plan adds money for playgrounds and…", "Second story title here", "It went well and then…"]
    lines, out = _tail_page(blocks)
    end = teaser_tail(lines, out, 0, len(lines) - 1)
    assert lines[end].text == PARA.format(5)


def test_one_truncated_summary_marks_no_list() -> None:
    blocks = ["Why the bridge closed", "The deck had rusted through and…", "What comes next", "Repairs begin in May."]
    lines, out = _tail_page(blocks)
    assert teaser_tail(lines, out, 0, len(lines) - 1) == len(lines) - 1


def test_a_carousel_printed_twice_is_cut_from_its_first_copy() -> None:
    # numbered titles read as list items, so no chain of teasers forms; the repeat still ends the story
    one = ["2. Council approves new budget for city parks", "The plan adds money for playgrounds, trees and paths."]
    two = ["3. Bridge reopens after a long repair", "Drivers can use the old bridge again from Monday on."]
    lines, out = _tail_page([*one, *two, *one, *two])
    end = teaser_tail(lines, out, 0, len(lines) - 1)
    assert lines[end].text == PARA.format(5)


def test_a_pair_printed_twice_with_story_between_stays() -> None:
    one = ["2. Council approves new budget for city parks", "The plan adds money for playgrounds, trees and paths."]
    lines, out = _tail_page([*one, PARA.format(9), *one])
    assert teaser_tail(lines, out, 0, len(lines) - 1) == len(lines) - 1


def _tail(texts: list[str]) -> tuple[list[Line], list[Revised]]:
    """The lines of a page, every one of them a body line of the span."""
    lines = split_lines("\n".join(texts))
    return lines, [Revised(Label.BODY, 0.5, "test", "test") for _ in lines]


STORY = [PARA.format(day) for day in range(1, 9)]
LABELLED = [
    ["Wildlife", "Petition against fur imports", "More than forty thousand people signed it. It went to parliament."],
    ["Wildlife", "Parliament backs the ban", "The vote passed on Monday. It now goes to the senate"],
    ["Wildlife", "Most shops fail the checks", "Inspectors found faults in four of five shops last year."],
]


def test_labelled_cards_closing_the_span_are_cut() -> None:
    cards_ = [line for card in LABELLED for line in [*card, "12 Likes"]]
    lines, out = _tail([*STORY, *cards_, "Your name", "Comment"])
    start = labelled_cards(lines, out, 0, len(lines) - 1)
    assert start is not None
    assert lines[start].text == "Wildlife"
    assert lines[teaser_tail(lines, out, 0, len(lines) - 1)].text == STORY[-1]


def test_labelled_cards_with_alt_texts_going_on_under_the_span_are_cut() -> None:
    # a text browser prints each card's image as its alt text over the labels, and the span ends on
    # the first card's summary: the cards under the span make it a box all the same
    alts = ["Fur coats in a shop window", "A mink on a farm in winter", "An inspector at a market stall"]
    cards_ = [line for alt, card in zip(alts, LABELLED, strict=True) for line in [alt, "12 Likes", *card]]
    lines, out = _tail([*STORY, *cards_, "Your name", "Comment"])
    span_end = len(STORY) + 4
    assert lines[span_end].text == LABELLED[0][-1]
    start = labelled_cards(lines, out, 0, span_end)
    assert start is not None
    assert lines[start].text == alts[0]
    assert lines[teaser_tail(lines, out, 0, span_end)].text == STORY[-1]
    # with no cards under it, one card closing the span is no box
    lines, out = _tail([*STORY, *cards_[:5], PARA.format(20), PARA.format(21)])
    assert labelled_cards(lines, out, 0, span_end) is None


def test_labelled_cards_need_a_label_over_two_cards() -> None:
    # each card under its own label: the story's own labelled sections are no teaser box
    cards_ = [line for n, card in enumerate(LABELLED) for line in [f"Part {'ABC'[n]}", *card[1:]]]
    lines, out = _tail([*STORY, *cards_])
    assert labelled_cards(lines, out, 0, len(lines) - 1) is None


def test_labelled_cards_need_three_cards() -> None:
    lines, out = _tail([*STORY, *[line for card in LABELLED[:2] for line in card]])
    assert labelled_cards(lines, out, 0, len(lines) - 1) is None
    lines, out = _tail([*STORY, *[line for card in LABELLED for line in card]])
    assert labelled_cards(lines, out, 0, len(lines) - 1) is not None


def test_subheadings_without_labels_are_no_cards() -> None:
    # a story's subheadings over short paragraphs: no short label stands over the titles
    lines, out = _tail([*STORY, *[line for card in LABELLED for line in card[1:]]])
    assert labelled_cards(lines, out, 0, len(lines) - 1) is None


def test_labelled_cards_followed_by_more_story_stay() -> None:
    # body paragraphs under the run: the cards are not the span's closing box
    lines, out = _tail([*STORY[:4], *[line for card in LABELLED for line in card], *STORY[4:]])
    assert labelled_cards(lines, out, 0, len(lines) - 1) is None


def _linked(n: int) -> list[str]:
    """``n`` teasers, each a title, a long summary and a "read more" link on a line of its own."""
    summary = "The folks at the studio are still doing their thing, and this time they asked two old friends along."
    return [line for k in range(n) for line in [f"Another story title number {k} here", summary, "Continue reading"]]


def test_many_linked_teasers_are_cut_under_a_short_story() -> None:
    # a two-paragraph post over four linked teasers, several times its length: the list still goes
    lines, out = _tail([*STORY[:2], *_linked(4), "Read the rules you agree to."])
    assert lines[teaser_tail(lines, out, 0, len(lines) - 1)].text == STORY[1]


def test_few_linked_teasers_keep_the_size_limit() -> None:
    # three linked teasers under the same short post: too few to outweigh the size limit
    lines, out = _tail([*STORY[:2], *_linked(3), "Read the rules you agree to."])
    assert teaser_tail(lines, out, 0, len(lines) - 1) == len(lines) - 1


def test_the_pieces_of_a_wrapped_paragraph_are_no_teaser() -> None:
    # a title over its summary is a teaser; the first piece of a hard-wrapped sentence over its last
    # piece is not: the body prints them as one paragraph, and cleaned again it would be no teaser
    teaser = split_lines("Other Story Title Here\nWhat happened next? more...")
    wrapped = split_lines("The council voted on Monday to close the old\nbridge for the winter.")
    body = [Revised(Label.BODY, 1.0, "t", "")] * 2
    assert _teaser_at(teaser, body, 1, -1) == (0, True)
    assert _teaser_at(wrapped, body, 1, -1) is None


def test_a_cards_byline_between_its_title_and_summary_stands_aside() -> None:
    # "Other Story Title Here" / "By Jane Doe" / its summary: the teaser is the title over the summary, as it
    # is cleaned again without the byline; a byline with no title above it heads no teaser
    card = split_lines("Other Story Title Here\nBy Jane Doe\nWhat happened next? more...")
    out = [Revised(Label.BODY, 1.0, "t", ""), Revised(Label.BYLINE, 0.9, "t", ""), Revised(Label.BODY, 1.0, "t", "")]
    assert _teaser_at(card, out, 2, -1) == (0, True)
    alone = split_lines("By Jane Doe\nWhat happened next? more...")
    assert _teaser_at(alone, out[1:], 1, -1) is None
