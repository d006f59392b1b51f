"""Pieces of a wrapped paragraph the reflow left apart: found, and kept together by the context pass."""

from __future__ import annotations

import itertools

import newsclean
from newsclean.labels import Label
from newsclean.lines import split_lines
from newsclean.wrapruns import continues, joined, paragraph_starts, run_end, run_start, runs

# One short paragraph wrapped at 80 columns: three breaks are too few for the reflow to find a width.
_PIECES = (
    "Die Regierung hat am Montag beschlossen, die alte Brücke über den Fluss für den",
    "ganzen Winter zu sperren, weil die Stadt die Reparatur nicht mehr aufschieben kann",
    "und die Kosten der Arbeiten seit dem letzten Jahr deutlich gestiegen sind, wie die",
    "Sprecherin sagte.",
)
_PAGE = "\n".join(
    [
        "* Home",
        "* News",
        "",
        *_PIECES,
        "",
        (
            "Die Arbeiten sollen im April beginnen. Die Stadt rechnet mit Kosten von mehreren Millionen Euro, "
            "die zum Teil das Land tragen wird."
        ),
        "",
        "Anwohner können die Fähre nutzen, die während der Sperrung alle zwanzig Minuten fährt und kostenlos ist.",
    ]
)


def test_a_sentence_broken_at_the_wrap_goes_on_and_a_capital_or_a_short_line_does_not() -> None:
    lines = split_lines("\n".join(_PIECES))
    assert [continues(a, b) for a, b in itertools.pairwise(lines)] == [True, True, False]
    assert runs(lines, 0, len(lines) - 1) == [range(3)]
    assert run_start(lines, 2) == 0
    assert run_end(lines, 0) == run_end(lines, 1) == 2
    assert run_end(lines, 3) == 3  # the line after the paragraph closes nothing


def test_a_menu_of_lower_case_items_is_no_wrapped_paragraph() -> None:
    lines = split_lines("home\nnews\nsport and weather\nabout us")
    assert runs(lines, 0, len(lines) - 1) == []


# A wrapped paragraph whose second piece, a row of nouns, reads alone as a title (found by a fuzz run).
_TITLE_SHAPED_PIECE = (
    "Die die die die die. Die die die die die die die die die die beschlossen",
    "beschlossen beschlossen geöffnet geöffnet entscheidung entscheidung die",
    "regierung geöffnet die die stadt. Die die die die die die die die stadt",
    "regierung die.",
)
_FUZZ_PAGE = "\n".join(
    [
        "* Home",
        "* News",
        "",
        *_TITLE_SHAPED_PIECE,
        "",
        "A a a a a. The the the the the the the the the the city repairs government the repairs.",
    ]
)


def test_every_piece_of_a_wrapped_paragraph_in_the_article_is_body() -> None:
    for page, pieces in ((_PAGE, _PIECES), (_FUZZ_PAGE, _TITLE_SHAPED_PIECE)):
        article = newsclean.clean(page, format="text")
        labels = {ll.line.text: ll.label for ll in article.lines}
        assert [labels[p] for p in pieces] == [Label.BODY] * len(pieces)
        # and cleaned again, the body keeps every paragraph
        again = newsclean.clean(article.body, format="text")
        assert set(article.paragraphs) <= set(again.paragraphs)


def test_the_body_joins_the_pieces_of_a_wrapped_paragraph_into_one() -> None:
    article = newsclean.clean(_FUZZ_PAGE, format="text")
    whole = " ".join(_TITLE_SHAPED_PIECE)
    assert whole in article.paragraphs
    assert not any(piece in article.paragraphs for piece in _TITLE_SHAPED_PIECE)


def test_joined_keeps_pieces_apart_when_a_line_between_is_not_in_the_body() -> None:
    lines = split_lines("\n".join(_PIECES))
    texts = [line.text for line in lines]
    assert paragraph_starts(lines, [0, 2]) == {}
    assert joined([texts[0], texts[2]], [0, 2], {}) == [texts[0], texts[2]]
    assert joined(texts[:2], [0, 1], paragraph_starts(lines, [0, 1])) == [f"{texts[0]} {texts[1]}"]


def test_joined_pieces_share_their_paragraphs_block() -> None:
    article = newsclean.clean(_FUZZ_PAGE, format="text")
    blocks = {ll.line.text: ll.block for ll in article.lines}
    assert len({blocks[p] for p in _TITLE_SHAPED_PIECE}) == 1


# A Hebrew paragraph wrapped at 80 columns: a caseless script opens no piece in lower case. Its middle
# pieces, rows of nouns, read alone as titles (the shape a fuzz run found).
_HEBREW_PIECES = (
    "המשטרה הודיעה ביום שני כי הגשר ייסגר. העירייה אישרה את התקציב החדש לתיקון הגשר.",
    "העירייה העירייה התקציב התקציב הגשר הגשר התיקון התיקון המשטרה המשטרה",
    "העירייה העירייה התקציב התקציב הגשר הגשר התיקון התיקון המשטרה",
    "המשטרה.",
)
_HEBREW_PAGE = "\n".join(["Bridge Closes For Winter", "", *_HEBREW_PIECES])


def test_a_caseless_scripts_piece_goes_on_from_a_line_as_wide_and_a_title_over_a_paragraph_does_not() -> None:
    lines = split_lines("\n".join(_HEBREW_PIECES))
    assert [continues(a, b) for a, b in itertools.pairwise(lines)] == [False, True, True]
    # a title (five words, no full stop) right over a wider line
    title, first = split_lines("הגשר הישן ייסגר לכל החורף\n" + _HEBREW_PIECES[1])
    assert not continues(title, first)


def test_every_piece_of_a_wrapped_caseless_paragraph_is_body_and_survives_a_second_clean() -> None:
    article = newsclean.clean(_HEBREW_PAGE, format="text")
    labels = {ll.line.text: ll.label for ll in article.lines}
    assert [labels[p] for p in _HEBREW_PIECES] == [Label.BODY] * len(_HEBREW_PIECES)
    again = newsclean.clean(article.body, format="text")
    assert set(article.paragraphs) <= set(again.paragraphs)


def test_a_figure_that_is_a_word_of_the_sentence_may_open_a_piece_and_a_list_number_may_not() -> None:
    # "... the city council said that\n1551 residents signed ...": the figure is a word of the sentence; "2." or
    # "3)" opens a list's item
    above = "The city council said on Monday that the petition against the closure was signed by"
    pieces = ["1551 residents and handed in.", "2. residents and handed in.", "3) residents and handed in."]
    assert [continues(*split_lines(f"{above}\n{piece}")) for piece in pieces] == [True, False, False]
    hebrew = "העירייה הודיעה כי הגשר הישן ייסגר לכל החורף וכי העבודות יימשכו עד האביב הבא לפי"
    assert continues(*split_lines(f"{hebrew}\n1551 תושבים חתמו.")), "a caseless script's piece, too"


def test_html_lines_go_on_from_one_another_only_inside_one_block() -> None:
    # <p>The council voted on Monday to close the old<br>bridge for the winter.</p>: one block, a <br> between
    html = newsclean.clean(
        "<html><body><article><p>The council voted on Monday to close the old<br>bridge for the winter.</p>"
        "<p>Officials said the repairs would take two years and cost far more than planned.</p></article></body></html>"
    )
    a, b = (ll.line for ll in html.lines[:2])
    assert continues(a, b)
    # two list items: the first ends no sentence and the second opens in lower case, yet they are two blocks
    items = newsclean.clean(
        "<html><body><article><p>Officials said the repairs to the old bridge would take two full years.</p>"
        "<ul><li>1 Glas (à 720 ml) Schattenmorellen</li><li>450 g weiche Butter</li>"
        "<li>cleaning high-touch areas on the vehicles, such as</li><li>handrails and the doors</li></ul>"
        "</article></body></html>"
    )
    texts = [ll.line.text for ll in items.lines]
    lines = {ll.line.text: ll.line for ll in items.lines}
    above = lines["cleaning high-touch areas on the vehicles, such as"]
    assert not continues(above, lines["handrails and the doors"])
    assert "cleaning high-touch areas on the vehicles, such as handrails and the doors" not in items.body
    assert texts.index("handrails and the doors") == texts.index(above.text) + 1
