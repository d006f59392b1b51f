"""Article.lines built on first read, and a reflowed page's source lines built on demand."""

from __future__ import annotations

import dataclasses
import pickle

from newsclean import CleanConfig, clean
from newsclean.article import Article, LabeledLine, with_lines_on_demand
from newsclean.assemble import SourceLines
from newsclean.labels import Label
from newsclean.lines import build_lines, split_lines

WRAPPED = (
    "Home | News | Sport\n\n"
    "Bridge Reopens After Two Years of Repairs\n\n"
    "By Jane Doe\n\n"
    "The old bridge reopened on Monday after a repair that took two years, and the\n"
    "city council said the work came in under budget, officials told reporters at the\n"
    "site. Traffic is expected to return to its old levels within a few weeks.\n"
)


def test_lines_are_built_once_on_first_read() -> None:
    calls: list[int] = []
    line = split_lines("Hello world.")[0]
    labeled = (LabeledLine(line, Label.BODY, 1.0, "body", "prose", 0),)

    def build() -> tuple[LabeledLine, ...]:
        calls.append(1)
        return labeled

    article = with_lines_on_demand(Article(body="Hello world."), build)
    assert calls == []
    assert article.lines == labeled
    assert article.lines is article.lines
    assert calls == [1]


def test_deferred_lines_take_part_in_equality_pickling_and_replace() -> None:
    line = split_lines("Hello world.")[0]
    labeled = (LabeledLine(line, Label.BODY, 1.0, "body", "prose", 0),)
    article = with_lines_on_demand(Article(body="Hello world."), lambda: labeled)
    eager = Article(body="Hello world.", lines=labeled)
    assert article == eager
    assert hash(article) == hash(eager)
    assert pickle.loads(pickle.dumps(article)).lines == labeled
    assert dataclasses.replace(article, body="x").lines == labeled


def test_clean_lists_every_source_line_of_a_reflowed_page() -> None:
    article = clean(WRAPPED, format="text", config=CleanConfig(reflow=True))
    assert len({ll.block for ll in article.lines}) < len(article.lines)  # the paragraph was reflowed
    assert [ll.line.text for ll in article.lines] == [" ".join(r.split()) for r in WRAPPED.splitlines()]
    assert [ll.line.start for ll in article.lines] == list(range(len(WRAPPED.splitlines())))


def test_source_lines_text_and_words_match_the_built_lines() -> None:
    raws = ["  Two  words", "", "Ein Satz mit vier Wörtern.", "one"]
    built = build_lines([(r, i, i + 1) for i, r in enumerate(raws)], stopwords=frozenset({"mit"}))
    lazy = SourceLines(list(raws), frozenset({"mit"}))
    assert [lazy.text_and_words(i) for i in range(len(raws))] == [(ln.text, ln.words) for ln in built]
    assert len(lazy) == len(raws)
    assert tuple(lazy) == built
    assert [lazy.text_and_words(i) for i in range(len(raws))] == [(ln.text, ln.words) for ln in built]
