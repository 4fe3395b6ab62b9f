"""The offline HTML page: escaping, determinism, the overview's groups and layout, search keys
and timelines here; drawing, the overview, fit, deep links, search, the time axis and hostile
labels in headless Chromium with the network blocked (marker `browser`). Screenshots of the
first views land in test-output/screens/ (gitignored) for a human to look at."""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from _graphs import HOSTILE_IMG, HOSTILE_SCRIPT, seeds_like_graph, synthetic_graph
from _querygraphs import organisation_graph, write_organisation_graph
from orggraph.errors import OrggraphError
from orggraph.export import overview
from orggraph.export.focus import Focus, apply, find_node, fold
from orggraph.export.html import (
    OVERVIEW_LIMIT,
    json_for_script,
    page_data,
    page_fold,
    render_html,
    search_keys,
    task_label,
    write_html,
)
from orggraph.export.timeline import person_timeline
from orggraph.graph import KnowledgeGraph
from orggraph.lookup import Index
from orggraph.model import Article, Evidence
from orggraph.query import OxigraphEngine

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "test-output"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


# ---------------------------------------------------------------------- no browser
def test_json_for_script_cannot_close_the_script() -> None:
    text = json_for_script({"a": "</script><!-- & \u2028\u2029 >"})
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_page_is_self_contained_and_data_is_escaped() -> None:
    page = render_html(seeds_like_graph(), title="<b>t</b>")
    assert HOSTILE_IMG not in page and HOSTILE_SCRIPT not in page
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in page
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=", page, re.I)  # nothing fetched
    assert "Content-Security-Policy" in page and "default-src &#x27;none&#x27;" in page
    assert len(re.findall(r"^<script", page, re.M)) == 3  # data, vis-network, page


def test_same_graph_same_bytes() -> None:
    assert render_html(seeds_like_graph()) == render_html(seeds_like_graph())


def test_page_data_labels_from_ontology() -> None:
    data = page_data(seeds_like_graph())
    labels = {r["name"]: r["label"] for r in data["relations"]}
    assert labels["spokeAt"] == "spoke at" and labels["postIn"] == "post in"
    assert len(data["nodes"]) == seeds_like_graph().g.number_of_nodes()


def test_fold_strips_marks_and_d() -> None:
    assert fold("  Đặng Quốc  Bảo ") == "dang quoc bao"
    assert fold("Nguyễn Văn Hùng") == "nguyen van hung"


def test_focus_around_and_names_without_diacritics() -> None:
    kg = seeds_like_graph()
    assert find_node(kg, "tran thi lan", "Person") == "person/tran-thi-lan"
    with pytest.raises(OrggraphError, match="no person"):
        find_node(kg, "Không Có Ai", "Person")
    view, cut = apply(kg, Focus(around="Trần Thị Lan", depth=1))
    assert set(view.g.nodes) == {"person/tran-thi-lan", "meeting/hoi-nghi-tinh-uy-2024-03-02"}
    assert "within 1 hops of Trần Thị Lan" in cut.message()
    view, _ = apply(kg, Focus(body="Tỉnh ủy Nghệ An", depth=1))
    assert "post/bi-thu-tinh-uy-nghe-an" in view.g and "person/tran-thi-lan" not in view.g


def test_focus_dates_and_cap() -> None:
    kg = seeds_like_graph()
    view, _ = apply(kg, Focus(since=date(2024, 7, 1)))
    assert "person/le-minh-duc" in view.g and "person/tran-thi-lan" not in view.g
    big = synthetic_graph(3000)
    view, cut = apply(big, Focus(max_nodes=200))
    assert view.g.number_of_nodes() == 200 and view.g.number_of_edges() >= 199  # a connected part
    assert cut.message().startswith("showing 200 of 3,000 nodes") and "left out 2,800 nodes" in cut.message()


def test_big_page_is_deterministic_too() -> None:
    kg = synthetic_graph(OVERVIEW_LIMIT + 200)
    assert render_html(kg) == render_html(synthetic_graph(OVERVIEW_LIMIT + 200))


def test_same_page_whatever_the_hash_seed() -> None:
    """The layout and the groups walk sets and dicts: no order may leak into the page."""
    code = ("import sys, hashlib; sys.path.insert(0, 'tests'); from _graphs import synthetic_graph, seeds_like_graph; "
            "from orggraph.export.html import render_html; "
            "print(hashlib.sha1((render_html(synthetic_graph(600)) + render_html(seeds_like_graph())).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, check=True).stdout for seed in ("1", "2")}
    assert len(digests) == 1


# ---------------------------------------------------------------------- overview: homes, groups, layout
def test_every_node_folds_into_the_body_its_facts_name() -> None:
    home = overview.homes(seeds_like_graph())
    nghe_an, ha_tinh = "body/tinh-uy-nghe-an", "body/tinh-uy-ha-tinh"
    assert home["post/bi-thu-tinh-uy-nghe-an"] == nghe_an  # post in
    assert home["person/nguyen-van-hung"] == nghe_an  # the body of the post held
    assert home["meeting/hoi-nghi-tinh-uy-2024-03-02"] == nghe_an  # organizer
    assert home["person/tran-thi-lan"] == nghe_an  # no post: the meeting spoken at
    assert home["doc/nghi-quyet-18-nq-tw"] == nghe_an  # issuer
    assert home["task/ha-tinh-1"] == ha_tinh  # its meeting's
    assert home["group/nganh-to-chuc"] == ha_tinh  # its task's
    assert home[nghe_an] == nghe_an and home[ha_tinh] == ha_tinh


def test_groups_and_layout_keep_members_in_disjoint_discs() -> None:
    kg = synthetic_graph(2000)
    groups = overview.groups(kg)
    assert sum(len(g.members) + (g.anchor is not None) for g in groups) == kg.g.number_of_nodes()
    pos, discs = overview.layout(kg, groups)
    assert set(pos) == set(kg.g.nodes)
    for group, (cx, cy, r) in zip(groups, discs, strict=True):
        for node in group.members:
            assert math.dist(pos[node], (cx, cy)) <= r + 1
    for i, (x1, y1, r1) in enumerate(discs):
        for x2, y2, r2 in discs[i + 1:]:
            assert math.dist((x1, y1), (x2, y2)) >= r1 + r2 - 2, "two groups' discs overlap"
    assert overview.layout(kg, groups) == (pos, discs)


def test_overview_data_pins_the_most_connected_officials() -> None:
    kg = synthetic_graph(OVERVIEW_LIMIT + 300)
    data = page_data(kg)
    assert data["overview"] is True and data["physics"] is False
    pinned = {n["key"] for n in data["nodes"] if n.get("pin")}
    assert len(pinned) == overview.pinned_count(kg.g.number_of_nodes())
    degree = kg.g.degree()
    lowest_pinned = min(degree[k] for k in pinned)
    assert all(degree[n] <= lowest_pinned for n, d in kg.g.nodes(data=True) if d["type"] == "Person" and n not in pinned)
    assert {n["g"] for n in data["nodes"]} == set(range(len(data["groups"])))
    assert page_data(seeds_like_graph())["overview"] is False


def test_tasks_are_labelled_assigner_to_addressee() -> None:
    kg = seeds_like_graph()
    assert task_label(kg, "task/ha-tinh-1") == "Lê Minh Đức → ngành Tổ chức xây dựng Đảng"
    node = next(n for n in page_data(kg)["nodes"] if n["key"] == "task/ha-tinh-1")
    assert node["label"] == "Lê Minh Đức → ngành Tổ chức xây dựng Đảng"
    assert node["text"] == "Tập trung lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội"  # the panel's instruction


def test_search_keys_come_from_the_cli_normalisation() -> None:
    assert "ban to chuc tw" in search_keys(["Ban Tổ chức Trung ương"])
    assert "bct" in search_keys(["Bộ Chính trị"])
    assert "dai hoi 14" in search_keys(["Đại hội XIV"])  # Roman numerals as the CLI reads them
    assert "ubnd tinh nghe an" in search_keys(["Ủy ban nhân dân tỉnh Nghệ An"])
    assert "uy ban nhan dan tinh nghe an" in search_keys(["UBND tỉnh Nghệ An"])
    assert search_keys(["Nguyễn Văn Hùng"]) == []  # the page folds that one itself
    assert page_fold("  Đặng Quốc-Bảo, Uỷ ") == "dang quoc bao uy"


# ---------------------------------------------------------------------- timeline
def career_graph() -> KnowledgeGraph:
    """One official's career: posts taken up and left (PersonnelChange nodes as assemble.py makes
    them), a post held as attested, a meeting chaired, a task given there."""
    kg = KnowledgeGraph()
    for art, day in (("a1", date(2020, 3, 20)), ("a2", date(2022, 5, 2)), ("a3", date(2023, 9, 1)),
                     ("a4", date(2024, 1, 6))):
        kg.add_article(Article(art, "", title=f"Bài {art}", published=day))

    def ev(art: str, text: str) -> list[Evidence]:
        return [Evidence(art, 0, len(text), text)]

    lan = kg.add_node("person/tran-thi-lan", "Person", "Trần Thị Lan", evidence=ev("a1", "Bà Trần Thị Lan."))
    post = kg.add_node("post/bi-thu-tinh-uy-nghe-an", "Post", "Bí thư Tỉnh ủy Nghệ An")
    body = kg.add_node("body/tinh-uy-nghe-an", "Organization", "Tỉnh ủy Nghệ An")
    politburo = kg.add_node("body/bo-chinh-tri", "Organization", "Bộ Chính trị")
    doc = kg.add_node("doc/quyet-dinh-1234", "Document", "Quyết định số 1234-QĐNS/TW", number="1234-QĐNS/TW")
    meeting = kg.add_node("meeting/hoi-nghi-2022", "Meeting", "Hội nghị Tỉnh ủy Nghệ An", date="2022-05-01", held=True)
    task = kg.add_node("task/t1", "Task", "Tập trung chỉ đạo công tác cán bộ")
    kg.add_fact(post, "postIn", body, ev("a1", "Bí thư Tỉnh ủy Nghệ An."))
    kg.add_fact(lan, "holds", post, ev("a2", "Bí thư Tỉnh ủy Nghệ An Trần Thị Lan.") + ev("a3", "Bà Lan, Bí thư."))
    kg.add_fact(lan, "chaired", meeting, ev("a2", "Bà Lan chủ trì hội nghị."))
    kg.add_fact(body, "organized", meeting, ev("a2", "Tỉnh ủy tổ chức hội nghị."))
    kg.add_fact(task, "assignedBy", lan, ev("a2", "Bà Lan yêu cầu tập trung chỉ đạo."))
    kg.add_fact(task, "atMeeting", meeting, ev("a2", "Tại hội nghị."))
    kg.add_fact(task, "assignedTo", body, ev("a2", "Tỉnh ủy."))
    for change, kind, day, how, art in (("change/c1", "TakesOffice", "2020-03-12", "bổ nhiệm", "a1"),
                                        ("change/c2", "LeavesOffice", "2024-01-05", "nghỉ hưu", "a4"),
                                        ("change/c3", "TakesOffice", None, "bầu", "a3")):
        e = ev(art, f"Bà Trần Thị Lan {how}.")
        target = post if art != "a3" else kg.add_node("post/uy-vien-trung-uong", "Post", "Ủy viên Trung ương Đảng")
        kg.add_node(change, "PersonnelChange", f"Trần Thị Lan: {how}", evidence=e, change=kind, date=day, how=how)
        kg.add_fact(change, "person", lan, e)
        kg.add_fact(change, "post", target, e)
        if art == "a1":
            kg.add_fact(change, "decidedBy", politburo, e)
            kg.add_fact(change, "byDocument", doc, e)
    return kg


def test_a_persons_timeline_has_changes_posts_meetings_and_tasks_by_date() -> None:
    kg = career_graph()
    events = person_timeline(kg, "person/tran-thi-lan")
    assert [(e.start, e.kind, e.target) for e in events] == [
        ("2020-03-12", "TakesOffice", "post/bi-thu-tinh-uy-nghe-an"),
        ("2022-05-01", "chaired", "meeting/hoi-nghi-2022"),
        ("2022-05-01", "assignedBy", "task/t1"),
        ("2022-05-02", "holds", "post/bi-thu-tinh-uy-nghe-an"),
        ("2023-09-01", "TakesOffice", "post/uy-vien-trung-uong"),  # undated: its article's date
        ("2024-01-05", "LeavesOffice", "post/bi-thu-tinh-uy-nghe-an"),
    ]
    assert events[4].reported and not events[0].reported
    took = events[0]
    assert (took.how, took.by, took.document, took.source) == ("bổ nhiệm", "body/bo-chinh-tri", "doc/quyet-dinh-1234",
                                                               "change/c1")
    assert events[3].end == "2023-09-01"  # a post held: first to last attestation
    data = page_data(kg)
    index = {n["key"]: n["id"] for n in data["nodes"]}
    person = next(n for n in data["nodes"] if n["key"] == "person/tran-thi-lan")
    assert person["tl"][0] == ["2020-03-12", "", "TakesOffice", index["post/bi-thu-tinh-uy-nghe-an"],
                               index["change/c1"], "bổ nhiệm", index["body/bo-chinh-tri"], index["doc/quyet-dinh-1234"], 0]
    change = next(n for n in data["nodes"] if n["key"] == "change/c2")
    assert (change["change"], change["how"], change["date"]) == ("LeavesOffice", "nghỉ hưu", "2024-01-05")
    assert "PersonnelChange" in [t["name"] for t in data["types"]]


# ---------------------------------------------------------------------- browser
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("chromium not installed (make browser: apt-get install chromium); browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright missing: pip install -e .[dev]")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class OfflinePage:
    """A page of the browser with every non-file request aborted and recorded."""

    def __init__(self, browser: Any, path: Path, bypass_csp: bool = False, hash_: str = "",
                 viewport: tuple[int, int] = (1400, 850)) -> None:
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, bypass_csp=bypass_csp)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri() + hash_)
        self.page.wait_for_selector("body[data-ready]", state="attached", timeout=20_000)

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def js(self, expr: str) -> Any:
        return self.page.evaluate(expr)

    def hash(self) -> str:
        return str(self.js("location.hash"))

    def click_node(self, key: str) -> None:
        at = self.js(f"orggraph.domPosition({json.dumps(key)})")
        self.page.mouse.click(at["x"], at["y"])

    def assert_fitted(self) -> None:
        """What is shown lies inside the canvas, centred, and fills most of its width or height
        (unless a few nodes would be blown up beyond the page's fit zoom)."""
        box = self.js("orggraph.shownBox()")
        assert -0.01 <= box["x0"] and box["x1"] <= 1.01 and -0.01 <= box["y0"] and box["y1"] <= 1.01, box
        assert abs((box["x0"] + box["x1"]) / 2 - 0.5) < 0.05 and abs((box["y0"] + box["y1"]) / 2 - 0.5) < 0.05, box
        capped = self.js("orggraph.network.getScale() >= orggraph.maxFitScale - 1e-6")
        assert capped or max(box["x1"] - box["x0"], box["y1"] - box["y0"]) >= 0.6, box

    def assert_labels_apart(self, at_least: int) -> None:
        boxes = self.js("orggraph.labelBoxes")
        assert len(boxes) >= at_least
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), "labels overlap"

    def close(self) -> None:
        assert self.requests == [], f"the page asked the network for {self.requests}"
        assert self.errors == [], self.errors
        self.context.close()


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "seeds.html"
    return write_html(seeds_like_graph(), path, title="orggraph — seeds")


@pytest.fixture(scope="module")
def big_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "big.html"
    return write_html(synthetic_graph(1200), path, title="orggraph — 1 200 nodes")


@pytest.mark.browser
def test_offline_page_draws_every_node(browser: Any, seeds_page: Path) -> None:
    page = OfflinePage(browser, seeds_page)
    n = seeds_like_graph().g.number_of_nodes()
    assert page.js("[orggraph.nodeCount, orggraph.drawnNodes(), orggraph.overview]") == [n, n, False]
    assert page.js("window.__pwned") is None
    legend = page.page.inner_text("#types")
    assert "Person" in legend and "Meeting" in legend
    page.assert_fitted()
    page.assert_labels_apart(at_least=15)
    page.close()


@pytest.mark.browser
def test_an_empty_graph_and_everything_filtered_out(browser: Any, seeds_page: Path, tmp_path: Path) -> None:
    page = OfflinePage(browser, write_html(KnowledgeGraph(), tmp_path / "empty.html"))
    assert page.js("[orggraph.shownCount(), orggraph.drawnNodes()]") == [0, 0]
    page.page.click("#fit")
    page.page.click("#time")
    page.close()
    page = OfflinePage(browser, seeds_page)
    for box in page.page.locator("#types input").all():
        box.uncheck()
    assert page.js("orggraph.drawnNodes()") == 0
    page.page.click("#time")
    page.page.click("#reset")
    page.assert_fitted()
    page.close()


@pytest.mark.browser
def test_search_without_diacritics_and_type_filter(browser: Any, seeds_page: Path) -> None:
    page = OfflinePage(browser, seeds_page)
    page.page.fill("#search", "nguyen van hung")
    assert page.page.inner_text("#results li").startswith("Nguyễn Văn Hùng")
    page.page.fill("#search", "dang quoc bao")
    assert page.page.inner_text("#results li").startswith("Đặng Quốc Bảo")
    page.page.click("#results button")
    assert "Đồng chí Đặng Quốc Bảo" in page.page.inner_text("#panel")  # its evidence sentence
    total = page.js("orggraph.drawnNodes()")
    persons = sum(1 for _, d in seeds_like_graph().g.nodes(data=True) if d["type"] == "Person")
    page.page.uncheck("#types input[data-name=Person]")
    assert page.js("orggraph.drawnNodes()") == total - persons
    page.page.check("#types input[data-name=Person]")
    assert page.js("orggraph.drawnNodes()") == total
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "textContent-alone"])
def test_hostile_labels_never_run(browser: Any, seeds_page: Path, bypass_csp: bool) -> None:
    page = OfflinePage(browser, seeds_page, bypass_csp=bypass_csp)
    page.page.fill("#search", "pwned")
    assert page.js("document.querySelectorAll('#results li').length") == 2
    for i in range(2):
        page.page.fill("#search", "pwned")
        page.page.locator("#results button").nth(i).click()
        panel = page.page.inner_text("#panel")
        assert HOSTILE_IMG in panel or HOSTILE_SCRIPT in panel  # shown as text
        page.page.locator("#panel ul li button").first.click()  # the edge, its hostile sentence
        assert HOSTILE_SCRIPT in page.page.inner_text("#panel")
    page.page.wait_for_timeout(100)
    assert page.js("typeof window.__pwned") == "undefined"
    assert page.js("document.querySelectorAll('#panel img, #panel script, #results img').length") == 0
    page.close()


@pytest.mark.browser
def test_fit_and_refit_after_filtering(browser: Any, seeds_page: Path, big_page: Path) -> None:
    for path in (seeds_page, big_page):
        page = OfflinePage(browser, path)
        page.assert_fitted()
        page.js("orggraph.network.moveTo({position: {x: 50000, y: 50000}, scale: 3})")  # lost somewhere
        page.page.click("#fit")
        page.assert_fitted()
        fits = page.js("orggraph.fits")
        for name in ("Person", "Meeting", "Task", "Post"):
            page.page.uncheck(f"#types input[data-name={name}]")
        assert page.js("orggraph.fits") == fits + 4  # each filter re-fits
        page.assert_fitted()  # what is left fills the view, no holes
        page.page.click("#reset")
        page.assert_fitted()
        page.close()


@pytest.mark.browser
def test_big_graph_opens_on_an_overview_whose_bodies_open_on_click(browser: Any, big_page: Path) -> None:
    kg = synthetic_graph(1200)
    page = OfflinePage(browser, big_page)
    assert page.js("orggraph.network.physics.options.enabled") is False
    shown = page.js("orggraph.shownCount()")
    bodies = sum(1 for _, d in kg.g.nodes(data=True) if d["type"] == "Organization")
    assert bodies < shown <= bodies + overview.pinned_count(1200) + 10  # bodies, officials, loose clusters
    assert page.js("orggraph.drawnNodes()") == shown
    page.assert_labels_apart(at_least=25)
    body = max((n for n, d in kg.g.nodes(data=True) if d["type"] == "Organization"), key=lambda n: kg.g.degree(n))
    assert page.js(f"orggraph.isFolded('{body}')") is True
    page.click_node(body)
    assert page.js(f"orggraph.isFolded('{body}')") is False
    assert page.js("orggraph.shownCount()") > shown
    assert f"open={body}" in page.hash() and f"node={body}" in page.hash()
    assert "Fold its" in page.page.inner_text("#panel")
    page.page.click("#unfold")  # open all
    assert page.js("[orggraph.drawnNodes(), orggraph.shownCount()]") == [kg.g.number_of_nodes()] * 2
    assert "open=all" in page.hash()
    page.close()


@pytest.mark.browser
def test_deep_link_restores_selection_filters_and_open_bodies(browser: Any, big_page: Path) -> None:
    kg = synthetic_graph(1200)
    person = max((n for n, d in kg.g.nodes(data=True) if d["type"] == "Person"), key=lambda n: (kg.g.degree(n) == 1, n))
    label = kg.g.nodes[person]["label"]
    page = OfflinePage(browser, big_page, hash_=f"#node={person}&hide=Task,Meeting&hiderel=concerns")
    assert page.page.inner_text("#panel h2").endswith(label)
    assert page.js(f"orggraph.isShown('{person}')") is True  # its body was opened to show it
    assert not page.page.is_checked("#types input[data-name=Task]")
    assert not page.page.is_checked("#relations input[data-name=concerns]")
    tasks = {n for n, d in kg.g.nodes(data=True) if d["type"] == "Task"}
    assert not any(page.js(f"orggraph.isShown('{t}')") for t in sorted(tasks)[:20])
    page.page.uncheck("#types input[data-name=Document]")
    link = page.page.url
    assert "hide=Meeting,Document,Task" in link and f"node={person}" in link and "open=" in link
    again = OfflinePage(browser, big_page, hash_="#" + link.split("#", 1)[1])
    assert again.page.inner_text("#panel h2").endswith(label)
    assert again.js("orggraph.shownCount()") == page.js("orggraph.shownCount()")
    assert not again.page.is_checked("#types input[data-name=Document]")
    again.page.click("#time")
    assert "time=1" in again.page.url
    third = OfflinePage(browser, big_page, hash_="#" + again.page.url.split("#", 1)[1])
    assert third.js("orggraph.timeAxis()") is not None
    for p in (page, again, third):
        p.close()


QUERIES = [  # what the CLI's lookup resolves (tests/test_lookup.py), typed into the page's search
    ("nguyen van hung", "person/nguyen-van-hung"),
    ("Minh Tuấn", "person/le-minh-tuan"),
    ("Ban Tổ chức TW", "body/ban-to-chuc-trung-uong"),
    ("ban to chuc tw", "body/ban-to-chuc-trung-uong"),
    ("Ban Tổ chức TƯ", "body/ban-to-chuc-trung-uong"),
    ("Trưởng ban Tổ chức T.Ư", "post/truong-ban-to-chuc-trung-uong"),
    ("Uỷ ban nhân dân tỉnh Nghệ An", "body/uy-ban-nhan-dan-tinh-nghe-an"),
    ("UBND tinh Nghe An", "body/uy-ban-nhan-dan-tinh-nghe-an"),
    ("BCH Trung ương", "body/ban-chap-hanh-trung-uong"),
    ("BCT", "body/bo-chinh-tri"),
    ("dai hoi 14", "meeting/dai-hoi-xiv"),
    ("dai hoi XIV", "meeting/dai-hoi-xiv"),
    ("person/tran-thi-lan", "person/tran-thi-lan"),
]
BY_NUMBER = [  # the page puts a document before a task whose instruction names it
    ("Nghị quyết 26", "doc/nghi-quyet-26"),
    ("nghi quyet so 26", "doc/nghi-quyet-26"),
    ("35-CT/TW", "doc/chi-thi-35"),
    ("35", "doc/chi-thi-35"),
]


@pytest.mark.browser
def test_search_by_abbreviation_and_number_finds_what_the_cli_finds(browser: Any, tmp_path: Path) -> None:
    index = Index.build(OxigraphEngine.load(write_organisation_graph(tmp_path / "g.ttl")))
    page = OfflinePage(browser, write_html(organisation_graph(), tmp_path / "g.html"))
    for query, node in QUERIES:
        assert index.find(query).node_id == node, f"the CLI reads {query!r} otherwise"
        assert page.js(f"orggraph.findKeys({json.dumps(query)})[0]") == node, query
    for query, node in BY_NUMBER:
        assert page.js(f"orggraph.findKeys({json.dumps(query)})[0]") == node, query
    page.page.fill("#search", "ban to chuc tw")
    page.page.keyboard.press("Enter")
    assert page.page.inner_text("#panel h2").endswith("Ban Tổ chức Trung ương")
    assert "node=body/ban-to-chuc-trung-uong" in page.hash()
    page.close()


@pytest.mark.browser
def test_timeline_panel_and_time_axis(browser: Any, tmp_path: Path) -> None:
    kg = career_graph()
    page = OfflinePage(browser, write_html(kg, tmp_path / "career.html"), hash_="#node=person/tran-thi-lan")
    rows = page.page.locator("#panel ol.timeline li")
    assert [rows.nth(i).get_attribute("data-kind") for i in range(rows.count())] == [
        "TakesOffice", "chaired", "assignedBy", "holds", "TakesOffice", "LeavesOffice"]
    first = rows.nth(0).inner_text()
    assert "2020-03-12" in first and "took up" in first and "Bí thư Tỉnh ủy Nghệ An" in first
    assert "bổ nhiệm" in first and "decided by Bộ Chính trị" in first and "Quyết định số 1234" in first
    assert "left" in rows.nth(5).inner_text() and "nghỉ hưu" in rows.nth(5).inner_text()
    assert "reported then" in rows.nth(4).inner_text() and "bầu" in rows.nth(4).inner_text()
    assert "2022-05-02 – 2023-09-01" in rows.nth(3).inner_text()
    assert "Tập trung chỉ đạo" in rows.nth(2).inner_text()  # the instruction, with the task's short label
    rows.nth(0).locator("button").first.click()  # the post
    assert page.page.inner_text("#panel h2").endswith("Bí thư Tỉnh ủy Nghệ An")
    before = page.js("orggraph.network.getPositions()")
    page.page.click("#time")
    assert page.js("orggraph.timeAxis().lanes")[:2] == ["Person", "Organization"]
    pos = page.js("orggraph.network.getPositions()")
    index = {n["key"]: str(n["id"]) for n in page_data(kg)["nodes"]}
    x = {key: pos[i]["x"] for key, i in index.items()}
    assert x["change/c1"] < x["meeting/hoi-nghi-2022"] < x["change/c3"] < x["change/c2"]  # 2020 < 2022 < 2023 < 2024
    assert "timeline" in page.page.inner_text("#caption").lower()
    page.assert_fitted()
    page.page.click("#time")
    assert page.js("orggraph.network.getPositions()") == before
    page.close()


@pytest.mark.browser
def test_panels_toggle_on_small_screens(browser: Any, seeds_page: Path) -> None:
    page = OfflinePage(browser, seeds_page, viewport=(700, 800))
    assert not page.page.is_visible("#panel") and not page.page.is_visible("#controls")
    page.page.click("#toggle-controls")
    assert page.page.is_visible("#controls")
    page.page.fill("#search", "nguyen van hung")
    page.page.click("#results button")
    assert page.page.is_visible("#panel")  # a selection brings its panel
    page.page.click("#toggle-panel")
    assert not page.page.is_visible("#panel")
    page.close()
    wide = OfflinePage(browser, seeds_page)
    wide.page.click("#toggle-panel")
    assert not wide.page.is_visible("#panel")
    wide.assert_fitted()
    wide.close()


@pytest.mark.browser
def test_first_view_screenshots(browser: Any, tmp_path: Path) -> None:
    """The seeds' own build and a 1 200-node graph at two screen sizes, for a human to look at
    (test-output/screens/); labels must be many and never overlap."""
    from orggraph.pipeline import build

    out = OUTPUT / "screens"
    out.mkdir(parents=True, exist_ok=True)
    pages = {"seeds": write_html(build([ROOT / "seeds"]).graph, tmp_path / "seeds.html", title="orggraph — seeds"),
             "synthetic-1200": write_html(synthetic_graph(1200), tmp_path / "big.html", title="orggraph — 1 200 nodes")}
    for name, path in pages.items():
        for width, height in ((1280, 720), (1600, 1000)):
            page = OfflinePage(browser, path, viewport=(width, height))
            page.assert_fitted()
            page.assert_labels_apart(at_least=15)
            page.page.screenshot(path=str(out / f"{name}-{width}x{height}.png"))
            page.close()
