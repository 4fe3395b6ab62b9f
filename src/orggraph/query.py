"""Named SPARQL queries (queries/*.rq), run on pyoxigraph for speed or on rdflib to show they
are portable.

A query file is plain SPARQL 1.1 that runs as is in any engine. Its parameters are the
variables of one line `VALUES (?a ?b) { (UNDEF UNDEF) }` (UNDEF: any value). To bind them we
replace that line by rows of RDF terms serialised by pyoxigraph, so user text reaches a query
only as an escaped literal or a validated IRI, never as query syntax.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from orggraph.errors import GraphFileError, OrggraphError
from orggraph.resources import data_dir
from orggraph.storecache import CACHE_ABOVE, _identity, _known_digest, _open_read_only, _path_key, cache_dir

TYPE_CHECKING = False  # a question does without importing typing (orggraph.records)
if TYPE_CHECKING:  # rdflib is the second engine, for tests: a question never loads it
    from io import BufferedReader
    from threading import Thread
    from typing import Any, BinaryIO, NamedTuple, Protocol

    import rdflib
else:
    from orggraph.records import NamedTuple, Protocol

XSD = "http://www.w3.org/2001/XMLSchema#"


class QueryError(OrggraphError):
    """A query file that cannot be used as asked (unknown name, unknown parameter)."""


class Iri(str):
    """An IRI among the values of a result row or a binding (a str, so it prints and sorts)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Iri({str(self)!r})"


Value = Iri | date | bool | int | float | str
Row = dict[str, Value | None]


# ---------------------------------------------------------------------- query files
_PARAMS_LINE = re.compile(
    r"^(?P<indent>[ \t]*)VALUES[ \t]*\((?P<vars>(?:[ \t]*\?\w+)+)[ \t]*\)[ \t]*"
    r"\{[ \t]*\((?:[ \t]*UNDEF)+[ \t]*\)[ \t]*\}[ \t]*$", re.MULTILINE)
# header lines declaring a parameter: `#   ?name  Kind  what it means`
_PARAM_DOC = re.compile(r"^#\s+\?(?P<name>\w+)\s+(?P<kind>[A-Z]\w*)\s+(?P<doc>.+)$")


class Param(NamedTuple):  # tuples, not dataclasses: a question must not import dataclasses (~12 ms)
    name: str
    kind: str = ""  # Person, Post, ..., Node, Date, Boolean, Kind, Statement, Relation, Class; "" unknown
    doc: str = ""


class NamedQuery(NamedTuple):
    name: str
    path: Path
    text: str
    header: str  # the leading comment, without its `#`
    params: tuple[Param, ...] = ()

    @property
    def summary(self) -> str:
        """The header's first paragraph, without the leading `name:`."""
        first = " ".join(self.header.strip().split("\n\n")[0].split())
        return first.split(":", 1)[1].strip() if first.startswith(self.name + ":") else first

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        known = ", ".join(f"?{p.name}" for p in self.params) or "none"
        raise QueryError(f"query {self.name} has no parameter ?{name} (its parameters: {known})")

    def bind(self, rows: Mapping[str, Value] | Sequence[Mapping[str, Value]] | None = None) -> str:
        """The query text with its parameter line holding `rows` (each a binding of some parameters)."""
        if rows is None or isinstance(rows, Mapping):
            rows = [rows or {}]
        for row in rows:
            for name in row:
                self.param(name)
        if not any(row for row in rows):
            return self.text
        if not rows:
            raise QueryError(f"query {self.name}: no values to bind")
        match = _PARAMS_LINE.search(self.text)
        assert match is not None  # params exist only when the line does
        names = [p.name for p in self.params]
        lines = [f"{match['indent']}VALUES ({' '.join('?' + n for n in names)}) {{"]
        for row in rows:
            cells = " ".join(_serialise(row[n]) if row.get(n) is not None else "UNDEF" for n in names)
            lines.append(f"{match['indent']}  ({cells})")
        lines.append(f"{match['indent']}}}")
        return self.text[:match.start()] + "\n".join(lines) + self.text[match.end():]


    def inlined(self, row: Mapping[str, Value]) -> str | None:
        """The query with each given parameter written in as its RDF term (serialised by
        pyoxigraph, so user text is still only an escaped literal or a checked IRI), without the
        parameter line: pyoxigraph plans a constant far better than a VALUES join (a meeting's
        chairs: 104 ms through VALUES, 0.3 ms so). None when the query's shape does not allow it."""
        given = {name: _serialise(value) for name, value in row.items() if value is not None}
        for name in given:
            self.param(name)
        match = _PARAMS_LINE.search(self.text)
        head = re.search(r"\bSELECT\b(?P<projection>.*?)(?=\bWHERE\b|\{)", self.text, re.IGNORECASE | re.DOTALL)
        if match is None or head is None or "*" in head["projection"]:
            return None
        text = self.text[:match.start()] + self.text[match.end():]
        head = re.search(r"\bSELECT\b(?P<projection>.*?)(?=\bWHERE\b|\{)", text, re.IGNORECASE | re.DOTALL)
        assert head is not None
        tail = re.search(r"\}(?=[^{}]*$)", text)  # the WHERE clause ends at the last brace
        if tail is None:
            return None
        pieces = [text[:head.start("projection")], head["projection"], text[head.end("projection"):tail.end()],
                  text[tail.end():]]
        for name, term in given.items():
            var = rf"[?$]{re.escape(name)}\b"
            if re.search(rf"\bVALUES\s*\(?[^{{]*{var}", pieces[2], re.IGNORECASE):
                return None  # the parameter has a VALUES of its own (a list of classes): keep it a variable
            pieces[1] = re.sub(rf"(?<![(\w]){var}(?!\s+AS)", lambda _m, t=term, n=name: f"({t} AS ?{n})", pieces[1])
            pieces[2] = re.sub(rf"\bBOUND\s*\(\s*{var}\s*\)", "true", pieces[2], flags=re.IGNORECASE)
            rewritten = _inline_subqueries(pieces[2], var, term)
            if rewritten is None:
                return None
            pieces[2] = rewritten
            pieces[2] = re.sub(var, lambda _m, t=term: t, pieces[2])
            pieces[3] = re.sub(var, lambda _m, t=term: f"({t})", pieces[3])
        return "".join(pieces)


_SUB_HEAD = re.compile(r"\bSELECT\b(?P<projection>[^{}]*?)(?=\bWHERE\b|\{)", re.IGNORECASE)
_SUB_GROUP = re.compile(r"\bGROUP\s+BY\b(?P<keys>[^{}]*?)(?=\bHAVING\b|\bORDER\b|\bLIMIT\b|\bOFFSET\b|\})",
                        re.IGNORECASE)


def _inline_subqueries(where: str, var: str, term: str) -> str | None:
    """In each sub-SELECT, a parameter is no longer projected (the outer query has the constant;
    projecting it again would bind it twice) and a grouping key becomes `(term)` (grouping by a
    constant keeps the groups, and makes none from no rows); None for a sub-SELECT *."""
    for pattern, replacement in ((_SUB_HEAD, ""), (_SUB_GROUP, f"({term})")):
        out, last = [], 0
        for m in pattern.finditer(where):
            part = m.group(m.lastindex or 1)
            if pattern is _SUB_HEAD and "*" in part:
                return None
            rewritten = re.sub(rf"(?<![(\w]){var}(?!\s+AS)", lambda _m, r=replacement: r, part)
            out += [where[last:m.start(m.lastindex or 1)], rewritten]
            last = m.end(m.lastindex or 1)
        where = "".join(out) + where[last:]
    return where


# what a query's keywords are, once comments, strings and IRIs are taken out
_NOT_KEYWORDS = re.compile("|".join([
    r"#[^\n]*",                                # comment
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",          # long strings
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',
    r"'(?:[^'\\\n]|\\.)*'",                    # strings
    r'"(?:[^"\\\n]|\\.)*"',
    r"<[^<>\"{}|^`\\\s]*>",                    # IRIs
]))
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_REFUSED = re.compile(r"(?<![\w?$:])(SERVICE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)(?![\w:])",
                      re.IGNORECASE)


def check_read_only(text: str, where: str) -> None:
    """Refuse a query that would reach another server (SERVICE) or change a graph (an update):
    questions only read the local graph, and a query file from elsewhere must not send requests."""
    text = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)  # SPARQL reads codepoint escapes first
    found = _REFUSED.search(_NOT_KEYWORDS.sub(" ", text))
    if found:
        word = found.group(1).upper()
        why = "sends a request to another server" if word == "SERVICE" else "is a SPARQL update"
        raise QueryError(f"{where}: {word} {why}: refused (queries only read the local graph)")


def parse_query(path: Path, name: str | None = None) -> NamedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query file {path}: {exc}") from None
    check_read_only(text, str(path))
    header_lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header_lines.append(line)
    docs = {m["name"]: Param(m["name"], m["kind"], m["doc"].strip())
            for m in map(_PARAM_DOC.match, header_lines) if m}
    match = _PARAMS_LINE.search(text)
    names = match["vars"].split() if match else []
    params = tuple(docs.get(n[1:], Param(n[1:])) for n in names)
    header = "\n".join(line[1:].removeprefix(" ") for line in header_lines)
    return NamedQuery(name or path.stem, path, text, header, params)


def queries_dir() -> Path:
    return data_dir("queries")


@cache
def catalog() -> dict[str, NamedQuery]:
    """The named queries shipped in queries/, by file stem."""
    return {p.stem: _shipped(p) for p in sorted(queries_dir().glob("*.rq"))}


@cache
def _shipped(path: Path) -> NamedQuery:
    return parse_query(path)


def named(name_or_path: str) -> NamedQuery:
    """A shipped query by name, or any .rq file by path."""
    if re.fullmatch(r"[\w-]+", name_or_path):
        shipped = queries_dir() / f"{name_or_path}.rq"  # one file read, not the catalog's every one
        if shipped.is_file():
            return _shipped(shipped)
    if name_or_path in catalog():
        return catalog()[name_or_path]
    path = Path(name_or_path)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise QueryError(f"no query file {path}")
        return parse_query(path)
    raise QueryError(f"no query named {name_or_path!r} (try `orggraph query --list`)")


# ---------------------------------------------------------------------- terms
def _serialise(value: Value) -> str:
    """An RDF term in SPARQL syntax, written by pyoxigraph (escapes quotes, braces are inert)."""
    return str(to_term(value))


def to_term(value: Value) -> ox.NamedNode | ox.Literal:
    if isinstance(value, Iri):
        try:
            return ox.NamedNode(str(value))
        except ValueError as exc:
            raise QueryError(f"not an IRI: {str(value)!r} ({exc})") from None
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    return ox.Literal(str(value))


_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}


def _literal(lexical: str, datatype: str | None) -> Value:
    """One Python value per literal, whichever engine produced it, so answers compare equal."""
    try:
        if datatype in _INTEGERS:
            return int(lexical)
        if datatype == XSD + "boolean":
            return lexical in ("true", "1")
        if datatype == XSD + "date":
            return date.fromisoformat(lexical)
        if datatype in (XSD + "decimal", XSD + "double", XSD + "float"):
            return float(lexical)
    except ValueError:
        pass
    return lexical


def _from_ox(term: object) -> Value | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Iri(term.value)
    if isinstance(term, ox.Literal):
        return _literal(term.value, term.datatype.value if term.datatype else None)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _from_rdflib(term: object) -> Value | None:
    import rdflib

    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return Iri(str(term))
    if isinstance(term, rdflib.Literal):
        datatype = str(term.datatype) if term.datatype else None
        return _literal(str(term), datatype)
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    return str(term)


# ---------------------------------------------------------------------- engines
class Result:
    __slots__ = ("columns", "rows")

    def __init__(self, columns: list[str], rows: list[Row]) -> None:
        self.columns = columns
        self.rows = rows

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Result) and (self.columns, self.rows) == (other.columns, other.rows)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it was

    def __repr__(self) -> str:
        return f"Result(columns={self.columns!r}, rows={self.rows!r})"

    def __bool__(self) -> bool:
        return bool(self.rows)


class Rows:
    """Result rows read lazily, once: what a streamed listing prints from."""

    __slots__ = ("columns", "source")

    def __init__(self, columns: list[str], source: Iterator[Row]) -> None:
        self.columns = columns
        self.source = source

    def __iter__(self) -> Iterator[Row]:
        return self.source


class Engine(Protocol):
    def select(self, text: str) -> Result: ...

    def rows(self, text: str, limit: int | None = None) -> Rows: ...


class OxigraphEngine:
    """The engine the CLI uses: pyoxigraph (Rust; loads, indexes and joins fast)."""

    def __init__(self, store: ox.Store, directory: Path | None = None) -> None:
        self.store = store
        self.directory = directory  # the on-disk store's folder, where derived files may be kept
        self.memo: dict[str, Any] = {}  # per-process

    @classmethod
    def load(cls, path: Path) -> OxigraphEngine:
        """The graph in memory: a million triples load in about 3 s."""
        _check_file(path)
        store = ox.Store()
        _bulk_load(store, path)
        return cls(store)

    @classmethod
    def cached(cls, path: Path, cache: Path, ours: bool = False) -> OxigraphEngine:
        """The graph in an on-disk store kept under `cache`, built once per version of the file
        and then opened read-only in milliseconds, so that a question on a big graph is quick.
        `ours`: the file is one export/rdf.py wrote, which loads in pieces (see _load_pieces)."""
        _check_file(path)
        digest = _remembered_digest(path, cache)
        target = cache / digest
        if not (target / "orggraph-source").is_file():
            with path.open("rb") as handle:
                store_file(handle, path, cache, digest, ours)
        return cls(_open_read_only(target), target)

    def subjects_objects(self, predicate: str, obj: str | None = None) -> Iterator[tuple[str, str]]:
        """(subject, object value) of the default graph's triples with this predicate (and IRI
        object): a straight index scan, cheaper than a query when every match is wanted."""
        pattern = ox.NamedNode(obj) if obj is not None else None
        for quad in self.store.quads_for_pattern(None, ox.NamedNode(predicate), pattern, ox.DefaultGraph()):
            yield str(_from_ox(quad.subject)), str(_from_ox(quad.object))

    def select(self, text: str) -> Result:
        rows = self.rows(text)
        return Result(rows.columns, list(rows))

    def rows(self, text: str, limit: int | None = None) -> Rows:
        """The solutions as they come (a listing of millions is printed while it is read)."""
        try:
            solutions = self.store.query(text)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}") from None
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError("only SELECT queries are supported")
        columns = [v.value for v in solutions.variables]

        def each() -> Iterator[Row]:
            for n, solution in enumerate(solutions):
                if limit is not None and n >= limit:
                    return
                yield {c: _from_ox(solution[c]) for c in columns}

        return Rows(columns, each())


class RdflibEngine:
    """The same queries on rdflib: the second engine that proves the files are portable SPARQL."""

    def __init__(self, graph: rdflib.Graph) -> None:
        self.graph = graph

    @classmethod
    def load(cls, path: Path) -> RdflibEngine:
        import rdflib

        _check_file(path)
        graph = rdflib.Graph()
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many types for bad input
            raise GraphFileError(f"{path} is not valid Turtle: {exc}") from None
        return cls(graph)

    def select(self, text: str) -> Result:
        try:
            result = self.graph.query(text)
        except Exception as exc:  # pyparsing errors and others
            raise QueryError(f"invalid SPARQL: {exc}") from None
        if result.type != "SELECT":
            raise QueryError("only SELECT queries are supported")
        columns = [str(v) for v in result.vars or []]
        rows = [{c: _from_rdflib(r[i]) for i, c in enumerate(columns)} for r in result]  # type: ignore[index]
        return Result(columns, rows)

    def rows(self, text: str, limit: int | None = None) -> Rows:
        result = self.select(text)
        return Rows(result.columns, iter(result.rows[:limit] if limit is not None else result.rows))


def content_digest(path: Path) -> str:
    """What the cached store is keyed by: the graph's bytes, not its size and time (a rebuilt
    graph can keep both). BLAKE2b reads several hundred MB/s: small beside loading."""
    try:
        with path.open("rb") as handle:
            import hashlib

            return hashlib.file_digest(handle, "blake2b").hexdigest()[:32]
    except OSError as exc:
        raise GraphFileError(f"cannot read graph file {path}: {exc.strerror or exc}") from None


def _remembered_digest(path: Path, cache: Path) -> str:
    """content_digest, hashed again only when the file's identity changed: device, inode, size,
    mtime and ctime (a rebuild renames a new file into place: a new inode; ctime cannot be set
    back by anyone), so repeated questions on an unchanged big graph skip the hashing."""
    identity = _identity(path)
    memo = cache / f"digest-{_path_key(path)}.txt"
    known = _known_digest(path, cache, identity)
    if known is not None:
        return known
    digest = content_digest(path)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        temp = memo.with_name(f"{memo.name}.tmp-{os.getpid()}")
        temp.write_text(f"{identity} {digest}", encoding="utf-8")
        temp.replace(memo)
    except OSError:
        pass
    return digest


def store_file(handle: BinaryIO, path: Path, cache: Path, digest: str, ours: bool = False) -> Path:
    """Build the on-disk store of the graph read from `handle` (the file at `path`, whose
    content has this digest) as cache/digest, unless another process just did."""
    import shutil

    source = str(path.resolve())
    target = cache / digest
    tmp = cache / f"{digest}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    cache.mkdir(parents=True, exist_ok=True)
    try:
        store = ox.Store(str(tmp))
        try:
            if ours:
                _load_pieces(store, handle)
            else:
                store.bulk_load(handle, format=ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError) as exc:
            raise GraphFileError(f"{path} is not valid Turtle: {exc}") from None
        except OSError as exc:
            raise GraphFileError(f"cannot read graph file {path}: {exc}") from None
        store.flush()
        del store  # closes the database before it moves
        (tmp / "orggraph-source").write_text(source, encoding="utf-8")
        tmp.rename(target)
        _replace_older(cache, source, keep=digest)
    except OSError:
        if not (target / "orggraph-source").is_file():
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


class StoreAhead:
    """The question store of a graph file this build writes (export/rdf.py's Turtle), built on a
    thread from the moment the file is written, while the build writes its other files (the
    bulk loader is Rust and lets go of the interpreter); lookup.prepare then finds it built."""

    def __init__(self, final: Path) -> None:
        self.final = final  # where the file will be once the build commits its files
        self.thread: Thread | None = None

    def start(self, written: Path) -> None:
        """Begin with the file as written (before its rename: it is opened here, now)."""
        from threading import Thread

        if self.thread is not None or written.stat().st_size < CACHE_ABOVE:
            return
        handle = written.open("rb")
        self.thread = Thread(target=self._build, args=(handle,), name="orggraph-store", daemon=False)
        self.thread.start()

    def _build(self, handle: BufferedReader) -> None:
        import hashlib

        try:
            with handle:
                digest = hashlib.file_digest(handle, "blake2b").hexdigest()[:32]
                handle.seek(0)
                store_file(handle, self.final, cache_dir(), digest, ours=True)
        except Exception:  # noqa: BLE001, S110 - lookup.prepare builds it then, and says why not
            pass

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()


PIECE = 4 << 20  # bytes of Turtle per bulk load: ~200 MB at most, where one load of 1.7 M triples took 1.3 GB


def _load_pieces(store: ox.Store, handle: BinaryIO, piece: int = PIECE) -> None:
    """Our own Turtle (export/rdf.py: the prefixes, a blank line, then blocks each ending in a
    line `.` and separated by a blank line; no blank nodes, no multi-line strings) loaded a
    few MB at a time, each piece with the prefixes: the bulk loader keeps all it is given in
    memory, and sorts less at a time. The same triples as one load of the whole file."""
    head, buffer = b"", b""
    while True:
        data = handle.read(piece)
        buffer += data
        if not head:
            cut = buffer.find(b"\n\n")
            if cut < 0 and data:
                continue
            head, buffer = (buffer[:cut + 1], buffer[cut + 1:]) if cut >= 0 else (buffer, b"")
        cut = buffer.rfind(b"\n.\n\n") + 3 if data else len(buffer)
        if cut > 2:
            store.bulk_load(head + buffer[:cut], format=ox.RdfFormat.TURTLE)
            buffer = buffer[cut:]
        if not data:
            return


def _bulk_load(store: ox.Store, path: Path) -> None:
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError) as exc:
        raise GraphFileError(f"{path} is not valid Turtle: {exc}") from None
    except OSError as exc:
        raise GraphFileError(f"cannot read graph file {path}: {exc}") from None


def _replace_older(cache: Path, source: str, keep: str) -> None:
    """Drop the stores of earlier versions of the same graph file."""
    import shutil

    for marker in cache.glob("*/orggraph-source"):
        stale = marker.parent.name != keep and ".tmp-" not in marker.parent.name
        if stale and marker.read_text(encoding="utf-8") == source:
            shutil.rmtree(marker.parent, ignore_errors=True)


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise GraphFileError(
            f"no graph file at {path}: build one with `orggraph build SOURCES --out {path.parent}`"
            " or choose one with --graph PATH")


def load(path: Path) -> OxigraphEngine:
    """The graph for the CLI: in memory when small, else through the on-disk store cache
    (in memory after all when the cache cannot be written)."""
    _check_file(path)
    if path.stat().st_size < CACHE_ABOVE:
        return OxigraphEngine.load(path)
    try:
        return OxigraphEngine.cached(path, cache_dir())
    except OSError:
        return OxigraphEngine.load(path)


def run(engine: Engine, query: NamedQuery | str,
        bindings: Mapping[str, Value] | Sequence[Mapping[str, Value]] | None = None) -> Result:
    """Run a named query with some of its parameters bound."""
    found = stream(engine, query, bindings)
    return Result(found.columns, list(found))


def stream(engine: Engine, query: NamedQuery | str,
           bindings: Mapping[str, Value] | Sequence[Mapping[str, Value]] | None = None,
           limit: int | None = None) -> Rows:
    """The rows of a named query as they come, at most `limit`. On pyoxigraph one binding row is
    substituted before planning; several rows (and other engines) go through the VALUES line."""
    q = named(query) if isinstance(query, str) else query
    rows = [bindings] if bindings is None or isinstance(bindings, Mapping) else list(bindings)
    if isinstance(engine, OxigraphEngine) and len(rows) == 1 and rows[0]:
        text = q.inlined(rows[0])
        if text is not None:
            return engine.rows(text, limit)
    return engine.rows(q.bind(bindings), limit)


# ---------------------------------------------------------------------- answers built on rows
def evidence(engine: Engine, statements: Iterable[Value | None]) -> dict[str, list[Row]]:
    """The evidence rows of each og:Statement, in one query."""
    wanted = sorted({str(s) for s in statements if isinstance(s, Iri)})
    if not wanted:
        return {}
    result = run(engine, "evidence", [{"statement": Iri(s)} for s in wanted])
    out: dict[str, list[Row]] = {s: [] for s in wanted}
    for row in result.rows:
        out[str(row["statement"])].append(row)
    return out


class HolderPick(NamedTuple):
    """Who held a post on a day: the holders attested around the day, or the closest ones."""

    day: date
    rows: list[Row]  # the holder rows chosen, each with `match` and `days` added
    within: bool  # the day lies inside an attested range


def pick_holders(rows: Iterable[Row], day: date) -> HolderPick:
    """Holders whose attested range contains the day, else those attested closest to it."""
    scored: list[tuple[int, Row]] = []
    for row in rows:
        first, last = row.get("first"), row.get("last")
        if not isinstance(first, date) or not isinstance(last, date):
            continue
        distance = 0 if first <= day <= last else min(abs((day - first).days), abs((day - last).days))
        scored.append((distance, row))
    if not scored:
        return HolderPick(day, [], False)
    best = min(d for d, _ in scored)
    chosen = [{**row, "match": "within" if d == 0 else "closest", "days": d}
              for d, row in scored if d == best]
    return HolderPick(day, chosen, best == 0)
