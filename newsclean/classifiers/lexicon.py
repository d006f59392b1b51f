"""Multilingual phrase lists that name kinds of boilerplate.

Each list names a *kind* of line (a consent notice, a "related" heading, a share
bar) in many languages; none names a site. Matching is case-insensitive on word
boundaries. Keep entries short and generic: a phrase belongs here only when it
marks the same kind of line on any news site.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable

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


# Headings that open a block of links to other stories. Matched against the whole
# (short) line, so "Related" alone is a heading while a sentence using the word is not.
PROMO_HEADING = phrase_pattern(
    [
        # en
        "trending", "trending now", "related", "related articles", "related stories", "related news",
        "related content", "related topics", "related posts", "read more", "read also", "also read",
        "more from", "more stories", "more news", "most popular", "most read", "popular", "latest",
        "latest news", "latest stories", "top stories", "recommended", "recommended for you",
        "you may also like", "you might also like", "you may like", "don't miss", "editor's picks",
        "editors' picks", "what to read next", "read next", "up next", "more on this", "see also",
        "further reading", "in case you missed it", "sponsored", "sponsored content", "advertisement",
        "promoted", "partner content", "around the web", "from our partners", "opinion", "top picks",
        "more in", "more like this", "explore more", "featured", "highlights", "watch", "videos",
        "photos", "galleries", "most viewed", "most shared", "hot topics", "breaking news",
        # de
        "mehr zum thema", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren",
        "das könnte sie interessieren", "weitere artikel", "weitere themen", "meistgelesen",
        "meistgelesene artikel", "am meisten gelesen", "empfehlungen", "anzeige", "werbung",
        "mehr aus", "mehr dazu", "themen", "verwandte artikel", "top-themen", "neueste artikel",
        "weitere nachrichten", "zum thema", "auch lesenswert", "aktuell", "beliebt", "videos",
        # es / pt
        "te puede interesar", "lee también", "leer más", "más noticias", "noticias relacionadas",
        "relacionados", "lo más leído", "más leídas", "también te puede interesar", "publicidad",
        "leia também", "leia mais", "mais lidas", "notícias relacionadas", "veja também",
        # fr
        "à lire aussi", "lire aussi", "lire la suite", "sur le même sujet", "les plus lus",
        "articles similaires", "à découvrir", "publicité", "voir aussi", "dans la même rubrique",
        # it
        "leggi anche", "potrebbe interessarti", "articoli correlati", "i più letti", "più letti",
        # nl / nordic
        "lees ook", "meer nieuws", "gerelateerde artikelen", "meest gelezen", "les også", "läs också",
        "mest lest", "mest läst", "læs også", "lue myös", "luetuimmat",
        # pl / cs / ru
        "czytaj też", "czytaj także", "zobacz także", "zobacz też", "polecamy", "najczęściej czytane",
        "przeczytaj też", "reklama", "čtěte také", "související články", "nejčtenější",
        "читайте также", "читайте еще", "популярное", "реклама", "по теме",
    ]
)

# Phrases that mark a line as a call to action anywhere in it.
PROMO_PHRASE = phrase_pattern(
    [
        "subscribe", "subscription", "sign up", "newsletter", "click here", "download the app",
        "get the app", "follow us", "share this", "share on", "share article", "share via",
        "tweet this", "copy link", "link copied", "print this", "print article", "email this",
        "listen to this article", "watch live", "read more", "continue reading", "show more",
        "load more", "view comments", "become a member", "support our journalism", "donate",
        "already a subscriber", "log in to continue", "create an account", "free trial",
        "abonnieren", "abonnement", "abo", "jetzt testen", "newsletter abonnieren", "teilen",
        "folgen sie uns", "weiterlesen", "jetzt lesen", "zum artikel", "mehr erfahren",
        "suscríbete", "suscribirse", "compartir", "síguenos", "s'abonner", "abonnez-vous",
        "partager", "suivez-nous", "iscriviti", "condividi", "seguici", "abonneer", "delen",
        "subskrybuj", "udostępnij", "obserwuj", "prenumerata", "подписаться", "поделиться",
    ]
)

SOCIAL = phrase_pattern(
    [
        "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "instagram", "youtube",
        "telegram", "tiktok", "flipboard", "xing", "email", "e-mail", "print", "rss", "messenger",
        "threads", "bluesky", "mastodon", "vk", "snapchat", "tumblr", "copy link", "mail", "drucken",
    ]
)

# Legal and footer lines, in many languages.
LEGAL = phrase_pattern(
    [
        "all rights reserved", "copyright", "privacy policy", "terms of use", "terms of service",
        "terms and conditions", "cookie policy", "cookie settings", "privacy settings",
        "do not sell my", "accessibility", "contact us", "about us", "advertise with us",
        "site map", "sitemap", "imprint", "impressum", "datenschutz", "datenschutzerklärung",
        "nutzungsbedingungen", "agb", "alle rechte vorbehalten", "kontakt", "mediadaten",
        "aviso legal", "política de privacidad", "todos los derechos reservados",
        "mentions légales", "politique de confidentialité", "tous droits réservés",
        "note legali", "tutti i diritti riservati", "privacybeleid", "alle rechten voorbehouden",
        "polityka prywatności", "wszelkie prawa zastrzeżone", "regulamin", "všechna práva vyhrazena",
        "все права защищены", "политика конфиденциальности",
    ]
)

# Cookie / consent / tracking notices: long prose that is never the article.
CONSENT = phrase_pattern(
    [
        "cookie", "cookies", "we use cookies", "this site uses cookies", "this website uses cookies",
        "consent", "tracking technologies", "personalised ads", "personalized ads",
        "your privacy choices", "manage preferences", "accept all", "reject all", "accept cookies",
        "your browser", "javascript is disabled", "enable javascript", "ad blocker", "adblocker",
        "einwilligung", "zustimmung", "alle akzeptieren", "werbeblocker", "javascript aktivieren",
        "aceptar cookies", "consentimiento", "accepter les cookies", "consentement",
        "acconsenti", "consenso", "toestemming", "zgoda", "zgody", "souhlas",
    ]
)

# Headings that open a comment thread.
COMMENTS_HEADING = phrase_pattern(
    [
        "comments", "comment", "leave a comment", "leave a reply", "post a comment", "add a comment",
        "join the discussion", "join the conversation", "reader comments", "show comments",
        "responses", "discussion", "kommentare", "kommentar", "kommentieren", "leserkommentare",
        "diskutieren sie mit", "comentarios", "comentários", "deja un comentario", "commentaires",
        "laisser un commentaire", "commenti", "lascia un commento", "reacties", "komentarze",
        "komentáře", "kommentarer", "kommentit", "комментарии", "hozzászólások", "yorumlar",
    ],
    anchored=True,
)

# Photo credits and caption markers.
CREDIT = phrase_pattern(
    [
        "photo", "photos", "photograph", "image", "images", "picture", "credit", "getty images",
        "shutterstock", "istock", "imago", "picture alliance", "picture-alliance", "foto", "fotos",
        "bild", "bildquelle", "quelle", "archivbild", "symbolbild", "foto:", "imagen", "crédito",
        "crédit photo", "zdjęcie", "fot.", "фото", "illustration", "file photo", "keystone",
    ],
    anchored=True,
)

# Single words typical of menus and site chrome.
NAV_WORDS = phrase_pattern(
    [
        "home", "menu", "search", "login", "log in", "sign in", "register", "my account", "account",
        "skip to content", "skip to main content", "skip to navigation", "jump to", "back to top",
        "toggle navigation", "open menu", "close", "close menu", "previous", "next", "more",
        "startseite", "suche", "anmelden", "einloggen", "registrieren", "zurück", "weiter", "navigation",
        "inicio", "buscar", "acceder", "portada", "accueil", "rechercher", "connexion", "cerca",
        "zoeken", "inloggen", "szukaj", "zaloguj", "hledat", "поиск", "войти", "главная",
        "expand", "collapse", "show", "hide", "subscribe", "edition", "sections", "all sections",
    ],
    anchored=True,
)
