"""A SPARQL server as the graph: the named queries asked over HTTP (SPARQL 1.1 Protocol), and
a build loaded into a server (SPARQL 1.1 Graph Store Protocol), with the standard library.

Credentials come from the environment only (ORGGRAPH_ENDPOINT_USER and
ORGGRAPH_ENDPOINT_PASSWORD for HTTP Basic, or ORGGRAPH_ENDPOINT_TOKEN for a bearer token),
never from the command line, where `ps` and shell histories would show them; a URL carrying
`user:password@` is refused.
"""

from __future__ import annotations

import base64
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from orggraph.errors import OrggraphError
from orggraph.progress import QUIET, Progress
from orggraph.query import Iri, QueryError, Result, Row, Rows, Value, _literal

TIMEOUT = 300  # seconds for one request
CHUNK = 100_000  # triples per Graph Store request: a server loads many small transactions far faster than one


class EndpointError(OrggraphError):
    """The server could not be reached or refused the request."""


def _check(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"not an http(s) endpoint URL: {url!r}")
    if parts.username or parts.password:
        raise EndpointError("credentials never go in the URL (it shows in `ps` and shell history): "
                            "set ORGGRAPH_ENDPOINT_USER and ORGGRAPH_ENDPOINT_PASSWORD, or ORGGRAPH_ENDPOINT_TOKEN")
    return url


def _headers() -> dict[str, str]:
    token = os.environ.get("ORGGRAPH_ENDPOINT_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user = os.environ.get("ORGGRAPH_ENDPOINT_USER")
    if user:
        pair = f"{user}:{os.environ.get('ORGGRAPH_ENDPOINT_PASSWORD', '')}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
    return {}


def _send(method: str, url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
    request = urllib.request.Request(url, data=body, method=method, headers={**_headers(), **headers})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 - http(s) checked
            return bytes(response.read())
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
        raise EndpointError(f"{method} {_safe(url)}: HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"cannot reach {_safe(url)}: {reason}") from None


def _safe(url: str) -> str:
    return urllib.parse.urlsplit(url)._replace(query="").geturl()


# ---------------------------------------------------------------------- questions over HTTP
def _value(term: dict[str, str] | None) -> Value | None:
    if term is None:
        return None
    if term["type"] == "uri":
        return Iri(term["value"])
    if term["type"] == "bnode":
        return f"_:{term['value']}"
    return _literal(term["value"], term.get("datatype"))


@dataclass
class HttpEngine:
    """The named queries on a SPARQL 1.1 query endpoint (e.g. Oxigraph's /query, Fuseki's
    /ds/query, Virtuoso's /sparql); `graph` the named graph a push loaded, as the default graph."""

    url: str
    graph: str | None = None

    @classmethod
    def connect(cls, url: str, graph: str | None = None) -> HttpEngine:
        return cls(_check(url), graph)

    def select(self, text: str) -> Result:
        rows = self.rows(text)
        return Result(rows.columns, list(rows))

    def rows(self, text: str, limit: int | None = None) -> Rows:
        form: list[tuple[str, str]] = [("query", text)]
        if self.graph:
            form.append(("default-graph-uri", self.graph))
        raw = _send("POST", self.url, urllib.parse.urlencode(form).encode(),
                    {"Content-Type": "application/x-www-form-urlencoded",
                     "Accept": "application/sparql-results+json"})
        try:
            answer: dict[str, Any] = json.loads(raw)
            columns = list(answer["head"]["vars"])
            bindings = answer["results"]["bindings"]
        except (ValueError, KeyError, TypeError):
            raise QueryError(f"{_safe(self.url)} did not answer with SPARQL JSON results") from None

        def each() -> Iterator[Row]:
            for n, binding in enumerate(bindings):
                if limit is not None and n >= limit:
                    return
                yield {c: _value(binding.get(c)) for c in columns}

        return Rows(columns, each())


# ---------------------------------------------------------------------- loading a build
@dataclass(frozen=True)
class Pushed:
    triples: int
    requests: int


def push(path: Path, endpoint: str, graph: str | None = None, progress: Progress = QUIET,
         chunk: int = CHUNK) -> Pushed:
    """Load the Turtle at `path` into the Graph Store at `endpoint`: the named graph `graph`
    (or the default graph) is replaced by the first request (PUT), the rest appended (POST), in
    N-Triples chunks of `chunk` triples."""
    import pyoxigraph as ox

    _check(endpoint)
    target = endpoint + ("&" if "?" in endpoint else "?") + \
        (urllib.parse.urlencode({"graph": graph}) if graph else "default")
    try:
        triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    except OSError as exc:
        raise EndpointError(f"cannot read {path}: {exc}") from None
    count = requests = 0
    method = "PUT"
    with progress.bar("pushing", None, "triple") as bar:
        batch: list[Any] = []
        try:
            for triple in triples:
                batch.append(triple)
                if len(batch) >= chunk:
                    _put(method, target, batch)
                    method, count, requests = "POST", count + len(batch), requests + 1
                    bar.update(len(batch))
                    batch = []
        except (SyntaxError, ValueError) as exc:
            raise EndpointError(f"{path} is not valid Turtle: {exc}") from None
        if batch or method == "PUT":  # an empty graph still replaces the old one
            _put(method, target, batch)
            count, requests = count + len(batch), requests + 1
            bar.update(len(batch))
    return Pushed(count, requests)


def _put(method: str, url: str, triples: list[Any]) -> None:
    import pyoxigraph as ox

    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    _send(method, url, body, {"Content-Type": "application/n-triples"})
