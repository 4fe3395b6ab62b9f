"""Merge candidates for a human: persons the build kept apart that may be one official.

Computed from a built graph alone (read back from Turtle), so that review needs no articles.
Pairs are only compared inside blocks (same diacritic-free name; same surname + given name;
same middle + given name; same title), large blocks by a sorted window, so the cost grows
near-linearly. Nothing here merges: `orggraph review --same A B` records the judgement.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from orggraph.graph import KnowledgeGraph
from orggraph.resolve import keys
from orggraph.text import key, loose_key

MIN_NAME_SIMILARITY = 0.7  # rapidfuzz ratio of diacritic-free names, 0..1
CLOSE_NAMES = 0.9  # above this, a different given name or a shared article is no bar
MAX_BLOCK = 40  # larger blocks are compared by a window over their sorted names
WINDOW = 8
SAME_PERIOD_YEARS = 5
SENTENCES = 3  # evidence sentences shown per side


@dataclass(frozen=True)
class Held:
    post: str
    first: date | None
    last: date | None


@dataclass
class Profile:
    """What the graph knows of one person node: the evidence a reviewer weighs."""

    id: str
    label: str
    names: list[str]
    posts: list[Held] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    articles: list[tuple[str, date | None]] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    # matching keys, derived
    name_keys: frozenset[str] = frozenset()
    loose: tuple[str, ...] = ()
    post_keys: frozenset[str] = frozenset()
    body_keys: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()

    @property
    def period(self) -> tuple[date | None, date | None]:
        dates = sorted(d for _, d in self.articles if d)
        return (dates[0], dates[-1]) if dates else (None, None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.label, "names": self.names,
            "posts": [{"post": h.post, "first": _iso(h.first), "last": _iso(h.last)} for h in self.posts],
            "bodies": self.bodies,
            "articles": [{"id": a, "date": _iso(d)} for a, d in self.articles],
            "sentences": self.sentences,
        }


@dataclass
class Candidate:
    score: float
    left: Profile
    right: Profile
    reasons: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"score": round(self.score, 3), "reasons": self.reasons,
                "left": self.left.to_dict(), "right": self.right.to_dict()}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def profiles(kg: KnowledgeGraph) -> list[Profile]:
    out = []
    for node_id, data in kg.nodes_of("Person"):
        names = sorted({data["label"], *data["alt"]} - {""})
        posts: list = []
        bodies: set[str] = set()
        for _, post, rel, edge in sorted(kg.g.out_edges(node_id, keys=True, data=True)):
            if rel != "holds":
                continue
            first, last = kg.attestation(edge["evidence"])
            posts.append(Held(kg.g.nodes[post]["label"], first, last))
            bodies.update(kg.g.nodes[b]["label"] for _, b, r in kg.g.out_edges(post, keys=True)
                          if r == "postIn")
        evidence = sorted(data["evidence"])
        arts = sorted({e.article for e in evidence})
        post_keys = frozenset(keys.post_key(h.post) for h in posts)
        body_keys = frozenset(keys.org_key(b) for b in bodies)
        out.append(Profile(
            node_id, data["label"], names, posts, sorted(bodies),
            [(a, kg.article_dates.get(a)) for a in arts],
            list(dict.fromkeys(e.sentence for e in evidence))[:SENTENCES],
            frozenset(key(n) for n in names), tuple(sorted({loose_key(n) for n in names})),
            post_keys, body_keys, keys.localities(post_keys | body_keys)))
    return out


def _blocks(people: list[Profile]) -> Iterable[list[int]]:
    blocks: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, p in enumerate(people):
        for name in p.loose:
            surname, middle, given = keys.name_parts(name)
            blocks[("name", name)].add(i)
            if surname:
                blocks[("surname+given", f"{surname} {given}")].add(i)
            if middle:
                blocks[("middle+given", f"{middle} {given}")].add(i)
        for post in p.post_keys:
            blocks[("post", post)].add(i)
    for block_key in sorted(blocks):
        yield sorted(blocks[block_key], key=lambda i: (people[i].loose, people[i].id))


def _pairs(people: list[Profile]) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for members in _blocks(people):
        window = len(members) if len(members) <= MAX_BLOCK else WINDOW
        for n, i in enumerate(members):
            for j in members[n + 1:n + 1 + window]:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def score(a: Profile, b: Profile) -> Candidate | None:
    """Name similarity (same given name unless the names are near-identical), raised by a shared
    title or body and period, lowered by conflicting provinces or a shared article."""
    identical = bool(a.name_keys & b.name_keys)
    sim = 1.0 if identical else max(fuzz.ratio(x, y) for x in a.loose for y in b.loose) / 100
    shared_posts = sorted(a.post_keys & b.post_keys)
    shared_bodies = sorted(a.body_keys & b.body_keys)
    same_given = bool({n.split()[-1] for n in a.loose} & {n.split()[-1] for n in b.loose})
    if sim < MIN_NAME_SIMILARITY or not (same_given or sim >= CLOSE_NAMES):
        return None
    if not (identical or shared_posts or shared_bodies):
        return None
    common = sorted({x for x, _ in a.articles} & {y for y, _ in b.articles})
    if common and sim < CLOSE_NAMES:  # two names in one article are two people, unless a typo
        return None
    reasons = ["identical names" if identical else f"names {sim:.0%} alike"]
    total = 0.6 * sim
    if shared_posts:
        total += 0.25 * min(len(shared_posts), 2) / 2
        reasons.append("shared post: " + "; ".join(shared_posts))
    if shared_bodies:
        total += 0.1 * min(len(shared_bodies), 2) / 2
        reasons.append("shared body: " + "; ".join(shared_bodies))
    (a1, a2), (b1, b2) = a.period, b.period
    if a1 and a2 and b1 and b2:
        gap = max((b1 - a2).days, (a1 - b2).days, 0) / 365
        if gap <= SAME_PERIOD_YEARS:
            total += 0.05
            reasons.append("same period")
        else:
            reasons.append(f"{gap:.0f} years apart")
    if a.places and b.places and not a.places & b.places:
        total -= 0.2
        reasons.append(f"different provinces: {', '.join(sorted(a.places))} vs {', '.join(sorted(b.places))}")
    if common:
        total -= 0.3
        reasons.append("named together in " + ", ".join(common))
    return Candidate(round(total, 4), a, b, reasons)


def candidates(kg: KnowledgeGraph, decided: Collection[frozenset[str]] = ()) -> list[Candidate]:
    """Merge candidates, strongest first (ties by ids); pairs already decided are left out."""
    return candidates_of(profiles(kg), decided)


def candidates_of(people: list[Profile], decided: Collection[frozenset[str]] = ()) -> list[Candidate]:
    found = []
    for i, j in _pairs(people):
        a, b = people[i], people[j]
        if frozenset((a.id, b.id)) in decided:
            continue
        cand = score(a, b)
        if cand:
            found.append(cand)
    return sorted(found, key=lambda c: (-c.score, c.left.id, c.right.id))
