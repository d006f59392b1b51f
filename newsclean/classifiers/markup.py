"""Markup: what the page's DOM says about a line, beyond its text.

HTML is extra evidence, not a second extractor. This classifier votes on lines made
from markup (``line.markup is not None``), and on a text dump only where markup shows
through: a line that is nothing but an image marker (``[photo-1]``, ``bridge.jpg``)
next to a paragraph is not article text, and not a wall between paragraphs either
(``OTHER``, above the "numbers and symbols" navigation vote); a paragraph printed twice
in a row is an image's alt text and caption (``OTHER`` on all copies but the last). On HTML:

* **The main container.** Like readability's top candidate, each prose paragraph
  credits its parent element fully and its grandparent by half; the element with the
  most credit, plus its siblings that hold prose of their own, is the article's
  container. Prose-shaped lines inside it get a ``BODY`` vote (short lines too: list
  items, table rows, "Eat every 2-3 hours"), headings between them count as body, and
  when the container clearly holds the page's prose, prose outside it gets an
  ``OTHER`` vote stronger than its body vote (footers, disclaimers, teaser text).
* **The story element.** When most of the container's prose sits in one ``<article>``
  (or ``itemprop="articleBody"``) element, the rest of that element is the article's too:
  its prose is not doubted, and its list items and table rows get a ``BODY`` vote (a
  recipe's ingredients, a fact box).
* **Captions.** A ``<figcaption>``, or a line in an element named as a caption, is a
  caption however prose-like it reads (see :mod:`newsclean.html.segment` for names
  that a story header or a page wrapper carries, which give no hint).
* **Links.** A line that is one link, or mostly link text, outside the container is
  navigation or a teaser.
* **Boxes closing the container.** A related-stories or newsletter box with no article
  prose after it gets a ``PROMO`` vote above its prose vote.
* **Headings closing the container.** A short ``<h2>``-``<h6>`` with no text of the container
  after it ("Further information", "More on this") heads links or a box: ``OTHER``.
* **Long page parts.** A comment thread, sidebar, related list or footer long enough to
  make its name a page-wide hint still does not count as the article's prose while
  paragraphs outside it remain.
* **The container's interior** (:func:`container_interior`): the lines between two
  paragraphs of one element, which the context pass does not let a weak story header cut.

The per-line container identity is :attr:`newsclean.lines.Markup.containers`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import regex

from newsclean.classifiers._twins import image_markers, twins
from newsclean.classifiers._util import ubiquitous_hints
from newsclean.classifiers.base import PageContext, Vote
from newsclean.classifiers.body import body_score
from newsclean.labels import Label
from newsclean.lines import Line

__all__ = ["Container", "MarkupVotes", "container_interior", "main_container", "text_element", "within_element"]

# Hints that name a part of the page that is not the article's text.
_CHROME_HINTS = frozenset(
    {"nav", "menu", "footer", "header", "related", "share", "comment", "promo", "newsletter", "ad", "sidebar",
     "cookie", "hidden"}
)  # fmt: skip
# Boxes that close an article: "More on this", a newsletter sign-up ("promo" and "ad" also name
# articles in some templates: a press release, a sponsored story).
_TRAILING_BOX_HINTS = frozenset({"related", "newsletter"})
# Hints of page parts no article runs across: one between two paragraphs parts two texts.
_WALL_HINTS = frozenset({"nav", "menu", "footer", "header", "sidebar", "comment"})
# Hints of the article's own metadata and furniture, which other classifiers read.
_META_HINTS = frozenset({"byline", "author", "dateline", "date", "caption", "title"})
# Boxes an article carries between its paragraphs.
_INLINE_BOX_HINTS = frozenset({"related", "share", "promo", "ad", "newsletter"})
# Block elements whose text can be article text.
_TEXT_TAGS = frozenset({"p", "li", "td", "th", "tr", "blockquote", "div", "pre", "dd", "dt", "section", "article",
                        "main", "span", "font", "center", "table", "tbody", "body", "address", "summary"})  # fmt: skip
# A sibling of the top container joins it when it holds at least this share of the top's prose.
SIBLING_SHARE = 0.5
# The story element around this share of the container's prose lines joins the container.
STORY_SHARE = 0.8
# An element above the top candidate whose own paragraphs weigh this share of the candidate's score holds
# the article, the candidate being a box nested in it (a quoted digest, an embedded post).
NESTED_SHARE = 0.4
# A thread, a sidebar, a related box or a footer is a page part even when most prose lines carry its
# name, while at least this many prose lines lie outside such parts.
MIN_OWN_PARAGRAPHS = 2
OWN_PART_HINTS = frozenset({"comment", "sidebar", "related", "footer", "promo", "newsletter"})
# A heading closing the container is title-shaped: at most this many words, no sentence end (a paragraph
# some templates set in <h4> is text).
CLOSING_HEADING_WORDS = 12
# A line that opens with a copyright mark ("© 2022, Example News. This article is the copyrighted property
# of ...", "Copyright (c) 2021 ...") is a rights notice however prose-like its sentences read.
_NOTICE = regex.compile(r"^\W{0,3}(?:©|\(c\)\s*\d{4}|copyright\b)", regex.IGNORECASE)
# A word spelt with both Latin and Cyrillic letters ("Аdvеrtіѕе" with Cyrillic а, е, і, ѕ) is disguised
# to slip past filters: spam and ads do it, an article's own text never does.
_MIXED_SCRIPT_WORD = regex.compile(r"\b(?=\w*\p{Latin})(?=\w*\p{Cyrillic})\w+")
# A line can hold such a word only if it holds a Cyrillic letter: one scan, before the word scan.
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
# A line with at least this many such words, and this share of its words, is a disguised ad.
MIXED_SCRIPT_WORDS = 3
MIXED_SCRIPT_SHARE = 0.2
# A line that is only a web or mail address (a footnote number before it allowed): "[1] https://example.org/a",
# "www.example.org", "name@example.org".
_ADDRESS = regex.compile(
    r"^(?:\[\d{1,3}\]\s*)?(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$", regex.IGNORECASE
)
# Elements that hold such a line as a paragraph of the text.
_ADDRESS_TAGS = frozenset({"p", "div", "li", "dd"})
# The element above the paragraphs' wrappers is the story's text element when it holds this share of them.
ELEMENT_SHARE = 0.6
# The line beside an image marker is a paragraph when it ends a sentence of at least this many words.
MARKER_PROSE_WORDS = 6


@dataclass(frozen=True, slots=True)
class Container:
    """The page's main content container, as found by :func:`main_container`.

    .. versionadded:: 0.1.0
    """

    ids: frozenset[int]
    """Element ids (see :attr:`newsclean.lines.Markup.containers`) whose lines are inside."""
    share: float
    """Share of the page's prose weight inside the container, 0 to 1."""
    hints: frozenset[str]
    """Hints most prose lines inside carry: the container's own class names, which say nothing."""
    paragraphs: int = 0
    """How many prose lines (ten words or more, few links) are inside."""
    story: int = 0
    """The story element (``<article>``, ``itemprop="articleBody"``) around most of the container's
    prose, 0 for none: its other lines (a recipe's ingredients, an intro in its own wrapper) are
    the article's too."""
    scattered: bool = False
    """The container is the page's wrapper over blocks of one paragraph each (see :func:`_scattered`):
    it says nothing a reader of the page's text could not see, so its lines get no inside vote and
    prose outside it is not doubted."""

    def holds(self, line: Line) -> bool:
        """Whether ``line`` sits inside the container."""
        return line.markup is not None and not self.ids.isdisjoint(line.markup.containers)

    def in_story(self, line: Line) -> bool:
        """Whether ``line`` sits in the story element around the container."""
        return self.story != 0 and line.markup is not None and line.markup.story == self.story


def _prose_weight(line: Line, ignore: frozenset[str]) -> float:
    """How much a line counts as prose for finding the container (0 for chrome and links)."""
    m = line.markup
    if m is None or m.heading or m.in_link or line.words < 10 or m.link_density > 0.3:
        return 0.0
    if not (m.hints - ignore).isdisjoint(_CHROME_HINTS):
        return 0.0
    return line.words * (1.0 - m.link_density) * (1.0 if line.terminal else 0.5)


def _own_paragraphs(lines: Sequence[Line], ignore: frozenset[str]) -> int:
    """How many lines count as prose for the container (see :func:`_prose_weight`)."""
    return sum(1 for line in lines if _prose_weight(line, ignore) > 0)


def _around(top: int, score: dict[int, float], direct: dict[int, float], parent: dict[int, int]) -> int:
    """The top candidate, or the nearest element above it whose own paragraphs weigh ``NESTED_SHARE`` of its score.

    A post that quotes a long digest in a box of its own: the box outscores the post's own
    paragraphs, but the post's element holds both.
    """
    floor = NESTED_SHARE * score[top]
    up = parent.get(top)
    while up is not None:  # the ancestors: a path up a tree, as long as the page is deep
        if direct.get(up, 0.0) >= floor:
            return up
        up = parent.get(up)
    return top


def main_container(lines: Sequence[Line], ignore: frozenset[str] = frozenset()) -> Container | None:
    """Find the element that holds the page's article prose (readability's top candidate and siblings).

    Args:
        lines: the page's lines (only lines with markup count).
        ignore: page-wide hints that do not mark chrome (see :func:`~newsclean.classifiers._util.ubiquitous_hints`).

    Returns:
        The container, or ``None`` when the page has no prose with container ids.

    .. versionadded:: 0.1.0
    """
    parts = ignore & OWN_PART_HINTS
    if parts and _own_paragraphs(lines, ignore - parts) >= MIN_OWN_PARAGRAPHS:
        # a long thread (a long sidebar, teaser list) makes "comment" ("sidebar", "related") a page-wide
        # hint, and its prose then outweighs a short article; while paragraphs outside remain, its are not
        # the article's
        ignore = ignore - parts
    score: dict[int, float] = defaultdict(float)
    prose: dict[int, float] = defaultdict(float)
    direct: dict[int, float] = defaultdict(float)  # the prose of an element's own paragraphs (its children)
    parent: dict[int, int] = {}
    weights: list[tuple[Line, float]] = []
    total = 0.0
    for line in lines:
        m = line.markup
        if m is None or not m.containers:
            continue
        path = m.containers
        for child, above in pairwise(path):
            parent.setdefault(child, above)
        w = _prose_weight(line, ignore)
        if w <= 0:
            continue
        weights.append((line, w))
        total += w
        for node in path:
            prose[node] += w
        if len(path) > 1:
            score[path[1]] += w
            direct[path[1]] += w
        if len(path) > 2:
            score[path[2]] += w / 2
    if not score or total <= 0:
        return None
    top = _around(max(score, key=lambda k: (score[k], -k)), score, direct, parent)
    ids = {top}
    up = parent.get(top)
    if up is not None:
        floor = SIBLING_SHARE * prose[top]
        ids.update(k for k, p in parent.items() if p == up and k != top and prose.get(k, 0.0) >= floor)
    inside = [(ln, w) for ln, w in weights if ln.markup is not None and not ids.isdisjoint(ln.markup.containers)]
    scattered = _scattered(lines, inside, ids, ignore, page=parent.get(parent.get(top, 0), 0) == 0 and top in parent)
    stories = Counter(ln.markup.story for ln, _ in inside if ln.markup is not None)
    story, in_story = stories.most_common(1)[0] if stories else (0, 0)
    if story and in_story >= STORY_SHARE * len(inside):
        inside = [(ln, w) for ln, w in weights if ln.markup is not None and (
            ln.markup.story == story or not ids.isdisjoint(ln.markup.containers))]  # fmt: skip
    else:
        story = 0
    share = sum(w for _, w in inside) / total
    counts: Counter[str] = Counter(h for ln, _ in inside if ln.markup is not None for h in ln.markup.hints)
    own = frozenset(h for h, n in counts.items() if n >= 0.6 * len(inside))
    return Container(frozenset(ids), share, own, len(inside), story, scattered)


def _branch(path: tuple[int, ...], ids: set[int]) -> int:
    """The element right under the container on a line's path: the container itself for a line that sits in it."""
    for j, node in enumerate(path):
        if node in ids:
            return node if j <= 1 else path[j - 1]
    return 0


def _scattered(
    lines: Sequence[Line], inside: Sequence[tuple[Line, float]], ids: set[int], ignore: frozenset[str], *, page: bool
) -> bool:
    """Whether no element of the container groups two of its lines: one paragraph to a block.

    Either each of its elements (the top one and the siblings that joined it) holds one line, or it
    is the page's wrapper (the page's body, or an element with a menu or a footer inside) over
    blocks of one paragraph each. Such a container tells the longer paragraphs from the shorter,
    which the text shows as well, not which element holds the article.
    """
    held: Counter[int] = Counter()
    walled = page
    for ln in lines:
        if ln.text and ln.markup is not None and not ids.isdisjoint(ln.markup.containers):
            held.update(ids.intersection(ln.markup.containers))
            walled = walled or _walled(ln.markup.hints, ignore)
    if max(held.values(), default=0) <= 1:
        return True
    branches = [_branch(ln.markup.containers, ids) for ln, _ in inside if ln.markup is not None]
    return walled and len(branches) >= 2 and ids.isdisjoint(branches) and len(set(branches)) == len(branches)


def container_interior(
    lines: Sequence[Line], *, min_share: float = 0.6, min_paragraphs: int = 2
) -> frozenset[int]:
    """Indices of the lines inside a confident main container, between its first and last paragraph.

    A title-shaped line with a date or a name beside it reads as another story's header
    and cuts the page there. Between the paragraphs of the element that holds most of the
    page's prose it is the article's own: an embedded post and its "shared by ... on
    <date>" credit, an event's "Date: 21.02.2020" under its title, a film's director under
    its name. The article's own header stands above its first paragraph, so it is never
    inside this span. Text dumps carry no markup: the set is empty.

    Args:
        lines: the page's lines.
        min_share: the container must hold at least this share of the page's prose.
        min_paragraphs: ... and at least this many prose lines.

    Returns:
        The indices; empty without a confident container.

    >>> from newsclean.html import html_to_page
    >>> from newsclean.lines import build_lines
    >>> para = "<p>Officials said on Monday that the old bridge would reopen after a long repair.</p>"
    >>> credit = "<p>Shared by Jo on 3 May 2019</p>"
    >>> blocks = html_to_page("<div><p>Menu</p></div><div>" + para + credit + para + "</div>").blocks
    >>> lines = build_lines([(b.text, i, i + 1) for i, b in enumerate(blocks)], markups=[b.markup for b in blocks])
    >>> sorted(container_interior(lines))
    [2]

    .. versionadded:: 0.1.0
    """
    if not any(line.markup is not None for line in lines):
        return frozenset()
    ignore = ubiquitous_hints(lines)
    box = main_container(lines, ignore)
    if box is None or box.share < min_share or box.paragraphs < min_paragraphs:
        return frozenset()
    quiet = ignore | box.hints
    out: list[int] = []
    held: list[int] = []  # container lines since the last paragraph, in the current stretch
    parent = 0  # the element holding the paragraph that opened the stretch, 0 for none
    for i, line in enumerate(lines):
        m = line.markup
        if m is None or not box.holds(line):
            continue
        if not (m.hints - quiet).isdisjoint(_WALL_HINTS):
            # a menu or a footer inside the "container" says it is the page's wrapper here, not the article's
            held, parent = [], 0
        elif _prose_weight(line, ignore) > 0 and parent not in m.containers[2:]:
            # the lines between two paragraphs of one element (siblings in the article's text) are
            # inside it; a paragraph nested deeper in that element (a quoted post) is one of them
            up = m.containers[1] if len(m.containers) > 1 else 0
            if parent and up == parent:
                out.extend(held)
            held, parent = [], up
        elif parent:
            held.append(i)
    return frozenset(out)


def text_element(lines: Sequence[Line], paragraphs: Sequence[int]) -> int:
    """The element whose children hold most of the given paragraphs (their grandparent), 0 for none.

    A story's paragraphs sit in one element, or in sibling wrappers of it when an ad or an
    embedded post parts them (``<div class="text"><p>..</p></div><div class="ad">..</div>
    <div class="text"><p>..</p></div>``): the element above their wrappers holds them all.
    An element that also holds a menu, a footer, a sidebar or a comment thread is the page's
    wrapper, not the story's: 0.

    Args:
        lines: the page's lines.
        paragraphs: indices of the article's prose lines.

    Returns:
        An id from :attr:`newsclean.lines.Markup.containers`, or 0.

    .. versionadded:: 0.1.0
    """
    ignore = ubiquitous_hints(lines)
    counts: Counter[int] = Counter()
    for i in paragraphs:
        m = lines[i].markup
        if m is not None and len(m.containers) > 2 and _prose_weight(lines[i], ignore) > 0:
            counts[m.containers[2]] += 1
    if not counts:
        return 0
    element, n = counts.most_common(1)[0]
    if n < ELEMENT_SHARE * sum(counts.values()):
        return 0
    for line in lines:
        m = line.markup
        if m is not None and element in m.containers and _walled(m.hints, ignore):
            return 0
    return element


def within_element(lines: Sequence[Line], element: int, lo: int, hi: int) -> bool:
    """Whether every non-blank line from ``lo`` to ``hi`` (inclusive) sits in ``element`` (see :func:`text_element`).

    .. versionadded:: 0.1.0
    """
    if not element:
        return False
    for k in range(lo, hi + 1):
        m = lines[k].markup
        if lines[k].text and (m is None or element not in m.containers):
            return False
    return True


def _walled(hints: frozenset[str], ignore: frozenset[str]) -> bool:
    """Whether the hints name a page part no article runs across (a menu, a footer, a thread), not page-wide.

    A figure's ``<footer>`` holding its caption or credit is the figure's, not the page's.
    """
    if hints.isdisjoint(_WALL_HINTS) or "caption" in hints:
        return False
    return not (hints & _WALL_HINTS) <= ignore


@dataclass(frozen=True, slots=True)
class MarkupVotes:
    """Votes from DOM structure: the main content container, link lines.

    On text input it votes only on image-marker lines beside a paragraph and on paragraphs
    printed twice in a row.

    .. versionadded:: 0.1.0
    """

    name: str = "markup"
    """Registry name."""
    inside_score: float = 0.6
    """``BODY`` vote for a prose-shaped line inside the main container."""
    confident_share: float = 0.6
    """The container must hold at least this share of the page's prose before prose outside it is doubted."""
    confident_paragraphs: int = 2
    """... and at least this many prose lines: one paragraph in a wrapper of its own says little about
    where the article lives (pages that wrap each paragraph in its own block element)."""
    outside_margin: float = 0.05
    """Prose outside a confident container gets an ``OTHER`` vote this much above its body score."""
    wrapper_score: float = 0.8
    """``BODY`` vote inside a container whose own class names are metadata hints (``author``,
    ``date``): above a vote that reads only those hints."""
    table_score: float = 0.75
    """``BODY`` vote for a table row inside the main container (above link-bar and numbers-only votes)."""
    lead_reach: int = 6
    """Prose this many non-blank lines or fewer above the container is left alone: standfirsts and
    lead captions often sit in the header element above the article body."""
    outside_min_body: float = 0.3
    """Lines outside the container with a body score below this are left to the other classifiers."""
    inline_reach: int = 12
    """A related/share box inside the container is inline when container prose follows within this many lines."""
    inline_box_score: float = 0.8
    """``OTHER`` vote for a line of an inline box: above the box's promo vote, so the article runs on."""
    trailing_min_body: float = 0.7
    """A line of a related/newsletter box closing the container with a body score at least this high
    gets a ``PROMO`` vote above it (below it, the box's own promo vote already wins)."""
    closing_heading_score: float = 0.6
    """``OTHER`` vote for a ``<h2>``-``<h6>`` inside the container with no text of the container after it
    (within ``inline_reach`` lines): it heads links or a box, not a section of the article."""
    section_heading_score: float = 0.7
    """``BODY`` vote for a title-shaped ``<h2>``-``<h6>`` with a paragraph of the container right above and
    right below it: a section heading of the article, above a title-shaped line's headline vote."""
    link_density: float = 0.5
    """Lines with at least this share of link text are never article text for this classifier."""
    caption_score: float = 0.99
    """``CAPTION`` vote for a ``<figcaption>`` line or a line in an element named as a caption
    (``caption``, ``credit``, ``legende``) that is not mostly links: above any prose vote."""
    story_list_score: float = 0.6
    """``BODY`` vote for a list item or table row in the story element (``<article>``) around the
    main container: above a short line's menu-run vote."""

    address_score: float = 0.65
    """``BODY`` vote for a line inside the container that is only a web or mail address, right under a
    paragraph of it: above a link line's navigation vote."""

    image_score: float = 0.75
    """``OTHER`` vote for a text line that is only an image marker: above a vote that reads it as
    symbols (a navigation wall), and strong enough to stay out of the body between paragraphs."""

    twin_score: float = 0.9
    """``OTHER`` vote for a text paragraph printed twice in a row (an image's alt text and its
    caption): above most prose votes, since such a caption reads like article text."""

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        """Vote on each line with markup, and on image markers in text dumps."""
        votes: list[Vote | None] = [None] * len(lines)
        if not any(line.markup is not None for line in lines):
            return self._image_markers(lines)
        # two <p>s with one text, one after the other, render as the text dump's alt-text-and-caption
        # twin: all copies but the last get the same vote, so HTML and its rendering keep one body
        copies = {i for run in twins(lines, [False] * len(lines)) for i in run[:-1]}
        ignore = ubiquitous_hints(lines)
        box = main_container(lines, ignore)
        if box is None:
            # no container to read, but the twin is one paragraph shown twice all the same
            for i in copies:
                if not _caption(lines[i], self.link_density):
                    votes[i] = Vote(Label.OTHER, self.twin_score, "the same paragraph twice in a row")
            return votes
        have_stopwords = any(line.stopword_ratio for line in lines)
        quiet = ignore | box.hints
        for i, line in enumerate(lines):
            m = line.markup
            if m is None or line.is_blank:
                continue
            hints = m.hints - quiet
            chrome = not hints.isdisjoint(_CHROME_HINTS)
            linky = m.in_link or m.link_density >= self.link_density
            if m.tag == "figcaption" or ("caption" in hints and not linky):
                # a caption reads as prose, so the prose votes would keep it
                votes[i] = Vote(Label.CAPTION, self.caption_score, "html: a <figcaption> or an element named caption")
                continue
            if i in copies:
                votes[i] = Vote(Label.OTHER, self.twin_score, "the same paragraph twice in a row")
                continue
            if box.holds(line):
                if not hints.isdisjoint(_INLINE_BOX_HINTS) and _prose_follows(lines, i, box, ignore, self.inline_reach):
                    # a "Related stories" box or share bar between paragraphs of the article: not the
                    # article's text, but no wall between its halves either
                    votes[i] = Vote(Label.OTHER, self.inline_box_score, "html: inline box inside the main container")
                    continue
                if not hints.isdisjoint(_TRAILING_BOX_HINTS) and not linky:
                    # a "More on this" box or a newsletter blurb closing the container: its summaries
                    # read as prose, so outvote the prose votes, as for prose outside the container
                    body = body_score(line, have_stopwords=have_stopwords)
                    if body >= self.trailing_min_body:
                        votes[i] = Vote(Label.PROMO, min(1.0, body + self.outside_margin),
                                        "html: related or newsletter box closing the main container")
                    continue
                if linky and not chrome and _cited_address(lines, i, box, ignore):
                    # "Sign the petition:" / http://example.org/petition: an address the text cites is
                    # one link, but no menu item
                    votes[i] = Vote(Label.BODY, self.address_score, "html: a web or mail address under a paragraph")
                    continue
                if chrome or linky or not hints.isdisjoint(_META_HINTS):
                    continue
                if _disguised(line):
                    votes[i] = Vote(Label.OTHER, 1.0, "html: words spelt with mixed Latin and Cyrillic letters: "
                                    "a disguised ad")
                    continue
                if _NOTICE.match(line.text) and not _prose_follows(lines, i, box, ignore, self.inline_reach):
                    # a rights or reprint notice closing the container: its sentences score as prose
                    body = body_score(line, have_stopwords=have_stopwords)
                    votes[i] = Vote(Label.OTHER, min(1.0, body + self.outside_margin),
                                    "html: a copyright notice closing the main container")
                    continue
                if _closing_heading(lines, i, box, quiet, link_density=self.link_density, reach=self.inline_reach):
                    # "More on this", "Further information": a heading with no text of the container under
                    # it heads a list of links or a box outside the article, not a section of the article
                    votes[i] = Vote(Label.OTHER, self.closing_heading_score,
                                    "html: a heading closing the main container, no article text under it")
                    continue
                if _between_paragraphs(lines, i, box, ignore):
                    # a heading with the article's paragraphs on both sides heads a section of it: its
                    # headline vote would drop it as a title away from the article
                    votes[i] = Vote(Label.BODY, self.section_heading_score,
                                    "html: a section heading between paragraphs of the main container")
                    continue
                if m.in_table:
                    # a table inside the article is the article's (a results table, a price list)
                    votes[i] = Vote(Label.BODY, self.table_score, "html: table row inside the main content container")
                elif m.heading >= 2 or m.tag in _TEXT_TAGS:
                    if not box.hints.isdisjoint(_META_HINTS) and not m.hints.isdisjoint(box.hints & _META_HINTS):
                        # the article's wrapper is named "author" or "post-date": a hint every paragraph
                        # carries says nothing about this one, so outvote classifiers that trust it
                        votes[i] = Vote(Label.BODY, self.wrapper_score, "html: inside the main content container "
                                        "(its author/date class names are the wrapper's)")
                    elif not box.scattered:
                        votes[i] = Vote(Label.BODY, self.inside_score, "html: inside the main content container")
                continue
            if box.in_story(line) and not chrome and not linky and hints.isdisjoint(_META_HINTS):
                # the article's own element, outside its paragraphs' wrapper: an intro paragraph, a
                # recipe's ingredients. Its lists and tables are the article's (a list in the lead's
                # "summary" box is the header's furniture: author, date, tags)
                if (m.in_list or m.in_table) and "summary" not in hints:
                    votes[i] = Vote(Label.BODY, self.story_list_score, "html: list or table in the article element")
                continue
            doubted = (
                box.share >= self.confident_share
                and box.paragraphs >= self.confident_paragraphs
                and not box.scattered
            )
            if not doubted or line.words < 5 or _just_above(lines, i, box, self.lead_reach):
                continue
            body = body_score(line, have_stopwords=have_stopwords)
            if body >= self.outside_min_body:
                votes[i] = Vote(
                    Label.OTHER,
                    min(1.0, body + self.outside_margin),
                    f"html: prose outside the main content container ({box.share:.0%} of the prose is inside)",
                )
        return votes


    def _image_markers(self, lines: Sequence[Line]) -> list[Vote | None]:
        """Votes for the lines of a text dump that stand in for an image between paragraphs.

        A dump shows an image as its alt text or file name in brackets, on a line of its own.
        Next to a sentence it illustrated the article: neither article text nor a wall of
        navigation. Among menus and teasers it is left to the other classifiers. A text
        browser also prints an image's alt text and then its caption, most often the same
        words: a paragraph printed twice in a row is a caption, not the article's text. All
        copies but the last get the vote: a body that holds the same paragraph twice (from
        lines that stood apart on the page) keeps the paragraph when it is cleaned again.
        """
        marker = image_markers(lines)
        votes: list[Vote | None] = [None] * len(lines)
        for i, is_marker in enumerate(marker):
            if is_marker and (_prose_beside(lines, marker, i, -1) or _prose_beside(lines, marker, i, 1)):
                votes[i] = Vote(Label.OTHER, self.image_score, "an image marker between paragraphs")
        twin = Vote(Label.OTHER, self.twin_score, "the same paragraph twice in a row: an image's alt text and caption")
        for run in twins(lines, marker):
            for i in run[:-1]:
                votes[i] = twin
        return votes


def _disguised(line: Line) -> bool:
    """Whether a line spells enough of its words with mixed Latin and Cyrillic letters to be a disguised ad."""
    if line.words < MIXED_SCRIPT_WORDS or line.text.isascii() or not _CYRILLIC.search(line.text):
        return False
    mixed = sum(1 for _ in _MIXED_SCRIPT_WORD.finditer(line.text))
    return mixed >= MIXED_SCRIPT_WORDS and mixed >= MIXED_SCRIPT_SHARE * line.words


def _caption(line: Line, link_density: float) -> bool:
    """Whether a line from markup is a ``<figcaption>`` or sits in an element named as a caption (not mostly links)."""
    m = line.markup
    if m is None:
        return False
    linky = m.in_link or m.link_density >= link_density
    return m.tag == "figcaption" or ("caption" in m.hints and not linky)


def _prose_beside(lines: Sequence[Line], marker: Sequence[bool], i: int, step: int) -> bool:
    """Whether the nearest line on one side of ``i`` (past blanks and other markers) is a sentence."""
    k = i + step
    while 0 <= k < len(lines) and (not lines[k].text or marker[k]):
        k += step
    return 0 <= k < len(lines) and lines[k].terminal and lines[k].words >= MARKER_PROSE_WORDS


def _just_above(lines: Sequence[Line], i: int, box: Container, reach: int) -> bool:
    """Whether a line inside ``box`` follows line ``i`` within ``reach`` non-blank lines."""
    seen = 0
    for k in range(i + 1, len(lines)):
        if lines[k].is_blank:
            continue
        if box.holds(lines[k]):
            return True
        seen += 1
        if seen >= reach:
            return False
    return False


def _closing_heading(
    lines: Sequence[Line], i: int, box: Container, quiet: frozenset[str], *, link_density: float, reach: int
) -> bool:
    """Whether line ``i`` is a title-shaped ``<h2>``-``<h6>`` with no text line of ``box`` after it within ``reach``.

    A text line is one that is not a heading, a link, a caption or chrome (hints outside ``quiet``),
    and not in an ``<article>`` element other than the heading's own: teasers that are each an
    ``<article>`` of their own are other stories, however prose-like their summaries.
    """
    m = lines[i].markup
    if m is None or m.heading < 2 or lines[i].words > CLOSING_HEADING_WORDS or lines[i].terminal:
        return False
    own = m.story
    seen = 0
    for k in range(i + 1, len(lines)):
        line = lines[k]
        if line.is_blank:
            continue
        m = line.markup
        if (
            m is not None
            and box.holds(line)
            and not m.heading
            and not m.in_link
            and m.link_density < link_density
            and (not own or not m.story or m.story == own)
        ):
            hints = m.hints - quiet
            if hints.isdisjoint(_CHROME_HINTS) and "caption" not in hints and m.tag != "figcaption":
                return False
        seen += 1
        if seen >= reach:
            return True
    return True


def _between_paragraphs(lines: Sequence[Line], i: int, box: Container, ignore: frozenset[str]) -> bool:
    """Whether line ``i`` is a title-shaped ``<h2>``-``<h6>`` whose nearest non-blank neighbours are ``box`` prose."""
    m = lines[i].markup
    if m is None or m.heading < 2 or lines[i].words > CLOSING_HEADING_WORDS or lines[i].terminal:
        return False
    return _nearest_is_prose(lines, i, box, ignore, -1) and _nearest_is_prose(lines, i, box, ignore, 1)


def _nearest_is_prose(lines: Sequence[Line], i: int, box: Container, ignore: frozenset[str], step: int) -> bool:
    """Whether the nearest non-blank line on one side of ``i`` is a prose line inside ``box``."""
    k = i + step
    while 0 <= k < len(lines) and lines[k].is_blank:
        k += step
    return 0 <= k < len(lines) and box.holds(lines[k]) and _prose_weight(lines[k], ignore) > 0


def _cited_address(lines: Sequence[Line], i: int, box: Container, ignore: frozenset[str]) -> bool:
    """Whether line ``i`` is a paragraph of nothing but a web or mail address, right under a prose line of ``box``."""
    m = lines[i].markup
    if m is None or m.heading or m.tag not in _ADDRESS_TAGS or not _ADDRESS.match(lines[i].text):
        return False
    return _nearest_is_prose(lines, i, box, ignore, -1)


def _prose_follows(lines: Sequence[Line], i: int, box: Container, ignore: frozenset[str], reach: int) -> bool:
    """Whether article prose inside ``box`` follows line ``i`` within ``reach`` non-blank lines."""
    seen = 0
    for k in range(i + 1, len(lines)):
        if lines[k].is_blank:
            continue
        if box.holds(lines[k]) and _prose_weight(lines[k], ignore) > 0:
            return True
        seen += 1
        if seen >= reach:
            return False
    return False
