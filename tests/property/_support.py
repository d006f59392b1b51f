"""Helpers the property tests share: normalisation, coverage and agreement measures."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import regex

from newsclean.api import decode_text
from newsclean.lines import split_physical
from newsclean.reflow import join_wrapped

if TYPE_CHECKING:
    import newsclean

_TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|\w+")


def as_text(page: str | bytes) -> str:
    """The text ``clean()`` reads from a text page."""
    return page if isinstance(page, str) else decode_text(page)


def collapse(text: str) -> str:
    """The documented normalisation: physical lines, controls removed, whitespace runs to one space.

    Consecutive lines join as a wrapped paragraph does (see :func:`newsclean.reflow.join_wrapped`).
    """
    lines = [" ".join(line.split()) for line in split_physical(text)]
    # the lines of a wrapped paragraph join as the reflow joins them: without a space between
    # two wide (CJK) characters (newsclean.reflow.join_wrapped)
    runs: list[list[str]] = [[]]
    for line in lines:
        if line:
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return " ".join(join_wrapped(run) for run in runs if run)


def extracted_strings(article: newsclean.Article) -> list[tuple[str, str]]:
    """Every string the article claims came from the page, with the field it sits in."""
    out: list[tuple[str, str]] = [("paragraph", p) for p in article.paragraphs]
    out += [
        ("headline", article.headline or ""),
        ("byline", article.byline or ""),
        ("dateline", article.dateline or ""),
        ("source", article.source or ""),
    ]
    out += [("summary", s) for s in (article.summary or "").split("\n\n")]
    out += [("author", a) for a in article.authors]
    return [(name, " ".join(value.split())) for name, value in out if value.strip()]


# Characters a headline drops by its documented normalisation (newsclean.metadata.headline):
# soft hyphens and zero-width characters.
_INVISIBLE = regex.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")


def invented(article: newsclean.Article, source: str) -> list[tuple[str, str]]:
    """The extracted strings that are not substrings of the collapsed source.

    A string counts as found when it is a substring as it stands, or once soft hyphens and
    zero-width characters are dropped from both sides (the headline's normalisation).
    """
    norm = collapse(source)
    bare = _INVISIBLE.sub("", norm)
    return [
        (name, value)
        for name, value in extracted_strings(article)
        if value not in norm and _INVISIBLE.sub("", value) not in bare
    ]


def out_of_order(paragraphs: tuple[str, ...], source: str) -> str | None:
    """The first paragraph not found after the previous one in the collapsed source, or None."""
    norm = collapse(source)
    pos = 0
    for p in paragraphs:
        found = norm.find(p, pos)
        if found < 0:
            return p
        pos = found + len(p)
    return None


def shingles(text: str, k: int = 3) -> Counter[tuple[str, ...]]:
    """Word k-shingles (each Han/kana character is a word), as a multiset."""
    tokens = [t.casefold() for t in _TOKEN.findall(text)]
    if len(tokens) < k:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + k]) for i in range(len(tokens) - k + 1))


def shingle_f1(a: str, b: str) -> float:
    """F1 of the shingle multisets of two texts; 1.0 when both are empty."""
    sa, sb = shingles(a), shingles(b)
    if not sa and not sb:
        return 1.0
    common = sum((sa & sb).values())
    if not common:
        return 0.0
    precision, recall = common / sum(sa.values()), common / sum(sb.values())
    return 2 * precision * recall / (precision + recall)
