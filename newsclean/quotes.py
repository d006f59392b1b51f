"""Pull quotes: a sentence of the story printed again, large, between its paragraphs.

The context pass keeps the article's own text once: :func:`pull_quotes` finds the body lines
that repeat a passage of a longer body line, so they can be dropped.

Memory stays a small multiple of the page: each line's words are streamed through a window
and only hashes are held, never a line's words or runs as lists of strings.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterator, Sequence

import regex

from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.pipeline import Revised

__all__ = ["PULL_QUOTE_COPIES", "PULL_QUOTE_MIN_WORDS", "PULL_QUOTE_ROUNDS", "PULL_QUOTE_SHINGLE", "pull_quotes"]

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

    .. versionadded:: 0.3.0
    """
    body = [i for i in range(first, last + 1) if out[i].label is Label.BODY and lines[i].text]
    dropped: list[int] = []
    for _ in range(PULL_QUOTE_ROUNDS):
        found = _quotes(lines, body)
        if not found:
            break
        dropped += found
        gone = set(found)
        body = [i for i in body if i not in gone]
    return sorted(dropped)


def _quotes(lines: Sequence[Line], body: Sequence[int]) -> list[int]:
    """One round of :func:`pull_quotes` over the body lines ``body``."""
    # hashes only, each line's words streamed through a window of PULL_QUOTE_SHINGLE: a line's words
    # or runs held as lists of strings would cost several times the page's size. A quote's first run
    # must be printed exactly twice; the few lines that pass that test are the only ones checked fully
    size = {i: _fingerprint(lines[i].text)[0] for i in body}
    long = [i for i in body if size[i] >= PULL_QUOTE_MIN_WORDS]
    opening = {i: next(_shingles(lines[i].text)) for i in long}
    times = _times_held(lines, body, set(opening.values()))
    suspects = {i: _probes(lines[i].text, size[i]) for i in long if times[opening[i]] == PULL_QUOTE_COPIES}
    del opening, times
    if not suspects:
        return []
    twins = Counter(_fingerprint(lines[i].text)[1] for i in body)
    holders = _holders(lines, body, set().union(*suspects.values()))
    copies: list[int] = []
    for i, probes in suspects.items():
        # twin paragraphs are left alone (a page may well print one twice); a copy of part of a longer line goes
        if twins[_fingerprint(lines[i].text)[1]] != 1:
            continue
        sources = {k for h in probes for k in holders.get(h, ()) if k != i}
        # each probe printed once more, all in one source line that is longer: the passage the quote was lifted from
        held = all(len(holders.get(h, ())) == PULL_QUOTE_COPIES for h in probes)
        if held and len(sources) == 1 and size[sources.pop()] > size[i]:
            copies.append(i)
    return copies


def _holders(lines: Sequence[Line], body: Sequence[int], wanted: set[int]) -> dict[int, list[int]]:
    """For each hash of ``wanted``, the body lines holding that run of words."""
    holders: dict[int, list[int]] = {}
    for i in body:
        for h in {h for h in _shingles(lines[i].text) if h in wanted}:
            holders.setdefault(h, []).append(i)
    return holders


def _times_held(lines: Sequence[Line], body: Sequence[int], wanted: set[int]) -> Counter[int]:
    """For each hash of ``wanted``, how many body lines hold that run of words."""
    held: Counter[int] = Counter()
    for i in body:
        held.update({h for h in _shingles(lines[i].text) if h in wanted})
    return held


def _fingerprint(text: str) -> tuple[int, int]:
    """A line's number of words and a hash of its casefolded words (equal for lines of the same words)."""
    count, whole = 0, 0
    for m in _WORD.finditer(text.casefold()):
        count += 1
        whole = hash((whole, m.group()))
    return count, whole


def _probes(text: str, count: int) -> set[int]:
    """The hashes of a line's first, middle and last run of words: where a copied passage must match."""
    runs = max(count - PULL_QUOTE_SHINGLE + 1, 1)
    at = {0, runs // 2, runs - 1}
    return {h for k, h in enumerate(_shingles(text)) if k in at}


def _shingles(text: str) -> Iterator[int]:
    """The hashes of a line's runs of ``PULL_QUOTE_SHINGLE`` casefolded words (one run for a shorter line)."""
    window: deque[str] = deque(maxlen=PULL_QUOTE_SHINGLE)
    full = False
    for m in _WORD.finditer(text.casefold()):
        window.append(m.group())
        if len(window) == PULL_QUOTE_SHINGLE:
            full = True
            yield hash(tuple(window))
    if not full:
        yield hash(tuple(window))
