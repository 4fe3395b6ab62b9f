"""What users type -> node IRIs, forgivingly: without diacritics (`pham minh chinh`), by given
name (`Chính`), with old tone marks (Uỷ/Ủy) or abbreviations (`Ban Tổ chức TW`). Matching is
done in Python against rdfs:label and skos:altLabel; only the IRI found reaches a query.
An ambiguous text is an error that lists the candidates: we never guess between people.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path

from orggraph import text as text_module
from orggraph.errors import OrggraphError
from orggraph.query import Engine, Iri, NamedQuery, OxigraphEngine, Value, run
from orggraph.resources import lexicon_dir
from orggraph.text import normalize, strip_diacritics
from orggraph.vocab import ID, NODE_TYPES, OG_NS

TYPE_CHECKING = False  # a question does without importing typing (orggraph.records)
if TYPE_CHECKING:
    from typing import NamedTuple, Protocol
else:
    from orggraph.records import NamedTuple, Protocol

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


class LookupError(OrggraphError):  # noqa: A001 - the module's own, distinct from builtins'
    """Nothing in the graph answers to the text typed."""


class AmbiguousError(LookupError):
    def __init__(self, text: str, candidates: Sequence[Candidate]) -> None:
        self.candidates = list(candidates)
        lines = [f"{text!r} is ambiguous; say which one:"]
        lines += [f"  {c.label}  ({c.type}, {c.node_id})" for c in self.candidates]
        super().__init__("\n".join(lines))


class Candidate(NamedTuple):  # ordered and hashed by its fields
    label: str  # the node's rdfs:label
    type: str
    iri: Iri

    @property
    def node_id(self) -> str:
        return str(self.iri).removeprefix(ID)


# ---------------------------------------------------------------------- abbreviations
# imported when first needed: a name typed as the graph writes it is found without them
def expand(text: str) -> str:
    """`Ban Tổ chức TW` -> `Ban Tổ chức Trung ương`, as users type it (orggraph.abbreviations)."""
    from orggraph.abbreviations import expand_typed

    return expand_typed(text)


def match_key(text: str) -> str:
    from orggraph.abbreviations import typed_key

    return typed_key(text)


def loose_match_key(text: str) -> str:
    from orggraph.abbreviations import loose_typed_key

    return loose_typed_key(text)


# ---------------------------------------------------------------------- the index
class _Entry(NamedTuple):
    """One name of a node (a tuple: tens of thousands are read at each question)."""

    node: str  # IRI
    type: str
    label: str  # the node's rdfs:label
    written: str  # this name normalised, casefolded
    key: tuple[str, ...]
    loose: tuple[str, ...]

    @property
    def candidate(self) -> Candidate:
        return Candidate(self.label, self.type, Iri(self.node))


def _contains(hay: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


class _Names(Protocol):
    """Where an index reads its names: a list in memory, or the SQLite file kept with a store."""

    def where(self, column: str | None, value: str, types: frozenset[str] | None,
              contains: bool = False) -> Iterable[_Entry]: ...


class _Listed:
    def __init__(self, entries: list[_Entry]) -> None:
        self.entries = entries

    def where(self, column: str | None, value: str, types: frozenset[str] | None,
              contains: bool = False) -> Iterable[_Entry]:
        return (e for e in self.entries if types is None or e.type in types)


class _NameFile:
    """The index of a big graph, in SQLite beside its on-disk store: a question reads only the
    rows its text can match (by an indexed column, or a scan for a run of words) instead of
    loading every name of the graph (~80 ms for a million triples)."""

    COLUMNS = ("node", "type", "label", "written", "key", "loose")

    def __init__(self, path: Path) -> None:
        import sqlite3

        # immutable: the file is replaced by rename, never changed in place; no locks to take
        self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        self.db.execute("SELECT node, type, label, written, key, loose FROM names LIMIT 1").fetchall()

    def where(self, column: str | None, value: str, types: frozenset[str] | None,
              contains: bool = False) -> Iterable[_Entry]:
        """Rows that may match (a superset: the caller applies its exact test), in index order."""
        clauses, params = [], []
        if column is not None:
            assert column in self.COLUMNS
            clauses.append(f"instr({column}, ?) > 0" if contains else f"{column} = ?")
            params.append(value)
        if types is not None:
            clauses.append(f"type IN ({', '.join('?' * len(types))})")
            params += sorted(types)
        sql = "SELECT node, type, label, written, key, loose FROM names"
        sql += (" WHERE " + " AND ".join(clauses) if clauses else "") + " ORDER BY rowid"
        return (_Entry(node, type_, label, written, tuple(k.split()), tuple(loose.split()))
                for node, type_, label, written, k, loose in self.db.execute(sql, params))

    @staticmethod
    def write(path: Path, entries: list[_Entry]) -> None:
        import sqlite3

        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE names (node TEXT, type TEXT, label TEXT, written TEXT, key TEXT, loose TEXT)")
            db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?)",
                           ((e.node, e.type, e.label, e.written, " ".join(e.key), " ".join(e.loose)) for e in entries))
            for column in ("node", "written", "key", "loose"):
                db.execute(f"CREATE INDEX names_{column} ON names ({column})")
        db.close()


class Index:
    """The names of the graph's nodes (of some types), keyed for forgiving matching."""

    def __init__(self, names: _Names, types: frozenset[str] | None = None) -> None:
        self.names = names
        self.types = types

    @classmethod
    def build(cls, engine: Engine, types: Iterable[str] | None = None) -> Index:
        wanted = frozenset(types or NODE_TYPES)
        return cls(_names(engine), None if wanted >= frozenset(NODE_TYPES) else wanted)

    @property
    def entries(self) -> list[_Entry]:
        return list(self.names.where(None, "", self.types))

    def _select(self, test: Callable[[_Entry], bool], column: str | None = None, value: str = "",
                contains: bool = False) -> list[Candidate]:
        return sorted({e.candidate for e in self.names.where(column, value, self.types, contains) if test(e)})

    def candidates(self, text: str) -> list[Candidate]:
        """The nodes the text names at the strictest level that names any:
        whole name, then without diacritics, then the end of a person's name (their given name)
        or a run of words in another name, with and then without diacritics."""
        text = text.strip()
        direct = self._by_iri(text)
        if direct:
            return direct
        written = normalize(text).casefold()
        same = self._select(lambda e: e.written == written, "written", written)
        if same:  # as written, even a name with no letters in it
            return same
        k = tuple(match_key(text).split())
        loose = tuple(strip_diacritics(" ".join(k)).split())
        if not k:
            return []

        def part(words: tuple[str, ...], wanted: tuple[str, ...], person: bool) -> bool:
            return words[-len(wanted):] == wanted if person else _contains(words, wanted)

        # each test, and the column and value that find a superset of its matches in the file
        tiers: list[tuple[Callable[[_Entry], bool], str, str, bool]] = [
            (lambda e: e.key == k, "key", " ".join(k), False),
            (lambda e: e.loose == loose, "loose", " ".join(loose), False),
            (lambda e: part(e.key, k, e.type == "Person"), "key", " ".join(k), True),
            (lambda e: part(e.loose, loose, e.type == "Person"), "loose", " ".join(loose), True),
        ]
        for test, column, value, contains in tiers:
            found = self._select(test, column if value else None, value, contains)
            if found:  # a change is named after its person and post: those come first
                return [c for c in found if c.type != "PersonnelChange"] or found
        return []

    def find(self, text: str, what: str = "node") -> Candidate:
        found = self.candidates(text)
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousError(text, found)
        raise LookupError(self._not_found(text, what))

    def _by_iri(self, text: str) -> list[Candidate]:
        iri = text if text.startswith(ID) else ID + text if "/" in text and " " not in text else None
        return self._select(lambda e: e.node == iri, "node", iri) if iri else []

    def _not_found(self, text: str, what: str) -> str:
        from rapidfuzz import fuzz, process

        message = f"no {what} in the graph matches {text!r}"
        choices = {" ".join(e.loose): e for e in self.entries}
        close = process.extract(loose_match_key(text), list(choices), scorer=fuzz.WRatio, limit=5,
                                score_cutoff=75)
        names = sorted({choices[c].label for c, _, _ in close})
        return message + (f"; did you mean: {', '.join(names)}?" if names else "")


# ---------------------------------------------------------------------- building the index
# (node, type, label, preferred) in the order of labels.rq: type, node, rdfs:label first, label
_LabelRow = tuple[str, str, str, bool]


def _label_rows(engine: Engine) -> list[_LabelRow]:
    """Every name of every node of the node types. On pyoxigraph straight from the store's
    indexes, sorted here: labels.rq's ORDER BY reads every string back (~2 s on a disk store
    of a million triples); on another engine labels.rq itself."""
    if not isinstance(engine, OxigraphEngine):
        rows = run(engine, "labels", [{"type": Iri(OG_NS + t)} for t in sorted(NODE_TYPES)]).rows
        return [(str(r["node"]), str(r["type"]).removeprefix(OG_NS), str(r["label"]), bool(r["preferred"]))
                for r in rows]
    types: dict[str, list[str]] = {}
    for t in NODE_TYPES:
        for node, _ in engine.subjects_objects(RDF_TYPE, OG_NS + t):
            types.setdefault(node, []).append(t)
    out = []
    for predicate, preferred in ((RDFS_LABEL, True), (SKOS_ALT, False)):
        for node, label in engine.subjects_objects(predicate):
            out += [(node, t, label, preferred) for t in types.get(node, ())]
    return sorted(out, key=lambda r: (OG_NS + r[1], r[0], not r[3], r[2]))


def _entries(rows: list[_LabelRow]) -> list[_Entry]:
    labels: dict[str, str] = {}
    for node, _, label, preferred in rows:
        if preferred:
            labels.setdefault(node, label)
    keys: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {}
    entries = []
    for node, type_, label, _ in rows:
        found = keys.get(label)
        if found is None:
            found = keys[label] = _label_keys(label)
        entries.append(_Entry(node, type_, labels.get(node, label), *found))
    return entries


def _label_keys(label: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A name's written form, key and loose key: made once per distinct name (thousands of
    meetings share a few names; the abbreviations' pattern takes ~0.1 ms a name)."""
    k = match_key(label)
    return normalize(label).casefold(), tuple(k.split()), tuple(strip_diacritics(k).split())


@cache
def _fingerprint() -> str:
    """What the keys depend on (this code, the normaliser, the abbreviations), so that a label
    index written by another version of orggraph is never read."""
    import zlib  # not hashlib: its import costs a question 3 ms; this is no defence, only a version

    here = Path(__file__).parent
    sources = [Path(__file__), Path(str(text_module.__file__)), here / "abbreviations.py",
               lexicon_dir() / "abbreviations.tsv"]
    crc, adler = 0, 1
    for path in sources:
        try:
            data = path.read_bytes()
        except OSError:
            data = str(path).encode()
        crc, adler = zlib.crc32(data, crc), zlib.adler32(data, adler)
    return f"{crc:08x}{adler:08x}"


def _read_index(path: Path) -> _NameFile | None:
    try:
        return _NameFile(path) if path.is_file() else None
    except Exception:  # noqa: BLE001 - sqlite3.Error and its kin: an unreadable file is rebuilt
        return None


def _write_index(path: Path, entries: list[_Entry]) -> None:
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        tmp.unlink(missing_ok=True)
        _NameFile.write(tmp, entries)
        tmp.replace(path)
        for older in path.parent.glob("orggraph-labels-*"):
            if older != path and ".tmp-" not in older.name:
                older.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a read-only cache (OSError, sqlite3.Error): rebuilt next time
        tmp.unlink(missing_ok=True)


def _names(engine: Engine) -> _Names:
    """The index of every node type, built once per engine; a graph kept in the on-disk store
    cache also keeps its index there, in SQLite (a question reads a few rows of it)."""
    memo = engine.memo if isinstance(engine, OxigraphEngine) else None
    if memo is not None and "labels" in memo:
        return memo["labels"]  # type: ignore[no-any-return]
    directory = engine.directory if isinstance(engine, OxigraphEngine) else None
    path = directory / f"orggraph-labels-{_fingerprint()}.sqlite" if directory else None
    names: _Names | None = _read_index(path) if path else None
    if names is None:
        entries = _entries(_label_rows(engine))
        if path:
            _write_index(path, entries)
        names = _Listed(entries)
    if memo is not None:
        memo["labels"] = names
    return names


def _all_entries(engine: Engine) -> list[_Entry]:
    """Every name of every node type, in the index's order."""
    return list(_names(engine).where(None, "", None))


# ---------------------------------------------------------------------- typed parameters
def document_kinds(engine: Engine) -> list[str]:
    return sorted(str(r["kind"]) for r in run(engine, "document-kinds").rows)


def resolve_kind(engine: Engine, text: str) -> str:
    """`nghi quyet` -> the og:documentKind literal as the graph writes it (`Nghị quyết`)."""
    kinds = document_kinds(engine)
    for keyfn in (match_key, loose_match_key):
        found = [k for k in kinds if keyfn(k) == keyfn(text)]
        if len(found) == 1:
            return found[0]
    known = ", ".join(kinds) or "none"
    raise LookupError(f"no document kind matches {text!r} (kinds in the graph: {known})")


_BOOLEANS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def parameter_value(engine: Engine, query: NamedQuery, name: str, text: str) -> Value:
    """A query parameter from what the user typed, by the kind its header declares."""
    kind = query.param(name).kind
    if kind in NODE_TYPES or kind == "Node":
        types = [kind] if kind in NODE_TYPES else None
        return Index.build(engine, types).find(text, kind.lower() if kind != "Node" else "node").iri
    if kind == "Date":
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise LookupError(f"?{name} wants a date as YYYY-MM-DD, not {text!r}") from None
    if kind == "Boolean":
        if text.casefold() not in _BOOLEANS:
            raise LookupError(f"?{name} wants true or false, not {text!r}")
        return _BOOLEANS[text.casefold()]
    if kind == "Kind":
        return resolve_kind(engine, text)
    if kind in ("Relation", "Class"):
        from orggraph.vocab import terms

        local = text.removeprefix("og:").removeprefix(OG_NS)
        if local not in terms():
            raise LookupError(f"?{name}: og:{local} is not a term of the ontology")
        return Iri(OG_NS + local)
    if kind == "Statement":
        return Iri(text if text.startswith(ID) else ID + text)
    return _guess(text)


def _guess(text: str) -> Value:
    """An undeclared parameter: <IRI> or http(s) IRI, YYYY-MM-DD date, else a string."""
    if text.startswith("<") and text.endswith(">"):
        return Iri(text[1:-1])
    if re.fullmatch(r"https?://\S+", text):
        return Iri(text)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    return text


def prepare(path: Path) -> bool:
    """Build, at build time, what the first question on a big graph would otherwise build: its
    on-disk store in the cache (unless a StoreAhead built it while the build wrote its other
    files) and the name index kept with it. False when the graph is small enough to load in
    memory at each question, or the cache cannot be written."""
    from orggraph.query import CACHE_ABOVE, cache_dir

    try:
        if path.stat().st_size < CACHE_ABOVE:
            return False
        _names(OxigraphEngine.cached(path, cache_dir(), ours=True))
        return True
    except (OSError, OrggraphError):
        return False
