"""Caption: photo captions and credits.

Signals: a credit marker at the start ("Photo:", "Foto:", "Bild:", "Image:"), a credit
at the end ("(Photo: Reuters)", "| Getty Images", "Foto: dpa"), image markers left by
text converters (``[IMG]``, ``[image]``), and HTML ``<figcaption>`` or caption hints.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean.classifiers._twins import caption_twins, credited_twins, doubled, image_markers
from newsclean.classifiers._util import hint
from newsclean.classifiers.base import PageContext, Vote
from newsclean.classifiers.lexicon import CREDIT, gate_fold
from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.walk import nearest

__all__ = ["Caption"]

_TRAILING_CREDIT = regex.compile(
    r"(?:[(\[|/]\s*|\b|(?-i:(?<=\p{Ll})(?=\p{Lu})))(?:photo|foto|bild|image|credit|quelle|fotó|zdjęcie|фото)s?(?:\s*(?:by|von|:))"
    r"\s*[^()\[\]|]{1,60}[)\]]?\s*$"
    r"|[(\[]\s*(?:bild|foto)(?:quelle|nachweis|rechte)\s*:\s*[^()\[\]]{1,60}[)\]]\s*$"
    r"|(?:getty images|shutterstock|istock(?:photo)?|picture[- ]alliance|imago(?: images)?|afp|reuters|ap photo|dpa)"
    r"(?:\.com)?(?:\s*/?\s*files?(?: photo)?)?\s*[)\]]?\s*$",
    regex.IGNORECASE,
)
# "— Jane Doe (@jdoe) November 15, 2019": the signature line of an embedded social post.
_EMBED_SIGNATURE = regex.compile(r"^[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)")
# An embedded photo post's own lines: "A post shared by Jane Doe (@jane.doe)", and the link over it,
# "View this post on Instagram", as the embed code prints them in each language.
_EMBED_SHARED = regex.compile(
    r"^(?:a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida (?:de|por)"
    r"|un post condiviso da|uma publicação compartilhada por|een bericht gedeeld door|post udostępniony przez"
    r"|публикация от)\s[^()\n]{1,80}\(@[\w.]{1,30}\)",
    regex.IGNORECASE,
)
_EMBED_LINK = regex.compile(
    r"^\W*(?:view this post on|diesen beitrag auf|voir cette publication sur|ver esta publicación en"
    r"|visualizza questo post su|ver essa foto no|bekijk dit bericht op|wyświetl ten post na"
    r"|посмотреть эту публикацию в)"
    r"\s\p{L}+(?:\s+ansehen)?\W*$",
    regex.IGNORECASE,
)
# "... Photo: Hau Dinh, AP / Copyright ..." inside a long caption: a credit clause anywhere, even glued to the
# caption's last word ("... sought treatmentCredit: EPA", as a text dump joins two inline elements).
_INLINE_CREDIT = regex.compile(
    r"(?:^|[\s(\[|/]|(?<=\p{Ll})(?=\p{Lu}))(?i:photo|photograph|foto|bild|image|credit|fotó|zdjęcie|фото)s?\s*(?i:by|von|:)\s*"
    r"\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3}\s*(?:[,/]|$)",
)
# Wire-photo caption conventions: "In this photo issued by ...", "This undated handout image ...",
# closing "(AP Photo/Jane Doe)", "(ITV via AP)", "(Reuters)".
_CAPTION_OPENING = regex.compile(
    r"^(?:in this|this|a|an)\s(?:\w+\s){0,3}?(?:photo|image|picture|handout|frame grab|screenshot|file photo)"
    r"(?:graph)?\s(?:taken|provided|released|issued|made|shows|from|by|of|,)",
    regex.IGNORECASE,
)
# The closing credit may be followed by the image's own credit line, as a text dump joins them:
# "... (AP Photo/Jane Doe) Photo: Jane Doe / Copyright 2019 ...".
_CAPTION_CLOSING = regex.compile(
    r"\((?:[^()]{1,40}\svia\s[^()]{1,20}|AP Photo[^()]{0,60}|AP|AFP|Reuters|dpa)\)"
    r"(?:\s+(?i:photo|foto|credit)s?\s*:\s*\p{Lu}[^()]{0,120})?\s*$"
)
# "... removed from the water. By U.S. CUSTOMS AND BORDER PROTECTION": a photo's credit shouted after the
# caption's sentence, "by" and the source in capitals. A paragraph's sentences never end on a capitals-only name.
_SHOUTED_CREDIT = regex.compile(
    r"[.!?]\s+(?:By|BY|Von|VON|Par|PAR|Por|POR|Door|DOOR|Di|DI)\s+"
    r"(?:[\p{Lu}\p{N}][\p{Lu}\p{N}.&'’-]*\s+){1,7}[\p{Lu}][\p{Lu}\p{N}.&'’-]*\s*$"
)
# A cheap necessary test for _INLINE_CREDIT and _TRAILING_CREDIT, run on the case-folded line: each
# needs one of these words, and most lines hold none, so they skip both searches.
_CREDIT_WORD = re.compile(
    "photo|foto|bild|image|credit|quelle|fotó|zdjęcie|фото|shutterstock|istock|picture|imago|afp|reuters|dpa"
)
# A gallery's counter: "Image 2 of 5", "Photo 3/12", "Bild 2 von 10", "Foto 1 de 8".
_GALLERY_COUNTER = regex.compile(
    r"(?:image|photo|picture|slide|bild|foto|imagen|imagem|immagine|zdjęcie|obrázek)\s+\d+\s*(?:of|von|de|di|van|z|/)\s*\d+\s*$",
    regex.IGNORECASE,
)
# "Abbildung 4: ...", "Figure 2. ...", "Abb.: ...", "Rysunek 3 –": a figure's label opens its caption.
_FIGURE_LABEL = regex.compile(
    r"^\W{0,3}(?:abbildung|abb\.|figure|fig\.|figura|figur|rysunek|rys\.|obrázek|afbeelding|grafik|schaubild|"
    r"illustration)\s*(?:\d{1,3}[a-z]?\s*)?[:.–—-]\s",
    regex.IGNORECASE,
)
# "Image caption Mourners attend ...", "Vergrößern Eine kleine ...": a caption's own label, or the
# text of the image's enlarge button, printed before the caption's words. The word must be followed
# by a capital or a bracket (the caption), so a sentence that opens with the verb is not read.
_CAPTION_LABEL = regex.compile(
    r"^\W{0,3}(?i:(?:image|media|photo|video|picture) caption|caption|bildunterschrift|bildtext|pie de foto|"
    r"légende photo|didascalia|onderschrift|podpis zdjęcia|enlarge(?: image| photo)?|vergrößern|agrandir|"
    r"ampliar(?: imagen| foto)?|ingrandisci|powiększ|vergroten|zvětšit)\s*:?\s+[\p{Lu}(\[\d]"
)
# "... in der Antarktis. EFE", "... in New York. Reuters": a wire agency's name closing a caption after its
# sentence, with no full stop of its own (a story's sentence would end with one).
_AGENCY_AT_END = regex.compile(
    r"[.!?»\"”)]\s+(?:\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3}\s*/\s*)?(?:EFE|AFP|AP|APA|ANSA|dpa|DPA|epd|EPA|KNA|PAP|Reuters|REUTERS|Keystone|KEYSTONE|"
    r"Xinhua|XINHUA|Europa Press|Getty Images|IMAGO|Imago|TASR|CTK|ČTK|MTI|Belga|ANP|NTB|TT|Lusa|LUSA)"
    r"(?:\s*/\s*\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3})?\s*$"
)
# "... in Montecito. (Photo by Jane Doe/Agency)", "... (Foto: Max Muster)": a bracketed credit closing the line.
_BRACKET_CREDIT = regex.compile(
    r"[(\[]\s*(?i:photo|photograph|foto|bild|image|picture|credit|fotó|zdjęcie|фото)s?\s*(?i:by|von|de|di|:)\s*"
    r"[^()\[\]]{1,70}[)\]]\s*$"
)
# "... mit Essen und Getränken. Foto: Jane Doe/Agency", "... mit Wahlleiter Max Muster. DCV / Doe": a
# credit (its label and a name, or "Agency / Photographer") after the caption's last sentence, closing
# the line with no full stop of its own. A story's paragraph ends on its sentence, not on a name. A text
# dump may glue the credit's element to the caption's with no space between ("... Max Muster.DCV / Doe").
_CREDIT_AFTER_SENTENCE = regex.compile(
    r"[.!?»\"”]\s*(?:(?i:photo|photograph|foto|bild|image|credit|fotó|zdjęcie|фото)s?\s*(?i:by|von|:)\s*"
    r"\p{Lu}[^.!?()\[\]]{0,60}"
    r"|\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}\s*/\s*\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*){0,2})$"
)
BRACKET_CREDIT_MIN_WORDS = 3
"""Words before a bracketed credit for it to close a caption (a credit alone is judged as a credit)."""
CREDIT_MAX_WORDS = 12
"""A line opening with a credit marker ("Foto: ...") is a credit up to this many words; a longer one
opened by an image's label is a caption."""
# "Le piquet de grève ... / (C) Jane Doe", "... | © Jane Doe": a copyright credit closing a caption.
_COPYRIGHT_AT_END = regex.compile(
    r"\S\s+[/|]\s*(?:©|\([cC]\))\s*\p{Lu}[^()\[\]|/]{1,50}$|\S\s+©\s*\p{Lu}[^()\[\]|©]{1,40}$"
)
# "Image: The house in which ...", "Foto: Die Vertreter der ...": an image's label and a colon open a
# sentence that describes the picture. A short one ("Foto: dpa") is a credit (lexicon.CREDIT); a long one
# is a caption, however prose-like: an article's sentence never opens with the word "Image:".
_IMAGE_LABEL = regex.compile(
    r"^\W{0,3}(?i:image|photo|photograph|picture|foto|bild|imagen|imagem|immagine|zdjęcie|фото)\s*:\s+[\p{Lu}\d]"
)
# "... a plan for that. Image copyright @jdoe @jdoe": an image's copyright label closes its caption or
# its alt text (a text browser prints an embedded post's picture as its alt text, then the credit).
_IMAGE_COPYRIGHT_AT_END = regex.compile(
    r"(?:^|\s)(?i:image|photo|picture|foto|bild)\s+(?i:copyright|rechte)\s*:?\s+[^\s()\[\]][^()\[\]]{0,60}$"
)
_CAPTION_LABEL_GATE = re.compile(
    r"caption|bildunterschrift|bildtext|pie de foto|légende|didascalia|onderschrift|podpis|enlarge|vergr|"
    r"agrandir|ampliar|ingrandisci|powiększ|vergroten|zvětšit"
)
# "Council Approves New Budget | Reuters": a title, a pipe, a short name. At the top of a page it is
# the page's title with its site's name, not a credit; beside an image it is a caption's credit.
_SITE_SUFFIX = regex.compile(r"^(?P<title>(?:\S+\s+){2,}\S+)\s+\|\s+[^|]{1,40}$")
# A line that ends a sentence with this many words or more is the article's prose: a title comes before.
_PROSE_WORDS = 15
_CREDIT_AT_END = "photo credit at end"
_IMAGE_MARKER = regex.compile(r"^\s*\[(?:img|image|photo|bild|foto)[^\]]{0,80}\]", regex.IGNORECASE)
# "FILES-US-MEDIA-MERGER-TRONC", "city-bridge-2018-repairs-01": a text browser prints an image that has
# no alt text by its file's name, one token of words joined by hyphens or underscores.
# (possessive, from a token's start: a long word is read once, not once per letter)
_FILE_NAME = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]++(?:[-_][\p{L}\p{N}]++){3,}")
# "[20220103-1]Abbildung: ...": a text browser prints an image's name in brackets, glued to the caption
# under it. The caption's opening (a figure's or an image's label) is read past it.
_LEADING_MARKER = regex.compile(r"^\s*\[[^\[\]\s]{1,80}\]\s*")


# "... (U.S. Air Force courtesy photo)", "... (File photo)": a bracket whose last word names a photo
_PHOTO_IN_BRACKETS = regex.compile(r"\([^()]{0,50}(?<!\w)(?i:photo|foto|photograph|image|bild)s?\)\s*$")


def _long_caption(line: Line) -> Vote | None:
    """A vote on a line past ``max_words``: a caption only when a credit in brackets closes it.

    A story's paragraph ends on its own sentence, not on a photographer's name.
    """
    text = line.text
    if not text.endswith((")", "]")) or line.markup is not None:
        return None
    if _CAPTION_CLOSING.search(text) or _BRACKET_CREDIT.search(text) or _PHOTO_IN_BRACKETS.search(text):
        return Vote(Label.CAPTION, 0.8, "bracketed photo credit closes a long caption")
    return None


def _credit_words(text: str) -> bool:
    """Whether some words of a line hold a photo credit or an image's label ("Foto: ...", "© Name", "Vergrößern")."""
    folded = gate_fold(text)
    return "©" in text or _CREDIT_WORD.search(folded) is not None or _CAPTION_LABEL_GATE.search(folded) is not None


@dataclass(frozen=True, slots=True)
class Caption:
    """Votes ``CAPTION`` on photo captions and credits.

    >>> from newsclean.lines import split_lines
    >>> Caption().classify(split_lines("Foto: dpa"), PageContext())[0].label.name
    'CAPTION'

    .. versionadded:: 0.1.0
    """

    name: str = "caption"
    """Registry name."""
    max_words: int = 80
    """Captions rarely exceed this; longer lines are read only for a credit in brackets closing them."""
    long_caption_max_words: int = 200
    """A wire photo's caption can run past :attr:`max_words` ("... (Photo by Jane Doe/Agency)"); up to
    this many words, a credit in brackets closing the line still makes it a caption."""
    gallery_caption_max_words: int = 50
    """A line between a gallery counter and a credit is a caption up to this many words."""
    twin_caption_score: float = 0.95
    """``CAPTION`` vote for every copy of a paragraph printed twice in a row against a credit, a
    gallery counter or an image marker: above the prose votes, since a caption reads as prose."""
    doubled_caption_score: float = 1.0
    """``CAPTION`` vote for a line of a text dump holding one text twice (an alt text and its caption
    joined by the reflow): prose never says its words twice, so it ties the surest prose score (the
    caption classifier runs before the body one and wins the tie)."""

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        """Vote on each line."""
        # a line's vote depends on its text alone when it has no markup (its word count and sentence end
        # follow from the text): pages repeat lines, so each text is judged once
        own: dict[str, Vote | None] = {}
        votes: list[Vote | None] = []
        for line in lines:
            if line.markup is not None:
                votes.append(self._vote(line))
            elif line.text in own:
                votes.append(own[line.text])
            else:
                votes.append(own.setdefault(line.text, self._vote(line)))
        # each line's image marker and gallery counter, read once (both depend on the text alone)
        marker = image_markers(lines)
        opener = [bool(line.text) and _GALLERY_COUNTER.match(line.text.lstrip()) is not None for line in lines]
        self._spare_titles(lines, votes, marker)
        # A photo gallery prints "Image 2 of 5", the caption, then the credit: the line between
        # a counter and a credit (or the next counter) is a caption, however prose-like it reads.
        texts = [i for i, line in enumerate(lines) if line.text]
        for n in range(1, len(texts) - 1):
            i = texts[n]
            if votes[i] is not None or lines[i].words > self.gallery_caption_max_words:
                continue
            before, after = texts[n - 1], texts[n + 1]
            if opener[before] and (votes[after] is not None or opener[after]):
                votes[i] = Vote(Label.CAPTION, 0.95, "caption between a gallery counter and its credit")
        # A text browser prints an image's alt text, then its caption: the same words twice, then
        # the credit. The twin rule keeps one copy of a paragraph printed twice; a caption keeps none.
        credit = [v is not None and v.label is Label.CAPTION and not o for v, o in zip(votes, opener, strict=True)]
        twin = Vote(Label.CAPTION, self.twin_caption_score, "the same caption twice in a row, beside a credit or image")
        for run in caption_twins(lines, marker, opener, credit):
            for i in run:
                votes[i] = twin
        # a line that repeats another and adds a credit is as sure as one text printed twice in a line
        credited = Vote(Label.CAPTION, self.doubled_caption_score, "a caption and its copy with a credit")
        for run in credited_twins(lines, marker, credit):
            for i in run:
                votes[i] = credited
        # the reflow joins an alt text and its caption into one line: one text twice, a credit between
        for i, line in enumerate(lines):
            if line.text and line.markup is None and doubled(line.text, _credit_words):
                votes[i] = Vote(Label.CAPTION, self.doubled_caption_score, "one caption printed twice in the line")
        return votes

    @staticmethod
    def _spare_titles(lines: Sequence[Line], votes: list[Vote | None], marker: Sequence[bool]) -> None:
        """Drop the credit vote of a titled line with a " | Site" suffix above the article's first sentence.

        A text dump prints the page's ``<title>`` or ``<h1>``, "Some Title | Sitename", on its own
        line near the top; when the site is a wire ("| Reuters") the trailing-credit rule reads a
        credit. Above the first line of prose and away from any image marker or other caption line
        it is a title: the headline classifiers get it. ``marker`` is :func:`image_markers` of the lines.
        """
        for i, line in enumerate(lines):
            if line.text and line.terminal and line.words >= _PROSE_WORDS:
                break
            vote = votes[i]
            if vote is None or vote.reason != _CREDIT_AT_END or line.terminal or "|" not in line.text:
                continue
            if not _SITE_SUFFIX.match(line.text):
                continue
            beside = [k for k in (nearest(lines, i, -1), nearest(lines, i, 1)) if k is not None]
            if not any(marker[k] or (votes[k] is not None and votes[k].label is Label.CAPTION) for k in beside):  # type: ignore[union-attr]
                votes[i] = None

    def _vote(self, line: Line) -> Vote | None:
        if not line.text:
            return None
        if line.words > self.max_words:
            return _long_caption(line) if line.words <= self.long_caption_max_words else None
        markup = line.markup
        if markup is not None and (markup.tag == "figcaption" or hint(line, "caption")):
            return Vote(Label.CAPTION, 0.75, "html: figure caption")
        text = line.text
        # the signature and the "shared by" line both name the post's account as "(@name)"
        if ("(@" in text and (_EMBED_SIGNATURE.search(text) or _EMBED_SHARED.search(text))) or _EMBED_LINK.match(text):
            return Vote(Label.CAPTION, 0.9, "embedded social post signature")
        opening = _LEADING_MARKER.sub("", text, count=1) if text.startswith("[") else text
        if _FIGURE_LABEL.search(opening):
            # prose never opens with a figure's label: the vote matches the surest prose score (the
            # caption classifier runs before the body one, so it wins the tie on a long caption)
            return Vote(Label.CAPTION, 1.0, "figure label opens the line")
        if line.words >= 3 and _CAPTION_LABEL_GATE.search(gate_fold(opening[:40])) and _CAPTION_LABEL.search(opening):
            # a caption's own label is as sure as a figure's: prose never opens with "Image caption"
            return Vote(Label.CAPTION, 0.9, "caption label opens the line")
        if line.words > CREDIT_MAX_WORDS and _IMAGE_LABEL.match(opening):
            return Vote(Label.CAPTION, 0.9, "image label opens the caption")
        if line.words >= 4 and not line.text.endswith(".") and _AGENCY_AT_END.search(text):
            return Vote(Label.CAPTION, 0.75, "wire agency closes the caption")
        # the label's words are a cheap necessary test for the search
        folded = text.casefold()
        if ("copyright" in folded or "rechte" in folded) and _IMAGE_COPYRIGHT_AT_END.search(text):
            return Vote(Label.CAPTION, 0.8, "image copyright closes the caption")
        if line.words >= 4 and ("©" in text or "(c)" in folded) and _COPYRIGHT_AT_END.search(text):
            return Vote(Label.CAPTION, 0.65, "copyright credit closes the caption")
        if "[" in text and _IMAGE_MARKER.search(text):
            return Vote(Label.CAPTION, 0.7, "image marker")
        # a file's name is one token: a space inside the stripped line is none of its characters
        if markup is None and " " not in (bare := text.strip()) and _FILE_NAME.fullmatch(bare):
            return Vote(Label.CAPTION, 0.7, "an image's file name")
        # _CAPTION_CLOSING needs a "(": test that before searching
        if _CAPTION_OPENING.search(text) or ("(" in text and _CAPTION_CLOSING.search(text)):
            return Vote(Label.CAPTION, 0.7, "wire photo caption")
        if "/" in text or ":" in text:
            after = _CREDIT_AFTER_SENTENCE.search(text)
            if after is not None and len(text[: after.start()].split()) >= BRACKET_CREDIT_MIN_WORDS:
                # a credit after the caption's sentence: a caption, however prose-like the sentence
                return Vote(Label.CAPTION, 0.8, "credit after the sentence closes the line")
        if line.words >= BRACKET_CREDIT_MIN_WORDS and _SHOUTED_CREDIT.search(text):
            return Vote(Label.CAPTION, 0.8, "credit in capitals after the sentence closes the line")
        # gate_fold(text), from the folded text
        credit_word = _CREDIT_WORD.search(folded.replace("\u0307", "") if "\u0307" in folded else folded) is not None
        bracket = _BRACKET_CREDIT.search(text) if credit_word and line.words >= 4 else None
        if bracket is not None and len(text[: bracket.start()].split()) >= BRACKET_CREDIT_MIN_WORDS:
            # a credit in brackets closing a caption's sentence: a caption, however prose-like the sentence
            return Vote(Label.CAPTION, 0.8, "bracketed photo credit closes the line")
        if credit_word and _INLINE_CREDIT.search(text):
            return Vote(Label.CAPTION, 0.6, "photo credit in the line")
        if line.words <= CREDIT_MAX_WORDS and CREDIT.search(text):
            return Vote(Label.CAPTION, 0.65, "credit marker at start")
        if credit_word and _TRAILING_CREDIT.search(text):
            return Vote(Label.CAPTION, 0.55 if line.terminal else 0.65, _CREDIT_AT_END)
        return None
