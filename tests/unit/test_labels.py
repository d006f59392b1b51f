"""Label: the enum of what a line is."""

from __future__ import annotations

from newsclean import Label


def test_values_are_lowercase_names() -> None:
    assert all(label.value == label.name.lower() for label in Label)
    assert Label("headline") is Label.HEADLINE


def test_content_labels() -> None:
    content = {label for label in Label if label.is_content}
    assert content == {Label.HEADLINE, Label.SUMMARY, Label.BYLINE, Label.DATELINE, Label.BODY}


def test_every_label_is_present() -> None:
    assert {label.name for label in Label} == {
        "HEADLINE", "SUMMARY", "BYLINE", "DATELINE", "BODY", "CAPTION",
        "NAVIGATION", "PROMO", "COMMENT", "BLANK", "OTHER",
    }
