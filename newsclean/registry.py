"""One registry of line classifiers, shared by built-ins and plugins.

Built-ins register in :mod:`newsclean.classifiers`; third-party packages either call
:func:`register` or declare an entry point in the group ``newsclean.classifiers``::

    [project.entry-points."newsclean.classifiers"]
    paywall = "newsclean_paywall:Paywall"

Entry points are loaded lazily, on the first lookup that needs them.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib import metadata
from typing import Any, TypeVar, overload

from newsclean.errors import RegistryError

__all__ = ["ENTRY_POINT_GROUP", "Registry", "available", "get", "register", "registry"]

ENTRY_POINT_GROUP = "newsclean.classifiers"

T = TypeVar("T")


class Registry:
    """Names bound to classifier factories (a class, a zero-argument callable, or an instance).

    >>> r = Registry(entry_point_group=None)
    >>> @r.register("shout")
    ... class Shout:
    ...     name = "shout"
    ...     def classify(self, lines, context): return [None] * len(lines)
    >>> r.get("shout") is Shout
    True

    .. versionadded:: 0.1.0
    """

    def __init__(self, *, entry_point_group: str | None = ENTRY_POINT_GROUP) -> None:
        """Create an empty registry that loads plugins from ``entry_point_group`` (``None``: none)."""
        self._items: dict[str, Any] = {}
        self._group = entry_point_group
        self._entry_points_loaded = entry_point_group is None
        self._lock = threading.RLock()

    @overload
    def register(self, name: str) -> Callable[[T], T]: ...
    @overload
    def register(self, name: str, obj: T) -> T: ...

    def register(self, name: str, obj: Any = None) -> Any:
        """Bind ``name`` to ``obj``; without ``obj``, return a decorator that does.

        Args:
            name: the classifier's name: letters, digits, ``_`` and ``-``; no dots.
            obj: a classifier class, factory or instance.

        Returns:
            ``obj`` (or the decorator).

        Raises:
            RegistryError: the name is malformed or already bound to a different object.
        """
        _check_name(name)
        if obj is None:

            def decorator(target: T) -> T:
                self._bind(name, target)
                return target

            return decorator
        self._bind(name, obj)
        return obj

    def _bind(self, name: str, obj: Any) -> None:
        with self._lock:
            current = self._items.get(name)
            if current is not None and current is not obj:
                raise RegistryError(
                    f"classifier name {name!r} is already registered to {current!r}; "
                    "pick another name or unregister the old one first"
                )
            self._items[name] = obj

    def unregister(self, name: str) -> None:
        """Remove ``name`` (no error when it is absent)."""
        with self._lock:
            self._items.pop(name, None)

    def get(self, name: str) -> Any:
        """The object bound to ``name``, loading entry points first if needed.

        Raises:
            RegistryError: ``name`` is unknown; the message lists the known names.
        """
        with self._lock:
            if name not in self._items:
                self._load_entry_points()
            try:
                return self._items[name]
            except KeyError:
                known = ", ".join(sorted(self._items)) or "(none)"
                raise RegistryError(
                    f"no classifier named {name!r}; available: {known}. "
                    f"Register it with newsclean.register({name!r}) or an entry point in "
                    f"the {ENTRY_POINT_GROUP!r} group."
                ) from None

    def available(self) -> tuple[str, ...]:
        """Every registered name, plugins included, sorted."""
        with self._lock:
            self._load_entry_points()
            return tuple(sorted(self._items))

    def _load_entry_points(self) -> None:
        if self._entry_points_loaded or self._group is None:
            return
        self._entry_points_loaded = True
        for ep in metadata.entry_points(group=self._group):
            _check_name(ep.name)
            try:
                obj = ep.load()
            except Exception as exc:
                raise RegistryError(f"could not load classifier plugin {ep.name!r} ({ep.value}): {exc}") from exc
            self._bind(ep.name, obj)


def _check_name(name: object) -> None:
    if not isinstance(name, str) or not name or "." in name or not name.replace("_", "").replace("-", "").isalnum():
        raise RegistryError(
            f"classifier names are non-empty words of letters, digits, '_' or '-' without dots, got {name!r}"
        )


registry = Registry()
"""The registry :class:`newsclean.Pipeline` looks names up in."""


def register(name: str, obj: Any = None) -> Any:
    """Register a classifier with the shared registry (a decorator, or a plain call with ``obj``).

    >>> import newsclean
    >>> @newsclean.register("doc-example")
    ... class Example:
    ...     name = "doc-example"
    ...     def classify(self, lines, context): return [None] * len(lines)
    >>> "doc-example" in newsclean.available()
    True
    >>> newsclean.registry.unregister("doc-example")

    .. versionadded:: 0.1.0
    """
    return registry.register(name, obj)


def get(name: str) -> Any:
    """The classifier factory registered as ``name``; see :meth:`Registry.get`."""
    return registry.get(name)


def available() -> tuple[str, ...]:
    """Every registered classifier name, sorted; see :meth:`Registry.available`."""
    return registry.available()
