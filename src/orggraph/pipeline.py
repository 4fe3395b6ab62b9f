"""build(): ingest -> extract -> resolve -> graph -> export, the one place the stages meet.

Every input is accounted for: each file, JSONL record or article part gets one Entry (built or
skipped, with its reason and what was found in it), and the entries are the build report. The
output folder is checked and locked before any work and written all at once at the end
(outdir), so a failed, killed, concurrent or empty build leaves the previous graph as it was.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from orggraph import outdir
from orggraph.assemble import populate
from orggraph.extract import extract
from orggraph.graph import KnowledgeGraph
from orggraph.ingest import IngestError, Skipped, discover, read, split
from orggraph.model import Article, ArticleFacts
from orggraph.resolve.link import resolve
from orggraph.resolve.registry import REGISTRY_FILE, Registry

REPORT_FILE = "build-report.json"
DEFAULT_FORMATS = ("ttl", "graphml", "html")
MAX_ARTICLE_CHARS = 1_000_000  # longer articles are built in parts cut at paragraph ends


@dataclass
class Entry:
    """One input item: a file, one JSONL record (`file:line`) or one part of a long article."""

    source: str  # path relative to the input root (`:line` for a JSONL record)
    status: str  # built | skipped
    reason: str = ""  # why skipped; for a built item, anything worth knowing (built in parts)
    article: str = ""  # the article id it became
    encoding: str = ""
    mentions: dict[str, int] = field(default_factory=dict)  # what the extractors found
    facts: int = 0  # facts of the graph this article attests


@dataclass
class BuildResult:
    graph: KnowledgeGraph
    facts: list[ArticleFacts] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    bytes_read: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)  # e.g. decisions naming unknown entities
    refused: str = ""  # why nothing was written (no article read, --strict and a bad input)

    @property
    def skipped(self) -> list[Skipped]:
        return [Skipped(e.source, e.reason) for e in self.entries if e.status == "skipped"]

    def report(self) -> dict[str, object]:
        """The build report (build-report.json): every input with its status; no timings or
        absolute paths, so that the same articles give the same bytes."""
        statuses = Counter(e.status for e in self.entries)
        return {"summary": {"inputs": len(self.entries), **dict(sorted(statuses.items())),
                            "articles": len(self.facts), "bytes_read": self.bytes_read},
                "graph": {k: v for k, v in self.graph.summary().items() if k != "articles"},
                "warnings": self.warnings,
                "inputs": [{k: v for k, v in asdict(e).items() if v not in ("", {}, None)} for e in self.entries]}


# ---------------------------------------------------------------------- reading
def read_all(sources: Iterable[Path], max_chars: int = MAX_ARTICLE_CHARS) -> tuple[list[Article], list[Entry], int]:
    """Every article of the sources, and one entry per input item, in input order."""
    inputs, unlistable = discover(sources)
    entries = [Entry(s.source, "skipped", s.reason) for s in unlistable]
    articles: list[Article] = []
    first_read: dict[str, str] = {}
    size = 0
    for item in inputs:
        try:
            got = read(item)
        except IngestError as exc:
            entries.append(Entry(item.name, "skipped", exc.reason))
            continue
        except Exception as exc:  # noqa: BLE001 - one file's failure must not lose the others
            entries.append(Entry(item.name, "skipped", " ".join(f"cannot read ({type(exc).__name__}: {exc})".split())))
            continue
        size += got.size
        found: list[tuple[int, Entry, Article | None]] = [
            (_line(s.source), Entry(s.source, "skipped", s.reason, encoding=got.encoding), None) for s in got.skipped]
        for article in got.articles:
            if article.id in first_read:
                found.append((_line(article.source), Entry(article.source, "skipped",
                              f"duplicate article id {article.id} (first read from {first_read[article.id]})",
                              encoding=got.encoding), None))
                continue
            first_read[article.id] = article.source
            parts = split(article, max_chars)
            note = "" if len(parts) == 1 else \
                f"{len(article.text)} characters, over the {max_chars} limit: built in {len(parts)} parts"
            for part in parts:
                found.append((_line(article.source), Entry(article.source, "built", note, part.id, got.encoding), part))
        for _, entry, built in sorted(found, key=lambda f: f[0]):
            entries.append(entry)
            if built is not None:
                articles.append(built)
    return articles, entries, size


def _line(source: str) -> int:
    tail = source.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0


# ---------------------------------------------------------------------- extracting
def extract_one(article: Article) -> ArticleFacts | str:
    """One article's facts, or why it could not be extracted: a failure (even an ImportError)
    skips this article, never the build. A pure function of the article, for parallel runs."""
    try:
        return extract(article)
    except Exception as exc:  # noqa: BLE001 - one article's failure must not lose the others
        return " ".join(f"extraction failed ({type(exc).__name__}: {exc})".split())


def extract_all(articles: list[Article], entries: list[Entry]) -> list[ArticleFacts]:
    by_article = {e.article: e for e in entries if e.status == "built"}
    facts: list[ArticleFacts] = []
    for article in articles:
        outcome = extract_one(article)
        entry = by_article.get(article.id)
        if isinstance(outcome, str):
            if entry is not None:
                entry.status, entry.reason = "skipped", outcome
            continue
        facts.append(outcome)
        if entry is not None:
            entry.mentions = _mentions(outcome)
    return facts


def _mentions(facts: ArticleFacts) -> dict[str, int]:
    return {"persons": sum(1 for p in facts.persons if not p.short), "bodies": len(facts.orgs),
            "meetings": len(facts.meetings), "roles": len(facts.roles), "documents": len(facts.documents),
            "tasks": len(facts.tasks), "changes": len(facts.changes)}


# ---------------------------------------------------------------------- resolving
def assemble(facts: list[ArticleFacts], decisions: Path | None = None,
             warnings: list[str] | None = None, registry: Registry | None = None) -> KnowledgeGraph:
    """Resolve and fill the graph; `registry` (ids given by earlier builds) is read and updated."""
    resolution = resolve(facts, decisions, registry)
    if warnings is not None:
        warnings.extend(resolution.warnings)
    kg = KnowledgeGraph()
    for item in facts:
        populate(kg, item, resolution)
    resolution.relabel(kg)  # canonical rdfs:label per node, other spellings kept as altLabel
    return kg


def _count_facts(kg: KnowledgeGraph, entries: list[Entry]) -> None:
    per_article: Counter[str] = Counter()
    for _, _, data in kg.g.edges(data=True):
        per_article.update({ev.article for ev in data["evidence"]})
    for entry in entries:
        if entry.status == "built":
            entry.facts = per_article[entry.article]


# ---------------------------------------------------------------------- the build
def build(sources: Iterable[Path], out: Path | None = None, decisions: Path | None = None,
          formats: tuple[str, ...] = DEFAULT_FORMATS, *, strict: bool = False,
          max_chars: int = MAX_ARTICLE_CHARS) -> BuildResult:
    """Build the graph of `sources`; with `out`, write every format, the report and the id
    registry there at once, or nothing (result.refused says why)."""
    started = time.perf_counter()
    sources = list(sources)
    if out is None:
        result = _build(sources, None, decisions, formats, strict, max_chars)
    else:
        with outdir.locked(out):  # checks --out before any extraction
            result = _build(sources, out, decisions, formats, strict, max_chars)
    result.seconds = time.perf_counter() - started
    return result


def _build(sources: list[Path], out: Path | None, decisions: Path | None, formats: tuple[str, ...],
           strict: bool, max_chars: int) -> BuildResult:
    articles, entries, size = read_all(sources, max_chars)
    facts = extract_all(articles, entries)
    result = BuildResult(graph=KnowledgeGraph(), facts=facts, entries=entries, bytes_read=size)
    bad = len(result.skipped)
    if not facts:
        result.refused = (f"no article could be read from {', '.join(map(str, sources))}: nothing written"
                          + (f"; {out} keeps its previous files" if out else ""))
        return result
    if strict and bad:
        result.refused = f"--strict: {bad} input(s) could not be built: nothing written"
        return result
    registry = Registry.read(out / REGISTRY_FILE) if out is not None else None
    result.graph = assemble(facts, decisions, result.warnings, registry)
    _count_facts(result.graph, entries)
    if out is not None:
        extra = {REPORT_FILE: (json.dumps(result.report(), ensure_ascii=False, indent=1) + "\n").encode()}
        if registry is not None:
            extra[REGISTRY_FILE] = registry.dumps().encode()
        result.written = _write(result.graph, out, formats, extra)
    return result


def _write(kg: KnowledgeGraph, out: Path, formats: tuple[str, ...], extra: dict[str, bytes] | None) -> list[Path]:
    from orggraph.export.html import DEFAULT_MAX_NODES
    from orggraph.export.writers import write_all

    return write_all(kg, out, formats, html_cap=DEFAULT_MAX_NODES, extra=extra)


def export(kg: KnowledgeGraph, out: Path, formats: tuple[str, ...] = DEFAULT_FORMATS,
           extra: dict[str, bytes] | None = None) -> list[Path]:
    """Each format to out/orggraph.<ext> (the page capped: most connected part, cut noted in
    it), with the `extra` files, all replaced at once under the folder's lock."""
    with outdir.locked(out):
        return _write(kg, out, formats, extra)
