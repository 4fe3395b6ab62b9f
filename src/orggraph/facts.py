"""The facts cache: each article's extraction result kept by a hash of the article and of the
extractor, so a rebuild re-extracts only what is new or changed, and `orggraph add` needs no
earlier source file. An entry is also what a parallel or distributed worker sends back.

Key = BLAKE2b(extractor fingerprint, the article's fields). The fingerprint hashes every
source file `orggraph.extract` imports (followed through the package, found by reading the
imports, not by what happens to be loaded) and every lexicon file, so editing an extractor,
the model or a lexicon retires every entry. An entry is the pickled ArticleFacts, compressed:
the cache is the builder's own data, written beside its output, never read from elsewhere.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from orggraph.model import Article, ArticleFacts
from orggraph.resources import lexicon_dir

PACKAGE = Path(__file__).resolve().parent


def _module_file(name: str) -> Path | None:
    parts = name.split(".")[1:]
    base = PACKAGE.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(orggraph[\w.]*)[ \t]+import[ \t]+(?:\(([^)]*)\)|([\w ,\t]*))"
                     r"|import[ \t]+(orggraph[\w.]*))", re.MULTILINE)


def _imports(path: Path) -> set[str]:
    """The orggraph modules a file imports (`from orggraph.x import y` may name a module y);
    the package imports absolutely, as its style wants."""
    found: set[str] = set()
    for match in _IMPORT.finditer(path.read_text(encoding="utf-8")):
        if match[4]:
            found.add(match[4])
            continue
        names = re.sub(r"#[^\n]*", "", match[2] or match[3] or "")
        found.add(match[1])
        found |= {f"{match[1]}.{name.split()[0]}" for name in names.split(",") if name.strip()}
    return found


@cache
def fingerprint() -> str:
    """What extraction results depend on: the code `orggraph.extract` reaches, and the lexicons."""
    todo, seen = ["orggraph.extract"], set()
    files: dict[str, Path] = {}
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        path = _module_file(module)
        if path is None:
            continue
        files[module] = path
        todo.extend(_imports(path))
    digest = hashlib.blake2b(digest_size=16)
    for module, path in sorted(files.items()):
        digest.update(f"{module}\n".encode() + path.read_bytes())
    for path in sorted(lexicon_dir().iterdir()):
        if path.is_file() and not path.name.endswith(".py"):
            digest.update(f"lexicon/{path.name}\n".encode() + path.read_bytes())
    return digest.hexdigest()


def article_key(article: Article) -> str:
    """The cache key of one article's facts under this extractor."""
    fields = [article.id, article.text, article.title, _iso(article.published), list(article.authors),
              article.url, article.source, _iso(article.month)]
    digest = hashlib.blake2b(digest_size=16)
    digest.update(fingerprint().encode())
    digest.update(json.dumps(fields, ensure_ascii=False).encode())
    return digest.hexdigest()


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None  # type: ignore[attr-defined]


def encode(facts: ArticleFacts) -> bytes:
    return zlib.compress(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL), 1)


def decode(blob: bytes) -> ArticleFacts:
    facts = pickle.loads(zlib.decompress(blob))
    if not isinstance(facts, ArticleFacts):
        raise ValueError("not an ArticleFacts entry")
    return facts


class FactsCache:
    """Entries in one SQLite file (atomic writes, safe under a killed build); only the process
    that owns the build writes, workers send their entries back to it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(str(path), timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, fingerprint TEXT, blob BLOB)")

    def get_many(self, keys: Iterable[str]) -> dict[str, bytes]:
        wanted = sorted(set(keys))
        found: dict[str, bytes] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows = self.db.execute(f"SELECT key, blob FROM facts WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            found.update((k, bytes(b)) for k, b in rows)
        return found

    def put_many(self, entries: Iterable[tuple[str, bytes]]) -> None:
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?, ?)",
                                ((k, fingerprint(), b) for k, b in entries))

    def prune(self) -> int:
        """Drop the entries of other extractor versions (they can never be read again)."""
        with self.db:
            return self.db.execute("DELETE FROM facts WHERE fingerprint != ?", (fingerprint(),)).rowcount

    def keys(self) -> Iterator[str]:
        for (k,) in self.db.execute("SELECT key FROM facts"):
            yield k

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> FactsCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
