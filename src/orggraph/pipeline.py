"""build(): ingest -> extract -> resolve -> graph -> export, the one place the stages meet."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from orggraph.assemble import populate
from orggraph.extract import extract
from orggraph.graph import KnowledgeGraph
from orggraph.ingest import IngestError, Skipped, discover, read
from orggraph.model import ArticleFacts
from orggraph.resolve.link import resolve


@dataclass
class BuildResult:
    graph: KnowledgeGraph
    facts: list[ArticleFacts] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    bytes_read: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)  # e.g. decisions naming unknown entities


def extract_all(sources: Iterable[Path]) -> tuple[list[ArticleFacts], list[Skipped], int]:
    facts: list[ArticleFacts] = []
    skipped: list[Skipped] = []
    size = 0
    for path in discover(sources):
        try:
            articles = list(read(path))
        except IngestError as exc:
            skipped.append(Skipped(exc.source, exc.reason))
            continue
        except OSError as exc:
            skipped.append(Skipped(str(path), exc.strerror or str(exc)))
            continue
        size += path.stat().st_size
        for article in articles:
            try:
                facts.append(extract(article))
            except Exception as exc:  # noqa: BLE001 - one article's failure must not lose the others
                skipped.append(Skipped(article.source or article.id, f"extraction failed ({type(exc).__name__}: {exc})"))
    return facts, skipped, size


def assemble(facts: list[ArticleFacts], decisions: Path | None = None,
             warnings: list[str] | None = None) -> KnowledgeGraph:
    resolution = resolve(facts, decisions)
    if warnings is not None:
        warnings.extend(resolution.warnings)
    kg = KnowledgeGraph()
    for item in facts:
        populate(kg, item, resolution)
    resolution.relabel(kg)  # canonical rdfs:label per node, other spellings kept as altLabel
    return kg


def build(sources: Iterable[Path], out: Path | None = None, decisions: Path | None = None,
          formats: tuple[str, ...] = ("ttl", "graphml", "html")) -> BuildResult:
    started = time.perf_counter()
    facts, skipped, size = extract_all(sources)
    warnings: list[str] = []
    kg = assemble(facts, decisions, warnings)
    result = BuildResult(graph=kg, facts=facts, skipped=skipped, bytes_read=size, warnings=warnings)
    if out is not None:
        result.written = export(kg, out, formats)
    result.seconds = time.perf_counter() - started
    return result


def export(kg: KnowledgeGraph, out: Path, formats: tuple[str, ...]) -> list[Path]:
    """Each format to out/orggraph.<ext>; the page is capped (most connected part, cut noted in it)."""
    from orggraph.export import FILE_NAMES
    from orggraph.export.focus import Focus
    from orggraph.export.html import DEFAULT_MAX_NODES
    from orggraph.export.writers import export as write

    written = []
    for fmt in formats:
        if fmt not in FILE_NAMES:
            raise ValueError(f"unknown export format {fmt!r}")
        focus = Focus(max_nodes=DEFAULT_MAX_NODES) if fmt == "html" else None
        written.append(write(kg, fmt, out / FILE_NAMES[fmt], focus)[0])
    return written
