"""Clean pages on Apache Spark: a pandas UDF for DataFrame columns, partition helpers for RDDs.

Needs the optional extra: ``pip install "newsclean[spark]"`` (pyspark, pandas, pyarrow; warcio
for archives). Nothing here imports pyspark at module level except :func:`clean_udf`, so the
partition helpers also run in plain Python (and in tests) without a JVM.

Three entry points, from the most to the least Spark-specific:

* :func:`clean_udf` - a pandas UDF: ``df.withColumn("article", clean_udf()("html", "url"))``
  turns a column of pages into a struct column with the :data:`ARTICLE_SCHEMA` fields.
* :func:`clean_partition` - for ``rdd.mapPartitions``: ``(url, content, kind)`` tuples (or
  :class:`newsclean.warc.Record` objects) in, one :func:`article_row` dict per page out.
* :func:`archive_partition` - for ``rdd.mapPartitions`` over WARC/WET *paths*: each worker
  streams its archives with :func:`newsclean.warc.iter_records`, so no archive is ever
  loaded whole into the driver or shipped through Spark.

A page that fails gives a row with ``error`` set and empty article fields; a task never fails
because of one page.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsclean.api import clean
from newsclean.config import CleanConfig
from newsclean.warc import Record, iter_records

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from newsclean.article import Article

__all__ = ["ARTICLE_FIELDS", "ARTICLE_SCHEMA", "archive_partition", "article_row", "clean_partition", "clean_udf"]

ARTICLE_SCHEMA = (
    "url string, headline string, body string, authors array<string>, source string, "
    "published string, updated string, dateline string, language string, error string"
)
"""The Spark DDL schema of an article row (dates as ISO 8601 strings)."""

ARTICLE_FIELDS = tuple(part.split()[0] for part in ARTICLE_SCHEMA.split(", "))
"""The field names of :data:`ARTICLE_SCHEMA`, in order."""


def article_row(article: Article | None, *, url: str | None = None, error: str | None = None) -> dict[str, Any]:
    """One article as a flat dict with the :data:`ARTICLE_SCHEMA` fields.

    >>> article_row(None, url="https://example.com/a", error="InvalidInputError: bad page")["error"]
    'InvalidInputError: bad page'

    .. versionadded:: 0.1.0
    """
    if article is None:
        return {**dict.fromkeys(ARTICLE_FIELDS), "url": url, "authors": [], "error": error}
    return {
        "url": url if url is not None else article.url,
        "headline": article.headline,
        "body": article.body,
        "authors": list(article.authors),
        "source": article.source,
        "published": article.published.isoformat() if article.published is not None else None,
        "updated": article.updated.isoformat() if article.updated is not None else None,
        "dateline": article.dateline,
        "language": article.language,
        "error": error,
    }


def _clean_row(content: str | bytes | None, url: str | None, fmt: str, config: CleanConfig) -> dict[str, Any]:
    if content is None:
        return article_row(None, url=url, error="InvalidInputError: no page content (null)")
    try:
        article = clean(content, url=url, format=fmt, config=config)
    except Exception as exc:  # noqa: BLE001  (one bad page is a row with an error, never a failed task)
        return article_row(None, url=url, error=f"{type(exc).__name__}: {exc}")
    return article_row(article, url=url)


def _format_of(kind: str | None) -> str:
    return kind if kind in {"html", "text"} else "auto"


def clean_partition(
    rows: Iterable[Record | tuple[str | None, str | bytes | None, str | None]],
    config: CleanConfig | None = None,
) -> Iterator[dict[str, Any]]:
    """Clean a partition of pages; use with ``rdd.mapPartitions``.

    Args:
        rows: :class:`~newsclean.warc.Record` objects, or ``(url, content, kind)`` tuples where
            ``kind`` is ``"html"``, ``"text"`` or ``None`` (sniff).
        config: settings for every page.

    Yields:
        One :func:`article_row` dict per page, in order.

    >>> [r["error"] is None for r in clean_partition([("u", "Title\\\\n\\\\nSome body text here.", "text"),
    ...                                             ("v", None, None)])]
    [True, False]

    .. versionadded:: 0.1.0
    """
    config = config or CleanConfig()
    for row in rows:
        if isinstance(row, Record):
            yield _clean_row(row.content, row.url, row.kind, config)
        else:
            url, content, kind = row
            yield _clean_row(content, url, _format_of(kind), config)


def archive_partition(paths: Iterable[str], config: CleanConfig | None = None) -> Iterator[dict[str, Any]]:
    """Clean every page of the WARC/WET archives at ``paths``; use with ``rdd.mapPartitions``.

    Each path must be readable from the workers (a shared file system, or a local copy). An
    archive that cannot be read gives one row with ``url`` set to its path and ``error`` set.

    Args:
        paths: archive paths (``.warc``, ``.warc.gz``, ``.wet``, ``.wet.gz``).
        config: settings for every page.

    Yields:
        One :func:`article_row` dict per HTML response or WET conversion record.

    .. versionadded:: 0.1.0
    """
    config = config or CleanConfig()
    for path in paths:
        yield from _archive_rows(path, config)


def _archive_rows(path: str, config: CleanConfig) -> Iterator[dict[str, Any]]:
    try:
        yield from clean_partition(iter_records(path), config)
    except Exception as exc:  # noqa: BLE001  (a truncated archive keeps the pages read before it)
        yield article_row(None, url=path, error=f"{type(exc).__name__}: {exc}")


def clean_udf(config: CleanConfig | None = None, *, format: str = "auto") -> Callable[..., Any]:  # noqa: A002
    """A pandas UDF cleaning a column of pages (and optionally a column of URLs) into article structs.

    Args:
        config: settings for every page.
        format: ``"auto"``, ``"text"`` or ``"html"``, as in :func:`newsclean.clean`.

    Returns:
        A ``pandas_udf`` with return type :data:`ARTICLE_SCHEMA`; call it on one column
        (the pages, ``string`` or ``binary``) or two (pages, URLs).

    Example::

        from newsclean.spark import clean_udf
        articles = df.select(clean_udf()("content", "url").alias("article")).select("article.*")

    .. versionadded:: 0.1.0
    """
    # Optional dependencies, loaded only on Spark; imported by name so type checkers need no stubs.
    pd = importlib.import_module("pandas")
    pandas_udf = importlib.import_module("pyspark.sql.functions").pandas_udf

    settings = config or CleanConfig()

    def clean_pages(pages: Any, urls: Any = None) -> Any:
        # pages, urls: pandas Series of one Arrow batch; returns a DataFrame with the schema's columns.
        url_list = [None] * len(pages) if urls is None else [u if isinstance(u, str) else None for u in urls]
        rows = [_clean_row(_page(page), url, format, settings) for page, url in zip(pages, url_list, strict=True)]
        return pd.DataFrame(rows, columns=list(ARTICLE_FIELDS))

    # Spark picks the UDF kind (Series -> DataFrame: a scalar UDF with a struct result) from the hints.
    clean_pages.__annotations__ = {"pages": pd.Series, "urls": pd.Series, "return": pd.DataFrame}
    udf: Callable[..., Any] = pandas_udf(ARTICLE_SCHEMA)(clean_pages)
    return udf


def _page(value: object) -> str | bytes | None:
    """A cell of a page column: ``string`` and ``binary`` cells are pages, nulls (None, NaN) are not."""
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    return value if isinstance(value, (str, bytes)) else None
