"""Caption: credit markers, image markers, HTML figcaption, max_words."""

from __future__ import annotations

from newsclean import Label, PageContext
from newsclean.classifiers.caption import Caption
from newsclean.lines import Markup, build_lines, split_lines

CTX = PageContext()


def test_max_words_boundary() -> None:
    text = "The mayor cuts the ribbon on the new bridge. (Photo: Reuters)"
    (line,) = split_lines(text)
    assert Caption(max_words=line.words).classify([line], CTX)[0] is not None
    assert Caption(max_words=line.words - 1).classify([line], CTX)[0] is None


def test_signals() -> None:
    credit, trailing, image, prose = Caption().classify(
        split_lines(
            "Foto: dpa\nThe mayor opens the bridge. | Getty Images\n[IMG] The new bridge\n"
            "The council said the bridge would open in May."
        ),
        CTX,
    )
    assert credit is not None
    assert credit.label is Label.CAPTION
    assert credit.reason == "credit marker at start"
    assert trailing is not None
    assert trailing.reason == "photo credit at end"
    assert image is not None
    assert image.reason == "image marker"
    assert prose is None


def test_figcaption_markup() -> None:
    (line,) = build_lines([("A quiet street at dawn", 0, 1)], markups=[Markup(tag="figcaption")])
    vote = Caption().classify([line], CTX)[0]
    assert vote is not None
    assert vote.score == 0.75
