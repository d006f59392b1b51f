"""A paragraph printed twice in a row: one paragraph, kept once on both paths."""

from __future__ import annotations

from newsclean.classifiers._twins import caption_twins, credited_twins, doubled, image_markers, twins
from newsclean.classifiers.base import PageContext
from newsclean.classifiers.markup import MarkupVotes
from newsclean.labels import Label
from newsclean.lines import Markup, build_lines, split_lines

_CAPTION = "The new bridge over the river opened to traffic on Monday morning."


def _photo(text: str) -> bool:
    return "Photo" in text


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


def test_a_twin_beside_its_credit_is_a_caption_run() -> None:
    lines = split_lines(f"{_OTHER}\n\n{_CAPTION}\n\n{_CAPTION}\nPhoto: Jane Doe, AP\n\n{_OTHER}")
    credit = [line.text.startswith("Photo:") for line in lines]
    assert caption_twins(lines, image_markers(lines), [False] * len(lines), credit) == [[2, 4]]


def test_a_twin_after_an_image_marker_is_a_caption_run() -> None:
    lines = split_lines(f"{_OTHER}\n[photo]\n{_CAPTION}\n{_CAPTION}\n{_OTHER}")
    none = [False] * len(lines)
    assert caption_twins(lines, image_markers(lines), none, none) == [[2, 3]]


def test_a_paragraph_printed_twice_among_prose_is_no_caption_run() -> None:
    lines = split_lines(f"{_OTHER}\n\n{_CAPTION}\n\n{_CAPTION}\n\n{_OTHER}")
    assert twins(lines, image_markers(lines)) == [[2, 4]]
    none = [False] * len(lines)
    assert caption_twins(lines, image_markers(lines), none, none) == []


def test_a_paragraph_printed_twice_before_the_next_photo_is_no_caption_run() -> None:
    # the gallery counter after the copies opens the next photo's block: the paragraph is text
    lines = split_lines(f"{_OTHER}\n\n{_CAPTION}\n\n{_CAPTION}\n\nImage 2 of 3\n\n{_OTHER}")
    opener = [line.text.startswith("Image 2") for line in lines]
    assert caption_twins(lines, image_markers(lines), opener, [False] * len(lines)) == []


def test_a_caption_printed_once_as_a_list_item_is_still_a_twin() -> None:
    # a layout-preserving converter prints the image's alt text as a list item, then the caption
    lines = split_lines(f"{_OTHER}\n\n* {_CAPTION}\n{_CAPTION}\nPhoto: AP\n\n{_OTHER}")
    credit = [ln.text == "Photo: AP" for ln in lines]
    assert caption_twins(lines, image_markers(lines), [False] * len(lines), credit) == [[2, 3]]


def test_a_numbered_item_that_repeats_the_next_line_is_no_twin() -> None:
    # a breadcrumb's last step, numbered, repeats the headline under it: not an image's alt text
    lines = split_lines(f"3. {_CAPTION}\n{_CAPTION}\nPhoto: AP")
    credit = [ln.text == "Photo: AP" for ln in lines]
    assert caption_twins(lines, image_markers(lines), [False] * len(lines), credit) == []


def test_a_line_holding_one_caption_twice_is_doubled() -> None:
    # the reflow joins an alt text, its credit and the caption repeating it into one line
    assert doubled(f"{_CAPTION} Photo: Jane Doe, AP {_CAPTION}", _photo)
    assert doubled(f"• {_CAPTION} {_CAPTION} Photo: AP", _photo)
    # copies glued without a space still match past their first word
    assert doubled(f"{_CAPTION}{_CAPTION} Photo: AP", _photo)


def test_a_sentence_repeating_a_phrase_is_not_doubled() -> None:
    refrain = "we sail out over the sea, we sail out over the sea"
    assert not doubled(f"The children sang: {refrain}, and then the ferry left the harbour for the first time.", _photo)
    assert not doubled(f"{_OTHER} {_CAPTION} {_OTHER[:30]} and {_CAPTION[:40]} later on.", _photo)
    # one sentence said twice with no credit: left to the prose rules
    assert not doubled(f"{_CAPTION} 123 more {_CAPTION}", _photo)
    assert not doubled(f"{_CAPTION} {_CAPTION}", _photo)


def test_an_alt_text_before_its_caption_with_a_credit_is_a_credited_twin() -> None:
    lines = split_lines(f"{_OTHER}\n\n{_CAPTION}\n\n{_CAPTION} (Photo: Jane Doe)\n\n{_OTHER}")
    credit = [line.text.endswith("(Photo: Jane Doe)") for line in lines]
    assert credited_twins(lines, image_markers(lines), credit) == [[2, 4]]


def test_a_line_continued_by_a_credit_line_is_no_credited_twin_without_the_credit_vote() -> None:
    # the next line repeats the words and goes on with prose: no credit, no caption
    lines = split_lines(f"{_CAPTION}\n{_CAPTION} The council said more work is planned for the next year.")
    assert credited_twins(lines, image_markers(lines), [False] * len(lines)) == []


def test_an_alt_text_with_a_glued_image_marker_and_its_caption_are_a_caption_run() -> None:
    lines = split_lines(f"{_OTHER}\n\n{_CAPTION[:-1]}[bridge-2]\n\n{_CAPTION[:-1]}\n\n{_OTHER}")
    none = [False] * len(lines)
    assert caption_twins(lines, image_markers(lines), none, none) == [[2, 4]]


def test_a_credited_caption_printed_twice_with_a_heading_joined_is_a_credited_twin() -> None:
    # the caption carries its credit both times; the reflow joined the next heading to the second copy
    caption = f"{_CAPTION} Jane DOE / AFP"
    lines = split_lines(f"{caption}\n{caption} Highlights\n{_OTHER}")
    credit = [True, False, False]
    assert credited_twins(lines, image_markers(lines), credit) == [[0, 1]]


def test_a_caption_and_its_copy_cut_short_by_an_ellipsis_are_a_caption_run() -> None:
    # a gallery prints the caption in full, then cut short with an ellipsis, then the credit
    full = "The new bridge over the river opened to traffic on Monday morning after two years of work. less"
    cut = "The new bridge over the river opened to traffic on Monday morning after two ... more"
    lines = split_lines(f"Image 1 of 8\n{full}\n{cut}\nPhoto: Jane Doe, AP\n{_OTHER}")
    credit = [ln.text.startswith("Photo:") for ln in lines]
    assert caption_twins(lines, image_markers(lines), [False] * len(lines), credit) == [[1, 2]]


def test_a_lead_repeating_the_caption_above_it_is_no_cut_copy() -> None:
    # a story's first sentence repeats the caption's words, with no ellipsis: it is text
    caption = "The new bridge over the river opened to traffic on Monday morning. (Published Monday)"
    lead = "The new bridge over the river opened to traffic on Monday."
    lines = split_lines(f"[bridge-1]\n{caption}\n{lead}\n{_OTHER}")
    none = [False] * len(lines)
    assert caption_twins(lines, image_markers(lines), none, none) == []


def test_an_alt_text_and_its_credited_caption_apart_by_a_gallery_count() -> None:
    # a gallery prints the alt text, the photo's count ("6"), then the caption with its credit glued on
    alt = "A boat on the lake at dawn, seen from the north bank"
    lines = split_lines(f"{_OTHER}\n\n{alt}\n6\n{alt}Credit: Jane Doe\n\n{_OTHER}")
    credit = [ln.text.endswith("Jane Doe") for ln in lines]
    assert credited_twins(lines, image_markers(lines), credit) == [[2, 4]]


def test_a_sentence_that_goes_on_after_a_count_is_no_credited_twin() -> None:
    # the second line starts with all the first one's words, but goes on in lower case: no credit glued on
    alt = "A boat on the lake at dawn, seen from the north bank"
    lines = split_lines(f"{alt}\n6\n{alt}side of the river Photo: Jane Doe")
    assert credited_twins(lines, image_markers(lines), [False, False, True]) == []
