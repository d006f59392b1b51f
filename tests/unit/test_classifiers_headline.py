"""Headline: min_words/max_words, punctuation, repeats, slug and HTML evidence."""

from __future__ import annotations

import pytest

from newsclean import Label, PageContext
from newsclean.classifiers.headline import (
    SEGMENT_SHARE,
    Headline,
    _Page,
    _SlugWords,
    segment_match,
    slug_overlap,
    title_parts,
)
from newsclean.context import HEADLINE_CONFIDENT, HEADLINE_STRONG
from newsclean.html import PageMeta
from newsclean.lines import Markup, build_lines, split_lines

CTX = PageContext()


def test_min_words_boundary() -> None:
    lines = split_lines("Bridge Reopens Today")
    assert Headline(min_words=3).classify(lines, CTX)[0] is not None
    assert Headline(min_words=4).classify(lines, CTX)[0] is None


def test_max_words_boundary() -> None:
    lines = split_lines("Bridge Reopens After Two Years Of Repairs")
    assert lines[0].words == 7
    assert Headline(max_words=7).classify(lines, CTX)[0] is not None
    assert Headline(max_words=6).classify(lines, CTX)[0] is None


def test_sentence_and_digit_lines_are_not_headlines() -> None:
    votes = Headline().classify(split_lines("The bridge reopened today.\n12 34 56 78 90\nBridge reopens again..."), CTX)
    assert votes[0] is None
    assert votes[1] is None
    assert votes[2] is not None  # an ellipsis is not a sentence end


@pytest.mark.parametrize("mark", ["\u2069", "\u200f", "\u200e\u2069", "\u200b"])
def test_a_sentence_end_before_an_invisible_mark_is_still_a_sentence_end(mark: str) -> None:
    # right-to-left text in a dump closes its isolate after the period: the line is prose all the same
    votes = Headline().classify(split_lines(f"\u200fThe bridge reopened today after two years.{mark}"), CTX)
    assert votes[0] is None
    assert Headline().classify(split_lines(f"\u200fBridge Reopens After Two Years{mark}"), CTX)[0] is not None


@pytest.mark.parametrize("char", ["\U0006b14c", "\ue900", "\ufffd"])
def test_a_line_holding_an_unassigned_private_or_replacement_character_is_no_headline(char: str) -> None:
    # garbled text (an unassigned code point, a decoding's replacement character) or an icon font's glyph
    votes = Headline().classify(split_lines(f"Ère Ĭcon{char} Ďata Ŀine\nÈre Ĭcon Ďata Ŀine"), CTX)
    assert votes[0] is None
    assert votes[1] is not None  # the same line without it is title-shaped


def test_evidence_adds_up() -> None:
    base = Headline().classify(split_lines("Bridge reopens after repairs"), CTX)[0]
    repeated = Headline().classify(split_lines("Bridge reopens after repairs\nBridge reopens after repairs"), CTX)[0]
    slug_ctx = PageContext(url_words=frozenset({"bridge", "reopens", "after", "repairs"}))
    slugged = Headline().classify(split_lines("Bridge reopens after repairs"), slug_ctx)[0]
    (h1,) = build_lines([("Bridge reopens after repairs", 0, 1)], markups=[Markup(tag="h1", heading=1)])
    marked = Headline().classify([h1], CTX)[0]
    assert base is not None
    assert base.label is Label.HEADLINE
    for stronger in (repeated, slugged, marked):
        assert stronger is not None
        assert stronger.score > base.score


def test_slug_share_boundary() -> None:
    words = frozenset({"bridge", "reopens", "after", "repairs"})
    lines = split_lines("Bridge reopens on Monday")  # 2 of 4 words shared: overlap 0.5
    ctx = PageContext(url_words=words)
    assert slug_overlap(lines[0].text, words) == 0.5
    at = Headline(slug_share=0.5).classify(lines, ctx)[0]
    above = Headline(slug_share=0.51).classify(lines, ctx)[0]
    assert at is not None
    assert above is not None
    assert at.score - above.score > 0.2  # the slug bonus scales with the match: 0.45 x 0.5


def test_slug_overlap_needs_both_directions() -> None:
    assert slug_overlap("Auto News", frozenset({"lexus", "wants", "auto", "news", "topless"})) == pytest.approx(4 / 7)
    # two words of a six-word slug cover less than 40% of it: the match counts half
    assert slug_overlap("Auto News", frozenset({"lexus", "wants", "auto", "news", "topless", "ride"})) == 0.25
    assert slug_overlap("Anything", frozenset()) == 0.0


def test_the_page_title_holding_the_whole_slug_outranks_a_shorter_subheading_on_its_words() -> None:
    # the slug's words all sit in the page's title; a subheading of the article (printed twice: a table of
    # contents, then the text) repeats them in fewer words, so its Dice overlap with the slug is higher
    page = "How long and how often do hens lay eggs? - Farm Weekly\n\nHow long and how often do hens lay eggs?\n\n"
    page += "How Many Eggs Hens Lay\n\nHow Many Eggs Hens Lay"
    lines = split_lines(page)
    ctx = PageContext(url_words=frozenset({"hens", "lay", "eggs"}))
    votes = Headline().classify(lines, ctx)
    title, sub = votes[2], votes[4]
    assert title is not None
    assert sub is not None
    assert title.score > sub.score
    # a title copy that leaves a slug word out gets no such credit
    other = split_lines(page.replace("hens lay eggs?", "hens lay?"))
    assert Headline().classify(other, ctx)[2].score < title.score  # type: ignore[union-attr]


def test_part_of_page_title_or_breadcrumb_counts_as_a_second_copy() -> None:
    page = "Bridge reopens after repairs | Daily Post\n\nHome / City / Bridge reopens after repairs\n\n"
    page += "Bridge reopens after repairs\n\nAdd to reading list"
    lines = split_lines(page)
    votes = Headline().classify(lines, CTX)
    title = next(v for ln, v in zip(lines, votes, strict=True) if ln.text == "Bridge reopens after repairs")
    other = next(v for ln, v in zip(lines, votes, strict=True) if ln.text == "Add to reading list")
    assert title is not None
    assert other is not None
    assert "part of a page title" in title.reason
    assert title.score > other.score


def test_title_parts_skip_short_pieces_and_whole_lines() -> None:
    parts = title_parts(split_lines("Home | News\n\nBridge reopens after repairs - Daily Post"))
    assert "home" not in parts  # too short to identify a headline
    assert parts["bridgereopensafterrepairs"] == "bridgereopensafterrepairsdailypost"



def test_a_bar_of_links_holds_no_title_parts() -> None:
    # a footer's links, printed again as a list further down: "Terms of Use" is no title printed twice
    page = "Contact Us | Terms of Use | About Us | News\n\nTerms of Use\n\nBridge reopens after repairs | Daily Post"
    parts = title_parts(split_lines(page))
    assert "termsofuse" not in parts
    assert "contactus" not in parts
    assert "bridgereopensafterrepairs" in parts
    # a breadcrumb trail ends with the headline, longer than a link's text: its pieces count
    assert "bridgereopensafterrepairs" in title_parts(split_lines("Home | City | Roads | Bridge reopens after repairs"))

def test_title_parts_hold_a_headline_that_has_a_separator_of_its_own() -> None:
    # "<topic> – <question> - <site>": the headline is the line but its last piece, the site's name
    parts = title_parts(split_lines("Smart glasses at work – the future of support? - Daily Post"))
    assert parts["smartglassesatworkthefutureofsupport"] == "smartglassesatworkthefutureofsupportdailypost"
    assert "thefutureofsupportdailypost" not in parts  # a site's own name may hold a separator: no suffix
    assert "smartglassesatwork" in parts


def test_a_headline_with_a_separator_outranks_a_subheading_holding_the_slug() -> None:
    # the subheading names every slug word in fewer words; the headline is a copy of the page title's first half
    page = "Smart Glasses at Work – the Future of Support? - Daily Post\n\n"
    page += "Smart Glasses at Work – the Future of Support?\n\nWhy Smart Glasses at Work Pay Off"
    lines = split_lines(page)
    ctx = PageContext(url_words=frozenset({"smart", "glasses", "work"}))
    votes = Headline().classify(lines, ctx)
    title, sub = votes[2], votes[4]
    assert title is not None
    assert sub is not None
    assert "part of a page title" in title.reason
    assert title.score > sub.score


@pytest.mark.parametrize(
    "text",
    ["© Oli Scarff/Getty Images", "Image copyright Reuters", "Credit: Getty Images", "Search for: [ ] [Search]"],
)
def test_photo_credits_and_form_fields_are_not_headlines(text: str) -> None:
    assert Headline().classify(split_lines(text), CTX)[0] is None


def test_a_full_date_lowers_the_vote() -> None:
    plain, dated = split_lines("Laufen im Winter mit Heiko\nVeröffentlicht am 10. Februar 2019 von Heiko")
    votes = Headline().classify([plain, dated], PageContext(language="de"))
    assert votes[0] is not None
    assert votes[1] is not None
    assert votes[1].score < votes[0].score
    assert "full date" in votes[1].reason


def test_a_year_alone_is_no_date() -> None:
    vote = Headline().classify(split_lines("Olympia 2022 in Peking"), CTX)[0]
    assert vote is not None
    assert "full date" not in vote.reason


@pytest.mark.parametrize(
    "text",
    [
        "https://example.com/news/ bridge-reopens-after-repairs",
        "Printed from the address: www.example.com/news/bridge",
        "Write to newsroom@example.com today",
        "bridge-reopens-after-long-repairs",
        "dailyplanet.com",
        "Jane-Doe-headshot",
    ],
)
def test_web_addresses_and_slugs_are_not_headlines(text: str) -> None:
    slug_ctx = PageContext(url_words=frozenset({"bridge", "reopens", "after", "long", "repairs"}))
    assert Headline(min_words=1).classify(split_lines(text), slug_ctx)[0] is None


def test_hyphenated_words_and_a_named_site_stay_titles() -> None:
    lines = split_lines("State-of-the-art bridge reopens\nAmazon.com reports record profits")
    votes = Headline().classify(lines, CTX)
    assert votes[0] is not None
    assert votes[1] is not None


def test_short_title_naming_the_url_segment_gets_a_vote() -> None:
    ctx = PageContext(url="https://example.com/articles/performant-python")
    lines = split_lines("Performant Python\nContact us")
    votes = Headline().classify(lines, ctx)
    assert votes[0] is not None
    assert "last segment" in votes[0].reason
    assert votes[1] is None  # two words, not the segment: below min_words as before


def test_a_compound_on_the_segment_word_names_the_segment() -> None:
    # German, Dutch and Nordic titles compound the page's subject: "Chorgeschichte" on ".../geschichte.html"
    ctx = PageContext(url="https://example.com/geschichte.html")
    votes = Headline().classify(split_lines("Chorgeschichte\nGeschichtsbuch\nChor"), ctx)
    assert votes[0] is not None
    assert "last segment" in votes[0].reason
    assert votes[1] is None  # the segment word opening a compound is not its head
    assert votes[2] is None
    # a short segment word is no compound's head: "Goodnews" does not name ".../news"
    assert segment_match("Goodnews", "https://example.com/news") == 0.0
    assert segment_match("Ortsgeschichte", "https://example.com/geschichte") == 1.0


def test_short_line_naming_part_of_the_segment_gets_none() -> None:
    ctx = PageContext(url="https://example.com/calendario-stock-car-2018/")
    assert Headline().classify(split_lines("Stock Car"), ctx)[0] is None


def test_segment_match_boundary() -> None:
    url = "https://example.com/2020/01/24/nebelsuppe-6/"
    assert segment_match("Nebelsuppe.", url) >= SEGMENT_SHARE  # the slug's number is a duplicate counter
    assert segment_match("Nebelsuppe", "https://example.com/nebelsuppe-heute-abend") == 0.0
    assert segment_match("Grüße", "https://example.com/gruesse") == 1.0
    assert segment_match("Café", "https://example.com/cafe/") == 1.0
    assert segment_match("News", None) == 0.0


def test_a_repeated_menu_item_naming_part_of_the_segment_is_not_a_title() -> None:
    ctx = PageContext(url="https://example.com/nebelsuppe-6/")
    once = Headline().classify(split_lines("Nebelsuppe"), ctx)[0]
    menu = Headline().classify(split_lines("Nebelsuppe\nNebelsuppe\nNebelsuppe"), ctx)[0]
    assert once is not None
    assert menu is None


def test_slug_overlap_matches_spelled_out_umlauts_and_dropped_accents() -> None:
    assert slug_overlap("Autohäuser rechnen mit Kunden", frozenset({"autohaeuser", "rechnen", "mit", "kunden"})) == 1.0
    assert slug_overlap("Économie française", frozenset({"economie", "francaise"})) == 1.0
    assert slug_overlap("Autohäuser", frozenset({"werkstatt", "kunden"})) == 0.0


def test_a_lone_h1_does_not_anchor_the_article_but_an_h1_the_metadata_names_does() -> None:
    # an <h1> is one signal: alone (title case and all) it stays just under the score that lets a
    # headline anchor the article; with the page's <title> naming it, it is far above
    (h1,) = build_lines([("Minister Expects Prices To Improve", 0, 1)], markups=[Markup(tag="h1", heading=1)])
    alone = Headline().classify([h1], CTX)[0]
    named_ctx = PageContext(meta=PageMeta(title="Minister Expects Prices To Improve | Daily News"))
    named = Headline().classify([h1], named_ctx)[0]
    assert alone is not None
    assert named is not None
    assert "<h1>" in alone.reason
    assert alone.score <= HEADLINE_STRONG < named.score
    assert named.score > HEADLINE_CONFIDENT


def test_an_h1_printed_twice_scores_as_its_text_rendering_does_unless_another_signal_agrees() -> None:
    # a text rendering prints the <h1>'s two copies without the tag: a title printed twice, under the
    # anchoring bar; the repeat alone does not lift the <h1> above it, beside the URL slug it still adds
    title = "Minister Expects Prices To Improve"
    rows = [(title, 0, 1), ("", 1, 2), (title, 2, 3)]
    twice = build_lines(rows, markups=[Markup(tag="h1", heading=1), None, Markup(tag="h1", heading=1)])
    (once,) = build_lines([(title, 0, 1)], markups=[Markup(tag="h1", heading=1)])
    rendered = Headline().classify(split_lines(f"{title}\n\n{title}"), CTX)[0]
    h1_twice = Headline().classify(twice, CTX)[0]
    h1_once = Headline().classify([once], CTX)[0]
    assert rendered is not None
    assert h1_twice is not None
    assert h1_once is not None
    assert twice[0].repeats
    assert rendered.score <= HEADLINE_STRONG
    assert h1_twice.score == pytest.approx(h1_once.score)
    assert h1_once.score <= HEADLINE_STRONG
    slug_ctx = PageContext(url_words=frozenset({"minister", "expects", "prices", "rise", "spring", "again", "says"}))
    slugged_twice = Headline().classify(twice, slug_ctx)[0]
    slugged_once = Headline().classify([once], slug_ctx)[0]
    assert slugged_twice is not None
    assert slugged_once is not None
    assert "URL slug" in slugged_once.reason
    assert 1.0 > slugged_twice.score > slugged_once.score > HEADLINE_STRONG


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        ("重磅！市政府宣布新桥下周通车", True),  # one sentence end inside: a headline may shout its first word
        ("新桥下周通车？市民期待已久", True),
        ("市政府宣布新桥下周通车。市民期待已久？交通将改善", False),  # three sentences: prose
        ("الجسر الجديد يفتح؟ السكان ينتظرون؟ المرور يتحسن", False),
    ],
)
def test_a_line_of_three_sentences_is_no_headline(text: str, *, voted: bool) -> None:
    # sentence ends no abbreviation shares (ideographic, Arabic...) with text after them count; a CJK
    # paragraph without a final full stop once read as a title in a dump and took the article's start
    vote = Headline().classify(split_lines(text), CTX)[0]
    assert (vote is not None) is voted


def test_a_numbered_item_that_the_next_item_continues_gets_no_headline_vote() -> None:
    lines = split_lines(
        "1. I think I will not fall asleep on the couch tonight\n\n2. I eat my fries with my fingers.\n\n"
        "3. Coffee first\n\n1. FC Köln Wins The Derby In The Last Minute"
    )
    votes = Headline().classify(lines, PageContext())
    assert votes[0] is None  # "2." goes on under it: a list item
    assert votes[-1] is not None  # a title opening with a number that no "2." continues


def test_a_slug_with_a_one_letter_word_still_names_the_story() -> None:
    # "winda-w-chmurach": two words to match on, three words of a title; the slug bonus applies
    from newsclean.api import url_words

    url = "https://example.com/kultura/9491-winda-w-chmurach.html"
    lines = split_lines("Winda w chmurach")
    plain = Headline().classify(lines, CTX)[0]
    slugged = Headline().classify(lines, PageContext(url=url, url_words=url_words(url)))[0]
    assert plain is not None
    assert slugged is not None
    assert "match with the URL slug" in slugged.reason
    assert slugged.score > plain.score


def test_page_matches_each_short_text_with_the_segment_once() -> None:
    page = _Page((), {}, frozenset({"performant", "python"}), _SlugWords.of(frozenset()))
    assert page.share("Performant Python") == segment_match("Performant Python", "https://x.org/performant-python")
    page.shares["Python"] = 0.25  # a text matched before is not matched again
    assert page.share("Python") == 0.25


def test_a_byline_with_a_job_title_holds_no_title_parts() -> None:
    # "<name> | Staff Writer" is a byline: its name printed again under the article is no page title's part
    # (the part bonus made it a headline, then a subheading kept in the body; cleaned again without the
    # byline it was a bare name's byline and went)
    assert title_parts(split_lines("Jane O'Neil | Staff Writer\n\nJanet Doe – Redakteurin")) == {}
    assert "bridgereopens" in title_parts(split_lines("Bridge Reopens | Daily Post"))


def test_a_long_line_holding_a_sentence_end_is_no_title() -> None:
    # a hard-wrapped Arabic paragraph's first 28 words, printed twice, ending no sentence: two sentences, no title
    said = "\u0642\u0627\u0644\u062a"
    long_line = " ".join([said] * 12) + "\u061f " + " ".join([said] * 16)
    assert Headline().classify(split_lines(long_line), CTX)[0] is None
    # a short title may hold a question before its statement, and a Latin "?" is no such end
    assert Headline().classify(split_lines("为什么房价上涨？专家解读最新政策"), CTX)[0] is not None
    latin = "Why did the council close the old bridge? Residents were never asked about it before"
    assert Headline().classify(split_lines(latin), CTX)[0] is not None
