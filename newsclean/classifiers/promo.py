"""Promo: teasers of other stories, "Trending"/"Related" blocks, share bars, newsletter boxes.

Signals:

* a short heading that opens a promo block ("TRENDING", "Related", "Lesen Sie auch"), and the
  headline-like lines that follow it;
* calls to action ("Subscribe", "Sign up for our newsletter", "Share this");
* share bars: several social network names on one short line;
* repeated headline-like lines (teaser lists often print each title twice);
* HTML: ``related``/``share``/``promo``/``newsletter``/``ad``/``sidebar`` hints.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean.classifiers._util import hint_in, short_title_like, ubiquitous_hints
from newsclean.classifiers.base import PageContext, Vote
from newsclean.classifiers.lexicon import PROMO_HEADING, PROMO_PHRASE, SOCIAL, any_gate, gate_fold, gated_phrases
from newsclean.classifiers.navigation import NAV_HINTS, menu_entry
from newsclean.labels import Label
from newsclean.lines import Line

__all__ = ["Promo"]

# "... [VIDEO]", "... [ INSIGHT]": a bracketed media tag closing a link's title marks a teaser.
_TEASER_TAG = regex.compile(r"\w+\W+\w+\W+\w+.*\[\s*\p{Lu}{3,}(?:\s\p{Lu}{3,})?\s*\]\W{0,3}$")

# More headings over lists of a site's other posts, beyond the shared ones: blog software's
# "Recent posts" and "Previous post" widgets, press-release archives, and "related" headings in
# languages the shared list lacks.
_MORE_HEADING = gated_phrases(
    [
        "recent posts",
        "latest posts",
        "recent articles",
        "previous post",
        "next post",
        "older posts",
        "newer posts",
        "more articles",
        "more posts",
        "more videos",
        "more stories",
        "neueste beiträge",
        "neue beiträge",
        "letzte beiträge",
        "aktuelle beiträge",
        "neueste artikel",
        "vorheriger beitrag",
        "nächster beitrag",
        "ältere beiträge",
        "neuere beiträge",
        "mehr artikel",
        "mehr beiträge",
        "weitere artikel",
        "weitere beiträge",
        "weitere meldungen",
        "weitere pressemitteilungen",
        "weitere news",
        "entradas recientes",
        "artículos recientes",
        "artigos relacionados",
        "posts relacionados",
        "articles récents",
        "derniers articles",
        "articles liés",
        "articoli recenti",
        "ultimi articoli",
        "recente berichten",
        "gerelateerde berichten",
        "ostatnie wpisy",
        "najnowsze wpisy",
        "podobne artykuły",
        "mohlo by vás zajímat",
        "ezek is érdekelhetnek",
        "kapcsolódó cikkek",
        "ilgili haberler",
        "bunlar da ilginizi çekebilir",
        "relaterade artiklar",
        "relaterede artikler",
        "relaterte artikler",
        "articole similare",
        "citește și",
        "povezani članci",
        "pročitajte još",
        "похожие статьи",
        "другие новости",
    ]
)

# "Lesen Sie auch: <a headline>", "Dowiedz się więcej: ...", "Mire: ...": a see-also label and a colon
# open a link to another story printed between the article's paragraphs. The label is matched at
# the line's start only, then a colon (or a dash or guillemet) and the teaser's title.
_SEE_ALSO = gated_phrases(
    [
        "read more",
        "read also",
        "also read",
        "see also",
        "related",
        "watch",
        "lesen sie auch",
        "lesen sie mehr",
        "lesen sie hier",
        "auch interessant",
        "siehe auch",
        "mehr zum thema",
        "zum thema",
        "lesetipp",
        "passend dazu",
        "mehr",
        "mire",
        "mira",
        "mira también",
        "checa",
        "no te pierdas",
        "te recomendamos",
        "también te puede interesar",
        "lies auch",
        "leggi",
        "confira",
        "lea también",
        "lee también",
        "lea más",
        "leer más",
        "ver también",
        "vea también",
        "te puede interesar",
        "le puede interesar",
        "relacionado",
        "relacionada",
        "leia também",
        "leia mais",
        "veja também",
        "saiba mais",
        "lire aussi",
        "à lire aussi",
        "lire également",
        "voir aussi",
        "à voir aussi",
        "leggi anche",
        "vedi anche",
        "lees ook",
        "lees meer",
        "zie ook",
        "czytaj też",
        "czytaj także",
        "czytaj więcej",
        "zobacz też",
        "zobacz także",
        "przeczytaj też",
        "przeczytaj także",
        "dowiedz się więcej",
        "čtěte také",
        "čtěte též",
        "olvassa el",
        "ayrıca okuyun",
        "читайте также",
        "смотрите также",
        "läs också",
        "læs også",
        "les også",
        "citește și",
    ],
    anchored=True,
)
_SEE_ALSO_COLON = regex.compile(r"^\W*[^\W\d][^:»>|–—]{1,30}?\s*[:»>|–—]\s*\S")
SEE_ALSO_MIN_WORDS = 4
"""A see-also teaser names a story: the label and a title of a few words at least."""
SEE_ALSO_REASON = "see-also label opens a teaser"
"""The promo vote's reason on a see-also teaser, which the context pass reads as an inset, not a wall."""

# The placeholder a site prints for an embedded post until the reader consents: "Empfohlener
# redaktioneller Inhalt" / "An dieser Stelle findet Ihr einen externen Inhalt von Instagram ..." /
# "Inhalt laden". Between the article's paragraphs it reads as prose; it is never the story.
_EMBED_PLACEHOLDER = gated_phrases(
    [
        "external content",
        "third-party content",
        "load content",
        "click to load",
        "empfohlener redaktioneller inhalt",
        "externer inhalt",
        "externen inhalt",
        "externe inhalte",
        "inhalt laden",
        "inhalte laden",
        "inhalt entsperren",
        "wir respektieren deine privatsphäre",
        "wir respektieren ihre privatsphäre",
        "contenido externo",
        "cargar contenido",
        "contenu externe",
        "charger le contenu",
        "contenuto esterno",
        "carica contenuto",
        "externe inhoud",
        "inhoud laden",
        "treść zewnętrzna",
        "treści zewnętrzne",
        "załaduj treść",
        "conteúdo externo",
        "carregar conteúdo",
    ]
)
# the words of every list a line's own vote tries (see Promo._own)
_OWN_GATE = any_gate(_EMBED_PLACEHOLDER, _SEE_ALSO, PROMO_HEADING, _MORE_HEADING, PROMO_PHRASE, SOCIAL)
EMBED_PLACEHOLDER_MAX_WORDS = 30
"""An embed's placeholder is a heading or a sentence or two; a longer line quoting the words is prose."""

# Boxes a site prints around every article in words that read as prose, so the body's prose score
# would keep them: a rating prompt ("Was this article helpful?"), a share prompt ("Möchten Sie den
# Artikel teilen?"), a newsletter's pitch and an affiliate disclosure ("We may earn a commission ...").
# The phrases name the article, the reader or the site's income, never a story's events.
_SITE_BOX = gated_phrases(
    [
        # rating prompts
        "was this article helpful",
        "was this article useful",
        "was this page helpful",
        "was this helpful",
        "did you find this article helpful",
        "did you find this helpful",
        "did you like this article",
        "war der artikel nützlich",
        "war dieser artikel nützlich",
        "war der artikel hilfreich",
        "war dieser artikel hilfreich",
        "war der beitrag hilfreich",
        "war dieser beitrag hilfreich",
        "war diese seite hilfreich",
        "hat ihnen der artikel gefallen",
        "hat ihnen dieser artikel gefallen",
        "hat dir der artikel gefallen",
        "hat dir dieser artikel gefallen",
        "gefällt dir dieser beitrag",
        "gefällt dir dieser artikel",
        "gefällt ihnen dieser beitrag",
        "gefällt ihnen dieser artikel",
        "did you enjoy this article",
        "te gustó este artículo",
        "vous avez aimé cet article",
        "ti è piaciuto questo articolo",
        "podobał ci się ten artykuł",
        "te ha resultado útil",
        "te resultó útil",
        "te ha sido útil",
        "le ha resultado útil",
        "fue útil este artículo",
        "cet article vous a-t-il été utile",
        "cet article vous a été utile",
        "questo articolo ti è stato utile",
        "questo articolo è stato utile",
        "was dit artikel nuttig",
        "vond je dit artikel nuttig",
        "czy ten artykuł był pomocny",
        "czy ten artykuł był przydatny",
        "este artigo foi útil",
        "esse artigo foi útil",
        "byl pro vás tento článek užitečný",
        "была ли эта статья полезной",
        "var denne artikel nyttig",
        "var denna artikel till hjälp",
        # share prompts
        "share this article",
        "share this story",
        "share this post",
        "den artikel teilen",
        "diesen artikel teilen",
        "diesen beitrag teilen",
        "den beitrag teilen",
        "comparte este artículo",
        "compartir este artículo",
        "comparte esta nota",
        "partagez cet article",
        "partager cet article",
        "condividi questo articolo",
        "deel dit artikel",
        "udostępnij ten artykuł",
        "compartilhe este artigo",
        "compartilhar este artigo",
        "sdílejte článek",
        "поделитесь статьей",
        # an appeal to a reader who liked the article
        "if you enjoyed this article",
        "if you liked this article",
        "if you value this article",
        "wenn ihnen unser artikel gefallen hat",
        "wenn ihnen der artikel gefallen hat",
        "wenn ihnen dieser artikel gefallen hat",
        "wenn dir der artikel gefallen hat",
        "wenn dir dieser artikel gefallen hat",
        "wenn dir unser artikel gefallen hat",
        "si te ha gustado este artículo",
        "si te gustó este artículo",
        "si vous avez aimé cet article",
        "se ti è piaciuto questo articolo",
        "als je dit artikel leuk vond",
        "jeśli podobał ci się ten artykuł",
        "se gostou deste artigo",
        # a call for the readers' letters
        "submit your letter",
        "submit a letter to the editor",
        "schreiben sie uns einen leserbrief",
        "leserbrief schreiben",
        # a comment section's disclaimer
        "not responsible for the opinions",
        "responses below are not provided",
        # a newsletter's pitch
        "wir informieren sie regelmäßig",
        "informieren wir sie regelmäßig",
        "wir halten sie regelmäßig",
        "erhalten sie exklusive angebote",
        "receive exclusive offers",
        # affiliate disclosures
        "we may receive compensation",
        "we may receive a commission",
        "we may earn a commission",
        "we may earn commission",
        "we may earn a small commission",
        "we may earn an affiliate commission",
        "we earn a commission",
        "advertisers do not influence",
        "contains affiliate links",
        "enthält affiliate-links",
        "sogenannte affiliate-links",
        "erhalten wir eine provision",
        "erhalten wir eine kleine provision",
        "podemos recibir una comisión",
        "enlaces de afiliados",
        "enlaces de afiliado",
        "liens d'affiliation",
        "liens affiliés",
        "link di affiliazione",
        "link affiliati",
        "linki afiliacyjne",
        "links de afiliados",
        "affiliate links",
        "partner-links",
        "partnerlinks",
        # a form's consent box: the reader has read the privacy policy, agrees to the use of their data
        "ich habe die datenschutzerklärung gelesen",
        "ich habe die datenschutzbestimmungen gelesen",
        "ich habe die datenschutzhinweise",
        "verarbeitung meiner daten",
        "verarbeitung meiner personenbezogenen",
        "i have read the privacy policy",
        "i have read and agree",
        "i have read and accept",
        "processing of my personal data",
        "he leído y acepto",
        "he leído la política de privacidad",
        "tratamiento de mis datos",
        "j'ai lu et j'accepte",
        "j'ai lu et accepte",
        "j’ai lu et j’accepte",
        "j’ai lu et accepte",
        "traitement de mes données",
        "ho letto e accetto",
        "ho letto l'informativa",
        "ho letto l’informativa",
        "trattamento dei miei dati",
        "ik heb de privacyverklaring",
        "verwerking van mijn persoonsgegevens",
        "zapoznałem się z polityką prywatności",
        "zapoznałam się z polityką prywatności",
        "akceptuję politykę prywatności",
        "przetwarzanie moich danych",
        "li e aceito",
        # a health page's review note and disclaimer
        "von medizinern geprüft",
        "medizinisch geprüft",
        "ärztlich geprüft",
        "ersetzt keine ärztliche",
        "ersetzen keine ärztliche",
        "ersetzt nicht den arztbesuch",
        "medically reviewed by",
        "not a substitute for professional medical advice",
        "does not constitute medical advice",
        "no sustituye la consulta médica",
        "no sustituye el consejo médico",
        "ne remplace pas une consultation médicale",
        "ne remplace pas un avis médical",
        "non sostituisce il parere del medico",
        "nie zastępuje porady lekarskiej",
        "vervangt geen medisch advies",
        # a note on what kind of post this is, or whose opinion it holds
        "bei diesem beitrag handelt es sich um",
        "gibt die meinung des autors wieder",
        "geben die meinung des autors wieder",
        "nicht die meinung der redaktion",
        "the views expressed in this",
        "views expressed by the author",
        "do not necessarily reflect the views",
        "does not necessarily reflect the views",
        "no reflejan necesariamente",
        "no necesariamente reflejan",
        "ne reflètent pas nécessairement",
        "non riflettono necessariamente",
        "niekoniecznie odzwierciedlają",
        "weerspiegelen niet noodzakelijk",
        # an appeal for the readers' money
        "support our journalism",
        "support independent journalism",
        "unterstützen sie unseren journalismus",
        "unterstütze unseren journalismus",
        "unterstützen sie unabhängigen journalismus",
        "apoya nuestro periodismo",
        "apoya el periodismo independiente",
        "soutenez notre journalisme",
        "soutenez le journalisme indépendant",
        "sostieni il nostro giornalismo",
        "wesprzyj nasze dziennikarstwo",
        "steun onze journalistiek",
    ],
    every_word=True,
)
SITE_BOX_MAX_WORDS = 45
"""A site's box is a heading or a sentence or three; a longer line quoting the words is the story's prose."""
SHARE_BAR_MAX_WORDS = 12
"""A share bar names a few networks; a longer line naming two is prose."""

# A material-design icon's ligature name ("filter_none", "arrow_forward") that a text dump prints
# before the heading it decorates; the heading is read without it.
_ICON_NAME = regex.compile(r"^[a-z]+(?:_[a-z]+)+\s+(?=\S)")

# "More videos ...", "Weitere Artikel…": dots that point on to a list end a heading, not a sentence.
_TRAILING_DOTS = regex.compile(r"(?:\.\.\.|…)\s*$")

_PROMO_HINTS = frozenset({"related", "share", "promo", "newsletter", "ad", "social", "sidebar", "recommend"})


@dataclass(frozen=True, slots=True)
class Promo:
    """Votes ``PROMO`` on teasers and calls to action.

    >>> from newsclean.lines import split_lines
    >>> votes = Promo().classify(split_lines("TRENDING\\nA Story About Something Else"), PageContext())
    >>> [v.label.name for v in votes]
    ['PROMO', 'PROMO']

    .. versionadded:: 0.1.0
    """

    name: str = "promo"
    """Registry name."""
    heading_max_words: int = 6
    """A promo heading is at most this many words ("You may also like" is 5); one that opens with
    the promo phrase ("Related coverage from ...") may be twice as long."""
    action_max_words: int = 14
    """Calls to action count only on lines up to this long; prose may mention "subscribe"."""
    social_min_hits: int = 2
    """Social network names needed on one line for a share bar."""
    teaser_max_words: int = 25
    """Teaser titles after a promo heading are at most this many words."""
    summary_max_words: int = 60
    """A teaser's summary under its title is at most this long; longer prose ends a promo block."""
    block_span: int = 40
    """How many lines after a promo heading may still be its teasers."""

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        """Vote on each line."""
        votes: list[Vote | None] = [None] * len(lines)
        block_until = -1
        ignore = ubiquitous_hints(lines)
        after_title = False  # the previous non-blank line in the block was a teaser title
        # A line's own vote depends on its text alone when it has no markup (its features and
        # repeat count follow from the text): pages repeat lines, so each text is judged once.
        own: dict[str, Vote | None] = {}
        short_words = self._short_words()
        for i, line in enumerate(lines):
            if not line.text:
                continue
            if line.markup is not None:
                vote = self._own(line, ignore, short_words)
            elif line.text in own:
                vote = own[line.text]
            else:
                vote = own[line.text] = self._own(line, ignore, short_words)
            if vote is not None and vote.reason.startswith("promo heading") and (
                _in_menu(lines, i) or hint_in(line, NAV_HINTS, ignore)
            ):
                # "News / Opinion / Sport", "Opinion / News / Sport": one item of a menu, as the page's HTML
                # says by putting it in its <nav> (whose items stand in a row with no blank line between)
                continue
            if vote is not None:
                votes[i] = vote
                if vote.reason.startswith("promo heading"):
                    block_until = i + self.block_span
                    after_title = False
                continue
            if i > block_until:
                continue
            if line.words <= self.teaser_max_words and (not line.terminal or line.words <= 4):
                votes[i] = Vote(Label.PROMO, 0.5, "teaser under a promo heading")
                after_title = True
            elif after_title and line.words <= self.summary_max_words:
                # a teaser's one-paragraph summary under its title: the block goes on
                votes[i] = Vote(Label.PROMO, 0.45, "teaser summary under a promo heading")
                after_title = False
            else:
                block_until = -1  # prose that no title introduces: the promo block has ended
        return votes

    def _short_words(self) -> int:
        """The most words a line may have for any test of :meth:`_own` but the site box's to read it.

        >>> Promo()._short_words(), Promo(teaser_max_words=40)._short_words()
        (30, 40)
        """
        return max(
            EMBED_PLACEHOLDER_MAX_WORDS,
            self.teaser_max_words,
            2 * self.heading_max_words,
            self.action_max_words,
            SHARE_BAR_MAX_WORDS,
        )

    def _own(self, line: Line, ignore: frozenset[str], short_words: int) -> Vote | None:
        """The line's vote on its own; ``short_words`` is :meth:`_short_words`."""
        text = line.text
        if hint_in(line, _PROMO_HINTS, ignore):
            return Vote(Label.PROMO, 0.75, "html: inside related/share/promo/ad")
        # every test but the site box's reads short lines only: a longer line needs no search of its words
        short = line.words <= short_words
        # most lines hold no word of any list: one search settles all of them
        phrased = short and _OWN_GATE.search(gate_fold(text)) is not None
        if phrased and line.words <= EMBED_PLACEHOLDER_MAX_WORDS and _EMBED_PLACEHOLDER.search(text):
            # as sure as the surest prose score (promo runs before body and wins the tie): the
            # placeholder's sentence reads as plain prose
            return Vote(Label.PROMO, 1.0, "placeholder of an embedded post")
        if line.words <= SITE_BOX_MAX_WORDS and _SITE_BOX.search(text):
            # as sure as the placeholder: a rating prompt or a disclosure reads as plain prose
            return Vote(Label.PROMO, 1.0, "site box around the article")
        if not short:
            return None
        bare = _ICON_NAME.sub("", text)
        if bare != text:  # an icon's name glued to a word hid it from the gate
            text, phrased = bare, _OWN_GATE.search(gate_fold(bare)) is not None
        # before the headings: "Lesen Sie auch: <title>" is one teaser, not a heading over a block
        if phrased and SEE_ALSO_MIN_WORDS <= line.words <= self.teaser_max_words and _see_also(text):
            return Vote(Label.PROMO, 0.85, SEE_ALSO_REASON)
        if phrased and line.words <= 2 * self.heading_max_words and (not line.terminal or _TRAILING_DOTS.search(text)):
            for pattern in (PROMO_HEADING, _MORE_HEADING):  # "More videos": the longer phrase may be the heading
                match = pattern.search(text)
                if match:
                    core = text.strip(" :-–—|•*#.…")
                    # the phrase is the heading ("Related") or opens it ("Most read in world news")
                    opens = core.casefold().startswith(match.group(0).casefold())
                    if (line.words <= self.heading_max_words and len(match.group(0)) >= 0.6 * len(core)) or opens:
                        return Vote(Label.PROMO, 0.7, f"promo heading {match.group(0)!r}")
        if line.words <= self.teaser_max_words and "]" in text and _TEASER_TAG.search(text):
            return Vote(Label.PROMO, 0.7, "teaser with a media tag")
        if phrased and line.words <= self.action_max_words and PROMO_PHRASE.search(text):
            return Vote(Label.PROMO, 0.6, "call to action")
        if phrased and line.words <= SHARE_BAR_MAX_WORDS and len(SOCIAL.findall(text)) >= self.social_min_hits:
            return Vote(Label.PROMO, 0.7, "share bar")
        if line.repeats and short_title_like(line, self.teaser_max_words) and line.words >= 3:
            return Vote(Label.PROMO, 0.4, f"headline-like line printed {line.repeats + 1} times")
        return None


MENU_ITEM_MAX_WORDS = 2
"""A menu's items are a word or two ("World", "Sign In"); a promo block's teasers name stories."""


def _menu_item(line: Line) -> bool:
    """Whether a line reads as a menu item: a word or two, no sentence end."""
    return 0 < line.words <= MENU_ITEM_MAX_WORDS and not line.terminal


def _in_menu(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is a menu item: between, atop or under two others, or paired with a sure menu entry.

    The pair stands alone (blank lines or the page's ends around it).

    A promo phrase that is also a section's name ("Opinion", "Video") heads a block of teasers
    when it stands over them; with menu items around it, under it or over it it is one item of
    a menu (its first, one inside, its last), and a page's HTML puts it in the ``<nav>`` with
    the others. A block's teasers name stories, longer than a menu's word or two; a block of two
    such lines is a small menu when the other names a section or a menu entry ("Newsletters").

    >>> from newsclean.lines import split_lines
    >>> _in_menu(split_lines("News\\nOpinion\\nSport"), 1), _in_menu(split_lines("Opinion\\nNews\\nSport"), 0)
    (True, True)
    >>> last, pair = split_lines("News\\nSport\\nOpinion"), split_lines("Home\\n\\nOpinion\\nNewsletters\\n\\nEnd")
    >>> _in_menu(last, 2), _in_menu(pair, 2)
    (True, True)
    >>> _in_menu(split_lines("News\\nOpinion\\nWhy the council's budget plan fails"), 1)
    False
    >>> _in_menu(split_lines("Terms of Use\\nAbout Us\\nOpinion\\n\\nWhy the council's budget plan fails"), 2)
    True
    """
    if not _menu_item(lines[i]):
        return False
    before = [_item_at(lines, i - 1), _item_at(lines, i - 2)]
    after = [_item_at(lines, i + 1), _item_at(lines, i + 2)]
    if before[0] is True and (after[0] is True or before[1] is True):
        return True  # one inside, or the last of three or more
    if after[0] is True and after[1] is True:
        return True  # the first of three or more
    # a pair on its own whose other line is surely a menu's entry: "Opinion" / "Newsletters",
    # "Contact Us" / "Opinion" (over a short story title, "Opinion" / "Budget Woes", it is a heading)
    if after[0] is True and before[0] is None and after[1] is None:
        return menu_entry(lines[i + 1])
    if before[0] is True and after[0] is None and before[1] is None:
        return menu_entry(lines[i - 1])
    return False


def _item_at(lines: Sequence[Line], k: int) -> bool | None:
    """Line ``k`` read as a menu item (True), as another line (False), or as a blank or past the page's ends (None).

    A menu item is a word or two, or a sure menu entry of more ("Terms of Use", "Regional News").
    """
    if k < 0 or k >= len(lines) or not lines[k].text:
        return None
    return _menu_item(lines[k]) or menu_entry(lines[k])


def _see_also(text: str) -> bool:
    """Whether a line is a see-also label, a colon and another story's title.

    >>> _see_also("Lesen Sie auch: Die Bahn streicht weitere Verbindungen")
    True
    >>> _see_also("Related reading is a habit that the survey found in most schools.")
    False
    """
    match = _SEE_ALSO.search(text)
    if match is None:
        return False
    colon = _SEE_ALSO_COLON.match(text)
    # the label must end right where the colon is: "Mehr: ..." but not "Mehr als die Hälfte: ..."
    return colon is not None and not text[match.end() : colon.end() - 1].strip(" :»>|–—")
