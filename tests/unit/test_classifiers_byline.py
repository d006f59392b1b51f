"""Byline: min_score and max_words boundaries, HTML author evidence."""

from __future__ import annotations

from newsclean import Label, PageContext
from newsclean.classifiers.byline import Byline
from newsclean.lines import Markup, build_lines, split_lines
from newsclean.metadata.authors import byline_score

CTX = PageContext()


def test_min_score_boundary() -> None:
    (line,) = split_lines("Jane Doe")
    score = byline_score(line.text)
    assert 0 < score < 1
    vote = Byline(min_score=score).classify([line], CTX)[0]
    assert vote is not None
    assert vote.label is Label.BYLINE
    assert Byline(min_score=score + 0.01).classify([line], CTX)[0] is None


def test_marked_byline_votes_by_default() -> None:
    vote = Byline().classify(split_lines("By Jane Doe"), CTX)[0]
    assert vote is not None
    assert vote.score >= 0.8


def test_max_words_boundary() -> None:
    (line,) = split_lines("By Jane Doe")
    assert line.words == 3
    assert Byline(max_words=3).classify([line], CTX)[0] is not None
    assert Byline(max_words=2).classify([line], CTX)[0] is None


def test_author_markup_lifts_a_weak_line() -> None:
    plain, marked = build_lines([("Jane Doe", 0, 1)] * 2, markups=[None, Markup(tag="span", rel_author=True)])
    votes = Byline().classify([plain, marked], CTX)
    assert votes[1] is not None
    assert votes[1].reason.startswith("html: author markup")
    assert votes[0] is None or votes[0].score < votes[1].score


def test_prose_and_blank_lines_get_no_vote() -> None:
    votes = Byline().classify(split_lines("The council met on Monday to discuss the budget.\n"), CTX)
    assert votes == [None]


def test_author_wrapper_hint_lifts_short_lines_only() -> None:
    wrapper = Markup(tag="div", hints=frozenset({"author"}))
    short = "Jane Doe"
    long = "The council met on Monday to discuss the budget and agreed to fund new buses for the town."
    body = [(long, i, i + 1) for i in range(2, 5)]
    lines = build_lines([(short, 0, 1), (long, 1, 2), *body], markups=[wrapper, wrapper] + [Markup(tag="p")] * 3)
    votes = Byline().classify(lines, CTX)
    assert votes[0] is not None
    assert votes[0].reason.startswith("html: author markup")
    assert votes[1] is None


def test_author_hint_on_most_prose_is_a_page_wrapper() -> None:
    wrapper = Markup(tag="div", hints=frozenset({"author"}))
    prose = "The council met on Monday to discuss the budget and agreed to fund new buses."
    lines = build_lines([("Jane Doe", 0, 1)] + [(prose, i, i + 1) for i in range(1, 4)], markups=[wrapper] * 4)
    vote = Byline().classify(lines, CTX)[0]
    assert vote is None or not vote.reason.startswith("html: author markup")


def test_bare_name_with_a_function_word_gets_no_vote() -> None:
    ctx = PageContext(language="de")
    heading, name = split_lines("Zur Erinnerung\nAnna Schmidt")
    assert Byline().classify([heading], ctx)[0] is None  # "zur" is a German function word
    assert Byline().classify([name], ctx)[0] is not None
    assert Byline().classify([heading], CTX)[0] is not None  # no language, no function words: a bare name


def test_function_words_do_not_veto_a_marked_byline() -> None:
    (line,) = split_lines("Von Anna Zur Schmidt")
    vote = Byline().classify([line], PageContext(language="de"))[0]
    assert vote is not None
    assert vote.score >= 0.8


def test_bare_name_beside_a_date_is_a_supported_byline() -> None:
    lines = split_lines("Anna Schmidt\n12. März 2021\n\nSome Heading\n\nAnna Roe")
    votes = Byline().classify(lines, PageContext(language="de"))
    assert votes[0] is not None
    assert votes[0].score == 0.7  # beside a date: as sure as "Anna Schmidt, 12. März 2021"
    lone = votes[5]
    assert lone is not None
    assert lone.score == 0.4  # alone: a caption, a menu item or an author box as often


def test_title_case_line_over_another_names_byline_is_no_name() -> None:
    # a dump's story header: the <h1> printed over its byline strip, a date line or none between
    header = split_lines("Council Approves Budget Plan\n\nBy Jane Doe, Reuters")
    assert Byline().classify(header, PageContext(language="en"))[0] is None
    dated = split_lines("Council Approves Budget Plan\n12 March 2021\nBy Jane Doe")
    assert Byline().classify(dated, PageContext(language="en"))[0] is None
    # alone, the same line may still be a name
    alone = Byline().classify(split_lines("Council Approves Budget Plan"), PageContext(language="en"))[0]
    assert alone is not None
    assert alone.score == 0.4


def test_caption_name_and_author_box_over_a_byline_keep_their_vote() -> None:
    # two words over the byline: the photo's caption names the person shown
    caption = Byline().classify(split_lines("Felipe Berríos\n\nPor Rodrigo Mejías"), PageContext(language="es"))
    assert caption[0] is not None
    # the byline under it names the same person: an author box
    box = Byline().classify(split_lines("Jane Anne Doe\nBy Jane Anne Doe"), PageContext(language="en"))
    assert box[0] is not None
    # a weak line under it (no marker) is no byline strip
    weak = Byline().classify(split_lines("Council Approves Budget Plan\nJane Doe"), PageContext(language="en"))
    assert weak[0] is not None
