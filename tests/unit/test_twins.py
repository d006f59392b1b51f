"""A paragraph printed twice in a row: one paragraph, kept once on both paths."""

from __future__ import annotations

from newsclean.classifiers._twins import image_markers, twin_lasts, twins
from newsclean.classifiers.base import PageContext
from newsclean.classifiers.body import Body
from newsclean.labels import Label
from newsclean.lines import split_lines

_CAPTION = "The new bridge over the river opened to traffic on Monday morning."
_OTHER = "Officials said that the repairs had taken more than two years to finish."


def test_a_twin_run_skips_blanks_and_image_markers() -> None:
    lines = split_lines(f"{_OTHER}\n\n{_CAPTION}\n[photo]\n\n{_CAPTION}\n\n{_OTHER}.")
    runs = twins(lines, image_markers(lines))
    assert [[lines[i].text for i in run] for run in runs] == [[_CAPTION, _CAPTION]]


def test_the_last_copy_of_an_adjacent_twin_is_free_of_its_repeat_count() -> None:
    lines = split_lines(f"{_CAPTION}\n\n{_CAPTION}\n\n{_OTHER}")
    assert [lines[i].text for i in twin_lasts(lines)] == [_CAPTION]


def test_a_twin_printed_again_elsewhere_still_counts_as_a_repeat() -> None:
    lines = split_lines(f"{_CAPTION}\n\n{_CAPTION}\n\n{_OTHER}\n\n{_CAPTION}")
    assert twin_lasts(lines) == frozenset()


def test_the_body_vote_on_the_last_copy_is_the_vote_on_a_single_paragraph() -> None:
    twin = split_lines(f"{_CAPTION}\n\n{_CAPTION}\n\n{_OTHER}")
    once = split_lines(f"{_CAPTION}\n\n{_OTHER}")
    context = PageContext()
    twin_votes = Body().classify(twin, context)
    once_votes = Body().classify(once, context)
    last = max(twin_lasts(twin))
    first_twin, first_once = twin_votes[last], once_votes[0]
    assert first_twin is not None
    assert first_once is not None
    assert first_twin.label is Label.BODY
    assert first_twin.score == first_once.score
