"""HTML input end to end: small composed pages whose body must come out right."""

from __future__ import annotations

from newsclean import clean
from newsclean.labels import Label

P1 = "Officials said on Monday that the old bridge over the river would reopen next spring after a long repair."
P2 = "The work, which began two years ago, replaced the deck and the steel cables that hold the span in place."
P3 = "Drivers will pay a small toll for the first year, the city said, to cover part of the cost of the repair."
P4 = "Residents who live near the bridge said they were glad the long detours through the town would soon end."
TEASER = "A different story about the council budget that readers of this site also looked at this week."
COMMENT = "I drive over that bridge every day and I think the toll is far too high for what we got in the end."
LEGAL = "All content on this site is provided for information only and may not be copied without written permission."

SECTIONS = ("Home", "World", "Sports", "Business")
NAV = "<nav><ul>" + "".join(f"<li><a href='/{s}'>{s}</a></li>" for s in SECTIONS) + "</ul></nav>"
RELATED = (
    "<aside class='related-stories'><h3>Related stories</h3>"
    f"<ul><li><a href='/a'>Council approves budget</a></li><li><p>{TEASER}</p></li></ul></aside>"
)
COMMENTS = f"<section id='comments'><h3>3 Comments</h3><div class='comment'><p>{COMMENT}</p></div></section>"
FOOTER = f"<footer><p>{LEGAL}</p><p><a href='/privacy'>Privacy</a> | <a href='/terms'>Terms</a></p></footer>"
TABLE = (
    "<table><tr><th>Year</th><th>Cars a day</th></tr><tr><td>2018</td><td>41,000</td></tr>"
    "<tr><td>2019</td><td>43,500</td></tr></table>"
)


def _page(article: str) -> str:
    return (
        "<html><head><title>Old bridge to reopen</title></head><body>"
        f"<header>{NAV}</header><main><article><h1>Old bridge to reopen in the spring</h1>"
        f"<div class='entry-content'>{article}</div></article>{RELATED}{COMMENTS}</main>{FOOTER}</body></html>"
    )


def test_article_with_nav_related_comments_and_footer() -> None:
    result = clean(_page(f"<p>{P1}</p><p>{P2}</p><h2>Tolls</h2><p>{P3}</p><p>{P4}</p>"), format="html")
    assert result.body.split("\n\n") == [P1, P2, "Tolls", P3, P4]
    assert result.headline is not None
    assert result.headline.startswith("Old bridge to reopen")


def test_table_inside_the_article_is_body() -> None:
    result = clean(_page(f"<p>{P1}</p><p>{P2}</p>{TABLE}<p>{P3}</p><p>{P4}</p>"), format="html")
    assert "2019 | 43,500" in result.body
    assert P4 in result.body
    assert TEASER not in result.body
    assert COMMENT not in result.body


def test_short_lines_inside_the_article_container_are_body() -> None:
    items = "<ul><li>Deck replaced</li><li>Cables renewed</li><li>Lights added</li></ul>"
    result = clean(_page(f"<p>{P1}</p><p>{P2}</p>{items}<p>{P3}</p><p>{P4}</p>"), format="html")
    for item in ("Deck replaced", "Cables renewed", "Lights added"):
        assert item in result.body


def test_prose_outside_the_article_container_is_dropped() -> None:
    result = clean(_page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p>"), format="html")
    assert LEGAL not in result.body
    assert TEASER not in result.body
    assert COMMENT not in result.body
    legal = next(ll for ll in result.lines if ll.line.text == LEGAL)
    assert legal.label is not Label.BODY


def test_figure_caption_is_not_body() -> None:
    figure = "<figure><img src='b.jpg'><figcaption>The bridge at dusk. Photo: Jane Doe</figcaption></figure>"
    result = clean(_page(f"<p>{P1}</p>{figure}<p>{P2}</p><p>{P3}</p><p>{P4}</p>"), format="html")
    assert "The bridge at dusk" not in result.body
    assert P2 in result.body


def test_author_named_wrapper_does_not_hide_the_article() -> None:
    # the whole post sits in <div class="author-post">: that hint is the wrapper's, not a byline
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4)) + "<p>Eat every two hours</p>"
    page = (
        f"<html><body><header>{NAV}</header><h1>Old bridge to reopen in the spring</h1>"
        f"<div class='author-post'>{body}</div>{FOOTER}</body></html>"
    )
    result = clean(page, format="html")
    assert "Eat every two hours" in result.body
    assert P1 in result.body
    assert LEGAL not in result.body


P5 = "The mayor said the new lights on the bridge would be switched on at a small ceremony in the first week of May."


def test_story_text_goes_on_past_a_long_box_inside_its_element() -> None:
    # "Paragraphs" / a shop box of a dozen short lines / "Paragraph": the story's paragraphs sit in
    # sibling wrappers of one element, so the last one is the same story, the box between is not
    shop = "".join(
        f"<div class='product'><div>Brand {n}</div><div>Lamp model {n}</div><div>{n}9,99 EUR</div>"
        "<div><a href='/shop'>To the shop</a></div></div>"
        for n in range(1, 4)
    )
    article = (
        f"<div class='text'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        f"<div class='ad-box'><div class='ad'>Advertisement</div>{shop}</div>"
        f"<div class='text'><h2>Lights on</h2><p>{P5}</p></div>"
    )
    result = clean(_page(article), format="html")
    assert P3 in result.body
    assert P5 in result.body
    assert "Lamp model 2" not in result.body
    assert TEASER not in result.body
    assert COMMENT not in result.body


def test_heading_over_teasers_in_their_own_article_elements() -> None:
    # a heading whose next lines are each an <article> of their own heads teasers of other stories,
    # even inside the element that holds the story's paragraphs
    teaser = (
        "<article class='item'><h2><a href='/b{n}'>Council story number {n}</a></h2><p>Monday {n} May 2022</p>"
        f"<p>{TEASER}</p></article>"
    )
    body = (
        "<html><body><div class='wrap'><article class='story'><h1>Old bridge to reopen in the spring</h1>"
        f"<div class='text'><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p><h2>From the archive</h2>"
        + "".join(teaser.format(n=n) for n in range(1, 3))
        + "</div></article></div></body></html>"
    )
    result = clean(body, format="html")
    assert P4 in result.body
    assert "From the archive" not in result.body
    assert TEASER not in result.body


def test_address_the_text_cites_is_body() -> None:
    # one link whose text is a web or mail address, right under a paragraph, is cited by the text;
    # a link with words for its text in the same place stays a link
    address = "<p><a href='http://example.org/petition'>http://example.org/petition</a></p>"
    mail = "<p><a href='mailto:bridge@example.org'>bridge@example.org</a></p>"
    result = clean(_page(f"<p>{P1}</p><p>{P2}</p>{address}<p>{P3}</p>{mail}<p>{P4}</p>"), format="html")
    assert "http://example.org/petition" in result.body
    assert "bridge@example.org" in result.body
    worded = "<p><a href='http://example.org/petition'>Sign the petition</a></p>"
    result = clean(_page(f"<p>{P1}</p><p>{P2}</p>{worded}<p>{P3}</p><p>{P4}</p>"), format="html")
    assert "Sign the petition" not in result.body
