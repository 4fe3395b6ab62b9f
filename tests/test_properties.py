"""The property table: read from the ontology, checked where facts are made, iterated by every
exporter (a property added to the ontology shows in Turtle, GraphML and the page's data)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib.namespace import OWL, RDF, RDFS

from _graphs import tiny_graph
from orggraph import properties, vocab
from orggraph.export.graphml import write_graphml
from orggraph.export.html import page_data
from orggraph.export.rdf import read_turtle, turtle_text, write_turtle
from orggraph.graph import KnowledgeGraph
from orggraph.model import Article, Evidence
from orggraph.vocab import NODE_TYPES, OG

OGNS = str(OG)
GML = "{http://graphml.graphdrawing.org/xmlns}"


def test_the_table_holds_every_attribute_and_relation_of_a_node_type() -> None:
    graph = vocab.ontology()
    names = {p.name for p in properties.table()}
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in graph.subjects(RDF.type, kind):
            local = str(prop).removeprefix(OGNS)
            subs = set(graph.subjects(RDFS.subPropertyOf, prop))
            domain = graph.value(prop, RDFS.domain)
            on_nodes = domain is not None and str(domain).removeprefix(OGNS) not in (
                "Evidence", "Statement", "Article")
            assert (local in names) == (on_nodes and not subs), local
    table = {p.name: p for p in properties.table()}
    assert table["holds"].relation and table["holds"].domain == ("Person",) and table["holds"].range == ("Post",)
    assert table["assignedBy"].range == ("Person", "Organization")
    assert table["decidedBy"].range == ("Organization", "Post")
    assert table["documentKind"].key == "kind" and table["documentKind"].datatype == "string"
    assert table["held"].datatype == "boolean"
    # og:date: one attribute shared by meetings and personnel changes
    assert table["date"].domain == ("Meeting", "PersonnelChange") and table["date"].datatype == "date"
    # og:change: an attribute whose value is an IRI, one of the ontology's named individuals
    assert table["change"].datatype is None and table["change"].values == ("LeavesOffice", "TakesOffice")
    assert "participatedIn" not in table  # only there to be entailed
    assert all(set(p.domain) <= set(NODE_TYPES) for p in table.values())


@pytest.mark.parametrize("src, rel, dst, message", [
    ("person/nguyen-van-hung", "issuedBy", "body/tinh-uy-nghe-an", "from Document to Organization"),
    ("person/nguyen-van-hung", "holds", "meeting/hoi-nghi-tinh-uy-2024-03-02", "not from Person to Meeting"),
    ("body/tinh-uy-nghe-an", "chaired", "meeting/hoi-nghi-tinh-uy-2024-03-02", "not from Organization"),
    ("person/nguyen-van-hung", "knows", "person/tran-thi-lan", "unknown relation"),
    ("person/nguyen-van-hung", "holds", "post/missing", "no node 'post/missing'"),
    ("person/nguyen-van-hung", "participatedIn", "meeting/hoi-nghi-tinh-uy-2024-03-02", "unknown relation"),
])
def test_a_wrong_edge_fails_where_it_is_made(src: str, rel: str, dst: str, message: str) -> None:
    kg = tiny_graph()
    with pytest.raises(ValueError, match=message):
        kg.add_fact(src, rel, dst)


@pytest.mark.parametrize("type_, attrs, message", [
    ("Person", {"date": "2024-01-01"}, "not an attribute of a Person"),
    ("Meeting", {"held": "yes"}, "true or false"),
    ("Meeting", {"date": "12/3/2024"}, "Invalid isoformat"),
    ("PersonnelChange", {"change": "og:Promoted"}, "og:LeavesOffice, og:TakesOffice"),
    ("Document", {"colour": "red"}, "unknown node attribute"),
])
def test_a_wrong_attribute_fails_where_it_is_set(type_: str, attrs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        KnowledgeGraph().add_node("x/1", type_, "x", **attrs)


def test_a_node_keeps_its_type() -> None:
    kg = tiny_graph()
    with pytest.raises(ValueError, match="is a Person, not a Organization"):
        kg.add_node("person/nguyen-van-hung", "Organization", "Nguyễn Văn Hùng")


def change_graph() -> KnowledgeGraph:
    """tiny_graph plus a personnel change decided by a body, by a document, on a date."""
    kg = tiny_graph()
    ev = Evidence("a1", 111, 200, "Bộ Chính trị phân công đồng chí Nguyễn Văn Hùng giữ chức Bí thư Tỉnh ủy.")
    change = kg.add_node("change/nguyen-van-hung-bi-thu-tinh-uy-nghe-an-2024-03-01", "PersonnelChange",
                         "Nguyễn Văn Hùng: Bí thư Tỉnh ủy Nghệ An", evidence=[ev],
                         change=f"{OGNS}TakesOffice", date=date(2024, 3, 1), how="phân công giữ chức")
    kg.add_node("body/bo-chinh-tri", "Organization", "Bộ Chính trị", evidence=[ev])
    kg.add_fact(change, "person", "person/nguyen-van-hung", [ev])
    kg.add_fact(change, "post", "post/bi-thu-tinh-uy-nghe-an", [ev])
    kg.add_fact(change, "decidedBy", "body/bo-chinh-tri", [ev])
    kg.add_fact(change, "byDocument", "doc/nghi-quyet-18-nq-tw", [ev])
    return kg


def test_a_personnel_change_in_the_terms_the_scorer_reads(tmp_path: Path) -> None:
    kg = change_graph()
    data = kg.g.nodes["change/nguyen-van-hung-bi-thu-tinh-uy-nghe-an-2024-03-01"]
    assert (data["change"], data["date"]) == ("TakesOffice", "2024-03-01")  # kept normalised
    path = write_turtle(kg, tmp_path / "g.ttl")
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    rows = list(store.query(f"""PREFIX og: <{OGNS}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name ?title ?kind ?date ?how ?by WHERE {{
          ?c a og:PersonnelChange ; og:person ?p ; og:post ?post ; og:change ?kind ; og:date ?date ;
             og:how ?how ; og:decidedBy/rdfs:label ?by .
          ?p rdfs:label ?name . ?post rdfs:label ?title }}"""))
    assert [(r["name"].value, r["title"].value, r["kind"], r["date"], r["how"].value, r["by"].value)
            for r in rows] == [("Nguyễn Văn Hùng", "Bí thư Tỉnh ủy Nghệ An", ox.NamedNode(OGNS + "TakesOffice"),
                                ox.Literal("2024-03-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
                                "phân công giữ chức", "Bộ Chính trị")]
    # og:date is the same property on a meeting
    assert len(list(store.query(f"PREFIX og: <{OGNS}> SELECT ?m WHERE {{ ?m a og:Meeting ; og:date ?d }}"))) == 1
    back = read_turtle(path)
    assert back.g.nodes["change/nguyen-van-hung-bi-thu-tinh-uy-nghe-an-2024-03-01"]["change"] == "TakesOffice"
    assert sorted(r for _, r, _, _ in back.facts()) == sorted(r for _, r, _, _ in kg.facts())


def test_a_personnel_change_in_graphml_and_the_page(tmp_path: Path) -> None:
    kg = change_graph()
    g = nx.read_graphml(write_graphml(kg, tmp_path / "g.graphml"))
    node = g.nodes["change/nguyen-van-hung-bi-thu-tinh-uy-nghe-an-2024-03-01"]
    assert (node["change"], node["date"], node["how"]) == ("TakesOffice", "2024-03-01", "phân công giữ chức")
    page = page_data(kg)
    (row,) = [n for n in page["nodes"] if n["key"].startswith("change/")]
    assert (row["change"], row["date"], row["how"]) == ("TakesOffice", "2024-03-01", "phân công giữ chức")
    assert {"person", "post", "decidedBy", "byDocument"} <= {r["name"] for r in page["relations"]}


EXTRA = """
og:rank a owl:DatatypeProperty ; rdfs:label "rank"@en ; rdfs:domain og:Person ; rdfs:range xsd:integer .
og:mentorOf a owl:ObjectProperty ; rdfs:label "mentor of"@en ; rdfs:domain og:Person ; rdfs:range og:Person .
"""


def test_a_property_added_to_the_ontology_reaches_every_exporter(tmp_path: Path) -> None:
    with vocab.extended(EXTRA):
        kg = tiny_graph()
        kg.add_node("person/nguyen-van-hung", "Person", "Nguyễn Văn Hùng", rank=3)
        kg.add_fact("person/nguyen-van-hung", "mentorOf", "person/tran-thi-lan",
                    [Evidence("a1", 0, 60, "Ông Hùng dìu dắt bà Lan.")])
        with pytest.raises(ValueError, match="not from Meeting"):
            kg.add_fact("meeting/hoi-nghi-tinh-uy-2024-03-02", "mentorOf", "person/tran-thi-lan")
        text = turtle_text(kg)
        assert "    og:mentorOf person:tran-thi-lan ;" in text and "    og:rank 3 ;" in text
        assert read_turtle(write_turtle(kg, tmp_path / "g.ttl")).g.nodes["person/nguyen-van-hung"]["rank"] == 3

        root = ET.parse(write_graphml(kg, tmp_path / "g.graphml")).getroot()
        keys = {k.get("attr.name"): k for k in root.iter(f"{GML}key") if k.get("for") == "node"}
        assert keys["rank"].get("attr.type") == "long"
        g = nx.read_graphml(tmp_path / "g.graphml")
        assert g.nodes["person/nguyen-van-hung"]["rank"] == 3
        assert "mentorOf" in {d["rel"] for _, _, d in g.edges(data=True)}

        page = page_data(kg)
        hung = next(n for n in page["nodes"] if n["key"] == "person/nguyen-van-hung")
        assert hung["rank"] == 3
        rel = [r["name"] for r in page["relations"]].index("mentorOf")
        assert page["relations"][rel]["label"] == "mentor of"
        assert any(e["rel"] == rel for e in page["edges"])
    assert "rank" not in {p.key for p in properties.table()}  # the shipped ontology again
    with pytest.raises(ValueError, match="unknown node attribute"):
        KnowledgeGraph().add_node("person/x", "Person", "x", rank=3)


def test_articles_and_dates_survive_the_round_trip(tmp_path: Path) -> None:
    kg = change_graph()
    kg.add_article(Article("a9", "", title='Tiêu đề có "ngoặc" và \\ gạch', published=date(2024, 1, 2),
                           authors=("Minh Anh", "Hà Linh"), url="https://example.org/a9", source="a9.txt"))
    back = read_turtle(write_turtle(kg, tmp_path / "g.ttl"))
    assert back.articles["a9"].title == 'Tiêu đề có "ngoặc" và \\ gạch'
    assert back.articles["a9"].authors == ("Hà Linh", "Minh Anh")
    assert turtle_text(back) == turtle_text(kg)
