"""Every fixture page through :func:`newsclean.clean`: its fields and the labels of its key lines.

A fixture is ``fixtures/<case>.txt`` (the page) beside ``fixtures/<case>.labels.json``::

    {
      "description": "what the page is and why it is here",
      "url": null,                     # passed to clean() when given
      "fields": {                      # every key is optional
        "headline": "...",             # exact; null: no headline expected
        "summary_first": "...",        # the summary starts with this
        "authors": ["..."],            # exact, in order
        "byline_contains": "...",      # a substring of Article.byline
        "source": "...",               # exact
        "dateline": "...",             # exact
        "published": "2024-11-07T07:25:00+05:30",   # published.isoformat()
        "updated": "...",              # updated.isoformat()
        "language": "en",
        "body_empty": true,            # no article on the page
        "body_first": "..." | ["...", "..."],       # the body starts with this (or one of these)
        "body_last": "..." | ["...", "..."],        # the body ends with this (or one of these)
        "body_must_contain": ["..."],  # whitespace-collapsed substrings of the body
        "body_must_not_contain": ["..."],
        "body_once": ["..."],          # substrings the body holds exactly once (pull quotes)
        "body_not_paragraphs": ["..."] # lines that must not be a body paragraph of their own
      },
      "labels": {                      # expected labels of key lines, by whitespace-collapsed text
        "TRENDING": "promo",           # every line with that text
        "Tags: a, b": "other|navigation",   # either label is right
        "Headline": ["headline", "other"]   # one label per occurrence, in page order
      }
    }

Each field and each labelled line is its own test case, so a known failure is marked
on that one case (``KNOWN_FAILURES``) with ``xfail(strict=True)``: when the code is
fixed the case passes, the strict xfail fails, and its entry here must be removed.
Expectations are what a careful reader of the page would hold; they are never relaxed
to match the code.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import Article, Label

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"



def _known_failures() -> dict[tuple[str, str], str]:
    """``fixtures/known_failures.json``: {case: {check: why the current code fails it}}.

    ``check`` is a field name or ``label:<line text>``. Remove an entry when the code is fixed
    (its strict xfail then fails as XPASS, which is the reminder).
    """
    path = FIXTURES / "known_failures.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {(case, check): why for case, checks in data.items() for check, why in checks.items()}


KNOWN_FAILURES = _known_failures()


def case_names() -> list[str]:
    """Every fixture case that has both its page and its labels."""
    return sorted(p.name.removesuffix(".labels.json") for p in FIXTURES.glob("*.labels.json"))


@functools.cache
def spec(case: str) -> dict[str, Any]:
    """The case's expectations."""
    data: dict[str, Any] = json.loads((FIXTURES / f"{case}.labels.json").read_text(encoding="utf-8"))
    return data


@functools.cache
def page(case: str) -> str:
    """The case's page, byte for byte (no newline translation)."""
    with (FIXTURES / f"{case}.txt").open(encoding="utf-8", newline="") as fh:
        return fh.read()


@functools.cache
def result(case: str) -> Article:
    """clean() of the case's page (once per test session)."""
    return newsclean.clean(page(case), url=spec(case).get("url"))


def collapse(text: str | None) -> str:
    """Whitespace runs folded to one space, ends stripped."""
    return " ".join((text or "").split())


def line_labels(article: Article, text: str) -> list[Label]:
    """The labels of every line whose collapsed text is ``text``, in page order."""
    return [ll.label for ll in article.lines if collapse(ll.line.text) == text]


def accepts(want: str, got: str) -> bool:
    """Whether the label ``got`` is one of the alternatives in ``want`` (``"other|navigation"``)."""
    return got in want.split("|")


def _param(case: str, check: str) -> Any:
    reason = KNOWN_FAILURES.get((case, check))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, check, marks=marks, id=f"{case}:{check[:50]}")


def field_params() -> list[Any]:
    """One case per (fixture, field)."""
    return [_param(case, name) for case in case_names() for name in spec(case).get("fields", {})]


def label_params() -> list[Any]:
    """One case per (fixture, labelled line)."""
    return [_param(case, f"label:{text}") for case in case_names() for text in spec(case).get("labels", {})]


def check_field(article: Article, name: str, want: Any) -> None:
    """Assert one expected field of ``article``."""
    body = collapse(article.body)
    if name == "headline":
        assert article.headline == want
    elif name == "summary_first":
        assert collapse(article.summary).startswith(collapse(want)), article.summary
    elif name == "authors":
        assert list(article.authors) == want
    elif name == "byline_contains":
        assert want in (article.byline or ""), article.byline
    elif name == "source":
        assert article.source == want
    elif name == "dateline":
        assert article.dateline == want
    elif name == "published":
        got = article.published.isoformat() if article.published is not None else None
        assert got == want, article.published_raw
    elif name == "updated":
        got = article.updated.isoformat() if article.updated is not None else None
        assert got == want, article.updated_raw
    elif name == "language":
        assert article.language == want
    elif name == "body_empty":
        assert (article.body == "") is want, article.body[:200]
    elif name == "body_first":
        options = [want] if isinstance(want, str) else want
        assert any(body.startswith(collapse(o)) for o in options), body[:200]
    elif name == "body_last":
        options = [want] if isinstance(want, str) else want
        assert any(body.endswith(collapse(o)) for o in options), body[-200:]
    elif name == "body_must_contain":
        missing = [s for s in want if collapse(s) not in body]
        assert not missing, f"missing from body: {missing}"
    elif name == "body_must_not_contain":
        leaked = [s for s in want if collapse(s) in body]
        assert not leaked, f"leaked into body: {leaked}"
    elif name == "body_once":
        counts = {s: body.count(collapse(s)) for s in want}
        assert all(n == 1 for n in counts.values()), counts
    elif name == "body_not_paragraphs":
        paragraphs = {collapse(p) for p in article.paragraphs}
        leaked = [s for s in want if collapse(s) in paragraphs]
        assert not leaked, f"kept as body paragraphs: {leaked}"
    else:  # a typo in a labels file must not pass silently
        pytest.fail(f"unknown expectation {name!r}")


def test_fixture_set_is_complete() -> None:
    names = case_names()
    assert "seed_devdiscourse" in names
    assert len(names) >= 11
    for case in names:
        assert (FIXTURES / f"{case}.txt").is_file(), f"{case}.labels.json has no page"
        assert spec(case).get("fields") or spec(case).get("labels"), f"{case} expects nothing"
    pages = {p.name.removesuffix(".txt") for p in FIXTURES.glob("*.txt")}
    assert pages <= set(names), f"pages without labels: {sorted(pages - set(names))}"


def test_labels_files_name_real_labels_and_lines() -> None:
    values = {label.value for label in Label}
    for case in case_names():
        for text, want in spec(case).get("labels", {}).items():
            wants = [want] if isinstance(want, str) else want
            named = {alt for w in wants for alt in w.split("|")}
            assert named <= values, f"{case}: {text!r} expects {wants}"
            found = sum(collapse(raw) == text for raw in page(case).splitlines())
            assert found, f"{case}: no line reads {text!r}"
            if not isinstance(want, str):
                assert found == len(want), f"{case}: {text!r} occurs {found} times, {len(want)} labels given"


@pytest.mark.parametrize(("case", "check"), field_params())
def test_field(case: str, check: str) -> None:
    check_field(result(case), check, spec(case)["fields"][check])


@pytest.mark.parametrize(("case", "check"), label_params())
def test_line_label(case: str, check: str) -> None:
    text = check.removeprefix("label:")
    want = spec(case)["labels"][text]
    got = [label.value for label in line_labels(result(case), text)]
    assert got, f"no line reads {text!r}"
    expected = [want] * len(got) if isinstance(want, str) else want
    assert len(got) == len(expected), f"{len(got)} lines read {text!r}, {len(expected)} labels expected"
    assert all(accepts(w, g) for w, g in zip(expected, got, strict=True)), f"got {got}, expected {expected}"
