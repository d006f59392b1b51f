"""Multilingual phrase lists that name kinds of boilerplate.

Each list names a *kind* of line (a consent notice, a "related" heading, a share
bar) in many languages; none names a site. Matching is case-insensitive on word
boundaries. Keep entries short and generic: a phrase belongs here only when it
marks the same kind of line on any news site.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex

__all__ = [
    "COMMENTS_HEADING",
    "CONSENT",
    "CREDIT",
    "LEGAL",
    "NAV_WORDS",
    "PROMO_HEADING",
    "PROMO_PHRASE",
    "SOCIAL",
    "Phrases",
    "any_gate",
    "gate_fold",
    "gated_phrases",
    "phrase_pattern",
]


def phrase_pattern(phrases: Iterable[str], *, anchored: bool = False) -> regex.Pattern[str]:
    """Compile phrases into one case-insensitive word-bounded alternation (longest first).

    >>> bool(phrase_pattern(["read more"]).search("Click to READ MORE now"))
    True
    """
    alts = "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))
    body = rf"(?:{alts})"
    pattern = rf"^\W*(?:\d+\s+)?{body}(?!\w)" if anchored else rf"(?<!\w){body}(?!\w)"
    return regex.compile(pattern, regex.IGNORECASE | regex.VERSION1)


@dataclass(frozen=True, slots=True)
class Phrases:
    """A :func:`phrase_pattern` behind a cheap necessary test, for the long lists searched on every line.

    The case-insensitive alternation tries every phrase at every word start of the line, which
    makes it one of the costliest searches per line. A phrase can only match where the
    case-folded line contains the case-folded longest word of the phrase, and an exact
    search of those words in the folded line is several times cheaper; most lines contain
    none of them and skip the alternation. Results equal the pattern's own.

    >>> bool(gated_phrases(["read more"]).search("Click to READ MORE now"))
    True
    """

    pattern: regex.Pattern[str]
    """The phrase pattern itself."""
    gate: re.Pattern[str]
    """The phrases' longest words, case-folded, to search in the case-folded line."""
    keys: tuple[str, ...] = ()
    """The words the gate searches for (see :func:`any_gate`)."""
    words: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()
    """With ``every_word`` (see :func:`gated_phrases`): each key, with the case-folded words of the phrases
    it stands for."""

    def search(self, text: str) -> regex.Match[str] | None:
        """``pattern.search(text)``."""
        return self.pattern.search(text) if self._may_match(gate_fold(text)) else None

    def findall(self, text: str) -> list[Any]:
        """``pattern.findall(text)``."""
        return self.pattern.findall(text) if self._may_match(gate_fold(text)) else []

    def _may_match(self, folded: str) -> bool:
        """Whether the pattern may match the line whose :func:`gate_fold` is ``folded``; ``False`` is certain.

        Every word of a phrase, not its longest alone, is in the folded line where the phrase matches.
        """
        if self.gate.search(folded) is None:
            return False
        if not self.words:
            return True
        return any(
            key in folded and any(all(word in folded for word in phrase) for phrase in phrases)
            for key, phrases in self.words
        )


def gate_fold(text: str) -> str:
    """Case-fold a line for a gate: ``str.casefold`` without U+0307 COMBINING DOT ABOVE.

    The patterns match "İ" (capital I with dot) as "i", but it folds to "i" + U+0307, which
    would split a word the gate looks for ("BİLD" folds to "bi̇ld").

    >>> gate_fold("BİLD")
    'bild'
    """
    folded = text.casefold()
    return folded.replace("\u0307", "") if "\u0307" in folded else folded


def gated_phrases(phrases: Iterable[str], *, anchored: bool = False, every_word: bool = False) -> Phrases:
    """:func:`phrase_pattern` with a :class:`Phrases` gate.

    With ``every_word``, a line the gate passes is searched only when it holds every word of
    one phrase: for lists of sentences whose longest words are common in prose ("article",
    "helpful"), where most lines the gate passes hold one word of a phrase and not the rest,
    and the alternation of long phrases is the costlier search.

    >>> boxes = gated_phrases(["was this article helpful"], every_word=True)
    >>> boxes.search("The article was long.") is None, boxes.search("Was this ARTICLE helpful?") is not None
    (True, True)
    """
    phrases = tuple(phrases)
    # Full case folding (str.casefold, see gate_fold) is the folding the IGNORECASE|VERSION1 pattern matches under.
    folded = [tuple(p.casefold().split(" ")) for p in phrases]
    keys = sorted({max(words, key=len) for words in folded}, key=len)
    kept: list[str] = []
    for key in keys:
        if not any(k in key for k in kept):  # a word that holds a kept one adds nothing
            kept.append(key)
    words: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()
    if every_word:
        # each phrase under the first kept key its longest word holds (the gate found that key or another)
        by_key: dict[str, list[tuple[str, ...]]] = {key: [] for key in kept}
        for phrase in dict.fromkeys(folded):
            by_key[next(k for k in kept if k in max(phrase, key=len))].append(phrase)
        words = tuple((key, tuple(group)) for key, group in by_key.items())
    return Phrases(phrase_pattern(phrases, anchored=anchored), re.compile(_trie(kept)), tuple(kept), words)


def any_gate(*lists: Phrases) -> re.Pattern[str]:
    """One gate for several lists: it finds nothing in a case-folded line where none of theirs finds anything.

    A classifier that tries several lists on every line asks it first and skips them all on most lines.

    >>> gate = any_gate(PROMO_HEADING, SOCIAL)
    >>> gate.search(gate_fold("Share on Facebook")) is not None, gate.search(gate_fold("The bridge reopened.")) is None
    (True, True)
    """
    return re.compile(_trie(key for phrases in lists for key in phrases.keys))


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` with shared prefixes factored out, for a search of whether any occurs.

    ``re`` tries every branch of a flat alternation at each position of the line; factored, it
    tries each first character once. It matches where the flat alternation matches (a word that
    continues a shorter one is left out: the shorter one matches first).

    >>> _trie(["read", "real", "more", "re"])
    '(?:more|re)'
    >>> _trie(["read", "real", "more"])
    '(?:more|rea(?:d|l))'
    """
    node: dict[str, Any] = {}
    for word in words:
        at = node
        for ch in word:
            at = at.setdefault(ch, {})
        at[""] = {}

    def alternation(at: dict[str, Any]) -> str:
        if "" in at:
            return ""  # a word ends here: what follows need not match
        alts = [re.escape(ch) + alternation(at[ch]) for ch in sorted(at)]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")" if alts else "(?!)"

    return alternation(node)


# Headings that open a block of links to other stories. Matched against the whole
# (short) line, so "Related" alone is a heading while a sentence using the word is not.
PROMO_HEADING = gated_phrases(
    [
        # en
        "trending",
        "trending now",
        "related",
        "related articles",
        "related stories",
        "related news",
        "related content",
        "related topics",
        "related posts",
        "read more",
        "read also",
        "also read",
        "more from",
        "more stories",
        "more news",
        "most popular",
        "most read",
        "popular",
        "latest",
        "latest news",
        "latest stories",
        "top stories",
        "recommended",
        "recommended for you",
        "you may also like",
        "you might also like",
        "you may like",
        "don't miss",
        "editor's picks",
        "editors' picks",
        "what to read next",
        "read next",
        "up next",
        "more on this",
        "more on",
        "see also",
        "further reading",
        "in case you missed it",
        "sponsored",
        "sponsored content",
        "advertisement",
        "advert",
        "adverts",
        "promoted",
        "partner content",
        "around the web",
        "from our partners",
        "opinion",
        "top picks",
        "more in",
        "more like this",
        "explore more",
        "featured",
        "highlights",
        "watch",
        "videos",
        "photos",
        "galleries",
        "most viewed",
        "most shared",
        "hot topics",
        "breaking news",
        "explore further",
        "more to explore",
        "related reading",
        "you may have missed",
        "recommended reading",
        # de
        "mehr zum thema",
        "lesen sie auch",
        "auch interessant",
        "das könnte sie auch interessieren",
        "das könnte sie interessieren",
        "weitere artikel",
        "weitere themen",
        "meistgelesen",
        "meistgelesene artikel",
        "am meisten gelesen",
        "empfehlungen",
        "anzeige",
        "werbung",
        "mehr aus",
        "mehr dazu",
        "themen",
        "verwandte artikel",
        "top-themen",
        "neueste artikel",
        "weitere nachrichten",
        "zum thema",
        "auch lesenswert",
        "aktuell",
        "beliebt",
        "videos",
        "mehr videos",
        "weitere videos",
        # es / pt
        "meist gelesen",
        "meistgelesene",
        "meistgelesenen",
        "die meistgelesenen",
        "die meistgelesenen artikel",
        "die beliebtesten",
        "beliebteste artikel",
        "das könnte dir auch gefallen",
        "könnte dir auch gefallen",
        "dir könnte auch gefallen",
        "das könnte dich auch interessieren",
        "das könnte sie ebenfalls interessieren",
        "könnten sie ebenfalls interessieren",
        "könnten sie auch interessieren",
        "könnte sie auch interessieren",
        "ähnliche artikel",
        "ähnliche beiträge",
        "verwandte beiträge",
        "weitere beiträge",
        "te puede interesar",
        "lee también",
        "leer más",
        "más noticias",
        "noticias relacionadas",
        "relacionados",
        "lo más leído",
        "más leídas",
        "también te puede interesar",
        "publicidad",
        "leia também",
        "leia mais",
        "mais lidas",
        "notícias relacionadas",
        "veja também",
        "más populares",
        "lo más visto",
        "te recomendamos",
        "você também pode gostar",
        "você pode gostar",
        "você pode gostar também",
        "mais populares",
        "saiba mais",
        "mais vídeos",
        "más videos",
        "veja mais",
        # fr
        "à lire aussi",
        "lire aussi",
        "lire la suite",
        "sur le même sujet",
        "les plus lus",
        "articles similaires",
        "à découvrir",
        "publicité",
        "voir aussi",
        "dans la même rubrique",
        "vous aimerez aussi",
        "à voir aussi",
        "le plus lu",
        "plus de vidéos",
        "les plus populaires",
        # it
        "leggi anche",
        "potrebbe interessarti",
        "articoli correlati",
        "i più letti",
        "più letti",
        "ti potrebbe interessare",
        "potrebbero interessarti",
        "più popolari",
        # nl / nordic
        "lees ook",
        "meer nieuws",
        "gerelateerde artikelen",
        "meest gelezen",
        "les også",
        "läs också",
        "mest lest",
        "mest läst",
        "læs også",
        "lue myös",
        "luetuimmat",
        # pl / cs / ru
        "czytaj też",
        "czytaj także",
        "zobacz także",
        "zobacz też",
        "polecamy",
        "polecane",
        "popularne",
        "najpopularniejsze",
        "zobacz również",
        "czytaj również",
        "najczęściej czytane",
        "przeczytaj też",
        "reklama",
        "pubblicità",
        "publicidade",
        "advertentie",
        "annonse",
        "annons",
        "mainos",
        "reklam",
        "hirdetés",
        "čtěte také",
        "související články",
        "nejčtenější",
        "читайте также",
        "читайте еще",
        "популярное",
        "самые популярные",
        "самое популярное",
        "реклама",
        "по теме",
    ]
)

# Phrases that mark a line as a call to action anywhere in it.
PROMO_PHRASE = gated_phrases(
    [
        "see more",
        "watch more",
        "more on this story",
        "subscribe",
        "subscription",
        "sign up",
        "newsletter",
        "click here",
        "download the app",
        "get the app",
        "follow us",
        "share this",
        "share on",
        "share article",
        "share via",
        # one share button a line: "Share to facebook" / "Share to twitter"
        "share to facebook",
        "share to twitter",
        "share to linkedin",
        "share to whatsapp",
        "share to pinterest",
        "share to reddit",
        "share to email",
        # a gallery's control printed inside the story
        "back to gallery",
        "back to the gallery",
        "zurück zur galerie",
        "volver a la galería",
        "retour à la galerie",
        "torna alla galleria",
        "voltar para a galeria",
        "terug naar de galerij",
        "powrót do galerii",
        "tweet this",
        "copy link",
        "link copied",
        "print this",
        "print article",
        "email this",
        "listen to this article",
        "watch live",
        "read more",
        "continue reading",
        "show more",
        "load more",
        "view comments",
        "become a member",
        "support our journalism",
        "donate",
        "already a subscriber",
        "log in to continue",
        "create an account",
        "register now",
        "buy this issue",
        "view offers",
        "see the offers",
        "free trial",
        "abonnieren",
        "abonnement",
        "abo",
        "jetzt testen",
        "jetzt registrieren",
        "ausgabe kaufen",
        "heft kaufen",
        "zu den angeboten",
        "kostenlos registrieren",
        "newsletter abonnieren",
        "teilen",
        "folgen sie uns",
        "weiterlesen",
        "jetzt lesen",
        "zum artikel",
        "mehr erfahren",
        "suscríbete",
        "suscribirse",
        "compartir",
        "síguenos",
        "s'abonner",
        "abonnez-vous",
        "partager",
        "suivez-nous",
        "iscriviti",
        "condividi",
        "seguici",
        "abonneer",
        "delen",
        "subskrybuj",
        "udostępnij",
        "obserwuj",
        "prenumerata",
        "zobacz oferty",
        "ver ofertas",
        "voir les offres",
        "vedi le offerte",
        "подписаться",
        "поделиться",
    ]
)

SOCIAL = gated_phrases(
    [
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "instagram",
        "youtube",
        "telegram",
        "tiktok",
        "flipboard",
        "xing",
        "email",
        "e-mail",
        "print",
        "rss",
        "messenger",
        "threads",
        "bluesky",
        "mastodon",
        "vk",
        "snapchat",
        "tumblr",
        "copy link",
        "mail",
        "drucken",
    ]
)

# Legal and footer lines, in many languages.
LEGAL = gated_phrases(
    [
        "all rights reserved",
        "copyright",
        "privacy policy",
        "terms of use",
        "terms of service",
        "terms and conditions",
        "cookie policy",
        "cookie settings",
        "privacy settings",
        "do not sell my",
        "accessibility",
        "contact us",
        "about us",
        "advertise with us",
        "site map",
        "sitemap",
        "imprint",
        "impressum",
        "datenschutz",
        "datenschutzerklärung",
        "nutzungsbedingungen",
        "agb",
        "alle rechte vorbehalten",
        "kontakt",
        "mediadaten",
        "aviso legal",
        "política de privacidad",
        "todos los derechos reservados",
        "mentions légales",
        "politique de confidentialité",
        "tous droits réservés",
        "note legali",
        "tutti i diritti riservati",
        "privacybeleid",
        "alle rechten voorbehouden",
        "polityka prywatności",
        "wszelkie prawa zastrzeżone",
        "regulamin",
        "všechna práva vyhrazena",
        "все права защищены",
        "политика конфиденциальности",
    ]
)

# Cookie / consent / tracking notices: long prose that is never the article.
CONSENT = gated_phrases(
    [
        "cookie",
        "cookies",
        "we use cookies",
        "this site uses cookies",
        "this website uses cookies",
        "consent",
        "tracking technologies",
        "personalised ads",
        "personalized ads",
        "your privacy choices",
        "manage preferences",
        "accept all",
        "reject all",
        "accept cookies",
        "your browser",
        "javascript is disabled",
        "enable javascript",
        "ad blocker",
        "adblocker",
        "einwilligung",
        "zustimmung",
        "alle akzeptieren",
        "werbeblocker",
        "javascript aktivieren",
        "aceptar cookies",
        "consentimiento",
        "accepter les cookies",
        "consentement",
        "acconsenti",
        "consenso",
        "toestemming",
        "zgoda",
        "zgody",
        "souhlas",
    ]
)

# Headings that open a comment thread.
COMMENTS_HEADING = phrase_pattern(
    [
        # plural or explicit only: a lone "Comment" is a share-bar button or a form field
        "comments",
        "leave a comment",
        "leave a reply",
        "post a comment",
        "add a comment",
        "join the discussion",
        "join the conversation",
        "reader comments",
        "show comments",
        "responses",
        "discussion",
        "kommentare",
        "kommentieren",
        "leserkommentare",
        "diskutieren sie mit",
        "comentarios",
        "comentários",
        "deja un comentario",
        "commentaires",
        "laisser un commentaire",
        "commenti",
        "lascia un commento",
        "reacties",
        "komentarze",
        "komentáře",
        "kommentarer",
        "kommentit",
        "комментарии",
        "hozzászólások",
        "yorumlar",
        # the form's call under the story, in more languages
        "write a comment",
        "kommentar schreiben",
        "escribe un comentario",
        "deja tu comentario",
        "ajouter un commentaire",
        "scrivi un commento",
        "deixe um comentário",
        "deixe seu comentário",
        "plaats een reactie",
        "dodaj komentarz",
        "napisz komentarz",
        # readers' reviews under a how-to page are its comment thread
        "отзывы",
        "добавить отзыв",
        "оставить отзыв",
        "добавить комментарий",
        "оставить комментарий",
        "коментарі",
        "додати коментар",
        # ar / fa / he / el / tr / cjk
        "التعليقات",
        "تعليقات",
        "إضافة تعليق",
        "أضف تعليق",
        "اترك تعليقا",
        "نظرات",
        "ارسال نظر",
        "תגובות",
        "הוסף תגובה",
        "σχόλια",
        "yorum yap",
        "yorum ekle",
        "评论",
        "發表評論",
        "发表评论",
        "コメントを書く",
        "コメントする",
        "댓글",
    ],
    anchored=True,
)

# Photo credits and caption markers.
CREDIT = phrase_pattern(
    [
        "photo",
        "photos",
        "photograph",
        "image",
        "images",
        "picture",
        "credit",
        "getty images",
        "shutterstock",
        "istock",
        "imago",
        "picture alliance",
        "picture-alliance",
        "foto",
        "fotos",
        "bild",
        "bildquelle",
        "quelle",
        "archivbild",
        "symbolbild",
        "foto:",
        "imagen",
        "crédito",
        "crédit photo",
        "zdjęcie",
        "fot.",
        "фото",
        "illustration",
        "file photo",
        "keystone",
    ],
    anchored=True,
)

# Single words typical of menus and site chrome.
NAV_WORDS = phrase_pattern(
    [
        "home",
        "menu",
        "search",
        "login",
        "log in",
        "sign in",
        "register",
        "my account",
        "account",
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "jump to",
        "back to top",
        "toggle navigation",
        "open menu",
        "close",
        "close menu",
        "previous",
        "next",
        "more",
        "startseite",
        "suche",
        "anmelden",
        "einloggen",
        "registrieren",
        "zurück",
        "weiter",
        "navigation",
        "inicio",
        "buscar",
        "acceder",
        "portada",
        "accueil",
        "rechercher",
        "connexion",
        "cerca",
        "zoeken",
        "inloggen",
        "szukaj",
        "zaloguj",
        "hledat",
        "поиск",
        "войти",
        "главная",
        "expand",
        "collapse",
        "show",
        "hide",
        "subscribe",
        "edition",
        "sections",
        "all sections",
    ],
    anchored=True,
)
