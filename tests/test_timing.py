"""The growth-ratio measure used by the linear-time tests must itself tell linear from quadratic."""

from __future__ import annotations

from tests.timing import doubling_ratios


def test_doubling_ratios_tell_linear_from_quadratic() -> None:
    # guards the measure: quadratic work must come out near 4x, linear work near 2x
    texts = ["ab" * (500 * 2**k) for k in range(4)]

    def quadratic(text: str) -> int:
        return sum(text.count(text[i]) for i in range(0, len(text), 8))

    assert max(doubling_ratios(quadratic, texts)) >= 3.0
    assert max(doubling_ratios(lambda s: s.count("a"), texts)) < 3.0
