"""A Scrapy item pipeline that cleans each crawled page into article fields.

Needs the optional Scrapy dependency: ``pip install "newsclean[scrapy]"``. Enable it in
your project's ``settings.py``::

    ITEM_PIPELINES = {"newsclean.scrapy.NewscleanPipeline": 300}
    NEWSCLEAN_SOURCE_FIELD = "html"    # the item field holding the page (HTML or text)
    NEWSCLEAN_URL_FIELD = "url"        # the item field holding its URL

and yield items that hold the page, for example ``{"url": response.url, "html": response.text}``.
The pipeline adds ``body``, ``headline``, ``authors`` (a list), ``published`` (an ISO 8601
string or ``None``), ``dateline``, ``language`` and ``source``. It works with ``dict`` items,
:class:`ArticleItem`, and any ``scrapy.Item`` or dataclass item: fields that such an item does
not declare are left out (declare them to receive them).

Other settings:

* ``NEWSCLEAN_DROP_EMPTY`` (default ``False``): drop items whose page has no article body;
* ``NEWSCLEAN_FAVOR`` (default ``"balanced"``): ``CleanConfig.favor``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

try:
    import scrapy
    from itemadapter import ItemAdapter
    from scrapy.exceptions import DropItem
except ImportError as exc:  # pragma: no cover  (exercised only without the extra)
    raise ImportError('newsclean.scrapy needs Scrapy: pip install "newsclean[scrapy]"') from exc

from newsclean.api import clean
from newsclean.config import CleanConfig

__all__ = ["ARTICLE_FIELDS", "ArticleItem", "NewscleanPipeline"]

ARTICLE_FIELDS = ("body", "headline", "authors", "published", "dateline", "language", "source")
"""The fields :class:`NewscleanPipeline` fills."""


class ArticleItem(scrapy.Item):
    """A ready-made item with the page fields and every article field.

    .. versionadded:: 0.1.0
    """

    url = scrapy.Field()
    html = scrapy.Field()
    body = scrapy.Field()
    headline = scrapy.Field()
    authors = scrapy.Field()
    published = scrapy.Field()
    dateline = scrapy.Field()
    language = scrapy.Field()
    source = scrapy.Field()


class NewscleanPipeline:
    """Fill an item's article fields from the page in its source field.

    Items without the source field (or with an empty one) pass through unchanged, so
    the pipeline can sit in a project that also yields other kinds of item.

    >>> pipeline = NewscleanPipeline()
    >>> page = ("<html><body><p>The old bridge reopened on Monday after two years of repairs, "
    ...         "officials said.</p></body></html>")
    >>> item = pipeline.process_item({"url": "https://example.com/news/1", "html": page})
    >>> item["body"].startswith("The old bridge"), item["language"]
    (True, 'en')

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        *,
        source_field: str = "html",
        url_field: str = "url",
        drop_empty: bool = False,
        config: CleanConfig | None = None,
    ) -> None:
        """Create the pipeline.

        Args:
            source_field: the item field holding the page's HTML or text.
            url_field: the item field holding the page's URL.
            drop_empty: raise ``DropItem`` for pages without an article body.
            config: the :class:`~newsclean.CleanConfig` to clean with.
        """
        self.source_field = source_field
        self.url_field = url_field
        self.drop_empty = drop_empty
        self.config = config if config is not None else CleanConfig()

    @classmethod
    def from_crawler(cls, crawler: Any) -> NewscleanPipeline:
        """Build the pipeline from the crawler's ``NEWSCLEAN_*`` settings (Scrapy calls this)."""
        settings = crawler.settings
        return cls(
            source_field=settings.get("NEWSCLEAN_SOURCE_FIELD", "html"),
            url_field=settings.get("NEWSCLEAN_URL_FIELD", "url"),
            drop_empty=settings.getbool("NEWSCLEAN_DROP_EMPTY", False),  # noqa: FBT003  (Scrapy's signature)
            config=CleanConfig(favor=settings.get("NEWSCLEAN_FAVOR", "balanced")),
        )

    def process_item(self, item: Any, spider: Any = None) -> Any:  # noqa: ARG002  (older Scrapy passes spider)
        """Clean the page in the item's source field and set the article fields.

        Args:
            item: a ``dict``, ``scrapy.Item``, dataclass or attrs item.
            spider: ignored; Scrapy versions before 2.13 pass it.

        Returns:
            The same item, with the article fields set.

        Raises:
            DropItem: ``drop_empty`` is set and the page has no article body.
        """
        adapter = ItemAdapter(item)
        page = adapter.get(self.source_field)
        if not page:
            return item
        url = adapter.get(self.url_field)
        article = clean(page, url=url if isinstance(url, str) else None, config=self.config)
        if self.drop_empty and not article.body:
            raise DropItem(f"newsclean found no article body on {url or 'a page'}")
        values: dict[str, Any] = {
            "body": article.body,
            "headline": article.headline,
            "authors": list(article.authors),
            "published": article.published.isoformat() if article.published is not None else None,
            "dateline": article.dateline,
            "language": article.language,
            "source": article.source,
        }
        declared = adapter.field_names() if not isinstance(item, dict) else None
        for key, value in values.items():
            if declared is None or key in declared:
                adapter[key] = value
        return item
