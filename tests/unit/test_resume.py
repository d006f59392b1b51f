"""Resumed prose: the article goes on under a short box set into it, and only then."""

from __future__ import annotations

import newsclean
from newsclean import Label, Vote
from newsclean.classifiers.navigation import MENU_WORD_REASON, SECTION_RUN_REASON
from newsclean.html import html_to_page
from newsclean.lines import build_lines, split_lines
from newsclean.pipeline import Decision, Revised
from newsclean.resume import RESUME_GAP, RESUME_MIN_SCORE, RESUME_MIN_WORDS, held, resumed_end

PROSE = "Officials said on Monday that the old bridge would reopen after a long repair, and shops welcomed it."
MORE = "Engineers said the work had cost far more than planned and that the road would stay closed for weeks."


def d(label: Label, score: float, reason: str = "test") -> Decision:
    """A decision whose only vote is its own."""
    return Decision(label, score, "test", reason, (("test", Vote(label, score, reason)),))


BLANK = Decision(Label.BLANK, 1.0, "pipeline", "empty line", ())


def run(texts: list[str], decisions: list[Decision]) -> int:
    """resumed_end over the given lines, the first one being the article's only line so far."""
    lines = split_lines("\n".join(texts))
    out = [Revised(x.label, x.score, x.classifier, x.reason) for x in decisions]
    return resumed_end(lines, decisions, out, 0, 0)


def box(n: int) -> tuple[list[str], list[Decision]]:
    """A box of ``n`` short table rows that vote nothing."""
    return [f"Row {i} 42" for i in range(n)], [d(Label.OTHER, 0.0) for _ in range(n)]


def test_prose_under_a_short_box_goes_on_with_the_article() -> None:
    rows, votes = box(2)
    texts = [PROSE, "", *rows, "", MORE]
    decisions = [d(Label.BODY, 1.0), BLANK, *votes, BLANK, d(Label.BODY, 1.0)]
    assert run(texts, decisions) == len(texts) - 1


def test_the_box_may_be_resume_gap_lines_long_and_no_longer() -> None:
    for n, resumes in ((RESUME_GAP, True), (RESUME_GAP + 1, False)):
        rows, votes = box(n)
        texts = [PROSE, *rows, MORE]
        decisions = [d(Label.BODY, 1.0), *votes, d(Label.BODY, 1.0)]
        assert (run(texts, decisions) == len(texts) - 1) is resumes


def test_the_paragraph_under_the_box_must_be_sure_prose() -> None:
    rows, votes = box(2)
    for score, resumes in ((RESUME_MIN_SCORE, True), (RESUME_MIN_SCORE - 0.01, False)):
        decisions = [d(Label.BODY, 1.0), *votes, d(Label.BODY, score)]
        assert (run([PROSE, *rows, MORE], decisions) == 3) is resumes


def test_the_paragraph_under_the_box_must_be_a_sentence_of_min_words() -> None:
    rows, votes = box(2)
    words = MORE.rstrip(".").split()
    for n, resumes in ((RESUME_MIN_WORDS, True), (RESUME_MIN_WORDS - 1, False)):
        sentence = " ".join(words[:n]) + "."
        decisions = [d(Label.BODY, 1.0), *votes, d(Label.BODY, 1.0)]
        assert (run([PROSE, *rows, sentence], decisions) == 3) is resumes


def test_a_teaser_cut_off_with_an_ellipsis_does_not_resume_the_article() -> None:
    rows, votes = box(2)
    decisions = [d(Label.BODY, 1.0), *votes, d(Label.BODY, 1.0)]
    assert run([PROSE, *rows, MORE.rstrip(".") + " and..."], decisions) == 0


def test_a_line_that_ends_a_story_stops_the_article_at_the_box() -> None:
    enders = [
        d(Label.COMMENT, 0.7, "comment heading"),
        d(Label.PROMO, 0.7, "promo heading 'Related'"),
        d(Label.PROMO, 0.6, "call to action"),
        d(Label.NAVIGATION, 0.75, "legal/footer phrase"),
        d(Label.NAVIGATION, 0.65, MENU_WORD_REASON),
        # a run of section names ("Sport", "Regional News") is the site's menu, never a box in a story
        d(Label.NAVIGATION, 0.65, SECTION_RUN_REASON),
        d(Label.BYLINE, 0.8, "byline shape"),
        d(Label.DATELINE, 0.7, "date"),
    ]
    for ender in enders:
        decisions = [d(Label.BODY, 1.0), d(Label.OTHER, 0.0), ender, d(Label.BODY, 1.0)]
        assert run([PROSE, "Row 1 42", "Something", MORE], decisions) == 0, ender.reason
    # a price or a bare URL is a product or video box's own line, and a table row may read as a
    # weak byline ("Ø Abstand - 0,176"): the story goes on under them
    inside_box = (
        d(Label.NAVIGATION, 0.7, "no words: numbers and symbols"),
        d(Label.PROMO, 0.5, "teaser"),
        d(Label.BYLINE, 0.79, "byline shape"),
    )
    for inside in inside_box:
        decisions = [d(Label.BODY, 1.0), d(Label.OTHER, 0.0), inside, d(Label.BODY, 1.0)]
        assert run([PROSE, "Row 1 42", "Something", MORE], decisions) == 3, inside.reason


def test_a_paragraph_printed_twice_is_a_teaser_not_the_story() -> None:
    decisions = [d(Label.BODY, 1.0), d(Label.OTHER, 0.0), d(Label.BODY, 1.0), d(Label.BODY, 1.0)]
    assert run([PROSE, "Row 1 42", MORE, MORE], decisions) == 0


def test_a_paragraph_right_under_a_list_that_closed_the_region_goes_on_with_the_article() -> None:
    decisions = [d(Label.BODY, 1.0), BLANK, d(Label.BODY, 1.0)]
    assert run([PROSE, "", MORE], decisions) == 2


def test_the_story_resumes_again_under_a_second_box() -> None:
    last = "The mayor said the city would ask the state to share the cost of the repair when the budget is set."
    texts = [PROSE, "Row 1 42", MORE, "Row 2 42", last]
    decisions = [d(Label.BODY, 1.0), d(Label.OTHER, 0.0), d(Label.BODY, 1.0), d(Label.OTHER, 0.0), d(Label.BODY, 1.0)]
    assert run(texts, decisions) == 4


def _html_run(page: str, decisions: list[Decision]) -> int:
    """resumed_end over an HTML page's lines, the first one being the article's only line so far."""
    blocks = html_to_page(page).blocks
    lines = build_lines([(b.text, i, i + 1) for i, b in enumerate(blocks)], markups=[b.markup for b in blocks])
    out = [Revised(x.label, x.score, x.classifier, x.reason) for x in decisions]
    return resumed_end(lines, decisions, out, 0, 0)


_BOX_VOTES = [d(Label.BODY, 1.0), d(Label.OTHER, 0.0), d(Label.OTHER, 0.0), d(Label.BODY, 1.0)]


def test_html_input_is_left_to_its_article_element() -> None:
    page = (
        f"<body><article><p>{PROSE}</p><div>Row 1 42</div><div>Row 2 42</div><p>{MORE}</p></article>"
        "<footer><p>Contact us</p></footer></body>"
    )
    assert _html_run(page, [*_BOX_VOTES, d(Label.NAVIGATION, 1.0)]) == 0


def test_html_whose_wrapper_holds_one_block_each_is_read_as_a_dump() -> None:
    # the page's body over blocks of one paragraph each tells the box from the story no better than the text
    page = "".join(f"<div><p>{t}</p></div>" for t in (PROSE, "Row 1 42", "Row 2 42", MORE))
    assert _html_run(page, _BOX_VOTES) == 3


RELATED = d(Label.PROMO, 0.7, "promo heading 'Related'")
TEASER = d(Label.PROMO, 0.5, "teaser under a promo heading")
TITLES = ["Bridges across the region face long repairs", "Ferry adds two evening crossings"]


def _related_box(titles: list[str], *, glued: bool = False) -> tuple[list[str], list[Decision]]:
    """The article's paragraph, a "Related" heading over teaser titles, then a sure paragraph."""
    texts = [PROSE, "", "Related", "", *titles, *([] if glued else [""]), MORE]
    decisions = [d(Label.BODY, 1.0), BLANK, RELATED, BLANK, *[TEASER] * len(titles),
                 *([] if glued else [BLANK]), d(Label.BODY, 1.0)]
    return texts, decisions


def test_the_story_resumes_under_a_box_of_related_links_set_into_it() -> None:
    texts, decisions = _related_box(TITLES)
    assert run(texts, decisions) == len(texts) - 1


def test_a_summary_glued_to_its_teaser_title_is_the_boxs_own() -> None:
    texts, decisions = _related_box(TITLES, glued=True)
    assert run(texts, decisions) == 0


def test_a_related_box_with_anything_but_teasers_or_too_many_stops_the_article() -> None:
    texts, decisions = _related_box(TITLES)
    decisions[4] = d(Label.OTHER, 0.0)
    assert run(texts, decisions) == 0
    many = [f"Teaser title number {i}" for i in range(8)]
    texts, decisions = _related_box(many)
    assert run(texts, decisions) == 0


def test_held_reads_an_article_element_and_not_a_wrapper_over_one_paragraph_blocks() -> None:
    para = "Officials said on Monday that the old bridge over the river would reopen next week after a repair {}."
    story = "".join(f"<p>{para.format(n)}</p>" for n in range(4))
    held_page = newsclean.clean(f"<html><body><nav><a href='/'>Home</a></nav><article>{story}</article></body></html>")
    assert held([ll.line for ll in held_page.lines])
    # each paragraph in a block of its own under the page's body: the markup holds no article
    boxes = "".join(f"<div class='box{n}'><p>{para.format(n)}</p></div>" for n in range(4))
    scattered = newsclean.clean(f"<html><body><nav><a href='/'>Home</a></nav>{boxes}</body></html>")
    assert not held([ll.line for ll in scattered.lines])
