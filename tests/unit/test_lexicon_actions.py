"""Calls to action added to the shared lexicon: one share button a line, a gallery's back link."""

from __future__ import annotations

import pytest

from newsclean import Label, PageContext
from newsclean.classifiers.promo import Promo
from newsclean.lines import split_lines


def _vote(text: str) -> Label | None:
    vote = Promo().classify(split_lines(text), PageContext())[0]
    return None if vote is None else vote.label


@pytest.mark.parametrize(
    "text", ["* Share to facebook", "Share to Twitter", "Back to Gallery", "Zurück zur Galerie", "Retour à la galerie"]
)
def test_share_button_and_gallery_link_are_calls_to_action(text: str) -> None:
    assert _vote(text) is Label.PROMO


@pytest.mark.parametrize("text", ["They agreed to share the costs.", "Its market share to rise, analysts say"])
def test_the_verb_share_is_no_call_to_action(text: str) -> None:
    assert _vote(text) is None


@pytest.mark.parametrize("text", ["Advert", "Pubblicità", "Mainos"])
def test_an_ad_slot_s_label_is_a_promo_heading(text: str) -> None:
    vote = Promo().classify(split_lines(text), PageContext())[0]
    assert vote is not None
    assert vote.reason.startswith("promo heading")
