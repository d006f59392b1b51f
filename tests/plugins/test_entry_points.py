"""Plugins through entry points, with importlib.metadata faked (pluggy's test_pluginmanager style)."""

from __future__ import annotations

import importlib.metadata
import sys
import types
from collections.abc import Sequence

import pytest

from newsclean import Label, Line, PageContext, Pipeline, RegistryError, Vote, clean
from newsclean.registry import ENTRY_POINT_GROUP, Registry


class Shouting:
    """Votes PROMO on all-caps lines."""

    name = "shouting"

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        return [Vote(Label.PROMO, 0.95, "all caps") if line.text.isupper() else None for line in lines]


class Other:
    name = "other"

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        return [None] * len(lines)


@pytest.fixture
def plugin_module(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    module = types.ModuleType("fake_newsclean_plugin")
    module.Shouting = Shouting  # type: ignore[attr-defined]
    module.Other = Other  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_newsclean_plugin", module)
    return module


class FakeEntryPoints:
    """Stands in for importlib.metadata.entry_points and counts how often it is asked."""

    def __init__(self, *specs: tuple[str, str]) -> None:
        self.points = [importlib.metadata.EntryPoint(name, value, ENTRY_POINT_GROUP) for name, value in specs]
        self.calls: list[str | None] = []

    def __call__(self, *, group: str | None = None) -> list[importlib.metadata.EntryPoint]:
        self.calls.append(group)
        return [ep for ep in self.points if ep.group == group]


def _fake(monkeypatch: pytest.MonkeyPatch, *specs: tuple[str, str]) -> FakeEntryPoints:
    fake = FakeEntryPoints(*specs)
    monkeypatch.setattr(importlib.metadata, "entry_points", fake)
    return fake


def test_entry_points_load_lazily_on_first_lookup_only(
    monkeypatch: pytest.MonkeyPatch, plugin_module: types.ModuleType
) -> None:
    fake = _fake(monkeypatch, ("shouting", "fake_newsclean_plugin:Shouting"))
    reg = Registry()
    reg.register("local", Other)
    assert fake.calls == []  # creating and registering reads no entry points
    assert reg.get("local") is Other
    assert fake.calls == []  # a known name needs none either
    assert reg.get("shouting") is Shouting
    assert fake.calls == [ENTRY_POINT_GROUP]  # the first unknown name loads them, once
    assert reg.get("shouting") is Shouting
    assert reg.available() == ("local", "shouting")
    assert fake.calls == [ENTRY_POINT_GROUP]


def test_a_plugin_joins_a_pipeline_and_votes(monkeypatch: pytest.MonkeyPatch, plugin_module: types.ModuleType) -> None:
    _fake(monkeypatch, ("shouting", "fake_newsclean_plugin:Shouting"))
    reg = Registry()
    pipeline = Pipeline.default().with_classifier("shouting", before="body", source=reg)
    assert pipeline.names.index("shouting") == pipeline.names.index("body") - 1
    page = ("Bridge Reopens\n\nThe old bridge reopened on Monday after a repair that took two years, "
            "officials said.\n\nSUBSCRIBE NOW FOR FULL ACCESS\n")
    article = clean(page, pipeline=pipeline)
    shout = next(ll for ll in article.lines if ll.line.text.startswith("SUBSCRIBE"))
    assert shout.label is Label.PROMO
    assert "SUBSCRIBE" not in article.body


def test_duplicate_entry_point_name_is_rejected(
    monkeypatch: pytest.MonkeyPatch, plugin_module: types.ModuleType
) -> None:
    _fake(monkeypatch, ("shouting", "fake_newsclean_plugin:Shouting"), ("shouting", "fake_newsclean_plugin:Other"))
    with pytest.raises(RegistryError, match="'shouting' is already registered"):
        Registry().get("shouting")


def test_entry_point_clashing_with_a_registered_name_is_rejected(
    monkeypatch: pytest.MonkeyPatch, plugin_module: types.ModuleType
) -> None:
    _fake(monkeypatch, ("body", "fake_newsclean_plugin:Other"))
    reg = Registry()
    reg.register("body", Shouting)
    with pytest.raises(RegistryError, match="already registered"):
        reg.available()


def test_the_same_object_twice_is_not_a_clash(monkeypatch: pytest.MonkeyPatch, plugin_module: types.ModuleType) -> None:
    _fake(monkeypatch, ("shouting", "fake_newsclean_plugin:Shouting"))
    reg = Registry()
    reg.register("shouting", Shouting)
    assert reg.available() == ("shouting",)


def test_unknown_name_lists_the_available_ones(
    monkeypatch: pytest.MonkeyPatch, plugin_module: types.ModuleType
) -> None:
    _fake(monkeypatch, ("shouting", "fake_newsclean_plugin:Shouting"))
    reg = Registry()
    reg.register("local", Other)
    with pytest.raises(RegistryError) as info:
        reg.get("paywall")
    message = str(info.value)
    assert "no classifier named 'paywall'" in message
    assert "available: local, shouting" in message
    assert ENTRY_POINT_GROUP in message


def test_dotted_entry_point_names_and_broken_plugins_are_reported(
    monkeypatch: pytest.MonkeyPatch, plugin_module: types.ModuleType
) -> None:
    _fake(monkeypatch, ("my.paywall", "fake_newsclean_plugin:Shouting"))
    with pytest.raises(RegistryError, match="without dots"):
        Registry().get("anything")
    _fake(monkeypatch, ("broken", "no_such_module_for_newsclean:Thing"))
    with pytest.raises(RegistryError, match="could not load classifier plugin 'broken'"):
        Registry().get("broken")


def test_a_registry_without_a_group_never_reads_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake(monkeypatch, ("shouting", "fake_newsclean_plugin:Shouting"))
    reg = Registry(entry_point_group=None)
    with pytest.raises(RegistryError, match=r"available: \(none\)"):
        reg.get("shouting")
    assert fake.calls == []
