"""One place that knows the export formats, for `orggraph build` and `orggraph export`.

Every file is written through outdir.commit: to a temporary file, synced, checked (the Turtle
parsed back, the GraphML and JSON-LD parsed, the page complete), then renamed into place with
the others, so a failure never leaves a half-written or mismatched set of files.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from orggraph import outdir
from orggraph.errors import GraphFileError, OrggraphError
from orggraph.export import FILE_NAMES, graphml, html, rdf
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


class InvalidExport(OrggraphError):
    """An exporter wrote a file its own format's reader rejects (a bug): nothing is replaced."""


def _check_turtle(path: Path) -> None:
    import pyoxigraph as ox

    try:
        for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            pass
    except MemoryError:  # a literal over the parser's 16 MB buffer: its limit, not the file's fault
        return
    except (SyntaxError, ValueError) as exc:
        raise InvalidExport(f"the Turtle written is not valid ({exc}): previous files kept") from None


def _check_xml(path: Path) -> None:
    """Well-formed, as expat reads it: no tree is built (ElementTree's took longer than writing)."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    try:
        with path.open("rb") as handle:
            parser.ParseFile(handle)
    except expat.ExpatError as exc:
        raise InvalidExport(f"the GraphML written is not well-formed XML ({exc}): previous files kept") from None


def _check_json(path: Path) -> None:
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise InvalidExport(f"the JSON-LD written is not valid JSON ({exc}): previous files kept") from None


def _check_page(path: Path) -> None:
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - 256))
        if b"</html>" not in handle.read():
            raise InvalidExport("the HTML page written is incomplete: previous files kept")


CHECKS: dict[str, outdir.Check] = {"ttl": _check_turtle, "graphml": _check_xml, "jsonld": _check_json,
                                   "html": _check_page}


def write_all(kg: KnowledgeGraph, folder: Path, formats: tuple[str, ...], html_cap: int | None = None,
              extra: dict[str, bytes] | None = None,
              written: Callable[[str, Path], None] | None = None) -> list[Path]:
    """Each format to folder/orggraph.<ext> (the page capped to `html_cap` nodes, the cut said in
    it) and each `extra` file (a build report, the id registry), all replaced at once. The caller
    holds the folder's lock (outdir.locked). `written(fmt, temporary path)` is told of each file
    as soon as it is written, before its check (which may take seconds: work on the file overlaps
    it) and before the next file is begun."""
    files: list[tuple[str, outdir.Writer, outdir.Check | None]] = []
    for fmt in formats:
        if fmt not in WRITERS:
            raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(WRITERS)}")
        focus = Focus(max_nodes=html_cap) if fmt == "html" and html_cap else None

        def write(path: Path, fmt: str = fmt, focus: Focus | None = focus) -> None:
            export_unlocked(kg, fmt, path, focus)

        check = CHECKS.get(fmt)
        if written is not None:
            def tell_then_check(path: Path, fmt: str = fmt, check: outdir.Check | None = check) -> None:
                written(fmt, path)
                if check is not None:
                    check(path)

            check = tell_then_check
        files.append((FILE_NAMES[fmt], write, check))
    for name, data in sorted((extra or {}).items()):
        files.append((name, lambda path, data=data: path.write_bytes(data), None))
    return outdir.commit(folder, files)


def read_graph(path: Path) -> KnowledgeGraph:
    """A built graph (Turtle); a missing or unreadable file is a GraphFileError."""
    if not path.is_file():
        raise GraphFileError(f"graph file {path} not found (build it with `orggraph build`)")
    try:
        return rdf.read_turtle(path)
    except Exception as exc:  # rdflib raises many kinds on bad input
        raise GraphFileError(f"graph file {path} is not valid Turtle: {exc}") from None


def export_unlocked(kg: KnowledgeGraph, fmt: str, path: Path, focus: Focus | None = None) -> Cut:
    """Write kg (or the view `focus` asks for) as fmt straight to path."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(WRITERS)}")
    view, cut = apply(kg, focus or Focus())
    WRITERS[fmt](view, path, None if cut.empty else cut)
    return cut


def export(kg: KnowledgeGraph, fmt: str, path: Path, focus: Focus | None = None) -> tuple[Path, Cut]:
    """Write kg (or the view `focus` asks for) as fmt to path, atomically, under the folder's
    lock; the Cut says what was left out."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(WRITERS)}")
    if path.is_dir():
        raise outdir.OutputError(f"{path} is a folder: --out names the file to write")
    cuts: list[Cut] = []

    def write(temp: Path) -> None:
        cuts.append(export_unlocked(kg, fmt, temp, focus))

    with outdir.locked(path.parent):
        outdir.commit(path.parent, [(path.name, write, CHECKS.get(fmt))])
    return path, cuts[0]
