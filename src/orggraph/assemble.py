"""ArticleFacts + Resolution -> KnowledgeGraph: every node and fact with its sentence."""

from __future__ import annotations

from collections.abc import Callable

from orggraph.abbreviations import without_echo
from orggraph.graph import ID_PREFIX, KnowledgeGraph
from orggraph.model import ArticleFacts, ChangeMention
from orggraph.resolve.link import Resolution
from orggraph.text import slug


def populate(kg: KnowledgeGraph, facts: ArticleFacts, resolution: Resolution) -> None:
    art = facts.article.id
    main = next((m for m in facts.meetings if m.main and m.date), None)
    kg.add_article(facts.article, main.date if main else None)

    def node(type_: str, name: str) -> str:
        return resolution.node(art, type_, name)

    for org in facts.orgs:
        surface = without_echo(org.surface)  # `Ủy ban Kiểm tra (UBKT) Tỉnh ủy`: the name as written, not its aside
        kg.add_node(node("Organization", org.label), "Organization", org.label,
                    alt=[surface] if surface != org.label else [],
                    evidence=[facts.evidence(org.sentence)])
    for person in facts.persons:
        if person.short:  # `ông Chính`: evidence for the person it refers to, never a name of its own
            if node("Person", person.name) in kg.g:
                kg.g.nodes[node("Person", person.name)]["evidence"].add(facts.evidence(person.sentence))
            continue
        pid = kg.add_node(node("Person", person.name), "Person", person.name,
                          evidence=[facts.evidence(person.sentence)])
        for post in person.posts:
            post_id = kg.add_node(node("Post", post.label), "Post", post.label,
                                  alt=[post.surface] if post.surface and post.surface != post.label else [],
                                  evidence=[facts.evidence(person.sentence)])
            kg.add_fact(pid, "holds", post_id, [facts.evidence(person.sentence)])
            if post.body:
                body = kg.add_node(node("Organization", post.body), "Organization", post.body,
                                   evidence=[facts.evidence(person.sentence)])
                kg.add_fact(post_id, "postIn", body, [facts.evidence(person.sentence)])
    meeting_ids: dict[str, str] = {}
    for meeting in facts.meetings:
        mid = node("Meeting", meeting.key)
        meeting_ids[meeting.key] = kg.add_node(
            mid, "Meeting", meeting.label, evidence=[facts.evidence(meeting.sentence)],
            date=meeting.date.isoformat() if meeting.date else None, held=meeting.held)
        if meeting.held:
            kg.g.nodes[mid]["held"] = True
    for role in facts.roles:
        kg.add_fact(node("Person", role.person), role.relation, meeting_ids[role.meeting],
                    [facts.evidence(role.sentence)])
    for organizer in facts.organizers:
        oid = kg.add_node(node("Organization", organizer.org), "Organization", organizer.org,
                          evidence=[facts.evidence(organizer.sentence)])
        kg.add_fact(oid, "organized", meeting_ids[organizer.meeting], [facts.evidence(organizer.sentence)])
    doc_ids: dict[str, str] = {}
    for doc in facts.documents:
        did = kg.add_node(node("Document", doc.key), "Document", doc.label, alt=doc.aliases,
                          evidence=[facts.evidence(doc.sentence)], number=doc.number, kind=doc.kind)
        doc_ids[doc.key] = did
        if doc.issuer:
            oid = kg.add_node(node("Organization", doc.issuer), "Organization", doc.issuer,
                              evidence=[facts.evidence(doc.sentence)])
            kg.add_fact(did, "issuedBy", oid, [facts.evidence(doc.sentence)])
    for change in facts.changes:
        _change(kg, facts, change, node, doc_ids)
    for index, task in enumerate(facts.tasks, 1):
        ev = [facts.evidence(task.sentence)]
        tid = kg.add_node(f"{ID_PREFIX['Task']}/{slug(art, 60)}-{index}", "Task", task.text, evidence=ev)
        kg.add_fact(tid, "assignedBy", node(task.by_kind, task.by), ev)
        kg.add_fact(tid, "atMeeting", meeting_ids[task.meeting], ev)
        if task.to:
            to_type = "Organization" if any(o.label == task.to for o in facts.orgs) else "Addressee"
            kg.add_fact(tid, "assignedTo", kg.add_node(node(to_type, task.to), to_type, task.to, evidence=ev), ev)
        for doc_key in task.documents:
            if doc_key in doc_ids:
                kg.add_fact(tid, "concerns", doc_ids[doc_key], ev)


CHANGE_KINDS = {"start": "TakesOffice", "end": "LeavesOffice"}


def _change(kg: KnowledgeGraph, facts: ArticleFacts, change: ChangeMention,
            node: Callable[[str, str], str], doc_ids: dict[str, str]) -> None:
    """A personnel change: its own node (person, post, kind, date, decider, decision), and the
    post as one the person holds, since a post taken up or left is a post held in the article."""
    ev = [facts.evidence(change.sentence)]
    pid = kg.add_node(node("Person", change.person), "Person", change.person, evidence=ev)
    post = change.post
    post_id = kg.add_node(node("Post", post.label), "Post", post.label,
                          alt=[post.surface] if post.surface and post.surface != post.label else [], evidence=ev)
    kg.add_fact(pid, "holds", post_id, ev)
    if post.body:
        kg.add_fact(post_id, "postIn", kg.add_node(node("Organization", post.body), "Organization", post.body,
                                                   evidence=ev), ev)
    parts = [pid.split("/", 1)[1], post_id.split("/", 1)[1], change.change]
    if change.date:
        parts.append(change.date.isoformat())
    cid = kg.add_node(f"{ID_PREFIX['PersonnelChange']}/{'--'.join(parts)}", "PersonnelChange",
                      f"{change.person}: {change.how} {post.label}", evidence=ev,
                      change=CHANGE_KINDS[change.change], how=change.how,
                      date=change.date.isoformat() if change.date else None,
                      effectiveDate=change.effective.isoformat() if change.effective else None)
    kg.add_fact(cid, "person", pid, ev)
    kg.add_fact(cid, "post", post_id, ev)
    if change.by:
        kg.add_fact(cid, "decidedBy", kg.add_node(node(change.by_kind, change.by), change.by_kind, change.by,
                                                  evidence=ev), ev)
    if change.document and change.document in doc_ids:
        kg.add_fact(cid, "byDocument", doc_ids[change.document], ev)
