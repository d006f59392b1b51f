"""Headline text: site-name trimming proven by the page, and visible lines weighed against metadata titles."""

from __future__ import annotations

import pytest

from newsclean.metadata.headline import (
    _holds_a_probe,
    _tail_probes,
    choose_headline,
    headline_text,
    same_title,
    trim_copied_kicker,
    trim_kicker,
    trim_site,
)


def test_suffix_kept_without_a_copy() -> None:
    assert headline_text("Trump - the sequel") == "Trump - the sequel"


def test_suffix_cut_when_a_copy_ends_there() -> None:
    assert headline_text("Bridge reopens | Daily Planet", ["Bridge reopens"]) == "Bridge reopens"


def test_soft_hyphens_removed() -> None:
    assert headline_text("Er\u00adin\u00adne\u00adrung an die Opfer") == "Erinnerung an die Opfer"


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Bridge reopens | Daily Planet", ["Daily Planet"], "Bridge reopens"),
        ("Bridge reopens - planet.example", ["www.planet.example"], "Bridge reopens"),
        ("PLANET: Bridge reopens", ["planet.example"], "Bridge reopens"),
        ("Bridge reopens (Daily Planet)", ["Daily Planet"], "Bridge reopens"),
        ("Bridge reopens - a long story", ["Daily Planet"], "Bridge reopens - a long story"),
        ("Daily Planet", ["Daily Planet"], "Daily Planet"),  # never cut to nothing
    ],
)
def test_trim_site(title: str, sites: list[str], expected: str) -> None:
    assert trim_site(title, sites) == expected


def test_visible_headline_wins_when_metadata_agrees() -> None:
    got = choose_headline("Bridge Reopens After Repairs", meta_titles=["Bridge reopens after repairs | Planet"])
    assert got == "Bridge Reopens After Repairs"


def test_kicker_is_cut_by_metadata() -> None:
    got = choose_headline("Kicker Bridge reopens after repairs", meta_titles=["Bridge reopens after repairs"])
    assert got == "Bridge reopens after repairs"


def test_another_visible_copy_beats_metadata() -> None:
    titles = ["Bridge reopens - Planet"]
    got = choose_headline("Archive", meta_titles=titles, sites=["Planet"], lines=["Bridge Reopens"])
    assert got == "Bridge Reopens"


def test_metadata_when_no_visible_line_agrees() -> None:
    assert choose_headline("Archive", meta_titles=["Bridge reopens | Planet"], sites=["Planet"]) == "Bridge reopens"
    assert choose_headline(None, meta_titles=[]) is None


def test_same_title_ignores_quotes_and_case() -> None:
    assert same_title("„Gute Löhne reichen nicht“", "gute löhne reichen nicht")
    assert not same_title("Bridge reopens", "Tunnel closes for the winter")


@pytest.mark.parametrize("mark", ["•", "□", "☆", "►", "*", "+", "o"])
def test_list_glyph_before_the_headline_is_dropped(mark: str) -> None:
    assert headline_text(f"{mark} Interning of Small Integers in Python") == "Interning of Small Integers in Python"


def test_lowercase_o_starting_a_title_is_kept() -> None:
    assert headline_text("o wie schön ist Panama") == "o wie schön ist Panama"


SLUG = frozenset({"rene", "benko", "firma", "signa", "in", "sorge"})


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lokales Lübeck Rene Benko-Firma Signa in Sorge", "Rene Benko-Firma Signa in Sorge"),
        # one dropped word is as likely the slug leaving out the title's first word
        ("Erste Rene Benko-Firma Signa in Sorge", "Erste Rene Benko-Firma Signa in Sorge"),
        # a lowercase word, a digit or a quote belongs to the title
        (
            "Bundespräsident würdigte Rene Benko-Firma Signa in Sorge",
            "Bundespräsident würdigte Rene Benko-Firma Signa in Sorge",
        ),
        ("74-Jähriger Rene Benko-Firma Signa in Sorge", "74-Jähriger Rene Benko-Firma Signa in Sorge"),
        ("Rene Benko-Firma Signa in Sorge", "Rene Benko-Firma Signa in Sorge"),
    ],
)
def test_trim_kicker(line: str, expected: str) -> None:
    assert trim_kicker(line, SLUG) == expected


def test_trim_kicker_needs_a_slug() -> None:
    assert trim_kicker("Immobilienkrise Rene Benko-Firma Signa in Sorge", frozenset()).startswith("Immobilienkrise")


def test_a_kicker_run_into_the_title_is_cut_when_a_copy_prints_the_title_alone() -> None:
    copies = ["Property Crisis: Bridge reopens after repairs | Daily Planet"]
    assert trim_copied_kicker("Property Crisis Bridge reopens after repairs", copies) == "Bridge reopens after repairs"
    # a whole line repeating the title counts as a copy too
    assert trim_copied_kicker("Crisis Bridge reopens after repairs", ["Bridge reopens after repairs"]) == (
        "Bridge reopens after repairs"
    )


def test_no_copy_no_cut() -> None:
    text = "Property Crisis Bridge reopens after repairs"
    assert trim_copied_kicker(text, ["Bridge reopens", "Weather Sport Travel"]) == text


def test_a_kicker_set_off_by_the_line_itself_stays() -> None:
    text = "Property Crisis: Bridge reopens after repairs"
    assert trim_copied_kicker(text, ["Bridge reopens after repairs | Daily Planet"]) == text


def test_kicker_and_title_length_boundaries() -> None:
    title = "Bridge reopens after repairs"
    copies = [title]
    four = "One Two Three Four"
    five = "One Two Three Four Five"
    assert trim_copied_kicker(f"{four} {title}", copies) == title  # MAX_KICKER_WORDS words left off
    assert trim_copied_kicker(f"{five} {title}", copies) == f"{five} {title}"
    # the title after the kicker has at least MIN_TITLE_AFTER_KICKER words
    assert trim_copied_kicker("Kicker Bridge reopens now", ["Bridge reopens now"]) == "Bridge reopens now"
    assert trim_copied_kicker("Kicker Bridge reopens", ["Bridge reopens"]) == "Kicker Bridge reopens"


def test_a_short_first_word_is_an_article_not_a_kicker() -> None:
    copies = ["Potential of green hydrogen"]
    assert trim_copied_kicker("The Potential of green hydrogen", copies) == "The Potential of green hydrogen"
    assert trim_copied_kicker("Energy Potential of green hydrogen", copies) == "Potential of green hydrogen"


def test_a_wrapped_title_is_not_cut_at_a_lowercase_word() -> None:
    text = "Keine Spiel-Talstraße zur Bunten Republik Neustadt"
    assert trim_copied_kicker(text, ["zur Bunten Republik Neustadt"]) == text


def test_a_guillemet_suffix_is_cut_when_a_copy_ends_there() -> None:
    assert headline_text("Running in winter › Nordic Blog", ["Running in winter"]) == "Running in winter"
    assert headline_text("Running in winter › Nordic Blog", []) == "Running in winter › Nordic Blog"
    assert headline_text("Running in winter › Blog", weak_copies=["Running in winter"]) == "Running in winter"


def test_a_line_printed_once_proves_a_cut_only_of_a_tail_shorter_than_the_head() -> None:
    # "{series} – part": the series name printed once elsewhere does not make the rest (as long) a site name
    assert headline_text("Tidy Home Series – organising your life", weak_copies=["Tidy Home Series"]) == (
        "Tidy Home Series – organising your life"
    )
    assert headline_text("Tidy Home Series – Tidy Blog", weak_copies=["Tidy Home Series"]) == "Tidy Home Series"


def test_copied_kicker_is_cut_by_a_copy_in_other_case_or_script() -> None:
    """The probe words only skip ASCII lines that hold none of them: a copy in capitals or with accents still counts."""
    text = "Property Crisis Bridge reopens after repairs"
    assert trim_copied_kicker(text, ["Menu", "BRIDGE REOPENS AFTER REPAIRS | PLANET"]) == "Bridge reopens after repairs"
    accented = "Immobilienkrise Brücke öffnet nach Reparatur"
    copies = ["Start", "Brücke öffnet nach Reparatur – Planet"]
    assert trim_copied_kicker(accented, copies) == "Brücke öffnet nach Reparatur"
    probes = _tail_probes(["bridge reopens after repairs"])
    assert probes is not None
    assert _holds_a_probe("bridge reopens after repairs | planet", probes)
    assert not _holds_a_probe("weather for the weekend", probes)
