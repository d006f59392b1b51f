# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""Tests for newsclean.html.segment: browser-like lines and their markup evidence."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.html import Block, html_to_page
from newsclean.html.parse import parse_html
from newsclean.html.segment import (
    NOSCRIPT_TEXT_CHARS,
    _block_of,
    _Owner,
    _trie_pattern,
    class_hints,
    html_to_blocks,
)
from newsclean.lines import Markup

DEVSET = Path("/work/shared/data/devset")


def blocks(page: str) -> tuple[Block, ...]:
    return html_to_blocks(parse_html(page))


def texts(page: str) -> list[str]:
    return [b.text for b in blocks(page)]


def test_one_line_per_block_and_br() -> None:
    page = "<h1>Head</h1><p>a <b>bold</b>\n  word<br>next line</p><div>div text<p>inner</p>tail</div>"
    assert texts(page) == ["Head", "a bold word", "next line", "div text", "inner", "tail"]


def test_entities_and_whitespace() -> None:
    assert texts("<p>  A&amp;B&nbsp;&lt;c&gt;\t&#8212; d  </p>") == ["A&B <c> — d"]


def test_dropped_elements() -> None:
    page = (
        "<head><title>T</title><style>p{}</style></head><body>"
        "<p>kept</p><script>var x</script><noscript>enable js</noscript><template><p>t</p></template>"
        "<svg><text>svg</text></svg><iframe>frame</iframe><select><option>opt</option></select>"
        "<button>Click</button><p hidden>h1</p><p aria-hidden='true'>h2</p>"
        "<p style='display: none'>h3</p><p style='VISIBILITY:hidden'>h4</p><p>last</p></body>"
    )
    assert texts(page) == ["kept", "last"]


def test_tail_after_dropped_element_is_kept() -> None:
    assert texts("<p>a<script>x</script> b<span hidden>no</span> c</p>") == ["a b c"]


def test_table_rows_join_cells() -> None:
    page = "<table><tr><th>Ticker</th><th>Last</th></tr><tr><td>HD</td><td>225.86</td></tr></table>"
    result = blocks(page)
    assert [b.text for b in result] == ["Ticker | Last", "HD | 225.86"]
    assert all(b.markup.in_table and b.markup.tag == "tr" for b in result)


def test_layout_table_cells_with_blocks() -> None:
    page = "<table><tr><td><p>one</p><p>two</p></td><td>side</td></tr></table>"
    assert texts(page) == ["one", "two", "side"]


def test_pre_keeps_lines() -> None:
    assert texts("<pre>def f():\n    return 1\n\n</pre><p>after</p>") == ["def f():", "    return 1", "after"]


def test_heading_depth_and_tag() -> None:
    result = blocks("<html><body><article><h2>Sub</h2><p>x</p></article></body></html>")
    assert [(b.markup.tag, b.markup.heading, b.markup.depth) for b in result] == [("h2", 2, 4), ("p", 0, 4)]
    assert all(b.markup.in_article for b in result)


def test_link_density_and_in_link() -> None:
    result = blocks(
        "<p><a href=a>Read more</a></p><p>Text with <a href=b>link</a>.</p><li><a>a</a> <a>b</a></li>"
    )
    assert result[0].markup.link_density == 1.0
    assert result[0].markup.in_link
    assert 0.2 < result[1].markup.link_density < 0.5
    assert not result[1].markup.in_link
    assert result[2].markup.link_density == 1.0
    assert not result[2].markup.in_link  # two links, not one
    assert result[2].markup.in_list


def test_hints_from_class_id_role_and_tags() -> None:
    page = (
        "<nav><a>Home</a></nav>"
        "<div class='c-footer__links' id='siteFooter'><p>About</p></div>"
        "<div role='complementary'><p>More</p></div>"
        "<div class='articleBody'><p>Body</p><p><span class='byline'>By Ann</span></p></div>"
        "<figure><figcaption>Photo</figcaption></figure>"
        "<div class='hidden-xs'>x</div>"
    )
    hints = [sorted(b.markup.hints) for b in blocks(page)]
    assert hints == [
        ["nav"],
        ["footer"],
        ["sidebar"],
        ["content"],
        ["byline", "content"],
        ["caption"],
        ["hidden"],
    ]


def test_inline_hints_count_only_when_they_cover_the_line() -> None:
    result = blocks("<p>Body text and <a class='share-link'>share</a></p>")
    assert "share" not in result[0].markup.hints


def test_itemprop_datetime_rel_author() -> None:
    page = (
        "<div itemprop='articleBody'><p>Body</p></div>"
        "<p>By <a rel='author' href='/a'>Ann Lee</a></p>"
        "<p>Posted <time datetime='2024-05-01T10:00'>May 1</time></p>"
        "<h1 itemprop='headline'>Title</h1>"
    )
    body, byline, date, title = blocks(page)
    assert body.markup.in_article
    assert body.markup.itemprop == "articleBody"
    assert byline.markup.rel_author
    assert date.markup.datetime == "2024-05-01T10:00"
    assert not byline.markup.datetime
    assert title.markup.itemprop == "headline"
    assert "title" in title.markup.hints


def test_story_ids() -> None:
    page = (
        "<main><p>menu</p><article><p>one</p><div><p>two</p></div>"
        "<article><p>comment</p></article></article>"
        "<div itemprop='articleBody'><p>three</p></div></main><p>foot</p>"
    )
    story = {b.text: b.markup.story for b in blocks(page)}
    assert story["menu"] == 0  # <main> alone is no story element
    assert story["one"] == story["two"] != 0
    assert story["comment"] not in {0, story["one"]}  # a nested <article> is its own story
    assert story["three"] not in {0, story["one"], story["comment"]}
    assert story["foot"] == 0
    assert [b.markup.in_article for b in blocks(page)] == [True, True, True, True, True, False]


_PARA = "<p>The council met on Monday and agreed to reopen the old bridge after a long repair.</p>"


def test_layout_names_of_a_wrapper_that_holds_most_text_give_no_hints() -> None:
    # "no-sidebars" on <body> and "content-with-sidebar" around the article name the layout
    page = (
        "<body class='no-sidebars'><nav class='main-nav'><a href='/'>Home</a> <a href='/w'>World</a></nav>"
        f"<div class='content-with-sidebar'><div class='article-body'>{_PARA * 3}</div>"
        "<aside class='sidebar'><p>Weather today</p></aside></div></body>"
    )
    hints = [sorted(b.markup.hints) for b in blocks(page)]
    assert hints == [["nav"], ["content"], ["content"], ["content"], ["content", "sidebar"]]


def test_layout_names_of_a_small_box_stay() -> None:
    # the same sidebar, holding less than half of the page's text outside links, keeps its hint
    page = f"<div class='article-body'>{_PARA * 3}</div><div class='sidebar'>{_PARA * 2}</div>"
    assert [sorted(b.markup.hints) for b in blocks(page)][-1] == ["sidebar"]


def test_layout_names_of_the_story_wrapper_give_no_hints_beside_a_long_thread() -> None:
    # the element around the <h1> and the story is named for its share bar; a long thread holds more
    # of the page's text than the story, but the wrapper's name is still the layout's
    page = (
        f"<div class='post has-share-bar'><h1>Bridge to reopen</h1>{_PARA * 2}<p>Coat: Example</p></div>"
        f"<div class='comments'>{_PARA * 5}</div>"
    )
    hints = [sorted(b.markup.hints) for b in blocks(page)]
    assert all("share" not in h for h in hints[:4])
    assert hints[-1] == ["comment"]


def test_a_small_box_around_a_heading_keeps_its_layout_names() -> None:
    # a share box holding its own <h1> and little of the page's text is no story wrapper
    page = f"<div class='share-box'><h1>Share</h1><p>Tweet this</p></div><div class='text'>{_PARA * 6}</div>"
    assert "share" in blocks(page)[1].markup.hints


def test_a_quoted_social_post_is_no_share_bar() -> None:
    page = (
        "<blockquote class='twitter-tweet'><p>Solid run support this week.</p></blockquote>"
        "<div class='twitter-share'><p>Tweet this</p></div>"
    )
    quoted, bar = blocks(page)
    assert "share" not in quoted.markup.hints
    assert "share" in bar.markup.hints


def test_a_comment_name_around_the_story_headline_gives_no_hint() -> None:
    # "with-comments" around the <h1> and the story names the template; the thread keeps its name
    def page(h: str) -> str:
        return (
            f"<div class='with-comments'>{h}<div class='article-body'>{_PARA * 3}</div>"
            "<div class='comments'><p>Great piece, thanks.</p></div></div>"
        )

    hints = {b.text: b.markup.hints for b in blocks(page("<h1>Bridge reopens</h1>"))}
    assert "comment" not in hints["Bridge reopens"]
    assert "comment" in hints["Great piece, thanks."]
    assert [b.markup.hints for b in blocks(page("<h2>Bridge reopens</h2>"))][1] == {"comment", "content"}


def test_caption_names_of_a_story_header_give_no_hint() -> None:
    page = (
        "<div class='hero has-caption'><h1>Bridge reopens</h1><p>The old bridge is open again.</p></div>"
        f"<figure><div class='image-credit'>Photo: Ann Lee</div></figure><div class='article-body'>{_PARA * 3}</div>"
    )
    hints = {b.text: b.markup.hints for b in blocks(page)}
    assert "caption" not in hints["Bridge reopens"]
    assert "caption" not in hints["The old bridge is open again."]
    assert "caption" in hints["Photo: Ann Lee"]


def test_caption_chars_boundary() -> None:
    for n, kept in ((600, True), (601, False)):
        page = f"<div class='caption'><p>{'x' * n}</p></div><div>{'y' * 5 * n}</div>"
        assert ("caption" in blocks(page)[0].markup.hints) is kept, n


def test_comment_names_of_a_large_section_stay() -> None:
    # a comment thread can outweigh a short article: its name is kept
    page = f"<div class='article-body'>{_PARA}</div><div class='comments'>{_PARA * 3}</div>"
    assert [sorted(b.markup.hints) for b in blocks(page)][-1] == ["comment"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("relatedStories", {"related"}),
        ("more-stories", {"related"}),
        ("artikel-kommentare", {"comment", "content"}),
        ("comentarios", {"comment"}),
        ("Bildunterschrift", {"caption"}),
        ("ad-slot", {"ad"}),
        ("header shadow load canvas", {"header"}),  # no "ad" or "nav" inside words
        ("col-md-4 container", set()),
        ("cookie-consent gdpr", {"cookie"}),
        ("newsletter-signup", {"newsletter"}),
        ("sr-only", {"hidden"}),
        ("article-widget embed-widget", {"content"}),  # a widget in the article is an embed, no sidebar
    ],
)
def test_class_hints(value: str, expected: set[str]) -> None:
    assert class_hints(value) == expected


def test_class_hints_finds_every_stem_of_a_compound() -> None:
    # stems side by side, and overlapping ("comment" and "teaser" share the "t" of "commenteaser")
    assert class_hints("relatedCommentsNewsletter commenteaser") == {"related", "comment", "newsletter"}
    assert class_hints("commenteaser") == {"comment", "related"}


@given(
    st.lists(st.text(alphabet="abc-", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="abc-x", max_size=12),
)
def test_trie_pattern_matches_what_the_alternation_matches(words: list[str], text: str) -> None:
    plain = re.compile("|".join(re.escape(w) for w in words))
    trie = re.compile(_trie_pattern(words))
    assert bool(trie.search(text)) == bool(plain.search(text))
    assert bool(trie.fullmatch(text)) == (text in words)


def test_deep_tree_walk_is_iterative() -> None:
    page = "<span>" * 50_000 + "x" + "</span>" * 50_000
    assert texts(page) == ["x"]


def _shingles(text: str) -> set[tuple[str, ...]]:
    toks = re.findall(r"\w+", text)
    return {tuple(toks[i : i + 4]) for i in range(len(toks) - 3)}


@pytest.mark.skipif(not DEVSET.exists(), reason="shared dev set not available")
def test_devset_body_is_recoverable() -> None:
    import json

    truth = json.loads((DEVSET / "truth.json").read_text(encoding="utf-8"))
    found = total = 0
    for page_id in sorted(truth)[:25]:
        body = truth[page_id].get("articleBody")
        if not body:
            continue
        data = gzip.decompress((DEVSET / "html" / f"{page_id}.html.gz").read_bytes())
        want = _shingles(body)
        have = _shingles("\n".join(b.text for b in html_to_page(data).blocks))
        found += len(want & have)
        total += len(want)
    assert found / total > 0.97


_LONG = "Officials said on Monday that the old bridge would reopen after a long repair. "


def test_noscript_holding_the_page_text_is_rendered() -> None:
    # a script-drawn article kept in <noscript> for readers without scripts
    reps = NOSCRIPT_TEXT_CHARS // len(_LONG.replace(" ", "")) + 1
    article = f"<p>{_LONG * reps}</p>"
    assert texts(f"<p>kept</p><noscript>{article}<noscript>inner</noscript></noscript><p>last</p>") == [
        "kept",
        (_LONG * reps).strip(),
        "inner",
        "last",
    ]
    # one character short of the bound: a notice, dropped
    short = "x" * (NOSCRIPT_TEXT_CHARS - 1)
    assert texts(f"<p>kept</p><noscript><p>{short}</p></noscript><p>last</p>") == ["kept", "last"]
    assert texts(f"<p>kept</p><noscript><p>{short}x</p></noscript><p>last</p>") == ["kept", short + "x", "last"]


def test_an_unclosed_noscript_does_not_swallow_the_page() -> None:
    # "<noscript><div></noscript>": the parser puts the rest of the page inside the <noscript>
    body = "".join(f"<p>{k} {_LONG}</p>" for k in range(40))
    got = texts(f"<body><noscript><div id='nojs'></noscript><div>{body}</div></body>")
    assert len(got) == 40
    assert got[0].startswith("0 Officials")


def test_slot_built_block_equals_the_constructed_one() -> None:
    owner = _Owner("p", 2, 7, frozenset({"nav"}), 4, False, True, "text", (3, 1), None)  # noqa: FBT003
    made = _block_of("x", owner, 0.25, frozenset({"content"}), True, False, "2024-05-01", "name", True, 4)  # noqa: FBT003
    fields = ("p", 2, 7, 0.25, frozenset({"content"}), True, False, True, False, "2024-05-01", "name", True, (3, 1), 4)
    markup = Markup(*fields)
    assert made == Block("x", markup)
    assert hash(made) == hash(Block("x", markup))
