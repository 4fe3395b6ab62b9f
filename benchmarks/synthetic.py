"""A synthetic graph in the shape export/rdf.py writes (facts, og:Statement, og:Evidence,
og:Article, labels @vi), of any size, for timing the named queries; the aligned triples
(org:holds, schema:attendee, ...) that the export adds are left out, no named query reads them.
Written with pyoxigraph directly.

    python benchmarks/synthetic.py --triples 1000000 --out /tmp/synthetic.ttl
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox

from orggraph.export.rdf import article_iri, evidence_iri, iri, statement_iri
from orggraph.model import Evidence
from orggraph.vocab import term

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Hữu", "Ngọc", "Xuân", "Hồng", "Anh", "Công"]
GIVEN = ["Hùng", "Lan", "Tuấn", "Dũng", "Hà", "Nam", "Bình", "Hải", "Long", "Mai", "Sơn", "Thắng",
         "Hòa", "Quang", "Phương", "Trung", "Việt", "Khánh", "Linh", "Thủy", "Cường", "Hiếu", "Tâm"]
PROVINCES = ["Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Quảng Ninh", "Đắk Lắk", "Cần Thơ", "Lào Cai", "Bắc Ninh"]
BODIES = ["Ban Tổ chức", "Ban Tuyên giáo", "Ủy ban Kiểm tra", "Ban Dân vận", "Ban Nội chính", "Văn phòng"]
KINDS = ["Nghị quyết", "Chỉ thị", "Kết luận", "Quy định", "Quyết định", "Chương trình", "Kế hoạch"]
START = date(2010, 1, 1)
DAYS = 15 * 365


def _n(x: str) -> ox.NamedNode:
    return ox.NamedNode(str(x))


def _lit(value: str, datatype: str | None = None) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype)) if datatype else ox.Literal(value)


class Writer:
    """Collects triples and mirrors to_rdf: one og:Statement per fact, dated by its articles."""

    def __init__(self, rng: random.Random, articles: int) -> None:
        self.rng = rng
        self.quads: list[ox.Quad] = []
        self.dates = [START + timedelta(days=rng.randrange(DAYS)) for _ in range(articles)]
        for i, day in enumerate(self.dates):
            node = _n(article_iri(f"a{i:06d}"))
            self.add(node, _n(RDF + "type"), _n(term("Article")))
            self.add(node, _n(RDFS + "label"), ox.Literal(f"Bài số {i}", language="vi"))
            self.add(node, _n(SCHEMA + "identifier"), _lit(f"a{i:06d}"))
            self.add(node, _n(SCHEMA + "datePublished"), _lit(day.isoformat(), "date"))
            self.add(node, _n(term("attestationDate")), _lit(day.isoformat(), "date"))
            self.add(node, _n(term("sourceFile")), _lit(f"a{i:06d}.txt"))
        self.offset = 0

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.quads.append(ox.Quad(s, p, o))

    def node(self, node_id: str, type_: str, label: str, alt: str | None = None) -> str:
        self.add(_n(iri(node_id)), _n(RDF + "type"), _n(term(type_)))
        self.add(_n(iri(node_id)), _n(RDFS + "label"), ox.Literal(label, language="vi"))
        if alt:
            self.add(_n(iri(node_id)), _n(SKOS + "altLabel"), ox.Literal(alt, language="vi"))
        return node_id

    def attr(self, node_id: str, name: str, value: str, datatype: str | None = None) -> None:
        self.add(_n(iri(node_id)), _n(term(name)), _lit(value, datatype))

    def fact(self, src: str, rel: str, dst: str, sentences: int = 2) -> None:
        self.add(_n(iri(src)), _n(term(rel)), _n(iri(dst)))
        stmt = _n(statement_iri(src, rel, dst))
        for p, o in ((RDF + "type", _n(term("Statement"))), (RDF + "subject", _n(iri(src))),
                     (RDF + "predicate", _n(term(rel))), (RDF + "object", _n(iri(dst)))):
            self.add(stmt, _n(p), o)
        arts = sorted({self.rng.randrange(len(self.dates)) for _ in range(sentences)})
        days = sorted(self.dates[a] for a in arts)
        self.add(stmt, _n(term("evidenceCount")), _lit(str(len(arts)), "integer"))
        self.add(stmt, _n(term("firstAttested")), _lit(days[0].isoformat(), "date"))
        self.add(stmt, _n(term("lastAttested")), _lit(days[-1].isoformat(), "date"))
        for a in arts:
            self.offset += 120
            ev = Evidence(f"a{a:06d}", self.offset, self.offset + 100, f"Câu {self.offset} về {rel}.")
            node = _n(evidence_iri(ev))
            self.add(stmt, _n(PROV + "wasDerivedFrom"), node)
            self.add(node, _n(RDF + "type"), _n(term("Evidence")))
            self.add(node, _n(term("sentence")), _lit(ev.sentence))
            self.add(node, _n(term("inArticle")), _n(article_iri(ev.article)))
            self.add(node, _n(term("startOffset")), _lit(str(ev.start), "integer"))
            self.add(node, _n(term("endOffset")), _lit(str(ev.end), "integer"))


def generate(scale: int, seed: int = 7) -> list[ox.Quad]:
    """About 2,050 triples per unit of scale."""
    rng = random.Random(seed)
    w = Writer(rng, articles=40 * scale)
    bodies = []
    for i, (name, place) in enumerate((b, p) for p in PROVINCES for b in BODIES):
        bodies.append(w.node(f"body/b{i}", "Organization", f"{name} Tỉnh ủy {place}"))
    posts = []
    for i, body in enumerate(bodies):
        for j, title in enumerate(("Trưởng", "Phó Trưởng")):
            label = f"{title} {BODIES[i % len(BODIES)].lower()} Tỉnh ủy {PROVINCES[i // len(BODIES)]}"
            posts.append(w.node(f"post/p{i}-{j}", "Post", label))
            w.fact(posts[-1], "postIn", body)
    people = []
    for i in range(20 * scale):
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)} {i}"
        people.append(w.node(f"person/q{i}", "Person", name))
        for post in rng.sample(posts, rng.randint(1, 2)):
            w.fact(people[-1], "holds", post)
    meetings = []
    for i in range(10 * scale):
        day = START + timedelta(days=rng.randrange(DAYS))
        meetings.append(w.node(f"meeting/m{i}", "Meeting", f"Hội nghị số {i} năm {day.year}"))
        w.attr(meetings[-1], "date", day.isoformat(), "date")
        w.attr(meetings[-1], "held", "true", "boolean")
        w.fact(rng.choice(bodies), "organized", meetings[-1], 1)
        w.fact(rng.choice(people), "chaired", meetings[-1])
        for person in rng.sample(people, 2):
            w.fact(person, "spokeAt", meetings[-1], 1)
        for person in rng.sample(people, 2):
            w.fact(person, "attended", meetings[-1], 1)
    docs = []
    for i in range(3 * scale):
        kind = rng.choice(KINDS)
        docs.append(w.node(f"doc/d{i}", "Document", f"{kind} số {i}-NQ/TU"))
        w.attr(docs[-1], "documentKind", kind)
        w.attr(docs[-1], "number", f"{i}-NQ/TU")
        w.fact(docs[-1], "issuedBy", rng.choice(bodies), 1)
    for i in range(3 * scale):
        task = w.node(f"task/t{i}", "Task", f"Nhiệm vụ số {i}")
        w.fact(task, "assignedBy", rng.choice(people), 1)
        w.fact(task, "assignedTo", rng.choice(bodies), 1)
        w.fact(task, "atMeeting", rng.choice(meetings), 1)
        w.fact(task, "concerns", rng.choice(docs), 1)
    return w.quads


def write(path: Path, triples: int) -> int:
    scale = max(1, round(triples / 2_050))
    quads = generate(scale)
    store = ox.Store()
    store.bulk_extend(quads)
    path.parent.mkdir(parents=True, exist_ok=True)
    store.dump(output=str(path), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(),
               prefixes={"og": str(term("Statement"))[:-len("Statement")], "rdf": RDF, "rdfs": RDFS,
                         "prov": PROV, "schema": SCHEMA, "xsd": XSD, "skos": SKOS})
    return len(store)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/orggraph-synthetic.ttl"))
    args = parser.parse_args()
    print(f"wrote {write(args.out, args.triples)} triples to {args.out}")
