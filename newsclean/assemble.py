"""The assembler: labelled lines in, :class:`~newsclean.Article` out.

Keeps the body lines as paragraphs and reads the metadata from the lines the
context pass marked: the headline, the standfirst, the byline (authors and source),
the dates and the dateline place. Every string comes from the page; dates are
normalised to ``datetime``/``date`` with the raw text kept beside them.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta, timezone
from typing import overload
from urllib.parse import urlsplit

import regex

from newsclean.article import Article, LabeledLine, with_lines_on_demand
from newsclean.classifiers.base import PageContext
from newsclean.classifiers.byline import could_be_byline
from newsclean.context import Revised
from newsclean.html.byline import copyright_holder
from newsclean.labels import Label
from newsclean.language import stopwords
from newsclean.lines import Line, build_lines
from newsclean.metadata.authors import (
    PARTICLES,
    SCORE_SUPPORTED,
    Byline,
    is_lone_marker,
    parse_byline,
    parse_date_strip,
    split_names,
    unglue,
)
from newsclean.metadata.dateline import parse_dated_place, parse_dateline, parse_lead_place
from newsclean.metadata.dates import DateMatch, date_from_url, find_dates, month_from_url, page_dayfirst
from newsclean.metadata.headline import (
    choose_headline,
    headline_text,
    names_site,
    trim_copied_kicker,
    trim_kicker,
    trim_site,
)
from newsclean.metadata.names import reads_as_person
from newsclean.metalines import split_byline
from newsclean.walk import back, forward
from newsclean.wrapruns import joined, paragraph_starts

__all__ = ["assemble"]

# A byline with a marker ("By", "Von") scores this much; a bare name scores less.
MARKED = 0.85
# Dates are looked for in metadata lines first, then in this many non-blank lines around the article start.
DATE_WINDOW = 12
# With no date near the article start, short lines of the article and this many lines after it are read.
DATE_AFTER = 15
DATE_LINE_WORDS = 25


@dataclass(frozen=True, slots=True)
class _Dates:
    published: DateMatch | None
    updated: DateMatch | None


def assemble(
    lines: Sequence[Line],
    revised: Sequence[Revised],
    context: PageContext,
    *,
    physical: Sequence[Line] | None = None,
    warnings: Sequence[str] = (),
) -> Article:
    """Build the :class:`~newsclean.Article` from the page's labelled lines.

    Args:
        lines: the logical lines the pipeline saw.
        revised: their labels after the context pass.
        context: the page context (language, URL, HTML metadata).
        physical: the physical input lines when the page was reflowed (``Article.lines``
            then holds one entry per physical line, labelled like its paragraph).
        warnings: notes gathered before assembly.

    Returns:
        The article.

    .. versionadded:: 0.1.0
    """
    notes = list(warnings)
    config = context.config
    labels = [r.label for r in revised]
    body_idx = [i for i, lab in enumerate(labels) if lab is Label.BODY]
    paragraphs = [lines[i].text for i in body_idx]

    head_idx = next((i for i, lab in enumerate(labels) if lab is Label.HEADLINE), None)
    headline = _headline(lines, head_idx, context)

    summary_lines = [lines[i].text for i, lab in enumerate(labels) if lab is Label.SUMMARY]

    byline_raw = authors = source = None
    best = 0.0
    for i, lab in enumerate(labels):
        if lab in (Label.BYLINE, Label.DATELINE):
            # "Von" / "Jane Doe": a byline a dump split over lines is read from its lone marker on
            text = split_byline(lines, i) or lines[i].text
            parsed = parse_byline(text, language=context.language)
            if parsed is None or not parsed.authors:
                # a blog's date strip names its author around the dates: "Posted on <date> by LD"
                strip = unglue(text)
                spans = [(m.start, m.end) for m in find_dates(strip, language=context.language)]
                parsed = parse_date_strip(strip, spans) or parsed
            parsed = _people(parsed, context.language)
            if parsed is not None and _names_the_subject(parsed, headline):
                continue
            # the strongest byline near the article wins; a bare name (a caption?) loses to a marked byline
            if parsed is not None and (parsed.authors or parsed.source) and parsed.score > best:
                byline_raw, authors, source, best = text, parsed.authors, parsed.source, parsed.score
    if head_idx is not None and (not authors or best < MARKED):
        # none found, or only a bare name (a caption? a translator?): a marked byline in the strip wins
        floor = STRIP_OVER_BARE if authors else 0.0
        found_strip = _strip_byline(lines, revised, head_idx, body_idx, context.language, floor=floor)
        if found_strip is not None:
            byline_raw, authors, _ = found_strip
    if not authors and not source:
        found_lone = _lone_marked_byline(lines, labels, context.language, physical)
        if found_lone is not None:
            byline_raw, authors = found_lone
    meta_people, meta_source = _meta_authors(context)
    mark_people, mark_source = _markup_authors(context)
    meta_people = _confirmed(meta_people, [byline_raw or "", *(context.meta.bylines if context.meta else ())])
    # Page metadata names the article's authors more reliably than a visible line chosen by
    # its shape (a teaser's or a caption's byline): it wins, and fills in what the byline lacks.
    if meta_people and (authors is None or best < MARKED or any(len(n.split()) > 1 for n in meta_people)):
        authors = meta_people
    # Next, the element the template marks as the author (rel="author", class="byline"...).
    elif mark_people and (not authors or best < MARKED):
        authors = mark_people
    source = source or meta_source or mark_source
    # Last, on a page that credits nobody: a person the footer's copyright notice names owns
    # the site ("© 2012 Jane Doe"), and on a personal site the owner writes the posts.
    if not authors and not source:
        authors = _signature(lines, labels, body_idx, context.language) or _copyright_owner(
            context, lines, labels, body_idx
        )
    # A credit that names no person ("Redaktion", "dpa", "News Desk") stays in ``source``: a desk
    # or a wire listed as an author is the complaint users have about other extractors.

    place = None
    place_source = None
    for i, lab in enumerate(labels):
        if lab is Label.DATELINE or lab is Label.BYLINE:
            found = parse_dateline(lines[i].text) or parse_dated_place(lines[i].text, language=context.language)
            if found is not None:
                place, place_source = found.place, found.source
                break
    if place is None and body_idx:
        found = parse_dateline(lines[body_idx[0]].text) or parse_lead_place(lines[body_idx[0]].text)
        if found is not None and found.end > 0:
            place, place_source = found.place, found.source
            if config.strip_dateline:
                paragraphs[0] = lines[body_idx[0]].text[found.end :].lstrip()
    source = source or place_source

    dates = _find_dates(lines, labels, context, body_idx)
    if dates.published is not None and dates.published.ambiguous:
        notes.append(f"day/month order of {dates.published.raw!r} is ambiguous; read day first")
    notes.extend(m.tz_note for m in (dates.published, dates.updated) if m is not None and m.tz_note)

    # the pieces of a wrapped paragraph the reflow left apart are one paragraph of the body
    starts = paragraph_starts(lines, body_idx)
    paragraphs = [rejoin_compounds(p) for p in joined(paragraphs, body_idx, starts)]
    article = Article(
        body="\n\n".join(p for p in paragraphs if p),
        paragraphs=tuple(p for p in paragraphs if p),
        headline=headline or None,
        summary="\n\n".join(summary_lines) or None,
        authors=tuple(authors or ()),
        byline=byline_raw,
        source=source,
        published=dates.published.value if dates.published else None,
        published_raw=dates.published.raw if dates.published else None,
        updated=dates.updated.value if dates.updated else None,
        updated_raw=dates.updated.raw if dates.updated else None,
        dateline=place,
        language=context.language,
        tags=_tags(lines, labels),
        url=context.url or (context.meta.canonical_url if context.meta else None),
        warnings=tuple(dict.fromkeys(notes)),
    )
    # Article.lines is built when first read: most callers never read it, and for a reflowed page it
    # holds one line per source line, which the rest of the article does not need.
    labeled = (tuple(lines), tuple(revised), physical, starts)
    return with_lines_on_demand(article, lambda: _labeled(*labeled))


# A compound whose first part was a link or an abbreviation element: some HTML-to-text
# converters print a space before its hyphen ("die Radon -Situation", "KI -Systeme"). The
# first part is a capitalised word, an acronym or a number and the second a capitalised word,
# so a flag ("chmod -R"), a minus ("x -5") and the suspended hyphen of a coordination
# ("Erhebung und -Nutzung") keep their space.
_SPACED_COMPOUND = regex.compile(r"(?<=(?<![\w.-])(?:\p{Lu}[\p{L}\p{N}-]*|\p{N}+))[ \t]-(?=\p{Lu}\p{Ll})")


def rejoin_compounds(text: str) -> str:
    """``text`` with the space a converter printed before a compound's hyphen taken out.

    >>> rejoin_compounds("Die Radon -Situation, KI -Systeme und die COVID-19 -Pandemie")
    'Die Radon-Situation, KI-Systeme und die COVID-19-Pandemie'
    >>> rejoin_compounds("Erhebung und -Nutzung; chmod -R; Paris - Berlin; x -5")
    'Erhebung und -Nutzung; chmod -R; Paris - Berlin; x -5'

    .. versionadded:: 0.5.0
    """
    return _SPACED_COMPOUND.sub("-", text) if " -" in text or "\t-" in text else text


def _strip_byline(
    lines: Sequence[Line],
    revised: Sequence[Revised],
    head: int,
    body_idx: Sequence[int],
    language: str | None,
    *,
    floor: float = 0.0,
) -> tuple[str, tuple[str, ...], float] | None:
    """A byline the context pass left unlabelled in the strip around the headline.

    Between the headline and the article's first lines sit the byline and the date strip; one the
    context pass did not label ("6. Dezember 2022 von Fatima in Gefühle", "Blog Beitrag von Jane
    Doe") still names the author when it reads as a marked byline or a date strip with a name.
    So does one the context pass only weakly took for chrome: a comment thread a sidebar's
    "Comments" heading opened runs on over the headline, and a short line between a title and the
    article ("---- by Jane Doe") joins a run of menu-like items. The strip is counted in non-blank
    lines: text dumps put blank lines between all blocks. Only
    a byline scoring above ``floor`` counts; returns its text, its names and its score.
    """
    start = body_idx[0] if body_idx else head + 1
    lo = back(lines, head, STRIP_ABOVE)
    hi = min(len(lines), forward(lines, max(start, head + 1), STRIP_AFTER) + 1)
    for i in range(lo, hi):
        line = lines[i]
        # the article's first line may be the date strip the body took in ("1. Januar 2016 von Jane
        # Ein Kommentar"); a sentence there is prose
        label, score = revised[i].label, revised[i].score
        opener = i == start and label is Label.BODY and _SENTENCE_END.search(line.text) is None
        # "By" / "Jane Doe" / "and" / "John Roe": a dump printed each element on its own line, and
        # the context pass took the run for a menu
        joined = split_byline(lines, i)
        weak_chrome = label in _WEAK_CHROME and score < WEAK_CHROME_SCORE
        if i == head or line.is_blank or line.words > STRIP_WORDS or (
            label in _NOT_STRIP and not opener and joined is None and not weak_chrome
        ):
            continue
        # a text dump's rule line ("━━━━") may be joined to the byline under it
        text = joined or unglue(_RULE.sub("", line.text))
        spans = [(m.start, m.end) for m in find_dates(text, language=language)]
        parsed = _people(parse_date_strip(text, spans), language) if spans else None
        if parsed is None or not parsed.authors:
            parsed = _people(parse_byline(text, language=language), language)
            if parsed is None or parsed.score < STRIP_SCORE:
                parsed = None
        least = max(floor, OPENER_SCORE) if opener else floor
        if parsed is not None and parsed.authors and parsed.score > least:
            return text, parsed.authors, parsed.score
    return None


def _people(parsed: Byline | None, language: str | None) -> Byline | None:
    """A byline without its bare names that read as no person ("Grüner Wasserstoff"); None if nothing is left.

    Only a credit without a marker is judged (:func:`~newsclean.metadata.names.reads_as_person`):
    "Von Grüner" is a marked byline and names whom it names. A list of names that holds one known
    given name is a credit line, and keeps every name.
    """
    if parsed is None or not parsed.authors or parsed.score > SCORE_SUPPORTED:
        return parsed
    reads = [reads_as_person(a, language) for a in parsed.authors]
    if any(reads):  # one known given name makes the line a credit: "Jane Doe, Ruwaida Amer"
        return parsed
    people = tuple(a for a, person in zip(parsed.authors, reads, strict=True) if person is not False)
    if people == parsed.authors:
        return parsed
    if not people and not parsed.source:
        return None
    return replace(parsed, authors=people)


def _lone_marked_byline(
    lines: Sequence[Line], labels: Sequence[Label], language: str | None, physical: Sequence[Line] | None
) -> tuple[str, tuple[str, ...]] | None:
    """The one marked byline of a page whose article start the context pass missed, or None.

    When no byline sits near the article, a marked byline ("von Jane Doe | 20. Mai 2007") elsewhere
    outside the body, menus and comments still names the author, if the page names nobody else
    so: a page of teasers holds several such lines with different names, and then none is chosen.
    """
    found: tuple[str, tuple[str, ...]] | None = None
    for i, line in enumerate(lines):
        if labels[i] not in _LONE_LABELS:
            continue
        for text in _box_texts(lines, i) or _short_texts(line, physical):
            if not could_be_byline(text):
                continue
            parsed = parse_byline(text, language=language)
            if parsed is None or parsed.score < STRIP_OVER_BARE or not parsed.authors:
                continue
            if found is not None and {a.casefold() for a in found[1]} != {a.casefold() for a in parsed.authors}:
                return None
            found = found or (text, parsed.authors)
    return found


def _box_texts(lines: Sequence[Line], i: int) -> tuple[str, ...]:
    """An author box's label and the line under it, read as one byline: "Autor*in" / "Jane Doe (Redakteurin)".

    Empty unless line ``i`` is a byline marker alone and a short line follows it.
    """
    if not is_lone_marker(lines[i].text):
        return ()
    below = i + 1
    if below >= len(lines) or lines[below].is_blank or lines[below].words > STRIP_WORDS:
        return ()
    if lines[below].text.rstrip().endswith(":"):  # another label ("Auteur :" / "Auteur(s) :")
        return ()
    return (f"{lines[i].text} {lines[below].text}",)


def _short_texts(line: Line, physical: Sequence[Line] | None) -> tuple[str, ...]:
    """A short line's text; for a long block a dump reflowed, its first and last source lines.

    A hard-wrapped dump has no blank line between a standfirst and the byline under it, so the
    reflow joins them; the byline is then the block's last source line (or its first).
    """
    if line.words <= STRIP_WORDS:
        return (line.text,)
    span = line.span
    if physical is None or len(span) < 2:  # a block of one source line has no edge lines
        return ()
    if isinstance(physical, SourceLines):  # text and words of two lines, not the page's lines built
        edges = (physical.text_and_words(span[0]), physical.text_and_words(span[-1]))
    else:
        edges = ((physical[span[0]].text, physical[span[0]].words), (physical[span[-1]].text, physical[span[-1]].words))
    return tuple(text for text, words in edges if 0 < words <= STRIP_WORDS)


_LONE_LABELS = frozenset({Label.OTHER, Label.BYLINE, Label.DATELINE})


# The strip read for an unlabelled byline: a few lines above the headline, and from the headline to
# a few lines into the article; longer lines are prose.
STRIP_ABOVE = 3
STRIP_AFTER = 3
STRIP_WORDS = 16
# A byline this sure reads as marked ("By Jane Doe, 7 News" scores 0.8); a bare name scores less.
STRIP_SCORE = 0.7
# A byline in the strip replaces a bare name the context pass labelled only when it is this sure: a
# marked one ("Autor Jane Doe", "Veröffentlicht am <date> von Jane"), not another bare name.
STRIP_OVER_BARE = 0.8
# A byline read from the article's first line must be marked: a date strip's "von Jane" (0.75) or a
# marked byline, not a bare name, which is as likely the first words of the story.
OPENER_SCORE = 0.7
_SENTENCE_END = regex.compile(r"[.!?…。]['\"”’»)]?\s*$")
_RULE = regex.compile(r"^[\p{So}\p{Pd}_=*~#\s]{3,}")
_NOT_STRIP = frozenset({Label.BODY, Label.COMMENT, Label.PROMO, Label.NAVIGATION, Label.HEADLINE})
# Chrome labels the strip still reads when the context pass was this unsure: a line "after a comment
# heading" (0.5) or "in a run of short menu-like items" (0.45), not a menu word or a comment heading.
_WEAK_CHROME = frozenset({Label.COMMENT, Label.NAVIGATION})
WEAK_CHROME_SCORE = 0.55


def _names_the_subject(parsed: Byline, headline: str | None) -> bool:
    """Whether a bare name (no "By" marker) is one the headline holds: the story's subject, not its writer.

    "D.O.Ca. Rioja" beside "D.O.Ca. Rioja, Spanien" names a wine region; "Jane Doe" beside "Jane Doe
    Wins The Cup" names the winner.

    >>> _names_the_subject(parse_byline("Jane Doe"), "Jane Doe Wins The Cup")
    True
    >>> _names_the_subject(parse_byline("By Jane Doe"), "Jane Doe Wins The Cup")
    False
    >>> _names_the_subject(parse_byline("Jane Doe"), "Jane Doe")
    False
    """
    if not headline or not parsed.authors or parsed.score >= MARKED:
        return False
    # a headline that is the name alone is no title holding it (the name may have been taken for one)
    folded = " ".join(headline.casefold().split())
    return all(a.casefold() in folded and a.casefold() != folded for a in parsed.authors)


def _meta_authors(context: PageContext) -> tuple[tuple[str, ...], str | None]:
    """Person names from the page metadata, and an agency or desk named there.

    Metadata author fields also hold the site's name, a domain, a user handle with dots,
    placeholders ("No Author") and one entry joining the others: those are dropped.
    """
    meta = context.meta
    if meta is None or not meta.authors:
        return (), None
    sites = _site_names(context)
    people: list[str] = []
    source = None
    entries = [_CREDENTIAL.sub("", _URL_TAIL.sub("", a).strip(_QUOTES)) for a in meta.authors]
    for entry in entries:
        if not entry or _DOMAIN.search(entry) or entry.casefold() in _PLACEHOLDERS:
            continue
        parts = split_names(entry)
        if len(parts) > 1 and any(p in entries for p in parts):
            continue  # "A, B" beside "A" and "B"; "A,TK" beside "A"
        if _HANDLE.fullmatch(entry):
            continue
        parsed = parse_byline(entry, language=context.language)
        if parsed is not None and not parsed.authors and parsed.source:
            source = source or parsed.source
            continue
        if _ORG.search(entry) or names_site(entry, sites):
            source = source or entry
            continue
        if len(entry.split()) > MAX_META_NAME_WORDS or not _meta_name(entry):
            continue
        people.append(entry)
    return tuple(dict.fromkeys(people)), source


def _signature(
    lines: Sequence[Line], labels: Sequence[Label], body_idx: Sequence[int], language: str | None
) -> tuple[str, ...]:
    """The name an article is signed with: the body's one line that is only a person's name.

    Regional papers and magazines sign an article at its end ("Stefan Wasmer" under the last
    paragraph). The context pass keeps that line in the body, or leaves it out as a byline far
    from the article's start: a line it left out counts when it stands between two body lines
    (over the footnotes) or right under the body's last line, and its name opens with a given name
    (a heading over a list of links is name-shaped too). The name counts when it sits in the
    body's second half and no other line there is a bare name (a list of names is no signature).
    """
    if not body_idx:
        return ()
    found: tuple[str, ...] = ()
    before = 0  # body lines above line i
    for i in range(body_idx[0], forward(lines, body_idx[-1], 1) + 1):
        in_body = labels[i] is Label.BODY
        before += in_body
        if not in_body and labels[i] not in _SIGNATURE_LABELS:
            continue
        text = lines[i].text.strip()
        if not MIN_SIGNATURE_WORDS <= lines[i].words <= MAX_OWNER_WORDS or _ORG.search(text):
            continue
        person = reads_as_person(text, language)
        if person is False or (not in_body and person is None):
            continue
        parsed = parse_byline(text, language=language)
        if parsed is None or parsed.authors != (text,) or parsed.source:
            continue
        if found or 2 * (before - in_body) < len(body_idx):
            return ()
        found = (text,)
    return found


# Labels of a line outside the body that may still be the article's signature.
_SIGNATURE_LABELS = frozenset({Label.OTHER, Label.BYLINE})


# A signature names a first and a last name at least: one word is a heading or a brand.
MIN_SIGNATURE_WORDS = 2


def _copyright_owner(
    context: PageContext, lines: Sequence[Line], labels: Sequence[Label], body_idx: Sequence[int]
) -> tuple[str, ...]:
    """The copyright holder as the author, when the holder reads as a person's name.

    A company ("Example Media GmbH"), a domain, a handle or a one-word brand ("Eurosport")
    is not a person; nor is a holder with a stop word ("Der Spiegel", "The Local"). A text dump
    has no footer element: there the notice is read from the lines under the article
    (:func:`_visible_copyright`).
    """
    holder = context.meta.copyright if context.meta is not None else _visible_copyright(lines, labels, body_idx)
    if not holder:
        return ()
    words = holder.split()
    if not 2 <= len(words) <= MAX_OWNER_WORDS or _DIGIT.search(holder) or _ORG.search(holder):
        return ()
    if _DOMAIN.search(holder) or not _meta_name(holder) or any(w.isupper() and len(w) > 1 for w in words):
        return ()
    stop = stopwords(context.language) - _NAME_PARTICLES
    if any(w.casefold() in stop for w in words):
        return ()
    # the byline parser reads the whole holder as one person's name ("Deutsches Verbände Forum" is not)
    parsed = parse_byline(holder, language=context.language)
    return (holder,) if parsed is not None and parsed.authors == (holder,) and not parsed.source else ()


def _visible_copyright(lines: Sequence[Line], labels: Sequence[Label], body_idx: Sequence[int]) -> str | None:
    """The holder the copyright notices under the article name, when they name one holder, a person.

    Only lines past the body's last line count: a notice above it or inside it is a photo's
    credit ("© Jane Doe" under a picture), and names the photographer. So is a bare "© Jane Doe"
    in a contact box under the article: a notice counts when it is the site's, dated, worded
    ("Copyright", "All rights reserved") or among the page's last ``NOTICE_TAIL_LINES`` lines.
    The holder must open with a given name (:func:`~newsclean.metadata.names.reads_as_person`):
    a site's notice names the site ("© 2024 Vale Gazette"), and a personal site's names its
    owner, who writes the posts.
    """
    filled = [i for i in range(len(lines)) if lines[i].text]
    tail = filled[-NOTICE_TAIL_LINES] if len(filled) >= NOTICE_TAIL_LINES else 0
    holders = {
        holder
        for i in range(body_idx[-1] + 1 if body_idx else len(lines), len(lines))
        if labels[i] is not Label.BODY
        and lines[i].text
        and (holder := copyright_holder(lines[i].text))
        and (i >= tail or _SITE_NOTICE.search(lines[i].text))
    }
    if len({h.casefold() for h in holders}) != 1:
        return None
    holder = holders.pop()
    return holder if reads_as_person(holder) else None


# A site's copyright notice: dated, or worded as one ("Copyright", "All rights reserved", "Alle Rechte").
_SITE_NOTICE = regex.compile(
    r"(?<!\d)(?:19|20)\d{2}(?!\d)|copyright|rights|rechte|droits|derechos|diritti|direitos|prawa", regex.IGNORECASE
)
# A bare notice ("© Jane Doe") is the site's among the page's last this many non-blank lines.
NOTICE_TAIL_LINES = 8


# A person's name in a copyright notice has at most this many words ("Jane Mary Doe-Roe").
MAX_OWNER_WORDS = 4


def _confirmed(people: tuple[str, ...], bylines: Sequence[str]) -> tuple[str, ...]:
    """The metadata names the visible byline confirms, when it confirms some but not all.

    Author fields list the publisher or a section beside the writers ("Julius Richter",
    "SWR Sport"); the byline on the page names only the writers.
    """
    if len(people) < 2:  # a single name has nothing to be told apart from
        return people
    text = " ".join(" ".join(bylines).split()).casefold()
    confirmed = tuple(p for p in people if p.casefold() in text)
    return confirmed or people


def _markup_authors(context: PageContext) -> tuple[tuple[str, ...], str | None]:
    """Person names from the first body element marked as the author, and a desk named there.

    The markup already says the element is the byline, so a lone handle ("oradmin") counts
    as a name here, unlike on a bare text line.
    """
    meta = context.meta
    if meta is None or not meta.bylines:
        return (), None
    parses = [parse_byline(text, language=context.language) for text in meta.bylines]
    # a marked element that reads as a marked byline ("Posted by A, B and C") beats a bare name
    # marked as the author (a blog platform's account name, "Google")
    marked = next((p for p in parses if p is not None and p.authors and p.score >= MARKED), None)
    if marked is not None:
        return marked.authors, marked.source
    for text, parsed in zip(meta.bylines, parses, strict=True):
        if parsed is not None and parsed.authors:
            return parsed.authors, parsed.source
        if parsed is not None and parsed.source:
            return (), parsed.source
        # the whole text, else its first segment when a date follows: "Georg Quaas, 21. Jan. 2015, <title>"
        head, *rest = _SEGMENT.split(text.strip(_PUNCT), maxsplit=1)
        for piece in (text, head) if rest and _DIGIT.match(rest[0]) else (text,):
            name = _LABEL.sub("", piece.strip(_PUNCT)).strip(_PUNCT)
            if not name or name.casefold() in _PLACEHOLDERS or _DOMAIN.search(name) or _NOT_NAME.search(name):
                continue
            if _ORG.search(name):
                return (), name
            if len(name.split()) <= MAX_META_NAME_WORDS and _meta_name(name):
                return (name,), None
    return (), None


# A label or a marker before the name in a byline element: "Interview: ", "Text und Fotos: ", "By ".
_LABEL = regex.compile(
    r"^(?:[\p{L} ]{1,30}?(?::|\s[-–—|])\s*)?(?:(?:author|autor|autorin|auteur|autore|verfasser)\s+)?"
    r"(?:(?:by|von|por|par|di|da|door|av|af|od|przez|από|от|about|über|à propos de|sobre|acerca de)\s+)?",
    regex.IGNORECASE,
)
_PUNCT = " ,;:|·•-–—/"
_DIGIT = regex.compile(r"\d")
_SEGMENT = regex.compile(r"(?<!\s)\s*[,;|·•»]\s*|\s[-–—]\s")
# Dates, times, labels and sentence punctuation are not part of a name.
_NOT_NAME = regex.compile(r"(?<!\d)\d+[./:]\d|[.!?]\s|[:|\"“”«»()\[\]{}→›]|\p{So}|\p{Sm}")

_QUOTES = " '\"‘’“”«»"
# Academic and professional credentials after a name in an author field ("Jane Doe, PhD").
_CREDENTIAL = regex.compile(
    r"(?<=\S),?\s+(?:Ph\.?\s?D\.?|M\.?D\.?|MSc|M\.?Sc\.?|MBA|MPH|RDN?|RN|DVM|CSCS|LL\.?M\.?|Dipl\.?-\p{L}+\.?)$"
)

# Metadata author entries that are not names.
_PLACEHOLDERS = frozenset({"no author", "unknown", "admin", "administrator", "author", "autor", "anonymous", "guest"})
_DOMAIN = regex.compile(r"\w\.(?:[a-z]{2,6})\b(?!\.)|@|https?:", regex.IGNORECASE)
_HANDLE = regex.compile(r"(?<!\w)\w+[._]\w+")  # from word starts only: linear on "aaaa..."
_URL_TAIL = regex.compile(r"(?<!\s)\s+[-|]\s+(?:https?://|www\.)\S+$")
_ORG = regex.compile(
    r"(?<!\w)(?:e\.\s?V\.|GmbH|AG|Ltd|Inc|LLC|Verlag|Verband|Stiftung|Online|Redaktion|Newsroom|Staff|Desk|"
    r"Agencies|Team|Magazin|Magazine|Zeitung|News|Media|Press|Group|Templates?|Themes?|Blogger|Gazette|Times|Herald|"
    r"Tribune|Journal|Daily|Chronicle|Courier|Observer)(?!\w)",
    regex.IGNORECASE,
)
# A person's name in metadata has at most this many words.
MAX_META_NAME_WORDS = 5


def _meta_name(entry: str) -> bool:
    """Whether a metadata author entry reads as a name: lowercase words are name particles, but one.

    Themes fill author fields with phrases ("deinen Hochzeitsbloggern", "Peter Amende und
    Fuchsy designed"); a lowercase handle written as one word ("macbacchi") still counts.
    """
    words = entry.split()
    if len(words) < 2:
        return True
    if words[0][:1].islower() and words[0].casefold() not in _NAME_PARTICLES:
        return False
    # one lowercase word may be a name typed carelessly ("Mobasir hassan")
    return sum(w[:1].islower() and w.casefold() not in _NAME_PARTICLES for w in words) <= 1


# Lowercase words that belong inside names ("Ursula von der Leyen", "Vincent van Gogh").
_NAME_PARTICLES = PARTICLES | {"dei", "degli", "vom"}


def _site_names(context: PageContext) -> list[str]:
    """What the site is called: ``og:site_name`` and the URL's host (without "www.")."""
    names = []
    if context.meta is not None and context.meta.site_name:
        names.append(context.meta.site_name)
    url = context.url or (context.meta.canonical_url if context.meta else None)
    if url:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            host = ""
        host = host.removeprefix("www.")
        if host:
            names.append(host)
    return names


def _headline(lines: Sequence[Line], head_idx: int | None, context: PageContext) -> str | None:
    """The visible headline, checked against the page's metadata titles (HTML) and the site's name."""
    meta = context.meta
    visible = None
    if head_idx is not None:
        copies = [ln.text for ln in lines if ln.repeats and ln.index != head_idx and ln.words <= 40]
        if meta is not None:
            copies += [t for t in (meta.headline, meta.og_title, meta.title) if t]
        # a line printed once may show where the headline ends too ("Headline › Site" over "Headline")
        once = [ln.text for ln in lines if not ln.repeats and ln.index != head_idx and ln.words <= 40]
        visible = trim_kicker(headline_text(lines[head_idx].text, copies, weak_copies=once), context.url_words)
        # the best cut over the page's lines does not depend on their order or repeats: each text is read once
        others = dict.fromkeys(ln.text for ln in lines if ln.words <= 40 and ln.index != head_idx)
        visible = trim_copied_kicker(visible, others)
    sites = _site_names(context)
    if meta is None:
        return trim_site(visible, sites) if visible else None
    titles = [t for t in (meta.headline, meta.og_title, meta.title) if t]
    short = (ln.text for ln in lines if not ln.is_blank and ln.words <= 40)
    return choose_headline(visible, meta_titles=titles, sites=sites, lines=short) or None


def _find_dates(
    lines: Sequence[Line], labels: Sequence[Label], context: PageContext, body_idx: Sequence[int]
) -> _Dates:
    config = context.config
    kwargs = {
        "language": context.language,
        "reference_time": config.reference_time,
        "min_year": config.min_year,
        "url": context.url,
        # the page writes all its dates one way: decide day/month order once, from all of them
        "dayfirst": page_dayfirst("\n".join(ln.text for ln in lines), url=context.url),
    }
    meta_lines = [i for i, lab in enumerate(labels) if lab in (Label.DATELINE, Label.BYLINE)]
    start = body_idx[0] if body_idx else 0
    window = [
        i
        for i in range(max(0, start - 3 * DATE_WINDOW), min(len(lines), start + DATE_WINDOW))
        if not lines[i].is_blank and i not in meta_lines and lines[i].words <= 40
    ]
    # Last resort: a short line of the article itself ("Stand: 28.04.2020"), then one just after it
    # (a blog's footer strip), nearest the article first: never a comment's or a teaser's date.
    end = body_idx[-1] if body_idx else start
    tail = [
        i
        for i in range(start, min(len(lines), end + 1 + DATE_AFTER))
        if not lines[i].is_blank
        and lines[i].words <= DATE_LINE_WORDS
        and labels[i] not in (Label.COMMENT, Label.PROMO)
        and i not in meta_lines
    ]
    published = updated = None
    found_in = -1  # which group below dated the page
    # After the labelled metadata lines, the byline elements the markup marks ("Georg Quaas,
    # 21. Jan. 2015"): a date in the byline is the article's, wherever the strip was labelled.
    marked = list(context.meta.bylines) if context.meta else []
    # A long first paragraph is prose, except a date it opens with: "(21. November 2022) Text...",
    # as press releases date themselves; it is read in its place in the window.
    if body_idx and lines[start].words > 40:
        window = sorted([*window, start])
    for k, group in enumerate((
        [lines[i].text for i in meta_lines],
        marked,
        [lines[i].text if lines[i].words <= 40 else _lead(lines[i].text, kwargs) for i in window],
        [lines[i].text for i in tail],
    )):
        for text in group:
            for m in find_dates(text, **kwargs):  # type: ignore[arg-type]
                if m.kind == "updated":
                    updated = updated or m
                elif published is None or (m.kind == "published" and published.kind != "published"):
                    published = m
        # a labelled line that shows only the update ("Stand: 12.11.2021") dates the page before a
        # date found by position further on ("gültig seit: 05.11.2021", a teaser's)
        if published is not None or updated is not None:
            found_in = k
            break
    # The page's own statements outrank a date found by position: the JSON-LD/meta publication
    # time, then a full date in the URL. A visible date that agrees on the day is kept (it has the
    # raw text and maybe the time); one that disagrees is a teaser's, a comment's or an update's.
    evidence = _meta_date(context.meta.published if context.meta else None, kwargs)
    if evidence is None and published is None:
        # a generic "date" meta (a CMS record's creation or last change) dates only a page that shows no date
        evidence = _meta_date(context.meta.dated if context.meta else None, kwargs)
    modified = _meta_date(context.meta.modified if context.meta else None, kwargs)
    url_day = date_from_url(context.url) if context.url else None
    if (
        evidence is None
        and published is not None
        and found_in >= _BY_POSITION
        and context.url
        and (month := month_from_url(context.url)) is not None
        and (published.value.year, published.value.month) != month
    ):
        # a date found only by its place near the article ("zum 1. April 2016" in the lead) loses to the
        # page's date in the month the URL files the page under (``/2016/01/slug``), when it shows one
        published = _in_url_month(_short_line_dates(lines, labels, kwargs), month) or published
    if evidence is None and url_day is not None and context.url:
        evidence = DateMatch(value=url_day, raw=context.url, start=0, end=len(context.url), kind="published")
    # A page that shows only when it was updated ("Stand: 05.02.2020", "Updated March 12") is
    # dated by that: it is the date its readers see, and the metadata's first date is often a
    # draft's or the URL slot's.
    only_update = published is None and updated is not None
    if only_update:
        published = updated
    shown = published is not None and (
        only_update
        # the page shows the metadata's modification day: an article republished or revised
        or (modified is not None and _day(published) == _day(modified))
        # the page shows the metadata's instant in its own zone (02:41 UTC shown as 22:41 the day before)
        or (evidence is not None and _same_instant(published, evidence))
    )
    if evidence is not None and not shown and (published is None or _day(published) != _day(evidence)):
        published = evidence
    # Last resort: a page whose only date is its metadata's modification time.
    published = published or modified
    if published is None:
        # the last resorts, in one pass over the page's dates: its date in the URL's month, then its own word
        dated = _short_line_dates(lines, labels, kwargs)
        month = month_from_url(context.url) if context.url else None
        published = (_in_url_month(dated, month) if month is not None else None) or _said_published(dated)
    if (
        updated is not None
        and published is not None
        and not only_update  # the update line stays the update date as well
        and updated.value == published.value
        and updated.raw == published.raw
    ):
        updated = None
    return _Dates(published, updated)


# The groups of _find_dates from which on a date is found by position (the lines around the article's start,
# then its short lines and the ones after it), not by a label or the markup.
_BY_POSITION = 2
# A date opens a paragraph when it starts within this many characters (after "(" or "- ").
LEAD_CHARS = 3
# ... and is read from this much of the paragraph's head.
LEAD_HEAD = 60


def _lead(text: str, kwargs: Mapping[str, object]) -> str:
    """The date a paragraph opens with ("(21. November 2022) Energy prices..."), else ""."""
    head = text[:LEAD_HEAD]
    found = find_dates(head, **kwargs)  # type: ignore[arg-type]
    return head[: found[0].end] if found and found[0].start <= LEAD_CHARS else ""


def _short_line_dates(
    lines: Sequence[Line], labels: Sequence[Label], kwargs: Mapping[str, object]
) -> list[tuple[Line, Label, DateMatch]]:
    """Every date on the page's short lines but the comments', in page order, with its line and label.

    The page-wide searches below (the URL's month, a "Published:" line) read them from one pass.
    """
    return [
        (line, label, m)
        for line, label in zip(lines, labels, strict=True)
        if label is not Label.COMMENT and not line.is_blank and line.words <= DATE_LINE_WORDS
        for m in find_dates(line.text, **kwargs)  # type: ignore[arg-type]
    ]


def _in_url_month(dated: Sequence[tuple[Line, Label, DateMatch]], month: tuple[int, int]) -> DateMatch | None:
    """The first of the page's dates (:func:`_short_line_dates`) in the month the URL files the page under.

    ``month`` is :func:`~newsclean.metadata.dates.month_from_url`'s (``/2010/05/slug``). A blog's post
    footer ("was posted on 19 May 2010") sits anywhere in its template, and the URL's month tells it
    from other dates: it dates a page nothing else dates, and overrules a date found only by its place.
    """
    return next((m for _, _, m in dated if (m.value.year, m.value.month) == month), None)


# Lines whose dates are not the page's own: a comment's, a teaser's, and those the story tells of ("a photo
# posted on November 19, 2018", in its text or under its pictures).
_NOT_SAID_BY_THE_PAGE = frozenset({Label.COMMENT, Label.PROMO, Label.BODY, Label.CAPTION})


def _said_published(dated: Sequence[tuple[Line, Label, DateMatch]]) -> DateMatch | None:
    """The day the page says it was published on ("Published: 03 December 2019"), wherever it says it; else None.

    ``dated`` is :func:`_short_line_dates`'s. Read only when nothing else dates the page: a post's footer may
    sit far under the article. Only a metadata line says it (no sentence, no line of the article's text, a
    caption, a comment or a teaser), and a page that says so of more than one day (a list of posts) dates
    none of them.
    """
    # a sentence that tells of a day ("A photo of him, posted on November 19, 2018.") is no metadata line
    said = [
        m
        for line, label, m in dated
        if m.kind == "published" and label not in _NOT_SAID_BY_THE_PAGE and not line.terminal
    ]
    return said[0] if said and len({_day(m) for m in said}) == 1 else None


def _meta_date(raw: str | None, kwargs: Mapping[str, object]) -> DateMatch | None:
    """The first date in a metadata value (ISO or any other format the page uses), or None."""
    if not raw:
        return None
    found = find_dates(raw, **{**kwargs, "dayfirst": None})  # type: ignore[arg-type]
    return found[0] if found else None


# A zone offset is at most 14 hours, in steps of 15 minutes.
_MAX_OFFSET = timedelta(hours=14)
_OFFSET_STEP = 900


def _same_instant(shown: DateMatch, meta: DateMatch) -> bool:
    """Whether a naive shown time is the metadata's zoned instant seen in some time zone."""
    if not isinstance(shown.value, datetime) or not isinstance(meta.value, datetime):
        return False
    if shown.value.tzinfo is not None or meta.value.tzinfo is None:
        return False
    utc = meta.value.astimezone(timezone.utc).replace(tzinfo=None)
    delta = shown.value.replace(second=0, microsecond=0) - utc.replace(second=0, microsecond=0)
    return abs(delta) <= _MAX_OFFSET and delta.total_seconds() % _OFFSET_STEP == 0


def _day(match: DateMatch) -> date:
    value = match.value
    return value.date() if isinstance(value, datetime) else value


def _tags(lines: Sequence[Line], labels: Sequence[Label]) -> tuple[str, ...]:
    """Values of labelled lines such as "Country: Japan" or "Topics: Energy, Climate" near metadata."""
    tags: list[str] = []
    for i, line in enumerate(lines):
        if labels[i] is Label.BODY or line.words > 12:
            continue
        head, sep, rest = line.text.partition(":")
        if sep and 1 <= len(head.split()) <= 2 and head.strip(" •*-").lower() in _TAG_KEYS:
            values = [v.strip() for v in rest.split(",") if v.strip()]
            if not values:  # "Country:" alone, the value on the next line
                nxt = next((lines[k] for k in range(i + 1, min(i + 3, len(lines))) if not lines[k].is_blank), None)
                if nxt is not None and nxt.words <= 4:
                    values = [nxt.text.lstrip("•*- ").strip()]
            tags.extend(values)
    return tuple(dict.fromkeys(tags))


_TAG_KEYS = frozenset(
    {
        "country",
        "countries",
        "topic",
        "topics",
        "tags",
        "tag",
        "keywords",
        "section",
        "category",
        "categories",
        "themen",
        "thema",
        "schlagwörter",
        "stichworte",
        "temas",
        "tema",
        "etiquetas",
        "sujets",
        "mots-clés",
        "argomenti",
        "tagi",
        "tematy",
        "onderwerpen",
        "region",
    }
)


def _labeled(
    lines: Sequence[Line], revised: Sequence[Revised], physical: Sequence[Line] | None, starts: Mapping[int, int]
) -> tuple[LabeledLine, ...]:
    # a piece of a wrapped paragraph the body joined (``starts``) belongs to its paragraph's block
    if physical is None:
        return tuple(
            _new_labeled(line, r.label, r.score, r.classifier, r.reason, starts.get(i, i))
            for i, (line, r) in enumerate(zip(lines, revised, strict=True))
        )
    out: list[LabeledLine] = []
    for i, (line, r) in enumerate(zip(lines, revised, strict=True)):
        block = starts.get(i, i)
        out.extend(_new_labeled(physical[k], r.label, r.score, r.classifier, r.reason, block) for k in line.span)
    return tuple(out)


# The slot setters of LabeledLine, in field order: a labelled line is made per input line of every page,
# and the frozen dataclass's __init__ (an object.__setattr__ per field) costs about 1.7 times as much.
_SET_LINE, _SET_LABEL, _SET_SCORE, _SET_CLASSIFIER, _SET_REASON, _SET_BLOCK = (
    LabeledLine.__dict__[f.name].__set__ for f in fields(LabeledLine)
)


def _new_labeled(  # noqa: PLR0917  (LabeledLine's own fields, in its order)
    line: Line, label: Label, score: float, classifier: str, reason: str, block: int
) -> LabeledLine:
    """``LabeledLine(line, label, score, classifier, reason, block)``, without the frozen constructor's cost."""
    out = object.__new__(LabeledLine)
    _SET_LINE(out, line)
    _SET_LABEL(out, label)
    _SET_SCORE(out, score)
    _SET_CLASSIFIER(out, classifier)
    _SET_REASON(out, reason)
    _SET_BLOCK(out, block)
    return out


class SourceLines(Sequence[Line]):
    """The physical lines of a reflowed page (``raws``, with the page's ``stopwords``), built on first use.

    ``Article.lines`` lists them, but it is built only when read; the assembler reads the text and
    word count of a few of them (:meth:`text_and_words`), which are a line's own features.
    """

    __slots__ = ("_built", "_raws", "_stopwords")

    def __init__(self, raws: list[str], stopwords: frozenset[str]) -> None:
        self._raws: list[str] | None = raws
        self._stopwords = stopwords
        self._built: tuple[Line, ...] = ()

    def _lines(self) -> tuple[Line, ...]:
        raws = self._raws
        if raws is not None:
            self._built = build_lines([(r, i, i + 1) for i, r in enumerate(raws)], stopwords=self._stopwords)
            self._raws = None
        return self._built

    @overload
    def __getitem__(self, index: int) -> Line: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Line]: ...
    def __getitem__(self, index: int | slice) -> Line | Sequence[Line]:
        return self._lines()[index]

    def __len__(self) -> int:
        return len(self._raws) if self._raws is not None else len(self._built)

    def text_and_words(self, index: int) -> tuple[str, int]:
        """``(self[index].text, self[index].words)``, without building the other lines.

        A line's text and word count depend on its own raw text alone (its position, neighbours
        and repeats do not enter them), so the line built alone has the same.
        """
        raws = self._raws
        line = self._built[index] if raws is None else build_lines([(raws[index], index, index + 1)],
                                                                    stopwords=self._stopwords)[0]
        return line.text, line.words
