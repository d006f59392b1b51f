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

__all__ = ["detect_language", "stopwords"]

# Enough prose to identify a language reliably, little enough to stay fast.
SAMPLE_CHARS = 3000
# Lines shorter than this (characters) say little about the language (menus, names).
MIN_SAMPLE_LINE = 40

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifier() -> object:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # noqa: PLC0415  (0.2 s import, only when needed)

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(texts: Sequence[str]) -> str | None:
    """The ISO 639-1 code of the language most of ``texts`` is written in, or ``None``.

    Only lines of at least 40 characters are sampled, longest first, up to 3,000 characters.

    >>> detect_language(["Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, das die Mieten begrenzt."])
    'de'

    .. versionadded:: 0.1.0
    """
    sample = sorted((t for t in texts if len(t) >= MIN_SAMPLE_LINE), key=len, reverse=True)
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
