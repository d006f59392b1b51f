"""A paragraph printed twice in a row: one paragraph, kept once on both paths."""

from __future__ import annotations

from newsclean.classifiers._twins import image_markers, twins
from newsclean.classifiers.base import PageContext
from newsclean.classifiers.markup import MarkupVotes
from newsclean.labels import Label
from newsclean.lines import Markup, build_lines, split_lines

_CAPTION = "The new bridge over the river opened to traffic on Monday morning."
_OTHER = "Officials said that the repairs had taken more than two years to finish."


def test_a_twin_run_skips_blanks_and_image_markers() -> None:
    lines = split_lines(f"{_OTHER}\n\n{_CAPTION}\n[photo]\n\n{_CAPTION}\n\n{_OTHER}.")
    runs = twins(lines, image_markers(lines))
    assert [[lines[i].text for i in run] for run in runs] == [[_CAPTION, _CAPTION]]


def test_a_short_or_unfinished_line_printed_twice_is_no_twin() -> None:
    title = "Bridge Opens To Traffic On Monday"
    lines = split_lines(f"Read more\n\nRead more\n\n{title}\n{title}")
    assert twins(lines, image_markers(lines)) == []


def test_html_twins_are_voted_without_a_main_container() -> None:
    # two <p> with one text and nothing else: no container, but still one paragraph shown twice
    rows = [_CAPTION, _CAPTION]
    markups = [Markup(tag="p") for _ in range(2)]
    lines = build_lines([(text, i, i + 1) for i, text in enumerate(rows)], markups=markups)
    votes = MarkupVotes().classify(lines, PageContext())
    first, last = votes
    assert first is not None
    assert first.label is Label.OTHER
    assert last is None
