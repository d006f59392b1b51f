"""Pipeline: composition (with_classifier, without, with_weight, reorder), vote resolution, contract errors."""

from __future__ import annotations

import pytest

from newsclean import ClassifierError, ConfigError, Label, PageContext, Pipeline, RegistryError, Vote
from newsclean.lines import split_lines
from newsclean.pipeline import DEFAULT_ORDER, Decision
from newsclean.registry import Registry

CTX = PageContext()


class Fixed:
    """Votes the same label and score on every non-blank line."""

    def __init__(self, name: str, label: Label, score: float) -> None:
        self.name = name
        self.label = label
        self.score = score

    def classify(self, lines, context):
        return [None if line.is_blank else Vote(self.label, self.score, self.name) for line in lines]


class Short:
    name = "short"

    def classify(self, lines, context):
        return [None] * (len(lines) - 1)


class Raising:
    name = "raising"

    def classify(self, lines, context):
        raise RuntimeError("broken")


class WrongType:
    name = "wrong"

    def classify(self, lines, context):
        return ["promo"] * len(lines)


def test_default_has_the_builtins_in_order() -> None:
    assert Pipeline.default().names == DEFAULT_ORDER


def test_with_classifier_positions() -> None:
    base = Pipeline.default()
    paywall = Fixed("paywall", Label.PROMO, 0.5)
    assert base.with_classifier("paywall", paywall).names[-1] == "paywall"
    before = base.with_classifier("paywall", paywall, before="body").names
    assert before.index("paywall") == before.index("body") - 1
    after = base.with_classifier("paywall", paywall, after="headline").names
    assert after[:2] == ("headline", "paywall")
    assert base.names == DEFAULT_ORDER  # immutable


def test_with_classifier_errors() -> None:
    base = Pipeline.default()
    paywall = Fixed("paywall", Label.PROMO, 0.5)
    with pytest.raises(ConfigError):
        base.with_classifier("body", paywall)
    with pytest.raises(ConfigError):
        base.with_classifier("paywall", paywall, before="body", after="headline")
    with pytest.raises(ConfigError):
        base.with_classifier("paywall", paywall, before="nope")
    with pytest.raises(ConfigError):
        base.with_classifier("paywall", paywall, weight=-1)
    with pytest.raises(ConfigError):
        base.with_classifier("paywall", paywall, weight=float("inf"))
    with pytest.raises(RegistryError):
        base.with_classifier("no-such-classifier")
    with pytest.raises(ClassifierError) as info:
        base.with_classifier("thing", object())  # type: ignore[arg-type]
    assert info.value.classifier == "thing"


def test_with_classifier_looks_names_up_in_a_registry() -> None:
    source = Registry(entry_point_group=None)
    source.register("short", Short)
    pipeline = Pipeline().with_classifier("short", source=source)
    assert isinstance(pipeline.steps[0].classifier, Short)


def test_without_and_with_weight() -> None:
    base = Pipeline.default()
    assert "comment" not in base.without("comment").names
    with pytest.raises(ConfigError):
        base.without("nope")
    weighted = base.with_weight("body", 0.5)
    assert next(s.weight for s in weighted.steps if s.name == "body") == 0.5
    with pytest.raises(ConfigError):
        base.with_weight("nope", 1.0)
    with pytest.raises(ConfigError):
        base.with_weight("body", weight=True)  # type: ignore[arg-type]


def test_reorder() -> None:
    base = Pipeline.default()
    names = tuple(reversed(DEFAULT_ORDER))
    assert base.reorder(names).names == names
    with pytest.raises(ConfigError):
        base.reorder(names[1:])
    with pytest.raises(ConfigError):
        base.reorder([*names[1:], names[1]])


def test_highest_weighted_score_wins_and_ties_go_to_the_earlier() -> None:
    lines = split_lines("some line")
    a, b = Fixed("a", Label.PROMO, 0.6), Fixed("b", Label.BODY, 0.6)
    assert Pipeline().with_classifier("a", a).with_classifier("b", b).run(lines, CTX)[0].label is Label.PROMO
    assert Pipeline().with_classifier("b", b).with_classifier("a", a).run(lines, CTX)[0].label is Label.BODY
    weighted = Pipeline().with_classifier("a", a).with_classifier("b", b, weight=1.5)
    decision = weighted.run(lines, CTX)[0]
    assert decision.label is Label.BODY
    assert decision.score == pytest.approx(0.9)
    assert decision.classifier == "b"
    assert decision.vote(Label.PROMO) == 0.6
    assert decision.vote(Label.COMMENT) == 0.0


def test_weight_caps_at_one_and_zero_silences() -> None:
    lines = split_lines("some line")
    loud = Pipeline().with_classifier("a", Fixed("a", Label.PROMO, 0.8), weight=5)
    assert loud.run(lines, CTX)[0].score == 1.0
    quiet = Pipeline().with_classifier("a", Fixed("a", Label.PROMO, 0.8), weight=0)
    assert quiet.run(lines, CTX)[0].score == 0.0


def test_blank_is_blank_and_unvoted_is_other() -> None:
    decisions = Pipeline().run(split_lines("\nno votes"), CTX)
    assert decisions[0] == Decision(Label.BLANK, 1.0, "pipeline", "empty line", ())
    assert decisions[1].label is Label.OTHER
    assert decisions[1].score == 0.0


class EveryLine:
    """Votes on every line, blank ones too, the same vote."""

    name = "every"

    def classify(self, lines, context):
        return [Vote(Label.PROMO, 0.5, "same") for _ in lines]


def test_lines_with_equal_votes_share_one_decision() -> None:
    lines = split_lines("one\ntwo\n\nthree\n")
    pipeline = Pipeline().with_classifier("every", EveryLine()).with_classifier("a", Fixed("a", Label.BODY, 0.7))
    decisions = pipeline.run(lines, CTX)
    assert decisions[0] is decisions[1] is decisions[3]
    assert decisions[0] == Decision(
        Label.BODY, 0.7, "a", "a", (("every", Vote(Label.PROMO, 0.5, "same")), ("a", Vote(Label.BODY, 0.7, "a")))
    )
    # a blank line with the same votes stays BLANK: its own decision
    blank_votes = (("every", Vote(Label.PROMO, 0.5, "same")),)
    assert decisions[2] == Decision(Label.BLANK, 1.0, "pipeline", "empty line", blank_votes)


@pytest.mark.parametrize(("step", "match"), [(Short(), "returned 1 votes for 2 lines"), (WrongType(), "returned str")])
def test_contract_breaches_raise_classifier_error(step: object, match: str) -> None:
    pipeline = Pipeline().with_classifier(step.name, step)  # type: ignore[attr-defined, arg-type]
    with pytest.raises(ClassifierError, match=match) as info:
        pipeline.run(split_lines("a\nb"), CTX)
    assert info.value.classifier == step.name  # type: ignore[attr-defined]


def test_a_raising_classifier_is_wrapped() -> None:
    pipeline = Pipeline.default().with_classifier("raising", Raising())
    with pytest.raises(ClassifierError, match="RuntimeError: broken") as info:
        pipeline.run(split_lines("a line"), CTX)
    assert info.value.classifier == "raising"
    assert isinstance(info.value.__cause__, RuntimeError)
