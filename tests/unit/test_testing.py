"""newsclean.testing.check_classifier: passes good classifiers, names what is wrong with bad ones."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import pytest

from newsclean import ClassifierError, Label, Line, PageContext, Pipeline, Vote
from newsclean.testing import SAMPLE_PAGES, check_classifier, sample_pages


class Good:
    name = "good"

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        return [Vote(Label.PROMO, 0.5, "caps") if line.text.isupper() else None for line in lines]


@pytest.mark.parametrize("step", Pipeline.default().steps, ids=lambda s: s.name)
def test_every_built_in_classifier_passes(step: Any) -> None:
    check_classifier(step.classifier)


def test_a_good_plugin_passes() -> None:
    check_classifier(Good())


def test_sample_pages_include_the_empty_page() -> None:
    pages = sample_pages()
    assert pages["empty"] == ()
    assert set(pages) == set(SAMPLE_PAGES)
    assert any(len(lines) > 100 for lines in pages.values())


def _bad(**overrides: Any) -> object:
    class Bad(Good):
        pass

    for key, value in overrides.items():
        setattr(Bad, key, value)
    return Bad()


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        (Good, "takes an instance; got the class Good"),
        (_bad(name=""), "needs a 'name' attribute"),
        (_bad(name=None), "needs a 'name' attribute"),
        (type("NoClassify", (), {"name": "x"})(), "is not a LineClassifier"),
        (_bad(classify=lambda self, lines, ctx: [None] * (len(lines) + 1)), r"returned 1 votes for the 0 lines"),
        (_bad(classify=lambda self, lines, ctx: None), "returned NoneType"),
        (_bad(classify=lambda self, lines, ctx: (v for v in [])), "returned generator"),
        (_bad(classify=lambda self, lines, ctx: ["body"] * len(lines)), "returned str for line 0"),
        (_bad(classify=lambda self, lines, ctx: [Vote("body", 0.5, "x")] * len(lines)),  # type: ignore[arg-type]
         "voted label 'body'"),
        (_bad(classify=lambda self, lines, ctx: [Vote(Label.BODY, 1.5, "x")] * len(lines)), "voted score 1.5"),
        (_bad(classify=lambda self, lines, ctx: [Vote(Label.BODY, float("nan"), "x")] * len(lines)), "voted score nan"),
        (_bad(classify=lambda self, lines, ctx: [Vote(Label.BODY, 0.5, None)] * len(lines)),  # type: ignore[arg-type]
         "gave reason None"),
        (_bad(classify=lambda self, lines, ctx: 1 / 0), r"raised ZeroDivisionError on the 'empty' page"),
    ],
)
def test_broken_classifiers_fail_with_a_clear_message(obj: object, message: str) -> None:
    with pytest.raises(ClassifierError, match=message):
        check_classifier(obj)


def test_nondeterminism_is_caught() -> None:
    counter = itertools.count()

    class Flaky(Good):
        name = "flaky"

        def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
            n = next(counter)
            return [Vote(Label.BODY, 0.5, f"call {n}") for _ in lines]

    with pytest.raises(ClassifierError, match="not deterministic") as info:
        check_classifier(Flaky())
    assert info.value.classifier == "flaky"


def test_mutating_the_input_is_caught() -> None:
    class Mutator(Good):
        name = "mutator"

        def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
            if isinstance(lines, list):
                lines.reverse()
            return [None] * len(lines)

    with pytest.raises(ClassifierError, match="must not mutate"):
        check_classifier(Mutator())
