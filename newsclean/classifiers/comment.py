"""Comment: reader comment threads.

A comment heading ("Comments", "3 Kommentare", "Leave a reply") opens a thread; the
lines after it are comments until the page's chrome takes over. Comment furniture
("Reply", "Report", "Like", "3 hours ago") marks comments on its own.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean.classifiers._util import hint_in
from newsclean.classifiers.base import PageContext, Vote
from newsclean.classifiers.lexicon import COMMENTS_HEADING, SOCIAL, gated_phrases, phrase_pattern
from newsclean.labels import Label
from newsclean.lines import Line

__all__ = ["Comment"]

_COMMENT_HINTS = frozenset({"comment"})

_FURNITURE = regex.compile(
    r"^\W*(?:reply|report|like|likes|antworten|melden|responder|répondre|rispondi|odpowiedz|upvote|downvote|"
    r"flag|permalink|\d+\s+(?:replies|antworten|respuestas|réponses))\W*$",
    regex.IGNORECASE,
)


# "34 responses to ...", "12 Kommentare zu ...", "2 Gedanken zu ...": a counted thread heading, any length.
_COUNTED = regex.compile(
    r"^\W*\d+\s+(?:responses?|gedanken|comments?|replies|thoughts|kommentare?|leserkommentare|comentarios?|comentários?|"
    r"commentaires?|commenti|reacties|reactie|komentarz(?:e|y)?|komentáře|kommentarer|комментари[йяе]v?)\b",
    regex.IGNORECASE,
)
# "One comment", "Ein Kommentar", "Un commentaire sur ...": a count of one, spelled out. The line
# holds only the count, or the count and what it is on ("... zu", "... on"); "Ein Kommentar von Jane
# Doe" is an opinion piece's byline, not a thread.
_ONE_COUNTED = regex.compile(
    r"^\W*(?:one|ein|eine|un|une|uno|una|um|uma|eén|één|jeden|jedna)\s+(?:response|reply|comment|thought|"
    r"kommentar|gedanke|antwort|comentario|comentário|commentaire|commento|respuesta|resposta|réponse|reactie|"
    r"komentarz)(?:\W*$|\s+(?:to|on|zu|zum|zur|a|en|em|para|sur|à|su|op|do|na)\b)",
    regex.IGNORECASE,
)
# "0 Kommentare", "Comments (0)", "No comments yet": a thread that has nothing in it. A page's header
# prints it as a link; it opens no thread, so it must not end the article that follows it.
_NO_COMMENTS = regex.compile(
    r"^\W*(?:0\s+\w+|no comments(?: yet)?|keine kommentare|sin comentarios|aucun commentaire|nessun commento|"
    r"geen reacties|brak komentarzy|\w+\s*\(0\))\W*$",
    regex.IGNORECASE,
)
# A text dump's form field: its box or drop-down in brackets, the field's label glued to it ("[No]Comments",
# "[Comments: Off]Comments", "[ ]Name"). A settings form's "Comments" field opens no thread.
_FORM_FIELD = regex.compile(r"^\s*\[[^\[\]\n]*\]\p{L}")
_COMMENT_WORD = regex.compile(
    r"comment|kommentar|comentario|comentário|commentaire|commento|reacties|komentarz|response|antwort",
    regex.IGNORECASE,
)
# Comment-form headings a blog prints over its reply box ("Leave a Reply", "Schreibe einen Kommentar"),
# beyond the shared comment headings: the form closes the article and opens (or ends) its thread.
_FORM_HEADING = phrase_pattern(
    [
        "cancel reply",
        "write a comment",
        "add comment",
        "schreibe einen kommentar",
        "schreiben sie einen kommentar",
        "hinterlasse einen kommentar",
        "hinterlassen sie einen kommentar",
        "kommentar schreiben",
        "kommentar verfassen",
        "antworten abbrechen",
        "deja una respuesta",
        "dejar un comentario",
        "escribe un comentario",
        "deixe um comentário",
        "deixe uma resposta",
        "laisser une réponse",
        "laisser un commentaire",
        "écrire un commentaire",
        "lascia una risposta",
        "laat een reactie achter",
        "geef een reactie",
        "dodaj komentarz",
        "zostaw komentarz",
        "napisz komentarz",
        "skomentuj",
        "оставить комментарий",
        "оставьте комментарий",
        "добавить комментарий",
    ],
    anchored=True,
)
# The small print of a comment form, in the languages blog software ships: "Your email address
# will not be published", "Required fields are marked *", the anti-spam notice, "Notify me of
# follow-up comments". No article sentence says these, and they mark where the thread begins.
_FORM_NOTICE = gated_phrases(
    [
        "will not be published",
        "required fields are marked",
        "notify me of follow-up comments",
        "notify me of new posts",
        "save my name, email",
        "akismet",
        # the notice that stands for the form until the reader logs in
        "must be logged in to post a comment",
        "must be logged in to comment",
        "log in to comment",
        "to comment you must",
        "um kommentieren zu können",
        "um zu kommentieren",
        "para comentar debes",
        "para comentar debe",
        "para comentar es necesario",
        "connectez-vous pour commenter",
        "accedi per commentare",
        "om te reageren moet je",
        "aby dodać komentarz",
        "aby skomentować",
        "wird nicht veröffentlicht",
        "und nicht veröffentlicht",
        "erforderliche felder sind",
        "pflichtfelder sind mit",
        "benachrichtige mich über nachfolgende kommentare",
        "meinen namen, e-mail und website",
        "ne sera pas publiée",
        "ne sera pas publié",
        "champs obligatoires sont indiqués",
        "no será publicada",
        "campos obligatorios están marcados",
        "não será publicado",
        "campos obrigatórios são marcados",
        "non sarà pubblicato",
        "campi obbligatori sono contrassegnati",
        "wordt niet gepubliceerd",
        "vereiste velden zijn gemarkeerd",
        "nie zostanie opublikowany",
        "wymagane pola są oznaczone",
        "не будет опубликован",
        "обязательные поля помечены",
    ]
)
# A form notice is a short line; a longer one is prose that quotes the words.
_FORM_NOTICE_MAX_WORDS = 30

# "jdoe says:", "Anna sagt:", "Pedro dice:": a commenter's name line.
_SAID = (
    r"(?:says|said|wrote|writes|sagt|schreibt|schrieb|dice|escribió|dit|écrit|scrive|schreef|"
    r"zegt|napisał|napisała|skrev|kirjoitti|пишет|написал)\s?:$"
)
# the commenter's name: up to four tokens at the line's start
_NAME = r"^\S+(?:\s\S+){0,3}\s"
_AUTHOR_LINE = regex.compile(_NAME + _SAID, regex.IGNORECASE)
# The same with the comment's date and time between the name and the verb ("Jane Doe on May 5, 2019 at 4:47 pm
# said:", "Anna am 12. März 2019 um 10:00 schrieb:"): after "on" or its like, a short stretch holding a clock
# (prose introducing a quote names a day, "The minister on Monday said:", not a minute).
_DATED_AUTHOR_LINE = regex.compile(
    _NAME + r"(?:on|am|le|el|il|op|em|den|dnia|в)\s[^:\n]{0,32}?(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)"
    r"[^:\n]{0,12}?\s" + _SAID,
    regex.IGNORECASE,
)
# A dated author line has at most this many words.
DATED_AUTHOR_MAX_WORDS = 16
# A plain author line ("jdoe says:") has at most this many words.
AUTHOR_LINE_MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class Comment:
    """Votes ``COMMENT`` on comment headings, furniture, and the thread after a heading.

    >>> from newsclean.lines import split_lines
    >>> [v.label.name for v in Comment().classify(split_lines("12 Comments\\nGreat article, thanks."), PageContext())]
    ['COMMENT', 'COMMENT']

    .. versionadded:: 0.1.0
    """

    name: str = "comment"
    """Registry name."""
    heading_max_words: int = 6
    """A comment heading is at most this many words."""
    thread_score: float = 0.5
    """Vote score for lines after a comment heading; prose in a thread scores below strong body."""

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        """Vote on each line."""
        votes: list[Vote | None] = [None] * len(lines)
        in_thread = False
        # no ubiquity test here: a long thread can carry the page's prose, and still be comments
        ignore: frozenset[str] = frozenset()
        for i, line in enumerate(lines):
            if not line.text:
                continue
            if line.words <= 3 and _NO_COMMENTS.search(line.text) and _COMMENT_WORD.search(line.text):
                votes[i] = Vote(Label.COMMENT, 0.6, "empty comment count")
            elif (
                (line.words <= self.heading_max_words and not line.terminal and COMMENTS_HEADING.search(line.text))
                or (line.words <= 20 and (_COUNTED.search(line.text) or _ONE_COUNTED.search(line.text)))
            ) and not _in_share_bar(lines, i) and not _FORM_FIELD.match(line.text):
                votes[i] = Vote(Label.COMMENT, 0.7, "comment heading")
                in_thread = True
            elif _comment_form(line):
                votes[i] = Vote(Label.COMMENT, 0.7, "comment form")
                in_thread = True
            elif _said_line(line):
                # the first commenter line opens the thread when no heading did
                votes[i] = Vote(Label.COMMENT, 0.7, "comment author line" if in_thread else "comment heading")
                in_thread = True
            elif hint_in(line, _COMMENT_HINTS, ignore):
                votes[i] = Vote(Label.COMMENT, 0.7, "html: comment section")
            elif line.words <= 4 and _FURNITURE.search(line.text):
                votes[i] = Vote(Label.COMMENT, 0.6, "comment furniture")
            elif in_thread:
                votes[i] = Vote(Label.COMMENT, self.thread_score, "after a comment heading")
        return votes


def _said_line(line: Line) -> bool:
    """Whether a line is a commenter's name line ("jdoe says:", "Jane Doe on May 5, 2019 at 4:47 pm said:").

    Both patterns end on the verb's colon: a line that does not end in one (most) is searched for neither.

    >>> from newsclean.lines import split_lines
    >>> lines = split_lines("jdoe says:\\nAnna am 12. März 2019 um 10:00 schrieb:\\nShe says so.")
    >>> [_said_line(line) for line in lines]
    [True, True, False]
    """
    text = line.text
    if ":" not in text[-2:]:  # "$" matches at the end, or before a newline that ends the text
        return False
    return (line.words <= AUTHOR_LINE_MAX_WORDS and _AUTHOR_LINE.search(text) is not None) or (
        line.words <= DATED_AUTHOR_MAX_WORDS and _DATED_AUTHOR_LINE.search(text) is not None
    )


def _comment_form(line: Line) -> bool:
    """Whether a line is a comment form's heading or its small print ("Your email address will not be published")."""
    if line.words <= 8 and _FORM_HEADING.search(line.text):
        return True
    return line.words <= _FORM_NOTICE_MAX_WORDS and _FORM_NOTICE.search(line.text) is not None


def _in_share_bar(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` sits among share buttons ("Facebook", "Twitter", "Comments", "Print").

    A "Comments" button in a share bar links to the thread; it does not open it. A text dump prints
    the bar's icon-only buttons as bare bullets ("•" / "•" / "• Comments"): a bulleted "Comments"
    beside one is a button too (a thread's heading is no item of a list).
    """
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and not lines[k].text:
            k += step
        if not 0 <= k < len(lines):
            continue
        if lines[k].words <= 2 and SOCIAL.search(lines[k].text):
            return True
        if lines[i].bullet and lines[k].bullet and lines[k].letter_ratio == 0 and lines[k].words <= 1:
            return True
    return False
