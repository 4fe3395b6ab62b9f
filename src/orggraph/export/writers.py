"""One place that knows the export formats, for `orggraph build` and `orggraph export`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from orggraph.errors import GraphFileError
from orggraph.export import graphml, html, rdf
from orggraph.export.focus import Cut, Focus, apply
from orggraph.graph import KnowledgeGraph
from orggraph.vocab import ID

CONTEXT = {"id": ID, **{p: ns for p, ns in rdf.PREFIXES.items() if p not in rdf.ID_KINDS}}


def _sorted(value: Any) -> Any:
    """JSON with every list sorted: rdflib's JSON-LD follows set order, which varies per run."""
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def write_jsonld(kg: KnowledgeGraph, path: Path) -> Path:
    """The RDF export as JSON-LD (same triples as the Turtle), compacted with og:/id: prefixes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = json.loads(rdf.to_rdf(kg).serialize(format="json-ld", context=CONTEXT))
    path.write_text(json.dumps(_sorted(doc), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                    encoding="utf-8")
    return path


def _write_html(kg: KnowledgeGraph, path: Path, cut: Cut | None) -> Path:
    return html.write_html(kg, path, title="orggraph", cut=cut)


WRITERS: dict[str, Callable[[KnowledgeGraph, Path, Cut | None], Path]] = {
    "ttl": lambda kg, path, cut: rdf.write_turtle(kg, path),
    "graphml": lambda kg, path, cut: graphml.write_graphml(kg, path),
    "html": _write_html,
    "jsonld": lambda kg, path, cut: write_jsonld(kg, path),
}


def read_graph(path: Path) -> KnowledgeGraph:
    """A built graph (Turtle); a missing or unreadable file is a GraphFileError."""
    if not path.is_file():
        raise GraphFileError(f"graph file {path} not found (build it with `orggraph build`)")
    try:
        return rdf.read_turtle(path)
    except Exception as exc:  # rdflib raises many kinds on bad input
        raise GraphFileError(f"graph file {path} is not valid Turtle: {exc}") from None


def export(kg: KnowledgeGraph, fmt: str, path: Path, focus: Focus | None = None) -> tuple[Path, Cut]:
    """Write kg (or the view `focus` asks for) as fmt to path; the Cut says what was left out."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(WRITERS)}")
    view, cut = apply(kg, focus or Focus())
    return WRITERS[fmt](view, path, None if cut.empty else cut), cut
