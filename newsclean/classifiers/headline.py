"""Headline: lines that could be the article's title.

Every plausible line gets a vote; the context pass picks one, near the start of the
article. Signals:

* shape: 3 to 30 words, mostly letters, no sentence-ending period;
* repetition: the title is often printed two or three times (page title, H1, share text),
  also as one part of a longer line: "<headline> | <site>" (a text dump's page title) or the
  last step of a breadcrumb trail;
* the URL slug: a headline shares most of its words with it (umlauts spelled out, accents
  dropped); a one- or two-word title is heard only when it is the URL's last path segment;
* never a web address, an e-mail address or a slug printed as text;
* HTML: ``<h1>``, ``itemprop="headline"``, and agreement with ``<title>``/OpenGraph/JSON-LD.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

import regex
from rapidfuzz import fuzz

from newsclean.classifiers._util import hint
from newsclean.classifiers.base import PageContext, Vote
from newsclean.labels import Label
from newsclean.lines import SENTENCE_PUNCT, Line, normalize_key, visible_end
from newsclean.metadata.authors import is_job_title
from newsclean.metadata.dates import find_dates

__all__ = ["Headline", "segment_match", "slug_overlap", "title_parts"]

_WORD = regex.compile(r"\w+")
# Separators between a headline and what a page title or breadcrumb trail adds to it.
# Separators are tried only from the start of a whitespace run ("(?<!\s)"): linear on long blank runs.
_PART_SEP = regex.compile(r"(?<!\s)\s+[|\-\u2013\u2014/\u00bb\u203a\u00b7\u2022:>]+\s+|(?<!\s)\s*[|\u00bb\u203a]\s*")
# A line holds a separator only if it holds one of these characters (most lines hold none: no split).
_PART_CHARS = regex.compile(r"[|\-\u2013\u2014/\u00bb\u203a\u00b7\u2022:>]")
# Lines longer than this are prose, never a page title or a breadcrumb trail.
_PART_MAX_WORDS = 60
# A line split into this many pieces or more, none longer than _BAR_PIECE_WORDS words, is a bar of links
# ("Contact Us | Terms of Use | About Us | News"), not a title: its pieces are link texts, printed again as links.
_BAR_MIN_PIECES = 4
_BAR_PIECE_WORDS = 3
_CRUMB = regex.compile(r"\s[›»>/|]\s")
# Sentence ends that no abbreviation or decimal shares (ideographic, full-width, Arabic, Devanagari, Ethiopic,
# Armenian), with more text after them. A headline is one sentence, at most two ("重磅！…"); a line that
# holds MAX_INNER_SENTENCE_ENDS of them before its end is prose, in a dump as in a <p>.
_INNER_SENTENCE_END = regex.compile(r"[。！？｡\u061f\u06d4\u0964\u0965\u1362\u0589](?=\s*\S)")
MAX_INNER_SENTENCE_ENDS = 2
# The longest title in words. Past it one such end before the line's own is enough: a title holds a question
# ("为什么？专家解读") in few words, a long line holding one is two sentences (the context pass reads it so too).
TITLE_MAX_WORDS = 15
_FUZZ_MAX_CHARS = 300
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A line holding a full date is a date strip, a teaser with its date or a caption far more often than a title.
DATED_PENALTY = 0.25
# Photo credits ("© Oli Scarff/Getty Images", "Image copyright Reuters", "Credit: Getty Images") and
# a text dump's form fields ("Search for: [ ] [Search]") look like titles by shape alone.
_NOT_TITLE = regex.compile(r"©|\bcopyright\b|^(?:photo\s+)?credits?:|\[\s*\]", regex.IGNORECASE)
# A character no writing uses: a code point Unicode leaves unassigned, a private-use glyph (an icon
# font's), or the replacement character a failed decoding leaves. A line holding one is garbled text
# or an icon's label, never the story's title.
_GARBLED = regex.compile(r"[\p{Cn}\p{Co}\ufffd]")
# A web address, an e-mail address or a URL slug ("estas-son-las-marcas-que-...") printed as text
# shares the slug's words by construction, yet is never the title.
_WEB_ADDRESS = regex.compile(r"://|(?<![\w.])www\.|\w@[\w-]+\.\w|^\S*\.\p{Ll}{2,4}/?$")
_WEB_SLUG = regex.compile(
    r"(?<![\w-])\p{Ll}+(?:-\p{Ll}+){4,}(?![\w-])"
    # an image's file name or alt text run together with hyphens: "Jane-Doe-headshot"
    r"|^[\p{L}\d]+(?:-[\p{L}\d]+){2,}$"
)
# A short title ("Performant Python", "Blockhaus 3") names the page's last URL path segment
# ("/performant-python", "/blockhaus-typ-3/"): a Dice overlap of at least SEGMENT_SHARE with its words.
SEGMENT_SHARE = 0.6
SEGMENT_BONUS = 0.3
SEGMENT_MAX_REPEATS = 1
_SEGMENT_EXT = regex.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cms)$", regex.IGNORECASE)
_SEGMENT_TOKEN = regex.compile(r"\p{L}+|\d+")
# Slugs spell umlauts out ("zapfsaeulen") or drop their marks ("zapfsaulen").
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Numbers this long in a path are ids ("/news/588409/"), not words of the title.
_ID_DIGITS = 3
# A headline covers at least this share of its URL slug's words.
SLUG_MIN_COVERAGE = 0.4  # rapidfuzz on longer strings costs more than a headline is worth
# An <h1> is one signal among several, not proof: pages print logos, section names and teaser
# titles in <h1>s too. A title-case <h1> alone scores 0.25 + 0.1 + H1_BONUS = 0.55, just short of
# a headline strong enough to anchor the article (context.HEADLINE_STRONG, a strict ">"): the
# article follows its <h1> only when another signal agrees (the page's <title> or og:title,
# the URL slug). A text rendering of the page has no <h1>, so a lone <h1> that anchored the
# article let the same page's HTML and text disagree on a teaser under a late <h1>. A repeat
# counts for an <h1> only beside one of those signals: the rendering prints the same two copies
# and reads them as a title printed twice (0.50), and an <h1> printed twice at 0.70 anchored the
# HTML's article where the rendering's was not (issue 6).
H1_BONUS = 0.2
# A line printed more than once on the page (a title printed again over its story, a copy in the <title>).
REPEAT_BONUS = 0.15


@dataclass(frozen=True, slots=True)
class Headline:
    """Votes ``HEADLINE`` on title-like lines.

    >>> from newsclean.lines import split_lines
    >>> ctx = PageContext(url_words=frozenset({"bridge", "reopens", "after", "repairs"}))
    >>> Headline().classify(split_lines("Bridge Reopens After Repairs"), ctx)[0].label.name
    'HEADLINE'

    .. versionadded:: 0.1.0
    """

    name: str = "headline"
    """Registry name."""
    min_words: int = 3
    """Headlines have at least this many words (CJK: letters / 2)."""
    max_words: int = 30
    """Headlines have at most this many words; longer lines are prose."""
    slug_share: float = 0.45
    """:func:`slug_overlap` with the URL slug at which the slug bonus applies."""
    meta_ratio: float = 85.0
    """rapidfuzz ratio to an HTML title/OpenGraph/JSON-LD headline that counts as agreement."""

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        """Vote on each line."""
        page = _Page(
            titles=_meta_titles(context),
            parts=title_parts(lines),
            segment=_segment_tokens(context.url),
            slug=_SlugWords.of(context.url_words),
            unlike_copies=_unlike_copies(lines),
        )
        listed = _numbered_items(lines)
        return [None if i in listed else self._vote(line, context, page) for i, line in enumerate(lines)]

    def _vote(self, line: Line, context: PageContext, page: _Page) -> Vote | None:
        if not line.text or line.words > self.max_words:
            return None
        named = 0.0
        if line.words < self.min_words:
            # a one- or two-word title counts only when it is the page's own URL segment
            named = page.share(line.text)
            # a menu item printed again and again that names only part of the segment is a section
            # ("Führung" on ".../fuehrung/staerkenorientierte-fuehrung"), not this page
            if named < SEGMENT_SHARE or (named < 1.0 and line.repeats > SEGMENT_MAX_REPEATS):
                return None
        # a bidi mark or isolate a dump prints after the period ("...שיפוצים.\u2069") still ends a sentence
        tail = visible_end(line.text)
        if line.letter_ratio < 0.6 or (tail.endswith((".", ":", ",", ";")) and not tail.endswith("...")):
            return None
        if len(_CRUMB.findall(line.text)) >= 2:  # "Home › Region › Town": a breadcrumb, not a title
            return None
        inner = len(_INNER_SENTENCE_END.findall(tail))
        if inner >= MAX_INNER_SENTENCE_ENDS or (inner and line.words > TITLE_MAX_WORDS):
            return None  # three sentences or more, or a long line of two: prose
        if _NOT_TITLE.search(line.text) or _is_web(line.text):  # a credit, a search form, an address
            return None
        if not line.text.isascii() and _GARBLED.search(line.text):
            return None
        score, why = 0.25, ["title-shaped"]
        language = context.language
        if _YEAR.search(line.text) and any(_YEAR.search(m.raw) for m in find_dates(line.text, language=language)):
            # a full date ("Veröffentlicht am 10. Februar 2019 von Heiko") marks a date strip or a teaser list
            score -= DATED_PENALTY
            why.append("holds a full date")
        if line.title_ratio >= 0.6 or line.upper_ratio > 0.8:
            score += 0.1
            why.append("title case")
        # a title printed again is printed alike: a question ("...?") whose copy is a statement ("....") is
        # a paragraph said twice, not a title and its copy
        parts = page.parts
        key = normalize_key(line.text) if line.repeats or parts else ""
        repeated = bool(line.repeats) and key not in page.unlike_copies
        if repeated:
            score += REPEAT_BONUS
            why.append(f"printed {line.repeats + 1} times")
        titled = False
        if parts:
            whole = parts.get(key)
            if whole is not None and whole != key:
                score += 0.3
                why.append("part of a page title or breadcrumb")
                titled = True
        if named:
            score += SEGMENT_BONUS * named
            why.append(f"{named:.0%} match with the URL's last segment")
        overlap = page.slug.overlap(line.text)
        if titled and page.slug.covers(line.text):
            # the page's own title holding every word of its slug is the slug's source: a subheading
            # that repeats a few of those words ("Wie viele Eier legen Hühner?") is shorter, not closer
            overlap = 1.0
        if overlap >= self.slug_share:
            # the closer the match, the stronger: the story's own title beats a subheading sharing a few words
            score += 0.45 * overlap
            why.append(f"{overlap:.0%} match with the URL slug")
        titles = page.titles
        meta = bool(titles) and any(_agrees(line.text, t, self.meta_ratio) for t in titles)
        markup = line.markup
        if markup is not None:
            if markup.heading == 1:
                # a repeat is the one signal a text rendering of the page shares with its <h1>: alone,
                # it does not lift the <h1> to a confident headline the rendering's two copies are not
                alone = repeated and not (titled or named or overlap >= self.slug_share or meta)
                score += H1_BONUS - (REPEAT_BONUS if alone else 0.0)
                why.append("<h1>")
            elif markup.heading:
                score += 0.05
            if markup.itemprop == "headline" or hint(line, "headline", "title"):
                score += 0.15
                why.append("html: headline hint")
            if markup.link_density > 0.5:
                score -= 0.2
        if meta:
            score += 0.35
            why.append("matches page metadata title")
        return Vote(Label.HEADLINE, min(score, 1.0), "headline: " + ", ".join(why))


def _is_web(text: str) -> bool:
    """A web address, an e-mail address or a slug printed as text.

    Each pattern runs only on lines holding the characters it needs (a dot or "://"; two
    hyphens): scanning every line with them costs more than the rest of the vote.
    """
    if ("." in text or "://" in text) and _WEB_ADDRESS.search(text):
        return True
    return text.count("-") >= 2 and _WEB_SLUG.search(text) is not None


# The most words of a name before a job title ("Jane O'Neil | Staff Writer"); a headline is longer.
_NAME_MAX_WORDS = 3


def _name_and_role(pieces: Sequence[str]) -> bool:
    """Whether a line's pieces are a byline's name and job title, not "<headline> | <site>".

    >>> _name_and_role(["Jane O'Neil ", " Staff Writer"]), _name_and_role(["Bridge reopens after two years ", " News"])
    (True, False)
    """
    return len(pieces) == 2 and len(pieces[0].split()) <= _NAME_MAX_WORDS and is_job_title(pieces[1])


def _link_bar(pieces: Sequence[str]) -> bool:
    """Pieces of a bar of links: ``_BAR_MIN_PIECES`` or more, each of at most ``_BAR_PIECE_WORDS`` words.

    >>> _link_bar(["Contact Us", "Terms of Use", "About Us", "News"])
    True
    >>> _link_bar(["Home", "News", "Bridge reopens after two years of repairs"])
    False
    """
    return len(pieces) >= _BAR_MIN_PIECES and all(len(piece.split()) <= _BAR_PIECE_WORDS for piece in pieces)


def title_parts(lines: Sequence[Line]) -> dict[str, str]:
    """The parts of short lines split at title separators, each mapped to its whole line's key.

    A text dump often opens with the page's ``<title>``, "<headline> | <site>", and a
    breadcrumb trail ends with the headline: a line that is one such part, but not the
    whole line, is the headline printed a second time.

    >>> from newsclean.lines import split_lines
    >>> parts = title_parts(split_lines("Bridge reopens after repairs | Daily Post"))
    >>> parts["bridgereopensafterrepairs"]
    'bridgereopensafterrepairsdailypost'

    .. versionadded:: 0.1.0
    """
    parts: dict[str, str] = {}
    for line in lines:
        if not line.text or line.words > _PART_MAX_WORDS or _PART_CHARS.search(line.text) is None:
            continue
        pieces = _PART_SEP.split(line.text)
        if len(pieces) < 2 or _name_and_role(pieces) or _link_bar(pieces):
            continue
        whole = normalize_key(line.text)
        keys = [normalize_key(piece) for piece in pieces]
        # a headline that holds a separator itself ("Topic – the question? - Site") is the whole
        # line but its last piece, the site's name (a site's name may hold a separator too, so
        # the headline is not taken as all but the first piece)
        joined = ["".join(keys[:-1])] if len(keys) > 2 else []
        for key in (*keys, *joined):
            if len(key) >= 8 and key != whole:
                parts.setdefault(key, whole)
    return parts


def slug_overlap(text: str, url_words: frozenset[str]) -> float:
    """How well a line and the URL slug match: the Dice overlap of their words.

    A slug word also matches a longer line word it starts (slugs shorten words:
    "ausflug" for "Ausflugsziele"). Both sides count, so "Next Auto News" does not
    match a long slug that mentions "auto" and "news".

    >>> slug_overlap("Bridge reopens after repairs", frozenset({"bridge", "reopens", "after", "repairs"}))
    1.0
    >>> round(slug_overlap("Auto News", frozenset({"lexus", "wants", "auto", "news", "topless"})), 2)
    0.57
    >>> slug_overlap("Autohäuser öffnen", frozenset({"autohaeuser", "oeffnen"}))
    1.0
    """
    return _SlugWords.of(url_words).overlap(text)


@dataclass(slots=True)
class _SlugWords:
    """One page's URL slug words, and which line words match them (each word is tested once a page)."""

    words: frozenset[str]
    """The slug's words."""
    prefixes: tuple[str, ...]
    """The slug words a longer line word may start with (4 letters or more)."""
    known: dict[str, bool]
    """Case-folded line word -> whether it matches the slug in any of its spellings."""
    scores: dict[str, float]
    """Line text -> its overlap (pages repeat lines)."""

    @classmethod
    def of(cls, url_words: frozenset[str]) -> _SlugWords:
        return cls(url_words, tuple(u for u in url_words if len(u) >= 4), {}, {})

    def overlap(self, text: str) -> float:
        """:func:`slug_overlap` of ``text`` with these words."""
        if not self.words:
            return 0.0
        score = self.scores.get(text)
        if score is None:
            score = self.scores[text] = self._overlap(text)
        return score

    def covers(self, text: str) -> bool:
        """Whether ``text`` holds as many matching words as the slug has (at least two): all of the slug."""
        return len(self.words) >= 2 and self._shared(text)[0] >= len(self.words)

    def _shared(self, text: str) -> tuple[int, int]:
        """How many of the line's words match the slug (at most the slug's size), and how many words it has."""
        words = {w for w in _WORD.findall(text.casefold()) if len(w) >= 2}
        known = self.known
        shared = 0
        for w in words:
            hit = known.get(w)
            if hit is None:
                # slugs spell "Autohäuser" "autohaeuser" and "économie" "economie": a word matches in any spelling
                hit = known[w] = any(self._in_slug(f) for f in {w, *_fold(w)})
            shared += hit
        return min(shared, len(self.words)), len(words)

    def _overlap(self, text: str) -> float:
        url_words = self.words
        shared, n = self._shared(text)
        if not n:
            return 0.0
        dice = 2 * shared / (n + len(url_words))
        # a short line that names two or three of a long slug's words is a section or caption, not the title
        return dice if shared >= SLUG_MIN_COVERAGE * len(url_words) else dice / 2

    def _in_slug(self, word: str) -> bool:
        return word in self.words or (len(word) > 4 and word.startswith(self.prefixes))


@dataclass(frozen=True, slots=True)
class _Page:
    """What the headline votes of one page share, computed once a page."""

    titles: tuple[str, ...]
    """The page's metadata titles (HTML), cut for rapidfuzz."""
    parts: dict[str, str]
    """:func:`title_parts` of the page's lines."""
    segment: frozenset[str]
    """The tokens of the URL's last path segment."""
    slug: _SlugWords
    """The URL slug's words."""
    unlike_copies: frozenset[str] = frozenset()
    """The repeat keys of lines printed more than once that end in different sentence marks."""
    folds: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Token -> :func:`_fold` of it, filled as short lines are matched with the URL segment (menus repeat them)."""
    shares: dict[str, float] = field(default_factory=dict)
    """Line text -> its :func:`_segment_share` (menus repeat their short lines)."""

    def share(self, text: str) -> float:
        """:func:`_segment_share` of ``text`` with the page's URL segment, each text matched once a page.

        >>> page = _Page((), {}, frozenset({"bridge"}), _SlugWords.of(frozenset()))
        >>> page.share("Bridge"), page.shares
        (1.0, {'Bridge': 1.0})
        """
        share = self.shares.get(text)
        if share is None:
            share = self.shares[text] = _segment_share(text, self.segment, self.folds)
        return share


_NUMBER = regex.compile(r"\(?(\d{1,3})([.)])")
NEXT_ITEM_REACH = 3
"""How many non-blank lines under a numbered line are searched for the list's next number."""


def _numbered_items(lines: Sequence[Line]) -> frozenset[int]:
    """The positions of numbered lines ("1. ...") whose list goes on ("2. ...") within a few lines: list items.

    A title may open with a number ("1. FC Köln siegt"), but not one that the next item continues.

    >>> from newsclean.lines import split_lines
    >>> sorted(_numbered_items(split_lines("1. Eggs and milk\\n\\n2. Flour\\n1. FC Köln wins the cup")))
    [0]
    """
    items: list[tuple[int, int, str]] = []  # (index, number, closing mark) of each numbered line
    for i, line in enumerate(lines):
        m = _NUMBER.fullmatch(line.bullet) if line.bullet else None
        if m is not None:
            items.append((i, int(m.group(1)), m.group(2)))
    found: set[int] = set()
    for n, (i, number, mark) in enumerate(items[:-1]):
        k, nxt, nxt_mark = items[n + 1]
        between = sum(1 for j in range(i + 1, k) if lines[j].text)
        if nxt == number + 1 and nxt_mark == mark and between < NEXT_ITEM_REACH:
            found.add(i)
    return frozenset(found)


def _unlike_copies(lines: Sequence[Line]) -> frozenset[str]:
    """The repeat keys (:func:`~newsclean.lines.normalize_key`) of the page's repeated lines whose copies end unlike.

    A copy's ending is its last visible character when that is a sentence mark, else nothing:
    "Is the bridge safe?" and "Is the bridge safe." are one text said twice, not a title and its copy.

    >>> from newsclean.lines import split_lines
    >>> sorted(_unlike_copies(split_lines("Is it safe?\\nIs it safe.\\nA title\\nA title")))
    ['isitsafe']
    """
    ends: dict[str, set[str]] = {}
    for line in lines:
        if line.repeats:
            tail = visible_end(line.text)[-1:]
            ends.setdefault(normalize_key(line.text), set()).add(tail if tail in SENTENCE_PUNCT else "")
    return frozenset(key for key, marks in ends.items() if len(marks) > 1)


def _fold(token: str) -> tuple[str, str]:
    """A case-folded word as a slug spells it: umlauts written out, and all marks dropped."""
    word = token.casefold()
    if word.isascii():  # most words: no umlaut, no mark
        return word, word
    bare = "".join([c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)])
    return word.translate(_UMLAUTS), bare


def _segment_tokens(url: str | None) -> frozenset[str]:
    if not url:
        return frozenset()
    try:
        path = unquote(urlsplit(url).path)[:500]
    except ValueError:
        return frozenset()
    segment = next((p for p in reversed(path.split("/")) if p), "")
    tokens = _SEGMENT_TOKEN.findall(_SEGMENT_EXT.sub("", segment).casefold())
    return frozenset(t for t in tokens if not (t.isdigit() and len(t) >= _ID_DIGITS))


def segment_match(text: str, url: str | None) -> float:
    """How well a short line names the URL's last path segment: the Dice overlap of their words.

    Every word of the segment must be in the line (a number may be missing: "nebelsuppe-6"), so a
    line naming part of a longer slug ("Stock Car" on "/calendario-stock-car-2018/") scores 0.

    >>> segment_match("Performant Python", "https://example.com/articles/performant-python")
    1.0
    >>> segment_match("Elektro-Zapfsäulen.", "https://example.com/2019/11/17/elektro-zapfsaeulen/")
    1.0
    >>> segment_match("Python", "https://example.com/articles/performant-python")
    0.0
    >>> segment_match("Chorgeschichte", "https://example.com/geschichte.html")  # a compound on its head
    1.0

    .. versionadded:: 0.1.0
    """
    return _segment_share(text, _segment_tokens(url), {})


def _segment_share(text: str, segment: frozenset[str], folds: dict[str, tuple[str, str]]) -> float:
    """:func:`segment_match` against the URL segment's tokens; ``folds`` holds the tokens folded so far."""
    if not segment:
        return 0.0
    words = set()
    for t in _SEGMENT_TOKEN.findall(text):
        folded = folds.get(t)
        if folded is None:
            folded = folds[t] = _fold(t)
        words.add(folded)
    if not segment or not words:
        return 0.0
    matched = {t for w in words for f in w for t in _named(f, segment)}
    if any(not t.isdigit() and t not in matched for t in segment):
        return 0.0
    shared = sum(1 for w in words if _named(w[0], segment) or _named(w[1], segment))
    return 2 * shared / (len(words) + len(segment))


# A compound names a segment word that is its head ("Chorgeschichte" on ".../geschichte.html") when that
# word has at least this many letters, and the compound at least COMPOUND_MIN_MODIFIER more before it.
COMPOUND_HEAD_MIN = 6
COMPOUND_MIN_MODIFIER = 3


def _named(form: str, segment: frozenset[str]) -> tuple[str, ...]:
    """The segment words one folded word of a line names: itself, or the head of a compound it is."""
    if form in segment:
        return (form,)
    return tuple(
        t
        for t in segment
        if len(t) >= COMPOUND_HEAD_MIN and len(form) >= len(t) + COMPOUND_MIN_MODIFIER and form.endswith(t)
    )


def _meta_titles(context: PageContext) -> tuple[str, ...]:
    meta = context.meta
    if meta is None:
        return ()
    # pages repeat one title in several places: each distinct one is compared once
    return tuple(dict.fromkeys(t[:_FUZZ_MAX_CHARS] for t in (meta.headline, meta.og_title, meta.title) if t))


def _agrees(text: str, title: str, threshold: float) -> bool:
    text = text[:_FUZZ_MAX_CHARS]
    if fuzz.ratio(text, title) >= threshold:
        return True
    # "<headline> | Site" titles: the line must be a prefix-like part of the title
    return len(text) >= 0.5 * len(title) and fuzz.partial_ratio(text, title) >= threshold + 5
