"""Mentions across articles -> entities, each with a stable readable node id.

Each article's view of an entity (an *atom*: one person name, one document, ... in one article)
is placed, in article order, into a *block* of atoms sharing a key (a normalised full name, a
document's kind + number, a folded body name); within a block it joins the compatible cluster
with the most shared evidence, or founds a new one. Blocks keep the cost near-linear; nothing
fuzzy is ever merged automatically (similar names become review candidates, resolve/review.py).
Human decisions are then applied: `different` is honoured while clustering, `same` unions the
clusters afterwards, so a later build never undoes a judgement.
"""

from __future__ import annotations

import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from orggraph.graph import ID_PREFIX, KnowledgeGraph
from orggraph.model import ArticleFacts
from orggraph.resolve import keys
from orggraph.resolve.decisions import Decision, read_decisions
from orggraph.resolve.registry import Registry
from orggraph.text import key, normalize, slug

MAX_GAP_YEARS = 15  # one name attested further apart than this, with no shared post: two people
MEETING_DATE_SLACK = 14  # days: a congress reported by its first or its last day is one meeting


class DecisionWarning(UserWarning):
    """A decision that could not be applied (unknown id, contradiction): the build goes on."""


# ---------------------------------------------------------------------- atoms and clusters
@dataclass
class Atom:
    """One entity as one article names it."""

    type_: str
    article: str
    position: int  # offset in the article: orders atoms within an article
    block: tuple[str, ...]
    base: str  # text the node id's slug is made from
    lookups: set[str] = field(default_factory=set)  # keys `Resolution.node` is asked with
    labels: Counter[str] = field(default_factory=Counter)
    posts: set[str] = field(default_factory=set)
    bodies: set[str] = field(default_factory=set)
    places: frozenset[str] = frozenset()
    when: date | None = None
    doc: keys.DocumentId | None = None


@dataclass
class Cluster:
    id: str
    order: int
    atoms: list[Atom] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # ids its mentions carried: what a decision may name
    posts: set[str] = field(default_factory=set)
    bodies: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    first: date | None = None
    last: date | None = None
    docs: Counter[keys.DocumentId] = field(default_factory=Counter)  # each distinct id once, with its count

    def add(self, atom: Atom) -> None:
        self.atoms.append(atom)
        self.posts |= atom.posts
        self.bodies |= atom.bodies
        self.places |= atom.places
        if atom.when:
            self.first = min(self.first or atom.when, atom.when)
            self.last = max(self.last or atom.when, atom.when)
        if atom.doc:
            self.docs[atom.doc] += 1


Scorer = Callable[[Atom, Cluster], float | None]  # None: incompatible


def _person_score(atom: Atom, cluster: Cluster) -> float | None:
    shared_posts = len(atom.posts & cluster.posts)
    shared_bodies = len(atom.bodies & cluster.bodies)
    if shared_posts:
        return 10.0 * shared_posts + shared_bodies
    if atom.places and cluster.places and not atom.places & cluster.places:
        return None
    if atom.when and cluster.first and cluster.last:
        gap = max((cluster.first - atom.when).days, (atom.when - cluster.last).days, 0)
        if gap > MAX_GAP_YEARS * 365:
            return None
    return float(shared_bodies + len(atom.places & cluster.places))


def _document_score(atom: Atom, cluster: Cluster) -> float | None:
    assert atom.doc is not None
    # compared with each distinct id of the cluster once, not with every earlier mention: a
    # document cited in thousands of articles would make this quadratic
    if any(atom.doc.conflicts(other) for other in cluster.docs):
        return None
    fields = ("year", "series", "issuer", "locality")
    return float(sum(n for d, n in cluster.docs.items() for f in fields
                     if getattr(atom.doc, f) is not None and getattr(atom.doc, f) == getattr(d, f)))


def _meeting_score(atom: Atom, cluster: Cluster) -> float | None:
    if atom.when and cluster.first and cluster.last:
        if (atom.when - cluster.last).days > MEETING_DATE_SLACK or \
                (cluster.first - atom.when).days > MEETING_DATE_SLACK:
            return None
    return 0.0


def _always(atom: Atom, cluster: Cluster) -> float | None:
    return 0.0


SCORERS: dict[str, Scorer] = {"Person": _person_score, "Document": _document_score,
                              "Meeting": _meeting_score}


# ---------------------------------------------------------------------- the resolution
@dataclass
class Resolution:
    """Where each (article, type, name) mention went: a node id; and each node's label."""

    ids: dict[tuple[str, str, str], str] = field(default_factory=dict)  # (article, type, lookup)
    shared: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, lookup) -> first id
    labels: dict[str, str] = field(default_factory=dict)  # node id -> canonical label
    merged: dict[str, list[str]] = field(default_factory=dict)  # node id -> ids a `same` folded in
    warnings: list[str] = field(default_factory=list)

    def node(self, article: str, type_: str, name: str) -> str:
        lookup = lookup_key(type_, name)
        found = self.ids.get((article, type_, lookup)) or self.shared.get((type_, lookup))
        return found or f"{ID_PREFIX[type_]}/{slug(lookup or name)}"

    def label(self, node_id: str) -> str | None:
        """The canonical rdfs:label: most frequent spelling (expanded ones first for bodies and
        titles), ties by first attestation, then alphabetically."""
        return self.labels.get(node_id)

    def relabel(self, kg: KnowledgeGraph) -> None:
        """Give each node its canonical label; every other spelling stays a skos:altLabel."""
        for node_id, data in kg.g.nodes(data=True):
            label = self.labels.get(node_id)
            if label and label != data["label"]:
                data["alt"].add(data["label"])
                data["alt"].discard(label)
                data["label"] = label


@lru_cache(maxsize=1 << 16)
def lookup_key(type_: str, name: str) -> str:
    if type_ == "Organization":
        return keys.org_key(name)
    if type_ == "Post":
        return keys.post_key(name)
    return key(name)


# ---------------------------------------------------------------------- atoms from facts
def _date_of(facts: ArticleFacts) -> date | None:
    if facts.article.published:
        return facts.article.published
    return next((m.date for m in facts.meetings if m.main and m.date), None)


class _Atoms:
    """Collects atoms in article order, one per (article, type, block)."""

    def __init__(self) -> None:
        self.atoms: dict[tuple[str, str, tuple[str, ...]], Atom] = {}

    def add(self, type_: str, article: str, position: int, block: tuple[str, ...], base: str,
            lookup: str, label: str) -> Atom:
        slot = (article, type_, block)
        atom = self.atoms.get(slot)
        if atom is None:
            atom = self.atoms[slot] = Atom(type_, article, position, block, base)
        atom.lookups.add(lookup)
        if label:
            atom.labels[_spelling(label)] += 1
        return atom

    def shared(self, type_: str, article: str, position: int, name: str | None) -> None:
        """Bodies, titles, addressees: one entity per folded key, whatever the article."""
        if not name or not name.strip():
            return
        lookup = lookup_key(type_, name)
        if lookup and type_ in {"Organization", "Post"} and keys.unplaced(name):
            # `Hội đồng nhân dân tỉnh` of a page that never says which: this article's own
            self.add(type_, article, position, (lookup, article), f"{lookup} {article}", lookup, name)
        elif lookup:
            self.add(type_, article, position, (lookup,), lookup, lookup, name)


@lru_cache(maxsize=1 << 16)
def _spelling(label: str) -> str:
    """A label as counted: a name recurs in thousands of articles, normalised once."""
    return normalize(label).strip()


def collect(facts: list[ArticleFacts]) -> list[Atom]:
    atoms = _Atoms()
    places = tuple(name for _, name in keys.places())
    for item in sorted(facts, key=lambda f: f.article.id):
        art, when = item.article.id, _date_of(item)
        for org in item.orgs:
            atoms.shared("Organization", art, org.span.start, org.label)
        for person in item.persons:
            pkey = keys.person_key(person.name)
            if len(pkey.split()) < 2 and person.short:
                continue
            atom = atoms.add("Person", art, person.span.start, (pkey,), pkey, pkey,
                             "" if person.short else person.name)
            atom.when = when
            for post in person.posts:
                atoms.shared("Post", art, person.span.start, post.label)
                atoms.shared("Organization", art, person.span.start, post.body)
                atom.posts.add(keys.post_key(post.label))
                if post.body:
                    atom.bodies.add(keys.org_key(post.body))
            atom.places = keys.localities(atom.posts | atom.bodies)
        for meeting in item.meetings:
            mkey = keys.meeting_key(meeting.label or meeting.key)
            block = (mkey,) if keys.distinctive(mkey) else \
                (mkey, meeting.date.isoformat()) if meeting.date else (mkey, art)
            atom = atoms.add("Meeting", art, meeting.span.start, block, " ".join(block[:2]),
                             key(meeting.key), meeting.label)
            atom.when = atom.when or meeting.date
        for role in item.roles:
            _person_name(atoms, art, role.person)
        for organizer in item.organizers:
            atoms.shared("Organization", art, 1 << 30, organizer.org)
        for doc in item.documents:
            doc_id = keys.document_id(doc.kind, doc.number, doc.issuer, doc.label,
                                      places)
            block, base = doc_id.block, doc_id.slug_text()
            if doc_id.number is None and keys.unplaced(doc.label):  # `Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX`
                block, base = (*block, art), f"{base} {art}"
            atom = atoms.add("Document", art, doc.span.start, block, base, key(doc.key), doc.label)
            if atom.doc is None or (doc_id.issuer and not atom.doc.issuer):
                atom.doc = doc_id
            for alias in doc.aliases:
                atom.labels[normalize(alias)] += 0
            atoms.shared("Organization", art, doc.span.start, doc.issuer)
        for change in item.changes:
            _person_name(atoms, art, change.person)
            atoms.shared("Post", art, 1 << 30, change.post.label)
            atoms.shared("Organization", art, 1 << 30, change.post.body)
            atoms.shared(change.by_kind, art, 1 << 30, change.by)
        for task in item.tasks:
            if task.by_kind == "Person":
                _person_name(atoms, art, task.by)
            else:
                atoms.shared("Organization", art, 1 << 30, task.by)
            if task.to:
                to_type = "Organization" if any(o.label == task.to for o in item.orgs) else "Addressee"
                atoms.shared(to_type, art, 1 << 30, task.to)
    return sorted(atoms.atoms.values(), key=lambda a: (a.article, a.type_, a.position, a.block))


def _person_name(atoms: _Atoms, article: str, name: str) -> None:
    pkey = keys.person_key(name)
    if pkey:
        atoms.add("Person", article, 1 << 30, (pkey,), pkey, pkey, "")


# ---------------------------------------------------------------------- clustering
class _Ids:
    """Readable ids: the slug, then -2, -3 ... in the order clusters are founded, skipping every
    id a registry says was given before (an id is never reused for another entity)."""

    def __init__(self, given: Collection[str] = ()) -> None:
        self.count: Counter[str] = Counter()
        self.given = given

    def peek(self, type_: str, base: str) -> str:
        stem = _stem(type_, base)
        n = self.count[stem]
        while True:
            node_id = stem if n == 0 else f"{stem}-{n + 1}"
            if node_id not in self.given:
                return node_id
            n += 1

    def take(self, type_: str, base: str) -> str:
        node_id = self.peek(type_, base)
        stem = _stem(type_, base)
        self.count[stem] = 1 if node_id == stem else int(node_id.rsplit("-", 1)[1])
        return node_id


@lru_cache(maxsize=1 << 16)
def _stem(type_: str, base: str) -> str:
    return f"{ID_PREFIX[type_]}/{slug(base)}"


def cluster(atoms: Iterable[Atom], different: Collection[frozenset[str]] = (),
            registry: Registry | None = None) -> list[Cluster]:
    """Greedy, in article order: an atom joins the best-scoring compatible cluster of its block,
    unless two clusters tie (ambiguous: it founds its own, for a human to review) or a
    `different` decision forbids it. A cluster takes the id its mentions were given by an
    earlier build (the registry), else a new one; the registry is updated."""
    ids = _Ids(registry.given() if registry else ())
    blocks: dict[tuple[str, tuple[str, ...]], list[Cluster]] = defaultdict(list)
    clusters: list[Cluster] = []
    owner: dict[str, Cluster] = {}  # registered id -> the cluster holding it in this build
    for atom in atoms:
        scorer = SCORERS.get(atom.type_, _always)
        registered = registry.get(atom.type_, atom.block, atom.article) if registry else None
        would_be = registered or ids.peek(atom.type_, atom.base)
        scored = []
        for existing in blocks[(atom.type_, atom.block)]:
            if different and any(frozenset((name, would_be)) in different for name in existing.names):
                continue
            score = scorer(atom, existing)
            if score is not None:
                scored.append((score, existing))
        best = max((s for s, _ in scored), default=None)
        winners = [c for s, c in scored if s == best]
        if len(winners) == 1:
            home = winners[0]
        else:
            home = Cluster(registered if registered and registered not in owner else ids.take(atom.type_, atom.base),
                           len(clusters))
            home.names.add(home.id)
            clusters.append(home)
            blocks[(atom.type_, atom.block)].append(home)
        home.add(atom)
        if registered:
            home.names.add(registered)
            if registered not in owner:
                owner[registered] = home
                if home.id not in owner:  # a new id so far: take the one its mentions had
                    home.id = registered
    if registry is not None:
        for c in clusters:
            for atom in c.atoms:
                registry.record(atom.type_, atom.block, atom.article, c.id)
    return clusters


# ---------------------------------------------------------------------- decisions
class _Groups:
    """Union-find over cluster ids, refusing unions across a `different` judgement."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.parent = {c.id: c.id for c in clusters}
        self.order = {c.id: c.order for c in clusters}
        self.apart: dict[str, set[str]] = defaultdict(set)

    def find(self, node: str) -> str:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def separate(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.apart[ra].add(rb)
        self.apart[rb].add(ra)
        return True

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if rb in {self.find(x) for x in self.apart[ra]}:
            return False
        keep, gone = sorted((ra, rb))  # whatever the order of articles or decisions
        self.parent[gone] = keep
        self.apart[keep] |= self.apart.pop(gone, set())
        return True


def _apply(decisions: list[Decision], clusters: list[Cluster], source: str) -> tuple[_Groups, list[str]]:
    groups = _Groups(clusters)
    types = {c.id: c.atoms[0].type_ for c in clusters}
    problems = []
    ordered = sorted(decisions, key=lambda d: d.verdict != "different")  # stable: file order
    for d in ordered:
        where = f"{source}:{d.line}"
        unknown = [x for x in (d.left, d.right) if x not in types]
        if unknown:
            problems.append(f"{where}: unknown id {', '.join(unknown)} (not in this build): "
                            f"`{d.verdict}` not applied")
        elif types[d.left] != types[d.right]:
            problems.append(f"{where}: {d.left} is a {types[d.left]}, {d.right} a {types[d.right]}: "
                            f"`{d.verdict}` not applied")
        elif d.verdict == "different":
            if not groups.separate(d.left, d.right):  # only through an earlier `same`
                problems.append(f"{where}: `different` contradicts a `same` decision: kept apart anyway")
        elif not groups.union(d.left, d.right):
            problems.append(f"{where}: `same {d.left} {d.right}` contradicts a `different` decision: "
                            "not applied")
    return groups, problems


# ---------------------------------------------------------------------- labels
def _canonical(type_: str, labels: Counter[str], first_seen: dict[str, int]) -> str:
    def rank(label: str) -> tuple[int, int, int, str]:
        abbreviated = type_ in ("Organization", "Post") and keys.folded(label) != key(label)
        return (int(abbreviated), -labels[label], first_seen[label], label)

    return min(labels, key=rank)


# ---------------------------------------------------------------------- entry point
def resolve(facts: list[ArticleFacts], decisions: Path | None = None,
            registry: Registry | None = None) -> Resolution:
    """Resolve every mention of every article; apply the decisions file if given; keep the ids
    `registry` says earlier builds gave (and record the ones given now in it)."""
    chosen, problems = read_decisions(decisions) if decisions is not None else ([], [])
    if registry is not None:
        problems = registry.problems + problems
    different = {d.pair for d in chosen if d.verdict == "different"}
    clusters = cluster(collect(facts), different, registry)
    groups, applied = _apply(chosen, clusters, str(decisions))
    problems += applied
    result = Resolution(warnings=problems)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    first_seen: dict[str, dict[str, int]] = defaultdict(dict)
    for c in clusters:
        root = groups.find(c.id)
        if root != c.id:
            result.merged.setdefault(root, []).append(c.id)
        for atom in c.atoms:
            for lookup in atom.lookups:
                result.ids[(atom.article, atom.type_, lookup)] = root
                result.shared.setdefault((atom.type_, lookup), root)
            for label, count in atom.labels.items():
                labels[root][label] += count
                first_seen[root].setdefault(label, len(first_seen[root]))
    for node_id, counts in labels.items():
        result.labels[node_id] = _canonical(_type_of(node_id), counts, first_seen[node_id])
    for problem in problems:
        warnings.warn(problem, DecisionWarning, stacklevel=2)
    return result


_TYPE_OF_PREFIX = {prefix: type_ for type_, prefix in ID_PREFIX.items()}


def _type_of(node_id: str) -> str:
    return _TYPE_OF_PREFIX.get(node_id.split("/", 1)[0], "")
