"""Lines: splitting on every line break, and the features each Line carries."""

from __future__ import annotations

import dataclasses

import pytest

from newsclean.language import stopwords
from newsclean.lines import (
    _ASCII_CHARS,
    Line,
    Markup,
    _char_counts,
    _new_line,
    _script_stopwords,
    build_lines,
    normalize_key,
    split_lines,
    split_physical,
)


def test_one_line_per_physical_line_blank_ones_too() -> None:
    lines = split_lines("Title\n\n  Body text.\n")
    assert [line.text for line in lines] == ["Title", "", "Body text."]
    assert [line.index for line in lines] == [0, 1, 2]
    assert lines[1].is_blank
    assert not lines[0].is_blank


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r", "\x0c", "\x0b", "\x1c", "\x85", "\u2028", "\u2029"])
def test_every_line_break_splits(sep: str) -> None:
    assert split_physical(f"a{sep}b") == ["a", "b"]


def test_control_characters_and_surrogates() -> None:
    assert split_physical("a\x00b\x07c") == ["a b c"]
    assert split_physical("x\ud800y") == ["x\ufffdy"]
    assert split_physical("") == []


def test_text_is_whitespace_folded() -> None:
    (line,) = split_lines("  Several   spaces\there  ")
    assert line.text == "Several spaces here"
    assert line.chars == len(line.text)


def test_indent_counts_tabs_as_four() -> None:
    a, b, c = split_lines("  two\n\tfour\nnone")
    assert (a.indent, b.indent, c.indent) == (2, 4, 0)


def test_word_counts_and_cjk() -> None:
    latin, cjk = split_lines("one two three\n東京都で新しい橋が開通した")
    assert latin.words == 3
    assert cjk.words >= 5  # letters of spaceless scripts count one word per two


def test_terminal_and_bullets() -> None:
    lines = split_lines('He said "yes."\nNo end here\n• item\n1. first\n[12] link\n-- rule')
    assert [line.terminal for line in lines[:2]] == [True, False]
    assert [line.bullet for line in lines[2:]] == ["•", "1.", "[12]", ""]


def test_an_o_bullet_needs_a_neighbour_item() -> None:
    # inscriptis prints a third-level list item as "o Item": two such lines in a row are a list, a lone one is a word
    listed = split_lines("  * Energy\n      o Forum\n      o Price lists\n\no rio corre")
    assert [line.bullet for line in listed] == ["*", "o", "o", "", ""]


def test_sentence_marks_of_other_scripts_end_a_line() -> None:
    # the Arabic question mark, the Urdu full stop, the Devanagari danda, the Ethiopic and
    # Armenian full stops end a sentence as "?" and "." do, bidi isolate after them or not
    texts = [
        "قالت الحكومة؟", "\u200fقالت الحكومة ستتحسن؟\u2069", "حکومت نے کہا۔", "सरकार ने कहा।", "መንግስት አለ።",
        "Կառավարությունը ասաց։",
    ]  # fmt: skip
    assert [line.terminal for line in split_lines("\n".join(texts))] == [True] * len(texts)


def test_ratios() -> None:
    (line,) = split_lines("ABC def 12")
    assert line.letter_ratio == pytest.approx(6 / 8)
    assert line.digit_ratio == pytest.approx(2 / 8)
    assert line.upper_ratio == pytest.approx(3 / 6)
    assert line.title_ratio == pytest.approx(1 / 2)


def test_repeats_blank_neighbours_and_position() -> None:
    lines = split_lines("Same Title\n\nsame title!\nOther")
    assert lines[0].repeats == 1
    assert lines[2].repeats == 1
    assert lines[3].repeats == 0
    assert lines[0].blank_before
    assert lines[0].blank_after
    assert not lines[2].blank_after
    assert lines[0].position == 0.0
    assert lines[3].position == 1.0


def test_link_markers_and_stopwords() -> None:
    (line,) = split_lines("See [1] and [IMG] the photo", stopwords={"the", "and"})
    assert line.link_markers == 2
    assert line.stopword_ratio == pytest.approx(2 / 6)


def test_build_lines_keeps_spans_and_markup() -> None:
    mark = Markup(tag="p", in_article=True)
    a, b = build_lines([("joined paragraph text", 0, 3), ("next", 3, 4)], markups=[mark, None])
    assert a.span == range(3)
    assert b.span == range(3, 4)
    assert a.markup is mark
    assert b.markup is None


def test_normalize_key() -> None:
    assert normalize_key("Read  More!") == "readmore"
    assert normalize_key("---") == ""


def test_line_is_frozen() -> None:
    line = Line(index=0, text="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.text = "y"  # type: ignore[misc]


def test_build_lines_sets_every_feature_by_name() -> None:
    # build_lines passes Line's fields positionally (it runs once per line of every page):
    # each feature must land in the field of its own name
    mark = Markup(tag="p")
    rows = [("  • Read MORE [3] of the, news.", 2, 5), ("", 5, 6), ("  • Read MORE [3] of the, news.", 6, 7)]
    line = build_lines(rows, stopwords=frozenset({"of", "the"}), markups=[mark, None, None])[0]
    expected = Line(
        index=0, text="• Read MORE [3] of the, news.", start=2, end=5, indent=2, words=6, chars=29,
        letter_ratio=line.letter_ratio, digit_ratio=line.digit_ratio, punct_ratio=line.punct_ratio,
        upper_ratio=line.upper_ratio, title_ratio=line.title_ratio, terminal=True, bullet="•",
        blank_before=True, blank_after=True, position=0.0, repeats=1, link_markers=1,
        stopword_ratio=2 / 6, markup=mark,
    )  # fmt: skip
    assert line == expected
    assert (line.letter_ratio, line.digit_ratio, line.upper_ratio, line.title_ratio) == (17 / 23, 1 / 23, 5 / 17, 2 / 5)
    assert line.punct_ratio == pytest.approx(5 / 23)


_GERMAN = frozenset({"der", "die", "und", "auf"})


def test_a_line_in_a_script_of_one_language_is_scored_with_that_languages_stop_words() -> None:
    # the same Hebrew line, on a German page and on a page of no known language, scores alike
    hebrew = "של הממשלה כי העירייה אחרי הודיעה"
    on_german, on_unknown = (split_lines(hebrew, stopwords=words)[0] for words in (_GERMAN, frozenset()))
    assert on_german.stopword_ratio > 0
    assert on_german.stopword_ratio == on_unknown.stopword_ratio
    greek = split_lines("Η κυβέρνηση και η πόλη για την γέφυρα", stopwords=_GERMAN)[0]
    assert greek.stopword_ratio > 0


def test_a_latin_line_keeps_the_pages_stop_words() -> None:
    line = split_lines("Die Brücke und der Bahnhof, über Jahre", stopwords=_GERMAN)[0]
    assert line.stopword_ratio == 3 / 7
    # a few Greek letters in a Latin line do not make it Greek
    assert split_lines("Der α-Wert und die Änderung", stopwords=_GERMAN)[0].stopword_ratio == 3 / 6



def test_a_single_letter_is_no_stop_word_in_a_line_of_two_tokens() -> None:
    letters = frozenset({"g", "a", "the"})
    assert split_lines("G Xyz,", stopwords=letters)[0].stopword_ratio == 0.0
    # a longer stop word counts, and in a longer line a one-letter one counts too
    assert split_lines("The Xyz", stopwords=letters)[0].stopword_ratio == 1 / 2
    assert split_lines("A cat sat", stopwords=letters)[0].stopword_ratio == 1 / 3


def test_a_line_in_a_script_of_several_languages_is_scored_with_its_best_languages_stop_words() -> None:
    # Cyrillic, Arabic and Devanagari are each written by several languages with stop-word lists: a
    # line is scored with the list of its own script that finds the most in it, whatever the page's
    # language, so the same paragraph scores alike on the page and in the body cleaned again alone
    russian = "Он сказал, что это было не так и что они вернутся"
    pages = (stopwords("ru"), stopwords("bg"), _GERMAN, frozenset())
    ratios = {split_lines(russian, stopwords=words)[0].stopword_ratio for words in pages}
    assert len(ratios) == 1
    assert ratios.pop() == split_lines(russian, stopwords=stopwords("ru"))[0].stopword_ratio > 0.5
    ukrainian = "Він сказав, що це було не так і що вони повернуться"
    on_russian = split_lines(ukrainian, stopwords=stopwords("ru"))[0].stopword_ratio
    assert on_russian == split_lines(ukrainian)[0].stopword_ratio > 0
    persian = "او گفت که این کار را انجام خواهد داد"
    on_arabic = split_lines(persian, stopwords=stopwords("ar"))[0].stopword_ratio
    assert on_arabic == split_lines(persian)[0].stopword_ratio > 0


def _naive_char_counts(text: str) -> tuple[int, int, int]:
    letters = sum(ch.isalpha() for ch in text)
    upper = sum(ch.isalpha() and ch.isupper() for ch in text)
    digits = sum(not ch.isalpha() and ch.isdigit() for ch in text)
    return letters, upper, digits


def test_char_counts_equal_a_character_by_character_count_over_every_code_point() -> None:
    # _char_counts counts a mixed line's ASCII part in its UTF-8 bytes and tests its other characters
    # one by one: every code point (lone surrogates too), each in a line with ASCII letters and digits
    step = 512
    for start in range(0x80, 0x110000, step):
        chars = "".join(map(chr, range(start, min(start + step, 0x110000))))
        text = f"Ab 9 {chars} Éz 0{chars[:3]}"
        assert _char_counts(text) == _naive_char_counts(text), hex(start)
    assert _char_counts("ABC def 123") == _naive_char_counts("ABC def 123")


def test_new_line_sets_each_field_in_order() -> None:
    values = [object() for _ in dataclasses.fields(Line)]  # one distinct object per field
    assert [getattr(_new_line(*values), f.name) for f in dataclasses.fields(Line)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Über die Brücke – „Zitat“",
        "של הממשלה הודיעה",
        "Der Satz: что вони кажуть",
        "Café ελληνικά 한국어 ไทย",
        "naïve ’quotes’ only",
        "कहा गया और ٣ أرقام",
    ],
)
def test_script_stopwords_with_the_distinct_characters_equals_the_scan(text: str) -> None:
    # _text_features passes the line's distinct non-ASCII characters: a line without a character of
    # the listed scripts is settled from them, any other is scanned as before
    tokens = text.split()
    folded = [t.casefold() for t in tokens]
    letters = sum(ch.isalpha() for ch in text)
    others = set(text).difference(_ASCII_CHARS)
    assert _script_stopwords(text, letters, folded, others) == _script_stopwords(text, letters, folded)
