"""The pipeline: run every classifier over the lines, then resolve their votes per line.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from newsclean.classifiers.base import LineClassifier, PageContext, Vote
from newsclean.errors import ClassifierError, ConfigError
from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.registry import Registry, registry

__all__ = ["DEFAULT_ORDER", "Decision", "Pipeline", "Revised", "Step"]

DEFAULT_ORDER = (
    "headline",
    "byline",
    "dateline",
    "caption",
    "navigation",
    "promo",
    "comment",
    "markup",
    "body",
)
"""The built-in classifiers, in the order :meth:`Pipeline.default` runs them (ties go to the earlier)."""


@dataclass(frozen=True, slots=True)
class Step:
    """A classifier in a pipeline, with its weight.

    .. versionadded:: 0.1.0
    """

    name: str
    """The name the classifier is known by (its registry name)."""
    classifier: LineClassifier
    """The classifier instance."""
    weight: float = 1.0
    """Multiplies the classifier's vote scores before votes are compared."""


@dataclass(frozen=True, slots=True)
class Revised:
    """A line's label after the context pass.

    A :class:`Decision` is one too: the label a line starts the context pass with, which stays its
    label where no rule revises it.

    .. versionadded:: 0.1.0
    """

    label: Label
    """The final label."""
    score: float
    """The deciding score."""
    classifier: str
    """The deciding classifier, or ``"context"``."""
    reason: str
    """Why."""


@dataclass(frozen=True, slots=True)
class Decision(Revised):
    """The resolved vote for one line, before the context pass.

    .. versionadded:: 0.1.0
    """

    # label, score, classifier and reason (the winning vote's label, weighted score, voter and reason) are
    # Revised's fields
    votes: tuple[tuple[str, Vote], ...] = ()
    """Every vote cast on the line, with the voter's name, for explanation and the context pass."""

    def vote(self, label: Label) -> float:
        """The best weighted score any voter gave ``label`` (0 when none did)."""
        # A plain loop: the context pass asks this for every line and label, and max() over a
        # generator costs twice as much on these two- or three-vote tuples.
        best: float | None = None
        for _, v in self.votes:
            if v.label is label and (best is None or v.score > best):
                best = v.score
        return 0.0 if best is None else best


@dataclass(frozen=True, slots=True)
class Pipeline:
    """An ordered, weighted set of classifiers. Immutable: the ``with_*`` methods return new pipelines.

    >>> p = Pipeline.default().without("comment")
    >>> "comment" in p.names
    False

    .. versionadded:: 0.1.0
    """

    steps: tuple[Step, ...] = ()
    """The classifiers, in order."""

    @classmethod
    def default(cls) -> Pipeline:
        """The built-in classifiers in :data:`DEFAULT_ORDER`, each with weight 1."""
        import newsclean.classifiers  # noqa: F401, PLC0415  (registers the built-ins)

        return cls(tuple(Step(name, _instantiate(name, registry)) for name in DEFAULT_ORDER))

    @property
    def names(self) -> tuple[str, ...]:
        """The classifier names, in order."""
        return tuple(step.name for step in self.steps)

    def with_classifier(
        self,
        name: str,
        classifier: LineClassifier | None = None,
        *,
        weight: float = 1.0,
        before: str | None = None,
        after: str | None = None,
        source: Registry | None = None,
    ) -> Pipeline:
        """A new pipeline with one more classifier.

        Args:
            name: its name; looked up in the registry when ``classifier`` is not given.
            classifier: the instance to add (optional).
            weight: multiplies its vote scores.
            before: insert before this step (default: at the end).
            after: insert after this step.
            source: the registry to look ``name`` up in (default: the shared one).

        Raises:
            ConfigError: the name is already in the pipeline, ``before``/``after`` is unknown,
                both are given, or the weight is not a finite number >= 0.
            RegistryError: ``name`` is not registered.
        """
        if name in self.names:
            raise ConfigError(f"the pipeline already has a classifier named {name!r}; remove it first")
        if before is not None and after is not None:
            raise ConfigError("give before= or after=, not both")
        _check_weight(weight)
        obj = classifier if classifier is not None else _instantiate(name, source or registry)
        _check_protocol(name, obj)
        step = Step(name, obj, float(weight))
        steps = list(self.steps)
        if before is None and after is None:
            steps.append(step)
        else:
            anchor = before if before is not None else after
            if anchor not in self.names:
                raise ConfigError(f"no step named {anchor!r}; the pipeline has {', '.join(self.names)}")
            at = self.names.index(anchor) + (0 if before is not None else 1)
            steps.insert(at, step)
        return Pipeline(tuple(steps))

    def without(self, name: str) -> Pipeline:
        """A new pipeline without ``name``. Raises ``ConfigError`` when it is absent."""
        if name not in self.names:
            raise ConfigError(f"no step named {name!r}; the pipeline has {', '.join(self.names)}")
        return Pipeline(tuple(s for s in self.steps if s.name != name))

    def with_weight(self, name: str, weight: float) -> Pipeline:
        """A new pipeline where ``name`` has ``weight``."""
        if name not in self.names:
            raise ConfigError(f"no step named {name!r}; the pipeline has {', '.join(self.names)}")
        _check_weight(weight)
        return Pipeline(tuple(Step(s.name, s.classifier, float(weight)) if s.name == name else s for s in self.steps))

    def reorder(self, names: Sequence[str]) -> Pipeline:
        """A new pipeline with the same steps in the order of ``names`` (which must name each once)."""
        if sorted(names) != sorted(self.names):
            raise ConfigError(f"reorder needs each of {', '.join(self.names)} exactly once")
        by_name = {s.name: s for s in self.steps}
        return Pipeline(tuple(by_name[n] for n in names))

    def run(self, lines: Sequence[Line], context: PageContext) -> tuple[Decision, ...]:
        """Collect every classifier's votes and resolve them per line: the highest weighted score wins.

        Blank lines are always ``BLANK``. A non-blank line nobody voted on is ``OTHER`` with score 0.

        Raises:
            ClassifierError: a classifier raised, or returned the wrong number or type of votes.
        """
        n = len(lines)
        # a line's list is made at its first vote: most lines draw none (blank lines, plain prose), and an
        # empty list per line would cost about as much memory as the page's text
        cast: list[list[tuple[str, Vote]] | None] = [None] * n
        for step in self.steps:
            votes = _call(step, lines, context)
            # A classifier casts the same vote on many lines ("title-shaped", "menu item"); votes are
            # immutable, so equal ones share one (name, vote) pair and the copies are freed at once.
            pairs: dict[tuple[Label, float, str], tuple[str, Vote]] = {}
            for i, vote in enumerate(votes):
                if vote is not None:
                    key = (vote.label, vote.score, vote.reason)
                    pair = pairs.get(key)
                    if pair is None:
                        if step.weight != 1.0:
                            vote = Vote(vote.label, min(vote.score * step.weight, 1.0), vote.reason)  # noqa: PLW2901
                        pair = pairs[key] = (step.name, vote)
                    line_cast = cast[i]
                    if line_cast is None:
                        cast[i] = [pair]
                    else:
                        line_cast.append(pair)
        decisions = []
        # Decisions are immutable and many lines draw the same votes (every menu item, every prose
        # line scored alike): lines with equal votes share one Decision, a blank and a text line apart.
        shared: tuple[dict[tuple[tuple[str, Vote], ...], Decision], ...] = ({}, {})
        for line, cast_votes in zip(lines, cast, strict=True):
            blank = not line.text
            if not cast_votes:
                decisions.append(_BLANK if blank else _UNVOTED)
                continue
            line_votes = tuple(cast_votes)
            known = shared[blank]
            decision = known.get(line_votes)
            if decision is None:
                decision = known[line_votes] = _decide(line_votes, blank=blank)
            decisions.append(decision)
        return tuple(decisions)


def _decide(votes: tuple[tuple[str, Vote], ...], *, blank: bool) -> Decision:
    """The decision for a line's (non-empty) votes: the highest score wins, the first on a tie."""
    if blank:
        return Decision(Label.BLANK, 1.0, "pipeline", "empty line", votes)
    best = votes[0]
    for item in votes:
        if item[1].score > best[1].score:
            best = item
    return Decision(best[1].label, best[1].score, best[0], best[1].reason, votes)


# Decisions are immutable: every blank line nobody voted on, and every unvoted line, shares one.
_BLANK = Decision(Label.BLANK, 1.0, "pipeline", "empty line")
_UNVOTED = Decision(Label.OTHER, 0.0, "pipeline", "no classifier voted")


def _instantiate(name: str, source: Registry) -> LineClassifier:
    obj = source.get(name)
    if isinstance(obj, type) or (callable(obj) and not hasattr(obj, "classify")):
        try:
            obj = obj()
        except Exception as exc:
            raise ClassifierError(f"could not create classifier {name!r}: {exc}", classifier=name) from exc
    _check_protocol(name, obj)
    return obj  # type: ignore[no-any-return]


def _check_protocol(name: str, obj: object) -> None:
    if not isinstance(obj, LineClassifier):
        raise ClassifierError(
            f"{obj!r} registered as {name!r} is not a LineClassifier: it needs a 'name' attribute "
            "and a classify(lines, context) method",
            classifier=name,
        )


def _check_weight(weight: float) -> None:
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not math.isfinite(weight) or weight < 0:
        raise ConfigError(f"weights are finite numbers >= 0, got {weight!r}")


_VOTE_TYPES = frozenset({Vote, type(None)})


def _call(step: Step, lines: Sequence[Line], context: PageContext) -> Sequence[Vote | None]:
    try:
        votes = step.classifier.classify(lines, context)
    except Exception as exc:
        raise ClassifierError(
            f"classifier {step.name!r} raised {type(exc).__name__}: {exc}", classifier=step.name
        ) from exc
    if len(votes) != len(lines):
        raise ClassifierError(
            f"classifier {step.name!r} returned {len(votes)} votes for {len(lines)} lines; return one per line",
            classifier=step.name,
        )
    if set(map(type, votes)) <= _VOTE_TYPES:  # the common case, checked at C speed
        return votes
    for vote in votes:
        if vote is not None and not isinstance(vote, Vote):
            raise ClassifierError(
                f"classifier {step.name!r} returned {type(vote).__name__}; return Vote or None per line",
                classifier=step.name,
            )
    return votes
