# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""An lxml tree to the lines a browser would render, each with its markup evidence.

One linear, iterative walk (:func:`lxml.etree.iterwalk`) over the tree, so
a 100,000-deep page costs the same per element as a flat one and never hits
Python's recursion limit. Text accumulates into a *run* until a block boundary
(a block element opening or closing, or ``<br>``) ends it; each non-empty run
becomes one :class:`Block`.

Decisions:

* **Tables**: one block per table row, its cells joined by ``" | "`` (the
  benchmark truth keeps table rows as lines). A cell that holds block content
  (a layout table) gives that content its own blocks as usual.
* **Preformatted text**: ``<pre>`` keeps its lines, one block per non-blank
  line, indentation kept and trailing space stripped.
* **Dropped**: ``head``, ``script``, ``style``, ``noscript``, ``template``,
  ``svg``, ``math``-free embeds (``iframe``, ``object``, ``embed``, ``canvas``,
  ``audio``, ``video``), form controls (``select``, ``option``, ``button``,
  ``input``, ``textarea``, ``datalist``) and hidden elements (``hidden``,
  ``aria-hidden="true"``, inline ``display:none`` or ``visibility:hidden``).
  Elements hidden by a stylesheet class cannot be known without CSS; tokens such
  as ``hidden`` or ``sr-only`` give the ``hidden`` hint instead. A ``noscript``
  that holds a page's worth of text is rendered (see :data:`NOSCRIPT_TEXT_CHARS`).
* **Blank runs** give no block: a block always has text.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import NamedTuple

from lxml import etree

from newsclean.html.parse import BLOCK_TAGS
from newsclean.lines import Markup

__all__ = ["CONTAINER_DEPTH", "NOSCRIPT_TEXT_CHARS", "WRAPPER_SHARE", "Block", "class_hints", "html_to_blocks"]

CONTAINER_DEPTH = 8
"""How many block-level ancestors :attr:`~newsclean.lines.Markup.containers` keeps: enough to
find the article's container above its paragraphs, bounded so a 10,000-deep page stays linear."""


@dataclass(frozen=True, slots=True)
class Block:
    """One rendered line of an HTML page.

    .. versionadded:: 0.1.0
    """

    text: str
    """The rendered text: entities decoded, whitespace collapsed as a browser does
    (inside ``<pre>``, one source line with its indentation)."""
    markup: Markup
    """The markup evidence for the line."""


_DROP = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "select",
        "option",
        "optgroup",
        "datalist",
        "button",
        "input",
        "textarea",
        "map",
        "frameset",
        "frame",
        "applet",
    ]
)
# Hints that name a part of the page around the article. On an element that holds most of the
# page's text outside links they name the layout ("layout-with-sidebar", "no-sidebars" on
# <body>, a column "beside-the-nav"), not the part: its lines do not inherit them.
# "comment" is not one of them: a comment section can outweigh a short article (unless the
# element also holds the page's <h1>: then it wraps the story, see html_to_blocks). Nor can a
# caption: its name on such an element is a template's ("has-captions").
_LAYOUT_HINTS = frozenset(
    {"nav", "menu", "footer", "header", "sidebar", "ad", "share", "promo", "newsletter", "cookie", "related", "hidden",
     "caption"}
)  # fmt: skip
WRAPPER_SHARE = 0.5
STORY_WRAPPER_SHARE = 0.2
"""An element that holds the page's ``<h1>`` and at least this share of its text outside links wraps
the story (a long comment thread or sidebar may hold more of the page's text than the story does):
its layout class names give its lines no hints either."""
CAPTION_MAX_CHARS = 600
"""An element named as a caption that holds more text than this outside links, or a ``<h1>``-``<h3>``,
is no caption (a story header whose class names its photo credit): its lines do not inherit the hint."""
_CAPTION = frozenset({"caption"})
_TOP_HEADINGS = frozenset({"h1", "h2", "h3"})
_SHARE = frozenset({"share"})
_COMMENT = frozenset({"comment"})
_TRACKED_HINTS = _LAYOUT_HINTS | _COMMENT
"""An element whose subtree holds at least this share of the page's text outside links is a
wrapper of the article, and its layout class names give its lines no hints."""
# Table cells are joined per row below; captions and legends render as their own lines.
_BLOCK = BLOCK_TAGS | {"legend", "caption"}
_CELLS = frozenset({"td", "th"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LISTS = frozenset({"ul", "ol", "menu", "dir", "li"})  # a stray <li> is a list item too
_STORY_ROLES = frozenset({"article", "main"})
_TAG_HINTS = {
    "nav": frozenset({"nav"}),
    "footer": frozenset({"footer"}),
    "header": frozenset({"header"}),
    "aside": frozenset({"sidebar"}),
    "figcaption": frozenset({"caption"}),
    "address": frozenset({"author"}),
}
_ROLE_HINTS = {
    "navigation": "nav",
    "menu": "menu",
    "menubar": "menu",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "sidebar",
    "main": "content",
    "article": "content",
    "search": "nav",
    "alertdialog": "cookie",
    "heading": "title",
}
_ITEMPROP_HINTS = {
    "headline": "title",
    "name": "title",
    "alternativeheadline": "summary",
    "description": "summary",
    "abstract": "summary",
    "author": "author",
    "creator": "author",
    "datepublished": "date",
    "datemodified": "date",
    "datecreated": "date",
    "articlebody": "content",
    "text": "content",
    "caption": "caption",
    "comment": "comment",
}

# Whole words of class/id names (split on case, digits and punctuation), in the
# languages of the corpora (English, German, Spanish, French, Italian, Polish...).
_WORDS: dict[str, tuple[str, ...]] = {
    "nav": ("nav",), "navi": ("nav",), "navbar": ("nav",), "navigation": ("nav",), "breadcrumb": ("nav",),
    "breadcrumbs": ("nav",), "crumbs": ("nav",), "pagination": ("nav",), "pager": ("nav",),
    "skip": ("nav",), "sitemap": ("nav",), "menu": ("menu",), "menus": ("menu",), "menue": ("menu",),
    "megamenu": ("menu",), "submenu": ("menu",), "dropdown": ("menu",), "hamburger": ("menu",),
    "footer": ("footer",), "foot": ("footer",), "colophon": ("footer",), "copyright": ("footer",),
    "fusszeile": ("footer",), "impressum": ("footer",),
    "header": ("header",), "masthead": ("header",), "topbar": ("header",), "kopfzeile": ("header",),
    "related": ("related",), "recommend": ("related",), "recommended": ("related",),
    "recommendation": ("related",), "recommendations": ("related",), "trending": ("related",),
    "popular": ("related",), "mostread": ("related",), "morestories": ("related",),
    "moreon": ("related",), "outbrain": ("related",), "taboola": ("related",), "relacionados": ("related",),
    "empfehlung": ("related",), "empfehlungen": ("related",), "teaser": ("related", "summary"),
    "share": ("share",), "sharing": ("share",), "sharebar": ("share",), "social": ("share",),
    "sharethis": ("share",), "addthis": ("share",), "teilen": ("share",), "compartir": ("share",),
    "partager": ("share",), "condividi": ("share",), "facebook": ("share",), "twitter": ("share",),
    "whatsapp": ("share",), "pinterest": ("share",), "linkedin": ("share",),
    "comment": ("comment",), "comments": ("comment",), "kommentar": ("comment",), "kommentare": ("comment",),
    "comentario": ("comment",), "comentarios": ("comment",), "commentaire": ("comment",),
    "commentaires": ("comment",), "commenti": ("comment",), "komentarze": ("comment",),
    "disqus": ("comment",), "discussion": ("comment",), "replies": ("comment",), "respond": ("comment",),
    "promo": ("promo",), "promos": ("promo",), "promotion": ("promo",), "promoted": ("promo",),
    "cta": ("promo",), "upsell": ("promo",), "paywall": ("promo",), "offer": ("promo",),
    "newsletter": ("newsletter",), "subscribe": ("newsletter",), "subscription": ("newsletter",),
    "signup": ("newsletter",), "abo": ("newsletter",), "abonnement": ("newsletter",),
    "abonnieren": ("newsletter",), "suscribete": ("newsletter",), "suscripcion": ("newsletter",),
    "mailing": ("newsletter",), "optin": ("newsletter",),
    "cookie": ("cookie",), "cookies": ("cookie",), "consent": ("cookie",), "gdpr": ("cookie",),
    "cmp": ("cookie",), "onetrust": ("cookie",), "didomi": ("cookie",), "usercentrics": ("cookie",),
    "byline": ("byline",), "bylines": ("byline",), "author": ("author",), "authors": ("author",),
    "autor": ("author",), "autoren": ("author",), "autora": ("author",), "auteur": ("author",),
    "writer": ("author",), "reporter": ("author",), "contributor": ("author",), "verfasser": ("author",),
    "dateline": ("dateline",), "ortsmarke": ("dateline",),
    "date": ("date",), "dates": ("date",), "time": ("date",), "timestamp": ("date",),
    "datetime": ("date",), "published": ("date",), "pubdate": ("date",), "updated": ("date",),
    "datum": ("date",), "fecha": ("date",), "publishdate": ("date",),
    "caption": ("caption",), "captions": ("caption",), "figcaption": ("caption",), "legende": ("caption",),
    "legend": ("caption",), "bildunterschrift": ("caption",), "bildtext": ("caption",),
    "credit": ("caption",), "credits": ("caption",),
    "sidebar": ("sidebar",), "aside": ("sidebar",),  # not "widget": articles embed posts and fact boxes as widgets
    "rail": ("sidebar",), "seitenleiste": ("sidebar",),
    "ad": ("ad",), "ads": ("ad",), "advert": ("ad",), "adverts": ("ad",), "advertisement": ("ad",),
    "advertising": ("ad",), "adslot": ("ad",), "adunit": ("ad",), "adsense": ("ad",), "dfp": ("ad",),
    "gpt": ("ad",), "anzeige": ("ad",), "werbung": ("ad",), "sponsor": ("ad",), "sponsored": ("ad",),
    "publicidad": ("ad",), "publicite": ("ad",), "reklama": ("ad",),
    "title": ("title",), "headline": ("title",), "heading": ("title",), "hed": ("title",),
    "titel": ("title",), "titulo": ("title",), "titre": ("title",), "ueberschrift": ("title",),
    "überschrift": ("title",),
    "summary": ("summary",), "lead": ("summary",), "lede": ("summary",), "intro": ("summary",),
    "standfirst": ("summary",), "abstract": ("summary",), "excerpt": ("summary",), "deck": ("summary",),
    "dek": ("summary",), "subtitle": ("summary",), "subheadline": ("summary",), "vorspann": ("summary",),
    "content": ("content",), "article": ("content",), "story": ("content",), "body": ("content",),
    "entry": ("content",), "post": ("content",), "artikel": ("content",), "articulo": ("content",),
    "articlebody": ("content",), "storybody": ("content",), "entrycontent": ("content",),
    "hidden": ("hidden",), "hide": ("hidden",), "invisible": ("hidden",), "sronly": ("hidden",),
    "visuallyhidden": ("hidden",), "screenreadertext": ("hidden",), "offscreen": ("hidden",),
    "dnone": ("hidden",),
}  # fmt: skip
# Stems found inside compound names ("artikelkommentare", "relatedArticlesBox") and
# multi-word names ("more-stories", "sr-only"), matched on the lower-cased value without - and _.
# Only long, unambiguous stems: "ad" or "nav" inside a word would match "header" or "canvas".
_STEMS: tuple[tuple[str, str], ...] = (
    ("navigation", "nav"), ("breadcrumb", "nav"), ("footer", "footer"), ("masthead", "header"),
    ("related", "related"), ("recommend", "related"), ("morestories", "related"), ("mostread", "related"),
    ("mostpopular", "related"), ("comment", "comment"), ("kommentar", "comment"), ("comentario", "comment"),
    ("newsletter", "newsletter"), ("subscri", "newsletter"), ("abonn", "newsletter"), ("cookie", "cookie"),
    ("consent", "cookie"), ("byline", "byline"), ("caption", "caption"), ("bildunterschrift", "caption"),
    ("sidebar", "sidebar"), ("rightrail", "sidebar"), ("advert", "ad"), ("werbung", "ad"), ("anzeige", "ad"),
    ("sponsor", "ad"), ("promo", "promo"), ("social", "share"), ("sharing", "share"), ("headline", "title"),
    ("dateline", "dateline"), ("timestamp", "date"), ("teaser", "related"), ("sronly", "hidden"),
    ("visuallyhidden", "hidden"), ("screenreader", "hidden"), ("articlebody", "content"),
    ("storybody", "content"), ("entrycontent", "content"), ("postcontent", "content"),
)  # fmt: skip


def _trie_pattern(words: list[str]) -> str:
    """An alternation of non-empty ``words`` factored on shared prefixes (``ab|ac`` gives ``a(?:b|c)``).

    It matches what the plain alternation matches, but the engine tries a handful of branches
    at each position instead of every word.

    >>> _trie_pattern(["abc", "abd", "ab", "x"])
    '(?:ab(?:(?:c|d))?|x)'
    """
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[0], []).append(word[1:])
    branches: list[str] = []
    for head, rests in heads.items():
        tails = [rest for rest in rests if rest]
        if not tails:
            branches.append(re.escape(head))
            continue
        inner = _trie_pattern(tails)
        if len(tails) < len(rests):  # the prefix so far is a word of its own
            inner = f"(?:{inner})?"
        branches.append(re.escape(head) + inner)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# Any stem: one scan that most names fail, before the stems are looked up one by one.
_ANY_STEM = re.compile(_trie_pattern([stem for stem, _ in _STEMS]))
_WORD = re.compile(r"[A-Z]?[a-z\u00df-\u00ff]+|[A-Z]+(?![a-z])")
_EMPTY: frozenset[str] = frozenset()


def class_hints(value: str) -> frozenset[str]:
    """Map ``class``/``id`` names to the :attr:`~newsclean.lines.Markup.hints` vocabulary.

    Each name is split into words on case changes, digits and punctuation
    (``relatedStories``, ``more-stories``, ``post_byline``) and the words are
    looked up in a multilingual table; long stems are also found inside
    compounds (``artikelkommentare``).

    Args:
        value: a ``class`` or ``id`` attribute value (several names allowed).

    Returns:
        The hints the names give.

    >>> sorted(class_hints("article-body relatedStories c-Kommentare navbar sr-only"))
    ['comment', 'content', 'hidden', 'nav', 'related']

    .. versionadded:: 0.1.0
    """
    found: set[str] = set()
    words = _WORDS
    for word in _WORD.findall(value):
        hit = words.get(word.lower())
        if hit:
            found.update(hit)
    joined = value.lower().replace("-", "").replace("_", "")
    if _ANY_STEM.search(joined):
        for stem, hint in _STEMS:
            if stem in joined:
                found.add(hint)
    return frozenset(found) if found else _EMPTY


class _Source(NamedTuple):
    """An element whose own class/id/role names gave hints, linked to the one above it."""

    id: int
    own: frozenset[str]  # the hints this element's own names gave
    up: _Source | None


class _Owner(NamedTuple):
    """The block element a run of text belongs to."""

    tag: str
    heading: int
    depth: int
    hints: frozenset[str]
    article: int  # 0 outside <article>/<main>; the story id inside a story element, -1 in <main> only
    in_list: bool
    in_table: bool
    itemprop: str | None
    path: tuple[int, ...]  # ids of this block element and its block ancestors, innermost first
    src: _Source | None  # the nearest element that named a page part, for hints a wrapper gave


class _Ctx(NamedTuple):
    """What an element passes on to the text inside it."""

    hints: frozenset[str]
    itemprop: str | None
    article: int  # 0 outside <article>/<main>; the story id inside a story element, -1 in <main> only
    in_list: bool
    in_table: bool
    pre: bool
    link: int  # id of the enclosing <a>, 0 outside links
    link_author: bool
    top: int  # id of the outermost inline element below the block, 0 for text directly in it
    owner: _Owner
    src: _Source | None


# html_to_blocks builds its _Source, _Owner and _Ctx tuples with tuple.__new__: a NamedTuple's own
# __new__ is a Python function, about three times slower, and the walk builds one or more per element.
_new = tuple.__new__

# html_to_blocks makes a Markup and a Block per rendered line through their slot setters: a frozen
# dataclass's __init__ looks object.__setattr__ up and resolves each field's slot by name, once per
# field (Markup has 14), about 3.5x the cost of setting the slots directly. The field order is
# checked here, so a field added to Markup fails at import, not with an unset slot later.
_MARKUP_FIELDS = (
    "tag", "heading", "depth", "link_density", "hints", "in_article", "in_list", "in_table", "in_link",
    "datetime", "itemprop", "rel_author", "containers", "story",
)  # fmt: skip
if tuple(f.name for f in fields(Markup)) != _MARKUP_FIELDS:  # pragma: no cover - a guard for editors of Markup
    raise ImportError("newsclean.html.segment._block_of sets Markup's fields by hand: update it with Markup")
_MARKUP_SLOTS = tuple(Markup.__dict__[name].__set__ for name in _MARKUP_FIELDS)
(_m_tag, _m_heading, _m_depth, _m_density, _m_hints, _m_article, _m_list, _m_table, _m_link, _m_datetime,
 _m_itemprop, _m_author, _m_containers, _m_story) = _MARKUP_SLOTS  # fmt: skip
_b_text, _b_markup = (Block.__dict__[f.name].__set__ for f in fields(Block))
_object_new = object.__new__


_Row = tuple[str, _Owner, float, frozenset[str], bool, bool, str | None, str | None, bool, int]
"""A rendered line before its :class:`Block` is made: its text, its block element, then the Markup fields
the element does not give (``link_density``, ``hints``, ``in_article``, ``in_link``, ``datetime``,
``itemprop``, ``rel_author``, ``story``)."""


def _block_of(  # noqa: PLR0917 - one argument per field of a _Row, in its order
    text: str,
    owner: _Owner,
    link_density: float,
    hints: frozenset[str],
    in_article: bool,
    in_link: bool,
    datetime: str | None,
    itemprop: str | None,
    rel_author: bool,
    story: int,
) -> Block:
    """The :class:`Block` of a :data:`_Row`: ``Block(text, Markup(...))`` at under a third of the constructors' cost."""
    m = _object_new(Markup)
    _m_tag(m, owner.tag)
    _m_heading(m, owner.heading)
    _m_depth(m, owner.depth)
    _m_density(m, link_density)
    _m_hints(m, hints)
    _m_article(m, in_article)
    _m_list(m, owner.in_list)
    _m_table(m, owner.in_table)
    _m_link(m, in_link)
    _m_datetime(m, datetime)
    _m_itemprop(m, itemprop)
    _m_author(m, rel_author)
    _m_containers(m, owner.path)
    _m_story(m, story)
    b = _object_new(Block)
    _b_text(b, text)
    _b_markup(b, m)
    return b


# The attributes html_to_blocks reads.
_READ_ATTRIBUTES = frozenset({"class", "id", "role", "itemprop", "hidden", "aria-hidden", "style", "datetime", "rel"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def html_to_blocks(root: etree._Element) -> tuple[Block, ...]:
    """Render a parsed page to lines, one :class:`Block` per block element text run.

    Args:
        root: the root of an lxml HTML tree (see :func:`~newsclean.html.parse_html`).

    Returns:
        The page's non-empty lines in document order.

    >>> from newsclean.html.parse import parse_html
    >>> blocks = html_to_blocks(parse_html("<h1>Title</h1><p>One<br>two <a href=x>link</a></p>"))
    >>> [(b.text, b.markup.tag) for b in blocks]
    [('Title', 'h1'), ('One', 'p'), ('two link', 'p')]
    >>> blocks[0].markup.heading, round(blocks[2].markup.link_density, 2)
    (1, 0.57)

    .. versionadded:: 0.1.0
    """
    rows: list[_Row] = []  # each line's text and Markup fields: the Blocks are made once the hints are final
    hint_cache: dict[str, frozenset[str]] = {}
    union_cache: dict[tuple[frozenset[str], frozenset[str]], frozenset[str]] = {}

    root_owner = _Owner("body", 0, 0, _EMPTY, 0, False, False, None, (), None)  # noqa: FBT003
    root_ctx = _Ctx(_EMPTY, None, 0, False, False, False, 0, False, 0, root_owner, None)  # noqa: FBT003
    block_sources: list[_Source | None] = []  # the hint source of each block, for wrapper_sources()
    text_chars = 0  # visible characters outside links so far
    headings = h1s = 0  # <h1>-<h3> and <h1> elements so far
    # (stack depth, source id, text_chars, headings and h1s at its start)
    open_sources: list[tuple[int, int, int, int, int]] = []
    source_chars: dict[int, int] = {}  # visible characters outside links inside each layout-hint source
    headed: set[int] = set()  # layout-hint sources that hold a <h1>-<h3>
    topped: set[int] = set()  # ... that hold a <h1>

    # The current run of text.
    parts: list[str] = []
    run_ctx = root_ctx
    run_top = 0
    link_chars = 0
    run_link = 0  # the single link id the run's link text came from; -1 for several
    run_datetime: str | None = None
    run_author = False
    pending_sep = False
    pending_datetime: str | None = None

    def flush() -> None:
        nonlocal parts, link_chars, run_link, run_datetime, run_author, pending_sep, pending_datetime
        if parts:
            owner = run_ctx.owner
            if run_top > 0:
                hints, itemprop, src = run_ctx.hints, run_ctx.itemprop or owner.itemprop, run_ctx.src
            else:
                hints, itemprop, src = owner.hints, owner.itemprop, owner.src
            raw = "".join(parts)
            # <pre> keeps its lines and indentation; everything else renders as one collapsed line
            texts = [t.rstrip() for t in raw.expandtabs(4).split("\n")] if run_ctx.pre else [" ".join(raw.split())]
            for text in texts:
                if not text or text.isspace():
                    continue
                visible = len(text) - text.count(" ") if len(texts) == 1 else len("".join(raw.split()))
                density = min(link_chars / visible, 1.0) if visible else 0.0
                rows.append((
                    text, owner, density, hints, bool(owner.article or run_ctx.article),
                    run_link > 0 and density >= 1.0, run_datetime, itemprop, run_author,
                    max(run_ctx.article, owner.article, 0),
                ))  # fmt: skip
                block_sources.append(src)
            parts = []
        link_chars = 0
        run_link = 0
        run_datetime = None
        run_author = False
        pending_sep = False
        pending_datetime = None

    def add(text: str, ctx: _Ctx) -> None:
        nonlocal run_ctx, run_top, link_chars, run_link, run_datetime, run_author, pending_sep, text_chars
        blank = text.isspace()
        if not parts:
            if blank and not ctx.pre:
                return
            run_ctx = ctx
            run_top = ctx.top
        elif not blank:
            if pending_sep:
                parts.append(" | ")
                pending_sep = False
            if ctx.top != run_top:
                run_top = -1
        parts.append(text)
        if blank:
            return
        if pending_datetime is not None and run_datetime is None:
            run_datetime = pending_datetime
        if ctx.link:
            link_chars += len("".join(text.split()))
            if run_link == 0:
                run_link = ctx.link
            elif run_link != ctx.link:
                run_link = -1
            if ctx.link_author:
                run_author = True
        else:
            text_chars += len("".join(text.split()))
            if run_link > 0:
                run_link = -1  # text outside the link: the line is not one link

    stack: list[_Ctx] = []  # the parent context of every open element
    push = stack.append
    ctx = root_ctx
    next_id = 0
    block_id = 0
    noscript_at = -1  # stack depth of the <noscript> being rendered (see _renders_noscript), -1 for none
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if tag == "noscript" and (noscript_at >= 0 or _renders_noscript(el)):
                noscript_at = len(stack) if noscript_at < 0 else noscript_at
            elif tag in _DROP or not isinstance(tag, str):
                walker.skip_subtree()
                push(ctx)
                continue
            cls = role = itemprop = datetime = None
            hidden = rel_author = False
            for key, value in el.items():
                if key not in _READ_ATTRIBUTES:  # href, src, data-*...: most attributes say nothing here
                    continue
                if key in {"class", "id"}:
                    cls = value if cls is None else f"{cls} {value}"
                elif key == "role":
                    role = value
                elif key == "itemprop":
                    itemprop = value
                elif key == "hidden":
                    hidden = True
                elif key == "aria-hidden":
                    hidden = value.strip().lower() == "true"
                elif key == "style":
                    if ("none" in value or "hidden" in value) and _HIDDEN_STYLE.search(value):
                        hidden = True
                elif key == "datetime":
                    datetime = value
                elif key == "rel":
                    rel_author = "author" in value.lower()
            if hidden:
                walker.skip_subtree()
                push(ctx)
                continue
            hints = ctx.hints
            src = ctx.src
            article = ctx.article
            if tag == "article":
                next_id += 1
                article = next_id
            elif tag == "main":
                article = article or -1
            if cls is not None or role is not None or itemprop is not None or tag in _TAG_HINTS:
                own = _TAG_HINTS.get(tag, _EMPTY)
                if cls is not None:
                    found = hint_cache.get(cls)
                    if found is None:
                        found = hint_cache[cls] = class_hints(cls)
                    if found and tag == "blockquote" and "share" in found:
                        # a quoted social post ("twitter-tweet", "instagram-media") is an embed the
                        # article quotes, not a share bar
                        found = found - _SHARE
                    if found:
                        own = own | found if own else found
                if role is not None:
                    role = role.strip().lower()
                    if role in _ROLE_HINTS:
                        own = own | {_ROLE_HINTS[role]}
                    if role in _STORY_ROLES and tag != "article":
                        next_id += 1
                        article = next_id if role == "article" else article or -1
                if itemprop is not None:
                    itemprop = itemprop.strip()
                    prop = itemprop.lower()
                    if prop in _ITEMPROP_HINTS:
                        own = own | {_ITEMPROP_HINTS[prop]}
                    if prop == "articlebody":
                        next_id += 1
                        article = next_id
                if own:
                    next_id += 1
                    src = _new(_Source, (next_id, own, src))
                    if not own.isdisjoint(_TRACKED_HINTS):
                        open_sources.append((len(stack), next_id, text_chars, headings, h1s))
                    if hints:
                        key2 = (hints, own)
                        merged = union_cache.get(key2)
                        if merged is None:
                            merged = union_cache[key2] = hints | own
                        hints = merged
                    else:
                        hints = own
            if itemprop is None:
                itemprop = ctx.itemprop
            if tag in _BLOCK:
                if parts or pending_datetime is not None:
                    flush()
                if tag in _TOP_HEADINGS:
                    headings += 1
                    h1s += tag == "h1"
                in_list = ctx.in_list or tag in _LISTS
                in_table = ctx.in_table or tag == "table"
                block_id += 1
                owner = _new(_Owner, (
                    tag, _HEADINGS.get(tag, 0), len(stack) + 1, hints, article, in_list, in_table, itemprop,
                    (block_id, *ctx.owner.path[: CONTAINER_DEPTH - 1]), src,
                ))  # fmt: skip
                new = _new(_Ctx, (
                    hints, itemprop, article, in_list, in_table, ctx.pre or tag == "pre", ctx.link,
                    ctx.link_author, 0, owner, src,
                ))  # fmt: skip
            elif tag in _CELLS:
                if parts:
                    pending_sep = True
                new = _new(_Ctx, (
                    hints, itemprop, article, ctx.in_list, ctx.in_table, ctx.pre, ctx.link,
                    ctx.link_author, 0, ctx.owner, src,
                ))  # fmt: skip
            elif tag == "br":
                if parts or pending_datetime is not None:
                    flush()
                new = ctx
            else:
                next_id += 1
                if tag == "time" and datetime is not None and pending_datetime is None:
                    pending_datetime = datetime
                if tag == "a":
                    new = _new(_Ctx, (
                        hints, itemprop, article, ctx.in_list, ctx.in_table, ctx.pre, next_id,
                        rel_author or ctx.link_author, ctx.top or next_id, ctx.owner, src,
                    ))  # fmt: skip
                elif ctx.top and src is ctx.src and itemprop is ctx.itemprop and article == ctx.article:
                    new = ctx  # nested inline element that changes nothing: share the context
                else:
                    new = _new(_Ctx, (
                        hints, itemprop, article, ctx.in_list, ctx.in_table, ctx.pre, ctx.link,
                        ctx.link_author, ctx.top or next_id, ctx.owner, src,
                    ))  # fmt: skip
            push(ctx)
            ctx = new
            text = el.text
            if text and (parts or not text.isspace() or ctx.pre):
                add(text, ctx)
        else:
            ctx = stack.pop()
            if noscript_at == len(stack) and tag == "noscript":
                noscript_at = -1
            if open_sources and open_sources[-1][0] == len(stack):
                _, source_id, start, headings_start, h1s_start = open_sources.pop()
                source_chars[source_id] = text_chars - start
                if headings > headings_start:
                    headed.add(source_id)
                if h1s > h1s_start:
                    topped.add(source_id)
            if tag in _BLOCK and (parts or pending_datetime is not None):
                flush()
            tail = el.tail
            if tail and stack and (parts or not tail.isspace()):
                add(tail, ctx)
    flush()
    wrappers: dict[int, frozenset[str]] = {}
    for k, n in source_chars.items():
        if n >= (STORY_WRAPPER_SHARE if k in topped else WRAPPER_SHARE) * text_chars > 0:
            # a "comment" wrapper around the story's <h1> wraps the article, not its comments
            wrappers[k] = _LAYOUT_HINTS | _COMMENT if k in topped else _LAYOUT_HINTS
        elif n > CAPTION_MAX_CHARS or k in headed:
            wrappers[k] = _CAPTION
    if wrappers:
        rows = _without_wrapper_hints(rows, block_sources, wrappers)
    return tuple([_block_of(*row) for row in rows])


NOSCRIPT_TEXT_CHARS = 2000
"""A ``<noscript>`` that holds at least this many characters of text is rendered, not dropped.

A browser with scripts on hides ``<noscript>``, and most hold a tracking pixel or a "please
enable JavaScript" notice. But a page that draws its article with a script keeps the article
there for readers without one (the script's template is dropped), and a ``<noscript>`` left
unclosed (``<noscript><div></noscript>``) makes the parser put the rest of the page inside it."""


def _renders_noscript(el: etree._Element) -> bool:
    """Whether a ``<noscript>`` holds the page's text, not a notice: see :data:`NOSCRIPT_TEXT_CHARS`."""
    total = 0
    for text in el.itertext():
        if isinstance(text, str):
            total += len(text) - text.count(" ") - text.count("\n") - text.count("\t")
        if total >= NOSCRIPT_TEXT_CHARS:
            return True
    return False


def _without_wrapper_hints(
    rows: list[_Row], sources: list[_Source | None], wrappers: dict[int, frozenset[str]]
) -> list[_Row]:
    """The rows (see :data:`_Row`) with the hints ``wrappers`` maps each source id to taken out of their hints.

    Each source's cleaned hints are computed once and shared by the sources below it,
    so the pass is linear in the number of elements, however deep the page.
    """
    memo: dict[int, frozenset[str]] = {}

    def cleaned(src: _Source | None) -> frozenset[str]:
        chain: list[_Source] = []
        while src is not None and src.id not in memo:
            chain.append(src)
            src = src.up
        hints = memo[src.id] if src is not None else _EMPTY
        for node in reversed(chain):
            own = node.own - wrappers[node.id] if node.id in wrappers else node.own
            hints = hints | own if own and not own <= hints else hints
            memo[node.id] = hints
        return hints

    out: list[_Row] = []
    for row, src in zip(rows, sources, strict=True):
        if src is not None and not row[3].isdisjoint(_TRACKED_HINTS):
            hints = cleaned(src)
            if hints != row[3]:
                row = (*row[:3], hints, *row[4:])  # noqa: PLW2901
        out.append(row)
    return out
