"""Promo boxes set into the article: a sure promo heading and the teaser titles under it."""

from __future__ import annotations

from newsclean import Label, Vote
from newsclean.insets import (
    APPEAL_MAX_LINES,
    INSET_MAX_TEASERS,
    INSET_TEASER_REASON,
    appeal_boxes,
    author_insets,
    promo_insets,
)
from newsclean.lines import split_lines
from newsclean.pipeline import Decision, Revised

PROSE = "Officials said on Monday that the old bridge would reopen after a long repair, and shops welcomed it."
TEASER = "'We waited ten years': the town that lost its bridge and the shops that closed Monday 11 March | 18:40"
HEADING = Decision(Label.PROMO, 0.7, "promo", "promo heading 'Read also'", (("promo", Vote(Label.PROMO, 0.7, "h")),))
BODY = Decision(Label.BODY, 0.9, "body", "prose", (("body", Vote(Label.BODY, 0.9, "prose")),))
# a teaser title long enough to read as prose: the body vote wins, the promo vote loses
TITLE = Decision(
    Label.BODY,
    0.6,
    "body",
    "prose",
    (("body", Vote(Label.BODY, 0.6, "prose")), ("promo", Vote(Label.PROMO, 0.5, INSET_TEASER_REASON))),
)


def _run(texts: list[str], decisions: list[Decision]) -> list[int]:
    lines = split_lines("\n".join(texts))
    out = [Revised(x.label, x.score, x.classifier, x.reason) for x in decisions]
    return promo_insets(lines, decisions, out, 0, len(lines) - 1)


def test_teaser_under_a_sure_heading_is_the_box() -> None:
    assert _run([PROSE, "Read also...", TEASER, PROSE], [BODY, HEADING, TITLE, BODY]) == [2]


def test_no_heading_no_box() -> None:
    # the same line with its teaser vote, under article prose and no heading: position alone drops nothing
    assert _run([PROSE, PROSE, TEASER, PROSE], [BODY, BODY, TITLE, BODY]) == []


def test_weak_heading_no_box() -> None:
    weak = Decision(Label.PROMO, 0.5, "promo", "promo heading 'More'", ())
    assert _run([PROSE, "More", TEASER, PROSE], [BODY, weak, TITLE, BODY]) == []


def test_a_sentence_under_the_heading_is_the_article() -> None:
    sentence = Decision(
        Label.BODY, 0.6, "body", "prose", (("promo", Vote(Label.PROMO, 0.5, INSET_TEASER_REASON)),)
    )
    assert _run([PROSE, "Read also...", "The shops reopened.", PROSE], [BODY, HEADING, sentence, BODY]) == []


def test_at_most_a_few_teasers_and_prose_ends_the_run() -> None:
    n = INSET_MAX_TEASERS + 1
    texts = [PROSE, "Read also...", *[TEASER] * n, PROSE]
    assert _run(texts, [BODY, HEADING, *[TITLE] * n, BODY]) == list(range(2, 2 + INSET_MAX_TEASERS))
    assert _run([PROSE, "Read also...", PROSE, TEASER], [BODY, HEADING, BODY, TITLE]) == []


def _appeals(texts: list[str], labels: list[Label]) -> list[int]:
    lines = split_lines("\n".join(texts))
    out = [Revised(label, 0.8, "test", "test") for label in labels]
    return appeal_boxes(lines, out, 0, len(lines) - 1)


def test_two_appeals_in_a_run_of_short_lines_are_a_box() -> None:
    texts = [PROSE, "", "Help us!", "", "Every donation helps people in need.", "Make a donation now!", "", PROSE]
    labels = [Label.BODY, Label.BLANK, Label.BODY, Label.BLANK, Label.BODY, Label.BODY, Label.BLANK, Label.BODY]
    assert _appeals(texts, labels) == [2, 4, 5]


def test_one_appeal_is_the_story_s_own_words() -> None:
    texts = [PROSE, "Help us!", "The charity said: make a donation now!", PROSE]
    assert _appeals(texts, [Label.BODY] * 4) == []


def test_a_long_run_of_short_lines_is_a_list() -> None:
    texts = [PROSE, "Make a donation now!", *["One short item."] * APPEAL_MAX_LINES, "Make a donation now!", PROSE]
    assert _appeals(texts, [Label.BODY] * len(texts)) == []


def test_chrome_and_prose_bound_the_run() -> None:
    # a share bar (navigation) and a paragraph part the two appeals: no run holds both
    long = f"{PROSE} {PROSE}"
    texts = [PROSE, "Make a donation now!", "Facebook", "Make a donation now!", long, "Make a donation now!"]
    labels = [Label.BODY, Label.BODY, Label.NAVIGATION, Label.BODY, Label.BODY, Label.BODY]
    assert _appeals(texts, labels) == []


def test_author_box_set_into_the_story() -> None:
    bio = "Jane Doe edits the politics desk. She studied history in Leeds and Berlin."
    long = f"{PROSE} {PROSE} {PROSE}"
    texts = [PROSE, "", "About the author", "", bio, "", "Write to Jane Doe:", "", long]
    lines = split_lines("\n".join(texts))
    assert author_insets(lines, 0, len(lines) - 1) == [2, 4, 6]


def test_author_words_in_the_story_are_no_box() -> None:
    # no heading of its own: a sentence naming the author, and a heading with nothing under it
    texts = [PROSE, "More about the author of the report follows below.", f"{PROSE} {PROSE} {PROSE}"]
    lines = split_lines("\n".join(texts))
    assert author_insets(lines, 0, len(lines) - 1) == []
    lines = split_lines(f"{PROSE}\nAbout the author")
    assert author_insets(lines, 0, 1) == []


def test_a_title_printed_twice_under_a_sure_heading_is_the_box() -> None:
    # title case and printed twice: the headline vote wins, the promo vote is the repeat's, not the teaser's
    twice = Decision(
        Label.HEADLINE,
        0.6,
        "headline",
        "title-shaped",
        (
            ("headline", Vote(Label.HEADLINE, 0.6, "title-shaped, printed 2 times")),
            ("promo", Vote(Label.PROMO, 0.4, "headline-like line printed 2 times")),
        ),
    )
    title = "Inside the Town Hall, Doubts About the Bridge Are Beginning to Creep In"
    assert _run([PROSE, "Related", title, PROSE], [BODY, HEADING, twice, BODY]) == [2]
    # the same headline-like line with no promo vote is the story's subheading
    sub = Decision(Label.HEADLINE, 0.6, "headline", "t", (("headline", Vote(Label.HEADLINE, 0.6, "t")),))
    assert _run([PROSE, "Related", title, PROSE], [BODY, HEADING, sub, BODY]) == []


def test_a_membership_box_after_the_story_s_bulleted_list() -> None:
    # the story's bullets part the run (it would be too long to be a box); the subheading under the box stays
    items = ["* You will feel tired some days.", "* You will grow fast.", "* It will pass."]
    box = ["Become a member of", "our club and get offers!", "Register now"]
    texts = [PROSE, *items, *box, "Care in the teens", PROSE]
    assert _appeals(texts, [Label.BODY] * len(texts)) == [4, 5, 6]


def test_a_newsletter_box_set_into_the_story() -> None:
    # its blurb ("your inbox") and its button ("Sign Up") are the box's two marks
    blurb = "Let our news meet your inbox. The stories that matter, delivered weekday mornings."
    texts = [PROSE, blurb, "Sign Up", PROSE]
    assert _appeals(texts, [Label.BODY, Label.BODY, Label.PROMO, Label.BODY]) == [1, 2]
    # a one-word call with no blurb is no box
    assert _appeals([PROSE, "Sign Up", PROSE], [Label.BODY, Label.PROMO, Label.BODY]) == []


def _links(texts: list[str], labels: list[Label] | None = None) -> list[int]:
    from newsclean.insets import link_lists

    lines = split_lines("\n".join(texts))
    labs = labels or [Label.BODY] * len(lines)
    out = [Revised(lab, 0.5, "t", "t") for lab in labs]
    return link_lists(lines, out, 0, len(lines) - 1)


LINKS = [
    "* Moon Rush: Private Lunar Lander Plans for the Decade",
    "* Here Is Where the New Landers Will Touch Down First",
    "* The Space Station Is Open for Business in Orbit",
]


def test_bulleted_headlines_set_into_the_story_are_links() -> None:
    assert _links([PROSE, *LINKS, PROSE]) == [1, 2, 3]


def test_a_bare_more_heading_over_bullets_makes_them_links() -> None:
    items = ["* Afghan woman politician sees talks as only hope", "* China invites officials for talks"]
    assert _links([PROSE, "More:", *items, PROSE]) == [2, 3]
    # the same bullets with no heading, in sentence case: the story's own list
    assert _links([PROSE, *items, PROSE]) == []


def test_the_story_s_own_lists_are_no_links() -> None:
    # sentences, short items, or a long list
    sentences = ["* The bridge opens in May.", "* Tolls rise in June.", "* Ferries stop in July."]
    assert _links([PROSE, *sentences, PROSE]) == []
    assert _links([PROSE, "* Apple iPhone Pro", "* Google Pixel Four", "* Samsung Galaxy Note", PROSE]) == []
    long = [f"* Chapter {n}: The Bridge Keeper and His Long Walk Home" for n in range(6)]
    assert _links([PROSE, *long, PROSE]) == []
