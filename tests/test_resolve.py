"""Cross-article resolution: merges and, as important, the non-merges (invented names)."""

from __future__ import annotations

from datetime import date

from _facts import Facts  # tests/ is on sys.path (pytest rootdir, no __init__.py)
from orggraph.pipeline import assemble
from orggraph.resolve import keys
from orggraph.resolve.link import resolve

HEAD = ("Trưởng ban Tổ chức Trung ương", "Ban Tổ chức Trung ương")
DEPUTY = ("Phó Trưởng ban Thường trực Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương")


def persons(kg) -> dict[str, set[str]]:
    return {n: {d["label"], *d["alt"]} for n, d in kg.nodes_of("Person")}


def test_one_official_in_three_articles_years_apart_is_one_node():
    facts = [
        Facts("a1", date(2019, 7, 1)).person("Đoàn Hữu Lượng", HEAD, "Ủy viên Bộ Chính trị").build(),
        Facts("a2", date(2020, 5, 13)).person("Đoàn Hữu Lượng", ("Trưởng Ban Tổ chức T.Ư", "Ban Tổ chức TW"))
        .build(),
        Facts("a3", date(2021, 3, 12))
        .person("Đoàn Hữu Lượng", "Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng").build(),
    ]
    kg = assemble(facts)
    assert list(persons(kg)) == ["person/doan-huu-luong"]
    held = {dst: kg.attestation(d["evidence"]) for _, _, dst, d in kg.facts("holds")}
    # positions over time: earliest and latest attestation per post, from the merged node
    assert held["post/truong-ban-to-chuc-trung-uong"] == (date(2019, 7, 1), date(2020, 5, 13))
    assert held["post/uy-vien-bo-chinh-tri"] == (date(2019, 7, 1), date(2021, 3, 12))
    assert held["post/bi-thu-trung-uong-dang"] == (date(2021, 3, 12), date(2021, 3, 12))


def test_same_name_in_two_provinces_stays_apart():
    facts = [
        Facts("b1", date(2020, 1, 1)).person("Lò Văn Sáng", "Bí thư Tỉnh ủy Nghệ An").build(),
        Facts("b2", date(2021, 1, 1)).person("Lò Văn Sáng", "Chủ tịch UBND tỉnh Cà Mau").build(),
        Facts("b3", date(2022, 1, 1)).person("Lò Văn Sáng", "Phó Bí thư Tỉnh ủy Nghệ An").build(),
    ]
    res = resolve(facts)
    assert res.node("b1", "Person", "Lò Văn Sáng") == "person/lo-van-sang"
    assert res.node("b2", "Person", "Lò Văn Sáng") == "person/lo-van-sang-2"  # by first article
    assert res.node("b3", "Person", "Lò Văn Sáng") == "person/lo-van-sang"  # same province


def test_same_name_decades_apart_stays_apart_but_shared_post_merges():
    facts = [
        Facts("c1", date(1985, 1, 1)).person("Hà Quang Trung", "Giám đốc Sở Xây dựng").build(),
        Facts("c2", date(2022, 1, 1)).person("Hà Quang Trung", "Phó Chủ tịch Quốc hội").build(),
        Facts("c3", date(2023, 1, 1)).person("Hà Quang Trung", "Phó Chủ tịch Quốc hội").build(),
    ]
    res = resolve(facts)
    ids = [res.node(a, "Person", "Hà Quang Trung") for a in ("c1", "c2", "c3")]
    assert ids == ["person/ha-quang-trung", "person/ha-quang-trung-2", "person/ha-quang-trung-2"]


def test_ambiguous_mention_is_not_guessed():
    """No evidence, two homonyms it could be: its own node, for review."""
    facts = [
        Facts("d1").person("Mạc Văn Tư", "Bí thư Tỉnh ủy Nghệ An").build(),
        Facts("d2").person("Mạc Văn Tư", "Bí thư Tỉnh ủy Cà Mau").build(),
        Facts("d3").person("Mạc Văn Tư").build(),
    ]
    res = resolve(facts)
    assert len({res.node(a, "Person", "Mạc Văn Tư") for a in ("d1", "d2", "d3")}) == 3


def test_near_identical_names_are_not_merged():
    """Father/son-style: one tone mark or one syllable apart, same post: two nodes."""
    facts = [
        Facts("e1", date(2020, 1, 1)).person("Tạ Văn Thành", "Giám đốc Công an tỉnh Nghệ An").build(),
        Facts("e2", date(2020, 6, 1)).person("Tạ Văn Thạnh", "Giám đốc Công an tỉnh Nghệ An").build(),
        Facts("e3", date(2020, 7, 1)).person("Tạ Văn Thành Long", "Giám đốc Công an tỉnh Nghệ An").build(),
    ]
    kg = assemble(facts)
    assert sorted(persons(kg)) == ["person/ta-van-thanh", "person/ta-van-thanh-2", "person/ta-van-thanh-long"]


def test_tone_mark_variants_are_one_person():
    facts = [
        Facts("f1").person("Kiều Thị Thuỷ", "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam").build(),
        Facts("f2").person("Kiều Thị Thủy", "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam").build(),
        Facts("f3").person("Kiều Thị Thủy").build(),
    ]
    kg = assemble(facts)
    [(node, data)] = list(kg.nodes_of("Person"))
    assert (node, data["label"]) == ("person/kieu-thi-thuy", "Kiều Thị Thủy")  # the more frequent
    assert data["alt"] == {"Kiều Thị Thuỷ"}  # every surface form kept


def test_canonical_label_is_the_most_frequent_spelling_and_others_stay_alt():
    facts = [
        Facts("g1").org("Ban Tổ chức Trung ương", "Ban Tổ chức T.Ư").build(),
        Facts("g2").org("Ban Tổ Chức TW").build(),
        Facts("g3").org("Ban Tổ chức T.Ư").build(),
        Facts("g4").org("Ban Tổ chức T.Ư").build(),
    ]
    kg = assemble(facts)
    [(node, data)] = list(kg.nodes_of("Organization"))
    assert node == "body/ban-to-chuc-trung-uong"
    assert data["label"] == "Ban Tổ chức Trung ương"  # expanded form preferred over abbreviations
    assert data["alt"] == {"Ban Tổ chức T.Ư", "Ban Tổ Chức TW"}


def test_abbreviations_of_bodies_and_titles_fold():
    assert keys.org_key("Ban Tổ chức T.Ư") == keys.org_key("Ban Tổ Chức TW") == "ban tổ chức trung ương"
    assert keys.org_key("BTV Tỉnh ủy Hà Nam") == keys.org_key("Ban Thường vụ Tỉnh ủy Hà Nam")
    assert keys.org_key("BCH Trung ương") == "ban chấp hành trung ương"
    assert keys.post_key("Phó Chủ tịch HĐND tỉnh") == "phó chủ tịch hội đồng nhân dân tỉnh"
    assert keys.post_key("Chủ tịch UBND tỉnh") == "chủ tịch ủy ban nhân dân tỉnh"
    assert keys.org_key("Ủy ban MTTQ Việt Nam") == "ủy ban mặt trận tổ quốc việt nam"
    assert keys.post_key("Trưởng đoàn ĐBQH tỉnh") == "trưởng đoàn đại biểu quốc hội tỉnh"
    assert keys.org_key("Hội nghị lần thứ tư") == "hội nghị lần thứ tư"  # the word, not TƯ


def test_documents_with_and_without_suffix_are_one():
    facts = [
        Facts("h1").document("Quy định số 205", "Quy định", "205", "Bộ Chính trị").build(),
        Facts("h2").document("Quy định 205-QĐ/TW", "Quy định", "205-QĐ/TW").build(),
        Facts("h3").document("Quy định số 205 của Bộ Chính trị", "Quy định", "205", "Bộ Chính trị").build(),
    ]
    kg = assemble(facts)
    [(node, data)] = list(kg.nodes_of("Document"))
    assert node == "doc/quy-dinh-205-tw"
    assert {data["label"], *data["alt"]} == {"Quy định số 205", "Quy định 205-QĐ/TW",
                                             "Quy định số 205 của Bộ Chính trị"}


def test_same_number_of_two_provinces_is_two_documents():
    facts = [
        Facts("i1").document("Nghị quyết số 15-NQ/TU", "Nghị quyết", "15-NQ/TU", "Thành ủy Hà Nội").build(),
        Facts("i2").document("Nghị quyết số 15-NQ/TU", "Nghị quyết", "15-NQ/TU", "Tỉnh ủy Nghệ An").build(),
        Facts("i3").document("Nghị quyết 15-NQ/TW", "Nghị quyết", "15-NQ/TW").build(),
    ]
    res = resolve(facts)
    ids = {res.node(a, "Document", k) for a, k in (("i1", "Nghị quyết số 15-NQ/TU"),
                                                     ("i2", "Nghị quyết số 15-NQ/TU"),
                                                     ("i3", "Nghị quyết 15-NQ/TW"))}
    assert ids == {"doc/nghi-quyet-15-tu-ha-noi", "doc/nghi-quyet-15-tu-nghe-an", "doc/nghi-quyet-15-tw"}


def test_plenum_resolutions_written_two_ways_are_one():
    facts = [
        Facts("j1").document("Nghị quyết TW 6 - Khóa 12", "Nghị quyết", None).build(),
        Facts("j2").document("Nghị quyết Trung ương 6 khóa XII", "Nghị quyết", None).build(),
    ]
    kg = assemble(facts)
    assert [n for n, _ in kg.nodes_of("Document")] == ["doc/nghi-quyet-trung-uong-6-khoa-12"]


def test_congress_in_five_articles_is_one_meeting_but_generic_meetings_are_not():
    facts = [Facts(f"k{i}").meeting(label).build() for i, label in enumerate(
        ["Đại hội XIII", "Đại hội XIII của Đảng", "Đại hội lần thứ XIII của Đảng",
         "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Đại hội 13"])]
    facts += [Facts("m1").meeting("Hội nghị giao ban", date(2020, 5, 5), main=True).build(),
              Facts("m2").meeting("Hội nghị giao ban", date(2021, 5, 5), main=True).build(),
              Facts("m3").meeting("Hội nghị giao ban").build()]
    kg = assemble(facts)
    meetings = [n for n, _ in kg.nodes_of("Meeting")]
    assert "meeting/dai-hoi-13" in meetings
    assert len(meetings) == 4


def test_node_ids_are_deterministic_whatever_the_input_order():
    def build(order):
        facts = [Facts("n1").person("Lò Văn Sáng", "Bí thư Tỉnh ủy Nghệ An").build(),
                 Facts("n2").person("Lò Văn Sáng", "Bí thư Tỉnh ủy Cà Mau").build()]
        return resolve([facts[i] for i in order]).ids

    assert build([0, 1]) == build([1, 0])


def test_unplaced_local_bodies_stay_in_their_own_articles(tmp_path) -> None:
    """`HĐND tỉnh` of two pages that never say which province: two councils, not one."""
    from orggraph.pipeline import build

    (tmp_path / "a.txt").write_text("Sáng 8/10, HĐND tỉnh khóa IX khai mạc kỳ họp thứ 12. Chủ tịch HĐND tỉnh "
                                    "Phan Văn Thắng chủ trì.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Sáng 9/12, HĐND tỉnh khóa X khai mạc kỳ họp thứ 12. Chủ tịch HĐND tỉnh "
                                    "Lò Minh Hùng chủ trì.", encoding="utf-8")
    kg = build([tmp_path]).graph
    councils = [n for n, d in kg.nodes_of("Organization") if d["label"] == "Hội đồng nhân dân tỉnh"]
    assert len(councils) == 2
    posts = [n for n, d in kg.nodes_of("Post") if d["label"] == "Chủ tịch Hội đồng nhân dân tỉnh"]
    assert len(posts) == 2
    sessions = [n for n, d in kg.nodes_of("Meeting") if d["label"].startswith("Kỳ họp thứ 12")]
    assert len(sessions) == 2


def test_a_session_numbered_in_words_or_digits_is_one_meeting() -> None:
    from orggraph.resolve.keys import meeting_key

    assert meeting_key("Kỳ họp thứ nhất Quốc hội khóa XIII") == meeting_key("Kỳ họp thứ 1 Quốc hội khóa 13")
    assert meeting_key("Kỳ họp chuyên đề thứ tư") != meeting_key("Kỳ họp thứ 5")
    assert meeting_key("Kỳ họp bất thường lần thứ 7") != meeting_key("Kỳ họp thứ 7")


def test_an_extraordinary_session_without_its_body_names_no_event_across_articles() -> None:
    from orggraph.resolve.keys import distinctive, meeting_key

    assert not distinctive(meeting_key("Kỳ họp bất thường lần thứ 2"))
    assert distinctive(meeting_key("Kỳ họp bất thường lần thứ 7 Quốc hội khóa XV"))
