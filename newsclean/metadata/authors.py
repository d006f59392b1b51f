# Copyright 2026 newsclean developers. Licensed under the Apache License 2.0.
"""Bylines: who wrote an article, and for which wire service or desk.

A byline is one short line such as ``By Jane Doe and John Roe``,
``Von Anna Schmidt, Redakteurin``, ``Jane Doe | Tokyo | Updated: 07-11-2024``
or ``홍길동 기자``. :func:`parse_byline` splits it into person names
(:attr:`Byline.authors`) and an agency or desk (:attr:`Byline.source`).

Everything returned is a slice of the input after whitespace collapsing: the
parser drops text (roles, dates, "Follow" buttons) but never rewrites or
re-cases it.

How a line is read:

1. Collapse whitespace; lines longer than :data:`MAX_LINE_CHARS` are prose.
2. Find a byline marker ("By", "Von", "Por", "Автор:", "文/" ...) within the
   first few words; what precedes it may only be a date, a time, a label such
   as "Published on", or a few other words (each costs confidence).
3. Cut the rest into *pieces* at separators: strong ones (``|``, ``•``,
   spaced dashes, brackets) and name ones (``,``, ``;``, ``&``, ``/``,
   local words for "and").
4. Each piece is a name, a role, an agency, a desk, metadata (dates, times,
   "Updated", "3 hours ago") or something else. Names must form one run;
   a line without a marker must consist of nothing but these kinds of piece.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex  # type: ignore[import-untyped, unused-ignore]  # no stubs installed everywhere

from newsclean.metadata.glue import GLUE_HINT as _GLUE_HINT
from newsclean.metadata.glue import GLUED_AFTER_DATE as _GLUED_AFTER_DATE
from newsclean.metadata.glue import unglue

__all__ = [
    "AGENCIES",
    "PARTICLES",
    "Byline",
    "byline_score",
    "is_job_title",
    "is_lone_marker",
    "join_split_byline",
    "parse_byline",
    "parse_date_strip",
    "split_names",
    "unglue",
]


@dataclass(frozen=True, slots=True)
class Byline:
    """A parsed byline.

    .. versionadded:: 0.1.0
    """

    authors: tuple[str, ...]
    """Person names as written (whitespace collapsed only), in order, without duplicates."""
    source: str | None
    """Wire service, desk or agency ("Reuters", "dpa", "Devdiscourse News Desk"), or None."""
    raw: str
    """The input line, unchanged."""
    score: float
    """Confidence from 0 to 1 that the line is a byline."""


# ---------------------------------------------------------------- thresholds

MAX_LINE_CHARS: Final = 250
"""Longer lines are body text: real bylines, even with dates and roles, stay well under this.
It also bounds the work per line, which keeps the parser linear in its input."""
MAX_RAW_CHARS: Final = 4 * MAX_LINE_CHARS
"""Inputs longer than this are rejected before whitespace is collapsed: even padded with spaces, a byline
is not this long. This keeps the parser's cost constant on long paragraphs."""
MAX_WORDS: Final = 30
"""A byline with several authors, roles and a date rarely exceeds 30 words."""
MAX_MARKERLESS_WORDS: Final = 16
"""Without a marker we only trust short strips: names plus a date, a place or a role."""
MAX_PREFIX_WORDS: Final = 6
"""Words allowed before the marker ("Veröffentlicht am 17. Dezember 2019 von ..."); more is prose."""
MAX_PREFIX_META_WORDS: Final = 12
"""Words allowed before the marker when the extra ones are dates and times: a theme prints the published
and the modified date before the name ("Veröffentlicht am 10. Februar 2019 9. Februar 2019 von Heiko")."""
MAX_NAME_TOKENS: Final = 5
"""A person name has at most five words ("Dr. Karin J. Schmitz", "Maria de la Cruz")."""
MIN_MARKERLESS_NAME_TOKENS: Final = 2
"""Without a marker a single capitalised word is a place or a nav item, not a person."""
MAX_MARKERLESS_AUTHORS: Final = 4
"""A line of more than four bare names is a tag cloud or a team list, not a byline."""
MAX_AUTHORS: Final = 10
"""Even with a marker, longer lists are credits or contributor lists."""
TAIL_PROSE_WORDS: Final = 3
"""Lowercase words after the names that, with sentence punctuation at the end, make the line prose
("By Sunday, we will know.")."""
TAIL_PROSE_WORDS_HARD: Final = 6
"""Lowercase words after the names that make the line prose whatever its punctuation."""
MAX_PLACE_WORDS: Final = 3
"""A place segment in a byline strip has at most three words ("Salt Lake City")."""
MAX_NAME_TOKEN_CHARS: Final = 25
"""Longer "words" are URLs or glued text, not name parts."""

SCORE_MARKER: Final = 0.9
"""A marker followed by a name is almost always a byline."""
SCORE_MARKER_SOURCE_ONLY: Final = 0.75
"""A marker followed by only an agency or desk ("By Reuters Staff")."""
SCORE_HANDLE: Final = 0.6
"""A user name after a marker without a colon ("von Marianne1"): a comment's byline reads the same."""
SCORE_SUPPORTED: Final = 0.7
"""Bare names with a date, role, agency or place beside them ("Jane Doe, 12 March 2021")."""
SCORE_BARE_NAMES: Final = 0.4
"""A line that is only a name: often the byline, but also a caption or an author box."""
SCORE_DESK_ONLY: Final = 0.55
"""A desk or agency strip without a marker ("Devdiscourse News Desk | Tokyo | Updated: ...")."""
SCORE_BARE_SOURCE: Final = 0.35
"""A lone desk word ("Redaktion") may just as well be a navigation link."""
PENALTY_PREFIX_WORD: Final = 0.08
"""Per non-metadata word before the marker: "Eine Kolumne von" is fine, long lead-ins are not."""
PENALTY_JUNK_TAIL: Final = 0.1
"""Unclassified text after the names ("... Share with new partner:")."""
PENALTY_FOREIGN_MARKER: Final = 0.2
"""An ambiguous short marker ("di", "od", "av") when the page language says it is another word."""
SCORE_REFERENCE: Final = 0.4
"""Cap for "More from X" / "View all posts by X": the name is right but the line is a link."""

# ---------------------------------------------------------------- vocabularies


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


AGENCIES: Final[frozenset[str]] = frozenset({
    # Global and English-language wires.
    "reuters", "associated press", "afp", "agence france-presse", "agence france presse",
    "bloomberg", "upi", "united press international", "press association", "pa media",
    "canadian press", "aap", "australian associated press", "pti", "ians", "ani", "xinhua",
    "kyodo", "kyodo news", "yonhap", "연합뉴스", "共同通信", "新华社", "jiji", "jiji press",
    # German-speaking.
    "dpa", "apa", "kna", "epd", "dapd", "sid", "ddp", "afp/dpa", "dpa-afx", "sda", "keystone-sda",
    # Romance languages.
    "ansa", "efe", "europa press", "lusa", "agência lusa", "agencia efe", "adnkronos", "agi",
    # Northern and Central Europe.
    "belga", "anp", "ntb", "tt", "ritzau", "stt", "mti", "pap", "ctk", "čtk", "tasr",
    # South-east Europe and former USSR.
    "agerpres", "bta", "tanjug", "hina", "ana-mpa", "anadolu", "anadolu agency", "aa",
    "tass", "итар-тасс", "тасс", "ria novosti", "риа новости", "interfax", "интерфакс",
    "ukrinform", "укрінформ", "unian", "belta", "ap", "pa", "cp",
})
"""Wire services, casefolded. Very short ones (see :data:`CASE_SENSITIVE_AGENCIES`) only match as written."""

CASE_SENSITIVE_AGENCIES: Final[frozenset[str]] = frozenset({
    "AP", "PA", "TT", "CP", "AA", "ANI", "AGI", "SID", "sid", "ANA-MPA", "STT", "NTB", "ANP", "BTA",
})
"""Agencies of two or three letters that are also words or initials: they count only in these spellings."""

_SHORT_AGENCY_LIMIT: Final = 3

_DESK = regex.compile(
    r"""^(?:\S+\s+){0,3}?
    (?:news[ -]?desk|web[ -]?desk|desk|newsroom|staff(?:\s+reports?)?|agencies|agency\s+reports?
      |(?:online-?)?redaktion|redacci[oó]n|r[ée]daction|redazione|redactie|redakcja|redakce|redakcia
      |редакция|редакція|uredništvo|toimitus|szerkesztőség|wires?|wire\s+services?|bureau|team)$
    |^(?:with\s+)?inputs?\s+from\s+(?:agencies|wires?|\S+)\.?$
    |^(?:staff|agencies|news\s+desk)$""",
    regex.IGNORECASE | regex.VERBOSE,
)

_DESK_LAST_CHARS: Final = frozenset("AEFGKMNOSTUaefgkmnostu\u017f\u042f\u044f\u212a")  # ſ Я я, Kelvin sign
"""Every character that ends a :data:`_DESK` match of its first and third branches (the last letter of a desk
word, in any case the case-insensitive match accepts: tests/unit/test_speed_gates.py checks every code point)."""
_DESK_FIRST_CHARS: Final = frozenset("IWiw\u0130")  # İ
"""Every character that opens a match of its second branch ("with inputs from", "input from")."""


def _is_desk(piece: str) -> bool:
    """``_DESK.match(piece) is not None``, with the search skipped where no branch can match.

    >>> _is_desk("News Desk"), _is_desk("Jane Doe")
    (True, False)
    """
    if not piece or (
        piece[-1] not in _DESK_LAST_CHARS and piece[0] not in _DESK_FIRST_CHARS and not piece.endswith("\n")
    ):
        return False
    return _DESK.match(piece) is not None


# Markers, each with the languages whose word it is. "*" means any language.
_MARKERS: Final[dict[str, frozenset[str]]] = {
    # English
    "by": frozenset({"en"}), "written by": frozenset({"en"}), "words by": frozenset({"en"}),
    "story by": frozenset({"en"}), "text by": frozenset({"en"}), "reporting by": frozenset({"en"}),
    "posted by": frozenset({"en"}), "words and pictures by": frozenset({"en"}),
    "author:": frozenset({"*"}), "authors:": frozenset({"*"}), "author": frozenset({"en"}),
    "contributed by": frozenset({"en"}), "text and photos by": frozenset({"en"}),
    "about the author": frozenset({"en"}), "about the author:": frozenset({"*"}),
    "interview:": frozenset({"de"}),
    # German
    "von": frozenset({"de"}), "text:": frozenset({"*"}), "text von": frozenset({"de"}),
    "autor:": frozenset({"*"}), "autorin:": frozenset({"de"}), "autoren:": frozenset({"de"}),
    "autor": frozenset({"de", "pl", "cs", "sk", "es", "pt", "ro", "hr", "sr", "sl"}),
    "autorin": frozenset({"de"}), "autor/in": frozenset({"de"}), "autor/in:": frozenset({"de"}),
    "autor*in": frozenset({"de"}), "autor*in:": frozenset({"de"}), "autor:in": frozenset({"de"}),
    "autor:in:": frozenset({"de"}), "autor_in:": frozenset({"de"}), "ein beitrag von": frozenset({"de"}),
    "eine kolumne von": frozenset({"de"}), "ein kommentar von": frozenset({"de"}),
    "ein gastbeitrag von": frozenset({"de"}), "geschrieben von": frozenset({"de"}),
    "verfasst von": frozenset({"de"}), "text und fotos:": frozenset({"de"}),
    "text & fotos:": frozenset({"de"}), "vom": frozenset({"de"}), "text und interview:": frozenset({"de"}),
    "über den autor": frozenset({"de"}), "über die autorin": frozenset({"de"}),
    # Spanish, Portuguese, Catalan
    "por": frozenset({"es", "pt"}), "escrito por": frozenset({"es", "pt"}), "texto:": frozenset({"es", "pt"}),
    "per": frozenset({"ca", "it"}),
    # French
    "par": frozenset({"fr"}), "écrit par": frozenset({"fr"}), "auteur:": frozenset({"fr", "nl"}),
    "auteur": frozenset({"fr", "nl"}), "auteure:": frozenset({"fr"}), "texte:": frozenset({"fr"}),
    # Italian
    "di": frozenset({"it"}), "a cura di": frozenset({"it"}), "scritto da": frozenset({"it"}),
    "autore:": frozenset({"it"}),
    # Dutch
    "door": frozenset({"nl"}), "geschreven door": frozenset({"nl"}), "tekst:": frozenset({"*"}),
    # Scandinavian
    "av": frozenset({"sv", "no", "nb", "nn"}), "skrevet av": frozenset({"no", "nb", "nn"}),
    "skriven av": frozenset({"sv"}), "af": frozenset({"da"}), "skrevet af": frozenset({"da"}),
    # Polish, Czech, Slovak
    "przez": frozenset({"pl"}), "redakcja:": frozenset({"pl"}), "od": frozenset({"cs", "sk", "pl"}),
    "napsal:": frozenset({"cs"}), "napísal:": frozenset({"sk"}),
    # Slavic (Cyrillic), South Slavic
    "автор:": frozenset({"*"}), "автор": frozenset({"ru", "uk", "bg", "sr"}), "текст:": frozenset({"*"}),
    "piše:": frozenset({"hr", "sr", "bs", "sl"}), "piše": frozenset({"hr", "sr", "bs", "sl"}),
    "пише:": frozenset({"sr", "uk"}),
    # Finnish, Hungarian, Estonian
    "kirjoittaja": frozenset({"fi"}), "kirjoittaja:": frozenset({"fi"}), "teksti:": frozenset({"fi"}),
    "írta:": frozenset({"hu"}), "írta": frozenset({"hu"}), "szerző:": frozenset({"hu"}),
    "autorius:": frozenset({"lt"}),
    # Turkish, Greek, Romanian, Indonesian, Vietnamese
    "yazan:": frozenset({"tr"}), "yazan": frozenset({"tr"}), "yazar:": frozenset({"tr"}),
    "γράφει:": frozenset({"el"}), "γράφει": frozenset({"el"}),
    "του": frozenset({"el"}), "της": frozenset({"el"}),
    "de:": frozenset({"ro"}), "oleh": frozenset({"id", "ms"}), "oleh:": frozenset({"id", "ms"}),
    "penulis:": frozenset({"id", "ms"}), "tác giả:": frozenset({"vi"}),
    # Arabic, Hebrew, Hindi
    "بقلم": frozenset({"ar"}), "بقلم:": frozenset({"ar"}),
    "מאת": frozenset({"he"}), "लेखक:": frozenset({"hi"}),
}

_AMBIGUOUS_MARKERS: Final = frozenset({
    "di", "od", "av", "af", "per", "par", "por", "door", "vom", "του", "της",
})
"""Markers that are also everyday words in other languages: "di" is "of", "par" is "by way of"."""

_OWN_LANGUAGE_MARKERS: Final = frozenset({"interview:"})
"""Markers that credit an author only in their own languages, on a page known to be in one: a German
magazine's "Interview: Jane Doe" names the interviewer, an English title's names the person asked."""

_CJK_PREFIX = regex.compile(
    r"^(?:【?(?:記者|记者|撰文|作者|文)】?\s*[/／:：]?\s*)(\p{Han}{2,4}?)(?:报道|報導|報道|撰)?(?=$|[\s,，、|/／)）])"
)
"""Chinese and Japanese reporter credits: "文/张三", "記者 山田太郎", "记者张三报道"."""
_CJK_SUFFIX = regex.compile(
    r"(?:^|[\s=)）])(\p{Hangul}{2,4}|\p{Han}{2,4}?)\s?(?:기자|記者|记者)(?=$|[\s=,|])"
)
"""Korean and Japanese suffix credits: "홍길동 기자", "山田太郎記者"."""

_MARKER = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + "|".join(regex.escape(m).replace(r"\ ", r"\s+") for m in sorted(_MARKERS, key=len, reverse=True))
    + r")(?:(?<=:)|(?=[\s:]))\s*(?::|[-–—](?=\s))?\s*",
    regex.IGNORECASE,
)

# A token holding a letter or a digit: metadata after a name, not a bare separator.
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")
# Segment separators ("strong": the name run does not continue across them) and name separators.
_SPLIT = regex.compile(
    r"(?P<strong>(?<!\s)\s*(?:[|•·∙◦»«●▪■►▶]|\s[-–—]{1,2}\s|[()\[\]]|\s-{2}\s?)\s*)"
    r"|(?P<name>(?<!\s)\s*(?:[,;&+]|(?<!\d)/|/(?!\d))\s*"
    r"|(?<!\s)\s+(?:and|und|y|et|i|e|en|og|och|ja|és|ve|и|і|oraz|eta|και|și|ir|un"
    r"|AND|UND|ET|EN|OG|OCH|JA|ÉS|VE|ORAZ|ETA)\s+)",  # upper-case "AND" joins names in all-caps bylines
)
_AND_WORDS: Final = frozenset({
    "and", "und", "y", "et", "i", "e", "en", "og", "och", "ja", "és", "ve", "и", "і", "oraz", "eta", "και",
    "și", "ir", "un",
})

_NAME_TOKEN = regex.compile(
    r"(?:\p{Lu}\p{M}*(?:[\p{L}\p{M}]|['’\-.](?=\p{L}))*\.?|\p{Lu}\.(?:-?\p{Lu}\.)*)",
)
PARTICLES: Final = frozenset({  # lowercase words inside names: "von der Leyen", "van Gogh"
    "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "des", "la", "le", "ter", "ten",
    "zu", "zur", "dos", "das", "do", "bin", "ibn", "al", "el", "af", "av", "y", "mc", "st.", "e",
})
_ARTICLE_PARTICLES: Final = _words("der den des dem la le el das")
"""Particles that are also articles: inside a name only after "von", "van" or "de"."""
_DIGIT = regex.compile(r"\d")
_TIME_OR_DATE = regex.compile(r"\d{1,2}[:.h]\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|^\d{4}$|\d{1,2}\.$")

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "januar jänner februar märz mai juni juli oktober dezember okt dez "
    "janvier février mars avril juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "januari februari maart mei augustus "
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro"
)
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica"
)
_META_WORDS: Final = _words(
        "updated update published posted created modified last on at am um pm a.m. p.m. uhr h hrs hr "
        "ist gmt utc cet cest est edt pst pdt bst mez mesz min mins minute minutes minuten read reading "
        "time lesezeit "
        "ago hours hour days day weeks week months vor stunden stunde minuten tagen tag std. stand "
        "aktualisiert "
        "veröffentlicht erstellt zuletzt geändert le el de del a las los à publié mis jour actualizado "
        "publicado aggiornato pubblicato alle ore bijgewerkt gepubliceerd om today yesterday heute gestern "
        "share follow folgen email e-mail mail print drucken teilen kommentare kommentar comments comment "
        "keine no the author autor of the article leserbriefe druckvorschau merken save "
        + _MONTHS + " " + _WEEKDAYS
)
"""Words of date strips and byline widgets; a piece made only of these (and digits) is metadata."""

_CALENDAR_WORDS: Final = _words(_MONTHS + " " + _WEEKDAYS)
"""Month and weekday names: also first names ("Jan", "April", "June"), so only the context decides."""

_STOP_WORDS: Final = _words(
        "home news nachrichten startseite menu menü search suche login log sign subscribe abonnieren "
        "newsletter contact kontakt impressum datenschutz privacy policy terms cookies cookie more mehr "
        "weitere "
        "alle all view posts artikel article articles beiträge beitrag themen topics related anzeige werbung "
        "advertisement sponsored photo photos foto fotos bild bilder video videos audio podcast live ticker "
        "lesen weiterlesen top latest neueste breaking exclusive opinion meinung politik wirtschaft "
        "sport kultur panorama world business sports culture tech science health lifestyle travel reise "
        "digital wissen gesundheit leben blog forum shop über about us uns hilfe help faq jobs karriere "
        "archive archiv rss feed facebook twitter instagram linkedin whatsapp youtube tiktok pinterest xing "
        "telegram close schließen zurück back next weiter previous page seite copyright rights reserved inc "
        "gmbh ag ltd llc kg verlag media medien zeitung magazin magazine online community quelle source "
        "credit getty images imago istock shutterstock picture alliance the a an der die das dem ein eine "
        "einer les il lo gli un una het een this these our unser unsere my your ihr ihre wie was how what "
        "why "
        "when warum wer who wo where in im auf for für mit with from aus to zu or oder is ist are sind not "
        "nicht it es we wir you sie he she er i ich they new neu neue neuer neues read lesen "
        "politics economy editorial editorials letters leserbriefe agb kommentare comments reply antworten "
        "tags tag kategorie category categories kategorien navigation sitemap newsticker ressort ressorts "
        "aktuell aktuelles service services mediathek epaper e-paper abo plus premium login anmelden "
        "registrieren register account konto mein profil profile settings einstellungen by send message messages "
        "symbolbild rss "
        + " ".join(_META_WORDS)
)
"""Capitalised words that are never part of a person name: nav items, UI labels, articles, months."""

_FUNCTION_WORD_LIST: Final = (
    # Greek, Russian, Ukrainian: conjunctions, prepositions, articles, particles (a title-case
    # headline capitalises them; no name holds them)
    "και μετά από για θα τη το την της του των ότι στο στη στην με σε να δεν ένα μια οι τα τις "
    "τους αλλά όταν είναι που "
    "что после для при как это его она они уже или без над под про также все был была были "
    "будет не на по из от до за об во со но же "
    "що після та як це але від із "
    # Polish, French, Spanish, Italian, Portuguese (name particles such as "de", "la" and words
    # that are also names, "Como", "Uma", "Nur", "Bei", stay out)
    "oraz się jest nie dla że "
    "pour dans avec sur mais est sont une qui que aux ces cette après sans plus selon entre "
    "para los las sobre tras desde hasta según más "
    "con dopo sono come anche nella "
    "com não mais após pelo pela "
    # English (a page in another language holds English headlines too: its own stop words miss them; words
    # that are also names, "Will", "May", "Long", "Young", stay out)
    "during after with from about into over under between through against without within because while "
    "where which their they these those would could should been were than "
    # Dutch, German, Scandinavian, Turkish
    "het een voor met naar niet maar ook zijn bij wordt "
    "nach seit dass wird wieder sich und vor hat haben auch noch beim "
    "och för som att inte efter eller etter "
    "için ile olarak sonra daha"
)
_FUNCTION_WORDS: Final = frozenset(w.casefold() for w in _FUNCTION_WORD_LIST.split())
"""Function words of many languages, which a title-case headline capitalises and no name holds."""

_ROLE_WORDS: Final = _words(
    "staff writer writers reporter reporters correspondent correspondents editor editors contributor "
    "contributors columnist columnists journalist journalistin producer photographer fotograf "
    "fotografin senior chief deputy managing contributing associate assistant special political "
    "foreign freelance freier freie sports business science tech technology health chefredakteur "
    "chefredakteurin redakteur redakteurin korrespondent korrespondentin kolumnist kolumnistin "
    "autorin volontär volontärin reporterin herausgeber herausgeberin stellvertretender "
    "stellvertretende leitender leitende rédacteur rédactrice journaliste correspondant "
    "correspondante envoyé spécial redactor redactora corresponsal periodista giornalista "
    "corrispondente redattore redattrice redacteur verslaggever correspondent analyst analyst intern "
    "guest gast mitarbeiter mitarbeiterin in-chief editor-in-chief at-large national international "
    "digital online news content desk medizinredakteurin medizinredakteur wissenschaftsredakteur "
    "wissenschaftsredakteurin phd ph.d. md mba msc bsc rechtsanwalt rechtsanwältin anwalt anwältin "
    "fachanwalt fachanwältin pfarrer pfarrerin "
)
"""Job titles dropped from around names ("Jane Doe, Staff Writer", "Redakteurin Anna Schmidt")."""

_ROLE_MODIFIERS: Final = _words(
    "senior chief deputy managing contributing associate assistant special political foreign freelance freier "
    "freie sports business science tech technology health national international digital online news content "
    "at-large in-chief guest gast stellvertretender stellvertretende leitender leitende"
)
"""Role words that are also section names ("Business", "Sports"): alone before a name they make a menu."""

_CUT = regex.compile(
    r"(?<!\s)\s*(?:[|•·]\s*)?(?<![\p{L}])(?:photos?|fotos?|bilder?|illustrations?|grafik|photography|images?|videos?|avatar|profilbild|benutzerbild)"
    r"(?:\s+(?:by|von|de|par|di|por))?\s*:?\s+(?=\S)",
    regex.IGNORECASE,
)
"""Photo, video and illustration credits, and avatar alt texts: everything from here on is another person's job
or a picture's label."""

_REFERENCE = regex.compile(
    r"^(?:more\s+(?:from|by|articles\s+by|stories\s+by)|view\s+all\s+(?:posts|articles|stories)(?:\s+by)?"
    r"|all\s+(?:posts|articles|stories)\s+by|mehr\s+(?:von|artikel\s+von)|alle\s+(?:artikel|beiträge)\s+von"
    r"|subscribe\s+to|email\s+the\s+author|follow)\s*:?\s*",
    regex.IGNORECASE,
)
_PREFIX_END = regex.compile(r"(?:[|•·∙/]|\s[-–—]{1,2})\s*$")
_ARTICLES: Final = _words("a an ein eine einen un une uno una een en et ett")
_LEAD_INS: Final = (
    "kolumne", "kommentar", "analyse", "beitrag", "reportage", "interview", "essay", "column", "analysis",
    "commentary", "story", "report", "review", "rezension", "glosse", "meinung", "text", "fotos", "photos",
    "published", "posted", "veröffentlicht", "geschrieben", "written", "erstellt", "created", "updated",
    "aktualisiert", "artikel", "article", "post", "podcast", "video", "chronique", "tribune", "crónica",
    "opinión", "opinione", "rubrica", "column", "gastbeitrag", "gastkommentar", "blog",
    "gepostet", "eingestellt", "verfasst", "publicado", "publicada", "escrito", "publié", "publiée", "écrit",
    "pubblicato", "scritto", "gepubliceerd", "geschreven", "opublikowano", "napisany", "foto", "photo",
)
"""Words that introduce a byline ("Eine Kolumne von", "Published on ... by"); other words before a marker
mean it is an ordinary preposition inside a phrase."""
_NOUN_SUFFIX = regex.compile(
    r"(?:ungen|heit|keit|schaft|tionen|tion|ität|ismus|ness|ship|ción|zione|ografie|ologie|ology|ieren"
    r"|ische[nrs]?|liche[nrs]?)$",
)
"""Endings of abstract nouns and adjectives ("Bildung", "Parlamentarische", "Analysis") that person names
of eight letters or more practically never have."""
_MIN_SUFFIX_TOKEN_CHARS: Final = 8
_ADJECTIVE_START = regex.compile(r"(?<!\p{L})\p{L}{3,}(?:ige|iche|ale|ales|ierte|iertes|ischer|iger|iges|icher|ares)$")
"""A first word with an adjective ending ("Digitale Privatsphäre", "Personalisierte Medizin") starts a
heading, not a name; endings shared with first names ("-elle", "-ene", "-ine") are left out."""
_CAMEL = regex.compile(r"(?<!\p{L})\p{L}{4,}\p{Lu}")
"""Inner capitals after four letters ("SolarSchulen", "GetYourGuide") mark brands; "McDonald",
"DeFino", "MacArthur" have shorter prefixes."""
_ACRONYM_COMPOUND = regex.compile(r"\p{Lu}{2,}-")
"""An acronym compound ("RSS-Newsfeed", "EU-Kommission") is a thing, not a name part ("JEAN-PIERRE" is all
caps, so it stays)."""
_HANDLE = regex.compile(r"(?<!\S)@\w+")
_QUANTITY = regex.compile(r"\d+(?:[.,/]\d+)?(?:[-–]\d+(?:[.,/]\d+)?)?")
_BARE_NUMBER = regex.compile(r"[#(]?\d+[.,:]?\d*x?\)?")
_MAX_CAPS_TOKEN: Final = 4
"""Capitalised words longer than this ("MORITZ", "CLIMÁTICO") make a name only after a marker ("VON ...")."""
_TOKEN = regex.compile(r"[^\s.,;:]\S*[^\s,;:]|[^\s.,;:]")
_WS = regex.compile(r"\s+")
_TERMINAL = regex.compile(r"[.!?…]['\"”’»]?$")
_UPPER = regex.compile(r"[\p{Lu}\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]")
# ASCII twins of the gates every parse runs, in the standard library's engine: on ASCII text \p{Ll} is
# [a-z], \p{Lu} is [A-Z], \d is [0-9], and no character is Han or Hangul (tests/unit/test_speed_gates.py
# checks every ASCII character), and most lines of a page are ASCII.
_GLUE_HINT_ASCII = re.compile(r"[a-z]{2}[A-Z0-9]|(?:19|20)[0-9]{2}[0-9A-Z]|\.[0-9]{3,}:")
"""``GLUE_HINT`` on ASCII text."""


# ---------------------------------------------------------------- helpers


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _word_key(token: str) -> str:
    return token.strip(".,:;!?\"'“”„«»()[]").casefold()


def _is_agency(piece: str) -> bool:
    if piece in CASE_SENSITIVE_AGENCIES:
        return True
    key = piece.strip(" .").casefold()
    return (len(key) > _SHORT_AGENCY_LIMIT and key in AGENCIES) or (
        key in AGENCIES and len(key) <= _SHORT_AGENCY_LIMIT and piece.strip(" .") in {"dpa", "DPA", "apa",
        "APA", "KNA", "epd", "EPD", "AFP", "UPI", "PTI", "EFE", "MTI", "PAP", "ČTK", "CTK", "sda",
        "SDA", "ddp", "dapd", "ANSA", "IANS", "ANP", "TASR", "AAP", "TASS"}
    )


def _has_digit(token: str) -> bool:
    """``_DIGIT.search(token)``: a token of letters only (most) holds none, told without the search."""
    return not token.isalpha() and _DIGIT.search(token) is not None


def _is_meta_token(token: str) -> bool:
    if _has_digit(token):
        # a number opening a compound noun ("3-Wege-Finanzierung", "24-Stunden-Service") names a thing, as
        # a table's heading does; a date, a time or a count ("12.03.2020", "10:08", "5-min") is metadata
        return _NUMBERED_COMPOUND.match(token) is None
    return _word_key(token) in _META_WORDS or token in {"-", "–", "—", ":"}


_NUMBERED_COMPOUND = regex.compile(r"\d+-\p{L}+-\p{L}{3,}")


def _is_meta(piece: str) -> bool:
    tokens = piece.split()
    return bool(tokens) and all(_is_meta_token(t) for t in tokens)


def _is_role(piece: str) -> bool:
    """Whether a piece is a job title ("Staff Writer"): role words and joiners, ending in a role word.

    >>> _is_role("Staff Writer"), _is_role("Jane Doe"), _is_role("Writer and"), _is_role("")
    (True, False, False, False)
    """
    key = None
    for token in piece.split():  # a plain loop: most pieces are names, and their first word settles it
        key = _word_key(token)
        if key not in _ROLE_WORDS and key not in _ROLE_JOINERS:
            return False
    return key is not None and key in _ROLE_WORDS


def is_job_title(piece: str) -> bool:
    """Whether ``piece`` is a job title alone ("Staff Writer", "Redakteurin"), as a byline prints after a name.

    >>> is_job_title("Staff Writer"), is_job_title("Daily Post")
    (True, False)

    .. versionadded:: 0.1.0
    """
    return _is_role(piece.strip(" .,:;"))


_ROLE_JOINERS: Final = _words("of and the")
"""Small words a job title holds between its role words ("Editor of the Year")."""


_CASED_SCRIPT = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
"""A letter of a cased script other than Latin, whose stop words the name check reads whatever the page's language."""


@lru_cache(maxsize=1)
def _cased_script_stop_words() -> frozenset[str]:
    """Stop words of the Cyrillic and Greek languages (stopwordsiso): "Город", "Давно", "Μετά" are no name's words.

    A headline in one of these scripts printed in title case on a page in another language
    ("Бюджете Город Давно") reads as a bare name by its shape; the page's own stop words do not
    cover its script. The lists' adjectives stay out ("белый", "новый"): surnames take that form; so do
    their words of one or two letters, which a transliterated name may be ("Ли", "Ян").
    """
    from newsclean.language import stopwords  # noqa: PLC0415  (loads stopwordsiso on first use)

    words = frozenset().union(*(stopwords(lang) for lang in ("ru", "uk", "bg", "el")))
    return frozenset(_fold_marks(w) for w in words if len(w) > 2 and not w.endswith(_ADJECTIVE_ENDINGS))


def _fold_marks(word: str) -> str:
    """``word`` without its accents and with Greek's final sigma as "σ", as stopwordsiso spells most Greek words."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ς", "σ")


_ADJECTIVE_ENDINGS: Final = ("ый", "ий", "ой")
"""Masculine adjective endings of Russian: the form of surnames such as "Белый", "Толстой"."""


def _is_name_token(token: str, key: str | None = None) -> bool:
    """Whether ``token`` can be a word of a person's name; ``key`` is its :func:`_word_key` when known."""
    if len(token) > MAX_NAME_TOKEN_CHARS or token.endswith(":") or _has_digit(token):
        return False
    if key is None:
        key = _word_key(token)
    if (key in _STOP_WORDS or key in _FUNCTION_WORDS) and key not in _CALENDAR_WORDS:
        return False
    if not token.isascii() and _CASED_SCRIPT.search(token) and _fold_marks(key) in _cased_script_stop_words():
        return False
    # "MORITZ" is no brand: see _read_piece
    if ((_CAMEL.search(token) or _ACRONYM_COMPOUND.match(token)) and not token.isupper()) or (
        len(token) >= _MIN_SUFFIX_TOKEN_CHARS and _NOUN_SUFFIX.search(token.casefold())
    ):
        return False
    return _NAME_TOKEN.fullmatch(token.rstrip(",")) is not None


def _name_span(tokens: list[str], start: int) -> int:
    """Index after the longest person name starting at ``tokens[start]`` (``start`` if there is none)."""
    end = start
    i = start
    while i < len(tokens) and i - start < MAX_NAME_TOKENS:
        tok = tokens[i]
        j = i + 1
        while j < len(tokens) and tokens[j] in PARTICLES:
            j += 1
        key = _word_key(tok)
        if key in _CALENDAR_WORDS and not (
            j < len(tokens) and _is_name_token(tokens[j]) and _word_key(tokens[j]) not in _CALENDAR_WORDS
        ):
            # "Jan Kowalski", "April Ryan" are names; "Feb 8", "Sunday, we" are not.
            break
        if _is_name_token(tok, key):
            i += 1
            end = i
        elif tok in PARTICLES and i > start and (
            tok not in _ARTICLE_PARTICLES or tokens[i - 1] in {"von", "van", "de", "Van", "De", "Von"}
        ):
            # "van der Berg", "von der Leyen"; but "Rest der Welt" is not a name.
            i += 1
        else:
            break
    return end


def _quick_reject(s: str) -> bool:
    if not s or len(s) > MAX_LINE_CHARS:
        return True
    # on ASCII text the class is [A-Z]: lower() changes the text iff it holds one
    return s.lower() == s if s.isascii() else _UPPER.search(s) is None


_BULLET = regex.compile(r"^[*•●▪■◦∙►▶□☆○◆◇‣⁃]\s+(?=\S)")
"""A list bullet before the line: dumps print a byline inside a list item so ("* Von Jane Doe", "• Jane Doe")."""
_LONE_TOKEN_SEPARATORS = regex.compile(r"[:：|•·∙◦»«()\[\],;&+/]")
"""Characters that can make one whitespace-free token more than one piece, or a marker ("Autor:Jane")."""
_CJK = regex.compile(r"[\p{Han}\p{Hangul}]")
_NOT_OPENERS: Final = _words("of and the")
"""Stop words that may still open a role ("The Staff Writer"): not a cheap reason to stop."""


def _lone_token_rejected(s: str) -> bool:
    """Whether a one-token line is surely no byline, by a check far cheaper than parsing.

    Without a marker a name needs two words, so one plain token is a byline only as an agency or
    a desk ("Reuters", "Redaktion"). Tokens that could hold a marker, several pieces, a CJK credit
    or a "Follow" reference still take the full parse.
    """
    if _LONE_TOKEN_SEPARATORS.search(s) or (not s.isascii() and _CJK.search(s)) or s.casefold().startswith("follow"):
        return False
    piece = s.strip(" .,:;")
    return not (_is_agency(piece) or _is_desk(piece))


def _opens_with_stop_word(s: str, first: str, end: int) -> bool:
    """Whether a markerless line surely fails on its first piece: it opens with a word no name has.

    Without a marker the first piece must be a name, a source, a role or metadata; a plain word such
    as "Your" or "Home" that is none of these ends the parse, unless the whole piece is a desk or an
    agency ("Our News Desk").
    """
    key = first.casefold()
    # a lowercase word is no name token either ("read", "mehr"); a stop word never is one
    if not first.isalpha() or not (key in _STOP_WORDS or first[0].islower()) or key in _NOT_OPENERS:
        return False
    if key in _META_WORDS or key in _ROLE_WORDS or key in _CALENDAR_WORDS or key in PARTICLES:
        return False
    sep = _SPLIT.search(s, 0, end)
    piece = s[: sep.start() if sep is not None else end].strip(" .,:;")
    return not (_is_agency(piece) or _is_desk(piece))


_GLUED_DATE = regex.compile(
    r"(?<=\p{Ll}{2})(?=\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|\d{1,2}\.?\s(?:de\s)?\p{L}{3,}\.?\s\d{2,4})"
)
"""A date run into the word before it ("Jane Doe13.12.2022", "Mejías04 de mayo 2022"): text dumps drop the
space between inline elements."""
_GLUED_CAPS = regex.compile(r"(?<=\p{Ll}{2})(?=\p{Lu}{2,}(?:[-–:|/]|$))")
"""An acronym run into the name before it ("Jane DoeRSS-Feed", "Jane DoePDF"): names hold none so glued."""
_GLUED_WORD = regex.compile(r"(?<=\p{Ll}{2})\p{Lu}\p{Ll}{2,}")
_LEADING_ALT = regex.compile(r"^\[[^\[\]]{1,80}\]\s*(?=\S)")
"""An image's alt text in brackets before the byline ("[Jane-Doe-] von Jane Doe"): w3m prints images so."""


def _unglue(s: str) -> str:
    """Put back the space a text dump lost between a name and the date or label after it.

    "Jane DoeFollow", "Jane DoeStaff Writer", "Jane DoeNovember 6, 2023", "Jane Doe13.12.2022": a
    capitalised word glued to a lowercase letter is split off only when it is a word names never hold
    (a UI label, a role, a month), so "McDonald" and "DeFino" stay whole. Dates run into what follows
    them are split too (:func:`unglue`).
    """
    if not s.startswith("[") and (_GLUE_HINT_ASCII if s.isascii() else _GLUE_HINT).search(s) is None:
        return s  # the common case: no lowercase letters run into a capital or a digit
    s = _LEADING_ALT.sub("", s)
    s = _GLUED_AFTER_DATE.sub(" ", s)
    s = _GLUED_DATE.sub(" ", s)
    s = _GLUED_CAPS.sub(" ", s)
    return _GLUED_WORD.sub(lambda m: " " + m.group() if _glue_word(m.group()) else m.group(), s)


def _glue_word(word: str) -> bool:
    key = word.casefold()
    return key in _STOP_WORDS or key in _ROLE_WORDS or key in _META_WORDS


@dataclass(slots=True)
class _Parse:
    authors: list[str]
    source_spans: list[tuple[int, int]]
    support: bool = False
    junk_tail: bool = False
    stop: bool = False
    name_end: int = 0
    handle_ok: bool = False
    """After a colon marker ("Autor:", "Author:") a lowercase user handle is the name: "Autor: c1ph4"."""


def _sep_kind(m: regex.Match[str]) -> str:
    if m.group("strong") is None:
        return "name"
    return "paren" if "(" in m.group() or "[" in m.group() else "strong"


def _pieces(s: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Spans of ``s[start:end]`` between separators, each with the kind of separator before it."""
    return list(_iter_pieces(s, start, end))


def _iter_pieces(s: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """:func:`_pieces`, one at a time.

    The parse of most lines stops at their first piece: the separators after it are never searched.
    """
    pos, kind = start, "start"
    for m in _SPLIT.finditer(s, start, end):
        if m.start() > pos:
            yield pos, m.start(), kind
            kind = _sep_kind(m)
        elif m.group("strong") is not None:
            kind = _sep_kind(m)
        pos = m.end()
    if end > pos:
        yield pos, end, kind


def _read_piece(s: str, a: int, b: int, state: _Parse, *, marker: bool) -> str:
    """Classify one piece and record what it adds; returns its kind."""
    piece = s[a:b].strip(" .,:;")
    if not piece:
        return "empty"
    if _is_agency(piece) or _is_desk(piece):
        offset = a + s[a:b].find(piece)
        state.source_spans.append((offset, offset + len(piece)))
        return "source"
    if state.handle_ok and _read_handle(s, a, b, state):
        return "name"
    if _is_role(piece) or (state.authors and _ends_in_job(piece)):
        return "role"
    if _is_meta(piece):
        return "meta"
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(s, a, b)]
    tokens = [s[x:y].strip(",;") or s[x:y] for x, y in spans]
    if not marker and any(y < b and s[y] == ":" for _, y in spans[:-1]):
        # "Interview: Julia Lauter", "Name: ...": a label inside the piece makes it a heading.
        return "other"
    # Leading metadata and roles: "3 Hours Ago Jon Russell", "Redakteurin Anna Schmidt".
    i = 0
    while i < len(tokens) and (_is_meta_token(tokens[i]) or _word_key(tokens[i]) in _ROLE_WORDS):
        if _word_key(tokens[i]) in _CALENDAR_WORDS and _name_span(tokens, i) > i:
            break
        i += 1
    if not marker and i and all(_QUANTITY.fullmatch(t) for t in tokens[:i]):
        # "1-2 Spritzer Peychaud's Bitters", "3 Eier": a quantity before capitalised words is a list item
        return "other"
    end = _name_span(tokens, i)
    n = end - i
    min_tokens = 1 if marker else MIN_MARKERLESS_NAME_TOKENS
    if n > min_tokens:
        # "Jane Doe Staff Writer": role words end the name, they are not part of it
        while end - i > min_tokens and _word_key(tokens[end - 1]) in _ROLE_WORDS:
            end -= 1
        n = end - i
    if n < min_tokens:
        return "other"
    if not _plausible_name(tokens[i:end]):
        return "other"
    caps = [t for t in tokens[i:end] if t.casefold() not in PARTICLES]
    if not marker and all(t.isupper() and len(t) > _MAX_CAPS_TOKEN for t in caps):
        # capitals throughout: a section label ("CAMBIO CLIMÁTICO") unless a marker stands before it
        return "other"
    rest = tokens[end:]
    if not marker and rest and all(_BARE_NUMBER.fullmatch(t) for t in rest):
        # "Climate Opportunity 2019", "Bestes Ergebnis 1": a number is no date, a title holds it
        return "other"
    clean_rest = all(_is_meta_token(t) or _word_key(t) in _ROLE_WORDS or _is_agency(t) for t in rest)
    if n == 1 and (state.authors or not clean_rest):
        # A lone word is a name only as the whole byline ("von Ulrike"); "Von Preisbremsen im Energiemarkt"
        # and "Jane Doe, Google" are not.
        return "other"
    name = s[spans[i][0]:spans[end - 1][1]]
    state.name_end = spans[end - 1][1]
    if name.endswith(".") and len(tokens[end - 1]) > 2:
        # Sentence full stop, not an initial ("Boris T.").
        name = name[:-1]
    if rest:
        if clean_rest:
            # metadata after the name supports it; a bare trailing dash does not ("Bergisch Gladbach -"
            # is the German dateline's place over the story's first paragraph)
            state.support = state.support or any(_HAS_WORD.search(t) for t in rest)
        else:
            state.junk_tail = True
            state.stop = True
            if not marker:
                return "other"
    state.authors.append(name)
    return "name"


def _read_handle(s: str, a: int, b: int, state: _Parse) -> bool:
    """Record a user handle that opens the piece after a colon marker ("Autor: c1ph4 // Lesezeit")."""
    m = _TOKEN.search(s, a, b)
    if m is None:
        return False
    token = m.group().rstrip(".,;")
    if not _HANDLE_TOKEN.fullmatch(token) or _word_key(token) in _STOP_WORDS or _word_key(token) in _ROLE_WORDS:
        return False
    if not all(_is_meta_token(t) for t in s[m.end():b].split()):
        return False
    state.authors.append(token)
    state.name_end = m.start() + len(token)
    return True


def _ends_in_job(piece: str) -> bool:
    """A job title after a name, however it is qualified: "Local Democracy Reporter".

    Titles end in the job's noun ("Chief Washington Correspondent"); a co-author's name never does.
    """
    tokens = piece.split()
    if not tokens or len(tokens) > MAX_JOB_TITLE_WORDS:
        return False
    last = _word_key(tokens[-1])
    # a title is capitalised ("Local Democracy Reporter"); "BBC diplomatic correspondent" after a
    # name is the signature of an analysis box inside the story
    return last in _ROLE_WORDS and last not in _ROLE_MODIFIERS and all(t[:1].isupper() for t in tokens)


MAX_JOB_TITLE_WORDS: Final = 5
"""A job title after a name has at most five words ("Senior Local Democracy Reporter for Kent" is cut earlier)."""


def _modifiers_only(piece: str) -> bool:
    return all(_word_key(t) in _ROLE_MODIFIERS for t in piece.split() if _word_key(t) not in {"of", "and", "the"})


def _plausible_name(tokens: list[str]) -> bool:
    """Mixed case and repeats rule out names: "UNESP Bauru", "SWR Heimat", "Liken Liken"."""
    words = [t for t in tokens if len(t.rstrip(".")) > 1 and t not in PARTICLES]
    if words and _ADJECTIVE_START.search(words[0].casefold()):
        return False
    caps = [w.isupper() for w in words]
    if any(caps) and not all(caps):
        return False
    return len({w.casefold() for w in words}) == len(words)


def _is_place_like(piece: str) -> bool:
    """One to three capitalised words: a place in a byline strip ("Jane Doe | Tokyo")."""
    tokens = piece.strip(" .,:;").split()
    return 0 < len(tokens) <= MAX_PLACE_WORDS and all(_is_name_token(t) for t in tokens)


def _read_after(s: str, a: int, b: int, sep: str, state: _Parse) -> bool:
    """Record a piece after the names; False when it is neither metadata, source, role nor place."""
    piece = s[a:b].strip(" .,:;")
    if not piece:
        return True
    if _is_role(piece):
        state.support = True
        return True
    if _is_agency(piece) or _is_desk(piece):
        offset = a + s[a:b].find(piece)
        state.source_spans.append((offset, offset + len(piece)))
        return True
    if sep == "paren":
        # A parenthetical after a name is a role, an affiliation or a credit: ignore it.
        return True
    if _is_meta(piece) or _is_place_like(piece):
        state.support = True
        return True
    return False


def _tail_is_prose(s: str, state_end: int) -> bool:
    """Tell body text after the names ("By Sunday, we will know.")."""
    words = s[state_end:].split()
    lower = [w for w in words if w[:1].islower() and _word_key(w) not in _META_WORDS and w not in _AND_WORDS]
    if len(lower) >= TAIL_PROSE_WORDS_HARD:
        return True
    return len(lower) >= TAIL_PROSE_WORDS and _TERMINAL.search(s) is not None


def _parse_cjk(s: str, raw: str) -> Byline | None:
    if s.isascii() or _CJK.search(s, 0, 80) is None:  # both credits need Han or Hangul in the first 80 characters
        return None
    m = _CJK_PREFIX.match(s) or _CJK_SUFFIX.search(s[:80])
    if m is None:
        return None
    return Byline((m.group(1),), None, raw, SCORE_MARKER)


def _prefix_ok(prefix: str) -> bool:
    """Text before a marker: metadata, a lead-in ("Eine Kolumne"), or a segment closed by a separator."""
    if not prefix.strip():
        return True
    if _PREFIX_END.search(prefix):
        return True
    return all(_is_meta_token(w) or _word_key(w) in _ARTICLES or _word_key(w).endswith(_LEAD_INS)
               or _DAY_ABBREVIATION.fullmatch(w) is not None or not _word_key(w) for w in prefix.split())


_DAY_ABBREVIATION = regex.compile(r"\p{Lu}\p{Ll}{1,2}[.,]{1,2}")
"""A weekday's short form in a date before the marker ("Fr, 24. Januar 2020", "Sa., 3. Mai"), in any language."""


# Word gates: a line holds a marker (or a photo credit, :data:`_CUT`) only where one of its runs of
# letters, case-folded, is the marker's first word. A marker starts a run (no letter or digit before
# it) and its first word ends one (a space, a colon or another non-letter follows it in the marker and
# in the line). U+0307 is dropped from the folds: "İ" folds to "i" and it.
_LETTERS = regex.compile(r"\p{L}+")
_MARKER_FIRST_WORDS: Final = frozenset(_LETTERS.findall(m.casefold().replace("\u0307", ""))[0] for m in _MARKERS)
"""The case-folded first word of every marker."""
_CUT_WORDS: Final = frozenset({
    "photo", "photos", "foto", "fotos", "bilde", "bilder", "illustration", "illustrations", "grafik",
    "photography", "image", "images", "video", "videos", "avatar", "profilbild", "benutzerbild",
})
"""The words :data:`_CUT` opens with (its alternation, spelled out)."""


def _folded_words(s: str) -> frozenset[str]:
    """The case-folded runs of letters of ``s``, for the word gates."""
    return frozenset(_LETTERS.findall(s.casefold().replace("\u0307", "")))


def _may_hold_marker(s: str, words: frozenset[str] | None = None) -> bool:
    """Whether ``s`` may hold a :data:`_MARKER`; ``False`` is certain, and far cheaper than the search.

    ``words`` are :func:`_folded_words` of ``s`` or of a text that holds it, when already known.
    """
    return not _MARKER_FIRST_WORDS.isdisjoint(_folded_words(s) if words is None else words)


def _find_marker(s: str, words: frozenset[str] | None = None) -> tuple[int, int, str] | None:
    """(marker start, marker end, marker key) of the first usable marker, or None.

    ``words``: :func:`_folded_words` of ``s`` or of a text that holds it, when already known.
    """
    if not _may_hold_marker(s, words):  # nine lines in ten: no marker word at all
        return None
    for m in _MARKER.finditer(s, 0, min(len(s), MAX_LINE_CHARS)):
        prefix = s[: m.start()].split()
        if len(prefix) > MAX_PREFIX_WORDS and (
            len(prefix) > MAX_PREFIX_META_WORDS or sum(not _is_meta_token(w) for w in prefix) > MAX_PREFIX_WORDS
        ):
            return None
        if not _prefix_ok(s[: m.start()]):
            # "Die Vielfalt von Königs Wusterhausen", "Powered by X": a marker word inside a phrase.
            continue
        key = _WS.sub(" ", m.group().strip().rstrip("-–—").rstrip()).casefold()  # "By –" is "by"
        nxt = s[m.end():].split(maxsplit=1)
        if not nxt:
            continue
        # "By the end of the year": markers must be followed by a capitalised word, a handle or
        # an agency; lowercase words after a marker are prose.
        first = nxt[0]
        handle = _colon_handle(key, first) and m.group()[-1:].isspace()
        if first[:1].isupper() or _is_agency(first.strip(".,;:")) or handle or (
            key in {"von", "by", "vom"} and _is_desk(s[m.end():].strip(" ."))
        ):
            return m.start(), m.end(), key
    return None


def _colon_handle(key: str, first: str) -> bool:
    """A user handle after a marker: no prose reads so.

    Any handle counts after a marker that ends in a colon ("Autor: c1ph4"); after the others, one
    with a digit or an underscore ("von Marianne1", "by jane_doe").
    """
    token = first.rstrip(".,;")
    if key.endswith((":", "：")):
        return _HANDLE_TOKEN.fullmatch(token) is not None
    return _HANDLE_SHAPED.fullmatch(token) is not None


_HANDLE_SHAPED = regex.compile(r"\p{L}(?=[\p{L}\d_.\-]{0,23}[\d_])(?=(?:[\d_.\-]{0,23}\p{L}){2})[\p{L}\d_.\-]{1,24}")
"""A user name shaped as one: letters first, three at least, with a digit or an underscore ("r23" is too short
to be sure, "Marianne1" and "the_pain" are not)."""


def _score_source(spans: list[tuple[int, int]], s: str) -> str | None:
    if not spans:
        return None
    first_a, first_b = spans[0]
    b = first_b
    # Adjacent agencies ("APA/AP", "dpa/AFP") form one source.
    for a2, b2 in spans[1:]:
        if regex.fullmatch(r"[\s/,;&+]*", s[b:a2]):
            b = b2
        else:
            break
    return s[first_a:b]


# ---------------------------------------------------------------- public API


def parse_byline(text: str, *, language: str | None = None) -> Byline | None:
    """Parse one line into authors and source; None when it is not a byline.

    Args:
        text: one line of a page.
        language: ISO 639-1 code of the page, if known. It lowers confidence in
            short markers that are ordinary words in other languages ("di", "od").

    Returns:
        The parsed :class:`Byline`, or None.

    Example:
        >>> b = parse_byline("By Jane Doe and John Roe, Staff Writers | Reuters")
        >>> b.authors, b.source
        (('Jane Doe', 'John Roe'), 'Reuters')
        >>> parse_byline("By the end of the year, prices rose.") is None
        True

    .. versionadded:: 0.1.0
    """
    if len(text) > MAX_RAW_CHARS:  # before the cache: it holds short texts only
        return None
    return _parse_line(text, language)


@lru_cache(maxsize=1024)
def _parse_line(text: str, language: str | None) -> Byline | None:
    """:func:`parse_byline`, remembered.

    The classifier reads every short line, and the assembly, the dateline and the author box read
    the page's bylines again; the answer, a frozen :class:`Byline`, depends on the two arguments alone.
    """
    s = _collapse(text)
    glued = _unglue(s)
    if glued != s:
        parsed = _parse(glued, text, language)
        # the split never joins words, so the names are the page's own; checked all the same
        if parsed is None or all(a in s for a in parsed.authors):
            return parsed
    return _parse(s, text, language)


def _parse(s: str, text: str, language: str | None) -> Byline | None:
    """:func:`parse_byline` on the collapsed line ``s``; ``text`` is the raw line."""
    if _quick_reject(s):
        return None
    bullet = _BULLET.match(s)
    if bullet is not None:
        s = s[bullet.end() :]
    words = s.split()
    if len(words) > MAX_WORDS:
        return None
    if len(words) == 1 and _lone_token_rejected(s):
        return None
    cjk = _parse_cjk(s, text)
    if cjk is not None:
        return cjk
    cap = 1.0
    ref = _REFERENCE.match(s)
    start = 0
    if ref is not None:
        cap = SCORE_REFERENCE
        start = ref.end()
    words_folded = _folded_words(s)
    cut = None if _CUT_WORDS.isdisjoint(words_folded) else _CUT.search(s, start)
    end = cut.start() if cut is not None else len(s)
    found = _find_marker(s[:end], words_folded)
    marker = found is not None
    penalty = 0.0
    if found is not None:
        m_start, start, key = found
        prefix = s[:m_start].split()
        penalty += PENALTY_PREFIX_WORD * sum(1 for w in prefix if not _is_meta_token(w))
        native = language is not None and language.split("-")[0].casefold() in _MARKERS.get(key, ())
        if key in _OWN_LANGUAGE_MARKERS and not native:
            return None
        if language and key in _AMBIGUOUS_MARKERS and not native:
            penalty += PENALTY_FOREIGN_MARKER
    elif ref is None and (len(words) > MAX_MARKERLESS_WORDS or s[0] in "-–—"):
        # A dash before a name is a quote attribution ("— Elon Musk (@elonmusk) November 4, 2023").
        return None
    elif ref is None and _opens_with_stop_word(s, words[0], end):
        return None
    elif ref is None and (s.endswith(":") or (cut is not None and s[: cut.start()].rstrip().endswith(("(", "[")))):
        # "Private Solaranlagen:" is a label; "Jane Doe (Foto: John Roe)" is a photo's caption
        return None
    s_names = _HANDLE.sub(lambda h: " " * len(h.group()), s) if "@" in s else s
    after = s[start:].split(maxsplit=1)
    handle_ok = found is not None and s[start - 1 : start].isspace() and _colon_handle(found[2], after[0])
    state = _Parse([], [], handle_ok=handle_ok)
    lenient = marker or ref is not None
    phase = "before"  # before the names, in them, after them
    for a, b, sep in _iter_pieces(s_names, start, end):
        if phase == "in" and sep in {"strong", "paren"}:
            phase = "after"
        if phase == "after":
            if not _read_after(s_names, a, b, sep, state):
                if not lenient:
                    return None
                state.junk_tail = True
                break
            continue
        kind = _read_piece(s_names, a, b, state, marker=lenient)
        state.handle_ok = False
        if kind == "name":
            phase = "in"
        elif kind == "role" and not lenient and not state.authors and _modifiers_only(s_names[a:b]):
            # "Business & Box Links" is a menu: a role before the names names a job ("Staff Writer")
            return None
        elif kind in {"meta", "role"} or (kind == "source" and state.authors):
            state.support = True
            if kind == "meta" and phase == "in":
                phase = "after"
        elif kind == "other":
            if phase == "in":
                if not lenient:
                    return None
                state.junk_tail = True
                break
            if state.source_spans and _is_place_like(s_names[a:b]):
                # "Devdiscourse News Desk | Tokyo | Updated: ...": a place after the desk.
                state.support = True
                continue
            if lenient:
                break
            return None
        if state.stop:
            break
    authors: list[str] = []
    seen: set[str] = set()
    for name in state.authors:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            authors.append(name)
    source = _score_source(state.source_spans, s)
    if not authors and source is None:
        return None
    if len(authors) > (MAX_AUTHORS if marker else MAX_MARKERLESS_AUTHORS):
        return None
    if _tail_is_prose(s, max(start, state.name_end)):
        return None
    if marker:
        score = SCORE_MARKER if authors else SCORE_MARKER_SOURCE_ONLY
        if handle_ok and found is not None and not found[2].endswith((":", "：")) and len(authors) == 1:
            # "geschrieben von jdoe2012 am ...": a user name, as often a commenter's as the author's
            score = min(score, SCORE_HANDLE)
    elif authors:
        score = SCORE_SUPPORTED if state.support or source else SCORE_BARE_NAMES
    else:
        score = SCORE_DESK_ONLY if state.support or len(_pieces(s, 0, len(s))) > 1 else SCORE_BARE_SOURCE
    if state.junk_tail:
        score -= PENALTY_JUNK_TAIL
    score = min(cap, score - penalty)
    if score <= 0:
        return None
    return Byline(tuple(authors), source, text, round(score, 3))


def byline_score(text: str, *, language: str | None = None) -> float:
    """Score from 0 to 1 that a line is a byline.

    Lines that cannot be bylines (too long, no capital letter) are rejected
    before any parsing, so the common case of body text costs one length check.

    Args:
        text: one line of a page.
        language: ISO 639-1 code of the page, if known.

    Returns:
        The :attr:`Byline.score` of the parse, or 0.0.

    Example:
        >>> byline_score("Von Anna Schmidt")
        0.9
        >>> byline_score("By the end of the year, prices rose.")
        0.0

    .. versionadded:: 0.1.0
    """
    parsed = parse_byline(text, language=language)
    return 0.0 if parsed is None else parsed.score


# ---------------------------------------------------------------- date strips

# What may stand between a date and the name in a blog's date strip ("am", "~", "|", "-").
_STRIP_JUNK = regex.compile(
    r"^(?:[\s|•·,;:~/\-–—]|(?<![\p{L}])(?:am|on|le|el|il|em|op|den|the|um|at)(?![\p{L}\p{N}_]))+", regex.IGNORECASE
)
# A user handle after an explicit marker: "Autor: gnaddrig", "by oz", "von mywakenews".
_HANDLE_TOKEN = regex.compile(r"\p{L}[\p{L}\p{N}_.\-]{1,24}")
# The word "comment(s)" in the languages of blog themes' date strips.
_COMMENT_WORD = r"(?:kommentare?|comments?|commentaires?|comentarios?)"
# Words that end a name in a date strip: comment counters and calls to comment.
_STRIP_TAIL = regex.compile(
    rf"^(?:\d|[|•·(\[]|(?:{_COMMENT_WORD}"
    r"|schreibe|leave|post|keine|no|in|unter|dans|en|em|filed|abgelegt|tagged|kategorie|category)(?![\p{L}]))",
    regex.IGNORECASE,
)
# A comment counter ("7 comments", "Kommentare 34"): a strip holding one is a post's metadata, never a dateline.
_COUNTER = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:\d+\s*{_COMMENT_WORD}|{_COMMENT_WORD}\s*[:(]?\s*\d+)(?![\p{{L}}\p{{N}}])",
    regex.IGNORECASE,
)
SCORE_DATE_STRIP_MARKED: Final = 0.75
"""A marked name in a date strip: "Posted on 15. April 2016 by LD", "6. Dezember 2022 von Fatima in Gefühle"."""
SCORE_DATE_STRIP_BARE: Final = 0.5
"""Two or three name words right after the date: "2. Februar 2020 Alexander Roll 1 Kommentar"."""


def parse_date_strip(text: str, dates: Sequence[tuple[int, int]]) -> Byline | None:
    """The author in a blog's date strip, read around its dates; None when it names nobody.

    Blog themes print one strip of metadata: "Posted on <date> by LD", "<date> von Fatima in
    Gefühle, Popkultur", "<date> Alexander Roll 1 Kommentar". The dates (given as character
    spans, from :func:`newsclean.metadata.dates.find_dates`) are cut out, then the name is read
    right after a marker (a lowercase handle counts there), or, without a marker, as two or
    three capitalised words right after a date, followed by the end, a counter or a category.

    Args:
        text: one line of a page.
        dates: ``(start, end)`` of each date in ``text``, in order.

    Returns:
        A :class:`Byline` scored below a marked byline of its own, or None.

    Example:
        >>> parse_date_strip("Posted on 15. April 2016 by LD", [(10, 24)]).authors
        ('LD',)
        >>> parse_date_strip("2. Februar 2020 Alexander Roll 1 Kommentar", [(0, 15)]).authors
        ('Alexander Roll',)
        >>> parse_date_strip("12. März 2020 Berlin", [(0, 13)]) is None
        True
        >>> parse_date_strip("Paddy · April 19, 2019 · Mac · 7 comments", [(8, 22)]).authors
        ('Paddy',)

    .. versionadded:: 0.1.0
    """
    if not dates or len(text) > MAX_LINE_CHARS:
        return None
    pieces = [text[: dates[0][0]]]
    pieces += [text[end : nxt[0]] for (_, end), nxt in itertools.pairwise(dates)]
    pieces.append(text[dates[-1][1] :])
    # a post's strip ("Paddy · April 19, 2019 · Mac · 7 comments") may name its author in one word or handle
    counted = _COUNTER.search(text) is not None
    for k, piece in enumerate(pieces):
        after_date = k > 0
        rest = _STRIP_JUNK.sub("", piece)
        marker = _MARKER.match(rest)
        if marker is not None and _WS.sub(" ", marker.group().strip(" :")).casefold() in _MARKERS:
            tokens = rest[marker.end() :].split()
            name = _strip_name(tokens, handle=True)
            if name:
                return Byline((name,), None, text, SCORE_DATE_STRIP_MARKED)
            continue
        if after_date:
            name = _strip_name(rest.split(), handle=False)
            if name and len(name.split()) >= 2:
                return Byline((name,), None, text, SCORE_DATE_STRIP_BARE)
            tokens = rest.split()
            if counted and tokens and _is_handle(tokens[0]) and _STRIP_TAIL.match(" ".join(tokens[1:]) or "|"):
                return Byline((tokens[0],), None, text, SCORE_DATE_STRIP_BARE)
        elif k == 0:
            name = _name_before_date(piece, counted=counted)
            if name:
                return Byline((name,), None, text, SCORE_DATE_STRIP_BARE)
    return None


_STRIP_SEPARATORS: Final = frozenset("|•·,;:~/-–—●▪■►▶")
# The separators that set a strip's pieces apart; a label's colon ("Datum: 13. April 2017") does not.
_APART_SEPARATORS: Final = _STRIP_SEPARATORS - {":"}
_DATE_PREPOSITIONS: Final = _words(
    "since until till from desde hasta depuis jusqu dal fino sinds vanaf tot seit bis ab od do från fra"
)
"""Words that stand before a date in prose or schedules ("seit 12.03.2020"), never handles."""
_PLACE_STARTS: Final = _words("new san santa santo são los las bad st. saint sankt port fort mount rio hong tel abu")
"""First words of two-word places ("New York", "Bad Homburg"): a strip opening with one names no author."""
MAX_STRIP_NAME_WORDS: Final = 3
"""A name that opens a date strip ("Jane Doe 12.03.2020") has at most three words."""
MIN_LOWER_HANDLE_CHARS: Final = 5
"""A lowercase handle before a date ("macbacchi 28.09.19") is this long at least: shorter words are "am", "le"."""


def _name_before_date(piece: str, *, counted: bool = False) -> str | None:
    """The name that opens a date strip: "Jane Doe 12.03.2020", "Jane Doe Stand: 05.02.2020", "macbacchi 28.09.19".

    Two or three name words, or one user handle (a digit, an underscore, an inner capital, or a
    lowercase word of five letters or more); a single capitalised word is as likely a place ("Berlin"),
    but for one set apart from the date by a separator in a strip holding a comment counter (``counted``):
    "Paddy · April 19, 2019 · 7 comments" is a post's metadata, which no dateline holds.
    """
    if piece.rstrip().endswith(","):
        # "Bergisch Gladbach, 12.03.2020" is a dateline; a name with a comma is parse_byline's job
        return None
    tokens = piece.split()
    while tokens and (all(c in _STRIP_SEPARATORS for c in tokens[-1]) or _is_meta_token(tokens[-1])):
        tokens.pop()
    while tokens and all(c in _STRIP_SEPARATORS for c in tokens[0]):  # a bullet before the name
        tokens.pop(0)
    if not tokens or len(tokens) > MAX_STRIP_NAME_WORDS or tokens[0][:1] in _STRIP_SEPARATORS:
        return None
    if len(tokens) == 1:
        token = tokens[0].strip(",.;:")
        # set apart by a separator, not a label's colon ("Datum: 13. April 2017")
        apart = counted and piece.rstrip()[-1:] in _APART_SEPARATORS
        word = apart and _plausible_name([token]) and _word_key(token) not in _CALENDAR_WORDS | _STOP_WORDS
        if not (word or _is_handle(token)):
            return None
        return token if not token[:1].isdigit() else None
    name = " ".join(tokens).rstrip(",.;:")
    words = name.split()
    if _name_span(words, 0) != len(words) or not _plausible_name(words) or name.isupper():
        return None
    if words[0].casefold() in _PLACE_STARTS or any(_word_key(w) in _CALENDAR_WORDS or _word_key(w) in _ROLE_WORDS
                                                    for w in words):
        return None
    return name


def _is_handle(token: str) -> bool:
    """A user handle: a digit, an underscore, an inner capital, or a lowercase word of five letters or more.

    >>> [_is_handle(t) for t in ("ThE_PaiN", "macbacchi", "Berlin", "seit", "2019")]
    [True, True, False, False, False]
    """
    token = token.strip(",.;:")
    key = token.casefold()
    handle = any(c.isdigit() or c == "_" for c in token) or _CAMEL.search(token) is not None or (
        token[:1].islower() and len(token) >= MIN_LOWER_HANDLE_CHARS
    )
    return (
        handle
        and not token[:1].isdigit()
        and _HANDLE_TOKEN.fullmatch(token) is not None
        and key not in _STOP_WORDS
        and key not in _DATE_PREPOSITIONS
    )


def _strip_name(tokens: list[str], *, handle: bool) -> str | None:
    """The name at the start of ``tokens``: capitalised words up to a tail, or one handle after a marker."""
    if not tokens:
        return None
    span = _name_span(tokens, 0)
    if span == 0 and handle and _HANDLE_TOKEN.fullmatch(tokens[0].rstrip(",.;:")):
        span = 1
    # the longest name the rest of the strip lets end: "Ulrike Stockhausen Schreibe einen Kommentar"
    # a comma ends the name: "Ormalingen, Ormalingen, Baselbiet" is a list of places
    span = next((k + 1 for k, t in enumerate(tokens[:span]) if t.endswith(",")), span)
    for end in range(min(span, 3), 0, -1):
        tail = " ".join(tokens[end:])
        if not tail or _STRIP_TAIL.match(tail) or (handle and end == span):
            name = " ".join(tokens[:end]).rstrip(",.;:")
            plausible = _plausible_name(name.split()) and _word_key(name) not in _STOP_WORDS
            return name if _DIGIT.search(name) is None and plausible else None
    return None


MAX_SPLIT_BYLINE_LINES: Final = 7
"""A byline a dump printed one element a line spans at most seven lines: "By", four names, two "and"s."""
_JOINERS: Final = frozenset({*_AND_WORDS, ",", "&", "/", "+"})


def join_split_byline(texts: Sequence[str]) -> str | None:
    """The one-line byline a text dump split into one line per inline element, or None.

    Dumps print each element of a byline strip on its own line: "By" / "Jane Doe" / "and" /
    "John Roe". When the first text is a marker alone, the names and joining words after it
    (up to the first other line) are joined with spaces, ready for :func:`parse_byline`.

    Args:
        texts: the lines from a candidate marker on, without blank lines.

    Returns:
        The joined byline, or None when the first line is no lone marker or no name follows it.

    Example:
        >>> join_split_byline(["By", "Jane Doe", "and", "John Roe", "Published Nov 8, 2023"])
        'By Jane Doe and John Roe'
        >>> join_split_byline(["By Jane Doe", "and"]) is None
        True

    .. versionadded:: 0.1.0
    """
    if not texts or not is_lone_marker(texts[0]):
        return None
    parts = [_collapse(texts[0])]
    for text in texts[1:MAX_SPLIT_BYLINE_LINES]:
        t = _collapse(text)
        tokens = t.rstrip(",").split()
        if t.casefold() in _JOINERS or (
            0 < len(tokens) <= MAX_NAME_TOKENS and _name_span(tokens, 0) == len(tokens)
            and (parts[-1].casefold() in _JOINERS or len(parts) == 1 or parts[-1].endswith(","))
        ):
            parts.append(t)
            continue
        break
    while parts and parts[-1].casefold() in _JOINERS:
        parts.pop()
    return " ".join(parts) if len(parts) > 1 else None


def is_lone_marker(text: str) -> bool:
    """Whether a line is a byline marker and nothing else ("By", "Von", "Autor:").

    A marker's colon is the marker's all the same: "Von:" is "Von".

    >>> is_lone_marker("Von"), is_lone_marker("Von:"), is_lone_marker("Von Jane Doe")
    (True, True, False)

    .. versionadded:: 0.1.0
    """
    if len(text) > MAX_LONE_MARKER_CHARS:
        return False
    key = " ".join(text.split()).casefold().removesuffix(":").rstrip()
    return key in _MARKERS or f"{key}:" in _MARKERS


MAX_LONE_MARKER_CHARS: Final = 40
"""Longer lines are never one marker alone; the cap keeps the check cheap."""


_NAME_SPLIT = regex.compile(
    r"[,;&+]|(?<!\d)/|/(?!\d)|(?<= )(?:and|und|y|et|i|e|en|og|och|ja|és|ve|и|і|oraz|eta|και|și|ir|un)(?= )"
)


def split_names(text: str) -> tuple[str, ...]:
    """Split a list of names at commas, "&", "/", ";" and the local words for "and".

    Args:
        text: a run of names such as ``"A, B and C"`` or ``"A und B"``.

    Returns:
        The non-empty names, whitespace collapsed, in order. Only the first
        :data:`MAX_RAW_CHARS` characters are read: a longer text is not a list
        of names, and the cap keeps the cost bounded.

    Example:
        >>> split_names("Jane Doe, John Roe and Ann Lee")
        ('Jane Doe', 'John Roe', 'Ann Lee')
        >>> split_names("Anna Schmidt und Max Müller")
        ('Anna Schmidt', 'Max Müller')

    .. versionadded:: 0.1.0
    """
    s = _collapse(text[:MAX_RAW_CHARS])
    return tuple(p for p in (part.strip(" .") for part in _NAME_SPLIT.split(s)) if p)
