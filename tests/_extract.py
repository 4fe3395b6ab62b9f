"""Helpers for extractor tests: run the extractors on a few sentences of our own."""

from __future__ import annotations

from datetime import date

from orggraph.extract import extract
from orggraph.ingest import from_text
from orggraph.model import Article, ArticleFacts


def facts_of(text: str, published: date | None = None, ident: str = "t") -> ArticleFacts:
    article = from_text(ident, text)
    if published is not None:
        article = Article(article.id, article.text, article.title, published, article.authors)
    return extract(article)


def posts(facts: ArticleFacts) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in facts.persons:
        if not p.short:
            out.setdefault(p.name, set()).update(post.label for post in p.posts)
    return out


def roles(facts: ArticleFacts) -> set[tuple[str, str]]:
    return {(r.relation, r.person) for r in facts.roles}
