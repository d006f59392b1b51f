"""The speed work's shortcuts give the results of the work they skip."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import numpy as np
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean import context, edges, language, quotes, reflow
from newsclean import lines as lines_module
from newsclean.classifiers import _twins, comment, lexicon, promo
from newsclean.classifiers.base import PageContext, Vote
from newsclean.labels import Label
from newsclean.lines import build_lines, split_lines
from newsclean.metadata import authors, dates, headline
from newsclean.pipeline import Pipeline
from newsclean.reflow import display_width


@pytest.mark.parametrize("marker", sorted(authors._MARKERS))
@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_marker_gate_passes_every_marker(marker: str, case: object) -> None:
    """Every marker, in any casing and between other words, passes the gate the search hides behind."""
    for text in (f"{case(marker)} Jane Doe", f"Foto: X | {case(marker)} Jane Doe", f"({case(marker)}: Jane Doe)"):  # type: ignore[operator]
        if authors._MARKER.search(text):
            assert authors._may_hold_marker(text), text


@pytest.mark.parametrize(
    "text", ["Maybe tomorrow", "Standby mode", "Privacy Policy", "Get Tickets", "Ad-free", "Dove", "Vonage"]
)
def test_marker_gate_rejects_lines_without_a_marker_word(text: str) -> None:
    """Marker letters inside other words ("maybe", "Vonage") do not open the gate."""
    assert authors._MARKER.search(text) is None
    assert not authors._may_hold_marker(text)


def test_marker_gate_folds_dotted_capital_i() -> None:
    """"İ" folds to "i" plus U+0307; the gate drops the dot as the markers' own folding does."""
    assert authors._may_hold_marker("WRİTTEN BY Jane Doe")


def test_blocked_language_scores_equal_the_library_scores() -> None:
    """Scoring a long sample block by block gives the library's language and nearly its scores."""
    ident = language._identifier()
    words = ["".join(a + b + c) for a in "bdgkmst" for b in "aeiou" for c in "nrl"]  # many distinct n-grams
    text = ("Der Bundestag hat am Donnerstag beschlossen: " + " ".join(words)).encode()
    visits = ident._visits(text)  # type: ignore[attr-defined]
    assert visits is not None
    assert len(visits) > language._SCORE_ROWS
    blocked = ident._sparse_score(visits, ident.nb_ptc)  # type: ignore[attr-defined]
    whole = super(type(ident), ident)._sparse_score(visits, ident.nb_ptc)
    assert int(np.argmax(blocked)) == int(np.argmax(whole))
    np.testing.assert_allclose(blocked, whole, rtol=1e-4, atol=1e-2)


def test_normalised_lines_keep_their_own_string() -> None:
    """A line already normalised is not copied; one with extra spaces is."""
    raw, spaced = "Plain line here.", "  Spaced   line "
    lines = build_lines([(raw, 0, 1), (spaced, 1, 2)])
    assert lines[0].text is raw
    assert lines[1].text == "Spaced line"


def test_shared_ratio_constants_keep_their_values() -> None:
    """Ratios of 0 and 1 are the same values the divisions give."""
    line = split_lines("ABC DEF")[0]
    assert (line.letter_ratio, line.digit_ratio, line.punct_ratio, line.upper_ratio, line.title_ratio) == (
        1.0, 0.0, 0.0, 1.0, 1.0,
    )


def test_unvoted_and_blank_decisions_are_shared_and_equal() -> None:
    """Unvoted lines share one decision object with the documented label, score and reason."""
    lines = split_lines("\n\n")
    decisions = Pipeline(()).run(lines, PageContext())
    assert all(d.label is Label.BLANK and d.score == 1.0 and d.votes == () for d in decisions)
    assert decisions[0] is decisions[1]
    other = Pipeline(()).run(split_lines("a\nb"), PageContext())
    assert all(d.label is Label.OTHER and d.reason == "no classifier voted" for d in other)


def test_cut_words_spell_out_the_cut_alternation() -> None:
    """The photo-credit gate's words are exactly what the credit pattern's alternation matches."""
    alternation = regex.search(r"\(\?:(photos\?[^)]*)\)", authors._CUT.pattern)
    assert alternation is not None
    spelled: set[str] = set()
    for alt in alternation.group(1).split("|"):
        spelled |= {alt[:-2], alt[:-1]} if alt.endswith("?") else {alt}
    assert spelled == authors._CUT_WORDS


@pytest.mark.parametrize(
    "text",
    ["Jane Doe | Foto: John Roe", "Jane Doe PHOTOS BY John Roe", "Bilder: dpa", "Jane Doe, Photography: X", "Photo"],
)
def test_gated_parse_equals_the_ungated_parse(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the word gates always open, a parse gives the same result."""
    gated = authors.parse_byline(text)
    monkeypatch.setattr(authors, "_MARKER_FIRST_WORDS", _Everything())
    monkeypatch.setattr(authors, "_CUT_WORDS", _Everything())
    assert authors.parse_byline(text) == gated


class _Everything(frozenset[str]):
    """A set that shares a member with every non-empty set."""

    def isdisjoint(self, other: object) -> bool:
        return False


def test_new_line_equals_the_constructor_and_stays_frozen() -> None:
    """The slot-setting constructor makes the same frozen Line as ``Line(...)``."""
    values = (3, "Text here.", 3, 4, 2, 2, 10, 0.8, 0.0, 0.2, 0.1, 0.5, True, "", False, True, 0.5, 1, 0, 0.5, None)
    made = lines_module._new_line(*values)
    assert made == lines_module.Line(*values)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing 1 required positional argument"):
        lines_module._new_line(*values[:-1])  # type: ignore[call-arg]


class _Same:
    """A classifier that casts one vote, equal on every line, as new objects."""

    name = "same"

    def classify(self, lines: object, context: PageContext) -> list[Vote | None]:
        return [Vote(Label.NAVIGATION, 0.6, "menu item") for _ in lines]  # type: ignore[attr-defined]


def test_equal_votes_share_one_pair_and_keep_their_weight() -> None:
    """Equal votes of one classifier share one (name, vote) pair; the weight still applies."""
    pipeline = Pipeline(()).with_classifier("same", _Same(), weight=0.5)
    decisions = pipeline.run(split_lines("a\nb\nc"), PageContext())
    assert len({id(d.votes[0]) for d in decisions}) == 1
    assert all(d.votes[0] == ("same", Vote(Label.NAVIGATION, 0.3, "menu item")) for d in decisions)
    assert all(d.label is Label.NAVIGATION and d.score == pytest.approx(0.3) for d in decisions)


def test_line_numbers_share_one_int_object() -> None:
    """A line's index, start and end reuse one int object per number, with their values unchanged."""
    lines = split_lines("\n".join(f"line {k}" for k in range(400)))
    assert [(ln.index, ln.start, ln.end) for ln in lines] == [(k, k, k + 1) for k in range(400)]
    assert lines[300].start is lines[300].index
    assert lines[300].end is lines[301].start


def test_ascii_tokenizer_reads_ascii_as_the_regex_tokenizer_does() -> None:
    """On ASCII text ``re``'s and ``regex``'s ``\\w`` are the same class: every ASCII character checked."""
    for code in range(128):
        char = chr(code)
        assert (lines_module.ASCII_TOKEN.fullmatch(char) is None) == (lines_module._TOKEN.fullmatch(char) is None)
    text = "Ab_9 x-y, (z) don't ÷ " + "".join(map(chr, range(128)))
    ascii_text = text.encode("ascii", "ignore").decode("ascii")
    assert lines_module.ASCII_TOKEN.findall(ascii_text) == lines_module._TOKEN.findall(ascii_text)


def test_visible_end_skips_the_scan_only_where_nothing_trails() -> None:
    """The ASCII characters the trailing-format pattern strips are the ones the shortcut scans for: all 128 checked."""
    for code in range(128):
        text = "Done." + chr(code)
        assert lines_module.visible_end(text) == lines_module._TRAILING_FORMAT.sub("", text), code
        assert (chr(code) in lines_module._ASCII_TRAILING) == (lines_module._TRAILING_FORMAT.search(text) is not None)
    assert lines_module.visible_end("Done.\u2069") == "Done."
    assert lines_module.visible_end("Done.\u200f \t") == "Done."
    assert lines_module.visible_end("") == ""


def test_casefold_keeps_word_and_other_characters_apart() -> None:
    """A word character folds to word characters only, any other character to none: so the repeat key of a
    line (its folded text without non-word characters) is its folded tokens. Every code point checked."""
    word = lines_module._TOKEN
    for code in range(0x110000):
        char = chr(code)
        folded = char.casefold()
        if folded == char:
            continue
        is_word = word.fullmatch(char) is not None
        assert all((word.fullmatch(f) is not None) == is_word for f in folded), hex(code)
    for text in ("Straße İstanbul ΣΑΣ — Ǆemal", "ﬁnal ǅ ß!", "Ελληνικά: ΟΔΟΣ"):
        assert "".join(word.findall(text)).casefold() == lines_module.normalize_key(text)


@pytest.mark.parametrize("second", ["", " ", ".", ")", "1", "a", "]", "\t"])
def test_bullet_gate_passes_every_line_the_bullet_pattern_matches(second: str) -> None:
    """The gate reads the first two characters; every opening the bullet pattern accepts passes it."""
    for code in range(0x3000):
        for tail in ("", " x", "2. x", "] x", ") x"):
            text = chr(code) + second + tail
            if text.strip() and lines_module._BULLET.match(text):
                assert lines_module._may_open_bullet(text), repr(text)


@pytest.mark.parametrize("ordinal", ["", "st", "TH"])
@pytest.mark.parametrize("de", ["", " de", "   de"])
@pytest.mark.parametrize("separators", ["", " ", ", ", " ,./", "----"])
def test_month_first_gate_passes_every_month_first_date(ordinal: str, de: str, separators: str) -> None:
    """The widest month-first dates (ordinal, " de", four separators) still pass the gate before their scan."""
    for month in ("March", "Mar.", "dezembro", "listopada"):
        text = f"Posted {month} 7{ordinal}{de}{separators}2024 by Jane"
        if dates._MDY_NAME.search(text):
            assert dates._DAY_THEN_YEAR.search(text), text
    assert dates._MDY_NAME.search("March 17th   de----2024")
    assert dates._DAY_THEN_YEAR.search("March 17th   de----2024")


@pytest.mark.parametrize(
    "text",
    ["By Jane Doe", "read more", "Jane doe-ish wrote: ééé ÉÉÉ", "Über die neue Brücke heute", "x'abcd-efgh ijkl’mnop",
     "Ab cdef ghij klmn opqr stuv", "A b-cdef’ghij klmn--opqr stuv wxyz", "東京 Jane Doe", "São Paulo ação ônibus"],
)
def test_byline_gate_on_short_lines_equals_the_full_check(text: str) -> None:
    """A line of few word tokens cannot hold more lowercase words than the limit: the count is skipped."""
    from newsclean.classifiers import byline

    for line in split_lines(text):
        assert len(byline._LOWER_WORD.findall(line.text)) <= max(line.words, 0)
        assert byline._may_be_byline(line) == byline.could_be_byline(line.text)


def test_desk_gate_characters_are_the_case_insensitive_classes() -> None:
    """The gate's sets hold every character the desk pattern's flags match to the desk words' last letters
    (k m f t s n e a я o g u) and to the second branch's first letters (w i): every code point checked."""
    last = regex.compile(r"[kmftsneaяogu]", authors._DESK.flags & (regex.IGNORECASE | regex.VERSION1))
    first = regex.compile(r"[wi]", authors._DESK.flags & (regex.IGNORECASE | regex.VERSION1))
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    assert {c for c in chars if last.fullmatch(c)} == authors._DESK_LAST_CHARS
    assert {c for c in chars if first.fullmatch(c)} == authors._DESK_FIRST_CHARS


@pytest.mark.parametrize(
    "piece",
    ["News Desk", "newsdesk", "Web-Desk", "DESK", "Newsroom", "Staff", "Staff Reports", "staff report", "Agencies",
     "Agency Report", "Online-Redaktion", "Redacción", "Rédaction", "Redazione", "Redactie", "Redakcja", "Redakce",
     "Redakcia", "Редакция", "Редакція", "Uredništvo", "Toimitus", "Szerkesztőség", "Wire", "Wires",
     "Wire Services", "Bureau", "The Sports Team", "With inputs from PTI", "Input from agencies.", "news  desk",
     "ONLINE-REDAKTION", "Jane Doe", "Staff\n", "WİTH inputs from AP", "ſtaff"],
)
def test_desk_gate_equals_the_desk_pattern(piece: str) -> None:
    """Each desk word of the pattern, in several casings: the gate gives the pattern's answer."""
    for text in (piece, piece.upper(), piece.lower(), piece.title()):
        assert authors._is_desk(text) == (authors._DESK.match(text) is not None), text


def _ungated(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """The same pattern without the name-head lookaheads (month and weekday lists alone)."""
    source = pattern.pattern.replace(r"(?=\L<month_heads>)", "").replace(r"(?=\L<weekday_heads>)", "")
    assert source != pattern.pattern
    return regex.compile(
        source, pattern.flags, ignore_unused=True, months=dates._MONTH_NAMES, weekdays=dates._WEEKDAY_NAMES
    )


_NAMED_PATTERNS = ("_DMY_NAME", "_MDY_NAME", "_YMD_NAME", "_YDM_NAME", "_WEEKDAY_BEFORE")


@pytest.mark.parametrize("name", _NAMED_PATTERNS)
def test_name_head_gates_keep_every_match(name: str) -> None:
    """Each month and weekday name, in any casing, in each date shape: the gated pattern matches as the ungated one."""
    gated = getattr(dates, name)
    plain = _ungated(gated)
    texts = []
    for month in dates._MONTH_NAMES:
        for m in {month, month.upper(), month.title(), month.capitalize()}:
            texts += [f"12 {m} 2020", f"{m} 12, 2020", f"2020. {m} 12.", f"2020. gada 12. {m}", f"Jane, 31 {m}. 2019"]
    for weekday in dates._WEEKDAY_NAMES:
        for w in {weekday, weekday.upper(), weekday.title()}:
            texts += [f"{w}, 12 March 2020", f"31 {w} Okt 2019", f"{w} ", f"am {w}, den "]
    texts += ["November 19, 2019 at 11:46 am", "Published 12 March 2019 by Jane", "at 11:46 am", ""]
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in gated.finditer(text)] == expected, text


def test_name_heads_are_every_names_first_two_characters() -> None:
    assert min(map(len, dates._MONTH_NAMES)) >= 2
    assert min(map(len, dates._WEEKDAY_NAMES)) >= 2
    assert set(dates._MONTH_HEADS) == {m[:2] for m in dates._MONTH_NAMES}
    assert set(dates._WEEKDAY_HEADS) == {w[:2] for w in dates._WEEKDAY_NAMES}


def test_letters_hold_no_digit_for_the_digit_pattern() -> None:
    """``_has_digit`` skips the search on tokens of letters: no code point is both a letter and a ``\\d``."""
    for cp in range(0x110000):
        ch = chr(cp)
        if ch.isalpha():
            assert authors._DIGIT.search(ch) is None, hex(cp)
    assert authors._has_digit("Jane2")
    assert authors._has_digit("٣")
    assert not authors._has_digit("Jane")


def test_ascii_twins_read_every_ascii_character_as_the_unicode_classes() -> None:
    """On ASCII text the byline gates' classes are plain ranges, and no character is Han or Hangul."""
    for cp in range(128):
        ch = chr(cp)
        assert bool(regex.fullmatch(r"\p{Ll}", ch)) == ("a" <= ch <= "z"), cp
        assert bool(regex.fullmatch(r"\p{Lu}", ch)) == ("A" <= ch <= "Z"), cp
        assert bool(regex.fullmatch(r"\d", ch)) == ("0" <= ch <= "9"), cp
        assert bool(authors._UPPER.fullmatch(ch)) == (ch.lower() != ch), cp
        assert authors._CJK.search(ch) is None


_GLUE_TEXT = st.text(alphabet=st.sampled_from("aZz09 .:-19201999X|b"), max_size=24)


@given(_GLUE_TEXT)
def test_ascii_glue_hint_equals_the_glue_hint(text: str) -> None:
    assert (authors._GLUE_HINT_ASCII.search(text) is None) == (authors._GLUE_HINT.search(text) is None)
    assert authors._quick_reject(text) == (not text or authors._UPPER.search(text) is None)


_GATE_WORDS = st.lists(st.text(alphabet=st.sampled_from("abcé.+"), min_size=1, max_size=4), max_size=8)


@given(_GATE_WORDS, st.text(alphabet=st.sampled_from("abcé.+ "), max_size=20))
def test_factored_gate_finds_what_the_flat_alternation_finds(words: list[str], text: str) -> None:
    """The phrase gates' factored alternation finds a word where the flat one does (and nowhere else)."""
    flat = re.compile("|".join(map(re.escape, words))) if words else re.compile("(?!)")
    assert (re.search(lexicon._trie(words), text) is None) == (flat.search(text) is None)


def test_phrase_gate_opens_on_each_phrase_in_any_casing() -> None:
    """A list's gate (longest words, factored) opens on every phrase of it and stays shut on a line of none."""
    phrases = ["read more", "read also", "related", "related stories", "weiterlesen", "lire la suite"]
    gated = lexicon.gated_phrases(phrases)
    for phrase in phrases:
        for case in (str.lower, str.upper, str.title):
            assert gated.gate.search(lexicon.gate_fold(f"x {case(phrase)} y")), phrase
    assert gated.gate.search(lexicon.gate_fold("Skip to the main content")) is None


_WORDY = st.lists(st.text(alphabet=st.sampled_from("abé "), min_size=1, max_size=8).filter(str.strip), min_size=1)


@given(_WORDY, st.text(alphabet=st.sampled_from("abéABÉİ. "), max_size=24))
def test_every_word_gate_finds_what_the_pattern_finds(phrases: list[str], text: str) -> None:
    """The every-word gate only skips lines the phrase pattern finds nothing in: the same match either way."""
    gated = lexicon.gated_phrases(phrases, every_word=True)
    found, expected = gated.search(text), gated.pattern.search(text)
    assert (found and found.span()) == (expected and expected.span())
    assert gated.findall(text) == gated.pattern.findall(text)


@pytest.mark.parametrize("phrases", [promo._SITE_BOX, edges.SIGN_OFF], ids=["site box", "sign-off"])
def test_every_word_lists_find_each_of_their_phrases(phrases: lexicon.Phrases) -> None:
    """Each phrase of a list behind the every-word gate is found in any casing, inside a longer line."""
    assert phrases.words, "the list is built with every_word=True"
    for _, group in phrases.words:
        for words in group:
            phrase = " ".join(words)
            for case in (str.lower, str.upper, str.title):
                assert phrases.search(f"Note: {case(phrase)} here") is not None, phrase


def test_display_width_counts_each_wide_character_below_the_cjk_blocks() -> None:
    """Below U+2E80 the width read through the character class equals the Unicode table's, character by character."""
    for cp in range(0x300, 0x2E80):
        ch = chr(cp)
        wide = unicodedata.east_asian_width(ch) in "WF"
        assert display_width(f"ab{ch}’c") == 5 + wide, hex(cp)
    assert (display_width("„Ура“ ⌚"), display_width("„Ура“ ⌚ 한글")) == (8, 13)


_PHRASES = st.lists(st.text(alphabet=st.sampled_from("abé "), min_size=1, max_size=6).filter(str.strip), min_size=1)


@given(_PHRASES, _PHRASES, st.text(alphabet=st.sampled_from("abéAB "), max_size=20))
def test_one_gate_for_several_lists_opens_where_one_of_theirs_opens(one: list[str], two: list[str], text: str) -> None:
    """The joint gate finds a word in a line exactly when one of the lists' own gates does."""
    lists = (lexicon.gated_phrases(one), lexicon.gated_phrases(two))
    folded = lexicon.gate_fold(text)
    opened = any(phrases.gate.search(folded) for phrases in lists)
    assert (lexicon.any_gate(*lists).search(folded) is not None) == opened


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_headline_key_equals_the_full_key(text: str) -> None:
    """On ASCII text the comparison key's shortcut gives the key of the full steps, and tidying skips no character."""
    assert headline._key(text) == headline._full_key(text)
    assert headline._tidy(text) == " ".join(headline._INVISIBLE.sub("", text).split())


def test_ascii_headline_key_reads_every_ascii_character_as_the_full_key() -> None:
    text = "".join(map(chr, range(128))) + " Bridge `re-opens` (2019) " + "x" * 400
    assert headline._key(text) == headline._full_key(text)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_repeat_key_equals_the_dropped_non_word_characters(text: str) -> None:
    """On ASCII text the repeat key joins the line's tokens: the case-folded text without its non-word characters."""
    assert lines_module.normalize_key(text) == lines_module._KEY_DROP.sub("", text.casefold())
    every = "".join(map(chr, range(128)))
    assert lines_module.normalize_key(every) == lines_module._KEY_DROP.sub("", every.casefold())


@given(st.text(alphabet=st.sampled_from("[]a1 .-_jpgPNG\u00a0\u3000"), min_size=1, max_size=20))
def test_image_marker_gate_passes_every_marker(text: str) -> None:
    """A text the image-marker pattern matches whole passes the gate before it."""
    if _twins.IMAGE_MARKER.fullmatch(text):
        assert _twins._may_be_marker(text), repr(text)


@pytest.mark.parametrize("text", ["jdoe says:", "Jane Doe on May 5, 2019 at 4:47 pm said:", "Anna sagt:\n"])
def test_said_line_gate_passes_the_author_lines(text: str) -> None:
    """The commenter's name lines end on the verb's colon (or a colon and a newline): the gate lets them through."""
    assert comment._AUTHOR_LINE.search(text) or comment._DATED_AUTHOR_LINE.search(text)
    assert ":" in text[-2:]


@given(st.text(alphabet=st.sampled_from("12٣３.) a\u00a0"), min_size=1, max_size=12))
def test_ordinal_lines_hold_at_most_two_words(text: str) -> None:
    """A line the ordinal pattern matches is one or two numbers: the word count gate lets every one through."""
    (line,) = split_lines(text) or (None,)
    if line is not None and context._ORDINAL.match(line.text):
        assert line.words <= context.ORDINAL_MAX_WORDS


@given(st.lists(st.sampled_from(["staff", "writer", "of", "the", "and", "Jane", "editor", "", "Doe."]), max_size=5))
def test_role_loop_equals_the_role_list(tokens: list[str]) -> None:
    """The early-exit role check answers as the check over every word's key."""
    piece = " ".join(tokens)
    keys = [authors._word_key(t) for t in piece.split()]
    expected = bool(keys) and all(k in authors._ROLE_WORDS or k in {"of", "and", "the"} for k in keys) and (
        keys[-1] in authors._ROLE_WORDS
    )
    assert authors._is_role(piece) == expected


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_quote_words_equal_the_casefolded_regex_words(text: str) -> None:
    """On ASCII text the pull-quote check's words are the regex engine's words of the casefolded text."""
    every = "".join(map(chr, range(128))) + text
    assert quotes._words(every) == quotes._WORD.findall(every.casefold())


@given(st.text(alphabet=st.sampled_from("a.!?。！？ \n\t\u3000x"), max_size=12))
def test_sentence_end_of_a_stripped_line_is_its_last_character(text: str) -> None:
    """The reflow reads a right-stripped line's sentence end from its last character, as the pattern finds it."""
    for stripped in (text.rstrip(), text.strip()):
        assert reflow._ends_sentence(stripped) == (reflow._SENTENCE_END.search(stripped) is not None)


@given(st.text(alphabet=st.sampled_from("ab1 []•-.…"), min_size=1, max_size=16))
def test_unmarked_text_equals_the_trailing_marker_cut(text: str) -> None:
    """A line that does not end in a bracket keeps its text; every other line is cut as the pattern cuts it."""
    for line in split_lines(text):
        if line.text:
            assert _twins._unmarked(line) == _twins._TRAILING_MARKER.sub("", _twins._unbulleted(line))


def test_cut_copies_need_an_ellipsis_in_one_line_of_the_pair() -> None:
    full = "The minister met the delegation in the capital to discuss the relations with the nation"
    cut = "The minister met the delegation in the capital to discuss the relations ... more"
    lines = split_lines(f"{full}\n{cut}\n{full.replace('nation', 'region')}")
    marker = [False] * len(lines)
    assert _twins._cut_copies(lines, marker) == [[0, 1], [1, 2]]
    assert _twins._cut_copies(split_lines(f"{full}\n{full} today"), [False, False]) == []
