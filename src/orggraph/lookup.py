"""What users type -> node IRIs, forgivingly: without diacritics (`pham minh chinh`), by given
name (`Chính`), with old tone marks (Uỷ/Ủy) or abbreviations (`Ban Tổ chức TW`). Matching is
done in Python against rdfs:label and skos:altLabel; only the IRI found reaches a query.
An ambiguous text is an error that lists the candidates: we never guess between people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process

from orggraph.abbreviations import expand_typed
from orggraph.errors import OrggraphError
from orggraph.graph import NODE_TYPES
from orggraph.query import Engine, Iri, NamedQuery, Value, run
from orggraph.text import key, normalize, strip_diacritics
from orggraph.vocab import ID, OG, terms


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


def match_key(text: str) -> str:
    return key(expand(text))


def loose_match_key(text: str) -> str:
    return strip_diacritics(match_key(text))


# ---------------------------------------------------------------------- the index
@dataclass(frozen=True)
class _Entry:
    candidate: Candidate
    written: str  # normalised, casefolded
    key: tuple[str, ...]
    loose: tuple[str, ...]


def _contains(hay: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


@dataclass
class Index:
    """The names of the graph's nodes (of some types), keyed for forgiving matching."""

    entries: list[_Entry]

    @classmethod
    def build(cls, engine: Engine, types: Iterable[str] | None = None) -> Index:
        wanted = sorted(set(types or NODE_TYPES))
        result = run(engine, "labels", [{"type": Iri(OG[t])} for t in wanted])
        labels: dict[str, str] = {}
        for row in result.rows:
            if row["preferred"]:
                labels.setdefault(str(row["node"]), str(row["label"]))
        entries = []
        for row in result.rows:
            node = str(row["node"])
            cand = Candidate(labels.get(node, str(row["label"])), str(row["type"]).removeprefix(str(OG)),
                             Iri(node))
            label = str(row["label"])
            k = match_key(label)
            entries.append(_Entry(cand, normalize(label).casefold(), tuple(k.split()),
                                  tuple(strip_diacritics(k).split())))
        return cls(entries)

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
            lambda e: part(e.key, k, e.candidate.type == "Person"),
            lambda e: part(e.loose, loose, e.candidate.type == "Person"),
        )
        for test in tiers:
            found = sorted({e.candidate for e in self.entries if test(e)})
            if found:
                return found
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
        return sorted({e.candidate for e in self.entries if str(e.candidate.iri) == iri}) if iri else []

    def _not_found(self, text: str, what: str) -> str:
        message = f"no {what} in the graph matches {text!r}"
        choices = {" ".join(e.loose): e.candidate for e in self.entries}
        close = process.extract(loose_match_key(text), list(choices), scorer=fuzz.WRatio, limit=5,
                                score_cutoff=75)
        names = sorted({choices[c].label for c, _, _ in close})
        return message + (f"; did you mean: {', '.join(names)}?" if names else "")


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
        local = text.removeprefix("og:").removeprefix(str(OG))
        if local not in terms():
            raise LookupError(f"?{name}: og:{local} is not a term of the ontology")
        return Iri(OG[local])
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
