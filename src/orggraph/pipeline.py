"""build(): ingest -> extract -> resolve -> graph -> export, the one place the stages meet.

Every input is accounted for: each file, JSONL record or article part gets one Entry (built or
skipped, with its reason and what was found in it), and the entries are the build report. The
output folder is checked and locked before any work and written all at once at the end
(outdir), so a failed, killed, concurrent or empty build leaves the previous graph as it was.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from orggraph import outdir
from orggraph.assemble import populate
from orggraph.collector import paused
from orggraph.errors import OrggraphError
from orggraph.extract import extract
from orggraph.graph import KnowledgeGraph
from orggraph.ingest import FileRead, IngestError, Input, Skipped, discover, read, split
from orggraph.model import Article, ArticleFacts
from orggraph.progress import QUIET, Progress
from orggraph.resolve.link import resolve
from orggraph.resolve.registry import REGISTRY_FILE, Registry
from orggraph.workers import Extraction

REPORT_FILE = "build-report.json"
DEFAULT_FORMATS = ("ttl", "graphml", "html")
MAX_ARTICLE_CHARS = 1_000_000  # longer articles are built in parts cut at paragraph ends


@dataclass
class Entry:
    """One input item: a file, one JSONL record (`file:line`) or one part of a long article."""

    source: str  # path relative to the input root (`:line` for a JSONL record)
    status: str  # built | skipped | duplicate (the same text as an article read before)
    reason: str = ""  # why skipped; for a built item, anything worth knowing (built in parts)
    article: str = ""  # the article id it became
    encoding: str = ""
    mentions: dict[str, int] = field(default_factory=dict)  # what the extractors found
    facts: int = 0  # facts of the graph this article attests
    key: str = ""  # a built article's facts-cache entry (what `orggraph add` reloads)
    size: int = 0  # bytes of the input file, on its first item only


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
    cached: int = 0  # articles whose facts came from the facts cache

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
                "inputs": [{k: v for k, v in asdict(e).items() if v not in ("", {}, None) and (k != "size" or v)}
                           for e in self.entries]}


# ---------------------------------------------------------------------- reading
def read_all(sources: Iterable[Path], max_chars: int = MAX_ARTICLE_CHARS,
             root: Path | None = None, jobs: int = 1) -> tuple[list[Article], list[Entry], int]:
    """Every article of the sources, and one entry per input item, in input order (the files
    read by `jobs` processes: decoding and cleaning is a tenth of a build; the rest of this,
    de-duplication included, is done here, in order)."""
    inputs, unlistable = discover(sources, root)
    entries = [Entry(s.source, "skipped", s.reason) for s in unlistable]
    articles: list[Article] = []
    first_read: dict[str, str] = {}
    size = 0
    first_text: dict[str, str] = {}  # digest of an article's words -> the article that had them first
    for item, got in zip(inputs, _read_each(inputs, jobs), strict=True):
        if isinstance(got, str):
            entries.append(Entry(item.name, "skipped", got))
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
            same = first_text.setdefault(_text_digest(article), article.id)
            if same != article.id:
                found.append((_line(article.source), Entry(article.source, "duplicate", f"same text as {same}",
                                                           encoding=got.encoding), None))
                continue
            parts = split(article, max_chars)
            note = "" if len(parts) == 1 else \
                f"{len(article.text)} characters, over the {max_chars} limit: built in {len(parts)} parts"
            for part in parts:
                found.append((_line(article.source), Entry(article.source, "built", note, part.id, got.encoding), part))
        for n, (_, entry, built) in enumerate(sorted(found, key=lambda f: f[0])):
            entry.size = got.size if n == 0 else 0
            entries.append(entry)
            if built is not None:
                articles.append(built)
    return articles, entries, size


def read_one(item: Input) -> FileRead | str:
    """One file's articles, or why it cannot be read: a failure skips this file, never the build."""
    try:
        return read(item)
    except IngestError as exc:
        return exc.reason
    except Exception as exc:  # noqa: BLE001 - one file's failure must not lose the others
        return " ".join(f"cannot read ({type(exc).__name__}: {exc})".split())


def _read_each(inputs: list[Input], jobs: int) -> Iterator[FileRead | str]:
    from orggraph.workers import PARALLEL_ABOVE, pool

    if jobs <= 1 or len(inputs) < PARALLEL_ABOVE:
        yield from map(read_one, inputs)
        return
    with pool(min(jobs, len(inputs))) as workers:
        yield from workers.imap(read_one, inputs, chunksize=max(1, min(32, len(inputs) // (jobs * 8))))


def _text_digest(article: Article) -> str:
    """Two inputs with the same words are one article (a page saved twice, a feed repeating a
    record): the first keeps it, the others are listed as duplicates."""
    return hashlib.blake2b(" ".join(article.text.split()).encode(), digest_size=16).hexdigest()


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


def extract_all(articles: list[Article], entries: list[Entry], how: Extraction | None = None,
                progress: Progress = QUIET) -> list[ArticleFacts]:
    """The facts of every article that could be extracted, in article order (here, in local
    processes or on a Dask cluster, through the facts cache: see workers.py)."""
    return _extract_all(articles, entries, how or Extraction(jobs=1), progress)[0]


def _extract_all(articles: list[Article], entries: list[Entry], how: Extraction,
                 progress: Progress) -> tuple[list[ArticleFacts], int]:
    from orggraph.facts import article_key
    from orggraph.workers import extract_many

    by_article = {e.article: e for e in entries if e.status == "built"}
    outcomes, cached = extract_many(articles, how, progress)
    facts: list[ArticleFacts] = []
    for article, outcome in zip(articles, outcomes, strict=True):
        entry = by_article.get(article.id)
        if isinstance(outcome, str):
            if entry is not None:
                entry.status, entry.reason = "skipped", outcome
            continue
        facts.append(outcome)
        if entry is not None:
            entry.mentions = _mentions(outcome)
            entry.key = article_key(article)
    return facts, cached


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
          max_chars: int = MAX_ARTICLE_CHARS, extraction: Extraction | None = None,
          progress: Progress = QUIET) -> BuildResult:
    """Build the graph of `sources`; with `out`, write every format, the report and the id
    registry there at once, or nothing (result.refused says why). `extraction` says where
    articles are extracted and which facts cache is used (default: here, no cache)."""
    started = time.perf_counter()
    sources = list(sources)
    how = extraction or Extraction(jobs=1)
    if out is None:
        result = _build(sources, None, decisions, formats, strict, max_chars, how, progress)
    else:
        with outdir.locked(out):  # checks --out before any extraction
            result = _build(sources, out, decisions, formats, strict, max_chars, how, progress)
    result.seconds = time.perf_counter() - started
    return result


def _build(sources: list[Path], out: Path | None, decisions: Path | None, formats: tuple[str, ...],
           strict: bool, max_chars: int, how: Extraction, progress: Progress) -> BuildResult:
    articles, entries, size = read_all(sources, max_chars, jobs=how.workers if how.executor == "local" else 1)
    facts, cached = _extract_all(articles, entries, how, progress)
    del articles  # each fact set carries its article (a copy, when it came from a worker or the cache)
    result = BuildResult(graph=KnowledgeGraph(), facts=facts, entries=entries, bytes_read=size, cached=cached)
    return _finish(result, ", ".join(map(str, sources)), out, decisions, formats, strict, progress)


def _finish(result: BuildResult, what: str, out: Path | None, decisions: Path | None,
            formats: tuple[str, ...], strict: bool, progress: Progress, prepare_store: bool = True) -> BuildResult:
    with paused():
        return _resolve_and_write(result, what, out, decisions, formats, strict, progress, prepare_store)


def _resolve_and_write(result: BuildResult, what: str, out: Path | None, decisions: Path | None,
                       formats: tuple[str, ...], strict: bool, progress: Progress,
                       prepare_store: bool) -> BuildResult:
    bad = len(result.skipped)
    if not result.facts:
        result.refused = (f"no article could be read from {what}: nothing written"
                          + (f"; {out} keeps its previous files" if out else ""))
        return result
    if strict and bad:
        result.refused = f"--strict: {bad} input(s) could not be built: nothing written"
        return result
    registry = Registry.read(out / REGISTRY_FILE) if out is not None else None
    with progress.bar("resolving", None, "stage") as bar:
        result.graph = assemble(result.facts, decisions, result.warnings, registry)
        bar.update(1)
    _count_facts(result.graph, result.entries)
    if out is not None:
        extra = {REPORT_FILE: (json.dumps(result.report(), ensure_ascii=False, indent=1) + "\n").encode()}
        if registry is not None:
            extra[REGISTRY_FILE] = registry.dumps().encode()
        ahead = None
        if "ttl" in formats and prepare_store:  # the question store, built while the rest is written
            from orggraph.query import StoreAhead

            ahead = StoreAhead(out / "orggraph.ttl")
        try:
            with progress.bar("writing", None, "file") as bar:
                result.written = _write(result.graph, out, formats, extra,
                                        (lambda fmt, path: ahead.start(path) if fmt == "ttl" else None)
                                        if ahead is not None else None)
                bar.update(len(result.written))
        finally:
            if ahead is not None:
                ahead.join()
        if ahead is not None:
            from orggraph.lookup import prepare

            with progress.bar("indexing for questions", None, "store") as bar:
                prepare(out / "orggraph.ttl")
                bar.update(1)
    return result


class AddError(OrggraphError):
    """`orggraph add` cannot update this folder (no build there, or its facts are gone)."""


def add(sources: Iterable[Path], out: Path, decisions: Path | None = None,
        formats: tuple[str, ...] = DEFAULT_FORMATS, *, root: Path | None = None, strict: bool = False,
        max_chars: int = MAX_ARTICLE_CHARS, extraction: Extraction | None = None,
        progress: Progress = QUIET) -> BuildResult:
    """Add (or replace) the articles of `sources` in the graph built in `out`: the earlier
    articles' facts come from the facts cache (by the keys in out's build report), only the new
    ones are read and extracted, then resolution and export run as in a full build. The files
    are those a full build of all the inputs into `out` would write (the same ids included)."""
    started = time.perf_counter()
    how = extraction or Extraction(jobs=1, cache=out / outdir.CACHE_FILE)
    if how.cache is None:
        raise AddError("orggraph add needs the facts cache the build kept (do not pass --no-cache)")
    with outdir.locked(out):
        before = _previous_entries(out)
        articles, entries, _ = read_all(list(sources), max_chars, root)
        files = {_file_of(e.source) for e in entries}
        kept = [e for e in before if _file_of(e.source) not in files]
        merged = sorted(kept + entries, key=_input_order)
        old = _reload([e for e in kept if e.status == "built"], how.cache)
        fresh = {a.id: a for a in articles}
        ordered = [old[e.article].article if e.article in old else fresh[e.article]
                   for e in merged if e.status == "built"]
        _mark_duplicates(merged, ordered)
        wanted = {e.article for e in merged if e.status == "built"}
        new = [a for a in ordered if a.id in fresh and a.id in wanted]
        new_facts, cached = _extract_all(new, [e for e in merged if e.article in fresh], how, progress)
        by_id = {f.article.id: f for f in new_facts} | old
        facts = [by_id[a.id] for a in ordered if a.id in wanted and a.id in by_id]
        result = BuildResult(graph=KnowledgeGraph(), facts=facts, entries=merged,
                             bytes_read=sum(e.size for e in merged), cached=cached)
        _finish(result, ", ".join(map(str, sources)), out, decisions, formats, strict, progress)
    result.seconds = time.perf_counter() - started
    return result


def _previous_entries(out: Path) -> list[Entry]:
    path = out / REPORT_FILE
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
        rows = report["inputs"]
        names = {f.name for f in fields(Entry)}
        return [Entry(**{k: v for k, v in row.items() if k in names}) for row in rows]
    except FileNotFoundError:
        raise AddError(f"no build in {out} ({REPORT_FILE} missing): run `orggraph build` there first") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AddError(f"cannot read {path} ({exc}): rebuild with `orggraph build`") from None


def _reload(entries: list[Entry], cache: Path) -> dict[str, ArticleFacts]:
    """The earlier articles' facts from the cache, by the keys the report gives."""
    from orggraph.facts import FactsCache, decode

    with FactsCache(cache) as store:
        found = store.get_many(e.key for e in entries)
    missing = [e.article for e in entries if e.key not in found]
    if missing:
        raise AddError(f"the facts cache {cache} lacks {len(missing)} built article(s) (first: {missing[0]}), "
                       "or the extractor changed since the build: rebuild with `orggraph build`")
    with paused():
        return {e.article: decode(found[e.key]) for e in entries}


def _file_of(source: str) -> str:
    """The input file an entry came from: `feed.jsonl:12` -> `feed.jsonl`."""
    head, _, tail = source.rpartition(":")
    return head if head and tail.isdigit() else source


def _input_order(entry: Entry) -> tuple[int, str, int]:
    """The order read_all lists entries in: unlistable folders first, then files by name, lines in order."""
    return (0 if entry.source.endswith("/") else 1, _file_of(entry.source), _line(entry.source))


def _mark_duplicates(entries: list[Entry], articles: list[Article]) -> None:
    """As read_all does: an article with the words of one before it is a duplicate."""
    by_id = {a.id: a for a in articles}
    first: dict[str, str] = {}
    for entry in entries:
        if entry.status != "built" or entry.article not in by_id or entry.article.rsplit("#p", 1)[0] != entry.article:
            continue
        same = first.setdefault(_text_digest(by_id[entry.article]), entry.article)
        if same != entry.article:
            entry.status, entry.reason, entry.article = "duplicate", f"same text as {same}", ""


def _write(kg: KnowledgeGraph, out: Path, formats: tuple[str, ...], extra: dict[str, bytes] | None,
           written: Callable[[str, Path], None] | None = None) -> list[Path]:
    from orggraph.export.html import DEFAULT_MAX_NODES
    from orggraph.export.writers import write_all

    return write_all(kg, out, formats, html_cap=DEFAULT_MAX_NODES, extra=extra, written=written)


def export(kg: KnowledgeGraph, out: Path, formats: tuple[str, ...] = DEFAULT_FORMATS,
           extra: dict[str, bytes] | None = None) -> list[Path]:
    """Each format to out/orggraph.<ext> (the page capped: most connected part, cut noted in
    it), with the `extra` files, all replaced at once under the folder's lock."""
    with outdir.locked(out):
        return _write(kg, out, formats, extra)
