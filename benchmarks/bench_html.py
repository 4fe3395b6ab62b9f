"""Export benchmarks: HTML render+stabilise in headless Chromium, offline, and GraphML writes.

    .venv/bin/python benchmarks/bench_html.py [--nodes 5000] [--big 50000] [--cap 500]

Prints seconds: Python time to write each page, the browser's time from navigation to the
first frame drawn after layout settles (window.orggraph.readyMs), and GraphML write times.
Targets (issue 5): 5 000 nodes under 10 s; 50 000 cut to 500 loads under 3 s.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from _graphs import synthetic_graph  # noqa: E402
from orggraph.export.focus import Focus, apply  # noqa: E402
from orggraph.export.graphml import write_graphml  # noqa: E402
from orggraph.export.html import write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    print(f"{label}: {time.perf_counter() - start:.2f} s", flush=True)
    return value


def load(browser, path: Path) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    """(wall seconds to ready, browser ms at ready, nodes drawn), with every request blocked."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    blocked: list[str] = []
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
               else (blocked.append(r.request.url), r.abort()))
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=60_000)
    wall = time.perf_counter() - start
    ready_ms, drawn = page.evaluate("[orggraph.readyMs, orggraph.drawnNodes()]")
    page.close()
    if blocked:
        raise SystemExit(f"page asked the network for {blocked}")
    return wall, ready_ms, drawn


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--big", type=int, default=50_000)
    ap.add_argument("--cap", type=int, default=500)
    args = ap.parse_args()
    if not shutil.which("chromium") and not Path(CHROMIUM).exists():
        raise SystemExit("chromium missing: `make browser` (apt-get install chromium)")
    out = Path(tempfile.mkdtemp(prefix="bench_html_"))
    mid = timed(f"build synthetic {args.nodes}-node graph", lambda: synthetic_graph(args.nodes))
    print(f"  {mid.g.number_of_nodes()} nodes, {mid.g.number_of_edges()} edges")
    timed(f"write GraphML ({args.nodes} nodes)", lambda: write_graphml(mid, out / "mid.graphml"))
    page_mid = timed(f"write HTML ({args.nodes} nodes)", lambda: write_html(mid, out / "mid.html"))
    big = timed(f"build synthetic {args.big}-node graph", lambda: synthetic_graph(args.big))
    print(f"  {big.g.number_of_nodes()} nodes, {big.g.number_of_edges()} edges")
    timed(f"write GraphML ({args.big} nodes)", lambda: write_graphml(big, out / "big.graphml"))
    view, cut = timed(f"cut {args.big} -> {args.cap}", lambda: apply(big, Focus(max_nodes=args.cap)))
    print(f"  {cut.message()}")
    page_cut = timed(f"write HTML ({args.cap} nodes)", lambda: write_html(view, out / "cut.html", cut=cut))
    print(f"  page sizes: {page_mid.stat().st_size / 1e6:.1f} MB, {page_cut.stat().st_size / 1e6:.1f} MB")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        runs = ((f"{args.nodes}-node page", page_mid, mid.g.number_of_nodes(), 10.0),
                (f"{args.big}->{args.cap} page", page_cut, view.g.number_of_nodes(), 3.0))
        for label, path, n, limit in runs:
            wall, ready_ms, drawn = load(browser, path)
            verdict = "ok" if wall < limit and drawn == n else "FAIL"
            print(f"{label}: ready in {wall:.2f} s wall ({ready_ms / 1000:.2f} s in page), "
                  f"{drawn}/{n} nodes drawn, target < {limit:.0f} s: {verdict}")
        browser.close()
    shutil.rmtree(out)


if __name__ == "__main__":
    main()
