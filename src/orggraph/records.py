"""Typed tuples for the question path without importing `typing` (~6 ms of a ~100 ms question).

`class Asked(NamedTuple): graph: str; fmt: str = "table"` builds the same class `typing.NamedTuple`
would (collections.namedtuple with the annotated fields, their defaults and the class's own methods
and docstring). Type checkers read typing's own: modules import this one only at run time

    if TYPE_CHECKING:
        from typing import NamedTuple
    else:
        from orggraph.records import NamedTuple
"""

from __future__ import annotations

from collections import namedtuple

_OWN = frozenset({"__annotations__", "__module__", "__qualname__", "__doc__", "__orig_bases__"})


class _Records(type):
    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, object]) -> type:
        if not bases:  # NamedTuple itself
            return super().__new__(mcs, name, bases, namespace)
        fields = list(namespace.get("__annotations__", {}))  # type: ignore[call-overload]
        defaults = [namespace[f] for f in fields if f in namespace]
        record: type = namedtuple(name, fields, defaults=defaults,  # type: ignore[misc]  # noqa: PYI024
                                  module=str(namespace["__module__"]))
        record.__qualname__ = str(namespace.get("__qualname__", name))
        record.__doc__ = namespace.get("__doc__") or record.__doc__  # type: ignore[assignment]
        for key, value in namespace.items():
            if key not in _OWN and key not in fields:
                setattr(record, key, value)
        return record


class NamedTuple(metaclass=_Records):
    """Subclass with annotated fields (and defaults) to get a collections.namedtuple of them."""


class Protocol:
    """A protocol at run time is a plain base (type checkers read typing.Protocol)."""
