"""Body: prose scoring and its thresholds."""

from __future__ import annotations

import dataclasses

import pytest

from newsclean import Label, PageContext
from newsclean.classifiers.body import PARAGRAPH_BONUS, Body, body_score
from newsclean.lines import Markup, build_lines, split_lines

CTX = PageContext()
TEN = "one two three four five six seven eight nine ten."


def test_length_credit_is_full_at_full_words() -> None:
    (line,) = split_lines(TEN)
    at_full = body_score(line, have_stopwords=False, full_words=10)
    below_full = body_score(line, have_stopwords=False, full_words=11)
    above_full = body_score(line, have_stopwords=False, full_words=9)
    assert at_full == pytest.approx(0.45 + 0.3 + 0.12 + PARAGRAPH_BONUS)  # a lone sentence is a block of its own
    assert below_full < at_full
    assert above_full == at_full  # the credit is capped at full_words


def test_min_score_boundary() -> None:
    (line,) = split_lines(TEN)
    score = body_score(line, have_stopwords=False)
    assert Body(min_score=score).classify([line], CTX)[0] is not None
    assert Body(min_score=score + 0.001).classify([line], CTX)[0] is None


def test_stopword_target_boundary() -> None:
    (line,) = split_lines("the cat and the dog ran to a park.", stopwords={"the", "and", "to", "a"})
    ratio = line.stopword_ratio
    assert ratio == pytest.approx(5 / 9)
    full = body_score(line, have_stopwords=True, stopword_target=ratio)
    partial = body_score(line, have_stopwords=True, stopword_target=ratio * 2)
    assert full - partial == pytest.approx(0.125)


def test_prose_beats_menu_and_one_word_scores_zero() -> None:
    prose, menu, word = split_lines("They said the plan, agreed last week, would cut costs.\nLatest News\nHome")
    assert body_score(prose, have_stopwords=False) > 0.5 > body_score(menu, have_stopwords=False)
    assert body_score(word, have_stopwords=False) == 0.0


def test_a_line_without_a_letter_scores_zero() -> None:
    # a calendar's row of days or a price list's figures is never prose on its own merits
    days, prices, sentence = split_lines(
        "05 06 07 08 09 10 11 02 03 04 05 06 07 08 07 08 09 10\n"
        "12.345,67 -- (89) / 2024-11-07 !!! ??? 42.\n"
        "On 05.06.2024 the 12 members met at 10:30, 2 days late."
    )
    assert body_score(days, have_stopwords=False) == 0.0
    assert body_score(prices, have_stopwords=False) == 0.0
    assert body_score(sentence, have_stopwords=False) > 0.4  # digits weigh on a sentence, but it has letters


def test_blank_lines_get_no_vote_and_votes_are_body() -> None:
    votes = Body().classify(split_lines(TEN + "\n\n" + TEN), CTX)
    assert votes[1] is None
    assert votes[0] is not None
    assert votes[0].label is Label.BODY
    assert votes[0].reason.startswith("prose score")


def test_markup_heading_and_links_lower_the_score() -> None:
    rows = [(TEN, 0, 1)] * 3
    marks = [Markup(tag="p", in_article=True), Markup(tag="h2", heading=2), Markup(tag="p", link_density=1.0)]
    para, heading, links = build_lines(rows, markups=marks)
    assert body_score(para, have_stopwords=False) > body_score(heading, have_stopwords=False)
    assert body_score(para, have_stopwords=False) > body_score(links, have_stopwords=False)


def test_is_frozen_with_unchanged_params() -> None:
    body = Body(full_words=12)
    assert body.full_words == 12
    with pytest.raises(dataclasses.FrozenInstanceError):
        body.full_words = 3  # type: ignore[misc]


def test_a_sentence_printed_as_a_block_of_its_own_scores_like_a_paragraph_element() -> None:
    # a dump prints a <p> between blank lines: that sentence gets the <p>'s bonus, a line run on
    # from the next one (a list, a wrapped paragraph's line) and a bulleted item do not
    sentence = "The city council said on Monday that the new bridge would open."
    alone = split_lines(f"Home\n\n{sentence}\n\nMore")[2]
    run_on = split_lines(f"Home\n\n{sentence}\nMore")[2]
    bulleted = split_lines(f"Home\n\n* {sentence}\n\nMore")[2]
    (p,) = build_lines([(sentence, 0, 1)], markups=[Markup(tag="p")])
    score = {name: body_score(line, have_stopwords=False) for name, line in
             (("alone", alone), ("run_on", run_on), ("bulleted", bulleted), ("p", p))}
    assert score["alone"] == pytest.approx(score["run_on"] + PARAGRAPH_BONUS)
    assert score["alone"] == pytest.approx(score["p"])
    assert score["bulleted"] < score["alone"]


def test_a_score_that_sums_to_a_threshold_meets_it() -> None:
    # 0.15 for ten words, 0.3 for the full stop, 0.12 without a stop-word list, 0.08 for the block:
    # 0.65 exactly, where the float sum alone lands a hair under (0.6499...) and misses a 0.65 threshold
    line = split_lines("Home\n\nThe city council said the new bridge would open soon.\n\nMore")[2]
    assert line.words == 10
    assert body_score(line, have_stopwords=False) == 0.65  # exactly, not approximately


def test_a_block_that_ends_in_a_colon_scores_like_a_paragraph_element() -> None:
    # "... the minister said:" before a quote is a paragraph of its own; its <p> gets the bonus,
    # so its text rendering between blank lines does too (a page's HTML and text then agree)
    sentence = "The city council said on Monday that the new bridge would open as follows:"
    alone = split_lines(f"Home\n\n{sentence}\n\nMore")[2]
    run_on = split_lines(f"Home\n\n{sentence}\nMore")[2]
    (p,) = build_lines([(sentence, 0, 1)], markups=[Markup(tag="p")])
    score = {name: body_score(line, have_stopwords=False) for name, line in
             (("alone", alone), ("run_on", run_on), ("p", p))}
    assert score["alone"] == pytest.approx(score["run_on"] + PARAGRAPH_BONUS)
    assert score["alone"] == pytest.approx(score["p"])


def test_a_colon_before_a_bidi_isolate_still_ends_the_block() -> None:
    # a dump prints a bidi isolate after right-to-left prose: "...:\u2069" ends in its colon, as "...:" does
    sentence = "\u200fהעירייה הודיעה כי הגשר החדש ייפתח באביב אחרי שנים של שיפוצים בתנועה:"
    plain = split_lines(f"Home\n\n{sentence}\n\nMore")[2]
    isolated = split_lines(f"Home\n\n{sentence}\u2069\n\nMore")[2]
    run_on = split_lines(f"Home\n\n{sentence}\u2069\nMore")[2]
    (p,) = build_lines([(sentence + "\u2069", 0, 1)], markups=[Markup(tag="p")])
    score = {name: body_score(line, have_stopwords=False) for name, line in
             (("plain", plain), ("isolated", isolated), ("run_on", run_on), ("p", p))}
    assert score["isolated"] == pytest.approx(score["plain"])
    assert score["isolated"] == pytest.approx(score["run_on"] + PARAGRAPH_BONUS)
    assert score["isolated"] == pytest.approx(score["p"])


def test_article_bonus_only_when_one_article_element_holds_prose() -> None:
    # a list of teaser cards puts each summary in an <article> of its own: being in one says
    # little then, so the bonus goes only to a page whose prose sits in a single story element
    text = "Officials said on Monday that the old bridge would reopen after a long repair, shops said."
    rows = [(text, 0, 1), (text + " Again.", 1, 2)]
    first, second = Markup(tag="p", in_article=True, story=1), Markup(tag="p", in_article=True, story=2)
    single = Body().classify(build_lines(rows, markups=[first, first]), CTX)[0]
    several = Body().classify(build_lines(rows, markups=[first, second]), CTX)[0]
    assert single is not None
    assert several is not None
    assert single.score == pytest.approx(several.score + 0.08)


def test_article_bonus_only_when_the_story_element_holds_most_of_the_prose() -> None:
    # an <article> around one paragraph while the page's other paragraphs sit outside it is a box
    # set apart (a quote, a teaser), not the story: its paragraph gets no bonus over the others
    text = "Officials said on Monday that the old bridge would reopen after a long repair, shops said."
    rows = [(text, 0, 1), (text + " Again.", 1, 2), (text + " Once more.", 2, 3)]
    story, outside = Markup(tag="p", in_article=True, story=1), Markup(tag="p")
    most = Body().classify(build_lines(rows, markups=[story, story, outside]), CTX)[0]
    least = Body().classify(build_lines(rows, markups=[story, outside, outside]), CTX)[0]
    assert most is not None
    assert least is not None
    assert most.score == pytest.approx(least.score + 0.08)


def test_article_bonus_only_when_the_story_element_holds_a_paragraph() -> None:
    # an <article> that holds scraps alone (a six-word line, no paragraph of ARTICLE_PARAGRAPH_WORDS) says
    # nothing of a story: its line scores as the text rendering scores it, with no bonus over it
    scrap = "The bridge opens on Monday."
    para = "Officials said on Monday that the old bridge would reopen after a long repair, shops said."
    story = Markup(tag="p", in_article=True, story=1)
    alone = Body().classify(build_lines([(scrap, 0, 1)], markups=[story]), CTX)[0]
    plain = Body().classify(build_lines([(scrap, 0, 1)], markups=[Markup(tag="p")]), CTX)[0]
    with_para = Body().classify(build_lines([(scrap, 0, 1), (para, 1, 2)], markups=[story, story]), CTX)[0]
    assert alone is not None
    assert plain is not None
    assert with_para is not None
    assert alone.score == pytest.approx(plain.score)
    assert with_para.score == pytest.approx(plain.score + 0.08)
