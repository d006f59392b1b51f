"""Registry: decorator and plain registration, name checks, lookups, lazy entry points."""

from __future__ import annotations

from importlib import metadata

import pytest

from newsclean import RegistryError
from newsclean.registry import Registry


class Shout:
    name = "shout"

    def classify(self, lines, context):
        return [None] * len(lines)


def test_decorator_returns_the_object() -> None:
    r = Registry(entry_point_group=None)

    @r.register("shout")
    class Local(Shout):
        pass

    assert r.get("shout") is Local


def test_plain_call_and_rebinding_the_same_object() -> None:
    r = Registry(entry_point_group=None)
    assert r.register("shout", Shout) is Shout
    assert r.register("shout", Shout) is Shout  # the same object again is fine
    assert r.available() == ("shout",)


def test_duplicate_name_to_a_different_object() -> None:
    r = Registry(entry_point_group=None)
    r.register("shout", Shout)
    with pytest.raises(RegistryError, match="already registered"):
        r.register("shout", type("Other", (Shout,), {}))
    assert r.get("shout") is Shout


@pytest.mark.parametrize("name", ["a.b", "", "with space", "semi;colon", 3])
def test_malformed_names_are_rejected(name: object) -> None:
    r = Registry(entry_point_group=None)
    with pytest.raises(RegistryError):
        r.register(name, Shout)  # type: ignore[arg-type]


def test_names_may_hold_dash_and_underscore() -> None:
    r = Registry(entry_point_group=None)
    r.register("pay-wall_2", Shout)
    assert "pay-wall_2" in r.available()


def test_unknown_name_lists_known_ones() -> None:
    r = Registry(entry_point_group=None)
    r.register("alpha", Shout)
    r.register("beta", Shout)
    with pytest.raises(RegistryError, match="alpha, beta") as info:
        r.get("gamma")
    assert "gamma" in str(info.value)
    assert isinstance(info.value, LookupError)


def test_unregister() -> None:
    r = Registry(entry_point_group=None)
    r.register("shout", Shout)
    r.unregister("shout")
    r.unregister("shout")  # absent: no error
    assert r.available() == ()


def test_entry_points_load_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    ep = metadata.EntryPoint(name="shouty", value=f"{__name__}:Shout", group="test.group")

    def fake_entry_points(*, group: str) -> list[metadata.EntryPoint]:
        calls.append(group)
        return [ep] if group == "test.group" else []

    monkeypatch.setattr(metadata, "entry_points", fake_entry_points)
    r = Registry(entry_point_group="test.group")
    r.register("local", Shout)
    assert calls == []  # registering never loads plugins
    assert r.get("local") is Shout
    assert calls == []  # a known name needs no plugins either
    assert r.get("shouty").__name__ == "Shout"
    assert calls == ["test.group"]
    r.available()
    assert calls == ["test.group"]  # loaded once


def test_shared_registry_holds_the_builtins_and_accepts_plugins() -> None:
    import newsclean.classifiers

    assert {"headline", "byline", "dateline", "caption", "navigation", "promo", "comment", "body"} <= set(
        newsclean.available()
    )
    newsclean.register("unit-test-shout", Shout)
    try:
        assert newsclean.registry.get("unit-test-shout") is Shout
    finally:
        newsclean.registry.unregister("unit-test-shout")
    assert "unit-test-shout" not in newsclean.available()
