"""The context pass: line values, the Kadane article span, and revisions inside and outside it."""

from __future__ import annotations

from itertools import pairwise

import pytest

from newsclean import CleanConfig, Label, Vote, clean
from newsclean.classifiers.base import PageContext
from newsclean.context import (
    BOX_GAP_MAX,
    MENU_BLOCK_MIN,
    MENU_BLOCK_STRENGTH,
    MIN_ARTICLE_SCORE,
    SHORT_MENU_MIN,
    STRUCTURED_TAIL_MIN,
    Region,
    _across_element,
    _choose,
    _code_tail,
    _confident_headline,
    _extend,
    _list_tail,
    _one_block,
    _sentence_list,
    _short_article,
    _story_headers_once,
    _structured_tail,
    find_regions,
    line_value,
    menu_blocks,
    revise,
    story_headers,
)
from newsclean.html import html_to_page
from newsclean.lines import Line, build_lines, split_lines
from newsclean.pipeline import Decision, Pipeline, Revised

CONFIG = CleanConfig()
PROSE = "Officials said on Monday that the old bridge would reopen after a long repair, and shops welcomed it."


def d(label: Label, score: float, reason: str = "test") -> Decision:
    """A decision whose only vote is its own."""
    return Decision(label, score, "test", reason, (("test", Vote(label, score, reason)),))


BLANK = Decision(Label.BLANK, 1.0, "pipeline", "empty line", ())


def test_line_value_signs() -> None:
    prose, menu = split_lines(f"{PROSE}\nHome")
    assert line_value(prose, d(Label.BODY, 0.9), CONFIG) > 0
    assert line_value(prose, d(Label.BODY, CONFIG.near_threshold), CONFIG) < 0  # below the pivot
    assert line_value(menu, d(Label.NAVIGATION, 0.8), CONFIG) < line_value(menu, d(Label.NAVIGATION, 0.2), CONFIG)
    assert line_value(menu, d(Label.PROMO, 0.7, "promo heading 'Related'"), CONFIG) < line_value(
        menu, d(Label.PROMO, 0.7), CONFIG
    )
    assert line_value(menu, d(Label.OTHER, 0.0), CONFIG) < 0
    blank = split_lines("\n")[0]
    assert line_value(blank, BLANK, CONFIG) == 0.0


def test_a_see_also_teaser_between_paragraphs_keeps_the_lead_in_the_article() -> None:
    from newsclean.classifiers.promo import SEE_ALSO_REASON

    teaser = split_lines("MIRA: Madre se acerca a la estación y termina detenida")[0]
    # an inset costs what an unvoted line costs, less than a call to action of the same strength
    assert line_value(teaser, d(Label.PROMO, 0.85, SEE_ALSO_REASON), CONFIG) > line_value(
        teaser, d(Label.PROMO, 0.85), CONFIG
    )
    lead = "Durante un operativo de la policía en la zona norte, los agentes detuvieron a tres hombres ayer."
    rest = " ".join([PROSE] * 2)
    text = f"Titular de la noticia\n\n{lead}\n\n{teaser.text}\n\n{rest}\n\n{rest}"
    out = revise(split_lines(text), Pipeline.default().run(split_lines(text), PageContext()), CONFIG)
    labels = {ln.text: r.label for ln, r in zip(split_lines(text), out, strict=True)}
    assert labels[lead] is Label.BODY
    assert labels[teaser.text] is Label.PROMO


def test_region_is_the_max_sum_span() -> None:
    lines = split_lines(f"Home\n{PROSE}\n{PROSE}\nShort label\n{PROSE}\nFooter")
    decisions = [
        d(Label.NAVIGATION, 0.8),
        d(Label.BODY, 0.9),
        d(Label.BODY, 0.9),
        d(Label.OTHER, 0.0),
        d(Label.BODY, 0.9),
        d(Label.NAVIGATION, 0.8),
    ]
    (region,) = find_regions(lines, decisions, CONFIG)
    assert (region.first, region.last) == (1, 4)
    assert region.score > MIN_ARTICLE_SCORE


def test_a_menu_block_costs_as_much_as_its_surest_item() -> None:
    items = ["Home", "World", "Climate", "Sport", "Video", "Travel"][:MENU_BLOCK_MIN]
    lines = split_lines("\n".join(items) + "\n\nLive")
    decisions = [d(Label.NAVIGATION, 0.65), *[d(Label.NAVIGATION, 0.45)] * (MENU_BLOCK_MIN - 1), BLANK,
                 d(Label.NAVIGATION, 0.45)]  # fmt: skip
    # a block with a sure item ("Home", a section's name) costs what a <nav>'s item does; the blank line ends it
    assert menu_blocks(lines, decisions) == dict.fromkeys(range(MENU_BLOCK_MIN), MENU_BLOCK_STRENGTH)
    # one item fewer is no block: a couple of short lines between paragraphs are no menu
    assert menu_blocks(lines[1:], decisions[1:]) == {}
    # a block of short lines none of which is a sure item costs its surest item
    weak = [d(Label.NAVIGATION, 0.45), d(Label.NAVIGATION, 0.5), *[d(Label.NAVIGATION, 0.45)] * (MENU_BLOCK_MIN - 2)]
    assert menu_blocks(lines, [*weak, *decisions[MENU_BLOCK_MIN:]]) == dict.fromkeys(range(MENU_BLOCK_MIN), 0.5)


def test_a_short_run_of_menu_items_is_a_block_only_with_a_sure_item_that_holds_a_word() -> None:
    lines = split_lines("Subscribe\nTech\nSport\n\nNike Air Force 1\n110,00 €\nZum Shop")
    nav = d(Label.NAVIGATION, 0.45)
    decisions = [d(Label.NAVIGATION, 0.65), nav, nav, BLANK, nav, d(Label.NAVIGATION, 0.7), nav]
    # three links under a sure one ("Subscribe") are a <nav> of three in the dump: each costs a <nav>'s item;
    # a product box's price is as sure, but holds no word: the box is no menu
    assert SHORT_MENU_MIN <= 3 < MENU_BLOCK_MIN
    assert menu_blocks(lines, decisions) == dict.fromkeys(range(3), MENU_BLOCK_STRENGTH)
    # the shortest such run, and one line alone is no run
    assert menu_blocks(lines[1:3], [decisions[0], nav]) == dict.fromkeys(range(SHORT_MENU_MIN), MENU_BLOCK_STRENGTH)
    assert menu_blocks(lines[:1], decisions[:1]) == {}


def test_a_paragraph_past_a_menu_of_section_names_stays_out_of_the_article() -> None:
    # the text rendering of a <nav> of eight sections, each a "section name in a menu run" (0.65): as in
    # the HTML, where every item of the <nav> votes 0.8, the menu walls off the paragraphs under it
    # (at 0.65 an item, three paragraphs climbed it)
    menu = ["World", "Science", "Travel", "Business", "Video", "Climate", "Sports", "Tech"]
    lines = split_lines("\n".join([PROSE] * 3 + ["", *menu, ""] + [PROSE] * 3))
    decisions = [*[d(Label.BODY, 1.0)] * 3, BLANK, *[d(Label.NAVIGATION, 0.65)] * len(menu), BLANK,
                 *[d(Label.BODY, 1.0)] * 3]  # fmt: skip
    regions = find_regions(lines, decisions, CONFIG)
    assert [(r.first, r.last) for r in regions] == [(0, 2), (len(menu) + 5, len(menu) + 7)]


def test_a_menu_of_weak_items_keeps_a_paragraph_above_it_out_of_the_article() -> None:
    # the text rendering of a <nav>: "Contact Us" is a sure item, the rest only a run of short
    # lines; the paragraph above the menu must not climb it as it cannot in the HTML
    menu = ["Contact Us", "Live", "Science", "Travel", "Business", "Video", "Climate", "Sports", "Tech", "Health"]
    lines = split_lines("\n".join([PROSE, PROSE, PROSE, "", *menu, "", PROSE, PROSE, PROSE]))
    prose = [d(Label.BODY, 1.0)] * 3
    weak = [d(Label.NAVIGATION, 0.45)] * (len(menu) - 1)
    decisions = [*prose, BLANK, d(Label.NAVIGATION, 0.75), *weak, BLANK, *prose]
    regions = find_regions(lines, decisions, CONFIG)
    assert [(r.first, r.last) for r in regions] == [(0, 2), (len(menu) + 5, len(menu) + 7)]


def test_a_comment_heading_splits_regions() -> None:
    lines = split_lines(f"{PROSE}\n{PROSE}\nComments\n{PROSE}")
    decisions = [d(Label.BODY, 0.9), d(Label.BODY, 0.9), d(Label.COMMENT, 0.7, "comment heading"), d(Label.BODY, 0.9)]
    regions = find_regions(lines, decisions, CONFIG)
    assert [(r.first, r.last, r.in_thread) for r in regions] == [(0, 1, False), (3, 3, True)]


def test_revise_inside_and_outside_the_span() -> None:
    lines = split_lines(f"{PROSE}\n\nHome\n\n{PROSE}\nA short subheading\n{PROSE}\n{PROSE}\n\nShare\n\n{PROSE}")
    decisions = [
        d(Label.BODY, 0.5),  # 0: lone prose far above, split off by the menu
        BLANK,
        d(Label.NAVIGATION, 0.9),  # 2: strong chrome, a wall
        BLANK,
        d(Label.BODY, 0.9),  # 4
        d(Label.OTHER, 0.3),  # 5: weak label between body lines
        d(Label.BODY, 0.9),  # 6
        d(Label.BODY, 0.9),  # 7
        BLANK,
        d(Label.PROMO, 0.9),  # 9: strong share bar
        BLANK,
        d(Label.BODY, 0.3),  # 11: weak prose after the wall
    ]
    out = revise(lines, decisions, CONFIG)
    labels = [r.label for r in out]
    assert labels[4:8] == [Label.BODY] * 4
    assert out[5].classifier == "context"
    assert labels[2] is Label.NAVIGATION
    assert labels[9] is Label.PROMO
    assert labels[0] is Label.OTHER
    assert labels[11] is Label.OTHER
    assert labels[1] is Label.BLANK


def test_no_article_turns_all_prose_to_other() -> None:
    lines = split_lines("Home\nNews")
    decisions = [d(Label.NAVIGATION, 0.8), d(Label.BODY, 0.2)]
    out = revise(lines, decisions, CONFIG)
    assert [r.label for r in out] == [Label.NAVIGATION, Label.OTHER]


def test_include_comments_keeps_comment_lines_inside() -> None:
    lines = split_lines(f"{PROSE}\nGreat point here\n{PROSE}")
    decisions = [d(Label.BODY, 0.9), d(Label.COMMENT, 0.65), d(Label.BODY, 0.9)]
    assert revise(lines, decisions, CONFIG)[1].label is Label.COMMENT
    kept = revise(lines, decisions, CONFIG.replace(include_comments=True))
    assert kept[1].label is Label.BODY


def test_comment_count_in_the_article_header_is_not_a_thread() -> None:
    # "Comments (32)" right under the headline links to the thread; the article still follows it,
    # and the real thread heading far below still ends the article
    n = 14
    body = "\n".join([PROSE] * n)
    lines = split_lines(f"Bridge reopens\nComments (32)\n{body}\nComments\n{PROSE}")
    heading = d(Label.COMMENT, 0.7, "comment heading")
    decisions = [d(Label.HEADLINE, 0.9), heading, *[d(Label.BODY, 0.9)] * n, heading, d(Label.BODY, 0.9)]
    regions = find_regions(lines, decisions, CONFIG)
    assert [(r.first, r.last, r.in_thread) for r in regions] == [(2, n + 1, False), (n + 3, n + 3, True)]


def test_title_line_yields_to_its_later_copy_above_the_article() -> None:
    from newsclean.context import _confident_headline

    lines = split_lines(f"Bridge reopens after repair, City News\nHome\nBridge reopens after repair\n{PROSE}")
    decisions = [d(Label.HEADLINE, 0.9), d(Label.NAVIGATION, 0.7), d(Label.HEADLINE, 0.6), d(Label.BODY, 0.9)]
    assert _confident_headline(lines, decisions) == 2
    # a weak later copy, or a different title, leaves the first line in place
    assert _confident_headline(lines, [*decisions[:2], d(Label.HEADLINE, 0.3), decisions[3]]) == 0
    other = split_lines(f"Bridge reopens after repair, City News\nHome\nMayor opens a school\n{PROSE}")
    assert _confident_headline(other, decisions) == 0


def test_a_sure_menu_item_is_no_headline() -> None:
    # "Terms of Use | Sign In" has the shape of "<headline> | <site>": a copy of its first item reads
    # as the page's title, but the navigation vote on it says it is a footer link
    from newsclean.context import _confident_headline

    lines = split_lines(f"Terms of Use\nBridge reopens after repair\n{PROSE}")

    def both(score: float) -> Decision:
        votes = (
            ("headline", Vote(Label.HEADLINE, 0.8, "title")),
            ("navigation", Vote(Label.NAVIGATION, score, "menu")),
        )
        return Decision(Label.HEADLINE, 0.8, "headline", "title", votes)

    decisions = [both(0.75), d(Label.HEADLINE, 0.75), d(Label.BODY, 0.9)]
    assert _confident_headline(lines, decisions) == 1
    # a weak menu-like vote does not outweigh a title
    assert _confident_headline(lines, [both(0.3), *decisions[1:]]) == 0


def test_comment_heading_under_a_short_article_followed_by_commenters_is_a_thread() -> None:
    # "34 responses" a few lines under the headline, then "jdoe says:": the thread starts there
    lines = split_lines(f"Bridge reopens\n{PROSE}\n{PROSE}\n34 responses\njdoe says:\n{PROSE}")
    heading = d(Label.COMMENT, 0.7, "comment heading")
    author = d(Label.COMMENT, 0.7, "comment author line")
    decisions = [d(Label.HEADLINE, 0.9), d(Label.BODY, 0.9), d(Label.BODY, 0.9), heading, author, d(Label.BODY, 0.9)]
    regions = find_regions(lines, decisions, CONFIG)
    assert [(r.first, r.last, r.in_thread) for r in regions] == [(1, 2, False), (5, 5, True)]


def test_a_list_begun_inside_the_span_goes_on_to_the_chrome() -> None:
    # HTML blocks have no blank lines: the schedule's first items close the span, the rest follow
    # until the share bar
    items = [f"June {n} -- Arena, Tampa, FL" for n in range(1, 9)]
    lines = split_lines("\n".join([PROSE, PROSE, "Tour dates:", *items, "FACEBOOK"]))
    decisions = [
        d(Label.BODY, 0.9),
        d(Label.BODY, 0.9),
        d(Label.BODY, 0.6),
        d(Label.BODY, 0.6),
        d(Label.BODY, 0.6),
        *[d(Label.OTHER, 0.6)] * 6,
        d(Label.PROMO, 0.75),
    ]
    out = revise(lines, decisions, CONFIG)
    assert [r.label for r in out[:11]] == [Label.BODY] * 11
    assert out[11].label is Label.PROMO


def test_a_line_of_zero_width_spaces_costs_nothing() -> None:
    invisible, menu = split_lines("\u200b\nHome")
    chrome = d(Label.NAVIGATION, 0.7)
    assert line_value(invisible, chrome, CONFIG) == 0.0
    assert line_value(menu, chrome, CONFIG) < 0


def test_a_sign_up_blurb_between_its_heading_and_button_is_promo() -> None:
    from newsclean.context import _sign_up_blurb

    lines = split_lines(
        f"{PROSE}\nBreaking News Emails\nGet breaking news alerts and special reports.\nSUBSCRIBE\n{PROSE}"
    )
    decisions = [
        d(Label.BODY, 0.9),
        d(Label.PROMO, 0.7, "promo heading 'Breaking News'"),
        d(Label.BODY, 0.8),
        d(Label.NAVIGATION, 0.65, "menu word"),
        d(Label.BODY, 0.9),
    ]
    assert _sign_up_blurb(lines, decisions, 2)
    assert not _sign_up_blurb(lines, decisions, 4)  # a paragraph with no button under it
    # the same line over a plain paragraph, not a button, is the article's
    plain = split_lines(f"{PROSE}\nBreaking News Emails\nGet breaking news alerts and special reports.\n{PROSE}")
    assert not _sign_up_blurb(plain, [*decisions[:3], d(Label.BODY, 0.9)], 2)


def test_a_short_story_under_its_headline_is_the_article_when_no_region_pays_off() -> None:
    # one short paragraph is worth about nothing to the region search; under its headline and
    # byline it is still the article, when its body vote reaches the near threshold
    lines = split_lines("Home\nBridge Reopens\nBy Jane Doe\nThe bridge is open again.")
    near = CONFIG.near_threshold
    for score, kept in ((near, True), (near - 0.01, False)):
        decisions = [d(Label.NAVIGATION, 0.8), d(Label.HEADLINE, 0.4), d(Label.BYLINE, 0.5), d(Label.BODY, score)]
        assert find_regions(lines, decisions, CONFIG) == []
        out = revise(lines, decisions, CONFIG)
        assert (out[3].label is Label.BODY) is kept, score
    # without a headline above it, the same line is prose with no article around it
    decisions = [d(Label.NAVIGATION, 0.8), d(Label.NAVIGATION, 0.4), d(Label.BYLINE, 0.5), d(Label.BODY, 0.45)]
    assert revise(lines, decisions, CONFIG)[3].label is Label.OTHER


def test_a_short_story_under_a_later_headline_when_the_first_title_shaped_line_tops_the_menu() -> None:
    # a tagline over the site's menu is the first title-shaped line; the story's headline comes later
    lines = split_lines("Daily Bridge Tales\nHome\nWorld\nBridge Reopens\nBy Jane Doe\nThe bridge is open again.")
    decisions = [
        d(Label.HEADLINE, 0.35),
        d(Label.NAVIGATION, 0.8),
        d(Label.NAVIGATION, 0.8),
        d(Label.HEADLINE, 0.4),
        d(Label.BYLINE, 0.5),
        d(Label.BODY, CONFIG.near_threshold),
    ]
    assert find_regions(lines, decisions, CONFIG) == []
    assert revise(lines, decisions, CONFIG)[5].label is Label.BODY


def test_a_short_story_under_its_headline_reads_past_a_paragraph_printed_twice() -> None:
    # an image's alt text over its caption: the first copy votes OTHER, the copy under it is the story;
    # any other line between the headline and the prose still ends the search
    for between, kept in (("The bridge is open again.", True), ("Photo gallery", False)):
        lines = split_lines(f"Home\nBridge Reopens\n{between}\nThe bridge is open again.")
        decisions = [d(Label.NAVIGATION, 0.8), d(Label.HEADLINE, 0.4), d(Label.OTHER, 0.9), d(Label.BODY, 0.4)]
        assert find_regions(lines, decisions, CONFIG) == []
        assert (revise(lines, decisions, CONFIG)[3].label is Label.BODY) is kept, between


def test_a_list_number_on_its_own_line_costs_nothing() -> None:
    number, menu = split_lines("3.\n3 items")
    assert line_value(number, d(Label.NAVIGATION, 0.7), CONFIG) == 0.0
    assert line_value(menu, d(Label.NAVIGATION, 0.7), CONFIG) < 0


def test_a_comment_form_ends_the_region() -> None:
    lines = split_lines(f"{PROSE}\n{PROSE}\nYour email address will not be published.\n{PROSE}")
    form = d(Label.COMMENT, 0.7, "comment form")
    decisions = [d(Label.BODY, 0.9), d(Label.BODY, 0.9), form, d(Label.BODY, 0.9)]
    regions = find_regions(lines, decisions, CONFIG)
    assert [(r.first, r.last, r.in_thread) for r in regions] == [(0, 1, False), (3, 3, True)]


def test_a_notice_under_the_headline_is_not_an_article_by_its_anchor_bonus_alone() -> None:
    # one line under a confident headline, then a longer run of steps further down: the steps win,
    # though the line's anchor bonus makes it score about as much as they do
    notice = "Note: pictures taken from the internet are removed when their owner asks us to."
    menu = "\n".join(["Menu item"] * 14)
    steps = "\n".join([PROSE] * 5)
    lines = split_lines(f"Bridge reopens\n{notice}\n{menu}\n{steps}")
    decisions = [
        d(Label.HEADLINE, 0.9),
        d(Label.BODY, 0.9),
        *[d(Label.NAVIGATION, 0.7)] * 14,
        *[d(Label.BODY, 0.9)] * 5,
    ]
    out = revise(lines, decisions, CONFIG)
    assert out[1].label is Label.OTHER
    assert out[-1].label is Label.BODY


def test_a_repeated_title_summary_read_more_shape_is_a_teaser_list() -> None:
    from newsclean.context import teaser_blocks

    block = f"Another story title\n{PROSE}\nRead more\n"
    lines = split_lines(f"{PROSE}\n{block}{block}")
    decisions = [d(Label.BODY, 0.9), *[d(Label.HEADLINE, 0.4), d(Label.BODY, 0.9), d(Label.PROMO, 0.6)] * 2]
    assert teaser_blocks(lines, decisions) == frozenset({1, 2, 4, 5})
    # once is not a list: the article's own "Continue reading" link
    once = split_lines(f"{PROSE}\n{block}")
    assert teaser_blocks(once, decisions[:4]) == frozenset()
    # a "Read more" under a paragraph with no title above it (an inline link in the story) is no teaser
    inline = split_lines(f"{PROSE}\nRead more\n{PROSE}\nRead more")
    assert teaser_blocks(inline, [d(Label.BODY, 0.9), d(Label.PROMO, 0.6)] * 2) == frozenset()


@pytest.mark.parametrize("link", ["Read more", "READ THE REST", "Read the full article", "Keep reading"])
def test_a_teaser_list_with_its_pictures_printed_between_title_and_summary(link: str) -> None:
    from newsclean.context import teaser_blocks

    # a dump prints each teaser's picture as a marker line between its title and its summary
    block = f"Another story title\n[teaser-photo]\n{PROSE}\n{link}\n"
    lines = split_lines(f"{PROSE}\n{block}{block}")
    one = [d(Label.HEADLINE, 0.4), d(Label.OTHER, 0.75), d(Label.BODY, 0.9), d(Label.HEADLINE, 0.5)]
    assert teaser_blocks(lines, [d(Label.BODY, 0.9), *one * 2]) == frozenset({1, 3, 5, 7})


def test_a_stray_paragraph_past_a_promo_wall_is_detached() -> None:
    n = 8
    story = "\n".join([PROSE] * n)
    lines = split_lines(f"{story}\nRecent posts\nAnother title\nYet another title\n{PROSE}")
    heading = d(Label.PROMO, 0.7, "promo heading 'Recent posts'")
    decisions = [*[d(Label.BODY, 0.9)] * n, heading, d(Label.PROMO, 0.5), d(Label.PROMO, 0.5), d(Label.BODY, 0.9)]
    (first, *_) = find_regions(lines, decisions, CONFIG)
    assert (first.first, first.last) == (0, n - 1)
    # without the wall (two weak teasers only) the paragraph is the article's last
    weak = [*[d(Label.BODY, 0.9)] * n, *[d(Label.OTHER, 0.0)] * 3, d(Label.BODY, 0.9)]
    (region,) = find_regions(lines, weak, CONFIG)
    assert (region.first, region.last) == (0, n + 3)


def test_a_comment_form_under_a_short_article_is_no_header_link() -> None:
    # "Comments" right under the headline may be a link to the thread; a reply form's small print never is
    lines = split_lines(f"Bridge reopens\n{PROSE}\n{PROSE}\nYour email address will not be published.\n{PROSE}")
    form = d(Label.COMMENT, 0.7, "comment form")
    decisions = [d(Label.HEADLINE, 0.9), d(Label.BODY, 0.9), d(Label.BODY, 0.9), form, d(Label.BODY, 0.9)]
    regions = find_regions(lines, decisions, CONFIG)
    assert [(r.first, r.last, r.in_thread) for r in regions] == [(1, 2, False), (4, 4, True)]


def _spaced_list_page(*tail: str) -> tuple[list[str], list[Label]]:
    items = [f"June {n} - Tampa, FL" for n in (9, 12, 15, 18)]
    lines = split_lines("\n\n".join([PROSE, PROSE, "Tour dates:", *items, *tail]))
    decisions = [
        BLANK if not ln.text else d(Label.BODY, 0.9) if ln.text == PROSE else d(Label.NAVIGATION, 0.45)
        for ln in lines
    ]
    out = revise(lines, decisions, CONFIG)
    return [ln.text for ln, r in zip(lines, out, strict=True) if r.label is Label.BODY], items


def test_a_list_printed_one_item_a_paragraph_that_ends_the_page_closes_the_article() -> None:
    # a cleaned body prints each list item as its own paragraph: cleaned again, the schedule is
    # still the article's
    kept, items = _spaced_list_page()
    assert kept == [PROSE, PROSE, "Tour dates:", *items]


def test_a_list_printed_one_item_a_paragraph_with_more_page_under_it_is_left_out() -> None:
    # spaced so on a page, it is as often an event listing running into the footer
    kept, _ = _spaced_list_page("Share")
    assert kept == [PROSE, PROSE]


def test_a_paragraph_is_no_item_of_a_closing_list() -> None:
    # a short line over a wrapped paragraph and a date is no schedule: the date stays out
    long_item = "June 21 - Orlando, FL " + "and the band will play every song of the new album that night " * 2
    lines = split_lines(f"{PROSE}\n{PROSE}\nTour dates:\nJune 9 - Tampa, FL\n{long_item}\nJune 30 - Miami")
    decisions = [d(Label.BODY, 0.9), d(Label.BODY, 0.9), *[d(Label.NAVIGATION, 0.45)] * 4]
    out = revise(lines, decisions, CONFIG)
    assert [ln.text for ln, r in zip(lines, out, strict=True) if r.label is Label.BODY] == [PROSE, PROSE]

def test_teaser_titles_under_a_promo_heading_inside_the_article_stay_promo() -> None:
    teasers = "Related\nA title of another story\nAnother story title"
    text = f"{PROSE}\n{PROSE}\n{teasers}\n{PROSE}\nA subheading\n{PROSE}\n{PROSE}\n{PROSE}"
    lines = split_lines(text)
    teaser = d(Label.PROMO, 0.5, "teaser under a promo heading")
    decisions = [
        d(Label.BODY, 0.9),
        d(Label.BODY, 0.9),
        d(Label.PROMO, 0.7, "promo heading 'Related'"),
        teaser,
        teaser,
        d(Label.BODY, 0.9),
        teaser,  # voted a teaser, but a paragraph of the article parts it from the heading
        d(Label.BODY, 0.9),
        d(Label.BODY, 0.9),
        d(Label.BODY, 0.9),
    ]
    labels = [r.label for r in revise(lines, decisions, CONFIG)]
    assert labels[3:5] == [Label.PROMO, Label.PROMO]
    assert labels[5:] == [Label.BODY] * 5


def test_a_box_header_inside_the_article_does_not_cut_it() -> None:
    # title + sure byline read as a story header; six paragraphs follow on each side of it
    texts = ["Home", *[PROSE] * 6, "A city upended", "By Jane Doe, New York", *[PROSE] * 6]
    lines = split_lines("\n".join(texts))
    prose = [d(Label.BODY, 0.9)] * 6
    decisions = [d(Label.NAVIGATION, 0.8), *prose, d(Label.HEADLINE, 0.3), d(Label.BYLINE, 0.8), *prose]
    labels = [r.label for r in revise(lines, decisions, CONFIG)]
    assert labels[1:7] == labels[9:] == [Label.BODY] * 6


def _story_across_a_box(box: list[tuple[str, Decision]]) -> tuple[bool, bool]:
    """Headline, four paragraphs, the box, a story header, six paragraphs: (lead kept, rest kept)."""
    texts = ["Home", "The headline of the story", *[PROSE] * 4, *[t for t, _ in box], "A city upended",
             "By Jane Doe, New York", *[PROSE] * 6]
    decisions = [d(Label.NAVIGATION, 0.8), d(Label.HEADLINE, 0.95), *[d(Label.BODY, 0.9)] * 4,
                 *[x for _, x in box], d(Label.HEADLINE, 0.3), d(Label.BYLINE, 0.8), *[d(Label.BODY, 0.9)] * 6]
    labels = [r.label for r in revise(split_lines("\n".join(texts)), decisions, CONFIG)]
    return labels[2:6] == [Label.BODY] * 4, labels[-6:] == [Label.BODY] * 6


def test_a_promo_box_and_a_box_header_inside_the_article_do_not_cut_it() -> None:
    # a sure promo line ("Watch: ...") and a story header part the lead from the rest: one story
    assert _story_across_a_box([("Watch: the video of the day", d(Label.PROMO, 0.8))]) == (True, True)
    related = [("Related", d(Label.PROMO, 0.9, "promo heading 'Related'"))]
    titles = [(f"Another story title number {n}", d(Label.PROMO, 0.8)) for n in range(BOX_GAP_MAX - 3)]
    assert _story_across_a_box(related + titles) == (True, True)


@pytest.mark.parametrize(
    "box",
    [
        [("Sport", d(Label.NAVIGATION, 0.9))],  # a sure menu item
        [("12 Comments", d(Label.COMMENT, 0.9, "comment heading"))],  # the thread starts
        [(f"Another story title number {n}", d(Label.PROMO, 0.8)) for n in range(BOX_GAP_MAX + 1)],  # too long
    ],
    ids=["menu", "comment-heading", "long-box"],
)
def test_a_menu_a_thread_or_a_long_box_still_ends_the_article(box: list[tuple[str, Decision]]) -> None:
    assert _story_across_a_box(box) == (True, False)


def test_a_teaser_list_past_a_story_header_stays_out() -> None:
    # the same header, then titles, tags and summaries: half the lines are prose, not a story going on
    teasers = []
    for n in range(6):
        teasers += [f"Another story title number {n}", "Opinion", PROSE, PROSE]
    texts = ["Home", *[PROSE] * 12, "A city upended", "By Jane Doe, New York", *teasers]
    lines = split_lines("\n".join(texts))
    decisions = [d(Label.NAVIGATION, 0.8), *[d(Label.BODY, 0.9)] * 12, d(Label.HEADLINE, 0.3), d(Label.BYLINE, 0.8)]
    for _ in range(6):
        decisions += [d(Label.HEADLINE, 0.3), d(Label.NAVIGATION, 0.3), d(Label.BODY, 0.9), d(Label.BODY, 0.9)]
    labels = [r.label for r in revise(lines, decisions, CONFIG)]
    assert labels[1:13] == [Label.BODY] * 12
    assert Label.BODY not in labels[15:]


def test_a_pull_quote_is_kept_once() -> None:
    from newsclean.pipeline import Revised
    from newsclean.quotes import pull_quotes

    quote = "She was painting the light that everyone else in the north was trying to escape"
    texts = [PROSE, f'"{quote}," says the curator.', f'"{quote}."', PROSE, PROSE]
    lines = split_lines("\n".join(texts))
    out = [Revised(Label.BODY, 0.9, "test", "prose")] * len(lines)
    assert pull_quotes(lines, out, 0, len(lines) - 1) == [2]  # the quote; twin paragraphs are left alone
    assert pull_quotes(lines, out, 0, 1) == []  # without the quote, the paragraph is no copy
    # a line that shares only a few words with another is no copy
    other = split_lines(f"{PROSE}\nOfficials said on Monday that the weather was fine.")
    assert pull_quotes(other, out[:2], 0, 1) == []


def test_a_sign_up_box_inside_the_article_is_promo() -> None:
    box = "Get the newsletter\nOur best journalism, delivered to your inbox.\nSign up"
    text = f"Home\n\n{PROSE}\n\n{PROSE}\n\n{box}\n\n{PROSE}\n\n{PROSE}\n\nA short line of the story.\n\n{PROSE}"
    lines = split_lines(text)
    action = d(Label.PROMO, 0.6, "call to action")
    by_text = {"Home": d(Label.NAVIGATION, 0.8), "Get the newsletter": action, "Sign up": action}
    decisions = [by_text.get(ln.text, BLANK if not ln.text else d(Label.BODY, 0.9)) for ln in lines]
    labels = {ln.text: r.label for ln, r in zip(lines, revise(lines, decisions, CONFIG), strict=True)}
    assert labels["Our best journalism, delivered to your inbox."] is Label.PROMO
    assert labels["A short line of the story."] is Label.BODY  # a block of its own: no call to action beside it


def test_a_story_header_over_its_share_bar_is_no_sign_up_box() -> None:
    lead = "Two young drivers wrecked their sports cars on the same night."
    header = f"19.10.2019 11:36\n{lead}\nShare\nTweet\nShare"
    text = f"Home\n\nDrivers Wreck Two Sports Cars\n\n{header}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}"
    lines = split_lines(text)
    action = d(Label.PROMO, 0.6, "call to action")
    by_text = {
        "Home": d(Label.NAVIGATION, 0.8),
        "Drivers Wreck Two Sports Cars": d(Label.HEADLINE, 0.7),
        "19.10.2019 11:36": d(Label.DATELINE, 0.8),
        "Share": action,
        "Tweet": action,
    }
    decisions = [by_text.get(ln.text, BLANK if not ln.text else d(Label.BODY, 0.9)) for ln in lines]
    labels = {ln.text: r.label for ln, r in zip(lines, revise(lines, decisions, CONFIG), strict=True)}
    assert labels[lead] is Label.BODY
    # the same block without its date is a box of calls to action around a blurb
    decisions[lines.index(next(ln for ln in lines if ln.text == "19.10.2019 11:36"))] = d(Label.BODY, 0.3)
    labels = {ln.text: r.label for ln, r in zip(lines, revise(lines, decisions, CONFIG), strict=True)}
    assert labels[lead] is Label.PROMO


# the first of two copies of a paragraph in a row: the twin vote takes it out, its prose vote stays weak
TWIN = Decision(
    Label.OTHER,
    0.9,
    "test",
    "the same paragraph twice in a row",
    (("twin", Vote(Label.OTHER, 0.9, "twin")), ("prose", Vote(Label.BODY, 0.42, "prose"))),
)


def test_a_subheading_over_a_paragraph_printed_twice_is_the_articles() -> None:
    # a body cleaned again holds two copies of a paragraph in a row wherever the first clean
    # dropped a line (a byline) between them; the twin vote takes the first copy out, and the
    # subheading over them is judged by the last copy, which is prose
    short = "The bridge reopened on Monday."
    lines = split_lines(f"Home\n\n{PROSE}\n\n{PROSE}\n\nA Subheading\n\n{short}\n\n{short}\n\n{PROSE}")
    by_text = {"Home": d(Label.NAVIGATION, 0.8), "A Subheading": d(Label.HEADLINE, 0.35), short: d(Label.BODY, 0.42)}
    decisions = [by_text.get(ln.text, BLANK if not ln.text else d(Label.BODY, 0.9)) for ln in lines]
    decisions[8] = TWIN
    assert lines[8].text == short
    labels = {ln.text: r.label for ln, r in zip(lines, revise(lines, decisions, CONFIG), strict=True)}
    assert labels["A Subheading"] is Label.BODY
    assert labels[short] is Label.BODY  # the last copy


def test_a_subheading_over_its_sections_image_marker_is_the_articles() -> None:
    # a text browser prints the section's picture as a marker under its subheading; other dumps leave it out
    marker = "[bridge-at-night.jpg]"
    lines = split_lines(f"Home\n\n{PROSE}\n\n{PROSE}\n\nWhat Comes Next\n\n{marker}\n\n{PROSE}\n\n{PROSE}")
    by_text = {"Home": d(Label.NAVIGATION, 0.8), "What Comes Next": d(Label.OTHER, 0.0), marker: d(Label.OTHER, 0.75)}
    decisions = [by_text.get(ln.text, BLANK if not ln.text else d(Label.BODY, 0.9)) for ln in lines]
    labels = {ln.text: r.label for ln, r in zip(lines, revise(lines, decisions, CONFIG), strict=True)}
    assert labels["What Comes Next"] is Label.BODY
    assert labels[marker] is not Label.BODY


def test_a_short_list_over_a_paragraph_printed_twice_is_the_articles() -> None:
    # the same for a short list inside the article: the paragraph under it is judged by its last copy
    short = "The bridge reopened on Monday."
    lines = split_lines(f"Home\n\n{PROSE}\n\n* News\n\n* World\n\n{short}\n\n{short}\n\n{PROSE}")
    by_text = {"Home": d(Label.NAVIGATION, 0.8), "* News": d(Label.OTHER, 0.0), "* World": d(Label.OTHER, 0.0)}
    decisions = [by_text.get(ln.text, BLANK if not ln.text else d(Label.BODY, 0.42)) for ln in lines]
    decisions[2] = d(Label.BODY, 0.9)
    decisions[12] = d(Label.BODY, 0.9)
    decisions[8] = TWIN
    assert lines[8].text == short
    labels = [r.label for r in revise(lines, decisions, CONFIG)]
    assert labels[4] is Label.BODY
    assert labels[6] is Label.BODY


@pytest.mark.parametrize("credit", [True, False])
def test_a_short_list_keeps_its_items_across_a_pictures_credit_line(credit: bool) -> None:
    # a text browser prints a picture's label ("Image") between two short items of a list in the
    # article; the label stays out, and the items over it stay the article's as they are without it
    items = ["RESULTS OF THE DAY", "NORTH 3-1 SOUTH", "Line-ups"]
    texts = [PROSE, PROSE, "", items[0], "", items[1], "", *(["Image", ""] if credit else []), items[2], "", PROSE]
    lines = split_lines("\n".join(texts))
    by_text = {item: d(Label.NAVIGATION, 0.45) for item in items} | {"Image": d(Label.CAPTION, 0.65)}
    decisions = [by_text.get(ln.text, BLANK if not ln.text else d(Label.BODY, 0.9)) for ln in lines]
    labels = {ln.text: r.label for ln, r in zip(lines, revise(lines, decisions, CONFIG), strict=True) if ln.text}
    assert all(labels[item] is Label.BODY for item in items)
    assert labels.get("Image", Label.CAPTION) is not Label.BODY


def test_a_lone_tag_over_a_pictures_credit_line_stays_out() -> None:
    # the credit line the paragraph follows straight away is that paragraph's picture: a tag over it is no list item
    lines = split_lines(f"{PROSE}\n{PROSE}\n\n* Energy\n\nPhoto: Agency\n\n{PROSE}\n\n{PROSE}")
    by_text = {"* Energy": d(Label.OTHER, 0.0), "Photo: Agency": d(Label.CAPTION, 0.65)}
    decisions = [by_text.get(ln.text, BLANK if not ln.text else d(Label.BODY, 0.9)) for ln in lines]
    labels = {ln.text: r.label for ln, r in zip(lines, revise(lines, decisions, CONFIG), strict=True) if ln.text}
    assert labels["* Energy"] is not Label.BODY


@pytest.mark.parametrize(("gap", "kept"), [(1, True), (2, True), (3, False)])
def test_a_short_list_keeps_the_paragraph_under_it_across_up_to_two_blank_lines(gap: int, kept: bool) -> None:
    # a layout-keeping dump parts a block from the next by two blank lines (a margin each): the list still
    # leads into the paragraph; three blank lines end the run
    items = ["Coat: wool", "Scarf: silk", "Hat: felt"]
    texts = [PROSE, "", *items, *[""] * gap, PROSE]
    lines = split_lines("\n".join(texts))
    decisions = [BLANK if not ln.text else d(Label.OTHER, 0.0) if ln.text in items else d(Label.BODY, 0.9)
                 for ln in lines]
    labels = {ln.text: r.label for ln, r in zip(lines, revise(lines, decisions, CONFIG), strict=True) if ln.text}
    assert (labels["Scarf: silk"] is Label.BODY) is kept


def test_a_list_that_only_a_pull_quote_follows_is_let_out_with_it() -> None:
    # the list joins the article because prose follows it; that prose is a pull quote, dropped, so
    # the body would end on the list, and cleaned again a list that ends the body is left out
    quote = "She was painting the light that everyone else in the north was trying to escape"
    items = ["* Paintings", "* Drawings"]
    texts = [PROSE, f'"{quote}," says the curator.', PROSE, "", *items, "", f'"{quote}."']
    lines = split_lines("\n".join(texts))
    decisions = [
        BLANK if not ln.text else d(Label.NAVIGATION, 0.3) if ln.text in items else d(Label.BODY, 0.9)
        for ln in lines
    ]
    kept = [ln.text for ln, r in zip(lines, revise(lines, decisions, CONFIG), strict=True) if r.label is Label.BODY]
    assert kept == texts[:3]
    # with a paragraph of the article under the quote, the list stays the article's
    lines = split_lines("\n".join([*texts, "", PROSE]))
    decisions = [*decisions, BLANK, d(Label.BODY, 0.9)]
    kept = [ln.text for ln, r in zip(lines, revise(lines, decisions, CONFIG), strict=True) if r.label is Label.BODY]
    assert kept == [*texts[:3], *items, PROSE]


def test_a_fragment_under_a_pull_quote_goes_with_it() -> None:
    # "repairs." goes on from the body line above it; that line is a pull quote, dropped, so the body would
    # end on the fragment, and cleaned again a fragment that no body line is over is left out
    quote = "She was painting the light that everyone else in the north was trying to escape"
    texts = [PROSE, f'"{quote}," says the curator.', PROSE, "", f'"{quote}."', "", "repairs"]
    lines = split_lines("\n".join(texts))
    unvoted = Decision(Label.OTHER, 0.0, "pipeline", "no classifier voted", ())
    decisions = [BLANK if not ln.text else unvoted if ln.text == "repairs" else d(Label.BODY, 0.9) for ln in lines]
    revised = revise(lines, decisions, CONFIG)
    assert [ln.text for ln, r in zip(lines, revised, strict=True) if r.label is Label.BODY] == texts[:3]
    # under a paragraph of the article that stays, the fragment is the article's
    texts[4] = PROSE
    lines = split_lines("\n".join(texts))
    revised = revise(lines, decisions, CONFIG)
    kept = [ln.text for ln, r in zip(lines, revised, strict=True) if r.label is Label.BODY]
    assert kept == [*texts[:3], PROSE, "repairs"]

CODA = "The ferry company said it would add two evening crossings for as long as the repair lasts."
TAIL = "Engineers said the work on the eastern span would take another three months, and the ferry runs until then."


def _story_across_a_list(items: list[tuple[str, Decision]], tail: str = TAIL) -> bool:
    """Headline, six paragraphs, a run of short items, two more paragraphs: whether the last two are the article's."""
    texts = ["Home", "The headline of the story", *[PROSE] * 6, *[t for t, _ in items], tail, CODA]
    decisions = [d(Label.NAVIGATION, 0.8), d(Label.HEADLINE, 0.95), *[d(Label.BODY, 0.9)] * 6,
                 *[x for _, x in items], d(Label.BODY, 0.95), d(Label.BODY, 0.95)]
    labels = [r.label for r in revise(split_lines("\n".join(texts)), decisions, CONFIG)]
    assert labels[2:8] == [Label.BODY] * 6
    return labels[-2:] == [Label.BODY] * 2


_THINGS = ["dreams", "friends", "garden", "music", "rivers", "morning", "letters", "kitchen", "stars", "books",
           "walks", "bread", "sea", "silence"]
LIST_ITEMS = [(f"Take time for {w}", d(Label.NAVIGATION, 0.45, "in a run of short menu-like items")) for w in _THINGS]


def test_prose_after_a_list_inside_the_article_is_the_articles() -> None:
    # fourteen weak short items cost more than the two short paragraphs after them pay back
    assert _story_across_a_list(LIST_ITEMS)


@pytest.mark.parametrize(
    ("items", "tail"),
    [
        ([("Contact", d(Label.NAVIGATION, 0.8)), *LIST_ITEMS], TAIL),
        ([("Related", d(Label.PROMO, 0.7, "promo heading 'Related'")), *LIST_ITEMS],
         TAIL),
        (LIST_ITEMS * 2, TAIL),
        (LIST_ITEMS, PROSE),  # a copy of the article's own paragraph: a footer repeating the intro
    ],
    ids=["sure-menu-item", "promo-heading", "long-list", "repeat"],
)
def test_prose_after_a_menu_a_box_a_long_list_or_a_copy_stays_out(items: list[tuple[str, Decision]], tail: str) -> None:
    assert not _story_across_a_list(items, tail)


def test_the_headline_bonus_goes_under_the_confident_headline() -> None:
    # the dump opens with the <title>; a notice under it is no lead: the bonus goes to the line under the later copy
    title = "The old bridge reopens after a long repair"
    notice = "You have switched off JavaScript in your browser, so this page cannot work."
    texts = [title, notice, *[f"Menu item {n}" for n in range(6)], title, PROSE, "Footer"]
    decisions = [d(Label.HEADLINE, 0.9), d(Label.BODY, 0.9), *[d(Label.NAVIGATION, 0.8)] * 6,
                 d(Label.HEADLINE, 0.9), d(Label.BODY, 0.9), d(Label.NAVIGATION, 0.8)]
    regions = find_regions(split_lines("\n".join(texts)), decisions, CONFIG)
    assert [(r.first, r.bonus > 0) for r in regions] == [(1, False), (9, True)]


def _notice_then_steps(steps: int) -> tuple[list[Label], list[Label]]:
    """A one-line notice under a certain headline, a menu, then ``steps`` paragraphs: (notice, last step) labels."""
    notice = "Note: pictures on this page were taken from the internet and are removed when their owners ask us to."
    lines = split_lines("\n".join(["Bridge reopens", notice, *["Menu item"] * 14, *[PROSE] * steps]))
    decisions = [
        d(Label.HEADLINE, 0.9),
        d(Label.BODY, 0.9),
        *[d(Label.NAVIGATION, 0.7)] * 14,
        *[d(Label.BODY, 0.95)] * steps,
    ]
    values = [line_value(line, dec, CONFIG) for line, dec in zip(lines, decisions, strict=True)]
    assert values[1] < MIN_ARTICLE_SCORE  # the notice is no article on its own prose
    out = revise(lines, decisions, CONFIG)
    return [out[1].label], [out[-1].label]


def test_the_anchor_bonus_yields_to_a_clearly_article_sized_run_further_down() -> None:
    # four paragraphs (about 32) are worth less than the notice with its bonus (about 33), but
    # they are clearly an article (RIVAL_ARTICLE_SCORE) and the notice on its own is not
    assert _notice_then_steps(4) == ([Label.OTHER], [Label.BODY])


def test_the_anchor_bonus_holds_against_a_short_run_further_down() -> None:
    # three paragraphs (about 24, under RIVAL_ARTICLE_SCORE: an author bio, a box) leave the
    # short story under its headline the article
    assert _notice_then_steps(3) == ([Label.BODY], [Label.OTHER])


def _dialogue_then_reply_form(tail_lines: int) -> list[Label]:
    """A weak headline, a one-line post at the near threshold, a reply form, then ``tail_lines`` prose lines: labels.

    The headline is too weak to anchor a region (no bonus), and the post alone is worth nothing
    to the region search: the only region is the thread's.
    """
    post = "I know I am tired and should not say this now."
    lines = split_lines("\n".join(["Bridge reopens", post, "Leave a Reply", *[PROSE] * tail_lines]))
    decisions = [
        d(Label.HEADLINE, 0.5),
        d(Label.BODY, CONFIG.near_threshold),
        d(Label.COMMENT, 0.7, "comment form"),
        *[d(Label.BODY, 0.9)] * tail_lines,
    ]
    return [r.label for r in revise(lines, decisions, CONFIG)]


def test_a_few_lines_of_prose_in_a_thread_are_no_article() -> None:
    # two lines after the reply form (about 14, under MIN_ARTICLE_SCORE: its small print) are no
    # article; the short post under the headline is
    labels = _dialogue_then_reply_form(2)
    assert labels[1] is Label.BODY
    assert labels[3:] == [Label.OTHER, Label.OTHER]


def test_an_article_sized_thread_still_wins_on_a_page_with_no_other_prose() -> None:
    # three paragraphs (about 22) after the heading are article-sized: with nothing before them,
    # they are the page's prose
    labels = _dialogue_then_reply_form(3)
    assert labels[1] is Label.OTHER
    assert labels[3:] == [Label.BODY] * 3


def _structured_page(
    entries: list[str],
    wall: str = "Related Articles",
    *,
    unvoted: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
) -> tuple[list[str], list[str]]:
    """Two paragraphs, blank-separated weak entries, then a promo heading: the body lines kept, and the entries.

    Each entry is a weak title vote, but a line in ``unvoted``, which no classifier voted for, and a line
    in ``names``, a weak byline vote.
    """
    lines = split_lines("\n\n".join([PROSE, PROSE, *entries, wall, "Privacy Policy"]))
    nothing = Decision(Label.OTHER, 0.0, "pipeline", "no classifier voted", ())
    decisions = [
        BLANK
        if not ln.text
        else d(Label.BODY, 0.9)
        if ln.text == PROSE
        else d(Label.PROMO, 0.7, "promo heading 'Related'")
        if ln.text == wall
        else d(Label.NAVIGATION, 0.8)
        if ln.text == "Privacy Policy"
        else nothing
        if ln.text in unvoted
        else d(Label.BYLINE, 0.4)
        if ln.text in names
        else d(Label.HEADLINE, 0.4)
        for ln in lines
    ]
    out = revise(lines, decisions, CONFIG)
    return [ln.text for ln, r in zip(lines, out, strict=True) if r.label is Label.BODY], entries


def test_structured_content_with_amounts_up_to_the_chrome_is_the_article() -> None:
    # a meal plan or a results table: title-shaped entries and amounts, each a weak vote
    entries = [f"Meal {n}: {n} cup rice, {n + 1} eggs" if n % 2 else f"Eat every {n} hours" for n in range(1, 15)]
    kept, _ = _structured_page(entries)
    assert kept == [PROSE, PROSE, *entries]


def test_weak_entries_without_digits_after_the_article_stay_out() -> None:
    # tags, share words and the like: no amounts, ranks or times
    entries = [f"Topic {word}" for word in "abcdefghijklmn"]
    kept, _ = _structured_page(entries)
    assert kept == [PROSE, PROSE]


def test_a_short_numbered_list_after_the_article_is_no_structured_tail() -> None:
    entries = [f"Project {n}: rank {n}" for n in range(1, 7)]
    kept, _ = _structured_page(entries)
    assert kept == [PROSE, PROSE]


def test_a_sure_date_ends_a_structured_tail() -> None:
    # a list of other stories, each with its date: the first sure date ends the run, which is then too short
    entries = [f"Story number {n} of the week" for n in range(1, 5)]
    lines = split_lines("\n\n".join([PROSE, PROSE, *entries, "12.02.2020", *entries * 3, "Related Articles"]))
    decisions = [
        BLANK
        if not ln.text
        else d(Label.BODY, 0.9)
        if ln.text == PROSE
        else d(Label.DATELINE, 0.85)
        if ln.text == "12.02.2020"
        else d(Label.PROMO, 0.7)
        if ln.text == "Related Articles"
        else d(Label.HEADLINE, 0.4)
        for ln in lines
    ]
    out = revise(lines, decisions, CONFIG)
    assert [ln.text for ln, r in zip(lines, out, strict=True) if r.label is Label.BODY] == [PROSE, PROSE]


def test_a_step_number_printed_twice_is_worth_nothing() -> None:
    # a layout-preserving dump prints an ordered list's counter and then the page's own number
    twice, once, numbered_step = split_lines("  3. 3.\n3.\n3. 3. Stir in the flour.")
    menu = d(Label.NAVIGATION, 0.7, "no words: numbers and symbols")
    assert line_value(twice, menu, CONFIG) == 0.0
    assert line_value(once, menu, CONFIG) == 0.0
    assert line_value(numbered_step, menu, CONFIG) < 0  # text after the numbers: a line like any other


@pytest.mark.parametrize(
    ("title", "header"),
    [
        ("* Low monthly rates * Easy return", False),  # two list items side by side: a table's row
        ("Pros * Extra repayments * No mileage cap", False),
        ("* Low monthly rates", True),  # one bulleted line can still be a teaser's title
    ],
)
def test_a_row_of_side_by_side_items_is_no_story_header(title: str, header: bool) -> None:
    lines = split_lines(f"{PROSE}\nLoan Leasing Balloon\n{title}\n{PROSE}")
    decisions = [d(Label.BODY, 0.9), d(Label.BYLINE, 0.7), d(Label.HEADLINE, 0.35), d(Label.BODY, 0.9)]
    assert (2 in story_headers(lines, decisions)) is header


@pytest.mark.parametrize(
    ("intro", "decision", "kept"),
    [
        ("Tour dates:", d(Label.OTHER, 0.0), True),
        ("Mehr Videos", d(Label.PROMO, 0.7, "promo heading 'Mehr Videos'"), False),
        ("Also on example.com", d(Label.HEADLINE, 0.5), False),
        ("Auch auf example.de", d(Label.HEADLINE, 0.5), False),
    ],
)
def test_list_under_a_promo_heading_is_no_list_tail(intro: str, decision: Decision, kept: bool) -> None:
    items = ["June 9 - Tampa, FL", "June 12 - Miami, FL", "June 15 - Atlanta, GA", "June 18 - Nashville, TN"]
    lines = split_lines("\n".join([PROSE, intro, *items]))
    decisions = [d(Label.BODY, 0.9), decision, *[d(Label.OTHER, 0.0)] * len(items)]
    assert bool(_list_tail(lines, decisions, 0)) is kept


@pytest.mark.parametrize("share_links", [6, 20])
def test_a_one_line_deck_under_the_headline_hands_the_anchor_to_the_lead(share_links: int) -> None:
    # headline / deck / byline, date and share links / the lead: the deck is a weak body line and takes the
    # anchor bonus, but the story is the lead a few lines down; a lead too far below the headline keeps no anchor
    texts = ["Prison official says anyone could escape", "", "The prison is not fit for high-risk offenders", "",
             "By Jane Doe", "May 4, 2022", *["Share"] * share_links, "", PROSE, "", "Related"]
    decisions = [d(Label.HEADLINE, 0.9), BLANK, d(Label.BODY, 0.33), BLANK, d(Label.BYLINE, 0.7),
                 d(Label.DATELINE, 0.8), *[d(Label.NAVIGATION, 0.45)] * share_links, BLANK, d(Label.BODY, 1.0),
                 BLANK, d(Label.PROMO, 0.7)]
    lead = len(texts) - 3
    regions = [Region(2, 2, 23.0, bonus=25.0), Region(lead, lead, 13.0)]
    span = _choose(regions, split_lines("\n".join(texts)), decisions, 0, 0.7)
    assert span == ((lead, lead) if share_links == 6 else (2, 2))


def _story_across_a_listing(listing: list[str]) -> tuple[bool, bool]:
    """Three paragraphs, a listing of weak menu-like votes, eight paragraphs: (intro kept, rest kept)."""
    texts = ["Home", *[PROSE] * 3, *listing, *[PROSE] * 8]
    decisions = [d(Label.NAVIGATION, 0.8), *[d(Label.BODY, 0.9)] * 3,
                 *[d(Label.NAVIGATION, 0.45 if any(c.isalpha() for c in t) else 0.7) for t in listing],
                 *[d(Label.BODY, 0.9)] * 8]
    labels = [r.label for r in revise(split_lines("\n".join(texts)), decisions, CONFIG)]
    return labels[1:4] == [Label.BODY] * 3, labels[-8:] == [Label.BODY] * 8


def test_a_code_listing_inside_the_article_does_not_cut_it() -> None:
    record = ["{", '"Name": "Jane Doe",', '"Age": 26,', '"Store": {', '"Value": "Main St",', '"Confidence": "92%"',
              "},", '"Mood": "happy",', '"Visits": 12,', '"Items": [', '"bread",', '"milk",', "],", "}"]
    assert _story_across_a_listing(record) == (True, True)


def test_a_list_of_words_between_two_runs_of_prose_is_no_listing() -> None:
    menu = ["Sport", "Politics", "Weather", "Culture", "Travel", "Money", "Science", "Health", "Style",
            "Opinion", "Video", "Audio", "Games", "Puzzles"]
    assert _story_across_a_listing(menu) == (False, True)


def _lead(near_t: float, title: float) -> Decision:
    """A weak body vote, and a title vote of ``title`` beside it (none when 0)."""
    if not title:
        return d(Label.BODY, near_t)
    votes = (("body", Vote(Label.BODY, near_t, "test")), ("headline", Vote(Label.HEADLINE, title, "test")))
    return Decision(Label.BODY, near_t, "body", "test", votes)


@pytest.mark.parametrize(
    ("between", "title", "kept"),
    [("[photo_lake_2044]", 0.0, True), ("Advertisement", 0.0, False), ("[photo_lake_2044]", 0.6, False)],
)
def test_a_lead_above_an_image_marker_opens_the_article(between: str, title: float, kept: bool) -> None:
    # menu / a weak one-sentence lead / the photo's marker / the body: the marker is no wall
    # between the lead and the body; any other line there still is one, and a line over the photo
    # that reads as the page's title is its header
    lead = "Weeks of rumours ended on Monday when the federation confirmed the new dates"
    lines = split_lines(f"Home\n\n{lead}\n\n{between}\n\n{PROSE}\n{PROSE}\n{PROSE}")
    near_t = CONFIG.near_threshold + CONFIG.favor_shift
    decisions = [
        d(Label.NAVIGATION, 0.9),
        BLANK,
        _lead(near_t, title),  # 2: the lead, too weak to open a region on its own
        BLANK,
        d(Label.OTHER, 0.75),  # 4: the marker, or a stray label
        BLANK,
        *[d(Label.BODY, 0.9)] * 3,
    ]
    assert _extend(lines, decisions, (6, 8), near_t) == ((2, 8) if kept else (6, 8))
    if not title:
        out = revise(lines, decisions, CONFIG)
        assert out[6].label is Label.BODY
        assert (out[2].label is Label.BODY) is kept


@pytest.mark.parametrize(("under", "header"), [("Acme Grill One", False), ("Jane Doe", True)])
def test_a_name_the_title_already_holds_is_no_story_byline(under: str, header: bool) -> None:
    # a shop box's title over its product's name (an image's alt text) is no story header; over an author's name it is
    lines = split_lines(f"{PROSE}\nShop tips for the Acme Grill One\n{under}\n{PROSE}")
    decisions = [d(Label.BODY, 0.9), d(Label.HEADLINE, 0.35), d(Label.BYLINE, 0.7), d(Label.BODY, 0.9)]
    assert (1 in story_headers(lines, decisions)) is header


@pytest.mark.parametrize(("under", "head"), [(d(Label.DATELINE, 0.8), 1), (d(Label.OTHER, 0.0), 7)])
def test_a_title_over_its_date_beats_a_surer_subheading(under: Decision, head: int) -> None:
    # a dump without the page's <title>: the headline, then its date, is printed once, and a subheading
    # between the paragraphs matches the URL better; without the date under it the title opens no story
    texts = ["Home", "Remote support: the service of the future?", "25 July 2019", PROSE, PROSE, PROSE, PROSE,
             "Benefits of remote support", PROSE]
    lines = split_lines("\n".join(texts))
    decisions = [d(Label.NAVIGATION, 0.7), d(Label.HEADLINE, 0.6), under, *[d(Label.BODY, 0.9)] * 4,
                 d(Label.HEADLINE, 0.75), d(Label.BODY, 0.9)]
    assert _confident_headline(lines, decisions) == head


@pytest.mark.parametrize(("intro", "tail"), [("As usual, the manual knows the answer. In short:", [2, 3, 4, 6]),
                                             ("As usual, the manual knows the answer.", [])])
def test_a_code_listing_the_last_paragraph_opens_is_the_articles(intro: str, tail: list[int]) -> None:
    # the last paragraph ends in a colon: the listing under it, and the prose right after it, are the article's;
    # the tags under them are not
    texts = [PROSE, intro, "# config file", "set-option -g mouse on", "bind-key -T copy-mode send-keys", "",
             "Restart the server and the change holds from then on.", "Linux tips", "Previous post"]
    lines = split_lines("\n".join(texts))
    near_t = CONFIG.near_threshold + CONFIG.favor_shift
    decisions = [d(Label.BODY, 0.9), d(Label.BODY, 0.6), d(Label.OTHER, 0.0), d(Label.HEADLINE, 0.25),
                 d(Label.BODY, 0.2), BLANK, d(Label.BODY, near_t), d(Label.NAVIGATION, 0.5), d(Label.NAVIGATION, 0.9)]
    assert _code_tail(lines, decisions, 1, near_t) == tail


@pytest.mark.parametrize(("after", "tail"), [("Note that the value may sit at another offset.", [2, 3, 4, 5, 7]),
                                             ("Tags: Python", [])])
def test_a_program_and_its_output_need_no_colon_when_prose_follows(after: str, tail: list[int]) -> None:
    # a listing that opens with an import is code under any paragraph; its wordless output lines read as sure
    # rows of numbers, and only prose after it makes it the article's
    texts = [PROSE, "Here is a lovely example.", "import ctypes", "deref(id(29), ctypes.c_int)[4] = 100", "> 29",
             "100", "", after, "Previous post"]
    lines = split_lines("\n".join(texts))
    near_t = CONFIG.near_threshold + CONFIG.favor_shift
    body_after = d(Label.BODY, 0.7) if tail else d(Label.OTHER, 0.35)
    decisions = [d(Label.BODY, 0.9), d(Label.BODY, 0.9), d(Label.OTHER, 0.0), d(Label.OTHER, 0.0),
                 d(Label.NAVIGATION, 0.7), d(Label.NAVIGATION, 0.7), BLANK, body_after, d(Label.NAVIGATION, 0.9)]
    assert _code_tail(lines, decisions, 1, near_t) == tail


def test_a_share_bar_of_markers_under_a_colon_is_no_code_listing() -> None:
    texts = [PROSE, "Watch the video here:", "embed(https://video.example/v/abc)", "[digg][reddit][delicious]", "Home"]
    lines = split_lines("\n".join(texts))
    decisions = [d(Label.BODY, 0.9), d(Label.BODY, 0.6), d(Label.OTHER, 0.0), d(Label.OTHER, 0.75),
                 d(Label.NAVIGATION, 0.9)]
    assert _code_tail(lines, decisions, 1, CONFIG.near_threshold + CONFIG.favor_shift) == []


def _kept_after_structured_entries(tail: str) -> list[str]:
    """The body lines of two paragraphs, fourteen weak entries with amounts and ``tail``, then a promo heading."""
    entries = [f"Meal {n}: {n} cup rice, {n + 1} eggs" for n in range(1, 15)]
    names = frozenset({"Jane Doe", "Table 2 Jane Doe"})
    kept, _ = _structured_page([*entries, tail], unvoted=frozenset({"refried.", "Ω"}), names=names)
    return kept[16:]


def test_a_wrapped_entrys_last_piece_closes_a_structured_tail() -> None:
    # the last entry wrapped, its last piece unjoined: nothing votes for the piece, yet it completes the entry
    assert _kept_after_structured_entries("Meal 15: 15 cups of beans,\nrefried.") == [
        "Meal 15: 15 cups of beans,",
        "refried.",
    ]
    # a blank line parts an unvoted line from the entries: a stray line, no part of the structure
    assert _kept_after_structured_entries("Meal 15: 15 cups of beans,\n\nrefried.") == ["Meal 15: 15 cups of beans,"]
    assert _kept_after_structured_entries("Meal 15: 15 cups of beans,\nΩ") == ["Meal 15: 15 cups of beans,"]


def test_a_lone_headline_closing_a_structured_tail_heads_what_follows() -> None:
    # a title-shaped line with no figure in a block of its own, after the entries: a heading, not an entry
    assert _kept_after_structured_entries("Weekend Plans Across The City") == []
    # with a figure it is one more entry
    assert _kept_after_structured_entries("Weekend Plans For 2 People") == ["Weekend Plans For 2 People"]
    # a title printed twice, each copy in a block of its own (a teaser's heading and its link): both stay out
    title = "Weekend Plans Across The City"
    assert _kept_after_structured_entries(f"{title}\n\n{title}") == []


def test_a_lone_name_closing_a_structured_tail_stays_out() -> None:
    # a name in a block of its own after the entries reads as a byline: cleaned again, the body would end on
    # it and it would go as a byline far from the article's start
    assert _kept_after_structured_entries("Jane Doe") == []
    # with a figure it is one more entry
    assert _kept_after_structured_entries("Table 2 Jane Doe") == ["Table 2 Jane Doe"]


def test_a_pull_quote_is_judged_without_the_headline_like_lines_over_the_body() -> None:
    # a headline-like wrapped paragraph the span opened on, then two paragraphs; the last repeats a run
    # of words the second holds. The top paragraph leaves the body (no own prose vote above the second),
    # so it is no third copy: the last paragraph is a quote, as it is when the body is cleaned again
    said, gov = "\u0642\u0627\u0644\u062a", "\u0627\u0644\u062d\u0643\u0648\u0645\u0629"
    run = f"{said} {gov} {said} {gov} {gov} {gov} {said} {said}\u061f"
    text = (
        f"{said} {said} {said} {gov} {gov} {said} {gov} {said} {gov} {gov} {gov}\n{gov}\u061f\n\n"
        f"\u0627 \u0627 \u0627 \u0627 \u0627\u061f {run}\n\n{run}\n"
    )
    first = clean(text, format="text")
    assert [ll.reason for ll in first.lines if ll.line.text == run] == [
        "pull quote: repeats words of the article's own text"
    ]
    assert set(first.paragraphs) <= set(clean(first.body, format="text").paragraphs)


def test_a_cookie_policy_adds_nothing_to_a_span() -> None:
    policy = (
        "When you first visit the website and choose to accept all cookies on our cookie banner, you give your consent "
        "to the use of the cookies described in the table below, and you can withdraw it at any time in your browser."
    )
    notice = "Reproduction of this article without the written consent of the publisher, or its consent, is forbidden."
    nav = Vote(Label.NAVIGATION, 0.85, "consent notice (3 consent phrases)")
    body = Vote(Label.BODY, 1.0, "prose")
    both = Decision(Label.BODY, 1.0, "body", "prose", (("navigation", nav), ("body", body)))
    policy_line, notice_line = split_lines(f"{policy}\n{notice}")
    assert line_value(policy_line, both, CONFIG) == 0.0
    # two consent words in a copyright notice: the line keeps its worth as prose
    assert line_value(notice_line, both, CONFIG) == line_value(notice_line, d(Label.BODY, 1.0), CONFIG) > 0
    # a cookie policy of three paragraphs, a menu, then a shorter story: the story alone is the article
    policies = [
        policy,
        (
            "Cookies are small text files that the website places on the hard disk of your computer or phone. Some "
            "cookies are removed when you close the browser, while other cookies stay on the device until they expire."
        ),
        (
            "If you do not want the website to place cookies on your device, you can change or withdraw your consent "
            "at any time by deselecting cookies in the cookie list, and you can also block cookies in your browser."
        ),
    ]
    menu = "* Home\n* News\n* Sport\n* Weather\n* Contact\n* About us"
    story = " ".join([PROSE] * 2)
    kept = clean("\n\n".join([*policies, menu, story, story.replace("Monday", "Tuesday")]), format="text").body
    assert PROSE in kept
    assert "cookie banner" not in kept


@pytest.mark.parametrize(
    ("items", "kept"),
    [
        (["Berlin 2 - 1 Hamburg", "Bremen 0 - 0 Mainz", "Köln 3 - 2 Essen"], True),
        # digits inside words name things (feed icons, devices), as a footer menu's items do
        (["RSS2-Logo", "Atom1-Feed", "MP3-Player"], False),
    ],
)
def test_a_list_tail_counts_figures_not_digits_inside_words(items: list[str], kept: bool) -> None:
    lines = split_lines("\n".join([PROSE, "Current issue", *items]))
    decisions = [d(Label.BODY, 0.9), d(Label.NAVIGATION, 0.45), *[d(Label.NAVIGATION, 0.55)] * len(items)]
    assert bool(_list_tail(lines, decisions, 0)) is kept


def test_a_span_whose_every_line_later_rules_took_holds_no_headline() -> None:
    # the page's one prose line is a sign-up box's blurb: no article, so no weak title-shaped teaser is its headline
    text = (
        "Most popular\n1. House prices rise for third month in a row\n2. School inspection praises new head teacher\n"
        "3. Roadworks to close ring road for a week\n\nFollow us\nFacebook Twitter Instagram YouTube\n\nNewsletter\n"
        "Sign up to get the day's top stories in your inbox every morning.\nSubscribe\n\n"
        "About us | Contact | Advertise | Privacy policy | Cookie policy\n"
        "© 2024 Northgate Herald Ltd. All rights reserved.\n"
    )
    article = clean(text, format="text")
    assert article.body == ""
    assert article.headline is None


@pytest.mark.parametrize(("copy", "header"), [("The Bridge Reopens", False), ("Another Story Opens", True)])
def test_a_byline_ending_the_headlines_own_header_makes_no_story_of_the_logo_under_it(copy: str, header: bool) -> None:
    # headline / lead / byline / the site's name (a logo) / the headline again / body: one story's header
    lines = split_lines(f"The Bridge Reopens\n{PROSE}\nBy Jane Doe, 21 June 2018\nThe Daily Site\n{copy}\n{PROSE}")
    decisions = [
        d(Label.HEADLINE, 0.4),
        d(Label.BODY, 0.9),
        d(Label.BYLINE, 0.9),
        d(Label.HEADLINE, 0.5),  # 3: the site's name
        d(Label.HEADLINE, 0.4),
        d(Label.BODY, 0.9),
    ]
    assert (3 in story_headers(lines, decisions)) is header


def test_a_lone_bulleted_link_between_paragraphs_is_no_body() -> None:
    para = (
        "Both the artist and the client were surprised by the interest shown by local and international media, "
        "who turned up at the small parlour on Monday to document the work."
    )
    more = "He said he was inspired to get the tattoo after the artist showed the design on a social network."
    last = "The parlour has since been booked out for weeks, and the artist plans to open a second shop in the city."
    text = f"{para}\n\n  • The latest news about the outbreak in Sweden (paywall-free)\n\n{more}\n\n{last}\n"
    article = clean(text, format="text")
    link = next(ln for ln in article.lines if "latest news" in ln.line.text)
    assert link.label is Label.PROMO
    assert "lone bulleted link" in link.reason
    assert "latest news" not in article.body
    assert more in article.body
    # two items are a list, and a numbered line is an ordinal: both stay the story's
    listed = f"{para}\n\n  • First item of the list\n  • Second item of the list\n\n{more}\n\n{last}\n"
    assert "First item of the list" in clean(listed, format="text").body
    numbered = f"{para}\n\n1. und Regionalmeister 2007\n\n{more}\n\n{last}\n"
    assert "Regionalmeister" in clean(numbered, format="text").body
    footnote = f"{para}\n\n* Dates may change at the organiser's request\n\n{more}\n\n{last}\n"
    assert "Dates may change" in clean(footnote, format="text").body


@pytest.mark.parametrize(
    ("score", "kept"),
    [
        # a schedule: each item says what happens on its date, and the date votes weakly
        (0.6, True),
        # bare dates ("2019-12-02", "Mon, 05 Nov 2023 01:50:00 +0000"): date strips, no list of the story's
        (0.85, False),
    ],
)
def test_a_list_tail_of_bare_dates_is_not_the_articles(score: float, kept: bool) -> None:
    items = ["June 9 2021 Tampa Arena", "June 11 2021 Atlanta Hall", "June 13 2021 Nashville Park"]
    lines = split_lines("\n".join([PROSE, "Dates", *items]))
    decisions = [d(Label.BODY, 0.9), d(Label.OTHER, 0.0), *[d(Label.DATELINE, score)] * len(items)]
    assert bool(_list_tail(lines, decisions, 0)) is kept


def _html_lines(html: str) -> list[Line]:
    blocks = html_to_page(html).blocks
    return build_lines([(b.text, i, i + 1) for i, b in enumerate(blocks)], markups=[b.markup for b in blocks])


_TOUR = [f"June {n} -- Coral Sky Amphitheatre, West Palm Beach, FL" for n in (9, 12, 15, 18)]


@pytest.mark.parametrize(
    ("items", "one"),
    [
        # the items of one list, or one element's <br>-parted lines: a dump prints them with no blank between
        ("<ul>" + "".join(f"<li>{t}</li>" for t in _TOUR) + "</ul>", True),
        ("<p>" + "<br>".join(_TOUR) + "</p>", True),
        # sibling <div>s are blocks apart, as a dump's blank lines part them
        ("".join(f"<div>{t}</div>" for t in _TOUR), False),
    ],
)
def test_html_lines_are_one_block_as_a_dump_prints_them(items: str, one: bool) -> None:
    lines = _html_lines(f"<html><body><p>{PROSE}</p>{items}</body></html>")
    assert [ln.text for ln in lines[1:]] == _TOUR
    assert all(_one_block(a, b) is one for a, b in pairwise(lines[1:]))
    assert _one_block(*split_lines("June 9\nJune 12"))  # a dump's lines: its blank lines part blocks


@pytest.mark.parametrize(("items", "kept"), [("<ul>{}</ul>", True), ("{}", False)])
def test_a_list_tail_in_html_runs_inside_one_block(items: str, kept: bool) -> None:
    # date strips in sibling <div>s under the story are no schedule of the story's, whatever their digits
    rows = "".join(f"<li>{t}</li>" if "ul" in items else f"<div>{t}</div>" for t in _TOUR)
    lines = _html_lines(f"<html><body><p>{PROSE}</p><p>Tour dates:</p>{items.format(rows)}</body></html>")
    decisions = [d(Label.BODY, 0.9), d(Label.OTHER, 0.0), *[d(Label.DATELINE, 0.5)] * len(_TOUR)]
    assert bool(_list_tail(lines, decisions, 0)) is kept


@pytest.mark.parametrize(("byline", "kept"), [(0.4, True), (0.9, False)])
def test_a_list_tail_holding_a_marked_byline_is_another_storys_header(byline: float, kept: bool) -> None:
    # "Epic Title" / "By Ana Muller" / "July 11, 2004" / "11.07.2004, 19:26": the next story's header strip
    items = ["June 9 2021 Tampa Arena", "By Ana Muller in Tampa 2021", "June 13 2021 Nashville Park"]
    lines = split_lines("\n".join([PROSE, "Dates", *items]))
    decisions = [d(Label.BODY, 0.9), d(Label.OTHER, 0.0), d(Label.DATELINE, 0.6), d(Label.BYLINE, byline),
                 d(Label.DATELINE, 0.6)]
    assert bool(_list_tail(lines, decisions, 0)) is kept


@pytest.mark.parametrize(("byline", "span"), [(0.9, (3, 3)), (0.4, None)])
def test_a_short_story_with_no_headline_opens_under_its_sure_byline(byline: float, span: object) -> None:
    # a dump reads the short title under the menu as the menu's last item: the byline and date strip head the story;
    # a bare name ("Jane Doe", 0.4) heads nothing
    lines = split_lines(f"Home\nBy Jane Doe\nMay 4, 2022\n{PROSE}\nPrivacy Policy")
    decisions = [d(Label.NAVIGATION, 0.8), d(Label.BYLINE, byline), d(Label.DATELINE, 0.85), d(Label.BODY, 0.65),
                 d(Label.NAVIGATION, 0.75)]
    assert _short_article(lines, decisions, 0.5) == span


def test_story_headers_once_reads_the_headers_at_the_first_call_only() -> None:
    lines = split_lines("Bridge Reopens After Repairs\nBy Jane Doe\n\nThe bridge reopened on Monday after repairs.")
    decisions = Pipeline.default().run(lines, PageContext())
    headers_of = _story_headers_once(lines, decisions)
    assert headers_of() == story_headers(lines, decisions)
    assert headers_of() is headers_of()
    assert find_regions(lines, decisions, CONFIG, headers_of=headers_of) == find_regions(lines, decisions, CONFIG)


_OFFERS = [
    "Twelve new levels that each open on a different island of the archipelago.",
    "A cooperative mode in which two players share one boat and its cargo.",
    "A soundtrack recorded with the city's own orchestra over three long weekends.",
]


@pytest.mark.parametrize(
    ("items", "byline", "kept"),
    [
        ("<ul>{}</ul>", False, True),  # the items of one list
        ("{}", False, False),  # sibling <div>s: blocks apart, as a dump's blank lines part them
        ("<ul>{}</ul>", True, False),  # a marked byline among them: another story's header strip
    ],
)
def test_a_closing_list_of_sentences_runs_inside_one_block_and_holds_no_byline(
    items: str, byline: bool, kept: bool
) -> None:
    rows = "".join(f"<li>{t}</li>" if "ul" in items else f"<div>{t}</div>" for t in _OFFERS)
    lines = _html_lines(f"<html><body><p>{PROSE}</p><p>The game offers:</p>{items.format(rows)}</body></html>")
    decisions = [d(Label.BODY, 0.9), d(Label.OTHER, 0.0), *[d(Label.BODY, 0.4)] * len(_OFFERS)]
    if byline:
        decisions[3] = d(Label.BYLINE, 0.9)
    assert bool(_sentence_list(lines, decisions, 0)) is kept


def test_a_structured_tail_drops_a_stray_line_that_a_closing_title_uncovers() -> None:
    # entries with figures, then a stray symbol line nothing voted for, then a title alone: the title goes as a
    # heading of what follows, and then the stray line ends the run and goes too (cleaned again it stands alone)
    entries = [f"Step {n}: 200 g" for n in range(STRUCTURED_TAIL_MIN)]
    lines = split_lines("\n".join([PROSE, *entries, "", "¬Ĩ#À@", "", "The The The"]))
    unvoted = Decision(Label.OTHER, 0.0, "pipeline", "no classifier voted", ())
    decisions = [d(Label.BODY, 0.9), *[d(Label.OTHER, 0.3)] * len(entries), BLANK, unvoted, BLANK,
                 d(Label.HEADLINE, 0.35)]  # fmt: skip
    assert _structured_tail(lines, decisions, 0) == list(range(1, STRUCTURED_TAIL_MIN + 1))


@pytest.mark.parametrize(("tag", "joined"), [("h2", True), ("h1", False)])
def test_prose_further_on_in_the_story_element_joins_past_a_box_but_not_past_a_page_title(
    tag: str, joined: bool
) -> None:
    # the story's element holds the page: prose further on joins past a box, but an <h1> taken for a headline
    # between is another story's title (a story's element holds its own above its text), and stops it
    lines = _html_lines(
        f"<html><body><div><p>{PROSE}</p><p>{PROSE}</p><{tag}>Burglaries Rise In The North</{tag}>"
        f"<p>{PROSE}</p></div></body></html>"
    )
    decisions = [d(Label.BODY, 0.9), d(Label.BODY, 0.9), d(Label.HEADLINE, 0.55), d(Label.BODY, 0.9)]
    regions = [Region(0, 1, 20.0), Region(3, 3, 10.0)]
    assert _across_element(regions, 0, 1, lines, decisions) == (3 if joined else 1)


def test_a_line_no_rule_revises_keeps_its_decision_itself() -> None:
    # a Decision is a Revised: revise starts each line from its Decision, not from a copy of it, so a page's
    # context pass holds no second object per line for the lines it leaves alone
    text = "Home | News | Sport\n\nBridge Reopens After Repairs\n\n" + "The council said the bridge reopened. " * 4
    lines = split_lines(text)
    decisions = Pipeline.default().run(lines, PageContext())
    revised = revise(lines, decisions, CONFIG)
    kept = [i for i, r in enumerate(revised) if r is decisions[i]]
    # the blank lines, which no rule revises
    assert 1 in kept
    assert 3 in kept
    assert all(isinstance(d, Revised) for d in decisions)
