"""Mentions across articles -> entities. (First cut: exact normalised keys; see issue 3.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from orggraph.graph import ID_PREFIX
from orggraph.model import ArticleFacts
from orggraph.text import key, slug


@dataclass
class Resolution:
    """Where each (article, type, name) mention went: a node id."""

    ids: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def node(self, article: str, type_: str, name: str) -> str:
        found = self.ids.get((article, type_, key(name)))
        return found or f"{ID_PREFIX[type_]}/{slug(name)}"


def resolve(facts: list[ArticleFacts], decisions: object | None = None) -> Resolution:
    return Resolution()
