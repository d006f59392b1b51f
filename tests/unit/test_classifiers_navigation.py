"""Navigation: min_run, item_max_words, legal/consent phrases, link bars, HTML hints."""

from __future__ import annotations

from newsclean import Label, PageContext
from newsclean.classifiers.navigation import Navigation
from newsclean.lines import Markup, build_lines, split_lines

CTX = PageContext()


def _labels(votes: list) -> list[str | None]:
    return [v.label.value if v is not None else None for v in votes]


def test_min_run_boundary() -> None:
    two = split_lines("• Alpha Beta\n• Gamma Delta\nThe council met on Monday to agree the budget.")
    three = split_lines("• Alpha Beta\n• Gamma Delta\n• Epsilon Zeta\nThe council met on Monday to agree the budget.")
    assert _labels(Navigation(min_run=3).classify(two, CTX)) == [None, None, None]
    assert _labels(Navigation(min_run=3).classify(three, CTX)) == ["navigation"] * 3 + [None]
    assert _labels(Navigation(min_run=2).classify(two, CTX)) == ["navigation", "navigation", None]


def test_blank_lines_do_not_break_a_run() -> None:
    votes = Navigation(min_run=3).classify(split_lines("• Alpha Beta\n\n• Gamma Delta\n\n• Epsilon Zeta"), CTX)
    assert _labels(votes) == ["navigation", None, "navigation", None, "navigation"]


def test_item_max_words_boundary() -> None:
    text = "• One two three four\n• Five six seven eight\n• Nine ten eleven twelve"
    assert all(v is not None for v in Navigation(item_max_words=4).classify(split_lines(text), CTX))
    assert all(v is None for v in Navigation(item_max_words=3).classify(split_lines(text), CTX))


def test_legal_max_words_boundary() -> None:
    (line,) = split_lines("Copyright 2024 Example Media Group")
    assert Navigation(legal_max_words=line.words).classify([line], CTX)[0] is not None
    assert Navigation(legal_max_words=line.words - 1).classify([line], CTX)[0] is None


def test_consent_notice_and_link_bar() -> None:
    consent = (
        "We use cookies to personalise content and ads and to analyse our traffic. "
        "By clicking accept all cookies you consent to our use of cookies as described in our cookie policy."
    )
    votes = Navigation().classify(split_lines(consent + "\nWorld | Business | Sport | Culture"), CTX)
    assert votes[0] is not None
    assert votes[0].reason.startswith("consent notice")
    assert votes[1] is not None
    assert votes[1].reason.startswith("link bar")


def test_link_density_boundary() -> None:
    rows = [("Some linked words here", 0, 1)]
    (line,) = build_lines(rows, markups=[Markup(tag="div", link_density=0.7)])
    vote = Navigation(link_density=0.7).classify([line], CTX)[0]
    assert vote is not None
    assert vote.label is Label.NAVIGATION
    assert Navigation(link_density=0.71).classify([line], CTX)[0] is None


def test_a_repeated_line_gets_the_vote_it_gets_alone() -> None:
    # votes are computed once per (text, menu run) on a page: a repeat must not change them
    texts = ["All rights reserved.", "Home", "A plain sentence of prose that says something."]
    alone = [Navigation().classify(split_lines(t), PageContext())[0] for t in texts]
    assert Navigation().classify(split_lines("\n\n".join(texts + texts)), PageContext())[::2] == alone + alone


def test_a_run_of_amounts_or_key_value_pairs_is_a_data_list_not_a_menu() -> None:
    ingredients = "• 200 g Mehl\n• 1 Pck. Backpulver\n• 3 Eier\n• Salz"
    specs = "Lieferzeit: 15 Tage\nGewicht: 2 kg\nFarbe: Rot"
    menu = "• Home\n• World\n• Sports\n• Business"
    archive = "Oktober 2019\nSeptember 2019\nAugust 2019"
    for text, is_menu in ((ingredients, False), (specs, False), (menu, True), (archive, True)):
        votes = Navigation().classify(split_lines(text), CTX)
        if is_menu:
            assert all(v is not None and v.label is Label.NAVIGATION for v in votes), text
        else:
            assert not any(v is not None and v.reason == "in a run of short menu-like items" for v in votes), text


def test_section_names_in_a_menu_run_vote_surer_than_other_items() -> None:
    # "Meinung" / "Reisen": a site's sections, as sure as a menu word, so no article absorbs them
    votes = Navigation().classify(split_lines("Meinung\nReisen\n\nAlpha Beta\nSport"), CTX)
    reasons = [v.reason if v else None for v in votes]
    assert reasons == [
        "section name in a menu run",
        "section name in a menu run",
        None,
        "in a run of short menu-like items",
        "section name in a menu run",
    ]
    assert votes[0] is not None
    assert votes[3] is not None
    assert votes[0].score > votes[3].score
    # alone (no menu run) a section name is a subheading as much as a menu item: no vote
    assert Navigation().classify(split_lines("Sport\n\nThe council met on Monday to agree the budget."), CTX)[0] is None


def test_a_section_name_after_any_bullet_sign_is_a_section_name() -> None:
    # "+ News" / "▸ Sport": whatever sign the menu bullets its items with; a numbered item is a list's
    for bullet in ("+", "▸", "•", "-"):
        votes = Navigation().classify(split_lines(f"{bullet} News\n{bullet} Opinion\n{bullet} World"), CTX)
        assert [v.reason if v else None for v in votes] == ["section name in a menu run"] * 3, bullet
    votes = Navigation().classify(split_lines("1. News\n2. Opinion\n3. World"), CTX)
    assert [v.reason if v else None for v in votes] == ["in a run of short menu-like items"] * 3


def test_a_block_of_two_section_names_is_a_menu() -> None:
    # too short for a run, but a block of nothing else, blank lines around it, is a menu of two
    text = "The council said the bridge would open.\n\nRegional News\nHealth\n\nThe bridge opens in spring."
    votes = Navigation().classify(split_lines(text), PageContext())
    assert [v.reason if v else None for v in votes[2:4]] == ["section name in a menu run"] * 2
    # a pair beside other lines, or one that is not two sure entries, is no such menu
    for other in ("Officials said so.\nRegional News\nHealth\n\nMore.", "Intro.\n\nHealth\nFood and drink\n\nMore."):
        lines = split_lines(other)
        votes = Navigation().classify(lines, PageContext())
        assert all(v is None for line, v in zip(lines, votes, strict=True) if line.text == "Health"), other


def test_a_longer_title_that_ends_a_menu_run_is_the_heading_under_the_menu() -> None:
    # a menu lists sections of a word or two; the title of four words or more that closes the run,
    # with the story's first paragraph under it, is the story's heading, not one more menu item
    for heading, prose in (
        ("Bridge Reopens After Long Repairs", "The bridge reopened on Monday after two years of repairs."),
        ("Νέα Γέφυρα Ανοίγει Ξανά", "Η γέφυρα άνοιξε ξανά τη Δευτέρα μετά από δύο χρόνια εργασιών."),
    ):
        lines = split_lines(f"Home\nPodcasts\nCulture\n{heading}\n{prose}")
        reasons = [v.reason if v else None for v in Navigation().classify(lines, CTX)]
        assert reasons[3] is None, heading
        assert all(r is not None for r in reasons[:3]), reasons
    # the same line closing the page, over a line that is no sentence, or among items as long stays in the run
    end = split_lines("Home\nPodcasts\nCulture\nBridge Reopens After Long Repairs")
    assert Navigation().classify(end, CTX)[3] is not None
    teaser = split_lines("Home\nPodcasts\nCulture\nBridge Reopens After Long Repairs\nWatch the video of the opening")
    assert Navigation().classify(teaser, CTX)[3] is not None
    even = split_lines("Bridge Reopens After Repairs\nCouncil Agrees New Budget\nSchools Open Next Week\nThey met.")
    assert all(v is not None for v in Navigation().classify(even, CTX)[:3])


def test_a_title_set_apart_under_a_menu_block_is_no_menu_item() -> None:
    # a dump prints a menu's items line under line and the story's title below them as a block of its own;
    # what follows the title (a byline here, no sentence) does not matter, and the menu's items stay a menu
    for heading in ("Bridge Reopens Again", "Весной Чиновники Ожидают"):
        lines = split_lines(f"Home\nPodcasts\nCulture\n\n{heading}\n\nBy Jane Doe and John Smith, Reuters")
        votes = Navigation().classify(lines, CTX)
        assert votes[4] is None, heading
        assert all(v is not None for v in votes[:3]), votes
    # a title in the menu's block, a two-word line, a bulleted item, or a menu whose items all stand apart
    # (nothing marks where it stops) stays in the run
    for page in (
        "Home\nPodcasts\nCulture\nBridge Reopens Again\n\nBy Jane Doe and John Smith, Reuters",
        "Home\nPodcasts\nCulture\n\nRegional News\n\nBy Jane Doe and John Smith, Reuters",
        "- Home\n- Podcasts\n- Culture\n\n- Bridge Reopens Again\n\nBy Jane Doe and John Smith, Reuters",
        "Home\n\nPodcasts\n\nCulture\n\nBridge Reopens Again\n\nBy Jane Doe and John Smith, Reuters",
    ):
        lines = split_lines(page)
        last = max(i for i, line in enumerate(lines) if line.text and "By" not in line.text)
        assert Navigation().classify(lines, CTX)[last] is not None, page


def test_many_titles_set_apart_in_one_run_cut_it_without_recursion() -> None:
    # a page of thousands of two-item menus, each under a title set apart, is one run of menu-like lines:
    # each title cuts it, in a loop (a recursion per cut broke past Python's recursion limit)
    lines = split_lines("Home\nNews\nSport\n\nBridge Reopens Again Today\n\n" * 3000)
    votes = Navigation().classify(lines, CTX)
    titles = [i for i, line in enumerate(lines) if line.words == 4]
    assert len(titles) == 3000
    assert all(votes[i] is None for i in titles)
    assert all(votes[i] is not None for i, line in enumerate(lines) if line.text and line.words == 1)


def test_a_bar_of_two_menu_entries_is_a_link_bar() -> None:
    # "Business | Tech" is too short for the link-bar shape (three segments), but both halves are sure
    # entries; a page title ("<headline> | <site>") and a pair of plain words are not
    prose = "The council met on Monday to agree the budget, and the vote was close."

    def reason(bar: str) -> str | None:
        vote = Navigation().classify(split_lines(f"{prose}\n\n{bar}\n\n{prose}"), CTX)[2]
        return vote.reason if vote else None

    assert reason("Business | Tech") == reason("Regional News | Health") == "link bar: 2 menu entries"
    assert reason("Bridge Opens | The Daily News") is None
    assert reason("Red | Blue") is None


def test_a_title_over_its_date_strip_is_no_menu_run() -> None:
    # "July 27, 2020" under a short title is the story's date, not a menu's item: two of them do
    # not make a title-case line the third item of a run
    votes = Navigation(min_run=3).classify(split_lines("Bridge Opens Again\nJuly 27, 2020\nSeptember 5, 2022"), CTX)
    assert _labels(votes) == [None, None, None]


def test_date_lines_neither_count_nor_break_a_menu_run() -> None:
    # a list of recent posts, each title over its date, is still a menu of the titles
    text = "Bridge Opens Again\nJuly 27, 2020\nCouncil Meets Today\nJuly 26, 2020\nSchools Close Early\nJuly 25, 2020"
    votes = Navigation(min_run=3).classify(split_lines(text), CTX)
    assert _labels(votes) == ["navigation", None] * 3


def test_bulleted_date_lines_are_a_lists_items() -> None:
    # an events box: "* 27. November 2016 15:00" over each event's name
    text = "* 27. November 2016 15:00\nKleiner Weihnachtsmarkt\n* 10. Dezember 2016 17:00"
    votes = Navigation(min_run=3).classify(split_lines(text), CTX)
    assert _labels(votes) == ["navigation"] * 3
