"""Articles whose text is partly a list: a post under a byline row with a comment link, a list of points closing it."""

from __future__ import annotations

import newsclean
from newsclean import CleanConfig, Label, Vote
from newsclean.context import byline_row_link, revise
from newsclean.lines import split_lines
from newsclean.pipeline import Decision

MENU = ["* Home", "* Blog", "* Games", "* Shop", "* About", "* Contact"]
INTRO = "The autumn update of our board game app brings a handful of changes for every player."
POINTS = [
    "* New tasks for the game",
    "* More questions for your partner",
    "* Weekly challenges coming soon",
    "* Better support for older phones",
]
STORY = [
    "Who is the game for?",
    "",
    "It is for friends who have played together for years and want to try something new on a long evening.",
    "",
    "It is also for new teams who want to learn each other's habits quickly, before the first real match.",
    "",
    "Or simply for a fun night with a few people you like.",
]
FEATURES = [
    "* Hundreds of short tasks that make every round of the game different from the last",
    "* Dozens of tricky questions that help the players know each other a little better",
    "* A wide choice of settings for tuning the game to the group and the evening",
    "* Challenges to meet within a week, long after the evening itself is over",
]
FOOTER = ["Share this:", "* Facebook", "* Twitter", "* Email", "", "Leave a Reply", "",
          "You must be logged in to post a comment.", "", "Copyright 2018 Example Games. All rights reserved."]


def d(label: Label, score: float, reason: str) -> Decision:
    """A decision whose only vote is its own."""
    return Decision(label, score, "test", reason, (("test", Vote(label, score, reason)),))


BLANK = Decision(Label.BLANK, 1.0, "pipeline", "empty line")


def post(*, with_features: bool = True, link: bool = True) -> str:
    """A made-up blog post: menu, title, a byline row (ending in a comment link), the post, the footer."""
    row = ["* October 5, 2018", "* Posted by Jane Doe", *(["* Leave a comment"] if link else [])]
    header = ["Autumn update of the party game", "", *row, ""]
    features = ["", "Features:", "", *FEATURES] if with_features else []
    body = [INTRO, "", *POINTS, "", *STORY, *features, ""]
    return "\n".join(["", *MENU, "", *header, *body, *FOOTER, ""])


def test_a_comment_link_in_the_byline_row_opens_no_thread() -> None:
    body = newsclean.clean(post()).body
    assert INTRO in body
    assert all(point.removeprefix("* ") in body for point in POINTS)


def test_a_list_of_sentences_under_an_intro_closes_the_article() -> None:
    # the intro reads weakly as a teaser (a title printed several times on the page), the items as weak prose
    prose = "Officials said on Monday that the old bridge would reopen after a long repair, and shops welcomed it."
    items = [item.removeprefix("* ") for item in FEATURES]
    lines = split_lines("\n".join([prose, prose, "", "The game offers:", "", *items, "img_0042_en", "", "Share:"]))
    ds = [
        d(Label.BODY, 0.9, "prose"),
        d(Label.BODY, 0.9, "prose"),
        BLANK,
        d(Label.PROMO, 0.4, "headline-like line printed 6 times"),
        BLANK,
        *[d(Label.OTHER, 0.4, "weak")] * len(items),
        d(Label.OTHER, 0.3, "no words"),
        BLANK,
        d(Label.PROMO, 0.7, "share bar"),
    ]
    out = revise(lines, ds, CleanConfig())
    assert [out[i].label for i in (3, 5, 6, 7, 8)] == [Label.BODY] * 5
    assert out[9].label is not Label.BODY  # a file name under the list is no item of it
    intro = d(Label.PROMO, 0.7, "promo heading 'Related posts'")
    out = revise(lines, [*ds[:3], intro, *ds[4:]], CleanConfig())
    assert out[5].label is not Label.BODY
    shouted = split_lines("\n".join([prose, prose, "", "MORE ON THIS STORY:", "", *items, "img_0042_en", "", "Share:"]))
    assert revise(shouted, ds, CleanConfig())[5].label is not Label.BODY


def test_a_list_under_a_promo_heading_is_no_list_of_the_article() -> None:
    related = "\n".join(["Related posts:", "", *(f"* {item[2:]}" for item in FEATURES)])
    page = post(with_features=False).replace("Share this:", related + "\n\nShare this:")
    body = newsclean.clean(page).body
    assert not any(item.removeprefix("* ") in body for item in FEATURES)


def test_the_link_must_stand_in_the_byline_row() -> None:
    lines = split_lines("October 5, 2018\nLeave a comment\nThe post starts here, with a sentence.")
    thread = d(Label.COMMENT, 0.5, "after a comment heading")
    heading = d(Label.COMMENT, 0.7, "comment heading")
    assert byline_row_link(lines, [d(Label.DATELINE, 0.85, "date"), heading, thread]) == 1
    assert byline_row_link(lines, [d(Label.BODY, 0.9, "prose"), heading, thread]) is None


def test_a_sign_up_box_down_to_its_consent_line_is_promo() -> None:
    prose = "Officials said on Monday that the old bridge would reopen after a long repair, and shops welcomed it."
    box = ["Daily Newsletter", "", "Sign up to get the best stories of the week, picked by our editors.", "",
           "Contact me with news and offers from partner brands",
           "By submitting your information you agree to the Terms and Privacy Policy."]
    after = "Traffic on the river road eased by evening, and the first buses crossed the bridge again."
    lines = split_lines("\n".join([prose, "", *box, "", after]))
    legal = Decision(
        Label.BODY,
        0.8,
        "test",
        "prose",
        (("test", Vote(Label.BODY, 0.8, "prose")), ("test", Vote(Label.NAVIGATION, 0.75, "legal/footer phrase"))),
    )
    ds = [
        d(Label.BODY, 0.95, "prose"),
        BLANK,
        d(Label.PROMO, 0.6, "call to action"),
        BLANK,
        d(Label.BODY, 0.9, "prose"),
        BLANK,
        d(Label.BODY, 0.55, "prose"),
        legal,
        BLANK,
        d(Label.BODY, 0.95, "prose"),
    ]
    out = revise(lines, ds, CleanConfig())
    assert [out[i].label for i in (4, 6, 7)] == [Label.PROMO] * 3
    assert out[0].label is Label.BODY
    assert out[9].label is Label.BODY
    # without the consent line under it, the blurb is the article's
    plain = [*ds[:7], d(Label.BODY, 0.8, "prose"), *ds[8:]]
    assert revise(lines, plain, CleanConfig())[4].label is Label.BODY


def test_a_sentence_broken_after_each_clause_goes_on_from_the_article() -> None:
    prose = "Officials said on Monday that the old bridge would reopen after a long repair, and shops welcomed it."
    clauses = ["Also,", "selling goods whose marks were removed,", "or selling them in smaller lots,",
               "may infringe the mark."]
    lines = split_lines("\n".join([prose, "", prose, "", *clauses, "", "Related", "Another story"]))
    weak = d(Label.BODY, 0.25, "prose")
    ds = [d(Label.BODY, 0.95, "prose"), BLANK, d(Label.BODY, 0.95, "prose"), BLANK, *[weak] * 4, BLANK,
          d(Label.PROMO, 0.7, "promo heading 'Related'"), d(Label.PROMO, 0.5, "teaser")]
    out = revise(lines, ds, CleanConfig())
    assert [out[i].label for i in range(4, 8)] == [Label.BODY] * 4
    # one comma is no chain: a short line and a sentence end under the article stay out
    cut = split_lines(f"{prose}\n\n{prose}\n\nAlso,\nmay infringe the mark.\n\nRelated\nx")
    out = revise(cut, [*ds[:4], weak, weak, BLANK, *ds[-2:]], CleanConfig())
    assert out[4].label is not Label.BODY
