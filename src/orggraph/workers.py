"""Where extraction runs: in this process, in a pool of local processes (`--jobs N`), or on a
Dask cluster (`--executor dask --scheduler ADDRESS`), always through the facts cache.

Each worker takes whole articles and returns facts-cache entries (the pickled, compressed
ArticleFacts: the unit the cache keeps and a distributed run exchanges); results are put back
in article order, so the graph is the same byte for byte whatever the number of workers or
where they run. Resolution and export stay in the building process.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from orggraph import facts as cache_entries
from orggraph.collector import paused
from orggraph.errors import OrggraphError
from orggraph.model import Article, ArticleFacts
from orggraph.progress import QUIET, Progress

if TYPE_CHECKING:
    import multiprocessing.pool

EXECUTORS = ("local", "dask")
PARALLEL_ABOVE = 8  # articles to extract: fewer are not worth starting processes for
BATCH = 16  # articles per task sent to a Dask worker


class ExecutorError(OrggraphError):
    """The executor asked for cannot run (no scheduler, a worker with another extractor)."""


def cores() -> int:
    """The processors this process may run on (a container's limit, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Extraction:
    """How a build extracts: `jobs` processes (0: one per core), or a Dask scheduler; `cache`
    the facts cache file (None: none)."""

    jobs: int = 0
    executor: str = "local"
    scheduler: str | None = None
    cache: Path | None = None

    @property
    def workers(self) -> int:
        return self.jobs or cores()


Outcome: TypeAlias = "ArticleFacts | str"  # facts, or why the article could not be extracted


def _extract(article: Article) -> Outcome:
    from orggraph.pipeline import extract_one

    return extract_one(article)


def work(article: Article) -> tuple[str, bytes | str]:
    """One article's cache key and entry (or the reason extraction failed): what a worker returns."""
    outcome = _extract(article)
    key = cache_entries.article_key(article)
    return key, outcome if isinstance(outcome, str) else cache_entries.encode(outcome)


def work_batch(articles: Sequence[Article]) -> list[tuple[str, bytes | str]]:
    return [work(a) for a in articles]


def extract_many(articles: Sequence[Article], how: Extraction = Extraction(),
                 progress: Progress = QUIET) -> tuple[list[Outcome], int]:
    """Every article's outcome, in article order, and how many were taken from the cache."""
    from orggraph.facts import FactsCache, article_key, decode

    keys = [article_key(a) for a in articles]
    store = FactsCache(how.cache) if how.cache is not None else None
    try:
        found = store.get_many(keys) if store is not None else {}
        outcomes: list[Outcome | None] = [None] * len(articles)
        with paused():
            for i, k in enumerate(keys):
                if k in found:
                    outcomes[i] = decode(found[k])
        todo = [i for i, o in enumerate(outcomes) if o is None]
        with progress.bar("extracting", len(articles), "article") as bar:
            bar.update(len(articles) - len(todo))
            fresh: list[tuple[str, bytes]] = []
            for i, outcome, entry in _run([articles[i] for i in todo], todo, how, store is not None):
                outcomes[i] = outcome
                if entry is not None:
                    fresh.append((keys[i], entry))
                    if store is not None and len(fresh) >= 256:
                        store.put_many(fresh)
                        fresh = []
                bar.update(1)
        if store is not None:
            store.put_many(fresh)
            store.prune()
    finally:
        if store is not None:
            store.close()
    assert all(o is not None for o in outcomes)
    return outcomes, len(articles) - len(todo)  # type: ignore[return-value]


def _run(articles: list[Article], index: list[int], how: Extraction,
         keep: bool) -> Iterator[tuple[int, Outcome, bytes | None]]:
    """(position, outcome, cache entry or None) for each article, in order."""
    from orggraph.facts import decode, encode

    if how.executor == "dask":
        results: Iterator[tuple[str, bytes | str]] = _dask(articles, how.scheduler)
    elif how.workers > 1 and len(articles) >= PARALLEL_ABOVE:
        results = _processes(articles, min(how.workers, len(articles)))
    else:
        for i, article in zip(index, articles, strict=True):
            outcome = _extract(article)
            yield i, outcome, encode(outcome) if keep and not isinstance(outcome, str) else None
        return
    for i, (_, entry) in zip(index, results, strict=True):
        if isinstance(entry, str):
            yield i, entry, None
        else:
            yield i, decode(entry), entry


def pool(jobs: int) -> multiprocessing.pool.Pool:
    """A pool of `jobs` processes, forked where the system can, else spawned."""
    import multiprocessing as mp

    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn").Pool(jobs)


def _processes(articles: list[Article], jobs: int) -> Iterator[tuple[str, bytes | str]]:
    """A pool of `jobs` processes; when forked, the lexicons already compiled in this process
    are shared, not rebuilt."""
    import multiprocessing as mp

    from orggraph.extract import extract as _warm

    if "fork" in mp.get_all_start_methods():
        _warm(Article("warm-up", "Sáng 12.3, Tỉnh ủy Nghệ An tổ chức hội nghị."))  # compiles the lexicons
    chunk = max(1, min(32, len(articles) // (jobs * 8)))
    with pool(jobs) as workers:
        yield from workers.imap(work, articles, chunksize=chunk)


def _dask(articles: list[Article], scheduler: str | None) -> Iterator[tuple[str, bytes | str]]:
    """Batches of articles as Dask tasks on the cluster at `scheduler`; every worker must run
    the same extractor (same fingerprint), or the build stops before sending any work."""
    if not scheduler:
        raise ExecutorError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    try:
        from dask.distributed import Client
    except ImportError:
        raise ExecutorError("--executor dask needs dask.distributed: pip install 'orggraph[dask]'") from None
    try:
        client = Client(scheduler, timeout=30, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        _same_extractor(client.run(cache_entries.fingerprint))
        batches = [articles[i:i + BATCH] for i in range(0, len(articles), BATCH)]
        futures = client.map(work_batch, batches, pure=False)
        for future in futures:  # in order; the cluster works ahead on the rest
            yield from future.result()
            future.release()
    finally:
        client.close()


def _same_extractor(found: dict[str, str]) -> None:
    if not found:
        raise ExecutorError("the Dask cluster has no worker")
    mine = cache_entries.fingerprint()
    other = sorted(worker for worker, fp in found.items() if fp != mine)
    if other:
        raise ExecutorError(f"Dask worker(s) {', '.join(other)} run another orggraph extractor or lexicon "
                            "(install the same orggraph version there): nothing extracted")

