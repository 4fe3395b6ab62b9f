"""Knowledge graphs built through the KnowledgeGraph API, for the export tests and benchmarks.

Names are invented. `seeds_like_graph` mimics what the seeds produce (and carries two hostile
labels); `tiny_graph` is the golden GraphML's input; `synthetic_graph` scales to 50 000 nodes.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from orggraph.graph import KnowledgeGraph
from orggraph.model import Article, Evidence
from orggraph.text import slug

HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"


def tiny_graph() -> KnowledgeGraph:
    """Two people, a post, a body, a meeting; parallel edges person->meeting (chaired, spokeAt)."""
    kg = KnowledgeGraph()
    kg.add_article(Article("a1", "", title="Hội nghị Tỉnh ủy Nghệ An", published=date(2024, 3, 2),
                           url="https://example.org/a1", source="a1.txt"))
    kg.add_article(Article("a2", "", title="Kỳ họp thứ 7", published=date(2024, 5, 20), source="a2.txt"))
    s1 = Evidence("a1", 0, 60, "Đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy Nghệ An chủ trì hội nghị.")
    s2 = Evidence("a1", 61, 110, "Bà Trần Thị Lan phát biểu tại hội nghị.")
    s3 = Evidence("a2", 0, 50, "Ông Nguyễn Văn Hùng phát biểu tại kỳ họp.")
    hung = kg.add_node("person/nguyen-van-hung", "Person", "Nguyễn Văn Hùng", alt=["ông Hùng"],
                       evidence=[s1, s3])
    lan = kg.add_node("person/tran-thi-lan", "Person", "Trần Thị Lan", evidence=[s2])
    body = kg.add_node("body/tinh-uy-nghe-an", "Organization", "Tỉnh ủy Nghệ An", evidence=[s1])
    post = kg.add_node("post/bi-thu-tinh-uy-nghe-an", "Post", "Bí thư Tỉnh ủy Nghệ An", evidence=[s1])
    meeting = kg.add_node("meeting/hoi-nghi-tinh-uy-2024-03-02", "Meeting", "Hội nghị Tỉnh ủy",
                          evidence=[s1], date="2024-03-02", held=True)
    doc = kg.add_node("doc/nghi-quyet-18-nq-tw", "Document", "Nghị quyết số 18-NQ/TW", evidence=[s1],
                      number="18-NQ/TW", kind="Nghị quyết")
    kg.add_fact(hung, "holds", post, [s1])
    kg.add_fact(post, "postIn", body, [s1])
    kg.add_fact(hung, "chaired", meeting, [s1])
    kg.add_fact(hung, "spokeAt", meeting, [s3])
    kg.add_fact(lan, "spokeAt", meeting, [s2])
    kg.add_fact(body, "organized", meeting, [s1])
    kg.add_fact(doc, "issuedBy", body, [s1])
    return kg


def seeds_like_graph() -> KnowledgeGraph:
    """A few articles' worth: people, posts, bodies, meetings, documents, tasks, two hostile labels."""
    kg = tiny_graph()
    kg.add_article(Article("a3", "", title=f"Bài có tiêu đề {HOSTILE_SCRIPT}", published=date(2024, 6, 1),
                           url="javascript:window.__pwned=1", source="a3.txt"))
    kg.add_article(Article("a4", "", title="Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh",
                           published=date(2024, 7, 15), source="a4.txt"))
    e3 = Evidence("a3", 0, 80, f"Ông {HOSTILE_IMG} phát biểu {HOSTILE_SCRIPT} tại hội nghị.")
    people = ["Lê Minh Đức", "Phạm Thị Hoa", "Đặng Quốc Bảo", "Võ Thị Thanh Hương", "Hoàng Đình Nam"]
    body = kg.add_node("body/tinh-uy-ha-tinh", "Organization", "Tỉnh ủy Hà Tĩnh")
    meeting = kg.add_node("meeting/hoi-nghi-bch-ha-tinh-2024-07-15", "Meeting",
                          "Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", date="2024-07-15", held=True)
    kg.add_fact(body, "organized", meeting, [Evidence("a4", 0, 40, "Tỉnh ủy Hà Tĩnh tổ chức hội nghị.")])
    posts = ["Bí thư Tỉnh ủy Hà Tĩnh", "Phó Bí thư Tỉnh ủy Hà Tĩnh", "Chủ tịch UBND tỉnh Hà Tĩnh",
             "Trưởng ban Tuyên giáo Tỉnh ủy Hà Tĩnh", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh"]
    for i, (name, title) in enumerate(zip(people, posts, strict=True)):
        ev = Evidence("a4", 100 * i, 100 * i + 60, f"Đồng chí {name}, {title} dự hội nghị.")
        person = kg.add_node(f"person/{slug(name)}", "Person", name, evidence=[ev])
        post = kg.add_node(f"post/{slug(title)}", "Post", title, evidence=[ev])
        kg.add_fact(person, "holds", post, [ev])
        kg.add_fact(post, "postIn", body, [ev])
        kg.add_fact(person, "chaired" if i == 0 else "attended", meeting, [ev])
    bad1 = kg.add_node("person/hostile-img", "Person", HOSTILE_IMG, evidence=[e3])
    bad2 = kg.add_node("person/hostile-script", "Person", HOSTILE_SCRIPT, evidence=[e3])
    kg.add_fact(bad1, "spokeAt", "meeting/hoi-nghi-tinh-uy-2024-03-02", [e3])
    kg.add_fact(bad2, "attended", meeting, [e3])
    task = kg.add_node("task/ha-tinh-1", "Task", "Tập trung lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội")
    group = kg.add_node("group/nganh-to-chuc", "Addressee", "ngành Tổ chức xây dựng Đảng")
    tev = Evidence("a4", 600, 700, "Đồng chí Lê Minh Đức yêu cầu ngành Tổ chức tập trung lãnh đạo.")
    kg.add_fact(task, "assignedBy", f"person/{slug(people[0])}", [tev])
    kg.add_fact(task, "assignedTo", group, [tev])
    kg.add_fact(task, "atMeeting", meeting, [tev])
    kg.add_fact(task, "concerns", "doc/nghi-quyet-18-nq-tw", [tev])
    return kg


_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"]
_MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Đình", "Thanh", "Hữu", "Đức", "Ngọc", "Xuân"]
_GIVEN = ["Hùng", "Lan", "Dũng", "Hoa", "Nam", "Hương", "Bảo", "Tuấn", "Hà", "Long", "Mai", "Sơn", "Trang"]
_PLACES = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Quảng Bình", "Đà Nẵng", "Cần Thơ", "Lào Cai", "Bắc Ninh"]


def synthetic_graph(n_nodes: int, seed: int = 1) -> KnowledgeGraph:
    """About n_nodes nodes in realistic proportions and wiring, deterministic for a seed."""
    rnd = random.Random(seed)
    kg = KnowledgeGraph()
    n_art = max(1, n_nodes // 20)
    for i in range(n_art):
        day = date(2023, 1, 1) + timedelta(days=i % 700)
        kg.add_article(Article(f"art{i:05d}", "", title=f"Bài {i}", published=day))

    sentences = iter(range(1 << 30))

    def ev(tag: str) -> list[Evidence]:  # each sentence at its own offsets, as in an article
        art, start = f"art{rnd.randrange(n_art):05d}", 60 * next(sentences)
        return [Evidence(art, start, start + 50, f"Câu làm chứng {tag} trong bài {art}.")]

    counts = {"Organization": n_nodes // 20, "Post": n_nodes // 10, "Meeting": n_nodes // 10,
              "Document": n_nodes // 20, "Task": n_nodes // 10}
    counts["Person"] = n_nodes - sum(counts.values())
    orgs = [kg.add_node(f"body/b{i}", "Organization", f"Ban {i} tỉnh {rnd.choice(_PLACES)}", evidence=ev("b"))
            for i in range(counts["Organization"])]
    posts = []
    for i in range(counts["Post"]):
        post = kg.add_node(f"post/p{i}", "Post", f"Trưởng ban {i}", evidence=ev("p"))
        kg.add_fact(post, "postIn", rnd.choice(orgs), ev("postIn"))
        posts.append(post)
    meetings = []
    for i in range(counts["Meeting"]):
        day = (date(2023, 1, 1) + timedelta(days=rnd.randrange(700))).isoformat()
        meeting = kg.add_node(f"meeting/m{i}", "Meeting", f"Hội nghị {i}", evidence=ev("m"), date=day,
                              held=True)
        kg.add_fact(rnd.choice(orgs), "organized", meeting, ev("organized"))
        meetings.append(meeting)
    people = []
    for i in range(counts["Person"]):
        name = f"{rnd.choice(_SURNAMES)} {rnd.choice(_MIDDLE)} {rnd.choice(_GIVEN)} {i}"
        person = kg.add_node(f"person/n{i}", "Person", name, evidence=ev("n"))
        kg.add_fact(person, "holds", rnd.choice(posts), ev("holds"))
        for _ in range(rnd.randint(1, 3)):
            role = rnd.choice(("attended", "attended", "spokeAt", "chaired"))
            kg.add_fact(person, role, rnd.choice(meetings), ev("role"))
        people.append(person)
    docs = []
    for i in range(counts["Document"]):
        doc = kg.add_node(f"doc/d{i}", "Document", f"Nghị quyết số {i}-NQ/TU", evidence=ev("d"),
                          number=f"{i}-NQ/TU", kind="Nghị quyết")
        kg.add_fact(doc, "issuedBy", rnd.choice(orgs), ev("issuedBy"))
        docs.append(doc)
    for i in range(counts["Task"]):
        task = kg.add_node(f"task/t{i}", "Task", f"Nhiệm vụ {i}", evidence=ev("t"))
        kg.add_fact(task, "assignedBy", rnd.choice(people), ev("assignedBy"))
        kg.add_fact(task, "assignedTo", rnd.choice(orgs), ev("assignedTo"))
        kg.add_fact(task, "atMeeting", rnd.choice(meetings), ev("atMeeting"))
        kg.add_fact(task, "concerns", rnd.choice(docs), ev("concerns"))
    return kg
