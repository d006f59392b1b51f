"""Language identification: the vectorised feature scan counts exactly as py3langid's own."""

from __future__ import annotations

import pytest

from newsclean import language
from newsclean.language import detect_language, stopwords
from newsclean.lines import split_lines

langid = pytest.importorskip("py3langid.langid")

SAMPLES = [
    "Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, das die Mieten begrenzt.",
    "The old bridge reopened on Monday after a repair that took two years, officials said.",
    "Правительство утвердило новый бюджет на следующий год, сообщили в министерстве.",
    "東京都は月曜日、新しい条例を発表した。関係者によると、来年から施行される。",
    "a",
    "!!! ??? ...",
    "ÉCOLE élève façade naïve coöperation Ωμέγα",
]


@pytest.fixture(scope="module")
def lib() -> object:
    """py3langid's own identifier, with its sequential scan."""
    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def test_the_fast_identifier_is_in_use() -> None:
    assert type(language._identifier()).__name__ == "_FastIdentifier"


@pytest.mark.parametrize("text", SAMPLES)
def test_scores_equal_the_library_to_the_bit_when_scored_at_once(
    text: str, lib: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the scan counts exactly the library's features; one product over all of them is the library's own
    monkeypatch.setattr(language, "_SCORE_ROWS", 10**9)
    fast = language._identifier()
    assert fast.classify(text) == lib.classify(text)  # type: ignore[attr-defined]
    assert fast.rank(text) == lib.rank(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", SAMPLES)
def test_block_scores_give_the_library_language(text: str, lib: object) -> None:
    # scored a block of model rows at a time (a tenth of the memory), the float32 sums are added in
    # another order: the same language, probabilities equal to a few units in the fifth decimal
    fast = language._identifier()
    got, want = fast.classify(text), lib.classify(text)  # type: ignore[attr-defined]
    assert got[0] == want[0]
    assert got[1] == pytest.approx(want[1], abs=1e-4)
    ranked = dict(fast.rank(text))  # type: ignore[attr-defined]
    for lang, prob in lib.rank(text):  # type: ignore[attr-defined]
        assert ranked[lang] == pytest.approx(prob, abs=1e-4)


def test_a_window_too_short_falls_back_to_the_library_scan(monkeypatch: pytest.MonkeyPatch, lib: object) -> None:
    # with a one-byte window the states cannot follow from one another: the check catches it
    fast = language._identifier()
    data = SAMPLES[0].encode()
    calls: list[bytes] = []
    scan = langid.visit_counts

    def spy(*args: object) -> object:
        calls.append(args[-1])  # type: ignore[arg-type]
        return scan(*args)

    monkeypatch.setattr(langid, "visit_counts", spy)
    assert fast._visits(data) is not None  # type: ignore[attr-defined]
    assert calls == []  # the default window needs no fallback
    monkeypatch.setattr(language, "_SCAN_WINDOW", 1)
    assert list(fast._visits(data).items()) == list(  # type: ignore[attr-defined]
        langid.visit_counts(lib.tk_nextmove, lib._rowbase, lib.tk_output, data).items()  # type: ignore[attr-defined]
    )
    assert calls[0] == data
    assert fast.classify(SAMPLES[0]) == lib.classify(SAMPLES[0])  # type: ignore[attr-defined]


def test_detect_language_and_stopwords() -> None:
    assert detect_language(SAMPLES[:1]) == "de"
    assert detect_language(["short"]) is None
    assert "the" in stopwords("en")


@pytest.mark.parametrize("block", [1, 2, 7, 64])
@pytest.mark.parametrize("text", SAMPLES)
def test_a_scan_in_blocks_counts_as_the_library(
    text: str, block: int, lib: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # blocks down to one byte: each block's walk starts from the bytes before it and the state after the last
    monkeypatch.setattr(language, "_SCAN_BLOCK", block)
    data = (text * 3).encode()
    want = langid.visit_counts(lib.tk_nextmove, lib._rowbase, lib.tk_output, data)  # type: ignore[attr-defined]
    got = language._identifier()._visits(data)  # type: ignore[attr-defined]
    assert (list(got.items()) if got else None) == (list(want.items()) if want else None)


def test_first_occurrence_counts() -> None:
    np = pytest.importorskip("numpy")
    values, counts = language._first_occurrence_counts(np.array([5, 3, 5, 9, 3, 5], dtype=np.int32))
    assert values.tolist() == [5, 3, 9]
    assert counts.tolist() == [3, 2, 1]


def test_an_unknown_language_scores_lines_with_every_languages_stop_words() -> None:
    every = language.line_stopwords(None)
    for code in ("en", "de", "fr", "pl", "ru"):
        assert stopwords(code) <= every
    assert language.line_stopwords("de") == stopwords("de")


def test_losing_the_language_never_lowers_a_lines_stop_word_share() -> None:
    text = "Die Stadt hat am Montag die alte Brücke wieder geöffnet, sagte der Bürgermeister:"
    known = split_lines(text, stopwords=language.line_stopwords("de"))[0]
    unknown = split_lines(text, stopwords=language.line_stopwords(None))[0]
    assert known.stopword_ratio > 0
    assert unknown.stopword_ratio >= known.stopword_ratio


def test_the_sample_is_the_pages_sentences_when_it_has_any() -> None:
    # a byline of 40+ characters beside the one sentence cost the page its language (en at 0.54 with
    # it, 0.73 without); the body cleaned again, the sentence alone, was English, and its lines lost
    # the stop-word credit the page's unknown language gave them
    byline = "By Jane Doe, Jane Doe and Jane Doe, Reuters"
    sentence = "The the the the the the the the the the the."
    assert detect_language([byline, sentence]) == detect_language([sentence]) == "en"
    # a closing quote or bracket after the full stop still ends a sentence, and so does a full stop
    # inside a line (a paragraph hard-wrapped where the reflow found no width)
    assert detect_language([byline, f"“{sentence}”"]) == "en"
    assert detect_language([byline, f"{sentence} The the the the"]) == "en"
    # with no sentence, the other lines are the sample
    assert detect_language([SAMPLES[0].rstrip(".")]) == "de"
