"""The built-in line classifiers, registered with the shared registry.

One module a label: where a headline is decided is :mod:`newsclean.classifiers.headline`,
and so on. Each is a frozen dataclass whose fields are its thresholds.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from newsclean.classifiers.base import LineClassifier, PageContext, Vote
from newsclean.classifiers.body import Body
from newsclean.classifiers.byline import Byline
from newsclean.classifiers.caption import Caption
from newsclean.classifiers.comment import Comment
from newsclean.classifiers.dateline import Dateline
from newsclean.classifiers.headline import Headline
from newsclean.classifiers.markup import MarkupVotes
from newsclean.classifiers.navigation import Navigation
from newsclean.classifiers.promo import Promo
from newsclean.registry import registry

__all__ = [
    "BUILTINS",
    "Body",
    "Byline",
    "Caption",
    "Comment",
    "Dateline",
    "Headline",
    "LineClassifier",
    "MarkupVotes",
    "Navigation",
    "PageContext",
    "Promo",
    "Vote",
]

BUILTINS: dict[str, type] = {
    "headline": Headline,
    "byline": Byline,
    "dateline": Dateline,
    "caption": Caption,
    "navigation": Navigation,
    "promo": Promo,
    "comment": Comment,
    "markup": MarkupVotes,
    "body": Body,
}
"""Built-in classifier classes by registry name."""

for _name, _cls in BUILTINS.items():
    registry.register(_name, _cls)
