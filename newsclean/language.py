"""Language identification and stop words.

The language is read from the page's prose with py3langid (a maintained port of
langid.py); stop words come from stopwordsiso. Both are loaded once, lazily, and
cached per language in a bounded cache (at most one set per supported language).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import regex

__all__ = ["detect_language", "line_stopwords", "stopwords"]

# Enough prose to identify a language reliably, little enough to stay fast.
SAMPLE_CHARS = 3000
# Lines shorter than this (characters) say little about the language (menus, names).
MIN_SAMPLE_LINE = 40
# A sentence's end in any script: a full stop, "!", "?" or "…" (closing quotes and brackets aside)
# before a space or the line's end, or a CJK full stop anywhere. Bylines, titles and menus hold none.
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]）」』]*+(?:\s|$)|[。！？]")

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifier() -> object:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # noqa: PLC0415  (0.2 s import, only when needed)

    fast = _fast_identifier_class(LanguageIdentifier)
    if fast is not None:
        ident = fast.from_model_file(MODEL_FILE, norm_probs=True)
        if ident.self_check():
            return ident
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# How many bytes back the vectorised scan starts each position's walk from the start state. The
# model's scanner recognises byte n-grams of a few bytes, so the state it is in after a byte
# depends on the last few bytes only; every scan is still checked against the automaton itself.
_SCAN_WINDOW = 6
# Model rows gathered at a time when a sample is scored (852 bytes each: a float16 and a float32 copy):
# 32 cost a tenth more time than 64 (a tenth of a percent of a clean()) and hold half the memory,
# which keeps language identification under the peak of the rest of a median page's clean().
_SCORE_ROWS = 32
# Sample bytes scanned at a time: the scan holds a few arrays of a block's size, not the sample's.
_SCAN_BLOCK = 1024


def _fast_identifier_class(base: type[Any]) -> type[Any] | None:
    """A py3langid identifier whose feature scan runs vectorised in numpy, or None.

    py3langid walks its byte automaton in a Python loop, one step per byte of the sample, which
    makes language identification one of the costliest steps of a page. Here each byte's state is
    found by walking the last :data:`_SCAN_WINDOW` bytes from the start state, for all bytes at once,
    and the result is accepted only when every state follows from the one before it by the
    automaton's own transition (so it equals the sequential walk, by induction from the first
    byte). Otherwise, and for py3langid versions without the expected internals, the library's own
    scan runs. Features are counted in order of first occurrence, as the library counts them, so
    the scores are the library's to the bit.
    """
    import numpy as np  # noqa: PLC0415  (py3langid's own dependency)
    from py3langid import langid  # noqa: PLC0415

    needed = ("_raw_score", "_sparse_score", "tk_nextmove", "tk_output", "_rowbase")
    if not hasattr(langid, "visit_counts") or not all(hasattr(base, name) for name in needed):
        return None

    class _FastIdentifier(base):  # type: ignore[misc]
        __slots__ = ("_np_next", "_np_out", "_np_row")

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            # a view of the transition table where it is an array.array (no copy of its 40 MB)
            table = self.tk_nextmove
            typecode = getattr(table, "typecode", None)
            self._np_next = np.frombuffer(table, dtype=np.dtype(typecode)) if typecode else np.asarray(table)
            # 32-bit states and indexes (the model's ~10M table entries fit): half the scan's memory
            index_type = np.int32 if len(self._np_next) < 2**31 - 256 else np.int64
            self._np_row = np.asarray(self._rowbase, dtype=index_type)
            self._np_out = np.asarray(self.tk_output, dtype=index_type)

        def _visits(self, data: bytes) -> dict[int, int] | None:
            """Feature counts of ``data`` in first-occurrence order, or None when it has none."""
            found = self._visit_arrays(data)
            if found is None:
                return None
            features, counts = found
            return dict(zip(features.tolist(), counts.tolist(), strict=True))

        def _visit_arrays(self, data: bytes) -> tuple[Any, Any] | None:
            """:meth:`_visits` as two arrays, features and counts: no Python object per feature."""
            if not data:
                return None
            codes = np.frombuffer(data, dtype=np.uint8)
            # block by block: the scan's arrays are a few per byte, and a block bounds them
            parts: list[Any] = []
            last = 0  # the state before the block: the start state before the first byte
            for at in range(0, len(codes), _SCAN_BLOCK):
                found = self._block_features(codes, at, last)
                if found is None:
                    return self._library_visits(data)
                features, last = found
                parts.append(features)
            hits = np.concatenate(parts) if len(parts) > 1 else parts[0]
            del parts
            if not len(hits):
                return None
            return _first_occurrence_counts(hits)

        def _block_features(self, codes: Any, at: int, last: int) -> tuple[Any, int] | None:
            """The features the bytes ``at`` to ``at + _SCAN_BLOCK`` end, and the state after them.

            None when the vectorised walk disagrees with the automaton anywhere in the block.
            ``last`` is the state before byte ``at`` (the start state, 0, before the first).
            """
            step, row = self._np_next, self._np_row
            end = min(at + _SCAN_BLOCK, len(codes))
            lead = min(at, _SCAN_WINDOW - 1)  # the bytes before the block the walk starts from
            window = codes[at - lead : end]
            size = len(window)
            states = np.zeros(size, dtype=step.dtype)  # the table's own type: no promoted copies below
            for back in range(min(_SCAN_WINDOW, size) - 1, -1, -1):
                # positions with at least ``back`` bytes before them take one more step
                index = row[states[back:]]
                index += window[: size - back]
                states[back:] = step[index]
                del index
            states = states[lead:]
            block = window[lead:]
            first = step[row[last] + block[0]]
            index = row[states[:-1]]
            index += block[1:]
            if states[0] != first or not np.array_equal(step[index], states[1:]):
                return None
            del index
            found = self._np_out[states]  # the feature each byte ends, or -1
            return found[found >= 0], int(states[-1])

        def _library_visits(self, data: bytes) -> tuple[Any, Any] | None:
            """The library's own scan, as :meth:`_visit_arrays` returns it."""
            visits = langid.visit_counts(self.tk_nextmove, self._rowbase, self.tk_output, data)
            if not visits:
                return None
            return (np.fromiter(visits.keys(), dtype=np.intp, count=len(visits)),
                    np.fromiter(visits.values(), dtype=np.int64, count=len(visits)))  # fmt: skip

        def _sparse_score(self, visits: dict[int, int], table: Any) -> Any:
            """The library's score of ``visits`` (see :meth:`_array_score`)."""
            features = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
            counts = np.fromiter(visits.values(), dtype=np.int64, count=len(visits))
            return self._array_score(features, counts, table)

        def _array_score(self, features: Any, counts: Any, table: Any) -> Any:
            """The library's score, with the model's rows gathered a block at a time.

            The library gathers the rows of every feature of the sample at once (``table[idx]``,
            a float16 copy, then a float32 one for the product): over a megabyte for a 3,000-character
            sample, the largest allocation of a whole ``clean()`` of a median page. Blocks of
            :data:`_SCORE_ROWS` rows keep it to a few tens of kilobytes. One block is the library's
            own product; several add the same terms in another order.
            """
            idx = features.astype(np.intp, copy=False)
            weights = np.log1p(counts.astype(np.float32))
            scores = weights[:_SCORE_ROWS] @ table[idx[:_SCORE_ROWS]]
            for at in range(_SCORE_ROWS, len(idx), _SCORE_ROWS):
                scores += weights[at : at + _SCORE_ROWS] @ table[idx[at : at + _SCORE_ROWS]]
            return scores + self.nb_pc

        def _raw_score(self, text: bytes) -> object:
            found = self._visit_arrays(text)
            if found is None:
                return super()._raw_score(text)  # the library's featureless result
            return self._array_score(*found, self.nb_ptc)

        def self_check(self) -> bool:
            """Whether the vectorised scan counts a sample exactly as the library does."""
            sample = "Der Bundestag hat am Donnerstag ein Gesetz beschlossen. Тест. 東京で会議。".encode()
            expected = langid.visit_counts(self.tk_nextmove, self._rowbase, self.tk_output, sample)
            got = self._visits(sample)
            return expected is not None and got is not None and list(expected.items()) == list(got.items())

    return _FastIdentifier


def _first_occurrence_counts(hits: Any) -> tuple[Any, Any]:
    """The distinct values of ``hits`` in order of first occurrence, and how often each occurs.

    ``np.unique`` with ``return_index`` and ``return_counts`` gives the same, with several more
    temporary arrays of the sample's size.
    """
    import numpy as np  # noqa: PLC0415  (py3langid's own dependency)

    order = np.argsort(hits, kind="stable")
    ranked = hits[order]
    starts = np.flatnonzero(np.concatenate(([True], ranked[1:] != ranked[:-1])))
    values = ranked[starts]
    del ranked
    firsts = order[starts]
    del order
    counts = np.diff(starts, append=len(hits))
    by_first = np.argsort(firsts, kind="stable")
    return values[by_first], counts[by_first]


def detect_language(texts: Sequence[str]) -> str | None:
    """The ISO 639-1 code of the language most of ``texts`` is written in, or ``None``.

    Only lines of at least 40 characters are sampled, longest first, up to 3,000 characters; of
    them only those that hold the end of a sentence, when there are any. Sentences are the prose an
    article keeps, so a page and its cleaned body read as one language: a page's bylines and titles
    of 40+ characters in the sample could cost it the language its body is then found in, and with
    it the stop words its lines were scored with.

    >>> detect_language(["Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, das die Mieten begrenzt."])
    'de'

    .. versionadded:: 0.1.0
    """
    sample = [t for t in texts if len(t) >= MIN_SAMPLE_LINE]
    sentences = [t for t in sample if _SENTENCE_END.search(t)]
    sample = sorted(sentences or sample, key=len, reverse=True)
    text = ""
    for t in sample:
        text += t[:SAMPLE_CHARS] + "\n"
        if len(text) >= SAMPLE_CHARS:
            break
    if not text:
        return None
    ident = _identifier()
    with _lock:  # the identifier keeps scratch arrays; classify is not re-entrant
        lang, prob = ident.classify(text)  # type: ignore[attr-defined]
    return str(lang) if prob >= 0.5 else None


@lru_cache(maxsize=64)
def stopwords(language: str | None) -> frozenset[str]:
    """The stop words of ``language`` (lower-case), or an empty set when unknown.

    >>> "the" in stopwords("en")
    True
    >>> stopwords("xx")
    frozenset()

    .. versionadded:: 0.1.0
    """
    if not language:
        return frozenset()
    import stopwordsiso  # noqa: PLC0415  (loads a JSON of every language)

    if not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(w.casefold() for w in stopwordsiso.stopwords(language))


def line_stopwords(language: str | None) -> frozenset[str]:
    """The stop words a page's lines are scored with: its language's, or every language's when unknown.

    A page too short or too mixed for :func:`detect_language` is in *some* language, and a word
    that is a stop word in any of them is evidence of prose. An empty set instead would give a
    page's lines less stop-word credit the less text it has, so cleaning an article's own body
    again (shorter than the page it came from, and often too short to identify) could drop a
    body line the page kept: with this fallback a line's stop-word share never falls when the
    language is lost.

    >>> {"the", "der", "de"} <= line_stopwords(None)
    True
    >>> line_stopwords("en") == stopwords("en")
    True

    .. versionadded:: 0.1.0
    """
    return stopwords(language) if language else _every_stopword()


@lru_cache(maxsize=1)
def _every_stopword() -> frozenset[str]:
    """The union of stopwordsiso's stop words of every language it has (lower-case)."""
    import stopwordsiso  # noqa: PLC0415  (loads a JSON of every language)

    return frozenset().union(*(stopwords(language) for language in sorted(stopwordsiso.langs())))
