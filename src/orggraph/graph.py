"""The knowledge graph: a networkx MultiDiGraph whose every node and edge carries its evidence.

Node ids are readable paths (`person/pham-minh-chinh`) that become IRIs on export; an edge's
key is its relation (an ontology term's local name), so one fact is one edge, however many
sentences attest it. Exporters read this graph alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import networkx as nx

from orggraph import properties
from orggraph.model import Article, Evidence
from orggraph.vocab import ID_PREFIX, NODE_TYPES

__all__ = ["ID_PREFIX", "NODE_TYPES", "KnowledgeGraph"]


def __getattr__(name: str) -> Any:
    if name == "RELATIONS":  # derived from the ontology on first use (orggraph.properties)
        return properties.relation_keys()
    raise AttributeError(name)


@dataclass
class KnowledgeGraph:
    g: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph)
    articles: dict[str, Article] = field(default_factory=dict)
    # the date an article speaks for: its publication date, else the date of the meeting it reports
    article_dates: dict[str, date | None] = field(default_factory=dict)

    # ------------------------------------------------------------------ building
    def add_article(self, article: Article, effective: date | None = None) -> None:
        self.articles[article.id] = article
        self.article_dates[article.id] = article.published or effective

    def add_node(self, node_id: str, type_: str, label: str, *, alt: Iterable[str] = (),
                 evidence: Iterable[Evidence] = (), **attrs: Any) -> str:
        """A node, or more of an existing one; attrs are ontology attributes of type_ (the
        property table checks the key, the domain and the value: ValueError if wrong)."""
        if type_ not in NODE_TYPES:
            raise ValueError(f"unknown node type {type_!r}")
        attrs = properties.check_node(type_, attrs.items())
        if node_id not in self.g:
            self.g.add_node(node_id, type=type_, label=label, alt=set(), evidence=set())
        data = self.g.nodes[node_id]
        if data["type"] != type_:
            raise ValueError(f"node {node_id} is a {data['type']}, not a {type_}")
        if label != data["label"]:
            data["alt"].add(label)
        data["alt"].update(a for a in alt if a and a != data["label"])
        data["evidence"].update(evidence)
        for name, value in attrs.items():
            if value is not None and data.get(name) is None:
                data[name] = value
        return node_id

    def add_fact(self, src: str, rel: str, dst: str, evidence: Iterable[Evidence] = ()) -> None:
        """One fact between two existing nodes whose types fit the relation's domain and range."""
        for node in (src, dst):
            if node not in self.g:
                raise ValueError(f"{rel}: no node {node!r} in the graph (add it first)")
        properties.check_fact(self.g.nodes[src]["type"], rel, self.g.nodes[dst]["type"])
        if not self.g.has_edge(src, dst, key=rel):
            self.g.add_edge(src, dst, key=rel, rel=rel, evidence=set())
        self.g.edges[src, dst, rel]["evidence"].update(evidence)

    # ------------------------------------------------------------------ reading
    def nodes_of(self, type_: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for node_id in sorted(self.g.nodes):
            data = self.g.nodes[node_id]
            if data["type"] == type_:
                yield node_id, data

    def facts(self, rel: str | None = None) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        for src, dst, key, data in sorted(self.g.edges(keys=True, data=True), key=lambda e: e[:3]):
            if rel is None or key == rel:
                yield src, key, dst, data

    def attestation(self, evidence: Iterable[Evidence]) -> tuple[date | None, date | None]:
        """Earliest and latest date of the articles that attest a fact."""
        known = self.article_dates
        dates = [d for d in (known.get(e.article) for e in evidence) if d]
        return (min(dates), max(dates)) if dates else (None, None)

    def summary(self) -> dict[str, dict[str, int]]:
        nodes: dict[str, int] = {}
        for _, data in self.g.nodes(data=True):
            nodes[data["type"]] = nodes.get(data["type"], 0) + 1
        edges: dict[str, int] = {}
        for _, _, key in self.g.edges(keys=True):
            edges[key] = edges.get(key, 0) + 1
        return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items())),
                "articles": {"Article": len(self.articles)}}
