"""Headline text: trim site names the page proves, weigh visible lines against metadata.

"Bridge reopens | Daily Planet" keeps its suffix unless another copy of the headline
on the page ("Bridge reopens") shows where the headline ends, or the site's name
(``og:site_name``, the URL's host) shows that the cut-off part is the site.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

import regex
from rapidfuzz import fuzz

from newsclean.lines import ASCII_TOKEN

__all__ = [
    "choose_headline",
    "headline_text",
    "names_site",
    "same_title",
    "trim_copied_kicker",
    "trim_kicker",
    "trim_site",
]

# Tried only from the start of a whitespace run ("(?<!\s)"), so long blank runs cost linear time.
_SEP = r"(?<!\s)\s+(?:\||-|–|—|::|·|»|›|//|/)\s+|(?<!\s)\s*::\s*"
# " | Site", " - Site", " – Site", " :: Site", " — Site", " › Site" at the end.
_SUFFIX = regex.compile(r"(?<!\s)\s+(?:\||-|–|—|::|·|»|›)\s+(?:(?!\s(?:\||-|–|—|::|·|»|›)\s).){1,80}$")
_SEGMENTS = regex.compile(_SEP)
# "SITE: Headline": a prefix ended by a colon, only cut when it names the site.
_COLON_PREFIX = regex.compile(r"^([^:]{2,60}):\s+(?=\S)")
# "Headline (Site)": a bracketed tail, only cut when it names the site.
_PAREN_SUFFIX = regex.compile(r"\s+\(([^()]{2,60})\)$")
_INVISIBLE = regex.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_PUNCT = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′´`‹›", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
    }
)
_NON_WORD = regex.compile(r"[^\w]+")
# How similar another copy must be to the trimmed headline to prove the cut.
AGREE_RATIO = 92.0
# Two copies of one title (visible line, metadata) agree at this rapidfuzz ratio of their keys.
SAME_RATIO = 90.0
# A site-name segment matches the site's name or host at this partial ratio.
SITE_RATIO = 85.0
# A headline is at most this many words; longer "titles" are descriptions.
MAX_HEADLINE_WORDS = 40
_MAX = 300


# A list bullet or box glyph a text dump prints before a heading ("• Title", "□ Title") is not part of it.
# Plain-text converters write "* ", "+ " and "o " for bullets of nested lists.
_LIST_MARK = regex.compile(r"^(?:[•◦▪▫■□☆★◆◇►▶▸→←·*+]+|o(?=\s+\p{Lu}))\s+")


def _tidy(text: str) -> str:
    """Whitespace collapsed, soft hyphens and zero-width characters removed."""
    if text.isascii():  # most lines: no soft hyphen or zero-width character is ASCII
        return " ".join(text.split())
    return " ".join(_INVISIBLE.sub("", text).split())


def _key(text: str) -> str:
    """A comparison key: NFKC, quotes and dashes unified, case-folded, punctuation-free.

    >>> _key("Bridge re-opens: „Finally“!"), _key("Bridge RE-OPENS: 'finally'")
    ('bridge re opens finally', 'bridge re opens finally')
    """
    if text.isascii():
        # NFKC, the invisible characters and the quotes and dashes unified change no ASCII text but "`",
        # a non-word character either way; casefold is lower; the words joined are the text with every
        # run of non-word characters one space, none at the ends
        return " ".join(ASCII_TOKEN.findall(text.lower()))[:_MAX]
    return _full_key(text)


def _full_key(text: str) -> str:
    """:func:`_key` of any text, step by step (:func:`_key` takes a shortcut on ASCII text)."""
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text)).translate(_PUNCT).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())[:_MAX]


def same_title(a: str, b: str) -> bool:
    """Whether two strings are copies of one title (case, quotes, dashes and punctuation aside).

    >>> same_title("„Gute Löhne alleine reichen nicht“", "Gute Löhne alleine reichen nicht")
    True
    >>> same_title("Bridge reopens", "Bridge closes for the winter")
    False

    .. versionadded:: 0.1.0
    """
    ka, kb = _key(a), _key(b)
    return bool(ka and kb) and (ka == kb or fuzz.ratio(ka, kb) >= SAME_RATIO)


def headline_text(text: str, copies: Iterable[str] = (), *, weak_copies: Iterable[str] = ()) -> str:
    """The headline, without a " | Site" suffix when another copy shows it is not part of it.

    Args:
        text: the headline line.
        copies: other lines or metadata titles that may repeat the headline.
        weak_copies: lines printed once that may repeat it: they prove a cut only when the part cut
            off is shorter than the headline ("Headline › Site"), not "Series – second part".

    Returns:
        The headline, whitespace collapsed, soft hyphens removed.

    >>> headline_text("Bridge reopens | Daily Planet", ["Bridge reopens"])
    'Bridge reopens'
    >>> headline_text("Trump - the sequel", [])
    'Trump - the sequel'

    .. versionadded:: 0.1.0
    """
    text = _LIST_MARK.sub("", _tidy(text))
    others = [_tidy(c)[:_MAX] for c in copies if c]
    weak = [_tidy(c)[:_MAX] for c in weak_copies if c]
    current = text
    for _ in range(2):
        m = _SUFFIX.search(current)
        if not m:
            break
        head = current[: m.start()]
        words = len(head.split())
        if words < 2:
            break
        # a site name is shorter than the headline it follows: a tail as long may be the title's second part
        short_tail = len(current[m.start() :].split()) - 1 < words  # the tail's words, less the separator
        proof = [*others, *weak] if short_tail else others
        if not any(fuzz.ratio(head[:_MAX], o) >= AGREE_RATIO for o in proof):
            break
        current = head
    return current


def trim_kicker(text: str, url_words: frozenset[str]) -> str:
    """The headline without a kicker printed on its line, when the URL slug shows where the title starts.

    A kicker ("Immobilienkrise", "Olympische Spiele in Paris") of one to four words runs into the
    headline in a text dump; none of its words is in the slug, while the title after it opens with
    a slug word and matches the slug better than the whole line.

    >>> slug = frozenset({"bridge", "reopens", "after", "repairs"})
    >>> trim_kicker("Property Crisis Bridge reopens after repairs", slug)
    'Bridge reopens after repairs'

    .. versionadded:: 0.1.0
    """
    if not url_words:
        return text
    words = text.split()
    whole = _slug_dice(words, url_words)
    best, best_score = text, whole
    for k in range(1, min(MAX_KICKER_WORDS, len(words) - MIN_TITLE_AFTER_KICKER) + 1):
        word = words[k - 1]
        # the kicker holds no slug word and reads as a label of capitalised words ("Olympische Spiele");
        # a lowercase word, a digit or a quote makes it part of the title
        if _in_slug(word, url_words) or not _KICKER_WORD.fullmatch(word):
            break
        rest = words[k:]
        if not _in_slug(rest[0], url_words) or not rest[0][:1].isupper():
            continue
        score = _slug_dice(rest, url_words)
        if score >= KICKER_SLUG_SHARE and score > best_score + KICKER_GAIN:
            best, best_score = " ".join(rest), score
    return best


def trim_copied_kicker(text: str, lines: Iterable[str]) -> str:
    """The headline without a kicker run into its line, when another line prints the headline without it.

    A text dump runs the kicker into the title with a bare space ("Property Crisis Bridge reopens after
    repairs"); the page's ``<title>`` or a breadcrumb prints the title alone, whole or as one part of a
    longer line ("Bridge reopens after repairs | Daily Planet", "Property Crisis: Bridge reopens after
    repairs"). The copy must hold at least MIN_TITLE_AFTER_KICKER words, start with a capital, and leave off
    at most MAX_KICKER_WORDS; the words kept are the headline line's own. A kicker the line itself sets
    off ("Property Crisis: Bridge reopens") is part of the printed headline and stays, and so does a short
    first word ("The", "Das": an article, not a kicker).

    >>> trim_copied_kicker("Property Crisis Bridge reopens after repairs", ["Bridge reopens after repairs | Planet"])
    'Bridge reopens after repairs'
    >>> trim_copied_kicker("Property Crisis: Bridge reopens after repairs", ["Bridge reopens after repairs | Planet"])
    'Property Crisis: Bridge reopens after repairs'

    .. versionadded:: 0.1.0
    """
    words = text.split()
    # the line could shorten to these keys: cut after a word run straight into a capitalised one
    tails = {
        _key(" ".join(words[k:])): k
        for k in range(1, min(MAX_KICKER_WORDS, len(words) - MIN_TITLE_AFTER_KICKER) + 1)
        if words[k - 1][-1:].isalnum() and words[k][:1].isupper() and (k > 1 or len(words[0]) >= MIN_KICKER_CHARS)
    }
    if not tails:
        return text
    whole = _key(text)
    probes = _tail_probes(tails)
    best = 0
    for line in lines:
        if len(line.split()) > MAX_HEADLINE_WORDS:
            continue
        if probes is not None and line.isascii() and not _holds_a_probe(line.lower(), probes):
            continue  # (an ASCII line's and its parts' keys are words of the line, lowercased)
        key = _key(line)
        if key and key != whole:
            for copy in (key, *(_key(p) for p in _parts(line))):
                best = max(best, tails.get(copy, 0))
    return " ".join(words[best:]) if best else text


def _tail_probes(tails: Iterable[str]) -> tuple[str, ...] | None:
    """One word of each key in ``tails``, its longest, or None when a key has no word.

    A text whose key is one of them holds that key's word, and an ASCII text holds it lowercased:
    an ASCII line holding none of the probes, lowercased, is keyed to no tail, nor is any part of it.

    >>> _tail_probes(["bridge reopened after repairs", "after repairs"]), _tail_probes(["a", ""])
    (('reopened', 'repairs'), None)
    """
    probes = []
    for key in tails:
        words = key.split()
        if not words:
            return None
        probes.append(max(words, key=len))
    return tuple(probes)


def _holds_a_probe(lowered: str, probes: Sequence[str]) -> bool:
    """Whether the lowercased text holds one of the words ``probes`` (:func:`_tail_probes`)."""
    return any(probe in lowered for probe in probes)


# A one-word kicker has at least this many characters.
MIN_KICKER_CHARS = 5
# A kicker has at most this many words, and the title after it at least this many.
MAX_KICKER_WORDS = 4
MIN_TITLE_AFTER_KICKER = 3
# The title after a kicker matches the slug at least this well (Dice overlap of words).
KICKER_SLUG_SHARE = 0.5
# ... and better than the whole line by this much: slugs often drop a title's first word ("Über", "Erste").
KICKER_GAIN = 0.1
_SLUG_TOKEN = regex.compile(r"\w+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_KICKER_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*")


def _slug_tokens(word: str) -> list[str]:
    return [t for t in _SLUG_TOKEN.findall(word.casefold()) if len(t) >= 2]


def _in_slug(word: str, url_words: frozenset[str]) -> bool:
    """A word of the line is in the slug, whole or as the slug's shortened form ("ausflug" for "Ausflugsziele")."""
    return any(
        f in url_words or (len(f) > 4 and any(len(u) >= 4 and f.startswith(u) for u in url_words))
        for t in _slug_tokens(word)
        for f in _spellings(t)
    )


def _spellings(token: str) -> set[str]:
    """A word as slugs spell it: as is, umlauts written out ("autohaeuser"), marks dropped ("economie")."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c))
    return {token, token.translate(_UMLAUTS), bare}


def _slug_dice(words: Sequence[str], url_words: frozenset[str]) -> float:
    tokens = {t for w in words for t in _slug_tokens(w)}
    if not tokens:
        return 0.0
    shared = min(sum(1 for t in tokens if _in_slug(t, url_words)), len(url_words))
    return 2 * shared / (len(tokens) + len(url_words))


def names_site(segment: str, sites: Sequence[str]) -> bool:
    """Whether a title segment or an author entry is the site's name or host.

    >>> names_site("Daily Planet", ["www.dailyplanet.example"])
    True

    .. versionadded:: 0.1.0
    """
    key = _key(segment)
    if not key:
        return False
    for site in sites:
        skey = _key(site)
        if not skey:
            continue
        if key == skey or (len(key) >= 3 and (key in skey or skey in key)):
            return True
        kn, sn = key.replace(" ", ""), skey.replace(" ", "")
        if (len(kn) >= 4 and kn in sn) or fuzz.ratio(kn, sn) >= SITE_RATIO:
            return True
    return False


def trim_site(title: str, sites: Sequence[str]) -> str:
    """A page title without the segments that name the site ("Headline | Site", "Site - Headline").

    Args:
        title: a ``<title>`` or ``og:title`` text.
        sites: what the site is called: ``og:site_name``, the URL's host name.

    Returns:
        The title without leading or trailing site segments; unchanged when none names the site.

    >>> trim_site("Bridge reopens | Daily Planet", ["Daily Planet"])
    'Bridge reopens'
    >>> trim_site("PLANET: Bridge reopens", ["planet.example.com"])
    'Bridge reopens'
    >>> trim_site("Bridge reopens - a long story", ["Daily Planet"])
    'Bridge reopens - a long story'

    .. versionadded:: 0.1.0
    """
    title = _tidy(title)
    if not sites:
        return title
    parts = _SEGMENTS.split(title)
    seps = _SEGMENTS.findall(title)
    lo, hi = 0, len(parts)
    while hi - lo > 1 and names_site(parts[hi - 1], sites):
        hi -= 1
    while hi - lo > 1 and names_site(parts[lo], sites):
        lo += 1
    out = parts[lo]
    for k in range(lo + 1, hi):
        out += seps[k - 1] + parts[k]
    m = _PAREN_SUFFIX.search(out)
    if m and names_site(m.group(1), sites):
        out = out[: m.start()]
    m = _COLON_PREFIX.match(out)
    if m and names_site(m.group(1), sites):
        out = out[m.end() :]
    return out.strip() or title


def _parts(title: str) -> list[str]:
    """Segments of a title that may be the headline alone: "A | B" gives A and B, "Kicker: Head" gives Head."""
    out = [p for p in _SEGMENTS.split(title) if len(p.split()) >= 2]
    for segment in (title, *out):
        head, sep, tail = segment.partition(": ")
        if sep and len(tail.split()) >= 2 and len(head.split()) <= 6:
            out.append(tail)
    return [p for p in dict.fromkeys(out) if p != title]


def choose_headline(
    visible: str | None,
    *,
    meta_titles: Sequence[str] = (),
    sites: Sequence[str] = (),
    lines: Iterable[str] = (),
) -> str | None:
    """The article's headline from the visible candidate and the page's metadata titles.

    The visible line wins when a metadata title agrees with it. A visible line that only
    ends with a metadata title carries a kicker ("Kicker Headline"): the metadata form wins.
    When they disagree, another visible line that agrees with a metadata title is taken,
    and when none does, the first metadata title (JSON-LD headline, then ``og:title``, then
    ``<title>``), without its site-name segments.

    Args:
        visible: the headline line the context pass chose, if any.
        meta_titles: metadata titles, strongest first (JSON-LD, OpenGraph, ``<title>``).
        sites: the site's names (``og:site_name``, the URL host), to trim title segments.
        lines: the page's other short lines, to find a visible copy of a metadata title.

    Returns:
        The headline, or None when the page offers none.

    >>> choose_headline("Kicker Bridge reopens after repairs", meta_titles=["Bridge reopens after repairs | Planet"],
    ...                 sites=["Planet"])
    'Bridge reopens after repairs'
    >>> choose_headline("Archive", meta_titles=["Bridge reopens - Planet"], sites=["Planet"], lines=["Bridge Reopens"])
    'Bridge Reopens'

    .. versionadded:: 0.1.0
    """
    visible = _tidy(visible) if visible else None
    forms: list[str] = []
    for raw in meta_titles:
        if not raw:
            continue
        title = _tidy(raw)
        for form in (trim_site(title, sites), title):
            if form and form not in forms and len(form.split()) <= MAX_HEADLINE_WORDS:
                forms.append(form)
    if not forms:
        return visible
    parts = [p for f in forms for p in _parts(f) if p not in forms]
    if visible:
        if any(same_title(visible, f) for f in (*forms, *parts)):
            return visible
        vkey = _key(visible)
        for form in (*forms, *parts):
            fkey = _key(form)
            if len(fkey) >= 8 and vkey.endswith(fkey) and len(fkey.split()) >= 2:
                return form  # "Kicker Headline": the kicker is not part of the headline
    for line in lines:
        if len(line.split()) <= MAX_HEADLINE_WORDS and any(same_title(line, f) for f in forms):
            return _tidy(line)
    return forms[0]
