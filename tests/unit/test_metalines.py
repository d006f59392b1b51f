"""Metadata lines: one headline before the article, bylines/datelines near its start, the standfirst."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Label, Vote
from newsclean.html import html_to_page
from newsclean.lines import Line, build_lines, split_lines
from newsclean.metalines import (
    BYLINE_WIDE,
    HEADER_PROSE_MARGIN,
    META_WINDOW,
    TITLE_MAX_WORDS,
    closing_greeting,
    has_chrome,
    lead_paragraph,
    mark_metadata,
    open_on_own_prose,
)
from newsclean.metalines import _prose_shaped as prose_shaped
from newsclean.pipeline import Decision, Revised

PROSE = "Officials said on Monday that the old bridge would reopen after a long repair, and shops welcomed it."


def d(*votes: tuple[Label, float]) -> Decision:
    """A decision won by the first vote, carrying all of them."""
    label, score = votes[0]
    return Decision(label, score, "test", "test", tuple(("test", Vote(lab, s, "test")) for lab, s in votes))


def run(text: str, decisions: list[Decision], span: tuple[int, int] | None) -> list[Label]:
    lines = split_lines(text)
    out = [Revised(x.label, x.score, x.classifier, x.reason) for x in decisions]
    mark_metadata(lines, decisions, out, span)
    return [r.label for r in out]


def test_one_headline_copies_become_other() -> None:
    text = f"Bridge Reopens Today\nBridge Reopens Today\n{PROSE}\n{PROSE}"
    decisions = [d((Label.HEADLINE, 0.5)), d((Label.HEADLINE, 0.5)), d((Label.BODY, 0.9)), d((Label.BODY, 0.9))]
    labels = run(text, decisions, (2, 3))
    assert labels.count(Label.HEADLINE) == 1
    assert labels[1] is Label.HEADLINE  # equal votes: the closer copy wins
    assert labels[0] is Label.OTHER


def test_headline_after_the_article_is_not_chosen() -> None:
    text = f"{PROSE}\n{PROSE}\nAnother Story Title Here"
    decisions = [d((Label.BODY, 0.9)), d((Label.BODY, 0.9)), d((Label.HEADLINE, 0.9))]
    labels = run(text, decisions, (0, 1))
    assert Label.HEADLINE not in labels


def test_byline_far_from_the_article_is_other() -> None:
    n = max(META_WINDOW, BYLINE_WIDE) + 5
    far = "\n".join(f"Menu item {i}" for i in range(n))
    text = f"By Jane Doe\n{far}\n{PROSE}"
    decisions = [d((Label.BYLINE, 0.9))] + [d((Label.NAVIGATION, 0.6))] * n + [d((Label.BODY, 0.9))]
    labels = run(text, decisions, (n + 1, n + 1))
    assert labels[0] is Label.OTHER
    near = run(f"By Jane Doe\n{PROSE}", [d((Label.BYLINE, 0.9)), d((Label.BODY, 0.9))], (1, 1))
    assert near[0] is Label.BYLINE


# headline, a paragraph over the byline, the byline, two paragraphs of the article
_HEADER_VOTES = [
    d((Label.HEADLINE, 0.6)),
    d((Label.BODY, 0.7)),
    d((Label.BYLINE, 0.9)),
    d((Label.BODY, 0.9)),
    d((Label.BODY, 0.9)),
]


def test_prose_between_headline_and_byline_is_the_standfirst() -> None:
    text = f"Bridge Reopens Today\nThe bridge is open again.\nBy Jane Doe\n{PROSE}\n{PROSE}"
    decisions = _HEADER_VOTES
    labels = run(text, decisions, (1, 4))
    assert labels == [Label.HEADLINE, Label.SUMMARY, Label.BYLINE, Label.BODY, Label.BODY]


def test_a_paragraph_of_many_sentences_over_the_byline_is_the_lead_not_the_standfirst() -> None:
    lead = ("The bridge is open again after two years. Cars crossed it at dawn on Monday morning. Shops along the "
            "river reopened their doors. Buses run on the old routes again.")
    text = f"Bridge Reopens Today\n{lead}\nBy Jane Doe\n{PROSE}\n{PROSE}"
    decisions = _HEADER_VOTES
    assert run(text, decisions, (1, 4))[1] is Label.BODY
    # three sentences still sum the story up, and so do four short fragments
    assert run(text.replace(" Buses run on the old routes again.", ""), decisions, (1, 4))[1] is Label.SUMMARY
    fragments = "The bridge. The cars. The shops. The buses."
    assert run(text.replace(lead, fragments), decisions, (1, 4))[1] is Label.SUMMARY


def test_title_shaped_line_between_paragraphs_is_a_subheading() -> None:
    text = f"Bridge Reopens Today\n{PROSE}\nWhat Happens Next\n{PROSE}\nMore Stories\nAnother Title Here"
    decisions = [
        d((Label.HEADLINE, 0.7)),
        d((Label.BODY, 0.9)),
        d((Label.HEADLINE, 0.7)),
        d((Label.BODY, 0.9)),
        d((Label.HEADLINE, 0.7)),
        d((Label.HEADLINE, 0.7)),
    ]
    labels = run(text, decisions, (1, 3))
    assert labels[:4] == [Label.HEADLINE, Label.BODY, Label.BODY, Label.BODY]
    # after the article's last line a title is another story's, not a subheading
    assert labels[4] is not Label.BODY
    assert labels[5] is not Label.BODY


def test_a_subheading_over_its_sections_image_marker_is_a_subheading() -> None:
    # a text browser prints the section's image as a marker under its subheading; one marker, not a
    # slider's row of them
    text = f"Bridge Reopens Today\n{PROSE}\nWhat Happens Next\n[bridge-at-night.jpg]\n{PROSE}"
    decisions = [d((Label.HEADLINE, 0.7)), d((Label.BODY, 0.9)), d((Label.HEADLINE, 0.7)), d((Label.OTHER, 0.75))]
    assert run(text, [*decisions, d((Label.BODY, 0.9))], (1, 4))[2] is Label.BODY
    text = f"Bridge Reopens Today\n{PROSE}\nWhat Happens Next\n[Chevron]\n[Chevron]\n{PROSE}"
    labels = run(text, [*decisions, d((Label.OTHER, 0.75)), d((Label.BODY, 0.9))], (1, 5))
    assert labels[2] is not Label.BODY


def test_sure_byline_recovered_from_a_wider_window_when_none_is_near() -> None:
    n = META_WINDOW + 5  # beyond the article-start window, within BYLINE_WIDE
    far = "\n".join(f"Menu item {i}" for i in range(n))
    decisions = [d((Label.BYLINE, 0.9))] + [d((Label.NAVIGATION, 0.6))] * n + [d((Label.BODY, 0.9))]
    assert run(f"By Jane Doe\n{far}\n{PROSE}", decisions, (n + 1, n + 1))[0] is Label.BYLINE
    # a bare name (0.4) that far away stays OTHER
    bare = [d((Label.BYLINE, 0.4)), *decisions[1:]]
    assert run(f"Jane Doe\n{far}\n{PROSE}", bare, (n + 1, n + 1))[0] is Label.OTHER


def test_headline_copy_without_kicker_wins() -> None:
    text = f"Local News Bridge Reopens After Repairs\nBridge Reopens After Repairs\n{PROSE}\n{PROSE}"
    decisions = [d((Label.HEADLINE, 0.6)), d((Label.HEADLINE, 0.5)), d((Label.BODY, 0.9)), d((Label.BODY, 0.9))]
    labels = run(text, decisions, (2, 3))
    assert labels[1] is Label.HEADLINE
    assert labels[0] is not Label.HEADLINE


def test_list_numbered_headline_yields_to_its_plain_copy() -> None:
    text = f"1. Home\n3. Bridge Reopens After Repairs\nBridge Reopens After Repairs\n{PROSE}"
    decisions = [d((Label.NAVIGATION, 0.5)), d((Label.HEADLINE, 0.6)), d((Label.HEADLINE, 0.6)), d((Label.BODY, 0.9))]
    labels = run(text, decisions, (3, 3))
    assert labels[2] is Label.HEADLINE


def test_wrapped_title_tail_is_not_a_short_copy() -> None:
    # "Reopens After Repairs" goes on from "Bridge" above it: one title wrapped in two, not a copy
    text = f"Bridge\nReopens After Repairs\nNew Bridge Reopens After Repairs\n{PROSE}"
    decisions = [d((Label.NAVIGATION, 0.5)), d((Label.HEADLINE, 0.4)), d((Label.HEADLINE, 0.9)), d((Label.BODY, 0.9))]
    labels = run(text, decisions, (3, 3))
    assert labels[2] is Label.HEADLINE


def test_short_title_opening_the_article_is_the_headline_despite_a_body_vote() -> None:
    text = f"Home\nYou Will Not Believe How Much CO2 This Makes!\n{PROSE}\n{PROSE}"
    title = d((Label.BODY, 0.7), (Label.HEADLINE, 0.6))
    decisions = [d((Label.NAVIGATION, 0.7)), title, d((Label.BODY, 0.9)), d((Label.BODY, 0.9))]
    assert run(text, decisions, (1, 3))[1] is Label.HEADLINE
    # a page without any chrome is a cleaned body: its first paragraph stays one (idempotence)
    bare = f"You Will Not Believe How Much CO2 This Makes!\n{PROSE}\n{PROSE}"
    assert run(bare, decisions[1:], (0, 2))[0] is Label.BODY


def test_short_sentence_opening_the_article_stays_body() -> None:
    text = f"The bridge reopened on Monday after a long repair.\n{PROSE}\n{PROSE}"
    decisions = [d((Label.BODY, 0.7), (Label.HEADLINE, 0.3)), d((Label.BODY, 0.9)), d((Label.BODY, 0.9))]
    assert run(text, decisions, (0, 2))[0] is Label.BODY


def test_title_over_the_byline_beats_a_caption_nearer_the_article() -> None:
    text = f"Bridge reopens after long repairs\nBy Jane Doe\nThe old bridge. Photo: John Roe\n{PROSE}"
    decisions = [
        d((Label.BODY, 0.4), (Label.HEADLINE, 0.25)),
        d((Label.BYLINE, 0.9)),
        d((Label.CAPTION, 0.35), (Label.HEADLINE, 0.35)),
        d((Label.BODY, 0.9)),
    ]
    labels = run(text, decisions, (3, 3))
    assert labels[0] is Label.HEADLINE
    assert labels[2] is not Label.HEADLINE


def test_a_line_over_the_byline_that_reads_as_prose_by_far_is_no_header() -> None:
    # the line over the byline counts as the story's header though a body vote beat its title vote, but not
    # when the prose vote wins by HEADER_PROSE_MARGIN or more: then it is the story's first sentence
    text = f"Bridge reopens after long repairs\nBy Jane Doe\n{PROSE}"
    for body, title, header in ((0.4, 0.25, True), (0.59, 0.25, False)):
        assert (body - title < HEADER_PROSE_MARGIN) is header
        decisions = [d((Label.BODY, body), (Label.HEADLINE, title)), d((Label.BYLINE, 0.9)), d((Label.BODY, 0.9))]
        labels = run(text, decisions, (0, 2))
        assert (labels[0] is Label.HEADLINE) is header, (body, title)


def test_body_line_far_above_the_byline_is_not_the_headline() -> None:
    text = f"Bridge reopens after long repairs\nOne\nTwo\nThree\nBy Jane Doe\n{PROSE}"
    decisions = [
        d((Label.BODY, 0.4), (Label.HEADLINE, 0.25)),
        d((Label.NAVIGATION, 0.9)),
        d((Label.NAVIGATION, 0.9)),
        d((Label.NAVIGATION, 0.9)),
        d((Label.BYLINE, 0.9)),
        d((Label.BODY, 0.9)),
    ]
    labels = run(text, decisions, (5, 5))
    assert Label.HEADLINE not in labels


def test_a_wrapped_first_line_of_prose_is_not_a_title() -> None:
    wrapped = "The cosy cabin sleeps six and has a living room\nand a kitchen with everything you need, says the owner."
    text = f"{wrapped}\n{PROSE}"
    decisions = [d((Label.BODY, 0.4), (Label.HEADLINE, 0.25)), d((Label.BODY, 0.9)), d((Label.BODY, 0.9))]
    assert run(text, decisions, (0, 2))[0] is Label.BODY


def test_sure_title_opening_the_article_wins_over_a_weak_field() -> None:
    text = f"Skip to content\n{PROSE}\nBridge Reopens After Long Repairs\n{PROSE}\n{PROSE}"
    decisions = [
        d((Label.NAVIGATION, 0.5), (Label.HEADLINE, 0.25)),
        d((Label.BODY, 0.6)),
        d((Label.BODY, 0.7), (Label.HEADLINE, 0.6)),
        d((Label.BODY, 0.9)),
        d((Label.BODY, 0.9)),
    ]
    assert run(text, decisions, (1, 4))[2] is Label.HEADLINE


def test_a_sure_title_under_the_articles_first_paragraphs_is_a_subheading() -> None:
    # the span opens on two paragraphs, not on its title line: the title-shaped line under them is
    # between paragraphs (the text path reads a shuffled page's <h1> there as a subheading too)
    text = f"Skip to content\n{PROSE}\n{PROSE}\nBridge Reopens After Long Repairs\n{PROSE}\n{PROSE}"
    decisions = [
        d((Label.NAVIGATION, 0.5), (Label.HEADLINE, 0.25)),
        d((Label.BODY, 0.6)),
        d((Label.BODY, 0.6)),
        d((Label.BODY, 0.7), (Label.HEADLINE, 0.6)),
        d((Label.BODY, 0.9)),
        d((Label.BODY, 0.9)),
    ]
    assert run(text, decisions, (1, 5))[3] is Label.BODY


def test_a_title_in_the_article_does_not_beat_a_fair_candidate_above_it() -> None:
    text = f"Bridge Reopens After Long Repairs\n{PROSE}\nWhat Happens Next For Drivers\n{PROSE}\n{PROSE}"
    decisions = [
        d((Label.HEADLINE, 0.45)),
        d((Label.BODY, 0.6)),
        d((Label.HEADLINE, 0.6)),
        d((Label.BODY, 0.9)),
        d((Label.BODY, 0.9)),
    ]
    labels = run(text, decisions, (1, 4))
    assert labels[0] is Label.HEADLINE
    assert labels[2] is not Label.HEADLINE


def test_a_cjk_sentence_opening_a_clean_body_is_not_its_title() -> None:
    # cleaning a body again keeps its first paragraph, a full sentence ending in "。"
    first, second = "一一一一一一一一。", "一一一一一一一一。一一一一一一一一。"
    article = newsclean.clean(f"{first}\n\n{second}")
    assert article.paragraphs == (first, second)


STANDFIRST = "Drivers will save twenty minutes a day once the new lanes open in the spring"


def _stacked(title: str) -> list[Label]:
    """Title, standfirst (title-shaped, no period), byline, article: equal headline votes on both top lines."""
    text = f"{title}\n{STANDFIRST}\nBy Jane Doe\n{PROSE}\n{PROSE}"
    decisions = [
        d((Label.BODY, 0.3), (Label.HEADLINE, 0.25)),
        d((Label.BODY, 0.35), (Label.HEADLINE, 0.25)),
        d((Label.BYLINE, 0.9), (Label.HEADLINE, 0.35)),
        d((Label.BODY, 0.9)),
        d((Label.BODY, 0.9)),
    ]
    return run(text, decisions, (3, 4))


def test_stacked_title_over_a_longer_standfirst_is_the_headline() -> None:
    labels = _stacked("City bridge reopens after two years of repairs")
    assert labels[:3] == [Label.HEADLINE, Label.SUMMARY, Label.BYLINE]


def test_a_short_kicker_over_the_title_is_not_the_headline() -> None:
    # four words: under STACKED_MIN_WORDS, a kicker rather than a title
    labels = _stacked("Roads and Transport News")
    assert labels[1] is Label.HEADLINE
    assert labels[0] is not Label.HEADLINE


def test_title_right_over_the_byline_beats_a_menu_row_above() -> None:
    # equal votes, and the menu row has a word more: only the header bonus tells them apart
    menu = "Football Cricket Rugby Tennis Golf Results"
    text = f"Sport Weekly\n{menu}\nCricket\nHarbourside clinch the county title\nBy Tom Ellery\n{PROSE}"
    decisions = [
        d((Label.OTHER, 0.0)),
        d((Label.HEADLINE, 0.25)),
        d((Label.OTHER, 0.0)),
        d((Label.HEADLINE, 0.25)),
        d((Label.BYLINE, 0.9)),
        d((Label.BODY, 0.9)),
    ]
    labels = run(text, decisions, (5, 5))
    assert labels[3] is Label.HEADLINE
    # a far surer line above keeps its header bonus: the weak line under it is a kicker or a strap
    decisions[1] = d((Label.HEADLINE, 0.6))
    assert run(text, decisions, (5, 5))[1] is Label.HEADLINE


def test_a_page_without_an_article_takes_only_a_sure_headline() -> None:
    text = "Latest stories\nCouncil unveils plan for new pool\nFollow us on Facebook and Twitter"
    weak = [d((Label.PROMO, 0.3)), d((Label.PROMO, 0.3), (Label.HEADLINE, 0.25)), d((Label.HEADLINE, 0.35))]
    assert Label.HEADLINE not in run(text, weak, None)
    sure = [d((Label.PROMO, 0.3)), d((Label.PROMO, 0.3), (Label.HEADLINE, 0.6)), d((Label.HEADLINE, 0.35))]
    assert run(text, sure, None)[1] is Label.HEADLINE


def test_body_opens_on_its_own_prose_lines_the_context_kept_above_go_back() -> None:
    decisions = [d((Label.HEADLINE, 0.4)), d((Label.OTHER, 0.0)), d((Label.BODY, 0.9)), d((Label.OTHER, 0.0))]
    out = [
        Revised(Label.HEADLINE, 0.4, "context", "best headline candidate before the article"),
        Revised(Label.BODY, 0.0, "context", "inside the article (was other)"),  # a subheading, now on top
        Revised(Label.BODY, 0.9, "test", "prose"),
        Revised(Label.BODY, 0.0, "context", "inside the article (was other)"),  # under prose: stays
    ]
    open_on_own_prose(decisions, out, 0, 3)
    assert [r.label for r in out] == [Label.HEADLINE, Label.OTHER, Label.BODY, Label.BODY]


def test_body_of_context_kept_lines_only_goes_back() -> None:
    # no line of the span is body by its own vote: a body of such lines is no article
    decisions = [d((Label.OTHER, 0.0)), d((Label.OTHER, 0.0))]
    out = [Revised(Label.BODY, 0.0, "context", "inside the article (was other)")] * 2
    open_on_own_prose(decisions, out, 0, 1)
    assert [r.label for r in out] == [Label.OTHER, Label.OTHER]


def test_byline_after_a_sign_off_cut_is_still_near_the_article() -> None:
    # the sign-off box ("unsubscribe ...") is cut off the article's end; the byline under it,
    # more than BYLINE_AFTER lines after the last kept line, is the article's all the same
    story = [
        "The council met on Monday evening to decide how the old bridge over the river should be repaired.",
        "Engineers told members that the steel frame was sound but that the deck had to be replaced soon.",
        "Shop owners on both banks said they had lost many customers since the bridge was closed in spring.",
        "The mayor promised that the work would be finished before the winter markets open in November.",
        "A second meeting next month will settle how the cost is shared between the town and the county.",
        "Residents can send their questions to the council office until the end of the month by letter.",
    ]
    box = [
        "You can unsubscribe at any time.",
        "We never share your address.",
        "Questions",
        "Write to the editors today.",
        "Our office opens on weekdays.",
    ]
    page = "\n".join(
        ["Home News Sport Weather", "Bridge repair plan agreed", *story, *box, "Publicado por Jane Doe a las 08:00"]
    )
    article = newsclean.clean(page, format="text")
    assert "unsubscribe" not in article.body
    assert article.authors == ("Jane Doe",)


def test_byline_far_below_the_article_without_a_cut_stays_out() -> None:
    story = [
        "The council met on Monday evening to decide how the old bridge over the river should be repaired.",
        "Engineers told members that the steel frame was sound but that the deck had to be replaced soon.",
        "Shop owners on both banks said they had lost many customers since the bridge was closed in spring.",
        "The mayor promised that the work would be finished before the winter markets open in November.",
    ]
    # the lines between are the site's own menu, not a box the edge cut: the byline is a teaser's
    teasers = ["More stories", "Home", "Sport", "Weather", "Contact", "Imprint", "Privacy"]
    page = "\n".join(
        ["Home News Sport Weather", "Bridge repair plan agreed", *story, *teasers, "Publicado por Jane Doe a las 08:00"]
    )
    article = newsclean.clean(page, format="text")
    assert "Jane Doe" not in article.authors


def test_stacked_share_buttons_are_no_title_and_standfirst() -> None:
    # two chrome lines over the byline: however title-shaped, the lower is no standfirst
    text = "Share this story on your favourite network\nSend a link to this story to a friend by email now\n"
    text += f"By Jane Doe\n{PROSE}\n{PROSE}"
    decisions = [
        d((Label.PROMO, 0.3), (Label.HEADLINE, 0.25)),
        d((Label.PROMO, 0.35), (Label.HEADLINE, 0.25)),
        d((Label.BYLINE, 0.9), (Label.HEADLINE, 0.35)),
        d((Label.BODY, 0.9)),
        d((Label.BODY, 0.9)),
    ]
    assert Label.SUMMARY not in run(text, decisions, (3, 4))


def test_a_title_in_a_list_of_titles_is_no_standfirst() -> None:
    # course titles one under another: the line under the chosen one is another title, not a byline
    titles = [
        "Engine repair: valves and timing belts",
        "Engine repair: ignition systems, sensors and faults read with the diagnostic tool",
        "Engine repair: power output on the test bench",
    ]
    text = "\n".join([*titles, "By Jane Doe", PROSE, PROSE])
    decisions = [
        d((Label.HEADLINE, 0.4)),
        d((Label.HEADLINE, 0.4)),
        d((Label.HEADLINE, 0.3)),
        d((Label.BYLINE, 0.9), (Label.HEADLINE, 0.35)),
        d((Label.BODY, 0.9)),
        d((Label.BODY, 0.9)),
    ]
    assert Label.SUMMARY not in run(text, decisions, (4, 5))


def test_prose_over_a_byline_with_only_scraps_under_it_is_no_standfirst() -> None:
    # a scrap that votes a little through the page's stop words is no article under the byline:
    # the prose above is the article, or its body would be the scrap alone
    text = f"Bridge Reopens Today\n{PROSE}\nBy Jane Doe\nG x,"
    decisions = [d((Label.HEADLINE, 0.6)), d((Label.BODY, 0.9)), d((Label.BYLINE, 0.9)), d((Label.BODY, 0.23))]
    labels = run(text, decisions, (1, 3))
    assert labels == [Label.HEADLINE, Label.BODY, Label.BYLINE, Label.BODY]


def test_a_long_line_of_two_sentences_over_a_date_is_no_header() -> None:
    # a paragraph over a date strip is prose, whatever it ends on; a short title holding a full stop is a title
    prose = "Officials said the bridge was closed. Residents asked on Monday when the old bridge would reopen again?"
    text = f"{prose}\nG x,\nPublished Oct. 5, 2027"
    decisions = [d((Label.BODY, 0.9), (Label.HEADLINE, 0.25)), d((Label.BODY, 0.23)), d((Label.DATELINE, 0.75))]
    assert Label.HEADLINE not in run(text, decisions, (1, 1))
    title = "U.S. Bridge Reopens After Repairs"
    text = f"{title}\nG x,\nPublished Oct. 5, 2027"
    decisions[0] = d((Label.BODY, 0.5), (Label.HEADLINE, 0.4))
    assert run(text, decisions, (1, 1))[0] is Label.HEADLINE


def test_a_sentence_closed_by_a_bidi_isolate_over_a_date_is_no_header() -> None:
    # right-to-left prose in a dump ends "...\u2069" after its full stop: a sentence still, no title
    text = "\u2067Officials said the bridge was closed on Monday.\u2069\nG x,\nPublished Oct. 5, 2027"
    decisions = [d((Label.BODY, 0.9), (Label.HEADLINE, 0.25)), d((Label.BODY, 0.23)), d((Label.DATELINE, 0.75))]
    assert Label.HEADLINE not in run(text, decisions, (1, 1))


def _html_lines(html: str) -> list[Line]:
    blocks = html_to_page(html).blocks
    return build_lines([(b.text, i, i + 1) for i, b in enumerate(blocks)], markups=[b.markup for b in blocks])


_LEAD = "Officials said the old bridge would reopen after a long repair."


def test_lead_paragraph_in_the_articles_flow_is_a_lead() -> None:
    # the standfirst's grandparent also holds the paragraphs after the byline
    html = (f'<nav><a href="/">Home</a></nav><article><div><p>{_LEAD}</p></div><div><span>By Jo Doe</span></div>'
            f"<div><p>{PROSE}</p></div></article>")
    lines = _html_lines(html)
    lead = next(i for i, ln in enumerate(lines) if ln.text == _LEAD)
    body = next(i for i, ln in enumerate(lines) if ln.text == PROSE)
    assert lead_paragraph(lines, lead, [body])


def test_standfirst_in_a_header_or_a_heading_or_apart_is_no_lead() -> None:
    byline = f"<div><span>By Jo Doe</span></div><div><p>{PROSE}</p></div></article>"
    nav = '<nav><a href="/">Home</a></nav>'
    header = f'{nav}<article><div class="entry-header"><p>{_LEAD}</p></div>{byline}'
    heading = f"{nav}<article><div><h2>{_LEAD}</h2></div>{byline}"
    apart = (f"{nav}<div><div><p>{_LEAD}</p></div></div><span>By Jo Doe</span>"
             f"<section><div><p>{PROSE}</p></div></section>")
    # the shared element is the page's own wrapper: it holds the menu above the headline too
    page = f'<div><nav><a href="/">Home</a></nav><div><p>{_LEAD}</p></div><span>By Jo Doe</span><p>{PROSE}</p></div>'
    for html in (header, heading, apart, page):
        lines = _html_lines(html)
        lead = next(i for i, ln in enumerate(lines) if ln.text == _LEAD)
        body = next(i for i, ln in enumerate(lines) if ln.text == PROSE)
        assert not lead_paragraph(lines, lead, [body]), html


def test_text_lines_are_never_a_lead() -> None:
    lines = split_lines(f"{_LEAD}\nBy Jo Doe\n{PROSE}")
    assert not lead_paragraph(lines, 0, [2])


def test_a_wrapped_paragraphs_first_line_is_no_headline() -> None:
    # a paragraph too short for the reflow to see the wrap: its first line, cut mid-sentence at the
    # page's width, is the paragraph's, and the line under it stays with it
    text = (
        "By Jane Doe\n\n"
        "The 1000 the the the the the the the the council repairs repairs repairs\n"
        "repairs.\n\nBy Jane Doe\n"
    )
    article = newsclean.clean(text, format="text")
    assert article.headline is None
    # the body joins the two pieces into one paragraph, as the reflow would have (newsclean.wrapruns)
    assert article.paragraphs == ("The 1000 the the the the the the the the council repairs repairs repairs repairs.",)


def test_a_weak_menu_like_list_between_paragraphs_is_no_chrome() -> None:
    # a list the article kept ("* News" / "* World" between paragraphs) leaves a cleaned body clean
    prose, weak = d((Label.BODY, 0.7)), d((Label.NAVIGATION, 0.55))
    assert not has_chrome([prose, weak, weak, prose])


def test_a_weak_menu_like_line_outside_the_prose_is_chrome() -> None:
    prose, weak = d((Label.BODY, 0.7)), d((Label.NAVIGATION, 0.55))
    assert has_chrome([weak, prose, prose])
    assert has_chrome([prose, prose, weak])


def test_a_sure_menu_line_between_paragraphs_is_chrome() -> None:
    prose, sure = d((Label.BODY, 0.7)), d((Label.NAVIGATION, 0.65))
    assert has_chrome([prose, sure, prose])


def test_a_title_printed_twice_between_paragraphs_is_no_subheading() -> None:
    # an image's title, printed over it and again as its caption, is not the story's subhead
    text = f"Bridge Reopens Today\n{PROSE}\nThe Bridge At Night\n{PROSE}\nThe Bridge At Night\n{PROSE}"
    decisions = [d((Label.HEADLINE, 0.7)), d((Label.BODY, 0.9))] + [d((Label.HEADLINE, 0.7)), d((Label.BODY, 0.9))] * 2
    labels = run(text, decisions, (1, 5))
    assert labels[2] is not Label.BODY
    assert labels[4] is not Label.BODY


def _closing(text: str) -> list[Label]:
    lines = split_lines(text)
    out = [Revised(Label.BODY, 0.9, "test", "test")] + [Revised(Label.OTHER, 0.0, "test", "test")] * (len(lines) - 1)
    closing_greeting(lines, out)
    return [r.label for r in out]


def test_a_greeting_under_the_last_paragraph_closes_the_article() -> None:
    assert _closing(f"{PROSE}\nEuer Hans\nRelated Posts") == [Label.BODY, Label.BODY, Label.OTHER]
    assert _closing(f"{PROSE}\nLiebe Grüße, Anna") == [Label.BODY, Label.BODY]
    # a short closing wish between the paragraph and the greeting goes with it
    assert _closing(f"{PROSE}\nHave a nice Sunday!\nx Jane") == [Label.BODY] * 3


def test_no_greeting_no_closing() -> None:
    # a menu item, a comment prompt and a greeting too far below the article stay out
    assert _closing(f"{PROSE}\nHome\nContact") == [Label.BODY, Label.OTHER, Label.OTHER]
    assert _closing(f"{PROSE}\nDeine Meinung zählt") == [Label.BODY, Label.OTHER]
    assert _closing(f"{PROSE}\n{PROSE}x\nEuer Hans")[2] is Label.OTHER


def test_a_sentence_ending_in_an_exclamation_under_a_title_opens_the_article_and_is_no_second_title() -> None:
    # a dump of an <h1> over a paragraph that ends "!": the first body line, title-shaped by its end,
    # stays the article's first sentence; a one-word kicker above it is no title, so there it is the title
    exclaim = "What a long wait it was for everyone in the old city, at last!"
    for above, title_line in (("Bridge Reopens After Repairs", 1), ("Opinion", 2)):
        text = f"Home\n{above}\n{exclaim}\n{PROSE}\n{PROSE}"
        decisions = [
            d((Label.NAVIGATION, 0.8)),
            d((Label.HEADLINE, 0.35)),
            d((Label.BODY, 0.54), (Label.HEADLINE, 0.25)),
            d((Label.BODY, 0.9)),
            d((Label.BODY, 0.9)),
        ]
        labels = run(text, decisions, (2, 4))
        assert labels.index(Label.HEADLINE) == title_line, above


def test_a_title_shaped_line_over_more_titles_and_no_body_is_no_subheading() -> None:
    # a short story: the line under its only paragraph has titles and a date under it, no more body
    page = "The council met on Monday.\n\nA:A:A\n\nThe Bridge Reopens | The Daily News\n\nJanuary 1, 2000\n\na\n"
    assert newsclean.clean(page, format="text").paragraphs == ("The council met on Monday.",)
    # with body text under it, a title-shaped line between paragraphs is the article's subheading
    story = "Officials said on Monday that the old bridge would reopen after a long repair, and shops welcomed it."
    page = f"{story}\n\nWhat Happens Next\n\n{story.replace('Monday', 'Tuesday')}"
    assert "What Happens Next" in newsclean.clean(page, format="text").paragraphs


def test_the_page_titles_headline_between_paragraphs_is_no_subheading() -> None:
    # the dump's first line is the page's <title>; its headline printed again between the paragraphs is a
    # copy of the title, which a second clean (without the title line) would not read as a subheading either
    # nor is a line shaped as a page title ("<headline> | <site>"): cleaned again, "| Reuters" reads as a credit
    cases = (("Council Hears The Plan", False), ("What Happens Next | Reuters", False), ("What Happens Next", True))
    for between, subheading in cases:
        text = f"Council Hears The Plan | The Daily News\nBridge Works Begin\n{PROSE}\n{between}\n{PROSE}"
        decisions = [
            d((Label.HEADLINE, 0.5)),
            d((Label.HEADLINE, 0.7)),
            d((Label.BODY, 0.9)),
            d((Label.HEADLINE, 0.4)),
            d((Label.BODY, 0.9)),
        ]
        labels = run(text, decisions, (2, 4))
        assert labels[1] is Label.HEADLINE
        assert (labels[3] is Label.BODY) is subheading, between



def test_a_part_of_a_page_title_lower_down_between_paragraphs_is_no_subheading() -> None:
    # a page title ("<headline> | <site>") may stand anywhere in a dump, not only on its first line: its headline
    # printed between the paragraphs is that title's copy, whose title vote a second clean without the title
    # line would not give it (deep run seed 3400)
    for title, subheading in (("What Happens Next | The Daily News", False), ("Port Reopens | The Daily News", True)):
        text = f"Bridge Works Begin\n{PROSE}\nWhat Happens Next\n{PROSE}\nMenu\n{title}"
        decisions = [
            d((Label.HEADLINE, 0.7)),
            d((Label.BODY, 0.9)),
            d((Label.HEADLINE, 0.4)),
            d((Label.BODY, 0.9)),
            d((Label.NAVIGATION, 0.9)),
            d((Label.HEADLINE, 0.4)),
        ]
        labels = run(text, decisions, (1, 3))
        assert labels[0] is Label.HEADLINE
        assert (labels[2] is Label.BODY) is subheading, title

def test_a_long_chinese_or_japanese_line_with_a_sentence_end_inside_is_prose() -> None:
    # Chinese and Japanese put no space after "？", "！" or "。": a long line holding one before more text is
    # two sentences, a paragraph, never the title over a byline
    two = "官方宣布大桥将在长期维修后于周一重新开放！商店欢迎这一消息并期待客流回升"
    one = "官方宣布大桥将在长期维修后于周一重新开放商店欢迎这一消息并期待客流回升"
    lines = split_lines(f"{two}\n{one}")
    assert all(ln.words > TITLE_MAX_WORDS for ln in lines)
    assert [prose_shaped(ln) for ln in lines] == [True, False]


def test_a_chinese_or_japanese_line_with_a_full_stop_inside_is_prose_at_any_length() -> None:
    # "。" before more text ends a sentence however short the line: a paragraph of two sentences, never a
    # title over a byline; a title may hold "！" or "？" before more words, and a line of one sentence stays
    # title-shaped
    full_stop = "大桥周一重新开放。商店欢迎"
    question = "为什么大桥关闭？专家解读"
    plain = "大桥周一重新开放商店欢迎"
    lines = split_lines(f"{full_stop}\n{question}\n{plain}")
    assert all(ln.words <= TITLE_MAX_WORDS for ln in lines)
    assert [prose_shaped(ln) for ln in lines] == [True, False, False]


def test_candidates_of_one_rank_go_to_the_longer_line_whatever_the_float_sums() -> None:
    # a word of the title is worth two lines of distance, so ranks tie often: an eight-word row of labels
    # (its vote 0.35 less 0.1) two lines above the article against a seven-word exclamation opening it
    # (0.25). Summed in floats the upper one came out 0.905 less a hair, and the exclamation won; a tie
    # now goes to the longer line (then to the upper one)
    text = "Bridge Council Monday Harbour Market Weather Decision People\n2010-02-21\n"
    text += f"Crowds cheered as the bridge finally opened!\n{PROSE}\nBy Jane Doe\nHome"
    decisions = [
        d((Label.HEADLINE, 0.35)),
        d((Label.DATELINE, 0.85)),
        d((Label.BODY, 0.49), (Label.HEADLINE, 0.25)),
        d((Label.BODY, 0.96)),
        d((Label.BYLINE, 0.9)),
        d((Label.NAVIGATION, 0.9)),
    ]
    labels = run(text, decisions, (2, 3))
    assert labels[0] is Label.HEADLINE
    assert labels[2] is Label.BODY


@pytest.mark.parametrize(("marker_vote", "found"), [(0.45, True), (0.8, False)])
def test_a_byline_split_under_the_article_is_read_from_its_marker_and_colon(marker_vote: float, found: bool) -> None:
    # "Von:" / "Götz Warnke" under the last paragraph: a dump printed the strip's elements one a line and
    # they read as a weak menu run; a marker a <nav> holds labels a search form's field ("Von:" / "Filter")
    text = f"Bridge reopens after long repairs\n{PROSE}\n{PROSE}\nVon:\nGötz Warnke\nMeist gesucht:"
    decisions = [
        d((Label.HEADLINE, 0.6)),
        d((Label.BODY, 0.9)),
        d((Label.BODY, 0.9)),
        d((Label.NAVIGATION, marker_vote)),
        d((Label.NAVIGATION, 0.6)),  # a name that links to the author's page: all link text
        d((Label.NAVIGATION, 0.45)),
    ]
    labels = run(text, decisions, (1, 2))
    assert (labels[3] is Label.BYLINE) is found
