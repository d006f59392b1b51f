"""The assembler: labelled lines to Article fields."""

from __future__ import annotations

from newsclean import CleanConfig, Label, PageContext
from newsclean.assemble import assemble
from newsclean.html.meta import PageMeta
from newsclean.lines import build_lines, split_lines
from newsclean.pipeline import Revised

PROSE = "Officials said on Monday that the old bridge would reopen after a long repair, and shops welcomed it."


def revised(*labels: Label) -> list[Revised]:
    return [Revised(label, 0.9, "test", "test") for label in labels]


def test_fields_from_labelled_lines() -> None:
    text = (
        "Bridge Reopens Today\nThe bridge is open again.\nBy Jane Doe\nPublished 3 May 2021\n"
        f"LONDON (Reuters) - {PROSE}\n{PROSE}\nTags: Transport, Bridges"
    )
    lines = split_lines(text)
    labels = revised(
        Label.HEADLINE, Label.SUMMARY, Label.BYLINE, Label.DATELINE, Label.BODY, Label.BODY, Label.OTHER
    )
    article = assemble(lines, labels, PageContext(language="en"))
    assert article.headline == "Bridge Reopens Today"
    assert article.summary == "The bridge is open again."
    assert article.authors == ("Jane Doe",)
    assert article.byline == "By Jane Doe"
    assert article.published is not None
    assert article.published.isoformat().startswith("2021-05-03")
    assert article.dateline == "LONDON"
    assert article.source == "Reuters"
    assert article.paragraphs == (f"LONDON (Reuters) - {PROSE}", PROSE)
    assert article.body == f"LONDON (Reuters) - {PROSE}\n\n{PROSE}"
    assert article.tags == ("Transport", "Bridges")
    assert article.language == "en"
    assert [ll.label for ll in article.lines] == [r.label for r in labels]


def test_strip_dateline_removes_the_prefix_only() -> None:
    lines = split_lines(f"LONDON (Reuters) - {PROSE}")
    context = PageContext(config=CleanConfig(strip_dateline=True))
    article = assemble(lines, revised(Label.BODY), context)
    assert article.body == PROSE
    assert article.dateline == "LONDON"


def test_no_body_gives_empty_fields() -> None:
    lines = split_lines("Home\nNews")
    article = assemble(lines, revised(Label.NAVIGATION, Label.NAVIGATION), PageContext())
    assert article.body == ""
    assert article.paragraphs == ()
    assert article.headline is None
    assert article.authors == ()
    assert article.published is None


def test_date_from_url_when_the_page_has_none() -> None:
    lines = split_lines(PROSE)
    context = PageContext(url="https://example.com/2021/05/03/bridge-reopens-today.html")
    article = assemble(lines, revised(Label.BODY), context)
    assert article.published is not None
    assert article.published.isoformat().startswith("2021-05-03")
    assert article.url == context.url


def test_physical_lines_get_their_paragraph_label() -> None:
    physical = split_lines("first half of a wrapped\nparagraph ends here.\nHome")
    logical = build_lines([("first half of a wrapped paragraph ends here.", 0, 2), ("Home", 2, 3)])
    article = assemble(logical, revised(Label.BODY, Label.NAVIGATION), PageContext(), physical=physical)
    assert [ll.line.text for ll in article.lines] == ["first half of a wrapped", "paragraph ends here.", "Home"]
    assert [ll.label for ll in article.lines] == [Label.BODY, Label.BODY, Label.NAVIGATION]
    assert [ll.block for ll in article.lines] == [0, 0, 1]


def test_warnings_are_kept_once() -> None:
    lines = split_lines(PROSE)
    article = assemble(lines, revised(Label.BODY), PageContext(), warnings=["cut", "cut"])
    assert article.warnings == ("cut",)


def test_date_after_the_article_when_none_is_near_its_start() -> None:
    from newsclean import clean

    para = "The council said on Monday that the old bridge would reopen after a repair that took two years."
    page = "Bridge Reopens After Repairs\n\n" + "\n\n".join(f"{para} Part {i}." for i in range(20))
    page += "\n\nPublished 28 April 2020"
    article = clean(page, format="text")
    assert article.published is not None
    assert str(article.published)[:10] == "2020-04-28"


def test_pages_without_lines_have_no_date() -> None:
    from newsclean import clean

    assert clean("", format="text").published is None
    assert clean("<html><body></body></html>", format="html").published is None


def test_date_strip_labelled_byline_names_its_author() -> None:
    lines = split_lines(f"6. Dezember 2022 von Fatima in Gefühle, Popkultur\n{PROSE}")
    article = assemble(lines, revised(Label.BYLINE, Label.BODY), PageContext(language="de"))
    assert article.authors == ("Fatima",)


def test_a_labelled_lone_marker_reads_the_names_a_dump_split_off() -> None:
    # "Von" / "Jane Doe": the context pass labelled the marker, the name sits on the next line
    lines = split_lines(f"Menü\nVon\nJane Doe\n\n{PROSE}")
    labels = revised(Label.NAVIGATION, Label.BYLINE, Label.NAVIGATION, Label.BLANK, Label.BODY)
    article = assemble(lines, labels, PageContext(language="de"))
    assert article.authors == ("Jane Doe",)
    assert article.byline == "Von Jane Doe"
    # a marker with no name under it names nobody
    lines = split_lines(f"Von\n\n{PROSE}")
    assert assemble(lines, revised(Label.BYLINE, Label.BLANK, Label.BODY), PageContext(language="de")).authors == ()


def test_a_credit_without_a_person_is_the_source_not_an_author() -> None:
    lines = split_lines(f"Redaktion - 31. Januar 2022\n{PROSE}")
    article = assemble(lines, revised(Label.BYLINE, Label.BODY), PageContext(language="de"))
    assert article.authors == ()
    assert article.source == "Redaktion"


def test_metadata_phrases_are_not_authors() -> None:
    lines = split_lines(f"Autor: Samuel Diekmann\n{PROSE}")
    for entry, expected in [
        ("deinen Hochzeitsbloggern", ("Samuel Diekmann",)),
        ("Peter Amende und Fuchsy designed", ("Samuel Diekmann",)),
        ("Mobasir hassan", ("Mobasir hassan",)),
        ("Ursula von der Leyen", ("Ursula von der Leyen",)),
    ]:
        context = PageContext(language="de", meta=PageMeta(authors=(entry,)))
        assert assemble(lines, revised(Label.BYLINE, Label.BODY), context).authors == expected, entry


def test_unlabelled_byline_in_the_headline_strip_names_the_author() -> None:
    text = f"Crash on the highway\n━━━━━━━━━━ By Jane Doe, Gail Levy, 7 News\nShare\n{PROSE}"
    lines = split_lines(text)
    labels = revised(Label.HEADLINE, Label.OTHER, Label.OTHER, Label.BODY)
    article = assemble(lines, labels, PageContext(language="en"))
    assert article.authors == ("Jane Doe", "Gail Levy")


def test_byline_the_context_pass_weakly_took_for_chrome_names_the_author() -> None:
    # a sidebar's comment thread ran on over the headline; a rule line joined a run of menu items
    text = f"Blog einbinden\n26. September 2019 Jane Doe Schreibe einen Kommentar\n{PROSE}"
    lines = split_lines(text)
    for label, score, expected in [
        (Label.COMMENT, 0.5, ("Jane Doe",)),
        (Label.NAVIGATION, 0.45, ("Jane Doe",)),
        (Label.COMMENT, 0.7, ()),  # a sure comment line (a heading, an author line) is the thread's
        (Label.NAVIGATION, 0.65, ()),  # a sure menu word
    ]:
        labels = [Revised(Label.HEADLINE, 0.9, "t", "t"), Revised(label, score, "t", "t"), *revised(Label.BODY)]
        assert assemble(lines, labels, PageContext(language="de")).authors == expected, (label, score)
    lines = split_lines(f"Micropolitics\n---- by Jane Doe\n{PROSE}")
    labels = [Revised(Label.HEADLINE, 0.9, "t", "t"), Revised(Label.NAVIGATION, 0.45, "t", "t"), *revised(Label.BODY)]
    assert assemble(lines, labels, PageContext(language="en")).authors == ("Jane Doe",)


def test_prose_in_the_headline_strip_is_no_byline() -> None:
    lines = split_lines(f"Crash on the highway\nPhotos by the sea\n{PROSE}")
    labels = revised(Label.HEADLINE, Label.OTHER, Label.BODY)
    assert assemble(lines, labels, PageContext(language="en")).authors == ()


def test_marked_byline_element_names_the_author() -> None:
    lines = split_lines(f"Jana Berger\n{PROSE}")
    labels = revised(Label.BYLINE, Label.BODY)
    for bylines, expected in [
        (("Tine",), ("Tine",)),
        (("Interview: Julia Lauter",), ("Julia Lauter",)),
        (("About the Author - Florina Ionescu",), ("Florina Ionescu",)),
        (("| Autor: gnaddrig",), ("gnaddrig",)),
        (("Archiv anzeigen →", "Von Jessie"), ("Jessie",)),
        (("Stand: 20. April 2020, 14:57 Uhr",), ("Jana Berger",)),
    ]:
        context = PageContext(language="de", meta=PageMeta(bylines=bylines))
        assert assemble(lines, labels, context).authors == expected, bylines


def test_marked_desk_is_the_source() -> None:
    lines = split_lines(PROSE)
    context = PageContext(language="de", meta=PageMeta(bylines=("auto-motor.at Redaktion", "Hyundai")))
    article = assemble(lines, revised(Label.BODY), context)
    assert article.authors == ()
    assert article.source == "auto-motor.at Redaktion"


def test_marked_byline_does_not_override_a_marked_visible_byline() -> None:
    lines = split_lines(f"By Jane Doe\n{PROSE}")
    context = PageContext(language="en", meta=PageMeta(bylines=("John Roe",)))
    assert assemble(lines, revised(Label.BYLINE, Label.BODY), context).authors == ("Jane Doe",)


def _published(text: str, meta: PageMeta) -> str:
    lines = split_lines(f"{text}\n{PROSE}")
    article = assemble(lines, revised(Label.DATELINE, Label.BODY), PageContext(language="de", meta=meta))
    return str(article.published)[:10]


def test_metadata_publication_date_outranks_another_shown_date() -> None:
    assert _published("Aktualisiert am 3. Mai 2021", PageMeta(published="2021-04-30T08:00:00+02:00")) == "2021-05-03"
    assert _published("3. Mai 2021", PageMeta(published="2021-04-30T08:00:00+02:00")) == "2021-04-30"


def test_shown_date_on_the_metadata_modification_day_is_kept() -> None:
    meta = PageMeta(published="2021-04-30T08:00:00+02:00", modified="2021-05-03T09:00:00+02:00")
    assert _published("3. Mai 2021", meta) == "2021-05-03"
    meta = PageMeta(published="2021-04-30T08:00:00+02:00", modified="2021-05-04T09:00:00+02:00")
    assert _published("3. Mai 2021", meta) == "2021-04-30"


def test_shown_time_of_the_metadata_instant_in_the_local_zone_is_kept() -> None:
    meta = PageMeta(published="2022-05-04T02:41:00Z")
    assert _published("3.5.2022 22:41", meta) == "2022-05-03"
    assert _published("3.5.2022 22:40", meta) == "2022-05-04"  # not the same instant
    assert _published("3.5.2022 22:41", PageMeta(published="2022-05-04T02:41:00")) == "2022-05-04"  # no zone


def test_modification_time_dates_a_page_with_no_other_date() -> None:
    assert _published("Kein Datum hier", PageMeta(modified="2013-04-04T18:52:11+00:00")) == "2013-04-04"
    assert _published("Kein Datum hier", PageMeta()) == "None"


def test_marked_byline_element_with_a_marker_beats_a_marked_account_name() -> None:
    lines = split_lines(PROSE)
    meta = PageMeta(bylines=("Google", "Posted by Ann Lee, Bob Roe and Kiran C Nair - Security team"))
    article = assemble(lines, revised(Label.BODY), PageContext(language="en", meta=meta))
    assert article.authors == ("Ann Lee", "Bob Roe", "Kiran C Nair")


def test_date_in_the_marked_byline_element_dates_the_article() -> None:
    text = f"Ein Titel\n{PROSE}\nVeranstaltung am 15. Okt. 2014 in Berlin"
    meta = PageMeta(bylines=("Georg Quaas , 21. Jan. 2015 Eine Interpretation",))
    lines = split_lines(text)
    labels = revised(Label.HEADLINE, Label.BODY, Label.OTHER)
    article = assemble(lines, labels, PageContext(language="de", meta=meta))
    assert str(article.published)[:10] == "2015-01-21"
    article = assemble(lines, labels, PageContext(language="de"))
    assert str(article.published)[:10] == "2014-10-15"


def test_marked_byline_strip_with_a_date_names_its_first_segment() -> None:
    lines = split_lines(PROSE)
    for bylines, expected in [
        (("Georg Quaas , 21. Jan. 2015 Eine realistische Interpretation 3.17",), ("Georg Quaas",)),
        (("Isabel Caro , Rocío Latorre y José Miguel Wilson Hace 13 horas",), ()),
    ]:
        context = PageContext(language="es", meta=PageMeta(bylines=bylines))
        assert assemble(lines, revised(Label.BODY), context).authors == expected, bylines


def test_a_shown_update_date_stays_the_update_date_when_it_also_dates_the_page() -> None:
    lines = split_lines(f"Updated 16:05 GMT, 27 December 2020\n{PROSE}")
    article = assemble(lines, revised(Label.DATELINE, Label.BODY), PageContext(language="en"))
    assert str(article.published)[:10] == str(article.updated)[:10] == "2020-12-27"


def test_a_long_first_paragraph_dates_the_article_by_the_date_it_opens_with() -> None:
    long_prose = " ".join([PROSE] * 3)
    later = "Seit dem 1. Oktober 2022 gilt ein anderer Satz."
    context = PageContext(language="de")
    lines = split_lines(f"(21. November 2022) {long_prose}\n{later}")
    article = assemble(lines, revised(Label.BODY, Label.BODY), context)
    assert str(article.published) == "2022-11-21"
    assert article.published_raw == "21. November 2022"
    # a date inside the prose is no lead: the next line's date is read as before
    lines = split_lines(f"{long_prose} (21. November 2022)\n{later}")
    assert str(assemble(lines, revised(Label.BODY, Label.BODY), context).published) == "2022-10-01"


def test_a_date_in_the_urls_month_dates_an_otherwise_undated_page() -> None:
    footer = "Archiv: 3. April 2009\nDer Beitrag wurde am 19. Mai 2010 um 23:03 Uhr gepostet."
    menu = "\n".join(f"Rubrik {i}" for i in range(50))  # the footer sits far from the article
    lines = split_lines(f"{footer}\n{menu}\n{PROSE}")
    labels = revised(Label.NAVIGATION, Label.PROMO, *[Label.NAVIGATION] * 50, Label.BODY)
    context = PageContext(language="de", url="https://blog.example/2010/05/literatur/")
    # the first date in the URL's month, not the first date on the page
    assert str(assemble(lines, labels, context).published)[:10] == "2010-05-19"
    # no date in the URL's month, or no month in the URL: nothing is guessed
    other = PageContext(language="de", url="https://blog.example/2011/12/literatur/")
    assert assemble(lines, labels, other).published is None
    assert assemble(lines, labels, PageContext(language="de", url="https://blog.example/x")).published is None



def test_a_date_in_the_urls_month_outranks_one_found_only_by_its_place() -> None:
    # the lead's date ("from 1 April 2016") is the first one near the article; the page's own strip under it
    # is in the month the URL files the page under (/2016/01/), and dates it
    lead = "Wir suchen zum 1. April 2016 eine neue Kollegin für unser Team in München."
    lines = split_lines(f"{lead}\n{PROSE}\n15/01/2016")
    labels = revised(Label.BODY, Label.BODY, Label.OTHER)
    context = PageContext(language="de", url="https://blog.example/2016/01/stelle/")
    assert str(assemble(lines, labels, context).published)[:10] == "2016-01-15"
    # no date in the URL's month, or no month in the URL: the date found by place stays
    other = PageContext(language="de", url="https://blog.example/2015/12/stelle/")
    assert str(assemble(lines, labels, other).published)[:10] == "2016-04-01"
    plain = PageContext(language="de", url="https://blog.example/stelle/")
    assert str(assemble(lines, labels, plain).published)[:10] == "2016-04-01"
    # a labelled dateline is the page's own statement: the URL's month does not overrule it
    labelled = revised(Label.DATELINE, Label.BODY, Label.OTHER)
    assert str(assemble(split_lines(f"1. April 2016\n{PROSE}\n15/01/2016"), labelled, context).published)[:10] == (
        "2016-04-01"
    )


def test_a_page_that_says_when_it_was_published_is_dated_by_it_wherever_it_says_it() -> None:
    # a post's footer far under the article, and nothing else dates the page
    menu = "\n".join(f"Rubrik {i}" for i in range(50))
    footer = "Published: 03 December 2019"
    labels = revised(Label.BODY, *[Label.NAVIGATION] * 50, Label.OTHER)
    context = PageContext(language="en")
    assert str(assemble(split_lines(f"{PROSE}\n{menu}\n{footer}"), labels, context).published) == "2019-12-03"
    # a sentence that tells of a day is no metadata line; nor is a caption, a teaser or a comment
    told = "A photo of the mayor, posted on his page on November 19, 2018."
    assert assemble(split_lines(f"{PROSE}\n{menu}\n{told}"), labels, context).published is None
    for label in (Label.CAPTION, Label.PROMO, Label.COMMENT):
        others = revised(Label.BODY, *[Label.NAVIGATION] * 50, label)
        assert assemble(split_lines(f"{PROSE}\n{menu}\n{footer}"), others, context).published is None, label
    # a page that says so of two days (a list of posts) dates neither
    two = f"{footer}\nPublished: 04 December 2019"
    labels = revised(Label.BODY, *[Label.NAVIGATION] * 50, Label.OTHER, Label.OTHER)
    assert assemble(split_lines(f"{PROSE}\n{menu}\n{two}"), labels, context).published is None

def test_a_person_holding_the_copyright_writes_a_page_that_credits_nobody() -> None:
    lines = split_lines(PROSE)
    labels = revised(Label.BODY)
    for holder, expected in [
        ("Gregory Szorc", ("Gregory Szorc",)),
        ("Eurosport", ()),  # one word: a brand
        ("Example Media GmbH", ()),
        ("Oli Scarff/Getty Images", ()),
        ("The Local", ()),  # a stop word
        ("Deutsches Verbände Forum", ()),  # the byline parser reads no name
    ]:
        context = PageContext(language="en", meta=PageMeta(copyright=holder))
        assert assemble(lines, labels, context).authors == expected, holder
    # a page that credits someone, or a desk, keeps its credit
    lines = split_lines(f"By Jane Doe\n{PROSE}")
    context = PageContext(language="en", meta=PageMeta(copyright="Gregory Szorc"))
    assert assemble(lines, revised(Label.BYLINE, Label.BODY), context).authors == ("Jane Doe",)
    context = PageContext(language="de", meta=PageMeta(copyright="Gregory Szorc", bylines=("Redaktion",)))
    article = assemble(split_lines(PROSE), revised(Label.BODY), context)
    assert (article.authors, article.source) == ((), "Redaktion")


def test_a_generic_date_meta_yields_to_the_shown_date() -> None:
    shown = "25.01.2022"
    # a generic "date" meta (a CMS record's creation) loses to the date the page shows...
    assert _published(shown, PageMeta(dated="2022-01-21T09:43+01:00")) == "2022-01-25"
    # ... a publication meta does not
    assert _published(shown, PageMeta(published="2022-01-21T09:43+01:00")) == "2022-01-21"
    # ... and it still dates a page that shows no date
    assert _published("Kein Datum hier", PageMeta(dated="2022-01-21T09:43+01:00")) == "2022-01-21"


def test_a_labelled_update_line_dates_the_page_before_a_date_found_by_position() -> None:
    lines = split_lines(f"Stand - 12.11.2021\n(Unverändert gültig seit: 05.11.2021)\n{PROSE}")
    article = assemble(lines, revised(Label.DATELINE, Label.OTHER, Label.BODY), PageContext(language="de"))
    assert (str(article.published), str(article.updated)) == ("2021-11-12", "2021-11-12")


def test_an_article_signed_at_its_end_names_its_author() -> None:
    def authors(*texts: str) -> tuple[str, ...]:
        lines = split_lines("\n".join(texts))
        return assemble(lines, revised(*[Label.BODY] * len(texts)), PageContext(language="fr")).authors

    assert authors(PROSE, PROSE, "Denis Clerc") == ("Denis Clerc",)
    assert authors("Denis Clerc", PROSE, PROSE) == ()  # a name opening the article is a heading or a quote
    assert authors(PROSE, "Anna Belial", PROSE, "Denis Clerc") == ()  # several names: a list, no signature
    assert authors(PROSE, PROSE, "Team Redaktion") == ()  # a desk


def test_date_strip_the_body_took_in_names_the_author() -> None:
    lines = split_lines(f"Ein Start ins neue Jahr\n1. Januar 2016 von KleineGrüneMonster Ein Kommentar\n{PROSE}")
    labels = revised(Label.HEADLINE, Label.BODY, Label.BODY)
    assert assemble(lines, labels, PageContext(language="de")).authors == ("KleineGrüneMonster",)


def test_first_body_sentence_is_no_byline() -> None:
    lines = split_lines(f"Ein Start ins neue Jahr\nAm 1. Januar 2016 sprach Jane Doe.\n{PROSE}")
    labels = revised(Label.HEADLINE, Label.BODY, Label.BODY)
    assert assemble(lines, labels, PageContext(language="de")).authors == ()


def test_marked_byline_in_the_strip_beats_a_labelled_bare_name() -> None:
    text = f"Crash on the highway\nJohn Roe\n{PROSE}\n\nAutor Jane Doe:\n{PROSE}"
    labels = revised(Label.HEADLINE, Label.BYLINE, Label.BODY, Label.BLANK, Label.OTHER, Label.BODY)
    assert assemble(split_lines(text), labels, PageContext(language="de")).authors == ("Jane Doe",)


def test_bare_name_in_the_strip_does_not_replace_a_labelled_bare_name() -> None:
    text = f"Crash on the highway\nJohn Roe\n{PROSE}\n\nJane Doe\n{PROSE}"
    labels = revised(Label.HEADLINE, Label.BYLINE, Label.BODY, Label.BLANK, Label.OTHER, Label.BODY)
    assert assemble(split_lines(text), labels, PageContext(language="de")).authors == ("John Roe",)


def test_byline_printed_one_element_a_line_names_every_author() -> None:
    text = f"Crash on the highway\nBy\nJane Doe\nand\nJohn Roe\n\n{PROSE}"
    labels = revised(Label.HEADLINE, Label.NAVIGATION, Label.BYLINE, Label.NAVIGATION, Label.NAVIGATION,
                     Label.BLANK, Label.BODY)
    assert assemble(split_lines(text), labels, PageContext(language="en")).authors == ("Jane Doe", "John Roe")


def test_lone_marked_byline_away_from_the_article_names_the_author() -> None:
    menu = "Home\nPolitik\nSport\nKultur\n"
    text = f"von Jane Doe | 20. Mai 2007 | 0 Kommentare\n{menu}Ein Start ins neue Jahr\n{PROSE}"
    labels = revised(Label.OTHER, *[Label.NAVIGATION] * 4, Label.HEADLINE, Label.BODY)
    article = assemble(split_lines(text), labels, PageContext(language="de"))
    assert article.authors == ("Jane Doe",)


def test_author_box_label_over_the_name_away_from_the_article_names_the_author() -> None:
    # "Autor*in" / "Jane Doe (Redakteurin)": the box's label and the line under it are one byline
    text = f"Ein Start ins neue Jahr\n{PROSE}\nAutor*in\nJane Doe (Medizinredakteurin)\nQuellen"
    labels = revised(Label.HEADLINE, Label.BODY, Label.OTHER, Label.PROMO, Label.NAVIGATION)
    assert assemble(split_lines(text), labels, PageContext(language="de")).authors == ("Jane Doe",)
    # a label over another label ("Auteur :" / "Auteur(s) :") names nobody
    text = f"Un début\n{PROSE}\nAuteur :\nAuteur(s) :\nLes Membres du Choeur"
    labels = revised(Label.HEADLINE, Label.BODY, Label.OTHER, Label.OTHER, Label.PROMO)
    assert assemble(split_lines(text), labels, PageContext(language="fr")).authors == ()


def test_a_bare_name_shaped_heading_is_no_author() -> None:
    # German capitalises nouns: "Grüner Wasserstoff" over the story is name-shaped, and no person
    lines = split_lines(f"Das Potenzial von Wasserstoff\nGrüner Wasserstoff\n{PROSE}")
    labels = revised(Label.HEADLINE, Label.BYLINE, Label.BODY)
    assert assemble(lines, labels, PageContext(language="de")).authors == ()
    lines = split_lines(f"Das Potenzial von Wasserstoff\nClaudia Duwe\n{PROSE}")
    assert assemble(lines, labels, PageContext(language="de")).authors == ("Claudia Duwe",)
    # nor does a role make a heading a person ("Grüner Wasserstoff Autorin" reads as name and role, 0.7)
    lines = split_lines(f"Das Potenzial von Wasserstoff\nGrüner Wasserstoff Autorin\n{PROSE}")
    assert assemble(lines, labels, PageContext(language="de")).authors == ()
    # a marker makes it a credit, whatever the name
    lines = split_lines(f"Das Potenzial von Wasserstoff\nVon Swantje Bernsmann\n{PROSE}")
    assert assemble(lines, labels, PageContext(language="de")).authors == ("Swantje Bernsmann",)


def test_a_signature_the_context_pass_left_out_under_the_body_names_the_author() -> None:
    text = f"Ein Start ins neue Jahr\n{PROSE}\n{PROSE}\nClaudia Duwe\nZum Weiterlesen: Der Zukunft wieder vertrauen"
    labels = revised(Label.HEADLINE, Label.BODY, Label.BODY, Label.OTHER, Label.PROMO)
    assert assemble(split_lines(text), labels, PageContext(language="de")).authors == ("Claudia Duwe",)
    # a heading over the links under the article is name-shaped, and no signature
    text = f"Ein Start ins neue Jahr\n{PROSE}\n{PROSE}\nWeiterführende Links\nDossier Leistung"
    assert assemble(split_lines(text), labels, PageContext(language="de")).authors == ()
    # nor is a name standing far under the body
    text = f"Ein Start ins neue Jahr\n{PROSE}\n{PROSE}\nImpressum\nClaudia Duwe"
    labels = revised(Label.HEADLINE, Label.BODY, Label.BODY, Label.NAVIGATION, Label.OTHER)
    assert assemble(split_lines(text), labels, PageContext(language="de")).authors == ()


def test_a_personal_sites_copyright_notice_under_the_article_names_the_author() -> None:
    menu = "\n".join(["Archiv", "Impressum", "Datenschutz"] * 3)
    labels = revised(Label.HEADLINE, Label.BODY, *[Label.NAVIGATION] * 9, Label.OTHER)
    for notice, expected in [
        ("© 2020 Wolfgang Michal", ("Wolfgang Michal",)),
        ("Copyright (c) 2012- Gregory Szorc. All rights reserved.", ("Gregory Szorc",)),
        ("© 2024 Vale Gazette. All rights reserved.", ()),  # a site's name, no person's
        ("© 2016 Free Blogger Templates", ()),  # a theme's credit
    ]:
        text = f"Ein Start ins neue Jahr\n{PROSE}\n{menu}\n{notice}"
        assert assemble(split_lines(text), labels, PageContext(language="de")).authors == expected, notice


def test_a_bare_photo_credit_under_the_article_names_nobody() -> None:
    # "© Jane Doe" in a contact box under the article credits a photo; at the page's very end it is the site's
    menu = "\n".join(["Archiv", "Impressum", "Datenschutz"] * 3)
    text = f"Ein Start ins neue Jahr\n{PROSE}\nAnsprechpartnerin\n© Hermann Bredehorst\n{menu}"
    labels = revised(Label.HEADLINE, Label.BODY, Label.NAVIGATION, Label.NAVIGATION, *[Label.NAVIGATION] * 9)
    assert assemble(split_lines(text), labels, PageContext(language="de")).authors == ()
    text = f"Ein Start ins neue Jahr\n{PROSE}\n{menu}\n© Jürgen Heitmann"
    labels = revised(Label.HEADLINE, Label.BODY, *[Label.NAVIGATION] * 10)
    assert assemble(split_lines(text), labels, PageContext(language="de")).authors == ("Jürgen Heitmann",)


def test_marked_bylines_of_several_people_away_from_the_article_name_nobody() -> None:
    menu = "Home\nPolitik\nSport\nKultur\n"
    text = f"von Jane Doe | 20. Mai 2007\nvon John Roe | 21. Mai 2007\n{menu}Ein Start ins neue Jahr\n{PROSE}"
    labels = revised(Label.OTHER, Label.OTHER, *[Label.NAVIGATION] * 4, Label.HEADLINE, Label.BODY)
    assert assemble(split_lines(text), labels, PageContext(language="de")).authors == ()


def test_marked_byline_in_a_comment_names_nobody() -> None:
    text = f"Ein Start ins neue Jahr\n{PROSE}\nvon Jane Doe | 20. Mai 2007"
    labels = revised(Label.HEADLINE, Label.BODY, Label.COMMENT)
    assert assemble(split_lines(text), labels, PageContext(language="de")).authors == ()


def test_byline_reflowed_into_the_standfirst_names_the_author() -> None:
    stand = "Die Fahrer vor der neuen Saison: wer vorne mitfahren kann und wer nicht, in einer langen Übersicht."
    raw = [*stand.rsplit(" ", 8), "02.02.2022, 11:30 Uhr von Jane Doe"]
    menu = ["Home", "Politik", "Sport", "Kultur"]
    physical = split_lines("\n".join([*raw, *menu, "Ein Start ins neue Jahr", PROSE]))
    n = len(raw)
    rows = [(" ".join(raw), 0, n), *[(m, n + k, n + k + 1) for k, m in enumerate(menu)]]
    rows += [("Ein Start ins neue Jahr", n + 4, n + 5), (PROSE, n + 5, n + 6)]
    labels = revised(Label.OTHER, *[Label.NAVIGATION] * 4, Label.HEADLINE, Label.BODY)
    article = assemble(build_lines(rows), labels, PageContext(language="de"), physical=physical)
    assert article.authors == ("Jane Doe",)
    # without the source lines the joined block is prose
    assert assemble(build_lines(rows), labels, PageContext(language="de")).authors == ()


def test_a_page_that_is_only_its_headline_has_no_author() -> None:
    lines = split_lines("0 A A")
    assert assemble(lines, revised(Label.HEADLINE), PageContext()).authors == ()


def test_a_space_printed_before_a_compounds_hyphen_is_taken_out_of_the_body() -> None:
    # a converter that prints a link's text apart from the rest of its word ("Radon -Messung")
    text = (
        "Die Karte zeigt die Radon -Situation in jeder Region, sagte das Amt am Montag.\n"
        "Sicher ist nur eine Radon -Messung im Boden; Daten- und -Nutzung bleiben getrennt, chmod -R auch."
    )
    article = assemble(split_lines(text), revised(Label.BODY, Label.BODY), PageContext(language="de"))
    assert article.paragraphs == (
        "Die Karte zeigt die Radon-Situation in jeder Region, sagte das Amt am Montag.",
        "Sicher ist nur eine Radon-Messung im Boden; Daten- und -Nutzung bleiben getrennt, chmod -R auch.",
    )
    assert "Radon-Situation" in article.body


def test_a_bare_name_the_headline_holds_is_its_subject_not_its_author() -> None:
    def authors(headline: str, byline: str) -> tuple[str, ...]:
        lines = split_lines(f"{headline}\n{byline}\n{PROSE}\n{PROSE}")
        labels = revised(Label.HEADLINE, Label.BYLINE, Label.BODY, Label.BODY)
        return assemble(lines, labels, PageContext(language="en")).authors

    assert authors("Jane Doe Wins The Cup In Extra Time", "Jane Doe") == ()
    assert authors("Jane Doe Wins The Cup In Extra Time", "By Jane Doe") == ("Jane Doe",)  # a marked byline
    assert authors("Bridge Reopens Today", "Jane Doe") == ("Jane Doe",)
