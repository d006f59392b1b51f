"""Promo headings added to the shared lexicon: each heads other stories, in several languages."""

from __future__ import annotations

import pytest

from newsclean import PageContext
from newsclean.classifiers.promo import Promo
from newsclean.lines import split_lines


@pytest.mark.parametrize(
    "heading",
    [
        "Mehr Videos",
        "More on Book Review",
        "Weitere Videos",
        "Más videos",
        "Plus de vidéos",
        "Saiba Mais",
        "Veja mais",
        "Diese Artikel könnten Sie ebenfalls interessieren",
    ],
)
def test_a_heading_over_other_stories_gets_a_promo_heading_vote(heading: str) -> None:
    vote = Promo().classify(split_lines(heading), PageContext())[0]
    assert vote is not None
    assert vote.reason.startswith("promo heading")


def test_a_sentence_using_the_words_gets_no_heading_vote() -> None:
    line = "Die Polizei wertet nun mehr Videos der Tat aus, die Zeugen ihr geschickt haben."
    vote = Promo().classify(split_lines(line), PageContext())[0]
    assert vote is None or not vote.reason.startswith("promo heading")


def test_russian_most_popular_heads_a_promo_block() -> None:
    vote = Promo().classify(split_lines("Самые популярные диеты"), PageContext())[0]
    assert vote is not None
    assert vote.reason.startswith("promo heading")
