"""The ``newsclean`` command: clean page dumps or HTML from files or stdin.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from newsclean import __version__
from newsclean.api import clean
from newsclean.article import Article
from newsclean.config import CleanConfig
from newsclean.errors import NewscleanError

__all__ = ["main"]

_EPILOG = """examples:
  newsclean page.txt                 print the article body
  newsclean --json page.html         the whole article as JSON
  newsclean --explain page.txt       every line with its label, score and reason
  curl -s URL | newsclean --url URL  read stdin

exit codes: 0 ok, 1 some pages failed (listed on stderr), 2 usage error
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Keep the article of a news page (text dump or HTML): body, headline, authors, date.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", type=Path, help="page files (text dumps or HTML); none or '-' reads stdin")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the whole Article as JSON")
    out.add_argument("--explain", action="store_true", help="print every line with its label, score and reason")
    p.add_argument("--url", help="the page's URL (helps find the headline and date)")
    p.add_argument("--format", choices=("auto", "text", "html"), default="auto", help="input format (default: auto)")
    p.add_argument("--favor", choices=("balanced", "precision", "recall"), default="balanced",
                   help="trade body precision for recall")
    p.add_argument("--comments", action="store_true", help="keep reader comments in the body")
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code.

    .. versionadded:: 0.1.0
    """
    args = _parser().parse_args(argv)
    config = CleanConfig(favor=args.favor, include_comments=args.comments)
    sources: list[Path | None] = [None if str(f) == "-" else f for f in args.files] or [None]
    failed: list[str] = []
    for src in sources:
        try:
            data = sys.stdin.buffer.read() if src is None else src.read_bytes()
            article = clean(data, url=args.url, format=args.format, config=config)
        except (OSError, NewscleanError) as exc:
            failed.append(f"{src or '<stdin>'}: {exc}")
            continue
        _emit(article, args)
    for line in failed:
        print(f"newsclean: {line}", file=sys.stderr)
    return 1 if failed else 0


def _emit(article: Article, args: argparse.Namespace) -> None:
    if args.json:
        print(article.to_json())
    elif args.explain:
        print(explain_text(article))
    else:
        print(article.body)


def explain_text(article: Article) -> str:
    """Every line with its label, score, deciding classifier and reason, one per row."""
    rows = []
    for ll in article.lines:
        text = ll.line.text if len(ll.line.text) <= 70 else ll.line.text[:69] + "…"
        rows.append(f"{ll.line.start:>4} {ll.label.value:<10} {ll.score:4.2f} {ll.classifier:<10} {text}  [{ll.reason}]")
    return "\n".join(rows)
