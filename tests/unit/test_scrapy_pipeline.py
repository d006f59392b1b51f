"""NewscleanPipeline in a real Scrapy crawl against a local http.server.

The crawl runs in a subprocess (CrawlerProcess owns the Twisted reactor, which can start
only once per process); the server runs in a thread of the test process on 127.0.0.1.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

scrapy = pytest.importorskip("scrapy")

from newsclean import clean  # noqa: E402
from newsclean.scrapy import NewscleanPipeline  # noqa: E402  (after the skip: it needs Scrapy)

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "seed_devdiscourse.txt"

HARBOUR = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour Festival Returns</title>"
    "<meta property='article:published_time' content='2024-05-04T10:00:00+00:00'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news/'>News</a> <a href='/sport/'>Sport</a></nav>"
    "<article><h1>Harbour Festival Returns</h1><p class='byline'>By Maria Lopez</p>"
    "<p>The harbour festival returned on Saturday for the first time in five years, drawing thousands "
    "of visitors to the waterfront despite the rain.</p>"
    "<p>Organisers said the boat parade alone had attracted more people than the whole festival did "
    "in its last edition, and promised to make it a yearly event again.</p></article>"
    "<footer>Privacy policy | Terms of use | © 2024 Example News</footer></body></html>"
)
INDEX = "<html><body><a href='harbour.html'>Harbour</a> <a href='seed.txt'>Seed</a></body></html>"

SPIDER = textwrap.dedent(
    """
    import json, sys
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from newsclean.scrapy import ArticleItem

    base, out = sys.argv[1], sys.argv[2]

    class Pages(scrapy.Spider):
        name = "pages"
        start_urls = [base + "index.html"]

        def parse(self, response):
            for href in response.css("a::attr(href)").getall():
                yield response.follow(href, self.parse_page)

        def parse_page(self, response):
            if response.url.endswith(".txt"):
                # A scrapy.Item, with the page as text in a custom field.
                yield ArticleItem(url=response.url, html=response.text)
            else:
                yield {"url": response.url, "page": response.text, "kind": "dict"}

    process = CrawlerProcess(settings={
        "ITEM_PIPELINES": {"newsclean.scrapy.NewscleanPipeline": 300},
        "NEWSCLEAN_SOURCE_FIELD": sys.argv[3],
        "FEEDS": {out: {"format": "jsonlines"}},
        "LOG_LEVEL": "WARNING",
        "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False,
        "HTTPCACHE_ENABLED": False,
        "CONCURRENT_REQUESTS": 2,
        "CLOSESPIDER_TIMEOUT": 60,
    })
    process.crawl(Pages)
    process.start()
    """
)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text(INDEX, encoding="utf-8")
    (root / "harbour.html").write_text(HARBOUR, encoding="utf-8")
    (root / "seed.txt").write_bytes(SEED.read_bytes())
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_a_real_crawl_fills_the_article_fields(site: str, tmp_path: Path) -> None:
    script = tmp_path / "crawl.py"
    script.write_text(SPIDER, encoding="utf-8")
    out = tmp_path / "items.jsonl"
    # NEWSCLEAN_SOURCE_FIELD="page": the dict items hold their page there; the ArticleItem has no
    # "page" field, so it passes through unchanged.
    done = subprocess.run([sys.executable, str(script), site, str(out), "page"], capture_output=True, text=True,
                          timeout=240, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    items = {item["url"]: item for item in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(items) == {site + "harbour.html", site + "seed.txt"}

    harbour = items[site + "harbour.html"]
    assert harbour["kind"] == "dict"
    assert harbour["headline"] == "Harbour Festival Returns"
    assert "boat parade" in harbour["body"]
    assert "Privacy policy" not in harbour["body"]
    expected = clean(HARBOUR, url=site + "harbour.html")
    assert harbour["authors"] == list(expected.authors)
    assert harbour["published"] == (expected.published.isoformat() if expected.published else None)
    assert harbour["dateline"] == expected.dateline
    assert harbour["language"] == "en"
    assert set(harbour) >= {"body", "headline", "authors", "published", "dateline", "language", "source"}

    seed = items[site + "seed.txt"]
    assert "body" not in seed  # no "page" field on this item: passed through untouched


def test_a_real_crawl_with_scrapy_items(site: str, tmp_path: Path) -> None:
    script = tmp_path / "crawl.py"
    script.write_text(SPIDER, encoding="utf-8")
    out = tmp_path / "items.jsonl"
    done = subprocess.run([sys.executable, str(script), site, str(out), "html"], capture_output=True, text=True,
                          timeout=240, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    items = {item["url"]: item for item in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    seed = items[site + "seed.txt"]
    assert "Ishiba is making diplomatic efforts" in seed["body"]
    assert "TRENDING" not in seed["body"]
    # The pipeline's fields are exactly what clean() finds on the same page and URL.
    expected = clean(SEED.read_text(encoding="utf-8"), url=site + "seed.txt")
    assert seed["headline"] == expected.headline is not None
    assert seed["body"] == expected.body
    assert seed["authors"] == list(expected.authors)
    assert seed["dateline"] == expected.dateline
    assert seed["source"] == expected.source
    assert seed["language"] == expected.language == "en"
    assert seed["published"] == (expected.published.isoformat() if expected.published else None)
    assert "body" not in items[site + "harbour.html"]  # the dicts hold no "html" field this time


def test_pipeline_settings_and_item_kinds_without_a_crawl() -> None:
    from scrapy.exceptions import DropItem
    from scrapy.utils.test import get_crawler

    crawler = get_crawler(settings_dict={"NEWSCLEAN_SOURCE_FIELD": "content", "NEWSCLEAN_URL_FIELD": "link",
                                         "NEWSCLEAN_DROP_EMPTY": True, "NEWSCLEAN_FAVOR": "precision"})
    pipeline = NewscleanPipeline.from_crawler(crawler)
    assert (pipeline.source_field, pipeline.url_field, pipeline.drop_empty) == ("content", "link", True)
    assert pipeline.config.favor == "precision"

    item = pipeline.process_item({"content": HARBOUR, "link": "https://example.com/harbour"})
    assert "boat parade" in item["body"]
    with pytest.raises(DropItem, match="no article body"):
        pipeline.process_item({"content": "Home | News | Sport", "link": "https://example.com/menu"})
    untouched = {"other": 1}
    assert pipeline.process_item(untouched) == {"other": 1}

    # A scrapy.Item gets only the fields it declares.
    class Small(scrapy.Item):
        html = scrapy.Field()
        body = scrapy.Field()

    small = NewscleanPipeline().process_item(Small(html=HARBOUR))
    assert "boat parade" in small["body"]
    assert set(small.keys()) == {"html", "body"}
