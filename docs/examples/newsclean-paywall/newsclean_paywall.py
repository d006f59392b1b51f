"""An example newsclean plugin: a classifier that labels paywall notices as PROMO.

Install it (``pip install docs/examples/newsclean-paywall``) and add it to a pipeline::

    import newsclean

    pipeline = newsclean.Pipeline.default().with_classifier("paywall", before="body")
    article = newsclean.clean(page, pipeline=pipeline)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsclean import Label, Line, PageContext, Vote

__all__ = ["Paywall"]

# Notices in the languages newsclean sees most; each pattern matches the notice, not prose about paywalls.
_NOTICE = re.compile(
    r"subscribe (now )?to (continue|keep) reading"
    r"|(this (article|story|content) is )?(only )?(available )?(exclusively )?for (paying )?subscribers"
    r"|already a subscriber\??( (log|sign) in)?"
    r"|dieser artikel ist (nur|exklusiv) für abonnenten"
    r"|cet article est réservé aux abonnés"
    r"|este artículo es exclusivo para suscriptores",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Paywall:
    """Votes ``PROMO`` on short lines that are paywall notices."""

    name: str = "paywall"
    """Registry name."""
    max_words: int = 20
    """Longer lines are prose that mentions subscriptions, not a notice."""
    score: float = 0.9
    """Beats the body classifier's vote on a notice that reads like a sentence."""

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:  # noqa: ARG002
        """Vote on each line: PROMO for a paywall notice, abstain otherwise."""
        votes: list[Vote | None] = []
        for line in lines:
            match = _NOTICE.search(line.text) if 0 < line.words <= self.max_words else None
            votes.append(Vote(Label.PROMO, self.score, f"paywall notice {match.group(0)!r}") if match else None)
        return votes
