"""Pull quotes: a sentence of the story printed again, large, between its paragraphs.

The context pass keeps the article's own text once: :func:`pull_quotes` finds the body lines
that repeat a passage of a longer body line, so they can be dropped.

Memory stays a small multiple of the page: a line's words are listed only while that line is
read, and only hashes are held across lines, never the page's words or runs as lists of strings.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from itertools import groupby, islice, pairwise

import regex

from newsclean.classifiers._twins import TWIN_MAX_COPIES, TWIN_MIN_WORDS, image_markers
from newsclean.labels import Label
from newsclean.lines import ASCII_TOKEN, Line, split_lines
from newsclean.pipeline import Revised
from newsclean.reflow import join_wrapped
from newsclean.wrapruns import paragraph_starts

__all__ = [
    "PULL_QUOTE_COPIES",
    "PULL_QUOTE_MIN_WORDS",
    "PULL_QUOTE_ROUNDS",
    "PULL_QUOTE_SHINGLE",
    "apart_twins",
    "pull_quotes",
]

# A pull quote is a body line of at least PULL_QUOTE_MIN_WORDS words whose first, middle and last
# run of PULL_QUOTE_SHINGLE words are printed in another body line of the article too.
PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_SHINGLE = 6
# ... printed exactly twice: the quote and its source. Words shared by many lines are a
# template's (a list of "Absatz n" paragraphs), not a quote lifted from one.
PULL_QUOTE_COPIES = 2
# Rounds of the check: a line becomes a quote only once another is dropped (bounded, to stay linear).
PULL_QUOTE_ROUNDS = 3
_WORD = regex.compile(r"\w+")
# Words read from a line's start to tell a long line and its first run.
_HEAD_WORDS = max(PULL_QUOTE_MIN_WORDS, PULL_QUOTE_SHINGLE)


def pull_quotes(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int) -> list[int]:
    """Body lines of the span that repeat words printed elsewhere in it: pull quotes, kept once.

    A magazine prints a striking sentence of the story again, large, between its paragraphs:
    its first, middle and last run of ``PULL_QUOTE_SHINGLE`` words are each printed once more,
    in one longer body line (two near-copies of a paragraph are not a quote and its source).
    Identical twin lines are not touched. Linear: each round counts each line's word runs once.

    >>> from newsclean.lines import split_lines
    >>> text = ('"She painted the light that everyone else was trying to escape," says the curator.\\n'
    ...         '"She painted the light that everyone else was trying to escape."')
    >>> ls = split_lines(text)
    >>> out = [Revised(Label.BODY, 0.9, "test", "prose")] * 2
    >>> pull_quotes(ls, out, 0, 1)
    [1]

    Dropping a quote can make another line one: a run printed three times is printed twice once
    a copy is gone. The check is repeated on the lines left, up to ``PULL_QUOTE_ROUNDS`` times,
    so the body left is what a second clean of it would keep.

    .. versionadded:: 0.1.0
    """
    members, texts = _paragraphs(lines, out, first, last)
    body = list(members)
    dropped: list[int] = []
    for _ in range(PULL_QUOTE_ROUNDS):
        found = _quotes(texts, body)
        if not found:
            break
        dropped += found
        gone = set(found)
        kept = [i for i in body if i not in gone]
        # a quote gone from between two copies of one paragraph leaves them in a row: cleaned again they
        # are twins, an image's alt text and its caption, and the first copy goes; it goes now
        met = _met_twins(texts, kept, gone)
        dropped += met
        body = [i for i in kept if i not in met]
    return sorted(i for k in dropped for i in members[k])


def apart_twins(lines: Sequence[Line], out: Sequence[Revised], first: int, last: int) -> list[int]:
    """Body lines of the span that print a paragraph the body prints again right after, past a line left out.

    Two copies of a paragraph with a byline or a menu line between them are not in a row on the page,
    so the markup classifier's twin vote (an image's alt text and caption: all copies but the last
    go) does not reach them. The body prints them in a row: cleaned again, they are twins and the
    first copies go, and a copy gone can no longer save the last one from reading as a pull quote.
    The same copies go now, as :func:`~newsclean.classifiers._twins.twins` would take them: two or
    three copies of a sentence of ``TWIN_MIN_WORDS`` words or more. Copies of a line that ends no
    sentence go too, but for the last: in a row, they read cleaned again as a title printed twice
    (a teaser card's), and neither copy would stay. Copies in a row go here too when one is wrapped
    over several lines (a hard-wrapped dump): the classifier, comparing lines, did not see them.

    >>> ls = split_lines("A boat on the lake at dawn.\\nBy Jane Doe\\nA boat on the lake at dawn.\\nMore text here.")
    >>> out = [Revised(Label.BODY, 0.9, "test", "prose"), Revised(Label.BYLINE, 0.9, "test", "name")] * 2
    >>> apart_twins(ls, out, 0, 3)
    [0]

    .. versionadded:: 0.1.0
    """
    members, texts = _paragraphs(lines, out, first, last)
    dropped: list[int] = []
    for _, group in groupby(members, key=texts.__getitem__):
        run = list(group)
        if not 2 <= len(run) <= TWIN_MAX_COPIES:
            continue
        # copies already in a row on the page (past blanks and image markers) were the classifier's to
        # judge, unless one is wrapped over several lines: the classifier compares lines, and the pieces
        # of a wrapped copy match no line of the other; the body prints both joined, in a row
        apart = any(len(members[k]) > 1 for k in run) or any(
            not all(image_markers([ln for ln in lines[members[a][-1] + 1 : b] if ln.text])) for a, b in pairwise(run)
        )
        again = split_lines(texts[run[0]])[0]  # the paragraph as the body cleaned again reads it
        if apart and again.words >= TWIN_MIN_WORDS:
            dropped += [i for k in run[:-1] for i in members[k]]
    return dropped


def _paragraphs(
    lines: Sequence[Line], out: Sequence[Revised], first: int, last: int
) -> tuple[dict[int, list[int]], dict[int, str]]:
    """The span's body paragraphs as the assembler prints them (a wrapped paragraph's pieces are one).

    Returns each paragraph's lines and its text, by its first line, in page order.
    """
    lines_in = [i for i in range(first, last + 1) if out[i].label is Label.BODY and lines[i].text]
    starts = paragraph_starts(lines, lines_in)
    members: dict[int, list[int]] = {}
    for i in lines_in:
        members.setdefault(starts.get(i, i), []).append(i)
    texts = {k: lines[k].text if len(m) == 1 else join_wrapped([lines[i].text for i in m]) for k, m in members.items()}
    return members, texts


def _met_twins(texts: Mapping[int, str], kept: Sequence[int], gone: set[int]) -> list[int]:
    """The first of each two equal paragraphs that ``kept`` holds in a row with one of ``gone`` between them.

    >>> texts = dict(enumerate(["Same words here.", "A quote.", "Same words here.", "Same words here."]))
    >>> _met_twins(texts, [0, 2, 3], {1})
    [0]
    """
    between = sorted(gone)
    return [a for a, b in pairwise(kept) if texts[a] == texts[b] and bisect_left(between, b) > bisect_right(between, a)]


def _quotes(texts: Mapping[int, str], body: Sequence[int]) -> list[int]:
    """One round of :func:`pull_quotes` over the body lines ``body``."""
    # hashes only: a line's words are listed while that line is read and dropped before the next, so
    # the page's words are never held at once. A quote's first run must be printed exactly twice; the
    # few lines that pass that test are the only ones checked fully
    opening: dict[int, int] = {}
    for i in body:
        # its first few words say whether the line is long enough, and give its first run
        words = [m.group() for m in islice(_WORD.finditer(texts[i].casefold()), _HEAD_WORDS)]
        if len(words) >= PULL_QUOTE_MIN_WORDS:
            opening[i] = hash(tuple(words[:PULL_QUOTE_SHINGLE]))
    times = _times_held(texts, body, set(opening.values()))
    suspects = {i: _probes(texts[i]) for i, h in opening.items() if times[h] == PULL_QUOTE_COPIES}
    del opening, times
    if not suspects:
        return []
    size = {i: len(_words(texts[i])) for i in body}
    whole = {i: hash(tuple(_words(texts[i]))) for i in body}
    twins = Counter(whole.values())
    holders = _holders(texts, body, set().union(*suspects.values()))
    copies: list[int] = []
    for i, probes in suspects.items():
        # twin paragraphs are left alone (a page may well print one twice); a copy of part of a longer line goes
        if twins[whole[i]] != 1:
            continue
        sources = {k for h in probes for k in holders.get(h, ()) if k != i}
        # each probe printed once more, all in one source line that is longer: the passage the quote was lifted from
        held = all(len(holders.get(h, ())) == PULL_QUOTE_COPIES for h in probes)
        if held and len(sources) == 1 and size[sources.pop()] > size[i]:
            copies.append(i)
    return copies


def _holders(texts: Mapping[int, str], body: Sequence[int], wanted: set[int]) -> dict[int, list[int]]:
    """For each hash of ``wanted``, the body lines holding that run of words."""
    holders: dict[int, list[int]] = {}
    for i in body:
        for h in wanted.intersection(_runs(_words(texts[i]))):
            holders.setdefault(h, []).append(i)
    return holders


def _times_held(texts: Mapping[int, str], body: Sequence[int], wanted: set[int]) -> Counter[int]:
    """For each hash of ``wanted``, how many body lines hold that run of words."""
    held: Counter[int] = Counter()
    for i in body:
        held.update(wanted.intersection(_runs(_words(texts[i]))))
    return held


def _words(text: str) -> list[str]:
    """A line's casefolded words.

    >>> _words("Straße, SAID she"), _words("The bridge's repair")
    (['strasse', 'said', 'she'], ['the', 'bridge', 's', 'repair'])
    """
    if text.isascii():  # casefold is lower there
        return ASCII_TOKEN.findall(text.lower())
    return _WORD.findall(text.casefold())


def _runs(words: Sequence[str]) -> Iterator[int]:
    """The hashes of the runs of ``PULL_QUOTE_SHINGLE`` words, in order (one run for fewer words)."""
    if len(words) < PULL_QUOTE_SHINGLE:
        return iter((hash(tuple(words)),))
    # the runs as tuples, built and hashed at C speed: zip over the list shifted 0..SHINGLE-1 words
    # (iterators, not slices: no copies of the list; the shifted ones end first, ending the runs)
    return map(hash, zip(*(islice(words, k, None) for k in range(PULL_QUOTE_SHINGLE)), strict=False))


def _probes(text: str) -> set[int]:
    """The hashes of a line's first, middle and last run of words: where a copied passage must match."""
    words = _words(text)
    runs = max(len(words) - PULL_QUOTE_SHINGLE + 1, 1)
    at = {0, runs // 2, runs - 1}
    return {h for k, h in enumerate(_runs(words)) if k in at}
