"""clean(): input validation, decoding, limits, formats, and the Article it returns."""

from __future__ import annotations

import codecs
import json

import pytest

import newsclean
from newsclean import Article, CleanConfig, ConfigError, InvalidInputError, Label, LimitExceededError, Pipeline, Vote

STORY = (
    "Home | World | Business | Sport\n\n"
    "Bridge Reopens After Two-Year Repair\n\n"
    "The old bridge over the river reopened on Monday after a repair that took two years, "
    "officials said, and traffic returned to the town centre within hours.\n\n"
    "Shop owners said business had fallen by a third while the bridge was closed, "
    "and several said they had feared they would have to close for good.\n\n"
    "© 2024 Example News. All rights reserved.\n"
)


@pytest.mark.parametrize("page", [None, 42, ["a page"], {"text": "x"}])
def test_non_text_input_is_rejected(page: object) -> None:
    with pytest.raises(InvalidInputError, match="str or bytes"):
        newsclean.clean(page)  # type: ignore[arg-type]


def test_url_must_be_a_string() -> None:
    with pytest.raises(InvalidInputError):
        newsclean.clean("text", url=b"https://example.com")  # type: ignore[arg-type]


@pytest.mark.parametrize("page", ["", "   \n\t\n  ", b"", b"\n\n"])
def test_empty_input_gives_an_empty_article(page: str | bytes) -> None:
    article = newsclean.clean(page)
    assert isinstance(article, Article)
    assert article.body == ""
    assert article.headline is None
    assert all(ll.label is Label.BLANK for ll in article.lines)


def test_utf16_bytes_with_bom() -> None:
    article = newsclean.clean(codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"))
    assert article.body.startswith("The old bridge over the river reopened")


def test_cp1252_bytes() -> None:
    text = STORY.replace("Shop owners", "Café owners").replace("officials said", "officials said – “finally”")
    article = newsclean.clean(text.encode("cp1252"))
    assert "Café owners" in article.body
    assert "“finally”" in article.body


def test_bytearray_and_memoryview_are_accepted() -> None:
    data = STORY.encode("utf-8")
    expected = newsclean.clean(STORY).body
    assert newsclean.clean(bytearray(data)).body == expected
    assert newsclean.clean(memoryview(data)).body == expected


def test_unknown_format_and_bad_config() -> None:
    with pytest.raises(ConfigError, match="format"):
        newsclean.clean(STORY, format="bogus")
    with pytest.raises(ConfigError):
        newsclean.clean(STORY, config={"favor": "recall"})  # type: ignore[arg-type]


def test_max_bytes_boundary() -> None:
    data = STORY.encode("utf-8")
    assert newsclean.clean(data, config=CleanConfig(max_bytes=len(data))).body
    with pytest.raises(LimitExceededError) as info:
        newsclean.clean(data, config=CleanConfig(max_bytes=len(data) - 1))
    assert info.value.limit == "max_bytes"
    wide = "ü" * 600  # 600 characters, 1200 UTF-8 bytes
    with pytest.raises(LimitExceededError):
        newsclean.clean(wide, config=CleanConfig(max_bytes=1000))


def test_long_lines_are_cut_with_a_warning() -> None:
    article = newsclean.clean(STORY + "x " * 200, config=CleanConfig(max_line_chars=100))
    assert any("max_line_chars" in w for w in article.warnings)


def test_text_story() -> None:
    article = newsclean.clean(STORY)
    assert article.headline == "Bridge Reopens After Two-Year Repair"
    assert article.paragraphs[0].startswith("The old bridge")
    assert article.paragraphs[-1].endswith("close for good.")
    assert "Home" not in article.body
    assert "rights reserved" not in article.body
    assert len(article.lines) == len(STORY.splitlines())


def test_html_input() -> None:
    html = (
        "<html><head><title>Harbour Festival Returns</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Harbour Festival Returns</h1>"
        "<p>The harbour festival returned on Saturday for the first time in five years, drawing thousands "
        "of visitors to the waterfront despite the rain.</p>"
        "<p>Organisers said the boat parade alone had attracted more people than the whole festival did "
        "in its last edition, and promised to make it a yearly event again.</p></article>"
        "<footer>Privacy policy | Terms of use</footer></body></html>"
    )
    for fmt in ("html", "auto"):
        article = newsclean.clean(html, format=fmt)
        assert isinstance(article, Article)
        assert article.headline == "Harbour Festival Returns"
        assert "boat parade" in article.body
        assert "Privacy policy" not in article.body


def test_custom_pipeline_is_used() -> None:
    class Everything:
        name = "everything"

        def classify(self, lines, context):
            return [None if line.is_blank else Vote(Label.NAVIGATION, 1.0, "all chrome") for line in lines]

    article = newsclean.clean(STORY, pipeline=Pipeline().with_classifier("everything", Everything()))
    assert article.body == ""
    assert {ll.classifier for ll in article.lines if not ll.line.is_blank} == {"everything"}


def test_to_dict_and_json_round_trip() -> None:
    article = newsclean.clean(STORY, url="https://example.com/news/bridge-reopens-after-repair")
    data = article.to_dict()
    assert data["headline"] == article.headline
    assert data["body"] == article.body
    assert data["paragraphs"] == list(article.paragraphs)
    assert data["url"] == "https://example.com/news/bridge-reopens-after-repair"
    assert "lines" not in data
    assert json.loads(article.to_json()) == data
    with_lines = json.loads(article.to_json(lines=True, indent=None))
    assert len(with_lines["lines"]) == len(article.lines)
    assert {row["label"] for row in with_lines["lines"]} <= {label.value for label in Label}
    assert "\n" not in article.to_json(indent=None)
