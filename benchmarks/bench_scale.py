"""Scale: whole `orggraph build` commands on the synthetic corpus (benchmarks/corpus.py) at 1 000
and 10 000 articles with 1 and 2 workers (MB/s, articles/s, per-stage times, peak memory of
the process), `add` of 5 articles to the largest build, its quality against its own ground
truth, and `push` of the build into an Oxigraph server. Query latency on a million triples is
bench_queries.py's. Prints one Markdown table; README keeps the latest.

    python benchmarks/bench_scale.py [--sizes 1000 10000] [--jobs 1 2]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).with_name("orggraph")
SCORE = ROOT.parent / "shared" / "eval" / "score.py"


def run(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak MiB of the child, and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([str(BIN), *args], env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 3):
        raise SystemExit(f"orggraph {' '.join(args)} failed: {done.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child so far
    return wall, max(peak, before) / 1024, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print("\n| run | wall | MB/s | articles/s | peak (largest process) |\n|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "ORGGRAPH_CACHE_DIR": str(Path(tmp) / "stores")}
        last_out = last_corpus = None
        for size in args.sizes:
            corpus = Path(tmp) / f"c{size}" / "news"
            mb = write(corpus, size) / 1e6
            for jobs in args.jobs:
                out = Path(tmp) / f"o{size}-{jobs}"
                wall, peak, _ = run(["build", str(corpus), "--out", str(out), "-j", str(jobs), "--no-cache", "-q"], env)
                print(f"| build {size} articles, {jobs} worker(s) | {wall:.1f} s | {mb / wall:.2f} | {size / wall:.0f} "
                      f"| {peak:.0f} MiB |", flush=True)
            last_out, last_corpus = Path(tmp) / f"o{size}-{args.jobs[-1]}", corpus
        assert last_out is not None and last_corpus is not None
        # the facts cache: a first cached build, then 5 new articles added
        cached = Path(tmp) / "cached"
        count = len(list(last_corpus.glob("*.txt")))
        wall, peak, _ = run(["build", str(last_corpus), "--out", str(cached), "-j", str(args.jobs[-1]), "-q"], env)
        extra = Path(tmp) / "extra" / "news"
        write(extra, count + 5, gold=False)
        new = sorted(extra.glob("*.txt"))[count:]
        for path in new:
            shutil.copyfile(path, last_corpus / path.name)
        wall_add, peak_add, _ = run(["add", *map(str, new), "--to", str(cached), "-q"], env)
        print(f"| add 5 articles to {count} | {wall_add:.1f} s ({wall_add / wall:.0%} of the cached build's "
              f"{wall:.1f} s) | | | {peak_add:.0f} MiB |")
        wall_re, _, _ = run(["build", str(last_corpus), "--out", str(cached), "-q"], env)
        print(f"| rebuild with the facts cache (nothing new) | {wall_re:.1f} s | | | |")
        if SCORE.is_file():
            gold = last_corpus.parent / f"{last_corpus.name}-gold"
            scored = subprocess.run([sys.executable, str(SCORE), "--gold", str(gold), "--ttl",
                                     str(last_out / "orggraph.ttl"), "--json", "--quiet"],
                                    capture_output=True, text=True, check=False)
            try:
                micro = json.loads(scored.stdout).get("micro", {})
                print(f"| quality on {count} synthetic articles | micro-F1 {micro.get('f1', float('nan')):.3f} | | | |")
            except ValueError:
                print(f"| quality | score.py said: {scored.stdout[-200:]} {scored.stderr[-200:]} | | | |")
        server = Path(sys.executable).with_name("oxigraph")
        if server.is_file():
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
            proc = subprocess.Popen([str(server), "serve", "--location", str(Path(tmp) / "server"), "--bind",
                                     f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                time.sleep(1)
                wall, _, said = run(["push", "--endpoint", f"http://127.0.0.1:{port}/store", "--graph",
                                     str(last_out / "orggraph.ttl"), "--graph-iri", "https://example.org/g", "-q"], env)
                print(f"| push ({said.split()[1]} triples, on-disk server) | {wall:.1f} s | | | |")
            finally:
                proc.terminate()
                proc.wait(timeout=30)


if __name__ == "__main__":
    main()
