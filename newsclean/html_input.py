"""The HTML path of :func:`newsclean.clean`: markup becomes lines with evidence, then the same pipeline.

There is no second extractor: :mod:`newsclean.html` renders the page to lines (one per
block element) with :class:`~newsclean.Markup` evidence and page metadata, and the
classifiers, context pass and assembler are the ones the text path uses.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from newsclean.article import Article
from newsclean.assemble import assemble
from newsclean.classifiers.base import PageContext
from newsclean.config import CleanConfig
from newsclean.context import revise
from newsclean.html import html_to_page
from newsclean.language import detect_language, line_stopwords
from newsclean.lines import build_lines
from newsclean.pipeline import Pipeline

__all__ = ["clean_html"]


def clean_html(page: str | bytes, *, url: str | None, config: CleanConfig, pipeline: Pipeline) -> Article:
    """Clean an HTML page; see :func:`newsclean.clean`.

    .. versionadded:: 0.1.0
    """
    from newsclean.api import url_words  # noqa: PLC0415  (api imports this module lazily)

    parsed = html_to_page(page, max_bytes=config.max_bytes, max_depth=config.max_html_depth)
    blocks = parsed.blocks
    warnings: list[str] = []
    limit = config.max_line_chars
    texts = [b.text for b in blocks]
    if any(len(t) > limit for t in texts):
        # worded as the text path words it
        cut = sum(1 for t in texts if len(t) > limit)
        warnings.append(f"{cut} line(s) longer than max_line_chars={limit:,} were cut to that length")
        texts = [t[:limit] for t in texts]
    meta = parsed.meta
    language = config.language or detect_language(texts) or _meta_language(meta.language)
    words = line_stopwords(language)
    lines = build_lines(
        [(t, i, i + 1) for i, t in enumerate(texts)], stopwords=words, markups=[b.markup for b in blocks]
    )
    page_url = url or meta.canonical_url
    context = PageContext(config=config, language=language, url=page_url, url_words=url_words(page_url), meta=meta)
    # the votes are not needed past the context pass: free them before the article is assembled
    revised = revise(lines, pipeline.run(lines, context), config)
    return assemble(lines, revised, context, warnings=warnings)


def _meta_language(value: str | None) -> str | None:
    if not value:
        return None
    code = value.split("-")[0].split("_")[0].strip().lower()
    return code if code.isalpha() and len(code) in (2, 3) else None
