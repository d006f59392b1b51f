"""explain_html without a browser: structure, escaping, the article panel, the legend."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

from newsclean import Article, Label, LabeledLine, clean
from newsclean.explain import LABEL_COLORS, explain_html
from newsclean.lines import split_lines

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seed_devdiscourse.txt"


class _Lines(HTMLParser):
    """Collect each <li class="line ..."> with its classes, title and text."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[dict[str, str]] = []
        self._in: dict[str, str] | None = None
        self._span = ""
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        a = {k: v or "" for k, v in attrs}
        if tag == "li" and "line" in a.get("class", "").split():
            self._in = {"class": a["class"], "title": a.get("title", ""), "text": ""}
            self.items.append(self._in)
        elif tag == "span" and self._in is not None:
            self._span = a.get("class", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "li":
            self._in = None
        if tag == "span":
            self._span = ""

    def handle_data(self, data: str) -> None:
        if self._in is not None and self._span == "text":
            self._in["text"] += data


def _parse(page: str) -> _Lines:
    parser = _Lines()
    parser.feed(page)
    parser.close()
    return parser


def test_every_line_is_there_in_order_with_its_label_class() -> None:
    article = clean(SEED.read_bytes())
    parsed = _parse(explain_html(article))
    assert len(parsed.items) == len(article.lines)
    for item, ll in zip(parsed.items, article.lines, strict=True):
        assert f"label-{ll.label.value}" in item["class"].split()
        assert item["text"] == ll.line.text
        assert f"score {ll.score:.2f}" in item["title"]
        assert ll.reason in item["title"]
        assert ll.classifier in item["title"]


def test_self_contained_no_scripts_or_external_assets() -> None:
    page = explain_html(clean(SEED.read_bytes()))
    assert page.startswith("<!DOCTYPE html>")
    tags = set(_parse(page).tags)
    assert "script" not in tags
    assert "link" not in tags
    assert "img" not in tags
    assert not re.search(r"(src|href)\s*=", page)
    assert "url(" not in page  # no CSS fetches either


def test_everything_is_escaped() -> None:
    evil = '<script>alert("x")</script> & "quotes" \'single\''
    line = split_lines(evil)[0]
    article = Article(
        body=evil, paragraphs=(evil,), headline=evil, authors=(evil,), dateline=evil, source=evil,
        summary=evil, url=evil, warnings=(evil,), tags=(evil,),
        lines=(LabeledLine(line=line, label=Label.BODY, score=0.5, classifier=evil, reason=evil, block=0),),
    )
    page = explain_html(article, title=evil)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    parsed = _parse(page)
    assert parsed.items[0]["text"] == evil  # the parser unescapes back to the original text
    assert evil in parsed.items[0]["title"]


def test_article_panel_shows_metadata_and_body() -> None:
    article = Article(
        headline="Bridge Reopens",
        authors=("Jane Doe", "John Smith"),
        published=datetime(2024, 11, 7, 9, 30, tzinfo=timezone.utc),
        updated=datetime(2024, 11, 8, 10, 0, tzinfo=timezone.utc),
        dateline="LONDON",
        source="Reuters",
        language="en",
        body="First paragraph.\n\nSecond paragraph.",
        paragraphs=("First paragraph.", "Second paragraph."),
    )
    page = explain_html(article)
    assert '<h3 class="headline">Bridge Reopens</h3>' in page
    assert "<dd>Jane Doe, John Smith</dd>" in page
    assert "<dd>2024-11-07T09:30:00+00:00</dd>" in page
    assert "<dd>2024-11-08T10:00:00+00:00</dd>" in page
    assert "<dd>LONDON</dd>" in page
    assert "<dd>Reuters</dd>" in page
    assert "<p>First paragraph.</p><p>Second paragraph.</p>" in page
    assert "<title>Bridge Reopens · newsclean explain</title>" in page


def test_empty_article_says_so() -> None:
    page = explain_html(clean(""))
    assert "No article body was found" in page
    assert "<title>newsclean explain · newsclean explain</title>" in page
    assert _parse(page).items == []


def test_legend_lists_every_label_with_its_count() -> None:
    article = clean(SEED.read_bytes())
    page = explain_html(article)
    for label in Label:
        assert label in LABEL_COLORS
        count = sum(1 for ll in article.lines if ll.label is label)
        assert re.search(rf'label-{label.value}"[^>]*></span><b>{label.value}</b><span class="n">{count}</span>', page)
        assert f".label-{label.value} {{" in page  # a CSS rule per label


def test_revised_lines_are_marked() -> None:
    article = clean(SEED.read_bytes())
    parsed = _parse(explain_html(article))
    for item, ll in zip(parsed.items, article.lines, strict=True):
        assert ("revised" in item["class"].split()) == (ll.classifier == "context")
