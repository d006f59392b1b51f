"""Caption: credit markers, image markers, HTML figcaption, max_words."""

from __future__ import annotations

from newsclean import Label, PageContext
from newsclean.classifiers.caption import Caption
from newsclean.lines import Markup, build_lines, split_lines

CTX = PageContext()


def test_max_words_boundary() -> None:
    text = "The mayor cuts the ribbon on the new bridge. (Photo: Reuters)"
    (line,) = split_lines(text)
    assert Caption(max_words=line.words).classify([line], CTX)[0] is not None
    assert Caption(max_words=line.words - 1, long_caption_max_words=line.words - 1).classify([line], CTX)[0] is None
    # past max_words, a line is read only for a credit in brackets closing it (this one has it)
    assert Caption(max_words=line.words - 1).classify([line], CTX)[0] is not None


def test_signals() -> None:
    credit, trailing, image, prose = Caption().classify(
        split_lines(
            "Foto: dpa\nThe mayor opens the bridge. | Getty Images\n[IMG] The new bridge\n"
            "The council said the bridge would open in May."
        ),
        CTX,
    )
    assert credit is not None
    assert credit.label is Label.CAPTION
    assert credit.reason == "credit marker at start"
    assert trailing is not None
    assert trailing.reason == "photo credit at end"
    assert image is not None
    assert image.reason == "image marker"
    assert prose is None


def test_figcaption_markup() -> None:
    (line,) = build_lines([("A quiet street at dawn", 0, 1)], markups=[Markup(tag="figcaption")])
    vote = Caption().classify([line], CTX)[0]
    assert vote is not None
    assert vote.score == 0.75


def test_a_gallery_caption_sits_between_its_counter_and_its_credit() -> None:
    text = (
        "Image 2 of 5\n\nAn artist's concept of the new lunar lander on the surface.\n(Image credit: NASA)\n"
        "Bild 3 von 5\nDer Hafen am Abend, kurz vor dem Sturm.\nBild 4 von 5\n"
        "The mayor said the bridge would reopen on Monday.\nThe council agreed."
    )
    lines = split_lines(text)
    votes = Caption().classify(lines, PageContext())
    reasons = {ln.text: v.reason for ln, v in zip(lines, votes, strict=True) if v is not None}
    gallery = "caption between a gallery counter and its credit"
    assert reasons["An artist's concept of the new lunar lander on the surface."] == gallery
    assert reasons["Der Hafen am Abend, kurz vor dem Sturm."] == gallery
    # prose after the last counter with no credit under it is not a caption
    assert "The mayor said the bridge would reopen on Monday." not in reasons


def test_a_figure_label_opens_a_caption() -> None:
    texts = [
        "Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform ist deutlich.",
        "Figure 2. The bridge deck before the repair.",
        "Abb.: Vergleich der beiden Messungen",
        "Figure 2 shows the bridge deck before the repair.",
        "Figures from the ministry show a rise.",
    ]
    votes = Caption().classify(split_lines("\n".join(texts)), CTX)
    reasons = [v.reason if v else None for v in votes]
    assert reasons[:3] == ["figure label opens the line"] * 3
    assert reasons[3:] == [None, None]


def test_both_copies_of_a_doubled_caption_beside_its_credit_are_captions() -> None:
    caption = "The new bridge over the river opened to traffic on Monday morning."
    prose = "Officials said that the repairs had taken more than two years to finish."
    lines = split_lines(f"{prose}\n\nImage 2 of 5\n\n{caption}\n\n{caption}\n\n(Photo: Jane Doe)\n\n{prose}")
    votes = Caption().classify(lines, PageContext())
    copies = [i for i, line in enumerate(lines) if line.text == caption]
    assert len(copies) == 2
    assert all(votes[i] is not None and votes[i].label is Label.CAPTION for i in copies)  # type: ignore[union-attr]
    assert votes[0] is None


def test_a_paragraph_printed_twice_among_prose_keeps_one_copy() -> None:
    import newsclean

    para = "The council voted on Tuesday to rebuild the old bridge over the river by next spring."
    other = "Work will begin in March and the road will stay open to buses while the crews are busy."
    text = f"{other}\n\n{para}\n\n{para}\n\n{other.replace('March', 'April')}"
    body = newsclean.clean(text, format="text").body
    assert body.count(para) == 1


def test_a_doubled_caption_leaves_the_body() -> None:
    import newsclean

    caption = "The new bridge over the river opened to traffic on Monday morning."
    para = "The council voted on Tuesday to rebuild the old bridge over the river by next spring."
    other = "Work will begin in March and the road will stay open to buses while the crews are busy."
    text = f"{para}\n\n{caption}\n\n{caption}\n\nPhoto: Jane Doe, AP\n\n{other}"
    body = newsclean.clean(text, format="text").body
    assert caption not in body
    assert para in body
    assert other in body


_PROSE = "The city council approved on Tuesday a new budget for the repairs of the old harbour bridge, officials said."
_TITLE = "Council Approves New Budget For Harbour Bridge Repairs | Reuters"


def _vote_on(text: str, target: str) -> list[Label | None]:
    lines = split_lines(text)
    votes = Caption().classify(lines, PageContext())
    return [None if v is None else v.label for v, line in zip(votes, lines, strict=True) if line.text == target]


def test_a_title_with_a_site_suffix_above_the_prose_is_no_credit() -> None:
    assert _vote_on(f"Home | News\n\n{_TITLE}\n\nBy Jane Doe\n\n{_PROSE}", _TITLE) == [None]


def test_a_site_suffixed_line_beside_an_image_marker_is_a_credit() -> None:
    assert _vote_on(f"{_TITLE}\n[photo]\n\n{_PROSE}", _TITLE) == [Label.CAPTION]


def test_a_site_suffixed_line_below_the_prose_is_a_credit() -> None:
    assert _vote_on(f"{_PROSE}\n\n{_TITLE}\n\n{_PROSE}", _TITLE) == [Label.CAPTION]


def test_the_text_path_keeps_a_site_suffixed_headline() -> None:
    import newsclean

    text = f"Home | News | Sport\n\n{_TITLE}\n\nBy Jane Doe\n\n{_PROSE}\n\n{_PROSE.replace('Tuesday', 'Monday')}\n"
    headline = newsclean.clean(text, format="text").headline
    assert headline is not None
    assert headline.startswith("Council Approves New Budget")


def _reasons(text: str) -> list[str | None]:
    return [v.reason if v is not None else None for v in Caption().classify(split_lines(text), CTX)]


def test_a_caption_label_or_enlarge_button_opens_a_caption() -> None:
    reasons = _reasons(
        "Image caption Mourners gather outside the town hall on Friday\n"
        "Vergrößern Ein junger Igel sucht am Rand eines Beetes nach Futter.\n"
        "Caption contest winners were announced on Monday.\n"
        "Ampliar la red es clave para el gobierno."
    )
    assert reasons[:2] == ["caption label opens the line"] * 2
    # the label must be followed by the caption's capital; prose opening with the word is not read
    assert reasons[2:] == [None, None]


def test_a_wire_agency_or_copyright_credit_closes_a_caption() -> None:
    reasons = _reasons(
        "Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE\n"
        "Le piquet de grève dans le hall de l'université / (C) Jane Doe\n"
        "The company confirmed the figures, according to AFP.\n"
        "© 2019 The Associated Press. All rights reserved."
    )
    assert reasons[:2] == ["wire agency closes the caption", "copyright credit closes the caption"]
    # a sentence naming the agency ends with its own full stop; a copyright line has no caption before it
    assert reasons[2:] == [None, None]


def test_a_bracketed_picture_credit_closes_a_caption() -> None:
    lines = split_lines("Die Vertreter sprachen mit der Ministerin. (Bildquelle: Landjugend)")
    (vote,) = Caption().classify(lines, CTX)
    assert vote is not None
    assert vote.reason == "photo credit at end"


def test_a_bracketed_credit_after_a_long_sentence_outvotes_the_prose() -> None:
    reasons = _reasons(
        "Two scientists count the nests of the colony from a hill near the shore during the last summer"
        " campaign on the island. (Photo by Jane Doe/Polar Institute)\n"
        "A man rides a donkey past the village on November 19. Officials pledged new measures. Jane DOE / AFP\n"
        "(Photo: Jane Doe)"
    )
    assert reasons[:2] == ["bracketed photo credit closes the line", "wire agency closes the caption"]
    # a credit alone on its line is a credit, not a caption's closing bracket
    assert reasons[2] != "bracketed photo credit closes the line"


def test_a_long_figure_caption_outvotes_the_prose_score() -> None:
    from newsclean.pipeline import Pipeline

    text = (
        "Abbildung 4: Eine klassische Schwachschicht, wie sie in diesem Winter an vielen Orten in den Alpen"
        " zu finden war. Der Unterschied in der Kornform und in der Struktur der Schicht gegenüber der oberen"
        " und der unteren Schicht ist auf dem Bild deutlich zu sehen, und er ist der Grund für die Lawinen."
    )
    (decision,) = Pipeline.default().run(split_lines(text), CTX)
    assert decision.label is Label.CAPTION


def test_one_caption_printed_twice_in_a_line_outvotes_the_prose() -> None:
    from newsclean.pipeline import Pipeline

    caption = "Zwei Fischer flicken ihre Netze auf dem Steg vor der alten Markthalle am Hafen der Insel."
    decisions = Pipeline.default().run(split_lines(f"{caption} Foto: Peter Lang {caption}"), CTX)
    assert [d.label for d in decisions] == [Label.CAPTION]


def test_an_image_label_opens_a_long_caption() -> None:
    # a short "Foto: ..." is a credit; a long one describes the picture: a caption, however prose-like
    long, short, prose = Caption().classify(
        split_lines(
            "Image: The old bridge over the river in the town centre, seen from the north bank in the spring\n"
            "Foto: Jane Doe\n"
            "The image of the town that the council wants to show its visitors is of an old bridge in spring."
        ),
        CTX,
    )
    assert long is not None
    assert long.label is Label.CAPTION
    assert long.score >= 0.9
    assert short is not None
    assert short.score < long.score
    assert prose is None


def test_a_wire_credit_with_the_images_credit_line_closes_a_caption() -> None:
    (line,) = split_lines(
        "The mayor cuts the ribbon on the new bridge on Tuesday, Nov. 19, 2019. (AP Photo/Jane Doe) "
        "Photo: Jane Doe / Copyright 2019 The Example Press. All rights reserved"
    )
    vote = Caption().classify([line], CTX)[0]
    assert vote is not None
    assert vote.reason == "wire photo caption"


def test_an_image_copyright_closes_an_alt_text() -> None:
    # a text browser prints an embedded post's picture as its alt text, then the image's copyright
    post, prose = Caption().classify(
        split_lines(
            "Post by @jdoe: The council should have fixed the old bridge years ago, and now it wants "
            "us all to pay for it. Image copyright @jdoe @jdoe\n"
            "The council said the copyright of the old photographs stays with the town."
        ),
        CTX,
    )
    assert post is not None
    assert post.label is Label.CAPTION
    assert post.score > 0.7  # above a prose score of a long line without a full stop
    assert prose is None


def test_an_agencys_file_credit_closes_a_caption() -> None:
    (line,) = split_lines("The old bridge over the river in the town centre.Jane Doe / Reuters file")
    vote = Caption().classify([line], CTX)[0]
    assert vote is not None
    assert vote.label is Label.CAPTION


def test_a_figure_label_is_read_past_an_image_name_glued_before_it() -> None:
    # a text browser prints the image's name in brackets right before the caption under it
    glued, prose = Caption().classify(
        split_lines(
            "[bridge-2021-4]Abbildung: Die alte Brücke über den Fluss im Frühjahr, von Norden gesehen.\n"
            "[1] The council said the old bridge would reopen in the spring."
        ),
        CTX,
    )
    assert glued is not None
    assert glued.reason == "figure label opens the line"
    assert prose is None


def test_an_agencys_files_credit_closes_a_caption() -> None:
    (line,) = split_lines("The council plans to cut its use of water by half by 2030. Jane Doe/Reuters files")
    vote = Caption().classify([line], CTX)[0]
    assert vote is not None
    assert vote.label is Label.CAPTION


def test_a_credit_glued_to_the_captions_last_word_is_read() -> None:
    # a text dump joins two inline elements without a space: "... at dawnCredit: Jane Doe"
    glued, word = Caption().classify(
        split_lines(
            "A boat on the lake at dawn, seen from the north bank of the river in the springCredit: Jane Doe\n"
            "The council said it would discredit: no one, the mayor added in a statement on the bridge."
        ),
        CTX,
    )
    assert glued is not None
    assert glued.label is Label.CAPTION
    assert word is None


def test_a_caption_with_its_credit_then_its_copy_outvotes_the_prose() -> None:
    # a gallery prints the caption with its credit, then the alt text: the same words, the credit added
    caption = (
        "The mayor of the town speaks during a meeting of the council about the repairs to the old bridge, "
        "Monday, Nov. 18, 2019, in the town hall."
    )
    lines = split_lines(f"• {caption} Photo: Jane Doe, AP / Copyright 2019 The Example Press.\n{caption}")
    first, second = Caption().classify(lines, CTX)
    assert first is not None
    assert second is not None
    assert first.label is second.label is Label.CAPTION
    assert first.score == second.score == 1.0  # ties the surest prose score, which the caption wins


def test_an_images_file_name_is_a_caption_line() -> None:
    # a text browser prints an image without alt text by its file's name
    name, slug, words = Caption().classify(
        split_lines("TOWN-COUNCIL-BRIDGE-REPAIRS-VOTE\nriver-bridge-2018-repairs-01\nwell-known long-term plans"),
        CTX,
    )
    assert name is not None
    assert name.label is Label.CAPTION
    assert slug is not None
    assert words is None


def test_a_credit_after_the_captions_sentence_closes_the_line() -> None:
    texts = [
        "Helfer versorgen die Einsatzkräfte und die Betroffenen mit Essen und Getränken. Foto: Jane Doe/Hilfswerk",
        "Die neue Präsidentin nach der Wahl zusammen mit dem Wahlleiter Max Muster. DCV / Doe",
        # a text dump glued the credit's element to the caption's: no space after the full stop
        "Die neue Präsidentin nach der Wahl zusammen mit dem Wahlleiter Max Muster.DCV / Doe",
        "The minister said the talks would go on next week in Brussels / Luxembourg.",
        "Ja / Nein",
    ]
    votes = Caption().classify(split_lines("\n".join(texts)), CTX)
    reasons = [v.reason if v is not None else None for v in votes]
    assert reasons[:3] == ["credit after the sentence closes the line"] * 3
    assert votes[0] is not None
    assert votes[0].score > 0.7  # outvotes a prose score of 0.7: the sentence reads as prose
    assert all(r != "credit after the sentence closes the line" for r in reasons[3:])


def test_a_stock_agencys_domain_closes_the_caption() -> None:
    (vote,) = Caption().classify(split_lines("Das Hermelin ist im Winter gut getarnt. (jdoe / iStock.com)"), CTX)
    assert vote is not None
    assert vote.label is Label.CAPTION


def test_a_credit_in_brackets_closes_a_caption_longer_than_max_words() -> None:
    sentence = "Officials and residents watch the crews repair the old bridge over the river near the town hall. "
    long_caption = sentence * 8
    lines = split_lines(
        "\n".join(
            [
                long_caption + "(Photo by Jane Doe/Agency)",
                long_caption + "(Town council courtesy photo)",
                long_caption + "(AP Photo/Jane Doe, File)",
                long_caption + "(the council said so)",  # a bracket that credits nobody
                long_caption.strip(),  # a long paragraph that ends on its sentence
                sentence * 16 + "(Photo by Jane Doe/Agency)",  # past long_caption_max_words
            ]
        )
    )
    assert 80 < lines[0].words <= Caption().long_caption_max_words < lines[5].words
    votes = Caption().classify(lines, CTX)
    assert [v.reason if v else None for v in votes[:3]] == ["bracketed photo credit closes a long caption"] * 3
    assert votes[3:] == [None, None, None]


def test_an_embedded_photo_posts_own_lines_are_no_prose() -> None:
    lines = split_lines(
        "View this post on Instagram\nA post shared by Jane Doe (@jane.doe)\n"
        "Diesen Beitrag auf Instagram ansehen\nEin Beitrag geteilt von Jane Doe (@jane_doe) am 23. Okt 2017\n"
        "Readers who view this post on our site can comment.\nA post shared by many readers was removed."
    )
    reasons = [v.reason if v else None for v in Caption().classify(lines, CTX)]
    assert reasons[:4] == ["embedded social post signature"] * 4
    assert reasons[4:] == [None, None]


def test_a_credit_in_capitals_after_the_captions_sentence_closes_the_line() -> None:
    caption, spanish, prose, name = Caption().classify(
        split_lines(
            "Agents inspect the boat on the ramp at the harbour on Sunday. By COAST GUARD PUBLIC AFFAIRS\n"
            "El alcalde inaugura el puente nuevo sobre el río. Por AGENCIA EFE\n"
            "The agents said they would go on with the patrols. By the end of May the work was done.\n"
            "The report was written by the agency. By John Smith"
        ),
        CTX,
    )
    assert caption is not None
    assert caption.label is Label.CAPTION
    assert caption.reason == "credit in capitals after the sentence closes the line"
    assert spanish is not None
    assert spanish.reason == caption.reason
    # a sentence opening with "By", and a name not in capitals, are no shouted credit
    assert prose is None or prose.reason != caption.reason
    assert name is None or name.reason != caption.reason
