"""Small graphs for the query tests, built through the KnowledgeGraph API and written as Turtle
the way `orggraph build` writes them. Invented names only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from orggraph.export.rdf import write_turtle
from orggraph.graph import KnowledgeGraph
from orggraph.model import Article, Evidence

POST = "Trưởng ban Tổ chức Trung ương"
BODY = "Ban Tổ chức Trung ương"
HOSTILE = 'a" } ; DROP ALL ; #'
HOSTILE2 = "{}'\"\\`"


class Builder:
    """Articles with dates, facts with a sentence each: enough to write a graph in a few lines."""

    def __init__(self) -> None:
        self.kg = KnowledgeGraph()
        self._offset = 0

    def article(self, art_id: str, published: date, title: str = "") -> str:
        self.kg.add_article(Article(id=art_id, text="", title=title or f"Bài {art_id}", published=published,
                                    source=f"{art_id}.txt"))
        return art_id

    def ev(self, article: str, sentence: str) -> Evidence:
        self._offset += 100
        return Evidence(article, self._offset, self._offset + len(sentence), sentence)

    def node(self, node_id: str, type_: str, label: str, **attrs: object) -> str:
        return self.kg.add_node(node_id, type_, label, **attrs)

    def fact(self, src: str, rel: str, dst: str, article: str, sentence: str) -> None:
        self.kg.add_fact(src, rel, dst, [self.ev(article, sentence)])

    def write(self, path: Path) -> Path:
        return write_turtle(self.kg, path)


def organisation_graph() -> KnowledgeGraph:
    """Three heads of one department over 2019-2022, meetings they chaired and spoke at,
    a resolution and the tasks given about it; plus two people whose names are hostile."""
    b = Builder()
    a1 = b.article("a2019-03", date(2019, 3, 4), "Hội nghị tổng kết năm 2018")
    a2 = b.article("a2019-11", date(2019, 11, 20), "Hội nghị cán bộ tháng 11")
    a3 = b.article("a2021-06", date(2021, 6, 10), "Ông Trần Thị Lan nhận nhiệm vụ")
    a4 = b.article("a2022-01", date(2022, 1, 12), "Hội nghị toàn quốc năm 2022")
    a5 = b.article("a2022-09", date(2022, 9, 1), "Bàn giao công tác")

    hung = b.node("person/nguyen-van-hung", "Person", "Nguyễn Văn Hùng")
    lan = b.node("person/tran-thi-lan", "Person", "Trần Thị Lan")
    tuan = b.node("person/le-minh-tuan", "Person", "Lê Minh Tuấn")
    hung2 = b.node("person/pham-van-hung", "Person", "Phạm Văn Hùng")
    bad = b.node("person/hostile", "Person", HOSTILE)
    bad2 = b.node("person/hostile-2", "Person", HOSTILE2)
    post = b.node("post/truong-ban-to-chuc-trung-uong", "Post", POST, alt=["Trưởng ban Tổ chức T.Ư"])
    deputy = b.node("post/pho-truong-ban-to-chuc-trung-uong", "Post", "Phó trưởng ban Tổ chức Trung ương")
    chair_vp = b.node("post/pho-chu-tich-ubnd-tinh-nghe-an", "Post",
                      "Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An")
    body = b.node("body/ban-to-chuc-trung-uong", "Organization", BODY, alt=["Ban Tổ chức T.Ư"])
    ubnd = b.node("body/uy-ban-nhan-dan-tinh-nghe-an", "Organization", "Ủy ban nhân dân tỉnh Nghệ An")
    sector = b.node("group/nganh-to-chuc", "Addressee", "ngành Tổ chức xây dựng Đảng")

    b.fact(hung, "holds", post, a1, "Trưởng ban Tổ chức Trung ương Nguyễn Văn Hùng chủ trì hội nghị.")
    b.fact(hung, "holds", post, a2, "Ông Nguyễn Văn Hùng, Trưởng ban Tổ chức Trung ương, phát biểu.")
    b.fact(lan, "holds", post, a3, "Bà Trần Thị Lan giữ chức Trưởng ban Tổ chức Trung ương.")
    b.fact(lan, "holds", post, a4, "Trưởng ban Tổ chức Trung ương Trần Thị Lan chủ trì hội nghị.")
    b.fact(tuan, "holds", post, a5, "Ông Lê Minh Tuấn được giao làm Trưởng ban Tổ chức Trung ương.")
    b.fact(hung, "holds", deputy, a1, "Trước đó ông Hùng là Phó trưởng ban Tổ chức Trung ương.")
    b.fact(hung2, "holds", chair_vp, a2, "Phó Chủ tịch UBND tỉnh Nghệ An Phạm Văn Hùng dự hội nghị.")
    for p in (post, deputy):
        b.fact(p, "postIn", body, a1, "Ban Tổ chức Trung ương tổ chức hội nghị.")
    b.fact(chair_vp, "postIn", ubnd, a2, "UBND tỉnh Nghệ An.")

    m1 = b.node("meeting/hoi-nghi-tong-ket-2018", "Meeting", "Hội nghị tổng kết công tác tổ chức năm 2018",
                date="2019-03-02", held=True)
    m2 = b.node("meeting/hoi-nghi-toan-quoc-2022", "Meeting",
                "Hội nghị toàn quốc triển khai nhiệm vụ năm 2022",
                date="2022-01-11", held=True)
    m3 = b.node("meeting/dai-hoi-xiv", "Meeting", "Đại hội XIV của Đảng", held=False)
    b.fact(body, "organized", m1, a1, "Ban Tổ chức Trung ương tổ chức hội nghị tổng kết.")
    b.fact(body, "organized", m2, a4, "Ban Tổ chức Trung ương tổ chức hội nghị toàn quốc.")
    b.fact(hung, "chaired", m1, a1, "Trưởng ban Tổ chức Trung ương Nguyễn Văn Hùng chủ trì hội nghị.")
    b.fact(lan, "chaired", m2, a4, "Trưởng ban Tổ chức Trung ương Trần Thị Lan chủ trì hội nghị.")
    b.fact(tuan, "spokeAt", m2, a4, "Ông Lê Minh Tuấn phát biểu tại hội nghị.")
    b.fact(hung2, "attended", m1, a1, "Phó Chủ tịch UBND tỉnh Nghệ An Phạm Văn Hùng dự hội nghị.")
    b.fact(bad, "attended", m2, a4, "Có cả đại biểu tên lạ.")
    b.fact(bad2, "spokeAt", m2, a4, "Một đại biểu tên lạ khác phát biểu.")
    b.fact(lan, "attended", m3, a4, "Chuẩn bị Đại hội XIV của Đảng.")

    doc = b.node("doc/nghi-quyet-26", "Document", "Nghị quyết số 26-NQ/TW", number="26-NQ/TW",
                 kind="Nghị quyết")
    doc2 = b.node("doc/chi-thi-35", "Document", "Chỉ thị số 35-CT/TW", number="35-CT/TW", kind="Chỉ thị")
    central = b.node("body/ban-chap-hanh-trung-uong", "Organization", "Ban Chấp hành Trung ương")
    politburo = b.node("body/bo-chinh-tri", "Organization", "Bộ Chính trị")
    b.fact(doc, "issuedBy", central, a1, "Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương.")
    b.fact(doc2, "issuedBy", politburo, a2, "Chỉ thị số 35-CT/TW của Bộ Chính trị.")

    # personnel changes: one dated by its text and decided by a post, one decided by a body with
    # its decision, one the text leaves undated (its article's date stands in)
    premier = b.node("post/thu-tuong-chinh-phu", "Post", "Thủ tướng Chính phủ")
    decision = b.node("doc/quyet-dinh-12-qdns-tw", "Document", "Quyết định số 12-QĐNS/TW", number="12-QĐNS/TW",
                      kind="Quyết định")
    approved = b.node("change/pham-van-hung--pho-chu-tich-ubnd-tinh-nghe-an--start--2019-10-01", "PersonnelChange",
                      "Phạm Văn Hùng: phê chuẩn Phó Chủ tịch UBND tỉnh Nghệ An", change="TakesOffice",
                      date="2019-10-01", how="phê chuẩn")
    left = b.node("change/nguyen-van-hung--pho-truong-ban-to-chuc-trung-uong--end--2019-01-15", "PersonnelChange",
                  "Nguyễn Văn Hùng: thôi giữ chức Phó trưởng ban Tổ chức Trung ương", change="LeavesOffice",
                  date="2019-01-15", how="thôi giữ chức")
    named = b.node("change/le-minh-tuan--truong-ban-to-chuc-trung-uong--start", "PersonnelChange",
                   "Lê Minh Tuấn: giao làm Trưởng ban Tổ chức Trung ương", change="TakesOffice", how="giao làm")
    s1 = "Thủ tướng Chính phủ phê chuẩn ông Phạm Văn Hùng giữ chức Phó Chủ tịch UBND tỉnh Nghệ An từ ngày 1/10/2019."
    for rel, dst in (("person", hung2), ("post", chair_vp), ("decidedBy", premier)):
        b.fact(approved, rel, dst, a2, s1)
    s2 = "Quyết định số 12-QĐNS/TW ngày 15/1/2019 của Bộ Chính trị cho ông Hùng thôi giữ chức Phó trưởng ban."
    for rel, dst in (("person", hung), ("post", deputy), ("decidedBy", politburo), ("byDocument", decision)):
        b.fact(left, rel, dst, a1, s2)
    s3 = "Ông Lê Minh Tuấn được giao làm Trưởng ban Tổ chức Trung ương."
    for rel, dst in (("person", tuan), ("post", post)):
        b.fact(named, rel, dst, a5, s3)

    task = b.node("task/trien-khai-nghi-quyet-26", "Task", "Triển khai thực hiện Nghị quyết 26")
    task2 = b.node("task/chuan-bi-nhan-su", "Task", "Chuẩn bị nhân sự đại hội")
    b.fact(task, "assignedBy", lan, a4, "Bà Trần Thị Lan yêu cầu triển khai thực hiện Nghị quyết 26.")
    b.fact(task, "assignedTo", sector, a4, "Ngành Tổ chức xây dựng Đảng triển khai Nghị quyết 26.")
    b.fact(task, "atMeeting", m2, a4, "Tại hội nghị toàn quốc.")
    b.fact(task, "concerns", doc, a4, "Triển khai Nghị quyết 26.")
    b.fact(task2, "assignedBy", hung, a1, "Ông Nguyễn Văn Hùng yêu cầu chuẩn bị nhân sự.")
    b.fact(task2, "assignedTo", ubnd, a1, "UBND tỉnh Nghệ An chuẩn bị nhân sự.")
    b.fact(task2, "atMeeting", m1, a1, "Tại hội nghị tổng kết.")
    return b.kg


def write_organisation_graph(path: Path) -> Path:
    return write_turtle(organisation_graph(), path)
