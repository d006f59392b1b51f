"""``clean()``: the one call most users need.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import codecs
from urllib.parse import unquote, urlsplit

import regex

from newsclean.article import Article
from newsclean.assemble import SourceLines, assemble
from newsclean.classifiers.base import PageContext
from newsclean.columns import column_body
from newsclean.config import CleanConfig
from newsclean.context import revise
from newsclean.errors import ConfigError, InvalidInputError, LimitExceededError
from newsclean.language import detect_language, line_stopwords
from newsclean.layout import read_columns
from newsclean.lines import build_lines, split_physical
from newsclean.pipeline import Pipeline
from newsclean.reflow import reflow, reflow_columns, wrap_widths

__all__ = ["clean", "decode_text"]

_FORMATS = ("auto", "text", "html")
_URL_WORD = regex.compile(r"[^\W\d_]{2,}|\d{5,}")
# a one-letter word of a slug, between separators ("winda-w-chmurach", "guerra-y-paz")
_LETTER_WORD = regex.compile(r"(?<![^\W_])[^\W\d_](?![^\W_])")
_EXTENSION = regex.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cms)$", regex.IGNORECASE)
# A slug names a story in several words; a one- or two-word segment is a section or an ID.
MIN_SLUG_WORDS = 3
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def clean(
    page: str | bytes,
    *,
    url: str | None = None,
    format: str = "auto",  # noqa: A002  (the name users expect; shadowing the builtin is harmless here)
    config: CleanConfig | None = None,
    pipeline: Pipeline | None = None,
) -> Article:
    """Label every line of a page and assemble the article.

    Args:
        page: a page dump (``str``, or ``bytes`` in any encoding) or the page's HTML.
        url: the page's URL; its slug helps find the headline, its path may hold the date.
        format: ``"text"``, ``"html"``, or ``"auto"`` to tell them apart by sniffing the markup.
        config: settings (default: :class:`CleanConfig()`).
        pipeline: the classifiers to run (default: :meth:`Pipeline.default`).

    Returns:
        The :class:`Article`; never ``None``. A page with no article gives an empty ``body``,
        and ``Article.lines`` says why each line was dropped.

    Raises:
        InvalidInputError: ``page`` is not ``str`` or ``bytes``.
        LimitExceededError: ``page`` is larger than ``config.max_bytes``.
        ConfigError: ``format`` is unknown or ``config`` is not a ``CleanConfig``.
        ClassifierError: a classifier broke its contract.

    >>> article = clean("Home | News | Sport\\n\\nBridge Reopens After Two Years of Repairs\\n\\n"
    ...                 "The old bridge reopened on Monday after a repair that took two years, officials said.")
    >>> article.headline
    'Bridge Reopens After Two Years of Repairs'
    >>> article.body[:14]
    'The old bridge'

    .. versionadded:: 0.1.0
    """
    if config is None:
        config = CleanConfig()
    elif not isinstance(config, CleanConfig):
        raise ConfigError(f"config must be a newsclean.CleanConfig, got {type(config).__name__}")
    if format not in _FORMATS:
        raise ConfigError(f"format must be one of {', '.join(_FORMATS)}, got {format!r}")
    if url is not None and not isinstance(url, str):
        raise InvalidInputError(f"url must be a str or None, got {type(url).__name__}")
    if not isinstance(page, (str, bytes, bytearray, memoryview)):
        raise InvalidInputError(
            f"clean() takes the page as str or bytes, got {type(page).__name__}; "
            "read files with open(path, 'rb').read() or pass response.content"
        )
    if isinstance(page, (bytearray, memoryview)):
        page = bytes(page)
    size = len(page) if isinstance(page, bytes) else len(page) * (4 if not page.isascii() else 1)
    if size > config.max_bytes and (
        isinstance(page, bytes) or len(page.encode("utf-8", "surrogatepass")) > config.max_bytes
    ):
        raise LimitExceededError(
            f"page is larger than max_bytes={config.max_bytes:,}; raise CleanConfig.max_bytes to accept it",
            limit="max_bytes",
        )
    pipeline = pipeline if pipeline is not None else _default_pipeline()
    if format == "html" or (format == "auto" and _looks_like_html(page)):
        from newsclean.html_input import clean_html  # noqa: PLC0415  (lxml loads only for HTML)

        return clean_html(page, url=url, config=config, pipeline=pipeline)
    text = page if isinstance(page, str) else decode_text(page)
    return _clean_text(text, url=url, config=config, pipeline=pipeline)


def _looks_like_html(page: str | bytes) -> bool:
    from newsclean.html import looks_like_html  # noqa: PLC0415

    return looks_like_html(page)


_PIPELINE: list[Pipeline] = []


def _default_pipeline() -> Pipeline:
    # Built once: the default classifiers are immutable, so sharing them across calls and threads is safe.
    if not _PIPELINE:
        _PIPELINE.append(Pipeline.default())
    return _PIPELINE[0]


def decode_text(data: bytes) -> str:
    """Decode a text dump: BOM, then UTF-8 (line by line for mixed pages), then detection, then cp1252.

    >>> decode_text("Grüße".encode("utf-8"))
    'Grüße'
    >>> decode_text(codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"))
    'hi'

    .. versionadded:: 0.1.0
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    fallback = _detect_encoding(data)
    # Pages glued from several sources: when most non-ASCII lines are valid UTF-8, decode line by
    # line and read only the odd lines with the detected legacy encoding, so one cp1252 paragraph
    # does not turn every UTF-8 line into mojibake.
    lines = data.split(b"\n")
    non_ascii = [ln for ln in lines if not ln.isascii()]
    utf8 = sum(1 for ln in non_ascii if _is_utf8(ln))
    if non_ascii and utf8 >= MIXED_UTF8_SHARE * len(non_ascii):
        return "\n".join(ln.decode("utf-8") if _is_utf8(ln) else ln.decode(fallback, "replace") for ln in lines)
    return data.decode(fallback, "replace")


# Share of non-ASCII lines that must be valid UTF-8 before a page is read as mixed, line by line.
MIXED_UTF8_SHARE = 0.5
# Fewer legacy bytes than this are read as cp1252 without asking the detector.
MIN_DETECT_BYTES = 32


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect_encoding(data: bytes) -> str:
    """The legacy encoding of undeclared bytes, else cp1252.

    Uses the HTML reader's detector, which prefers cp1252 when it is nearly as clean as the
    winner (short Latin samples fool charset detection).
    """
    from newsclean.html.decode import _detect  # noqa: PLC0415  (charset-normalizer loads only for such input)

    sample = b"\n".join(ln for ln in data[:200_000].split(b"\n") if not _is_utf8(ln))
    if len(sample) < MIN_DETECT_BYTES:  # a word or two says nothing about its encoding
        return "cp1252"
    return _detect(sample) or "cp1252"


def url_words(url: str | None) -> frozenset[str]:
    """Case-folded words of a URL's slug (the path segment with the most words), for headline matching.

    Section names ("world", "auto-news") are left out: only the segment that names the story counts.

    >>> sorted(url_words("https://example.com/world/2024/bridge-reopens-after-repairs.html"))
    ['after', 'bridge', 'reopens', 'repairs']

    A one-letter word ("w", "y", "a") is not matched on, but it counts toward the slug's length:

    >>> sorted(url_words("https://example.com/kultura/winda-w-chmurach"))
    ['chmurach', 'winda']
    >>> sorted(url_words("https://example.com/kultura/winda-chmurach"))
    []
    """
    if not url:
        return frozenset()
    try:
        path = unquote(urlsplit(url).path)[:2000]
    except ValueError:
        return frozenset()
    best: list[str] = []
    size = 0  # the best segment's words, one-letter ones included
    for part in path.split("/"):
        segment = _EXTENSION.sub("", part)
        words = [w.casefold() for w in _URL_WORD.findall(segment)]
        if len(words) > len(best):
            # a one-letter word ("w", "z", "a", "y", "e") is too short to match on, yet a word of the title:
            # "winda-w-chmurach" names a story in three words
            best, size = words, len(words) + len(_LETTER_WORD.findall(segment))
    return frozenset(best) if size >= MIN_SLUG_WORDS else frozenset()


def _clean_text(text: str, *, url: str | None, config: CleanConfig, pipeline: Pipeline) -> Article:
    warnings: list[str] = []
    raws = split_physical(text)
    limit = config.max_line_chars
    if any(len(r) > limit for r in raws):
        cut = sum(1 for r in raws if len(r) > limit)
        warnings.append(f"{cut} line(s) longer than max_line_chars={limit:,} were cut to that length")
        raws = [r[:limit] for r in raws]
    detected, flowing = wrap_widths(raws) if config.reflow is not False else (None, None)
    width = detected if config.reflow is None else (detected or 80) if config.reflow else None
    if width is not None:
        rows, sources = reflow_columns(raws, width, flowing=flowing) if config.columns else (reflow(raws, width), None)
    else:
        # an unwrapped layout-preserving dump prints a layout table's columns side by side: read them one by one
        rows, sources = read_columns(raws) if config.columns else (reflow(raws, None), None)
    language = config.language or detect_language([r[0] for r in rows])
    words = line_stopwords(language)
    lines = build_lines(rows, stopwords=words)
    physical: SourceLines | None = None
    if len(rows) != len(raws) or any(end - start != 1 for _, start, end in rows):
        physical = SourceLines(raws, words)
    del raws, rows  # the lines hold all the rest needs: free the rows before it runs
    context = PageContext(config=config, language=language, url=url, url_words=url_words(url))
    # the votes are not needed past the context pass: free them before the article is assembled
    revised = revise(lines, pipeline.run(lines, context), config)
    article = assemble(lines, revised, context, physical=physical, warnings=warnings)
    if sources is None:
        return article
    # side-by-side columns were read one after the other: the source lines they share are labelled by both
    return column_body(article, revised, sources)
