"""Read an orggraph GraphML file with igraph and check what the pytest suite checks with
networkx and rustworkx: every node and edge, parallel edges apart, layout, colours, kinds.

igraph is GPL, so it is no dependency of orggraph, not even for tests: run this by hand in a
throwaway environment, with only the standard library and igraph:

    python -m venv /tmp/igraph && /tmp/igraph/bin/pip install igraph
    /tmp/igraph/bin/python tests/igraph_check.py exports/orggraph.graphml
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import Counter

import igraph

NS = "{http://graphml.graphdrawing.org/xmlns}"


def main(path: str) -> None:
    g = igraph.Graph.Read_GraphML(path)
    root = ET.parse(path).getroot()
    nodes, edges = list(root.iter(f"{NS}node")), list(root.iter(f"{NS}edge"))
    assert (g.vcount(), g.ecount()) == (len(nodes), len(edges)), (g.vcount(), g.ecount())
    assert g.vs["id"] == [n.get("id") for n in nodes]
    # each edge keeps its kind and its own statement IRI, parallel ones included
    assert len(set(g.es["iri"])) == g.ecount()
    pairs = Counter((e.source, e.target) for e in g.es)
    parallel = [p for p, n in pairs.items() if n > 1]
    for src, dst in parallel:
        kinds = [e["rel"] for e in g.es.select(_source=src, _target=dst)]
        assert len(set(kinds)) == len(kinds), kinds
    for v in g.vs:
        assert isinstance(v["x"], float) and isinstance(v["y"], float) and 8 <= v["size"] <= 24
        assert all(0 <= v[c] <= 255 for c in "rgb")
    print(f"igraph {igraph.__version__}: {g.vcount()} nodes, {g.ecount()} edges, "
          f"{len(parallel)} node pairs with parallel edges, kinds {dict(Counter(g.es['rel']))}: ok")


if __name__ == "__main__":
    main(sys.argv[1])
