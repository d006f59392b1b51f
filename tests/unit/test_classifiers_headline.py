"""Headline: min_words/max_words, punctuation, repeats, slug and HTML evidence."""

from __future__ import annotations

from newsclean import Label, PageContext
from newsclean.classifiers.headline import Headline, slug_overlap
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
    assert at.score - above.score > 0.3


def test_slug_overlap_needs_both_directions() -> None:
    assert slug_overlap("Auto News", frozenset({"lexus", "wants", "auto", "news", "topless"})) == 0.4
    assert slug_overlap("Anything", frozenset()) == 0.0
