"""The article's edges: the boxes a site prints around every story.

An article region found by the context pass often runs on past the story into what
the site appends to every article: "Email the author at ...", "Follow us on ...",
"Subscribe to our newsletter", "No spam, we promise. You can unsubscribe at any time",
an "About the author" bio; or it opens on a support appeal printed above the story.
Each line is prose, so each one passes as body; together they sit at the region's
edge, and each *kind* of line carries a mark of its own: a call to action, an e-mail
address or a handle, a bio heading, the author's name opening the next paragraph.

* :func:`trim_tail` cuts a sign-off when the region ends on a marked line: the cut
  starts at the earliest marked line among the region's last few lines, so the
  unmarked lines inside the box ("Get breaking news and the latest updates!") go with it.
* :func:`trim_head` is its mirror at the region's start.
* :func:`author_box` cuts an author's bio from the region's last part.
* :func:`faq_tail` cuts a block of frequently asked questions from the region's last part.

A region that ends (or starts) on a plain paragraph is never cut, and no cut takes more
than a quarter (a bio: a third) of the region's words.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from newsclean.classifiers._twins import image_markers
from newsclean.classifiers.lexicon import CONSENT, PROMO_HEADING, PROMO_PHRASE, SOCIAL, gated_phrases
from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.metadata.authors import parse_byline
from newsclean.pipeline import Decision, Revised
from newsclean.walk import nearest

__all__ = [
    "TAIL_MAX_LINES",
    "author_box",
    "company_profile",
    "credit_line",
    "faq_tail",
    "more_stories",
    "sign_off_cut",
    "tag_line",
    "tail_mark",
    "trim_head",
    "trim_tail",
    "update_stamp",
]

TAIL_MAX_LINES = 8
"""How many of the region's last non-blank lines the sign-off may take."""
TAIL_LINE_MAX_WORDS = 45
"""A sign-off line is short; a longer paragraph belongs to the story and stops the cut."""
TAIL_MAX_SHARE = 0.25
"""The cut may take at most this share of the region's words."""
ACTION_MAX_WORDS = 25
"""A call to action ("Subscribe to our sister title ...") is a short line; in a longer one the word is prose."""
SIGN_OFF_REACH = 15
"""How many of the region's last non-blank lines are searched for a sign-off phrase that the box goes on past."""
SOCIAL_MIN_NAMES = 2
"""A short line naming this many social networks is a "follow us" line."""

# The ways a site signs off under its articles, in many languages: calls to follow,
# write to, join or subscribe, and the legal small print. "subscribe" and the like are
# in PROMO_PHRASE already; these add what only makes sense at an article's end.
SIGN_OFF = gated_phrases(
    [
        # en
        "unsubscribe",
        "no spam",
        "follow him",
        "follow her",
        "follow them",
        "follow me",
        "write to",
        "join our",
        "join the conversation",
        # a call for the reader's opinion: the comment box under the story
        "tell us what you think",
        "let us know what you think",
        "sagen sie uns ihre meinung",
        "dinos qué piensas",
        "dites-nous ce que vous en pensez",
        "diteci cosa ne pensate",
        "explore further",
        "further reading",
        "originally published",
        "originally appeared",
        "this article first appeared",
        "sign up for",
        "get the latest",
        "support us",
        "support independent",
        "support quality",
        "delivered to your inbox",
        "in your inbox",
        # a newsletter box's call and its form's messages, which the box prints under every story
        "subscribe to our newsletter",
        "sign up to our newsletter",
        "successfully subscribed",
        "succesfully subscribed",  # sic: pages print the misspelling
        "activation link",
        "confirm your subscription",
        "newsletter abonnieren",
        "unseren newsletter",
        "anmeldung zum newsletter",
        "bestätigen sie ihre anmeldung",
        "notre newsletter",
        "notre lettre d'information",
        "nuestro boletín",
        "nuestra newsletter",
        "nossa newsletter",
        "nosso boletim",
        "la nostra newsletter",
        "onze nieuwsbrief",
        "naszego newslettera",
        "zapisz się do newslettera",
        # de
        "abmelden",
        "kein spam",
        "folgen sie",
        "schreiben sie",
        "mehr zum thema",
        "erschien zuerst",
        "unterstützen sie",
        # es / pt
        "síganos",
        "suscríbase",
        "darse de baja",
        "siga-nos",
        "assine",
        # fr / it / nl / pl
        "désabonner",
        "désinscrire",
        "suivez",
        # disclosures and small print a site prints over or under every post
        "disclaimer",
        "our advertisers",
        "affiliate links",
        "affiliate link",
        "earn a commission",
        "receive compensation",
        "this entry was posted in",
        "abgelegt unter",
        # a mailing-list form's own words ("Subscribe to our mailing list", "* indicates required")
        "our mailing list",
        "indicates required",
        "view previous campaigns",
        "leave this field empty",
        "bookmark the permalink",
        "licensed under",
        "creative commons",
        "enthält werbung",
        "affiliate-links",
        "affiliate-link",
        "haftungsausschluss",
        "lizenz cc",
        "unter der lizenz",
        "avertissement",
        "descargo de responsabilidad",
        "enlaces de afiliados",
        "liens affiliés",
        # "was this helpful?", "share this article": the reader's toolbar under a post
        "was this article helpful",
        "was this helpful",
        "share this article",
        "share this post",
        "war der artikel",
        "war dieser artikel",
        "den artikel teilen",
        "diesen artikel teilen",
        "teile diesen",
        "teilen sie diesen",
        "artikel gefallen",
        "beitrag gefallen",
        "lesen sie hier",
        "comparte este",
        "partagez cet",
        "condividi questo",
        # a rating widget's prompt ("Hier können Sie den Artikel bewerten", "Rate this post")
        "artikel bewerten",
        "beitrag bewerten",
        "rate this article",
        "rate this post",
        "rate this story",
        "évaluez cet article",
        "notez cet article",
        "valora este artículo",
        "califica este artículo",
        "avalie este artigo",
        "vota questo articolo",
        "oceń ten artykuł",
        "beoordeel dit artikel",
        # "Did you like this article?", "Every donation helps": the reader's prompts and appeals
        "did you enjoy this",
        "enjoyed this article",
        "if you enjoyed",
        "if you liked this",
        "make a donation",
        "gefällt dir unser",
        "gefällt ihnen unser",
        "hat dir der artikel",
        "hat ihnen der artikel",
        "hat dir dieser",
        "hat ihnen dieser",
        "jede spende",
        "jede kleine spende",
        "spenden sie",
        "jetzt spenden",
        "folge uns",
        "folgt uns",
        "auch lesen",
        "könnte dich auch interessieren",
        "könnte sie auch interessieren",
        "das könnte dich auch",
        "das könnte sie auch",
        "siguenos",
        "síguenos",
        "te puede interesar",
        "también te puede interesar",
        "haz una donación",
        "faire un don",
        "vous aimerez aussi",
        "ti potrebbe interessare",
        "potrebbe interessarti",
        "volg ons",
        "obserwuj nas",
        "może cię zainteresować",
        "przeczytaj także",
        "zobacz także",
        "leia também",
        "veja também",
        "você também pode gostar",
        # a paywall's or membership box's small print: "Cancel anytime", "Choose your access and read on"
        "cancel anytime",
        "cancel at any time",
        "jederzeit kündbar",
        "jederzeit kündigen",
        "wählen sie ihren zugang",
        "lesen sie weiter mit",
        "cancela cuando quieras",
        "cancele quando quiser",
        "résiliable à tout moment",
        "sans engagement",
        "disdici quando vuoi",
        "opzeggen wanneer je wilt",
        "anuluj w dowolnym momencie",
        # a browser-notification prompt ("Allow notifications?")
        "benachrichtigung aktivieren",
        "benachrichtigungen aktivieren",
        "enable notifications",
        "turn on notifications",
        "activer les notifications",
        "activar notificaciones",
        "ativar notificações",
        "attiva le notifiche",
        "włącz powiadomienia",
        # the reader's appeals: "support us", "we need you", "become a member"
        "apóyanos",
        "te necesitamos",
        "hazte socio",
        "soutenez-nous",
        "sostienici",
        "apoie o nosso",
        "apoie nosso",
        "wesprzyj nas",
        "steun ons",
        "unterstütze uns",
        "unterstütze unser",
        "unterstützen sie unser",
        "werden sie mitglied",
        "werde mitglied",
        # embedded content behind a consent button ("Click the button below to load the content of ...")
        "inhalt laden",
        "den inhalt von",
        "inhalt entsperren",
        "load content",
    ],
    every_word=True,
)

# Headings of the author's bio box under an article.
AUTHOR_BOX = gated_phrases(
    [
        "about the author",
        "about the authors",
        "about the writer",
        "author bio",
        "über den autor",
        "über die autorin",
        "über die autoren",
        "zum autor",
        "zur autorin",
        "sobre el autor",
        "sobre la autora",
        "sobre o autor",
        "à propos de l'auteur",
        "à propos de l’auteur",
        "l'auteur",
        "sull'autore",
        "over de auteur",
        "o autorze",
        "об авторе",
        "autoreninfo",
        "autorinfo",
        "author info",
        "author information",
        "zur person",
    ],
    anchored=True,
)
# "About Jane Doe", "Über Luis Holuch 257 Artikel": a bio box's heading naming the author
# (two or three capitalised words), perhaps with the author's article count.
_ABOUT_NAME = regex.compile(
    r"^(?i:about|über|sobre|à propos de|a proposito di|over|o)\s+\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+){1,2}"
    r"(?:\s+\d+\s+\w+)?\s*:?$"
)
# A box heading alone on its line over a paragraph: the site's "About us" blurb, or the label
# "Author" over the writer's name and bio. On a line of its own it heads no part of the story;
# within a paragraph or a longer line these are plain words.
_BOX_HEADING = regex.compile(
    r"^\W*(?i:about us|über uns|à propos|a propos|quiénes somos|quienes somos|sobre nosotros|sobre nós|chi siamo|"
    r"over ons|om oss|om os|o nas|o nás|о нас|hakkımızda|rólunk|despre noi|meistä|"
    r"the author|author|autor|autorin|autorka|auteur|auteure|autore|autrice|autora|der autor|die autorin|"
    r"l'auteur|l’auteur|el autor|la autora|o autor|a autora|forfatter|författare|kirjoittaja|yazar|szerző|автор)"
    r"\W*$"
)
BOX_HEADING_REACH = 2
"""The bio or blurb under a box heading starts within this many lines (the author's name may come first)."""
# "About Mirela" over a blog's bio, with "View all posts by Mirela" under it: a heading naming the
# author by one word is the bio box only when the box names the author again.
_ABOUT_ONE = regex.compile(r"^(?i:about|über|sobre|à propos de|a proposito di|over)\s+(\p{Lu}[\p{L}'’.-]+)\s*:?$")
_NAME_WORD = regex.compile(r"[\p{L}\p{N}'’.-]+")
_NAME_EDGE = "'’.-"
ABOUT_ONE_REACH = 4
"""How many blocks (a paragraph wrapped over lines is one) under an "About <name>" heading are searched for the
name again."""
AUTHOR_BOX_MAX_SHARE = 0.35
"""An author box takes at most this share of the region's words."""
BIO_MIN_WORDS = 8
"""An author's bio paragraph is a sentence or more ("Jane Doe is a professor of law at ...")."""
BIO_BYLINE_SCORE = 0.5
"""Only a line this sure to be a byline names the author whose bio closes the article."""
BIO_MAX_BYLINES = 5
"""How many byline lines are read for the author's name (a page has few; teaser lists have many)."""

# "Jane Doe is a staff writer at ...", "Max Muster ist Redakteur im Ressort ...", "Ich bin Jane Doe,
# Rechtsanwältin ...": a paragraph that introduces a writer by name and trade is the bio box under
# the story, even when no byline names the author (many dumps lose it).
_BIO_NAME = (
    r"(?!(?:The|A|An|This|That|Der|Die|Das|Ein|Eine|El|La|Los|Las|Le|Les|Il|Lo|Un|Una|Une|Os|As|Het|De)\s)"
    r"\p{Lu}[\p{L}'’.-]+(?:\s(?:\p{Lu}[\p{L}'’.-]+|van|von|de|da|del|der|di|du|le|la|dos)){1,3}"
)
_BIO_ROLE = (
    r"(?i:(?:staff |senior |contributing |freelance |former |political |business |science )?"
    r"(?:writer|reporter|journalist|editor|correspondent|columnist|contributor|blogger|author|photographer|"
    r"producer|founder|co-founder|cofounder|redakteur|redakteurin|journalistin|korrespondent|korrespondentin|"
    r"autor|autorin|reporterin|kolumnist|kolumnistin|gründer|gründerin|fotograf|fotografin|chefredakteur|"
    r"chefredakteurin|ressortleiter|ressortleiterin|volontär|volontärin|periodista|redactor|redactora|"
    r"corresponsal|columnista|editora|escritor|escritora|fundador|fundadora|autora|journaliste|rédacteur|"
    r"rédactrice|correspondant|correspondante|chroniqueur|chroniqueuse|auteur|auteure|autrice|fondateur|"
    r"fondatrice|giornalista|redattore|redattrice|corrispondente|scrittore|scrittrice|fondatore|fondatrice|"
    r"jornalista|repórter|redator|redatora|colunista|dziennikarz|dziennikarka|dziennikarzem|dziennikarką|"
    r"redaktor|redaktorka|redaktorem|korespondent|korespondentka|publicysta|publicystka|autorka|redacteur|"
    r"verslaggever|columnist))"
)
_BIO_SHAPE = regex.compile(
    rf"^{_BIO_NAME}\s(?:is|was|ist|war|es|est|è|é|jest|arbeitet als|works as)\s(?:\S+\s){{0,6}}?{_BIO_ROLE}(?!\w)"
    rf"|^{_BIO_NAME}\s(?:writes|schreibt|escribe|écrit|scrive|escreve|pisze|leitet das Ressort|leitet die Redaktion)\s"
    rf"|^(?:I'm|I am|Ich bin|Je suis|Soy|Sono|Sou|Jestem|Ik ben)\s{_BIO_NAME}\s?,"
    # "Pulitzer Prize-winning journalist Jane Doe writes ...": the trade, then the name
    rf"|^(?:[\p{{L}}-]+\s){{0,3}}?{_BIO_ROLE}\s{_BIO_NAME}\s(?:writes|covers|schreibt|escribe|écrit|scrive|escreve|pisze)\s"
)
_BIO_GATE = regex.compile(r"^\p{Lu}")
# "Jane Doe, photographer from Hamburg and founder of ...": the name and the trade in one short
# sentence with no verb, the first line of the box; a story's paragraph that opens so goes on
# with what the person said or did, and runs longer.
_BIO_APPOSITIVE = regex.compile(rf"^{_BIO_NAME},\s(?:[\p{{L}}-]+\s){{0,2}}?{_BIO_ROLE}(?!\w)")
BIO_APPOSITIVE_MAX_WORDS = 15
"""A bio's name-and-trade sentence is this short at most."""

# A press release closes on the company's own profile, the "About Acme" boilerplate, often with
# its heading lost in the dump: "Acme is a global provider of ...", "Acme ist ein führender Anbieter
# von ...". It opens with the company's name, "is a/an", and a word for a company within a few words;
# the profile's facts (headquarters, staff, listing, founding year) follow in it or the next paragraph.
_PROFILE_OPENING = regex.compile(
    r"^\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}(?:\s\([^()]{1,30}\))?,?\s"
    r"(?i:is|are|ist|est|es|è|é|jest)\s(?i:a|an|one of the|the|ein|eine|einer der|un|une|l'un des|l’un des|"
    r"una|uno|uno dei|um|uma|een|één van de|jednym z)\s(?:\S+\s){0,8}?"
    r"(?i:provider|company|manufacturer|supplier|developer|firm|group|organi[sz]ation|corporation|maker|"
    r"specialist|operator|producer|anbieter|unternehmen|hersteller|konzern|dienstleister|spezialist|"
    r"fournisseur|entreprise|société|groupe|fabricant|spécialiste|proveedor|empresa|compañía|fabricante|"
    r"grupo|fornitore|azienda|società|gruppo|produttore|fornecedor|companhia|leverancier|bedrijf|"
    r"onderneming|fabrikant|dostawca|firmą|spółką|producentem)s?(?!\w)"
)
_PROFILE_FACT = regex.compile(
    r"(?i:headquartered in|headquarters in|head office in|employs|employees|subsidiaries|stock exchange|"
    r"listed on|founded in \d{4}|sitz in|hauptsitz|mitarbeiter|mitarbeitende|beschäftigt|börse|gegründet|"
    r"siège|salariés|collaborateurs|fondée en|cotée|con sede en|sede central|empleados|fundada en|"
    r"con sede a|sede centrale|dipendenti|fondata nel|quotata|com sede em|funcionários|colaboradores|"
    r"fundada em|hoofdkantoor|medewerkers|opgericht in|z siedzibą|pracowników|założona w)(?!\w)"
)

# An e-mail address or a social handle: "Email the author at", "follow her @name". (Links and
# legal lines are left alone: sources, press contacts and wire copyright lines are often
# printed as part of the story.)
# (Each alternative starts only where a run starts, so a long run of word characters is scanned once.)
_CONTACT = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|(?<![\w@])@\w{2,}")


# Headings of a box of links or contacts that a site prints under the story ("Weitere Informationen
# zum Coronavirus:", "Ansprechpartner", "Further information"). Only a heading counts: the line opens
# with the phrase and ends no sentence, since "Weitere Informationen lagen nicht vor." closes many a story.
BOX_OPENER = gated_phrases(
    [
        "weitere informationen",
        "weitere infos",
        "mehr informationen",
        "ansprechpartner",
        "ansprechpartnerin",
        "ihr ansprechpartner",
        "ihre ansprechpartnerin",
        "further information",
        "more information",
        "plus d'informations",
        "plus d’informations",
        "más información",
        "mais informações",
        "maggiori informazioni",
        "meer informatie",
        "więcej informacji",
        # a breadcrumb's label ("You are here: Home > News")
        "you are here",
        "sie sind hier",
        "vous êtes ici",
        "usted está aquí",
        "está aquí",
        "você está aqui",
        "ti trovi in",
        "u bent hier",
        "jesteś tutaj",
    ],
    anchored=True,
)
BOX_OPENER_MAX_WORDS = 8
"""A box heading is this short ("Weitere Informationen zum Coronavirus in Thüringen:")."""
# "More Great Science Stories", "Weitere spannende Artikel", "Más noticias de Deportes": a heading
# over the site's list of other stories; "more"/"other" and a word for stories, a few words apart.
_MORE_STORIES = regex.compile(
    r"^\W*(?:"
    r"(?i:more|other)\s(?:\S+\s){0,3}(?i:stories|articles|news|posts|reads)"
    r"|(?i:mehr|weitere|andere)\s(?:\S+\s){0,3}(?i:artikel|beiträge|nachrichten|geschichten|meldungen|news)"
    r"|(?i:más|otras|otros)\s(?:\S+\s){0,3}(?i:noticias|artículos|historias)"
    r"|(?i:plus\sd['’]|d['’]autres\s)(?:\S+\s){0,3}(?i:articles|actualités|infos)"
    r"|(?i:altri|altre)\s(?:\S+\s){0,3}(?i:articoli|notizie|storie)"
    r"|(?i:mais|outras|outros)\s(?:\S+\s){0,3}(?i:notícias|artigos|histórias)"
    r"|(?i:meer|andere)\s(?:\S+\s){0,3}(?i:artikelen|nieuws|verhalen)"
    r"|(?i:więcej|inne)\s(?:\S+\s){0,3}(?i:artykułów|artykuły|wiadomości)"
    r")(?!\w)"
)

# The credit line that closes a wire or staff story: "Jane Doe contributed to this report.",
# "Reporting by Jane Doe; Editing by John Roe", "Mitarbeit: Jane Doe". It names who helped write
# the story and is no part of it; what follows it is the site's.
_CREDIT_LINE = regex.compile(
    r"(?i:contributed\s(?:additional\s)?(?:reporting|to\s(?:this|the)\s(?:report|story|article)))"
    r"|^(?i:additional\sreporting\sby|reporting\sby|writing\sby|editing\sby|with\sreporting\sby|"
    r"mitarbeit:|mit\smaterial\svon)\s"
    r"|;\s?(?i:editing\sby)\s"
)
# The story's tag list under it: "Tags: Energy, Climate", "Schlagworte zum Thema", "Etiquetas Madrid
# Fútbol". A label of its own kind opens the line; the tags follow (a dump may lose the colon).
_TAG_LINE = regex.compile(
    r"^\W*(?i:tags|tagged(?:\swith)?|topics|schlagwörter|schlagworte|stichwörter|stichworte|themen|etiquetas|"
    r"temas|mots-clés|mots\sclés|sujets|argomenti|tag|tagi|tematy|trefwoorden|onderwerpen|теги|темы)"
    r"(?:\s*[:|]\s*|\s+)\S"
)
# "Updated at 1:23 p.m.", "Aktualisiert am 12.03.2024": the story's update stamp printed under it.
_UPDATE_STAMP = regex.compile(
    r"^\W*(?i:last\supdated|updated|update|zuletzt\saktualisiert|aktualisiert|actualizado|actualización|"
    r"mis\sà\sjour|aggiornato|atualizado|bijgewerkt|zaktualizowano|обновлено)(?!\w)"
    # then the date or time at once, or after a preposition or a month or day name
    r"\s*[:,]?\s*(?:(?i:at|on|am|um|le|el|il|em|op|o|в)\s+)?(?:\p{L}+[.,]?\s+)?\d"
)
UPDATE_STAMP_MAX_WORDS = 10
"""An update stamp is a word and a date or time."""


def update_stamp(line: Line) -> bool:
    """Whether the line is an update stamp ("Updated at 1:23 p.m."), a date or time after the word.

    >>> from newsclean.lines import split_lines
    >>> [update_stamp(ln) for ln in split_lines("Updated at 1:23 p.m.\\nUpdated rules take effect in 2025.")]
    [True, False]
    """
    return 0 < line.words <= UPDATE_STAMP_MAX_WORDS and _UPDATE_STAMP.match(line.text) is not None


TAG_LINE_MAX_WORDS = 20
"""A tag list is a label and a few tags; a longer line opening with "Themen" is a sentence."""


def tag_line(line: Line) -> bool:
    """Whether the line is the story's tag list ("Tags: Energy, Climate"): a label, then tags, no sentence.

    >>> from newsclean.lines import split_lines
    >>> [tag_line(ln) for ln in split_lines("Tags Bridge repairs River Town\\nTopics were many that day.")]
    [True, False]
    """
    return 0 < line.words <= TAG_LINE_MAX_WORDS and not line.terminal and _TAG_LINE.match(line.text) is not None


CREDIT_MAX_WORDS = 40
"""A credit line names a few writers, a sentence at most; a longer line using the words is prose."""


def credit_line(line: Line) -> bool:
    """Whether the line is a story's closing credit line ("Jane Doe contributed to this report.").

    >>> from newsclean.lines import split_lines
    >>> [credit_line(ln) for ln in split_lines("Jane Doe contributed reporting from Lima.\\nJane Doe reported.")]
    [True, False]
    """
    return 0 < line.words <= CREDIT_MAX_WORDS and _CREDIT_LINE.search(line.text) is not None


def box_opener(line: Line) -> bool:
    """Whether the line is the heading of a box of links or contacts (see ``BOX_OPENER``).

    >>> from newsclean.lines import split_lines
    >>> [box_opener(ln) for ln in split_lines("Weitere Informationen:\\nWeitere Informationen lagen nicht vor.")]
    [True, False]
    """
    return 0 < line.words <= BOX_OPENER_MAX_WORDS and not line.terminal and BOX_OPENER.search(line.text) is not None


MORE_LIST_MAX_WORDS = 30
"""Under a "More stories" heading the site lists titles and one-line blurbs; a longer paragraph is the story's."""
MORE_LIST_HEAD = 3
"""How many lines under the heading must be such short items (a bio or a footer may follow the list)."""


def more_stories(lines: Sequence[Line], i: int, last: int) -> bool:
    """Whether line ``i`` heads the site's list of other stories that runs to the region's end ``last``.

    The heading says "more"/"other" and "stories" in a few words (``_MORE_STORIES``); the first
    ``MORE_LIST_HEAD`` lines under it are short (``MORE_LIST_MAX_WORDS``), as a roundup's own
    subheading has a paragraph under it.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("More Great Science Stories\\nThe strange life of a bridge keeper\\nWhy ferries are back")
    >>> more_stories(ls, 0, 2), more_stories(ls, 1, 2)
    (True, False)
    """
    line = lines[i]
    if not 0 < line.words <= BOX_OPENER_MAX_WORDS or line.terminal or _MORE_STORIES.match(line.text) is None:
        return False
    under = [k for k in range(i + 1, last + 1) if lines[k].text][:MORE_LIST_HEAD]
    return bool(under) and all(lines[k].words <= MORE_LIST_MAX_WORDS for k in under)


def _signs_off(line: Line) -> bool:
    """A short line holding a sign-off phrase, or a box heading: the story is over."""
    return (
        (line.words <= ACTION_MAX_WORDS and SIGN_OFF.search(line.text) is not None)
        or box_opener(line)
        or credit_line(line)
        or tag_line(line)
    )


# Notices a site prints above or under every story: a reprint notice ("This copy is for your personal,
# non-commercial use only") and a warning to readers on an old browser. Prose, but never the story's.
_NOTICE = gated_phrases(
    [
        "non-commercial use only",
        "presentation-ready copies",
        "modern browser",
        "outdated browser",
        "update your browser",
        "upgrade your browser",
        "unsupported browser",
        "browser is not supported",
        "veralteten browser",
        "browser ist veraltet",
        "navegador desactualizado",
        "navegador obsoleto",
        "navigateur obsolète",
        "browser obsoleto",
        "verouderde browser",
        "przestarzałej przeglądarki",
    ]
)


BLURB_MIN_CALLS = 2
"""Distinct calls to action in one longer line that make it a newsletter or subscription blurb."""


def _calls(text: str) -> int:
    """How many distinct call-to-action phrases the line holds ("sign up", "newsletter", ...)."""
    return len({m.casefold() for m in PROMO_PHRASE.findall(text)})


def tail_mark(line: Line, decision: Decision) -> bool:
    """Whether a line reads as part of a site's sign-off rather than the story.

    >>> from newsclean.lines import split_lines
    >>> from newsclean.pipeline import Pipeline
    >>> from newsclean.classifiers.base import PageContext
    >>> ls = split_lines("No spam, we promise. You can unsubscribe at any time.\\nThe bridge reopened on Monday.")
    >>> [tail_mark(ln, d) for ln, d in zip(ls, Pipeline.default().run(ls, PageContext()))]
    [True, False]
    """
    if decision.label in (Label.PROMO, Label.NAVIGATION):
        return True
    text = line.text
    # an address or a handle marks a sign-off line; in a whole paragraph of prose a handle is a name
    # the story mentions ("... buildings including @1377 Apartments.")
    contact = _CONTACT.search(text) if "@" in text else None
    if contact is not None and (line.words <= ACTION_MAX_WORDS or "." in contact.group()):
        return True
    if SIGN_OFF.search(text) or credit_line(line) or tag_line(line):
        return True
    # the general call-to-action words ("teilen", "share") are also plain verbs of a story's prose
    if line.words <= ACTION_MAX_WORDS and (PROMO_PHRASE.search(text) or CONSENT.search(text)):
        return True
    # "... Sign up for The Daily to get the free newsletter": two calls in one line are a box's blurb
    if line.words <= TAIL_LINE_MAX_WORDS and (_calls(text) >= BLURB_MIN_CALLS or _NOTICE.search(text)):
        return True
    # "Follow us on Telegram, Instagram and Facebook for ...": a short line naming several networks
    if line.words <= ACTION_MAX_WORDS and len(SOCIAL.findall(text)) >= SOCIAL_MIN_NAMES:
        return True
    return line.words <= 6 and PROMO_HEADING.search(text) is not None


def trim_tail(
    lines: Sequence[Line], decisions: Sequence[Decision], out: Sequence[Revised], first: int, last: int
) -> int:
    """The region's new last index once a sign-off tail is cut (``last`` itself when there is none).

    The region must end on a marked line. Among its last ``TAIL_MAX_LINES`` non-blank
    lines, each at most ``TAIL_LINE_MAX_WORDS`` words long, the earliest marked line
    starts the cut; the cut keeps at least three quarters of the region's words.
    """
    cut = _edge_cut(lines, decisions, out, range(last, first, -1))
    return _end_before(lines, out, first, last, cut)


def sign_off_cut(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int) -> int:
    """The region's new last index when a sign-off phrase opens its last part (``last`` when none does).

    :func:`trim_tail` needs the region to end on a marked line; a site's box under the story
    often goes on with lines no phrase marks (a newsletter's blurb, a legal notice, teasers):
    "Was this article helpful?" / "Get our newsletter" / "Sent every Friday." The phrases of
    ``SIGN_OFF`` say the story is over, and so does the heading of a box of links or contacts
    (:func:`box_opener`), so the earliest short line holding one among the
    region's last ``SIGN_OFF_REACH`` lines starts the cut, when what it cuts is at most
    ``TAIL_MAX_SHARE`` of the region's words.
    """
    marked: list[int] = []
    seen = 0
    for k in range(last, first, -1):
        line = lines[k]
        if not line.text:
            continue
        seen += 1
        if seen > SIGN_OFF_REACH:
            break
        if _signs_off(line) or more_stories(lines, k, last):
            marked.append(_sign_off_run(lines, first, k))
    # the earliest phrase whose cut is not too large: a see-also line between the story's last
    # paragraphs ("Mehr zum Thema: ...") must not keep the box under the story from being cut
    for cut in sorted(set(marked)):
        if not _too_much(lines, out, first, last, range(cut, last + 1)):
            return _end_before(lines, out, first, last, cut)
    return last


def _sign_off_run(lines: Sequence[Line], first: int, cut: int) -> int:
    """The first line of the run of short sign-off lines that ends at ``cut``.

    A box under the story may print more prompts than ``SIGN_OFF_REACH`` lines hold ("Share
    this article?" / "Was this article helpful?" / a rating / a newsletter form): the phrase
    nearest the region's end is found first, and the marked lines right above it go with it.
    """
    k = nearest(lines, cut, -1, lo=first + 1)
    # an update stamp right above the box goes with it; alone it starts no cut, as the page's
    # own date lines may close the article's part of the page
    while k is not None and (_signs_off(lines[k]) or update_stamp(lines[k])):
        cut = k
        k = nearest(lines, cut, -1, lo=first + 1)
    return cut


def _end_before(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int, cut: int | None) -> int:
    """The last body line above ``cut``: the region's new end (``last`` when there is no cut or it takes too much)."""
    if cut is None or _too_much(lines, out, first, last, range(cut, last + 1)):
        return last
    k = cut - 1
    while k > first and (not lines[k].text or out[k].label is not Label.BODY):
        k -= 1
    return k


def trim_head(
    lines: Sequence[Line], decisions: Sequence[Decision], out: Sequence[Revised], first: int, last: int
) -> int:
    """The region's new first index once a box above the story is cut (``first`` when there is none).

    The mirror of :func:`trim_tail`: a support or subscription appeal printed above the
    article ("If you liked this article, support us") opens the region on a marked line.
    """
    cut = _edge_cut(lines, decisions, out, range(first, last))
    if cut is None or _too_much(lines, out, first, last, range(first, cut + 1)):
        return first
    k = cut + 1
    while k < last and (not lines[k].text or out[k].label is not Label.BODY):
        k += 1
    return k


def _edge_cut(lines: Sequence[Line], decisions: Sequence[Decision], out: Sequence[Revised], walk: range) -> int | None:
    """The farthest marked line of a region's edge, walking in from the edge; None unless the edge line is marked."""
    window: list[int] = []
    for k in walk:
        line = lines[k]
        # a text browser's image marker holds no place in the tail: other dumps leave images out
        if not line.text or image_markers([line])[0]:
            continue
        if line.words > TAIL_LINE_MAX_WORDS and out[k].label is Label.BODY:
            break
        window.append(k)
        if len(window) >= TAIL_MAX_LINES:
            break
    if not window or not tail_mark(lines[window[0]], decisions[window[0]]):
        return None
    return [i for i in window if tail_mark(lines[i], decisions[i])][-1]


def _too_much(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int, cut: range) -> bool:
    """Whether cutting ``cut`` would take more than ``TAIL_MAX_SHARE`` of the region's body words."""
    total = sum(lines[i].words for i in range(first, last + 1) if out[i].label is Label.BODY)
    dropped = sum(lines[i].words for i in cut if out[i].label is Label.BODY)
    return total == 0 or dropped > TAIL_MAX_SHARE * total


# The heading of a block of frequently asked questions ("FAQ", "Häufige Fragen zu ...") that sites
# append under a guide or a story for search engines: each question is a line of its own and its
# answer the paragraph under it, restating what the article said.
FAQ_HEADING = gated_phrases(
    [
        "faq",
        "faqs",
        "faq's",
        "frequently asked questions",
        "häufig gestellte fragen",
        "häufige fragen",
        "oft gestellte fragen",
        "preguntas frecuentes",
        "questions fréquentes",
        "foire aux questions",
        "domande frequenti",
        "perguntas frequentes",
        "veelgestelde vragen",
        "veel gestelde vragen",
        "najczęściej zadawane pytania",
        "często zadawane pytania",
        "často kladené otázky",
        "gyakran ismételt kérdések",
        "sık sorulan sorular",
        "vanliga frågor",
        "ofte stillede spørgsmål",
        "ofte stilte spørsmål",
        "usein kysytyt kysymykset",
        "întrebări frecvente",
        "часто задаваемые вопросы",
        "часті запитання",
        "συχνές ερωτήσεις",
        "pertanyaan yang sering diajukan",
        "câu hỏi thường gặp",
        "अक्सर पूछे जाने वाले प्रश्न",
        "الأسئلة الشائعة",
        "الأسئلة المتكررة",
        "よくある質問",
        "常见问题",
        "常見問題",
        "자주 묻는 질문",
        "คำถามที่พบบ่อย",
    ],
    anchored=True,
)
QUESTION_MARKS = ("?", "\uff1f", "\u061f", "\u037e")
"""What ends a question: the ASCII, full-width, Arabic and Greek question marks."""
FAQ_HEADING_MAX_WORDS = 8
"""An FAQ block's heading is short ("Häufige Fragen zur Vorsatzschalung")."""
FAQ_MAX_SHARE = 0.4
"""An FAQ block under the article takes at most this share of the region's body words."""


def faq_tail(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int) -> int:
    """The region's new last index once a block of frequently asked questions closing it is cut.

    The block opens with an FAQ heading that ends no sentence, and a question (a line ending
    in one of :data:`QUESTION_MARKS`) comes right under it. The earliest such heading whose cut keeps at least
    ``1 - FAQ_MAX_SHARE`` of the region's body words starts the cut; ``last`` when there is none.

    >>> from newsclean.lines import split_lines
    >>> story = "The council met on Monday and voted on the new budget for the year."
    >>> ls = split_lines("\\n".join([story] * 4 + ["FAQ", "Is the budget final?", "Yes, it is."]))
    >>> faq_tail(ls, [Revised(Label.BODY, 1.0, "t", "")] * len(ls), 0, len(ls) - 1)
    3
    """
    total = sum(lines[i].words for i in range(first, last + 1) if out[i].label is Label.BODY)
    for i in range(first + 1, last + 1):
        line = lines[i]
        if not line.text or line.terminal or line.words > FAQ_HEADING_MAX_WORDS or not FAQ_HEADING.search(line.text):
            continue
        k = nearest(lines, i, 1, hi=last)
        if k is None or not lines[k].text.rstrip().endswith(QUESTION_MARKS):
            continue
        dropped = sum(lines[j].words for j in range(i, last + 1) if out[j].label is Label.BODY)
        if total and dropped <= FAQ_MAX_SHARE * total:
            return _body_above(lines, out, first, i)
    return last


def author_box(
    lines: Sequence[Line], decisions: Sequence[Decision], out: Sequence[Revised], first: int, last: int
) -> int:
    """The region's new last index once an author's bio box at its end is cut (``last`` when there is none).

    The box opens with an "About the author" heading, or with the author's name on a line
    of its own that the next paragraph begins with ("Jane Doe" / "Jane Doe is a reporter
    who ..."). It sits in the region's last part: the cut takes at most
    ``AUTHOR_BOX_MAX_SHARE`` of its body words.
    """
    total = sum(lines[i].words for i in range(first, last + 1) if out[i].label is Label.BODY)
    names = _byline_names(lines, decisions, last)
    rest = total  # body words from line i to the region's end
    for i in range(first, last + 1):
        short_tail = rest <= AUTHOR_BOX_MAX_SHARE * total
        if (
            i > first
            and short_tail
            and 0 < lines[i].words <= 6
            and (_opens_author_box(lines, decisions, i, last) or _names_the_author(lines, names, i, last))
        ):
            k = i - 1
            while k > first and (not lines[k].text or out[k].label is not Label.BODY):
                k -= 1
            return k
        if out[i].label is Label.BODY:
            rest -= lines[i].words
    end = _author_bio(lines, out, first, last, names=names, total=total)
    if end == last:
        end = _bio_paragraph(lines, out, first, last, total=total)
    return end if end != last else company_profile(lines, out, first, last, total=total)


def _bio_paragraph(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int, *, total: int) -> int:
    """The region's new last index once a paragraph introducing a writer by name and trade is cut.

    "Jane Doe is a staff writer at ... covering ...": among the region's last
    ``AUTHOR_BOX_MAX_SHARE`` of body words, the earliest such paragraph starts the cut.
    """
    cut: int | None = None
    for i in _tail_body(lines, out, first, last, total=total):
        if _bio_opening(lines[i]):
            cut = i
    return last if cut is None else _body_above(lines, out, first, cut)


def _bio_opening(line: Line) -> bool:
    """A paragraph that introduces a writer: by name and trade with a verb, or as a short verbless sentence."""
    text = line.text
    if line.words >= BIO_MIN_WORDS and _BIO_GATE.match(text) and _BIO_SHAPE.match(text):
        return True
    return line.terminal and line.words <= BIO_APPOSITIVE_MAX_WORDS and _BIO_APPOSITIVE.match(text) is not None


def company_profile(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int, *, total: int) -> int:
    """The region's new last index once a company's profile closing a press release is cut.

    Among the region's last ``AUTHOR_BOX_MAX_SHARE`` of ``total`` body words, the earliest
    paragraph that opens a company's profile ("Acme is a global provider of ...") starts the
    cut, when the profile's facts (its headquarters, staff, listing or founding year) are in
    that paragraph or the next one: a story's own last paragraph rarely names both.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("The hospital will use the system from May on all its wards, the two firms said today.\\n"
    ...                  "Acme is a global provider of alarm systems. Acme employs around 900 people.")
    >>> out = [Revised(Label.BODY, 1.0, "t", "prose")] * len(ls)
    >>> company_profile(ls, out, 0, 1, total=60)
    0

    .. versionadded:: 0.1.0
    """
    tail = list(_tail_body(lines, out, first, last, total=total))  # from the region's end up
    cut: int | None = None
    for n, i in enumerate(tail):
        text = lines[i].text
        if lines[i].words < BIO_MIN_WORDS or not _PROFILE_OPENING.match(text):
            continue
        after = tail[n - 1] if n > 0 else None  # the next body paragraph down
        if _PROFILE_FACT.search(text) or (after is not None and _PROFILE_FACT.search(lines[after].text)):
            cut = i
    return last if cut is None else _body_above(lines, out, first, cut)


def _author_bio(
    lines: Sequence[Line], out: Sequence[Revised], first: int, last: int, *, names: list[tuple[int, str]], total: int
) -> int:
    """The region's new last index once a bio paragraph that opens with the byline's name is cut.

    "By Jane Doe" above the story and "Jane Doe is a professor of law at ..." (or "Jane
    is the co-founder of ...") as its last paragraph: the story does not open a paragraph
    with its own author's name, the bio box under it does.
    """
    if not names:
        return last
    for i in _tail_body(lines, out, first, last, total=total):
        if lines[i].words >= BIO_MIN_WORDS and any(_opens_with_name(lines[i].text, name) for _, name in names):
            return _body_above(lines, out, first, i)
    return last


def _tail_body(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int, *, total: int) -> Iterator[int]:
    """The region's body lines from ``last`` up, within its last ``AUTHOR_BOX_MAX_SHARE`` of ``total`` body words."""
    rest = 0  # body words from line i to the region's end, walking back
    for i in range(last, first, -1):
        if out[i].label is not Label.BODY:
            continue
        rest += lines[i].words
        if rest > AUTHOR_BOX_MAX_SHARE * total:
            return
        yield i


def _body_above(lines: Sequence[Line], out: Sequence[Revised], first: int, i: int) -> int:
    """The nearest body line above line ``i`` (``first`` at the least): the region's last once ``i`` on is cut."""
    k = i - 1
    while k > first and (not lines[k].text or out[k].label is not Label.BODY):
        k -= 1
    return k


def _byline_names(lines: Sequence[Line], decisions: Sequence[Decision], last: int) -> list[tuple[int, str]]:
    """The author names of the page's first few clear byline lines above ``last``, with their line index."""
    names: list[tuple[int, str]] = []
    seen = 0
    for i in range(last):
        if decisions[i].vote(Label.BYLINE) < BIO_BYLINE_SCORE:
            continue
        seen += 1
        if seen > BIO_MAX_BYLINES:
            break
        parsed = parse_byline(lines[i].text)
        if parsed is not None:
            names.extend((i, a) for a in parsed.authors if len(a.split()) >= 2)
    return names


def _opens_with_name(text: str, name: str) -> bool:
    """Whether a paragraph opens with the full name, or with its first name and then a lower-case word.

    >>> _opens_with_name("Jake is the co-founder of a consultancy.", "Jake Goulding")
    True
    >>> _opens_with_name("Jake Goulding wrote this.", "JAKE GOULDING")
    True
    >>> _opens_with_name("Jakeline said so.", "Jake Goulding")
    False
    """
    folded = text.casefold()
    full = name.casefold()
    if folded.startswith(full) and not folded[len(full) : len(full) + 1].isalnum():
        return True
    given = full.split()[0]
    rest = text[len(given) :]
    return (
        len(given) >= 3
        and folded.startswith(given)
        and rest[:1] == " "
        and rest[1:2].islower()
    )


def _names_the_author(lines: Sequence[Line], names: list[tuple[int, str]], i: int, last: int) -> bool:
    """A line of only the name of the byline above it, with a paragraph under it: the author's bio box."""
    name = lines[i].text.strip(" .:|-–—").casefold()
    if not any(k < i - 1 and name == author.casefold() for k, author in names):
        return False
    k = nearest(lines, i, 1, hi=last)
    return k is not None and lines[k].words >= BIO_MIN_WORDS




def _opens_author_box(lines: Sequence[Line], decisions: Sequence[Decision], i: int, last: int) -> bool:
    text = lines[i].text
    if AUTHOR_BOX.search(text) and len(text) <= 40:
        return True
    if _ABOUT_NAME.match(text.strip()) and nearest(lines, i, 1, hi=last) is not None:
        return True
    if _BOX_HEADING.match(text) and len(text) <= 40 and _paragraph_under(lines, i, last):
        return True
    one = _ABOUT_ONE.match(text.strip())
    if one is not None and _paragraph_under(lines, i, last) and _named_again(lines, i, one.group(1)):
        return True
    if decisions[i].vote(Label.BYLINE) <= 0:
        return False
    name = text.strip(" .:|-–—")
    k = i + 1
    while k <= last and not lines[k].text:
        k += 1
    # "Jane Doe" / "Jane Doe is a reporter ..." or "Jane joined the paper in 2017 ..."
    return k <= last and len(name) >= 4 and lines[k].words >= 8 and _opens_with_own_name(lines[k].text, name)


def _opens_with_own_name(text: str, name: str) -> bool:
    """Whether a paragraph opens with the name as written, or with its first name and then a verb.

    The first-name form must not go on with the rest of the name in lower case: a heading the
    byline classifier liked ("List Comprehensions") over "List comprehensions are ..." is no bio.

    >>> _opens_with_own_name("Jane joined the paper in 2017.", "Jane Doe")
    True
    >>> _opens_with_own_name("List comprehensions are fast.", "List Comprehensions")
    False
    """
    if text.startswith(name):
        return True
    parts = name.split()
    if len(parts) < 2 or not text.startswith(parts[0] + " "):  # a first name and a surname at least
        return False
    after = text[len(parts[0]) + 1 :].split(" ", 1)[0]
    return after[:1].islower() and after.casefold() != parts[1].casefold()


def _paragraph_under(lines: Sequence[Line], i: int, last: int) -> bool:
    """Whether a paragraph (``BIO_MIN_WORDS`` words or more) starts within ``BOX_HEADING_REACH`` lines under ``i``."""
    k: int | None = i
    for _ in range(BOX_HEADING_REACH):
        k = nearest(lines, k, 1, hi=last) if k is not None else None
        if k is None:
            return False
        if lines[k].words >= BIO_MIN_WORDS:
            return True
    return False


def _named_again(lines: Sequence[Line], i: int, name: str) -> bool:
    """Whether an "About <name>" heading's name at line ``i`` recurs as a word in ``ABOUT_ONE_REACH`` blocks under it.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("About Mirela\\nI love tea and long walks by the sea every day.\\nView all posts by Mirela")
    >>> _named_again(ls, 0, "Mirela"), _named_again(ls, 0, "Berlin")
    (True, False)
    """
    want = name.strip(_NAME_EDGE)
    k: int | None = i
    blocks = 0
    while blocks < ABOUT_ONE_REACH:
        k = nearest(lines, k, 1) if k is not None else None
        if k is None:
            return False
        if lines[k].blank_before:  # a wrapped paragraph's lines are one block: its next line reaches no further
            blocks += 1
        if any(w.strip(_NAME_EDGE) == want for w in _NAME_WORD.findall(lines[k].text)):
            return True
    return False
