"""Region rules: where a list of other stories under a promo heading ends the article span."""

from __future__ import annotations

from newsclean import Label, Vote
from newsclean.lines import split_lines
from newsclean.pipeline import Decision
from newsclean.regions import STORY_MIN_WORDS, other_stories_cut

PROSE = "Officials said on Monday that the old bridge would reopen after a long repair, and shops welcomed it."
HEADING = "You may also like"
BAR = "Facebook Twitter WhatsApp Email"


def d(label: Label, score: float, reason: str = "test") -> Decision:
    """A decision whose only vote is its own."""
    return Decision(label, score, "test", reason, (("test", Vote(label, score, reason)),))


BODY = d(Label.BODY, 0.9)
HEAD = d(Label.PROMO, 0.7, f"promo heading '{HEADING}'")
SHARE = d(Label.PROMO, 0.7, "share bar")


def page(*rows: tuple[str, Decision]) -> tuple[list, list[Decision]]:
    """Lines and decisions of a page made of (text, decision) rows."""
    return split_lines("\n".join(text for text, _ in rows)), [dec for _, dec in rows]


def test_cards_under_a_promo_heading_end_the_span() -> None:
    story = " ".join([PROSE] * 3)  # over STORY_MIN_WORDS words
    lines, ds = page((story, BODY), (HEADING, HEAD), (BAR, SHARE), (PROSE, BODY), (BAR, SHARE), (PROSE, BODY))
    assert other_stories_cut(lines, ds, 0, 5) == 0


def test_story_going_on_under_a_related_box_keeps_the_span() -> None:
    story = " ".join([PROSE] * 3)
    title = d(Label.PROMO, 0.5, "teaser under a promo heading")
    lines, ds = page((story, BODY), (HEADING, HEAD), ("Another title", title), (PROSE, BODY), (PROSE, BODY))
    assert other_stories_cut(lines, ds, 0, 4) == 4


def test_a_short_lead_is_no_story_of_its_own() -> None:
    lines, ds = page((PROSE, BODY), (HEADING, HEAD), (BAR, SHARE), (PROSE, BODY), (BAR, SHARE), (PROSE, BODY))
    assert lines[0].words < STORY_MIN_WORDS
    assert other_stories_cut(lines, ds, 0, 5) == 5


def test_an_ad_marker_is_no_box_heading() -> None:
    story = " ".join([PROSE] * 3)
    ad = d(Label.PROMO, 0.7, "promo heading 'Advertisement'")
    # the story's next paragraph follows the marker right away
    lines, ds = page((story, BODY), ("Advertisement", ad), (PROSE, BODY), (BAR, SHARE), (PROSE, BODY))
    assert other_stories_cut(lines, ds, 0, 4) == 4
    # a marker said again further on is an ad slot, whatever follows it
    lines, ds = page((story, BODY), ("Advertisement", ad), (BAR, SHARE), (PROSE, BODY), ("Advertisement", ad))
    assert other_stories_cut(lines, ds, 0, 4) == 4


def test_only_a_sure_heading_outside_the_article_cuts() -> None:
    story = " ".join([PROSE] * 3)
    weak = d(Label.PROMO, 0.4, f"promo heading '{HEADING}'")
    lines, ds = page((story, BODY), (HEADING, weak), (BAR, SHARE), (PROSE, BODY), (BAR, SHARE), (PROSE, BODY))
    assert other_stories_cut(lines, ds, 0, 5) == 5
