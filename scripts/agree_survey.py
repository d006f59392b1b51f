"""Measure how often the HTML path and the text path disagree on generated pages, and why.

Draws pages from ``tests.strategies.pages()`` (generate phase only: no shrinking), cleans
each page's HTML and its text rendering, and counts the pages whose bodies agree below
shingle F1 0.9, the threshold of ``test_html_and_its_text_rendering_agree``. For each such
page it finds the line that weighs most among the lines kept by one side only and buckets
the page by that line's label and reason on both sides (numbers and quotes blanked). It also
buckets every drawn page by its shape (:func:`shape`) and prints the disagreement rate per shape.

Usage::

    PYTHONPATH=. python scripts/agree_survey.py            # 1,000 pages, seed 0
    PYTHONPATH=. python scripts/agree_survey.py -n 300 --seed 7 --top 15
    PYTHONPATH=. python scripts/agree_survey.py --dump bad.txt   # also write each disagreeing Page's repr
    PYTHONPATH=. python scripts/agree_survey.py --save pages.txt # also write every drawn Page's repr
    PYTHONPATH=. python scripts/agree_survey.py --pages pages.txt  # survey those pages, drawing none

Hypothesis's draws at one seed can differ between runs (and between code versions), so compare
two versions of the code on one saved corpus (``--save`` once, then ``--pages``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import regex
from hypothesis import HealthCheck, Phase, given, seed, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newsclean
from newsclean.labels import Label
from tests.property._support import shingle_f1
from tests.strategies import Page, Part, pages

_NOISE = regex.compile(r"'[^']*'|\([^)]*\)|\d+(?:\.\d+)?")


def _reason(label: str, reason: str) -> str:
    return f"{label}: {_NOISE.sub('N', reason)[:48]}"


_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|\w+")
# A paragraph this long (words; each Han/kana character one) is article-sized on its own.
_SOLID_WORDS = 20


def shape(page: Page) -> str:
    """The page's shape, for the per-shape rates: what makes a page hard for one path or the other.

    * ``twin paragraphs``: a paragraph printed twice in a row (a text dump prints an image's alt
      text and its caption that way; HTML shows two paragraphs);
    * ``no solid paragraph``: no paragraph of ``_SOLID_WORDS`` words (fragments only);
    * ``prose above the headline``: a paragraph before the first headline (a shuffled page);
    * ``news order``: the rest.
    """
    paras = [" ".join(p.items[0].split()) for p in page.parts if p.kind == "para"]
    if any(
        a.kind == b.kind == "para" and " ".join(a.items[0].split()) == " ".join(b.items[0].split())
        for a, b in zip(page.parts, page.parts[1:], strict=False)
    ):
        return "twin paragraphs"
    if max((len(_WORD.findall(t)) for t in paras), default=0) < _SOLID_WORDS:
        return "no solid paragraph"
    kinds = [p.kind for p in page.parts]
    if "headline" in kinds and "para" in kinds[: kinds.index("headline")]:
        return "prose above the headline"
    return "news order"


def cause(page: Page) -> tuple[float, tuple[str, str, str] | None]:
    """The page's agreement F1 and, below 0.9, its main cause: (side that keeps, HTML reason, text reason)."""
    from_html = newsclean.clean(page.html)
    from_text = newsclean.clean(page.html_text, format="text")
    f1 = shingle_f1(from_html.body, from_text.body)
    if f1 >= 0.9:
        return f1, None
    html = {ll.line.text: ll for ll in from_html.lines}
    text = {ll.line.text: ll for ll in from_text.lines if ll.line.text}
    weights: Counter[tuple[str, str, str]] = Counter()
    for line in html.keys() | text.keys():
        h, t = html.get(line), text.get(line)
        h_body = h is not None and h.label is Label.BODY
        t_body = t is not None and t.label is Label.BODY
        if h_body == t_body:
            continue
        key = (
            "HTML keeps" if h_body else "text keeps",
            _reason(h.label.value, h.reason) if h else "-",
            _reason(t.label.value, t.reason) if t else "-",
        )
        weights[key] += max(1, len(line.split()))
    return f1, (weights.most_common(1)[0][0] if weights else None)


def _page(row: str) -> Page:
    """A page back from its saved repr (``Page(parts=(Part(...), ...))``)."""
    value = eval(row, {"__builtins__": {}}, {"Page": Page, "Part": Part})
    if not isinstance(value, Page):
        msg = f"not a saved Page: {row[:60]!r}"
        raise TypeError(msg)
    return value


def main(argv: list[str] | None = None) -> int:
    """Run the survey; print the disagreement rate and the commonest causes."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1000, help="pages to draw")
    parser.add_argument("--seed", type=int, default=0, help="Hypothesis seed")
    parser.add_argument("--top", type=int, default=12, help="causes to print")
    parser.add_argument("--dump", type=Path, help="write the disagreeing pages here, one repr a line")
    parser.add_argument("--save", type=Path, help="write every drawn page here, one repr a line")
    parser.add_argument("--pages", type=Path, help="survey the pages saved in this file instead of drawing")
    parser.add_argument("--order", choices=("news", "shuffled"), help="draw only pages in this order")
    args = parser.parse_args(argv)
    causes: Counter[tuple[str, str, str] | None] = Counter()
    shapes: Counter[str] = Counter()
    bad_shapes: Counter[str] = Counter()
    drawn = 0
    failing: list[str] = []

    drawn_pages: list[str] = []

    def survey(page: Page) -> None:
        nonlocal drawn
        drawn += 1
        drawn_pages.append(repr(page))
        kind = shape(page)
        shapes[kind] += 1
        f1, why = cause(page)
        if f1 < 0.9:
            causes[why] += 1
            bad_shapes[kind] += 1
            failing.append(repr(page))

    if args.pages:
        for row in args.pages.read_text(encoding="utf-8").splitlines():
            survey(_page(row))
    else:
        seed(args.seed)(settings(max_examples=args.n, phases=(Phase.generate,), database=None, deadline=None,
                                 suppress_health_check=list(HealthCheck))(given(pages(order=args.order))(survey)))()
    if args.save:
        args.save.write_text("".join(f"{r}\n" for r in drawn_pages), encoding="utf-8")
    if args.dump:
        args.dump.write_text("".join(f"{r}\n" for r in failing), encoding="utf-8")
    bad = sum(causes.values())
    print(f"{drawn} pages, {bad} disagree ({bad / max(drawn, 1):.1%})")
    for kind, n in shapes.most_common():
        print(f"  {kind:26s} {bad_shapes[kind]:4d} of {n:4d} disagree ({bad_shapes[kind] / n:.0%})")
    for why, n in causes.most_common(args.top):
        print(f"{n:5d}  {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
