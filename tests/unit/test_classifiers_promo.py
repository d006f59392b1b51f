"""Promo: heading_max_words, teaser blocks, calls to action, share bars."""

from __future__ import annotations

import newsclean
from newsclean import Label, PageContext
from newsclean.classifiers.promo import Promo
from newsclean.lines import split_lines

CTX = PageContext()


def test_heading_max_words_boundary() -> None:
    # the phrase covers most of the line but does not open it: heading_max_words applies as is
    lines = split_lines("Stories you may also like")
    assert lines[0].words == 5
    vote = Promo(heading_max_words=5).classify(lines, CTX)[0]
    assert vote is not None
    assert vote.reason.startswith("promo heading")
    assert Promo(heading_max_words=4).classify(lines, CTX)[0] is None


def test_heading_that_opens_with_the_phrase_may_be_twice_as_long() -> None:
    lines = split_lines("You may also like")
    assert lines[0].words == 4
    vote = Promo(heading_max_words=2).classify(lines, CTX)[0]
    assert vote is not None
    assert vote.reason.startswith("promo heading")
    assert Promo(heading_max_words=1).classify(lines, CTX)[0] is None


def test_teasers_follow_a_heading_until_prose() -> None:
    prose = (
        "The council said on Monday that the bridge would reopen next spring after a long repair, "
        "and that traffic would be allowed back in stages."
    )
    votes = Promo().classify(split_lines("Related\nBridge Reopens After Long Repair"), CTX)
    assert votes[0] is not None
    assert votes[1] is not None
    assert votes[1].reason == "teaser under a promo heading"
    votes = Promo().classify(split_lines(f"Related\n{prose}\nAnother Short Title Here"), CTX)
    assert votes[1] is None
    assert votes[2] is None  # the block ended at the prose


def test_block_span_boundary() -> None:
    lines = split_lines("Related\nFirst Teaser Title\nSecond Teaser Title")
    assert Promo(block_span=2).classify(lines, CTX)[2] is not None
    assert Promo(block_span=1).classify(lines, CTX)[2] is None


def test_action_max_words_boundary() -> None:
    lines = split_lines("Sign up for our newsletter")
    words = lines[0].words
    vote = Promo(action_max_words=words).classify(lines, CTX)[0]
    assert vote is not None
    assert vote.label is Label.PROMO
    assert Promo(action_max_words=words - 1).classify(lines, CTX)[0] is None


def test_social_min_hits_boundary() -> None:
    lines = split_lines("Facebook Twitter")
    assert Promo(social_min_hits=2).classify(lines, CTX)[0] is not None
    assert Promo(social_min_hits=3).classify(lines, CTX)[0] is None


def test_most_read_and_related_headings_in_many_languages() -> None:
    headings = [
        "Die meistgelesenen Artikel",
        "Meist gelesen",
        "Das könnte dir auch gefallen",
        "Ähnliche Beiträge",
        "Explore further",
        "Lo más visto",
        "Vous aimerez aussi",
        "Ti potrebbe interessare",
        "Polecane",
    ]
    lines = split_lines("\n".join(headings))
    votes = Promo().classify(lines, PageContext())
    assert [v.reason.startswith("promo heading") if v else None for v in votes] == [True] * len(headings)


def test_a_promo_phrase_among_menu_items_is_no_heading() -> None:
    # "Opinion" / "Video": section names a menu lists; over story titles they head a teaser block
    menu = Promo().classify(split_lines("News\nOpinion\nSport\nVideo\nWeather"), PageContext())
    assert all(v is None or not v.reason.startswith("promo heading") for v in menu)
    # the phrase atop a menu (its first item) heads nothing either
    top = Promo().classify(
        split_lines("Opinion\nContact Us\nSports\nPodcasts\n\nCouncil Opens The Bridge"), PageContext()
    )
    assert all(v is None for v in top)
    # nor does a two-item run make a menu of a heading over a short title
    pair = Promo().classify(split_lines("Opinion\nBudget Woes\n\nWhy the council's budget plan fails"), PageContext())
    assert pair[0] is not None
    assert pair[0].reason.startswith("promo heading")
    block = Promo().classify(
        split_lines("Opinion\nWhy the council's budget plan fails\nThe bridge nobody asked for"), PageContext()
    )
    assert block[0] is not None
    assert block[0].reason.startswith("promo heading")
    assert [v.label.name if v else None for v in block[1:]] == ["PROMO", "PROMO"]


def test_a_promo_phrase_that_ends_a_menu_or_pairs_with_a_menu_entry_is_no_heading() -> None:
    # the last item of a menu: under two items, whatever follows it
    for text in ("Culture\nHealth\nOpinion\n\nBy Jane Doe", "Science\nTech\nOpinion\nTerms of Use\nHome"):
        votes = Promo().classify(split_lines(text), PageContext())
        assert all(v is None or not v.reason.startswith("promo heading") for v in votes), text
    # a small menu of two, set apart by blank lines, whose other line is a section or a footer link
    for text in ("Headline\n\nOpinion\nNewsletters\n\nThe story.", "Contact Us\nOpinion\n\nThe story."):
        votes = Promo().classify(split_lines(text), PageContext())
        assert all(v is None or not v.reason.startswith("promo heading") for v in votes), text
    # over one story title of a word or two, not a menu's entry, the phrase still heads a block
    votes = Promo().classify(split_lines("Headline\n\nOpinion\nBudget Woes\n\nThe story."), PageContext())
    assert votes[2] is not None
    assert votes[2].reason.startswith("promo heading")
    # a sure menu entry of three words ("Terms of Use") is a menu's item as much as "About Us" is: under
    # both, the phrase is the menu's last item, and the title below the menu is no teaser of a block
    votes = Promo().classify(split_lines("Terms of Use\nAbout Us\nOpinion\n\nCouncil Opens The Bridge"), PageContext())
    assert all(v is None for v in votes)


def test_a_repeated_line_gets_the_vote_it_gets_alone() -> None:
    # own votes are computed once per text on a page: a repeat must not change them
    texts = ["Subscribe to our newsletter", "Share on Facebook Twitter WhatsApp", "A plain sentence of prose."]
    alone = [Promo().classify(split_lines(t), CTX)[0] for t in texts]
    assert Promo().classify(split_lines("\n\n".join(texts + texts)), CTX)[::2] == alone + alone


def test_recent_posts_and_more_related_headings() -> None:
    from newsclean.classifiers.promo import Promo

    votes = Promo().classify(split_lines("Neueste Beiträge\nEzek is érdekelhetnek\nPrevious post"), PageContext())
    assert all(v is not None and v.reason.startswith("promo heading") for v in votes)
    prose = "Die neueste Beiträge-Ordnung der Kasse gilt ab Mai für alle Mitglieder."
    assert Promo().classify(split_lines(prose), PageContext())[0] is None


def test_a_see_also_label_and_a_title_is_a_teaser() -> None:
    texts = [
        "Lesen Sie auch: Die Bahn streicht weitere Verbindungen im Winter",
        "Dowiedz się więcej: Kto jak głosował ws. unijnych funduszy?",
        "Mehr als die Hälfte: so viele Haushalte heizen noch mit Gas",
        "Related reading is a habit the survey found in most schools.",
        "Lea también:",
    ]
    votes = Promo().classify(split_lines("\n".join(texts)), CTX)
    reasons = [v.reason if v is not None else None for v in votes]
    assert reasons[:2] == ["see-also label opens a teaser"] * 2
    # the label must end at the colon, open the line, and a title must follow
    assert all(r != "see-also label opens a teaser" for r in reasons[2:])


def test_the_placeholder_of_an_embedded_post_is_not_prose() -> None:
    texts = [
        "Empfohlener redaktioneller Inhalt",
        "Hier steht ein externer Inhalt aus einem sozialen Netzwerk, der diesen Beitrag ergänzt.",
        "The council published its plans for the external walls of the library on Monday.",
    ]
    votes = Promo().classify(split_lines("\n".join(texts)), CTX)
    reasons = [v.reason if v is not None else None for v in votes]
    assert reasons == ["placeholder of an embedded post", "placeholder of an embedded post", None]


def test_a_spanish_look_label_opens_a_teaser() -> None:
    texts = [
        "MIRA: Madre se acerca a la estación y termina detenida",
        "No te pierdas: Los precios del café suben por tercera semana",
        "Mira Schneider leitet seit Mai das Stadtarchiv und plant eine neue Ausstellung.",
    ]
    votes = Promo().classify(split_lines("\n".join(texts)), CTX)
    reasons = [v.reason if v is not None else None for v in votes]
    assert reasons == ["see-also label opens a teaser"] * 2 + [None]


def test_a_site_box_around_the_article_is_promo_even_as_prose() -> None:
    texts = [
        "War der Artikel nützlich?",
        "Möchten Sie den Artikel teilen?",
        "Was this article helpful?",
        "¿Te ha resultado útil este artículo?",
        (
            "We recommend the best products through an independent review process, and advertisers do not "
            "influence our picks. We may receive compensation if you visit partners we recommend."
        ),
        "Wir informieren Sie regelmäßig zum Thema Verkehr und über die Arbeit unserer Redaktion.",
        "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie unsere Arbeit.",
        "Submit your letter to the editor via this form.",
        "The committee found the article helpful and asked the ministry to share its data with the public.",
    ]
    votes = Promo().classify(split_lines("\n".join(texts)), CTX)
    reasons = [v.reason if v is not None else None for v in votes]
    assert reasons[:8] == ["site box around the article"] * 8
    assert votes[0] is not None
    assert votes[0].score == 1.0  # as sure as the surest prose: a rating prompt reads as a sentence
    assert reasons[8] is None


def test_consent_boxes_disclaimers_and_funding_appeals_are_site_boxes() -> None:
    texts = [
        "Ja, ich habe die Datenschutzerklärung gelesen und akzeptiere sie.",
        "I have read and accept the privacy policy and the terms of use.",
        "He leído y acepto la política de privacidad.",
        "Wyrażam zgodę na przetwarzanie moich danych osobowych w celu wysyłki newslettera.",
        "Dieser Text wurde von Medizinern geprüft und entspricht aktuellen Leitlinien.",
        "Medically reviewed by Jane Roe, MD",
        "Ce contenu ne remplace pas un avis médical.",
        "Bei diesem Beitrag handelt es sich um einen Gastbeitrag.",
        "The views expressed in this column are the author's own.",
        "Las opiniones de este texto no reflejan necesariamente la postura del medio.",
        "Support independent journalism: become a member today.",
        "Gefällt dir dieser Beitrag?",
        "Links zu Bezugsquellen sind teilweise Partner-Links: Wenn ihr hier kauft, erhalten wir einen Teil.",
        # a story's own sentences about the same things are no box
        "The ministry said the new rules on personal data would apply from May.",
        "Die Ärztin sagte, die Studie habe die Behandlung geprüft und für sicher befunden.",
    ]
    votes = Promo().classify(split_lines("\n".join(texts)), CTX)
    reasons = [v.reason if v is not None else None for v in votes]
    assert reasons[:13] == ["site box around the article"] * 13
    assert reasons[13:] == [None, None]


def test_a_disclaimer_under_the_story_is_left_out_of_the_body() -> None:
    from newsclean import clean

    paragraphs = [
        "Die Stadt hat am Montag einen neuen Plan für den Verkehr in der Innenstadt vorgestellt, der ab Mai gilt.",
        "Künftig sollen Busse häufiger fahren, und an drei Kreuzungen entstehen neue Radwege für Pendler.",
        "Der Gemeinderat will im Herbst prüfen, ob der Plan die Staus in der Innenstadt wirklich verringert.",
        "Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.",
    ]
    story = "\n\n".join(paragraphs)
    body = clean(story).body
    assert "neue Radwege" in body
    assert "Meinung des Autors" not in body


def test_site_box_max_words_boundary() -> None:
    from newsclean.classifiers.promo import SITE_BOX_MAX_WORDS

    box = "We may earn a commission when you buy through links on our site."
    at = box + " " + " ".join(["word"] * (SITE_BOX_MAX_WORDS - len(box.split())))
    votes = Promo().classify(split_lines(f"{at}\n{at} more"), CTX)
    assert len(at.split()) == SITE_BOX_MAX_WORDS
    assert [v.reason if v is not None else None for v in votes] == ["site box around the article", None]


def test_an_icon_name_before_a_heading_is_read_past() -> None:
    texts = ["filter_none WEITERE BEITRÄGE ZU DIESEM ARTIKEL", "arrow_forward Related stories"]
    for text in texts:
        vote = Promo().classify(split_lines(text), CTX)[0]
        assert vote is not None
        assert vote.reason.startswith("promo heading")
    # without its heading the icon's name is no heading
    assert Promo().classify(split_lines("filter_none"), CTX) == [None]


def test_a_shop_or_offer_button_is_a_call_to_action() -> None:
    texts = ["Ausgabe kaufen", "Szukasz mieszkania do wynajęcia? Zobacz oferty na naszym portalu", "Ver ofertas"]
    votes = Promo().classify(split_lines("\n".join(texts)), CTX)
    assert [v.reason if v is not None else None for v in votes] == ["call to action"] * 3


def test_a_line_past_every_short_test_reads_no_phrase() -> None:
    """A call to action counts up to action_max_words, however far that lifts the bound on the phrase searches."""
    words = " ".join(["word"] * 36)
    lines = split_lines(f"Click here to read {words}")
    assert lines[0].words == 40
    assert Promo()._short_words() < lines[0].words
    assert Promo().classify(lines, CTX)[0] is None
    vote = Promo(action_max_words=40).classify(lines, CTX)[0]
    assert vote is not None
    assert vote.reason == "call to action"


def test_a_promo_phrase_in_the_pages_nav_heads_no_teaser_block() -> None:
    # the HTML's items stand in a row with no blank line between, so only the <nav> says "Opinion" is a menu's
    page = (
        "<html><body><nav><ul><li><a href='/n'>News</a></li><li><a href='/o'>Opinion</a></li></ul></nav>"
        "<h1>Council Approves The Budget</h1><p>Officials said the repairs to the old bridge would take two full"
        " years and cost far more than planned, and that the road would stay closed until spring.</p></body></html>"
    )
    lines = [ll.line for ll in newsclean.clean(page).lines]
    votes = Promo().classify(lines, PageContext(language="en"))
    assert [lines[i].text for i, v in enumerate(votes) if v is not None] == []
    # the same phrase outside the <nav>, over a title, heads a block of teasers
    bare = page.replace("<nav>", "<div>").replace("</nav>", "</div>")
    lines = [ll.line for ll in newsclean.clean(bare).lines]
    votes = Promo().classify(lines, PageContext(language="en"))
    assert [v.reason for v in votes if v is not None][:2] == ["promo heading 'Opinion'", "teaser under a promo heading"]
