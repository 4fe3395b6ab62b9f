"""The first view of a big graph: each node gets a home body, so the page can fold a body's
posts, people, meetings, documents and tasks into it and open them on a click; and a layout that
keeps each home's members in a disc around their body, so folding and opening never move a node.

A home comes from the facts themselves (a post's body, a person's posts' bodies, a meeting's
organizer or its chairs' home, a task's meeting ...), in passes ordered so that each pass can
use the homes the earlier ones found. Ties go to the smallest id: the same graph, the same page.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from orggraph.graph import NODE_TYPES, KnowledgeGraph

OVERVIEW_LIMIT = 300  # above this many nodes the page opens on the folded overview
SPACING = 46.0  # between neighbours on a ring, in layout units (vis-network's, ~px at scale 1)
RING_GAP = 56.0
MARGIN = 70.0  # between discs

OUT, IN = "out", "in"
BODY, HOME = "body", "home"  # the other end is the home, or lends its home
# (type, tiers); a tier is ((relations), direction, how); the first tier with a vote wins
PASSES: tuple[tuple[str, tuple[tuple[tuple[str, ...], str, str], ...]], ...] = (
    ("Post", ((("postIn",), OUT, BODY),)),
    ("Person", ((("holds",), OUT, HOME),)),
    ("Meeting", ((("organized",), IN, BODY), (("chaired",), IN, HOME), (("spokeAt", "attended"), IN, HOME))),
    ("Person", ((("chaired", "spokeAt", "attended"), OUT, HOME),)),
    ("PersonnelChange", ((("post",), OUT, HOME), (("decidedBy",), OUT, BODY), (("person",), OUT, HOME))),
    ("Task", ((("atMeeting",), OUT, HOME), (("assignedTo",), OUT, BODY), (("assignedBy",), OUT, HOME))),
    ("Document", ((("issuedBy",), OUT, BODY), (("concerns",), IN, HOME))),
    ("Addressee", ((("assignedTo",), IN, HOME),)),
)
# rings around a body, inner to outer
RING = {"Organization": 1, "Post": 1, "Person": 2, "Meeting": 3, "Document": 3, "PersonnelChange": 3,
        "Task": 4, "Addressee": 4}


@dataclass(frozen=True)
class Group:
    """A body and the nodes folded into it; or (anchor None) the homeless nodes of one type."""

    anchor: str | None
    type: str
    members: tuple[str, ...]  # sorted, the anchor not included


def _pick(votes: Counter[str]) -> str | None:
    return min(votes, key=lambda h: (-votes[h], h)) if votes else None


def homes(kg: KnowledgeGraph) -> dict[str, str | None]:
    """node id -> the body it folds into (a body with members is its own home), or None."""
    g = kg.g
    home: dict[str, str | None] = dict.fromkeys(g.nodes)
    for type_, tiers in PASSES:
        for node, _ in kg.nodes_of(type_):
            if home[node] is not None:
                continue
            for rels, direction, how in tiers:
                edges = g.out_edges(node, keys=True, data=True) if direction == OUT else g.in_edges(node, keys=True, data=True)
                votes: Counter[str] = Counter()
                for src, dst, rel, data in edges:
                    other = dst if direction == OUT else src
                    if rel not in rels or other == node:
                        continue
                    target = other if how == BODY and g.nodes[other]["type"] == "Organization" else home[other]
                    if target is not None:
                        votes[target] += max(1, len(data["evidence"]))
                if votes:
                    home[node] = _pick(votes)
                    break
    anchors = {h for h in home.values() if h is not None}
    for node in sorted(g.nodes):  # bodies with members anchor them; other nodes join a neighbour
        if g.nodes[node]["type"] == "Organization" and node in anchors:
            home[node] = node
    for node in sorted(g.nodes):
        if home[node] is None:
            votes = Counter(h for other in _neighbours(kg, node) if (h := home[other]) is not None)
            home[node] = _pick(votes)  # a body with no member and no homed neighbour stays loose
    return home


def _neighbours(kg: KnowledgeGraph, node: str) -> list[str]:
    """Sorted: the angle averaged from them must not depend on set order (hash seeds)."""
    return sorted((set(kg.g.successors(node)) | set(kg.g.predecessors(node))) - {node})


def groups(kg: KnowledgeGraph, home: dict[str, str | None] | None = None) -> list[Group]:
    """Body groups, biggest first, then the homeless nodes by type."""
    home = homes(kg) if home is None else home
    members: dict[str, list[str]] = {}
    loose: dict[str, list[str]] = {}
    for node in sorted(kg.g.nodes):
        h = home[node]
        if h is None:
            loose.setdefault(kg.g.nodes[node]["type"], []).append(node)
        elif h != node:
            members.setdefault(h, []).append(node)
    anchors = sorted({h for h in home.values() if h is not None}, key=lambda a: (-len(members.get(a, [])), a))
    out = [Group(a, kg.g.nodes[a]["type"], tuple(members.get(a, []))) for a in anchors]
    order = list(NODE_TYPES) + sorted(set(loose) - set(NODE_TYPES))
    out += [Group(None, t, tuple(loose[t])) for t in order if t in loose]
    return out


def most_connected(kg: KnowledgeGraph, count: int, type_: str = "Person") -> list[str]:
    """The `count` nodes of a type with most facts (then by id): the officials the overview shows."""
    degree = kg.g.degree()
    return sorted((n for n, _ in kg.nodes_of(type_)), key=lambda n: (-degree[n], n))[:count]


def pinned_count(n_nodes: int) -> int:
    return max(12, min(60, n_nodes // 25))


# ---------------------------------------------------------------------- layout
def _disc(kg: KnowledgeGraph, group: Group, adj: dict[str, list[str]]) -> tuple[float, dict[str, tuple[float, float]]]:
    """Member offsets around the group's centre: a ring per kind (posts, people, meetings and
    documents, tasks); on each ring a node sits near the angle of its neighbours already placed,
    and a crowded ring is staggered over a few radii instead of growing into a wide empty hoop."""
    pos: dict[str, tuple[float, float]] = {}
    angle: dict[str, float] = {}
    if group.anchor is not None:
        pos[group.anchor] = (0.0, 0.0)
    rings: dict[int, list[str]] = {}
    for node in group.members:
        rings.setdefault(RING.get(kg.g.nodes[node]["type"], 3), []).append(node)
    radius = 0.0 if group.anchor is not None else -RING_GAP / 2  # a loose group's centre is its cluster node
    for level in sorted(rings):
        ring = rings[level]

        def wanted(node: str) -> tuple[float, str]:
            near = [angle[o] for o in adj[node] if o in angle]
            if not near:
                return (10.0, node)
            a = math.atan2(sum(math.sin(x) for x in near), sum(math.cos(x) for x in near)) % (2 * math.pi)
            return (a, node)

        ring.sort(key=wanted)
        start = radius + RING_GAP
        layers = max(1, math.ceil(len(ring) * SPACING / (2 * math.pi * start * 0.9)))
        if layers > 3:  # a very crowded ring: a bigger radius instead of more than three layers
            start = len(ring) * SPACING / (2 * math.pi * 3 * 0.9)
            layers = 3
        step = SPACING * 0.85
        for i, node in enumerate(ring):
            a = 2 * math.pi * i / len(ring) + (0.5 if level % 2 else 0.0) / max(1, len(ring))
            r = start + (i % layers) * step
            angle[node] = a
            pos[node] = (r * math.cos(a), r * math.sin(a))
        radius = start + (layers - 1) * step
    return max(radius + SPACING / 2, SPACING / 2), pos


class _Grid:
    """Placed discs in a uniform grid, for overlap checks that do not scan every disc."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[int]] = {}
        self.discs: list[tuple[float, float, float]] = []
        self.spans: list[tuple[int, int, int, int]] = []  # each disc's cells: i from, i to, j from, j to

    def _span(self, x: float, y: float, r: float) -> tuple[int, int, int, int]:
        c = self.cell
        return math.floor((x - r) / c), math.floor((x + r) / c), math.floor((y - r) / c), math.floor((y + r) / c)

    def free(self, x: float, y: float, r: float) -> bool:
        """No disc of the cells within reach comes nearer than MARGIN. A reach wider than there
        are discs (a big disc's) tests the discs whose cells meet it instead of visiting every
        cell: the same discs, so the same answer, without millions of empty cells."""
        i0, i1, j0, j1 = self._span(x, y, r + MARGIN)
        if (i1 - i0 + 1) * (j1 - j0 + 1) <= len(self.discs):
            near = (k for i in range(i0, i1 + 1) for j in range(j0, j1 + 1) for k in self.cells.get((i, j), ()))
        else:
            near = (k for k, (a0, a1, b0, b1) in enumerate(self.spans) if a0 <= i1 and i0 <= a1 and b0 <= j1 and j0 <= b1)
        for k in near:
            ox, oy, orad = self.discs[k]
            limit = r + orad + MARGIN
            if (x - ox) ** 2 + (y - oy) ** 2 < limit * limit:
                return False
        return True

    def add(self, x: float, y: float, r: float) -> None:
        span = self._span(x, y, r)
        self.discs.append((x, y, r))
        self.spans.append(span)
        for i in range(span[0], span[1] + 1):
            for j in range(span[2], span[3] + 1):
                self.cells.setdefault((i, j), []).append(len(self.discs) - 1)


def layout(kg: KnowledgeGraph, group_list: list[Group]) -> tuple[dict[str, tuple[int, int]], list[tuple[int, int, float]]]:
    """Positions of every node, and the centre and radius of every group's disc.

    Discs are placed one by one, the group with most links to those already placed next, beside
    its best-linked neighbours (the free spot nearest to them, then to the middle), so linked
    bodies sit side by side; groups with no link go on a spiral around the rest."""
    adj = {node: _neighbours(kg, node) for node in kg.g.nodes}
    discs = [_disc(kg, grp, adj) for grp in group_list]
    owner = {n: k for k, grp in enumerate(group_list) for n in ((grp.anchor,) if grp.anchor else ()) + grp.members}
    links: list[Counter[int]] = [Counter() for _ in group_list]
    for src, dst in kg.g.edges():
        a, b = owner[src], owner[dst]
        if a != b:
            links[a][b] += 1
            links[b][a] += 1
    grid = _Grid(max(4 * SPACING, 2 * (sorted(r for r, _ in discs)[len(discs) // 2] if discs else 1.0)))
    centre: dict[int, tuple[float, float]] = {}
    spiral = 0.0
    waiting = set(range(len(group_list)))
    linked_to_placed: Counter[int] = Counter()
    while waiting:
        k = min(waiting, key=lambda i: (-linked_to_placed[i], i))  # group_list is biggest first
        waiting.discard(k)
        r = discs[k][0]
        spot = None
        if centre:
            partners = sorted((p for p in links[k] if p in centre), key=lambda p: (-links[k][p], p))[:2]
            if partners:
                total = sum(links[k][p] for p in partners)
                tx = sum(centre[p][0] * links[k][p] for p in partners) / total
                ty = sum(centre[p][1] * links[k][p] for p in partners) / total
                best: tuple[float, float, float] | None = None
                for p in partners:
                    px, py = centre[p]
                    for grow in (1.0, 1.35, 1.8, 2.5):
                        d = (discs[p][0] + r + MARGIN) * grow
                        for j in range(24):
                            turn = 2 * math.pi * j / 24
                            x, y = px + d * math.cos(turn), py + d * math.sin(turn)
                            if grid.free(x, y, r):
                                cost = math.hypot(x - tx, y - ty) + 0.3 * math.hypot(x, y)
                                if best is None or cost < best[0]:
                                    best = (cost, x, y)
                        if best is not None:
                            break
                if best is not None:
                    spot = (best[1], best[2])
            if spot is None:  # Archimedean spiral, arms 3 spacings apart, walked outwards only
                step = max(SPACING / 2, r / 2)
                while True:
                    rho = 3 * SPACING * spiral / (2 * math.pi)
                    spiral += step / max(rho, step)
                    x, y = rho * math.cos(spiral), rho * math.sin(spiral)
                    if grid.free(x, y, r):
                        spot = (x, y)
                        break
        else:
            spot = (0.0, 0.0)
        centre[k] = spot
        grid.add(spot[0], spot[1], r)
        for other, weight in links[k].items():
            if other in waiting:
                linked_to_placed[other] += weight
    positions: dict[str, tuple[int, int]] = {}
    for k, (_, offsets) in enumerate(discs):
        cx, cy = centre[k]
        for node, (dx, dy) in offsets.items():
            positions[node] = (round(cx + dx), round(cy + dy))
    return positions, [(round(centre[k][0]), round(centre[k][1]), discs[k][0]) for k in range(len(group_list))]
