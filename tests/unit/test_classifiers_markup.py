"""The markup classifier: the main content container and what it says about each line."""

from __future__ import annotations

import pytest

from newsclean.classifiers.base import PageContext
from newsclean.classifiers.body import body_score
from newsclean.classifiers.markup import OWN_PART_HINTS, MarkupVotes, container_interior, main_container
from newsclean.labels import Label
from newsclean.lines import Line, Markup, build_lines, split_lines
from newsclean.testing import check_classifier

PROSE = "Officials said on Monday that the old bridge over the river would reopen after a long repair."
FOOTER = "The information on this website is provided for general purposes and is not medical advice."

# Element ids: 1 page body, 2 article wrapper, 3 footer wrapper inside 6; paragraphs have their own ids.
ARTICLE = (2, 1)
FOOT = (3, 6, 1)


def _page(rows: list[tuple[str, Markup]]) -> tuple[Line, ...]:
    return build_lines([(text, i, i + 1) for i, (text, _) in enumerate(rows)], markups=[m for _, m in rows])


def _p(pid: int, parent: tuple[int, ...], **kw: object) -> Markup:
    return Markup(tag="p", containers=(pid, *parent), **kw)  # type: ignore[arg-type]


def _article(n: int, first_id: int = 10) -> list[tuple[str, Markup]]:
    return [(PROSE, _p(first_id + k, ARTICLE)) for k in range(n)]


def _scattered(n: int) -> list[tuple[str, Markup]]:
    """``n`` footer paragraphs, each in its own wrapper (too small to join the article as a sibling)."""
    return [(FOOTER, _p(50 + k, (70 + k, 1))) for k in range(n)]


def test_conforms_and_abstains_on_plain_text() -> None:
    check_classifier(MarkupVotes())
    lines = split_lines(f"{PROSE}\n{FOOTER}\nHome")
    assert all(v is None for v in MarkupVotes().classify(lines, PageContext()))


def test_container_is_the_parent_of_most_prose() -> None:
    lines = _page([*_article(4), (FOOTER, _p(50, FOOT))])
    box = main_container(lines)
    assert box is not None
    assert box.holds(lines[0])
    assert not box.holds(lines[-1])
    assert 0.7 < box.share < 0.9


def test_a_post_holds_the_long_digest_nested_in_it() -> None:
    # the post's own paragraphs (in 2) and a digest box nested in it (8 inside 7 inside 2) that outscores
    # them: the post's element is the container, the digest in it; a footer stays out
    own = _article(3)
    digest = [(PROSE, _p(80 + k, (8, 7, *ARTICLE))) for k in range(6)]
    lines = _page([*own, *digest, (FOOTER, _p(50, FOOT))])
    box = main_container(lines)
    assert box is not None
    assert 2 in box.ids
    assert all(box.holds(line) for line in lines[:-1])
    assert not box.holds(lines[-1])


def test_a_few_paragraphs_above_a_long_article_do_not_move_the_container() -> None:
    # one paragraph in the page's body beside a long article element: below NESTED_SHARE, the article stays
    lines = _page([(PROSE, _p(90, (1,))), *_article(6)])
    box = main_container(lines)
    assert box is not None
    assert box.ids == frozenset({2})


def test_sibling_share_boundary() -> None:
    # a sibling box of the article's container joins it when it holds >= 50% of the top's prose
    four = _article(4)
    half = [(PROSE, _p(60 + k, (4, 1))) for k in range(2)]  # 2/4 = 50% of the top: joins
    box = main_container(_page([*four, *half]))
    assert box is not None
    assert 4 in box.ids
    short = "They said the bridge would open again in the spring of next year."  # fewer words: below 50%
    box = main_container(_page([*four, half[0], (short, _p(61, (4, 1)))]))
    assert box is not None
    assert 4 not in box.ids


def test_inside_lines_vote_body_and_links_do_not() -> None:
    rows = [
        *_article(3),
        # a heading over text of the container (one closing it: see test_a_heading_closing_the_container...)
        ("Meal Plan A", Markup(tag="h2", heading=2, containers=(21, *ARTICLE))),
        ("Eat every 2-3 hours", _p(20, ARTICLE)),
        ("More stories", _p(22, ARTICLE, link_density=0.5, in_link=True)),
        ("Share this", _p(23, ARTICLE, hints=frozenset({"share"}))),
    ]
    votes = MarkupVotes().classify(_page(rows), PageContext())
    assert votes[3] is not None
    assert votes[3].label is Label.BODY
    assert votes[4] is not None
    assert votes[4].label is Label.BODY
    assert votes[5] is None
    assert votes[6] is None


def test_link_density_boundary_inside() -> None:
    for density, expect_vote in ((0.49, True), (0.5, False)):
        rows = [*_article(3), ("Eat every 2-3 hours", _p(20, ARTICLE, link_density=density))]
        vote = MarkupVotes().classify(_page(rows), PageContext())[3]
        assert (vote is not None) is expect_vote


def test_table_rows_inside_outvote_a_link_bar() -> None:
    row = Markup(tag="tr", in_table=True, containers=(30, 31, *ARTICLE))
    vote = MarkupVotes().classify(_page([*_article(3), ("HD | Home Depot | 225.86 | -5.44%", row)]), PageContext())[3]
    assert vote is not None
    assert vote.label is Label.BODY
    assert vote.score > 0.7  # above a numbers-only navigation vote


def test_wrapper_wide_author_hint_is_outvoted() -> None:
    author = frozenset({"author"})
    rows = [(PROSE, _p(10 + k, ARTICLE, hints=author)) for k in range(4)]
    rows.append(("Portion Fix Containers: 1 Green", _p(20, ARTICLE, hints=author)))
    vote = MarkupVotes().classify(_page(rows), PageContext())[4]
    assert vote is not None
    assert vote.label is Label.BODY
    assert vote.score >= 0.8


def _blocks(*, menu: bool, shared: bool = False, under: tuple[int, ...] = (3, 2, 1)) -> tuple[Line, ...]:
    """Blocks of one line each in ``under`` (3: a wrapper in the page's body 2): a menu (optional), four
    paragraphs, a short line. With ``shared`` the first two paragraphs share one block."""
    rows = [("Home", Markup(tag="li", hints=frozenset({"nav"}), containers=(30, 31, *under)))] if menu else []
    rows += [(PROSE, _p(10 + k, (20 + (0 if shared and k < 2 else k), *under))) for k in range(4)]
    rows.append(("Eat every 2-3 hours", _p(40, (41, *under))))
    return _page(rows)


@pytest.mark.parametrize(("menu", "under"), [(True, (3, 2, 1)), (False, (2, 1))])
def test_a_page_wrapper_over_blocks_of_one_paragraph_each_votes_nothing_inside(
    *, menu: bool, under: tuple[int, ...]
) -> None:
    # the generated pages' shape: each part in a block of its own, in the page's body or in a wrapper
    # with a <nav>; the wrapper takes the paragraphs' credit, yet it groups no two of them, so its
    # "inside" says nothing a reader of the text could not see
    lines = _blocks(menu=menu, under=under)
    box = main_container(lines)
    assert box is not None
    assert box.scattered
    assert MarkupVotes().classify(lines, PageContext())[-1] is None


@pytest.mark.parametrize(("menu", "shared"), [(False, False), (True, True)])
def test_a_wrapper_without_a_menu_or_with_two_paragraphs_in_one_block_is_a_container(
    *, menu: bool, shared: bool
) -> None:
    lines = _blocks(menu=menu, shared=shared)
    box = main_container(lines)
    assert box is not None
    assert not box.scattered
    vote = MarkupVotes().classify(lines, PageContext())[-1]
    assert vote is not None
    assert vote.label is Label.BODY


def test_sibling_blocks_of_one_paragraph_each_are_scattered() -> None:
    # a long paragraph's block and a shorter one's beside it (at least half its prose, so it joins):
    # each element of the container holds one line; one block holding two lines is a container
    short = "Officials said the old bridge over the river would reopen after a long repair."
    lines = _page([(PROSE, _p(10, (20, 3, 2, 1))), (short, _p(11, (21, 3, 2, 1)))])
    box = main_container(lines)
    assert box is not None
    assert box.ids == {20, 21}
    assert box.scattered
    lines = _page([(PROSE, _p(10, (20, 3, 2, 1))), ("Eat every 2-3 hours", _p(12, (20, 3, 2, 1))),
                   (short, _p(11, (21, 3, 2, 1)))])  # fmt: skip
    box = main_container(lines)
    assert box is not None
    assert not box.scattered


def test_prose_outside_a_confident_container_is_other() -> None:
    menu = [("Menu", Markup(tag="li", containers=(40 + k, 5, 1))) for k in range(6)]
    rows = [*_article(4), *menu, (FOOTER, _p(50, FOOT))]
    vote = MarkupVotes().classify(_page(rows), PageContext())[-1]
    assert vote is not None
    assert vote.label is Label.OTHER
    assert vote.score > body_score(_page(rows)[-1], have_stopwords=False)


def test_the_story_element_around_the_container_joins_it() -> None:
    # the article's paragraphs sit in <article> 9; a paragraph in another wrapper of the same
    # element is not doubted, its list items vote body, a list in its "summary" box does not
    menu = [("Menu", Markup(tag="li", containers=(40 + k, 5, 1))) for k in range(6)]
    story = [(PROSE, _p(10 + k, ARTICLE, story=9)) for k in range(4)]
    extra = (FOOTER, _p(30, (31, 1), story=9))
    item = ("2 cups of flour", Markup(tag="li", in_list=True, containers=(32, 33, 1), story=9))
    meta = ("by Ann Lee", Markup(tag="li", in_list=True, hints=frozenset({"summary"}), containers=(34, 35, 1), story=9))
    lines = _page([*menu, *story, extra, item, meta])
    box = main_container(lines)
    assert box is not None
    assert box.story == 9
    assert box.in_story(lines[10])
    assert not box.holds(lines[10])
    votes = MarkupVotes().classify(lines, PageContext())
    assert votes[10] is None  # no "outside the container" vote
    assert votes[11] is not None
    assert votes[11].label is Label.BODY
    assert votes[12] is None
    # the same paragraph outside the story element is doubted
    alone = _page([*menu, *story, (FOOTER, _p(30, (31, 1))), item, meta])
    vote = MarkupVotes().classify(alone, PageContext())[10]
    assert vote is not None
    assert vote.label is Label.OTHER


def test_captions_outvote_prose() -> None:
    caption = "A shopper looks at the extension cords on the shelves of a hardware store on Tuesday."
    named = Markup(tag="div", hints=frozenset({"caption"}), containers=(30, 31, 1))
    rows = [
        *_article(4),
        (caption, Markup(tag="figcaption", containers=(32, 33, 1))),
        (caption, named),
        ("Photo gallery", Markup(tag="div", hints=frozenset({"caption"}), link_density=1.0, containers=(34, 31, 1))),
    ]
    lines = _page(rows)
    votes = MarkupVotes().classify(lines, PageContext())
    for i in (4, 5):
        vote = votes[i]
        assert vote is not None
        assert vote.label is Label.CAPTION
        assert vote.score > body_score(lines[i], have_stopwords=False)
    assert votes[6] is None or votes[6].label is not Label.CAPTION  # a link named caption: a gallery link


def test_story_share_boundary() -> None:
    # the story element joins when it holds >= 80% of the container's prose lines (4 of 5), not 3 of 5
    for in_story, joins in ((4, True), (3, False)):
        rows = [(PROSE, _p(10 + k, ARTICLE, story=9 if k < in_story else 0)) for k in range(5)]
        box = main_container(_page(rows))
        assert box is not None
        assert (box.story == 9) is joins, in_story


def test_confident_share_boundary() -> None:
    # 3 article paragraphs and 2 others: 60% inside is confident; 4 and 4: 50% is not
    gap = [("Menu", Markup(tag="li", containers=(40 + k, 5, 1))) for k in range(6)]
    confident = _page([*_article(3), *gap, *_scattered(2)])
    box = main_container(confident)
    assert box is not None
    assert box.share >= 0.6
    assert MarkupVotes().classify(confident, PageContext())[-1] is not None
    even = _page([*_article(4), *gap, *_scattered(4)])
    box = main_container(even)
    assert box is not None
    assert box.share < 0.6
    assert MarkupVotes().classify(even, PageContext())[-1] is None


def test_lead_reach_boundary() -> None:
    # prose in a header element just above the body is a standfirst: left alone when the body starts
    # within lead_reach non-blank lines below it
    dek = (FOOTER, _p(50, FOOT))
    fillers = [("Menu", Markup(tag="li", containers=(40 + k, 5, 1))) for k in range(6)]
    for gap, expect_vote in ((5, False), (6, True)):
        rows = [dek, *fillers[:gap], *_article(4)]
        vote = MarkupVotes(lead_reach=6).classify(_page(rows), PageContext())[0]
        assert (vote is not None) is expect_vote, gap


def test_inline_reach_boundary() -> None:
    # a related box between paragraphs of the article is no wall when article prose follows it
    box_line = ("Related stories", _p(30, ARTICLE, hints=frozenset({"related"})))
    links = [("Another story", _p(31 + k, ARTICLE, link_density=1.0)) for k in range(4)]
    for n_links, expect_vote in ((5, True), (6, False)):
        rows = [*_article(3), box_line, *(links * 2)[:n_links], (PROSE, _p(40, ARTICLE))]
        vote = MarkupVotes(inline_reach=6).classify(_page(rows), PageContext())[3]
        if expect_vote:
            assert vote is not None
            assert vote.label is Label.OTHER
        else:
            assert vote is None


def test_confident_paragraphs_boundary() -> None:
    # a container must hold at least two prose paragraphs before prose outside it is doubted:
    # one paragraph in a wrapper of its own says little about where the article lives
    gap = [("Menu", Markup(tag="li", containers=(40 + k, 5, 1))) for k in range(6)]
    for inside, expect_vote in ((1, False), (2, True)):
        long_one = [(" ".join([PROSE] * 3), _p(10, ARTICLE))] if inside == 1 else _article(2)
        rows = [*long_one, *gap, (FOOTER, _p(50, FOOT))]
        lines = _page(rows)
        box = main_container(lines)
        assert box is not None
        assert box.paragraphs == inside
        assert box.share >= 0.6
        assert (MarkupVotes().classify(lines, PageContext())[-1] is not None) is expect_vote, inside


# ------------------------------------------------------------------ image markers in text dumps


def test_an_image_marker_between_paragraphs_is_other_not_a_wall() -> None:
    for marker in ("[harbour-photo_2019]", "[1x1-white][33622-5946]", "bridge-2.jpgbridge-2.jpg"):
        lines = split_lines(f"{PROSE}\n\n{marker}\n\n{FOOTER}")
        votes = MarkupVotes().classify(lines, PageContext())
        vote = votes[2]
        assert vote is not None, marker
        assert vote.label is Label.OTHER
        assert vote.score > 0.7  # above the "numbers and symbols" navigation vote
        assert votes[0] is None


def test_an_image_marker_among_menus_is_left_alone() -> None:
    lines = split_lines("Home\nSport\n[logo]\nPrevious Article\n[labrador]\nNext Article")
    assert all(v is None for v in MarkupVotes().classify(lines, PageContext()))


def test_bracketed_text_and_empty_form_fields_are_not_markers() -> None:
    long_alt = "[" + "word " * 20 + "]"
    for text in ("[          ]", long_alt, "[1] Officials said on Monday that the bridge would reopen."):
        lines = split_lines(f"{PROSE}\n{text}\n{PROSE}")
        assert MarkupVotes().classify(lines, PageContext())[1] is None, text


def test_an_html_paragraph_printed_twice_in_a_row_votes_like_its_text_rendering() -> None:
    # the page's text rendering shows the two <p>s as a twin, which the text path reads as one
    # paragraph; the HTML path reads them the same way, so the two paths keep the same body
    caption = "An artist's concept of the new lander on the surface of the moon."
    rows = [(PROSE, _p(10, ARTICLE)), (caption, _p(11, ARTICLE)), (caption, _p(12, ARTICLE)), (FOOTER, _p(13, ARTICLE))]
    votes = MarkupVotes().classify(_page(rows), PageContext())
    twin = votes[1]
    assert twin is not None
    assert twin.label is Label.OTHER
    assert "twice" in twin.reason
    assert all(v is not None and v.label is Label.BODY for v in (votes[0], votes[2], votes[3]))
    # the same text further apart is no twin
    apart = [(caption, _p(10, ARTICLE)), (PROSE, _p(11, ARTICLE)), (caption, _p(12, ARTICLE))]
    assert all(v is None or "twice" not in v.reason for v in MarkupVotes().classify(_page(apart), PageContext()))


def test_a_paragraph_printed_twice_in_a_row_is_a_caption() -> None:
    caption = "An artist's concept of the new lander on the surface of the moon."
    lines = split_lines(f"{PROSE}\n\n{caption}\n\n[lander-2]\n{caption}\n\n{PROSE}\nShare\nShare")
    votes = MarkupVotes().classify(lines, PageContext())
    twins = [i for i, v in enumerate(votes) if v is not None and "twice" in v.reason]
    # the first copy: the last one is kept (cleaning a body again must keep its paragraphs)
    assert [lines[i].text for i in twins] == [caption]
    assert twins[0] == 2
    assert all(votes[i].label is Label.OTHER for i in twins)  # type: ignore[union-attr]
    # the same paragraph further apart, four times in a row, or a short line repeated, is not a twin
    for text in (f"{caption}\n{PROSE}\n{caption}", f"{caption}\n{caption}\n\n{caption}\n{caption}"):
        assert all(v is None for v in MarkupVotes().classify(split_lines(text), PageContext()))
    assert votes[-1] is None
    assert votes[-2] is None


def _credit(pid: int, parent: tuple[int, ...], **kw: object) -> tuple[str, Markup]:
    return ("Shared by Jo Doe on 3 May 2019", _p(pid, parent, **kw))


def test_interior_lies_between_two_paragraphs_of_one_element() -> None:
    # paragraph, a quoted post's credit (nested in a blockquote 5 inside the article), paragraph
    rows = [*_article(2), _credit(30, (5, *ARTICLE)), *_article(2, first_id=20), (FOOTER, _p(50, FOOT))]
    assert container_interior(_page(rows)) == {2}


def test_no_interior_before_the_first_or_after_the_last_paragraph() -> None:
    # the article's own header stands above its first paragraph: never inside
    rows = [_credit(30, ARTICLE), *_article(3), _credit(31, ARTICLE)]
    assert container_interior(_page(rows)) == frozenset()


def test_interior_needs_a_confident_container() -> None:
    # 2 article paragraphs and 2 others (50%, as in test_confident_share_boundary): not confident
    gap = [("Menu", Markup(tag="li", containers=(40 + k, 5, 1))) for k in range(6)]
    rows = [*_article(1), _credit(30, ARTICLE), *_article(1, first_id=20), *gap, *_scattered(2)]
    box = main_container(_page(rows))
    assert box is not None
    assert box.share < 0.6
    assert container_interior(_page(rows)) == frozenset()
    assert container_interior(_page(rows), min_share=0.5) == {1}


def test_a_menu_between_paragraphs_parts_the_interior() -> None:
    menu = ("Home", Markup(tag="li", containers=(40, *ARTICLE), hints=frozenset({"nav"})))
    rows = [*_article(2), _credit(30, ARTICLE), menu, *_article(2, first_id=20)]
    assert container_interior(_page(rows)) == frozenset()


def test_paragraphs_of_different_elements_have_no_interior() -> None:
    # two prose runs in sibling wrappers 2 and 4 of the page: the line between them is no article's own
    other = [(PROSE, _p(20 + k, (4, 1))) for k in range(3)]
    rows = [*_article(3), _credit(30, (8, 1)), *other]
    assert container_interior(_page(rows), min_share=0.0) == frozenset()


def test_text_lines_have_no_interior() -> None:
    assert container_interior(split_lines(f"{PROSE}\nShared by Jo Doe on 3 May 2019\n{PROSE}")) == frozenset()


def _thread(n: int) -> list[tuple[str, Markup]]:
    """``n`` replies, each in its own wrapper inside a thread element 9 named as comments."""
    return [(FOOTER, _p(80 + k, (90 + k, 9, 1), hints=frozenset({"comment"}))) for k in range(n)]


def test_a_long_thread_does_not_outweigh_the_article() -> None:
    # 8 replies (80% of the prose) make "comment" a page-wide hint; 2 article paragraphs outside the
    # thread remain, so the article is the container
    lines = _page([*_article(2), *_thread(8)])
    box = main_container(lines, ignore=frozenset({"comment"}))
    assert box is not None
    assert box.holds(lines[0])
    assert not box.holds(lines[-1])


def test_a_page_of_comment_named_prose_keeps_its_container() -> None:
    # one paragraph outside the "comment" element (below MIN_OWN_PARAGRAPHS): the hint is the page's
    lines = _page([*_article(1), *_thread(8)])
    box = main_container(lines, ignore=frozenset({"comment"}))
    assert box is not None
    assert box.holds(lines[-1])


def test_a_related_box_closing_the_container_outvotes_its_prose() -> None:
    related = (FOOTER, _p(40, ARTICLE, hints=frozenset({"related"})))
    lines = _page([*_article(4), related])
    vote = MarkupVotes().classify(lines, PageContext())[-1]
    assert vote is not None
    assert vote.label is Label.PROMO
    assert vote.score > body_score(lines[-1], have_stopwords=False)
    # below trailing_min_body the box's own promo vote is left to win
    low = MarkupVotes(trailing_min_body=1.01).classify(lines, PageContext())[-1]
    assert low is None
    # "promo" also names articles in some templates (a press release): no vote
    promo = (FOOTER, _p(40, ARTICLE, hints=frozenset({"promo"})))
    assert MarkupVotes().classify(_page([*_article(4), promo]), PageContext())[-1] is None


@pytest.mark.parametrize("part", sorted(OWN_PART_HINTS))
def test_a_long_page_part_does_not_outweigh_the_article(part: str) -> None:
    side = [(FOOTER, _p(80 + k, (90 + k, 9, 1), hints=frozenset({part}))) for k in range(8)]
    lines = _page([*_article(2), *side])
    box = main_container(lines, ignore=frozenset({part}))
    assert box is not None
    assert box.holds(lines[0])
    assert not box.holds(lines[-1])


def _h2(hid: int, text: str = "Further information") -> tuple[str, Markup]:
    return (text, Markup(tag="h2", heading=2, containers=(hid, *ARTICLE)))


def test_a_heading_closing_the_container_is_not_the_articles() -> None:
    link = ("Another story", Markup(tag="p", in_link=True, link_density=1.0, containers=(41, *ARTICLE)))
    lines = _page([*_article(4), _h2(40), link])
    vote = MarkupVotes().classify(lines, PageContext())[4]
    assert vote is not None
    assert vote.label is Label.OTHER


def test_a_heading_over_container_text_or_a_sentence_heading_stays_body() -> None:
    # a section heading: text of the container follows
    votes = MarkupVotes().classify(_page([*_article(2), _h2(40), *_article(2, first_id=20)]), PageContext())
    assert votes[2] is not None
    assert votes[2].label is Label.BODY
    # a paragraph set in a heading element ends a sentence: not a heading closing the container
    sentence = _page([*_article(4), _h2(40, "The bridge will open again next week.")])
    last = MarkupVotes().classify(sentence, PageContext())[4]
    assert last is not None
    assert last.label is Label.BODY


NOTICE = "© 2022, Example Daily. This article is the property of Example Daily and may not be reprinted."


def test_a_copyright_notice_closing_the_container_outvotes_its_prose() -> None:
    lines = _page([*_article(4), (NOTICE, _p(40, ARTICLE))])
    vote = MarkupVotes().classify(lines, PageContext())[-1]
    assert vote is not None
    assert vote.label is Label.OTHER
    assert vote.score >= body_score(lines[-1], have_stopwords=False)


def test_a_copyright_notice_with_article_text_after_it_or_a_mention_stays_body() -> None:
    # article prose follows: a credit set between paragraphs, left to the other classifiers' votes
    votes = MarkupVotes().classify(_page([*_article(2), (NOTICE, _p(40, ARTICLE)), *_article(2, 20)]), PageContext())
    assert votes[2] is not None
    assert votes[2].label is Label.BODY
    # a paragraph that mentions copyright is not a notice
    mention = "The court ruled that the copyright on the song had expired many years before the recording."
    last = MarkupVotes().classify(_page([*_article(4), (mention, _p(40, ARTICLE))]), PageContext())[-1]
    assert last is not None
    assert last.label is Label.BODY


def test_words_spelt_with_mixed_scripts_are_a_disguised_ad() -> None:
    # Cyrillic а, е, о, і, ѕ inside Latin words
    ad = "Аdvеrtіѕе with the most visited news site ~ Wе оffеr fully customizable digital packages."
    votes = MarkupVotes().classify(_page([*_article(4), (ad, _p(40, ARTICLE))]), PageContext())
    assert votes[-1] is not None
    assert votes[-1].label is Label.OTHER
    # Russian prose with one Latin brand name: no word mixes scripts
    russian = "Компания Apple представила новый телефон, который поступит в продажу на следующей неделе."
    votes = MarkupVotes().classify(_page([*_article(4), (russian, _p(40, ARTICLE))]), PageContext())
    assert votes[-1] is not None
    assert votes[-1].label is Label.BODY


def test_a_heading_between_paragraphs_of_the_container_is_a_section_heading() -> None:
    lines = _page([*_article(2), _h2(40, 'Warning about "a car from abroad"'), *_article(2, first_id=20)])
    vote = MarkupVotes().classify(lines, PageContext())[2]
    assert vote is not None
    assert vote.label is Label.BODY
    assert vote.score == MarkupVotes().section_heading_score
    # a heading over a link, not a paragraph: the plain in-container vote, not the section heading's
    link = ("Another story", Markup(tag="p", in_link=True, link_density=1.0, containers=(41, *ARTICLE)))
    under_link = MarkupVotes().classify(_page([*_article(2), _h2(40, "Our team"), link, *_article(2, 20)]),
                                        PageContext())[2]
    assert under_link is None or under_link.score < MarkupVotes().section_heading_score
