# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""Tests for newsclean.html.meta: title, Open Graph, JSON-LD and meta-tag evidence."""

from __future__ import annotations

import json

from newsclean.html import looks_like_html
from newsclean.html.meta import PageMeta, extract_meta
from newsclean.html.parse import parse_html


def meta(page: str) -> PageMeta:
    return extract_meta(parse_html(page))


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_empty_page() -> None:
    assert meta("") == PageMeta()


def test_head_metadata() -> None:
    page = (
        '<html lang="de"><head><title> Story | Site </title>'
        '<meta property="og:title" content="Story">'
        '<meta property="og:description" content="Short &amp; sweet">'
        '<meta property="og:site_name" content="Site">'
        '<meta property="article:published_time" content="2024-05-01T08:00:00Z">'
        '<meta property="article:modified_time" content="2024-05-02">'
        '<meta property="article:section" content="Politik">'
        '<meta property="article:tag" content="Wahl"><meta name="keywords" content="Wahl, Berlin,  Bund ">'
        '<meta name="author" content="Anna Schmidt">'
        '<meta property="article:author" content="https://facebook.com/anna">'
        '<link rel="canonical" href="https://example.org/story">'
        "</head><body><svg><title>icon</title></svg></body></html>"
    )
    assert meta(page) == PageMeta(
        title="Story | Site",
        og_title="Story",
        headline=None,
        authors=("Anna Schmidt",),
        published="2024-05-01T08:00:00Z",
        modified="2024-05-02",
        description="Short & sweet",
        site_name="Site",
        canonical_url="https://example.org/story",
        language="de",
        section="Politik",
        tags=("Wahl", "Berlin", "Bund"),
    )


def test_jsonld_graph_and_lists() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example"},
            {"@type": "Organization", "name": "Example Media"},
            {
                "@type": ["ReportageNewsArticle"],
                "headline": "Big story",
                "author": [{"@type": "Person", "name": "A. One"}, "B. Two", {"@id": "#x"}],
                "datePublished": "2023-01-02",
                "dateModified": "2023-01-03",
                "articleSection": ["World", "Europe"],
                "keywords": ["x", "y"],
                "inLanguage": "en-GB",
            },
        ],
    }
    result = meta(f"<head>{ld([graph])}</head>")
    assert result.headline == "Big story"
    assert result.authors == ("A. One", "B. Two")
    assert result.published == "2023-01-02"
    assert result.modified == "2023-01-03"
    assert result.site_name == "Example Media"
    assert result.section == "World"
    assert result.tags == ("x", "y")
    assert result.language == "en-GB"


def test_jsonld_publisher_and_precedence() -> None:
    obj = {
        "@type": "NewsArticle",
        "headline": "H",
        "datePublished": "2020-01-01",
        "publisher": {"@type": "Organization", "name": "Pub"},
        "author": {"@type": "Person", "name": "C. Three"},
    }
    page = f'<head><meta property="article:published_time" content="1999-01-01">{ld(obj)}</head>'
    result = meta(page)
    assert result.published == "2020-01-01"
    assert result.site_name == "Pub"
    assert result.authors == ("C. Three",)


def test_broken_jsonld_is_skipped() -> None:
    page = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<script type="application/ld+json"><!--{"@type":"BlogPosting","headline":"Ok\ttab"}--></script>'
        '<script type="application/ld+json">' + "[" * 100_000 + "</script>"
    )
    assert meta(page).headline == "Ok tab"


def test_authors_dedupe_and_byline_prefix() -> None:
    page = (
        '<meta name="author" content="Ann Lee"><meta name="byl" content="By ann lee">'
        '<meta name="parsely-author" content="Bo Chen"><meta name="twitter:creator" content="@bo">'
    )
    assert meta(page).authors == ("Ann Lee", "Bo Chen")


def test_time_pubdate_fallback() -> None:
    assert meta("<article><time pubdate datetime='2021-03-04'>x</time></article>").published == "2021-03-04"


def test_looks_like_html() -> None:
    assert looks_like_html("<!doctype html><title>x</title>")
    assert looks_like_html(b"\n\n<HTML lang=en><body>x")
    assert looks_like_html("<div><p>a</p><p>b</p><span>c</span><a href=x>d</a></div>")
    assert not looks_like_html("Plain text with a stray <b> and x < y > z.")
    assert not looks_like_html("Title\n\nBody paragraph.\n")
    assert not looks_like_html(b"")


def test_body_marks_fill_bylines_and_dates_the_head_lacks() -> None:
    page = (
        "<html><head><title>T</title></head><body><h1>T</h1>"
        '<p class="byline">By <a rel="author" href="/a/ann">Ann Lee</a></p>'
        '<time class="published" datetime="2024-05-01">May 1</time>'
        '<time class="updated" datetime="2024-05-03">May 3</time></body></html>'
    )
    found = meta(page)
    assert found.bylines == ("Ann Lee", "By Ann Lee")
    assert found.published == "2024-05-01"
    assert found.modified == "2024-05-03"
    head = '<meta property="article:published_time" content="2024-04-30">'
    assert meta(page.replace("<title>", head + "<title>")).published == "2024-04-30"


def test_jsonld_author_referenced_by_id_in_a_graph() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "headline": "H", "author": {"@id": "https://ex.org/#/schema/person/1"}},
            {"@type": "Person", "@id": "https://ex.org/#/schema/person/1", "name": "Ann Lee"},
            {"@type": "Person", "@id": "https://ex.org/#/schema/person/2", "name": "Not Her"},
        ],
    }
    assert meta(ld(graph)).authors == ("Ann Lee",)
    graph["@graph"] = graph["@graph"][:1]  # a dangling reference names nobody
    assert meta(ld(graph)).authors == ()


def test_jsonld_date_created_stands_in_for_a_missing_date_published() -> None:
    obj = {"@type": "NewsArticle", "headline": "H", "dateCreated": "2024-05-01", "dateModified": "2024-06-01"}
    found = meta(ld(obj))
    assert (found.published, found.modified) == ("2024-05-01", "2024-06-01")
    found = meta(ld({**obj, "datePublished": "2024-05-02"}))
    assert found.published == "2024-05-02"


def test_footer_copyright_holder_is_page_metadata() -> None:
    page = "<html><body><p>Text.</p><footer><p>© 2012 Jane Doe. All rights reserved.</p></footer></body></html>"
    assert meta(page).copyright == "Jane Doe"
    assert meta("<html><body><p>© 2012 Jane Doe</p></body></html>").copyright is None


def test_generic_date_metas_are_kept_apart_from_publication_metas() -> None:
    page = '<html><head><meta name="date" content="2022-01-21"><meta name="DCTERMS.date" content="2022-01-20">'
    assert (meta(page).published, meta(page).dated) == (None, "2022-01-21")
    page += '<meta property="article:published_time" content="2022-01-25">'
    assert (meta(page).published, meta(page).dated) == ("2022-01-25", "2022-01-21")
