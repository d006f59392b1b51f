"""Comment: heading_max_words, counted headings, author lines, furniture, thread_score."""

from __future__ import annotations

from newsclean import Label, PageContext
from newsclean.classifiers.comment import Comment, _said_line
from newsclean.lines import split_lines

CTX = PageContext()


def test_heading_max_words_boundary() -> None:
    lines = split_lines("Leave a comment below")
    assert lines[0].words == 4
    assert Comment(heading_max_words=4).classify(lines, CTX)[0] is not None
    assert Comment(heading_max_words=3).classify(lines, CTX)[0] is None


def test_heading_opens_a_thread_scored_at_thread_score() -> None:
    votes = Comment(thread_score=0.42).classify(split_lines("Comments\n\nI liked this article a lot."), CTX)
    assert votes[0] is not None
    assert votes[0].reason == "comment heading"
    assert votes[1] is None
    assert votes[2] is not None
    assert votes[2].label is Label.COMMENT
    assert votes[2].score == 0.42


def test_no_heading_no_thread() -> None:
    votes = Comment().classify(split_lines("I liked this article a lot.\nSo did I."), CTX)
    assert votes == [None, None]


def test_counted_heading_author_line_and_furniture() -> None:
    counted, author, text, reply = Comment().classify(
        split_lines("34 responses to the big bridge debate\njdoe says:\nGood point.\nReply"), CTX
    )
    assert counted is not None
    assert counted.reason == "comment heading"
    assert author is not None
    assert author.reason == "comment author line"
    assert text is not None
    assert text.reason == "after a comment heading"
    assert reply is not None
    assert reply.reason == "comment furniture"


def test_terminal_sentence_is_not_a_heading() -> None:
    assert Comment().classify(split_lines("Comments are closed."), CTX) == [None]


def test_comment_form_small_print_opens_a_thread() -> None:
    votes = Comment().classify(
        split_lines("Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.\nName"),
        CTX,
    )
    assert votes[0] is not None
    assert votes[0].reason == "comment form"
    assert votes[1] is not None
    assert votes[1].reason == "after a comment heading"


def test_comment_form_notice_word_limit() -> None:
    short = "Your email address will not be published."
    long = short + " " + " ".join(["The minister said the report was not ready and"] * 3)
    assert Comment().classify(split_lines(short), CTX)[0] is not None
    assert Comment().classify(split_lines(long), CTX)[0] is None


def test_form_heading_is_a_short_line() -> None:
    assert Comment().classify(split_lines("Schreibe einen Kommentar Antworten abbrechen"), CTX)[0] is not None
    prose = "Schreibe einen Kommentar, sagte er, und dann gingen wir alle nach Hause zum Essen."
    assert Comment().classify(split_lines(prose), CTX)[0] is None


def test_a_count_of_one_spelled_out_but_not_an_opinion_byline() -> None:
    one, on = Comment().classify(split_lines("Ein Kommentar\nOne thought on the bridge"), CTX)[:2]
    assert one is not None
    assert one.reason == "comment heading"
    assert on is not None
    assert Comment().classify(split_lines("Ein Kommentar von Jane Doe"), CTX)[0] is None


def test_an_empty_count_opens_no_thread() -> None:
    zero, prose = Comment().classify(split_lines("0 Kommentare\nThe bridge reopened on Monday, officials said."), CTX)
    assert zero is not None
    assert zero.reason == "empty comment count"
    assert prose is None
    assert Comment().classify(split_lines("0 Shares"), CTX)[0] is None


def test_a_form_field_noting_the_address_is_required_and_not_published() -> None:
    (vote,) = Comment().classify(split_lines("E-Mail (wird benötigt und nicht veröffentlicht)"), CTX)
    assert vote is not None
    assert vote.reason == "comment form"


def test_more_languages_head_a_comment_thread() -> None:
    for heading in ("Отзывы", "Добавить отзыв", "Kommentar schreiben", "Deixe um comentário", "Dodaj komentarz"):
        vote = Comment().classify(split_lines(heading), CTX)[0]
        assert vote is not None, heading
        assert vote.label is Label.COMMENT


def test_comment_headings_in_other_scripts() -> None:
    for heading in ("إضافة تعليق جديد", "Σχόλια", "תגובות", "댓글"):
        vote = Comment().classify(split_lines(heading), CTX)[0]
        assert vote is not None, heading
        assert vote.label is Label.COMMENT


def test_a_log_in_notice_stands_for_the_comment_form() -> None:
    texts = [
        "Para comentar debes registrarte y completar los datos generales.",
        "You must be logged in to post a comment.",
        "The mayor declined to comment on the plans before the vote.",
    ]
    votes = Comment().classify(split_lines("\n\n".join(texts)), CTX)
    reasons = [v.reason for v in votes if v is not None]
    assert reasons[:1] == ["comment form"]
    assert votes[2] is not None
    assert votes[2].reason == "comment form"
    # the story's sentence after the form is read as the thread, not as a form notice of its own
    assert votes[4] is not None
    assert votes[4].reason != "comment form"
    assert Comment().classify(split_lines(texts[2]), CTX) == [None]


def test_an_author_line_with_the_comment_s_date_and_time() -> None:
    page = (
        "Comments\n"
        "* Milan Griffes on September 12, 2018 at 4:47 pm said:\n"
        "Any update on the follow-up paper?\n"
        "Anna am 12. März 2019 um 10:00 schrieb:\n"
        "Pierre le 3 mai 2020 à 14h05 dit :"
    )
    _, milan, _, anna, pierre = Comment().classify(split_lines(page), CTX)
    assert milan is not None
    assert milan.reason == "comment author line"
    assert anna is not None
    assert anna.reason == "comment author line"
    assert pierre is not None
    assert pierre.reason == "comment author line"


def test_prose_that_introduces_a_quote_is_no_author_line() -> None:
    # a day or a date before "said:" is a news sentence's; a comment's stamp has the minute
    page = "The Prime Minister on 12 May 2019 said:\nThe minister said on Monday that 5 people said:"
    assert Comment().classify(split_lines(page), CTX) == [None, None]


def test_a_bulleted_comments_link_among_icon_only_buttons_opens_no_thread() -> None:
    # a text dump prints a share bar's icon-only buttons as bare bullets: "• Comments" is one more button
    texts = ["•", "•", "• Comments", "•", "", "The story goes on under its share bar."]
    votes = Comment().classify(split_lines("\n".join(texts)), CTX)
    assert all(v is None for v in votes)
    # a thread's heading stands on its own, however many bullets a menu above it prints
    texts = ["•", "•", "", "Comments", "", "Jane Doe says:", "Great article, thanks."]
    votes = Comment().classify(split_lines("\n".join(texts)), CTX)
    assert votes[3] is not None
    assert votes[3].reason == "comment heading"


def test_a_form_field_named_comments_opens_no_thread() -> None:
    # a text dump prints a settings form's drop-down in brackets, its label glued to it
    texts = ["[Comments: No]Comments", "[Sí]Comentarios", "[ ]Kommentare", "The story goes on under the form."]
    votes = Comment().classify(split_lines("\n".join(texts)), CTX)
    assert all(v is None for v in votes)
    # the same word as a thread's heading still opens the thread
    votes = Comment().classify(split_lines("Comments\nGreat article, thanks."), CTX)
    assert votes[0] is not None
    assert votes[0].reason == "comment heading"


def test_said_line_reads_only_lines_that_end_on_the_verbs_colon() -> None:
    lines = split_lines("jdoe says:\nThe minister said: we will see\nJane Doe on May 5, 2019 at 4:47 pm said:")
    assert [_said_line(line) for line in lines] == [True, False, True]
