"""Conformance checks for third-party classifiers, in the spirit of scikit-learn's ``check_estimator``.

Call :func:`check_classifier` from a plugin's test suite::

    from newsclean.testing import check_classifier
    from newsclean_paywall import Paywall

    def test_paywall_is_a_good_classifier():
        check_classifier(Paywall())

Each check that fails raises :class:`~newsclean.ClassifierError` whose message says
what is wrong and what to do about it.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsclean.classifiers.base import LineClassifier, PageContext, Vote
from newsclean.config import CleanConfig
from newsclean.errors import ClassifierError
from newsclean.labels import Label
from newsclean.lines import split_lines

if TYPE_CHECKING:
    from newsclean.lines import Line

__all__ = ["SAMPLE_PAGES", "check_classifier", "sample_pages"]

SAMPLE_PAGES: dict[str, str] = {
    "empty": "",
    "one blank line": "\n",
    "blanks only": "\n\n  \n\t\n",
    "one word": "Hello",
    "short article": (
        "Home | World | Business | Sport\n\n"
        "Bridge Reopens After Two-Year Repair\n\n"
        "By Jane Doe and John Smith\n"
        "Published November 7, 2024 09:30 GMT\n\n"
        "LONDON (Reuters) — The old bridge reopened on Monday after a repair that took two years, "
        "officials said, and traffic returned to the town centre within hours.\n\n"
        "Shop owners said business had fallen by a third while the bridge was closed.\n\n"
        "Subscribe to our newsletter\n\n"
        "TRENDING\n1. Storm Hits Coast\n2. Markets Rally\n\n"
        "© 2024 Example News. All rights reserved. Privacy Policy | Terms\n"
    ),
    "German page": (
        "Startseite > Politik > Deutschland\n\n"
        "Bundestag beschließt neues Gesetz\n\n"
        "Von Anna Müller | 07.11.2024, 10:15 Uhr\n\n"
        "BERLIN (dpa) - Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, "
        "das die Förderung von Solaranlagen vereinfachen soll.\n\n"
        "Dieser Artikel ist nur für Abonnenten verfügbar.\n\n"
        "Lesen Sie auch: Wie teuer wird der Strom?\n"
    ),
    "comments and captions": (
        "Photo: A crowd gathers at the square. (AP Photo/John Doe)\n\n"
        "The crowd stayed until late in the evening, when the police asked people to leave.\n\n"
        "12 Comments\n\nmike_77 · 3 hours ago\nThis is a great article, thanks!\nReply\n"
    ),
    "hard-wrapped dump": (
        "   Officials said on Monday that the bridge, which was closed for two\n"
        "   years, would reopen to traffic by the end of the week, and that\n"
        "   pedestrians could use it already.\n"
    ),
    "odd characters": (
        "\u200b\ufeff•\n\x00\x07 tab\there\n" + "x" * 3000 + "\n日本語のテキストです。\n🙂🙂🙂\n"
    ),
    "many short lines": "\n".join(f"Item {i}" for i in range(300)),
}
"""The pages :func:`check_classifier` runs a classifier on, by name: empty, blank,
English and German news, captions and comments, a hard-wrapped dump, odd characters,
a long menu."""


def sample_pages() -> dict[str, tuple[Line, ...]]:
    """:data:`SAMPLE_PAGES` split into lines, as classifiers receive them.

    >>> len(sample_pages()["empty"])
    0
    """
    return {name: split_lines(text) for name, text in SAMPLE_PAGES.items()}


def check_classifier(obj: object, *, context: PageContext | None = None) -> None:
    """Check that ``obj`` keeps the :class:`~newsclean.LineClassifier` contract.

    It checks that ``obj``

    * has a non-empty ``str`` ``name`` and a ``classify(lines, context)`` method;
    * returns a sequence of exactly one :class:`~newsclean.Vote` or ``None`` per line,
      for every page in :data:`SAMPLE_PAGES` (the empty page included);
    * votes with a :class:`~newsclean.Label`, a finite score from 0 to 1 and a ``str`` reason;
    * gives the same votes when called again (deterministic) and does not change the
      lines it is given (a list comes back with the same lines in the same order).

    Args:
        obj: a classifier instance (not a class: instantiate it first).
        context: the page context to classify in (default: English, no URL).

    Raises:
        ClassifierError: the first broken rule, with what to fix.

    >>> from newsclean.classifiers.promo import Promo
    >>> check_classifier(Promo())

    .. versionadded:: 0.1.0
    """
    if isinstance(obj, type):
        raise ClassifierError(
            f"check_classifier() takes an instance; got the class {obj.__name__}: "
            f"call {obj.__name__}() first",
            classifier=obj.__name__,
        )
    name = getattr(obj, "name", None)
    if not isinstance(name, str) or not name:
        raise ClassifierError(
            f"{obj!r} needs a 'name' attribute: a non-empty str such as 'paywall' (got {name!r})",
            classifier=repr(obj),
        )
    if not isinstance(obj, LineClassifier):
        raise ClassifierError(
            f"classifier {name!r} is not a LineClassifier: it needs a classify(lines, context) method",
            classifier=name,
        )
    ctx = context if context is not None else PageContext(config=CleanConfig(), language="en")
    for page, lines in sample_pages().items():
        given = list(lines)
        first = _classify(obj, name, page, given, ctx)
        if given != list(lines):
            raise ClassifierError(
                f"classifier {name!r} changed the list of lines it was given on the {page!r} page; "
                "classifiers must not mutate their input (copy it first if you need to)",
                classifier=name,
            )
        _check_votes(name, page, lines, first)
        again = _classify(obj, name, page, tuple(lines), ctx)
        _check_votes(name, page, lines, again)
        if list(again) != list(first):
            diff = next(i for i, (a, b) in enumerate(zip(first, again, strict=True)) if a != b)
            raise ClassifierError(
                f"classifier {name!r} is not deterministic: on the {page!r} page, line {diff} got "
                f"{first[diff]!r} the first time and {again[diff]!r} the second; keep no state between calls",
                classifier=name,
            )


def _classify(
    obj: LineClassifier, name: str, page: str, lines: Sequence[Line], ctx: PageContext
) -> Sequence[Vote | None]:
    try:
        votes = obj.classify(lines, ctx)
    except Exception as exc:
        raise ClassifierError(
            f"classifier {name!r} raised {type(exc).__name__} on the {page!r} page: {exc}; "
            "a classifier must handle any lines, including none",
            classifier=name,
        ) from exc
    if not isinstance(votes, Sequence) or isinstance(votes, (str, bytes)):
        raise ClassifierError(
            f"classifier {name!r} returned {type(votes).__name__} on the {page!r} page; "
            "return a list or tuple with one Vote or None per line",
            classifier=name,
        )
    return votes


def _check_votes(name: str, page: str, lines: Sequence[Line], votes: Sequence[Vote | None]) -> None:
    if len(votes) != len(lines):
        raise ClassifierError(
            f"classifier {name!r} returned {len(votes)} votes for the {len(lines)} lines "
            f"of the {page!r} page; "
            "return exactly one Vote or None per line",
            classifier=name,
        )
    for i, vote in enumerate(votes):
        where = f"line {i} of the {page!r} page"
        if vote is None:
            continue
        if not isinstance(vote, Vote):
            raise ClassifierError(
                f"classifier {name!r} returned {type(vote).__name__} for {where}; "
                "return newsclean.Vote or None",
                classifier=name,
            )
        if not isinstance(vote.label, Label):
            raise ClassifierError(
                f"classifier {name!r} voted label {vote.label!r} for {where}; use a newsclean.Label member",
                classifier=name,
            )
        score = vote.score
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not math.isfinite(score) \
                or not 0.0 <= score <= 1.0:
            raise ClassifierError(
                f"classifier {name!r} voted score {score!r} for {where}; scores are numbers from 0 to 1",
                classifier=name,
            )
        if not isinstance(vote.reason, str):
            raise ClassifierError(
                f"classifier {name!r} gave reason {vote.reason!r} for {where}; reasons are short str",
                classifier=name,
            )
