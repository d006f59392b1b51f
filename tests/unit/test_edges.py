"""The article's edges: marked boxes at a region's end or start are cut, plain paragraphs never."""

from __future__ import annotations

import newsclean
from newsclean import Label, Vote
from newsclean.edges import FAQ_MAX_SHARE, TAIL_MAX_LINES, author_box, faq_tail, sign_off_cut, tail_mark, trim_tail
from newsclean.lines import split_lines
from newsclean.pipeline import Decision, Revised

PARA = "Officials said on day {} that the old bridge would reopen after a long and costly repair of its deck."


def body(score: float = 0.9) -> Decision:
    return Decision(Label.BODY, score, "test", "prose", (("test", Vote(Label.BODY, score, "prose")),))


def revised(decisions: list[Decision]) -> list[Revised]:
    return [Revised(d.label, d.score, d.classifier, d.reason) for d in decisions]


def run(texts: list[str]) -> int:
    lines = split_lines("\n".join(texts))
    decisions = [body() for _ in lines]
    return trim_tail(lines, decisions, revised(decisions), 0, len(lines) - 1)


STORY = [PARA.format(n) for n in range(8)]


def test_marks() -> None:
    lines = split_lines(
        "Email Jane Doe at jdoe@example.com or follow her @janedoe.\n"
        "Sign up for our newsletter and get the latest news in your inbox.\n"
        "More from Space...\n"
        "The mayor said the bridge would reopen."
    )
    assert [tail_mark(ln, body()) for ln in lines] == [True, True, True, False]


def test_sign_off_box_is_cut_with_its_unmarked_lines() -> None:
    box = [
        "Email Jane Doe at jdoe@example.com or follow her on social media.",
        "Get breaking news and the latest updates on launches and more!",
        "No spam, we promise. You can unsubscribe at any time.",
    ]
    assert run(STORY + box) == len(STORY) - 1


def test_plain_ending_is_never_cut() -> None:
    texts = [*STORY[:4], "Sign up for the course opened on Monday, the school said.", *STORY[4:]]
    assert run(texts) == len(texts) - 1


def test_cut_is_bounded_by_window_and_share() -> None:
    # the earliest mark is further back than TAIL_MAX_LINES lines: only the window goes
    short = [f"Line {n} of the story goes on here." for n in range(TAIL_MAX_LINES + 2)]
    texts = [*STORY, "Follow us for more.", *short, "No spam, we promise."]
    assert run(texts) == len(texts) - 2
    # a "tail" as long as the story itself is not a tail
    assert run([PARA.format(1), "Join our forums today and talk about it with friends.", PARA.format(2) + " @x"]) == 2


def test_image_markers_hold_no_place_in_the_tail_window() -> None:
    # a text browser prints an image as a bracketed marker; other dumps leave it out, so the
    # window counts the same lines with or without them
    short = [f"Line {n} of the story goes on here." for n in range(TAIL_MAX_LINES - 2)]
    story = [PARA.format(n) for n in range(16)]
    plain = [*story, "Follow us for more.", *short, "No spam, we promise."]
    assert run(plain) == len(story) - 1
    marked = [*story, "Follow us for more."]
    for n, text in enumerate(short):
        marked += [f"[photo-{n}]", text]
    marked.append("No spam, we promise.")
    assert run(marked) == len(story) - 1


def test_clean_drops_the_sign_off_with_a_reason() -> None:
    page = "\n\n".join(
        [
            "Home | News | Sport",
            *STORY,
            "Email Jane Doe at jdoe@example.com or follow her @janedoe.",
            "No spam, we promise. You can unsubscribe at any time.",
            "Privacy policy | Terms of use",
        ]
    )
    article = newsclean.clean(page)
    assert "jdoe@example.com" not in article.body
    assert article.body.count("Officials said") == len(STORY)
    reasons = {ll.reason for ll in article.lines if "jdoe@" in ll.line.text}
    assert reasons == {"a box at the article's edge: sign-off, appeal or author bio"}


def test_appeal_above_the_story_is_cut() -> None:
    from newsclean.edges import trim_head

    appeal = [
        "If you liked this article, support us.",
        "Good journalism costs money; every euro helps.",  # unmarked, but inside the box
        "Support independent journalism today.",
    ]
    texts = [*appeal, *STORY]
    lines = split_lines("\n".join(texts))
    decisions = [body() for _ in lines]
    assert trim_head(lines, decisions, revised(decisions), 0, len(lines) - 1) == len(appeal)
    # a story that opens on a plain paragraph keeps its start
    lines = split_lines("\n".join(STORY))
    decisions = [body() for _ in lines]
    assert trim_head(lines, decisions, revised(decisions), 0, len(lines) - 1) == 0


def test_common_verbs_mark_only_short_lines() -> None:
    # "share"/"teilen" are calls to action on a button, plain verbs in a long paragraph
    long = split_lines("The two firms agreed to share the costs of the bridge " + "and its repair " * 8 + "this year.")[
        0
    ]
    short = split_lines("Share this article with friends")[0]
    assert not tail_mark(long, body())
    assert tail_mark(short, body())


def _box_cut(texts: list[str], decisions: list[Decision] | None = None) -> int:
    from newsclean.edges import author_box

    lines = split_lines("\n".join(texts))
    decisions = decisions or [body() for _ in lines]
    return author_box(lines, decisions, revised(decisions), 0, len(lines) - 1)


BIO = "Jane Doe has covered city hall and its bridges for the paper since 2009 and lives by the river."


def test_author_box_under_a_heading_is_cut() -> None:
    assert _box_cut([*STORY, "About the author", BIO]) == len(STORY) - 1
    assert _box_cut([*STORY, "Über den Autor", BIO]) == len(STORY) - 1


def test_author_box_under_an_about_the_name_heading_is_cut() -> None:
    assert _box_cut([*STORY, "Über Jane Doe 257 Artikel", BIO]) == len(STORY) - 1
    assert _box_cut([*STORY, "About Jane Doe", BIO]) == len(STORY) - 1
    # "About the bridge" names no one
    assert _box_cut([*STORY, "About the bridge", BIO]) == len(STORY) + 1


def test_a_box_heading_alone_over_a_paragraph_is_cut() -> None:
    # the site's "About us" blurb, and an "Author" label over the writer's name and bio
    assert _box_cut([*STORY, "About us", BIO]) == len(STORY) - 1
    assert _box_cut([*STORY, "Über uns", BIO]) == len(STORY) - 1
    assert _box_cut([*STORY, "AUTOR", "Dr. Jane Doe", BIO]) == len(STORY) - 1
    # in a longer line the words are the story's; with no paragraph under it the label boxes nothing
    assert _box_cut([*STORY, "About us and the bridge", BIO]) == len(STORY) + 1
    assert _box_cut([*STORY, "Author", "Jane Doe", "Madrid"]) == len(STORY) + 2


def test_about_one_name_opens_the_box_only_when_the_box_names_it_again() -> None:
    texts = [*STORY, "About Mirela", BIO, "View all posts by Mirela"]
    assert _box_cut(texts) == len(STORY) - 1
    # "About Berlin" over a paragraph that never names it again is the story's subheading
    assert _box_cut([*STORY, "About Berlin", BIO, "View all posts by Mirela"]) == len(texts) - 1


def test_author_box_opened_by_the_name_is_cut() -> None:
    byline = Decision(Label.BYLINE, 0.4, "test", "name", (("test", Vote(Label.BYLINE, 0.4, "name")),))
    decisions = [*[body() for _ in STORY], byline, body()]
    assert _box_cut([*STORY, "Jane Doe", BIO], decisions) == len(STORY) - 1
    # a name line whose next paragraph is about someone else is not a bio
    assert _box_cut([*STORY, "Jane Doe", PARA.format(9)], decisions) == len(STORY) + 1


def test_author_box_is_only_looked_for_at_the_end() -> None:
    # "About the author" high in the region, with most of the story below it, is the story's own subheading
    texts = [STORY[0], "About the author", *STORY[1:]]
    assert _box_cut(texts) == len(texts) - 1


def byline(score: float = 0.9) -> Decision:
    return Decision(Label.BYLINE, score, "test", "byline", (("test", Vote(Label.BYLINE, score, "byline")),))


def bio_cut(texts: list[str], byline_score: float = 0.9) -> int:
    from newsclean.edges import author_box

    lines = split_lines("\n".join(["By Jane Doe", *texts]))
    decisions = [byline(byline_score), *(body() for _ in texts)]
    return author_box(lines, decisions, revised(decisions), 1, len(lines) - 1)


def test_bio_that_opens_with_the_bylines_name_is_cut() -> None:
    bio = "Jane Doe is a professor of engineering at the state university and writes on bridges."
    assert bio_cut([*STORY, bio]) == len(STORY)
    first_name = "Jane is the co-founder of a consultancy on bridges and tunnels in the north."
    assert bio_cut([*STORY, first_name]) == len(STORY)


def test_bio_needs_a_clear_byline_and_the_tail() -> None:
    bio = "Jane Doe is a professor of engineering at the state university and writes on bridges."
    assert bio_cut([*STORY, bio], byline_score=0.3) == len(STORY) + 1
    # the name opening an early paragraph is the story's business, not a bio box
    assert bio_cut([bio, *STORY]) == len(STORY) + 1
    # "Janet" is not "Jane"
    other = "Janet Doe is a professor of engineering at the state university and writes on bridges."
    assert bio_cut([*STORY, other]) == len(STORY) + 1


def test_the_bylines_name_on_its_own_line_opens_a_bio_box() -> None:
    bio = "Als Redakteurin betreue ich den Blog rund um die Themen Verkehr und Stadtplanung seit Jahren."
    assert bio_cut([*STORY, "Jane Doe", bio]) == len(STORY)
    # another name is another person: a subheading or a quoted source
    assert bio_cut([*STORY, "John Roe", bio]) == len(STORY) + 2


def test_disclosures_and_reader_toolbars_are_sign_off_marks() -> None:
    lines = split_lines(
        "This post contains affiliate links, and we may earn a commission.\n"
        "*Werbung. Dieser Beitrag enthält Werbung für eine Marke.\n"
        "War der Artikel nützlich?\n"
        "The advertisers said the campaign would run until the spring."
    )
    assert [tail_mark(ln, body()) for ln in lines] == [True, True, True, False]


def _cut(texts: list[str]) -> int:
    lines = split_lines("\n".join(texts))
    decisions = [body() for _ in lines]
    return sign_off_cut(lines, revised(decisions), 0, len(lines) - 1)


def test_a_sign_off_phrase_cuts_the_unmarked_box_it_opens() -> None:
    box = ["Was this article helpful?", "Our weekly letter brings you the best of the week.", "It is sent on Fridays."]
    assert _cut([*STORY, *box]) == len(STORY) - 1
    assert _cut(STORY) == len(STORY) - 1  # no phrase: nothing to cut


def test_a_newsletter_call_cuts_its_form_messages() -> None:
    # the box's call names the site's newsletter; its form's messages and blurb carry no mark of their own
    for call in ("Stay informed. Subscribe to our newsletter.", "Jetzt unseren Newsletter abonnieren!"):
        box = [call, "You have successfully subscribed. Thank you!", "It brings the week's news every Friday."]
        assert _cut([*STORY, *box]) == len(STORY) - 1, call
    # a story's own sentence about a newsletter names no call to subscribe
    plain = ["The paper said its newsletter had reached ten thousand readers this spring, twice as many as a year ago."]
    assert _cut([*STORY, *plain]) == len(STORY)


def test_a_sign_off_cut_never_takes_a_large_share() -> None:
    # the phrase opens a tail longer than a quarter of the region: it is the story's own
    tail = [PARA.format(n) for n in range(8, 12)]
    texts = [*STORY[:3], "Was this article helpful?", *tail]
    assert _cut(texts) == len(texts) - 1


def test_a_line_naming_several_networks_is_a_mark() -> None:
    (line,) = split_lines("Siguenos en Telegram, Instagram, Facebook y Twitter para recibir noticias")
    assert tail_mark(line, body())
    (prose,) = split_lines("The company said its Instagram account had been closed on Monday after the hack.")
    assert not tail_mark(prose, body())


def test_a_see_also_line_in_the_story_does_not_block_the_box_under_it() -> None:
    # "Mehr zum Thema: ..." between the last paragraphs matches a sign-off phrase, but cutting from
    # it would take too much; the prompts under the story are still cut
    see_also = "Mehr zum Thema: Wie die Stadt ihre Brücken prüft"
    texts = [*STORY[:4], see_also, *STORY[4:6], "Möchten Sie den Artikel teilen?"]
    assert _cut([*texts, "War der Artikel nützlich?"]) == len(texts) - 2


def test_the_run_of_prompts_above_the_nearest_phrase_goes_with_it() -> None:
    # the search reaches the second prompt only (fourteen unmarked lines follow it); the first,
    # right above it, is part of the same box and goes with it
    prompts = ["Share this article", "Was this article helpful?"]
    rest = [f"Rating {n}" for n in range(14)]
    assert _cut([*STORY, *prompts, *rest]) == len(STORY) - 1


def _bio(texts: list[str]) -> int:
    lines = split_lines("\n".join(texts))
    decisions = [body() for _ in lines]
    return author_box(lines, decisions, revised(decisions), 0, len(lines) - 1)


def test_a_paragraph_introducing_a_writer_by_name_and_trade_is_cut() -> None:
    for bio in (
        "Jane Doe is a staff writer at the Ledger covering science and city politics.",
        "Max Muster ist Redakteur im Ressort Wirtschaft und schreibt über Energie und Verkehr.",
        "Ich bin Erika Muster, Rechtsanwältin in Berlin, und berate kleine Firmen im Vertragsrecht.",
    ):
        assert _bio([*STORY, bio]) == len(STORY) - 1, bio
    # a sentence of the story naming a trade, not introducing a writer, is kept
    for prose in (
        "The Mayor is a former journalist who covered the council for a decade before running.",
        "Police said the man was a journalist who had lived in the city for many years.",
    ):
        assert _bio([*STORY, prose]) == len(STORY), prose


def test_a_short_name_and_trade_sentence_opens_a_bio_box() -> None:
    from newsclean.edges import BIO_APPOSITIVE_MAX_WORDS

    first_person = "Ich mag jede Art von Reportage, am liebsten mit Menschen im Bild."
    bio = "Erika Muster, Fotografin aus Bremen und Gründerin eines Blogs."
    assert _bio([*STORY, bio, first_person]) == len(STORY) - 1
    assert _bio([*STORY, "Jane Doe, a reporter at the Ledger."]) == len(STORY) - 1
    # at the length limit it is the box; one word more and it is the story's sentence
    at = "Jane Doe, a reporter " + " ".join(["word"] * (BIO_APPOSITIVE_MAX_WORDS - 5)) + " end."
    assert len(at.split()) == BIO_APPOSITIVE_MAX_WORDS
    assert _bio([*STORY, at]) == len(STORY) - 1
    assert _bio([*STORY, at.replace(" end.", " and end.")]) == len(STORY)
    # the story's sentence about a person and their trade goes on with what they did
    said = "Jane Doe, a reporter at the Ledger, said on Monday that the bridge had been closed for repairs since May."
    assert _bio([*STORY, said]) == len(STORY)


def test_a_handle_inside_a_whole_paragraph_does_not_cut_it() -> None:
    # the story's last paragraph names a place by its handle-like name; a sign-off line is short
    last = (
        "Police said there are no evacuations, but residents are urged to avoid the area for now. "
        "The area is densely populated with apartment buildings including @1377 Apartments."
    )
    assert run([*STORY, last]) == len(STORY)
    assert run([*STORY, "Follow her @janedoe for more."]) == len(STORY) - 1


def test_a_box_heading_of_links_or_contacts_cuts_the_box_it_opens() -> None:
    box = ["Weitere Informationen zum Thema:", "Die Seite des Ministeriums", "Ansprechpartner", "Jana Muster"]
    assert _cut([*STORY, *box]) == len(STORY) - 1
    assert _cut([*STORY, "More information", "The council's page on the bridge"]) == len(STORY) - 1
    # a sentence that opens with the words closes the story; it heads no box
    closing = "Weitere Informationen lagen zunächst nicht vor."
    assert _cut([*STORY, closing, "Die Seite des Ministeriums"]) == len(STORY) + 1
    # a longer line opening with the words is prose
    long_line = "Weitere Informationen zu den Kosten der Reparatur und zum Zeitplan der Arbeiten am Deck"
    assert _cut([*STORY, long_line, "Die Seite des Ministeriums"]) == len(STORY) + 1


def test_a_rating_prompt_signs_off() -> None:
    box = ["Hier können Sie den Artikel bewerten", "Diesen Artikel kommentieren", "Chronik Neue Ampel am Markt"]
    assert _cut([*STORY, *box]) == len(STORY) - 1
    assert _cut([*STORY, "Rate this post", "1 2 3 4 5"]) == len(STORY) - 1


def test_a_mailing_list_form_and_a_breadcrumb_label_sign_off() -> None:
    form = ["Subscribe to our mailing list!", "* indicates required", "Email Address *", "View previous campaigns."]
    assert _cut([*STORY, *form]) == len(STORY) - 1
    assert _cut([*STORY, "You are here:", "Home", "News"]) == len(STORY) - 1
    # the words inside a sentence of the story are no breadcrumb
    assert _cut([*STORY, "You are here because the bridge reopened, the mayor told the crowd."]) == len(STORY)


def test_a_blogs_filed_under_line_and_a_support_appeal_mark_the_tail() -> None:
    filed = "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorial."
    assert tail_mark(split_lines(filed)[0], body())
    appeal = "Darum: Hilf mit und unterstütze unser Magazin mit einem kleinen Beitrag."
    assert tail_mark(split_lines(appeal)[0], body())
    assert not tail_mark(split_lines("Die Stadt will das Magazin am Hafen unterstützen.")[0], body())


# A press release's closing company profile, its "About" heading lost in the dump (made-up company).
PROFILE = "Brightwell is a global provider of alarm and messaging systems for hospitals and care homes in Europe."
FACTS = "Brightwell is headquartered in Lund, has offices in nine countries and employs around 800 people."


def test_company_profile_closing_a_press_release_is_cut() -> None:
    assert _box_cut([*STORY, PROFILE, FACTS]) == len(STORY) - 1
    # German: "ist ein führender Anbieter", "mit Sitz in"
    de = "Brightwell ist ein führender Anbieter von Alarmsystemen für Kliniken und Pflegeheime in ganz Europa."
    facts = "Das Unternehmen hat seinen Sitz in Lund und zählt 800 Mitarbeiter."
    assert _box_cut([*STORY, de, facts]) == len(STORY) - 1


def test_company_profile_needs_its_facts() -> None:
    # the story's own last paragraph may say what a company is; with no headquarters, staff or listing it stays
    assert _box_cut([*STORY, PROFILE]) == len(STORY)
    # a story paragraph that names headquarters without opening a profile stays too
    news = "The firm, which is headquartered in Lund, said the deal would close in March after a vote by its board."
    assert _box_cut([*STORY, news]) == len(STORY)


def test_a_closing_credit_line_is_cut() -> None:
    lines = split_lines("\n".join([*STORY, "Jane Doe and John Roe contributed to this report.", "Most read"]))
    decisions = [body() for _ in lines]
    assert sign_off_cut(lines, revised(decisions), 0, len(lines) - 1) == len(STORY) - 1
    # Reuters' "Reporting by ...; Editing by ..." ends the story the same way
    assert run([*STORY, "Reporting by Jane Doe; Editing by John Roe"]) == len(STORY) - 1


def test_a_story_sentence_about_reporting_is_no_credit_line() -> None:
    # "reported", "reporting" in the story's own words: no credit line, nothing cut
    assert run([*STORY, "Jane Doe reported the bridge closed for good after the flood in May."]) == len(STORY)


TITLES = ["The strange life of a bridge keeper", "How the river town rebuilt its mill", "Why ferries are back"]


def _sign_off(texts: list[str]) -> int:
    lines = split_lines("\n".join(texts))
    decisions = [body() for _ in lines]
    return sign_off_cut(lines, revised(decisions), 0, len(lines) - 1)


def test_a_more_stories_heading_opens_the_list_under_the_story() -> None:
    assert _sign_off([*STORY, "More Great Science Stories", *TITLES]) == len(STORY) - 1
    assert _sign_off([*STORY, "Weitere spannende Artikel", *TITLES]) == len(STORY) - 1
    assert _sign_off([*STORY, "Más noticias de Deportes", *TITLES]) == len(STORY) - 1


def test_a_sentence_about_more_stories_is_the_story() -> None:
    # a sentence (it ends in a full stop) or a longer line is no heading
    assert _sign_off([*STORY, "More stories of the flood emerged.", *TITLES]) == len(STORY) + len(TITLES)
    # a roundup's own subheading has paragraphs under it
    long = PARA.format(9) + " The council will vote on the plan in June, after a last public hearing."
    assert _sign_off([*STORY, "Other news from the town hall", long]) == len(STORY) + 1


def test_a_bio_naming_the_trade_before_the_name_is_cut() -> None:
    bio = "Award-winning journalist Jane Doe writes a daily column on city politics and lives by the river."
    assert _box_cut([*STORY, bio]) == len(STORY) - 1
    # the story's own words about a reporter stay
    news = "Veteran reporter Jane Doe was arrested at the bridge on Monday and released later that night."
    assert _box_cut([*STORY, news]) == len(STORY)


def test_a_name_line_over_a_bio_opening_with_the_first_name_is_cut() -> None:
    byline = Decision(Label.BYLINE, 0.4, "test", "byline", (("test", Vote(Label.BYLINE, 0.4, "byline")),))
    texts = [*STORY, "Jane Doe", "Jane joined the paper in March 2017 and has covered the river towns since."]
    decisions = [body() for _ in STORY] + [byline, body()]
    assert _box_cut(texts, decisions) == len(STORY) - 1


def test_a_tag_list_under_the_story_opens_the_site_s_box() -> None:
    assert _sign_off([*STORY, "Tags Bridge repairs River Town", "View the discussion thread."]) == len(STORY) - 1
    assert _sign_off([*STORY, "Schlagworte: Brücke, Stadtrat", "Jetzt kommentieren"]) == len(STORY) - 1
    # a sentence opening with the word is the story's
    assert _sign_off([*STORY, "Topics at the meeting ranged from the bridge to the ferry."]) == len(STORY)


def test_a_call_for_the_reader_s_opinion_closes_the_story() -> None:
    assert run([*STORY, "Tell us what YOU think..."]) == len(STORY) - 1
    assert tail_mark(split_lines("Dites-nous ce que vous en pensez")[0], body())


def test_two_calls_in_one_longer_line_mark_a_newsletter_blurb() -> None:
    blurb = (
        "There is plenty more where that came from, every single weekday morning. "
        "Sign up for The Daily Town today and get the free newsletter in time for breakfast."
    )
    assert split_lines(blurb)[0].words > 25  # longer than a call-to-action line
    assert tail_mark(split_lines(blurb)[0], body())
    # one call in a sentence of that length is prose ("... said it would sign up ...")
    one = (
        "The council said on Monday that it would sign up a new contractor for the bridge repairs in the spring, "
        "once the river is low enough to reach the old piers."
    )
    assert not tail_mark(split_lines(one)[0], body())


def test_a_reprint_or_browser_notice_above_the_story_is_cut() -> None:
    from newsclean.edges import trim_head

    notice = "We have detected an old browser. For the best experience, please update to a modern browser."
    reprint = "This copy is for your personal, non-commercial use only. To order copies visit our reprint desk."
    lines = split_lines("\n".join([notice, reprint, *STORY]))
    decisions = [body() for _ in lines]
    assert trim_head(lines, decisions, revised(decisions), 0, len(lines) - 1) == 2
    # a story sentence about browsers is no notice: nothing is cut
    story = split_lines("\n".join(["The browser wars of the nineties shaped the web we use today.", *STORY]))
    decisions = [body() for _ in story]
    assert trim_head(story, decisions, revised(decisions), 0, len(story) - 1) == 0


def test_an_update_stamp_goes_with_the_box_under_the_story() -> None:
    # the stamp right above the tag list is cut with it; the story's last paragraph stays
    assert _sign_off([*STORY, "Updated at 1:23 p.m.", "Tags Bridge repairs River Town"]) == len(STORY) - 1
    # "Updated rules take effect ..." is a sentence of the story, not a stamp
    assert _sign_off([*STORY, "Updated rules take effect in 2025", "Tags Bridge River"]) == len(STORY)


def test_an_update_stamp_alone_starts_no_cut() -> None:
    assert _sign_off([*STORY, "Published: 03 December 2019", "Updated: 06 December 2019"]) == len(STORY) + 1


def _faq_cut(texts: list[str]) -> int:
    lines = split_lines("\n".join(texts))
    decisions = [body() for _ in lines]
    return faq_tail(lines, revised(decisions), 0, len(lines) - 1)


def test_a_block_of_frequent_questions_under_the_story_is_cut() -> None:
    story = [PARA.format(n) for n in range(6)]
    for heading in ("Häufig gestellte Fragen", "FAQ", "Preguntas frecuentes", "Foire aux questions"):
        texts = [*story, heading, "Is the bridge open again?", "Yes, since Monday."]
        assert _faq_cut(texts) == len(story) - 1


def test_an_faq_block_in_other_scripts_is_cut() -> None:
    # the heading and the question mark of the script: full-width "？", Arabic "؟", Greek ";" (U+037E)
    story = [PARA.format(n) for n in range(6)]
    for heading, question in (
        ("よくある質問", "橋はいつ再開しますか？"),
        ("常见问题", "这座桥什么时候重新开放？"),
        ("الأسئلة الشائعة", "متى يعاد فتح الجسر؟"),
        ("Συχνές ερωτήσεις", "Πότε ανοίγει ξανά η γέφυρα\u037e"),
    ):
        assert _faq_cut([*story, heading, question, "Yes."]) == len(story) - 1, heading
    # the same heading over a line that asks nothing starts no cut
    assert _faq_cut([*story, "よくある質問", "橋は月曜日に再開しました。", "Yes."]) == len(story) + 2


def test_an_faq_heading_needs_a_question_under_it() -> None:
    story = [PARA.format(n) for n in range(6)]
    # a menu's "FAQ" entry over a link, or a sentence that names the FAQ, opens no block
    assert _faq_cut([*story, "FAQ", "Contact us", PARA.format(9)]) == len(story) + 2
    assert _faq_cut([*story, "FAQ pages answer common questions.", "Is it open?", "Yes."]) == len(story) + 2


def test_faq_max_share_boundary() -> None:
    # the block's words (heading, question, answer) against the region's: at the share it is cut, past it not
    question, answer = "Is it open?", "Yes."
    block = ["FAQ", question, answer]
    block_words = sum(len(t.split()) for t in block)
    story_words = round(block_words / FAQ_MAX_SHARE) - block_words
    at = ["word " * story_words + "end."]
    assert _faq_cut([*at, *block]) == 0
    assert _faq_cut(["word " * (story_words - 1) + "end.", *block]) == 3  # not cut: the last line stays last


def test_clean_leaves_the_faq_block_under_the_story_out_of_the_body() -> None:
    story = "\n\n".join(PARA.format(n) for n in range(6))
    faq = "Häufige Fragen\n\nWann öffnet die Brücke wieder?\n\nDie Brücke öffnet am Montag nach der Reparatur wieder."
    body = newsclean.clean(f"Old bridge to reopen\n\n{story}\n\n{faq}").body
    assert PARA.format(5) in body
    assert "Wann öffnet" not in body


def test_an_about_heading_finds_the_name_past_a_wrapped_bio() -> None:
    # a hard-wrapped bio is one block however many lines it spans: the name under it is within reach
    from newsclean.edges import ABOUT_ONE_REACH, _named_again

    bio = ["I love tea and long walks by the sea.", "I write about my garden", "and my cat", "every week."]
    assert len(bio) >= ABOUT_ONE_REACH
    lines = split_lines("\n".join(["About Mirela", "", *bio, "", "View all posts by Mirela"]))
    assert _named_again(lines, 0, "Mirela")
    # the same lines as separate blocks put the name out of reach
    lines = split_lines("\n\n".join(["About Mirela", *bio, "View all posts by Mirela"]))
    assert not _named_again(lines, 0, "Mirela")
