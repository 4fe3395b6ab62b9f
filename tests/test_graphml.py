"""GraphML that Gephi, yEd, Cytoscape and igraph read: checked with networkx and rustworkx."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from _graphs import HOSTILE_SCRIPT, seeds_like_graph, tiny_graph
from orggraph.export.graphml import write_graphml

GOLDEN = Path(__file__).parent / "golden" / "tiny.graphml"
REFRESH = "ORGGRAPH_REFRESH_GOLDEN"  # set to 1 to rewrite the golden file deliberately
NS = "{http://graphml.graphdrawing.org/xmlns}"


def test_tiny_matches_golden(tmp_path: Path) -> None:
    path = write_graphml(tiny_graph(), tmp_path / "tiny.graphml")
    if os.environ.get(REFRESH):
        GOLDEN.write_bytes(path.read_bytes())
    assert path.read_bytes() == GOLDEN.read_bytes(), f"GraphML changed; if meant, rerun with {REFRESH}=1"


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, Path]:
    kg = seeds_like_graph()
    return kg.g, write_graphml(kg, tmp_path_factory.mktemp("gml") / "g.graphml")


def test_networkx_reads_counts_and_attributes(written: tuple[nx.MultiDiGraph, Path]) -> None:
    g, path = written
    back = nx.read_graphml(path)
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    hung = back.nodes["person/nguyen-van-hung"]
    assert (hung["type"], hung["label"], hung["alt"], hung["evidence_count"]) == (
        "Person", "Nguyễn Văn Hùng", "ông Hùng", 2)
    assert (hung["first_attested"], hung["last_attested"]) == ("2024-03-02", "2024-05-20")
    meeting = back.nodes["meeting/hoi-nghi-tinh-uy-2024-03-02"]
    assert meeting["held"] is True and meeting["date"] == "2024-03-02"
    # the two facts between the same pair survive as two edges, kind in an attribute
    rels = sorted(d["rel"] for d in back.get_edge_data("person/nguyen-van-hung", meeting_id(back)).values())
    assert rels == ["chaired", "spokeAt"]
    labels = {d["label"] for _, _, d in back.edges(data=True)}
    assert {"chaired", "spoke at", "post in"} <= labels
    assert back.nodes["person/hostile-script"]["label"] == HOSTILE_SCRIPT


def meeting_id(g: nx.MultiDiGraph) -> str:
    return "meeting/hoi-nghi-tinh-uy-2024-03-02"


def test_rustworkx_reads_the_same_counts(written: tuple[nx.MultiDiGraph, Path]) -> None:
    rx = pytest.importorskip("rustworkx", reason="rustworkx is in the dev extra: pip install -e '.[dev]'")
    g, path = written
    (graph,) = rx.read_graphml(str(path))
    assert (graph.num_nodes(), graph.num_edges()) == (g.number_of_nodes(), g.number_of_edges())
    by_id = {graph[i]["id"]: graph[i] for i in graph.node_indices()}
    assert by_id["person/tran-thi-lan"]["label"] == "Trần Thị Lan"
    assert by_id["person/tran-thi-lan"]["type"] == "Person"
    kinds = sorted(data["rel"] for data in graph.edges())
    assert kinds == sorted(rel for _, _, rel in g.edges(keys=True))


def test_plain_attributes_unique_edge_ids(written: tuple[nx.MultiDiGraph, Path]) -> None:
    _, path = written
    root = ET.parse(path).getroot()
    edge_ids = [e.get("id") for e in root.iter(f"{NS}edge")]
    assert len(edge_ids) == len(set(edge_ids)) and all(edge_ids)
    keys = {k.get("id"): k for k in root.iter(f"{NS}key")}
    assert {k.get("attr.type") for k in keys.values()} <= {"string", "long", "int", "boolean", "double"}
    for data in root.iter(f"{NS}data"):
        text = data.text or ""
        assert text != "None" and not text.startswith(("{", "[", "(", "set(")), text
    for kind in ("node", "edge"):
        for element in root.iter(f"{NS}{kind}"):
            names = {keys[d.get("key")].get("attr.name") for d in element.iter(f"{NS}data")}
            assert {"type", "label", "evidence_count"} <= names, element.get("id")


def test_parallel_edges_stay_apart_in_every_reader(written: tuple[nx.MultiDiGraph, Path]) -> None:
    """chaired and spokeAt between one person and one meeting: two edges, two ids, two kinds."""
    rx = pytest.importorskip("rustworkx", reason="rustworkx is in the dev extra: pip install -e '.[dev]'")
    g, path = written
    pairs = [(s, d) for s, d, _ in g.edges(keys=True)]
    parallel = {p for p in pairs if pairs.count(p) > 1}
    assert ("person/nguyen-van-hung", meeting_id(g)) in parallel
    back = nx.read_graphml(path)
    for src, dst in parallel:
        kinds = sorted(d["rel"] for d in back.get_edge_data(src, dst).values())
        assert kinds == sorted(k for s, d, k in g.edges(keys=True) if (s, d) == (src, dst))
        assert len(set(back.get_edge_data(src, dst))) == len(kinds)  # distinct edge ids
    (graph,) = rx.read_graphml(str(path))
    index = {graph[i]["id"]: i for i in graph.node_indices()}
    hung, meeting = index["person/nguyen-van-hung"], index[meeting_id(g)]
    assert sorted(d["rel"] for d in graph.get_all_edge_data(hung, meeting)) == ["chaired", "spokeAt"]


def test_the_page_layout_and_colours_travel(written: tuple[nx.MultiDiGraph, Path]) -> None:
    from orggraph.export import overview
    from orggraph.export.graphml import node_size
    from orggraph.export.html import STYLES

    rx = pytest.importorskip("rustworkx", reason="rustworkx is in the dev extra: pip install -e '.[dev]'")
    kg = seeds_like_graph()
    _, path = written
    back = nx.read_graphml(path)
    pos, _ = overview.layout(kg, overview.groups(kg))  # the page's own layout
    for node_id, data in back.nodes(data=True):
        colour = STYLES[data["type"]].color
        assert (data["x"], data["y"]) == (float(pos[node_id][0]), -float(pos[node_id][1]))
        assert f"#{data['r']:02x}{data['g']:02x}{data['b']:02x}" == colour.lower()
        assert data["size"] == node_size(kg.g.degree(node_id)) and 8 <= data["size"] <= 24
    for _, _, data in back.edges(data=True):
        assert data["weight"] == float(data["evidence_count"])
    (graph,) = rx.read_graphml(str(path))
    assert all(isinstance(graph[i]["x"], float) and isinstance(graph[i]["r"], int) for i in graph.node_indices())


def test_held_only_on_meetings(written: tuple[nx.MultiDiGraph, Path]) -> None:
    _, path = written
    back = nx.read_graphml(path)
    assert {d["type"] for _, d in back.nodes(data=True) if "held" in d} == {"Meeting"}
