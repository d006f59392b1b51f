r"""An explain page: one self-contained HTML file that shows why every line was kept or dropped.

The page's lines sit on the left, each tinted by its label, with the score and the
reason in a tooltip; the assembled article sits on the right; a legend counts the
labels. Inline CSS only: no scripts, fonts or images, so the file opens anywhere and
can be mailed or attached to a bug report.

From the shell: ``newsclean explain page.html --html report.html``.

>>> from newsclean import clean
>>> page = explain_html(clean("Home | News\\n\\nThe old bridge reopened on Monday, officials said."))
>>> page.startswith("<!DOCTYPE html>") and 'class="line label-body"' in page
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import TYPE_CHECKING

from newsclean.labels import Label

if TYPE_CHECKING:
    from newsclean.article import Article, LabeledLine

__all__ = ["LABEL_COLORS", "explain_html"]

LABEL_COLORS: dict[Label, str] = {
    Label.HEADLINE: "#7c3aed",
    Label.SUMMARY: "#a855f7",
    Label.BYLINE: "#0891b2",
    Label.DATELINE: "#2563eb",
    Label.BODY: "#16a34a",
    Label.CAPTION: "#ca8a04",
    Label.NAVIGATION: "#64748b",
    Label.PROMO: "#dc2626",
    Label.COMMENT: "#ea580c",
    Label.OTHER: "#94a3b8",
    Label.BLANK: "#e2e8f0",
}
"""The colour of each label on the explain page (CSS class ``label-<name>``)."""

_MEANING: dict[Label, str] = {
    Label.HEADLINE: "the article's title",
    Label.SUMMARY: "standfirst under the headline",
    Label.BYLINE: "who wrote it",
    Label.DATELINE: "where and when",
    Label.BODY: "the article text",
    Label.CAPTION: "photo captions, credits",
    Label.NAVIGATION: "menus, footers, legal",
    Label.PROMO: "teasers, share bars, sign-ups",
    Label.COMMENT: "reader comments",
    Label.OTHER: "anything else",
    Label.BLANK: "empty line",
}

_CSS = """
:root { color-scheme: light; --ink: #0f172a; --muted: #64748b; --rule: #e2e8f0; --paper: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
       color: var(--ink); background: #f8fafc; }
header { padding: 20px 28px 14px; background: var(--paper); border-bottom: 1px solid var(--rule); }
header h1 { margin: 0 0 4px; font-size: 20px; font-weight: 650; }
header .sub { margin: 0; color: var(--muted); font-size: 13px; }
header .sub code { font-size: 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 8px; margin: 12px 0 0; padding: 0; list-style: none; }
.legend li { display: inline-flex; align-items: center; gap: 6px; padding: 2px 10px 2px 4px;
             font-size: 12.5px; border: 1px solid var(--rule); border-radius: 999px;
             background: var(--paper); }
.legend li.none { opacity: .45; }
.legend .swatch { width: 14px; height: 14px; border-radius: 999px; }
.legend b { font-weight: 600; }
.legend .n { color: var(--muted); font-variant-numeric: tabular-nums; }
main { display: grid; grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr); gap: 24px;
       padding: 20px 28px 40px; align-items: start; }
h2 { margin: 0 0 10px; font-size: 12px; letter-spacing: .08em; text-transform: uppercase;
     color: var(--muted); }
.lines { margin: 0; padding: 0; list-style: none; background: var(--paper); border: 1px solid var(--rule);
         border-radius: 10px; overflow: hidden; }
.line { display: grid; grid-template-columns: 3.2em 7.2em 3.4em minmax(0, 1fr); gap: 8px;
        align-items: baseline; padding: 3px 12px 3px 8px; border-left: 5px solid var(--c);
        background: var(--bg); font-size: 13.5px; cursor: help; }
.line:hover { outline: 2px solid var(--c); outline-offset: -2px; }
.line .no { color: var(--muted); text-align: right;
            font: 11.5px ui-monospace, SFMono-Regular, Menlo, monospace; }
.line .tag { font-size: 11px; font-weight: 650; letter-spacing: .03em; text-transform: uppercase;
             color: var(--c); }
.line .score { font: 11.5px ui-monospace, SFMono-Regular, Menlo, monospace; color: var(--muted); }
.line .text { white-space: pre-wrap; overflow-wrap: anywhere; }
.line.drop .text { color: #64748b; }
.line.label-blank { min-height: 9px; padding-top: 0; padding-bottom: 0; background: transparent;
                    border-left-color: transparent; cursor: default; }
.line.label-blank > span { display: none; }
.line.label-headline .text { font-weight: 700; font-size: 15px; }
.line.revised .tag::after { content: " *"; color: var(--muted); }
aside { position: sticky; top: 16px; max-height: calc(100vh - 32px); overflow: auto; }
article { background: var(--paper); border: 1px solid var(--rule); border-radius: 10px; padding: 18px 22px; }
article h3 { margin: 0 0 8px; font-size: 22px; line-height: 1.25; }
article .summary { margin: 0 0 12px; font-size: 16px; color: #334155; }
article .empty { color: var(--muted); font-style: italic; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0 0 14px;
          padding: 10px 12px; background: #f1f5f9; border-radius: 8px; font-size: 13px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.body p { margin: 0 0 .8em; }
.warnings { margin: 14px 0 0; padding: 10px 14px; border-radius: 8px; background: #fffbeb;
            border: 1px solid #fde68a; font-size: 13px; }
.warnings ul { margin: 4px 0 0; padding-left: 18px; }
footer { padding: 0 28px 24px; color: var(--muted); font-size: 12px; }
@media (max-width: 900px) {
  main { grid-template-columns: 1fr; }
  aside { position: static; max-height: none; }
}
"""


def explain_html(article: Article, *, title: str | None = None) -> str:
    """Render an :class:`~newsclean.Article` as a self-contained HTML explain page.

    Every line of the page becomes one ``<li class="line label-<name>">`` whose
    ``title`` tooltip gives the label, score, deciding classifier and reason; lines
    the context pass revised carry a ``revised`` class and a ``*`` after the label.
    The assembled article (headline, authors, dates, dateline, body) sits beside
    them, under a legend of the labels with their counts.

    Args:
        article: what :func:`newsclean.clean` returned.
        title: the page title (default: the headline, else "newsclean explain").

    Returns:
        The HTML document as a string. All page text is escaped.

    >>> from newsclean import Article
    >>> page = explain_html(Article(body="<b>bold?</b>"))
    >>> "<b>bold?" in page, "&lt;b&gt;bold?" in page
    (False, True)

    .. versionadded:: 0.1.0
    """
    heading = title or article.headline or "newsclean explain"
    counts = Counter(ll.label for ll in article.lines)
    kept = sum(n for label, n in counts.items() if label.is_content)
    nonblank = len(article.lines) - counts[Label.BLANK]
    facts = [f"{len(article.lines)} lines", f"{kept} of {nonblank} non-blank lines kept"]
    if article.language:
        facts.append(f"language {escape(article.language)}")
    if article.url:
        facts.append(f"<code>{escape(article.url)}</code>")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="newsclean">',
        f"<title>{escape(heading)} · newsclean explain</title>",
        f"<style>{_CSS}{_label_css()}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(heading)}</h1>",
        (f'<p class="sub">{" · ".join(facts)} · hover a line for its score and reason; '
         "* marks a label the context pass changed</p>"),
        _legend(counts),
        "</header>",
        "<main>",
        '<section class="page" aria-label="The page, line by line">',
        "<h2>The page, line by line</h2>",
        '<ol class="lines">',
        *(_line(ll) for ll in article.lines),
        "</ol>",
        "</section>",
        '<aside aria-label="The article">',
        "<h2>The article</h2>",
        _article(article),
        "</aside>",
        "</main>",
        ("<footer>Made by newsclean. Lines on the left are in page order; "
         "the article on the right is what <code>newsclean.clean()</code> returned.</footer>"),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _label_css() -> str:
    rules = []
    for label, color in LABEL_COLORS.items():
        # A light tint of the label colour behind the line: readable text, visible at a glance.
        rules.append(f".label-{label.value} {{ --c: {color}; --bg: {color}14; }}")
    rules.append(".label-body { --bg: #16a34a1f; } .label-headline { --bg: #7c3aed24; }")
    rules.append(".legend .swatch.label-blank { border: 1px solid #cbd5e1; }")
    return "\n".join(rules)


def _legend(counts: Counter[Label]) -> str:
    items = []
    for label, color in LABEL_COLORS.items():
        n = counts.get(label, 0)
        cls = "" if n else ' class="none"'
        items.append(
            f'<li{cls} title="{escape(_MEANING[label])}"><span class="swatch label-{label.value}" '
            f'style="background: {color}"></span><b>{label.value}</b>'
            f'<span class="n">{n}</span></li>'
        )
    return '<ul class="legend" aria-label="Labels">' + "".join(items) + "</ul>"


def _line(ll: LabeledLine) -> str:
    label = ll.label.value
    classes = ["line", f"label-{label}"]
    if not ll.label.is_content:
        classes.append("drop")
    if ll.classifier == "context":
        classes.append("revised")
    number = ll.line.start + 1
    tip = f"line {number} · {label} · score {ll.score:.2f} · {ll.classifier}: {ll.reason}"
    return (
        f'<li class="{" ".join(classes)}" id="L{number}" data-label="{label}" data-score="{ll.score:.2f}" '
        f'title="{escape(tip)}"><span class="no">{number}</span><span class="tag">{label}</span>'
        f'<span class="score">{ll.score:.2f}</span><span class="text">{escape(ll.line.text)}</span></li>'
    )


def _article(article: Article) -> str:
    out = ["<article>"]
    if article.headline:
        out.append(f'<h3 class="headline">{escape(article.headline)}</h3>')
    if article.summary:
        out.append(f'<p class="summary">{escape(article.summary)}</p>')
    meta: list[tuple[str, str]] = []
    if article.authors:
        meta.append(("Authors", ", ".join(article.authors)))
    elif article.byline:
        meta.append(("Byline", article.byline))
    if article.source:
        meta.append(("Source", article.source))
    if article.published is not None:
        meta.append(("Published", article.published.isoformat()))
    if article.updated is not None:
        meta.append(("Updated", article.updated.isoformat()))
    if article.dateline:
        meta.append(("Dateline", article.dateline))
    if article.language:
        meta.append(("Language", article.language))
    if article.tags:
        meta.append(("Tags", ", ".join(article.tags)))
    if meta:
        rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in meta)
        out.append(f'<dl class="meta">{rows}</dl>')
    paragraphs = article.paragraphs or ((article.body,) if article.body else ())
    if paragraphs:
        out.append('<div class="body">' + "".join(f"<p>{escape(p)}</p>" for p in paragraphs) + "</div>")
    else:
        out.append('<p class="empty">No article body was found on this page; '
                   "the lines on the left say why.</p>")
    if article.warnings:
        items = "".join(f"<li>{escape(w)}</li>" for w in article.warnings)
        out.append(f'<div class="warnings"><b>Warnings</b><ul>{items}</ul></div>')
    out.append("</article>")
    return "\n".join(out)
