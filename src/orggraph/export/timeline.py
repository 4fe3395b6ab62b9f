"""A person's career as the page's side panel lists it: posts taken up and left (personnel
changes, with the deciding body and document), posts held as attested, meetings chaired, spoken
at or attended, and tasks given, oldest first.

Personnel changes are nodes of type PersonnelChange with `change` (og:TakesOffice or
og:LeavesOffice), `date` and `how`, and edges `person`, `post`, `decidedBy`, `byDocument` from
the change; they slot into the same list as the attestations.
"""

from __future__ import annotations

from dataclasses import dataclass

from orggraph.graph import KnowledgeGraph

MEETING_ROLES = ("chaired", "spokeAt", "attended")
# the order of events on one day: a change first, then what it led to
KIND_ORDER = {"TakesOffice": 0, "LeavesOffice": 1, "holds": 2, "chaired": 3, "spokeAt": 4, "attended": 5,
              "assignedBy": 6}


@dataclass(frozen=True)
class Event:
    start: str  # ISO date, "" when nothing dates it
    end: str  # ISO date of the last attestation of a span, else ""
    kind: str  # TakesOffice, LeavesOffice, holds, chaired, spokeAt, attended, assignedBy
    target: str  # the post, meeting or task
    source: str = ""  # the PersonnelChange node
    how: str = ""  # the verb as written: bổ nhiệm, bầu ...
    by: str = ""  # the deciding body
    document: str = ""  # the decision
    reported: bool = False  # a change the text does not date: `start` is its article's date

    def sort_key(self) -> tuple[int, str, int, str, str]:
        return (0 if self.start else 1, self.start, KIND_ORDER.get(self.kind, 9), self.target, self.source)


def change_kind(value: object) -> str:
    """`og:TakesOffice`, a full IRI or `TakesOffice` -> `TakesOffice`."""
    text = str(value)
    return text.rsplit("#", 1)[-1].rsplit(":", 1)[-1].rsplit("/", 1)[-1]


def _span(kg: KnowledgeGraph, data: dict[str, object]) -> tuple[str, str]:
    first, last = kg.attestation(data["evidence"])  # type: ignore[arg-type]
    return (first.isoformat() if first else "", last.isoformat() if last and last != first else "")


def _meeting_date(kg: KnowledgeGraph, meeting: str) -> str:
    value = kg.g.nodes[meeting].get("date")
    return str(value) if value else ""


def person_timeline(kg: KnowledgeGraph, person: str) -> list[Event]:
    g = kg.g
    events: list[Event] = []
    for _, dst, rel, data in g.out_edges(person, keys=True, data=True):
        if rel == "holds":
            events.append(Event(*_span(kg, data), "holds", dst))
        elif rel in MEETING_ROLES:
            start, end = _span(kg, data)
            day = _meeting_date(kg, dst)
            events.append(Event(day or start, "" if day else end, rel, dst))
    for src, _, rel, data in g.in_edges(person, keys=True, data=True):
        kind = g.nodes[src]["type"]
        if rel == "assignedBy" and kind == "Task":
            meetings = sorted(m for _, m, r in g.out_edges(src, keys=True) if r == "atMeeting")
            day = next((d for d in (_meeting_date(kg, m) for m in meetings) if d), "")
            events.append(Event(day or _span(kg, data)[0], "", "assignedBy", src))
        elif rel == "person" and kind == "PersonnelChange":
            events.extend(_change(kg, src, data))
    return sorted(events, key=Event.sort_key)


def _change(kg: KnowledgeGraph, change: str, data: dict[str, object]) -> list[Event]:
    node = kg.g.nodes[change]
    ends: dict[str, list[str]] = {}
    for _, dst, rel in kg.g.out_edges(change, keys=True):
        ends.setdefault(rel, []).append(dst)
    day = str(node["date"]) if node.get("date") else ""
    reported = not day
    day = day or _span(kg, data)[0]
    kind = change_kind(node.get("change", "TakesOffice"))
    how = str(node.get("how") or "")
    by = min(ends.get("decidedBy", [""]))
    document = min(ends.get("byDocument", [""]))
    posts = sorted(ends.get("post", [])) or [""]
    return [Event(day, "", kind, post, change, how, by, document, reported) for post in posts]
