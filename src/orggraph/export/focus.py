"""Views of a KnowledgeGraph small enough to look at: around a person or body, within dates,
capped to the most connected nodes. Each returns a new KnowledgeGraph (same articles), so every
exporter can write a view; `Cut` says what a cap left out, for stderr and for the page."""

from __future__ import annotations

import heapq
import itertools
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import networkx as nx

from orggraph.errors import OrggraphError
from orggraph.graph import KnowledgeGraph
from orggraph.text import strip_diacritics


def fold(text: str) -> str:
    """Matching key: no diacritics (đ -> d), lower case, single spaces; mirrors the page's JS."""
    return " ".join(strip_diacritics(text).lower().split())


@dataclass(frozen=True)
class Cut:
    """What a view left out of the graph it was taken from."""

    total_nodes: int
    total_edges: int
    kept_nodes: int
    kept_edges: int
    dropped: dict[str, int] = field(default_factory=dict)  # node type -> nodes left out
    reason: str = ""

    @property
    def empty(self) -> bool:
        return self.kept_nodes == self.total_nodes and self.kept_edges == self.total_edges

    def message(self) -> str:
        if self.empty:
            return ""
        by_type = ", ".join(f"{t} {n:,}" for t, n in sorted(self.dropped.items()))
        left = self.total_nodes - self.kept_nodes
        return (f"showing {self.kept_nodes:,} of {self.total_nodes:,} nodes and {self.kept_edges:,} of "
                f"{self.total_edges:,} edges ({self.reason}); left out {left:,} nodes"
                + (f" ({by_type})" if by_type else ""))


def subgraph(kg: KnowledgeGraph, nodes: set[str]) -> KnowledgeGraph:
    """The induced subgraph as a KnowledgeGraph sharing the articles (read-only use)."""
    return KnowledgeGraph(g=nx.MultiDiGraph(kg.g.subgraph(nodes)), articles=kg.articles,
                          article_dates=kg.article_dates)


def find_node(kg: KnowledgeGraph, name: str, type_: str | None = None) -> str:
    """A node id from an id or a name (label or other spelling, diacritics optional)."""
    if name in kg.g and (type_ is None or kg.g.nodes[name]["type"] == type_):
        return name
    key = fold(name)
    hits = sorted(n for n, d in kg.g.nodes(data=True)
                  if (type_ is None or d["type"] == type_)
                  and (fold(d["label"]) == key or any(fold(a) == key for a in d["alt"])))
    what = (type_ or "node").lower()
    if not hits:
        raise OrggraphError(f"no {what} named {name!r} in the graph")
    if len(hits) > 1:
        raise OrggraphError(f"{name!r} names {len(hits)} {what}s: {', '.join(hits[:10])}; give an id")
    return hits[0]


def around(kg: KnowledgeGraph, centre: str, depth: int = 2) -> set[str]:
    """Nodes within `depth` hops of centre, ignoring edge direction."""
    return set(nx.single_source_shortest_path_length(kg.g.to_undirected(as_view=True), centre, cutoff=depth))


def within_dates(kg: KnowledgeGraph, since: date | None, until: date | None) -> KnowledgeGraph:
    """Facts attested between since and until (inclusive) and their nodes; undated facts go."""
    if since is None and until is None:
        return kg
    lo, hi = since or date.min, until or date.max
    view = KnowledgeGraph(articles=kg.articles, article_dates=kg.article_dates)
    for src, rel, dst, data in kg.facts():
        first, last = kg.attestation(data["evidence"])
        if first is None or last is None or last < lo or first > hi:
            continue
        for node in (src, dst):
            if node not in view.g:
                view.g.add_node(node, **kg.g.nodes[node])
        view.g.add_edge(src, dst, key=rel, **data)
    return view


def cap(kg: KnowledgeGraph, max_nodes: int, keep: tuple[str, ...] = ()) -> set[str]:
    """The most connected part, `max_nodes` nodes: grown from `keep` (else the node with most
    facts) by always adding the outside node with most links into the part so far (then most
    facts, then id). Picking the top nodes by degree instead gives hubs (meetings) with no
    edges between them. Restarts at the next best-connected node when a component runs out."""
    g = kg.g
    degree = dict(g.degree())
    links: dict[str, int] = {}
    chosen: set[str] = set()
    heap: list[tuple[int, int, str]] = []
    starts = iter(list(keep) + sorted(g.nodes, key=lambda n: (-degree[n], n)))
    while len(chosen) < min(max_nodes, g.number_of_nodes()):
        while heap and (heap[0][2] in chosen or -heap[0][0] != links[heap[0][2]]):
            heapq.heappop(heap)  # stale entry
        if heap:
            node = heapq.heappop(heap)[2]
        else:
            node = next(n for n in starts if n not in chosen)
        chosen.add(node)
        for other in itertools.chain(g.successors(node), g.predecessors(node)):
            if other not in chosen:
                shared = g.number_of_edges(node, other) + g.number_of_edges(other, node)
                links[other] = links.get(other, 0) + shared
                heapq.heappush(heap, (-links[other], -degree[other], other))
    return chosen


@dataclass(frozen=True)
class Focus:
    """What to show: a centre and radius, a date window, a size cap."""

    around: str | None = None
    body: str | None = None
    depth: int = 2
    since: date | None = None
    until: date | None = None
    max_nodes: int | None = None


def apply(kg: KnowledgeGraph, focus: Focus) -> tuple[KnowledgeGraph, Cut]:
    """The view `focus` asks for and what it left out. Raises OrggraphError on unknown names."""
    total_nodes, total_edges = kg.g.number_of_nodes(), kg.g.number_of_edges()
    reasons: list[str] = []
    view = within_dates(kg, focus.since, focus.until)
    if focus.since or focus.until:
        reasons.append(f"facts attested {focus.since or '…'} to {focus.until or '…'}")
    centres: list[str] = []
    if focus.around:
        centres.append(find_node(kg, focus.around, "Person"))
    if focus.body:
        centres.append(find_node(kg, focus.body, "Organization"))
    if centres:
        keep: set[str] = set()
        for centre in centres:
            if centre in view.g:
                keep |= around(view, centre, focus.depth)
        view = subgraph(view, keep)
        names = " and ".join(kg.g.nodes[c]["label"] for c in centres)
        reasons.append(f"within {focus.depth} hops of {names}")
    if focus.max_nodes is not None and view.g.number_of_nodes() > focus.max_nodes:
        view = subgraph(view, cap(view, focus.max_nodes, tuple(centres)))
        reasons.append(f"the {focus.max_nodes:,} most connected")
    kept = set(view.g.nodes)
    dropped = Counter(d["type"] for n, d in kg.g.nodes(data=True) if n not in kept)
    cut = Cut(total_nodes, total_edges, view.g.number_of_nodes(), view.g.number_of_edges(),
              dict(sorted(dropped.items())), "; ".join(reasons))
    return view, cut
