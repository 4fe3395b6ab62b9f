"""What users type -> node IRIs, forgivingly: without diacritics (`pham minh chinh`), by given
name (`Chính`), with old tone marks (Uỷ/Ủy) or abbreviations (`Ban Tổ chức TW`). Matching is
done in Python against rdfs:label and skos:altLabel; only the IRI found reaches a query.
An ambiguous text is an error that lists the candidates: we never guess between people.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import NamedTuple

from orggraph import abbreviations
from orggraph import text as text_module
from orggraph.abbreviations import expand_typed
from orggraph.errors import OrggraphError
from orggraph.query import Engine, Iri, NamedQuery, OxigraphEngine, Value, run
from orggraph.resources import lexicon_dir
from orggraph.text import normalize, strip_diacritics
from orggraph.vocab import ID, NODE_TYPES, OG_NS

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


@dataclass(frozen=True, order=True)
class Candidate:
    label: str  # the node's rdfs:label
    type: str
    iri: Iri

    @property
    def node_id(self) -> str:
        return str(self.iri).removeprefix(ID)


# ---------------------------------------------------------------------- abbreviations
def expand(text: str) -> str:
    """`Ban Tổ chức TW` -> `Ban Tổ chức Trung ương`, as users type it (orggraph.abbreviations)."""
    return expand_typed(text)


match_key = abbreviations.typed_key
loose_match_key = abbreviations.loose_typed_key


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


@dataclass
class Index:
    """The names of the graph's nodes (of some types), keyed for forgiving matching."""

    entries: list[_Entry]

    @classmethod
    def build(cls, engine: Engine, types: Iterable[str] | None = None) -> Index:
        wanted = set(types or NODE_TYPES)
        return cls([e for e in _all_entries(engine) if e.type in wanted])

    def candidates(self, text: str) -> list[Candidate]:
        """The nodes the text names at the strictest level that names any:
        whole name, then without diacritics, then the end of a person's name (their given name)
        or a run of words in another name, with and then without diacritics."""
        text = text.strip()
        direct = self._by_iri(text)
        if direct:
            return direct
        written = normalize(text).casefold()
        same = sorted({e.candidate for e in self.entries if e.written == written})
        if same:  # as written, even a name with no letters in it
            return same
        k = tuple(match_key(text).split())
        loose = tuple(strip_diacritics(" ".join(k)).split())
        if not k:
            return []

        def part(words: tuple[str, ...], wanted: tuple[str, ...], person: bool) -> bool:
            return words[-len(wanted):] == wanted if person else _contains(words, wanted)

        tiers = (
            lambda e: e.key == k,
            lambda e: e.loose == loose,
            lambda e: part(e.key, k, e.type == "Person"),
            lambda e: part(e.loose, loose, e.type == "Person"),
        )
        for test in tiers:
            found = sorted({e.candidate for e in self.entries if test(e)})
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
        return sorted({e.candidate for e in self.entries if e.node == iri}) if iri else []

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
    entries = []
    for node, type_, label, _ in rows:
        k = match_key(label)
        entries.append(_Entry(node, type_, labels.get(node, label), normalize(label).casefold(),
                              tuple(k.split()), tuple(strip_diacritics(k).split())))
    return entries


@cache
def _fingerprint() -> str:
    """What the keys depend on (this code, the normaliser, the abbreviations), so that a label
    index written by another version of orggraph is never read."""
    sources = [Path(__file__), Path(str(text_module.__file__)), Path(str(abbreviations.__file__)),
               lexicon_dir() / "abbreviations.tsv"]
    digest = hashlib.sha1()
    for path in sources:
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(str(path).encode())
    return digest.hexdigest()[:16]


def _read_index(path: Path) -> list[_Entry] | None:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return [_Entry(node, type_, label, written, tuple(k.split()), tuple(loose.split()))
                for node, type_, label, written, k, loose in rows]
    except (OSError, ValueError, TypeError):
        return None


def _write_index(path: Path, entries: list[_Entry]) -> None:
    rows = [[e.node, e.type, e.label, e.written, " ".join(e.key),
             " ".join(e.loose)] for e in entries]
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
        for older in path.parent.glob("orggraph-labels-*.json"):
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:  # a read-only cache: the index is only rebuilt next time
        tmp.unlink(missing_ok=True)


def _all_entries(engine: Engine) -> list[_Entry]:
    """The index of every node type, built once per engine; a graph kept in the on-disk store
    cache also keeps its index there (a few tens of ms to read instead of a second to build)."""
    memo = engine.memo if isinstance(engine, OxigraphEngine) else None
    if memo is not None and "labels" in memo:
        return memo["labels"]  # type: ignore[no-any-return]
    directory = engine.directory if isinstance(engine, OxigraphEngine) else None
    path = directory / f"orggraph-labels-{_fingerprint()}.json" if directory else None
    entries = _read_index(path) if path else None
    if entries is None:
        entries = _entries(_label_rows(engine))
        if path:
            _write_index(path, entries)
    if memo is not None:
        memo["labels"] = entries
    return entries


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
    on-disk store in the cache and the name index kept with it. False when the graph is small
    enough to load in memory at each question, or the cache cannot be written."""
    from orggraph.query import CACHE_ABOVE, cache_dir

    try:
        if path.stat().st_size < CACHE_ABOVE:
            return False
        engine = OxigraphEngine.cached(path, cache_dir())
        _all_entries(engine)
        return True
    except (OSError, OrggraphError):
        return False
