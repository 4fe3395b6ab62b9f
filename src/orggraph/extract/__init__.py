"""Extractors: named components, each one job over the shared ArticleFacts, run in order.

Each module registers itself with @extractor(name); `extract` runs them in STAGES order,
so that titles see bodies, meetings see persons and their short references, tasks see all.
"""

from __future__ import annotations

from collections.abc import Callable

from orggraph.model import Article, ArticleFacts

Extractor = Callable[[ArticleFacts], None]
REGISTRY: dict[str, Extractor] = {}
STAGES = ("sentences", "bodies", "people", "coref", "meetings", "documents", "changes", "tasks")


def extractor(name: str) -> Callable[[Extractor], Extractor]:
    def register(fn: Extractor) -> Extractor:
        REGISTRY[name] = fn
        return fn

    return register


def extract(article: Article, stages: tuple[str, ...] = STAGES) -> ArticleFacts:
    from orggraph.extract import bodies, changes, coref, documents, meetings, people, sentences, tasks  # noqa: F401

    facts = ArticleFacts(article=article, sentences=[])
    for stage in stages:
        REGISTRY[stage](facts)
    return facts
