"""Extractors on sentences of our own: other provinces, ministries, the National Assembly,
People's Councils, old tone marks. Names here are invented."""

import re
from datetime import date

from _extract import facts_of, posts, roles


def test_titles_before_a_name_are_posts_with_their_bodies() -> None:
    facts = facts_of("Ủy viên Bộ Chính trị, Trưởng ban Tuyên giáo Trung ương Lê Quang Hiếu phát biểu.")
    assert posts(facts) == {"Lê Quang Hiếu": {"Ủy viên Bộ Chính trị", "Trưởng ban Tuyên giáo Trung ương"}}
    assert {o.label for o in facts.orgs} >= {"Bộ Chính trị", "Ban Tuyên giáo Trung ương"}


def test_titles_after_a_name_and_abbreviations_expand() -> None:
    facts = facts_of("Về phía tỉnh Hà Tĩnh có đồng chí Trần Thị Hoa - UV BTV, Trưởng ban Dân vận Tỉnh ủy.")
    assert posts(facts)["Trần Thị Hoa"] == {"Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Trưởng ban Dân vận Tỉnh ủy Hà Tĩnh"}


def test_a_local_body_takes_the_locality_the_article_gives() -> None:
    facts = facts_of("Sáng 3/4, tại tỉnh Gia Lai, Bí thư Tỉnh ủy Hồ Văn Niên chủ trì hội nghị.")
    assert posts(facts)["Hồ Văn Niên"] == {"Bí thư Tỉnh ủy Gia Lai"}
    assert "Tỉnh ủy Gia Lai" in {o.label for o in facts.orgs}


def test_an_unplaced_local_body_is_named_as_written() -> None:
    facts = facts_of("Bí thư Tỉnh ủy Đặng Văn Tâm phát biểu tại kỳ họp của HĐND tỉnh khóa IX.")
    assert posts(facts)["Đặng Văn Tâm"] == {"Bí thư Tỉnh ủy"}
    assert {"Tỉnh ủy", "Hội đồng nhân dân tỉnh"} <= {o.label for o in facts.orgs}


def test_a_bloc_party_committee_written_alone_is_named_as_written() -> None:
    facts = facts_of("Đại hội Đảng bộ Khối doanh nghiệp lần thứ V bế mạc. Bà Lê Thị Thu tái đắc cử chức danh "
                     "Bí thư Đảng ủy Khối; ông Trần Văn Nam, Phó Bí thư Đảng ủy Khối cơ quan, phát biểu. "
                     "Dự có ông Phạm Văn Tư, Ủy viên BCH Đảng bộ Khối DNTW.")
    assert posts(facts)["Trần Văn Nam"] == {"Phó Bí thư Đảng ủy Khối cơ quan"}
    assert posts(facts)["Phạm Văn Tư"] == {"Ủy viên Ban Chấp hành Đảng bộ Khối doanh nghiệp Trung ương"}
    assert [(c.person, c.post.label) for c in facts.changes] == [("Lê Thị Thu", "Bí thư Đảng ủy Khối")]


def test_a_bloc_of_agencies_and_enterprises_is_one_body_of_the_province() -> None:
    facts = facts_of("Tại tỉnh Gia Lai, ông Huỳnh Văn Sáu, Bí thư Huyện ủy, được điều động giữ chức Bí thư "
                     "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh.")
    assert "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Gia Lai" in posts(facts)["Huỳnh Văn Sáu"]


def test_a_national_committee_is_named_by_its_topic() -> None:
    facts = facts_of("Phó Thủ tướng Trần Văn Hai là Chủ tịch Ủy ban Quốc gia về trẻ em; Thứ trưởng Bộ Y tế "
                     "Lê Văn Ba được cử làm thành viên UB Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, "
                     "mại dâm. Ủy ban Quốc gia ASEAN 2030 ra mắt.")
    assert "Chủ tịch Ủy ban Quốc gia về trẻ em" in posts(facts)["Trần Văn Hai"]
    assert [(c.person, c.post.label) for c in facts.changes] == [
        ("Lê Văn Ba", "Thành viên Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm")]
    assert "Ủy ban Quốc gia ASEAN 2030" in {o.label for o in facts.orgs}


def test_a_corporation_written_tong_cong_ty_with_a_capital_c() -> None:
    facts = facts_of("Ông Lê Văn Tám, Tổng Giám đốc Tổng Công ty Lắp máy Việt Nam, dự. Đồng chí Trần Văn Chín, "
                     "Phó Bí thư Thường trực Đảng ủy Tổng Công ty, trình bày báo cáo.")
    assert posts(facts)["Lê Văn Tám"] == {"Tổng Giám đốc Tổng công ty Lắp máy Việt Nam"}
    assert "Tổng" not in {o.label for o in facts.orgs}
    assert not any(label.endswith(" Tổng") for label in posts(facts)["Trần Văn Chín"])


def test_a_rector_written_alone_is_of_the_school_the_article_named() -> None:
    facts = facts_of("Trường Đại học Cửu Long tổ chức lễ công bố quyết định. Ông Trần Văn Năm được bổ nhiệm "
                     "giữ chức Phó Hiệu trưởng.")
    assert posts(facts)["Trần Văn Năm"] == {"Phó Hiệu trưởng Trường Đại học Cửu Long"}
    assert [(c.person, c.post.label, c.change) for c in facts.changes] == [
        ("Trần Văn Năm", "Phó Hiệu trưởng Trường Đại học Cửu Long", "start")]


def test_our_ambassador_in_a_country_whose_name_is_also_a_given_name() -> None:
    facts = facts_of("Đại sứ Việt Nam tại Mỹ Lê Văn Bảy đã trình quốc thư.")
    assert posts(facts)["Lê Văn Bảy"] == {"Đại sứ Việt Nam tại Mỹ"}


def test_ministry_and_state_titles() -> None:
    facts = facts_of("Bộ trưởng Bộ Tài chính Hồ Đức Phương và Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên dự họp. "
                     "Phó Chủ tịch UBND thành phố Đà Nẵng Lê Trung Hải phát biểu.")
    assert posts(facts) == {"Hồ Đức Phương": {"Bộ trưởng Bộ Tài chính"},
                            "Đỗ Xuân Tuyên": {"Thứ trưởng Bộ Y tế"},
                            "Lê Trung Hải": {"Phó Chủ tịch Ủy ban nhân dân Thành phố Đà Nẵng"}}


def test_old_tone_marks_in_titles() -> None:
    facts = facts_of("Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ Thanh Hoá Trịnh Văn Kỳ phát biểu.")
    assert posts(facts)["Trịnh Văn Kỳ"] == {"Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Thanh Hóa"}


def test_places_and_streets_are_not_persons() -> None:
    facts = facts_of("Đoàn công tác đến Hà Nội, làm việc tại đường Lê Duẩn và thăm tỉnh Hà Nam, Hồ Chí Minh.")
    assert posts(facts) == {}


def test_short_references_resolve_and_never_become_persons() -> None:
    facts = facts_of("Chủ tịch Quốc hội Vương Minh Tâm phát biểu khai mạc kỳ họp. "
                     "Ông Tâm nhấn mạnh yêu cầu đổi mới. Chủ tịch Quốc hội cũng đề nghị các đại biểu tập trung. "
                     "Ông cho rằng cần thận trọng.", published=date(2024, 5, 20))
    names = {p.name for p in facts.persons}
    assert names == {"Vương Minh Tâm"}
    assert sum(p.short for p in facts.persons) == 3


def test_held_meeting_date_organizer_chair_speaker_attendee() -> None:
    text = ("Sáng 12.3, Ban Tuyên giáo Trung ương tổ chức Hội nghị toàn quốc tổng kết công tác tuyên giáo năm 2023. "
            "Đồng chí Nguyễn Trọng Khang, Bí thư Trung ương Đảng chủ trì hội nghị. "
            "Dự hội nghị có đồng chí Phan Văn Mãi, Phó Trưởng ban Tuyên giáo Trung ương. "
            "Phát biểu kết luận, đồng chí Nguyễn Trọng Khang yêu cầu toàn ngành tập trung thực hiện Kết luận số 57-KL/TW.")
    facts = facts_of(text, published=date(2024, 3, 13))
    main = next(m for m in facts.meetings if m.main)
    assert main.date == date(2024, 3, 12) and main.held
    assert facts.organizers[0].org == "Ban Tuyên giáo Trung ương"
    assert roles(facts) == {("chaired", "Nguyễn Trọng Khang"), ("spokeAt", "Nguyễn Trọng Khang"),
                            ("attended", "Phan Văn Mãi")}
    assert [(t.by, t.to, t.documents) for t in facts.tasks] == [("Nguyễn Trọng Khang", "toàn ngành", ["Kết luận số 57-KL/TW"])]


def test_chairs_at_a_bridge_point_and_lists_before_a_cue() -> None:
    text = ("Chiều 2/8, Ban Tổ chức Trung ương tổ chức hội nghị giao ban trực tuyến. "
            "Tại điểm cầu tỉnh Nghệ An, đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy và đồng chí Nguyễn Văn Thông, "
            "Phó Bí thư Thường trực Tỉnh ủy chủ trì.")
    facts = facts_of(text, published=date(2023, 8, 2))
    assert roles(facts) == {("chaired", "Thái Thanh Quý"), ("chaired", "Nguyễn Văn Thông")}


def test_mentioned_meetings_are_not_held() -> None:
    facts = facts_of("Tập trung chuẩn bị trình Hội nghị Trung ương 10 (khóa XIII) và tiến tới Đại hội XIV của Đảng.")
    labels = {m.label: m.held for m in facts.meetings}
    assert labels == {"Hội nghị Trung ương 10 khóa XIII": False, "Đại hội XIV": False}


def test_a_congress_reported_as_successful_is_held() -> None:
    facts = facts_of("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã thành công tốt đẹp.")
    assert [(m.label, m.held) for m in facts.meetings] == [("Đại hội XIII", True)]


def test_session_of_a_peoples_council_with_its_body() -> None:
    text = "Sáng 8/7, HĐND tỉnh Bình Định khóa XIII khai mạc kỳ họp thứ 12. Chủ tịch HĐND tỉnh Hồ Quốc Dũng chủ trì."
    facts = facts_of(text, published=date(2023, 7, 8))
    main = next(m for m in facts.meetings if m.main)
    assert main.label == "Kỳ họp thứ 12 Hội đồng nhân dân tỉnh Bình Định khóa XIII"
    assert main.date == date(2023, 7, 8)
    assert roles(facts) == {("chaired", "Hồ Quốc Dũng")}


def test_documents_with_numbers_issuers_and_plenums() -> None:
    text = ("Các cấp ủy quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII, "
            "Quy định 205-QĐ/TW, Nghị quyết TW 4 - Khóa 12, Công điện 1234/CĐ-TTg và Luật Cán bộ, công chức. "
            "Thành ủy Hải Phòng ban hành Chỉ thị số 07-CT/TU.")
    docs = {d.label: (d.number, d.issuer) for d in facts_of(text).documents}
    assert docs == {
        "Nghị quyết số 18-NQ/TW": ("18-NQ/TW", "Ban Chấp hành Trung ương"),
        "Quy định 205-QĐ/TW": ("205-QĐ/TW", None),
        "Nghị quyết Trung ương 4 khóa XII": (None, "Ban Chấp hành Trung ương"),
        "Công điện 1234/CĐ-TTg": ("1234/CĐ-TTg", "Thủ tướng Chính phủ"),
        "Luật Cán bộ, công chức": (None, None),
        "Chỉ thị số 07-CT/TU": ("07-CT/TU", "Thành ủy Hải Phòng"),
    }


def test_documents_named_loosely_are_not_documents() -> None:
    text = "Tiếp tục thực hiện các nghị quyết của Trung ương và Nghị quyết nhiệm kỳ 2020 - 2025."
    assert facts_of(text).documents == []


def test_a_bare_head_title_refers_to_its_only_holder() -> None:
    facts = facts_of("Bộ trưởng Bộ Tư pháp Lê Thành Long dự họp. Bộ trưởng đề nghị các đơn vị rà soát văn bản.")
    shorts = [p for p in facts.persons if p.short]
    assert [(p.name, p.span.text) for p in shorts] == [("Lê Thành Long", "Bộ trưởng")]


def test_organizers_with_a_partner_or_after_do() -> None:
    text = ("Sáng 9/5, Ban Dân vận Trung ương phối hợp với Tỉnh ủy Sơn La tổ chức Hội nghị sơ kết công tác dân vận. "
            "Chiều 9/5, Hội thảo khoa học về xây dựng Đảng do Học viện Chính trị quốc gia Hồ Chí Minh tổ chức.")
    facts = facts_of(text, published=date(2024, 5, 10))
    assert sorted({o.org for o in facts.organizers}) == [
        "Ban Dân vận Trung ương", "Học viện Chính trị quốc gia Hồ Chí Minh", "Tỉnh ủy Sơn La"]


def test_a_provincial_party_congress() -> None:
    facts = facts_of("Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ XX, nhiệm kỳ 2025 - 2030 đã thành công tốt đẹp.")
    assert [(m.label, m.held) for m in facts.meetings] == [
        ("Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ XX, nhiệm kỳ 2025-2030", True)]


def test_a_congress_of_delegates_organised_by_a_local_party_organisation_is_its_own() -> None:
    facts = facts_of("Ngày 12-10-2020, Đảng bộ tỉnh Sóc Trăng tổ chức khai mạc Đại hội đại biểu lần thứ XIV, "
                     "nhiệm kỳ 2020-2025. Đồng chí Trần Văn An, Ủy viên Bộ Chính trị dự đại hội.")
    assert [(m.label, m.held) for m in facts.meetings] == [
        ("Đại hội đại biểu Đảng bộ tỉnh Sóc Trăng lần thứ XIV, nhiệm kỳ 2020-2025", True)]
    assert [o.org for o in facts.organizers] == ["Đảng bộ tỉnh Sóc Trăng"]
    national = facts_of("Sáng 25-1-2021, Đại hội đại biểu lần thứ XIII của Đảng khai mạc tại Hà Nội.")
    assert [m.label for m in national.meetings] == ["Đại hội XIII"]


def test_hosts_listed_after_a_reception_and_flowers_given_at_a_session_are_attendance() -> None:
    facts = facts_of("Ngày 20-5-2012, Bộ trưởng Bộ Công Thương Trần Văn Hùng làm việc với lãnh đạo tỉnh Hà Giang. "
                     "Tiếp Bộ trưởng và đoàn công tác về phía tỉnh có các đồng chí: Lê Văn Khánh, Phó Bí thư Tỉnh ủy; "
                     "Phạm Thị Lan, Phó Chủ tịch UBND tỉnh.")
    assert {("attended", "Lê Văn Khánh"), ("attended", "Phạm Thị Lan")} <= roles(facts)
    facts = facts_of("Ngày 7-7-2020, kỳ họp thứ 19 HĐND tỉnh Kiên Giang khóa IX đã bầu Chủ tịch UBND tỉnh. "
                     "Bà Trần Thị Mai, Chủ tịch HĐND tỉnh, tặng hoa chúc mừng ông Lý Văn Nam được bầu giữ chức "
                     "Chủ tịch UBND tỉnh.")
    assert roles(facts) == {("attended", "Trần Thị Mai"), ("attended", "Lý Văn Nam")}


def test_a_badge_ceremony_is_organised_by_the_whole_body_and_attended_by_its_recipient() -> None:
    facts = facts_of("Ngày 22/11/2016, Đảng ủy Văn phòng Trung ương Đảng tổ chức Lễ trao Huy hiệu 50 năm tuổi Đảng "
                     "tặng đồng chí Hà Văn Minh, nguyên Phó Chánh Văn phòng.")
    assert [o.org for o in facts.organizers] == ["Đảng ủy Văn phòng Trung ương Đảng"]
    assert roles(facts) == {("attended", "Hà Văn Minh")}


def test_a_meeting_named_in_lowercase_ends_before_a_person() -> None:
    facts = facts_of("Tại hội nghị lần thứ nhất BCH đảng bộ tỉnh Ninh Bình khóa XXI, bà Lê Thị Hoa được bầu làm Bí thư Tỉnh ủy.")
    assert [m.label for m in facts.meetings] == ["Hội nghị lần thứ nhất BCH đảng bộ tỉnh Ninh Bình khóa XXI"]


def test_a_standing_body_meeting_to_prepare_a_session_is_the_meeting_not_the_session() -> None:
    facts = facts_of("Ngày 9/6/2021, Thường trực HĐND huyện Yên Minh họp thống nhất nội dung, chương trình Kỳ họp thứ nhất "
                     "HĐND huyện khóa XX. Đồng chí Lò Thị Hạnh, Phó Chủ tịch HĐND huyện chủ trì.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label.startswith("Cuộc họp thống nhất nội dung, chương trình Kỳ họp thứ nhất") and main.held
    assert [m.held for m in facts.meetings if m.label.startswith("Kỳ họp thứ nhất")] == [False]
    assert [o.org for o in facts.organizers if o.meeting == main.key] == ["Thường trực Hội đồng nhân dân huyện Yên Minh"]
    assert roles(facts) == {("chaired", "Lò Thị Hạnh")}


def test_a_list_item_number_does_not_end_a_sentence() -> None:
    from orggraph.extract.sentences import split
    assert [s.text for s in split("Gồm:\n1. Phó Thủ tướng Hà Văn Tâm\nb) Bộ trưởng Lưu Minh Đức. Hết.")] == \
        ["Gồm:", "1. Phó Thủ tướng Hà Văn Tâm", "b) Bộ trưởng Lưu Minh Đức.", "Hết."]


def test_numbered_items_with_an_honorific_go_on_after_their_number_and_after_a_semicolon() -> None:
    from orggraph.extract.sentences import split
    assert [s.text for s in split("Gồm: 1. Đồng chí Hà Văn Tâm, Tỉnh ủy viên; 2. Ông Lưu Minh Đức. Ông Lưu phát biểu.")] == \
        ["Gồm: 1. Đồng chí Hà Văn Tâm, Tỉnh ủy viên; 2. Ông Lưu Minh Đức.", "Ông Lưu phát biểu."]


def test_a_counted_title_in_lowercase_opens_a_list_in_the_body_named_before() -> None:
    facts = facts_of("Bộ Tài chính còn có 3 thứ trưởng gồm: Tạ Văn Tuấn, Nguyễn Đức Chí, Võ Thành Hải.")
    assert posts(facts) == {name: {"Thứ trưởng Bộ Tài chính"} for name in ("Tạ Văn Tuấn", "Nguyễn Đức Chí", "Võ Thành Hải")}


def test_a_standing_committee_member_abbreviated_tvtu_belongs_to_the_province_s_committee() -> None:
    facts = facts_of("Tiếp đoàn có các đồng chí: Tống Văn Thìn, TVTU, Phó Chủ tịch UBND tỉnh Ninh Bình.")
    assert posts(facts) == {"Tống Văn Thìn": {"Ủy viên Ban Thường vụ Tỉnh ủy Ninh Bình",
                                               "Phó Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình"}}


def test_a_roundup_places_each_paragraph_where_it_says_it_is() -> None:
    facts = facts_of("Ban Chấp hành Đảng bộ tỉnh Hậu Giang đã bầu ông Đồng Văn Tâm giữ chức Bí thư Tỉnh ủy Hậu Giang.\n"
                     "Tại Lạng Sơn, Ban Chấp hành Đảng bộ tỉnh đã bầu ông Hoàng Văn Nghĩa – Phó Bí thư thường trực "
                     "Tỉnh ủy giữ chức Bí thư Tỉnh ủy Lạng Sơn.")
    assert posts(facts)["Hoàng Văn Nghĩa"] == {"Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn", "Bí thư Tỉnh ủy Lạng Sơn"}


def test_a_meeting_named_by_the_body_that_meets() -> None:
    facts = facts_of("Sáng 16/12/2025, Thủ tướng Chính phủ Trần Văn Minh chủ trì họp Thường trực Chính phủ với các bộ, "
                     "ngành, địa phương về công tác chuẩn bị Lễ khánh thành.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label.startswith("Cuộc họp Thường trực Chính phủ với các bộ, ngành, địa phương") and main.held
    assert [o.org for o in facts.organizers if o.meeting == main.key] == ["Thường trực Chính phủ"]
    assert roles(facts) == {("chaired", "Trần Văn Minh")}


def test_a_parliament_s_working_day_and_the_chair_named_after_dưới_sự_điều_hành() -> None:
    facts = facts_of("Thứ Ba, ngày 18/2/2025, Quốc hội tiếp tục ngày làm việc thứ sáu tại Nhà Quốc hội dưới sự chủ trì "
                     "của Chủ tịch Quốc hội Trần Văn Mẫn. Quốc hội họp phiên toàn thể tại hội trường, dưới sự điều hành "
                     "của Phó Chủ tịch Quốc hội Nguyễn Khắc Đình, Quốc hội nghe Ủy viên Ủy ban Thường vụ Quốc hội "
                     "Hoàng Văn Tùng trình bày Báo cáo giải trình.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label.startswith("Ngày làm việc thứ sáu") and main.held
    assert [o.org for o in facts.organizers if o.meeting == main.key] == ["Quốc hội"]
    assert {p for r, p in roles(facts) if r == "chaired"} == {"Trần Văn Mẫn", "Nguyễn Khắc Đình"}
    assert ("spokeAt", "Hoàng Văn Tùng") in roles(facts)


def test_a_counted_title_then_mới_là_lists_its_holders() -> None:
    facts = facts_of("Bộ Quốc phòng có thêm 4 thứ trưởng. 4 thứ trưởng mới là các ông Lê Chiến, Võ Trọng Hà, Bế Xuân Hòa "
                     "và Trần Đơn.")
    assert posts(facts) == {name: {"Thứ trưởng Bộ Quốc phòng"}
                            for name in ("Lê Chiến", "Võ Trọng Hà", "Bế Xuân Hòa", "Trần Đơn")}


def test_a_plural_title_with_its_term_then_gồm_ông_lists_its_holders() -> None:
    facts = facts_of("Các Phó Chủ tịch UBND tỉnh Hậu Giang trong nhiệm kỳ này, gồm ông Trần Văn Ba, Lê Minh Tư và "
                     "Đỗ Thị Năm.")
    assert posts(facts) == {name: {"Phó Chủ tịch Ủy ban nhân dân tỉnh Hậu Giang"}
                            for name in ("Trần Văn Ba", "Lê Minh Tư", "Đỗ Thị Năm")}


def test_a_team_s_head_named_after_do_and_làm_trưởng_đoàn() -> None:
    facts = facts_of("Sáng 6/6/2022, Đoàn kiểm tra số 3 của Ban Chỉ đạo Trung ương về cải cách tư pháp năm 2022 do Đại "
                     "tướng Hồ Văn Sáu, Ủy viên Bộ Chính trị làm Trưởng đoàn đã làm việc với Tỉnh ủy Bình Dương. "
                     "Ngày 7/6, Đoàn kiểm tra, do đồng chí Phan Văn Bảy, Bí thư Tỉnh ủy Lào Cai, Trưởng Đoàn đại biểu "
                     "Quốc hội tỉnh làm Trưởng đoàn, đã làm việc với Huyện ủy Sa Pa. Đoàn công tác của tỉnh do ông Lê "
                     "Văn Tám, Phó Chủ tịch UBND tỉnh Lào Cai làm Trưởng đoàn đã thăm huyện Bát Xát.")
    assert "Trưởng đoàn kiểm tra số 3 của Ban Chỉ đạo Trung ương về cải cách tư pháp" in posts(facts)["Hồ Văn Sáu"]
    bay = posts(facts)["Phan Văn Bảy"]
    assert "Trưởng đoàn" in bay and "Trưởng đoàn Đại biểu Quốc hội tỉnh Lào Cai" in bay  # the team has no owner written
    assert posts(facts)["Lê Văn Tám"] == {"Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai"}  # leading a visit is no post


def test_a_team_led_by_a_titled_name_attends_and_tiếp_đoàn_có_is_no_reception() -> None:
    facts = facts_of("Sáng 5/3/2023, đoàn công tác của Chính phủ do Phó Thủ tướng Trần Văn Mười dẫn đầu đã làm việc với "
                     "tỉnh Nghệ An. Tiếp đoàn có ông Nguyễn Văn Hai, Chủ tịch UBND tỉnh.")
    assert [m.label for m in facts.meetings] == ["Buổi làm việc với tỉnh Nghệ An"]
    assert {p for r, p in roles(facts) if r == "attended"} == {"Trần Văn Mười", "Nguyễn Văn Hai"}


def test_an_elected_committee_s_members_listed_after_gồm() -> None:
    facts = facts_of("Ban Thường vụ Tỉnh ủy Khánh Hòa gồm 16 vị gồm: ông Nguyễn Văn Định, Hồ Văn Mừng. Ba phó bí thư "
                     "Tỉnh Đoàn Bình Dương gồm: anh Trần Bảo Lâm, anh Lê Tuấn An. Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh "
                     "gồm các ông, bà: Lê Văn Chương, Nguyễn Thị Ánh.")
    assert posts(facts) == {"Nguyễn Văn Định": {"Ủy viên Ban Thường vụ Tỉnh ủy Khánh Hòa"},
                            "Hồ Văn Mừng": {"Ủy viên Ban Thường vụ Tỉnh ủy Khánh Hòa"},
                            "Trần Bảo Lâm": {"Phó Bí thư Tỉnh đoàn Bình Dương"},
                            "Lê Tuấn An": {"Phó Bí thư Tỉnh đoàn Bình Dương"},
                            "Lê Văn Chương": {"Đại biểu Quốc hội"}, "Nguyễn Thị Ánh": {"Đại biểu Quốc hội"}}


def test_a_party_secretary_re_elected_and_the_deputies_listed_after_và_các() -> None:
    facts = facts_of("Theo đó, ông Nguyễn Văn Định tái đắc cử chức vụ Bí thư Tỉnh ủy Khánh Hòa và các Phó Bí thư Tỉnh ủy "
                     "tỉnh này gồm các ông: Nguyễn Khắc Toàn, Hà Quốc Trị.")
    assert {(c.person, c.post.label) for c in facts.changes} == {
        ("Nguyễn Văn Định", "Bí thư Tỉnh ủy Khánh Hòa"), ("Nguyễn Khắc Toàn", "Phó Bí thư Tỉnh ủy Khánh Hòa"),
        ("Hà Quốc Trị", "Phó Bí thư Tỉnh ủy Khánh Hòa")}


def test_a_gathering_with_the_press_is_a_meeting() -> None:
    facts = facts_of("Chiều ngày 13/1/2012, tại Hà Nội, Bộ Xây dựng đã tổ chức buổi gặp mặt lãnh đạo, phóng viên các báo "
                     "trong không khí cả nước chuẩn bị đón Tết. Tham dự buổi gặp mặt có Thứ trưởng Bộ Xây dựng Nguyễn Trần Hà.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label == "Buổi gặp mặt lãnh đạo, phóng viên các báo" and main.date == date(2012, 1, 13)
    assert [o.org for o in facts.organizers] == ["Bộ Xây dựng"] and roles(facts) == {("attended", "Nguyễn Trần Hà")}


def test_an_abbreviated_city_ends_a_sentence_before_the_next_person() -> None:
    facts = facts_of("Ông Đào Trọng Hà được bầu giữ chức danh Phó Chủ tịch HĐND TP. Ông Lê Trung Hiếu, Ủy viên Ban "
                     "Thường vụ Thành ủy Hải Phòng, được bầu giữ chức Phó Chủ tịch UBND TP.")
    assert not any("Ông" in o.label for o in facts.orgs)
    assert "Lê Trung Hiếu" in posts(facts)


def test_a_committee_of_the_city_whose_name_begins_with_thành_phố() -> None:
    facts = facts_of("Đồng chí Nguyễn Văn Tâm, Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh dự. "
                     "Ông Nguyễn Đức Hải, Chủ tịch UBND thành phố Hà Nội dự.")
    assert posts(facts) == {"Nguyễn Văn Tâm": {"Ủy viên Bộ Chính trị", "Bí thư Thành ủy Thành phố Hồ Chí Minh"},
                            "Nguyễn Đức Hải": {"Chủ tịch Ủy ban nhân dân Thành phố Hà Nội"}}


def test_a_meeting_name_ends_at_a_comma_before_ủy_and_a_plenum_takes_the_body_after_it() -> None:
    facts = facts_of("Sáng 4-4-2022, Ban Thường vụ Tỉnh ủy Bến Tre đã tổ chức Hội nghị Tỉnh ủy lần thứ 8, Ủy viên Trung ương "
                     "Đảng - Bí thư Tỉnh ủy Lê Đức Thành có bài phát biểu khai mạc hội nghị.")
    assert [m.label for m in facts.meetings] == ["Hội nghị Tỉnh ủy lần thứ 8"]
    facts = facts_of("Tại hội nghị lần thứ nhất, Ủy ban MTTQ Việt Nam tỉnh Gia Lai khóa XI đã hiệp thương cử Ban Thường trực.")
    assert [(m.label, m.body) for m in facts.meetings] == [
        ("Hội nghị lần thứ nhất Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai",
         "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai")]


def test_a_plenum_convened_by_the_standing_committee_has_both_organizers() -> None:
    facts = facts_of("Sáng ngày 19/11/2024, Ban Thường vụ Tỉnh ủy Ninh Thuận tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh "
                     "lần thứ 42. Đồng chí Trần Sinh Toàn - Bí thư Tỉnh ủy chủ trì Hội nghị.")
    assert {o.org for o in facts.organizers} == {"Ban Chấp hành Đảng bộ tỉnh Ninh Thuận", "Ban Thường vụ Tỉnh ủy Ninh Thuận"}


def test_military_and_state_audit_titles() -> None:
    facts = facts_of("Thượng tướng Nguyễn Văn Cương, Ủy viên Thường vụ Quân ủy Trung ương, Tổng Tham mưu trưởng QĐND Việt "
                     "Nam, Thứ trưởng Bộ Quốc phòng dự. Ông Võ Trọng Hà, Tư lệnh Bộ đội Biên phòng; ông Doãn Anh Thanh, "
                     "Phó Tổng Kiểm toán Nhà nước dự.")
    assert posts(facts) == {
        "Nguyễn Văn Cương": {"Ủy viên Thường vụ Quân ủy Trung ương", "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam",
                             "Thứ trưởng Bộ Quốc phòng"},
        "Võ Trọng Hà": {"Tư lệnh Bộ đội Biên phòng"}, "Doãn Anh Thanh": {"Phó Tổng Kiểm toán Nhà nước"}}


def test_an_alternate_member_of_the_central_committee_however_written() -> None:
    facts = facts_of("Ông Nguyễn Văn Hậu, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng dự. Ông Trịnh Việt Hòa, Ủy viên dự "
                     "khuyết BCH Trung ương Đảng dự.")
    assert posts(facts) == {"Nguyễn Văn Hậu": {"Ủy viên dự khuyết Trung ương Đảng"},
                            "Trịnh Việt Hòa": {"Ủy viên dự khuyết Trung ương Đảng"}}


def test_titles_then_a_dash_then_the_name_even_one_that_begins_like_a_place() -> None:
    facts = facts_of("Tham dự khai mạc có Bí thư Tỉnh ủy Hậu Giang - Lê Tiến Chí; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh - "
                     "Đồng Văn Thành.")
    assert posts(facts) == {"Lê Tiến Chí": {"Bí thư Tỉnh ủy Hậu Giang"},
                            "Đồng Văn Thành": {"Phó Bí thư Tỉnh ủy Hậu Giang", "Chủ tịch Ủy ban nhân dân tỉnh Hậu Giang"}}


def test_the_women_s_union_and_its_chair_are_named_as_the_press_names_them() -> None:
    facts = facts_of("Bà Hà Thị Ngân, Chủ tịch Hội LHPN Việt Nam dự. Bà Trần Lan Phượng, Phó Chủ tịch Hội Liên hiệp Phụ nữ "
                     "Việt Nam dự.")
    assert posts(facts) == {"Hà Thị Ngân": {"Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam"},
                            "Trần Lan Phượng": {"Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam"}}


def test_an_unplaced_committee_in_a_chain_takes_the_place_of_the_title_after_it() -> None:
    facts = facts_of("Bà Nguyễn Thị Thu Hương, Bí thư Tỉnh ủy Ninh Bình; ông Nguyễn Văn Vĩnh, Ủy viên Trung ương Đảng, "
                     "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lào Cai dự.")
    assert posts(facts)["Nguyễn Văn Vĩnh"] == {"Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Lào Cai",
                                               "Chủ tịch Hội đồng nhân dân tỉnh Lào Cai"}


def test_former_posts_are_not_held() -> None:
    # `nguyên` reaches every title chained after it (as ../shared/eval/dev/d15 reads `nguyên Bí thư Tỉnh ủy, Trưởng đoàn
    # ĐBQH ...`), not a title before it
    facts = facts_of("Dự có đồng chí Nguyễn Văn Bình, nguyên Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Hà Giang và "
                     "nguyên Bộ trưởng Bộ Nội vụ Trần Văn Tuấn; đồng chí Lê Văn Nam, Phó Chủ tịch UBND tỉnh Hà Giang, "
                     "nguyên Bí thư Huyện ủy.")
    assert posts(facts) == {"Nguyễn Văn Bình": set(), "Trần Văn Tuấn": set(),
                            "Lê Văn Nam": {"Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Giang"}}


def test_compound_abbreviations_of_titles() -> None:
    facts = facts_of("Đ/c Lò Văn Muôn - UVTW Đảng, Bí thư Tỉnh ủy Sơn La; đ/c Hoàng Quốc Khánh - UVBTV, "
                     "Trưởng ban Nội chính Tỉnh ủy dự hội nghị.")
    assert posts(facts) == {
        "Lò Văn Muôn": {"Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Sơn La"},
        "Hoàng Quốc Khánh": {"Ủy viên Ban Thường vụ Tỉnh ủy Sơn La", "Trưởng ban Nội chính Tỉnh ủy Sơn La"},
    }


def test_a_document_dated_before_its_issuer() -> None:
    docs = facts_of("Thực hiện Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức.").documents
    assert [(d.label, d.issuer) for d in docs] == [("Quy định số 144-QĐ/TW", "Bộ Chính trị")]


def test_a_post_taken_up_is_held() -> None:
    facts = facts_of("Bộ Chính trị điều động, chỉ định đồng chí Nguyễn Văn Sơn, Ủy viên Trung ương Đảng, "
                     "Thứ trưởng Bộ Công an giữ chức Bí thư Tỉnh ủy Lạng Sơn.")
    assert posts(facts)["Nguyễn Văn Sơn"] == {"Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an",
                                               "Bí thư Tỉnh ủy Lạng Sơn"}


def test_one_title_for_a_list_of_names() -> None:
    facts = facts_of("Cùng dự có các Phó Thủ tướng Chính phủ Lê Văn Khải, Trần Quang Hà và Hồ Đức Minh.")
    assert posts(facts) == {name: {"Phó Thủ tướng Chính phủ"} for name in ("Lê Văn Khải", "Trần Quang Hà", "Hồ Đức Minh")}


def test_a_list_of_persons_each_with_titles_keeps_them_apart() -> None:
    facts = facts_of("Dự có đồng chí Nguyễn Văn Long, Bí thư Tỉnh ủy Bắc Giang và đồng chí Lê Ánh Dương, "
                     "Chủ tịch UBND tỉnh Bắc Giang.")
    assert posts(facts) == {"Nguyễn Văn Long": {"Bí thư Tỉnh ủy Bắc Giang"},
                            "Lê Ánh Dương": {"Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"}}


def test_document_issuers_through_a_plenum_and_vague_plans() -> None:
    text = ("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương "
            "Đảng khóa XII và Kế hoạch của UBND tỉnh Bến Tre.")
    docs = {d.label: d.issuer for d in facts_of(text).documents}
    assert docs == {"Nghị quyết số 18-NQ/TW": "Ban Chấp hành Trung ương"}


def test_a_ceremony_and_a_commune_congress_are_held_meetings() -> None:
    facts = facts_of("Sáng nay (3/2), Thành ủy Nam Định tổ chức lễ trao Huy hiệu Đảng cho 80 đảng viên. "
                     "Đồng chí Phạm Văn Hải, Phó Bí thư Thành ủy dự và phát biểu.", published=date(2025, 2, 3))
    main = next(m for m in facts.meetings if m.main)
    assert main.label.startswith("Lễ trao Huy hiệu Đảng") and main.date == date(2025, 2, 3)
    assert roles(facts) == {("spokeAt", "Phạm Văn Hải")}
    facts = facts_of("Trong hai ngày 13 và 14-5, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ XXIV, "
                     "nhiệm kỳ 2015 - 2020.", published=date(2015, 5, 15))
    main = next(m for m in facts.meetings if m.main)
    assert main.label == "Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ XXIV, nhiệm kỳ 2015-2020" and main.date == date(2015, 5, 13)


def test_national_assembly_deputies_by_delegation() -> None:
    facts = facts_of("Sáng 30/10, Quốc hội thảo luận ở hội trường. Đại biểu Trần Văn Lâm (Bắc Giang) "
                     "đề nghị làm rõ thẩm quyền của chính quyền địa phương.", published=date(2024, 10, 30))
    assert posts(facts) == {"Trần Văn Lâm": {"Đại biểu Quốc hội tỉnh Bắc Giang"}}


def test_commune_level_posts_take_the_commune() -> None:
    facts = facts_of("Đại hội Đảng bộ xã Hòa Tiến. Chủ trì có đồng chí Lê Văn Bảy, Bí thư Đảng ủy xã, Chủ tịch HĐND xã.")
    assert posts(facts)["Lê Văn Bảy"] == {"Bí thư Đảng ủy xã Hòa Tiến", "Chủ tịch Hội đồng nhân dân xã Hòa Tiến"}


def test_the_year_of_a_plan_is_not_the_articles_year() -> None:
    facts = facts_of("Sáng ngày 01/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 11 (mở rộng) để đánh giá "
                     "tình hình thực hiện nhiệm vụ công tác năm 2017, dự kiến nhiệm vụ công tác năm 2018.")
    main = next(m for m in facts.meetings if m.main)
    assert main.date == date(2017, 12, 1)
    assert [(o.org, o.meeting) for o in facts.organizers] == [("Ban Chấp hành Đảng bộ tỉnh", main.key)]


def test_a_body_s_own_session_is_organised_by_it() -> None:
    facts = facts_of("Sáng 15/4, Thủ tướng Lê Quang Vinh chủ trì Phiên họp Chính phủ thường kỳ tháng 3.",
                     published=date(2021, 4, 15))
    assert {o.org for o in facts.organizers} == {"Chính phủ"}


def test_a_meeting_name_ends_where_its_topic_begins() -> None:
    facts = facts_of("Ngày 27/11, Ban Thường vụ Tỉnh ủy Thanh Hóa đã tổ chức hội nghị Ban Chấp hành Đảng bộ lần thứ 20 "
                     "triển khai Quyết định của Trung ương về điều động cán bộ.")
    assert [m.label for m in facts.meetings if m.main] == ["Hội nghị Ban Chấp hành Đảng bộ lần thứ 20"]


def test_the_lead_names_the_reported_meeting_and_sessions_are_numbered_in_words() -> None:
    facts = facts_of("Thông cáo số 3 Kỳ họp thứ nhất, Quốc hội khóa XIII\nChủ tịch Quốc hội Đào Văn Khải điều khiển "
                     "phiên họp.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label == "Kỳ họp thứ nhất Quốc hội khóa XIII" and main.held
    assert ("chaired", "Đào Văn Khải") in roles(facts)


def test_a_date_that_opens_a_report_on_a_meeting_is_not_the_meeting_s() -> None:
    facts = facts_of("Ngày 24/3, Ủy ban Kiểm tra Trung ương đã có thông báo về kết quả Kỳ họp thứ 3 của Ủy ban. "
                     "Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 3 từ ngày 14 đến ngày 23/3/2011 tại Hà Nội.")
    assert {m.date for m in facts.meetings if m.main} == {date(2011, 3, 14)}


def test_documents_in_lowercase_with_numbers_and_shared_codes() -> None:
    facts = facts_of("Triển khai thông báo kết luận số 07 của Bộ Chính trị ngày 2/6/2022 và Qui định số 11; "
                     "theo Quyết định số 210, 211/QĐ-VPCP và Quyết định số 3120- QĐNS/TW.")
    docs = {(d.kind, d.number, d.issuer) for d in facts.documents}
    assert {("Thông báo kết luận", "07", "Bộ Chính trị"), ("Quy định", "11", None),
            ("Quyết định", "210/QĐ-VPCP", "Văn phòng Chính phủ"), ("Quyết định", "211/QĐ-VPCP", "Văn phòng Chính phủ"),
            ("Quyết định", "3120-QĐNS/TW", None)} <= docs


def test_documents_named_by_kind_and_what_they_are() -> None:
    facts = facts_of("Chính phủ thảo luận Quy chế làm việc của Chính phủ; Chương trình công tác năm 2024 của "
                     "Bộ Chính trị, Ban Bí thư và Quy chế kiểm tra trong Đảng. Ủy ban cho ý kiến về dự án Luật "
                     "phòng, chống mua bán người (sửa đổi); dự án Luật giá.")
    labels = {d.label: d.issuer for d in facts.documents}
    assert labels["Quy chế làm việc của Chính phủ"] is None
    assert labels["Chương trình công tác năm 2024 của Bộ Chính trị, Ban Bí thư"] == "Bộ Chính trị"
    assert "Quy chế kiểm tra trong Đảng" in labels
    assert {"Luật phòng, chống mua bán người (sửa đổi)", "Luật giá"} <= set(labels)


def test_a_plural_title_opening_a_list_and_hyphen_joined_titles() -> None:
    facts = facts_of("Buổi lễ có sự tham dự của các Ủy viên Bộ Chính trị: Bí thư T.Ư Đảng - Trưởng ban Tổ chức T.Ư "
                     "Hoàng Minh Hải; Phó Thủ tướng Thường trực Đoàn Văn Lợi; đại tướng Vi Văn Sáng, Bộ trưởng Bộ Công an.")
    assert posts(facts) == {
        "Hoàng Minh Hải": {"Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng ban Tổ chức Trung ương"},
        "Đoàn Văn Lợi": {"Ủy viên Bộ Chính trị", "Phó Thủ tướng Thường trực Chính phủ"},
        "Vi Văn Sáng": {"Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"}}


def test_title_aliases_hyphen_or_comma_in_names_and_joined_unit_names() -> None:
    facts = facts_of("Dự có ông Lý Văn Tám, Ủy viên Thường vụ Tỉnh ủy Vĩnh Long; bà Hồ Thị Na, Giám đốc Sở Văn hóa - "
                     "Thể thao và Du lịch tỉnh Vĩnh Long và ông Kha Văn Lộc, Trưởng Ban Quản lý Khu kinh tế Định An "
                     "và các Khu công nghiệp tỉnh.")
    assert posts(facts) == {
        "Lý Văn Tám": {"Ủy viên Ban Thường vụ Tỉnh ủy Vĩnh Long"},
        "Hồ Thị Na": {"Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Vĩnh Long"},
        "Kha Văn Lộc": {"Trưởng ban Quản lý Khu kinh tế Định An và các Khu công nghiệp tỉnh"}}


def test_chairs_close_their_list_and_attendees_open_theirs_in_another_clause() -> None:
    facts = facts_of("Sáng 5/12, HĐND tỉnh Lai Châu khai mạc kỳ họp thứ 15. Bí thư Tỉnh ủy Lò Văn Mạnh, các Phó Chủ "
                     "tịch HĐND tỉnh Điêu Thị Mai, Vừ A Tủa đồng chủ trì kỳ họp; tham dự kỳ họp có Chủ tịch UBND tỉnh "
                     "Lường Văn Thân, Chủ tịch UBMTTQ Việt Nam tỉnh "
                     "Quàng Văn Hương.", published=date(2023, 12, 5))
    assert roles(facts) == {("chaired", "Lò Văn Mạnh"), ("chaired", "Điêu Thị Mai"), ("chaired", "Vừ A Tủa"),
                            ("attended", "Lường Văn Thân"), ("attended", "Quàng Văn Hương")}


def test_who_hands_over_a_decision_and_who_receives_it_attend() -> None:
    facts = facts_of("Chiều 2/3, Tỉnh ủy Hưng Yên tổ chức hội nghị công bố quyết định về công tác cán bộ. "
                     "Bí thư Tỉnh ủy Đỗ Tiến Sỹ trao quyết định cho ông Nguyễn Hữu Nghĩa.", published=date(2024, 3, 2))
    assert {("attended", "Đỗ Tiến Sỹ"), ("attended", "Nguyễn Hữu Nghĩa")} <= roles(facts)


def test_who_opens_a_meeting_speaks_and_history_is_not_the_year() -> None:
    facts = facts_of("Ngày 22/11, Đảng ủy Văn phòng Trung ương Đảng tổ chức Lễ trao Huy hiệu 50 năm tuổi Đảng tặng "
                     "đồng chí Mạc Văn Lâm, nguyên Phó Chủ tịch Quốc hội. Ông vào Đảng năm 1975. Đồng chí Trịnh Thị Hà, "
                     "Bí thư Đảng ủy, dự và khai mạc buổi lễ.")
    main = next(m for m in facts.meetings if m.main)
    assert main.date is None and main.label == "Lễ trao Huy hiệu 50 năm tuổi Đảng tặng đồng chí Mạc Văn Lâm"
    assert ("spokeAt", "Trịnh Thị Hà") in roles(facts)


def test_a_mass_organisation_s_plenum_is_not_the_party_s() -> None:
    facts = facts_of("Ngày 6/3/2026, Hội nghị lần thứ 16 Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khóa XIII "
                     "đã bầu bà Hoàng Thị Na giữ chức Phó Chủ tịch.")
    assert not any(m.label.startswith("Hội nghị Trung ương") for m in facts.meetings)
    assert {o.org for o in facts.organizers} == {"Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam"}


def test_coordinated_heads_share_one_body_and_a_rank_beside_a_post_is_none() -> None:
    facts = facts_of("Bộ Y tế cử đoàn công tác. Ông Hầu A Lềnh, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương Mặt trận "
                     "Tổ quốc Việt Nam phát biểu. Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Lò Văn Chiến dự.")
    assert posts(facts) == {
        "Hầu A Lềnh": {"Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                       "Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
        "Lò Văn Chiến": {"Chủ nhiệm Ủy ban Dân tộc"}}


def test_the_central_commissions_of_a_mass_organisation_are_its_own() -> None:
    facts = facts_of("Đồng chí Vi Văn Hòa, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Trung ương Đoàn phát biểu.")
    assert "Trưởng ban Tổ chức Trung ương Đoàn" in posts(facts)["Vi Văn Hòa"]


def test_a_commune_s_party_committee_and_a_city_under_a_province() -> None:
    facts = facts_of("Chiều 29/12/2023, Đảng ủy, UBND xã Yên Lạc tổ chức hội nghị tổng kết. Dự có đồng chí Tô Thị Mai, "
                     "Bí thư Đảng ủy, Chủ tịch HĐND xã; Hồ Văn Tâm, PBT Thường trực Đảng ủy. Ông Đỗ Văn Lực, Phó Bí thư "
                     "Thành ủy, Chủ tịch UBND thành phố Châu Đốc dự.")
    assert posts(facts) == {
        "Tô Thị Mai": {"Bí thư Đảng ủy xã Yên Lạc", "Chủ tịch Hội đồng nhân dân xã Yên Lạc"},
        "Hồ Văn Tâm": {"Phó Bí thư Thường trực Đảng ủy xã Yên Lạc"},
        "Đỗ Văn Lực": {"Phó Bí thư Thành ủy Châu Đốc", "Chủ tịch Ủy ban nhân dân Thành phố Châu Đốc"}}


def test_a_meeting_named_by_coordinated_bodies_and_a_list_continued_in_the_next_sentence() -> None:
    facts = facts_of("Ngày 12-11-2024, Tỉnh ủy Hà Giang tổ chức hội nghị công bố các quyết định của Ban Thường vụ "
                     "Tỉnh ủy, UBND tỉnh về công tác cán bộ. Dự hội nghị có đồng chí Trần Văn Hòa, Bí thư Tỉnh ủy.\n"
                     "Bên cạnh đó còn có Phó Chủ tịch UBND tỉnh Lê Thị Vân; Giám đốc Sở Nội vụ Ngô Văn Tư.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label.endswith("của Ban Thường vụ Tỉnh ủy, UBND tỉnh về công tác cán bộ")
    assert roles(facts) == {("attended", "Trần Văn Hòa"), ("attended", "Lê Thị Vân"), ("attended", "Ngô Văn Tư")}


def test_a_session_written_lan_thu_or_described_after_a_date_is_its_council_s() -> None:
    numbered = facts_of("Sáng 21/3/2024, HĐND tỉnh Quảng Trị khóa VIII khai mạc kỳ họp lần thứ 13.")
    assert [(m.label, m.body) for m in numbered.meetings] == [
        ("Kỳ họp thứ 13 Hội đồng nhân dân tỉnh Quảng Trị khóa VIII", "Hội đồng nhân dân tỉnh Quảng Trị")]
    described = facts_of("Chiều ngày 09/12/2025, kỳ họp thường lệ cuối năm 2025 HĐND tỉnh Ninh Bình khoá XV bế mạc. "
                         "Đồng chí Lê Văn Chín, Chủ tịch HĐND tỉnh chủ tọa kỳ họp.")
    main = next(m for m in described.meetings if m.main)
    assert main.date == date(2025, 12, 9) and main.body == "Hội đồng nhân dân tỉnh Ninh Bình"
    assert [o.org for o in described.organizers] == ["Hội đồng nhân dân tỉnh Ninh Bình"]
    assert roles(described) == {("chaired", "Lê Văn Chín")}


def test_a_ceremony_introduced_as_buoi_le() -> None:
    facts = facts_of("Ngày 7-1-2026, Chủ tịch nước Lương Văn Sáu chủ trì buổi lễ trao quyết định bổ nhiệm Phó Chánh án "
                     "Tòa án nhân dân tối cao.")
    assert [m.label for m in facts.meetings] == ["Lễ trao quyết định bổ nhiệm Phó Chánh án Tòa án nhân dân tối cao"]
    assert roles(facts) == {("chaired", "Lương Văn Sáu")}


def test_the_next_congress_is_not_held_and_thanks_or_congratulations_are_speech() -> None:
    facts = facts_of("Sáng 20/10/2024, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt nghị quyết Hội nghị Trung ương 10 "
                     "khóa XIII. Tại Hội nghị, đồng chí Lê Văn Tám, Ủy viên Bộ Chính trị trình bày dự thảo Báo cáo chính trị "
                     "tại Đại hội XIV của Đảng. Đồng chí Hà Văn Chín cảm ơn Bộ Chính trị. Tổng Bí thư Trần Văn Mười gửi "
                     "lẵng hoa chúc mừng Hội nghị.")
    assert not next(m for m in facts.meetings if m.label == "Đại hội XIV").held
    main = next(m for m in facts.meetings if m.main)
    assert {(r.relation, r.person, r.meeting == main.key) for r in facts.roles} == {
        ("spokeAt", "Lê Văn Tám", True), ("spokeAt", "Hà Văn Chín", True)}


def test_a_counted_plural_title_opens_a_list() -> None:
    facts = facts_of("Hiện tỉnh có 3 Phó Bí thư Tỉnh ủy, gồm: Trần Văn Đông, Chủ tịch UBND tỉnh; Bùi Văn Tây; Lê Thị Nam.")
    assert posts(facts) == {"Trần Văn Đông": {"Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"},
                            "Bùi Văn Tây": {"Phó Bí thư Tỉnh ủy"}, "Lê Thị Nam": {"Phó Bí thư Tỉnh ủy"}}


def test_a_provincial_city_named_after_thanh_uy_or_tp_dot() -> None:
    facts = facts_of("Ông Đỗ Văn Kiệt - Phó Bí thư Thành ủy Long Xuyên, Chủ tịch UBND TP.Long Xuyên, Đại biểu HĐND tỉnh "
                     "An Giang khóa IX, nhiệm kỳ 2016 - 2021 - đã được bầu giữ chức vụ Phó Chủ tịch HĐND tỉnh An Giang.\n"
                     "Ông Lê Văn Tám, Phó Chủ tịch HĐND TP.\nChủ tọa kỳ họp là bà Hà Thị Chín.")
    assert posts(facts)["Đỗ Văn Kiệt"] == {"Phó Bí thư Thành ủy Long Xuyên", "Chủ tịch Ủy ban nhân dân Thành phố Long Xuyên",
                                            "Đại biểu Hội đồng nhân dân tỉnh An Giang",
                                            "Phó Chủ tịch Hội đồng nhân dân tỉnh An Giang"}
    assert [(c.person, c.post.label, c.change) for c in facts.changes] == [
        ("Đỗ Văn Kiệt", "Phó Chủ tịch Hội đồng nhân dân tỉnh An Giang", "start")]
    assert posts(facts)["Lê Văn Tám"] == {"Phó Chủ tịch Hội đồng nhân dân Thành phố"}


def test_an_appointment_after_a_transfer_and_the_body_whose_decisions_are_announced() -> None:
    facts = facts_of("Ngày 12-11-2023, Tỉnh ủy Hà Nam tổ chức hội nghị công bố các quyết định của Ban Thường vụ Tỉnh ủy "
                     "về công tác cán bộ.\nTheo đó, ông Trần Văn Hồng, Phó Trưởng Ban Tuyên giáo Tỉnh ủy đến nhận công tác "
                     "tại Sở Nội vụ để bổ nhiệm giữ chức vụ Giám đốc Sở Nội vụ.")
    assert [(c.person, c.post.label, c.change, c.by) for c in facts.changes] == [
        ("Trần Văn Hồng", "Giám đốc Sở Nội vụ tỉnh Hà Nam", "start", "Ban Thường vụ Tỉnh ủy Hà Nam")]


def test_a_list_of_appointees_with_a_ministry_spelled_loosely() -> None:
    facts = facts_of("Nhân sự được phê chuẩn việc bổ nhiệm các vị trí Bộ trưởng là: ông Trần Văn Một - Bộ trưởng Bộ Tư pháp; "
                     "ông Lê Văn Hai - Bộ trưởng Bộ Kế hoạch Đầu tư; ông Hà Văn Ba-Bộ trưởng Bộ Tài Chính; ông Lê Minh H")
    assert [(c.person, c.post.label) for c in facts.changes] == [
        ("Trần Văn Một", "Bộ trưởng Bộ Tư pháp"), ("Lê Văn Hai", "Bộ trưởng Bộ Kế hoạch và Đầu tư"),
        ("Hà Văn Ba", "Bộ trưởng Bộ Tài chính")]


def test_a_working_session_is_named_by_whose_it_is_and_a_target_year_does_not_date_it() -> None:
    facts = facts_of("Chiều 13/11, Phó Thủ tướng Vũ Văn Tám đã có buổi làm việc với lãnh đạo chủ chốt của tỉnh Bắc Ninh về "
                     "việc thực hiện nhiệm vụ phát triển kinh tế.\nTỉnh phấn đấu xây dựng Bắc Ninh trở thành tỉnh phát triển "
                     "khá vào năm 2020.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label == "Buổi làm việc của Phó Thủ tướng Vũ Văn Tám với lãnh đạo chủ chốt của tỉnh Bắc Ninh"
    assert main.date is None


def test_the_party_statute_is_a_whole_name_and_an_issuer_follows_a_date_without_a_year() -> None:
    facts = facts_of("Căn cứ Điều lệ Đảng, các quy định hiện hành, Ban Thường vụ quyết định. Quyết định số 2136-QĐNS/TW "
                     "ngày 20/5 của Bộ Chính trị về việc điều động ông Trần Văn Tư.")
    assert {(d.label, d.issuer) for d in facts.documents} == {
        ("Điều lệ Đảng", None), ("Quyết định số 2136-QĐNS/TW", "Bộ Chính trị")}


def test_the_board_of_a_state_corporation_and_a_unit_name_ends_at_a_verb() -> None:
    facts = facts_of("Ông Lê Văn Quý, Chủ tịch Hội đồng thành viên Tập đoàn Công nghiệp Xây dựng Việt Nam nghỉ hưu. "
                     "Ông Phạm Văn Hùng, Phó Chủ tịch HĐTV Tổng công ty Xăng dầu Việt Nam dự.")
    assert posts(facts) == {
        "Lê Văn Quý": {"Chủ tịch Hội đồng thành viên Tập đoàn Công nghiệp Xây dựng Việt Nam"},
        "Phạm Văn Hùng": {"Phó Chủ tịch Hội đồng thành viên Tổng công ty Xăng dầu Việt Nam"}}
    assert {"Tập đoàn Công nghiệp Xây dựng Việt Nam", "Tổng công ty Xăng dầu Việt Nam"} <= {o.label for o in facts.orgs}
    assert [(c.person, c.change) for c in facts.changes] == [("Lê Văn Quý", "end")]


def test_a_national_congress_of_a_mass_organisation_opened_ceremonially() -> None:
    facts = facts_of("Ngày 12/12/2018, Trung ương Hội Nông dân Việt Nam tổ chức khai mạc trọng thể Đại hội đại biểu toàn "
                     "quốc Hội Nông dân Việt Nam lần thứ VII. Đến tham dự Đại hội có Thủ tướng Chính phủ Nguyễn Văn Năm.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label == "Đại hội Hội Nông dân Việt Nam lần thứ VII" and main.held
    assert roles(facts) == {("attended", "Nguyễn Văn Năm")}


def test_an_opened_session_named_only_in_a_plan_is_the_one_reported() -> None:
    facts = facts_of("Phát biểu khai mạc phiên họp, Chủ tịch Quốc hội Nguyễn Thị Sáu cho biết Ủy ban sẽ cho ý kiến về "
                     "4 dự án luật. Theo dự kiến chương trình, phiên họp thứ 35 của Ủy ban Thường vụ Quốc hội diễn ra trong "
                     "3 ngày.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label == "Phiên họp thứ 35 Ủy ban Thường vụ Quốc hội" and main.held
    assert roles(facts) == {("spokeAt", "Nguyễn Thị Sáu")}


def test_a_regular_meeting_and_a_session_continued() -> None:
    regular = facts_of("Sáng 18-8-2015, UBND tỉnh Đắk Lắk đã tổ chức họp định kỳ đánh giá tình hình kinh tế - xã hội. "
                       "Phó Chủ tịch UBND tỉnh Y Văn Bảy chủ trì cuộc họp.")
    main = next(m for m in regular.meetings if m.main)
    assert main.label.startswith("Cuộc họp định kỳ") and main.date == date(2015, 8, 18)
    assert [o.org for o in regular.organizers] == ["Ủy ban nhân dân tỉnh Đắk Lắk"]
    continued = facts_of("Sáng 12/5/2025, tiếp tục chương trình kỳ họp thứ 9, Quốc hội khóa XV, Chủ nhiệm Ủy ban Công tác "
                         "đại biểu Nguyễn Thanh Tám trình Quốc hội Tờ trình về dự án Luật.")
    main = next(m for m in continued.meetings if m.main)
    assert main.label == "Kỳ họp thứ 9 Quốc hội khóa XV" and main.held
    assert roles(continued) == {("spokeAt", "Nguyễn Thanh Tám")}


def test_a_retirement_decided_now_and_in_effect_later_with_its_decider() -> None:
    facts = facts_of("Theo quyết định của Thủ tướng, từ 1-10, ông Hà Văn Huệ, Phó Tổng Giám đốc Thông tấn xã Việt Nam sẽ "
                     "nghỉ hưu theo chế độ. Thủ tướng cũng quyết định cho nghỉ hưu từ 1-10 với Tổng Giám đốc Ngân hàng "
                     "Chính sách xã hội Hà Thị Hằng. Ông Lê Văn Sáu sẽ nghỉ hưu vào năm sau.")
    assert [(c.person, c.post.label, c.change, c.by) for c in facts.changes] == [
        ("Hà Văn Huệ", "Phó Tổng Giám đốc Thông tấn xã Việt Nam", "end", "Thủ tướng Chính phủ"),
        ("Hà Thị Hằng", "Tổng Giám đốc Ngân hàng Chính sách xã hội", "end", "Thủ tướng Chính phủ")]


def test_elected_by_the_committee_s_trust() -> None:
    facts = facts_of("Đồng chí Vũ Hồng Lan, Phó Bí thư Tỉnh đoàn Hưng Yên được tập thể Ban Chấp hành Tỉnh đoàn khóa XV tín "
                     "nhiệm bầu giữ chức vụ Bí thư Tỉnh đoàn với 100% số phiếu.")
    assert [(c.person, c.post.label, c.change) for c in facts.changes] == [
        ("Vũ Hồng Lan", "Bí thư Tỉnh đoàn Hưng Yên", "start")]


def test_the_central_committee_of_an_association_is_not_the_party_s_and_thay_mat_is_no_chair() -> None:
    facts = facts_of("Chiều 6/3/2026, Trung ương Hội Liên hiệp Phụ nữ Việt Nam tổ chức Hội nghị lần thứ 16 Ban Chấp hành "
                     "Trung ương Hội nhiệm kỳ 2022-2027. Tại Hội nghị, Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam Trần Lan "
                     "Phượng thay mặt Đoàn Chủ tịch trình Ban Chấp hành Đề án kiện toàn nhân sự.")
    assert "Ban Chấp hành Trung ương" not in {o.label for o in facts.orgs} | {o.org for o in facts.organizers}
    assert roles(facts) == {("spokeAt", "Trần Lan Phượng")}


def test_the_party_committee_of_a_named_body() -> None:
    facts = facts_of("Dự có ông Hà Văn Ba, Bí thư Đảng ủy UBND tỉnh Nghệ An; ông Đỗ Văn Bốn, Bí thư Đảng ủy Tập đoàn "
                     "Điện lực Việt Nam; bà Lê Thị Tư, Bí thư Đảng ủy xã Yên Lạc.")
    assert posts(facts) == {"Hà Văn Ba": {"Bí thư Đảng ủy Ủy ban nhân dân tỉnh Nghệ An"},
                            "Đỗ Văn Bốn": {"Bí thư Đảng ủy Tập đoàn Điện lực Việt Nam"},
                            "Lê Thị Tư": {"Bí thư Đảng ủy xã Yên Lạc"}}


def test_the_party_committee_of_an_agency_or_a_newspaper() -> None:
    facts = facts_of("Dự có ông Hà Văn Năm, Bí thư Đảng ủy cơ quan Bộ Ngoại giao; bà Lê Thị Sáu, Bí thư Đảng ủy Báo Nhân Dân.")
    assert posts(facts) == {"Hà Văn Năm": {"Bí thư Đảng ủy cơ quan Bộ Ngoại giao"},
                            "Lê Thị Sáu": {"Bí thư Đảng ủy Báo Nhân Dân"}}
    alone = facts_of("Ông Hà Văn Năm trả lời phỏng vấn Báo Nhân Dân về hội nghị.")
    assert "Báo Nhân Dân" not in {o.label for o in alone.orgs}  # written alone, the page's source


def test_one_who_announces_a_decision_does_not_take_the_post_it_gives() -> None:
    facts = facts_of("Phó Trưởng ban Tổ chức Trung ương Lê Thị Bảy công bố Quyết định của Bộ Chính trị về việc bổ nhiệm "
                     "giữ chức Tổng Biên tập Tạp chí Cộng sản.")
    assert posts(facts) == {"Lê Thị Bảy": {"Phó Trưởng ban Tổ chức Trung ương"}}
    given = facts_of("Ông Trần Văn Tám nhận Quyết định bổ nhiệm giữ chức Giám đốc Sở Y tế tỉnh Nam Định.")
    assert posts(given) == {"Trần Văn Tám": {"Giám đốc Sở Y tế tỉnh Nam Định"}}

def test_a_plural_title_after_cac_dong_chi_opens_a_list() -> None:
    facts = facts_of("Dự có các đồng chí Ủy viên Bộ Chính trị: Phạm Văn Một, Thủ tướng Chính phủ; Trần Văn Hai, Chủ tịch "
                     "Quốc hội; Lương Văn Ba, Thường trực Ban Bí thư.")
    assert posts(facts) == {"Phạm Văn Một": {"Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"},
                            "Trần Văn Hai": {"Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"},
                            "Lương Văn Ba": {"Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"}}


def test_a_party_head_coordinated_with_a_council_or_a_corporation_is_of_its_party_committee() -> None:
    facts = facts_of("Ông Đỗ Văn Ba, Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh Nghệ An dự. Ông Lê Văn Hai, Phó Bí thư, "
                     "Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An dự. Ông Hà Văn Tư, Bí thư, Chủ tịch UBND huyện Mê Linh dự. "
                     "Ông Lê Văn Sáu, Bí thư, Chủ tịch HĐTV Tập đoàn Điện lực Việt Nam dự.")
    assert posts(facts) == {
        "Đỗ Văn Ba": {"Phó Bí thư Thường trực Tỉnh ủy Nghệ An", "Chủ tịch Hội đồng nhân dân tỉnh Nghệ An"},
        "Lê Văn Hai": {"Phó Bí thư Tỉnh ủy Nghệ An", "Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An"},
        "Hà Văn Tư": {"Bí thư Huyện ủy Mê Linh", "Chủ tịch Ủy ban nhân dân huyện Mê Linh"},
        "Lê Văn Sáu": {"Bí thư Đảng ủy Tập đoàn Điện lực Việt Nam",
                       "Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam"}}


def test_a_sentence_run_on_without_its_full_stop_names_no_ward() -> None:
    facts = facts_of("Đồng chí Nguyễn Văn Hải - Phó Bí thư, Chủ tịch UBND phường Báo cáo kết quả giai đoạn 1.")
    assert posts(facts) == {"Nguyễn Văn Hải": {"Phó Bí thư Đảng ủy phường", "Chủ tịch Ủy ban nhân dân phường"}}


def test_each_passive_clause_has_its_own_subject() -> None:
    facts = facts_of("Theo đó, ông Kiều Văn Huy, Phó Bí thư Huyện ủy Thường Tín đã được bầu giữ chức vụ Chủ tịch UBND huyện "
                     "Thường Tín; ông Nguyễn Văn Tuyến và bà Lê Thị Liễu, Chủ tịch Hội Liên hiệp Phụ nữ huyện được bầu giữ "
                     "chức vụ Phó Chủ tịch UBND huyện Thường Tín.")
    assert sorted((c.person, c.post.label) for c in facts.changes) == [
        ("Kiều Văn Huy", "Chủ tịch Ủy ban nhân dân huyện Thường Tín"),
        ("Lê Thị Liễu", "Phó Chủ tịch Ủy ban nhân dân huyện Thường Tín"),
        ("Nguyễn Văn Tuyến", "Phó Chủ tịch Ủy ban nhân dân huyện Thường Tín")]


def test_a_person_whose_name_begins_like_a_place() -> None:
    facts = facts_of("Thủ tướng phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Trà Vinh đối với ông Đồng Văn Lâm - "
                     "Bí thư Huyện ủy Trà Cú. Đoàn đã đến huyện Đồng Văn.")
    assert posts(facts) == {"Đồng Văn Lâm": {"Bí thư Huyện ủy Trà Cú"}}
    assert [(c.person, c.post.label) for c in facts.changes] == [("Đồng Văn Lâm", "Phó Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh")]


def test_an_abbreviation_with_a_dot_ends_no_sentence_and_a_youth_union_central_committee() -> None:
    facts = facts_of("Ngày 2/7/2024, Ban Thường vụ Tỉnh đoàn Tây Ninh tổ chức Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ năm. "
                     "Chủ trì Hội nghị có đồng chí Nguyễn "
                     "Thanh Tùng - UV. BCH TW Đoàn, Tỉnh uỷ viên, Bí thư Tỉnh đoàn; đồng chí Nguyễn Thị Mai - Phó Bí thư "
                     "Thường trực Tỉnh đoàn.")
    assert posts(facts)["Nguyễn Thanh Tùng"] == {"Ủy viên Ban Chấp hành Trung ương Đoàn",
                                                 "Ủy viên Ban Chấp hành Đảng bộ tỉnh Tây Ninh", "Bí thư Tỉnh đoàn Tây Ninh"}
    assert roles(facts) == {("chaired", "Nguyễn Thanh Tùng"), ("chaired", "Nguyễn Thị Mai")}


def test_a_lone_head_after_a_post_marker_shares_the_body_before_and_an_effective_date_dates_the_changes() -> None:
    facts = facts_of("Theo đó, Thủ tướng phê chuẩn việc miễn nhiệm chức vụ chủ tịch UBND tỉnh Trà Vinh đối với ông Trần Văn "
                     "Khiêm và chức vụ phó chủ tịch đối với ông Tống Văn Viễn. Quyết định có hiệu lực thi hành kể từ ngày "
                     "18-7-2013.")
    assert [(c.person, c.post.label, c.change, c.date) for c in facts.changes] == [
        ("Trần Văn Khiêm", "Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh", "end", date(2013, 7, 18)),
        ("Tống Văn Viễn", "Phó Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh", "end", date(2013, 7, 18))]


def test_a_body_with_its_abbreviation_in_passing() -> None:
    facts = facts_of("Sáng ngày 8/10/2019, Hội đồng nhân dân (HĐND) tỉnh Bình Dương khóa IX tổ chức kỳ họp thứ 12.")
    assert [(m.label, m.body) for m in facts.meetings] == [
        ("Kỳ họp thứ 12 Hội đồng nhân dân tỉnh Bình Dương khóa IX", "Hội đồng nhân dân tỉnh Bình Dương")]
    assert [o.org for o in facts.organizers] == ["Hội đồng nhân dân tỉnh Bình Dương"]


def test_a_decision_handed_over_to_several_or_with_flowers() -> None:
    facts = facts_of("Ngày 7-1-2026, Chủ tịch nước Lương Văn Sáu chủ trì buổi lễ trao quyết định bổ nhiệm Phó Chánh án. "
                     "Chủ tịch nước Lương Văn Sáu trao Quyết định bổ nhiệm cho đồng chí Lê Văn Tiến và Nguyễn Biên Thủy. "
                     "Bí thư Thành ủy Hà Nội Nguyễn Văn Ngọc trao quyết định và tặng hoa tân Phó Bí thư Thành ủy Vũ Văn Thắng.")
    assert roles(facts) == {("chaired", "Lương Văn Sáu"), ("attended", "Lê Văn Tiến"), ("attended", "Nguyễn Biên Thủy"),
                            ("attended", "Nguyễn Văn Ngọc"), ("attended", "Vũ Văn Thắng")}


def test_whom_a_council_heard_spoke() -> None:
    facts = facts_of("Chiều ngày 09/12/2025, kỳ họp thường lệ cuối năm 2025 HĐND tỉnh Ninh Bình khoá XV bế mạc. Tiếp đó, "
                     "HĐND tỉnh đã nghe đồng chí Trần Văn Tuấn, Chủ tịch UBND tỉnh.")
    assert roles(facts) == {("spokeAt", "Trần Văn Tuấn")}


def test_a_bare_standing_committee_membership_completed_by_a_central_organisation_s_part() -> None:
    facts = facts_of("Dự có ông Bùi Quang Hòa, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Trung ương Đoàn; ông Lê Văn Tư, "
                     "Ủy viên BTV dự.")
    assert posts(facts) == {"Bùi Quang Hòa": {"Ủy viên Ban Thường vụ Trung ương Đoàn", "Trưởng ban Tổ chức Trung ương Đoàn"},
                            "Lê Văn Tư": {"Ủy viên Ban Thường vụ"}}


def test_a_local_congress_numbered_after_its_body_and_reported_at_work() -> None:
    facts = facts_of("Chiều 12-10-2020, Đại hội đại biểu Đảng bộ tỉnh Thái Nguyên lần thứ XX đã tiến hành bầu cử Ban Chấp "
                     "hành Đảng bộ tỉnh.")
    assert [(m.label, m.held) for m in facts.meetings] == [("Đại hội đại biểu Đảng bộ tỉnh Thái Nguyên lần thứ XX", True)]


def test_the_only_speaker_s_request_is_a_task() -> None:
    facts = facts_of("Ngày 12-11-2023, Tỉnh ủy Hà Nam tổ chức hội nghị công bố các quyết định về công tác cán bộ. Phát biểu "
                     "tại hội nghị, ông Nguyễn Tiến Bình, Phó Bí thư Tỉnh ủy chúc mừng và đề nghị các cán bộ được bổ nhiệm "
                     "tiếp tục nỗ lực phấn đấu.")
    assert [(t.by, t.to) for t in facts.tasks] == [("Nguyễn Tiến Bình", "các cán bộ được bổ nhiệm")]


def test_trưởng_ban_ban_is_written_once_and_a_councillor_s_standing_committee_is_the_party_s() -> None:
    facts = facts_of("Dự có ông Phạm Minh Chánh, Trưởng ban Ban Tổ chức Trung ương; bà Nguyễn Thị Phương - UVBTV, Phó Chủ "
                     "tịch HĐND huyện Mê Linh; ông Lê Văn Tư, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy Mê Linh.")
    assert posts(facts) == {
        "Phạm Minh Chánh": {"Trưởng ban Tổ chức Trung ương"},
        "Nguyễn Thị Phương": {"Ủy viên Ban Thường vụ Huyện ủy Mê Linh", "Phó Chủ tịch Hội đồng nhân dân huyện Mê Linh"},
        "Lê Văn Tư": {"Ủy viên Ban Thường vụ Huyện ủy Mê Linh", "Trưởng ban Tuyên giáo Huyện ủy Mê Linh"}}


def test_a_rank_between_a_name_and_its_title_and_a_delegation_s_members() -> None:
    facts = facts_of("HĐND tỉnh phê chuẩn kết quả bầu Ủy viên UBND tỉnh đối với ông Lò Văn Sình, Đại tá, Chỉ huy "
                     "trưởng Bộ Chỉ huy Quân sự tỉnh Lai Châu.")
    assert "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Lai Châu" in posts(facts)["Lò Văn Sình"]
    facts = facts_of("Theo kế hoạch, Tổ ĐBQH đơn vị số 2 gồm các đại biểu: Tạ Văn Hùng, Phó Trưởng đoàn chuyên trách "
                     "Đoàn ĐBQH tỉnh; Lê Thị Cúc, Chủ tịch Liên đoàn Lao động tỉnh, sẽ tiếp xúc cử tri tại huyện Mỹ Lâm.")
    assert {"Tạ Văn Hùng", "Lê Thị Cúc"} <= {name for name, held in posts(facts).items() if "Đại biểu Quốc hội" in held}


def test_a_post_without_its_level_is_the_one_of_that_kind_the_text_placed() -> None:
    facts = facts_of("Sáng 3-5, UBND huyện Sông Mai họp phiên thường kỳ. Ông Tạ Văn Hùng, Phó Chủ tịch UBND, báo cáo "
                     "tình hình kinh tế.")
    assert posts(facts)["Tạ Văn Hùng"] == {"Phó Chủ tịch Ủy ban nhân dân huyện Sông Mai"}


def test_a_session_s_name_stops_at_its_votes_and_keeps_the_term_written_with_it() -> None:
    facts = facts_of("Trước đó, Thường trực HĐND tỉnh Lai Châu đã tổ chức Kỳ họp bất thường và thống nhất bầu ông "
                     "Tạ Văn Hùng giữ chức Chủ tịch HĐND tỉnh Lai Châu.")
    assert [m.label for m in facts.meetings] == ["Kỳ họp bất thường"]
    facts = facts_of("Ngày 28-9, HĐND huyện Sông Mai khóa XVIII, nhiệm kỳ 2011-2016 đã tổ chức kỳ họp thứ 12.")
    assert [m.label for m in facts.meetings] == \
        ["Kỳ họp thứ 12 Hội đồng nhân dân huyện Sông Mai khóa XVIII, nhiệm kỳ 2011-2016"]


def test_an_amending_law_is_named_by_what_it_amends_and_a_list_item_runs_to_its_semicolon() -> None:
    facts = facts_of("Quốc hội cho ý kiến 3 dự án luật gồm: Luật Đê điều (sửa đổi); Luật Đi lại, cư trú của người "
                     "nước ngoài; Luật sửa đổi, bổ sung một số điều của Luật Hợp tác xã và Luật Thủy lợi; Luật Nuôi ong.")
    labels = {d.label for d in facts.documents}
    assert {"Luật Đê điều (sửa đổi)", "Luật Đi lại, cư trú của người nước ngoài",
            "Luật sửa đổi, bổ sung một số điều của Luật Hợp tác xã và Luật Thủy lợi"} <= labels


def test_a_meeting_never_named_but_attended_is_the_reported_one() -> None:
    facts = facts_of("Ngày 10/7/2014, đồng chí Tạ Văn Hùng, Trưởng Ban Dân vận Trung ương chủ trì hội nghị. Tham dự hội "
                     "nghị có đồng chí Lò Văn Đạt, Phó Trưởng Ban Dân vận Trung ương.")
    main = next(m for m in facts.meetings if m.main)
    assert (main.label, main.date, main.held) == ("Hội nghị", date(2014, 7, 10), True)
    assert {("chaired", "Tạ Văn Hùng"), ("attended", "Lò Văn Đạt")} <= roles(facts)


def test_a_described_meeting_s_name_steps_over_a_short_aside() -> None:
    facts = facts_of("Ngày 10/7/2014, Ban Dân vận Trung ương tổ chức Hội nghị trực tuyến (toàn quốc) sơ kết công tác dân "
                     "vận 6 tháng đầu năm 2014.")
    assert [m.label for m in facts.meetings] == ["Hội nghị trực tuyến (toàn quốc) sơ kết công tác dân vận 6 tháng đầu năm 2014"]


def test_a_ministry_abbreviated_with_hyphens_and_a_head_named_with_là() -> None:
    facts = facts_of("Ông Tạ Văn Hùng – Thứ trưởng Bộ VH-TT&DL nghỉ hưu. Hiện Bộ Y tế có Bộ trưởng là ông Lò Văn Đạt "
                     "cùng 4 Thứ trưởng.")
    assert posts(facts) == {"Tạ Văn Hùng": {"Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch"},
                            "Lò Văn Đạt": {"Bộ trưởng Bộ Y tế"}}


def test_the_fatherland_front_s_standing_board_is_a_body_of_its_committee() -> None:
    facts = facts_of("Ngày 4/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu tổ chức Hội nghị tiếp xúc cử tri.")
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu" in {o.label for o in facts.orgs}


def test_a_short_and_a_full_name_of_one_day_s_meeting_are_one_meeting() -> None:
    facts = facts_of("Bà Lò Thị Mai nhấn mạnh tại Hội nghị tiếp xúc cử tri ngày 4/3/2026.\n\nNgày 4/3/2026, Ủy ban MTTQ "
                     "Việt Nam tỉnh Lai Châu tổ chức Hội nghị tiếp xúc cử tri với những người ứng cử đại biểu Quốc hội.")
    assert [m.label for m in facts.meetings] == ["Hội nghị tiếp xúc cử tri với những người ứng cử đại biểu Quốc hội"]


def test_guests_listed_after_a_sentence_of_represented_bodies_attended() -> None:
    facts = facts_of("Chiều 5/6/2023, Ủy ban Thường vụ Quốc hội họp Phiên họp thứ 24. Cùng dự phiên họp có đại diện "
                     "các Ủy ban của Quốc hội. Về phía khách mời có Phó Thủ tướng Chính phủ Tạ Văn Hùng; Bộ trưởng Bộ "
                     "Công an, Đại tướng Lò Văn Đạt.")
    assert {("attended", "Tạ Văn Hùng"), ("attended", "Lò Văn Đạt")} <= roles(facts)


def test_a_session_dated_after_the_page_is_to_come_and_a_bare_tại_hội_nghị_is_the_reported_one() -> None:
    facts = facts_of("Tại buổi tiếp xúc cử tri, bà Lò Thị Mai cho biết: Kỳ họp thứ 10, Quốc hội khóa XV dự kiến diễn ra "
                     "từ ngày 20/10 - 12/12/2025. Cũng tại kỳ họp thứ 10 tới, Quốc hội sẽ thảo luận.",
                     published=date(2025, 10, 2))
    assert [(m.label, m.date, m.held) for m in facts.meetings if "Kỳ họp" in m.label] == \
        [("Kỳ họp thứ 10 Quốc hội khóa XV", date(2025, 10, 20), False)]
    main = next(m for m in facts.meetings if m.main)
    assert main.label == "Buổi tiếp xúc cử tri"


def test_a_birth_aside_between_a_name_and_its_titles() -> None:
    facts = facts_of("Bộ Chính trị chuẩn y ông Tạ Văn Hùng (SN 1974, quê quán xã Xuân Ái, tỉnh Yên Bái), Phó Bí thư "
                     "Tỉnh ủy, Chủ tịch UBND tỉnh Lai Châu, giữ chức Bí thư Tỉnh ủy Lai Châu.")
    assert {"Phó Bí thư Tỉnh ủy Lai Châu", "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu"} <= posts(facts)["Tạ Văn Hùng"]


def test_a_standing_deputy_abbreviated_tt() -> None:
    facts = facts_of("Dự buổi tiếp có ông Tạ Văn Hùng, Phó Bí thư TT Tỉnh ủy Lai Châu; ông Lò Văn Đạt, Bộ trưởng Bộ TT&TT.")
    assert posts(facts) == {"Tạ Văn Hùng": {"Phó Bí thư Thường trực Tỉnh ủy Lai Châu"},
                            "Lò Văn Đạt": {"Bộ trưởng Bộ Thông tin và Truyền thông"}}


def test_a_meeting_never_named_is_the_session_of_the_body_written_right_after_it() -> None:
    facts = facts_of("Tại phiên họp này, Quốc hội đã nghe báo cáo tổng hợp ý kiến đại biểu Quốc hội thảo luận tại Đoàn.")
    main = next(m for m in facts.meetings if m.main)
    assert (main.label, main.body) == ("Phiên họp", "Quốc hội")
    assert [(o.org, o.meeting) for o in facts.organizers] == [("Quốc hội", main.key)]


def test_an_acronym_is_no_syllable_of_a_name() -> None:
    facts = facts_of("Các đại biểu đã bỏ phiếu bầu BCH Đoàn TNCS Hồ Chí Minh tỉnh Lai Châu với 33 anh, chị; anh Tạ Văn "
                     "Hùng được bầu giữ chức Bí thư Tỉnh đoàn.")
    assert {p.name for p in facts.persons if not p.short} == {"Tạ Văn Hùng"}


def test_coordinated_persons_holding_one_post() -> None:
    facts = facts_of("Ông Tạ Văn Hùng và ông Lò Văn Đạt giữ chức Phó Chủ tịch HĐND tỉnh Lai Châu nhiệm kỳ 2016 - 2021.")
    assert posts(facts) == {"Tạ Văn Hùng": {"Phó Chủ tịch Hội đồng nhân dân tỉnh Lai Châu"},
                            "Lò Văn Đạt": {"Phó Chủ tịch Hội đồng nhân dân tỉnh Lai Châu"}}


def test_a_plural_title_then_là_and_its_holders() -> None:
    facts = facts_of("Hai Phó Chủ tịch HĐND tỉnh Lai Châu là ông Tạ Văn Hùng và ông Lò Văn Đạt.")
    assert posts(facts) == {"Tạ Văn Hùng": {"Phó Chủ tịch Hội đồng nhân dân tỉnh Lai Châu"},
                            "Lò Văn Đạt": {"Phó Chủ tịch Hội đồng nhân dân tỉnh Lai Châu"}}


def test_a_congratulatory_visit_is_a_meeting_with_the_delegation_s_members() -> None:
    facts = facts_of("Chiều ngày 04-12-2023, Đoàn công tác của lãnh đạo tỉnh do đồng chí Tạ Văn Hùng, Phó Bí thư Tỉnh ủy "
                     "làm Trưởng đoàn đã đến thăm, chúc mừng tập thể lãnh đạo Hội Cựu chiến binh tỉnh. Tham gia cùng "
                     "Đoàn công tác có các đồng chí: Lò Văn Đạt, Chủ tịch Ủy ban nhân dân tỉnh Lai Châu.")
    main = next(m for m in facts.meetings if m.main)
    assert (main.label, main.date) == ("Buổi thăm, chúc mừng tập thể lãnh đạo Hội Cựu chiến binh tỉnh", date(2023, 12, 4))
    assert ("attended", "Lò Văn Đạt") in roles(facts)


def test_a_press_conference_a_venue_named_hội_nghị_and_an_organizer_who_holds_it_solemnly() -> None:
    facts = facts_of("Chiều ngày 7-1-2010 tại Trung tâm Hội nghị quốc gia, Văn phòng Chính phủ đã tổ chức buổi họp báo "
                     "Chính phủ. Cuộc họp báo có Thủ tướng Chính phủ Tạ Văn Hùng đến dự.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Buổi họp báo Chính phủ", date(2010, 1, 7))]
    assert [o.org for o in facts.organizers] == ["Văn phòng Chính phủ"]
    facts = facts_of("Sáng ngày 28/9/2023, Hội Nông dân tỉnh Lai Châu tổ chức trọng thể Đại hội đại biểu Hội Nông dân "
                     "tỉnh Lai Châu lần thứ X.")
    assert [o.org for o in facts.organizers] == ["Hội Nông dân tỉnh Lai Châu"]


def test_a_congress_at_work_without_its_ordinal_and_a_session_on_a_day_of_it() -> None:
    facts = facts_of("Tiếp tục chương trình làm việc của Đại hội Đảng bộ tỉnh Lai Châu, chiều 3/10, các đại biểu đã bầu "
                     "Ban chấp hành. Trong phiên họp lần thứ nhất vào tối 3/10, Ban chấp hành Đảng bộ tỉnh Lai Châu khóa "
                     "15 bầu Bí thư Tỉnh ủy.")
    held = {m.label for m in facts.meetings if m.held}
    assert {"Đại hội Đảng bộ tỉnh Lai Châu", "Phiên họp thứ nhất Ban Chấp hành Đảng bộ tỉnh Lai Châu khóa XV"} <= held


def test_ministries_abbreviated_without_an_ampersand() -> None:
    facts = facts_of("Bộ trưởng Bộ NNPTNT Tạ Văn Hùng và Thứ trưởng Bộ GD-ĐT Lò Văn Đạt dự hội nghị.")
    assert posts(facts) == {"Tạ Văn Hùng": {"Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"},
                            "Lò Văn Đạt": {"Thứ trưởng Bộ Giáo dục và Đào tạo"}}


def test_a_party_committee_written_with_its_level_word_is_the_same_committee() -> None:
    facts = facts_of("Ông Lê Văn An, Phó Bí thư Tỉnh ủy tỉnh Bắc Ninh dự. Ông Lê Viết Chữ, Bí thư Thành ủy TP. Quảng Ngãi dự.")
    assert posts(facts) == {"Lê Văn An": {"Phó Bí thư Tỉnh ủy Bắc Ninh"},
                            "Lê Viết Chữ": {"Bí thư Thành ủy Thành phố Quảng Ngãi"}}


def test_a_one_letter_surname_before_thi_is_a_name_and_a_park_named_like_it_is_not() -> None:
    facts = facts_of("Bà U Thị Mai, Phó Giám đốc Sở Y tế tỉnh Cà Mau, thăm Vườn quốc gia U Minh Thượng.")
    assert [p.name for p in facts.persons if not p.short] == ["U Thị Mai"]


def test_the_standing_committee_of_a_central_party_organisation_is_not_a_commune_committee() -> None:
    facts = facts_of("Ông Lê Văn Hùng, Ủy viên Ban Thường vụ Đảng ủy Khối doanh nghiệp Trung ương, và ông Trần Văn Tú, "
                     "Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương, dự.")
    assert posts(facts)["Lê Văn Hùng"] == {"Ủy viên Ban Thường vụ Đảng ủy Khối doanh nghiệp Trung ương"}
    assert posts(facts)["Trần Văn Tú"] == {"Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương"}


def test_a_venue_and_a_district_named_like_a_unit_are_not_bodies_and_a_unit_name_stops_before_a_verb() -> None:
    facts = facts_of("Sáng 14/10/2020, tại Trung tâm Hội nghị quốc gia, Đảng ủy Quân khu 3 vào sáng nay họp. Đoàn về "
                     "huyện Vụ Bản của tỉnh Nam Định.")
    labels = {o.label for o in facts.orgs}
    assert "Đảng ủy Quân khu 3" in labels
    assert not [label for label in labels if label.startswith(("Trung tâm", "Vụ")) or "vào" in label]


def test_a_steering_committee_named_by_its_task_a_credit_after_a_name_and_new_surnames() -> None:
    facts = facts_of("Ông Lê Hồng Quang, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo cải cách tư pháp tỉnh Tiền Giang dự. Ông Hoàng "
                     "Minh Hải, Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh Bắc Kạn trình bày. Ông Sử Thanh Hà, Phó Bí thư "
                     "Huyện ủy Lạc Dương, nhận quyết định từ đồng chí Trần Văn Minh      Nguồn: xaydungdang.org")
    found = posts(facts)
    assert found["Lê Hồng Quang"] == {"Bí thư Tỉnh ủy Tiền Giang", "Trưởng ban Chỉ đạo cải cách tư pháp tỉnh Tiền Giang"}
    assert found["Hoàng Minh Hải"] == {"Phó Trưởng ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Bắc Kạn"}
    assert found["Sử Thanh Hà"] == {"Phó Bí thư Huyện ủy Lạc Dương"}
    assert "Trần Văn Minh" in found


def test_a_congress_under_a_later_banner_date_is_undated_and_the_end_of_a_span_is_not_the_year() -> None:
    facts = facts_of("Thứ hai 24/1/2022\nNgày 14/10, Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XIII, nhiệm kỳ 2015 - 2020 "
                     "khai mạc.")
    assert [m.date for m in facts.meetings if m.main] == [None]
    facts = facts_of("Ngày 5/9, tỉnh Quảng Ngãi tổ chức Lễ công bố Quyết định bổ nhiệm ông Nguyễn Văn Trọng giữ chức Giám đốc "
                     "Sở Kế hoạch và Đầu tư trong thời hạn 5 năm, kể từ ngày 05/9/2023 đến 05/9/2028.")
    assert [m.date for m in facts.meetings if m.main] == [date(2023, 9, 5)]


def test_a_roundup_of_sessions_in_many_provinces_is_one_meeting_per_province() -> None:
    facts = facts_of("HĐND nhiệm kỳ 2011-2016 của nhiều tỉnh, thành phố vừa tiến hành kỳ họp thứ nhất, bầu các chức danh.\n"
                     "* Tại Hòa Bình, các đại biểu HĐND tỉnh đã bầu ông Nguyễn Văn Quý giữ chức Chủ tịch HĐND tỉnh. "
                     "* HĐND tỉnh Kon Tum đã bầu ông Hà Văn Bình làm Chủ tịch HĐND tỉnh.")
    held = {m.label for m in facts.meetings if m.held}
    assert {"Kỳ họp thứ nhất Hội đồng nhân dân tỉnh Hòa Bình", "Kỳ họp thứ nhất Hội đồng nhân dân tỉnh Kon Tum"} <= held
    assert {(o.org, o.meeting) for o in facts.organizers} >= {
        ("Hội đồng nhân dân tỉnh Kon Tum", "Kỳ họp thứ nhất Hội đồng nhân dân tỉnh Kon Tum")}
    facts = facts_of("Ngày 8/9/2025, Tổ Công tác của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy các tỉnh: Đồng Nai, "
                     "Vĩnh Long.\nBan Thường vụ Tỉnh ủy Đồng Nai báo cáo.")
    assert len([m for m in facts.meetings if m.held]) == 1  # working with many is one meeting, no roundup


def test_a_party_head_of_a_bare_organ_is_of_that_organ_in_the_body_named_next() -> None:
    facts = facts_of("Ông Thào Văn Sùng, Bí thư Đảng đoàn, Chủ tịch Hội Nông dân Việt Nam dự. Bà Lê Thị Hoa, Phó Bí thư Đảng "
                     "ủy, Giám đốc Sở Y tế tỉnh Nghệ An dự. Ông Trần Văn Nam, Bí thư Ban cán sự đảng, Bộ trưởng Bộ Tư pháp "
                     "dự. Ông Đặng Quang Thụy, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Thụy Hương dự.")
    found = posts(facts)
    assert "Bí thư Đảng đoàn Hội Nông dân Việt Nam" in found["Thào Văn Sùng"]
    assert "Phó Bí thư Đảng ủy Sở Y tế tỉnh Nghệ An" in found["Lê Thị Hoa"]
    assert "Bí thư Ban cán sự đảng Bộ Tư pháp" in found["Trần Văn Nam"]
    assert "Phó Bí thư Đảng ủy xã Thụy Hương" in found["Đặng Quang Thụy"]  # a commune's council has no organ of its own


def test_military_staff_and_political_titles_and_a_command_of_a_city_named_in_full() -> None:
    facts = facts_of("Dự có Thiếu tướng Nguyễn Quốc Hưng, Phó Tham mưu trưởng Quân khu 5; Đại tá La Công Phú, Phó Chủ nhiệm "
                     "Chính trị Quân khu 1; ông Lê Xuân Thịnh, Phó Tư lệnh kiêm Tham mưu trưởng Bộ Tư lệnh TP Hồ Chí Minh.")
    found = posts(facts)
    assert found["Nguyễn Quốc Hưng"] == {"Phó Tham mưu trưởng Quân khu 5"}
    assert found["La Công Phú"] == {"Phó Chủ nhiệm Chính trị Quân khu 1"}
    assert found["Lê Xuân Thịnh"] == {"Phó Tư lệnh Bộ Tư lệnh Thành phố Hồ Chí Minh",
                                      "Tham mưu trưởng Bộ Tư lệnh Thành phố Hồ Chí Minh"}


def test_chairs_under_whose_direction_a_plenum_met_listed_after_a_colon() -> None:
    facts = facts_of("Ngày 29-9-2023, dưới sự chủ trì của đồng chí Đỗ Trọng Hà, Bí thư Tỉnh ủy và các đồng chí: Lại Thế Nam, "
                     "Phó Bí thư Thường trực Tỉnh ủy; Đỗ Minh Tú, Phó Bí thư Tỉnh ủy, Hội nghị lần thứ 25 Ban Chấp hành Đảng "
                     "bộ tỉnh Thanh Hóa đã được tổ chức.")
    assert {p for relation, p in roles(facts) if relation == "chaired"} == {"Đỗ Trọng Hà", "Lại Thế Nam", "Đỗ Minh Tú"}


def test_a_council_or_committee_holding_its_own_sitting_organizes_it() -> None:
    sitting = facts_of("Ngày 17/6/2011, Hội đồng nhân dân tỉnh Điện Biên khóa XIII, nhiệm kỳ 2011-2016 đã họp phiên đầu tiên "
                       "bầu các chức danh chủ chốt.")
    plenary = facts_of("Ngày 25/2/2026, ông Trần Văn Hòa, Chủ tịch UBND tỉnh Hà Giang chủ trì Phiên họp toàn thể lần thứ 12, "
                       "UBND tỉnh khóa XV, nhiệm kỳ 2021-2026.")
    collective = facts_of("Cuộc họp tập thể UBND tỉnh Cà Mau vừa diễn ra, dưới sự chủ trì của ông Lê Văn Sử, Chủ tịch UBND tỉnh.")
    members = facts_of("Ngày 3/5/2012, UBND tỉnh Cà Mau tổ chức họp thành viên UBND tỉnh thông qua dự thảo chương trình hành "
                       "động Ban Chấp hành Đảng bộ tỉnh khóa XIV thực hiện Kết luận Hội nghị Trung ương 3.")
    for facts, body in ((sitting, "Hội đồng nhân dân tỉnh Điện Biên"), (plenary, "Ủy ban nhân dân tỉnh Hà Giang"),
                        (collective, "Ủy ban nhân dân tỉnh Cà Mau"), (members, "Ủy ban nhân dân tỉnh Cà Mau")):
        held = [m for m in facts.meetings if m.held]
        assert len(held) == 1, [m.label for m in facts.meetings]
        assert {o.org for o in facts.organizers if o.meeting == held[0].key} == {body}
    assert not collective.meetings[0].label.endswith("vừa")
    assert members.meetings[0].label.endswith("khóa XIV")  # its topic is not its name
    assert [m.label for m in sitting.meetings] == ["Phiên họp đầu tiên Hội đồng nhân dân tỉnh Điện Biên"]


def test_a_session_named_by_its_body_ends_before_what_the_body_did() -> None:
    session = facts_of("Tại kỳ họp HĐND thành phố Hà Tĩnh biểu quyết thông qua Nghị quyết xác nhận kết quả bầu bổ sung.")
    monthly = facts_of("Tại phiên họp Chính phủ thường kỳ tháng 3 ngày 2/4/2010, Thủ tướng Nguyễn Tấn Dũng chủ trì.")
    assert [m.label for m in session.meetings] == ["Kỳ họp HĐND thành phố Hà Tĩnh"]
    assert [m.label for m in monthly.meetings] == ["Phiên họp Chính phủ thường kỳ tháng 3"]


def test_after_one_ceremony_the_conference_that_followed_is_the_reported_meeting() -> None:
    facts = facts_of("Sáng ngày 24/12/2025, sau khi tổ chức Lễ Khánh thành trụ sở, Tòa án nhân dân tỉnh Gia Lai tiếp tục "
                     "Chương trình Hội nghị triển khai công tác năm 2026. Tại Hội nghị đồng chí Trần Văn Hải - Phó Chánh án "
                     "Tòa án nhân dân tối cao phát biểu chỉ đạo.")
    main = next(m for m in facts.meetings if m.main)
    assert (main.label, main.date) == ("Hội nghị triển khai công tác năm 2026", date(2025, 12, 24))
    assert {m.label for m in facts.meetings if m.held} == {"Hội nghị triển khai công tác năm 2026", "Lễ Khánh thành trụ sở"}
    assert roles(facts) == {("spokeAt", "Trần Văn Hải")}


def test_a_session_still_to_come_has_no_organizer() -> None:
    facts = facts_of("Ngày 23/10/2020, Thường trực HĐND tỉnh Quảng Trị tổ chức phiên họp thứ 45 để bàn về việc tổ chức kỳ "
                     "họp HĐND tỉnh thứ 18. Tại kỳ họp Quốc hội sẽ xem xét 16 dự án luật.")
    held = [m for m in facts.meetings if m.held]
    assert len(held) == 1
    assert {o.meeting for o in facts.organizers} == {held[0].key}


def test_a_province_before_its_2025_merger_and_a_district_named_with_a_letter() -> None:
    facts = facts_of("Ông Nguyễn Văn Hậu, Ủy viên Ban Thường vụ Tỉnh ủy Thừa Thiên Huế, Chủ tịch UBND tỉnh Thừa Thiên Huế dự. "
                     "Ông Hà Văn Bình, Trưởng ban Tuyên giáo Huyện ủy Châu Thành A dự.")
    found = posts(facts)
    assert found["Nguyễn Văn Hậu"] == {"Ủy viên Ban Thường vụ Tỉnh ủy Thừa Thiên Huế",
                                       "Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế"}
    assert found["Hà Văn Bình"] == {"Trưởng ban Tuyên giáo Huyện ủy Châu Thành A"}
    assert "Châu Thành A" not in found


def test_a_list_under_a_chain_of_shared_titles_stops_where_another_group_opens() -> None:
    army = facts_of("Dự hội nghị có các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng: Thượng tướng Lê Văn An, "
                    "Thượng tướng Trần Văn Bình và Trung tướng Hà Văn Cường.")
    centre = facts_of("Dự có: Các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Trưởng ban Tổ chức Trung ương Lê Văn "
                      "An; Ủy viên Trung ương Đảng, Chánh Văn phòng Trung ương Đảng Trần Văn Bình.")
    for name in ("Lê Văn An", "Trần Văn Bình", "Hà Văn Cường"):
        assert posts(army)[name] == {"Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Quốc phòng"}
    assert "Ủy viên Bộ Chính trị" in posts(centre)["Lê Văn An"]
    assert "Ủy viên Bộ Chính trị" not in posts(centre)["Trần Văn Bình"]


def test_a_title_after_a_birth_year_aside_and_chairs_written_ct() -> None:
    facts = facts_of("HĐND tỉnh Phú Yên bầu ông Lê Văn Hiến (SN 1960) Giám đốc Sở Tài chính giữ chức Phó Chủ tịch UBND tỉnh. "
                     "Dự có đồng chí Trương Văn Phúc – Bí thư Huyện ủy – CT HĐND huyện Đô Lương.")
    assert "Giám đốc Sở Tài chính tỉnh Phú Yên" in posts(facts)["Lê Văn Hiến"]
    assert "Chủ tịch Hội đồng nhân dân huyện Đô Lương" in posts(facts)["Trương Văn Phúc"]


def test_a_lowercase_title_right_after_a_person_and_a_holding_verb() -> None:
    facts = facts_of("Đăk Nông: Ông Hà Văn An giữ chức chủ tịch HĐND tỉnh; bà Lê Thị Bình làm phó chủ tịch UBND tỉnh; "
                     "ông Trần Văn Cường được bầu lại chức chủ tịch UBND tỉnh. Ông Lý Văn Dũng từng làm phó chủ tịch UBND tỉnh.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Chủ tịch Hội đồng nhân dân tỉnh Đắk Nông"}
    assert found["Lê Thị Bình"] == {"Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Nông"}
    assert found["Trần Văn Cường"] == {"Chủ tịch Ủy ban nhân dân tỉnh Đắk Nông"}
    assert not found.get("Lý Văn Dũng")  # a career step, not a post held


def test_a_council_committee_after_a_comma_and_a_town_written_tx() -> None:
    facts = facts_of("HĐND TX. Giá Rai tổ chức kỳ họp thứ 3. Kết quả, bà Châu Thu Nga được bầu vào chức danh Phó trưởng Ban "
                     "Kinh tế - Xã hội, HĐND thị xã Giá Rai.")
    assert [o.org for o in facts.organizers] == ["Hội đồng nhân dân thị xã Giá Rai"]
    assert [(c.person, c.post.label) for c in facts.changes] == [
        ("Châu Thu Nga", "Phó Trưởng ban Kinh tế - Xã hội Hội đồng nhân dân thị xã Giá Rai")]


def test_a_director_general_named_alone_in_the_agency_just_named_and_former_holders_listed() -> None:
    facts = facts_of("Ban lãnh đạo Thông tấn xã Việt Nam gồm Tổng giám đốc Hà Văn An và 2 Phó tổng giám đốc là Lê Văn Bình "
                     "và Trần Văn Cường. Tập đoàn Vinashin đã 3 lần bổ nhiệm Tổng Giám đốc, 2 Tổng Giám đốc trước đó là "
                     "ông Lý Văn Dũng và ông Đỗ Văn Em.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Tổng Giám đốc Thông tấn xã Việt Nam"}
    assert found["Lê Văn Bình"] == found["Trần Văn Cường"] == {"Phó Tổng Giám đốc Thông tấn xã Việt Nam"}
    assert not found.get("Lý Văn Dũng") and not found.get("Đỗ Văn Em")
    assert not [c for c in facts.changes if c.person in ("Lý Văn Dũng", "Đỗ Văn Em")]


def test_a_meeting_convened_after_a_preamble_dated_by_a_day_set_off_by_commas() -> None:
    facts = facts_of("Thực hiện chương trình làm việc toàn khóa nhiệm kỳ 2020 - 2025, ngày 13/11, Ban Thường vụ Tỉnh ủy triệu "
                     "tập hội nghị Ban Chấp hành Đảng bộ tỉnh mở rộng sơ kết giữa nhiệm kỳ.", published=date(2023, 12, 10))
    main = next(m for m in facts.meetings if m.main)
    assert (main.label, main.date, main.held) == ("Hội nghị Ban Chấp hành Đảng bộ tỉnh mở rộng", date(2023, 11, 13), True)


def test_a_council_committee_written_without_its_dash_and_a_place_between_a_unit_and_a_name() -> None:
    facts = facts_of("Kết quả: Phó Viện trưởng Viện Nghiên cứu Phát triển Hà Nội Hà Văn An được bầu làm Trưởng ban Kinh tế "
                     "ngân sách HĐND thành phố Hà Nội. Giám đốc Trung tâm Xúc tiến đầu tư Hải Phòng Lê Văn Bình dự họp.")
    found = posts(facts)
    assert found["Hà Văn An"] >= {"Phó Viện trưởng Viện Nghiên cứu Phát triển Hà Nội",
                                  "Trưởng ban Kinh tế - Ngân sách Hội đồng nhân dân Thành phố Hà Nội"}
    assert found["Lê Văn Bình"] == {"Giám đốc Trung tâm Xúc tiến đầu tư Hải Phòng"}
    assert "Hà Nội Hà Văn An" not in found


def test_a_company_s_posts_and_its_name_alone_after_a_title() -> None:
    facts = facts_of("Sáng 4-3, Công ty TNHH một thành viên Cao su Mang Yang tổ chức hội nghị. Hội đồng thành viên công bố "
                     "quyết định thôi giữ chức vụ Tổng Giám đốc đối với ông Hà Văn An - Tổng Giám đốc Công ty; đồng thời bổ "
                     "nhiệm ông Lê Văn Bình, Thành viên Hội đồng Thành viên Tập đoàn Công nghiệp Cao su Việt Nam, giữ chức "
                     "Tổng Giám đốc Công ty.")
    company = "Công ty TNHH một thành viên Cao su Mang Yang"
    found = posts(facts)
    assert found["Hà Văn An"] == {f"Tổng Giám đốc {company}"}
    assert found["Lê Văn Bình"] == {f"Tổng Giám đốc {company}",
                                    "Thành viên Hội đồng thành viên Tập đoàn Công nghiệp Cao su Việt Nam"}


def test_a_surname_that_ends_a_title_and_a_military_branch() -> None:
    facts = facts_of("Bí thư thứ nhất T.Ư Đoàn Hà Văn An phát biểu. Chuẩn Đô đốc Lê Văn Bình, Phó tư lệnh Quân chủng "
                     "Hải quân, được bổ nhiệm giữ chức Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Bí thư Thứ nhất Trung ương Đoàn"}  # as written
    assert "Phó Tư lệnh Quân chủng Hải quân" in found["Lê Văn Bình"]
    assert not [p for p in facts.persons if p.name.startswith("Đoàn ")]


def test_a_post_named_at_the_end_of_a_biography_and_a_career_not_held_now() -> None:
    facts = facts_of("Ông Hà Văn An sinh ngày 21/10/1968; dân tộc Mông; quê quán xã Làng Mô, huyện Sìn Hồ, tỉnh Lai Châu; "
                     "trình độ Đại học Luật; hiện là Bí thư Huyện ủy Sìn Hồ. Ông Lê Văn Bình (SN 1956) từng kinh qua các "
                     "chức vụ Giám đốc Sở Công nghiệp, Phó Chủ tịch UBND tỉnh Quảng Nam.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Bí thư Huyện ủy Sìn Hồ"}
    assert not found.get("Lê Văn Bình")


def test_a_university_named_after_its_city() -> None:
    facts = facts_of("UBND tỉnh làm việc với Đoàn công tác của Trường Đại học Kinh tế thành phố Hồ Chí Minh. "
                     "Ông Hà Văn An, Phó Giám đốc Đại học Huế, dự.")
    assert "Trường Đại học Kinh tế thành phố Hồ Chí Minh" in {o.label for o in facts.orgs}
    assert posts(facts)["Hà Văn An"] == {"Phó Giám đốc Đại học Huế"}


def test_a_district_whose_name_begins_with_a_province_s() -> None:
    facts = facts_of("Ông Hà Văn An được bầu giữ chức Chủ tịch UBND huyện Điện Biên Đông khóa VI. "
                     "Chủ tịch UBND huyện Điện Biên Lê Văn Bình dự.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Chủ tịch Ủy ban nhân dân huyện Điện Biên Đông"}
    assert found["Lê Văn Bình"] == {"Chủ tịch Ủy ban nhân dân huyện Điện Biên"}


def test_a_deputy_written_after_the_unit_and_a_body_after_cua() -> None:
    facts = facts_of("Tổng cục phó Tổng cục Hải quan Hà Văn An thôi kiêm nhiệm. Ông Lê Văn Bình, Cục phó Cục Hải quan "
                     "TP.HCM, được giao phụ trách. Ông Trần Văn Cường được bổ nhiệm làm Chánh văn phòng của Bộ Công Thương.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Phó Tổng cục trưởng Tổng cục Hải quan"}
    assert found["Lê Văn Bình"] == {"Phó Cục trưởng Cục Hải quan Thành phố Hồ Chí Minh"}
    assert found["Trần Văn Cường"] == {"Chánh Văn phòng Bộ Công Thương"}
    unnamed = facts_of("Ông Hà Văn An, Phó trưởng ban của HĐND tỉnh Sóc Trăng, giữ chức vụ Phó Chủ tịch UBND tỉnh.")
    assert all("Ban Hội đồng" not in o.label for o in unnamed.orgs)
    assert not any(p.startswith("Phó Vụ trưởng") for p in posts(unnamed)["Hà Văn An"])


def test_a_document_number_with_a_spaced_hyphen_is_one_number() -> None:
    facts = facts_of("Ban Thường vụ Thành ủy Cần Thơ công bố Quyết định số 04 - QĐNS/TW của Bộ Chính trị và "
                     "Quyết định số 05- QĐNS/TW.")
    assert {d.number for d in facts.documents} == {"04-QĐNS/TW", "05-QĐNS/TW"}
    assert next(d.issuer for d in facts.documents if d.number == "04-QĐNS/TW") == "Bộ Chính trị"


def test_a_provincial_inspectorate_s_chief_and_one_of_a_ministry() -> None:
    facts = facts_of("Ông Lê Văn Bình, Chánh Thanh tra tỉnh Long An, dự. Ông Hà Văn An, Chánh Thanh tra Bộ Công an, dự. "
                     "Ông Trần Văn Cường - Chánh Thanh tra TPHCM dự. Ông Lý Văn Dũng giữ chức Phó chánh Thanh tra Bộ.")
    found = posts(facts)
    assert found["Lê Văn Bình"] == {"Chánh Thanh tra tỉnh Long An"}
    assert found["Hà Văn An"] == {"Chánh Thanh tra Bộ Công an"}
    assert found["Trần Văn Cường"] == {"Chánh Thanh tra Thành phố Hồ Chí Minh"}
    assert not found.get("Lý Văn Dũng")  # which ministry, the text does not say


def test_a_numbered_district_s_party_committee_and_a_city_s_bloc_committee() -> None:
    facts = facts_of("Ông Hà Văn An, Phó Bí thư, Chủ tịch UBND quận 1, được bổ nhiệm làm Chánh Văn phòng Thành ủy TP.HCM. "
                     "Bà Lê Thị Bình, Thành ủy viên, được phân công giữ chức Phó Bí thư Đảng ủy Khối Dân - Chính - Đảng.")
    found = posts(facts)
    assert {"Phó Bí thư Quận ủy quận 1", "Chủ tịch Ủy ban nhân dân quận 1"} <= found["Hà Văn An"]
    assert "Phó Bí thư Đảng ủy Khối Dân - Chính - Đảng Thành phố Hồ Chí Minh" in found["Lê Thị Bình"]


def test_a_standing_presidium_named_at_a_plenum_chairs_nothing() -> None:
    facts = facts_of("Sáng 8/9/2025, Ban Chấp hành Trung ương Hội LHPN Việt Nam tổ chức Hội nghị lần thứ 14. Tại hội nghị, "
                     "Phó Chủ tịch Hà Thị Lan trình bày Tờ trình về nhân sự đoàn chủ tịch. Có 2 người được bầu bổ sung vào "
                     "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, gồm: bà Lê Thị Bình, Chủ tịch Hội LHPN tỉnh Cao Bằng; "
                     "bà Trần Thị Cúc, Chủ tịch Hội LHPN thành phố Cần Thơ.")
    assert not [r for r in facts.roles if r.relation == "chaired"]
    assert ("spokeAt", "Hà Thị Lan") in {(r.relation, r.person) for r in facts.roles}


def test_a_meeting_s_name_ends_where_what_it_considers_begins() -> None:
    facts = facts_of("Sáng 19/4/2024, UBND tỉnh tổ chức phiên họp thường kỳ tháng 4 xem xét một số nội dung phát triển "
                     "kinh tế - xã hội. Sáng 5/3/2024, Tỉnh ủy tổ chức hội nghị thảo luận về dự thảo văn kiện.")
    assert {m.label for m in facts.meetings} == {"Phiên họp thường kỳ tháng 4", "Hội nghị thảo luận về dự thảo văn kiện"}


def test_a_day_in_brackets_set_off_by_commas_dates_the_meeting_after_it() -> None:
    facts = facts_of("PV Hà An/VOV Miền Trung thông tin, sáng nay (30/6), tại Nha Trang, tỉnh Khánh Hòa tổ chức Lễ công bố "
                     "các Nghị quyết của Trung ương. Bộ máy mới chính thức vận hành từ ngày 1/7/2025.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Lễ công bố các Nghị quyết của Trung ương", date(2025, 6, 30))]


def test_a_council_that_meets_after_its_term_in_brackets() -> None:
    facts = facts_of("Ngày 6/11, HĐND tỉnh Tây Ninh khóa VIII (nhiệm kỳ 2011 - 2016) họp phiên bất thường để bầu bổ sung "
                     "các chức danh.")
    assert [m.label for m in facts.meetings] == ["Phiên họp bất thường Hội đồng nhân dân tỉnh Tây Ninh"]
    assert {(o.org, o.meeting) for o in facts.organizers} == {
        ("Hội đồng nhân dân tỉnh Tây Ninh", facts.meetings[0].key)}


def test_attending_and_directing_is_attending_and_a_presence_is_attendance() -> None:
    facts = facts_of("Sáng 9/1/2024, Bộ Y tế tổ chức Hội nghị tổng kết công tác y tế năm 2023. Đồng chí Hà Văn An, Phó Thủ "
                     "tướng Chính phủ dự và chỉ đạo Hội nghị. Hội nghị có sự hiện diện của ông Lê Văn Bình, Ủy viên Trung "
                     "ương Đảng.")
    assert roles(facts) == {("attended", "Hà Văn An"), ("attended", "Lê Văn Bình")}


def test_a_speaker_is_named_before_speaking_unless_a_fronted_phrase_names_them_after() -> None:
    facts = facts_of("Sáng 5/3/2024, Tỉnh ủy tổ chức Hội nghị sơ kết. Phát biểu khai mạc hội nghị, đồng chí Lê Văn An, Bí "
                     "thư Tỉnh ủy. Tại hội nghị, đại diện Sở Nội vụ công bố quyết định bổ nhiệm ông Hà Văn Bình giữ chức "
                     "Giám đốc Sở Y tế.")
    assert ("spokeAt", "Lê Văn An") in roles(facts)
    assert ("spokeAt", "Hà Văn Bình") not in roles(facts)
    heard = facts_of("Sáng 5/3/2024, Bộ Tư pháp tổ chức Hội nghị triển khai công tác. Sau khi nghe phát biểu chỉ đạo của "
                     "Phó Thủ tướng Chính phủ Trần Văn Cường, Hội nghị đã kết thúc. Chủ tịch nước Lý Văn Dũng đã tuyên thệ.")
    assert {("spokeAt", "Trần Văn Cường"), ("spokeAt", "Lý Văn Dũng")} <= roles(heard)


def test_a_session_convened_by_a_council_s_standing_body_is_the_council_s() -> None:
    facts = facts_of("Sáng 3-11-2025, Thường trực HĐND tỉnh Thanh Hóa khóa XVIII đã tổ chức kỳ họp thứ 35 để xem xét một số "
                     "nội dung quan trọng.")
    assert [m.label for m in facts.meetings] == ["Kỳ họp thứ 35 Hội đồng nhân dân tỉnh Thanh Hóa khóa XVIII"]
    assert {o.org for o in facts.organizers} == {"Hội đồng nhân dân tỉnh Thanh Hóa",
                                                 "Thường trực Hội đồng nhân dân tỉnh Thanh Hóa"}  # its own, and who convened it


def test_a_national_body_s_name_before_a_locality_is_the_locality_s_and_procuracy_abbreviations() -> None:
    facts = facts_of("Đại tá Hà Văn An, Chính ủy BĐBP tỉnh Hà Giang dự. Trung tướng Lê Văn Bình, Tư lệnh Bộ đội Biên phòng "
                     "bàn giao. Ông Trần Văn Cường, Viện trưởng Viện KSND TPHCM dự.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Chính ủy Bộ đội Biên phòng tỉnh Hà Giang"}
    assert found["Lê Văn Bình"] == {"Tư lệnh Bộ đội Biên phòng"}
    assert found["Trần Văn Cường"] == {"Viện trưởng Viện Kiểm sát nhân dân Thành phố Hồ Chí Minh"}


def test_provincial_agencies_named_with_and_or_a_dash() -> None:
    facts = facts_of("Ông Hà Văn An, Phó Trưởng ban Dân tộc và Tôn giáo tỉnh Bạc Liêu nghỉ hưu. Ông Lê Văn Bình, Giám đốc "
                     "Sở Giao thông vận tải - Xây dựng tỉnh Lào Cai, được bầu.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Phó Trưởng ban Dân tộc và Tôn giáo tỉnh Bạc Liêu"}
    assert found["Lê Văn Bình"] == {"Giám đốc Sở Giao thông vận tải - Xây dựng tỉnh Lào Cai"}


def test_a_chairs_list_ends_where_the_attendees_list_begins() -> None:
    facts = facts_of("Sáng nay (11-8-2021), kỳ họp thứ 2 HĐND thành phố khóa XVI đã được khai mạc dưới sự điều hành của các "
                     "đồng chí: Hà Văn An, Chủ tịch HĐND TP; Lê Văn Bình, Phó Chủ tịch HĐND TP. Dự kỳ họp có các đồng chí: "
                     "Trần Văn Cường, Phó Bí thư Thành ủy; Lý Văn Dũng, Phó Bí thư Thường trực Thành ủy.")
    assert roles(facts) == {("chaired", "Hà Văn An"), ("chaired", "Lê Văn Bình"),
                            ("attended", "Trần Văn Cường"), ("attended", "Lý Văn Dũng")}


def test_a_body_that_organises_the_handing_over_of_a_decision_holds_a_ceremony() -> None:
    facts = facts_of("Sáng 21/11/2016, UBND tỉnh Quảng Ngãi tổ chức công bố và trao Quyết định bổ nhiệm Trưởng ban quản lý "
                     "Khu kinh tế Dung Quất.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Buổi công bố và trao Quyết định bổ nhiệm Trưởng ban quản lý Khu kinh tế Dung Quất", date(2016, 11, 21))]
    assert [o.org for o in facts.organizers] == ["Ủy ban nhân dân tỉnh Quảng Ngãi"]


def test_each_person_takes_the_post_written_after_làm_and_a_district_office() -> None:
    facts = facts_of("Theo đó, đồng chí Hà Văn An làm Giám đốc Sở Nội vụ, đồng chí Lê Văn Bình làm Giám đốc Sở Y tế tỉnh "
                     "Nghệ An; đồng chí Trần Văn Cường làm Trưởng phòng Văn hóa - Khoa học và Thông tin huyện Tân Phú Đông.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Giám đốc Sở Nội vụ tỉnh Nghệ An"}
    assert found["Lê Văn Bình"] == {"Giám đốc Sở Y tế tỉnh Nghệ An"}
    assert found["Trần Văn Cường"] == {"Trưởng phòng Văn hóa - Khoa học và Thông tin huyện Tân Phú Đông"}


def test_newspapers_and_journals_are_units() -> None:
    facts = facts_of("Ông Hà Văn An giữ chức Tổng Biên tập Báo Nhân Dân. Ông Lê Văn Bình, Phó Tổng Biên tập Tạp chí Cộng sản, "
                     "dự. Báo cáo của Chính phủ nêu rõ nhiều nội dung.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Tổng Biên tập Báo Nhân Dân"}
    assert found["Lê Văn Bình"] == {"Phó Tổng Biên tập Tạp chí Cộng sản"}
    assert "Báo cáo" not in {o.label for o in facts.orgs}
    captioned = facts_of("Ông Trần Văn Cường, Phó tổng giám đốc Thông tấn xã Việt Nam, giữ chức Tổng biên tập Báo Nhân Dân - "
                         "Ảnh: TTXVN")
    assert posts(captioned)["Trần Văn Cường"] == {"Phó Tổng Giám đốc Thông tấn xã Việt Nam", "Tổng Biên tập Báo Nhân Dân"}


def test_a_headline_in_capitals_names_no_district_the_article_does_not_write() -> None:
    facts = facts_of("THƯỜNG TRỰC HĐND HUYỆN HỌP THƯỜNG KỲ THÁNG 8/2020\n\nNgày 17/8/2020, Thường trực HĐND huyện họp thường kỳ; "
                     "dự có ông Hà Văn An - Phó Chủ tịch UBND huyện.")
    assert posts(facts)["Hà Văn An"] == {"Phó Chủ tịch Ủy ban nhân dân huyện"}
    assert not any("HỌP" in o.label for o in facts.orgs)
    named = facts_of("UBND HUYỆN CỦ CHI HỌP\n\nSáng 2/3/2021, UBND huyện Củ Chi họp; ông Hà Văn An, Chủ tịch UBND huyện, "
                     "chủ trì.")
    assert posts(named)["Hà Văn An"] == {"Chủ tịch Ủy ban nhân dân huyện Củ Chi"}


def test_a_lone_head_takes_the_body_the_article_is_about_not_the_one_it_named_last() -> None:
    facts = facts_of("Bộ Y tế tổ chức lễ công bố quyết định. Bộ trưởng Bộ Y tế Hà Văn An dự. Bộ Y tế tiếp nhận thêm nhiệm vụ "
                     "từ Bộ Lao động - Thương binh và Xã hội. Thứ trưởng Lê Văn Bình phát biểu.")
    assert posts(facts)["Lê Văn Bình"] == {"Thứ trưởng Bộ Y tế"}
    same = facts_of("Bộ Y tế làm việc với Bộ Tài chính. Ông Lê Văn Bình, Bộ Tài chính, Thứ trưởng phát biểu.")
    assert posts(same).get("Lê Văn Bình", set()) <= {"Thứ trưởng Bộ Tài chính"}


def test_an_abbreviation_given_in_passing_inside_a_body_name() -> None:
    facts = facts_of("Ngày 22-1-2018, Ủy ban Kiểm tra (UBKT) Tỉnh ủy Nghệ An tổ chức Kỳ họp thứ 36. Chiều 25/11/2019, "
                     "Ủy ban Kiểm tra (UBKT) Quân ủy Trung ương (QUTƯ) tổ chức kỳ họp lần thứ 14.")
    assert {o.org for o in facts.organizers} == {"Ủy ban Kiểm tra Tỉnh ủy Nghệ An", "Ủy ban Kiểm tra Quân ủy Trung ương"}
    glued = facts_of("Trong hai ngày 4 và 5-1-2012, UBKTTƯ đã họp kỳ thứ chín, xem xét kết luận tố cáo đối với lãnh đạo Bộ Y tế.")
    assert [o.org for o in glued.organizers] == ["Ủy ban Kiểm tra Trung ương"]
    cased = facts_of("Ngày 4/5/2019, Ủy ban Mặt trận tổ quốc (MTTQ) Việt Nam tỉnh Tiền Giang tổ chức hội nghị lần thứ X. "
                     "Ông Hà Văn An, Giám đốc Sở Nông nghiệp và Phát triển nông thôn (NN– PTNT), Hội đồng Nhân dân (HĐND) tỉnh "
                     "và Sở Tài nguyên – Môi trường (TN&MT) dự.")
    assert {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tiền Giang", "Sở Tài nguyên và Môi trường tỉnh Tiền Giang"} \
        <= {o.label for o in cased.orgs}


def test_the_body_deciding_in_a_decision_introduced_by_tại_issued_it() -> None:
    facts = facts_of("Tại Quyết định số 321-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ tỉnh An Giang. "
                     "Căn cứ Nghị định số 35/2025/NĐ-CP, Bộ Y tế quyết định thành lập 7 vụ.")
    assert {(d.number, d.issuer) for d in facts.documents} == {("321-QĐ/TW", "Bộ Chính trị"), ("35/2025/NĐ-CP", "Chính phủ")}


def test_a_caption_in_capitals_ends_a_place_name_and_a_district_committee_named_after_a_province() -> None:
    facts = facts_of("Lãnh đạo tỉnh Quảng Ninh chúc mừng Ban Thường vụ Thành ủy Đông Triều ẢNH: N.H\n"
                     "Ông Hà Văn An, Bí thư Huyện ủy Điện Biên Đông, dự.")
    assert "Ban Thường vụ Thành ủy Đông Triều" in {o.label for o in facts.orgs}
    assert posts(facts)["Hà Văn An"] == {"Bí thư Huyện ủy Điện Biên Đông"}


def test_foreign_officials_keep_their_country_and_are_no_posts_of_ours() -> None:
    facts = facts_of("Đại sứ Hà Văn An chuyển lời chúc mừng của Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao Trung Quốc "
                     "Vương Minh Khải. Tổng thống Nga Vladimir Putin gửi thư. Ngài Petre Dachau, Bộ trưởng Nông nghiệp và PTNT "
                     "Rumani, dự lễ. Các đồng chí: Lê Văn Bình, Bí thư Tỉnh ủy Điện Biên; Bounkhong Lachiemphone, Ủy viên Ban "
                     "Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Tỉnh trưởng tỉnh Udomxay, đồng chủ trì hội đàm.")
    found = posts(facts)
    assert found["Vương Minh Khải"] == {"Ủy viên Bộ Chính trị", "Bộ trưởng Ngoại giao Trung Quốc"}  # not ours: no body
    assert found["Vladimir Putin"] == {"Tổng thống Nga"}
    assert found["Petre Dachau"] == {"Bộ trưởng Nông nghiệp và PTNT Rumani"}
    assert found["Bounkhong Lachiemphone"] == {"Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào",
                                               "Tỉnh trưởng tỉnh Udomxay"}
    assert found["Lê Văn Bình"] == {"Bí thư Tỉnh ủy Điện Biên"}
    assert not {"Bộ Ngoại giao", "Bộ Chính trị"} & {o.label for o in facts.orgs}
    short = facts_of("Thứ trưởng Đức cho biết kế hoạch đã hoàn thành.")
    assert all("Đức" not in p for ps in posts(short).values() for p in ps)


def test_a_reception_reported_in_the_lead_is_a_meeting_named_as_the_lead_writes_it() -> None:
    facts = facts_of("Chiều 8-12-2021, tại Trụ sở Trung ương Đảng, Tổng Bí thư Hà Văn An đã tiếp thân mật Đại sứ Liên bang Nga "
                     "tại Việt Nam Andrei Kovtun đến chào từ biệt nhân kết thúc nhiệm kỳ công tác. Đại sứ Andrei Kovtun chuyển "
                     "lời chào thân thiết của lãnh đạo Nga.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Tổng Bí thư Hà Văn An tiếp thân mật Đại sứ Liên bang Nga tại Việt Nam Andrei Kovtun đến chào từ biệt",
         date(2021, 12, 8))]
    assert ("spokeAt", "Andrei Kovtun") in {(r.relation, r.person) for r in facts.roles}
    undated = facts_of("Quyền Bộ trưởng Bộ Ngoại giao Lê Văn Bình tiếp Đại sứ Trung Quốc Hà Minh. Hai bên trao đổi về hợp tác.")
    assert [m.label for m in undated.meetings] == ["Quyền Bộ trưởng Bộ Ngoại giao Lê Văn Bình tiếp Đại sứ Trung Quốc Hà Minh"]
    continued = facts_of("Sáng 2/3/2020, UBND tỉnh tiếp tục triển khai kế hoạch phòng dịch.")
    assert not continued.meetings


def test_meetings_named_side_by_side_are_separate_and_a_term_is_no_district() -> None:
    facts = facts_of("Chiều 11-1-2016, đồng chí Hà Văn An, Bí thư Tỉnh ủy, đã chủ trì Hội nghị Ban Thường vụ (BTV) Tỉnh ủy, "
                     "Ban Chấp hành (BCH) Đảng bộ tỉnh và Hội nghị cán bộ chủ chốt cấp tỉnh.")
    assert [m.label for m in facts.meetings] == ["Hội nghị Ban Thường vụ (BTV) Tỉnh ủy", "Hội nghị cán bộ chủ chốt cấp tỉnh"]
    term = facts_of("Tại Kỳ họp thứ Nhất, HĐND huyện Khóa XX đã bầu ông Hà Văn An giữ chức Chủ tịch HĐND huyện Khóa XX.")
    assert not any("Khóa" in o.label for o in term.orgs)


def test_a_plain_vietnamese_name_is_not_a_foreign_one() -> None:
    facts = facts_of("Ban Thường vụ Thành ủy điều động bà Thanh Hoa về công tác tại Thị ủy Sơn Tây. Tỉnh trưởng tỉnh Tứ Xuyên "
                     "Tưởng Cự Phong dẫn đầu đoàn.")
    assert "Thanh Hoa" not in {p.name for p in facts.persons}
    assert posts(facts)["Tưởng Cự Phong"] == {"Tỉnh trưởng tỉnh Tứ Xuyên"}


def test_a_term_written_between_a_delegation_and_its_province() -> None:
    facts = facts_of("Ủy ban Thường vụ Quốc hội phê chuẩn kết quả bầu ông Hà Văn An, Bí thư Tỉnh ủy Quảng Ninh, giữ chức vụ "
                     "Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Quảng Ninh.")
    assert posts(facts)["Hà Văn An"] == {"Bí thư Tỉnh ủy Quảng Ninh", "Trưởng đoàn Đại biểu Quốc hội tỉnh Quảng Ninh"}
    assert [(c.person, c.post.label) for c in facts.changes] == [("Hà Văn An", "Trưởng đoàn Đại biểu Quốc hội tỉnh Quảng Ninh")]


def test_host_and_guest_of_talks_take_part() -> None:
    facts = facts_of("Sáng 6/12/2021, Chủ tịch Quốc hội Hà Văn An hội đàm với Chủ tịch Quốc hội Lào Xaysomphone Phomvihane. "
                     "Hai bên trao đổi về hợp tác.")
    assert {(r.relation, r.person) for r in facts.roles} == {("attended", "Hà Văn An"),
                                                             ("attended", "Xaysomphone Phomvihane")}
    assert posts(facts)["Xaysomphone Phomvihane"] == {"Chủ tịch Quốc hội Lào"}


def test_a_head_with_a_kind_of_unit_alone_takes_the_unit_of_that_kind_the_article_named() -> None:
    facts = facts_of("Hội nghị tại Học viện Hành chính Quốc gia. Dự có ông Đặng Văn An, Giám đốc Học viện; ông Lương Văn Bình, "
                     "Phó Giám đốc Học viện; bà Sèn Chỉn Ly, Trưởng Ban Tuyên giáo Tỉnh ủy Hà Giang.")
    found = posts(facts)
    assert found["Đặng Văn An"] == {"Giám đốc Học viện Hành chính Quốc gia"}
    assert found["Lương Văn Bình"] == {"Phó Giám đốc Học viện Hành chính Quốc gia"}
    assert found["Sèn Chỉn Ly"] == {"Trưởng ban Tuyên giáo Tỉnh ủy Hà Giang"}


def test_our_ambassadors_abroad_and_an_ambassador_without_a_country() -> None:
    facts = facts_of("Chủ tịch nước Lê Văn Bình đã trao các Quyết định bổ nhiệm Đại sứ cho ông Hà Văn An, Đại sứ đặc mệnh toàn "
                     "quyền nước CHXHCN Việt Nam tại Hợp chúng quốc Hoa Kỳ. Đại sứ Hà Văn An cảm ơn.")
    assert posts(facts)["Hà Văn An"] == {"Đại sứ đặc mệnh toàn quyền nước CHXHCN Việt Nam tại Hợp chúng quốc Hoa Kỳ"}


def test_dự_inside_a_word_is_no_attendance() -> None:
    facts = facts_of("Ngày 29/6/2020, Đảng ủy xã Tân Lợi tổ chức Hội nghị tổng kết. Các đồng chí Hà Văn An, Lê Thị Bình, "
                     "Trần Văn Cường là những đảng viên tiêu biểu trong xây dựng Đảng, dựa vào dân.")
    assert not [r for r in facts.roles if r.relation == "attended"]


def test_military_units_their_heads_and_ranks() -> None:
    facts = facts_of("Sáng 5/3/2020, Thiếu tướng Hà Văn An, Tư lệnh Quân khu 4 và Trung tướng Lê Văn Bình, Chính ủy Quân khu 4 "
                     "dự hội nghị. Đại tá Trần Văn Cường, Sư đoàn trưởng Sư đoàn 395 và Đại tá Ngô Văn Dũng, Chính ủy Hải đoàn "
                     "Biên phòng 28 cũng dự.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Tư lệnh Quân khu 4"}  # the rank after `và` ends the unit's name
    assert found["Lê Văn Bình"] == {"Chính ủy Quân khu 4"}
    assert found["Trần Văn Cường"] == {"Sư đoàn trưởng Sư đoàn 395"}
    assert found["Ngô Văn Dũng"] == {"Chính ủy Hải đoàn Biên phòng 28"}


def test_a_unit_named_after_a_province_whose_name_reads_like_a_persons() -> None:
    facts = facts_of("Ông Hà Văn An, Giám đốc Đại học Thái Nguyên và ông Lê Văn Bình, Bí thư Đảng ủy ĐHĐN dự hội nghị. "
                     "Ông Trần Văn Cường, Giám đốc Bệnh viện Đa khoa Quảng Nam phát biểu.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Giám đốc Đại học Thái Nguyên"}
    assert found["Lê Văn Bình"] == {"Bí thư Đảng ủy Đại học Đà Nẵng"}
    assert found["Trần Văn Cường"] == {"Giám đốc Bệnh viện Đa khoa Quảng Nam"}


def test_voters_meetings_and_oversight_visits_are_meetings() -> None:
    facts = facts_of("Sáng ngày 6/8/2024, Tổ đại biểu HĐND tỉnh gồm ông Hà Văn An đã có buổi tiếp xúc với cử tri xã Minh Đức "
                     "và Thanh Bình.")
    assert [m.label for m in facts.meetings if m.held] == ["Buổi tiếp xúc với cử tri xã Minh Đức và Thanh Bình"]
    facts = facts_of("Sáng ngày 28/02/2020, Đoàn giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh tiến hành giám sát việc quản lý "
                     "vốn khoa học - công nghệ tại Sở Khoa học và Công nghệ.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Buổi giám sát việc quản lý vốn khoa học - công nghệ tại Sở Khoa "
                                                            "học và Công nghệ", date(2020, 2, 28))]


def test_a_first_sitting_named_by_the_body_that_sits() -> None:
    facts = facts_of("Trong phiên họp đầu tiên, Ban Chấp hành Đảng bộ tỉnh Bắc Kạn khóa XII đã bầu Ban Thường vụ Tỉnh ủy. "
                     "Đồng chí Hà Văn An được bầu giữ chức vụ Bí thư Tỉnh ủy.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label == "Phiên họp đầu tiên Ban Chấp hành Đảng bộ tỉnh Bắc Kạn"
    assert ("Ban Chấp hành Đảng bộ tỉnh Bắc Kạn", main.key) in {(o.org, o.meeting) for o in facts.organizers}


def test_answers_at_question_time_and_a_transcripts_speakers() -> None:
    facts = facts_of("Chiều 13/8/2018, Ủy ban Thường vụ Quốc hội tiến hành phiên họp thứ 26. Bộ trưởng Bộ Công an Hà Văn An trả "
                     "lời chất vấn về phòng chống tội phạm.\n-Lê Thị Bình (Đoàn đại biểu Quốc hội Bắc Kạn): Những năm gần đây "
                     "xuất hiện nhiều vụ án.\nBộ trưởng Hà Văn An: Đối tượng tâm thần vẫn gây án.")
    assert {(r.relation, r.person) for r in facts.roles} == {("spokeAt", "Hà Văn An"), ("spokeAt", "Lê Thị Bình")}


def test_a_month_of_a_year_gives_the_year_and_opening_a_session_holds_it() -> None:
    facts = facts_of("Sáng qua (30/9), mở đầu phiên họp thường kỳ tháng 9/2009, Thủ tướng Hà Văn An chỉ đạo các tỉnh miền Trung "
                     "khắc phục hậu quả bão.")
    assert [(m.label, m.date, m.held) for m in facts.meetings] == [("Phiên họp thường kỳ tháng 9/2009", date(2009, 9, 30), True)]
    facts = facts_of("Buổi sáng, ngày 9-6-2010, Quốc hội họp phiên toàn thể tại hội trường. Phó Chủ tịch Quốc hội Hà Văn An "
                     "điều khiển phiên họp.")
    assert [m.label for m in facts.meetings] == ["Phiên họp toàn thể Quốc hội"]
    assert roles(facts) >= {("chaired", "Hà Văn An")}


def test_a_party_committee_written_before_a_corporations_board_is_the_corporations() -> None:
    facts = facts_of("Chiều 29/5/2023, Bí thư Đảng ủy, Chủ tịch HĐTV EVN Hà Văn An chủ trì cuộc họp. Bí thư Đảng ủy, Chủ tịch "
                     "HĐTV Tập đoàn Điện lực Việt Nam Lê Văn Bình dự.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Bí thư Đảng ủy EVN", "Chủ tịch Hội đồng thành viên EVN"}
    assert found["Lê Văn Bình"] == {"Bí thư Đảng ủy Tập đoàn Điện lực Việt Nam",
                                    "Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam"}


def test_units_listed_one_after_another_and_a_congress_held_with_ceremony() -> None:
    facts = facts_of("Đại hội đại biểu Tập đoàn Điện lực Việt Nam lần thứ IV đã diễn ra trang trọng. Ông Hà Văn An duyệt nội "
                     "dung của các Đảng bộ, gồm: Công ty Phát triển Thủy điện Sê San, Nhà máy Nhiệt điện Vĩnh Tân 4.")
    assert {o.label for o in facts.orgs} == {"Tập đoàn Điện lực Việt Nam", "Công ty Phát triển Thủy điện Sê San",
                                             "Nhà máy Nhiệt điện Vĩnh Tân 4"}


def test_those_at_a_bridge_point_attend() -> None:
    facts = facts_of("Sáng 16/4/2025, Bộ Chính trị tổ chức hội nghị toàn quốc quán triệt Nghị quyết. Tại điểm cầu huyện "
                     "Châu Thành (Sóc Trăng) có đồng chí Hà Văn An, Bí thư Huyện ủy; đồng chí Lê Văn Bình, Chủ tịch UBND huyện.")
    assert roles(facts) == {("attended", "Hà Văn An"), ("attended", "Lê Văn Bình")}


def test_a_ward_named_like_a_province_does_not_place_the_article() -> None:
    facts = facts_of("Chiều 31/8, tại Phường Kon Tum, UBND tỉnh tổ chức Hội nghị gặp mặt già làng. Dự hội nghị có Bí thư Tỉnh ủy "
                     "Hà Thị Vân. Sau sáp nhập, tỉnh Quảng Ngãi có hơn 2,1 triệu dân.")
    assert posts(facts)["Hà Thị Vân"] == {"Bí thư Tỉnh ủy Quảng Ngãi"}


def test_a_fronts_congress_in_a_city_written_with_a_dot() -> None:
    facts = facts_of("Ngày 29/11/2025, Ủy ban MTTQ Việt Nam TP.HCM tổ chức Đại hội đại biểu MTTQ Việt Nam TP.HCM lần thứ 1, "
                     "nhiệm kỳ 2025 - 2030.")
    assert [m.label for m in facts.meetings] == [
        "Đại hội Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh lần thứ I, nhiệm kỳ 2025-2030"]


def test_the_governments_religious_affairs_committee() -> None:
    facts = facts_of("Ông Hà Văn An được bổ nhiệm giữ chức Trưởng ban Tôn giáo Chính phủ. Bà Lê Thị Bình, Phó Trưởng ban Ban "
                     "Tôn giáo Chính phủ dự.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Trưởng ban Tôn giáo Chính phủ"}
    assert found["Lê Thị Bình"] == {"Phó Trưởng ban Tôn giáo Chính phủ"}


def test_a_dated_handover_of_a_decision_is_a_ceremony() -> None:
    facts = facts_of("Sáng 18/5/2020, Phó Chủ tịch Thường trực UBND TP.HCM Hà Văn An trao quyết định bổ nhiệm Phó Giám đốc Sở "
                     "Nông nghiệp và Phát triển nông thôn cho ông Lê Văn Bình.")
    assert [(m.label, m.date, m.held) for m in facts.meetings] == [
        ("Lễ trao quyết định bổ nhiệm Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn", date(2020, 5, 18), True)]
    assert roles(facts) == {("attended", "Hà Văn An"), ("attended", "Lê Văn Bình")}


def test_a_session_numbered_without_thứ_and_a_time_phrase_is_no_name() -> None:
    facts = facts_of("Sáng 8/7/2020, HĐND tỉnh Gia Lai khai mạc kỳ họp từ nay tới 10/7. Toàn cảnh phiên khai mạc Kỳ họp 13, "
                     "Khoá XI, nhiệm kỳ 2016-2021, HĐND tỉnh Gia Lai.")
    assert [(m.label, m.body) for m in facts.meetings] == [("Kỳ họp thứ 13 Hội đồng nhân dân tỉnh Gia Lai",
                                                            "Hội đồng nhân dân tỉnh Gia Lai")]


def test_whose_working_session_it_is_takes_part() -> None:
    facts = facts_of("Sáng 5/3/2020, Phó Thủ tướng Hà Văn An đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Nghệ An.")
    assert roles(facts) == {("attended", "Hà Văn An")}
    facts = facts_of("Sáng 5/3/2020, Phó Thủ tướng Hà Văn An đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Nghệ An. "
                     "Phát biểu tại buổi làm việc, Phó Thủ tướng Hà Văn An đề nghị tỉnh đẩy mạnh cải cách.")
    assert roles(facts) == {("spokeAt", "Hà Văn An")}  # a speaker is not listed again as attending


def test_reading_a_resolution_asking_a_question_and_a_quote_are_speaking() -> None:
    facts = facts_of("Sáng 22/7/2016, Quốc hội tiến hành phiên họp toàn thể. Sau đó, Tổng thư ký Quốc hội Lê Văn Bình đã đọc "
                     "Nghị quyết bầu chức danh Chủ tịch Quốc hội. Tân Chủ tịch Quốc hội Hà Thị An nói: Đây là lần đầu tiên. "
                     "ĐBQH Trần Văn Cường là người đầu tiên đặt câu hỏi cho Bộ trưởng.")
    assert roles(facts) == {("spokeAt", "Lê Văn Bình"), ("spokeAt", "Hà Thị An"), ("spokeAt", "Trần Văn Cường")}


def test_a_title_after_a_plural_list_of_names_is_every_names() -> None:
    facts = facts_of("Đồng chí Hà Thị An, Trưởng Ban Dân vận Trung ương; các đồng chí Lê Văn Bình, Trần Văn Cường, Ngô Văn Dũng "
                     "- Phó Trưởng Ban Dân vận Trung ương chủ trì. Ông Đỗ Văn Em, ông Phan Văn Giang - Phó Chủ tịch UBND tỉnh "
                     "Nghệ An dự.")
    found = posts(facts)
    for name in ("Lê Văn Bình", "Trần Văn Cường", "Ngô Văn Dũng"):
        assert found[name] == {"Phó Trưởng ban Dân vận Trung ương"}
    assert not found.get("Đỗ Văn Em")  # no plural word opens the list: the title is the last name's only


def test_a_commune_named_after_a_province_and_one_more_word() -> None:
    facts = facts_of("Ngày 18 tháng 9 năm 2013, HĐND xã Đồng Nai Thượng tổ chức họp bất thường, bầu bổ sung chức danh Chủ tịch "
                     "UBND xã Đồng Nai Thượng đối với ông Hà Văn An.")
    assert [(c.person, c.post.label) for c in facts.changes] == [("Hà Văn An", "Chủ tịch Ủy ban nhân dân xã Đồng Nai Thượng")]


def test_a_steering_committee_named_by_its_task_and_its_heads_written_bare() -> None:
    facts = facts_of("Ngày 3-3-2021, Ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre tổ chức họp lần đầu tiên cho ý kiến về quy chế. "
                     "Bí thư Tỉnh ủy Hà Văn An - Trưởng Ban chỉ đạo, Chủ tịch UBND tỉnh Lê Văn Bình - Phó trưởng Ban chỉ đạo "
                     "chủ trì.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Bí thư Tỉnh ủy Bến Tre", "Trưởng ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre"}
    assert found["Lê Văn Bình"] == {"Chủ tịch Ủy ban nhân dân tỉnh Bến Tre", "Phó Trưởng ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre"}
    assert roles(facts) == {("chaired", "Hà Văn An"), ("chaired", "Lê Văn Bình")}
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Cuộc họp lần đầu tiên Ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre", date(2021, 3, 3))]
    assert {(o.org, o.meeting) for o in facts.organizers} == {("Ban Chỉ đạo Chuyển đổi số tỉnh Bến Tre", facts.meetings[0].key)}


def test_a_steering_committee_named_in_lowercase_up_to_its_place() -> None:
    facts = facts_of("Ngày 11/8/2022, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Phú Yên tổ chức phiên họp thứ hai. "
                     "Ban Chỉ đạo đã họp nhiều lần. Ban Chỉ huy Tìm kiếm, cứu nạn tỉnh Quảng Nam cũng họp.")
    labels = {o.label for o in facts.orgs if not o.implied}
    assert "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Phú Yên" in labels
    assert "Ban Chỉ huy Tìm kiếm, cứu nạn tỉnh Quảng Nam" in labels
    assert not any(label.startswith("Ban Chỉ đạo đã") for label in labels)


def test_heads_of_sub_departments_and_working_groups() -> None:
    facts = facts_of("Ông Hà Văn An, Chi cục Trưởng Chi cục Quản lý thị trường tỉnh Nghệ An và ông Lê Văn Bình, Tổ trưởng "
                     "Tổ công tác số 04 phát biểu.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Chi cục trưởng Chi cục Quản lý thị trường tỉnh Nghệ An"}
    assert found["Lê Văn Bình"] == {"Tổ trưởng Tổ công tác số 04"}


def test_a_list_of_members_opening_its_sentence_without_a_count() -> None:
    facts = facts_of("Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19 họp. Thành viên Ban Chỉ đạo gồm: Ông Hà Văn An, Bộ "
                     "trưởng Bộ Y tế; Ông Lê Văn Bình, Bộ trưởng Bộ Công an. Phó Trưởng Ban Chỉ đạo là Thứ trưởng Bộ Y tế "
                     "Trần Văn Cường.")
    found = posts(facts)
    # (the committee under its one name, however the page writes it)
    assert found["Hà Văn An"] == {"Bộ trưởng Bộ Y tế", "Thành viên Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19"}
    assert found["Lê Văn Bình"] == {"Bộ trưởng Bộ Công an", "Thành viên Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19"}
    assert found["Trần Văn Cường"] == {"Thứ trưởng Bộ Y tế", "Phó Trưởng ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19"}


def test_a_title_right_before_the_next_name_is_that_names_even_after_a_chain() -> None:
    facts = facts_of("Bí thư Tỉnh ủy Hà Văn An - Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn Bình dự.")
    assert "Chủ tịch Ủy ban nhân dân tỉnh" not in " ".join(posts(facts)["Hà Văn An"])


def test_who_receives_an_award_at_a_ceremony_attends_it_but_not_the_late() -> None:
    facts = facts_of("Chiều 25-6-2012, Tỉnh ủy Khánh Hòa tổ chức lễ trao tặng Huân chương cho các vị nguyên lãnh đạo tỉnh. "
                     "Tại buổi lễ, ông Hà Văn An đã trao Huân chương, cụ thể: tặng Huân chương Lao động hạng Nhất cho ông "
                     "Lê Văn Bình - nguyên Phó Bí thư Tỉnh ủy; truy tặng Huân chương Độc lập cho ông Trần Văn Cường. "
                     "Ông Ngô Văn Dũng vinh dự được nhận Huân chương Lao động hạng Ba.")
    assert {p for r, p in roles(facts) if r == "attended"} == {"Hà Văn An", "Lê Văn Bình", "Ngô Văn Dũng"}


def test_a_committee_for_new_rural_development_of_the_province() -> None:
    facts = facts_of("Ngày 5/7/2011, Ban Chỉ đạo xây dựng nông thôn mới của tỉnh tổ chức hội nghị sơ kết 6 tháng. Trung tâm "
                     "Xúc tiến du lịch trực thuộc Sở Du lịch dự.")
    labels = {o.label for o in facts.orgs if not o.implied}
    assert {"Ban Chỉ đạo xây dựng nông thôn mới của tỉnh", "Trung tâm Xúc tiến du lịch"} <= labels
    assert [o.org for o in facts.organizers] == ["Ban Chỉ đạo xây dựng nông thôn mới của tỉnh"]


def test_the_congress_of_a_provincial_police_party_organisation() -> None:
    facts = facts_of("Ngày 11/8/2025, Đảng bộ Công an tỉnh Tây Ninh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.")
    assert [m.label for m in facts.meetings] == ["Đại hội đại biểu Đảng bộ Công an tỉnh Tây Ninh lần thứ I, nhiệm kỳ 2025-2030"]
    assert [o.org for o in facts.organizers] == ["Đảng bộ Công an tỉnh Tây Ninh"]


def test_a_lowercase_list_inside_a_bodys_name() -> None:
    facts = facts_of("Ông Hà Văn An, Phó Chủ tịch Thường trực Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn dự. "
                     "Ông Lê Văn Bình, Tổng cục trưởng Tổng cục Phòng, chống thiên tai dự.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Phó Chủ tịch Thường trực Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn"}
    assert found["Lê Văn Bình"] == {"Tổng cục trưởng Tổng cục Phòng, chống thiên tai"}


def test_a_body_that_organises_the_handing_over_of_a_decision_holds_a_ceremony_undated() -> None:
    facts = facts_of("UBND tỉnh An Giang vừa tổ chức Trao quyết định bổ nhiệm cán bộ. Phát biểu tại buổi lễ, Chủ tịch UBND "
                     "tỉnh Hà Văn An đánh giá cao năng lực của ông Lê Văn Bình.")
    assert [(m.label, m.held) for m in facts.meetings] == [("Lễ trao quyết định bổ nhiệm cán bộ", True)]
    assert [o.org for o in facts.organizers] == ["Ủy ban nhân dân tỉnh An Giang"]
    assert ("spokeAt", "Hà Văn An") in roles(facts)


def test_a_newspaper_that_organises_a_ceremony_and_a_second_group_of_guests() -> None:
    facts = facts_of("Sáng 11/10/2021, tại TP. Vinh, Báo Nghệ An tổ chức Lễ Công bố quyết định bổ nhiệm Tổng Biên tập. Dự lễ có "
                     "đồng chí Hà Văn An - Phó Bí thư Thường trực Tỉnh ủy; Lê Văn Bình - Trưởng ban Dân vận Tỉnh ủy. Các "
                     "đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh: Trần Văn Cường - Phó Chủ tịch HĐND tỉnh; Ngô Thị Dung - "
                     "Bí thư Thị ủy Cửa Lò. Theo Báo Nhân Dân, buổi lễ diễn ra trang trọng.")
    assert [o.org for o in facts.organizers] == ["Báo Nghệ An"]
    assert {p for r, p in roles(facts) if r == "attended"} == {"Hà Văn An", "Lê Văn Bình", "Trần Văn Cường", "Ngô Thị Dung"}
    assert "Báo Nhân Dân" not in {o.label for o in facts.orgs if not o.implied}


def test_council_heads_written_bare_in_a_list_share_its_place_and_all_organise() -> None:
    facts = facts_of("Tối 26.3.2015, Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Thăng Bình tổ chức Lễ kỷ niệm 40 năm "
                     "giải phóng quê hương. Ngày 15/12/2016, HĐND và UBND tỉnh Long An tổ chức lễ phong, truy tặng danh hiệu "
                     "Bà mẹ Việt Nam Anh hùng. HĐND các cấp, UBND tỉnh Nam Định dự.")
    assert {o.org for o in facts.organizers} == {
        "Huyện ủy Thăng Bình", "Hội đồng nhân dân huyện Thăng Bình", "Ủy ban nhân dân huyện Thăng Bình",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Thăng Bình", "Hội đồng nhân dân tỉnh Long An", "Ủy ban nhân dân tỉnh Long An"}
    assert "Hội đồng nhân dân tỉnh Nam Định" not in {o.label for o in facts.orgs}  # `các cấp`: every level, no one body


def test_a_dated_visit_with_greetings_or_gifts_and_who_makes_it() -> None:
    facts = facts_of("Sáng 29/1/2026, đồng chí Hà Văn An - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh đã đến thăm "
                     "hỏi, tặng quà và chúc Tết một số gia đình chính sách trên địa bàn xã Tam Dương.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Buổi thăm hỏi, tặng quà và chúc Tết một số gia đình chính sách trên địa bàn xã Tam Dương", date(2026, 1, 29))]
    assert roles(facts) == {("attended", "Hà Văn An")}
    facts = facts_of("Chiều 6-1-2023, đoàn công tác của tỉnh do ông Lê Văn Bình, Chủ tịch UBND tỉnh làm trưởng đoàn đã đến "
                     "thăm, tặng quà tết các gia đình chính sách trên địa bàn phường An Thạnh.")
    assert roles(facts) == {("attended", "Lê Văn Bình")}


def test_the_congress_of_a_party_organisation_written_with_a_dotted_abbreviation() -> None:
    facts = facts_of("Sáng 14.10.2025, Đại hội đại biểu Đảng bộ TP.HCM lần thứ I, nhiệm kỳ 2025 - 2030 chính thức khai mạc.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Đại hội đại biểu Đảng bộ Thành phố Hồ Chí Minh lần thứ I, nhiệm kỳ 2025-2030", date(2025, 10, 14))]


def test_a_provinces_social_insurance_office_is_a_local_body() -> None:
    facts = facts_of("Bà Hà Thị Xuân, Phó Giám đốc Bảo hiểm Xã hội tỉnh Hậu Giang dự. Ông Lê Văn Bình, Tổng Giám đốc Bảo hiểm xã "
                     "hội Việt Nam dự.")
    assert posts(facts) == {"Hà Thị Xuân": {"Phó Giám đốc Bảo hiểm xã hội tỉnh Hậu Giang"},
                            "Lê Văn Bình": {"Tổng Giám đốc Bảo hiểm xã hội Việt Nam"}}


def test_a_request_that_goes_on_from_the_speakers_sentence_is_theirs() -> None:
    facts = facts_of("Sáng 5/3/2020, UBND tỉnh An Giang tổ chức lễ trao quyết định bổ nhiệm cán bộ. Phát biểu tại buổi lễ, Chủ "
                     "tịch UBND tỉnh Hà Văn An đánh giá cao năng lực của ông Lê Văn Bình. Đồng thời đề nghị ông Lê Văn Bình "
                     "tiếp tục phát huy năng lực, hoàn thành tốt nhiệm vụ được giao.")
    assert [(t.by, t.by_kind) for t in facts.tasks] == [("Hà Văn An", "Person")]


def test_a_units_name_ends_at_a_kind_of_place_followed_by_lowercase() -> None:
    facts = facts_of("Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh hết sức quan tâm đến doanh nghiệp.")
    assert {o.label for o in facts.orgs if not o.implied} == {"Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh"}


def test_a_visits_name_ends_before_the_time_and_the_caption() -> None:
    facts = facts_of("Chủ tịch Quốc hội Hà Thị An phát biểu chỉ đạo tại buổi làm việc với Quân khu 5 sáng 21-12-2019 - Ảnh: B.D.")
    assert [m.label for m in facts.meetings] == ["Buổi làm việc với Quân khu 5"]


def test_a_unit_kind_written_with_a_capital_inside_is_one_unit() -> None:
    facts = facts_of("Thủ tướng bổ nhiệm Trung tướng Hà Văn An giữ chức Tư lệnh Quân Khu 5. Ông Lê Văn Bình, Hiệu trưởng Trường "
                     "Đại học Vinh dự.")
    assert posts(facts) == {"Hà Văn An": {"Tư lệnh Quân khu 5"}, "Lê Văn Bình": {"Hiệu trưởng Trường Đại học Vinh"}}


def test_a_congress_numbered_without_thứ() -> None:
    facts = facts_of("Sáng 28/9/2009, tại Hà Nội, đã khai mạc trọng thể Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam "
                     "lần VII. Dự Đại hội có các đồng chí: Tổng Bí thư Hà Văn An; Chủ tịch nước Lê Văn Bình.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Đại hội Mặt trận Tổ quốc Việt Nam lần thứ VII", date(2009, 9, 28))]
    assert roles(facts) == {("attended", "Hà Văn An"), ("attended", "Lê Văn Bình")}


def test_a_district_s_name_ends_where_a_person_s_full_name_begins() -> None:
    facts = facts_of("Chủ tịch UBND huyện Nga Sơn Thịnh Văn Bảy phát biểu. Bí thư Huyện ủy Tam Nông Lê Văn Tám dự.")
    assert posts(facts) == {"Thịnh Văn Bảy": {"Chủ tịch Ủy ban nhân dân huyện Nga Sơn"},
                            "Lê Văn Tám": {"Bí thư Huyện ủy Tam Nông"}}


def test_ban_tvtu_is_the_standing_committee_and_tvtu_alone_its_member() -> None:
    facts = facts_of("Đồng chí Cao Văn Chín, Ủy viên Ban TVTU, Trưởng ban Tuyên giáo Tỉnh ủy Đồng Nai chủ trì. "
                     "Dự có đồng chí Tống Văn Mười, TVTU, Phó Chủ tịch UBND tỉnh Đồng Nai.")
    assert "Ủy viên Ban Thường vụ Tỉnh ủy Đồng Nai" in posts(facts)["Tống Văn Mười"]
    assert not any("Ủy viên Ban Ủy viên" in p for held in posts(facts).values() for p in held)


def test_a_ward_named_after_a_hero_is_a_place_where_the_article_writes_it_so_twice() -> None:
    facts = facts_of("HĐND phường Phùng Chí Kiên tổ chức kỳ họp bất thường. Ông Nguyễn Đức Mậu, Bí thư Đảng ủy phường, "
                     "Chủ tịch HĐND phường Phùng Chí Kiên nghỉ hưu. Chủ tịch UBND phường Trần Văn Ba dự.")
    assert set(posts(facts)) == {"Nguyễn Đức Mậu", "Trần Văn Ba"}


def test_tuv_in_a_city_s_news_is_a_member_of_its_thành_ủy() -> None:
    facts = facts_of("Ngày 24/7/2020, Quận ủy Lê Chân, thành phố Hải Phòng tổ chức hội nghị. Đồng chí Trần Văn Bốn – TUV, "
                     "Bí thư Quận ủy dự và quán triệt các nội dung.")
    assert "Ủy viên Ban Chấp hành Đảng bộ thành phố Hải Phòng" in posts(facts)["Trần Văn Bốn"]


def test_a_police_chief_and_the_standing_committee_he_sits_in() -> None:
    facts = facts_of("Dự hội nghị có các đồng chí: Nguyễn Thanh Hải - Phó Bí thư, Chủ tịch UBND phường Tân Lập; Hoàng Xuân "
                     "Năm - UVBTV, Trưởng Công an phường. Ông Trần Văn Bốn, Phó Trưởng Công an huyện Tiên Lãng dự.")
    assert posts(facts)["Hoàng Xuân Năm"] == {"Ủy viên Ban Thường vụ Đảng ủy phường Tân Lập", "Trưởng Công an phường Tân Lập"}
    assert posts(facts)["Trần Văn Bốn"] == {"Phó Trưởng Công an huyện Tiên Lãng"}


def test_a_cham_surname() -> None:
    facts = facts_of("Ngày 8/12/2016, Đoàn công tác MTTQ Việt Nam tỉnh Bình Thuận do đồng chí Bố Thị Sáu, Ủy viên Ban Thường "
                     "vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu tham dự giao ban.")
    assert posts(facts) == {"Bố Thị Sáu": {"Ủy viên Ban Thường vụ Tỉnh ủy Bình Thuận",
                                           "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận"}}


def test_a_post_after_the_listed_persons_asides_is_theirs_not_the_next_name_s() -> None:
    facts = facts_of("Ban Tổ chức Quận ủy công bố quyết định bổ nhiệm các ông Lê Văn Một (nguyên Ủy viên HĐND quận) và "
                     "Trần Văn Hai (nguyên Chủ tịch UBND phường Đông Hải) là Phó ban Dân vận Quận ủy, ông Phạm Văn Ba "
                     "được bổ nhiệm giữ chức Chủ tịch Hội Nông dân quận.")
    held = posts(facts)
    assert "Phó Trưởng ban Dân vận Quận ủy" in held["Lê Văn Một"] and "Phó Trưởng ban Dân vận Quận ủy" in held["Trần Văn Hai"]
    assert held["Phạm Văn Ba"] == {"Chủ tịch Hội Nông dân quận"}


def test_a_department_named_with_the_word_for_press_and_a_spokesperson() -> None:
    facts = facts_of("Thứ trưởng Hà Văn Bốn trao quyết định cử bà Vy Thị Năm giữ chức Quyền Vụ trưởng Vụ Thông tin Báo chí "
                     "kiêm Người phát ngôn Bộ Ngoại giao.")
    assert {"Quyền Vụ trưởng Vụ Thông tin Báo chí", "Người phát ngôn Bộ Ngoại giao"} <= posts(facts)["Vy Thị Năm"] | {
        c.post.label for c in facts.changes if c.person == "Vy Thị Năm"}
    assert {c.post.label for c in facts.changes} == {"Quyền Vụ trưởng Vụ Thông tin Báo chí", "Người phát ngôn Bộ Ngoại giao"}


def test_an_assembly_acting_on_the_day_the_lead_gives_reports_its_sitting() -> None:
    facts = facts_of("Quốc hội miễn nhiệm hai Phó Thủ tướng\nChiều 7/4, Quốc hội tiến hành phê chuẩn việc miễn nhiệm "
                     "Phó Thủ tướng Chính phủ đối với ông Lê Văn Một bằng hình thức bỏ phiếu kín.", published=date(2021, 4, 7))
    main = next(m for m in facts.meetings if m.main)
    assert (main.label, main.date, main.held) == ("Phiên họp Quốc hội chiều 7/4", date(2021, 4, 7), True)
    assert [o.org for o in facts.organizers] == ["Quốc hội"]


def test_an_assembly_s_earlier_vote_or_a_vote_to_come_is_no_sitting_reported() -> None:
    earlier = facts_of("Thủ tướng phê chuẩn việc miễn nhiệm ông Lê Văn Một. Trước đó, ngày 10-7, HĐND tỉnh Trà Vinh đã bỏ "
                       "phiếu thống nhất miễn nhiệm ông Lê Văn Một.", published=date(2013, 7, 19))
    awaited = facts_of("Ông Trần Văn Hai thực hiện nhiệm vụ Chủ tịch UBND tỉnh kể từ ngày 1/2/2020 cho đến khi Hội đồng "
                       "nhân dân tỉnh Quảng Trị bầu được Chủ tịch UBND tỉnh.", published=date(2020, 1, 30))
    assert not earlier.meetings and not awaited.meetings


def test_a_central_highlands_name_writes_its_clan_last() -> None:
    facts = facts_of("Đồng chí Y Văn Một Niê Kđăm, Ủy viên dự khuyết Trung ương Đảng dự. Bà Phúc Hai Niê Kdăm, Tỉnh ủy viên, "
                     "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk dự. Ông Ksor Văn Ba dự.")
    assert set(posts(facts)) == {"Y Văn Một Niê Kđăm", "Phúc Hai Niê Kdăm", "Ksor Văn Ba"}
    assert "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk" in posts(facts)["Phúc Hai Niê Kdăm"]


def test_a_special_zone_is_a_locality_like_a_commune() -> None:
    facts = facts_of("Ông Lê Văn Một, Bí thư Đảng ủy đặc khu Côn Đảo dự. Chủ tịch UBND đặc khu Phú Quốc Trần Văn Hai phát biểu.")
    assert posts(facts) == {"Lê Văn Một": {"Bí thư Đảng ủy đặc khu Côn Đảo"},
                            "Trần Văn Hai": {"Chủ tịch Ủy ban nhân dân đặc khu Phú Quốc"}}


def test_military_courts_and_procuracies_of_a_unit() -> None:
    facts = facts_of("Thượng tá Lê Văn Một, Phó Chánh án Tòa án Quân sự Quân khu 1 dự. Đại tá Trần Văn Hai, Viện trưởng "
                     "Viện Kiểm sát quân sự Quân đoàn 34 dự. Thiếu tướng Phạm Văn Ba, Chánh án Tòa án Quân sự Trung ương dự.")
    assert posts(facts) == {"Lê Văn Một": {"Phó Chánh án Tòa án quân sự Quân khu 1"},
                            "Trần Văn Hai": {"Viện trưởng Viện kiểm sát quân sự Quân đoàn 34"},
                            "Phạm Văn Ba": {"Chánh án Tòa án quân sự Trung ương"}}
    assert "Trung ương" not in {o.label for o in facts.orgs}


def test_a_headline_in_capitals_and_a_term_numeral_are_no_place_names() -> None:
    facts = facts_of("BÍ THƯ HUYỆN ỦY LÀM VIỆC TẠI LỤC BÌNH\nSáng 29/5/2023, Đoàn công tác của Huyện ủy do bà Lê Thị Một, "
                     "Bí thư Huyện ủy là trưởng đoàn đã làm việc tại xã Lục Bình.")
    assert posts(facts)["Lê Thị Một"] == {"Bí thư Huyện ủy"}
    term = facts_of("Kỳ họp thứ nhất bầu Chủ tịch HĐND thành phố X, nhiệm kỳ 2021 – 2026 đối với ông Trần Văn Hai, "
                    "Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố.")
    assert not any("X" in o.label.split() for o in term.orgs)


def test_a_lowercase_title_right_after_a_name_and_a_district_before_a_full_name() -> None:
    facts = facts_of("Dự có đồng chí Lê Thị Một ủy viên ban thường vụ huyện uỷ, phó chủ tịch UBND huyện Tuy Đức. "
                     "Phó BT Thường trực Huyện ủy, Chủ tịch HĐND huyện Vĩnh Linh Nguyễn Thị Hai thăm gia đình chính sách.")
    assert posts(facts) == {"Lê Thị Một": {"Ủy viên Ban Thường vụ Huyện ủy Tuy Đức",
                                           "Phó Chủ tịch Ủy ban nhân dân huyện Tuy Đức"},
                            "Nguyễn Thị Hai": {"Phó Bí thư Thường trực Huyện ủy Vĩnh Linh",
                                               "Chủ tịch Hội đồng nhân dân huyện Vĩnh Linh"}}


def test_a_session_named_by_its_kind_then_the_council_that_holds_it() -> None:
    facts = facts_of("Chiều 18/10/2024, tại kỳ họp chuyên đề, HĐND tỉnh Phú Thọ khóa 19, nhiệm kỳ 2021-2026, đã thực hiện "
                     "quy trình bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh.")
    main = next(m for m in facts.meetings if m.main)
    assert (main.label, main.date) == ("Kỳ họp chuyên đề Hội đồng nhân dân tỉnh Phú Thọ", date(2024, 10, 18))
    assert [o.org for o in facts.organizers] == ["Hội đồng nhân dân tỉnh Phú Thọ"]


def test_a_commune_party_organisation_written_with_its_district_holds_its_congress() -> None:
    facts = facts_of("Đảng bộ xã Đại Tự, huyện Yên Lạc tổ chức Đại hội đại biểu lần thứ XXVIII nhiệm kỳ 2020-2025. "
                     "Phát biểu tại lễ khai mạc, thay mặt Huyện ủy, ông Lê Văn Một đánh giá cao kết quả.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label == "Đại hội đại biểu Đảng bộ xã Đại Tự lần thứ XXVIII, nhiệm kỳ 2020-2025"
    assert [o.org for o in facts.organizers if o.meeting == main.key] == ["Đảng bộ xã Đại Tự"]
    assert not any("thay mặt" in m.label for m in facts.meetings)


def test_a_capitalised_title_right_after_a_name_and_a_meeting_named_before_its_delegates() -> None:
    facts = facts_of("Ngày 12/1/2018, Thường trực HĐND huyện Krông Pa tổ chức phiên họp thường kỳ tháng 1. Tại phiên họp "
                     "thường kỳ, các đại biểu đã thảo luận. Kết luận phiên họp, đồng chí Nguyễn Văn Một Tỉnh ủy viên, Bí thư "
                     "Huyện ủy, Chủ tịch HĐND huyện Krông Pa yêu cầu các Ban tập trung. Ông Trần Văn Hai Bí thư Huyện ủy "
                     "Tuy Đức Lê Văn Ba dự.")
    assert {"Bí thư Huyện ủy Krông Pa", "Chủ tịch Hội đồng nhân dân huyện Krông Pa"} <= posts(facts)["Nguyễn Văn Một"]
    assert not posts(facts)["Trần Văn Hai"]
    assert not any("đại biểu" in m.label for m in facts.meetings)


def test_a_named_unit_written_in_lowercase_after_a_head_up_to_its_place() -> None:
    facts = facts_of("Tổng cục Thống kê công bố quyết định điều động, bổ nhiệm ông Địch Văn Một, Cục trưởng Cục Thống kê tỉnh "
                     "Bắc Giang giữ chức vụ Cục trưởng Cục thống kê tỉnh Hải Dương.")
    assert ("Địch Văn Một", "Cục trưởng Cục thống kê tỉnh Hải Dương", "start") in {
        (c.person, c.post.label, c.change) for c in facts.changes}


def test_h_dot_abbreviates_a_district_like_q_dot() -> None:
    facts = facts_of("Chị Lê Thị Một, Phó Bí thư Tỉnh đoàn Nghệ An, được điều động giữ chức Bí thư Huyện uỷ H.Hưng Nguyên.")
    assert "Bí thư Huyện ủy Hưng Nguyên" in posts(facts)["Lê Thị Một"]


def test_a_mass_organisation_s_congress_named_in_lowercase_after_the_body_that_holds_it() -> None:
    facts = facts_of("Ngày 28/7/2016, Hội Liên hiệp Phụ nữ (LHPN) huyện Vạn Ninh tổ chức Đại hội đại biểu phụ nữ huyện "
                     "Vạn Ninh lần thứ XII, nhiệm kỳ 2016 - 2021. Đại hội trình hội nghị lần thứ 12 các văn kiện.")
    main = next(m for m in facts.meetings if m.main)
    assert (main.label, main.date) == ("Đại hội đại biểu phụ nữ huyện Vạn Ninh lần thứ XII, nhiệm kỳ 2016-2021",
                                     date(2016, 7, 28))
    assert {o.org for o in facts.organizers} == {"Hội Liên hiệp Phụ nữ huyện Vạn Ninh"}
    assert len([m for m in facts.meetings if m.label.startswith("Đại hội")]) == 1


def test_a_meeting_s_name_ends_where_a_titled_person_is_written() -> None:
    facts = facts_of("Sáng 10/7/2019, HĐND thành phố tổ chức kỳ họp bất thường. Cũng tại kỳ họp Chủ tịch UBND TP Nguyễn Văn Một "
                     "đọc tờ trình miễn nhiệm.")
    assert not any("Nguyễn Văn Một" in m.label or "Chủ tịch" in m.label for m in facts.meetings)


def test_a_full_time_deputy_of_the_national_assembly() -> None:
    facts = facts_of("Dự có bà Cầm Thị Một, Đại biểu Quốc hội chuyên trách tỉnh Thanh Hóa; ông Lê Văn Hai, đại biểu Quốc hội.")
    assert posts(facts) == {"Cầm Thị Một": {"Đại biểu Quốc hội chuyên trách"}, "Lê Văn Hai": {"Đại biểu Quốc hội"}}


def test_a_document_s_day_does_not_date_the_meeting_it_is_about() -> None:
    facts = facts_of("Thực hiện kế hoạch số 04/KH-HĐND ngày 2/6/2020 của Thường trực HĐND huyện về giám sát ý kiến cử tri "
                     "trước kỳ họp thứ 18 HĐND huyện Tam Dương.")
    assert all(m.date is None for m in facts.meetings)


def test_bch_before_quan_su_is_a_military_command_not_an_executive_committee() -> None:
    facts = facts_of("Dự có Thượng tá Nguyễn Văn Một, UVBTV Huyện ủy, Chỉ huy trưởng BCH Quân sự huyện Ân Thi; đồng chí "
                     "Lê Văn Hai, Ủy viên BCH Đảng bộ tỉnh Hưng Yên dự.")
    assert "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Ân Thi" in posts(facts)["Nguyễn Văn Một"]
    assert posts(facts)["Lê Văn Hai"] == {"Ủy viên Ban Chấp hành Đảng bộ tỉnh Hưng Yên"}


def test_a_congress_is_named_with_the_term_written_after_its_number() -> None:
    facts = facts_of("Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XX\nSáng 5/10/2010, Đại hội Đại biểu Đảng bộ tỉnh "
                     "Quảng Nam lần thứ XX, nhiệm kỳ 2010-2015 khai mạc. Đồng chí Lê Văn Một, Bí thư Tỉnh ủy phát biểu.")
    congresses = [m for m in facts.meetings if m.label.startswith("Đại hội")]
    assert [(m.label, m.date, m.main) for m in congresses] == [
        ("Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XX, nhiệm kỳ 2010-2015", date(2010, 10, 5), True)]


def test_a_delegation_listed_by_name_attends_the_meeting_it_holds() -> None:
    facts = facts_of("Ngày 30-9-2019, Đoàn ĐBQH tỉnh Thanh Hóa gồm các đồng chí: Lê Văn Một, Phó Chủ tịch Quốc hội; Trần Văn "
                     "Hai, Phó Trưởng Đoàn ĐBQH tỉnh, đã có buổi tiếp xúc cử tri tại huyện Thường Xuân. Hội nghị kiện toàn "
                     "Ban Thường vụ Trung ương Đoàn gồm các đồng chí: Phạm Văn Ba, Trưởng ban Thanh niên Quân đội.")
    assert {(r.relation, r.person) for r in facts.roles} == {("attended", "Lê Văn Một"), ("attended", "Trần Văn Hai")}


def test_a_leader_meeting_people_on_a_day_is_a_meeting_they_attend() -> None:
    facts = facts_of("Ngày 23/4/2025, tại trụ sở Hội Cựu chiến binh tỉnh, đồng chí Hà Văn An, Bí thư Tỉnh ủy gặp mặt đại biểu "
                     "cán bộ, hội viên tiêu biểu nhân dịp kỷ niệm 50 năm Ngày Giải phóng miền Nam. Cùng dự buổi gặp mặt có "
                     "các đồng chí: Lê Văn Bình, Trưởng ban Tổ chức Tỉnh ủy; Trần Thị Cúc, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")
    # the whole group met (`cán bộ, hội viên tiêu biểu`: a list of kinds of people, not the end of the name)
    assert [(m.label, m.date) for m in facts.meetings] == [("Buổi gặp mặt đại biểu cán bộ, hội viên tiêu biểu",
                                                            date(2025, 4, 23))]
    assert roles(facts) == {("attended", "Hà Văn An"), ("attended", "Lê Văn Bình"), ("attended", "Trần Thị Cúc")}
    facts = facts_of("Ông Hà Văn An gặp mặt nhiều lần với các nhà đầu tư.")  # not a meeting's name: no day, no one met
    assert facts.meetings == []


def test_an_ambassador_posted_abroad_with_our_country_left_out() -> None:
    facts = facts_of("Các tân đại sứ gồm: Đại sứ tại Hoa Kỳ Hà Văn An, Đại sứ tại Liên Hiệp Quốc Lê Văn Bình.")
    assert posts(facts) == {"Hà Văn An": {"Đại sứ tại Hoa Kỳ"}, "Lê Văn Bình": {"Đại sứ tại Liên Hiệp Quốc"}}
    facts = facts_of("Bộ trưởng Bộ Ngoại giao Hà Văn An tại Hoa Kỳ đã gặp các doanh nghiệp.")  # ours, only there that day
    assert posts(facts) == {"Hà Văn An": {"Bộ trưởng Bộ Ngoại giao"}}


def test_a_province_ending_in_dong_before_chu_tri_is_no_co_chair_and_a_list_chairs() -> None:
    facts = facts_of("Ngày 30/9/2015, tại TP Đà Lạt đã diễn ra Hội nghị giao ban. Các đồng chí: Hà Văn An - Ủy viên Bộ Chính "
                     "trị, Bộ trưởng Bộ Công an; Lê Văn Bình - Bí thư Tỉnh ủy Lâm Đồng chủ trì hội nghị.")
    assert roles(facts) == {("chaired", "Hà Văn An"), ("chaired", "Lê Văn Bình")}
    facts = facts_of("Sáng 30/9/2015, Tỉnh ủy tổ chức Hội nghị sơ kết. Đồng chủ trì hội nghị có ông Hà Văn An, Bí thư Tỉnh ủy "
                     "và ông Lê Văn Bình, Chủ tịch UBND tỉnh.")
    assert roles(facts) == {("chaired", "Hà Văn An"), ("chaired", "Lê Văn Bình")}


def test_a_corporations_brand_is_its_body_and_a_board_shares_the_next_posts_corporation() -> None:
    facts = facts_of("Ông Hà Văn An, Chủ tịch HĐQT kiêm Tổng Giám đốc BIDV dự. Ông Lê Văn Bình, Chủ tịch HĐTV VATM dự. Ông "
                     "Trần Văn Cường, Chủ tịch HĐQT Công ty cổ phần Tin học Viễn thông Petrolimex dự.")
    assert posts(facts) == {"Hà Văn An": {"Chủ tịch Hội đồng quản trị BIDV", "Tổng Giám đốc BIDV"},
                            "Lê Văn Bình": {"Chủ tịch Hội đồng thành viên VATM"},
                            "Trần Văn Cường": {"Chủ tịch Hội đồng quản trị Công ty cổ phần Tin học Viễn thông Petrolimex"}}


def test_district_committee_members_abbreviated_and_a_district_partys_bloc_committee() -> None:
    facts = facts_of("Chỉ định đồng chí Hà Văn An – HUV, Phó Chủ tịch HĐND huyện Đức Huệ, đồng chí Lê Văn Bình – QUV, Chánh "
                     "Thanh tra quận Hà Đông. Ông Trần Văn Cường, Bí thư Đảng ủy Khối Chính quyền huyện Đức Huệ dự.")
    assert posts(facts) == {
        "Hà Văn An": {"Ủy viên Ban Chấp hành Đảng bộ huyện Đức Huệ", "Phó Chủ tịch Hội đồng nhân dân huyện Đức Huệ"},
        "Lê Văn Bình": {"Ủy viên Ban Chấp hành Đảng bộ quận Hà Đông", "Chánh Thanh tra quận Hà Đông"},
        "Trần Văn Cường": {"Bí thư Đảng ủy Khối Chính quyền huyện Đức Huệ"}}


def test_the_politburo_meeting_its_general_secretary_chairs() -> None:
    facts = facts_of("Sáng 14/2/2020, Tổng Bí thư Hà Văn An chủ trì họp Bộ Chính trị cho ý kiến hoàn thiện các dự thảo Văn "
                     "kiện. Tham dự cuộc họp có: Ủy viên Bộ Chính trị, Thủ tướng Lê Văn Bình.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Cuộc họp Bộ Chính trị", date(2020, 2, 14))]
    assert roles(facts) == {("chaired", "Hà Văn An"), ("attended", "Lê Văn Bình")}


def test_the_council_of_nationalities_written_with_its_assembly_before_a_name() -> None:
    facts = facts_of("Danh sách gồm Phó Chủ tịch Quốc hội Hà Văn An; Chủ tịch Hội đồng Dân tộc của Quốc hội Ksor Phước.")
    assert posts(facts) == {"Hà Văn An": {"Phó Chủ tịch Quốc hội"}, "Ksor Phước": {"Chủ tịch Hội đồng Dân tộc"}}


def test_a_list_item_opening_with_a_title_in_lowercase_before_a_capitalised_body() -> None:
    facts = facts_of("Tham dự cuộc họp có: ủy viên Bộ Chính trị, Thủ tướng Hà Văn An; ủy viên Bộ Chính trị, Chủ tịch QH Lê "
                     "Thị Bình; phó chủ tịch thường trực Trần Văn Cường.")
    assert posts(facts) == {"Hà Văn An": {"Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"},
                            "Lê Thị Bình": {"Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"}, "Trần Văn Cường": set()}


def test_a_day_of_the_reported_congress_is_no_meeting_of_its_own() -> None:
    facts = facts_of("Chiều 15/8/2024, Đại hội đại biểu MTTQ Việt Nam tỉnh Lâm Đồng lần thứ IX, nhiệm kỳ 2024 - 2029 chính thức "
                     "diễn ra ngày làm việc thứ nhất. Tham dự ngày làm việc thứ nhất, có bà Hà Thị An, Phó Trưởng Ban Tuyên "
                     "giáo Ủy ban Trung ương MTTQ Việt Nam.")
    assert [m.label for m in facts.meetings] == [
        "Đại hội Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng lần thứ IX, nhiệm kỳ 2024-2029"]
    assert roles(facts) == {("attended", "Hà Thị An")}


def test_an_abbreviated_party_deputy_beside_a_council_post_is_of_the_party_committee() -> None:
    facts = facts_of("Dự có đồng chí Hà Văn An, PBT, Chủ tịch UBND phường Khuê Trung.")
    assert posts(facts) == {"Hà Văn An": {"Phó Bí thư Đảng ủy phường Khuê Trung",
                                          "Chủ tịch Ủy ban nhân dân phường Khuê Trung"}}


def test_a_member_beside_a_post_in_a_councils_office_sits_in_the_council() -> None:
    facts = facts_of("Ông Hà Văn An, Ủy viên Thường trực, Chánh Văn phòng HĐND tỉnh Lai Châu dự.")
    assert posts(facts) == {"Hà Văn An": {"Ủy viên Thường trực Hội đồng nhân dân tỉnh Lai Châu",
                                          "Chánh Văn phòng Hội đồng nhân dân tỉnh Lai Châu"}}


def test_a_meetings_name_ends_before_a_chain_of_titles_and_a_name() -> None:
    facts = facts_of("Sáng 10/12/2025, HĐND tỉnh Lai Châu khóa XV tổ chức Kỳ họp thứ 30. Dự Kỳ họp Phó Bí thư Tỉnh ủy, Chủ "
                     "tịch UBND tỉnh Hà Văn An.")
    assert [m.label for m in facts.meetings] == ["Kỳ họp thứ 30 Hội đồng nhân dân tỉnh Lai Châu khóa XV"]
    assert ("attended", "Hà Văn An") in roles(facts)


def test_a_count_of_a_lone_head_in_the_body_the_sentence_opens_with() -> None:
    facts = facts_of("UBND tỉnh Bà Rịa – Vũng Tàu hiện có bốn Phó chủ tịch gồm các ông Hà Văn An, Lê Văn Bình. Học viện "
                     "Chính trị quốc gia Hồ Chí Minh hiện có hai Phó giám đốc là các ông Trần Văn Cường, Đỗ Văn Dũng.")
    assert posts(facts) == {
        "Hà Văn An": {"Phó Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"},
        "Lê Văn Bình": {"Phó Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"},
        "Trần Văn Cường": {"Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"},
        "Đỗ Văn Dũng": {"Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"}}


def test_a_standing_committee_member_abbreviated_uvtv() -> None:
    facts = facts_of("Dự có đồng chí Hà Văn An, UVTV, Trưởng Ban Tuyên giáo Tỉnh ủy Quảng Bình.")
    assert posts(facts) == {"Hà Văn An": {"Ủy viên Ban Thường vụ Tỉnh ủy Quảng Bình",
                                          "Trưởng ban Tuyên giáo Tỉnh ủy Quảng Bình"}}


def test_a_provinces_youth_union_by_its_full_name_as_written() -> None:
    facts = facts_of("Ông Hà Văn An, Bí thư Đoàn TNCS Hồ Chí Minh tỉnh Nam Định dự. Bà Lê Thị Bình, Phó Bí thư Đoàn Thanh niên "
                     "Cộng sản Hồ Chí Minh tỉnh Nam Định dự.")
    assert posts(facts) == {"Hà Văn An": {"Bí thư Đoàn TNCS Hồ Chí Minh tỉnh Nam Định"},
                            "Lê Thị Bình": {"Phó Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nam Định"}}


def test_a_judges_and_a_prosecutors_grade_is_a_post_of_its_own() -> None:
    facts = facts_of("Ông Hà Văn An, Thẩm phán cao cấp, Phó Chánh án TAND tỉnh Nam Định dự. Ông Lê Văn Bình, Kiểm sát viên "
                     "trung cấp dự.")
    assert posts(facts) == {"Hà Văn An": {"Thẩm phán cao cấp", "Phó Chánh án Tòa án nhân dân tỉnh Nam Định"},
                            "Lê Văn Bình": {"Kiểm sát viên trung cấp"}}


def test_the_coast_guard_its_regions_and_a_courts_assessors_are_bodies() -> None:
    facts = facts_of("Thiếu tướng Hà Văn An, Tư lệnh Cảnh sát biển Việt Nam chủ trì. Đại tá Lê Văn Bình, Phó Tham mưu trưởng "
                     "Cảnh sát biển Việt Nam được bổ nhiệm giữ chức Tư lệnh Vùng Cảnh sát biển 3. Ông Trần Văn Cường được bầu "
                     "giữ chức Trưởng đoàn Hội thẩm TAND tỉnh Tây Ninh.")
    assert posts(facts) == {"Hà Văn An": {"Tư lệnh Cảnh sát biển Việt Nam"},
                            "Lê Văn Bình": {"Phó Tham mưu trưởng Cảnh sát biển Việt Nam", "Tư lệnh Vùng Cảnh sát biển 3"},
                            "Trần Văn Cường": {"Trưởng đoàn hội thẩm Tòa án nhân dân tỉnh Tây Ninh"}}


def test_a_city_written_tp_dot_before_its_name_is_no_person() -> None:
    facts = facts_of("Phát biểu chỉ đạo tại Đại hội Đảng bộ TP.Phan Thiết, Phó bí thư Tỉnh ủy Bình Thuận - Hà Văn An biểu dương "
                     "những nỗ lực của TP. Phan Thiết.")
    assert posts(facts) == {"Hà Văn An": {"Phó Bí thư Tỉnh ủy Bình Thuận"}}


def test_the_youth_unions_central_committee_as_written() -> None:
    facts = facts_of("Ông Hà Văn An, Bí thư Trung ương Đoàn dự. Ông Lê Văn Bình, Bí thư thứ nhất Trung ương "
                     "Đoàn TNCS Hồ Chí Minh dự.")
    assert posts(facts) == {"Hà Văn An": {"Bí thư Trung ương Đoàn"},
                            "Lê Văn Bình": {"Bí thư Thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh"}}


def test_a_working_session_named_up_to_its_topic_and_never_dated_by_a_guidance_it_cites() -> None:
    facts = facts_of("Ngày 18/9, Đoàn kiểm tra số 893 của Ban Bí thư do đồng chí Hà Văn An, Bí thư Trung ương Đảng, Trưởng Ban "
                     "Tuyên giáo Trung ương, làm Trưởng đoàn làm việc với Ban Thường vụ Tỉnh ủy An Giang thông qua dự thảo kết "
                     "quả báo cáo kiểm tra đối với Ban Thường vụ Tỉnh ủy An Giang.")
    assert [m.label for m in facts.meetings] == [
        "Buổi làm việc của Đoàn kiểm tra số 893 của Ban Bí thư với Ban Thường vụ Tỉnh ủy An Giang"]
    facts = facts_of("Phát biểu chỉ đạo tại buổi làm việc, đồng chí Hà Văn An nhấn mạnh các nội dung của hướng dẫn 04-HD/TW "
                     "ngày 9/12/2020 của Ban Bí thư.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Buổi làm việc", None)]


def test_a_national_congress_resolution_named_as_written() -> None:
    for written in ("Nghị quyết Đại hội lần thứ XIII của Đảng", "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII",
                    "Nghị quyết Đại hội XIII của Đảng"):
        facts = facts_of(f"Tỉnh ủy Nghệ An quán triệt {written}, bàn giải pháp.")
        assert [d.label for d in facts.documents] == [written]


def test_each_group_of_a_delegation_list_keeps_its_own_membership() -> None:
    facts = facts_of("Tham gia Đoàn có các đồng chí Ủy viên Bộ Chính trị: Hà Văn An, Bộ trưởng Công an; Lê Văn Bình, Bộ trưởng "
                     "Quốc phòng; các đồng chí Ủy viên Trung ương Đảng: Trần Văn Cường, Trưởng Ban Đối ngoại Trung ương; "
                     "các đồng chí: Phạm Văn Dũng, Trợ lý Tổng Bí thư. Bộ Ngoại giao có 3 tân Thứ trưởng Bộ Ngoại giao gồm "
                     "ông Vũ Văn Em, ông Đỗ Văn Phúc và ông Ngô Văn Giang.")
    found = posts(facts)
    assert "Ủy viên Bộ Chính trị" in found["Lê Văn Bình"] and "Ủy viên Bộ Chính trị" not in found["Trần Văn Cường"]
    assert found["Phạm Văn Dũng"] == {"Trợ lý Tổng Bí thư"}
    assert found["Đỗ Văn Phúc"] == {"Thứ trưởng Bộ Ngoại giao"}


def test_an_office_that_delegated_is_not_the_delegates_post() -> None:
    facts = facts_of("Ngày 28/2, thừa ủy quyền của Thủ tướng, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Hà Văn An đã trao quyết "
                     "định. Được sự ủy quyền của Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ Lê Văn Bình trao quyết định.")
    found = posts(facts)
    assert found["Hà Văn An"] == {"Phó Thủ tướng Chính phủ", "Bộ trưởng Bộ Ngoại giao"}
    assert found["Lê Văn Bình"] == {"Giám đốc Sở Nội vụ"}


def test_a_wards_first_congress_is_its_own_not_the_partys_first() -> None:
    for text in ("Sáng 15-8-2025, Đảng bộ phường Tân Định, TP HCM tổ chức Đại hội Đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
                 "Ngày 8/8/2025, Đảng bộ phường Tân Định tổ chức phiên chính thức Đại hội đại biểu lần thứ I, nhiệm kỳ "
                 "2025-2030."):
        facts = facts_of(text)
        assert [m.label for m in facts.meetings] == ["Đại hội đại biểu Đảng bộ phường Tân Định lần thứ I, nhiệm kỳ 2025-2030"]
        assert [o.org for o in facts.organizers] == ["Đảng bộ phường Tân Định"]


def test_a_sessions_name_ends_before_what_it_voted() -> None:
    facts = facts_of("Ngày 16/1/2013, Hội đồng Nhân dân tỉnh Trà Vinh (khóa 8) đã tổ chức kỳ họp bất thường, bầu bổ sung ông Hà "
                     "Văn An vào chức vụ Phó Chủ tịch Ủy ban Nhân dân tỉnh Trà Vinh.")
    assert [m.label for m in facts.meetings] == ["Kỳ họp bất thường"]


def test_an_abbreviation_in_brackets_before_a_units_city_is_no_part_of_its_name() -> None:
    facts = facts_of("Ông Hà Văn An, Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) TP Cần Thơ dự.")
    assert posts(facts) == {"Hà Văn An": {"Giám đốc Trung tâm Kiểm soát bệnh tật Thành phố Cần Thơ"}}


def test_a_term_after_a_title_does_not_end_the_chain_of_titles() -> None:
    after = facts_of("1. Thượng tướng Hoàng Văn Sơn - Ủy viên Bộ Chính trị khóa XIII, Phó Bí thư Quân ủy Trung ương, "
                     "Bộ trưởng Bộ Quốc phòng.")
    assert posts(after)["Hoàng Văn Sơn"] == {"Ủy viên Bộ Chính trị", "Phó Bí thư Quân ủy Trung ương",
                                             "Bộ trưởng Bộ Quốc phòng"}
    before = facts_of("Bí thư Tỉnh ủy khóa XX, nhiệm kỳ 2020 - 2025, Chủ tịch HĐND tỉnh Lò Văn Pha phát biểu.")
    assert posts(before)["Lò Văn Pha"] == {"Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"}


def test_the_one_office_of_a_province_s_deputies_and_council() -> None:
    facts = facts_of("Bà Lê Thị Chín, Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Đắk Nông phát biểu.")
    assert posts(facts) == {"Lê Thị Chín": {"Phó Chánh Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh Đắk Nông"}}


def test_the_party_s_organ_inside_a_ministry_or_a_council() -> None:
    facts = facts_of("Ông Lê Văn Mười, Bí thư Ban Cán sự Đảng Bộ Y tế, Quyền Bộ trưởng Bộ Y tế phát biểu. Bà Hà Thị Một, "
                     "Bí thư Đảng đoàn HĐND tỉnh Nam Định dự.")
    assert posts(facts) == {"Lê Văn Mười": {"Bí thư Ban cán sự đảng Bộ Y tế", "Quyền Bộ trưởng Bộ Y tế"},
                            "Hà Thị Một": {"Bí thư Đảng đoàn Hội đồng nhân dân tỉnh Nam Định"}}


def test_a_meeting_the_lead_names_only_by_its_kind_is_the_article_s() -> None:
    facts = facts_of("Đại hội có sự hiện diện của ông Lê Văn Hai, Bí thư Tỉnh ủy; ông Trần Văn Ba, Chủ tịch UBND tỉnh.\n\n"
                     "Đại hội đã thông qua chương trình làm việc.")
    main = [m for m in facts.meetings if m.main]
    assert [m.label for m in main] == ["Đại hội"] and main[0].held
    assert roles(facts) == {("attended", "Lê Văn Hai"), ("attended", "Trần Văn Ba")}


def test_the_body_a_title_s_unit_belongs_to_does_not_part_the_title_from_the_name() -> None:
    facts = facts_of("Dự có Ủy viên Bộ Chính trị, Chủ tịch Ủy ban T.Ư MTTQ VN, Trưởng ban Chỉ đạo công tác bầu cử của "
                     "Ủy ban T.Ư MTTQ VN Hà Thị Tám.")
    assert {"Ủy viên Bộ Chính trị", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"} <= posts(facts)["Hà Thị Tám"]


def test_the_one_a_post_taken_up_replaces_held_it_unless_named_otherwise() -> None:
    facts = facts_of("Hội đồng đã bầu ông Lê Văn Một giữ chức Chủ tịch HĐND tỉnh Thừa Thiên Huế, thay cho ông "
                     "Trần Văn Hai nghỉ hưu theo chế độ.")
    assert posts(facts)["Trần Văn Hai"] == {"Chủ tịch Hội đồng nhân dân tỉnh Thừa Thiên Huế"}
    former = facts_of("Hội nghị bầu ông Lê Văn Một giữ chức Bí thư Huyện ủy Lạc Dương, thay đồng chí Trần Văn Hai - "
                      "nguyên Bí thư Huyện ủy Lạc Dương do chuyển công tác.")
    assert not posts(former).get("Trần Văn Hai")


def test_a_place_named_like_a_person_goes_on_a_unit_s_name_and_a_specialised_school() -> None:
    facts = facts_of("Ông Lê Văn Ba, Trưởng Ban Quản lý Khu kinh tế mở Chu Lai phát biểu. Bà Hà Thị Tư, Hiệu trưởng "
                     "Trường THPT chuyên Bắc Ninh dự.")
    assert posts(facts) == {"Lê Văn Ba": {"Trưởng ban Quản lý Khu kinh tế mở Chu Lai"},
                            "Hà Thị Tư": {"Hiệu trưởng Trường THPT chuyên Bắc Ninh"}}


def test_the_youth_union_is_no_person_named_doan() -> None:
    facts = facts_of("Dự có các vị Thứ trưởng Ngoại giao: Lê Văn Năm, Hà Văn Sáu; Ban Chấp hành Đoàn Thanh niên Bộ và "
                     "các đảng viên.")
    assert set(posts(facts)) == {"Lê Văn Năm", "Hà Văn Sáu"}


def test_a_deputy_written_in_lowercase_before_a_capitalised_head_is_the_deputy() -> None:
    facts = facts_of("Dự có phó Chủ tịch UBND tỉnh Nam Định Lê Văn Bảy. Ban lãnh đạo VTV gồm Tổng Giám đốc Trần Văn Tám "
                     "và các phó Tổng Giám đốc Nguyễn Văn Chín, Lâm Văn Mười.")
    assert posts(facts) == {"Lê Văn Bảy": {"Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định"},
                            "Trần Văn Tám": {"Tổng Giám đốc Đài Truyền hình Việt Nam"},
                            "Nguyễn Văn Chín": {"Phó Tổng Giám đốc Đài Truyền hình Việt Nam"},
                            "Lâm Văn Mười": {"Phó Tổng Giám đốc Đài Truyền hình Việt Nam"}}


def test_a_city_written_after_an_abbreviated_body_places_the_article() -> None:
    facts = facts_of("HĐND TP.HCM tiếp tục họp bất thường. Ông Lê Văn Một, Phó Chủ tịch UBND TP phát biểu.")
    assert posts(facts) == {"Lê Văn Một": {"Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh"}}


def test_a_delegates_congress_of_a_placed_people_and_more_surnames() -> None:
    facts = facts_of("Ngày 23/8/2024, Đại hội đại biểu các dân tộc thiểu số tỉnh Yên Bái lần thứ IV khai mạc. Dự đại hội "
                     "có các đồng chí: Tào Văn Lâm, Phó Bí thư Tỉnh ủy; Chúng Thị Mai, Phó Chủ tịch HĐND tỉnh.")
    assert [(m.label, m.held) for m in facts.meetings] == [
        ("Đại hội đại biểu các dân tộc thiểu số tỉnh Yên Bái lần thứ IV", True)]
    assert roles(facts) == {("attended", "Tào Văn Lâm"), ("attended", "Chúng Thị Mai")}
    # in lowercase, with no body holding it, a congress is still not named from words in passing
    assert not facts_of("Ngày 23/8/2024, các đại biểu dự đại hội đại biểu các dân tộc thiểu số tỉnh Yên Bái lần thứ IV.").meetings


def test_a_meeting_said_to_be_held_online_is_the_one_reported_not_one_named_tổ_chức() -> None:
    facts = facts_of("Hội nghị tổ chức theo hình thức trực tuyến với điểm cầu trung tâm tại Văn phòng Chính phủ. "
                     "Dự Hội nghị có: Thủ tướng Chính phủ Lê Văn Một; Ông Trần Văn Hai - Bộ trưởng Bộ Nội vụ.")
    assert [m.label for m in facts.meetings] == ["Hội nghị"]
    assert roles(facts) == {("attended", "Lê Văn Một"), ("attended", "Trần Văn Hai")}


def test_a_newspaper_in_lowercase_after_a_title_s_head_and_a_camel_case_brand() -> None:
    facts = facts_of("Ngày 4/9/2018, ông Lê Văn Một, Tổng biên tập báo VietNamNet, và ông Trần Văn Hai, Phó Tổng biên tập "
                     "báo Nhân Dân, phát biểu. Theo báo Nhân Dân, ông Phạm Văn Ba dự.")
    assert posts(facts) == {"Lê Văn Một": {"Tổng Biên tập Báo VietNamNet"},
                            "Trần Văn Hai": {"Phó Tổng Biên tập Báo Nhân Dân"}, "Phạm Văn Ba": set()}


def test_a_department_written_without_its_và() -> None:
    facts = facts_of("Ngày 17/9/2020, ông Lê Văn Một, Giám đốc Sở Kế hoạch Đầu tư tỉnh Thanh Hóa, và ông Trần Văn Hai, "
                     "Giám đốc Sở Tài nguyên Môi trường tỉnh Thanh Hóa, phát biểu.")
    assert posts(facts) == {"Lê Văn Một": {"Giám đốc Sở Kế hoạch và Đầu tư tỉnh Thanh Hóa"},
                            "Trần Văn Hai": {"Giám đốc Sở Tài nguyên và Môi trường tỉnh Thanh Hóa"}}


def test_a_new_holder_s_title_after_tân_is_held_now() -> None:
    facts = facts_of("Ngày 6/10/2019, ông Trần Văn Hai, tân Chủ tịch UBND tỉnh Nghệ An, phát biểu. Ông Lê Văn Bốn - tân "
                     "Giám đốc Sở Y tế tỉnh Nghệ An dự. Ông Lê Văn Năm, nguyên Giám đốc Sở Y tế tỉnh Nghệ An, dự.")
    assert posts(facts) == {"Trần Văn Hai": {"Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"},
                            "Lê Văn Bốn": {"Giám đốc Sở Y tế tỉnh Nghệ An"}, "Lê Văn Năm": set()}


def test_a_counted_title_listing_its_holders_after_ông_bà_and_an_ampersand_in_a_name() -> None:
    facts = facts_of("Ngày 20/5/2025, lãnh đạo Quốc hội gồm Chủ tịch Quốc hội Lê Văn Một và 2 Phó Chủ tịch Quốc hội là "
                     "các ông, bà: Trần Văn Hai, Phạm Thị Ba.")
    assert posts(facts) == {"Lê Văn Một": {"Chủ tịch Quốc hội"}, "Trần Văn Hai": {"Phó Chủ tịch Quốc hội"},
                            "Phạm Thị Ba": {"Phó Chủ tịch Quốc hội"}}
    facts = facts_of("Ngày 2/3/2020, bà Đỗ Thị Bốn – Giám đốc Sở Khoa học& Công nghệ tỉnh Nghệ An phát biểu.")
    assert posts(facts) == {"Đỗ Thị Bốn": {"Giám đốc Sở Khoa học và Công nghệ tỉnh Nghệ An"}}


def test_a_business_association_is_a_body() -> None:
    facts = facts_of("Ngày 26/9/2024, ông Lê Văn Một - Chủ tịch Hội đồng thành viên Công ty TNHH Hải Sơn đã được bầu giữ chức "
                     "Chủ tịch Hiệp hội Doanh nghiệp tỉnh Long An khóa IV. Hiệp hội Doanh nghiệp tỉnh Long An như là cầu nối.")
    assert {(c.person, c.post.label, c.change) for c in facts.changes} == {
        ("Lê Văn Một", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh Long An", "start")}
    assert "Hiệp hội Doanh nghiệp tỉnh Long An" in {o.label for o in facts.orgs}


def test_a_one_letter_surname_with_one_syllable_is_a_name_but_not_in_a_common_word_and_a_monk_s_name() -> None:
    facts = facts_of("Ngày 3/8/2017, Phó Chủ tịch Thường trực UBND tỉnh Kon Tum Y Ngọc, bà Y Nga và Hòa thượng Thích "
                     "Thanh Tân dự. Đại diện Bộ Y Tế và Đại học Y Dược, ông Y Thanh Hà Niê Kđăm dự.")
    assert {p.name for p in facts.persons if not p.short} == {"Y Ngọc", "Y Nga", "Thích Thanh Tân", "Y Thanh Hà Niê Kđăm"}
    assert posts(facts)["Y Ngọc"] == {"Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Kon Tum"}


def test_a_council_s_boards_unnamed_are_no_body_but_each_named_one_is() -> None:
    facts = facts_of("Ngày 2/3/2020, lãnh đạo các Ban HĐND tỉnh Nghệ An dự. Trưởng Ban Pháp chế HĐND tỉnh Nghệ An "
                     "Lê Văn Một phát biểu.")
    assert {o.label for o in facts.orgs} == {"Hội đồng nhân dân tỉnh Nghệ An", "Ban Pháp chế Hội đồng nhân dân tỉnh Nghệ An"}


def test_the_agency_credited_at_the_head_of_a_line_is_the_source_not_a_body() -> None:
    facts = facts_of("(VOV) - Ngày 2/3/2020, Ủy ban Thường vụ Quốc hội họp. Phóng viên Đài Tiếng nói Việt Nam dự.")
    assert [o.label for o in facts.orgs] == ["Ủy ban Thường vụ Quốc hội", "Đài Tiếng nói Việt Nam"]


def test_a_directorate_is_its_body_s_and_unnamed_it_is_no_body() -> None:
    facts = facts_of("Ngày 2/3/2020, Ban Giám đốc Công an tỉnh Bình Phước họp. Ban giám đốc và tập thể cán bộ dự.")
    assert {o.label for o in facts.orgs} == {"Ban Giám đốc Công an tỉnh Bình Phước", "Công an tỉnh Bình Phước"}


def test_a_speech_named_by_whose_it_is_but_not_one_disseminated() -> None:
    facts = facts_of("Sáng 4/12/2013, Hội nghị Ban Chấp hành Đảng bộ tỉnh Thanh Hóa lần thứ 15 khai mạc. Lược trích bài "
                     "phát biểu kết luận của đồng chí Lê Văn Một, Bí thư Tỉnh ủy, tại Hội nghị.")
    assert ("spokeAt", "Lê Văn Một") in roles(facts)
    facts = facts_of("Sáng 4/12/2013, Hội nghị Ban Chấp hành Đảng bộ tỉnh Thanh Hóa lần thứ 15 khai mạc. Đồng chí Trần Văn "
                     "Hai quán triệt bài phát biểu của đồng chí Tổng Bí thư Lê Văn Ba.")
    assert ("spokeAt", "Lê Văn Ba") not in roles(facts)


def test_a_counted_title_s_holders_after_gồm_Ông() -> None:
    facts = facts_of("Ngày 20/8/2025, Đại hội bầu 2 Phó chủ tịch LĐLĐ TP.HCM khóa I, gồm Ông Lê Văn Một (giữ nhiệm vụ Phó "
                     "chủ tịch Thường trực), bà Trần Thị Hai.")
    assert posts(facts) == {"Lê Văn Một": {"Phó Chủ tịch Liên đoàn Lao động Thành phố Hồ Chí Minh"},
                            "Trần Thị Hai": {"Phó Chủ tịch Liên đoàn Lao động Thành phố Hồ Chí Minh"}}


def test_parliamentary_committees_abbreviated() -> None:
    facts = facts_of("Ngày 20/12/2018, ông Lê Văn Một, Ủy viên UBTV Quốc hội, Chủ nhiệm UB KHCN và Môi trường, dự. Ông Trần "
                     "Văn Hai, Phó Chủ nhiệm UB KHCN&MT của Quốc hội, dự.")
    assert posts(facts) == {"Lê Văn Một": {"Ủy viên Ủy ban Thường vụ Quốc hội",
                                           "Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội"},
                            "Trần Văn Hai": {"Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội"}}


def test_the_side_a_guest_came_from_ends_the_session_s_name_and_opens_the_next_list() -> None:
    facts = facts_of("Sáng 5/6/2023, HĐND tỉnh Lai Châu khai mạc Kỳ họp thứ nhất. Tham dự kỳ họp về phía Trung ương có "
                     "bà Lò Thị Mai-Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội.\nPhía tỉnh Lai Châu có các ông: Tạ Văn "
                     "Hùng-Bí thư Tỉnh ủy; Lò Văn Đạt-Chủ tịch UBND tỉnh.")
    assert [m.label for m in facts.meetings] == ["Kỳ họp thứ nhất Hội đồng nhân dân tỉnh Lai Châu"]
    assert {("attended", "Lò Thị Mai"), ("attended", "Tạ Văn Hùng"), ("attended", "Lò Văn Đạt")} <= roles(facts)


def test_a_guest_of_a_ceremony_of_announcement_does_not_announce() -> None:
    facts = facts_of("Sáng 19/3/2021 diễn ra lễ công bố Quyết định của Bộ Chính trị về công tác cán bộ. Dự lễ công bố có "
                     "ông Tạ Văn Hùng, Ủy viên Bộ Chính trị.")
    assert ("attended", "Tạ Văn Hùng") in roles(facts)
    assert ("spokeAt", "Tạ Văn Hùng") not in roles(facts)


def test_a_title_after_an_age_inside_brackets() -> None:
    facts = facts_of("Chủ tịch UBND tỉnh quyết định bổ nhiệm ông Tạ Văn Hùng (46 tuổi, Trưởng phòng Kinh tế đối ngoại) và bà "
                     "Lò Thị Mai (SN 1975, Trưởng phòng Kinh tế).")
    assert posts(facts) == {"Tạ Văn Hùng": {"Trưởng phòng Kinh tế đối ngoại"},
                            "Lò Thị Mai": {"Trưởng phòng Kinh tế"}}


def test_a_counted_head_of_a_body_then_a_comma_and_its_list() -> None:
    facts = facts_of("UBND tỉnh Lai Châu có 3 Phó Chủ tịch, gồm các ông Tạ Văn Hùng, ông Lò Văn Đạt và bà Lò Thị Mai.")
    assert posts(facts) == {name: {"Phó Chủ tịch Ủy ban nhân dân tỉnh Lai Châu"}
                            for name in ("Tạ Văn Hùng", "Lò Văn Đạt", "Lò Thị Mai")}


def test_the_day_a_session_took_place_beats_the_day_its_results_were_told() -> None:
    facts = facts_of("Ngày 6/11, HĐND tỉnh Trà Vinh công bố kết quả bầu Chủ tịch UBND tỉnh tại kỳ họp chuyên đề khóa 9 lần "
                     "thứ 17, diễn ra vào ngày 5/11/2020. Kết quả, 100% đại biểu tham dự phiên họp đồng ý.")
    main = next(m for m in facts.meetings if m.main)
    assert (main.label, main.date) == ("Kỳ họp chuyên đề khóa 9 lần thứ 17", date(2020, 11, 5))
    assert not any("đồng ý" in m.label for m in facts.meetings)


def test_a_sentence_that_opens_with_the_comrades_listed_before_cùng_dự() -> None:
    facts = facts_of("Sáng 15/7/2020, Bộ Công an tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm. Các đồng chí Tạ Văn Hùng, "
                     "Ủy viên Bộ Chính trị; Lò Văn Đạt, Thứ trưởng Bộ Quốc phòng và đại diện lãnh đạo các ban, bộ, ngành "
                     "Trung ương cùng dự hội nghị quan trọng này.")
    assert {("attended", "Tạ Văn Hùng"), ("attended", "Lò Văn Đạt")} <= roles(facts)


def test_plural_kind_then_numbered_documents_are_each_a_document() -> None:
    facts = facts_of("Ngày 6/4/2023, Ban Tuyên giáo Trung ương tổ chức Hội nghị quán triệt các quy định 85-QĐ/TW, 99-QĐ/TW "
                     "của Ban Bí thư và các quy định của Đảng về báo chí.")
    assert sorted(d.label for d in facts.documents) == ["Quy định 85-QĐ/TW", "Quy định 99-QĐ/TW"]


def test_a_province_s_union_of_science_and_technology_associations() -> None:
    facts = facts_of("Bà Lò Thị Mai giữ chức Phó Chủ tịch Liên hiệp các Hội khoa học kỹ thuật tỉnh Tây Ninh.")
    assert posts(facts) == {"Lò Thị Mai": {"Phó Chủ tịch Liên hiệp các Hội khoa học kỹ thuật tỉnh Tây Ninh"}}


def test_a_province_s_ethnic_affairs_board_and_its_council_s_namesake() -> None:
    facts = facts_of("Sáng 5/6/2023, UBND tỉnh Thừa Thiên Huế họp. Tham dự có đồng chí Tạ Văn Hùng, Trưởng ban Dân tộc tỉnh; "
                     "ông Lò Văn Đạt, Trưởng Ban Dân tộc HĐND tỉnh.")
    assert posts(facts) == {"Tạ Văn Hùng": {"Trưởng ban Dân tộc tỉnh Thừa Thiên Huế"},
                            "Lò Văn Đạt": {"Trưởng ban Dân tộc Hội đồng nhân dân tỉnh Thừa Thiên Huế"}}


def test_a_national_university_written_đhqg_and_a_unit_name_ending_before_giao_nhiệm_vụ() -> None:
    facts = facts_of("PGS.TS Lê Văn Một, Giám đốc ĐHQG TPHCM phát biểu. Trường Đại học Cần Thơ giao nhiệm vụ cho ông Lê Văn Hai.")
    assert posts(facts)["Lê Văn Một"] == {"Giám đốc Đại học Quốc gia Thành phố Hồ Chí Minh"}
    assert {o.label for o in facts.orgs} >= {"Trường Đại học Cần Thơ"}
    assert not any("giao" in o.label for o in facts.orgs)


def test_a_ward_written_p_dot_before_a_name_is_a_place_not_part_of_the_name() -> None:
    facts = facts_of("Các đại biểu đã bầu Bí thư Đảng ủy P.Dương Đông Lê Văn Một giữ chức Phó chủ tịch UBND TP.Phú Quốc.")
    assert posts(facts)["Lê Văn Một"] == {"Bí thư Đảng ủy phường Dương Đông",
                                          "Phó Chủ tịch Ủy ban nhân dân Thành phố Phú Quốc"}


def test_a_deputy_with_the_delegation_written_after_a_dash_or_a_comma() -> None:
    facts = facts_of("Quốc hội thảo luận tại hội trường. Đại biểu Lê Văn Một - Đoàn ĐBQH tỉnh Quảng Trị phát biểu. Ý kiến của "
                     "đại biểu Lê Thị Hai, Đoàn ĐBQH tỉnh Hòa Bình. Đại biểu Lê Văn Ba – tỉnh Khánh Hòa phân tích.")
    held = posts(facts)
    assert held["Lê Văn Một"] == {"Đại biểu Quốc hội tỉnh Quảng Trị"}
    assert held["Lê Thị Hai"] == {"Đại biểu Quốc hội tỉnh Hòa Bình"}
    assert held["Lê Văn Ba"] == {"Đại biểu Quốc hội tỉnh Khánh Hòa"}


def test_a_district_named_like_a_person_that_the_place_lexicon_knows() -> None:
    facts = facts_of("Đồng chí Lê Văn Một, Chủ tịch Ủy ban MTTQ Việt Nam huyện U Minh Thượng phát biểu chỉ đạo Hội nghị.")
    assert posts(facts) == {"Lê Văn Một": {"Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện U Minh Thượng"}}


def test_a_law_named_without_a_number_ends_before_an_adverb() -> None:
    facts = facts_of("Tổng Bí thư đề nghị triển khai Luật Biển đồng thời đầu tư phát triển kinh tế biển; đưa Luật HTX sớm đi "
                     "vào cuộc sống.")
    assert {d.label for d in facts.documents} == {"Luật Biển", "Luật HTX"}


def test_counted_deputy_secretaries_in_a_standing_board_s_roster() -> None:
    facts = facts_of("Hiện Thường trực Thành ủy TP.HCM gồm Bí thư Lê Văn Một và 2 phó bí thư: ông Lê Văn Hai, Chủ tịch UBND "
                     "TP.HCM; ông Lê Văn Ba.")
    held = posts(facts)
    assert "Phó Bí thư Thành ủy Thành phố Hồ Chí Minh" in held["Lê Văn Hai"]
    assert held["Lê Văn Ba"] == {"Phó Bí thư Thành ủy Thành phố Hồ Chí Minh"}


def test_deputies_a_people_s_council_elects_are_not_its_own() -> None:
    facts = facts_of("HĐND tỉnh Đồng Nai đã bầu 2 phó chủ tịch tỉnh mới, gồm ông Lê Văn Một, Chủ tịch Hội Nông dân tỉnh; "
                     "ông Lê Văn Hai.")
    held = posts(facts)
    assert not any("Hội đồng nhân dân" in post for post in held["Lê Văn Một"] | held.get("Lê Văn Hai", set()))


def test_a_voters_meeting_after_a_session_is_named_with_the_session_whole() -> None:
    facts = facts_of("Sáng 18/12/2025, Đoàn ĐBQH tỉnh Quảng Trị tổ chức hội nghị tiếp xúc cử tri sau kỳ họp thứ 10, "
                     "Quốc hội khóa XV.")
    held = [m.label for m in facts.meetings if m.held]
    assert held == ["Hội nghị tiếp xúc cử tri sau kỳ họp thứ 10 Quốc hội khóa XV"]


def test_a_province_s_political_school_and_one_named_after_a_person() -> None:
    facts = facts_of("Ông Lê Văn Một, Bí thư Đảng ủy xã Cần Đước, được điều động, bổ nhiệm giữ chức Hiệu trưởng Trường "
                     "Chính trị tỉnh Long An. Ông Lê Văn Ba, Phó Hiệu trưởng Trường Chính trị Trần Phú, dự.")
    assert "Hiệu trưởng Trường Chính trị tỉnh Long An" in posts(facts)["Lê Văn Một"]
    assert posts(facts)["Lê Văn Ba"] == {"Phó Hiệu trưởng Trường Chính trị Trần Phú"}
    assert {(c.person, c.post.label, c.change) for c in facts.changes} == {
        ("Lê Văn Một", "Hiệu trưởng Trường Chính trị tỉnh Long An", "start")}


def test_a_national_university_written_with_dh() -> None:
    facts = facts_of("Ông Lê Văn Hai, Giám đốc ĐH Quốc gia TP.HCM, dự. Ông Lê Văn Một, Phó Giám đốc ĐH Quốc gia Hà "
                     "Nội, phát biểu.")
    assert posts(facts) == {"Lê Văn Hai": {"Giám đốc Đại học Quốc gia Thành phố Hồ Chí Minh"},
                            "Lê Văn Một": {"Phó Giám đốc Đại học Quốc gia Hà Nội"}}


def test_a_leader_s_dated_inspection_trip_is_the_reported_meeting() -> None:
    facts = facts_of("Chiều 31/10/2024, ông Lê Văn Một, Bí thư Tỉnh ủy Long An đã đi kiểm tra công tác khắc phục hậu quả "
                     "lũ lụt tại huyện Cần Đước. Tại đây, Bí thư Tỉnh ủy Lê Văn Một đề nghị các địa phương khẩn trương "
                     "khắc phục hậu quả.")
    main = next(m for m in facts.meetings if m.main)
    assert main.date == date(2024, 10, 31) and main.label.startswith("Buổi kiểm tra công tác khắc phục")
    assert ("spokeAt", "Lê Văn Một") in {(r.relation, r.person) for r in facts.roles}


def test_a_dated_working_visit_to_a_unit_but_not_a_visit_of_several_days() -> None:
    facts = facts_of("Chiều 12/11/2025, Đại tướng Lê Văn Một, Bộ trưởng Bộ Quốc phòng, đã đến thăm và làm việc tại Sư đoàn "
                     "5. Tham gia đoàn công tác có Thượng tướng Lê Văn Hai, Thứ trưởng Bộ Quốc phòng.")
    main = next(m for m in facts.meetings if m.main)
    assert main.date == date(2025, 11, 12) and main.label == "Buổi thăm và làm việc tại Sư đoàn 5"
    facts = facts_of("Sáng 3/12/2009, đoàn đại biểu tỉnh Quảng Tây đã đến thăm và làm việc tại Hà Tĩnh trong thời gian 3 "
                     "ngày, từ 3 đến 5/12.")
    assert not any(m.label.startswith("Buổi thăm và làm việc") for m in facts.meetings)


def test_a_law_s_name_ends_before_how_it_was_voted() -> None:
    facts = facts_of("Chiều 17/6/2025, Quốc hội biểu quyết thông qua Luật sửa đổi, bổ sung một số điều của Luật Doanh "
                     "nghiệp bằng hình thức biểu quyết điện tử. Quốc hội thông qua Nghị quyết của Quốc hội về giảm thuế "
                     "giá trị gia tăng bằng hình thức biểu quyết điện tử.")
    labels = {d.label for d in facts.documents}
    assert {"Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp",
            "Nghị quyết của Quốc hội về giảm thuế giá trị gia tăng"} <= labels
    assert not any("hình thức" in label for label in labels)


def test_a_steering_committee_named_with_its_period_meets() -> None:
    facts = facts_of("Chiều 14/10/2022, Ban Chỉ đạo các dự án trọng điểm tỉnh Hà Nam giai đoạn 2021- 2025 họp đánh giá tiến "
                     "độ các dự án. Đồng chí Trần Văn Khải, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì cuộc họp.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Cuộc họp đánh giá tiến độ các dự án", date(2022, 10, 14))]
    assert {(o.org, o.meeting) for o in facts.organizers} == {
        ("Ban Chỉ đạo các dự án trọng điểm tỉnh Hà Nam", facts.meetings[0].key)}
    assert roles(facts) == {("chaired", "Trần Văn Khải")}


def test_a_court_deputy_written_alone_is_of_the_court_the_article_names() -> None:
    facts = facts_of("Sáng 10/1/2025, TAND tỉnh Bình Định tổ chức buổi gặp mặt. Dự có Chánh án TAND tỉnh Bình Định "
                     "Trần Văn Tâm; các Phó Chánh án Lê Thị Hoa, Võ Văn Bảy.")
    assert posts(facts)["Lê Thị Hoa"] == posts(facts)["Võ Văn Bảy"] == {"Phó Chánh án Tòa án nhân dân tỉnh Bình Định"}


def test_a_body_someone_acts_on_behalf_of_is_not_where_the_post_is() -> None:
    facts = facts_of("Tòa án nhân dân tỉnh Phú Yên đã tổ chức lễ công bố quyết định về công tác cán bộ. Tại lễ, ông Trần "
                     "Văn Dũng thay mặt Tòa án nhân dân tối cao trao quyết định bổ nhiệm phó chánh án cho ông Lê Văn Tám.")
    assert {(c.person, c.post.label) for c in facts.changes} == {
        ("Lê Văn Tám", "Phó Chánh án Tòa án nhân dân tỉnh Phú Yên")}


def test_an_acting_head_abbreviated_q_is_acting() -> None:
    facts = facts_of("Phát biểu tại hội nghị, Q.Cục trưởng Cục Thống kê tỉnh Bình Phước Nguyễn Văn Sáu cho biết kết quả.")
    assert posts(facts)["Nguyễn Văn Sáu"] == {"Quyền Cục trưởng Cục Thống kê tỉnh Bình Phước"}


def test_a_list_of_bare_numbers_after_one_kind_is_one_document_each() -> None:
    facts = facts_of("Ông yêu cầu đi đầu trong triển khai các Nghị quyết của Bộ Chính trị (Nghị quyết 57, 59, 66, 68). "
                     "Theo Quyết định số 12, 5 đồng chí được khen thưởng.")
    assert sorted(d.number or "" for d in facts.documents if d.number) == ["12", "57", "59", "66", "68"]


def test_the_party_committee_of_a_unit_written_by_its_kind_is_that_units() -> None:
    facts = facts_of("Đồng chí Lê Văn An, Bí thư Đảng ủy Bộ Xây dựng, dự hội nghị. Đồng chí Trần Văn Bình được chỉ định giữ "
                     "chức Bí thư Đảng ủy Bộ. Đồng chí Lê Văn Cường, Ủy viên Ban Thường vụ Đảng ủy Tập đoàn, phát biểu.")
    assert posts(facts)["Trần Văn Bình"] == {"Bí thư Đảng ủy Bộ Xây dựng"}
    assert posts(facts)["Lê Văn Cường"] == {"Ủy viên Ban Thường vụ Đảng ủy Tập đoàn"}


def test_a_meeting_dated_right_after_its_name_by_a_time_of_day() -> None:
    facts = facts_of(" date 2025-10-18 Bà Lê Thị Thảo được bầu giữ chức Chủ tịch Hội.\n\nHội nghị bất thường Ban Chấp hành "
                     "Trung ương Hội Chữ thập đỏ Việt Nam chiều 18/10 nhất trí bầu bà Thảo làm Chủ tịch.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Hội nghị bất thường Ban Chấp hành Trung ương Hội Chữ thập đỏ Việt Nam", date(2025, 10, 18))]


def test_a_photo_counter_ends_a_bodys_name() -> None:
    facts = facts_of("Bí thư T.Ư Đoàn Nguyễn Văn Lương làm Chủ tịch Hội Sinh viên Việt Nam ảnh 1\nSáng 5/3/2021, Hội Sinh "
                     "viên Việt Nam tổ chức hội nghị.")
    assert "Chủ tịch Hội Sinh viên Việt Nam" in posts(facts)["Nguyễn Văn Lương"]


def test_a_title_opening_a_list_of_its_own_after_a_semicolon() -> None:
    facts = facts_of("Hiện lãnh đạo Sở Y tế tỉnh Phú Yên có 4 người. Giám đốc là ông Nguyễn Văn Hòa; các phó giám đốc gồm "
                     "các ông, bà: Lê Văn Hoa, Cung Thị Anh, Trần Văn Thanh.")
    assert posts(facts)["Nguyễn Văn Hòa"] == {"Giám đốc Sở Y tế tỉnh Phú Yên"}
    assert posts(facts)["Lê Văn Hoa"] == posts(facts)["Cung Thị Anh"] == {"Phó Giám đốc Sở Y tế tỉnh Phú Yên"}


def test_the_head_of_state_written_with_the_countrys_full_name() -> None:
    facts = facts_of("Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Trần Văn Quang đã ký Quyết định số 1261/QĐ-CTN.")
    assert posts(facts)["Trần Văn Quang"] == {"Chủ tịch nước"}


def test_a_renamed_steering_committee_keeps_the_name_of_its_time() -> None:
    facts = facts_of("Ông Lê Văn Tám, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng phát biểu. Ông Lê Văn Chín, "
                     "Ủy viên Ban Chỉ đạo Trung ương về PCTNTC dự.")
    assert posts(facts)["Lê Văn Tám"] == {"Trưởng ban Chỉ đạo Trung ương về phòng, chống tham nhũng"}
    assert posts(facts)["Lê Văn Chín"] == {"Ủy viên Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"}


def test_the_front_itself_is_not_its_central_committee() -> None:
    facts = facts_of("Sáng 5/3/2024, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức hội nghị về vai trò của Mặt trận Tổ "
                     "quốc Việt Nam trong xây dựng Đảng.")
    assert {o.label for o in facts.orgs if not o.implied} >= {"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                                                             "Mặt trận Tổ quốc Việt Nam"}


def test_names_listed_before_là_share_the_post_and_national_associations_by_name() -> None:
    facts = facts_of("Ông Phạm Văn An và Nguyễn Hồng Bình là Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam; "
                     "ông Lê Văn Cường là Tổng thư ký.")
    found = posts(facts)
    assert found["Phạm Văn An"] == found["Nguyễn Hồng Bình"] == {
        "Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"}


def test_our_country_ends_a_units_name_unless_a_place_follows() -> None:
    facts = facts_of("Bà Trần Thị Hoa, Chủ tịch Hội Chữ thập đỏ Việt Nam, muốn xây dựng Hội Chữ thập đỏ Việt Nam "
                     "chuyên nghiệp. Ông Vũ Văn Luyến, Chủ tịch Hội Sinh viên Việt Nam tỉnh, dự.")
    assert {o.label for o in facts.orgs} >= {"Hội Chữ thập đỏ Việt Nam"}
    assert not any("chuyên nghiệp" in o.label for o in facts.orgs)
    assert posts(facts)["Vũ Văn Luyến"] == {"Chủ tịch Hội Sinh viên Việt Nam tỉnh"}


def test_a_leader_who_met_with_bodies_and_a_visit_only_on_the_way_there() -> None:
    met = facts_of("Sáng 14/5/2024, Phó Thủ tướng Lê Văn Khải đã họp với NHNN và các bộ ngành liên quan về công tác quản "
                   "lý thị trường vàng. Phó Thủ tướng yêu cầu NHNN công bố quyết định thanh tra.")
    assert [(m.label, m.date) for m in met.meetings if m.held] == [
        ("Buổi họp với NHNN và các bộ ngành liên quan", date(2024, 5, 14))]
    assert ("Lê Văn Khải", "spokeAt") in {(r.person, r.relation) for r in met.roles}
    worked = facts_of("Chiều 30/1/2023, tại Cần Thơ, sau khi đi kiểm tra hiện trường, Thủ tướng Phạm Văn Chinh làm việc với "
                      "các bộ, ngành, địa phương để tháo gỡ vướng mắc của các dự án.")
    assert [m.label for m in worked.meetings if m.held] == [
        "Buổi làm việc của Thủ tướng Phạm Văn Chinh với các bộ, ngành, địa phương"]


def test_two_meetings_held_together_share_their_day() -> None:
    facts = facts_of("Chiều 28-7-2020, Ban Thường vụ Tỉnh ủy Nam Định tổ chức hội nghị cán bộ chủ chốt của tỉnh và hội nghị "
                     "Ban Chấp hành Đảng bộ tỉnh lần thứ 37 (khóa XIX) để thực hiện quy trình nhân sự.")
    assert {(m.label, m.date) for m in facts.meetings if m.held} == {
        ("Hội nghị cán bộ chủ chốt của tỉnh", date(2020, 7, 28)),
        ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 37 (khóa XIX)", date(2020, 7, 28))}


def test_provinces_listed_after_a_plural_are_guests_and_an_honorary_post_is_no_attendance() -> None:
    facts = facts_of("Ngày 22-8-2012, Hội Cựu chiến binh tỉnh tổ chức Đại hội Đại biểu lần thứ V. Đại hội đón tiếp đồng chí "
                     "Nguyễn Chí Dương, Bí thư Tỉnh ủy; đại diện Hội CCB các tỉnh Khánh Hòa, Phú Yên. Nhân dịp này, Đại "
                     "tướng Võ Văn Giang, Chủ tịch danh dự Hội CCB Việt Nam đã gửi lẵng hoa chúc mừng Đại hội.")
    assert posts(facts)["Nguyễn Chí Dương"] == {"Bí thư Tỉnh ủy"}
    assert posts(facts)["Võ Văn Giang"] == {"Chủ tịch danh dự Hội Cựu chiến binh Việt Nam"}
    assert ("Võ Văn Giang", "attended") not in {(r.person, r.relation) for r in facts.roles}


def test_a_local_congress_resolution_named_by_its_body_after_the_number() -> None:
    facts = facts_of("Ngày 12/5/2022, Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Định Hóa về kết quả thực hiện "
                     "Nghị quyết Đại hội lần thứ XX của Đảng bộ tỉnh, Nghị quyết Đại hội lần thứ XXIV Đảng bộ huyện Định Hóa.")
    assert {d.label for d in facts.documents} == {"Nghị quyết Đại hội lần thứ XX của Đảng bộ tỉnh",
                                                  "Nghị quyết Đại hội lần thứ XXIV Đảng bộ huyện Định Hóa"}


def test_a_chaired_working_session_of_a_body_is_held() -> None:
    facts = facts_of("Đồng chí Nguyễn Văn Vinh - Bí thư Tỉnh ủy nhấn mạnh điều này khi chủ trì cuộc làm việc của Ban Thường "
                     "vụ Tỉnh ủy Nghệ An sáng 22/8/2018 để nghe kết quả thực hiện Đề án số 12-ĐA/TU.")
    assert [m.label for m in facts.meetings if m.held] == ["Cuộc làm việc của Ban Thường vụ Tỉnh ủy Nghệ An"]
    assert ("Nguyễn Văn Vinh", "chaired") in {(r.person, r.relation) for r in facts.roles}


def test_a_body_that_hears_a_report_under_a_chair_sits() -> None:
    facts = facts_of("Sáng 28-9-2011, dưới sự chủ trì của Chủ tịch QH Nguyễn Sinh Hải, Ủy ban Thường vụ Quốc hội (TVQH) nghe "
                     "Ban Dân nguyện báo cáo công tác tiếp công dân.")
    assert [(m.label, m.date) for m in facts.meetings if m.held] == [
        ("Phiên họp Ủy ban Thường vụ Quốc hội", date(2011, 9, 28))]
    assert ("Nguyễn Sinh Hải", "chaired") in {(r.person, r.relation) for r in facts.roles}
    assert {o.org for o in facts.organizers} == {"Ủy ban Thường vụ Quốc hội"}


def test_a_number_ends_a_units_name_before_a_word_in_lowercase() -> None:
    facts = facts_of("Ngày 26/6/2020, Thiếu tướng Lê Hồng Nhân, Phó tư lệnh, Tham mưu trưởng Quân khu 4 quán triệt ý định Hội "
                     "nghị bàn giao. Ông Lê Văn Ba, Hiệu trưởng Trường THPT số 2 huyện Ba Vì dự.")
    assert posts(facts)["Lê Hồng Nhân"] == {"Phó Tư lệnh Quân khu 4", "Tham mưu trưởng Quân khu 4"}
    assert posts(facts)["Lê Văn Ba"] == {"Hiệu trưởng Trường THPT số 2 huyện Ba Vì"}


def test_a_working_session_named_by_whose_it_is_in_a_lead() -> None:
    facts = facts_of("Ngày 12/5/2022, Buổi làm việc của Ban Thường vụ Tỉnh ủy Thái Nguyên với Ban Thường vụ Huyện ủy Định Hóa "
                     "nhằm đánh giá kết quả thực hiện Nghị quyết Đại hội.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label == "Buổi làm việc của Ban Thường vụ Tỉnh ủy Thái Nguyên với Ban Thường vụ Huyện ủy Định Hóa"
    assert {o.org for o in facts.organizers} == {"Ban Thường vụ Tỉnh ủy Thái Nguyên"}


def test_a_leader_and_a_delegation_at_work_name_the_leaders_session() -> None:
    facts = facts_of("Sáng 19/1/2017, tại thành phố Tuy Hòa, Thủ tướng Nguyễn Xuân Phú và Đoàn công tác Chính phủ làm việc với "
                     "lãnh đạo chủ chốt tỉnh Phú Yên.")
    assert [m.label for m in facts.meetings if m.held] == [
        "Buổi làm việc của Thủ tướng Nguyễn Xuân Phú với lãnh đạo chủ chốt tỉnh Phú Yên"]


def test_citizens_reception_days_dialogues_and_signing_ceremonies_are_meetings() -> None:
    reception = facts_of("Ngày 15/2/2019, tại Trụ sở Tiếp công dân tỉnh, ông Hà Văn Tâm, Phó Chủ tịch UBND tỉnh đã chủ trì "
                         "tiếp công dân định kỳ.")
    assert [(m.label, m.date, m.held) for m in reception.meetings] == [("Tiếp công dân định kỳ", date(2019, 2, 15), True)]
    assert roles(reception) == {("chaired", "Hà Văn Tâm")}
    dialogue = facts_of("Chiều 30/10/2023, ông Lưu Minh Đức, Chủ tịch UBND huyện Đông Giang đã có buổi đối thoại trực tiếp với "
                        "nhân dân xã Tà Lu.")
    assert [m.label for m in dialogue.meetings] == ["Buổi đối thoại trực tiếp với nhân dân xã Tà Lu"]
    signing = facts_of("Ngày 25/5/2022, lễ ký kết quy chế phối hợp giữa Sở Tư pháp và Sở Nội vụ tỉnh Bình Định đã diễn ra.")
    assert [m.label for m in signing.meetings] == ["Lễ ký kết quy chế phối hợp giữa Sở Tư pháp và Sở Nội vụ tỉnh Bình Định"]


def test_co_chairs_listed_with_their_titles_before_a_tense_word_and_a_name_with_an_abbreviation() -> None:
    facts = facts_of("Sáng 10/10/2025, Hội nghị Ban Thường vụ T.Ư Đoàn lần thứ 12, khóa XII khai mạc. Đồng chí Hà Văn Tâm, Phó "
                     "Bí thư Tỉnh ủy; đồng chí Lưu Minh Đức, Trưởng Ban Nội chính Tỉnh ủy và đồng chí Lý Thị Hoa, Phó Chủ tịch "
                     "HĐND tỉnh đã chủ trì hội nghị.")
    assert [m.label for m in facts.meetings if m.main] == ["Hội nghị Ban Thường vụ T.Ư Đoàn lần thứ 12, khóa XII"]
    assert roles(facts) == {("chaired", name) for name in ("Hà Văn Tâm", "Lưu Minh Đức", "Lý Thị Hoa")}


def test_witnesses_and_signers_of_an_agreement_attend_its_signing() -> None:
    facts = facts_of("Sáng 11/11/2021, tại thành phố Thanh Hóa đã diễn ra lễ ký kết thỏa thuận hợp tác giữa hai tỉnh. Dưới sự "
                     "chứng kiến của đồng chí Hà Văn Tâm, Bí thư Tỉnh ủy, đồng chí Lưu Minh Đức, Phó Chủ tịch UBND tỉnh và đồng "
                     "chí Lý Thị Hoa, Giám đốc Sở Ngoại vụ đã ký kết thỏa thuận.")
    assert roles(facts) == {("attended", name) for name in ("Hà Văn Tâm", "Lưu Minh Đức", "Lý Thị Hoa")}


def test_a_ceremony_that_took_place_is_named_where_the_text_says_so_not_where_it_is_attended() -> None:
    facts = facts_of("Sáng 26/11, tại hội trường UBND tỉnh đã diễn ra lễ ký kết phối hợp công tác giữa Sở Tư pháp với Sở Nội "
                     "vụ. Dự lễ ký kết có các đồng chí: Hà Văn Tâm, Phó Chủ tịch UBND tỉnh.")
    assert [(m.label, m.held) for m in facts.meetings if m.main] == \
        [("Lễ ký kết phối hợp công tác giữa Sở Tư pháp với Sở Nội vụ", True)]
    assert roles(facts) == {("attended", "Hà Văn Tâm")}


def test_a_member_of_a_party_organ_written_bare_sits_in_the_organ_of_the_post_written_next() -> None:
    facts = facts_of("Ngày 12/3/2020, bà Lý Thị Hoa, Ủy viên Đảng đoàn, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam phát "
                     "biểu. Ông Hà Văn Tâm, Ủy viên Đảng đoàn, Chủ nhiệm Ủy ban Pháp luật của Quốc hội dự. Ông Lưu Minh Đức, "
                     "Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh Cà Mau chủ trì.")
    got = posts(facts)
    assert got["Lý Thị Hoa"] == {"Ủy viên Đảng đoàn Tổng Liên đoàn Lao động Việt Nam",
                                 "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"}
    assert got["Hà Văn Tâm"] == {"Ủy viên Đảng đoàn Quốc hội", "Chủ nhiệm Ủy ban Pháp luật của Quốc hội"}
    assert got["Lưu Minh Đức"] == {"Bí thư Ban cán sự đảng Ủy ban nhân dân tỉnh Cà Mau", "Chủ tịch Ủy ban nhân dân tỉnh Cà Mau"}


def test_a_plural_title_listed_after_its_principal_was_named_in_the_sentence_before() -> None:
    facts = facts_of("Ngày 12/2/2021, UBND tỉnh Cà Mau thành lập Ủy ban bầu cử tỉnh. Chủ tịch Ủy ban bầu cử là ông Hà Văn Tâm, "
                     "Bí thư Tỉnh ủy. Các phó chủ tịch gồm: ông Lưu Minh Đức, Phó Bí thư Tỉnh ủy; bà Lý Thị Hoa, Phó Chủ tịch "
                     "HĐND tỉnh.")
    got = posts(facts)
    assert "Phó Chủ tịch Ủy ban bầu cử" in got["Lưu Minh Đức"] and "Phó Chủ tịch Ủy ban bầu cử" in got["Lý Thị Hoa"]
    assert "Phó Chủ tịch Ủy ban bầu cử" not in got["Hà Văn Tâm"]


def test_a_province_given_aid_is_not_where_the_article_is() -> None:
    facts = facts_of("Ngày 25/12/2024, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị. Ông Hà Văn Tâm, Chủ tịch Ủy ban MTTQ Việt "
                     "Nam tỉnh chủ trì. Năm qua, Mặt trận đã vận động 2 tỷ đồng hỗ trợ tỉnh Điện Biên làm nhà đại đoàn kết.")
    assert posts(facts)["Hà Văn Tâm"] == {"Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"}


def test_the_front_s_central_committee_abbreviated_in_one_word_and_a_given_name_that_is_also_a_credit() -> None:
    facts = facts_of("Ngày 10/1/2012, Chủ tịch UBTWMTTQ Việt Nam Hà Văn Tâm chủ trì hội nghị. Ông Lưu Văn Ảnh, Giám đốc Sở "
                     "Tài chính tỉnh Lào Cai phát biểu. Ông Lý Văn Hòa dự hội nghị. Ảnh: TTXVN")
    got = posts(facts)
    assert got["Hà Văn Tâm"] == {"Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}
    assert got["Lưu Văn Ảnh"] == {"Giám đốc Sở Tài chính tỉnh Lào Cai"}
    assert "Lý Văn Hòa" in got


def test_titles_joined_by_a_slash_and_the_party_committee_of_a_numbered_ward() -> None:
    facts = facts_of("Ngày 1/9/2023, bà Lý Thị Hoa – Phó Bí thư / Chủ tịch UBND phường 1 phát biểu. Ông Hà Văn Tâm, Phó Bí "
                     "thư, Chủ tịch UBND phường 7 dự.")
    got = posts(facts)
    assert got["Lý Thị Hoa"] == {"Phó Bí thư Đảng ủy phường 1", "Chủ tịch Ủy ban nhân dân phường 1"}
    assert got["Hà Văn Tâm"] == {"Phó Bí thư Đảng ủy phường 7", "Chủ tịch Ủy ban nhân dân phường 7"}


def test_museums_theatres_and_libraries_are_units_also_when_named_by_their_province() -> None:
    facts = facts_of("Ngày 5/3/2021, UBND tỉnh Hải Dương bổ nhiệm bà Lý Thị Hoa giữ chức Giám đốc Bảo tàng tỉnh Hải Dương. "
                     "Ông Hà Văn Tâm, Phó Giám đốc Nhà hát Trưng Vương và ông Lưu Minh Đức, Giám đốc Thư viện tỉnh Hải "
                     "Dương dự.")
    assert posts(facts) == {"Lý Thị Hoa": {"Giám đốc Bảo tàng tỉnh Hải Dương"},
                            "Hà Văn Tâm": {"Phó Giám đốc Nhà hát Trưng Vương"},
                            "Lưu Minh Đức": {"Giám đốc Thư viện tỉnh Hải Dương"}}


def test_schools_written_in_lowercase_or_abbreviated_and_a_team_s_name_ends_before_its_head_s_verb() -> None:
    facts = facts_of("Ngày 11/10/2025, bà Lý Thị Hoa được bổ nhiệm làm Hiệu trưởng Trường đại học Quang Trung. Ông Hà Văn "
                     "Tâm được bổ nhiệm lại làm Hiệu trưởng Trường CĐ Công nghệ thông tin. Kết thúc cuộc họp, ông Lưu Minh "
                     "Đức, Phó Chủ tịch HĐND huyện Mỏ Cày Nam, Trưởng Đoàn giám sát chuyên đề kết luận cuộc họp.")
    got = posts(facts)
    assert got["Lý Thị Hoa"] == {"Hiệu trưởng Trường Đại học Quang Trung"}  # written out as the lexicon spells it
    assert got["Hà Văn Tâm"] == {"Hiệu trưởng Trường Cao đẳng Công nghệ thông tin"}
    assert not any("kết luận" in label for label in got["Lưu Minh Đức"])


def test_a_chain_of_titles_ending_with_its_province_is_of_that_province() -> None:
    facts = facts_of("Ngày 5/11/2018, Ban Bí thư kỷ luật Giám đốc Sở GD&ĐT Hòa Bình Lý Văn Hòa. Theo đó, ông Hà Văn Tâm – Tỉnh "
                     "ủy viên, Bí thư Đảng ủy, Giám đốc Sở GD&ĐT, Chủ tịch Hội đồng thi THPT quốc gia năm 2018 tỉnh Hà Giang "
                     "đã thiếu trách nhiệm.")
    got = posts(facts)["Hà Văn Tâm"]
    assert "Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Giang" in got
    assert not any("Hòa Bình" in label for label in got)


def test_a_congress_named_with_an_abbreviation_given_in_passing() -> None:
    facts = facts_of("Ngày 14/7/2019, Đại hội đại biểu Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh Yên Bái lần thứ XV (nhiệm kỳ 2019 "
                     "- 2024) đã bế mạc. Tham dự bế mạc Đại hội có Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Hà Văn Tâm.")
    assert [(m.label, m.held) for m in facts.meetings if m.main] == \
        [("Đại hội Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái lần thứ XV, nhiệm kỳ 2019-2024", True)]
    assert roles(facts) == {("attended", "Hà Văn Tâm")}


def test_a_name_inside_a_body_s_name_is_no_person() -> None:
    facts = facts_of("Sáng 25/5/2016, Hội đồng góp ý vào dự thảo Đề án “Đổi mới mô hình Hội đồng Lý Luận Trung ương”. Ông Hà "
                     "Văn Tâm, Chủ tịch Hội đồng Lý luận Trung ương chủ trì.")
    assert set(posts(facts)) == {"Hà Văn Tâm"}


def test_a_post_one_is_proposed_for_is_not_held() -> None:
    facts = facts_of("Ngày 3/5/2016, Ban Thường vụ Tỉnh ủy Thanh Hóa chỉ định ông Hà Văn Tâm, Phó Giám đốc Sở Tài chính tham gia "
                     "Ban Chấp hành và giữ chức Phó Bí thư Huyện ủy Nông Cống, giới thiệu ứng cử để HĐND huyện Nông Cống bầu "
                     "giữ chức Chủ tịch UBND huyện Nông Cống.")
    assert "Chủ tịch Ủy ban nhân dân huyện Nông Cống" not in posts(facts)["Hà Văn Tâm"]


def test_a_congress_numbered_in_words_is_the_party_body_s() -> None:
    facts = facts_of("Ngày 26/7/2025, Đảng bộ xã Tân Mỹ đã tổ chức Đại hội Đại biểu lần thứ Nhất, nhiệm kỳ 2025-2030. Dự Đại "
                     "hội có đồng chí Hà Văn Tâm, Phó Chủ tịch UBND tỉnh.")
    assert [(m.label, m.date) for m in facts.meetings if m.main] == \
        [("Đại hội đại biểu Đảng bộ xã Tân Mỹ lần thứ nhất, nhiệm kỳ 2025-2030", date(2025, 7, 26))]
    assert roles(facts) == {("attended", "Hà Văn Tâm")}


def test_a_unit_s_party_organisation_holds_its_congress() -> None:
    facts = facts_of("Ngày 10-2-2020, Đảng bộ Văn phòng UBND tỉnh Bắc Giang Đại hội lần thứ VIII, nhiệm kỳ 2020-2025. Ngày "
                     "27/4/2025, Đại hội đại biểu Đảng bộ Tổng công ty Điện lực miền Trung (EVNCPC) lần thứ IV khai mạc.")
    labels = {m.label for m in facts.meetings}
    assert "Đại hội đại biểu Đảng bộ Văn phòng Ủy ban nhân dân tỉnh Bắc Giang lần thứ VIII, nhiệm kỳ 2020-2025" in labels
    assert "Đại hội đại biểu Đảng bộ Tổng công ty Điện lực miền Trung lần thứ IV" in labels
    assert not any(re.fullmatch(r"Đại hội [IVXLC]+", label) for label in labels)  # no national congress
    assert {"Đảng bộ Văn phòng Ủy ban nhân dân tỉnh Bắc Giang", "Đảng bộ Tổng công ty Điện lực miền Trung"} \
        <= {o.label for o in facts.orgs}


def test_a_congress_the_party_s_office_in_a_body_holds() -> None:
    facts = facts_of("Ngày 25/7/2015, tại Cần Thơ, Đảng bộ cơ quan thường trực Ban Chỉ đạo Tây Bắc đã tổ chức Đại hội lần "
                     "thứ III nhiệm kỳ 2015-2020.")
    assert [m.label for m in facts.meetings] == \
        ["Đại hội đại biểu Đảng bộ cơ quan thường trực Ban Chỉ đạo Tây Bắc lần thứ III, nhiệm kỳ 2015-2020"]


def test_a_congress_written_with_khoa_for_its_number() -> None:
    facts = facts_of("Chiều 31/7/2020, Đại hội Đại biểu Đảng bộ TP Hà Giang khóa XXI, nhiệm kỳ 2020 - 2025 tiếp tục phiên "
                     "làm việc chính thức.")
    assert [m.label for m in facts.meetings] == \
        ["Đại hội đại biểu Đảng bộ Thành phố Hà Giang lần thứ XXI, nhiệm kỳ 2020-2025"]


def test_a_mass_organisation_s_congress_without_its_number() -> None:
    facts = facts_of("Sáng 12/6/2021, Đại hội Hội Liên hiệp Phụ nữ tỉnh Lào Cai nhiệm kỳ 2021-2026 khai mạc. Phát biểu tại "
                     "đại hội Hội Nông dân tỉnh Lào Cai, ông Hà Văn Tâm khẳng định vai trò của Hội. Trung ương Đoàn duyệt "
                     "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Lào Cai.")
    labels = {m.label for m in facts.meetings}
    assert labels == {"Đại hội Hội Liên hiệp Phụ nữ tỉnh Lào Cai, nhiệm kỳ 2021-2026", "Đại hội Hội Nông dân tỉnh Lào Cai"}
    assert roles(facts) == {("spokeAt", "Hà Văn Tâm")}


def test_a_round_table_or_a_review_the_body_organises_is_a_meeting() -> None:
    facts = facts_of("Chiều 12/10/2020, Huyện ủy Cam Lộ tổ chức buổi tọa đàm kỷ niệm 90 năm ngày thành lập các ban Đảng. "
                     "Ngày 28/6/2011, Ủy ban nhân dân quận 3 tổ chức tổng kết công tác bầu cử đại biểu Quốc hội khóa XIII. "
                     "Đến dự có ông Hà Văn Tâm, Chủ tịch UBND quận 3.")
    assert {(m.label, m.date) for m in facts.meetings} == {
        ("Tọa đàm kỷ niệm 90 năm ngày thành lập các ban Đảng", date(2020, 10, 12)),
        ("Hội nghị tổng kết công tác bầu cử đại biểu Quốc hội khóa XIII", date(2011, 6, 28))}
    assert {(o.org, o.meeting.split(" ", 1)[1]) for o in facts.organizers} >= {
        ("Huyện ủy Cam Lộ", "Tọa đàm kỷ niệm 90 năm ngày thành lập các ban Đảng")}


def test_a_leader_working_in_a_province_and_whoever_goes_with_him() -> None:
    facts = facts_of("Sáng ngày 11/6/2022, Bộ trưởng Hà Văn Tâm cùng Thứ trưởng Lê Văn Nam và đoàn công tác Bộ GD&ĐT đã làm "
                     "việc tại tỉnh Yên Bái.")
    assert [m.label for m in facts.meetings] == ["Buổi làm việc của Bộ trưởng Hà Văn Tâm tại tỉnh Yên Bái"]


def test_a_chairman_of_a_locality_heads_its_people_s_committee() -> None:
    facts = facts_of("Ông Hà Văn Tâm, Chủ tịch tỉnh Lai Châu phát biểu. Về phía huyện Mường Tè có ông Lê Văn Nam, Phó Chủ "
                     "tịch huyện.")
    assert posts(facts) == {"Hà Văn Tâm": {"Chủ tịch Ủy ban nhân dân tỉnh Lai Châu"},
                            "Lê Văn Nam": {"Phó Chủ tịch Ủy ban nhân dân huyện Mường Tè"}}


def test_every_title_chained_after_nguyen_was_held_before() -> None:
    facts = facts_of("Thủ tướng bổ nhiệm ông Hà Văn Tâm - Ủy viên Trung ương Đảng, nguyên Phó Bí thư Tỉnh ủy, Trưởng ban Tổ chức "
                     "Tỉnh ủy Bình Thuận - giữ chức Thứ trưởng Bộ Xây dựng.")
    assert posts(facts)["Hà Văn Tâm"] == {"Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Xây dựng"}


def test_the_province_s_assembly_delegation_and_the_assembly_s_abroad() -> None:
    facts = facts_of("Sáng 2/10/2019, tại tỉnh Cao Bằng, các đại biểu Quốc hội: Hà Văn Tâm, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu "
                     "Quốc hội; Lê Văn Nam – Phó trưởng đoàn đại biểu Quốc hội tiếp xúc cử tri. Ông Trần Văn Bình, Phó trưởng "
                     "Đoàn Đại biểu Quốc hội Việt Nam thăm Lào.")
    assert "Phó Trưởng đoàn Đại biểu Quốc hội tỉnh Cao Bằng" in posts(facts)["Lê Văn Nam"]
    assert "Trưởng đoàn Đại biểu Quốc hội tỉnh Cao Bằng" in posts(facts)["Hà Văn Tâm"]
    assert posts(facts)["Trần Văn Bình"] == {"Phó Trưởng đoàn Đại biểu Quốc hội Việt Nam"}


def test_guests_a_congress_welcomes_attend_it() -> None:
    facts = facts_of("Sáng 17/10/2016, Đại hội Phụ nữ tỉnh Hà Nam lần thứ X khai mạc. Đại hội vinh dự đón tiếp bà Hà Thị Tâm - "
                     "Ủy viên Đoàn chủ tịch, Trưởng ban Công tác phía Nam Hội LHPN Việt Nam, bà Lê Thị Nam – Phó chủ tịch "
                     "Hội đồng Nhân dân tỉnh, bà Trần Thị Bình - Phó trưởng Ban Dân vận Tỉnh ủy.")
    assert roles(facts) == {("attended", "Hà Thị Tâm"), ("attended", "Lê Thị Nam"), ("attended", "Trần Thị Bình")}


def test_a_head_with_its_kind_of_body_alone_before_a_name() -> None:
    facts = facts_of("Sở Y tế tỉnh Gia Lai thành lập 2 đoàn công tác do Giám đốc Sở Y tế Hà Văn Tâm và Phó Giám đốc Sở Lê Văn "
                     "Nam làm trưởng đoàn. Thứ trưởng Bộ Nội vụ Trần Văn Bình và Thứ trưởng Bộ Đỗ Văn Cường dự.")
    assert posts(facts)["Lê Văn Nam"] == {"Phó Giám đốc Sở Y tế tỉnh Gia Lai"}
    assert posts(facts)["Đỗ Văn Cường"] == {"Thứ trưởng Bộ Nội vụ"}


def test_a_lowercase_title_with_its_body_before_a_full_name() -> None:
    facts = facts_of("Câu hỏi chất vấn của đại biểu HĐND tỉnh Hà Thị Tâm – Trưởng Ban Dân tộc HĐND tỉnh Khánh Hòa. Phát biểu tại "
                     "hội trường, đại biểu Quốc hội Lê Văn Nam cho rằng cần sửa luật; các đại biểu đề nghị sửa đổi.")
    assert posts(facts) == {"Hà Thị Tâm": {"Đại biểu Hội đồng nhân dân tỉnh Khánh Hòa",
                                           "Trưởng ban Dân tộc Hội đồng nhân dân tỉnh Khánh Hòa"},
                            "Lê Văn Nam": {"Đại biểu Quốc hội"}}


def test_a_session_numbered_without_thu() -> None:
    facts = facts_of("Từ ngày 10/9 đến ngày 12/9/2018, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ 29. Ông Hà Văn Tâm, Chủ "
                     "nhiệm Ủy ban Kiểm tra Trung ương chủ trì kỳ họp.")
    assert [m.label for m in facts.meetings] == ["Kỳ họp thứ 29 Ủy ban Kiểm tra Trung ương"]
    assert roles(facts) == {("chaired", "Hà Văn Tâm")}


def test_a_session_is_not_of_the_party_organisations_it_examines() -> None:
    facts = facts_of("Trong các ngày 6 và 7/5/2019, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp Kỳ thứ 41. Tại kỳ họp thứ 41, "
                     "xem xét báo cáo đề nghị thi hành kỷ luật một số đảng viên vi phạm tại các Đảng bộ Bắc Giang.")
    assert {m.label for m in facts.meetings} == {"Kỳ họp thứ 41 Ủy ban Kiểm tra Trung ương"}


def test_innovation_and_creativity_are_words_of_a_unit_s_name() -> None:
    # `mới` (new) and `sáng` (morning) end a unit's name, but not in `đổi mới` and `sáng tạo`
    facts = facts_of("Chiều 6/3, ông Hà Văn Tâm, Cục trưởng Cục Phát triển công nghệ và Đổi mới sáng tạo phát biểu.")
    assert posts(facts) == {"Hà Văn Tâm": {"Cục trưởng Cục Phát triển công nghệ và Đổi mới sáng tạo"}}


def test_a_trade_union_is_named_by_its_trade_or_by_the_unit_it_serves() -> None:
    facts = facts_of("Ngày 20/3/2015, bà Lê Thị Mai, Chủ tịch Công đoàn Giáo dục và Đào tạo huyện Phong Điền phát biểu; "
                     "ông Hà Văn Tâm, Chủ tịch Công đoàn Tập đoàn Điện lực Việt Nam dự.")
    assert posts(facts) == {"Lê Thị Mai": {"Chủ tịch Công đoàn Giáo dục và Đào tạo huyện Phong Điền"},
                            "Hà Văn Tâm": {"Chủ tịch Công đoàn Tập đoàn Điện lực Việt Nam"}}
    orgs = {o.label for o in facts.orgs}
    assert "Tập đoàn Điện lực Việt Nam" in orgs  # the unit the union serves
    assert "Giáo dục và Đào tạo huyện Phong Điền" not in orgs  # a trade is no body


def test_youth_union_organs_of_districts_and_wards_and_the_surname_lu() -> None:
    facts = facts_of("Ngày 5/5/2022, ông Lư Văn Hòa, Bí thư Thị đoàn Thuận An, và bà Lê Thị Mai, Phó Bí thư Đoàn phường "
                     "Bình Chuẩn, dự hội nghị.")
    assert posts(facts) == {"Lư Văn Hòa": {"Bí thư Thị đoàn Thuận An"},
                            "Lê Thị Mai": {"Phó Bí thư Đoàn phường Bình Chuẩn"}}


def test_a_post_won_in_an_election_is_held() -> None:
    facts = facts_of("Ngày 20/3/2015, bà Lê Thị Mai, đắc cử Chủ tịch Hội Nông dân tỉnh Hà Nam; ông Hà Văn Tâm tái đắc cử "
                     "Chủ tịch Hội Nông dân tỉnh Nam Định; ông Lê Văn Nam không trúng cử Chủ tịch Hội Nông dân tỉnh Ninh Bình.")
    assert posts(facts) == {"Lê Thị Mai": {"Chủ tịch Hội Nông dân tỉnh Hà Nam"},
                            "Hà Văn Tâm": {"Chủ tịch Hội Nông dân tỉnh Nam Định"}, "Lê Văn Nam": set()}


def test_an_academy_s_head_written_alone_heads_the_one_named_before() -> None:
    facts = facts_of("Sáng 6/3/2025, Học viện Chiến lược Khoa học và Công nghệ, do ông Hà Văn Tâm làm Giám đốc, tổ chức hội "
                     "nghị.")
    assert posts(facts) == {"Hà Văn Tâm": {"Giám đốc Học viện Chiến lược Khoa học và Công nghệ"}}


def test_a_school_named_after_a_person_and_its_head_named_after_it() -> None:
    facts = facts_of("Ông Lê Văn Nam, Hiệu trưởng Trường THPT Cao Bá Quát, phát biểu. Hiệu trưởng Trường THPT Chu Văn An "
                     "Nguyễn Văn Bình dự.")
    assert posts(facts) == {"Lê Văn Nam": {"Hiệu trưởng Trường THPT Cao Bá Quát"},
                            "Nguyễn Văn Bình": {"Hiệu trưởng Trường THPT Chu Văn An"}}


def test_the_central_steering_committees_of_2025() -> None:
    facts = facts_of("Ông Hà Văn Tâm, Trưởng Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật chủ trì. Ông Lê Văn Nam, "
                     "Phó Trưởng Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số dự.")
    assert posts(facts) == {
        "Hà Văn Tâm": {"Trưởng ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật"},
        "Lê Văn Nam": {"Phó Trưởng ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"}}


def test_a_deputy_police_chief_written_pho_cong_an() -> None:
    facts = facts_of("Ngày 5/5/2024, Ủy ban Kiểm tra Huyện ủy Tháp Mười kỷ luật ông Hà Văn Tâm, phó Công an xã Phú Điền; ông "
                     "Lê Văn Nam, Phó Công an huyện Tháp Mười dự.")
    assert posts(facts) == {"Hà Văn Tâm": {"Phó Trưởng Công an xã Phú Điền"},
                            "Lê Văn Nam": {"Phó Trưởng Công an huyện Tháp Mười"}}


def test_a_lone_head_means_no_body_of_a_former_title() -> None:
    facts = facts_of("Ngày 5/3/2025, Sở Xây dựng thành phố Cần Thơ công bố quyết định. Ông Hà Văn Tâm, nguyên Giám đốc Sở Xây "
                     "dựng tỉnh Hậu Giang, giữ chức Giám đốc Sở.")
    assert posts(facts) == {"Hà Văn Tâm": {"Giám đốc Sở Xây dựng Thành phố Cần Thơ"}}


def test_broadcasters_of_a_place_and_an_institute_of_parasites() -> None:
    facts = facts_of("Ông Hà Văn Tâm, Tổng Giám đốc Đài Truyền hình TP.HCM dự. Ông Lê Văn Nam, Phó Giám đốc Đài PT&TH tỉnh "
                     "Quảng Ngãi dự. Ông Lê Văn Hai, Viện trưởng Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương dự.")
    assert posts(facts) == {
        "Hà Văn Tâm": {"Tổng Giám đốc Đài Truyền hình Thành phố Hồ Chí Minh"},
        "Lê Văn Nam": {"Phó Giám đốc Đài Phát thanh và Truyền hình tỉnh Quảng Ngãi"},
        "Lê Văn Hai": {"Viện trưởng Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương"}}


def test_a_board_written_alone_is_the_board_of_the_corporation_the_article_names() -> None:
    facts = facts_of("Ngày 5/5/2023, Tổng công ty Đường sắt Việt Nam tổ chức hội nghị. Thông báo do ông Lê Văn Nam, thành viên "
                     "HĐQT, ký, thay vì Chủ tịch HĐQT Hà Văn Tâm.")
    assert posts(facts) == {"Lê Văn Nam": {"Thành viên Hội đồng quản trị Tổng công ty Đường sắt Việt Nam"},
                            "Hà Văn Tâm": {"Chủ tịch Hội đồng quản trị Tổng công ty Đường sắt Việt Nam"}}


def test_leaders_listed_with_semicolons_then_many_others_attend() -> None:
    facts = facts_of("Sáng 3/5/2022, Đại hội Hội Nông dân tỉnh Hà Nam lần thứ X khai mạc. Bí thư Tỉnh ủy Hà Văn Tâm; Chủ tịch "
                     "UBND tỉnh Lê Văn Nam; Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Lê Văn Hai cùng nhiều đồng chí lãnh "
                     "đạo, nguyên lãnh đạo tỉnh đến dự.")
    assert roles(facts) == {("attended", "Hà Văn Tâm"), ("attended", "Lê Văn Nam"), ("attended", "Lê Văn Hai")}


def test_a_conference_that_assesses_is_no_conference_named_by_its_assessment() -> None:
    facts = facts_of("Các đồng chí: Hà Văn Tâm, Trưởng ban Đối ngoại Trung ương; Lê Văn Nam, Bộ trưởng Bộ Ngoại giao, đồng chủ "
                     "trì Hội nghị. Hội nghị đánh giá, trong bối cảnh tình hình thế giới diễn biến nhanh, công tác đối ngoại "
                     "được triển khai đồng bộ.")
    assert [m.label for m in facts.meetings] == ["Hội nghị"]
    assert roles(facts) == {("chaired", "Hà Văn Tâm"), ("chaired", "Lê Văn Nam")}


def test_a_seminar_chaired_but_never_named() -> None:
    facts = facts_of("Đồng chí Hà Văn Tâm, Trưởng Ban Kinh tế Trung ương, Trưởng Ban Chỉ đạo tổng kết Nghị quyết 39-NQ/TW "
                     "chủ trì Hội thảo. Hội thảo có sự tham gia của các đồng chí thành viên Ban Chỉ đạo, Tổ Biên tập.")
    assert [m.label for m in facts.meetings] == ["Hội thảo"]
    assert posts(facts)["Hà Văn Tâm"] == {"Trưởng ban Kinh tế Trung ương",
                                          "Trưởng ban Chỉ đạo tổng kết Nghị quyết 39-NQ/TW"}
    assert "Ban Chỉ đạo, Tổ Biên tập" not in {o.label for o in facts.orgs}


def test_a_campaign_launched_is_a_ceremony_whose_name_ends_before_its_theme() -> None:
    facts = facts_of("Ngày 18/01/2024, Bộ Chỉ huy Quân sự tỉnh tổ chức phát động Phong trào thi đua Quyết thắng năm 2024 với "
                     "chủ đề: \"Đoàn kết, quyết thắng\". Đại tá Hà Văn Tâm, Chính ủy Bộ Chỉ huy Quân sự tỉnh chủ trì buổi lễ.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Lễ phát động Phong trào thi đua Quyết thắng năm 2024", date(2024, 1, 18))]
    assert ("chaired", "Hà Văn Tâm") in roles(facts)


def test_a_party_committee_electing_on_the_day_the_lead_gives_sits_in_a_plenum() -> None:
    facts = facts_of("Chiều 12/3, Ban Chấp hành Đảng bộ tỉnh Nghệ An đã bầu ông Hà Văn Tâm giữ chức Bí thư Tỉnh ủy. Trước đó, "
                     "Ban Thường vụ Tỉnh ủy giới thiệu nhân sự Bí thư Tỉnh ủy và báo cáo Bộ Chính trị.",
                     published=date(2013, 3, 13))
    assert [(m.label, m.date, m.held) for m in facts.meetings] == [
        ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Nghệ An chiều 12/3", date(2013, 3, 12), True)]
    assert roles(facts) == set()  # `nhân sự Bí thư Tỉnh ủy` is a post to fill, nobody who reports


def test_a_committee_that_met_in_an_extraordinary_session_with_its_term() -> None:
    facts = facts_of("Ngày 6/6, Ban Chấp hành Trung ương Đảng khóa XIII đã họp bất thường để xem xét thi hành kỷ luật.")
    assert [m.label for m in facts.meetings] == ["Cuộc họp bất thường Ban Chấp hành Trung ương Đảng khóa XIII"]


def test_leaders_who_hand_over_a_decision_attend_with_no_receiver_named() -> None:
    facts = facts_of("Sáng 5/5/2020, UBND tỉnh Bắc Ninh tổ chức Lễ công bố Quyết định thành lập Sở Ngoại vụ. Chủ tịch UBND tỉnh "
                     "Hà Văn Tâm và Phó Bí thư Tỉnh ủy Lê Thị Năm trao Quyết định thành lập Sở Ngoại vụ.")
    assert roles(facts) == {("attended", "Hà Văn Tâm"), ("attended", "Lê Thị Năm")}


def test_a_biography_in_brackets_between_a_name_and_its_title() -> None:
    facts = facts_of("Ông Hà Văn Tâm (54 tuổi, quê quán Nam Định, cử nhân kinh tế), Phó ban Thường trực Ban Tuyên giáo Tỉnh ủy "
                     "Bình Thuận, được bầu giữ chức Chủ tịch LĐLĐ tỉnh Bình Thuận.")
    assert posts(facts) == {"Hà Văn Tâm": {"Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy Bình Thuận",
                                           "Chủ tịch Liên đoàn Lao động tỉnh Bình Thuận"}}


def test_leaders_who_take_part_in_a_congress_attend_it() -> None:
    facts = facts_of("Chiều 22/9/2023, Đại hội Công đoàn tỉnh Bình Thuận lần thứ XI bế mạc. Tham gia đại hội có ông Hà Văn Tâm, "
                     "Bí thư Tỉnh ủy Bình Thuận; ông Lê Văn Nam, Chủ tịch HĐND tỉnh Bình Thuận.")
    assert roles(facts) == {("attended", "Hà Văn Tâm"), ("attended", "Lê Văn Nam")}


def test_a_committee_s_plenary_at_the_assembly_s_building_is_the_committee_s_alone() -> None:
    facts = facts_of("Chiều ngày 12/11/2024, tại Nhà Quốc hội, Ủy ban Đối ngoại tổ chức phiên họp toàn thể lần thứ 12. Chủ "
                     "nhiệm Ủy ban Đối ngoại Hà Văn Tâm chủ trì phiên họp.")
    assert {o.org for o in facts.organizers} == {"Ủy ban Đối ngoại của Quốc hội"}


def test_a_unit_s_owner_in_brackets_between_a_title_and_the_name() -> None:
    facts = facts_of("Dự phiên họp có Thiếu tướng, Phó Cục trưởng Cục An ninh nội địa (Bộ Công an) Hà Văn Tâm; Phó Cục trưởng "
                     "Cục Cảnh sát giao thông, Bộ Công an Lê Văn Nam.")
    assert posts(facts) == {"Hà Văn Tâm": {"Phó Cục trưởng Cục An ninh nội địa"},
                            "Lê Văn Nam": {"Phó Cục trưởng Cục Cảnh sát giao thông"}}


def test_a_draft_law_s_name_ends_before_the_title_of_who_presents_it() -> None:
    facts = facts_of("Trình bày báo cáo về dự thảo Luật Tư pháp người chưa thành niên, Chủ nhiệm Ủy ban Tư pháp Hà Văn Tâm "
                     "nêu rõ, dự luật còn 10 nội dung lớn.")
    assert [d.label for d in facts.documents] == ["Luật Tư pháp người chưa thành niên"]


def test_a_session_continued_under_a_vice_chair_is_the_standing_committee_s_own() -> None:
    facts = facts_of("Tiếp tục phiên họp chuyên đề pháp luật tháng 8, chiều 14/8/2024, dưới sự điều hành của Phó Chủ tịch Quốc "
                     "hội Hà Văn Tâm, Ủy ban Thường vụ Quốc hội đã cho ý kiến về dự thảo Luật X.")
    assert {o.org for o in facts.organizers} == {"Ủy ban Thường vụ Quốc hội"}
    assert ("chaired", "Hà Văn Tâm") in roles(facts)


def test_a_directorate_written_tong_cuc_and_a_department_of_personnel() -> None:
    facts = facts_of("Ông Hà Văn Tâm, Vụ trưởng Vụ Tổ chức cán bộ (Bộ Y tế) dự. Bà Lê Thị Năm, Vụ trưởng Vụ Khoa học và Hợp tác "
                     "Quốc tế, Tổng Cục Lâm nghiệp dự.")
    assert posts(facts) == {"Hà Văn Tâm": {"Vụ trưởng Vụ Tổ chức cán bộ"},
                            "Lê Thị Năm": {"Vụ trưởng Vụ Khoa học và Hợp tác Quốc tế"}}


def test_a_board_chair_and_chief_executive_of_the_corporation_named_next() -> None:
    facts = facts_of("Ông Hà Văn Tâm, Chủ tịch HĐQT, Tổng Giám đốc Tổng Công ty Đường sắt Việt Nam dự.")
    assert posts(facts) == {"Hà Văn Tâm": {"Chủ tịch Hội đồng quản trị Tổng công ty Đường sắt Việt Nam",
                                           "Tổng Giám đốc Tổng công ty Đường sắt Việt Nam"}}


def test_long_ede_names_chinese_surnames_and_a_country_before_a_foreign_name() -> None:
    facts = facts_of("Chủ tịch Hội đồng Dân tộc Y Thanh Bơ Niê Kđăm dự. Chủ tịch nước Hà Văn Tâm tiếp Đại sứ Peru Carlos "
                     "Mendoza. Tổng Bí thư Trung Quốc Tập Minh Hòa hội đàm với ông Hà Văn Tâm.")
    names = {p.name for p in facts.persons if not p.short}
    assert {"Y Thanh Bơ Niê Kđăm", "Carlos Mendoza", "Tập Minh Hòa", "Hà Văn Tâm"} <= names
    assert posts(facts)["Carlos Mendoza"] == {"Đại sứ Peru"}


def test_a_foreign_title_before_the_next_foreign_name_is_that_name_s() -> None:
    facts = facts_of("Trước đó là chuyến thăm của Bộ trưởng Ngoại giao Hàn Quốc Park Min Soo, Bộ trưởng Ngoại giao Vương quốc "
                     "Anh John Carter. Chủ tịch Hội đồng dân tộc Y Thanh Bơ Niê K'Đăm dự.")
    assert posts(facts) == {"Park Min Soo": {"Bộ trưởng Ngoại giao Hàn Quốc"},
                            "John Carter": {"Bộ trưởng Ngoại giao Vương quốc Anh"},
                            "Y Thanh Bơ Niê K'Đăm": {"Chủ tịch Hội đồng Dân tộc"}}


def test_a_tribute_visit_is_a_meeting_its_makers_attend() -> None:
    facts = facts_of("Nhân dịp Tết Nguyên đán, sáng 27 Tết (24/1/2017), đoàn lãnh đạo tỉnh do Bí thư Tỉnh ủy Hà Văn Tâm dẫn đầu "
                     "đã đến dâng hoa, thắp hương viếng tại nghĩa trang Liệt sĩ tỉnh. Sáng 10-2-2015, Chủ tịch Quốc hội Lê Văn "
                     "Năm đã tới dâng hương, tưởng nhớ Bác Hồ tại nhà 67.")
    dated = {m.date.isoformat(): m.label for m in facts.meetings if m.date}
    assert dated["2017-01-24"].startswith("Buổi dâng hoa, thắp hương viếng tại nghĩa trang")
    assert dated["2015-02-10"].startswith("Buổi dâng hương, tưởng nhớ Bác Hồ")
    assert {("attended", "Hà Văn Tâm"), ("attended", "Lê Văn Năm")} <= roles(facts)


def test_a_ceremony_named_by_its_tribute_or_groundbreaking_dated_by_the_day_before_it() -> None:
    facts = facts_of("Sáng 10/4/2022, tỉnh tổ chức trọng thể Lễ dâng hương tưởng niệm các Vua Hùng. Chào mừng Quốc khánh, "
                     "sáng 19/8/2025 đã diễn ra Lễ khởi công, khánh thành đồng loạt 250 dự án, công trình.")
    dated = {m.date.isoformat(): m.label for m in facts.meetings if m.date}
    assert dated["2022-04-10"].startswith("Lễ dâng hương tưởng niệm các Vua Hùng")
    assert dated["2025-08-19"].startswith("Lễ khởi công, khánh thành đồng loạt 250 dự án")


def test_a_group_label_before_a_colon_names_no_holder() -> None:
    facts = facts_of("Ngày 02/7/2019, HĐND phường X tổ chức kỳ họp thứ 9. Tại kỳ họp, HĐND phường cho thôi nhiệm vụ đại biểu "
                     "HĐND phường đối với ông Trần Văn Tuấn. Tới dự kỳ họp, Đại biểu quận: Đ/c Lê Văn Khôi - Phó Ban Kinh "
                     "tế - Xã hội HĐND quận; Đại biểu phường: Đ/c Đoàn Văn Tùng - Bí thư Đảng ủy phường.")
    assert {("attended", "Lê Văn Khôi"), ("attended", "Đoàn Văn Tùng")} <= roles(facts)


def test_an_acronym_the_article_defines_names_its_body_after() -> None:
    facts = facts_of("Ban Chấp hành Liên hiệp các hội Khoa học - Kỹ thuật tỉnh Quảng Nam (LHH) tổ chức Hội nghị lần thứ 9. "
                     "Ban Chấp hành đã miễn nhiệm Chủ tịch LHH tỉnh đối với ông Hà Văn Tâm. Ông Lê Văn Năm, Phó Giám đốc "
                     "Trung tâm Kiểm soát bệnh tật TP.HCM (HCDC) dự. Ông Đỗ Văn Huy, Giám đốc HCDC phát biểu.")
    assert posts(facts)["Lê Văn Năm"] == {"Phó Giám đốc Trung tâm Kiểm soát bệnh tật Thành phố Hồ Chí Minh"}
    assert posts(facts)["Đỗ Văn Huy"] == {"Giám đốc Trung tâm Kiểm soát bệnh tật Thành phố Hồ Chí Minh"}
    assert {(c.person, c.post.label, c.change) for c in facts.changes} == {
        ("Hà Văn Tâm", "Chủ tịch Liên hiệp các Hội khoa học kỹ thuật tỉnh Quảng Nam", "end")}  # its name in the lexicon
    # the acronym stands for the body whose words it initials, else the innermost (a board's corporation)
    facts = facts_of("Ông Hà Văn Tâm, Bí thư Đảng ủy Đại học Đà Nẵng (ĐHĐN) dự. Hội đồng thành viên Tập đoàn Cao su Việt "
                     "Nam (VRG) họp. Ông Lê Văn Năm, Tổng Giám đốc VRG phát biểu. Ông Đỗ Văn Huy, Giám đốc ĐHĐN dự.")
    assert posts(facts)["Lê Văn Năm"] == {"Tổng Giám đốc Tập đoàn Cao su Việt Nam"}
    assert posts(facts)["Đỗ Văn Huy"] == {"Giám đốc Đại học Đà Nẵng"}
    facts = facts_of("Tổng Công ty Cảng hàng không Việt Nam (ACV) họp. Ông Hà Văn Tâm, Phó Tổng Giám đốc ACV dự.")
    assert posts(facts)["Hà Văn Tâm"] == {"Phó Tổng Giám đốc Tổng công ty Cảng hàng không Việt Nam"}  # not its tail


def test_a_congress_an_unknown_association_organises_is_not_the_party_s_national_one() -> None:
    facts = facts_of("Ngày 26-6-2023, Hội Doanh nhân cựu chiến binh (CCB) thành phố tổ chức Đại hội đại biểu lần thứ III, "
                     "nhiệm kỳ 2023-2028.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Đại hội đại biểu lần thứ III, nhiệm kỳ 2023-2028",
                                                            date(2023, 6, 26))]


def test_a_visit_s_name_keeps_its_list_of_people_and_a_tet_year_dates_it() -> None:
    facts = facts_of("Nhân dịp Tết Nguyên đán Nhâm Dần 2022, sáng 31-1 (tức sáng 29 tháng Chạp năm Tân Sửu), đoàn công tác "
                     "do Phó Thủ tướng Hà Văn Tâm dẫn đầu đã tới thăm, chúc Tết và kiểm tra công tác phòng, chống dịch "
                     "Covid-19 tại Hà Nội.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Buổi thăm, chúc Tết và kiểm tra công tác phòng, chống dịch Covid-19 tại Hà Nội", date(2022, 1, 31))]
    facts = facts_of("Sáng 5/4/2023, Phó Thủ tướng Lê Văn Năm đã đến thăm, động viên cán bộ, chiến sĩ Đồn biên phòng Cửa "
                     "khẩu Hoàng Diệu.")
    assert [m.label for m in facts.meetings] == ["Buổi thăm, động viên cán bộ, chiến sĩ Đồn biên phòng Cửa khẩu Hoàng Diệu"]


def test_a_link_to_another_story_places_nothing_and_a_career_year_dates_nothing() -> None:
    facts = facts_of("TP - Hôm qua, đại biểu HĐND tỉnh Lâm Đồng bỏ phiếu tín nhiệm.\n\n> Sáu lãnh đạo Khánh Hòa không có "
                     "tín nhiệm thấp\n\nKết quả, ông Hà Văn Tâm (Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh) không có phiếu thấp.")
    assert posts(facts)["Hà Văn Tâm"] == {"Bí thư Tỉnh ủy Lâm Đồng", "Chủ tịch Hội đồng nhân dân tỉnh Lâm Đồng"}
    facts = facts_of("Sáng 8/2, Thứ trưởng Hà Văn Tâm đã trao Quyết định bổ nhiệm cho ông Lê Văn Bình. Ông Bình sinh năm "
                     "1977, chính thức làm việc tại Bộ Ngoại giao năm 2000.")
    assert [m.date for m in facts.meetings] == [None]


def test_a_ceremony_s_name_ends_before_how_it_was_broadcast_or_who_speaks() -> None:
    facts = facts_of("Lễ công bố được truyền hình trực tiếp tại điểm cầu chính Trung tâm Hội nghị tỉnh. Tại Lễ trao quyết định, "
                     "tân Phó Cục trưởng Hà Thị Thảo chia sẻ, đây là ngày đặc biệt.")
    assert {m.label for m in facts.meetings} == {"Lễ công bố", "Lễ trao quyết định"}


def test_a_minister_answering_questions_on_a_day_is_that_day_s_question_time() -> None:
    facts = facts_of("Sáng nay 11-6-2015, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Hà Văn Tâm đăng đàn đầu tiên trả lời "
                     "chất vấn của các đại biểu Quốc hội.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Phiên chất vấn Quốc hội", date(2015, 6, 11))]
    assert ("spokeAt", "Hà Văn Tâm") in roles(facts)
    assert {o.org for o in facts.organizers} == {"Quốc hội"}
    facts = facts_of("Ngày 11/7/2012, các đại biểu sẽ tham gia thảo luận tại tổ; tiến hành chất vấn và trả lời chất vấn.")
    assert facts.meetings == []  # still to come


def test_the_party_committee_abroad_is_a_central_body() -> None:
    facts = facts_of("Ban Bí thư chỉ định ông Hà Văn Tâm giữ chức Bí thư Đảng ủy Ngoài nước.")
    assert posts(facts)["Hà Văn Tâm"] == {"Bí thư Đảng ủy Ngoài nước"}


def test_foreign_names_with_marks_and_hyphenated_transliterations() -> None:
    facts = facts_of("Đồng chí Khăm-phăn Phôm-ma-thắt, Chánh Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào dự. Ông Hà Văn "
                     "Tâm tiếp bà Stéphanie Petitbon đang thăm tỉnh. Ông Sherin Valery Vitalevich Chủ tịch Duma dự.")
    names = {p.name for p in facts.persons if not p.short}
    assert {"Khăm-phăn Phôm-ma-thắt", "Stéphanie Petitbon", "Sherin Valery Vitalevich", "Hà Văn Tâm"} <= names
    # a place after an honorific's look-alike, a word glued to the next and a name cut short are no names
    facts = facts_of("Ông Lê Văn Nam (đoàn Bà Rịa-Vũng Tàu) dự. Chủ tịch UBND tỉnh Quảng Bìnhnhiệm kỳ mới dự. Đồng chí Phó Ch")
    assert {p.name for p in facts.persons if not p.short} == {"Lê Văn Nam"}


def test_market_surveillance_and_project_boards_written_short() -> None:
    facts = facts_of("Ông Hà Văn Tâm, Chi cục trưởng Chi cục QLTT tỉnh Ninh Thuận dự. Ông Lê Văn Dũng, Phó Giám đốc Ban "
                     "QLDA 7 dự.")
    assert posts(facts) == {"Hà Văn Tâm": {"Chi cục trưởng Chi cục Quản lý thị trường tỉnh Ninh Thuận"},
                            "Lê Văn Dũng": {"Phó Giám đốc Ban Quản lý dự án 7"}}


def test_a_meeting_with_greetings_whose_name_would_run_on_is_named_by_what_it_does() -> None:
    facts = facts_of("Sáng 23/2/2026, Thủ tướng Chính phủ Hà Văn Tâm gặp mặt, chúc Tết và chỉ đạo Văn phòng Chính phủ triển khai "
                     "các nhiệm vụ công tác ngay ngày làm việc đầu tiên sau kỳ nghỉ Tết Nguyên đán năm nay.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Buổi gặp mặt, chúc Tết và chỉ đạo Văn phòng Chính phủ",
                                                            date(2026, 2, 23))]


def test_a_party_cell_is_a_body_where_named_and_only_names_a_post_where_written_alone() -> None:
    facts = facts_of("Ngày 9-1-2020, Chi bộ ấp Trung Thạnh, thị trấn Phú Mỹ tổ chức Đại hội điểm. Ông Hà Văn Tâm tái đắc cử "
                     "chức Bí thư Chi bộ. Bà Lê Thị Năm, Bí thư Chi bộ 25 và ông Lê Văn Nam, Bí thư Chi bộ Khoa Hồi sức cấp "
                     "cứu dự đại hội.")
    assert posts(facts) == {"Hà Văn Tâm": {"Bí thư Chi bộ"}, "Lê Thị Năm": {"Bí thư Chi bộ 25"},
                            "Lê Văn Nam": {"Bí thư Chi bộ Khoa Hồi sức cấp cứu"}}
    orgs = {o.label for o in facts.orgs}
    assert {"Chi bộ ấp Trung Thạnh", "Chi bộ 25", "Chi bộ Khoa Hồi sức cấp cứu"} <= orgs and "Chi bộ" not in orgs
    assert {(c.person, c.post.label, c.post.body) for c in facts.changes} == {("Hà Văn Tâm", "Bí thư Chi bộ", None)}


def test_the_congress_of_a_party_cell_and_of_all_the_members_of_a_commune_s_party_organisation() -> None:
    facts = facts_of("Chiều ngày 16/5/2020, Đại hội chi bộ trường THPT Lê Lợi đã diễn ra thành công tốt đẹp. Trong 2 ngày "
                     "(25 và 26-5-2020), Đảng bộ xã Long Hòa tổ chức Đại hội đảng viên lần thứ IV (nhiệm kỳ 2020-2025).")
    assert {(m.label, m.date) for m in facts.meetings} == {
        ("Đại hội Chi bộ", date(2020, 5, 16)),
        ("Đại hội đại biểu Đảng bộ xã Long Hòa lần thứ IV, nhiệm kỳ 2020-2025", date(2020, 5, 25))}
    alone = facts_of("Ngày 25-5-2020, Đại hội đảng viên lần thứ IV đã diễn ra.")
    assert [m.label for m in alone.meetings] == ["Đại hội đảng viên lần thứ IV"]  # never the Party's national congress


def test_a_local_congress_with_its_province_in_brackets() -> None:
    facts = facts_of(" date 2025-07 Chiều 18/7, Đại hội Đại biểu Đảng bộ phường Cam Ly (tỉnh Lâm Đồng) lần thứ I, nhiệm kỳ "
                     "2025 - 2030 đã được tổ chức.")
    assert {(m.label, m.date) for m in facts.meetings} == {
        ("Đại hội đại biểu Đảng bộ phường Cam Ly lần thứ I, nhiệm kỳ 2025-2030", date(2025, 7, 18))}


def test_bodies_named_after_the_mausoleum_and_a_department_named_by_its_area() -> None:
    facts = facts_of("Đại tá Hà Văn Tâm, Tư lệnh Bộ Tư lệnh Bảo vệ Lăng, Phó Trưởng ban Ban Quản lý Lăng Chủ tịch Hồ Chí "
                     "Minh; ông Lê Văn Nam, Vụ trưởng Vụ Địa bàn 6 dự.")
    assert posts(facts) == {"Hà Văn Tâm": {"Tư lệnh Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh",
                                           "Phó Trưởng ban Quản lý Lăng Chủ tịch Hồ Chí Minh"},
                            "Lê Văn Nam": {"Vụ trưởng Vụ Địa bàn 6"}}


def test_documents_listed_after_a_colon_are_named_up_to_their_semicolons() -> None:
    facts = facts_of("Tại phiên họp, Ủy ban cho ý kiến đối với 3 nội dung gồm: Dự án Luật sửa đổi, bổ sung một số điều của "
                     "Luật Công đoàn; Nghị quyết của Quốc hội về phổ cập giáo dục mầm non cho trẻ em mẫu giáo từ 3 đến 5 "
                     "tuổi; Nghị quyết của Quốc hội về miễn, hỗ trợ học phí đối với trẻ em mầm non, học sinh phổ thông.")
    assert {"Nghị quyết của Quốc hội về phổ cập giáo dục mầm non cho trẻ em mẫu giáo từ 3 đến 5 tuổi",
            "Nghị quyết của Quốc hội về miễn, hỗ trợ học phí đối với trẻ em mầm non, học sinh phổ thông"} \
        <= {d.label for d in facts.documents}
    alone = facts_of("Ủy ban Thường vụ Quốc hội cho ý kiến về Nghị quyết của Quốc hội về phổ cập giáo dục mầm non, sau đó "
                     "nghe báo cáo.")
    assert "Nghị quyết của Quốc hội về phổ cập giáo dục mầm non" in {d.label for d in alone.documents}


def test_an_inspection_or_survey_is_a_meeting_its_makers_attend_not_organised_by_what_it_visits() -> None:
    facts = facts_of("Ngày 12/4/2019, Thường trực HĐND tỉnh đã đến khảo sát tình hình hoạt động của Hội đồng nhân dân "
                     "huyện Đông Sơn. Đoàn do ông Lê Văn Hòa, Phó Chủ tịch HĐND tỉnh làm Trưởng đoàn.")
    assert {(m.label, m.date) for m in facts.meetings} == {
        ("Buổi khảo sát tình hình hoạt động của Hội đồng nhân dân huyện Đông Sơn", date(2019, 4, 12))}
    assert facts.organizers == [] and roles(facts) == {("attended", "Lê Văn Hòa")}


def test_deputies_listed_before_they_meet_voters_take_part() -> None:
    facts = facts_of("Ngày 6-10-2021, các vị đại biểu Quốc hội tỉnh gồm: ông Trần Văn Bình – Phó Trưởng đoàn chuyên trách; "
                     "bà Lê Thị Hoa – Chủ tịch Hội Nông dân tỉnh tiếp xúc cử tri huyện Cam Lâm.")
    assert roles(facts) >= {("attended", "Trần Văn Bình"), ("attended", "Lê Thị Hoa")}


def test_a_meeting_named_by_its_purpose_and_the_party_congress_of_the_body_holding_it() -> None:
    facts = facts_of("Sáng ngày 02 tháng 3 năm 2018, Đoàn giám sát của HĐND thành phố tiến hành cuộc họp để triển khai "
                     "Kế hoạch giám sát. Tại cuộc họp để thống nhất nội dung, các thành viên phát biểu.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Cuộc họp triển khai Kế hoạch giám sát", date(2018, 3, 2))]
    congress = facts_of("Ngày 24/7/2012, Viện Khoa học Nông nghiệp Việt Nam (VAAS) tổ chức Đại hội đại biểu Đảng bộ lần "
                        "thứ II, nhiệm kỳ 2012-2015.")
    assert [(m.label, m.date) for m in congress.meetings] == [
        ("Đại hội đại biểu Đảng bộ Viện Khoa học Nông nghiệp Việt Nam lần thứ II, nhiệm kỳ 2012-2015", date(2012, 7, 24))]


def test_a_press_briefing_is_not_the_session_before_it_and_the_session_chaired_is_the_one_named() -> None:
    facts = facts_of("Chiều 30-8, tại Hà Nội, phiên họp báo Chính phủ thường kỳ tháng 8-2018 diễn ra sau phiên họp Chính "
                     "phủ. Bộ trưởng Mai Văn Dũng cho biết, Thủ tướng Lê Văn Phúc đã chủ trì phiên họp Chính phủ thường kỳ "
                     "tháng 8-2018, tập trung vào hai nội dung lớn.")
    labels = {m.key: m.label for m in facts.meetings}
    assert set(labels.values()) >= {"Phiên họp báo Chính phủ thường kỳ tháng 8-2018",
                                    "Phiên họp Chính phủ thường kỳ tháng 8-2018"}
    assert {labels[r.meeting] for r in facts.roles if (r.relation, r.person) == ("chaired", "Lê Văn Phúc")} == {
        "Phiên họp Chính phủ thường kỳ tháng 8-2018"}


def test_a_state_funeral_organised_and_a_reception_of_guests_who_came_for_one() -> None:
    funeral = facts_of("Sáng ngày 10/4/2019, tại Nhà tang lễ Quốc gia, Ban Bí thư Trung ương Đảng tổ chức Lễ tang cấp Nhà "
                       "nước đồng chí Lê Văn Nguyên.")
    assert [m.label for m in funeral.meetings] == ["Lễ tang cấp Nhà nước đồng chí Lê Văn Nguyên"]
    reception = facts_of("Ngày 12/10/2013, Chủ tịch nước Lê Văn An đã tiếp Đoàn đại biểu cấp cao Lào do đồng chí "
                         "Chummaly Saynhasone dẫn đầu sang dự Lễ tang Đại tướng Trần Văn Giáp.")
    main = next(m for m in reception.meetings if m.main)
    assert main.label.startswith("Chủ tịch nước Lê Văn An tiếp Đoàn đại biểu cấp cao Lào")


def test_a_unit_written_in_lowercase_after_a_head_is_the_unit_named_not_the_last_one_of_its_kind() -> None:
    facts = facts_of("Dự có ông Bùi Văn Bửu - Viện trưởng Viện KHKT Nông nghiệp miền Nam; ông Nguyễn Minh Châu - Viện "
                     "trưởng viện Cây ăn quả miền Nam; ông Hà Huy Tùng, Giám đốc bệnh viện Nông nghiệp.")
    assert posts(facts) == {"Bùi Văn Bửu": {"Viện trưởng Viện KHKT Nông nghiệp miền Nam"},
                            "Nguyễn Minh Châu": {"Viện trưởng Viện Cây ăn quả miền Nam"},
                            "Hà Huy Tùng": {"Giám đốc Bệnh viện Nông nghiệp"}}


def test_a_visit_s_name_runs_past_the_people_s_council_and_stops_at_a_clause_of_its_own() -> None:
    facts = facts_of("Ngày 5/6/2022, Phó Chủ tịch UBND tỉnh Lê Văn An đã đến kiểm tra công tác của Hội đồng nhân dân "
                     "huyện Yên Lạc. Tại buổi tiếp xúc cử tri huyện Yên Lạc, cử tri bày tỏ tin tưởng vào Quốc hội.")
    assert "Buổi kiểm tra công tác của Hội đồng nhân dân huyện Yên Lạc" in {m.label for m in facts.meetings}
    assert all("bày tỏ" not in m.label for m in facts.meetings)


def test_organizers_listed_after_phoi_hop_voi_and_one_written_with_the_time_before_its_verb() -> None:
    facts = facts_of("Sáng ngày 6 tháng 11 năm 2023, Ban Dân vận Trung ương phối hợp với Ủy ban Dân tộc, Tỉnh ủy Lâm Đồng "
                     "tổ chức Hội nghị trao đổi kinh nghiệm về công tác dân vận.")
    assert {o.org for o in facts.organizers} == {"Ban Dân vận Trung ương", "Ủy ban Dân tộc", "Tỉnh ủy Lâm Đồng"}
    timed = facts_of(" date 2025-10-18 Văn phòng Trung ương Đảng chiều nay tổ chức kỷ niệm 95 năm Ngày truyền thống.")
    assert {o.org for o in timed.organizers} == {"Văn phòng Trung ương Đảng"}


def test_a_congress_numbered_first_and_its_party_organisation_written_after() -> None:
    facts = facts_of("Ông Lê Văn Châu phát biểu chỉ đạo tại Đại hội đại biểu lần thứ 1, nhiệm kỳ 2025-2030 của Đảng bộ Đặc khu "
                     "Cát Hải.")
    assert [m.label for m in facts.meetings] == ["Đại hội đại biểu Đảng bộ đặc khu Cát Hải lần thứ I, nhiệm kỳ 2025-2030"]


def test_a_review_meeting_takes_the_year_it_names_over_a_page_clock_years_later() -> None:
    facts = facts_of("Thứ Hai, 12/01/2026 20:57\nSáng 22/6, tại Hà Nội, Ban Thường vụ Đảng ủy Công an Trung ương tổ chức "
                     "Hội nghị Đảng ủy Công an Trung ương 6 tháng đầu năm 2020.")
    assert [m.date for m in facts.meetings] == [date(2020, 6, 22)]
    monthly = facts_of("09/01/2026 - 12:26\nSáng 9/1, UBND tỉnh tổ chức Phiên họp thường kỳ tháng 12/2025.")
    assert [m.date for m in monthly.meetings] == [date(2026, 1, 9)]  # December's session, held in January


def test_speakers_listed_before_their_verb_all_speak_and_a_highland_name_keeps_its_apostrophe() -> None:
    facts = facts_of("Sáng 5/3/2018, Bộ Công an tổ chức Hội nghị tổng kết. Tại hội nghị, Tổng Bí thư Lê Văn Trọng, Chủ "
                     "tịch nước Trần Văn Quang, Thủ tướng Chính phủ Nguyễn Văn Phúc đã phát biểu ghi nhận. Đồng chí Điểu "
                     "K’Ré, Chủ tịch HĐND tỉnh phát biểu khai mạc.")
    assert {p for r, p in roles(facts) if r == "spokeAt"} == {"Lê Văn Trọng", "Trần Văn Quang", "Nguyễn Văn Phúc",
                                                              "Điểu K’Ré"}
    reported = facts_of("Sáng 5/3/2018, Bộ Công an tổ chức Hội nghị tổng kết. Tại hội nghị, Bộ trưởng Lê Văn An cho biết "
                        "Thủ tướng Nguyễn Văn Bình đã chỉ đạo.")
    assert {p for r, p in roles(reported) if r == "spokeAt"} == {"Lê Văn An"}
    both = facts_of("Sáng 4/12/2025, Đảng ủy Công an Trung ương tổ chức Hội nghị tổng kết công tác năm 2025. Chủ tịch nước "
                    "Lê Văn Cường, Thủ tướng Chính phủ Phạm Văn Chính dự và phát biểu chỉ đạo.")
    assert {p for r, p in roles(both) if r == "spokeAt"} == {"Lê Văn Cường", "Phạm Văn Chính"}
    listed = facts_of("Sáng 4/12/2025, Đảng ủy Công an Trung ương tổ chức Hội nghị tổng kết công tác năm 2025. Các đồng chí: "
                      "Chủ tịch nước Lê Văn Cường, Ủy viên Ban Thường vụ; Thủ tướng Chính phủ Phạm Văn Chính, Ủy viên Ban "
                      "Thường vụ dự và phát biểu.")
    assert {p for r, p in roles(listed) if r == "spokeAt"} == {"Lê Văn Cường", "Phạm Văn Chính"}
    guided = facts_of("Sáng 4/12/2018, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ IX. Các đồng chí: Lê Văn Lý - Phó "
                      "Chủ tịch Trung ương Hội; Đặng Thị Em - Chủ tịch HĐND tỉnh dự, chỉ đạo.")
    assert {p for r, p in roles(guided) if r == "spokeAt"} == set()


def test_a_ceremony_announcing_a_decision_is_named_with_the_decision_s_subject() -> None:
    facts = facts_of("Chiều 14/7/2020, Bộ Tư pháp tổ chức Lễ công bố quyết định của Bộ trưởng về việc bổ nhiệm Phó Cục "
                     "trưởng Cục Bổ trợ tư pháp.")
    assert [m.label for m in facts.meetings] == [
        "Lễ công bố quyết định của Bộ trưởng về việc bổ nhiệm Phó Cục trưởng Cục Bổ trợ tư pháp"]
    several = facts_of("Ngày 3/2/2025, Ban Bí thư tổ chức Hội nghị công bố Quyết định của Bộ Chính trị về việc thành lập, "
                       "chỉ định nhân sự của 4 Đảng bộ trực thuộc Trung ương, trong đó có Đảng bộ Chính phủ.")
    assert [m.label for m in several.meetings] == [
        "Hội nghị công bố Quyết định của Bộ Chính trị về việc thành lập, chỉ định nhân sự của 4 Đảng bộ trực thuộc Trung ương"]
    person = facts_of("Chiều 30/6/2025, Ban Nội chính Trung ương tổ chức hội nghị công bố quyết định của Bộ Chính trị về "
                      "việc điều động ông Lê Văn Quang, người từng giữ chức Bí thư Tỉnh ủy, làm Phó Trưởng ban.")
    assert [m.label for m in person.meetings] == [
        "Hội nghị công bố quyết định của Bộ Chính trị về việc điều động ông Lê Văn Quang"]
    basis = facts_of("Ngày 5/3/2018, Hội Cựu chiến binh tỉnh tổ chức Hội nghị công bố các quyết định về việc giải thể "
                     "Hội Cựu chiến binh Khối doanh nghiệp tỉnh theo Đề án số 21 của Ban Thường vụ Tỉnh ủy.")
    assert [m.label for m in basis.meetings] == [
        "Hội nghị công bố các quyết định về việc giải thể Hội Cựu chiến binh Khối doanh nghiệp tỉnh"]
    conference = facts_of("Ngày 5/3/2019, Tỉnh ủy tổ chức Hội nghị chuyên đề về việc học tập Nghị quyết.")
    assert [m.label for m in conference.meetings] == ["Hội nghị chuyên đề"]


def test_an_office_s_name_stops_at_between_and_the_post_handed_over_is_nobody_s_title() -> None:
    facts = facts_of("Chiều 24/8/2016, Bộ Tư pháp tổ chức lễ bàn giao nhiệm vụ Chánh Văn phòng Bộ giữa ông Lê Văn Hưởng, "
                     "Phó Chánh Văn phòng và ông Trần Văn Đức, Chánh Văn phòng Bộ.")
    assert posts(facts) == {"Lê Văn Hưởng": {"Phó Chánh Văn phòng Bộ"}, "Trần Văn Đức": {"Chánh Văn phòng Bộ"}}


def test_a_leader_visiting_and_working_at_a_unit_is_a_meeting_a_state_visit_abroad_is_not() -> None:
    facts = facts_of("Sáng ngày 18/02/2020, Chủ tịch UBND tỉnh Lê Văn Vĩnh thăm và làm việc tại Sở Xây dựng để nghe báo "
                     "cáo nhiệm vụ trọng tâm năm 2020.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Buổi thăm và làm việc tại Sở Xây dựng", date(2020, 2, 18))]
    abroad = facts_of("Ngày 18/02/2020, Chủ tịch nước Lê Văn Vĩnh thăm và làm việc tại Trung Quốc từ ngày 18 đến 20/2.")
    assert abroad.meetings == []


def test_a_list_of_attendees_ending_with_the_unnamed_others_after_and() -> None:
    facts = facts_of("Sáng 29/12/2025, Chủ tịch UBND tỉnh Lê Văn Giang chủ trì cuộc họp cho ý kiến nhiệm vụ chi ngân sách. "
                     "Các Phó Chủ tịch UBND tỉnh Trần Văn Sâm, Phạm Thị Hiền và lãnh đạo sở, ngành tham dự cuộc họp.")
    assert {p for r, p in roles(facts) if r == "attended"} == {"Trần Văn Sâm", "Phạm Thị Hiền"}


def test_a_unit_named_by_its_province_before_a_person_keeps_the_whole_province() -> None:
    facts = facts_of("Tổng Biên tập Báo Hải Dương Nguyễn Văn Trọng phát biểu tại buổi lễ.")
    assert posts(facts) == {"Nguyễn Văn Trọng": {"Tổng Biên tập Báo Hải Dương"}}


def test_an_occupation_in_apposition_is_stepped_over_to_the_titles_after_it() -> None:
    facts = facts_of("Các ứng cử viên gồm: bà Đỗ Thị Nhung, giảng viên, Phó Hiệu trưởng Trường Cao đẳng Kinh tế Kỹ thuật "
                     "Cần Thơ; ông Lê Văn Phương, Phó Hiệu trưởng Trường Đại học Cần Thơ.")
    assert posts(facts) == {"Đỗ Thị Nhung": {"Phó Hiệu trưởng Trường Cao đẳng Kinh tế Kỹ thuật Cần Thơ"},
                            "Lê Văn Phương": {"Phó Hiệu trưởng Trường Đại học Cần Thơ"}}


def test_a_body_holding_a_meeting_to_review_something_organises_a_meeting_named_by_it() -> None:
    facts = facts_of("Ngày 19/9/2019, UBND tỉnh tổ chức họp xem xét tình hình chuẩn bị Hội nghị Xúc tiến đầu tư tỉnh năm "
                     "2019. Dự họp có đồng chí Lê Văn Thưởng, Chủ tịch UBND tỉnh.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Cuộc họp xem xét tình hình chuẩn bị Hội nghị Xúc tiến đầu tư tỉnh năm 2019", date(2019, 9, 19))]
    assert [o.org for o in facts.organizers] == ["Ủy ban nhân dân tỉnh"]


def test_a_meeting_held_the_same_day_takes_the_day_just_told() -> None:
    facts = facts_of("Chiều 18/11/2025, HĐND tỉnh Tây Ninh khai mạc Kỳ họp thứ 6. Trong sáng cùng ngày, Tỉnh ủy Tây Ninh đã "
                     "tổ chức hội nghị công bố quyết định của Ban Bí thư về việc ông Lê Văn Hẳn thôi giữ chức Phó Bí thư.")
    assert {m.label: m.date for m in facts.meetings} == {
        "Kỳ họp thứ 6 Hội đồng nhân dân tỉnh Tây Ninh": date(2025, 11, 18),
        "Hội nghị công bố quyết định của Ban Bí thư về việc ông Lê Văn Hẳn thôi giữ chức Phó Bí thư": date(2025, 11, 18)}


def test_a_province_holding_the_delegates_congress_of_the_province_holds_its_party_congress() -> None:
    facts = facts_of("Sáng 1/10/2025, tỉnh Ninh Bình long trọng tổ chức Đại hội đại biểu tỉnh lần thứ I, nhiệm kỳ 2025-2030. "
                     "Đồng chí Lê Văn Hưng, Trưởng ban Tổ chức Trung ương dự và chỉ đạo Đại hội.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ I, nhiệm kỳ 2025-2030", date(2025, 10, 1))]
    assert {p for r, p in roles(facts) if r == "attended"} == {"Lê Văn Hưng"}


def test_a_party_organisation_holding_a_congress_named_by_its_term_alone_holds_its_own() -> None:
    facts = facts_of("Sáng ngày 12/6/2025, Đảng bộ Viện Kiểm sát nhân dân tỉnh Hòa Bình đã long trọng tổ chức Đại hội "
                     "nhiệm kỳ 2025-2030. Tới dự và chỉ đạo Đại hội có đồng chí Lê Văn Minh, Phó Bí thư Tỉnh ủy.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Đại hội Đảng bộ Viện Kiểm sát nhân dân tỉnh Hòa Bình nhiệm kỳ 2025-2030", date(2025, 6, 12))]
    assert [o.org for o in facts.organizers] == ["Đảng bộ Viện Kiểm sát nhân dân tỉnh Hòa Bình"]
    lower = facts_of("Ngày 21-8-2015, Đảng bộ Tổng Công ty Du lịch Hà Nam đã tổ chức đại hội Đảng bộ lần thứ III, "
                     "nhiệm kỳ 2015-2020.")
    assert [m.label for m in lower.meetings] == [
        "Đại hội đại biểu Đảng bộ Tổng công ty Du lịch Hà Nam lần thứ III, nhiệm kỳ 2015-2020"]
    department = facts_of("Ngày 5/6/2023, Sở Tư pháp tỉnh Hà Nam tổ chức Đại hội nhiệm kỳ 2023-2028.")
    assert department.meetings == []  # a department's meeting is no congress of its own


def test_a_congress_of_a_body_in_lowercase_after_the_body_holding_it_is_named_as_written() -> None:
    facts = facts_of("Ngày 5/10/2023, Liên đoàn Lao động tỉnh Hà Nam tổ chức Đại hội công đoàn lần XI, nhiệm kỳ "
                     "2023-2028. Phát biểu khai mạc đại hội, Chủ tịch Liên đoàn Lao động tỉnh Trần Thị Lan cho biết.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Đại hội công đoàn lần thứ XI, nhiệm kỳ 2023-2028", date(2023, 10, 5))]
    assert [o.org for o in facts.organizers] == ["Liên đoàn Lao động tỉnh Hà Nam"]


def test_a_working_session_at_a_named_body_is_a_meeting() -> None:
    facts = facts_of("Chiều 26/6/2020, Thủ tướng Lê Văn Nam đã có buổi làm việc tại Tập đoàn Dệt may Việt Nam về tình "
                     "hình sản xuất kinh doanh.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Buổi làm việc tại Tập đoàn Dệt may Việt Nam", date(2020, 6, 26))]


def test_a_ceremony_a_body_says_it_has_just_held_is_its_own_and_not_of_the_day_it_says_so() -> None:
    facts = facts_of("Ngày 21/5/2025, Công an tỉnh Hà Nam cho biết, vừa tổ chức lễ công bố quyết định nghỉ hưu cho 15 "
                     "cán bộ.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Lễ công bố quyết định nghỉ hưu cho 15 cán bộ", None)]
    assert [o.org for o in facts.organizers] == ["Công an tỉnh Hà Nam"]


def test_titles_set_off_by_a_comma_after_a_titled_person_are_the_next_persons() -> None:
    facts = facts_of("Tiếp Đại sứ Lào Bun Ma, Tổng Bí thư, Chủ tịch nước Lê Văn Nam chúc mừng Đại sứ. Phó Thủ tướng "
                     "Trần Văn Hòa – Phó Chủ tịch Ủy ban Quốc gia về biến đổi khí hậu, Bộ trưởng Bộ Tư pháp Lê Thị Mai dự.")
    assert posts(facts)["Lê Văn Nam"] == {"Tổng Bí thư", "Chủ tịch nước"}
    assert posts(facts)["Trần Văn Hòa"] == {"Phó Thủ tướng Chính phủ", "Phó Chủ tịch Ủy ban Quốc gia về biến đổi khí hậu"}


def test_a_name_cut_inside_a_syllable_stops_before_it() -> None:
    facts = facts_of("Thay mặt lãnh đạo Học viện, ông Trần Văn Hòa phát biểu. Tiếp theo là đồng chí Hồ Ch")
    assert set(posts(facts)) == {"Trần Văn Hòa"}


def test_a_party_committee_of_a_provinces_party_bodies_and_lay_assessors_are_local_bodies() -> None:
    facts = facts_of("Dự hội nghị có đồng chí Lê Thị Mai, Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh Hà Nam; ông Trần Văn "
                     "Hòa, Phó Trưởng đoàn Hội thẩm nhân dân tỉnh Hà Nam.")
    assert posts(facts) == {"Lê Thị Mai": {"Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh Hà Nam"},
                            "Trần Văn Hòa": {"Phó Trưởng đoàn Hội thẩm nhân dân tỉnh Hà Nam"}}


def test_rare_surnames_open_names() -> None:
    facts = facts_of("Ông Tường Văn Nam, Viện trưởng Viện Quyền con người; Bí thư Tỉnh ủy Êban Y Hòa phát biểu.")
    assert set(posts(facts)) == {"Tường Văn Nam", "Êban Y Hòa"}


def test_a_title_capitalised_word_by_word_after_a_surname_is_no_name() -> None:
    facts = facts_of("Thay mặt Đoàn Chủ Tịch đại hội, bà Lê Thị Hoa phát biểu. Ông Lê Chánh Văn dự.")
    assert set(posts(facts)) == {"Lê Thị Hoa", "Lê Chánh Văn"}


def test_a_laws_day_and_a_decrees_day_do_not_date_a_meeting() -> None:
    facts = facts_of("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Căn cứ Nghị định số 138/2016/NĐ-CP ngày 01 "
                     "tháng 10 năm 2016; Trên cơ sở kết luận của Thủ tướng Chính phủ tại Phiên họp Chính phủ thường kỳ tháng "
                     "9 năm 2021, tổ chức vào ngày 02 tháng 10 năm 2021.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Phiên họp Chính phủ thường kỳ tháng 9 năm 2021", date(2021, 10, 2))]


def test_a_body_meeting_in_its_monthly_session() -> None:
    facts = facts_of("Ngày 27/9/2012, Chính phủ họp phiên thường kỳ tháng 9/2012. Thủ tướng Lê Văn Nam chủ trì.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Phiên họp thường kỳ tháng 9/2012 Chính phủ", date(2012, 9, 27))]
    assert [o.org for o in facts.organizers] == ["Chính phủ"]


def test_a_body_conducting_its_congress_organises_it() -> None:
    facts = facts_of("Ngày 27/8/2020, Hội Nông dân tỉnh Hà Nam đã tiến hành Đại hội đại biểu lần thứ X.")
    assert [m.label for m in facts.meetings] == ["Đại hội đại biểu Hội Nông dân tỉnh Hà Nam lần thứ X"]
    assert [o.org for o in facts.organizers] == ["Hội Nông dân tỉnh Hà Nam"]


def test_leaders_meeting_a_counted_group_is_a_meeting() -> None:
    facts = facts_of("Sáng 24-7-2025, các đồng chí lãnh đạo Đảng, Nhà nước đã gặp mặt 250 đại biểu người có công. Tham dự "
                     "buổi gặp mặt có Tổng Bí thư Lê Văn Nam.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Buổi gặp mặt 250 đại biểu người có công", date(2025, 7, 24))]
    assert roles(facts) == {("attended", "Lê Văn Nam")}


def test_deputies_meeting_a_counted_number_of_voters_is_a_meeting() -> None:
    facts = facts_of("Sáng 8/3/2016, đại biểu Lê Văn Bình, Phó trưởng đoàn Đại biểu Quốc hội tỉnh Hà Nam tiếp xúc trên 100 "
                     "cử tri xã Tân Bình.")
    assert [(m.label, m.date) for m in facts.meetings] == [  # named by the voters it meets, not by who meets them
        ("Buổi tiếp xúc trên 100 cử tri xã Tân Bình", date(2016, 3, 8))]


def test_a_meeting_told_on_its_last_day_then_its_first_is_dated_by_its_first() -> None:
    facts = facts_of("Chiều 13/7/2023, Kỳ họp thứ 16, HĐND tỉnh Hà Nam khóa XVII đã bế mạc. Sáng 12/7/2023, HĐND tỉnh Hà "
                     "Nam khóa XVII tổ chức khai mạc Kỳ họp thứ 16.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Kỳ họp thứ 16 Hội đồng nhân dân tỉnh Hà Nam khóa XVII", date(2023, 7, 12))]


def test_a_documents_day_after_its_bare_number_does_not_date_a_meeting() -> None:
    facts = facts_of("Thực hiện Quy định số 96, ngày 02/02/2023 của Bộ Chính trị, chiều 18/2/2023, Ban Chấp hành Đảng bộ "
                     "tỉnh Hà Nam khóa XIX đã tổ chức Hội nghị lần thứ 29.")
    assert [m.date for m in facts.meetings] == [date(2023, 2, 18)]


def test_a_sitting_named_by_its_kind_alone_is_the_assembly_s_its_sentence_names() -> None:
    facts = facts_of("Chiều ngày 22/11/2019, Quốc hội đã tiến hành công tác nhân sự tại kỳ họp. Các đại biểu bỏ phiếu kín.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Kỳ họp", date(2019, 11, 22))]
    assert [o.org for o in facts.organizers] == ["Quốc hội"]


def test_a_numbered_sitting_in_a_page_naming_one_council_is_that_council_s() -> None:
    facts = facts_of("Chiều nay (07/12/2023), Kỳ họp thứ 16 tiếp tục làm việc. Đồng chí Lê Văn Hải trình bày báo cáo thẩm "
                     "tra của Ban Kinh tế - Ngân sách HĐND tỉnh Hà Nam.")
    assert [o.org for o in facts.organizers] == ["Hội đồng nhân dân tỉnh Hà Nam"]


def test_a_person_a_speech_greets_attends() -> None:
    facts = facts_of("Sáng 5/6/2014, Đại hội đại biểu các dân tộc thiểu số tỉnh Hà Nam lần thứ II khai mạc. Kính thưa đồng "
                     "chí Lê Văn Hòa - Ủy viên Trung ương Đảng, Chủ tịch Hội đồng Dân tộc của Quốc hội! Kính thưa các vị "
                     "đại biểu!")
    assert roles(facts) == {("attended", "Lê Văn Hòa")}


def test_a_titled_item_before_a_comma_does_not_take_the_next_persons_post() -> None:
    facts = facts_of("Ông Hoàng Văn Dũng, Phó Trưởng ban Kinh tế - Xã hội HĐND huyện Kim Bảng, ông Lê Thái Hùng làm Trưởng "
                     "ban Pháp chế HĐND huyện Kim Bảng. Ông Lê Văn An và ông Trần Văn Bình giữ chức Phó Chủ tịch HĐND huyện "
                     "Kim Bảng.")
    assert posts(facts) == {
        "Hoàng Văn Dũng": {"Phó Trưởng ban Kinh tế - Xã hội Hội đồng nhân dân huyện Kim Bảng"},
        "Lê Thái Hùng": {"Trưởng ban Pháp chế Hội đồng nhân dân huyện Kim Bảng"},
        "Lê Văn An": {"Phó Chủ tịch Hội đồng nhân dân huyện Kim Bảng"},
        "Trần Văn Bình": {"Phó Chủ tịch Hội đồng nhân dân huyện Kim Bảng"}}


def test_a_standing_committee_s_first_sitting_and_a_bare_sitting_a_body_holds() -> None:
    first = facts_of("Chiều 20/7/2021, dưới sự chủ trì của Chủ tịch Quốc hội Lê Văn An, Ủy ban Thường vụ Quốc hội khóa XV đã "
                     "tiến hành họp phiên thứ nhất.")
    assert [(m.label, m.body) for m in first.meetings] == [
        ("Phiên họp thứ nhất Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội")]
    bare = facts_of("Ngày 17-9-2021, Thường trực HĐND tỉnh Khánh Hòa tổ chức phiên họp và thống nhất phân công bà Trần Thị "
                    "Lan, Phó Chủ tịch HĐND tỉnh, điều hành hoạt động của HĐND tỉnh.")
    assert [m.label for m in bare.meetings] == ["Phiên họp Thường trực Hội đồng nhân dân tỉnh Khánh Hòa"]
    assert roles(bare) == set()  # to run a council's work is not to chair its sitting


def test_the_agency_of_a_dateline_holds_no_session_and_a_plenum_s_name_ends_at_its_verb() -> None:
    facts = facts_of("VOV.VN - Tại Kỳ họp thứ 15 (kỳ họp chuyên đề) diễn ra chiều nay (2/6/2022), HĐND tỉnh Hải Dương đã bầu "
                     "ông Lê Văn Hiệu giữ chức Chủ tịch HĐND tỉnh.")
    assert [m.label for m in facts.meetings] == ["Kỳ họp thứ 15 Hội đồng nhân dân tỉnh Hải Dương"]
    plenum = facts_of("Sáng 20-10-2010, anh Lê Văn An đã được Hội nghị Ban chấp hành Trung ương Đoàn lần thứ 10 (khóa 8) bầu "
                      "bổ sung giữ chức bí thư Trung ương Đoàn.")
    assert [m.label for m in plenum.meetings] == ["Hội nghị Ban chấp hành Trung ương Đoàn lần thứ 10 (khóa 8)"]


def test_a_leader_s_visit_to_a_school_is_a_meeting_he_attends() -> None:
    facts = facts_of("Sáng 17/11/2022, Chủ tịch UBND tỉnh Quảng Nam Lê Văn Thanh đến thăm Trường Đại học Quảng Nam.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Buổi thăm Trường Đại học Quảng Nam", date(2022, 11, 17))]
    assert ("attended", "Lê Văn Thanh") in {(r.relation, r.person) for r in facts.roles}


def test_a_meeting_deploying_or_summing_up_a_year_s_work_is_held_around_it() -> None:
    deploy = facts_of("Sáng 5/1, Tòa án nhân dân tỉnh Lào Cai tổ chức hội nghị triển khai công tác năm 2024. Năm 2023 là năm "
                      "giữa nhiệm kỳ. Trong năm 2023, toàn ngành thụ lý nhiều vụ việc; năm 2023 kết quả tốt.")
    assert [m.date for m in deploy.meetings] == [date(2024, 1, 5)]
    review = facts_of("Chiều 12/6, Tòa án Quân sự Trung ương tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm và phương "
                      "hướng, nhiệm vụ 6 tháng cuối năm 2024. Năm 2023, năm 2023 và năm 2023 là những năm khó khăn.")
    assert [m.date for m in review.meetings] == [date(2024, 6, 12)]


def test_a_meeting_named_in_a_report_of_what_a_body_said_is_no_meeting_name() -> None:
    facts = facts_of("Ngày 12/6/2024, Tòa án Quân sự Trung ương tổ chức Hội nghị sơ kết. Theo báo cáo tại Hội nghị TAQSTW "
                     "cho biết, tình hình thụ lý và giải quyết án trong 6 tháng đầu năm 2024 ổn định.")
    assert [m.label for m in facts.meetings] == ["Hội nghị sơ kết"]


def test_a_tay_nguyen_name_typed_in_lowercase_after_its_apostrophe_and_a_name_cut_by_the_page() -> None:
    facts = facts_of("Ngày 5/3/2022, Bộ Chính trị phân công ông Điểu K'ré, Bí thư Tỉnh ủy Đắk Nông. Phát biểu có Bộ trưởng "
                     "Hồ Nghĩa Dũng. Tiếp đó, Bộ trưởng Hồ Nghĩa Dũn")
    assert {p.name for p in facts.persons} == {"Điểu K'ré", "Hồ Nghĩa Dũng"}


def test_a_reception_named_by_the_delegation_it_receives() -> None:
    facts = facts_of("Chiều 24/2/2020, Phó Chủ tịch UBND tỉnh Bùi Minh Thạnh đã chủ trì buổi tiếp và làm việc Đoàn đại biểu "
                     "Nghị sĩ Hội đồng tỉnh Ibaraki.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Buổi tiếp và làm việc Đoàn đại biểu Nghị sĩ Hội đồng tỉnh Ibaraki", date(2020, 2, 24))]
    assert ("chaired", "Bùi Minh Thạnh") in {(r.relation, r.person) for r in facts.roles}


def test_a_commune_congress_told_as_held_without_its_term() -> None:
    facts = facts_of("Ngày 5/3/2020, hai xã thực hiện thí điểm. Trong đó, đã tổ chức thành công Đại hội Đảng bộ xã Phổ An.")
    assert [(m.label, m.held) for m in facts.meetings] == [("Đại hội Đảng bộ xã Phổ An", True)]


def test_a_plenum_that_elected_someone_was_held_and_a_ship_s_engineer_chairs_nothing() -> None:
    facts = facts_of("Sáng 20-10, anh Lê Văn An đã được Hội nghị Ban chấp hành Trung ương Đoàn lần thứ 10 (khóa 8) bầu bổ "
                     "sung giữ chức bí thư Trung ương Đoàn. Anh Trần Văn Bình (sinh 1965, kỹ sư điều khiển tàu biển) phụ "
                     "trách công tác tổ chức Đoàn.")
    assert [(m.label, m.held) for m in facts.meetings] == [
        ("Hội nghị Ban chấp hành Trung ương Đoàn lần thứ 10 (khóa 8)", True)]
    assert facts.roles == []
    planned = facts_of("Sáng 20-10, anh Lê Văn An sẽ được Hội nghị Ban chấp hành Trung ương Đoàn lần thứ 10 bầu bổ sung.")
    assert [m.held for m in planned.meetings] == [False]


def test_a_body_that_met_is_told_as_held_though_undated() -> None:
    facts = facts_of("Chiều cùng ngày, Ban Thường vụ Tỉnh ủy Nghệ An đã họp và quyết định phân công nhiệm vụ.")
    assert [(m.label, m.held) for m in facts.meetings] == [("Cuộc họp Ban Thường vụ Tỉnh ủy Nghệ An", True)]


def test_leaders_listed_as_the_hosts_of_a_reception_each_attend_and_the_visitors_owner_organises_nothing() -> None:
    facts = facts_of("Chiều ngày 18-8-2016, đồng chí Lê Văn Tỏ, Bí thư Tỉnh ủy, đồng chí Trần Văn Hòa, Phó Bí thư Thường "
                     "trực Tỉnh ủy và đồng chí Phạm Văn Bắc, Chủ tịch UBND tỉnh đã có buổi tiếp Đoàn công tác của Tập đoàn "
                     "Điện lực Việt Nam do đồng chí Lê Quang Thành, Chủ tịch Tập đoàn làm Trưởng đoàn.")
    assert [m.label for m in facts.meetings] == ["Buổi tiếp Đoàn công tác của Tập đoàn Điện lực Việt Nam"]
    assert {(r.relation, r.person) for r in facts.roles} == {
        ("attended", "Lê Văn Tỏ"), ("attended", "Trần Văn Hòa"), ("attended", "Phạm Văn Bắc"),
        ("attended", "Lê Quang Thành")}
    assert facts.organizers == []


def test_telling_a_session_s_contents_presenting_a_draft_and_taking_the_floor_are_speaking() -> None:
    informed = facts_of("Ngày 4/12/2009, tại buổi tiếp xúc cử tri ở huyện Đắk Song, Bộ trưởng Lê Văn Dũng đã thông báo những "
                        "nội dung chính của Kỳ họp thứ 6.")
    assert ("spokeAt", "Lê Văn Dũng") in roles(informed)
    floor = facts_of("Sáng 22/8/2024, Ủy ban Thường vụ Quốc hội đã họp phiên thứ 36. Tại phiên họp, Bộ trưởng Lê Văn Hùng "
                     "đăng đàn.")
    assert ("spokeAt", "Lê Văn Hùng") in roles(floor)
    presented = facts_of("Sáng 5/3/2020, Viện kiểm sát nhân dân huyện Chợ Lách tổ chức hội nghị triển khai công tác năm "
                         "2020. Tại hội nghị, đồng chí Lê Văn Bình – Quyền Viện trưởng đã thông qua dự thảo Kế hoạch công "
                         "tác năm 2020.")
    assert ("spokeAt", "Lê Văn Bình") in roles(presented)


def test_hearings_and_numbered_sittings_written_after_hop() -> None:
    hearing = facts_of("Tham dự Phiên giải trình có các Phó Chủ nhiệm Ủy ban Tư pháp Lê Thị An, Trần Văn Bình.")
    assert [m.label for m in hearing.meetings] == ["Phiên giải trình"]
    assert roles(hearing) == {("attended", "Lê Thị An"), ("attended", "Trần Văn Bình")}
    one = facts_of("Tham dự phiên giải trình có ông Lê Văn Mười, Phó Chủ nhiệm Ủy ban Tư pháp.")
    assert roles(one) == {("attended", "Lê Văn Mười")}
    sitting = facts_of("13-07-2023, 18:03\nSáng 13/7, Thủ tướng Chính phủ Lê Văn An chủ trì họp Phiên thứ 6 của Ban Chỉ đạo.")
    assert [(m.label, m.date) for m in sitting.meetings] == [("Phiên họp thứ 6", date(2023, 7, 13))]


def test_announcing_an_inspection_is_an_event_of_its_day() -> None:
    announced = facts_of("THỨ NĂM, 20/02/2020 18:45:57\nChiều 20.2, đoàn giám sát số 4 của Tỉnh ủy do đồng chí Lê Văn An, "
                         "Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn công bố quyết định, kế hoạch giám sát tại Thị ủy Kinh "
                         "Môn, Huyện ủy Nam Sách về công tác chuẩn bị đại hội.")
    assert [m.date for m in announced.meetings if m.main] == [date(2020, 2, 20)]


def test_a_second_working_session_the_same_day() -> None:
    facts = facts_of("Hôm nay (12/12/2019), Đoàn công tác do ông Lê Văn An làm Trưởng đoàn đã làm việc với Ban Thường vụ "
                     "Tỉnh ủy Quảng Ninh về công tác phòng chống tham nhũng. Cũng trong ngày hôm nay, đoàn đã làm việc "
                     "với Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh về công tác kiểm tra.")
    assert {(m.label, m.date) for m in facts.meetings} == {
        ("Buổi làm việc của Đoàn công tác với Ban Thường vụ Tỉnh ủy Quảng Ninh", date(2019, 12, 12)),
        ("Buổi làm việc với Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh", date(2019, 12, 12))}


def test_each_presenter_heard_and_a_leaders_opinion_at_the_meeting_speak() -> None:
    heard = facts_of("Sáng 19/12/2019, Hội nghị tổng kết diễn ra tại Hà Nội. Các đại biểu được nghe ông Lê Văn An, Bộ trưởng "
                     "Bộ Kế hoạch và Đầu tư trình bày báo cáo tổng quan và ông Trần Văn Bình, Tổng cục trưởng Tổng cục "
                     "Thống kê trình bày báo cáo kết quả.")
    assert roles(heard) == {("spokeAt", "Lê Văn An"), ("spokeAt", "Trần Văn Bình")}
    opinion = facts_of("Hội nghị tổng kết ngành xây dựng diễn ra sáng 16/1/2015. Đó là ý kiến của Bộ trưởng Bộ Xây dựng "
                       "Lê Văn An tại Hội nghị tổng kết ngành xây dựng.")
    assert roles(opinion) == {("spokeAt", "Lê Văn An")}
    asked = facts_of("Hội nghị diễn ra sáng 16/1/2015. Ban soạn thảo đã lấy ý kiến của ông Lê Văn An về dự thảo.")
    assert ("spokeAt", "Lê Văn An") not in roles(asked)


def test_titles_go_on_after_a_bodys_abbreviation_in_brackets() -> None:
    facts = facts_of("Dự có ông Lê Văn An, Tổng cục trưởng Tổng cục Thống kê (TCTK), Phó Chủ tịch Ủy ban nhân dân tỉnh "
                     "Nghệ An.")
    assert posts(facts)["Lê Văn An"] == {"Tổng cục trưởng Tổng cục Thống kê", "Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"}


def test_a_body_whose_members_are_listed_one_a_line() -> None:
    facts = facts_of("Chiều 9/4, Bộ Chính trị họp.\nBan Bí thư Trung ương Đảng khóa XIII gồm 4 người do Ban Chấp hành "
                     "Trung ương bầu và do Bộ Chính trị "
                     "phân công tham gia, gồm:\nTổng Bí thư Lê Văn An\nÔng Trần Văn Bình, Thường trực Ban Bí thư\nBà Hà "
                     "Thị Chín, Trưởng Ban Tổ chức Trung ương\nÔng Lê Văn Mười, Phó Thủ tướng.\nTại cuộc họp, Bộ Chính trị "
                     "thống nhất nhận định.")
    members = {name for name, held in posts(facts).items() if "Bí thư Trung ương Đảng" in held}
    assert members == {"Lê Văn An", "Trần Văn Bình", "Hà Thị Chín", "Lê Văn Mười"}
    prose = facts_of("Ban Thường vụ Tỉnh ủy Nghệ An gồm:\nÔng Lê Văn An, Chủ tịch UBND tỉnh Nghệ An\nÔng Trần Văn Bình, "
                     "Giám đốc Sở Tài chính cho biết ngân sách tăng.")
    assert posts(prose)["Trần Văn Bình"] == {"Giám đốc Sở Tài chính tỉnh Nghệ An"}  # a line of prose ends the list


def test_a_one_word_city_the_lexicon_knows_and_a_verb_after_a_unit() -> None:
    facts = facts_of("Sáng nay, Hội đồng nhân dân thành phố Vinh đã tổ chức kỳ họp thứ 4. Thứ trưởng Lê Văn An đề nghị "
                     "Tổng cục Thủy sản tập trung bám sát Đề án tái cơ cấu ngành.")
    labels = {o.label for o in facts.orgs}
    assert "Hội đồng nhân dân Thành phố Vinh" in labels
    assert "Tổng cục Thủy sản" in labels and not any("tập trung" in label for label in labels)


def test_an_agreement_signed_on_a_day_is_that_days_event() -> None:
    facts = facts_of("Chiều 26-2-2026, tại TPHCM, ông Lê Văn An, Chủ tịch HĐND TPHCM và ông Trần Văn Bình, Chủ tịch HĐND "
                     "tỉnh Bình Dương, đã ký Bản ghi nhớ hợp tác giữa hai địa phương.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Buổi ký Bản ghi nhớ hợp tác giữa hai địa phương", date(2026, 2, 26))]


def test_where_a_meeting_is_held_does_not_organise_it() -> None:
    facts = facts_of("Sáng 24/11/2025, tại trụ sở Trung ương Đảng, Ban Bí thư Trung ương Đảng tổ chức Hội nghị toàn quốc "
                     "tổng kết công tác kiểm tra.")
    assert [o.org for o in facts.organizers] == ["Ban Bí thư"]
    behalf = facts_of("Chiều 28/3/2019, thừa ủy nhiệm của Ban Bí thư Trung ương Đảng, Ban Thường vụ Tỉnh ủy An Giang tổ chức "
                      "Lễ công bố quyết định nghỉ hưu.")
    assert [o.org for o in behalf.organizers] == ["Ban Thường vụ Tỉnh ủy An Giang"]
    joint = facts_of("Sáng 24/11/2025, Tỉnh ủy, HĐND, UBND tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác kiểm tra.")
    assert {o.org for o in joint.organizers} == {"Tỉnh ủy Nghệ An", "Hội đồng nhân dân tỉnh Nghệ An",
                                                 "Ủy ban nhân dân tỉnh Nghệ An"}


def test_a_word_of_time_ends_a_units_name() -> None:
    facts = facts_of("Thiếu tướng Lê Văn An chịu trách nhiệm chỉ đạo công việc của Chính ủy Học viện Lục quân ngay sau "
                     "hội nghị.")
    assert "Học viện Lục quân" in {o.label for o in facts.orgs}


def test_a_meeting_spoken_of_as_where_something_was_said() -> None:
    facts = facts_of("Ông Lê Văn An, Chủ tịch UBND tỉnh yêu cầu các ngành trong cuộc họp thường kỳ diễn ra sáng ngày "
                     "07/10/2021.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Cuộc họp thường kỳ", date(2021, 10, 7))]
    assert roles(facts) == {("spokeAt", "Lê Văn An")}


def test_a_kind_of_meeting_spoken_of_is_no_meeting() -> None:
    facts = facts_of("Hội nghị tổng kết diễn ra tại TP.HCM. Tại hội nghị, ông Lê Văn An cho biết.\nĐặc biệt, ông An chỉ ra "
                     "những hạn chế: \"Một số đảng viên còn ngại phát biểu trong hội nghị kiểm điểm tập thể\".")
    assert [m.label for m in facts.meetings] == ["Hội nghị tổng kết"]


def test_a_body_the_page_cuts_short_at_its_end_is_none() -> None:
    cut = facts_of("Ông Lê Văn An được đưa đi cấp cứu tại Bệnh viện Đa khoa tỉnh Bìn")
    assert cut.orgs == []
    whole = facts_of("Ông Lê Văn An làm việc với Bộ Chính trị")
    assert [o.label for o in whole.orgs] == ["Bộ Chính trị"]
    placed = facts_of("Ông Lê Văn An, Phó Chủ tịch tỉnh đã có buổi làm việc với UBND tỉnh Nghệ An")
    assert "Ủy ban nhân dân tỉnh Nghệ An" in {o.label for o in placed.orgs}
    byline = facts_of("Sáng 5/3/2024, Hội nghị tổng kết diễn ra tại Vinh.\nVăn phòng Tỉnh ủy Thanh Hóa")
    assert "Văn phòng Tỉnh ủy Thanh Hóa" in {o.label for o in byline.orgs}


def test_what_was_said_elsewhere_or_is_still_to_come_is_no_event_of_the_day() -> None:
    before = facts_of("Sáng 5/3/2024, ông Lê Văn An, Bí thư Tỉnh ủy nhắc lại chỉ đạo trong cuộc họp Ban Thường vụ Tỉnh ủy "
                      "tuần trước về công tác cán bộ.")
    assert before.meetings == []
    signed = facts_of("Chiều 5/3/2024, ông Lê Văn An, Chủ tịch UBND tỉnh cho biết tỉnh đã ký thỏa thuận hợp tác với tỉnh "
                      "Gunma từ năm 2015.")
    assert signed.meetings == []
    planned = facts_of("Sáng 5/3/2024, Hội nghị tổng kết diễn ra. Cùng ngày, ông Lê Văn An cho biết Sở Y tế sẽ làm việc "
                       "với các bệnh viện vào tuần tới.")
    assert [m.label for m in planned.meetings] == ["Hội nghị tổng kết"]
    asked = facts_of("Sáng 5/3/2024, hội nghị tổng kết diễn ra. Tại hội nghị, ông Lê Văn An yêu cầu ông Trần Văn Bình, "
                     "Giám đốc Sở Tài chính trình bày rõ nguyên nhân tại kỳ họp tới.")
    assert roles(asked) == {("spokeAt", "Lê Văn An")}
    consulted = facts_of("Sáng 5/3/2024, hội nghị tổng kết diễn ra. Sở đã xin ý kiến của ông Lê Văn An, Bộ trưởng Bộ Tài "
                         "chính về dự thảo.")
    assert roles(consulted) == set()


def test_a_sitting_written_in_lowercase_with_its_body_after_it() -> None:
    facts = facts_of("13-07-2023, 18:03\nSáng 13/7, Thủ tướng Lê Văn An chủ trì họp phiên thứ 13 của Ban Chỉ đạo Trung ương "
                     "về phòng, chống tham nhũng.")
    assert [m.label for m in facts.meetings if m.main] == ["Phiên họp thứ 13 Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"]
    heard = facts_of("Chiều 25/9/2024, đồng chí Trần Văn Đông, Chủ tịch UBND tỉnh chủ trì họp nghe Sở Xây dựng báo cáo kết quả "
                     "phát triển nhà ở xã hội tại Văn bản số 128.")
    assert [m.label for m in heard.meetings if m.main] == ["Cuộc họp nghe Sở Xây dựng báo cáo kết quả phát triển nhà ở xã hội"]
    assert ("chaired", "Trần Văn Đông") in roles(heard)
    commission = facts_of("Chiều 25/9/2024, đồng chí Trần Văn Đông, Chủ tịch UBND tỉnh chủ trì họp nghe Ủy ban Kiểm tra Tỉnh ủy "
                          "báo cáo kết quả.")
    assert [m.label for m in commission.meetings if m.main] == ["Cuộc họp nghe Ủy ban Kiểm tra Tỉnh ủy báo cáo kết quả"]


def test_a_session_of_a_kind_ends_its_name_at_what_the_council_did() -> None:
    facts = facts_of("Ngày 27-10-2011, tại kỳ họp bất thường HĐND tỉnh Tiền Giang đã bầu ông Lê Văn Khang vào chức vụ chủ "
                     "tịch UBND tỉnh.")
    assert [m.label for m in facts.meetings] == ["Kỳ họp bất thường HĐND tỉnh Tiền Giang"]
    themed = facts_of("Ngày 27-10-2011, kỳ họp chuyên đề HĐND tỉnh Tiền Giang thông qua nghị quyết về giá đất.")
    assert [m.label for m in themed.meetings] == ["Kỳ họp chuyên đề HĐND tỉnh Tiền Giang"]


def test_an_extraordinary_or_thematic_session_keeps_its_kind_beside_its_number() -> None:
    facts = facts_of("Chiều 2/5, tại kỳ họp bất thường lần thứ 7 Quốc hội khóa XV, Quốc hội đã bãi nhiệm đại biểu Quốc hội "
                     "đối với ông Trần Văn Bảy.")
    assert [m.label for m in facts.meetings] == ["Kỳ họp bất thường lần thứ 7 Quốc hội khóa XV"]
    themed = facts_of("Ngày 25/4, HĐND tỉnh Bến Tre khóa X đã tổ chức kỳ họp chuyên đề thứ 18 và biểu quyết thông qua nghị quyết "
                      "miễn nhiệm ông Lê Văn Tám.")
    assert [m.label for m in themed.meetings] == ["Kỳ họp chuyên đề lần thứ 18 Hội đồng nhân dân tỉnh Bến Tre khóa X"]
    regular = facts_of("Sáng 20/10, Quốc hội khóa XV khai mạc kỳ họp thứ 7.")
    assert [m.label for m in regular.meetings] == ["Kỳ họp thứ 7 Quốc hội khóa XV"]


def test_a_congress_named_in_a_documents_name_is_not_the_reported_event() -> None:
    facts = facts_of("Tham dự buổi lễ có đồng chí Lê Văn Trung, Phó Bí thư Thường trực Tỉnh ủy. Đồng chí Lê Văn Diễn mong muốn "
                     "Ban Chấp hành Đảng bộ tỉnh thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII.")
    assert not any(m.held for m in facts.meetings)
    concluded = facts_of("Phát biểu chỉ đạo và kết luận Hội nghị tổng kết công tác năm 2023 của ngành, Phó Thủ tướng Lê Văn "
                         "Nhân nhấn mạnh yêu cầu đổi mới.")
    assert [m.held for m in concluded.meetings] == [True]  # `kết luận` the verb
    opening = facts_of("Sáng 5/3/2024, Kết luận Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15, đồng chí Lê Văn An, Bí thư "
                       "Tỉnh ủy Quảng Nam nhấn mạnh yêu cầu đổi mới.")
    assert [m.held for m in opening.meetings] == [True] and ("spokeAt", "Lê Văn An") in roles(opening)
    directive = facts_of("Tham dự buổi lễ có ông Lê Văn Trung. Ông mong muốn tiếp tục quán triệt Chỉ thị Hội nghị Trung ương 5 "
                         "và Văn kiện Đại hội XIII.")
    assert not any(m.held for m in directive.meetings)


def test_attendees_listed_line_by_line_under_their_side() -> None:
    facts = facts_of("Lúc 7 giờ 30 phút ngày 28 tháng 8 năm 2019, HĐND tỉnh Bến Tre tổ chức kỳ họp thứ 12. Tham dự kỳ họp có:"
                     "\n\n- Đại diện lãnh đạo Trung ương tham dự phiên khai mạc kỳ họp: ông Đặng Văn Phong, Phó Chủ nhiệm Ủy "
                     "ban về các vấn đề xã hội.\n\n- Về phía lãnh đạo tỉnh Bến Tre: ông Võ Thành Hạo, nguyên Bí thư Tỉnh ủy; "
                     "ông Cao Văn Trọng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.")
    assert roles(facts) == {("attended", "Đặng Văn Phong"), ("attended", "Võ Thành Hạo"), ("attended", "Cao Văn Trọng")}


def test_coming_to_congratulate_a_congress_is_attending_it() -> None:
    facts = facts_of("Sáng 18/8/2025, Đảng bộ phường Hòa Thành tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Đến dự "
                     "và chúc mừng đại hội có Bí thư Tỉnh ủy Cà Mau Nguyễn Hồ Hải, cùng 110 đại biểu.")
    assert roles(facts) == {("attended", "Nguyễn Hồ Hải")}
    commas = facts_of("Sáng 18/8/2025, Đảng bộ phường Hòa Thành tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Đồng chí "
                      "Nguyễn Hồ Hải, Bí thư Tỉnh ủy Cà Mau đến dự, chúc mừng đại hội.")
    assert roles(commas) == {("attended", "Nguyễn Hồ Hải")}


def test_the_province_a_province_merges_into_is_not_the_news_place() -> None:
    facts = facts_of("Đây là Kỳ họp cuối cùng của HĐND tỉnh Bắc Kạn khóa X trước khi tỉnh Bắc Kạn hợp nhất với tỉnh Thái "
                     "Nguyên thành tỉnh Thái Nguyên mới.\n\nCác đồng chí: Phương Thị Thanh, Chủ tịch HĐND tỉnh; Trần Thị Lộc, "
                     "Phó Chủ tịch HĐND tỉnh đồng chủ trì.")
    assert posts(facts)["Trần Thị Lộc"] == {"Phó Chủ tịch Hội đồng nhân dân tỉnh Bắc Kạn"}


def test_a_statues_namesake_is_no_person() -> None:
    facts = facts_of("Ngày 5/3/2024, tỉnh khởi công đúc tượng Trần Hưng Đạo tại đền thờ.")
    assert [p.name for p in facts.persons] == []
    suspect = facts_of("Ngày 5/3/2024, cơ quan điều tra khởi tố bị can đối với đối tượng Nguyễn Văn Hùng, nguyên Chủ tịch UBND "
                       "xã Tân Lập.")
    assert [p.name for p in suspect.persons] == ["Nguyễn Văn Hùng"]


def test_the_central_mass_organisations_written_short() -> None:
    facts = facts_of("Ngày 26/12/2013, ông Lê Văn An, Ủy viên BCH TLĐ, Chủ tịch LĐLĐ tỉnh Bà Rịa - Vũng Tàu phát biểu. Ông "
                     "Trần Văn Cường, Chủ tịch BCH TW Hội NDVN dự. Ông Lê Văn Nhân, Chủ tịch UBTƯ MTTQVN dự. Bà Trần Thị "
                     "Thu, Chủ tịch Tổng LĐLĐVN dự.")
    assert posts(facts) == {
        "Lê Văn An": {"Ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam",
                      "Chủ tịch Liên đoàn Lao động tỉnh Bà Rịa - Vũng Tàu"},
        "Trần Văn Cường": {"Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam"},
        "Lê Văn Nhân": {"Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
        "Trần Thị Thu": {"Chủ tịch Tổng Liên đoàn Lao động Việt Nam"}}


def test_a_deputy_in_charge_of_a_field_keeps_the_body_after_it() -> None:
    facts = facts_of("Ngày 20/12/2025, Bộ Y tế bổ nhiệm ông Hồ Văn Linh giữ chức Phó Giám đốc phụ trách chuyên môn Bệnh "
                     "viện Trung ương Huế.")
    assert posts(facts) == {"Hồ Văn Linh": {"Phó Giám đốc phụ trách chuyên môn Bệnh viện Trung ương Huế"}}


def test_a_party_cell_holding_its_congress_ends_its_name_at_the_verb() -> None:
    facts = facts_of("Ngày 12/1/2019, Chi bộ Trường Mầm non Thụy Sơn tiến hành Đại hội nhiệm kỳ 2020-2022.")
    assert [(m.label, m.held) for m in facts.meetings] == [("Đại hội Chi bộ Trường Mầm non Thụy Sơn nhiệm kỳ 2020-2022", True)]
    assert [o.org for o in facts.organizers] == ["Chi bộ Trường Mầm non Thụy Sơn"]


def test_a_meeting_named_as_the_subject_of_a_clause_is_no_meeting_of_its_own() -> None:
    facts = facts_of("Sáng 5/3/2024, Tỉnh ủy tổ chức Hội nghị tổng kết công tác năm 2023. Hội nghị tập trung thảo luận, cho "
                     "ý kiến về các nội dung. Kỳ họp gồm 40 đại biểu. Hội nghị tiến hành bầu Ban Thường vụ.")
    assert [m.label for m in facts.meetings] == ["Hội nghị tổng kết công tác năm 2023"]


def test_the_head_of_an_inspection_team_holds_its_post() -> None:
    facts = facts_of("Ngày 4/5/2023, Đoàn thanh tra gồm 14 thành viên, do ông Lê Văn Hòa - Cục trưởng Cục Chống tham nhũng "
                     "làm trưởng đoàn, công bố quyết định thanh tra.")
    assert posts(facts) == {"Lê Văn Hòa": {"Cục trưởng Cục Chống tham nhũng", "Trưởng đoàn thanh tra"}}


def test_an_age_in_brackets_between_a_name_and_its_titles() -> None:
    facts = facts_of("Dự hội nghị có ông Đinh Văn Hòa (55 tuổi) - Ủy viên Ban Thường vụ Tỉnh ủy Đồng Tháp.")
    assert posts(facts) == {"Đinh Văn Hòa": {"Ủy viên Ban Thường vụ Tỉnh ủy Đồng Tháp"}}


def test_a_head_written_alone_takes_the_general_department_named_before() -> None:
    facts = facts_of("Ngày 5/3/2013, tại cơ quan Tổng cục Địa chất và Khoáng sản, Tổng Cục trưởng Lê Văn Thuận chủ trì cuộc "
                     "họp giao ban. Tham dự có các Phó Tổng Cục trưởng: Trần Văn Hưng, Đỗ Văn Dương.")
    assert posts(facts) == {"Lê Văn Thuận": {"Tổng cục trưởng Tổng cục Địa chất và Khoáng sản"},
                            "Trần Văn Hưng": {"Phó Tổng cục trưởng Tổng cục Địa chất và Khoáng sản"},
                            "Đỗ Văn Dương": {"Phó Tổng cục trưởng Tổng cục Địa chất và Khoáng sản"}}


def test_a_plural_title_after_a_courtesy_word_opens_a_list() -> None:
    facts = facts_of("Cùng dự cuộc họp có các vị đại biểu Quốc hội gồm: bà Trần Thị Xuân - Phó Chủ tịch Tổng Liên đoàn Lao "
                     "động Việt Nam; ông Lê Minh Tâm - Giám đốc Sở Tư pháp.")
    assert posts(facts) == {"Trần Thị Xuân": {"Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Đại biểu Quốc hội"},
                            "Lê Minh Tâm": {"Giám đốc Sở Tư pháp", "Đại biểu Quốc hội"}}


def test_a_body_that_opens_its_own_congress_organises_it_but_a_titled_person_does_not() -> None:
    congress = facts_of("Ngày 13/7/2015, tại Hà Nội, Đảng bộ Bộ Ngoại giao đã khai mạc Đại hội đại biểu Đảng bộ lần thứ XXVII, "
                        "nhiệm kỳ 2015-2020.")
    assert [o.org for o in congress.organizers] == ["Đảng bộ Bộ Ngoại giao"]
    opened = facts_of("Ngày 13/7/2015, đồng chí Nguyễn Văn Hải, Bí thư Tỉnh ủy đã khai mạc Hội nghị tổng kết năm 2014.")
    assert opened.organizers == []


def test_a_school_named_by_a_place_that_reads_like_a_short_name() -> None:
    facts = facts_of("Năm 2016, Sở GD-ĐT điều ông Nguyễn Văn Khải, Hiệu trưởng THPT Phú Lộc về làm Hiệu trưởng Trường THPT "
                     "An Lương Đông.")
    assert [p.name for p in facts.persons if not p.short] == ["Nguyễn Văn Khải"]
    assert {(c.person, c.post.label, c.change) for c in facts.changes} == {
        ("Nguyễn Văn Khải", "Hiệu trưởng Trường THPT An Lương Đông", "start")}
    assert posts(facts)["Nguyễn Văn Khải"] >= {"Hiệu trưởng THPT Phú Lộc"}


def test_red_cross_and_veterans_written_short() -> None:
    facts = facts_of("Ngày 23/11/2016, đồng chí Xèn Văn Hòa, Chủ tịch Hội CTĐ tỉnh Hà Giang phát biểu. Ông Trần Văn Hạnh, Ủy "
                     "viên Ban thường vụ Trung ương Hội CCBVN, Chủ tịch Hội CCB tỉnh Khánh Hòa dự.")
    assert posts(facts) == {
        "Xèn Văn Hòa": {"Chủ tịch Hội Chữ thập đỏ tỉnh Hà Giang"},
        "Trần Văn Hạnh": {"Ủy viên Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam",
                          "Chủ tịch Hội Cựu chiến binh tỉnh Khánh Hòa"}}


def test_a_lao_or_khmer_name_between_an_honorific_and_a_title() -> None:
    facts = facts_of("Tiếp đoàn có các đồng chí: Khăm Phăn Chăn Thạ Vy Sục - Bí thư Tỉnh ủy; ông Ouch Sam, Tỉnh trưởng tỉnh "
                     "Takeo.")
    assert set(posts(facts)) == {"Khăm Phăn Chăn Thạ Vy Sục", "Ouch Sam"}
    assert "Tỉnh trưởng tỉnh Takeo" in posts(facts)["Ouch Sam"]


def test_the_ethnic_minorities_committee_written_with_the_government() -> None:
    facts = facts_of("Đến dự đại hội có Phó Chủ nhiệm UB Dân tộc Chính phủ Sơn Văn Hoan, Bí thư Tỉnh uỷ Lê Thị Bình.")
    assert posts(facts)["Sơn Văn Hoan"] == {"Phó Chủ nhiệm Ủy ban Dân tộc"}


def test_a_dialogue_a_body_holds_with_businesses_is_a_meeting() -> None:
    facts = facts_of("Sáng 13-9-2019, UBND tỉnh Quảng Trị tổ chức đối thoại với gần 300 doanh nghiệp, đại diện cho gần "
                     "3.400 doanh nghiệp toàn tỉnh. Phó Chủ tịch UBND tỉnh Hà Văn Đồng phát biểu.")
    assert [(m.label, m.held) for m in facts.meetings] == [("Đối thoại với gần 300 doanh nghiệp", True)]
    assert [o.org for o in facts.organizers] == ["Ủy ban nhân dân tỉnh Quảng Trị"]


def test_laws_a_parliament_voted_through_are_its_own() -> None:
    facts = facts_of("Sáng 26-11-2011, QH đã biểu quyết thông qua Luật Cơ yếu với tỷ lệ 91,8%; thông qua Nghị quyết về chất "
                     "vấn và trả lời chất vấn 92,4%.")
    assert {(d.label, d.issuer) for d in facts.documents} == {
        ("Luật Cơ yếu", "Quốc hội"), ("Nghị quyết về chất vấn và trả lời chất vấn", "Quốc hội")}


def test_a_central_highlands_place_keeps_its_apostrophe() -> None:
    facts = facts_of("Ông Nguyễn Văn Hải, Chủ tịch UBND huyện Ea H’leo phát biểu.")
    assert posts(facts) == {"Nguyễn Văn Hải": {"Chủ tịch Ủy ban nhân dân huyện Ea H’leo"}}


def test_co_chairs_at_a_bridge_point_are_chairs() -> None:
    facts = facts_of("Chiều 12/1/2025, Thủ tướng Lê Văn Chính chủ trì Phiên họp thứ hai của Ban Chỉ đạo. Cùng chủ trì Phiên "
                     "họp tại điểm cầu Trụ sở Chính phủ có đồng chí Đỗ Văn Chiến – Ủy viên Bộ Chính trị và Bộ trưởng Bộ "
                     "LĐ-TB&XH Đào Ngọc Dung.")
    assert roles(facts) == {("chaired", "Lê Văn Chính"), ("chaired", "Đỗ Văn Chiến"), ("chaired", "Đào Ngọc Dung")}


def test_a_national_steering_committee_named_by_its_task() -> None:
    facts = facts_of("Chiều 12/1/2025, Thủ tướng Lê Văn Chính chủ trì Phiên họp thứ hai của Ban Chỉ đạo Trung ương triển khai "
                     "xóa nhà tạm, nhà dột nát trên phạm vi cả nước.")
    body = "Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên phạm vi cả nước"
    assert [m.label for m in facts.meetings] == [f"Phiên họp thứ hai {body}"]
    assert [o.org for o in facts.organizers] == [body]
    head = facts_of("Ngày 3/3/2025, ông Lê Văn Chính, Trưởng Ban Chỉ đạo quốc gia về phát triển khoa học, công nghệ, đổi mới "
                    "sáng tạo và chuyển đổi số phát biểu.")
    assert posts(head) == {"Lê Văn Chính": {"Trưởng ban Chỉ đạo quốc gia về phát triển khoa học, công nghệ, đổi mới sáng "
                                            "tạo và chuyển đổi số"}}
    assert all(o.label == "Ban Chỉ đạo" for o in facts_of("Ngày 3/3/2025, Ban Chỉ đạo đã họp phiên thứ nhất.").orgs)


def test_a_congress_named_by_its_term_alone_is_no_national_congress() -> None:
    elected = facts_of("Ông Lê Văn An được bầu tại Đại hội khóa XII.")
    assert [m.label for m in elected.meetings if m.held] == []


def test_a_union_holding_its_congress_named_by_its_term() -> None:
    facts = facts_of("Ngày 28/10/2017, Thành đoàn Đà Nẵng tiến hành Đại hội khóa XVIII, nhiệm kỳ 2017 - 2022.")
    assert [(m.label, m.held) for m in facts.meetings] == [
        ("Đại hội Thành đoàn Đà Nẵng khóa XVIII, nhiệm kỳ 2017-2022", True)]
    assert [o.org for o in facts.organizers] == ["Thành đoàn Đà Nẵng"]


def test_the_chair_before_those_attending_stays_the_chair() -> None:
    facts = facts_of("Sáng 5/3/2024, Bí thư Tỉnh ủy Lê Văn An chủ trì hội nghị tổng kết năm 2023 có sự tham dự của các "
                     "đồng chí Trần Văn Bình, Ngô Văn Cường.")
    assert ("chaired", "Lê Văn An") in roles(facts)
    assert ("chaired", "Trần Văn Bình") not in roles(facts)


def test_a_meeting_for_someone_or_of_parts_is_still_a_meeting_it_organises() -> None:
    for text in ("Sáng 5/3/2024, UBND tỉnh tổ chức Hội nghị dành cho các nhà đầu tư Nhật Bản.",
                 "Sáng 5/3/2024, Bộ Công an tổ chức Hội nghị gồm 3 phiên."):
        facts = facts_of(text)
        assert len(facts.meetings) == 1 and len(facts.organizers) == 1, text


def test_a_share_in_a_documents_topic_is_part_of_it() -> None:
    facts = facts_of("Ngày 5/3/2024, Chính phủ ban hành Nghị quyết về giảm 2% thuế giá trị gia tăng.")
    assert [d.label for d in facts.documents] == ["Nghị quyết về giảm 2% thuế giá trị gia tăng"]


def test_a_place_or_a_title_of_honour_after_a_courtesy_word_is_no_name() -> None:
    facts = facts_of("Ngày 5/3/2024, đoàn đại biểu tỉnh Bà Rịa Vũng Tàu, Phó Chủ tịch UBND tỉnh Lê Văn An dự. Ông Trần Văn "
                     "Bình được phong Anh Hùng Lao Động, Phó Chủ tịch UBND tỉnh Lê Văn An trao tặng.")
    assert {p.name for p in facts.persons if not p.short} == {"Lê Văn An", "Trần Văn Bình"}


def test_a_school_named_after_a_place_then_its_head() -> None:
    facts = facts_of("Ngày 5/9/2024, Hiệu trưởng Trường THPT chuyên Hà Nội Lê Văn An phát biểu.")
    assert posts(facts) == {"Lê Văn An": {"Hiệu trưởng Trường THPT chuyên Hà Nội"}}


def test_a_foreign_mayor_is_a_post_with_the_city_it_governs() -> None:
    facts = facts_of("Ngày 8/11/2024, ông Tanaka Hiroshi, Thị trưởng thành phố Kinokawa, đến thăm tỉnh.")
    assert posts(facts) == {"Tanaka Hiroshi": {"Thị trưởng thành phố Kinokawa"}}


def test_a_heading_in_capitals_names_its_person() -> None:
    facts = facts_of("I. NỘI DUNG CHẤT VẤN ĐỐI VỚI ÔNG LÊ VĂN TUẤN – CHỦ TỊCH UBND TỈNH KHÁNH HÒA\n1. Câu hỏi của đại biểu.")
    assert posts(facts) == {"LÊ VĂN TUẤN": {"Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa"}}
    honoured = facts_of("Đại hội được đón tiếp Ngài Lăng Khol - Chủ tịch Hội đồng tỉnh Kampong Cham.")
    assert "Lăng Khol" in posts(honoured)


def test_a_governor_written_alone_is_of_the_state_bank_the_article_named() -> None:
    facts = facts_of("Ngày 16/11/2023, Ngân hàng Nhà nước tổ chức hội nghị. Thống đốc Lê Minh Hòa phát biểu.")
    assert posts(facts) == {"Lê Minh Hòa": {"Thống đốc Ngân hàng Nhà nước Việt Nam"}}


def test_a_congress_of_a_body_of_the_province_takes_the_provinces_name() -> None:
    facts = facts_of("Đại hội đại biểu MTTQ Việt Nam tỉnh Gia Lai lần thứ XI, nhiệm kỳ 2024-2029\n23/8/2024\nTrong 02 ngày (22 "
                     "và 23/8), Ủy ban MTTQ Việt Nam tỉnh Gia Lai đã long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần "
                     "thứ XI, nhiệm kỳ 2024-2029.")
    assert [m.label for m in facts.meetings] == ["Đại hội Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai lần thứ XI, nhiệm kỳ 2024-2029"]


def test_leaders_listed_side_by_side_after_the_attendees_attend_too() -> None:
    facts = facts_of("Sáng 15/10/2022, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI khai mạc. Đến dự đại hội có "
                     "nguyên Chủ tịch nước Trương Văn Sang. Lãnh đạo T.Ư Đoàn có: anh Bùi Quang Huy, Bí thư thứ nhất T.Ư "
                     "Đoàn; chị Nguyễn Duy Trang, Bí thư T.Ư Đoàn. Lãnh đạo TP.HCM có: ông Lê Quốc Phong, Phó Bí thư "
                     "Thường trực Thành ủy.")
    assert roles(facts) == {("attended", "Trương Văn Sang"), ("attended", "Bùi Quang Huy"),
                            ("attended", "Nguyễn Duy Trang"), ("attended", "Lê Quốc Phong")}
    greeted = facts_of("Sáng 5/3/2024, Huyện ủy tổ chức Đại hội đại biểu Đảng bộ huyện lần thứ XX.\nKính thưa: Đồng chí "
                       "Nguyễn Hồng Phúc, Tỉnh uỷ viên, Bí thư Huyện uỷ")
    assert roles(greeted) == {("attended", "Nguyễn Hồng Phúc")}


def test_a_new_committee_s_first_plenum_during_a_congress_is_a_meeting_of_its_own() -> None:
    facts = facts_of("Thứ Bảy, 17/10/2020\nChiều 16 và sáng 17.10, Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII tiến "
                     "hành thảo luận. BCH Đảng bộ tỉnh khóa XVII tổ chức Hội nghị lần thứ Nhất, bầu Bí thư Tỉnh ủy.")
    meetings = {m.label: m.date for m in facts.meetings}
    assert meetings["Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII"] == date(2020, 10, 16)  # its first day
    assert any(label.startswith("Hội nghị lần thứ Nhất Ban Chấp hành Đảng bộ tỉnh") for label in meetings)


def test_congresses_of_other_bodies_named_in_lowercase_by_their_term_or_by_a_number_before_the_body() -> None:
    national = facts_of("09:01 AM 04/12/2020 | Lượt xem: 6782 |Ngày 04/12/2020, Đại hội đại biểu toàn quốc các dân tộc "
                        "thiểu số (DTTS) Việt Nam lần thứ II năm 2020 đã được tổ chức tại Hà Nội.")
    assert [(m.label, m.date) for m in national.meetings] == [
        ("Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ II", date(2020, 12, 4))]
    by_term = facts_of("Ngày 8/03/2023, Hội Nông dân xã Hòa Mỹ đã tổ chức Đại hội đại biểu, nhiệm kỳ 2023 - 2028.")
    assert [m.label for m in by_term.meetings] == ["Đại hội Hội Nông dân xã Hòa Mỹ nhiệm kỳ 2023-2028"]
    lowercase = facts_of("Ngày 22-2-2023, Hội Nông dân xã Tân An (thị xã An Khê, tỉnh Gia Lai) tiến hành đại hội đại biểu "
                         "lần thứ IX, nhiệm kỳ 2023-2028. Ông Lê Văn Ba nói về đại hội lần thứ XIII của Đảng.")
    assert [m.label for m in lowercase.meetings] == ["Đại hội đại biểu Hội Nông dân xã Tân An lần thứ IX, nhiệm kỳ 2023-2028"]
    union = facts_of("Chiều 20/6/2023, Công đoàn ngành Y tế Nghệ An tổ chức Đại hội Công đoàn nhiệm kỳ 2023-2028, thực "
                     "hiện Nghị quyết Đại hội XIV Công đoàn ngành Y tế Nghệ An. Tại Đại hội XIII Bộ Chính trị đã báo cáo.")
    assert {m.label for m in union.meetings} == {"Đại hội Công đoàn ngành Y tế Nghệ An nhiệm kỳ 2023-2028",
                                                 "Đại hội Công đoàn ngành Y tế Nghệ An lần thứ XIV", "Đại hội XIII"}


def test_a_meeting_s_quoted_title_is_named_whole_and_an_opened_session_is_held_though_its_days_are_planned() -> None:
    quoted = facts_of("Sáng 5/3/2020, Ủy ban Kiểm tra Tỉnh ủy tổ chức Hội thảo khoa học Đề tài “Giải pháp nhằm nâng cao chất "
                      "lượng kiểm tra đảng viên”.")
    assert [m.label for m in quoted.meetings] == [
        "Hội thảo khoa học Đề tài “Giải pháp nhằm nâng cao chất lượng kiểm tra đảng viên”"]
    opened = facts_of("Sáng 11/10, Ủy ban Thường vụ Quốc hội khai mạc phiên họp thứ 4, dự kiến diễn ra từ ngày 11/10-14/10. "
                      "Ngày 20/10, Ủy ban Thường vụ Quốc hội sẽ khai mạc phiên họp thứ 5, dự kiến diễn ra trong 2 ngày.")
    assert {m.label: m.held for m in opened.meetings} == {"Phiên họp thứ 4 Ủy ban Thường vụ Quốc hội": True,
                                                          "Phiên họp thứ 5 Ủy ban Thường vụ Quốc hội": False}


def test_a_visit_with_flowers_and_a_meeting_with_voters_are_reported_events() -> None:
    visit = facts_of("Ngày 20/12/2025, đồng chí Lê Văn Tâm, Phó Bí thư Tỉnh ủy đã đến thăm, tặng hoa chúc mừng Ủy ban Đoàn "
                     "kết Công giáo tỉnh. Cùng đi có đồng chí Trần Văn Hải, Phó Chủ tịch Ủy ban MTTQ tỉnh.")
    assert [(m.label, m.date) for m in visit.meetings] == [
        ("Buổi thăm, tặng hoa chúc mừng Ủy ban Đoàn kết Công giáo tỉnh", date(2025, 12, 20))]
    assert roles(visit) == {("attended", "Lê Văn Tâm"), ("attended", "Trần Văn Hải")}
    voters = facts_of("Ngày 28/6/2017, tổ đại biểu Quốc hội thành phố gồm các đồng chí: Lê Văn Hải - Phó Giám đốc Công an "
                      "thành phố; Trần Thị Hoa - Phó Vụ trưởng đã tiếp xúc với cử tri quận Ba Đình.")
    assert [(m.label, m.date) for m in voters.meetings] == [("Buổi tiếp xúc với cử tri quận Ba Đình", date(2017, 6, 28))]


def test_posts_after_a_membership_aside_and_a_chain_s_locality_shared_by_an_unplaced_body() -> None:
    facts = facts_of("Ủy ban Kiểm tra Tỉnh ủy khiển trách ông Hồ Văn Tĩnh, đảng viên, Phó Chủ tịch Thường trực Ủy ban MTTQ "
                     "Việt Nam huyện, Phó Trưởng ban Ban Cứu trợ huyện Hướng Hóa; cảnh cáo ông Lê Văn Ba, Phó Bí thư Đảng ủy "
                     "Cơ quan chính quyền huyện, Phó Chủ tịch HĐND huyện Hướng Hóa.")
    assert "Phó Chủ tịch Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hướng Hóa" in posts(facts)["Hồ Văn Tĩnh"]
    assert posts(facts)["Lê Văn Ba"] == {"Phó Bí thư Đảng ủy Cơ quan chính quyền huyện Hướng Hóa",
                                         "Phó Chủ tịch Hội đồng nhân dân huyện Hướng Hóa"}
    shared = facts_of("Đây là đơn vị đầu tiên của tỉnh Thanh Hóa. Đồng chí Ngô Thị Hảo, Tỉnh ủy viên, Phó Chủ tịch Ủy ban "
                      "MTTQ, Chủ tịch Hội LHPN tỉnh dự. Thiếu tướng Trịnh Văn Xuyên - Bí thư Đảng bộ, Giám đốc Công an tỉnh "
                      "phát biểu.")
    assert "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Thanh Hóa" in posts(shared)["Ngô Thị Hảo"]
    assert posts(shared)["Trịnh Văn Xuyên"] == {"Giám đốc Công an tỉnh Thanh Hóa"}  # the police's own Party, unnamed


def test_a_sector_union_placed_by_its_province_s_name_and_a_company_by_its_acronym() -> None:
    facts = facts_of("Đại hội bầu bà Trần Thị Hà giữ chức Chủ tịch Công đoàn ngành Y tế Nghệ An. Ông Lê Văn Ba được bổ "
                     "nhiệm làm Tổng giám đốc PVC. Ông Hà Văn An đánh giá cao Công đoàn Nghệ An.")
    assert posts(facts)["Trần Thị Hà"] == {"Chủ tịch Công đoàn ngành Y tế Nghệ An"}
    assert posts(facts)["Lê Văn Ba"] == {"Tổng Giám đốc PVC"}
    assert "Công đoàn Nghệ An" not in {o.label for o in facts.orgs}


def test_documents_a_president_s_code_a_degree_and_a_law_amending_another() -> None:
    facts = facts_of("Theo Quyết định số 2207/QĐ-CTN ngày 29/11/2018, Chủ tịch nước truy tặng danh hiệu. Tiến sĩ Luật Lê Văn "
                     "Ba dự. Ngày 22/9/2025, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật An ninh mạng trên cơ sở sửa "
                     "đổi toàn diện Luật An ninh mạng và sửa đổi toàn diện Luật An toàn thông tin mạng.")
    found = {d.label: d.issuer for d in facts.documents}
    assert found["Quyết định số 2207/QĐ-CTN"] == "Chủ tịch nước"
    assert "Luật An ninh mạng" in found and not any(label.startswith("Luật Lê") for label in found)
    assert not any("trên cơ sở" in label for label in found)


def test_a_national_congress_of_another_body_and_an_assembly_s_sitting_told_by_its_votes() -> None:
    facts = facts_of("Sáng 04/12/2019, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức hội nghị nghe báo cáo chuẩn bị Đại "
                     "hội đại biểu toàn quốc lần thứ VI của Liên hiệp các tổ chức hữu nghị Việt Nam.")
    assert "Đại hội Liên hiệp các tổ chức hữu nghị Việt Nam lần thứ VI" in {m.label for m in facts.meetings}
    assert "Đại hội VI" not in {m.label for m in facts.meetings}
    sitting = facts_of("09/07/2018 17:54\nCuối buổi chiều 9/7, HĐND TP Đà Nẵng bất ngờ tiến hành bầu chức danh Chủ tịch "
                       "HĐND thành phố. Có 47/48 đại biểu có mặt tại phiên họp đã thống nhất bầu ông Lê Văn Ba.")
    assert [(m.label, m.date) for m in sitting.meetings] == [
        ("Phiên họp Hội đồng nhân dân Thành phố Đà Nẵng chiều 9/7", date(2018, 7, 9))]


def test_a_head_before_an_office_s_acronym_names_no_post_and_a_consul_is_posted_to_a_city() -> None:
    facts = facts_of("Ông Lê Văn Ba, Giám đốc BHXH phát biểu. Ông Hà Văn An, Phó giám đốc HCDC dự. Chiều 19/9/2012, Bí thư "
                     "Thành ủy Lê Thanh Hải tiếp ông Ng Teck Hean, tân Đại sứ Singapore tại Việt Nam, và ông Sok Dareth, "
                     "Tổng lãnh sự Vương quốc Campuchia tại TP.HCM.")
    found = posts(facts)
    assert not found.get("Lê Văn Ba") and found["Hà Văn An"] == {"Phó Giám đốc HCDC"}
    assert found["Ng Teck Hean"] == {"Đại sứ Singapore tại Việt Nam"}
    assert found["Sok Dareth"] == {"Tổng lãnh sự Vương quốc Campuchia tại TP.HCM"}


def test_a_commission_written_ub_and_our_consuls_general_in_foreign_cities() -> None:
    facts = facts_of("Từ ngày 3-8/1/2024, tại Hà Nội, UB Kiểm tra Trung ương đã họp kỳ 42 do Chủ nhiệm UB, ông Trần Văn Tú "
                     "chủ trì. Ông Nguyễn Hồng Hà, Tổng Lãnh sự Việt Nam tại Osaka, Nhật Bản bị kỷ luật.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Kỳ họp thứ 42 Ủy ban Kiểm tra Trung ương", date(2024, 1, 3))]
    assert roles(facts) == {("chaired", "Trần Văn Tú")}
    assert posts(facts)["Nguyễn Hồng Hà"] == {"Tổng Lãnh sự Việt Nam tại Osaka"}


def test_the_board_for_cadres_health_care_is_one_body_with_its_comma() -> None:
    facts = facts_of("Sáng 5/3/2024, Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương tổ chức Lễ kỷ niệm 75 năm ngày thành "
                     "lập. Bà Hà Thị An, Phó Trưởng Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Lạng Sơn dự.")
    assert [o.org for o in facts.organizers] == ["Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương"]
    assert posts(facts)["Hà Thị An"] == {"Phó Trưởng ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Lạng Sơn"}


def test_what_the_session_s_rules_must_not_read_a_review_s_sentences() -> None:
    party = facts_of("Sau Đại hội XIII Tỉnh ủy Hà Tĩnh đã ban hành 12 nghị quyết chuyên đề. Ông Hoàng Văn Dũng, Bí thư Tỉnh "
                     "ủy phát biểu tại hội nghị sáng 16/10/2023. Ông Lê Văn Khang cho biết Đại hội XIII Công đoàn Việt Nam "
                     "sẽ diễn ra vào tháng 12.")
    assert {m.label: m.held for m in party.meetings} == {"Đại hội XIII": False, "Hội nghị": True,
                                                         "Đại hội Công đoàn Việt Nam lần thứ XIII": False}
    told = facts_of("Ông Lê Văn Ba cho biết, ngày 5/12 HĐND tỉnh Nghệ An khai mạc kỳ họp thứ 14, dự kiến diễn ra trong 3 ngày.")
    assert [m.held for m in told.meetings] == [False]
    consuls = facts_of("Ông Lê Văn Ba tiếp Tổng Lãnh sự Việt Nam tại Osaka Ngô Trịnh Hà và Tổng Lãnh sự Việt Nam tại Quảng "
                       "Châu Nguyễn Việt Dũng. Ông Lê Hoài Trung, Trưởng đoàn Việt "
                       "Nam tại Hội nghị Bộ trưởng ASEAN phát biểu. Ông Trần Văn Cường, Giám đốc HTX Nông nghiệp Tân Phú dự.")
    assert posts(consuls)["Ngô Trịnh Hà"] == {"Tổng Lãnh sự Việt Nam tại Osaka"}
    assert posts(consuls)["Nguyễn Việt Dũng"] == {"Tổng Lãnh sự Việt Nam tại Quảng Châu"}
    assert not posts(consuls).get("Lê Hoài Trung")
    assert posts(consuls)["Trần Văn Cường"] == {"Giám đốc HTX Nông nghiệp Tân Phú"}  # the cooperative named, no other body
    host = facts_of("Sáng 5/3/2024, Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Thọ tiếp Đại sứ Nhật Bản tại Việt Nam.")
    assert [m.label for m in host.meetings] == [
        "Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Thọ tiếp Đại sứ Nhật Bản tại Việt Nam"]
    eleventh = facts_of("Sáng 5/3/2024, Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XI khai mạc. BCH Đảng bộ tỉnh khóa XI tổ "
                        "chức Hội nghị lần thứ 1, bầu Bí thư.")
    assert len(eleventh.meetings) == 2  # the first plenum is not the eleventh congress


def test_hosts_who_welcome_a_delegation_attend_its_visit() -> None:
    facts = facts_of("Sáng 20/12/2023, Phó Chủ tịch nước Võ Thị Ánh Xuân cùng Đoàn công tác đến thăm và làm việc tại tỉnh "
                     "Sơn La. Đón và làm việc với đoàn công tác có các đồng chí: Nguyễn Hữu Đông, Bí thư Tỉnh ủy; Hoàng "
                     "Quốc Khánh, Chủ tịch UBND tỉnh Sơn La.")
    assert {r.person for r in facts.roles if r.relation == "attended"} >= {"Nguyễn Hữu Đông", "Hoàng Quốc Khánh"}
    lead = "Sáng 5/3/2024, UBND tỉnh Nghệ An tổ chức Hội nghị xúc tiến đầu tư năm 2024. "
    for welcome in ("Huyện Nam Đàn đón 120 hộ dân về nơi ở mới, trong đó có ông Nguyễn Văn Hùng, 72 tuổi.",
                    "Nhân dân chào đón đoàn, có ông Nguyễn Văn Hùng.", "Xe đưa đón đoàn bị hỏng, có ông Nguyễn Văn Hùng."):
        assert not facts_of(lead + welcome).roles  # no delegation welcomed: nobody attends for it


def test_a_self_criticism_session_a_leader_attends_is_a_meeting_of_its_body() -> None:
    facts = facts_of("Sáng 17/1/2018, đồng chí Võ Văn Thưởng dự và chỉ đạo kiểm điểm tự phê bình và phê bình năm 2017 của "
                     "Ban Thường vụ Tỉnh ủy Nghệ An. Ông Nguyễn Đắc Vinh, Bí thư Tỉnh ủy chủ trì.")
    [meeting] = facts.meetings
    assert meeting.label == "Kiểm điểm tự phê bình và phê bình năm 2017 của Ban Thường vụ Tỉnh ủy Nghệ An"
    assert meeting.date == date(2018, 1, 17)
    assert {o.org for o in facts.organizers} == {"Ban Thường vụ Tỉnh ủy Nghệ An"}
    for directive in ("Ban Thường vụ Tỉnh ủy chỉ đạo kiểm điểm tự phê bình và phê bình nghiêm túc ở tất cả chi bộ.",
                      "Các cấp ủy cần tổ chức kiểm điểm tập thể và cá nhân nghiêm túc, đúng quy định."):
        assert not facts_of(directive).meetings  # a directive to hold them, not a session held


def test_a_meeting_spoken_at_and_dated_this_morning_after_its_name() -> None:
    page = "Thủ tướng: Không chủ quan\n03/10/2017 03:59 PM\n"
    facts = facts_of(page + "Phát biểu phiên họp Chính phủ thường kỳ tháng 9/2017 sáng nay, Thủ tướng Nguyễn Xuân Phúc "
                            "nhìn nhận kết quả tốt.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Phiên họp Chính phủ thường kỳ tháng 9/2017", date(2017, 10, 3))]
    dated = facts_of(page + "Phát biểu phiên họp Chính phủ thường kỳ sáng nay, 3/10, Thủ tướng Nguyễn Xuân Phúc nói.")
    assert [(m.label, m.date) for m in dated.meetings] == [("Phiên họp Chính phủ thường kỳ", date(2017, 10, 3))]
    nested = facts_of(page + "Phát biểu tại hội nghị quán triệt Nghị quyết Hội nghị Trung ương 6 sáng nay, Bí thư Tỉnh ủy "
                             "Lê Văn An yêu cầu các cấp ủy thực hiện nghiêm.")
    assert all(not m.held for m in nested.meetings if m.label.startswith("Hội nghị Trung ương"))  # named inside the other


def test_a_meeting_s_name_ends_before_it_officially_opens_or_what_followed_it() -> None:
    opened = facts_of("Ngày 28/12/2018, Hội nghị toàn quốc Chính phủ với các địa phương chính thức khai mạc.")
    assert [m.label for m in opened.meetings] == ["Hội nghị toàn quốc Chính phủ với các địa phương"]
    after = facts_of("Sáng 2/2/2017, chủ trì phiên họp đầu tiên của năm Đinh Dậu, sau khi nghe các ý kiến, Thủ tướng "
                     "Nguyễn Xuân Phúc kết luận.")
    assert [m.label for m in after.meetings] == ["Phiên họp đầu tiên của năm Đinh Dậu"]


def test_an_assembly_committee_written_without_cua_keeps_the_title_chain_going() -> None:
    facts = facts_of("Ông Lê Văn An, Phó Chủ nhiệm UB Văn hoá Giáo dục Thanh thiếu niên nhi đồng Quốc hội, Phó trưởng Đoàn "
                     "ĐBQH tỉnh Quảng Ninh dự. Ông Lê Văn Dũng, Chủ nhiệm Ủy ban Kinh tế Quốc hội, Trưởng Đoàn ĐBQH tỉnh "
                     "Quảng Ninh dự.")
    assert posts(facts)["Lê Văn An"] == {
        "Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội",
        "Phó Trưởng đoàn Đại biểu Quốc hội tỉnh Quảng Ninh"}
    assert posts(facts)["Lê Văn Dũng"] == {"Chủ nhiệm Ủy ban Kinh tế của Quốc hội",
                                           "Trưởng đoàn Đại biểu Quốc hội tỉnh Quảng Ninh"}
    joined = facts_of("Ông Lê Văn Hà, Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh Quốc hội, Trưởng Đoàn ĐBQH tỉnh Quảng Ninh dự.")
    assert "Trưởng đoàn Đại biểu Quốc hội tỉnh Quảng Ninh" in posts(joined)["Lê Văn Hà"]


def test_a_body_s_working_session_is_named_by_the_body_and_a_vote_count_ends_a_name() -> None:
    facts = facts_of("Ngày 10/9/2013, tại trụ sở Trung ương Đảng, Ban Bí thư Trung ương Đảng đã làm việc với Ban Thường vụ "
                     "Tỉnh ủy Hà Giang về tình hình thực hiện nghị quyết.")
    assert [m.label for m in facts.meetings] == [
        "Buổi làm việc của Ban Bí thư Trung ương Đảng với Ban Thường vụ Tỉnh ủy Hà Giang"]
    voted = facts_of("Ngày 5/3/2020, tại Hội nghị Ban Chấp hành Đảng bộ tỉnh Gia Lai, 51/53 đại biểu đã bỏ phiếu đồng ý "
                     "khiển trách.")
    assert [m.label for m in voted.meetings] == ["Hội nghị Ban Chấp hành Đảng bộ tỉnh Gia Lai"]


def test_a_lone_head_after_a_transfer_to_a_workplace_is_the_head_of_that_workplace() -> None:
    facts = facts_of("Ngày 23/7/2025, UBND thành phố điều động ông Võ Nguyên Chương, Phó Giám đốc Sở Nông nghiệp và Môi "
                     "trường, đến nhận công tác tại Trung tâm Phát triển quỹ đất TP. Đà Nẵng và bổ nhiệm giữ chức Giám đốc "
                     "trong thời hạn 5 năm.")
    taken = "Giám đốc Trung tâm Phát triển quỹ đất Thành phố Đà Nẵng"
    assert taken in posts(facts)["Võ Nguyên Chương"]
    assert [(c.person, c.post.label, c.change) for c in facts.changes] == [("Võ Nguyên Chương", taken, "start")]


def test_a_numbered_plenum_s_name_ends_after_its_number_and_term() -> None:
    facts = facts_of("Ngày 6/7/2023, tại Hà Nội, Trung ương Hội Cựu chiến binh Việt Nam tổ chức Hội nghị Ban Chấp hành lần "
                     "thứ 10, khóa VI.")
    # its term is part of its name (the numbers tell one plenum from another where no day is given)
    assert [m.label for m in facts.meetings] == ["Hội nghị Ban Chấp hành lần thứ 10, khóa VI"]
    topic = facts_of("Ngày 6/7/2023, Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10, thảo luận các nội dung "
                     "quan trọng.")
    assert [m.label for m in topic.meetings] == ["Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10"]


def test_a_steering_committee_s_numbered_session_is_its_own() -> None:
    facts = facts_of("Ngày 12/5/2024, tại phiên họp thứ 8 với sự chủ trì của Bí thư Tỉnh ủy Lâm Đồng Nguyễn Thái Học, Ban chỉ "
                     "đạo phòng chống tham nhũng, tiêu cực tỉnh Lâm Đồng đã thống nhất đưa vụ việc vào diện theo dõi.")
    [meeting] = facts.meetings
    assert meeting.label.startswith("Phiên họp thứ 8 Ban chỉ đạo phòng chống tham nhũng, tiêu cực tỉnh Lâm Đồng")
    assert [o.org for o in facts.organizers] == [meeting.body]
    assert roles(facts) >= {("chaired", "Nguyễn Thái Học")}


def test_a_talk_on_a_topic_is_a_speech_and_a_meeting_named_by_an_assessment_is_none() -> None:
    talk = facts_of("Sáng 10/9/2023, Đảng ủy Khối tổ chức Hội nghị học tập chuyên đề. Hội nghị được đồng chí Thái Văn Tài - Vụ "
                    "trưởng Vụ Giáo dục và Đào tạo thông tin chuyên đề: Những nhiệm vụ trọng tâm năm học.")
    assert roles(talk) == {("spokeAt", "Thái Văn Tài")}
    for named in ("hội nghị đánh giá kết quả năm 2025", "hội nghị tổng kết, đánh giá, rút kinh nghiệm công tác năm 2025",
                  "Hội nghị sơ kết đánh giá, rút kinh nghiệm công tác năm 2025"):
        review = facts_of(f"Sáng 8/9/2025, ông Lê Văn An, Phó Chủ tịch UBND tỉnh dự {named}.")
        assert roles(review) == {("attended", "Lê Văn An")}  # an assessment in the meeting's name: no speech


def test_a_congress_s_official_sitting_is_the_congress_and_a_conference_centre_no_conference() -> None:
    facts = facts_of("Ngày 5/8/2024, Đại hội Đại biểu MTTQ Việt Nam tỉnh Thái Nguyên lần thứ XVI, nhiệm kỳ 2024 - 2029 diễn ra "
                     "phiên họp chính thức. Bí thư Tỉnh ủy Trịnh Việt Hùng dự.")
    assert [m.label for m in facts.meetings if m.held] == [
        "Đại hội Đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên lần thứ XVI, nhiệm kỳ 2024-2029"]
    venue = facts_of("Ngày 25/11/2025, tại Trung tâm tổ chức hội nghị tỉnh Lạng Sơn, Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn tổ chức "
                     "Đại hội Đại biểu lần thứ XVI, nhiệm kỳ 2025 – 2030.")
    assert [m.label.split(" lần thứ")[0] for m in venue.meetings] == [
        "Đại hội đại biểu Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn"]  # the congress, no `Hội nghị tỉnh Lạng Sơn`
    cared = facts_of("Ngày 18/4/2024, Huyện ủy Lục Ngạn đặc biệt quan tâm tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị "
                     "05. Ông Ngô Văn Phúc, Bí thư Huyện ủy dự.")
    assert [m.label for m in cared.meetings] == ["Hội nghị tổng kết 10 năm thực hiện Chỉ thị 05"]
    other = facts_of("Ngày 20/10/2024, tại Trụ sở Liên Hợp Quốc, Hội đồng Bảo an tổ chức phiên họp chính thức. Đại sứ Đặng "
                     "Hoàng Giang phát biểu.")
    assert [m.label for m in other.meetings] == ["Phiên họp chính thức"]  # no congress before it: a sitting of its own


def test_an_anti_corruption_steering_committee_is_named_whole_and_by_the_short_name_it_is_given() -> None:
    facts = facts_of("Ông Lê Văn An, Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Lâm Đồng dự.")
    assert posts(facts)["Lê Văn An"] == {"Trưởng ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Lâm Đồng"}
    short = facts_of("Chiều 18/9/2025, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Lâm Đồng (sau đây gọi tắt là Ban Chỉ "
                     "đạo) tổ chức hội nghị. Ông Lê Văn An chủ trì Phiên họp thứ Nhất của Ban Chỉ đạo.")
    assert {o.org for o in short.organizers} == {"Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Lâm Đồng"}
    assert any(m.label.lower().startswith("phiên họp thứ nhất ban chỉ đạo phòng, chống tham nhũng") for m in short.meetings)


def test_those_listed_after_whom_they_join_attend_too() -> None:
    facts = facts_of("Sáng 15/3/2015, Thường trực Ban Bí thư Lê Hồng Anh làm việc với Tỉnh ủy Gia Lai. Cùng dự với Thường trực "
                     "Ban Bí thư còn có Ủy viên Bộ Chính trị, Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình, Ủy viên Ban "
                     "Chấp hành Trung ương Đảng, Phó Thủ tướng Chính phủ Trần Lưu Quang cùng lãnh đạo các ban.")
    assert roles(facts) == {("attended", name) for name in ("Lê Hồng Anh", "Nguyễn Hòa Bình", "Trần Lưu Quang")}


def test_a_party_organ_written_bare_with_its_board_is_the_organ_of_the_next_post_s_body() -> None:
    facts = facts_of("Sáng 8/4/2020, Thiếu tướng Lê Văn An - Ủy viên Thường vụ Đảng ủy, Phó Tư lệnh Quân khu 7 dự. Ông Trần Văn "
                     "Bình, Ủy viên Ban Thường vụ Đảng ủy, Giám đốc Công an tỉnh Long An phát biểu.")
    assert posts(facts)["Lê Văn An"] == {"Ủy viên Ban Thường vụ Đảng ủy Quân khu 7", "Phó Tư lệnh Quân khu 7"}
    assert "Ủy viên Ban Thường vụ Đảng ủy Công an tỉnh Long An" in posts(facts)["Trần Văn Bình"]
    place = facts_of("Chiều 4/2/2026, đồng chí Nguyễn Văn Ba – Ủy viên Ban Chấp hành Đảng bộ, Phó Chủ tịch UBND xã Xuân Định dự.")
    assert posts(place)["Nguyễn Văn Ba"] == {"Ủy viên Ban Chấp hành Đảng bộ xã Xuân Định",
                                             "Phó Chủ tịch Ủy ban nhân dân xã Xuân Định"}
    alone = facts_of("Chiều 4/2/2026, đồng chí Nguyễn Văn Ba – Ủy viên Ban Thường vụ Đảng ủy phát biểu.")
    assert posts(alone)["Nguyễn Văn Ba"] == {"Ủy viên Ban Thường vụ Đảng ủy"}  # no post beside it: as written


def test_a_session_takes_the_body_written_after_it_even_where_the_page_never_names_the_province() -> None:
    facts = facts_of("Ông Lê Văn An nhấn mạnh: Kỳ họp thứ 10, Hội đồng nhân dân huyện khoá XX diễn ra sau thành công của kỳ "
                     "họp thứ 14 HĐND tỉnh, khóa XVIII với nhiều quyết sách quan trọng.")
    assert {m.label for m in facts.meetings} == {"Kỳ họp thứ 10 Hội đồng nhân dân huyện khóa XX",
                                                 "Kỳ họp thứ 14 Hội đồng nhân dân tỉnh khóa XVIII"}


def test_a_corporation_s_acronym_may_end_in_a_number_and_a_foreign_party_may_be_a_people_s_party() -> None:
    facts = facts_of("Sáng 5/3/2020, ông Nguyễn Văn An, Tổng Giám đốc PECC2 phát biểu. Ông Lê Văn Ba, Giám đốc EVNGENCO3 dự.")
    assert posts(facts) == {"Nguyễn Văn An": {"Tổng Giám đốc PECC2"}, "Lê Văn Ba": {"Giám đốc EVNGENCO3"}}
    ethnic = facts_of("Dự có các đồng chí Thứ trưởng, Phó Chủ nhiệm UBDT: Lê Văn Ca, Trần Thị Dung.")
    assert posts(ethnic) == {"Lê Văn Ca": {"Phó Chủ nhiệm Ủy ban Dân tộc"}, "Trần Thị Dung": {"Phó Chủ nhiệm Ủy ban Dân tộc"}}
    guest = facts_of("Sáng 17/1/2023, đồng chí Sam Bo Ra, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Campuchia, Tỉnh "
                     "trưởng tỉnh Stung Treng dự.")
    assert "Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Campuchia" in posts(guest)["Sam Bo Ra"]
    assert not any(p.startswith("Ủy viên Trung ương Đảng") for p in posts(guest)["Sam Bo Ra"])  # not our Central Committee


def test_a_visit_s_name_ends_before_a_place_in_brackets() -> None:
    facts = facts_of("Ngày 8/4/2019, đoàn đại biểu huyện Nam Giang đến thăm, chúc tết cổ truyền Bunpimay đối với chính quyền và "
                     "nhân dân huyện Đắc Chưng (tỉnh Sê Kông, Lào).")
    assert [m.label for m in facts.meetings] == [
        "Buổi thăm, chúc tết cổ truyền Bunpimay đối với chính quyền và nhân dân huyện Đắc Chưng"]


def test_a_bill_s_name_ends_where_the_sentence_moves_it_and_a_meeting_s_name_at_trước_đó() -> None:
    facts = facts_of("Ủy ban Thường vụ Quốc hội bổ sung dự án Luật Biểu tình vào chương trình cho ý kiến tại kỳ họp thứ 9; "
                     "dự án Luật Tiền lương tối thiểu… cũng được đưa vào.")
    assert {d.label for d in facts.documents} >= {"Luật Biểu tình", "Luật Tiền lương tối thiểu"}
    earlier = facts_of("Tại phiên họp toàn thể của Ủy ban Pháp luật trước đó, các ý kiến tán thành đề án.")
    assert all(not m.label.endswith("trước đó") for m in earlier.meetings)


def test_a_draft_law_s_name_ends_at_the_clause_that_follows_it() -> None:
    facts = facts_of("Bộ trưởng cho biết, theo dự thảo Luật Thanh tra sửa đổi thì chỉ quy định ba trường hợp; dự thảo Luật "
                     "Đất đai cũng như các luật khác đều được lấy ý kiến.")
    assert {d.label for d in facts.documents} == {"Luật Thanh tra sửa đổi", "Luật Đất đai"}
    kept = facts_of("Quốc hội thảo luận dự án Luật Phòng, chống mua bán người (sửa đổi).")
    assert [d.label for d in kept.documents] == ["Luật Phòng, chống mua bán người (sửa đổi)"]


def test_a_member_put_forward_for_a_body_just_set_up_takes_up_no_post() -> None:
    facts = facts_of("Ngày 3/3/2016, Quốc hội đã biểu quyết thành lập Hội đồng bầu cử quốc gia. Ông Nguyễn Văn An, Chủ tịch "
                     "Quốc hội, làm Chủ tịch Hội đồng bầu cử quốc gia. Ủy ban Thường vụ giới thiệu ông Lê Văn Bình, Phó Chủ "
                     "tịch nước để bầu làm Phó Chủ tịch Hội đồng bầu cử quốc gia.")
    assert {(c.person, c.post.label, c.change) for c in facts.changes} == {
        ("Nguyễn Văn An", "Chủ tịch Hội đồng Bầu cử quốc gia", "start")}
    prepared = facts_of("Ngày 3/3/2021, UBND tỉnh Long An ban hành Quyết định số 25/QĐ-UBND thành lập Ủy ban bầu cử tỉnh "
                        "Long An để chuẩn bị cho cuộc bầu cử, ông Lê Văn Một, Chủ tịch HĐND tỉnh làm Chủ tịch Ủy ban bầu "
                        "cử tỉnh.")  # a task's `chuẩn bị` puts no one forward
    assert [c.person for c in prepared.changes if c.change == "start"] == ["Lê Văn Một"]


def test_a_title_chain_goes_on_after_a_bracketed_title_and_a_dash() -> None:
    facts = facts_of("Ngày 26/9/2025, Tỉnh ủy Quảng Ninh họp. Tham dự có bà Trịnh Thị Minh Thanh (Phó Bí thư Thường trực "
                     "Tỉnh ủy) - Chủ tịch HĐND tỉnh, ông Bùi Văn Khắng - Chủ tịch UBND tỉnh.")
    assert posts(facts) == {
        "Trịnh Thị Minh Thanh": {"Phó Bí thư Thường trực Tỉnh ủy Quảng Ninh", "Chủ tịch Hội đồng nhân dân tỉnh Quảng Ninh"},
        "Bùi Văn Khắng": {"Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh"}}


def test_a_visit_greeting_a_feast_takes_the_feast_s_year_and_đến_chúc_mừng_is_a_visit() -> None:
    facts = facts_of("Sáng 17/12, nhân dịp mùa Giáng sinh 2018, Trưởng ban Dân vận Trung ương Nguyễn Văn An đã tới thăm và "
                     "chúc mừng Giám mục Lê Văn Ba cùng các vị chức sắc Tòa Giám mục Hưng Hóa.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Buổi thăm và chúc mừng Giám mục Lê Văn Ba cùng các vị chức sắc Tòa Giám mục Hưng Hóa", date(2018, 12, 17))]
    greeted = facts_of("Sáng 5-7-2020, Phó Bí thư Tỉnh ủy Trần Văn Ca dẫn đầu đoàn công tác của Tỉnh ủy An Giang đã đến "
                       "chúc mừng Ban Trị sự Trung ương Giáo hội Phật giáo Hòa Hảo.")
    assert [m.date for m in greeted.meetings if m.held] == [date(2020, 7, 5)]
    sent = facts_of("Ngày 2/9/2023, Chủ tịch nước Võ Văn Thưởng đã gửi lẵng hoa đến chúc mừng Đại sứ quán Việt Nam tại Lào.")
    assert sent.meetings == []  # flowers sent, no visit
    prepared = facts_of("Sáng 10/9, Ban Trị sự Giáo hội Phật giáo tỉnh Ninh Bình họp triển khai công tác chuẩn bị Đại lễ "
                        "Phật đản 2025. Năm 2024, tỉnh đã đón 5 triệu lượt khách.")
    assert all(m.date is None or m.date.year == 2024 for m in prepared.meetings)  # the feast prepared for is next year's


def test_the_head_of_a_committee_or_working_group_named_before_its_do_holds_its_post() -> None:
    facts = facts_of("Ngày 5/6/2022, UBND tỉnh Bắc Giang thành lập Ban Chỉ huy tiền phương phòng chống dịch do ông Mai "
                     "Văn Sơn, Phó Chủ tịch UBND tỉnh làm trưởng ban. Cụ thể, tổ công tác số 1 do Phó Chủ tịch UBND tỉnh "
                     "Lê Văn Lâm làm tổ trưởng, trực tiếp theo dõi các dự án. Tổ công tác số 2: Giám đốc Sở Tài chính "
                     "Trần Văn Bình làm Tổ trưởng, kiểm tra các huyện.")
    held = posts(facts)
    assert "Trưởng ban Chỉ huy tiền phương phòng chống dịch" in held["Mai Văn Sơn"]
    assert "Tổ trưởng Tổ công tác số 1" in held["Lê Văn Lâm"]
    assert "Tổ trưởng Tổ công tác số 2" in held["Trần Văn Bình"]
    named = facts_of("Ban Tổ chức Tỉnh ủy Nghệ An do ông Lê Văn An làm trưởng ban.")
    assert posts(named) == {"Lê Văn An": {"Trưởng ban Tổ chức Tỉnh ủy Nghệ An"}}  # a body read as named keeps its post
    alone = facts_of("Ngày 11/11/2014, Ban Chỉ đạo do Phó Chủ tịch UBND tỉnh Đinh Văn Thu làm Trưởng ban.")
    assert "Trưởng ban Chỉ đạo" not in posts(alone).get("Đinh Văn Thu", set())  # the kind alone names no committee
    because = facts_of("Ngày 5/6/2022, Ban quản lý chợ Bến Thành thu phí sai quy định do ông Lê Văn Một, Trưởng ban trực "
                       "tiếp chỉ đạo.")  # `do`: because; no `làm`
    assert not any("thu phí" in post for held in posts(because).values() for post in held)


def test_a_working_group_set_up_is_a_body_though_named_in_lowercase() -> None:
    facts = facts_of("Ngày 17/12/2025, UBND TPHCM ban hành quyết định kiện toàn Tổ công tác kiểm tra, xử lý các vụ khiếu "
                     "nại. Theo quyết định, Chủ tịch UBND TPHCM Nguyễn Văn Được làm Tổ trưởng tổ công tác.")
    assert "Tổ công tác kiểm tra, xử lý các vụ khiếu nại" in {o.label for o in facts.orgs}  # named by its whole task
    assert [(c.person, c.post.label, c.change) for c in facts.changes] == [
        ("Nguyễn Văn Được", "Tổ trưởng Tổ công tác kiểm tra, xử lý các vụ khiếu nại", "start")]
    spoken = facts_of("Ngày 17/12/2025, Tổ công tác kiểm tra đã họp.")
    assert not any(o.label.startswith("Tổ công tác") for o in spoken.orgs)  # not set up here: a capital name is needed
    team = facts_of("Ngày 5/6/2022, UBND tỉnh Nghệ An thành lập Đoàn giám sát chuyên đề về đất đai.")
    assert not any(o.label.startswith("Đoàn") for o in team.orgs)  # a team sent out, no standing body
    ordered = facts_of("Ngày 5/6/2022, UBND tỉnh Nghệ An yêu cầu các sở, ngành thành lập Tổ công tác của đơn vị mình "
                       "trước ngày 15/6.")
    assert not any(o.label.startswith("Tổ công tác") for o in ordered.orgs)  # an order to set one up, no body
    came = facts_of("Ngày 5/6/2022, đoàn công tác của Ban Chỉ đạo tỉnh về kiểm tra công tác phòng, chống dịch tại huyện "
                    "Đô Lương, tỉnh Nghệ An.")
    assert not any("về kiểm tra" in o.label for o in came.orgs)  # came to check: no task in the name


def test_gifts_counted_in_portions_make_a_visit() -> None:
    facts = facts_of("Chiều 21/1/2022, đồng chí Lê Văn Hổ, Phó Chủ tịch UBND tỉnh cùng các đại biểu HĐND tỉnh thăm và tặng "
                     "225 suất quà tết cho các hộ nghèo trên địa bàn huyện Tuy An.")
    assert [(m.label, m.held) for m in facts.meetings] == [
        ("Buổi thăm và tặng 225 suất quà tết cho các hộ nghèo trên địa bàn huyện Tuy An", True)]
    tally = facts_of("Ngày 20/12/2023, Hội nghị tổng kết cho biết, trong năm qua Hội Chữ thập đỏ tỉnh Long An đã tặng "
                     "12.000 phần quà cho người nghèo.")
    assert not any(m.label.startswith("Buổi tặng") for m in tally.meetings)  # a year's tally, no visit


def test_an_ambassador_of_a_republic_written_ch() -> None:
    facts = facts_of("Ngày 9/12/2021, Ngài Wojciech Gerwel, Đại sứ CH Ba Lan tại Việt Nam đã đến thăm tỉnh Nghệ An.")
    assert posts(facts) == {"Wojciech Gerwel": {"Đại sứ CH Ba Lan tại Việt Nam"}}


def test_a_provincial_steering_committee_named_by_its_task_organises_its_own_sitting() -> None:
    facts = facts_of("Sáng 10/10/2025, tại tỉnh Nghệ An, đồng chí Nguyễn Đức Trung chủ trì phiên họp thứ 14 của Ban Chỉ đạo "
                     "tỉnh về phòng, chống tham nhũng.")
    assert {(o.org, o.meeting) for o in facts.organizers} == {
        ("Ban Chỉ đạo tỉnh về phòng, chống tham nhũng",
         "2025-10-10 Phiên họp thứ 14 Ban Chỉ đạo tỉnh về phòng, chống tham nhũng")}


def test_the_central_military_commission_and_the_labour_confederation_abbreviated() -> None:
    facts = facts_of("Ngày 5/3/2020, Thượng tướng Trần Văn Phương, Ủy viên QUTƯ, Phó chủ nhiệm Tổng cục Chính trị dự đại hội. "
                     "Ông Hoàng Văn Thanh, phó chủ tịch TLĐLĐ VN cho biết.")
    held = posts(facts)
    assert "Ủy viên Quân ủy Trung ương" in held["Trần Văn Phương"]
    assert held["Hoàng Văn Thanh"] == {"Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"}


def test_a_deputy_put_in_charge_of_running_the_department_after_a_comma() -> None:
    facts = facts_of("Ngày 30/6/2025, UBND tỉnh Long An giao ông Lê Văn Một, Phó Giám đốc Sở Y tế, phụ trách điều hành hoạt "
                     "động của Sở Y tế tỉnh Long An.")
    assert [(c.person, c.post.label, c.change) for c in facts.changes] == [
        ("Lê Văn Một", "Phụ trách Sở Y tế tỉnh Long An", "start")]


def test_a_one_letter_roman_term_ends_a_sentence_and_the_list_after_it_is_the_deputies() -> None:
    facts = facts_of("Ngày 11/12/2025, Ban Thường vụ Trung ương Đoàn trao quyết định. Theo đó, anh Phạm Văn An được chỉ định giữ "
                     "chức Bí thư Tỉnh Đoàn Gia Lai, khóa I. Các Phó Bí thư Tỉnh Đoàn gồm: Anh Lê Văn Ba, anh Trần Văn Ca.")
    assert {(c.person, c.post.label) for c in facts.changes} == {
        ("Phạm Văn An", "Bí thư Tỉnh đoàn Gia Lai"), ("Lê Văn Ba", "Phó Bí thư Tỉnh đoàn Gia Lai"),
        ("Trần Văn Ca", "Phó Bí thư Tỉnh đoàn Gia Lai")}
    initials = facts_of("Ông Nguyễn V. A. Lê phát biểu.")
    assert len(initials.sentences) == 1  # an initial is no sentence's end


def test_members_named_with_làm_after_a_committee_is_set_up_take_up_their_posts() -> None:
    facts = facts_of("UBND tỉnh Gia Lai vừa ký quyết định thành lập Ban Chỉ huy phòng-chống thiên tai tỉnh do Chủ tịch UBND "
                     "tỉnh Phạm Văn An làm Trưởng ban; Phó Chủ tịch UBND tỉnh Lê Văn Ba làm Phó Trưởng ban Thường trực.")
    assert {(c.person, c.post.label) for c in facts.changes} == {
        ("Phạm Văn An", "Trưởng ban Chỉ huy phòng-chống thiên tai tỉnh"),
        ("Lê Văn Ba", "Phó Trưởng ban Thường trực Ban Chỉ huy phòng-chống thiên tai tỉnh")}
    career = facts_of("Ông Lê Văn Ba từng làm Phó Trưởng ban Chỉ đạo.")
    assert not career.changes  # no decision told before it: a career, no change


def test_a_national_unity_festival_is_a_meeting_its_guests_attend() -> None:
    facts = facts_of("Sáng 15/11/2021, Thủ tướng Phạm Văn An dự Ngày hội Đại đoàn kết toàn dân tộc với người dân xóm Pác Bó.")
    assert [m.label for m in facts.meetings] == ["Ngày hội Đại đoàn kết toàn dân tộc với người dân xóm Pác Bó"]
    assert roles(facts) == {("attended", "Phạm Văn An")}


def test_reviewed_cases_a_party_body_s_own_office_a_comma_after_a_session_a_festival_spoken_of_a_career() -> None:
    office = facts_of("Ông Trần Văn Bình, Bí thư Đảng ủy, Chánh Văn phòng Trung ương Đảng phát biểu.")
    assert "Bí thư Đảng ủy Văn phòng Trung ương Đảng" in posts(office)["Trần Văn Bình"]
    comma = facts_of("Sáng 5/12/2023, HĐND tỉnh khóa XVIII khai mạc kỳ họp thứ 15, Ủy ban nhân dân tỉnh báo cáo tình hình.")
    assert [m.label for m in comma.meetings] == ["Kỳ họp thứ 15 Hội đồng nhân dân tỉnh khóa XVIII"]
    spoken = facts_of("Theo ông Lê Văn An, Ngày hội Đại đoàn kết toàn dân tộc là dịp để nhân dân ôn lại truyền thống.")
    assert not spoken.meetings
    career = facts_of("Ngày 5/3/2020, Ban Thường vụ Tỉnh ủy quyết định điều động ông Lê Văn Ba giữ chức Bí thư Huyện ủy Chư "
                      "Sê. Ông Lê Văn Ba có nhiều năm làm Ủy viên Ban Thường vụ Huyện ủy Chư Păh.")
    assert {c.post.label for c in career.changes} == {"Bí thư Huyện ủy Chư Sê"}


def test_a_province_s_delegates_listed_after_the_guests_attend() -> None:
    facts = facts_of("Sáng 12/12/2015, Lễ kỷ niệm 55 năm Ngày Đồng khởi được tổ chức tại tỉnh. Chủ tịch nước Trần Văn An dự "
                     "lễ kỷ niệm.\nĐại biểu tỉnh Bến Tre có Bí thư Tỉnh ủy Hồ Thị Bình, Phó Bí thư Thường trực Tỉnh ủy "
                     "Trần Văn Chín, Chủ tịch UBND tỉnh Lê Văn Dũng.")
    assert {p for r, p in roles(facts) if r == "attended"} >= {"Trần Văn An", "Hồ Thị Bình", "Trần Văn Chín", "Lê Văn Dũng"}
    said = facts_of("Sáng 12/12/2015, Lễ kỷ niệm 55 năm Ngày Đồng khởi được tổ chức tại tỉnh.\nĐại biểu Quốc hội có ý kiến "
                    "Lê Văn Dũng nêu rõ nhiều vấn đề.")
    assert ("attended", "Lê Văn Dũng") not in roles(said)  # a deputy's opinion opens no list
    leaders = facts_of("Sáng 12/12/2015, Lễ kỷ niệm 55 năm Ngày Đồng khởi được tổ chức tại tỉnh. Chủ tịch nước Trần Văn An "
                       "dự lễ kỷ niệm.\nLãnh đạo tỉnh Bến Tre có các đồng chí Võ Thành Hạo, Bí thư Tỉnh ủy; Cao Văn Trọng, "
                       "Chủ tịch UBND tỉnh.\nĐoàn đại biểu TP Hồ Chí Minh có đồng chí Lê Thanh Hải, Bí thư Thành ủy.")
    assert {p for r, p in roles(leaders) if r == "attended"} >= {"Võ Thành Hạo", "Cao Văn Trọng", "Lê Thanh Hải"}


def test_a_reception_of_a_general_or_a_prime_minister_counts_host_and_guest() -> None:
    facts = facts_of("Chiều 25-10-2024, tại Phủ Chủ tịch, Chủ tịch nước Lương Văn An đã tiếp Thượng tướng Trương Hựu Bình, "
                     "Phó chủ tịch Quân ủy Trung ương Trung Quốc đang thăm chính thức Việt Nam.")
    assert [(m.held, m.date) for m in facts.meetings] == [(True, date(2024, 10, 25))]
    assert roles(facts) == {("attended", "Lương Văn An"), ("attended", "Trương Hựu Bình")}
    talks = facts_of("Sáng 9/10/2025, Thủ tướng Lê Văn Cường hội đàm với Thủ tướng Lào Sonexay Siphandone.")
    assert ("attended", "Lê Văn Cường") in roles(talks)


def test_a_body_spelt_two_ways_that_read_alike_is_named_as_written() -> None:
    facts = facts_of("Ông Trịnh Công Lý, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sóc Trăng phát biểu. Bà Trần "
                     "Thị Thu, Phó Chủ tịch Liên hiệp các Hội khoa học kỹ thuật tỉnh Tây Ninh dự. Ông Lê Văn An, Giám đốc "
                     "Sở Văn hóa, Thông tin tỉnh Sóc Trăng dự.")
    assert posts(facts)["Trịnh Công Lý"] == {"Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sóc Trăng"}
    assert posts(facts)["Trần Thị Thu"] == {"Phó Chủ tịch Liên hiệp các Hội khoa học kỹ thuật tỉnh Tây Ninh"}
    assert posts(facts)["Lê Văn An"] == {"Giám đốc Sở Văn hóa - Thông tin tỉnh Sóc Trăng"}  # punctuation aside


def test_a_congress_sub_committee_and_the_social_policy_bank_s_board_are_bodies_of_posts() -> None:
    facts = facts_of("Ông Lê Văn Bình, Phó Trưởng tiểu ban Văn kiện phát biểu. Ông Lê Văn Ba, Giám đốc Trung tâm Phát triển "
                     "Quỹ đất tỉnh dự.")
    assert posts(facts)["Lê Văn Bình"] == {"Phó Trưởng tiểu ban Văn kiện"}
    assert posts(facts)["Lê Văn Ba"] == {"Giám đốc Trung tâm Phát triển Quỹ đất tỉnh"}  # a fund's name is no new body
    bank = facts_of("Ông Nguyễn Văn Thi, Phó Chủ tịch UBND tỉnh, Trưởng Ban đại diện HĐQT NHCSXH tỉnh Thanh Hóa dự hội nghị.")
    assert "Trưởng ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh Thanh Hóa" in posts(bank)["Nguyễn Văn Thi"]


def test_introducing_the_province_to_a_delegation_is_speaking() -> None:
    facts = facts_of("Ngày 15/2/2023, lãnh đạo tỉnh Long An tiếp và làm việc với đoàn công tác thành phố Yangsan. Tại buổi "
                     "làm việc, Chủ tịch UBND tỉnh Nguyễn Văn Út đã giới thiệu đến đoàn công tác về vị trí, lợi thế của tỉnh.")
    assert ("spokeAt", "Nguyễn Văn Út") in roles(facts)
    nominated = facts_of("Ngày 15/2/2023, Ban Thường vụ Tỉnh ủy họp. Hội nghị thống nhất giới thiệu ông Lê Văn An để bầu giữ "
                         "chức Chủ tịch UBND tỉnh.")
    assert ("spokeAt", "Lê Văn An") not in roles(nominated)


def test_candidates_meeting_voters_in_person_is_a_meeting() -> None:
    facts = facts_of("Ngày 6/3/2026, các ứng cử viên đại biểu Quốc hội đã tiếp xúc trực tiếp với cử tri xã Đông Sơn. Bà Hà "
                     "Thị Anh Thư, Phó Trưởng Ban Tuyên giáo và Dân vận tỉnh phát biểu.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Buổi tiếp xúc trực tiếp với cử tri xã Đông Sơn",
                                                            date(2026, 3, 6))]
    assert roles(facts) == {("spokeAt", "Hà Thị Anh Thư")}
    for how in ("tiếp xúc, vận động bầu cử với", "tiếp xúc trực tuyến với", "tiếp xúc với đông đảo"):
        assert len(facts_of(f"Ngày 6/3/2026, các ứng cử viên đã {how} cử tri xã Đông Sơn.").meetings) == 1, how


def test_a_biography_s_current_posts_after_hiện_là_without_a_comma() -> None:
    facts = facts_of("Đồng chí Nguyễn Mạnh Cường sinh ngày 01/6/1979 tại An Giang, Thạc sĩ Kinh tế, Cao cấp Chính trị hiện là "
                     "Ủy viên Ban Chấp hành Trung ương Đoàn, Phó Bí thư Thường trực Thành Đoàn TP.HCM.")
    assert posts(facts)["Nguyễn Mạnh Cường"] == {"Ủy viên Ban Chấp hành Trung ương Đoàn",
                                                 "Phó Bí thư Thường trực Thành đoàn Thành phố Hồ Chí Minh"}


def test_a_reception_of_a_foreign_leader_titled_like_ours_credits_no_one_of_ours() -> None:
    facts = facts_of("Sáng 4/9/2025, tại Bắc Kinh, Chủ tịch nước Lương Văn Cường hội đàm với Tổng Bí thư, Chủ tịch nước Trung "
                     "Quốc Tập Cận Bình. Chủ tịch nước chuyển lời thăm hỏi của Tổng Bí thư Tô Văn Lâm.")
    assert not any(p == "Tô Văn Lâm" for _, p in roles(facts))
    direct = facts_of("Ngày 9/10/2025, Bộ Công an đã báo cáo trực tiếp Phó Thủ tướng Trần Lưu Quang về vụ việc.")
    assert not direct.meetings and not direct.roles  # `trực tiếp` is no reception
    mayor = facts_of("Sáng 9/10/2025, Chủ tịch UBND tỉnh Long An Nguyễn Văn Út tiếp Thị trưởng thành phố Yangsan.")
    assert [m.held for m in mayor.meetings] == [True] and ("attended", "Nguyễn Văn Út") in roles(mayor)


def test_a_guest_who_is_shown_the_province_does_not_speak() -> None:
    base = "Ngày 15/2/2023, Thứ trưởng Bộ Tài chính Nguyễn Văn Sơn làm việc với UBND tỉnh Long An. "
    for heard in ("Thứ trưởng Nguyễn Văn Sơn được giới thiệu về tình hình phát triển của khu công nghiệp.",
                  "Thứ trưởng Nguyễn Văn Sơn cùng đoàn xem phim giới thiệu tổng quan về tỉnh Long An."):
        assert ("spokeAt", "Nguyễn Văn Sơn") not in roles(facts_of(base + heard))


def test_a_capitals_abbreviation_in_lowercase_in_a_file_name_is_no_title_and_no_crash() -> None:
    facts = facts_of("pct-phuong-1700625778162.jpg\nPhó Chủ tịch Quốc hội Trần Quang Phương điều hành phiên họp ngày 22/11/2023.")
    assert posts(facts)["Trần Quang Phương"] == {"Phó Chủ tịch Quốc hội"}


def test_lay_assessors_written_alone_the_front_abbreviated_with_its_country_and_a_rare_surname() -> None:
    facts = facts_of("Các vị Hội thẩm bầu ông Lê Văn An - Phó Chủ tịch UBMTTQVN tỉnh làm Trưởng đoàn Hội thẩm. Bà Biện Thị Hoa, "
                     "Phó Trưởng đoàn Hội thẩm nhân dân, dự.")
    assert posts(facts) == {"Lê Văn An": {"Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Trưởng đoàn Hội thẩm"},
                            "Biện Thị Hoa": {"Phó Trưởng đoàn Hội thẩm nhân dân"}}


def test_a_steering_committee_of_the_province_level_named_by_its_task() -> None:
    facts = facts_of("Ông Lê Văn Lợi, Trưởng Ban Chỉ đạo cấp tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
                     "chuyển đổi số phát biểu.")
    assert posts(facts) == {"Lê Văn Lợi": {"Trưởng ban Chỉ đạo cấp tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo "
                                           "và chuyển đổi số"}}


def test_a_front_committee_with_its_abbreviation_in_brackets_inside_its_name() -> None:
    facts = facts_of("Phó Chủ tịch Ủy ban Mặt trận Tổ quốc (UBMTTQ) Việt Nam tỉnh Nghệ An Nguyễn Văn An phát biểu.")
    assert posts(facts) == {"Nguyễn Văn An": {"Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"}}


def test_a_bodys_term_between_a_title_and_a_name_and_a_meeting_named_with_its_term() -> None:
    facts = facts_of("Ngày 21-7-2016, Quốc hội họp phiên toàn thể dưới sự chủ tọa của Chủ tịch Quốc hội khóa XIII Nguyễn Thị "
                     "Kim Ngân. Sáng 5/7/2018, Hội nghị Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam lần thứ 15 khóa IX "
                     "khai mạc.")
    assert posts(facts) == {"Nguyễn Thị Kim Ngân": {"Chủ tịch Quốc hội"}}
    assert "Hội nghị Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam lần thứ 15 khóa IX" in {m.label for m in facts.meetings}


def test_a_sea_area_or_a_bay_named_like_a_person_is_a_place() -> None:
    facts = facts_of("Vùng biển Bạch Long Vĩ là một trong 8 ngư trường lớn của vịnh Bắc Bộ. Ông Bạch Văn Long phát biểu.")
    assert set(posts(facts)) == {"Bạch Văn Long"}


def test_a_provinces_delegation_after_a_deputys_title_is_no_person() -> None:
    facts = facts_of("Ông Nguyễn Xuân Thắng, Đại biểu Quốc hội khóa XV Đoàn Quảng Ninh phát biểu. Bà Đoàn Thị Hà dự.")
    assert posts(facts) == {"Nguyễn Xuân Thắng": {"Đại biểu Quốc hội"}, "Đoàn Thị Hà": set()}


def test_a_list_of_titled_persons_before_come_to_attend_all_attend() -> None:
    facts = facts_of("Sáng 1/2/2023, Công an tỉnh tổ chức hội nghị tổng kết. Ông Lê Văn An – Bí thư Tỉnh ủy, ông Trần Văn Bình "
                     "– Chủ tịch UBND tỉnh đến dự.")
    assert roles(facts) == {("attended", "Lê Văn An"), ("attended", "Trần Văn Bình")}
    # a clause of its own is no list: the one who tells is not the one who comes
    told = facts_of("Sáng 1/2/2023, Công an tỉnh tổ chức hội nghị tổng kết. Ông Lê Văn An, Bí thư Tỉnh ủy cho biết ông Trần "
                    "Văn Bình, Chủ tịch UBND tỉnh đến dự.")
    assert ("attended", "Lê Văn An") not in roles(told)


def test_who_visits_and_works_or_leads_a_team_to_work_takes_part() -> None:
    visit = facts_of("Sáng 23/2/2026, Thủ tướng Lê Văn An đã tới thăm, làm việc với Viện Hàn lâm Khoa học và Công nghệ Việt Nam.")
    assert roles(visit) == {("attended", "Lê Văn An")}
    led = facts_of("Sáng 3/10/2025, Thứ trưởng Bộ Xây dựng Trần Văn Bình đã dẫn đầu đoàn công tác tới làm việc với UBND tỉnh "
                   "Hưng Yên.")
    assert roles(led) == {("attended", "Trần Văn Bình")}
    assert [m.label for m in led.meetings] == ["Buổi làm việc của Thứ trưởng Bộ Xây dựng Trần Văn Bình với UBND tỉnh Hưng Yên"]


def test_the_body_written_as_organizing_wins_over_one_named_inside_the_meetings_topic() -> None:
    facts = facts_of("Sáng 22/9/2020, Ban Thường vụ Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác kiểm tra, giám sát của "
                     "Đảng bộ TP nhiệm kỳ 2015 - 2020.")
    assert [o.org for o in facts.organizers] == ["Ban Thường vụ Thành ủy Hà Nội"]
    alone = facts_of("Sáng 22/9/2020, Hội nghị tổng kết công tác kiểm tra của Đảng bộ tỉnh Hà Tĩnh đã diễn ra.")
    assert [o.org for o in alone.organizers] == ["Đảng bộ tỉnh Hà Tĩnh"]


def test_a_meetings_name_ends_where_its_topic_or_audience_begins() -> None:
    monthly = facts_of("Sáng 31/8/2021, UBND tỉnh tổ chức phiên họp thường kỳ tháng 8 trực tuyến tới các huyện, thành phố đánh "
                       "giá kết quả thực hiện nhiệm vụ tháng 8.")
    assert [m.label for m in monthly.meetings] == ["Phiên họp thường kỳ tháng 8 trực tuyến"]
    board = facts_of("Ngày 18/8/2023, Bí thư Tỉnh ủy Lê Thị An chủ trì cuộc họp của Ban Thường vụ Tỉnh ủy Vĩnh Phúc lấy ý kiến "
                     "về một số nội dung quan trọng.")
    assert [m.label for m in board.meetings] == ["Cuộc họp của Ban Thường vụ Tỉnh ủy Vĩnh Phúc"]
    gathering = facts_of("Sáng 1/2/2023, Công an tỉnh tổ chức họp mặt đầu Xuân Quý Mão với gần 230 cán bộ chiến sĩ.")
    assert [m.label for m in gathering.meetings] == ["Họp mặt đầu Xuân Quý Mão"]
    # a topic verb right after the noun is the name itself
    review = facts_of("Sáng 3/3/2022, UBND tỉnh tổ chức Hội nghị đánh giá kết quả công tác năm 2021.")
    assert [m.label for m in review.meetings] == ["Hội nghị đánh giá kết quả công tác năm 2021"]


def test_provinces_listed_as_aided_do_not_place_the_article() -> None:
    facts = facts_of("Tỉnh đã cử 2 đoàn cán bộ y tế hỗ trợ Thành phố Hồ Chí Minh và Bình Dương chống dịch. Ông Lê Văn An, "
                     "Chủ tịch UBND tỉnh phát biểu.")
    assert posts(facts) == {"Lê Văn An": {"Chủ tịch Ủy ban nhân dân tỉnh"}}


def test_the_central_committee_abbreviated_as_one_word() -> None:
    facts = facts_of("Tham dự có ông Lê Văn An- Ủy viên BCHTW Đảng, Bí thư tỉnh ủy Tiền Giang.")
    assert posts(facts) == {"Lê Văn An": {"Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Tiền Giang"}}


def test_a_year_compared_with_is_not_the_year_of_the_report() -> None:
    facts = facts_of("Sáng 31.8, UBND tỉnh tổ chức phiên họp thường kỳ tháng 8. Diện tích gieo trồng tăng 0,4% so với cùng kỳ "
                     "năm 2020; giá trị sản xuất công nghiệp tăng 8,63% so với cùng kỳ năm 2020.")
    assert [m.date for m in facts.meetings] == [None]


def test_a_degree_written_with_a_dot_inside_a_meetings_name_does_not_end_it() -> None:
    facts = facts_of("Sáng 3/4/2018, Bộ Tài nguyên và Môi trường tổ chức Lễ công bố quyết định của Thủ tướng Chính phủ bổ nhiệm "
                     "GS.TS Trần Hồng An giữ chức Thứ trưởng.")
    assert [m.label for m in facts.meetings] == [
        "Lễ công bố quyết định của Thủ tướng Chính phủ bổ nhiệm GS.TS Trần Hồng An giữ chức Thứ trưởng"]


def test_a_gathering_named_only_by_whom_it_meets_keeps_them_in_its_name() -> None:
    facts = facts_of("Ngày 8/9/2015, Cục Thuế Quảng Nam tổ chức buổi gặp mặt với gần 230 cán bộ hưu trí ngành thuế qua các "
                     "thời kỳ.")
    assert [m.label for m in facts.meetings] == ["Buổi gặp mặt với gần 230 cán bộ hưu trí ngành thuế qua các thời kỳ"]


def test_a_front_committee_or_a_veterans_association_written_alone_is_the_one_placed_last() -> None:
    facts = facts_of("Ủy ban MTTQ Việt Nam xã Tân Mỹ và Hội Cựu chiến binh xã Tân Mỹ họp. Ông Lê Văn An, Chủ tịch Ủy ban MTTQ "
                     "và ông Trần Văn Bình, Chủ tịch Hội CCB phát biểu.")
    assert posts(facts) == {"Lê Văn An": {"Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Mỹ"},
                            "Trần Văn Bình": {"Chủ tịch Hội Cựu chiến binh xã Tân Mỹ"}}
    alone = facts_of("Ông Lê Văn An, Chủ tịch Hội CCB phát biểu.")  # placed nowhere: no post to name
    assert posts(alone) == {"Lê Văn An": set()}
    # a body of a former title, or one of several the story tells of, is not the one meant
    former = facts_of("Bà Lê Thị An - nguyên Chủ tịch UBMTTQ xã Sơn Thịnh được chỉ định giữ chức vụ Chủ tịch UBMTTQ.")
    assert posts(former) == {"Lê Thị An": set()}
    several = facts_of("Ủy ban MTTQ huyện Hương Sơn công bố quyết định thành lập Ủy ban MTTQ xã Tân Mỹ. Ông Lê Văn An giữ "
                       "chức Chủ tịch UBMTTQ.")
    assert posts(several) == {"Lê Văn An": set()}
    council = facts_of("Ủy ban nhân dân huyện Hương Sơn và UBND xã Tân Mỹ họp. Ông Lê Văn An, Chủ tịch UBND phát biểu.")
    assert posts(council) == {"Lê Văn An": {"Chủ tịch Ủy ban nhân dân xã Tân Mỹ"}}  # a council's: the last placed


def test_a_plenum_named_by_its_number_alone_is_the_central_plenum_of_that_number() -> None:
    facts = facts_of("- 07.10.2019 Toàn văn phát biểu khai mạc Hội nghị lần thứ 11 của Tổng Bí thư Lê Văn An\n"
                     "- 07.10.2019 Hình ảnh ngày khai mạc Hội nghị Trung ương 11 khóa XII\n"
                     "Sáng 7/10/2019, Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khoá XII đã khai mạc. Tổng Bí thư Lê "
                     "Văn An chủ trì Hội nghị.")
    assert [m.label for m in facts.meetings] == ["Hội nghị Trung ương 11 khóa XII"]


def test_the_auditor_general_written_with_the_country() -> None:
    facts = facts_of("Tổng Kiểm toán nhà nước Việt Nam Ngô Văn An phát biểu.")
    assert posts(facts) == {"Ngô Văn An": {"Tổng Kiểm toán Nhà nước"}}


def test_a_numbered_document_with_a_word_of_its_purpose_before_its_number() -> None:
    facts = facts_of("Ngày 28/02/2020, theo Chương trình giám sát số 47/CTr-HĐND ngày 14/01/2020 của Ban Pháp chế HĐND tỉnh, "
                     "Ban Pháp chế HĐND tỉnh ban hành Kế hoạch giám sát số 129/KH-HĐND về công tác phòng chống ma túy.")
    assert {(d.kind, d.number) for d in facts.documents} == {("Chương trình", "47/CTr-HĐND"), ("Kế hoạch", "129/KH-HĐND")}


def test_a_vietnamese_company_named_in_english_after_a_title_is_no_person() -> None:
    facts = facts_of("Ông Lê Văn An ứng cử thành viên Hội đồng quản trị, Tổng giám đốc Vietnam Airlines. Tổng thống Nga Vladimir "
                     "Putin dự.")
    assert set(posts(facts)) == {"Lê Văn An", "Vladimir Putin"}


def test_a_contest_a_body_holds_is_a_meeting_and_one_spoken_of_is_not() -> None:
    held = facts_of("Ngày 16/8/2022, Huyện ủy Điện Biên Đông tổ chức Hội thi “Dân vận khéo” năm 2022 với sự tham gia của 14 đội.")
    assert [(m.label, m.date) for m in held.meetings] == [("Hội thi “Dân vận khéo” năm 2022", date(2022, 8, 16))]
    assert [o.org for o in held.organizers] == ["Huyện ủy Điện Biên Đông"]
    spoken = facts_of("Ngày 16/8/2022, ông Lê Văn An cho biết Hội thi “Dân vận khéo” là dịp để các đội giao lưu.")
    assert spoken.meetings == []


def test_reviewers_counter_examples_stay_read_as_before() -> None:
    # a committee's own numbered sitting is no Central Committee plenum told by its number
    sitting = facts_of("Sáng 3/4/2022, Ủy ban Kinh tế của Quốc hội tổ chức Phiên họp toàn thể lần thứ 5. Trước đó, Hội nghị "
                       "Trung ương 5 khóa XIII đã thảo luận nội dung này.")
    assert [(m.label, m.date) for m in sitting.meetings if m.main] == [("Phiên họp toàn thể lần thứ 5", date(2022, 4, 3))]
    # a numbered sitting is its owner's, whoever is written as holding it
    owned = facts_of("Sáng 3/4/2022, Văn phòng Tỉnh ủy Nam Định tổ chức Hội nghị lần thứ 10 của Ban Chấp hành Đảng bộ tỉnh "
                     "khóa XX.")
    assert [o.org for o in owned.organizers] == ["Ban Chấp hành Đảng bộ tỉnh Nam Định"]
    # a count after a verb whose partner it is stays in the name; a dot before the next sentence's word ends it
    dialogue = facts_of("Sáng 3/4/2022, Công đoàn tỉnh tổ chức Hội nghị đối thoại với hơn 300 công nhân lao động.")
    assert [m.label for m in dialogue.meetings] == ["Hội nghị đối thoại với hơn 300 công nhân lao động"]
    glued = facts_of("Sáng 3/4/2022, UBND tỉnh tổ chức Hội nghị sơ kết công tác quý I của UBND.Tham dự có ông Lê Văn Sơn.")
    assert [m.label for m in glued.meetings] == ["Hội nghị sơ kết công tác quý I của UBND"]
    # `Sở Tài nguyên` is no former title; a province aided with no `tỉnh` written is where the news is
    commune = facts_of("Sáng 3/4/2022, UBND huyện Kim Bảng chỉ đạo kiểm tra mỏ đá. Đoàn kiểm tra của Sở Tài nguyên và Môi trường "
                       "cùng UBND xã Liên Sơn đã kiểm tra thực địa. Ông Trần Văn Minh, Chủ tịch UBND cho biết xã sẽ xử lý.")
    assert posts(commune) == {"Trần Văn Minh": {"Chủ tịch Ủy ban nhân dân xã Liên Sơn"}}
    aided = facts_of("Sáng 3/4/2022, Ngân hàng Nhà nước trao 5 tỷ đồng hỗ trợ Hà Giang xây nhà cho hộ nghèo. Ông Trần Văn Minh, "
                     "Chủ tịch UBND tỉnh cảm ơn.")
    assert posts(aided) == {"Trần Văn Minh": {"Chủ tịch Ủy ban nhân dân tỉnh Hà Giang"}}



def test_an_undated_congress_the_headline_names_short_is_the_fuller_one_of_the_lead() -> None:
    # `Đại hội Đoàn các cấp tiến tới Đại hội Đoàn tỉnh ...` numbers the last congress only: no held congress of its own
    facts = facts_of("Tin mới\nKhai mạc Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Yên Bái lần thứ XV\nTrần Văn Minh\nChia sẻ\n"
                     "Sáng 18/10, Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Yên Bái lần thứ XV, nhiệm kỳ 2017 - 2022 khai mạc.\n"
                     "Phát biểu khai mạc Đại hội, Bí thư Tỉnh đoàn Lê Văn Sơn cho biết tỉnh có 120.000 đoàn viên.\n"
                     "Đại hội thông qua báo cáo kết quả Đại hội Đoàn các cấp tiến tới Đại hội Đoàn tỉnh lần thứ XV, nhiệm kỳ "
                     "2017 - 2022.")
    assert not any("các cấp" in m.label for m in facts.meetings)
    main = "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Yên Bái lần thứ XV, nhiệm kỳ 2017-2022"
    assert [m.label for m in facts.meetings if m.main] == [main]
    assert [(r.relation, r.person, r.meeting) for r in facts.roles] == [("spokeAt", "Lê Văn Sơn", main)]


def test_a_minister_written_alone_is_of_the_ministry_whose_party_committee_the_article_names() -> None:
    facts = facts_of("Chiều 15/1/2026, Đảng ủy Bộ Dân tộc và Tôn giáo tổ chức Hội nghị tổng kết công tác Đảng năm 2025. Bí thư "
                     "Đảng ủy - Bộ trưởng Lê Văn Sơn và Phó Bí thư Đảng ủy - Thứ trưởng Trần Văn Minh đồng chủ trì hội nghị.")
    assert posts(facts)["Lê Văn Sơn"] >= {"Bộ trưởng Bộ Dân tộc và Tôn giáo"}
    assert posts(facts)["Trần Văn Minh"] >= {"Thứ trưởng Bộ Dân tộc và Tôn giáo"}


def test_foreign_parliaments_chambers_and_a_cambodian_courtesy_before_a_name() -> None:
    facts = facts_of("Sáng 3/4/2017, Chủ tịch Quốc hội Trần Văn Minh hội đàm với Chủ tịch Thượng viện Australia John Miller và "
                     "Chủ tịch Hạ viện Australia Mary Brown. Chiều cùng ngày, ông tiếp Samdech Chea Sovann, Chủ tịch Quốc hội "
                     "Vương quốc Campuchia, và ông Park Jin-ho, Chủ tịch Quốc hội Đại Hàn Dân Quốc.")
    assert posts(facts) == {"Trần Văn Minh": {"Chủ tịch Quốc hội"}, "John Miller": {"Chủ tịch Thượng viện Australia"},
                            "Mary Brown": {"Chủ tịch Hạ viện Australia"},
                            "Chea Sovann": {"Chủ tịch Quốc hội Vương quốc Campuchia"},
                            "Park Jin-ho": {"Chủ tịch Quốc hội Đại Hàn Dân Quốc"}}


def test_a_commander_written_with_the_kind_of_unit_alone_is_of_the_unit_whose_party_committee_the_article_names() -> None:
    facts = facts_of("Sáng 3/4/2022, Đảng ủy Quân khu 4 tổ chức hội nghị. Trung tướng Lê Văn Sơn, Phó Bí thư Đảng ủy, Tư lệnh "
                     "Quân khu và lãnh đạo các tỉnh dự.")
    assert posts(facts)["Lê Văn Sơn"] >= {"Tư lệnh Quân khu 4"}


def test_a_ceremony_told_from_its_source_in_lowercase_and_dated_after_where_it_was_held() -> None:
    facts = facts_of("Theo chinhphu.vn, lễ kỷ niệm 80 năm ngày truyền thống Văn phòng Tỉnh ủy (18-10-1930 - 18-10-2010) được tổ "
                     "chức trọng thể tại Hà Nội sáng 16-10. Bí thư Tỉnh ủy Lê Văn Sơn phát biểu tại buổi lễ.")
    assert [(m.label, m.date) for m in facts.meetings if m.main] == [
        ("Lễ kỷ niệm 80 năm ngày truyền thống Văn phòng Tỉnh ủy (18-10-1930 - 18-10-2010)", date(2010, 10, 16))]
    assert [(r.relation, r.person) for r in facts.roles] == [("spokeAt", "Lê Văn Sơn")]


def test_a_provinces_cooperative_alliance_and_friendship_union_are_bodies_of_the_province() -> None:
    facts = facts_of("Sáng 3/4/2022, ông Lê Văn Sơn, Chủ tịch Liên minh HTX tỉnh Thanh Hóa, và bà Trần Thị Lan, Chủ tịch Liên "
                     "hiệp các tổ chức hữu nghị tỉnh An Giang, dự hội nghị.")
    assert posts(facts) == {"Lê Văn Sơn": {"Chủ tịch Liên minh HTX tỉnh Thanh Hóa"},
                            "Trần Thị Lan": {"Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh An Giang"}}


def test_a_steering_committee_an_abbreviation_in_passing_and_a_bloc_youth_union() -> None:
    facts = facts_of("Ngày 3/4/2022, ông Phạm Văn An, Phó Chủ tịch UBND tỉnh Hà Nam, Trưởng Ban Chỉ đạo chủ trì cuộc họp. Dự có "
                     "ông Lê Văn Sơn, Trưởng ban Thi đua - Khen thưởng (TĐKT) Trung ương, và bà Trần Thị Lan, Bí thư Đoàn Khối "
                     "Doanh nghiệp Trung ương.")
    assert posts(facts) == {"Phạm Văn An": {"Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "Trưởng ban Chỉ đạo"},
                            "Lê Văn Sơn": {"Trưởng ban Thi đua - Khen thưởng Trung ương"},
                            "Trần Thị Lan": {"Bí thư Đoàn Khối doanh nghiệp Trung ương"}}


def test_a_head_of_the_association_whose_party_delegation_was_named_before() -> None:
    facts = facts_of("Ngày 3/4/2012, về phía Đảng đoàn Hội Cựu chiến binh Việt Nam có đồng chí Phùng Văn Đăng, Phó chủ tịch Hội "
                     "cùng tham dự.")
    assert posts(facts) == {"Phùng Văn Đăng": {"Phó Chủ tịch Hội Cựu chiến binh Việt Nam"}}


def test_a_department_named_with_a_comma_inside() -> None:
    facts = facts_of("Ngày 3/4/2022, ông Phan Văn An, Phó Cục trưởng Cục Phổ biến, giáo dục pháp luật và trợ giúp pháp lý phát "
                     "biểu.")
    assert posts(facts) == {"Phan Văn An": {"Phó Cục trưởng Cục Phổ biến, giáo dục pháp luật và trợ giúp pháp lý"}}


def test_the_other_deputies_of_a_steering_committee() -> None:
    facts = facts_of("Ngày 3/4/2025, hai Phó Trưởng Ban Chỉ đạo khác gồm ông Trần Văn Nam và ông Ngô Văn Tuấn.")
    assert posts(facts) == {"Trần Văn Nam": {"Phó Trưởng ban Chỉ đạo"}, "Ngô Văn Tuấn": {"Phó Trưởng ban Chỉ đạo"}}


def test_a_citizens_reception_named_by_its_kind_alone() -> None:
    held = facts_of("Chủ tịch UBND tỉnh Nghệ An Trần Văn Minh chủ trì phiên tiếp công dân vào ngày 15.7.2022.")
    assert [(m.label, m.date) for m in held.meetings if m.main] == [("Phiên tiếp công dân", date(2022, 7, 15))]
    assert [(r.relation, r.person) for r in held.roles] == [("chaired", "Trần Văn Minh")]
    spoken = facts_of("Ông Lê Văn Sơn cho biết phiên tiếp công dân là dịp lắng nghe dân.")
    assert spoken.meetings == []


def test_reviewers_counter_examples_of_the_forty_fifth_round() -> None:
    # a report is no source a meeting is told from
    report = facts_of("Theo báo cáo, hội nghị tuyên truyền cấp cơ sở đã được tổ chức ở tất cả các xã trong tỉnh năm 2022.")
    assert report.meetings == []
    # the day after `được tổ chức` is the day of the meeting right before it only
    plenum = facts_of("Ngay sau Hội nghị Trung ương 10 khóa XIII, hội nghị của Bộ Chính trị quán triệt kết quả được tổ chức "
                      "tại Hà Nội sáng 16-10-2024.")
    assert [m.date for m in plenum.meetings] == [None]
    # two centres of one kind in two provinces are no one body
    centres = facts_of("Sáng 3/4/2022, Trung tâm Kiểm soát bệnh tật tỉnh Lào Cai và tỉnh Yên Bái phối hợp tổ chức hội nghị "
                       "tập huấn phòng chống dịch.")
    assert not any(" và tỉnh " in o.label for o in centres.orgs)


def test_a_session_whose_term_follows_its_number() -> None:
    facts = facts_of("Ngày 11/11/2019, Hội đồng nhân dân tỉnh Hòa Bình tổ chức kỳ họp thứ 17, khóa XVI, nhiệm kỳ 2016-2021.")
    assert [m.label for m in facts.meetings if m.main] == ["Kỳ họp thứ 17 Hội đồng nhân dân tỉnh Hòa Bình khóa XVI"]


def test_a_council_meeting_in_a_session_of_a_kind() -> None:
    facts = facts_of("Sáng ngày 21-7-2012, HĐND tỉnh Đồng Tháp đã họp kỳ họp bất thường để bầu bổ sung một Phó Chủ tịch.")
    assert [(m.label, m.date) for m in facts.meetings if m.main] == [
        ("Kỳ họp bất thường Hội đồng nhân dân tỉnh Đồng Tháp", date(2012, 7, 21))]
    assert [o.org for o in facts.organizers] == ["Hội đồng nhân dân tỉnh Đồng Tháp"]
    # the headline's session of a kind is the numbered one the lead names
    both = facts_of("HĐND huyện Tân Lạc họp kỳ bất thường\nSáng ngày 1/4/2019, HĐND huyện Tân Lạc khóa XVIII đã họp kỳ thứ "
                    "tư (kỳ họp bất thường) để kiện toàn chức danh Phó Chủ tịch UBND huyện.")
    assert [m.label for m in both.meetings] == ["Kỳ họp thứ tư Hội đồng nhân dân huyện Tân Lạc khóa XVIII"]


def test_a_placed_emulation_congress_the_text_attends() -> None:
    facts = facts_of("Phát biểu chỉ đạo tại Đại hội thi đua yêu nước tỉnh Hà Tĩnh lần thứ VIII, Phó Chủ tịch nước Võ Thị Xuân "
                     "biểu dương thành tích của tỉnh.")
    assert [m.label for m in facts.meetings] == ["Đại hội Thi đua yêu nước tỉnh Hà Tĩnh lần thứ VIII"]
    assert facts_of("Ông Lê Văn An cho biết đại hội thi đua yêu nước tỉnh Hà Tĩnh lần thứ VIII sẽ diễn ra.").meetings == []


def test_a_party_congress_under_way_or_acting_without_its_number() -> None:
    going = facts_of("Sáng 17/10/2025, tiếp tục chương trình Đại hội Đảng bộ tỉnh Hà Tĩnh, ông Lê Văn Nam phát biểu.")
    assert [(m.label, m.date) for m in going.meetings] == [("Đại hội Đảng bộ tỉnh Hà Tĩnh", date(2025, 10, 17))]
    acting = facts_of("Ngày 5/8/2020, Đại hội Đảng bộ huyện Phước Sơn đã bầu Ban Chấp hành gồm 33 đồng chí.")
    assert [m.label for m in acting.meetings] == ["Đại hội Đảng bộ huyện Phước Sơn"]


def test_an_assembly_agreeing_to_dismiss_or_completing_its_posts_sits_that_day() -> None:
    agreed = facts_of("Chiều 2/4/2016, Quốc hội nhất trí miễn nhiệm chức vụ Phó Chủ tịch Quốc hội với ông Trần Văn Sơn.")
    assert [(m.label, m.date) for m in agreed.meetings] == [("Phiên họp Quốc hội chiều 2/4", date(2016, 4, 2))]
    completed = facts_of("Chiều 9-12-2016, HĐND tỉnh Bắc Giang đã tiến hành nội dung kiện toàn công tác nhân sự.")
    assert [m.date for m in completed.meetings] == [date(2016, 12, 9)]
    # not a council agreeing to something outside a sitting's votes
    assert facts_of("Chiều 2/4/2016, HĐND tỉnh Bắc Giang nhất trí với đề xuất của Sở Y tế.").meetings == []


def test_a_working_session_named_by_who_came_and_whom_they_met() -> None:
    minister = facts_of("Sáng 12/3/2019, Bộ trưởng Bộ Nội vụ Lê Văn Tân đã làm việc với UBND tỉnh Lào Cai.")
    assert [m.label for m in minister.meetings] == ["Buổi làm việc của Bộ trưởng Bộ Nội vụ Lê Văn Tân với UBND tỉnh Lào Cai"]
    team = facts_of("Ngày 12/12/2019, Đoàn công tác Ban Chỉ đạo Trung ương về phòng, chống tham nhũng do đồng chí Phan Văn "
                    "Trạc dẫn đầu đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Quảng Ninh.")
    assert [m.label for m in team.meetings] == ["Buổi làm việc của Đoàn công tác Ban Chỉ đạo Trung ương về phòng, chống tham "
                                                "nhũng với Ban Thường vụ Tỉnh ủy Quảng Ninh"]
    council = facts_of("Chiều ngày 04/10/2016, Hội đồng Giáo dục Quốc phòng và An ninh Quân khu 9 do Thiếu tướng Lê Văn "
                       "Hiền, Phó Chỉ huy trưởng Quân khu 9 làm trưởng đoàn đã có buổi làm việc với Hội đồng Giáo dục Quốc "
                       "phòng và An ninh tỉnh Tiền Giang.")
    assert [m.label for m in council.meetings] == ["Buổi làm việc của Hội đồng Giáo dục Quốc phòng và An ninh Quân khu 9 với "
                                                   "Hội đồng Giáo dục Quốc phòng và An ninh tỉnh Tiền Giang"]


def test_a_body_organising_under_the_short_name_it_gives_in_brackets() -> None:
    facts = facts_of("Sáng 11-1-2023, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào \"Toàn dân bảo "
                     "vệ an ninh Tổ quốc\" tỉnh (Ban Chỉ đạo 138 tỉnh) tổ chức Hội nghị tổng kết công tác năm 2022.")
    assert [o.org for o in facts.organizers] == ["Ban Chỉ đạo 138 tỉnh"]
    # a body read whole before its parent or its abbreviation in brackets organises it itself
    parent = facts_of("Sáng 11-1-2023, Cục Việc làm (Bộ Lao động - Thương binh và Xã hội) tổ chức Hội nghị tổng kết năm 2022.")
    assert [o.org for o in parent.organizers] == ["Cục Việc làm"]


def test_a_funds_director_is_a_post_of_that_fund_not_the_title_before() -> None:
    facts = facts_of("Các thành viên gồm: ông Nguyễn Thành Hải - Giám đốc Sở Tư pháp tỉnh Bình Định, ông Trần Văn Bạo - Giám "
                     "đốc Quỹ Đầu tư phát triển tỉnh Bình Định.")
    assert posts(facts) == {"Nguyễn Thành Hải": {"Giám đốc Sở Tư pháp tỉnh Bình Định"},
                            "Trần Văn Bạo": {"Giám đốc Quỹ Đầu tư phát triển tỉnh Bình Định"}}
    # a fund's money is no body (`Quỹ Hỗ trợ nông dân đạt 160 tỷ đồng`)
    assert facts_of("Năm 2022, Quỹ Hỗ trợ nông dân tỉnh Bình Định đạt hơn 160 tỷ đồng.").orgs == []


def test_foreign_leaders_named_after_their_posts_and_a_city_that_is_no_one() -> None:
    syllables = facts_of("Thủ tướng Trần Văn Phúc gặp Thủ tướng Campuchia Hun Sen.")
    assert posts(syllables) == {"Trần Văn Phúc": {"Thủ tướng Chính phủ"}, "Hun Sen": {"Thủ tướng Campuchia"}}
    numeral = facts_of("Tổng thống Philippines Benigno Aquino III chủ trì lễ đón.")
    assert posts(numeral) == {"Benigno Aquino III": {"Tổng thống Philippines"}}
    city = facts_of("Trong ba ngày tại Kuala Lumpur, Thủ tướng sẽ dự các phiên họp.")
    assert city.persons == []


def test_a_law_named_by_its_acronym_or_with_both_councils_and_its_date_after() -> None:
    acronym = facts_of("Ngày 5/3/2022, tỉnh triển khai Luật PBGDPL toàn tỉnh.")
    assert [d.label for d in acronym.documents] == ["Luật PBGDPL"]
    named_on = facts_of("Hội nghị cho ý kiến vào dự thảo Luật MTTQ Việt Nam (sửa đổi) và xác định nội dung cần sửa.")
    assert [d.label for d in named_on.documents] == ["Luật MTTQ Việt Nam (sửa đổi)"]
    councils = facts_of("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003, HĐND tỉnh họp.")
    assert [d.label for d in councils.documents] == ["Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"]
    two = facts_of("Quốc hội thông qua Luật Đất đai và Luật Nhà ở.")
    assert [d.label for d in two.documents] == ["Luật Đất đai", "Luật Nhà ở"]


def test_a_police_veterans_association_is_a_body_of_its_place() -> None:
    facts = facts_of("Ông Đinh Văn Ngọ được bầu làm Chủ tịch Hội Cựu Công an nhân dân tỉnh Bà Rịa - Vũng Tàu.")
    assert posts(facts) == {"Đinh Văn Ngọ": {"Chủ tịch Hội Cựu Công an nhân dân tỉnh Bà Rịa - Vũng Tàu"}}
    assert [(c.person, c.change) for c in facts.changes] == [("Đinh Văn Ngọ", "start")]


def test_reviewers_counter_examples_of_the_forty_sixth_round() -> None:
    # a standing board convening the council's session, no term written after it
    standing = facts_of("Sáng 4/4/2023, Thường trực HĐND huyện Sơn Tịnh tổ chức kỳ họp thứ 21 để giải quyết công việc.")
    assert [m.label for m in standing.meetings] == ["Kỳ họp thứ 21 Hội đồng nhân dân huyện Sơn Tịnh"]
    # a session of a kind is not an earlier numbered session of the same council
    two = facts_of("Sáng 5/7/2023, HĐND tỉnh Quảng Ngãi đã họp kỳ họp bất thường để bầu Chủ tịch UBND tỉnh. Trước đó, tại kỳ "
                   "họp thứ 15 diễn ra vào tháng 4, HĐND tỉnh Quảng Ngãi đã miễn nhiệm ông Lê Văn An.")
    assert [(m.label, m.main) for m in two.meetings if m.date] == [
        ("Kỳ họp bất thường Hội đồng nhân dân tỉnh Quảng Ngãi", True)]
    # a congress planned or past is not one held now
    assert not any(m.label.startswith("Đại hội") for m in facts_of(
        "Chiều 2/3/2020, Ban Thường vụ Huyện ủy Sơn Tịnh họp cho ý kiến vào dự thảo chương trình Đại hội Đảng bộ huyện "
        "Sơn Tịnh.").meetings)
    assert facts_of("Qua 5 năm thực hiện Nghị quyết mà Đại hội Đảng bộ huyện Sơn Tịnh đã thông qua, huyện phát triển "
                    "nhanh.").meetings == []
    assert facts_of("Dự kiến, có 300 đại biểu tham dự Đại hội thi đua yêu nước tỉnh Quảng Ngãi lần thứ VI vào tháng "
                    "9.").meetings == []
    # a delegation goes on doing something: the adverb is no part of its name
    going = facts_of("Ngày 3/4/2023, Đoàn kiểm tra Bộ Y tế tiếp tục làm việc với Sở Y tế tỉnh Quảng Ngãi.")
    assert [m.label for m in going.meetings] == ["Buổi làm việc với Sở Y tế tỉnh Quảng Ngãi"]
    # a parent body in brackets does not organise its unit's meeting
    lab = facts_of("Sáng 3/4/2023, Phòng thí nghiệm trọng điểm về vật liệu xây dựng (Sở Xây dựng tỉnh Quảng Ngãi) tổ chức "
                   "hội thảo khoa học về vật liệu.")
    assert lab.organizers == []
    # `tới` a person is no place
    thanked = facts_of("Chủ tịch nước gửi lời cảm ơn tới Mark Ellison, Thủ tướng New Zealand, về sự ủng hộ.")
    assert posts(thanked) == {"Mark Ellison": {"Thủ tướng New Zealand"}}
    # a law and a body joined by `và` are two things; an amended law's acronym is not its whole name
    assert [d.label for d in facts_of("Luật Thủ đô và UBND thành phố Hà Nội đã xây dựng kế hoạch.").documents] == [
        "Luật Thủ đô"]


def test_a_course_closed_or_opened_is_a_ceremony_held() -> None:
    facts = facts_of("Sáng 28/12/2018, Tỉnh ủy Hưng Yên phối hợp với Học viện Chính trị khu vực I tổ chức bế giảng lớp Cao "
                     "cấp lý luận chính trị hệ không tập trung. Dự Lễ bế giảng có đại diện lãnh đạo Ban Tổ chức Trung ương. "
                     "Phát biểu tại lễ bế giảng, ông Lê Văn Sơn, Trưởng ban Tổ chức Tỉnh ủy yêu cầu các học viên tiếp tục "
                     "học tập.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label == "Lễ bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung" and main.date == date(2018, 12, 28)
    # `Dự Lễ bế giảng có đại diện ...`: who attends is no part of the ceremony's name
    assert not any(" có " in m.label for m in facts.meetings)
    assert ("spokeAt", "Lê Văn Sơn") in roles(facts)


def test_committees_named_by_their_field() -> None:
    facts = facts_of("Bà Lê Thị Hoa, Phó Chủ tịch Ủy ban Quốc gia về người cao tuổi và ông Lê Văn Sơn, Trưởng ban Chỉ đạo "
                     "liên ngành tỉnh về an toàn thực phẩm Nghệ An dự hội nghị. Ông Trần Văn Minh, Phó Trưởng ban Chỉ đạo về "
                     "phát triển khoa học, công nghệ tỉnh Nghệ An cho biết.")
    assert posts(facts) == {"Lê Thị Hoa": {"Phó Chủ tịch Ủy ban Quốc gia về người cao tuổi"},
                            "Lê Văn Sơn": {"Trưởng ban Chỉ đạo liên ngành tỉnh về an toàn thực phẩm Nghệ An"},
                            "Trần Văn Minh": {"Phó Trưởng ban Chỉ đạo về phát triển khoa học, công nghệ tỉnh Nghệ An"}}
    # a meeting's agenda after its body's short name is no part of the body's name
    agenda = facts_of("Thủ tướng Lê Văn Sơn, Trưởng Ban Chỉ đạo phòng thủ dân sự quốc gia (Ban Chỉ đạo) chủ trì Phiên họp "
                      "lần thứ nhất của Ban Chỉ đạo về công tác phòng, chống thiên tai thời gian qua.")
    assert not any("công tác" in o.label for o in agenda.orgs)


def test_a_head_written_in_lowercase_after_the_association_its_congress_elected() -> None:
    facts = facts_of("Sáng 3/4/2022, Đại hội đã bầu Ban Chấp hành Hội Bảo trợ người tàn tật và trẻ mồ côi huyện Quảng "
                     "Trạch nhiệm kỳ 2022-2027 gồm 13 thành viên; ông Lê Văn Sơn được tín nhiệm bầu giữ chức danh Chủ tịch "
                     "hội.")
    assert posts(facts) == {"Lê Văn Sơn": {"Chủ tịch Hội Bảo trợ người tàn tật và trẻ mồ côi huyện Quảng Trạch"}}


def test_a_party_cell_admitting_members_holds_a_ceremony() -> None:
    facts = facts_of("Ngày 28-12-2014, Đảng ủy xã Tân Lập đã làm lễ kết nạp đảng viên cho 10 quần chúng ưu tú. Đến dự "
                     "buổi lễ có ông Lê Văn Sơn, Phó Bí thư Thường trực Tỉnh ủy Khánh Hòa.")
    main = next(m for m in facts.meetings if m.main)
    assert main.label.startswith("Lễ kết nạp đảng viên") and main.date == date(2014, 12, 28)
    assert ("attended", "Lê Văn Sơn") in roles(facts)
    assert {(o.org, o.meeting) for o in facts.organizers} == {("Đảng ủy xã Tân Lập", main.key)}


def test_a_body_spoken_of_again_by_its_kind_alone() -> None:
    facts = facts_of("Trưa 9/7/2025, Thủ tướng Lê Văn Sơn, Trưởng Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát "
                     "trên phạm vi cả nước, đã chủ trì phiên họp thứ 6 của Ban Chỉ đạo.")
    committee = "Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên phạm vi cả nước"
    assert {(o.org, o.meeting.split(" ", 1)[1]) for o in facts.organizers} == {(committee, f"Phiên họp thứ 6 {committee}")}
    # two bodies of the kind named: the kind alone says neither
    two = facts_of("Trưa 9/7/2025, ông Lê Văn Sơn, Trưởng Ban Chỉ đạo phòng, chống tham nhũng tỉnh Nghệ An và ông Trần Văn "
                   "Minh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh Nghệ An, dự phiên họp thứ 6 của Ban Chỉ đạo.")
    assert not two.organizers


def test_a_post_someone_is_put_forward_for_or_others_take_is_not_theirs() -> None:
    proposed = facts_of("Tại hội nghị, 91/91 phiếu giới thiệu đồng chí Lê Văn Sơn, Phó Bí thư Tỉnh ủy Hậu Giang giữ chức danh "
                        "Bí thư Tỉnh ủy Hậu Giang.")
    assert posts(proposed) == {"Lê Văn Sơn": {"Phó Bí thư Tỉnh ủy Hậu Giang"}}
    others = facts_of("Chủ tịch HĐND tỉnh Thanh Hóa Lê Văn Sơn chúc mừng các vị được bầu giữ chức danh Phó Chủ tịch UBND tỉnh.")
    assert posts(others) == {"Lê Văn Sơn": {"Chủ tịch Hội đồng nhân dân tỉnh Thanh Hóa"}}
    before = facts_of("Ông Lê Văn Sơn được bổ nhiệm Phó Giám đốc Sở Tài chính tỉnh Quảng Ngãi năm 2020, khi đang giữ chức "
                      "danh Trưởng phòng Ngân sách của Sở.")
    assert "Trưởng phòng Ngân sách" not in " ".join(posts(before).get("Lê Văn Sơn", set()))


def test_the_students_association_written_by_its_initials() -> None:
    facts = facts_of("Sáng 3/4/2025, ông Lê Văn Sơn, Chủ tịch Hội SVVN TP.HCM dự hội nghị.")
    assert posts(facts) == {"Lê Văn Sơn": {"Chủ tịch Hội Sinh viên Việt Nam Thành phố Hồ Chí Minh"}}


def test_reviewers_counter_examples_of_the_forty_seventh_round() -> None:
    # a body's kind in brackets is its short name, not the start of another body's longer name
    short = facts_of("Ngày 2/6/2023, Ủy ban Quốc gia về trẻ em (Ủy ban) họp. Dự có ông Hồ Văn Dũng, Chủ tịch Ủy ban nhân dân "
                     "tỉnh Lạng Sơn.")
    assert posts(short) == {"Hồ Văn Dũng": {"Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"}}
    # `X là Title A` joins the titles only where X opens its clause and needs a body
    escort = facts_of("Tháp tùng Chủ tịch nước là Bộ trưởng Bộ Ngoại giao Lê Văn Sơn.")
    assert posts(escort) == {"Lê Văn Sơn": {"Bộ trưởng Bộ Ngoại giao"}}
    # a person thanked for the vote keeps the post voted; a pronoun names him
    thanked = facts_of("Phát biểu nhận nhiệm vụ, ông Lê Văn Sơn cảm ơn các đồng chí đại biểu đã tín nhiệm bầu ông giữ chức Chủ "
                       "tịch HĐND tỉnh Nghệ An.")
    assert posts(thanked)["Lê Văn Sơn"] == {"Chủ tịch Hội đồng nhân dân tỉnh Nghệ An"}
    # what a committee is told about is no part of its name
    told = facts_of("Các sở, ngành được giao báo cáo Ban Chỉ đạo về tiến độ xây dựng đề án trước ngày 15/7/2023.")
    assert not any("tiến độ" in o.label for o in told.orgs)
    # a kind written alone before another of its kind (`của huyện`) or a level (`tuyến huyện`) is not the one named
    kinds = facts_of("Ngày 3/5/2024, đoàn làm việc với Bệnh viện Đa khoa tỉnh Sơn La. Theo báo cáo, Bệnh viện tuyến huyện "
                     "còn thiếu bác sĩ. Tỉnh yêu cầu mỗi huyện thành lập Ban Chỉ đạo của huyện.")
    assert [o.span.text for o in kinds.orgs if o.label.startswith("Bệnh viện")] == ["Bệnh viện Đa khoa tỉnh Sơn La"]
    # a ceremony a rule says must be held is none held
    rule = facts_of("Ngày 20/6/2023, Ban Tổ chức Tỉnh ủy Thanh Hóa ban hành hướng dẫn, theo đó các chi bộ phải làm lễ kết nạp "
                    "đảng viên trang trọng.")
    assert not any(m.held for m in rule.meetings)


def test_a_congress_held_by_an_association_without_its_number() -> None:
    held = facts_of("Chiều 25/4/2024, Hội Cựu chiến binh huyện Tân Lạc tổ chức Đại hội đại biểu Hội Cựu chiến binh huyện "
                    "Tân Lạc nhiệm kỳ 2024 - 2029. Ông Lê Văn Sơn, Chủ tịch Hội Cựu chiến binh tỉnh dự đại hội.")
    assert [m.label for m in held.meetings] == ["Đại hội Hội Cựu chiến binh huyện Tân Lạc, nhiệm kỳ 2024-2029"]
    assert ("Hội Cựu chiến binh huyện Tân Lạc", held.meetings[0].key) in {(o.org, o.meeting) for o in held.organizers}
    # the congress that founds an association is named so; its guests take up no post in it
    founding = facts_of("Chiều 25/4/2024, Ban vận động tổ chức Đại hội thành lập Hội Cựu Công an nhân dân huyện Tân Lạc "
                        "nhiệm kỳ 2024 - 2029. Ông Lê Văn Sơn, Phó Chủ tịch Hội Cựu Công an nhân dân tỉnh dự đại hội.")
    assert [m.label for m in founding.meetings] == [
        "Đại hội thành lập Hội Cựu Công an nhân dân huyện Tân Lạc, nhiệm kỳ 2024-2029"]
    assert not founding.changes
    # one spoken of is none held
    spoken = facts_of("Ngày 2/5/2024, Tỉnh đoàn duyệt Đại hội Hội Cựu chiến binh huyện Tân Lạc nhiệm kỳ 2024 - 2029.")
    assert not spoken.meetings


def test_a_delegation_working_in_a_province_and_an_offering_of_incense() -> None:
    visit = facts_of("Ngày 1/12/2015, Đoàn công tác của Quốc hội do Phó Chủ tịch Quốc hội Lê Văn Sơn dẫn đầu làm việc tại "
                     "tỉnh Hòa Bình.")
    assert [m.label for m in visit.meetings] == ["Buổi làm việc của Đoàn công tác của Quốc hội tại tỉnh Hòa Bình"]
    assert roles(visit) == {("attended", "Lê Văn Sơn")}
    incense = facts_of("Ngày 6/4/2011, Phó Chủ tịch nước Lê Thị Hoa và Đoàn công tác đã về thăm Khu Di tích lịch sử Đền Hùng "
                       "và dâng hương tưởng niệm các Vua Hùng.")
    assert [m.label for m in incense.meetings] == ["Buổi dâng hương tưởng niệm các Vua Hùng"]
    assert roles(incense) == {("attended", "Lê Thị Hoa")}
    # a ceremony named so is one meeting, not a second visit inside it
    named = facts_of("Sáng 27/7/2020, Tỉnh ủy Quảng Nam tổ chức Lễ viếng và dâng hương tại Nghĩa trang liệt sĩ tỉnh.")
    assert len(named.meetings) == 1
    # an offering held by bodies is theirs
    held = facts_of("Sáng 7/9/2020, Tỉnh ủy, UBND tỉnh Nghệ An tổ chức dâng hoa, dâng hương tại Khu Di tích Kim Liên.")
    assert [m.label for m in held.meetings] == ["Buổi dâng hoa, dâng hương tại Khu Di tích Kim Liên"]
    assert {o.org for o in held.organizers} == {"Tỉnh ủy Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"}


def test_a_rally_written_with_a_hyphen() -> None:
    facts = facts_of("Ông Lê Văn Sơn, Bí thư Huyện ủy Mỏ Cày Nam, phát biểu tại lễ mít-tinh kỷ niệm 50 năm ngày Bến Tre đồng "
                     "khởi vào ngày 17-1-2010.")
    assert [m.label for m in facts.meetings] == ["Lễ mít-tinh kỷ niệm 50 năm ngày Bến Tre đồng khởi"]
    assert roles(facts) == {("spokeAt", "Lê Văn Sơn")}


def test_a_numbered_steering_committee_and_the_committee_it_belongs_to() -> None:
    facts = facts_of("Phó Bí thư Thường trực Thành ủy Đà Nẵng Lê Văn Sơn, Trưởng Ban Chỉ đạo 35 Thành ủy chủ trì hội nghị.")
    assert "Trưởng ban Chỉ đạo 35 Thành ủy Đà Nẵng" in posts(facts)["Lê Văn Sơn"]
    bare = facts_of("Ông Lê Văn Sơn, Trưởng Ban Chỉ đạo 35 phát biểu.")
    assert not any("35 " in label for label in posts(bare).get("Lê Văn Sơn", set()))


def test_the_opening_of_a_fair_held_by_a_department() -> None:
    facts = facts_of("Ngày 5/1/2012, tại Quảng trường 20-8, Sở Công Thương đã tổ chức Khai mạc Hội chợ Xuân Thái Nguyên 2012. "
                     "Dự Lễ khai mạc có đồng chí Lê Văn Sơn, Chủ tịch UBND tỉnh.")
    assert [m.label for m in facts.meetings] == ["Lễ khai mạc Hội chợ Xuân Thái Nguyên 2012"]
    assert {o.org for o in facts.organizers} == {"Sở Công Thương"}
    assert roles(facts) == {("attended", "Lê Văn Sơn")}
    exam = facts_of("Ngày 15/8/2013, Sở Xây dựng Ninh Bình tổ chức khai mạc kỳ thi tuyển chức danh Trưởng phòng Quản lý Kiến "
                    "trúc thuộc Sở.")
    assert [m.label for m in exam.meetings] == ["Lễ khai mạc kỳ thi tuyển chức danh Trưởng phòng Quản lý Kiến trúc thuộc Sở"]
    # the opening of a conference is the conference
    conference = facts_of("Ngày 5/1/2012, UBND tỉnh Thái Nguyên tổ chức khai mạc Hội nghị xúc tiến đầu tư năm 2012.")
    assert [m.label for m in conference.meetings] == ["Hội nghị xúc tiến đầu tư năm 2012"]


def test_a_battle_named_after_a_place_does_not_place_the_page() -> None:
    facts = facts_of("Sáng 8/10/2025, Tỉnh ủy tổ chức gặp mặt kỷ niệm ngày truyền thống ngành Nội chính Đảng. Đồng chí Lê Văn "
                     "Sơn, Phó Bí thư Tỉnh ủy phát biểu. Cách đây 60 năm, sau chiến thắng Điện Biên Phủ, Đảng lãnh đạo.")
    assert posts(facts) == {"Lê Văn Sơn": {"Phó Bí thư Tỉnh ủy"}}
    placed = facts_of("Sáng 8/10/2025, Tỉnh ủy Điện Biên tổ chức hội nghị. Đồng chí Lê Văn Sơn, Phó Bí thư Tỉnh ủy phát biểu.")
    assert posts(placed) == {"Lê Văn Sơn": {"Phó Bí thư Tỉnh ủy Điện Biên"}}


def test_a_plenum_numbered_in_two_words() -> None:
    facts = facts_of("Ngày 10/10/2015, Hội nghị lần thứ mười hai Ban Chấp hành Trung ương Đảng khóa XI bế mạc. Tổng Bí thư "
                     "Lê Văn Sơn chủ trì.")
    assert [m.label for m in facts.meetings] == ["Hội nghị Trung ương 12 khóa XI"]
    assert roles(facts) == {("chaired", "Lê Văn Sơn")}


def test_a_leader_meeting_representatives_or_talking_with_a_group() -> None:
    met = facts_of("Ngày 22/7/2015, Chủ tịch nước Lê Văn Sơn gặp mặt đại diện Ban liên lạc Quân đoàn 3.")
    assert [m.label for m in met.meetings] == ["Buổi gặp mặt đại diện Ban liên lạc Quân đoàn 3"]
    talked = facts_of("Ngày 26/3/2018, Chủ tịch nước Lê Văn Sơn gặp mặt và nói chuyện với 87 cán bộ Đoàn xuất sắc.")
    assert roles(talked) == {("attended", "Lê Văn Sơn")}


def test_committees_named_with_commas_inside() -> None:
    facts = facts_of("Ngày 5/3/2015, Phó Thủ tướng Lê Văn Sơn, Chủ tịch Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ "
                     "nạn ma túy, mại dâm chủ trì hội nghị. Dự có ông Hồ Văn Dũng, Trưởng Ban Chỉ đạo đổi mới, phát triển kinh "
                     "tế tập thể, hợp tác xã.")
    assert "Chủ tịch Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm" in posts(facts)["Lê Văn Sơn"]
    assert posts(facts)["Hồ Văn Dũng"] == {"Trưởng ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã"}


def test_a_central_body_s_name_followed_by_a_province_is_that_province_s_body() -> None:
    facts = facts_of("Ngày 3/5/2024, Đại tá Lê Văn Anh, Phó Chính ủy Bộ đội Biên phòng Sóc Trăng, cho biết. Đại tá Hồ Văn Lư, "
                     "Chỉ huy trưởng BĐBP Đăk Nông bàn giao nhà.")
    assert posts(facts) == {"Lê Văn Anh": {"Phó Chính ủy Bộ đội Biên phòng Sóc Trăng"},
                            "Hồ Văn Lư": {"Chỉ huy trưởng Bộ đội Biên phòng Đắk Nông"}}
    national = facts_of("Ngày 3/5/2024, Trung tướng Lê Văn Sơn, Tư lệnh Bộ đội Biên phòng dự lễ.")
    assert posts(national) == {"Lê Văn Sơn": {"Tư lệnh Bộ đội Biên phòng"}}


def test_a_handover_of_houses_or_scholarships_held_by_a_body() -> None:
    houses = facts_of("Ngày 24-1-2019, Bộ Chỉ huy Quân sự tỉnh Đắk Nông tổ chức bàn giao 2 căn nhà cho hộ gia đình khó khăn. "
                      "Đại tá Lê Văn Sơn, Chỉ huy trưởng dự.")
    assert [m.label for m in houses.meetings] == ["Lễ bàn giao 2 căn nhà cho hộ gia đình khó khăn"]
    assert {o.org for o in houses.organizers} == {"Bộ Chỉ huy Quân sự tỉnh Đắk Nông"}
    grants = facts_of("Ngày 24/1/2019, Hội Khuyến học tỉnh Tuyên Quang tổ chức trao 100 suất học bổng cho học sinh nghèo.")
    assert [m.label for m in grants.meetings] == ["Lễ trao 100 suất học bổng cho học sinh nghèo"]
    # handing over a decision or a task is none of these
    duty = facts_of("Ngày 24/1/2019, UBND tỉnh Tuyên Quang tổ chức bàn giao nhiệm vụ cho các sở.")
    assert not any(m.label.startswith("Lễ bàn giao") for m in duty.meetings)


def test_bodies_listed_before_a_city_written_without_its_kind_share_it() -> None:
    facts = facts_of("Sáng 19/5/2013, Thành ủy, HĐND, UBND TP.HCM tổ chức Lễ kỷ niệm 123 năm Ngày sinh Chủ tịch Hồ Chí Minh.")
    assert {o.org for o in facts.organizers} == {"Thành ủy Thành phố Hồ Chí Minh", "Hội đồng nhân dân Thành phố Hồ Chí Minh",
                                                  "Ủy ban nhân dân Thành phố Hồ Chí Minh"}


def test_religious_titles_after_a_body_and_the_head_of_an_association() -> None:
    facts = facts_of("Ngày 11/4/2023, đoàn đến thăm chùa. Tiếp đoàn có Hòa thượng Thạch Văn Oai – Phó Chủ tịch Thường trực Hội "
                     "Đoàn kết Sư sãi yêu nước tỉnh Trà Vinh, Trụ trì chùa KomPong. Thượng tọa Lý Văn Vệ, Hội trưởng Hội đoàn "
                     "kết sư sãi yêu nước tỉnh Hậu Giang phát biểu.")
    assert posts(facts) == {"Thạch Văn Oai": {"Phó Chủ tịch Thường trực Hội Đoàn kết Sư sãi yêu nước tỉnh Trà Vinh"},
                            "Lý Văn Vệ": {"Hội trưởng Hội đoàn kết sư sãi yêu nước tỉnh Hậu Giang"}}


def test_the_lawyers_bodies_and_a_caption_s_counter_after_a_name() -> None:
    facts = facts_of("Ngày 10/4/2021, Đại hội đại biểu Luật sư toàn quốc lần thứ III đã bầu Luật sư Lê Văn Thịnh tiếp tục giữ "
                     "chức Chủ tịch Liên đoàn Luật sư Việt Nam nhiệm kỳ 2021-2026.\nÔng Lê Văn Thịnh tái cử Chủ tịch Liên "
                     "đoàn Luật sư Việt Nam - 1\nSáng 5/12/2013, Đoàn Luật sư tỉnh Điện Biên tiến hành Đại hội. Ông Lò Văn An, "
                     "Chủ nhiệm Đoàn Luật sư tỉnh phát biểu.")
    assert posts(facts) == {"Lê Văn Thịnh": {"Chủ tịch Liên đoàn Luật sư Việt Nam"},
                            "Lò Văn An": {"Chủ nhiệm Đoàn Luật sư tỉnh Điện Biên"}}
    assert {o.label for o in facts.orgs} >= {"Liên đoàn Luật sư Việt Nam", "Đoàn Luật sư tỉnh Điện Biên"}


def test_a_general_hospital_written_in_lowercase() -> None:
    facts = facts_of("Chiều ngày 29/12/2023, Bệnh viện đa khoa Vị Xuyên tổ chức Hội nghị viên chức và người lao động năm 2024. "
                     "Chủ trì có đồng chí Lê Văn Mạnh - Giám đốc Bệnh viện.")
    assert {o.org for o in facts.organizers} == {"Bệnh viện đa khoa Vị Xuyên"}
    assert posts(facts) == {"Lê Văn Mạnh": {"Giám đốc Bệnh viện đa khoa Vị Xuyên"}}


def test_reviewers_counter_examples_of_the_forty_eighth_round() -> None:
    # words of a verb that also sit inside a unit's lowercase name do not end it
    names = facts_of("Sáng 12/4/2023, Trung tâm hỗ trợ thanh niên công nhân tỉnh Bắc Giang tổ chức Hội nghị tổng kết năm "
                     "2022. Bà Lê Thị Nga, Giám đốc Trung tâm hỗ trợ thanh niên công nhân tỉnh chủ trì. Dự hội nghị có ông Lê "
                     "Đức Hòa, Trưởng ban Quản lý Quỹ hỗ trợ nông dân tỉnh Bắc Giang.")
    assert posts(names) == {"Lê Thị Nga": {"Giám đốc Trung tâm hỗ trợ thanh niên công nhân tỉnh"},
                            "Lê Đức Hòa": {"Trưởng ban Quản lý Quỹ hỗ trợ nông dân tỉnh Bắc Giang"}}
    # a congress, an offering or an opening a sentence only plans is none held, and takes no one's chair
    congress = facts_of("Ngày 2/5/2023, Ban Thường vụ Huyện ủy Tam Nông họp, thống nhất để Hội Nông dân huyện chuẩn bị tổ "
                        "chức Đại hội Hội Nông dân huyện Tam Nông nhiệm kỳ 2023-2028 vào tháng 9.")
    assert not any(m.label.startswith("Đại hội") for m in congress.meetings)
    offering = facts_of("Chiều 20/3/2023, UBND tỉnh Phú Thọ họp bàn công tác chuẩn bị Giỗ Tổ Hùng Vương. Ông Lê Đại Lộc, Phó "
                        "Chủ tịch UBND tỉnh chủ trì cuộc họp. Theo kế hoạch, sáng 29/4, tỉnh sẽ tổ chức dâng hương tưởng niệm "
                        "các Vua Hùng tại Đền Thượng.")
    assert [m.label for m in offering.meetings] == ["Cuộc họp"]
    opening = facts_of("Ngày 2/5/2023, UBND huyện họp. Theo kế hoạch, Sở Văn hóa, Thể thao và Du lịch sẽ tổ chức khai mạc lễ "
                       "hội vào tối 20/5 tại quảng trường.")
    assert not any("khai mạc" in m.label for m in opening.meetings)
    # a delegation's tour of two provinces over days is no one session; the session that day stays the meeting
    tour = facts_of("Từ ngày 10 đến 12/3/2023, Đoàn giám sát của Ủy ban Xã hội do ông Lê Văn Hòa, Phó Chủ nhiệm Ủy ban dẫn "
                    "đầu làm việc tại tỉnh Sóc Trăng và tỉnh Bạc Liêu. Chiều 10/3, đoàn làm việc với UBND tỉnh Sóc Trăng.")
    assert [m.label for m in tour.meetings] == ["Buổi làm việc với UBND tỉnh Sóc Trăng"]
    # a person named between `Đi cùng` and `có`, then the one who went along
    along = facts_of("Chiều 5/7/2023, Phó Thủ tướng Trần Văn Khải đã làm việc với UBND tỉnh Cà Mau. Đi cùng Phó Thủ tướng Trần "
                     "Văn Khải có ông Lê Quốc Toản, Thứ trưởng Bộ Giao thông vận tải.")
    assert ("attended", "Lê Quốc Toản") in roles(along)


def test_a_monthly_sitting_its_body_holds() -> None:
    facts = facts_of("Ngày 25/10/2018, dưới sự chủ trì của Chủ tịch UBND TP Lê Văn Sơn, tập thể UBND TP Hà Nội đã họp thường "
                     "kỳ tháng 10 để xem xét một số nội dung.")
    assert [m.label for m in facts.meetings] == ["Phiên họp thường kỳ tháng 10 Ủy ban nhân dân Thành phố Hà Nội"]
    assert roles(facts) == {("chaired", "Lê Văn Sơn")}
    # a habit is no sitting
    habit = facts_of("Ngày 25/10/2018, ông Lê Văn Sơn cho biết UBND tỉnh Nghệ An họp thường kỳ hằng tháng.")
    assert not habit.meetings


def test_a_festival_named_with_the_units_its_place_lies_in() -> None:
    facts = facts_of("Sáng 17/11/2019, Thủ tướng Lê Văn Sơn đã tới dự Ngày hội Đại đoàn kết toàn dân tộc của liên địa bàn dân "
                     "cư phường Điện Biên, quận Ba Đình, thành phố Hà Nội.")
    assert [m.label for m in facts.meetings] == [
        "Ngày hội Đại đoàn kết toàn dân tộc của liên địa bàn dân cư phường Điện Biên, quận Ba Đình, thành phố Hà Nội"]
    quoted = facts_of("Chiều 16/8/2025, Đảng ủy, UBND xã Thanh Kỳ tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2025. "
                      "Dự ngày hội có đồng chí Lê Văn Sơn, Chủ tịch UBND tỉnh.")
    assert [m.label for m in quoted.meetings] == ["Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2025"]
    assert roles(quoted) == {("attended", "Lê Văn Sơn")}
    # a festival spoken of is none held
    spoken = facts_of("Ngày 19/8 hằng năm là Ngày hội toàn dân bảo vệ an ninh Tổ quốc.")
    assert not spoken.meetings


def test_a_bill_named_up_to_what_is_said_of_it() -> None:
    for text, name in (("Dự thảo Luật Biên phòng Việt Nam có 6 chương 36 điều.", "Luật Biên phòng Việt Nam"),
                       ("Ông A góp ý dự thảo Luật Thủ đô tại buổi hội thảo do Đoàn ĐBQH tổ chức.", "Luật Thủ đô"),
                       ("Dự thảo Luật Ban hành văn bản quy phạm pháp luật gồm 16 chương, 158 điều.",
                        "Luật Ban hành văn bản quy phạm pháp luật"),
                       ("Về dự thảo Luật Trật tự, an toàn giao thông đường bộ, theo đại biểu, cần quy định rõ.",
                        "Luật Trật tự, an toàn giao thông đường bộ"),
                       ("Quốc hội thảo luận dự án Luật Đầu tư theo hình thức đối tác công tư (PPP).",
                        "Luật Đầu tư theo hình thức đối tác công tư"),
                       ("Hồ sơ được lưu theo quy định của Luật Lưu trữ và quy định của Trung ương.", "Luật Lưu trữ")):
        assert [d.label for d in facts_of(text).documents] == [name], text
    # a bill spoken of without its name is no document
    assert not facts_of("Các đại biểu góp ý vào một số vấn đề nêu trong Dự thảo Luật như: nguyên tắc xây dựng.").documents


def test_a_decision_of_an_office_named_by_what_it_decides() -> None:
    facts = facts_of("Tại buổi lễ, ông Lê Văn Sơn công bố Quyết định của Thủ tướng Chính phủ công nhận thành phố Thanh Hóa là "
                     "đô thị loại I và đón nhận Huân chương Độc lập hạng Nhất.")
    assert [(d.label, d.issuer) for d in facts.documents] == [
        ("Quyết định của Thủ tướng Chính phủ công nhận thành phố Thanh Hóa là đô thị loại I", "Thủ tướng Chính phủ")]
    council = facts_of("Ông Lê Văn Sơn đọc Nghị quyết của Ủy ban Thường vụ Quốc hội thành lập thị xã Việt Yên và các phường "
                       "thuộc thị xã Việt Yên, tỉnh Bắc Giang.")
    assert [d.label for d in council.documents] == [
        "Nghị quyết của Ủy ban Thường vụ Quốc hội thành lập thị xã Việt Yên và các phường thuộc thị xã Việt Yên"]
    # a decision of a person named is not the office's, and a decision's verb names nothing without an issuer
    assert not facts_of("Ông Hồ Văn Dũng đọc Quyết định của Thủ tướng Lê Văn Sơn về việc giao nhiệm vụ.").documents
    assert not facts_of("Ông Hồ Văn Dũng cho biết Bộ đã có Quyết định công nhận thành phố là đô thị loại II.").documents


def test_a_committee_for_a_campaign_named_by_its_title() -> None:
    facts = facts_of("Ông Lê Văn Sơn làm Trưởng Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh "
                     "Quảng Nam.")
    assert posts(facts)["Lê Văn Sơn"] == {
        "Trưởng ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh Quảng Nam"}
    lower = facts_of("Ngày 3/4/2019, Ban Chỉ đạo cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\" thành phố Cần "
                     "Thơ tổ chức hội nghị sơ kết.")
    assert [o.label for o in lower.orgs] == [
        "Ban Chỉ đạo cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\" thành phố Cần Thơ"]


def test_where_a_units_name_ends_at_a_dash_or_a_count() -> None:
    two = facts_of("Phó Thủ tướng Lê Văn Sơn, Trưởng Ban Chỉ đạo Nhà nước Dự án thủy điện Sơn La - Lai Châu, chủ trì cuộc họp.")
    assert "Trưởng ban Chỉ đạo Nhà nước Dự án thủy điện Sơn La - Lai Châu" in posts(two)["Lê Văn Sơn"]
    short = facts_of("Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam – Vietcombank phát đi thông báo.")
    assert "Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam" in {o.label for o in short.orgs}
    assert not any("phát đi" in o.label for o in short.orgs)
    countries = facts_of("Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An tổ chức hội nghị.")
    assert [o.label for o in countries.orgs] == ["Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An"]
    group = facts_of("Ông Lê Văn Sơn, Phó Chủ tịch Tổ chức nghị sĩ hữu nghị Việt Nam, Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam "
                     "- Mông Cổ phát biểu.")
    assert posts(group)["Lê Văn Sơn"] == {"Phó Chủ tịch Tổ chức nghị sĩ hữu nghị Việt Nam",
                                          "Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Mông Cổ"}
    counted = facts_of("Ông Lê Văn Sơn làm Trưởng Ban Chỉ đạo công tác thông tin đối ngoại tỉnh và 2 Phó trưởng Ban.")
    assert posts(counted)["Lê Văn Sơn"] == {"Trưởng ban Chỉ đạo công tác thông tin đối ngoại tỉnh"}


def test_the_one_meeting_a_page_reports_takes_its_leads_day() -> None:
    facts = facts_of("Ông Lê Văn Sơn, Phó Chủ tịch HĐND thị xã phát biểu tại hội nghị\n\nNgày 2/4/2013, HĐND thị xã triển khai "
                     "việc tổ chức lấy ý kiến nhân dân về dự thảo.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Hội nghị", date(2013, 4, 2))]
    # a lead that tells of a signing dates no meeting, nor does a page's clock
    signed = facts_of("Ngày 1/6/2011, Chủ tịch Hội đồng bầu cử Lê Văn Sơn đã ký ban hành Nghị quyết số 434.\n\nÔng Hồ Văn Dũng "
                      "phát biểu khai mạc cuộc họp báo.")
    assert [m.date for m in signed.meetings] == [None]
    clock = facts_of("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\nÔng Lê Văn Sơn, Trưởng Ban chủ trì buổi làm việc.")
    assert [m.date for m in clock.meetings] == [None]


def test_a_caption_credit_and_a_host_who_had_talks() -> None:
    caption = facts_of("Ông Lê Văn Sơn làm việc với Đại sứ.\nQuang cảnh buổi làm việc - Ảnh: baotintuc.vn\nÔng Lê Văn Sơn "
                       "phát biểu tại buổi làm việc.")
    assert [m.label for m in caption.meetings] == ["Buổi làm việc"]
    talks = facts_of("Chiều 18/3/2021, tại thành phố Hà Giang, Đoàn đại biểu tỉnh Hà Giang đã có buổi Hội đàm với Đoàn đại biểu "
                     "châu Văn Sơn (tỉnh Vân Nam, Trung Quốc).")
    assert [m.label for m in talks.meetings] == ["Đoàn đại biểu tỉnh Hà Giang Hội đàm với Đoàn đại biểu châu Văn Sơn"]


def test_years_a_law_an_anniversary_and_a_spring_name() -> None:
    # a law's year is not the news's, where the text names another
    law = facts_of("Chiều 14/5, Bộ Tư pháp tổ chức Hội nghị lấy ý kiến về dự thảo sửa đổi Hiến pháp năm 2013. Ngày 05/5/2025, "
                   "Quốc hội đã thông qua Nghị quyết số 194/2025/QH15.")
    assert [m.date for m in law.meetings] == [date(2025, 5, 14)]
    # an anniversary's span written with dots ends in the year it is kept
    span = facts_of("Ngày 24.8, huyện Văn Lâm tổ chức lễ kỷ niệm 20 năm tái lập huyện (1.9.1999 - 1.9.2019). Thu ngân sách năm "
                    "2018 đạt 2.545 tỷ đồng, năm 2018 tăng mạnh.")
    assert [m.date for m in span.meetings] == [date(2019, 8, 24)]
    # a site's banner (`Mừng Đảng mừng Xuân 2026`) is no year of the news
    banner = facts_of("Mừng Đảng mừng Xuân 2026\n\nChiều 21/5, Quân ủy Trung ương tổ chức Lễ trao quyết định bổ nhiệm chức vụ "
                      "Tổng Tham mưu trưởng. Trước đó, ngày 17/5/2016, Chủ tịch nước Lê Văn Sơn đã ký Quyết định số 955.")
    assert [m.date for m in banner.meetings] == [date(2016, 5, 21)]


def test_reviewers_counter_examples_of_the_forty_ninth_round() -> None:
    # a lead that publishes a draft or signs a plan dates no meeting the page reports
    draft = facts_of("Ngày 12/3/2022, Bộ Tư pháp công bố dự thảo Luật Giá (sửa đổi) trên Cổng thông tin điện tử. Phát biểu tại "
                     "hội thảo, ông Lê Văn Sơn, Thứ trưởng Bộ Tư pháp nhấn mạnh ý nghĩa của dự thảo.")
    assert [m.date for m in draft.meetings] == [None]
    plan = facts_of("Ngày 1/6/2022, Chủ tịch UBND tỉnh Hà Nam ký ban hành Kế hoạch triển khai Nghị quyết số 15 của Tỉnh ủy. "
                    "Phát biểu tại hội nghị, ông Lê Văn Sơn nhấn mạnh ý nghĩa của kế hoạch.")
    assert [m.date for m in plan.meetings] == [None]
    # a year in a clause about a law is the news's
    law = facts_of("Sáng 10/3, UBND tỉnh Bắc Giang tổ chức hội nghị triển khai Luật Đất đai được Quốc hội thông qua đầu năm "
                   "2024, có nhiều điểm mới so với năm 2013.")
    assert [m.date for m in law.meetings] == [date(2024, 3, 10)]
    # bills whose names hold `theo` and `tại`
    bills = facts_of("Quốc hội thảo luận dự án Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng (sửa đổi). "
                     "Đại biểu Lê Văn Sơn cho rằng dự thảo Luật Hòa giải, đối thoại tại Tòa án cần làm rõ.")
    assert [d.label for d in bills.documents] == [
        "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng (sửa đổi)", "Luật Hòa giải, đối thoại tại Tòa án"]
    # a decision's name ends where the sentence says what it brings
    brings = facts_of("Việc đón nhận Nghị quyết của Ủy ban Thường vụ Quốc hội thành lập thị xã Chơn Thành mở ra cơ hội phát "
                      "triển mới cho địa phương.")
    assert [d.label for d in brings.documents] == ["Nghị quyết của Ủy ban Thường vụ Quốc hội thành lập thị xã Chơn Thành"]
    # a bank's branch after a dash is named on
    branch = facts_of("Bà Hồ Thị Mai, Giám đốc Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Hà Tĩnh, phát biểu.")
    assert posts(branch)["Hồ Thị Mai"] == {"Giám đốc Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Hà Tĩnh"}
    # a name still going on at the most words a unit's name holds is not cut mid-phrase
    long = facts_of("Ông Lê Văn Sơn, Chủ tịch Hội đồng quản trị Công ty Cổ phần Đầu tư Phát triển Hạ tầng Kỹ thuật và Dịch vụ Đô "
                    "thị Vùng Kinh tế Trọng điểm Phía Nam tỉnh Đồng Nai phát biểu.")
    assert not any(label.endswith("Trọng") for label in posts(long).get("Lê Văn Sơn", set()))


def test_a_contest_told_as_held() -> None:
    facts = facts_of("Hội thi Bí thư Chi bộ giỏi lần II năm 2018 do Đảng ủy Khối Dân - Chính - Đảng TPHCM tổ chức vào ngày "
                     "3/10/2018. Ông Lê Văn Sơn, Bí thư Đảng ủy Khối phát biểu.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Hội thi Bí thư Chi bộ giỏi lần II năm 2018", date(2018, 10, 3))]
    # a contest to come is none held
    planned = facts_of("Năm nay Hội thi Bí thư chi bộ giỏi sẽ được tổ chức vào tháng 10/2018.")
    assert not any(m.held for m in planned.meetings)


def test_a_committee_of_a_province_a_school_named_with_its_province_and_a_delegated_award() -> None:
    committee = facts_of("UBND tỉnh Gia Lai vừa kiện toàn Ban Chỉ đạo phòng, chống dịch Covid-19 của tỉnh Gia Lai. Ông Lê "
                         "Văn Sơn, Chủ tịch UBND tỉnh làm Trưởng ban.")
    assert "Ban Chỉ đạo phòng, chống dịch Covid-19 của tỉnh Gia Lai" in {o.label for o in committee.orgs}
    # `Lam Sơn Thanh Hóa`: a syllable of the school's name, then its province, no person
    school = facts_of("Ngày 30/11/2015, ông Lê Văn Sơn được bổ nhiệm giữ chức hiệu trưởng Trường THPT chuyên Lam Sơn Thanh "
                      "Hóa.")
    assert [p.name for p in school.persons] == ["Lê Văn Sơn"]
    # `thừa ủy quyền Chủ tịch nước`: on the President's behalf, no acting post
    award = facts_of("Thừa ủy quyền Chủ tịch nước, Phó Chủ tịch UBND tỉnh Hồ Văn Minh trao Huân chương Lao động.")
    assert posts(award)["Hồ Văn Minh"] == {"Phó Chủ tịch Ủy ban nhân dân tỉnh"}


def test_reviewers_counter_examples_of_the_forty_ninth_sixth_round() -> None:
    # a contest not held, still to come, planned or held by habit
    for text in ("Năm 2021, do ảnh hưởng của dịch Covid-19, Hội thi Dân vận khéo tỉnh Nam Định lần thứ III không được tổ "
                 "chức tại các huyện.",
                 "Ngày 3/10/2023, Hội thi Tuyên truyền viên giỏi huyện Yên Thành năm 2023 do Ban Tuyên giáo Huyện ủy tổ chức "
                 "vào ngày 20/10 tới.",
                 "Ngày 3/4/2022, Hội thi Tiếng hát công nhân tỉnh Nghệ An năm 2022 sắp được tổ chức tại TP Vinh.",
                 "Ngày 3/4/2022, UBND huyện Đô Lương ban hành kế hoạch, theo đó Hội thi Cải cách hành chính năm 2022 được tổ "
                 "chức vào tháng 8 tại Hội trường UBND huyện.",
                 "Hội thi Bí thư chi bộ giỏi được tổ chức 5 năm một lần nhằm tôn vinh cán bộ."):
        assert not any(m.held for m in facts_of(text).meetings), text
    # a person named after a province, after a unit whose proper name already has two syllables
    hospital = facts_of("Sáng 3/4/2022, Giám đốc Bệnh viện Đa khoa Hồng Đức Lê Thái Bình cho biết bệnh viện đã sẵn sàng.")
    assert posts(hospital)["Lê Thái Bình"] == {"Giám đốc Bệnh viện Đa khoa Hồng Đức"}
    # `Tỉnh ủy quyền Chủ tịch`: a member of the provincial standing board, acting chairman
    acting = facts_of("Sáng 3/4/2022, Ủy viên Ban Thường vụ Tỉnh ủy quyền Chủ tịch UBND tỉnh Lê Minh Tuấn dự hội nghị.")
    assert posts(acting)["Lê Minh Tuấn"] == {"Ủy viên Ban Thường vụ Tỉnh ủy", "Quyền Chủ tịch Ủy ban nhân dân tỉnh"}


def test_a_surname_that_is_also_a_word_of_speaking_is_no_speech() -> None:
    # `Hứa` is a surname and `hứa` (to promise) a cue for speaking: inside a name it is no verb
    facts = facts_of("Ngày 20/4/2021, Hội LHPN xã Tân Lợi tổ chức Đại hội đại biểu phụ nữ xã Tân Lợi lần thứ XXII. Đại hội "
                     "đã bầu Ban chấp hành gồm các đồng chí: Triệu Thị Hà, Mạch Thị Hai, Hứa Thị Hường, Lục Thị Mười.")
    assert not {r for r in roles(facts) if r[0] == "spokeAt"}
    spoke = facts_of("Ngày 20/4/2021, Đại hội đại biểu phụ nữ xã Tân Lợi lần thứ XXII khai mạc. Bà Hứa Thị Hường hứa sẽ "
                     "hoàn thành nhiệm vụ.")
    assert ("spokeAt", "Hứa Thị Hường") in roles(spoke)


def test_a_lone_associations_head_before_the_one_place_the_article_gives_it() -> None:
    # `Chủ tịch Hội LHPN` with no level: the one association the article places, even when placed after the title
    facts = facts_of("Đồng chí Chủ tịch Hội LHPN Triệu Thị Hà đã đánh giá hoạt động của Hội LHPN xã Tân Lợi nhiệm kỳ "
                     "2016 - 2021.")
    assert posts(facts)["Triệu Thị Hà"] == {"Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Lợi"}
    # two placed: none can be told
    two = facts_of("Chủ tịch Hội LHPN Triệu Thị Hà dự hội nghị của Hội LHPN xã Tân Lợi và Hội LHPN xã Tân Hòa.")
    assert posts(two)["Triệu Thị Hà"] == set()


def test_associations_every_level_has_in_lowercase_and_friendship_associations() -> None:
    facts = facts_of("Ngày 24.6.2016, Hội chữ thập đỏ xã Thạnh Bình (huyện Tân Biên) đã tiến hành đại hội đại biểu lần thứ "
                     "VII. Bà Lê Thị Hoa, Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Tây Ninh, dự.")
    labels = {o.label for o in facts.orgs}
    assert "Hội Chữ thập đỏ xã Thạnh Bình" in labels
    assert posts(facts)["Lê Thị Hoa"] == {"Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Tây Ninh"}


def test_a_day_then_the_place_then_the_meeting_that_took_place() -> None:
    facts = facts_of("Thực hiện Giấy mời số 803/GM-UBND ngày 01 tháng 11 năm 2023 của UBND tỉnh Kiên Giang, sáng ngày "
                     "08/11/2023 tại Hội trường Cục Thống kê đã diễn ra Hội nghị rà soát số liệu kinh tế - xã hội năm 2023. "
                     "Ông Đỗ Văn Công, Cục trưởng Cục Thống kê tỉnh chủ trì Hội nghị.")
    assert [(m.label, m.date) for m in facts.meetings if m.held] == [("Hội nghị rà soát số liệu kinh tế - xã hội năm 2023",
                                                                        date(2023, 11, 8))]


def test_a_meetings_name_ends_where_the_text_says_what_it_is() -> None:
    facts = facts_of("Ông Đỗ Văn Công nhấn mạnh tầm quan trọng của Hội nghị rà soát số liệu kinh tế - xã hội năm là một "
                     "trong những hoạt động quan trọng của tỉnh.")
    assert [m.label for m in facts.meetings] == ["Hội nghị rà soát số liệu kinh tế - xã hội năm"]


def test_a_handing_over_of_decisions_held_as_a_gathering() -> None:
    facts = facts_of("Sáng 5/3/2021, phát biểu tại buổi trao quyết định bổ nhiệm, Thiếu tướng Phan Văn Hòa yêu cầu cán bộ "
                     "nhanh chóng nắm bắt tình hình đơn vị.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Buổi trao quyết định bổ nhiệm", date(2021, 3, 5))]
    assert ("spokeAt", "Phan Văn Hòa") in roles(facts)


def test_reviewers_counter_examples_of_the_fiftieth_round() -> None:
    # `buổi trao quyết định` after a meeting announcing the decision is that meeting again
    again = facts_of("Chiều 5/3/2024, Sở Y tế tỉnh Quảng Nam tổ chức Hội nghị công bố quyết định bổ nhiệm Phó Giám đốc Sở. "
                     "Phát biểu tại buổi trao quyết định, ông Lê Văn Hòa, Giám đốc Sở Y tế chúc mừng bà Trần Thị Hoa.")
    assert [m.label for m in again.meetings] == ["Hội nghị công bố quyết định bổ nhiệm Phó Giám đốc Sở"]
    # a deadline for many places dates no meeting
    deadline = facts_of("Ông Nguyễn Văn Tâm cho biết, tính đến ngày 30/6/2025 tại 100% chi bộ trực thuộc đã tổ chức Đại hội "
                        "Chi bộ nhiệm kỳ 2025 - 2027.")
    assert all(m.date is None for m in deadline.meetings)
    # a lone association head takes no association a later sentence places (a visit's host)
    visit = facts_of("Cùng đi có bà Lê Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ. Đoàn đã thăm mô hình của Hội Liên hiệp Phụ "
                     "nữ xã Nhơn Hậu.")
    assert posts(visit)["Lê Thị Mai"] == set()
    # a cue that ends a name (a verb a name took in wrongly) is still a verb
    took = facts_of("Ngày 5/3/2024, Tỉnh ủy tổ chức Hội nghị tổng kết công tác năm 2023. Đồng chí Bí thư Tỉnh ủy Nguyễn Văn "
                    "Tâm Chúc Mừng các tập thể được khen thưởng.")
    assert any(r[0] == "spokeAt" for r in roles(took))


def test_a_page_that_opens_with_who_attended_the_congress_it_names_later() -> None:
    # an excerpt cut after its lead: `Dự Đại hội có A` tells the one congress the page names as held
    facts = facts_of("Dự Đại hội có đồng chí Lê Thị Ngân, Chủ tịch Quốc hội; đồng chí Hà Văn Hải, Bí thư Tỉnh ủy Thái "
                     "Nguyên. Phát biểu khai mạc Đại hội, đồng chí Vũ Văn Bắc, Chủ tịch UBND tỉnh nêu rõ: Đại hội Thi đua "
                     "yêu nước tỉnh Thái Nguyên lần thứ V là sự kiện chính trị quan trọng.")
    assert [(m.label, m.held) for m in facts.meetings] == [("Đại hội Thi đua yêu nước tỉnh Thái Nguyên lần thứ V", True)]
    assert {("attended", "Lê Thị Ngân"), ("attended", "Hà Văn Hải"), ("spokeAt", "Vũ Văn Bắc")} <= roles(facts)


def test_initials_of_a_suspect_rare_surnames_and_an_island_district() -> None:
    # the press shortens a suspect's given name to its initial consonants (`Th`, `Kh`); a word cut by an excerpt's end is none
    suspects = facts_of("5 cán bộ bị tạm đình chỉ gồm: Lê Chí Th (Chi cục trưởng), Hoàng Đức N và Bùi Xuân Kh. Ông Hồ Ch")
    assert {"Lê Chí Th", "Hoàng Đức N", "Bùi Xuân Kh"} <= set(posts(suspects)) and "Hồ Ch" not in posts(suspects)
    # a surname the lexicon lacks is a name where it is the subject of a passive appointment after `ông`
    rare = facts_of("Ngày 25/4/2015, UBND thành phố Đà Nẵng công bố quyết định bổ nhiệm chủ tịch UBND các quận. Theo đó, "
                    "ông Nguyên Văn Tám được bổ nhiệm làm chủ tịch UBND quận Sơn Trà, ông Trần Văn Chín được bổ nhiệm làm "
                    "chủ tịch UBND quận Thanh Khê, ông Phạm Văn Mười, giám đốc Sở Nội vụ, đồng thời giữ chức chủ tịch UBND "
                    "huyện đảo Hoàng Sa.")
    # each passive's own subject takes the post after its verb, not the one written before the next name
    assert {(c.person, c.post.label) for c in rare.changes} == {
        ("Nguyên Văn Tám", "Chủ tịch Ủy ban nhân dân quận Sơn Trà"),
        ("Trần Văn Chín", "Chủ tịch Ủy ban nhân dân quận Thanh Khê"),
        ("Phạm Văn Mười", "Chủ tịch Ủy ban nhân dân huyện Hoàng Sa")}  # an island district is a district


def test_seminars_and_training_courses_are_meetings() -> None:
    # `buổi tọa đàm ... đã diễn ra` after the lead's day; a list opened by `Các đồng chí` speaks together
    seminar = facts_of("(TTXVN).- Ngày 19-9-2015, buổi tọa đàm về phản biện xã hội do Ủy ban MTTQ tỉnh Nghệ An tổ chức đã "
                       "diễn ra tại thành phố Vinh. Các đồng chí Lê Văn Đảm, Chủ tịch Ủy ban MTTQ tỉnh; Vũ Văn Kim, Phó Chủ "
                       "tịch Ủy ban MTTQ tỉnh, đã dự và phát biểu tại buổi tọa đàm.")
    assert [m.label for m in seminar.meetings] == ["Tọa đàm về phản biện xã hội"]
    assert {("spokeAt", "Lê Văn Đảm"), ("spokeAt", "Vũ Văn Kim")} <= roles(seminar)
    assert [o.org for o in seminar.organizers] == ["Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An"]
    # `X tổ chức tập huấn cho ...`: a training course held by X
    course = facts_of("Ngày 11/8/2016, Ủy ban MTTQ tỉnh Nghệ An tổ chức tập huấn cho hơn 300 đại biểu là trưởng ban thanh "
                      "tra nhân dân ở cơ sở.")
    assert [m.label[:22] for m in course.meetings] == ["Lớp tập huấn cho hơn 3"]
    assert [o.org for o in course.organizers] == ["Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An"]


def test_numbers_listed_after_one_kind_share_the_issuer_after_them() -> None:
    facts = facts_of("Thực hiện Nghị quyết số 18 và 19 của Ban Chấp hành Trung ương Đảng khóa XII, Cục Thuế tỉnh Hà Tĩnh "
                     "sáp nhập các chi cục thuế.")
    assert sorted((d.label, d.issuer) for d in facts.documents) == [
        ("Nghị quyết số 18", "Ban Chấp hành Trung ương"), ("Nghị quyết số 19", "Ban Chấp hành Trung ương")]


def test_a_foreign_party_s_organs_are_not_ours() -> None:
    facts = facts_of("Ngày 15/1/2021, Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào đã bầu ông Bounthan Keovong làm "
                     "Tổng Bí thư. Ban Chấp hành Trung ương Đảng ta gửi điện mừng.")
    labels = {o.label for o in facts.orgs if not o.implied}
    assert labels == {"Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào", "Ban Chấp hành Trung ương"}
    assert {c.by for c in facts.changes} == {"Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"}


def test_associations_every_level_has_take_the_commune_the_article_placed() -> None:
    for written in ("Hội Cựu TNXP", "Hội Người cao tuổi", "Hội Luật gia"):
        facts = facts_of(f"Sáng 20/6/2021, {written} xã Vĩnh Hưng tổ chức Đại hội lần thứ IV. Ông Trần Văn Tuy, Chủ tịch "
                         f"{written} xã khóa III trình bày báo cáo.")
        assert len(posts(facts)["Trần Văn Tuy"]) == 1, written
        assert next(iter(posts(facts)["Trần Văn Tuy"])).endswith("xã Vĩnh Hưng"), written


def test_the_buddhist_sangha_s_boards_are_bodies() -> None:
    facts = facts_of("Ngày 17-5-2023, Hòa thượng Thích Thiện Hòa, Chủ tịch Hội đồng Trị sự GHPGVN đã ấn ký quyết định bổ "
                     "nhiệm Đại đức Thích Phước Minh giữ chức vụ Chánh Thư ký Ban Trị sự GHPGVN tỉnh Cà Mau.")
    assert "Ban Trị sự GHPGVN tỉnh Cà Mau" in {o.label for o in facts.orgs if not o.implied}
    assert posts(facts)["Thích Thiện Hòa"] == {"Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam"}


def test_reviewers_counter_examples_of_the_fifty_first_round() -> None:
    # a number whose code names its issuer keeps it; the issuer after the list is the others'
    coded = facts_of("Tỉnh triển khai Quyết định số 123/QĐ-TTg và 456/QĐ-UBND của UBND tỉnh Nam Định về phát triển du lịch.")
    assert {(d.number, d.issuer) for d in coded.documents} == {("123/QĐ-TTg", "Thủ tướng Chính phủ"),
                                                               ("456/QĐ-UBND", "Ủy ban nhân dân tỉnh Nam Định")}
    # a list opened by `Các đồng chí` whose items have a role of their own does not speak together
    chaired = facts_of("Các đồng chí Lê Văn An, Phó Bí thư Thường trực Tỉnh ủy; Trần Văn Bình, Phó Chủ tịch UBND tỉnh chủ trì "
                       "hội nghị; đồng chí Lê Thị Hoa, Giám đốc Sở Tài chính trình bày báo cáo.")
    assert {r for r in roles(chaired) if r[0] == "spokeAt"} == {("spokeAt", "Lê Thị Hoa")}
    # an island district's name that begins like a surname is a place
    island = facts_of("Ông Lê Văn An, Chủ tịch UBND huyện đảo Bạch Long Vĩ làm việc với đoàn công tác.")
    assert posts(island) == {"Lê Văn An": {"Chủ tịch Ủy ban nhân dân huyện Bạch Long Vĩ"}}
    # a year's total or a biography tells no training course held
    for text in ("Năm 2024, Hội Nông dân tỉnh Nam Định đã tổ chức tập huấn cho hơn 2.000 lượt hội viên.",
                 "Bà Lê Thị Hoa từng tham dự lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 2 năm 2019."):
        assert not facts_of(text).meetings, text
    # a word an excerpt cut (`Th...`) and a degree (`Th.S`, `Ph.D.`) are no initials
    for text, name in (("Bí thư Tỉnh ủy Nguyễn Văn Th...", "Nguyễn Văn Th"),
                       ("Đồng chí Lê Văn An Ph.D. phát biểu tại hội nghị.", "Lê Văn An Ph"),
                       ("Ông Trần Văn Nam Th.S, Phó Giám đốc Sở Y tế, phát biểu.", "Trần Văn Nam Th")):
        assert name not in posts(facts_of(text)), text
    # a whole name of a known surname inside the run after `ông` is the person's, not the run
    elder = facts_of("Ông Già Làng Hồ Văn An được cử làm đại biểu.")
    assert "Già Làng Hồ Văn An" not in posts(elder)


def test_reading_of_the_fifty_second_round() -> None:
    # a seat in an association's central committee written `BCH Trung ương Hội` before its local chairmanship
    central = facts_of("Dự có ông Thân Văn Trường, Ủy viên BCH Trung ương Hội, Chủ tịch Hội Bảo trợ người khuyết tật và "
                       "trẻ mồ côi tỉnh Bắc Giang.")
    assert posts(central)["Thân Văn Trường"] == {
        "Ủy viên Ban Chấp hành Trung ương Hội", "Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Bắc Giang"}
    # an abbreviation of two parts in brackets between a body's name and its place
    bracketed = facts_of("Ngày 6/12/2023, Hội Bảo trợ người khuyết tật và trẻ mồ côi (NKT và TMC) huyện Hiệp Hòa tổ chức "
                         "Đại hội đại biểu lần thứ I.")
    assert "Hội Bảo trợ người khuyết tật và trẻ mồ côi huyện Hiệp Hòa" in {o.label for o in bracketed.orgs}
    # the overseas Vietnamese liaison association of a city, its name written with `với`
    liaison = facts_of("Ông Lê Văn Thu giữ chức vụ Chủ tịch Hội Liên lạc với người Việt Nam ở nước ngoài Thành phố Hồ Chí "
                       "Minh nhiệm kỳ 2023 - 2028.")
    assert posts(liaison)["Lê Văn Thu"] == {
        "Chủ tịch Hội Liên lạc với người Việt Nam ở nước ngoài Thành phố Hồ Chí Minh"}
    # a national university written with its city after a hyphen; a bloc and an academy named with a comma
    for text, name, post in (
            ("PGS.TS. Huỳnh Văn Đạt - Giám đốc ĐHQG-HCM dự đại hội.", "Huỳnh Văn Đạt",
             "Giám đốc Đại học Quốc gia Thành phố Hồ Chí Minh"),
            ("Đồng chí Nguyễn Văn Phong - Bí thư Đảng ủy Khối Đại học, Cao đẳng Thành phố Hồ Chí Minh, đọc diễn văn.",
             "Nguyễn Văn Phong", "Bí thư Đảng ủy Khối Đại học, Cao đẳng Thành phố Hồ Chí Minh"),
            ("Ông Ngô Văn Tuấn, Giám đốc Học viện Chiến lược, bồi dưỡng cán bộ xây dựng phát biểu.", "Ngô Văn Tuấn",
             "Giám đốc Học viện Chiến lược, bồi dưỡng cán bộ xây dựng")):
        assert posts(facts_of(text))[name] == {post}, text
    # a plural membership before a list whose items each have their own post, without a colon
    plural = facts_of("Dự lễ có Bí thư Thành ủy Hà Nội Vương Văn Huệ; các đồng chí Ủy viên Trung ương Đảng Bộ trưởng, Chủ "
                      "nhiệm Văn phòng Chính phủ Mai Văn Dũng; Tổng Kiểm toán Nhà nước Hồ Văn Phớc.")
    assert posts(plural) == {"Vương Văn Huệ": {"Bí thư Thành ủy Hà Nội"},
                             "Mai Văn Dũng": {"Chủ nhiệm Văn phòng Chính phủ", "Ủy viên Trung ương Đảng"},
                             "Hồ Văn Phớc": {"Tổng Kiểm toán Nhà nước", "Ủy viên Trung ương Đảng"}}
    # a place holding its Party organisation's congress names it (`xã X tổ chức đại hội Đảng bộ lần thứ N`)
    congress = facts_of("Trong 2 ngày 12 và 13/4/2015, xã Hồng Sơn tổ chức đại hội Đảng bộ lần thứ XIX nhiệm kỳ 2015 – 2020.")
    assert [(m.label, m.held, m.date) for m in congress.meetings] == [
        ("Đại hội đại biểu Đảng bộ xã Hồng Sơn lần thứ XIX, nhiệm kỳ 2015-2020", True, date(2015, 4, 12))]
    # talks told as held after the delegations' leaders, undated
    talks = facts_of("Đoàn đại biểu Bộ đội Biên phòng tỉnh Điện Biên do Đại tá Lê Văn Hòa làm Trưởng đoàn. Cuộc hội đàm diễn "
                     "ra trong không khí thẳng thắn, cởi mở.")
    assert [(m.label, m.held, m.main) for m in talks.meetings] == [("Cuộc hội đàm", True, True)]
    assert ("attended", "Lê Văn Hòa") in roles(talks)
    # an anniversary attended without the word `Lễ`, and a meeting `gặp mặt thân mật với` whom it met
    for text, label in (
            ("Chiều 6/9/2020, tại Hà Nội, Thủ tướng Lê Văn An dự kỷ niệm 75 năm Ngày thành lập Đài Tiếng nói Việt Nam.",
             "Lễ kỷ niệm 75 năm Ngày thành lập Đài Tiếng nói Việt Nam"),
            ("Chiều 19/7/2023, Chủ tịch nước Lê Văn An đã gặp mặt thân mật với 76 cựu tù chính trị Côn Đảo.",
             "Buổi gặp mặt thân mật với 76 cựu tù chính trị Côn Đảo")):
        held = facts_of(text)
        assert [(m.label, m.held) for m in held.meetings] == [(label, True)], text
        assert ("attended", "Lê Văn An") in roles(held), text
    # a company's name ends before what it is proud of; a law's before the texts cited with it
    proud = facts_of("Công ty cổ phần Đầu tư và Phát triển Cảng Đình Vũ vinh dự được trao tặng Bằng khen.")
    assert "Công ty cổ phần Đầu tư và Phát triển Cảng Đình Vũ" in {o.label for o in proud.orgs}
    cited = facts_of("Ngày 5/5/2020, Sở Xây dựng triển khai theo quy định của Luật Xây dựng, Luật Đầu tư và các văn bản "
                     "pháp luật hiện hành.")
    assert {d.label for d in cited.documents} == {"Luật Xây dựng", "Luật Đầu tư"}


def test_reviewers_counter_examples_of_the_fifty_second_round() -> None:
    # a place that ends another body's name holds no congress of its own
    school = facts_of("Sáng 15/5/2020, Đảng bộ Trường THPT Nguyễn Du huyện Hòa Lộc đã tổ chức đại hội Đảng bộ lần thứ IV.")
    assert not any("huyện Hòa Lộc lần" in m.label for m in school.meetings)
    # talks recalled from another year, and an anniversary attended long ago, are no meeting held
    recalled = facts_of("Ngày 5/6/2023, Bộ trưởng Ngoại giao Lê Văn An tiếp Đại sứ Nhật Bản. Bộ trưởng nhắc lại cuộc hội đàm "
                        "diễn ra năm 2019 giữa lãnh đạo hai nước đã mở ra giai đoạn mới.")
    assert [m.label for m in recalled.meetings if m.held] == ["Bộ trưởng Ngoại giao Lê Văn An tiếp Đại sứ Nhật Bản"]
    assert not facts_of("Năm 2020, ông Lê Văn An từng về dự kỷ niệm 50 năm thành lập trường.").meetings
    # two local titles glued after `các đồng chí` are the first item's, not every item's
    glued = facts_of("Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy Phó Chủ tịch UBND tỉnh Trần Văn Khải; Giám "
                     "đốc Sở Y tế Lê Minh Hải; Chủ tịch UBND huyện Hòa Lộc Phạm Văn Tâm.")
    assert posts(glued)["Lê Minh Hải"] == {"Giám đốc Sở Y tế"}


def test_a_ward_or_commune_numbered_after_its_name() -> None:
    facts = facts_of("Chủ tịch UBND phường Cổ Nhuế 2 Trần Văn Khải phát biểu. Bà Lê Thị Hạnh, Bí thư Đảng ủy xã Thường "
                     "Phước 1, huyện Hồng Ngự cũng dự.")
    assert posts(facts) == {"Trần Văn Khải": {"Chủ tịch Ủy ban nhân dân phường Cổ Nhuế 2"},
                            "Lê Thị Hạnh": {"Bí thư Đảng ủy xã Thường Phước 1"}}
    # a count after a commune's name is no part of it
    counted = facts_of("Ngày 5/5/2020, UBND xã Tân Phước 3 ngày qua đã huy động lực lượng.")
    assert "Ủy ban nhân dân xã Tân Phước" in {o.label for o in counted.orgs}


def test_a_roster_of_deputies_after_the_standing_deputy_and_a_head_kept_on() -> None:
    facts = facts_of("Ông Trần Văn Khải tiếp tục làm Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hòa Bình nhiệm kỳ tới. Phó Chủ nhiệm "
                     "thường trực Ủy ban Kiểm tra Tỉnh ủy Hòa Bình là ông Lê Minh Hải; các Phó Chủ nhiệm là bà Lê Thị Hạnh, "
                     "ông Phạm Văn Tâm.")
    assert posts(facts) == {"Trần Văn Khải": {"Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hòa Bình"},
                            "Lê Minh Hải": {"Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy Hòa Bình"},
                            "Lê Thị Hạnh": {"Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hòa Bình"},
                            "Phạm Văn Tâm": {"Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hòa Bình"}}


def test_a_standing_board_beside_an_agency_s_post_is_its_party_committee_s() -> None:
    agency = facts_of("Ông Trần Văn Khải, Ủy viên Ban Thường vụ, Phó Viện trưởng VKSND tỉnh Hòa Bình trình bày báo cáo.")
    assert posts(agency)["Trần Văn Khải"] == {"Ủy viên Ban Thường vụ Đảng ủy Viện Kiểm sát nhân dân tỉnh Hòa Bình",
                                              "Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh Hòa Bình"}
    # an association's standing board is its own
    association = facts_of("Ông Trần Văn Khải, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Nông dân tỉnh Hòa Bình phát biểu.")
    assert "Ủy viên Ban Thường vụ Hội Nông dân tỉnh Hòa Bình" in posts(association)["Trần Văn Khải"]


def test_a_brand_defined_in_brackets_names_its_body() -> None:
    facts = facts_of("Sáng 8/4/2021, Tập đoàn Dệt May Việt Nam (Vinatex) tổ chức hội nghị. Dự có ông Trần Văn Khải, Phó Bí "
                     "thư Đảng ủy Vinatex.")
    assert posts(facts) == {"Trần Văn Khải": {"Phó Bí thư Đảng ủy Tập đoàn Dệt May Việt Nam"}}


def test_two_names_the_page_glued_without_a_comma() -> None:
    facts = facts_of("Ông Trần Văn Khải và ông Lê Minh Hải được bổ nhiệm. Thủ tướng chúc mừng các tân Phó Thủ tướng Trần "
                     "Văn Khải Lê Minh Hải và các Bộ trưởng.")
    assert {p.name for p in facts.persons} == {"Trần Văn Khải", "Lê Minh Hải"}
    # a four-syllable name ending in a surname stays whole
    whole = facts_of("Bà Nguyễn Thị Thanh Mai phát biểu. Bà Nguyễn Thị Thanh Mai cho biết thêm.")
    assert {p.name for p in whole.persons} == {"Nguyễn Thị Thanh Mai"}


def test_a_meeting_named_by_the_conclusion_drawn_at_it() -> None:
    facts = facts_of("Kết luận phiên họp Chính phủ thường kỳ tháng 2/2025, Thủ tướng Lê Văn An lưu ý phải phấn đấu đạt "
                     "mục tiêu tăng trưởng.")
    assert [(m.label, m.held) for m in facts.meetings] == [("Phiên họp Chính phủ thường kỳ tháng 2/2025", True)]
    assert ("spokeAt", "Lê Văn An") in roles(facts)


def test_a_one_letter_surname_before_a_common_word_in_a_headline() -> None:
    facts = facts_of("GIÁM SÁT VIỆC THỰC HIỆN PHÁP LUẬT VỀ Y TẾ CƠ SỞ, Y TẾ DỰ PHÒNG\nNăm 2023, Quốc hội giám sát chuyên đề.")
    assert not facts.persons


def test_a_district_named_with_a_surname_s_syllable_after_its_kind() -> None:
    facts = facts_of("Ông Trần Văn Khải, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam huyện Văn Chấn phát biểu.")
    assert posts(facts) == {"Trần Văn Khải": {"Chủ tịch Hội Liên hiệp Thanh niên Việt Nam huyện Văn Chấn"}}


def test_the_city_s_abbreviation_written_with_a_dot_between_its_letters() -> None:
    facts = facts_of("Đồng chí Trần Văn Khải, Chủ tịch Hội CCB T.P Hồ Chí Minh phát biểu.")
    assert posts(facts) == {"Trần Văn Khải": {"Chủ tịch Hội Cựu chiến binh Thành phố Hồ Chí Minh"}}


def test_a_central_body_s_code_names_the_issuer_before_one_written_earlier() -> None:
    facts = facts_of("Bộ Chính trị ban hành Chỉ thị số 50-CT/TW về lãnh đạo cuộc bầu cử; Ủy ban Thường vụ Quốc hội đã ban "
                     "hành Nghị quyết số 1018-NQ/UBTVQH12 ngày 21-1-2011 công bố ngày bầu cử. Chính phủ thảo luận đề nghị "
                     "xây dựng Luật Giao thông; sửa đổi bổ sung Nghị định số 91/2017/NĐ-CP theo thủ tục rút gọn.")
    issuers = {d.number: d.issuer for d in facts.documents if d.number}
    assert issuers == {"50-CT/TW": "Bộ Chính trị", "1018-NQ/UBTVQH12": "Ủy ban Thường vụ Quốc hội",
                       "91/2017/NĐ-CP": "Chính phủ"}


def test_reviewers_counter_examples_of_the_fifty_third_round() -> None:
    # a province's military commander sits in the province's standing board
    military = facts_of("Đồng chí Trần Văn Khải, Ủy viên Ban Thường vụ, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hòa Bình "
                        "phát biểu.")
    assert "Ủy viên Ban Thường vụ Tỉnh ủy Hòa Bình" in posts(military)["Trần Văn Khải"]
    # a count of posts after a commune's name is no part of it
    counted = facts_of("Chủ tịch UBND xã Hòa Lộc 2 Phó Chủ tịch được phân công nhiệm vụ.")
    assert {o.label for o in counted.orgs} == {"Ủy ban nhân dân xã Hòa Lộc"}
    # a local code beside a written issuer: the issuer written first, as before
    local = facts_of("Ban Thường vụ Tỉnh ủy Hòa Bình ban hành Nghị quyết số 05-NQ/TU, chỉ đạo UBND tỉnh ban hành Kế hoạch "
                     "số 20/KH-UBND và Quy định số 15-QĐ/TU về phân cấp.")
    assert {d.number: d.issuer for d in local.documents}["15-QĐ/TU"] == "Ban Thường vụ Tỉnh ủy Hòa Bình"


def test_a_jurist_or_a_lawyer_is_no_law() -> None:
    facts = facts_of("Ngày 5/3/2024, luật sư Trần Văn Ánh, Hội viên Hội Luật gia Việt Nam, cho biết Luật Luật sư đã được "
                     "Quốc hội thông qua. Ông Lê Văn Bình là Phó Chủ tịch Hội Luật Gia tỉnh Bến Tre.")
    assert [d.label for d in facts.documents] == ["Luật Luật sư"]
    school = facts_of("Ông Lê Văn Một, Hiệu trưởng Trường Đại học Luật TP.HCM, dự hội nghị triển khai Luật Đất đai.")
    assert [d.label for d in school.documents] == ["Luật Đất đai"]


def test_ambassadors_of_every_country_and_a_name_with_particles() -> None:
    facts = facts_of("Đại sứ Estonia Martin Kokk, Đại sứ Fiji Isikeli Tora và Đại sứ Bồ Đào Nha João de Souza e Silva "
                     "Neto đã trình Quốc thư lên Chủ tịch nước.")
    assert posts(facts) == {"Martin Kokk": {"Đại sứ Estonia"}, "Isikeli Tora": {"Đại sứ Fiji"},
                            "João de Souza e Silva Neto": {"Đại sứ Bồ Đào Nha"}}


def test_a_units_name_ends_where_its_head_declares_or_is_disciplined() -> None:
    facts = facts_of("Ông Lê Văn Hải, Phó Tổng giám đốc Trung tâm Khí tượng Thủy văn quốc gia tuyên bố khai mạc hội thi.")
    assert posts(facts) == {"Lê Văn Hải": {"Phó Tổng Giám đốc Trung tâm Khí tượng Thủy văn quốc gia"}}


def test_a_place_named_like_a_verb_ends_no_body() -> None:
    facts = facts_of("Ông Nguyễn Văn Quang, Chủ tịch Hội Người khuyết tật huyện Điện Bàn phát biểu.")
    assert posts(facts) == {"Nguyễn Văn Quang": {"Chủ tịch Hội Người khuyết tật huyện Điện Bàn"}}


def test_a_state_honorary_title_before_a_name_is_no_part_of_it() -> None:
    facts = facts_of("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch dự buổi lễ. NSND Lê Tư, Giám đốc Nhà hát Tuổi Trẻ phát biểu.")
    assert "Lê Tư" in posts(facts)


def test_a_lone_council_in_a_chain_takes_the_level_of_the_next_title_written_with_one() -> None:
    facts = facts_of("Sáng 24/6/2021, HĐND thị xã Duy Tiên tổ chức Kỳ họp thứ Nhất. Đồng chí Trương Văn Hai – Phó Bí thư "
                     "Tỉnh ủy, Chủ tịch UBND, Chủ tịch Ủy ban bầu cử tỉnh, Đại biểu Quốc hội khóa XV về dự.")
    assert "Chủ tịch Ủy ban nhân dân tỉnh" in posts(facts)["Trương Văn Hai"]


def test_a_leader_who_came_to_hand_over_a_party_badge_attended_its_ceremony() -> None:
    facts = facts_of("Ngày 28-8-2025, Bí thư Tỉnh ủy Lê Văn Hai đã tới dự và trao Huy hiệu 45 năm tuổi Đảng tặng ông Trần "
                     "Văn Ba, nguyên Chủ tịch UBND tỉnh.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Lễ trao Huy hiệu 45 năm tuổi Đảng tặng ông Trần Văn Ba", date(2025, 8, 28))]
    assert ("attended", "Lê Văn Hai") in roles(facts)


def test_a_sitting_of_a_council_written_alone_is_of_the_one_council_the_page_names() -> None:
    facts = facts_of("Sáng 6/7, tỉnh Long An đã tổ chức kỳ họp thứ Nhất HĐND, nhiệm kỳ 2021 – 2026 để bầu các chức danh chủ "
                     "chốt. Tại kỳ họp này, HĐND tỉnh Long An đã bầu ông Lê Văn Tám giữ chức Chủ tịch HĐND tỉnh.")
    assert [m.label for m in facts.meetings] == ["Kỳ họp thứ nhất Hội đồng nhân dân tỉnh Long An"]


def test_the_congress_of_an_association_of_the_disabled_written_in_lowercase() -> None:
    facts = facts_of("Ngày 9/9/2018, Đại hội đại biểu Hội người khuyết tật huyện Sơn Tịnh, tỉnh Quảng Ngãi lần đầu tiên được "
                     "tổ chức.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Đại hội Hội Người khuyết tật huyện Sơn Tịnh", date(2018, 9, 9))]


def test_a_monarch_known_by_one_name_and_a_numeral_and_names_with_two_particles() -> None:
    facts = facts_of("Chủ tịch nước Trần Văn Khải đã hội đàm với Quốc vương Jordan Abdullah II. Đại sứ Tây Ban Nha Alberto "
                     "de la Cruz và Đại sứ Hà Lan Kees van der Berg cùng dự.")
    assert posts(facts) == {"Trần Văn Khải": {"Chủ tịch nước"}, "Abdullah II": {"Quốc vương Jordan"},
                            "Alberto de la Cruz": {"Đại sứ Tây Ban Nha"}, "Kees van der Berg": {"Đại sứ Hà Lan"}}


def test_studying_a_resolution_still_names_it() -> None:
    facts = facts_of("Ông Trần Văn Khải đã quán triệt cho cán bộ học Nghị quyết số 57-NQ/TW của Bộ Chính trị.")
    assert [d.label for d in facts.documents] == ["Nghị quyết số 57-NQ/TW"]


def test_the_party_cell_of_a_school_named_after_a_person() -> None:
    facts = facts_of("Chi bộ Trường THCS Lê Văn Tám tổ chức Đại hội. Chi bộ Trường MG Hoa Sen đã bầu ra cấp ủy khóa mới.")
    assert {o.label for o in facts.orgs if not o.implied} >= {"Chi bộ Trường THCS Lê Văn Tám",
                                                               "Chi bộ Trường Mẫu giáo Hoa Sen"}


def test_a_standing_deputy_head_written_alone_is_of_the_ministry_the_article_names() -> None:
    facts = facts_of("Bộ GD-ĐT vừa phân công công tác. Từ 1/6/2009, Thứ trưởng thường trực Bành Văn Khải nghỉ hưu.")
    assert posts(facts)["Bành Văn Khải"] == {"Thứ trưởng Thường trực Bộ Giáo dục và Đào tạo"}


def test_a_bill_to_be_put_to_a_session_does_not_make_the_session_the_meeting_reported() -> None:
    facts = facts_of("Cùng dự hội nghị có Phó Tổng Thanh tra Chính phủ Trần Văn Ba. Báo cáo tại hội nghị, ông Lê Văn Tư "
                     "cho biết Thanh tra Chính phủ hoàn thiện Luật Tố cáo trình Quốc hội cho ý kiến tại kỳ họp thứ 4, "
                     "Quốc hội khóa XIV.")
    held = [m.label for m in facts.meetings if m.held]
    assert held == ["Hội nghị"]
    assert ("attended", "Trần Văn Ba") in roles(facts)


def test_the_navy_and_its_regions_written_short_after_a_commander() -> None:
    facts = facts_of("Chuẩn Đô đốc Lê Văn Hai, Phó Tư lệnh Hải quân chủ trì. Cùng dự có Đại tá Trần Văn Ba, Chính ủy Vùng 4 "
                     "Hải quân. Bộ Tư lệnh Vùng 2 Hải quân phối hợp với tỉnh tổ chức bầu cử sớm.")
    assert posts(facts) == {"Lê Văn Hai": {"Phó Tư lệnh Quân chủng Hải quân"}, "Trần Văn Ba": {"Chính ủy Vùng 4 Hải quân"}}
    assert "Bộ Tư lệnh Vùng 2 Hải quân" in {o.label for o in facts.orgs}


def test_an_association_congress_counted_by_its_term() -> None:
    facts = facts_of("Ngày 26/3/2021, Hiệp hội Nhựa TP.HCM đã tổ chức đại hội nhiệm kỳ VI năm 2021 – 2025.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Đại hội Hiệp hội Nhựa Thành phố Hồ Chí Minh nhiệm kỳ VI", date(2021, 3, 26))]


def test_a_committee_named_whole_then_by_its_kind_in_brackets() -> None:
    facts = facts_of("Thủ tướng ký Quyết định 269 về việc thành lập Ban Chỉ đạo tổng kết 20 năm thực hiện mô hình tổ chức "
                     "bộ máy của Chính phủ (Ban Chỉ đạo). Phó Trưởng Ban Chỉ đạo gồm: Phó Thủ tướng Trần Văn Ba và Bộ "
                     "trưởng Nội vụ Lê Thị Tư.")
    committee = "Ban Chỉ đạo tổng kết 20 năm thực hiện mô hình tổ chức bộ máy của Chính phủ"
    assert committee in {o.label for o in facts.orgs}
    assert "Phó Trưởng ban Chỉ đạo tổng kết 20 năm thực hiện mô hình tổ chức bộ máy của Chính phủ" in posts(facts)["Trần Văn Ba"]


def test_a_decision_code_of_the_city_names_its_people_s_committee_once() -> None:
    facts = facts_of("Chủ tịch UBND TPHCM vừa ký ban hành Quyết định 1168/QĐ-UBND ngày 30/8/2025.")
    assert [(d.label, d.issuer) for d in facts.documents] == [
        ("Quyết định 1168/QĐ-UBND", "Ủy ban nhân dân Thành phố Hồ Chí Minh")]


def test_a_committee_member_written_with_every_word_capitalised_names_no_place() -> None:
    facts = facts_of("Kỳ họp HĐND xã Tây Giang. Đồng chí Tạ Văn Bốn - Huyện Ủy Viên - Bí thư Đảng ủy xã phát biểu.")
    assert posts(facts)["Tạ Văn Bốn"] == {"Ủy viên Ban Chấp hành Đảng bộ huyện", "Bí thư Đảng ủy xã Tây Giang"}


def test_the_protestant_churches_by_their_names_and_general_assembly() -> None:
    facts = facts_of("Mục sư Thái Văn An, Hội trưởng Tổng Liên hội Hội Thánh Tin Lành Việt Nam (miền Nam) và Mục sư Trần "
                     "Văn Ba, Hội trưởng Hội thánh Tin lành Việt Nam miền Bắc cùng dự.")
    assert posts(facts) == {"Thái Văn An": {"Hội trưởng Hội thánh Tin lành Việt Nam (miền Nam)"},
                            "Trần Văn Ba": {"Hội trưởng Hội thánh Tin lành Việt Nam (miền Bắc)"}}


def test_a_congress_numbered_low_whose_term_is_not_the_national_one_s() -> None:
    facts = facts_of("Một trong những nhiệm vụ của Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ được xác định tại Đại hội "
                     "đại biểu lần thứ III, nhiệm kỳ 2023-2028 diễn ra ngày 4/10/2023.")
    assert [m.label for m in facts.meetings] == ["Đại hội đại biểu lần thứ III, nhiệm kỳ 2023-2028"]


def test_local_party_congresses_with_a_brand_in_brackets_or_their_district_after_a_comma() -> None:
    facts = facts_of("Ngày 5/8/2020, Đại hội đại biểu Đảng bộ Tổng Công ty Thuốc lá Việt Nam (Vinataba) lần thứ III, "
                     "nhiệm kỳ 2020-2025 đã diễn ra thành công. Ngày 18-2-2020, Đại hội đại biểu Đảng bộ Phường 2, thị "
                     "xã Ngã Năm, nhiệm kỳ 2020 - 2025 đã thành công và bế mạc.")
    assert [m.label for m in facts.meetings] == [
        "Đại hội đại biểu Đảng bộ Tổng công ty Thuốc lá Việt Nam lần thứ III, nhiệm kỳ 2020-2025",
        "Đại hội Đảng bộ phường 2, thị xã Ngã Năm nhiệm kỳ 2020-2025"]


def test_a_steering_committee_of_the_city_written_without_its_name() -> None:
    facts = facts_of("Ngày 19/4, Chủ tịch UBND thành phố Hà Nội Trần Văn Năm, Trưởng Ban Chỉ đạo các công trình trọng "
                     "điểm của thành phố giai đoạn 2021 - 2025 chủ trì hội nghị.")
    assert "Trưởng ban Chỉ đạo các công trình trọng điểm của thành phố" in posts(facts)["Trần Văn Năm"]


def test_provinces_in_a_range_after_a_plural_are_guests_not_where_the_news_is() -> None:
    facts = facts_of("Hội diễn có 9 đoàn của các tỉnh từ Thanh Hóa đến Thừa Thiên Huế. Dự có Phó Chủ tịch UBND tỉnh "
                     "Trần Văn Tư. Ngân hàng trao tặng Quỹ người nghèo Hà Tĩnh 500 triệu đồng.")
    assert posts(facts)["Trần Văn Tư"] == {"Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh"}


def test_a_city_named_like_a_person_goes_on_the_hospital_s_name() -> None:
    facts = facts_of("Điều động bác sĩ Lê Văn Năm, Giám đốc Bệnh viện Đa khoa Buôn Ma Thuột, giữ chức vụ Giám đốc Bệnh "
                     "viện Đa khoa vùng Tây Nguyên.")
    assert "Giám đốc Bệnh viện Đa khoa Buôn Ma Thuột" in posts(facts)["Lê Văn Năm"]
    assert [c.person for c in facts.changes] == ["Lê Văn Năm"]


def test_a_date_set_off_before_the_body_that_holds_the_meeting() -> None:
    facts = facts_of("Thực hiện kế hoạch của Ban chấp hành Đảng ủy, chiều ngày 23/12/2015 Đảng bộ Bệnh viện Đa khoa "
                     "tỉnh Nam Định đã tổ chức Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh.")
    assert [(m.label, m.date) for m in facts.meetings if m.held] == [
        ("Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh", date(2015, 12, 23))]


def test_a_doctorate_of_science_and_a_specialist_degree_are_no_part_of_the_name() -> None:
    facts = facts_of("Dự lễ có GS TSKH Lê Văn Tám, Thứ trưởng Bộ Y tế; BSCKII Trần Văn Chín, Giám đốc Sở Y tế tỉnh "
                     "Nam Định.")
    assert set(posts(facts)) == {"Lê Văn Tám", "Trần Văn Chín"}


def test_bishops_of_their_dioceses_with_their_baptismal_names() -> None:
    facts = facts_of("Đoàn đến thăm Tòa Giám mục Giáo phận Vĩnh Long nhân dịp lễ Giáng sinh. Dự có Tổng Giám mục "
                     "Tổng Giáo phận Hà Nội Giuse Vũ Văn Tám và Phaolô Lê Văn Bảy, Giám mục Chính tòa Giáo phận Vinh.")
    assert posts(facts) == {"Giuse Vũ Văn Tám": {"Tổng Giám mục Tổng Giáo phận Hà Nội"},
                            "Phaolô Lê Văn Bảy": {"Giám mục Chính tòa Giáo phận Vinh"}}
    assert "Tòa Giám mục Giáo phận Vĩnh Long" in {o.label for o in facts.orgs}


def test_a_bare_standing_board_taken_up_with_a_post_of_an_association() -> None:
    facts = facts_of("Ông Lê Văn Sáu được bầu bổ sung Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ và chức danh Chủ "
                     "tịch Liên đoàn Lao động tỉnh Nam Định. Ông Bùi Văn Hai được chỉ định làm Ủy viên Ban Chấp hành, "
                     "Ủy viên Ban Thường vụ Tỉnh ủy Nam Định.")
    assert {(c.person, c.post.label) for c in facts.changes} == {
        ("Lê Văn Sáu", "Ủy viên Ban Chấp hành Liên đoàn Lao động tỉnh Nam Định"),
        ("Lê Văn Sáu", "Ủy viên Ban Thường vụ Liên đoàn Lao động tỉnh Nam Định"),
        ("Lê Văn Sáu", "Chủ tịch Liên đoàn Lao động tỉnh Nam Định"),
        ("Bùi Văn Hai", "Ủy viên Ban Chấp hành"),  # a member of the Tỉnh ủy itself, not of a board of it
        ("Bùi Văn Hai", "Ủy viên Ban Thường vụ Tỉnh ủy Nam Định")}


def test_counted_vice_chairs_listed_after_the_chair_the_congress_elected() -> None:
    facts = facts_of("Đại hội Hội Nông dân tỉnh Tây Ninh đã bầu ông Trần Văn Hải làm Chủ tịch Hội và 3 Phó Chủ tịch "
                     "gồm: ông Lê Văn Tám, ông Lê Văn Bảy, ông Lê Văn Sáu.")
    assert [(c.person, c.post.label) for c in facts.changes] == [
        ("Trần Văn Hải", "Chủ tịch Hội Nông dân tỉnh Tây Ninh"),
        *((name, "Phó Chủ tịch Hội Nông dân tỉnh Tây Ninh") for name in ("Lê Văn Tám", "Lê Văn Bảy", "Lê Văn Sáu"))]


def test_a_foreign_guest_s_words_end_a_body_the_lexicon_cannot_end() -> None:
    facts = facts_of("Đồng chí Khăm Xay, Chủ tịch Ủy ban chính quyền tỉnh Bo Ly bày tỏ vui mừng.")
    assert "Ủy ban chính quyền tỉnh Bo Ly" in {o.label for o in facts.orgs}


def test_a_standing_board_member_beside_the_front_s_chair_sits_in_the_party_committee() -> None:
    facts = facts_of("Liên hoan nghệ thuật quận Cầu Giấy. Đồng chí Nguyễn Thị Tám – UVTV, Chủ tịch Ủy ban MTTQ Việt "
                     "Nam quận khai mạc liên hoan.")
    assert posts(facts)["Nguyễn Thị Tám"] == {"Ủy viên Ban Thường vụ Quận ủy Cầu Giấy",
                                              "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam quận Cầu Giấy"}


def test_a_deputy_s_title_in_lowercase_right_after_a_name_is_no_part_of_it() -> None:
    facts = facts_of("Các đồng chí Đinh Văn Tư, Bí thư Huyện ủy và Lê Ngọc Năm Phó bí thư, chủ tịch UBND huyện Hương "
                     "Khê đã chủ trì buổi tiếp công dân.")
    assert "Lê Ngọc Năm" in posts(facts)


def test_a_country_in_its_hyphenated_transliteration_names_a_friendship_association() -> None:
    facts = facts_of("Ngày 19-12-2012, Hội Hữu nghị và Hợp tác Việt Nam - Chi-lê tổ chức Đại hội. Đồng chí Nguyễn Văn "
                     "Tám được bầu làm Chủ tịch Hội Hữu nghị và Hợp tác Việt Nam - Chi-lê nhiệm kỳ II.")
    assert [(c.person, c.post.label) for c in facts.changes] == [
        ("Nguyễn Văn Tám", "Chủ tịch Hội Hữu nghị và Hợp tác Việt Nam - Chi-lê")]


def test_every_giver_and_receiver_of_flowers_attends() -> None:
    facts = facts_of("Sáng 5/3/2021, tại Kỳ họp thứ 9 HĐND tỉnh Nam Định, Chủ tịch UBND tỉnh Trần Văn Hai và Bí thư "
                     "Tỉnh ủy Lê Văn Ba tặng hoa, chúc mừng ông Lê Văn Bốn (thứ 2 từ trái qua) và ông Lê Văn Năm nhận "
                     "nhiệm vụ mới.")
    assert roles(facts) == {("attended", name) for name in ("Trần Văn Hai", "Lê Văn Ba", "Lê Văn Bốn", "Lê Văn Năm")}


def test_a_name_after_a_house_number_is_a_street() -> None:
    facts = facts_of("Đặt trụ sở tại nhà văn hóa - 38 Trần Văn Hai và Trung tâm hành chính - 503 Lê Văn Ba. Ngày "
                     "5/3/2021 Nguyễn Văn Tám ký quyết định.")
    assert set(posts(facts)) == {"Nguyễn Văn Tám"}


def test_a_department_s_name_without_the_comma_its_lexicon_form_has() -> None:
    facts = facts_of("Ông Nguyễn Minh Tám, Giám đốc Sở Văn hóa Thể thao và Du lịch tỉnh Nam Định dự.")
    assert posts(facts)["Nguyễn Minh Tám"] == {"Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Định"}


def test_a_congress_of_all_the_members_of_a_small_party_organisation() -> None:
    facts = facts_of("Ngày 29/6/2020, Đảng bộ Sở Tư pháp tỉnh Long An tổ chức Đại hội Đảng viên nhiệm kỳ 2020-2025.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Đại hội Đảng viên Đảng bộ Sở Tư pháp tỉnh Long An nhiệm kỳ 2020-2025", date(2020, 6, 29))]
    assert [o.org for o in facts.organizers] == ["Đảng bộ Sở Tư pháp tỉnh Long An"]


def test_the_trade_union_of_an_agency_organises_its_meeting() -> None:
    facts = facts_of("Ngày 23/12/2010, Công đoàn cơ quan Văn phòng UBND thành phố Hải Phòng đã tổ chức Hội nghị công bố "
                     "quyết định.")
    assert [o.org for o in facts.organizers] == ["Công đoàn cơ quan Văn phòng Ủy ban nhân dân Thành phố Hải Phòng"]


def test_a_member_of_the_committee_set_up_named_with_is() -> None:
    facts = facts_of("Ngày 20/4/2021, Ban Thường vụ Tỉnh ủy Nam Định thành lập Ban Chỉ đạo chuyển đổi số tỉnh Nam "
                     "Định. Đồng chí Lê Văn Tám, Giám đốc Sở Nội vụ là Ủy viên Thường trực Ban Chỉ đạo.")
    assert [(c.person, c.post.label) for c in facts.changes] == [
        ("Lê Văn Tám", "Ủy viên Thường trực Ban Chỉ đạo chuyển đổi số tỉnh Nam Định")]


def test_counted_deputies_of_an_election_committee_written_with_its_abbreviation() -> None:
    facts = facts_of("Thành lập Ủy ban Bầu cử tỉnh. Ủy ban Bầu cử tỉnh thực hiện nhiệm vụ theo quy định của pháp luật "
                     "về bầu cử. 2 Phó Chủ tịch UBBC tỉnh gồm các đồng chí: Lê Văn Hai, Phó Bí thư Tỉnh ủy; Trần Văn "
                     "Ba, Chủ tịch UBND tỉnh.")
    assert [(c.person, c.post.label, c.how) for c in facts.changes] == [
        (name, "Phó Chủ tịch Ủy ban bầu cử tỉnh", "Thành lập") for name in ("Lê Văn Hai", "Trần Văn Ba")]


def test_each_sub_committee_set_up_led_by_whom_it_names() -> None:
    facts = facts_of("Trung ương quyết định thành lập 3 tiểu ban chuẩn bị Đại hội. Cụ thể, Tiểu ban Văn kiện do Chủ "
                     "tịch nước Lê Văn Hai làm Trưởng Tiểu ban; Tiểu ban Nhân sự do Thường trực Ban Bí thư Trần Văn "
                     "Ba làm Trưởng Tiểu ban.")
    assert [(c.person, c.post.label) for c in facts.changes] == [
        ("Lê Văn Hai", "Trưởng tiểu ban Văn kiện"), ("Trần Văn Ba", "Trưởng tiểu ban Nhân sự")]


def test_a_career_told_with_then_is_no_decision() -> None:
    facts = facts_of("Bà Lê Thị Hai được Bộ Chính trị chuẩn y giữ chức Bí thư Tỉnh ủy Nam Định. Sau đó, bà Hai làm Phó "
                     "Chủ tịch HĐND tỉnh.")
    assert [(c.person, c.post.label) for c in facts.changes] == [("Lê Thị Hai", "Bí thư Tỉnh ủy Nam Định")]


def test_the_election_as_a_noun_is_no_vote() -> None:
    facts = facts_of("Ban Thường vụ Tỉnh ủy Nam Định đã quyết định thành lập Ban Chỉ đạo bầu cử tỉnh. Theo quyết định, "
                     "bà Lê Thị Hai - Bí thư Tỉnh ủy làm Trưởng Ban Chỉ đạo bầu cử tỉnh. Các cấp thực hiện tốt công "
                     "tác bầu cử.")
    assert [(c.person, c.post.label, c.how) for c in facts.changes] == [
        ("Lê Thị Hai", "Trưởng ban Chỉ đạo bầu cử tỉnh", "thành lập")]  # (its province unread: its article's)


def test_every_party_post_of_a_cell_ends_with_its_secretary_s_dismissal() -> None:
    facts = facts_of("Ủy ban Kiểm tra Trung ương quyết định cách chức tất cả các chức vụ trong Đảng đối với đồng chí "
                     "Lê Văn Hai, Bí thư Chi bộ, nguyên Tổng Biên tập Tạp chí X.")
    assert [(c.person, c.post.label, c.change) for c in facts.changes] == [("Lê Văn Hai", "Bí thư Chi bộ", "end")]


def test_who_speaks_after_congratulating_the_one_elected_is_not_elected() -> None:
    facts = facts_of("Chúc mừng ông Lê Văn Hai được bầu giữ chức vụ Chủ tịch UBND huyện Hải Hậu, Phó Bí thư Thường "
                     "trực Tỉnh ủy Nam Định Trần Văn Ba nêu rõ: ông Hai có nhiều kinh nghiệm.")
    assert [(c.person, c.post.label) for c in facts.changes] == [
        ("Lê Văn Hai", "Chủ tịch Ủy ban nhân dân huyện Hải Hậu")]


def test_a_committee_against_a_disease_named_with_its_cause() -> None:
    facts = facts_of("Thủ tướng quyết định thành lập Ban Chỉ đạo Quốc gia phòng, chống dịch bệnh sốt do chủng mới của "
                     "vi rút X gây ra. Phó Thủ tướng Lê Văn Hai làm Trưởng Ban Chỉ đạo.")
    assert [(c.person, c.post.label) for c in facts.changes] == [
        ("Lê Văn Hai", "Trưởng ban Chỉ đạo Quốc gia phòng, chống dịch bệnh sốt do chủng mới của vi rút X gây ra")]


def test_the_second_sitting_of_a_sub_committee_named_after_it() -> None:
    facts = facts_of("Tổng Bí thư Lê Văn Hai chủ trì họp phiên thứ hai Tiểu ban Nhân sự Đại hội XIV của Đảng. Phiên "
                     "họp thứ hai cho ý kiến đối với: Dự thảo Báo cáo của Ban Chấp hành Trung ương Đảng khóa XIII.")
    assert [m.label for m in facts.meetings if m.main] == ["Phiên họp thứ hai Tiểu ban Nhân sự Đại hội XIV"]
    assert roles(facts) >= {("chaired", "Lê Văn Hai")}


def test_a_national_association_holds_its_own_national_congress() -> None:
    facts = facts_of("Sáng 12-3-2011, tại Hà Nội, Hội Hữu nghị Việt Nam - Xlô-va-ki-a tiến hành Đại hội đại biểu toàn "
                     "quốc lần thứ 2.")
    assert [m.label for m in facts.meetings] == [
        "Đại hội đại biểu toàn quốc Hội Hữu nghị Việt Nam - Xlô-va-ki-a lần thứ 2"]


def test_a_conference_still_to_come_is_not_held() -> None:
    facts = facts_of("Thủ tướng Lê Văn Hai sẽ chủ trì Hội nghị toàn quốc về công tác tiếp công dân. Hội nghị sẽ diễn "
                     "ra vào tháng 3/2012. Thủ tướng giao Bộ Nội vụ chuẩn bị báo cáo tại hội nghị.")
    assert not any(m.held for m in facts.meetings)
    assert not facts.roles


def test_each_post_a_council_relieved_goes_with_whom_it_concerns() -> None:
    facts = facts_of("Tại kỳ họp, HĐND tỉnh Nam Định bãi nhiệm chức vụ Phó Chủ tịch HĐND tỉnh đối với ông Lê Văn Hai, "
                     "Chủ tịch UBND tỉnh đối với ông Trần Văn Ba.")
    assert [(c.person, c.post.label, c.change) for c in facts.changes] == [
        ("Lê Văn Hai", "Phó Chủ tịch Hội đồng nhân dân tỉnh Nam Định", "end"),
        ("Trần Văn Ba", "Chủ tịch Ủy ban nhân dân tỉnh Nam Định", "end")]


def test_districts_named_like_persons_end_a_company_s_name() -> None:
    facts = facts_of("Ông Nguyễn Văn Hai, Tổng giám đốc Công ty CP Supe phốt phát và hóa chất Lâm Thao dự. Công ty Cổ "
                     "phần Than Vàng Danh tổ chức hội nghị.")
    assert posts(facts) == {"Nguyễn Văn Hai": {"Tổng Giám đốc Công ty CP Supe phốt phát và hóa chất Lâm Thao"}}


def test_an_issuer_s_code_in_a_number_is_no_body() -> None:
    facts = facts_of("Ủy ban Bầu cử tỉnh Hà Tĩnh đã ban hành Nghị quyết số 19/NQ-UBBC ngày 26/2/2021.")
    assert [o.label for o in facts.orgs] == ["Ủy ban bầu cử tỉnh Hà Tĩnh"]


def test_a_central_steering_committee_written_tu_named_by_its_task() -> None:
    facts = facts_of("Thủ tướng ký quyết định kiện toàn Ban Chỉ đạo TƯ triển khai xóa nhà tạm trên phạm vi cả nước. "
                     "Ban Chỉ đạo do Thủ tướng Lê Văn Hai làm Trưởng ban.")
    assert [(c.person, c.post.label) for c in facts.changes] == [
        ("Lê Văn Hai", "Trưởng ban Chỉ đạo Trung ương triển khai xóa nhà tạm trên phạm vi cả nước")]


def test_minutes_sent_to_a_council_are_no_part_of_its_name() -> None:
    facts = facts_of("Ban Thường trực sẽ gửi đến Hội đồng Bầu cử biên bản hội nghị hiệp thương.")
    assert "Hội đồng Bầu cử" in {o.label for o in facts.orgs}


def test_organisations_set_up_in_number_give_no_post_to_those_named_after() -> None:
    facts = facts_of("Liên đoàn Lao động tỉnh thành lập mới 2 công đoàn cấp trên trực tiếp cơ sở. Đồng chí Lê Thị Hai, "
                     "Chủ tịch Công đoàn Viên chức tỉnh Nam Định dự.")
    assert not facts.changes


def test_a_member_of_a_ward_s_party_committee_sits_in_its_party_organisation() -> None:
    facts = facts_of("Ban Thường vụ Tỉnh ủy đã quyết định điều động, chỉ định ông Nguyễn Văn Hai tham gia Ban Chấp hành, "
                     "Ban Thường vụ và giữ chức Bí thư Đảng ủy phường Hạc Thành, tỉnh Thanh Hóa.")
    assert [c.post.label for c in facts.changes] == ["Ủy viên Ban Chấp hành Đảng bộ phường Hạc Thành",
                                                     "Ủy viên Ban Thường vụ Đảng ủy phường Hạc Thành",
                                                     "Bí thư Đảng ủy phường Hạc Thành"]


def test_the_one_congress_held_is_reported_though_named_past_the_lead() -> None:
    facts = facts_of("Ông Lê Văn Hai tái cử Chủ tịch Hội Người cao tuổi tỉnh Nam Định. Hội xác định nhiệm vụ mới. Các "
                     "đại biểu tham dự. Sáng nay (14/12), Hội Người cao tuổi tỉnh Nam Định long trọng tổ chức đại hội "
                     "đại biểu khóa III, nhiệm kỳ 2021 - 2026. Dự đại hội, về phía tỉnh, có đồng chí Trần Văn Ba - Phó "
                     "Chủ tịch UBND tỉnh.")
    assert [m.label for m in facts.meetings if m.main and m.held] == [
        "Đại hội Hội Người cao tuổi tỉnh Nam Định khóa III, nhiệm kỳ 2021-2026"]
    assert ("attended", "Trần Văn Ba") in roles(facts)


def test_guests_listed_on_behalf_of_a_body_attend_and_the_name_ends_before_its_list() -> None:
    facts = facts_of("Ngày 15/8/2023, Đảng ủy Khối tổ chức hội nghị công bố quyết định đối với 03 đảng bộ cơ sở, gồm: "
                     "Đảng bộ Công ty X; Đảng bộ Công ty Y. Tới dự hội nghị có đồng chí Lê Văn Hai, Phó Vụ trưởng Vụ "
                     "Tổ chức. Đại diện Đảng ủy Tập đoàn có đồng chí Trần Văn Ba, Phó Bí thư Đảng ủy Tập đoàn.")
    assert [m.label for m in facts.meetings] == ["Hội nghị công bố quyết định đối với 03 đảng bộ cơ sở"]
    assert roles(facts) == {("attended", "Lê Văn Hai"), ("attended", "Trần Văn Ba")}


def test_a_degree_s_abbreviation_before_another_ends_no_sentence() -> None:
    facts = facts_of("Ông Lê Văn Hai, Trưởng ban Tổ chức cán bộ, cho biết đã có quyết định nghỉ công tác quản lý đối với "
                     "GS. TS Trần Văn Ba, Hiệu trưởng Trường Đại học Khoa học. Quyết định có hiệu lực từ ngày 11/9/2020.")
    assert len(facts.sentences) == 2
    assert ("Trần Văn Ba", "end") in {(c.person, c.change) for c in facts.changes}
    assert "Lê Văn Hai" not in {c.person for c in facts.changes}


def test_a_rector_is_of_a_school_never_of_the_national_university_it_belongs_to() -> None:
    facts = facts_of("PGS.TS Lê Văn Hai vừa được bổ nhiệm giữ chức hiệu trưởng Trường ĐH Bách khoa - ĐH Quốc gia "
                     "TP.HCM. Ông nhận quyết định từ giám đốc ĐH Quốc gia TP.HCM. Giám đốc ĐH Quốc gia TP.HCM trao "
                     "kỷ niệm chương cho GS.TS Trần Văn Ba, thôi chức hiệu trưởng do hết nhiệm kỳ.")
    assert {(c.person, c.post.label) for c in facts.changes} >= {
        ("Lê Văn Hai", "Hiệu trưởng Trường Đại học Bách khoa"), ("Trần Văn Ba", "Hiệu trưởng Trường Đại học Bách khoa")}
    assert not any("Quốc gia" in c.post.label for c in facts.changes)


def test_the_general_secretary_written_with_the_whole_committee_before_the_name() -> None:
    facts = facts_of("Tổng Bí thư Ban chấp hành Trung ương Đảng cộng sản Việt Nam Lê Văn Hai tiếp Đại sứ.")
    assert posts(facts)["Lê Văn Hai"] == {"Tổng Bí thư"}


def test_leaving_every_party_post_leaves_the_others() -> None:
    facts = facts_of("Ban Thường vụ Huyện ủy đồng ý cho đồng chí Lê Văn Hai - Bí thư Đảng ủy xã Yên Khương, Chủ tịch "
                     "HĐND xã Yên Khương thôi giữ các chức vụ trong Đảng.")
    assert [(c.person, c.post.label, c.change) for c in facts.changes] == [
        ("Lê Văn Hai", "Bí thư Đảng ủy xã Yên Khương", "end")]


def test_a_clause_after_sau_khi_with_its_own_subject_is_that_subject_s_act() -> None:
    facts = facts_of("Ông Lê Văn Hai trao quyết định giao phụ trách điều hành Viện Sinh thái cho TS. Trần Văn Ba, sau khi "
                     "Viện trưởng PGS. TS Đỗ Thị Tư được điều động làm Vụ trưởng Vụ Hợp tác quốc tế.")
    assert {(c.person, c.post.label) for c in facts.changes} == {("Đỗ Thị Tư", "Vụ trưởng Vụ Hợp tác quốc tế")}


def test_a_conference_directed_by_its_speaker_is_the_reported_meeting() -> None:
    facts = facts_of("Sáng 10/1/2020, đồng chí Lê Văn Hai - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy chỉ "
                     "đạo hội nghị sơ kết chương trình phối hợp vận động quần chúng năm 2019.")
    assert [(m.label, m.held) for m in facts.meetings] == [
        ("Hội nghị sơ kết chương trình phối hợp vận động quần chúng năm 2019", True)]
    assert ("spokeAt", "Lê Văn Hai") in roles(facts)


def test_a_conference_concluded_by_a_speaker_took_place() -> None:
    facts = facts_of("Kết luận Hội nghị Chính phủ với địa phương tháng 9/2025, Thủ tướng Lê Văn Hai nêu rõ quý IV phải "
                     "tăng tốc.")
    assert [(m.label, m.held) for m in facts.meetings] == [("Hội nghị Chính phủ với địa phương tháng 9/2025", True)]
    assert ("spokeAt", "Lê Văn Hai") in roles(facts)


def test_a_secretary_written_before_a_locality_is_of_its_party_committee() -> None:
    facts = facts_of("Ông Lê Văn Hai, Phó Bí thư huyện Mỹ Đức, dự. Bà Trần Thị Ba, Bí thư thành phố Vinh, dự. Ông Đỗ Văn "
                     "Tư, Bí thư xã Vạn Phúc, dự. Ông Hà Văn Năm, Bí thư huyện Ứng Hòa, dự. Ông Lý Văn Sáu, Bí thư xã, dự.")
    assert posts(facts) == {"Lê Văn Hai": {"Phó Bí thư Huyện ủy Mỹ Đức"}, "Trần Thị Ba": {"Bí thư Thành ủy Vinh"},
                            "Đỗ Văn Tư": {"Bí thư Đảng ủy xã Vạn Phúc"}, "Hà Văn Năm": {"Bí thư Huyện ủy Ứng Hòa"},
                            "Lý Văn Sáu": set()}


def test_a_head_sent_to_a_new_workplace_heads_it() -> None:
    facts = facts_of("Chủ tịch UBND TP Hà Nội Lê Văn Hai ký quyết định điều động ông Trần Văn Ba - Phó Chánh Văn phòng UBND "
                     "TP Hà Nội đến nhận công tác mới tại Huyện ủy Mỹ Đức với chức vụ Phó Bí thư.")
    assert [(c.person, c.post.label) for c in facts.changes] == [("Trần Văn Ba", "Phó Bí thư Huyện ủy Mỹ Đức")]


def test_the_politburo_of_the_central_committee_is_one_body() -> None:
    facts = facts_of("Ngày 6/12/1953, Bộ Chính trị Trung ương Đảng quyết định mở chiến dịch.")
    assert [o.label for o in facts.orgs] == ["Bộ Chính trị"]


def test_social_insurance_and_the_treasury_of_a_province_are_bodies_in_short_too() -> None:
    facts = facts_of("Ông Lê Văn Hai - Giám đốc BHXH tỉnh Nghệ An cho biết. Bà Trần Thị Ba, Giám đốc Kho bạc Nhà nước "
                     "tỉnh Hà Tĩnh, và ông Đỗ Văn Tư, Giám đốc KBNN huyện Can Lộc, cùng dự.")
    assert posts(facts) == {"Lê Văn Hai": {"Giám đốc Bảo hiểm xã hội tỉnh Nghệ An"},
                            "Trần Thị Ba": {"Giám đốc Kho bạc Nhà nước tỉnh Hà Tĩnh"},
                            "Đỗ Văn Tư": {"Giám đốc Kho bạc Nhà nước huyện Can Lộc"}}


def test_the_social_policy_bank_s_branch_and_office_are_its_province_s_and_district_s() -> None:
    facts = facts_of("Bà Lê Thị Hai, Phó Giám đốc Chi nhánh NHCSXH tỉnh Quảng Ngãi, và bà Trần Thị Ba, Phó Giám đốc "
                     "Phòng giao dịch NHCSXH huyện Mộ Đức, cùng dự.")
    assert posts(facts) == {
        "Lê Thị Hai": {"Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh Quảng Ngãi"},
        "Trần Thị Ba": {"Phó Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện Mộ Đức"}}


def test_new_year_greetings_paid_to_a_body_are_a_visit() -> None:
    facts = facts_of("Ngày 30/1/2020, Phó Thủ tướng Lê Văn Hai chúc Tết Kho bạc Nhà nước nhân ngày làm việc đầu tiên. "
                     "Ngày 18/2/2013, Phó Thủ tướng Trần Văn Ba đến thăm, làm việc, chúc Tết Thông tấn xã Việt Nam.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Buổi chúc Tết Kho bạc Nhà nước", date(2020, 1, 30)),
        ("Buổi thăm, làm việc, chúc Tết Thông tấn xã Việt Nam", date(2013, 2, 18))]


def test_greetings_sent_in_a_letter_are_no_visit() -> None:
    facts = facts_of("Ngày 30/1/2020, Chủ tịch tỉnh Lê Văn Hai gửi lời chúc Tết Nhân dân trong tỉnh.")
    assert facts.meetings == []


def test_a_visit_s_name_ends_before_the_gifts_it_brought() -> None:
    facts = facts_of("Ngày 24/1/2023, Thủ tướng Lê Văn Hai đã thăm, làm việc, chúc Tết tại Thanh Hóa và tặng quà Tết "
                     "cho người có công.")
    assert [m.label for m in facts.meetings] == ["Buổi thăm, làm việc, chúc Tết tại Thanh Hóa"]


def test_the_closing_of_a_defence_exercise_is_a_ceremony_held() -> None:
    facts = facts_of("Sáng 11/7/2019, Ban Chỉ đạo (BCĐ) diễn tập khu vực phòng thủ tỉnh tổ chức bế mạc diễn tập khu vực "
                     "phòng thủ huyện Đồng Văn năm 2019. Dự có ông Lê Văn Hai, Chủ tịch UBND tỉnh Hà Giang.")
    assert [(m.label, m.held) for m in facts.meetings] == [
        ("Lễ bế mạc diễn tập khu vực phòng thủ huyện Đồng Văn năm 2019", True)]
    assert ("attended", "Lê Văn Hai") in roles(facts)


def test_a_session_called_buoi_hop_is_a_meeting_and_a_press_briefing_no_less() -> None:
    facts = facts_of("Chiều 16/7/2018, Phó Chủ tịch UBND tỉnh Lê Văn Hai chủ trì buổi họp trực tuyến về công tác giảm "
                     "nghèo. Tại buổi họp báo, các nhà báo đặt câu hỏi.")
    assert [m.label for m in facts.meetings] == ["Buổi họp trực tuyến về công tác giảm nghèo"]
    assert ("chaired", "Lê Văn Hai") in roles(facts)


def test_a_party_board_secretary_is_of_the_court_named_after_a_judge_s_rank() -> None:
    facts = facts_of("Ông Lê Văn Hai - Bí thư Ban cán sự đảng, Thẩm phán cao cấp, Chánh án Tòa án nhân dân tỉnh Cà Mau "
                     "chủ trì.")
    assert posts(facts)["Lê Văn Hai"] == {"Bí thư Ban cán sự đảng Tòa án nhân dân tỉnh Cà Mau", "Thẩm phán cao cấp",
                                          "Chánh án Tòa án nhân dân tỉnh Cà Mau"}


def test_an_abbreviation_in_brackets_inside_a_committee_s_name_is_no_part_of_it() -> None:
    facts = facts_of("Ông Lê Văn Hai, Trưởng Ban chỉ đạo (BCĐ) giảm nghèo tỉnh Lạng Sơn, phát biểu.")
    assert posts(facts)["Lê Văn Hai"] == {"Trưởng ban chỉ đạo giảm nghèo tỉnh Lạng Sơn"}


def test_a_border_gate_named_like_a_person_stays_in_its_zone_s_name() -> None:
    facts = facts_of("Ông Lê Văn Hai, Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, dự.")
    assert set(posts(facts)) == {"Lê Văn Hai"}
    assert posts(facts)["Lê Văn Hai"] == {"Trưởng ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"}


def test_a_council_set_up_under_its_leader_gives_him_its_chair() -> None:
    facts = facts_of("Thủ tướng Chính phủ đã ký Quyết định thành lập Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung "
                     "ương do Bộ trưởng Bộ Tư pháp Lê Văn Hai làm Chủ tịch Hội đồng.")
    assert [(c.person, c.post.label, c.change) for c in facts.changes] == [
        ("Lê Văn Hai", "Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương", "start")]


def test_the_field_a_leader_oversees_does_not_hide_the_post_a_decision_gives() -> None:
    facts = facts_of("Tại phiên họp, Sở Tư pháp công bố Quyết định thành lập Hội đồng phối hợp PBGDPL tỉnh Gia Lai. Theo "
                     "đó, Phó Chủ tịch UBND tỉnh Lê Văn Hai phụ trách công tác Tư pháp là Chủ tịch Hội đồng; Giám đốc Sở "
                     "Tư pháp Trần Văn Ba là Phó Chủ tịch Thường trực Hội đồng.")
    assert {(c.person, c.change) for c in facts.changes} == {("Lê Văn Hai", "start"), ("Trần Văn Ba", "start")}
    assert all(c.post.label.endswith("Hội đồng phối hợp PBGDPL tỉnh Gia Lai") for c in facts.changes)


def test_the_deputies_a_new_council_lists_take_up_its_deputy_chairs() -> None:
    facts = facts_of("Sở Tư pháp công bố Quyết định thành lập Hội đồng phối hợp PBGDPL tỉnh Gia Lai. Theo đó, Phó Chủ tịch "
                     "UBND tỉnh Lê Văn Hai là Chủ tịch Hội đồng.\n\nCác Phó Chủ tịch Hội đồng gồm: Phó Chủ tịch Ủy ban "
                     "MTTQ Việt Nam tỉnh Hồ Thị Ba, Phó Giám đốc Sở Tư pháp Nguyễn Như Tư.")
    assert [(c.person, c.post.label) for c in facts.changes] == [
        ("Lê Văn Hai", "Chủ tịch Hội đồng phối hợp PBGDPL tỉnh Gia Lai"),
        ("Hồ Thị Ba", "Phó Chủ tịch Hội đồng phối hợp PBGDPL tỉnh Gia Lai"),
        ("Nguyễn Như Tư", "Phó Chủ tịch Hội đồng phối hợp PBGDPL tỉnh Gia Lai")]


def test_a_school_named_after_a_person_in_lowercase_after_its_head_is_no_person() -> None:
    facts = facts_of("Đồng chí Lê Văn Hai - Hiệu trưởng trường Chính trị Trần Văn Ba tỉnh Hưng Yên dự lễ khai giảng.")
    assert posts(facts) == {"Lê Văn Hai": {"Hiệu trưởng Trường Chính trị Trần Văn Ba"}}


def test_yesterday_set_off_by_commas_dates_the_meeting_from_the_page() -> None:
    facts = facts_of("Nhằm đánh giá tiến độ chuẩn bị Tết, chiều hôm qua, ông Lê Văn Hai - Phó Chủ tịch UBND tỉnh đã chủ trì "
                     "buổi họp với lãnh đạo các sở ngành của tỉnh.", published=date(2017, 1, 13))
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Buổi họp với lãnh đạo các sở ngành của tỉnh", date(2017, 1, 12))]


def test_a_leader_s_periodic_reception_of_citizens_on_a_day_is_a_meeting() -> None:
    facts = facts_of("Ngày 29/10/2024, đồng chí Lê Văn Hai, Chủ tịch UBND tỉnh chủ trì và cùng lãnh đạo các sở tiếp công "
                     "dân định kỳ tháng 10/2024.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Tiếp công dân định kỳ tháng 10/2024", date(2024, 10, 29))]
    assert ("chaired", "Lê Văn Hai") in roles(facts)


def test_a_theatre_named_after_an_artist_is_no_person() -> None:
    facts = facts_of("Ông Lê Văn Hai, Phó Giám đốc Nhà hát Trần Văn Ba, bị kỷ luật. Nhà hát Trần Văn Ba nơi ông Hai công tác.")
    assert {p.name for p in facts.persons} == {"Lê Văn Hai"}


def test_a_festival_s_name_ends_before_what_it_also_did() -> None:
    facts = facts_of("Ngày 4/11/2025, Ban Công tác Mặt trận khu dân cư số 3 tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025, "
                     "ôn lại Ngày truyền thống Mặt trận Tổ quốc Việt Nam trong 95 năm xây dựng.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Ngày hội Đại đoàn kết toàn dân tộc năm 2025", date(2025, 11, 4))]


def test_counted_deputies_of_a_council_named_by_its_kind_are_its_own() -> None:
    facts = facts_of("Ngày 5/3/2024, Chủ tịch UBND tỉnh Nam Định ký quyết định kiện toàn Hội đồng Thi đua - Khen thưởng "
                     "tỉnh. Theo đó, ông Trần Văn Một, Chủ tịch UBND tỉnh làm Chủ tịch Hội đồng. Hội đồng có 2 Phó Chủ "
                     "tịch gồm: ông Lê Văn Hai (Phó Chủ tịch UBND tỉnh); bà Phạm Thị Ba (Giám đốc Sở Nội vụ).")
    council = "Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh Nam Định"
    assert posts(facts)["Lê Văn Hai"] == {"Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định", council}
    assert posts(facts)["Phạm Thị Ba"] == {"Giám đốc Sở Nội vụ tỉnh Nam Định", council}


def test_a_fire_police_department_and_a_name_with_commas_inside() -> None:
    assert posts(facts_of("Ông Lê Văn Hai, Giám đốc Cảnh sát PCCC tỉnh Nghệ An, dự.")) == {
        "Lê Văn Hai": {"Giám đốc Cảnh sát PCCC tỉnh Nghệ An"}}
    facts = facts_of("Chủ tịch UBND tỉnh Trần Văn Ba làm Trưởng ban Chỉ đạo Phòng cháy, chữa cháy và cứu nạn, cứu hộ tỉnh "
                     "Quảng Nam.")
    assert posts(facts) == {"Trần Văn Ba": {"Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam",
                                            "Trưởng ban Chỉ đạo Phòng cháy, chữa cháy và cứu nạn, cứu hộ tỉnh Quảng Nam"}}


def test_a_national_park_is_a_body_where_someone_heads_it_and_a_place_where_one_goes() -> None:
    facts = facts_of("Ông Lê Văn Hai, Giám đốc VQG Hoàng Liên, tiếp đoàn. Ông Trần Văn Ba, Giám đốc Vườn quốc gia Pù "
                     "Mát, dự. Đoàn đến thăm Vườn quốc gia Tràm Chim.")
    assert posts(facts) == {"Lê Văn Hai": {"Giám đốc VQG Hoàng Liên"}, "Trần Văn Ba": {"Giám đốc Vườn quốc gia Pù Mát"}}
    assert sorted({o.label for o in facts.orgs}) == ["VQG Hoàng Liên", "Vườn quốc gia Pù Mát"]


def test_a_hospital_department_names_a_post_but_no_body_and_ends_a_cell_s_name() -> None:
    facts = facts_of("Bà Lê Thị Hai, Bí thư Chi bộ 2, Trưởng Khoa Dược thuộc Trung tâm Y tế huyện Châu Thành, và ông "
                     "Trần Văn Ba, Trưởng khoa Nội, phát biểu.")
    assert posts(facts)["Lê Thị Hai"] == {"Bí thư Chi bộ 2", "Trưởng khoa Dược"}
    assert posts(facts)["Trần Văn Ba"] == {"Trưởng khoa Nội"}
    assert not any(o.label.startswith("Khoa") for o in facts.orgs)


def test_a_cooperative_is_a_body_where_someone_heads_it_and_its_name_ends_before_a_verb() -> None:
    facts = facts_of("Ông Lê Văn Hai, Giám đốc HTX Trái cây sinh học Mỹ Hòa, dự. Mô hình Liên hiệp HTX gắn với Công ty "
                     "cổ phần Tập đoàn Lộc Trời được nhân rộng.")
    assert posts(facts)["Lê Văn Hai"] == {"Giám đốc HTX Trái cây sinh học Mỹ Hòa"}
    assert "Liên hiệp HTX gắn" not in {o.label for o in facts.orgs}


def test_a_title_then_a_dash_before_the_next_name_is_that_name_s() -> None:
    facts = facts_of("Đại tá Lê Văn Hai – Phó Chỉ huy trưởng Bộ CHQS tỉnh Long An, Bí thư Huyện ủy Bến Lức - Trần Văn Ba "
                     "cùng tham dự.")
    assert posts(facts) == {"Lê Văn Hai": {"Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Long An"},
                            "Trần Văn Ba": {"Bí thư Huyện ủy Bến Lức"}}


def test_a_head_taken_up_is_of_the_body_the_news_is_about_not_of_someone_s_title() -> None:
    facts = facts_of("Ngày 12/1/2008, Hội nghị kiện toàn Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương diễn ra. Theo "
                     "đó, ông Lê Văn Hai - Phó trưởng Ban Tổ chức Trung ương làm Phó trưởng ban thường trực, bà Trần Thị "
                     "Ba - Thứ trưởng Bộ Y tế làm Phó trưởng ban.")
    board = "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương"
    assert posts(facts)["Lê Văn Hai"] == {"Phó Trưởng ban Tổ chức Trung ương", f"Phó Trưởng ban Thường trực {board}"}
    assert posts(facts)["Trần Thị Ba"] == {"Thứ trưởng Bộ Y tế", "Phó Trưởng ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương"}


def test_a_lone_head_of_a_steering_committee_written_in_lowercase() -> None:
    facts = facts_of("Chủ tịch UBND thành phố vừa ban hành quyết định kiện toàn Ban chỉ đạo Đổi mới, phát triển kinh tế "
                     "tập thể thành phố Đà Nẵng. Theo đó, Phó Chủ tịch UBND thành phố Lê Văn Hai làm Trưởng Ban chỉ đạo.")
    assert "Trưởng ban chỉ đạo Đổi mới, phát triển kinh tế tập thể thành phố Đà Nẵng" in posts(facts)["Lê Văn Hai"]


def test_a_chinese_consul_with_the_family_name_nguy() -> None:
    facts = facts_of("Sáng 15-5-2019, Chủ tịch UBND TP.HCM Lê Văn Hai tiếp Tổng lãnh sự Trung Quốc Ngụy Hoa Bình.")
    assert "Ngụy Hoa Bình" in posts(facts)




def test_a_courtesy_call_is_a_visit_and_the_pronoun_after_tiep_no_guest() -> None:
    facts = facts_of("Chiều 15-9-2011, ông Somsak Vong, Tân Tổng lãnh sự Lào, đã đến chào xã giao tại UBND TPHCM. Tiếp "
                     "ông có ông Lê Văn Hai, Chủ tịch UBND TPHCM.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Buổi chào xã giao tại UBND TPHCM", date(2011, 9, 15))]

def test_a_body_s_meeting_held_by_another_and_a_reunion_and_a_briefing_on_a_plenum() -> None:
    facts = facts_of("Chiều ngày 04/02/2026 Liên minh Hợp tác xã tỉnh tổ chức họp Hội đồng bình chọn Hợp tác xã tiêu "
                     "biểu năm 2026.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Cuộc họp Hội đồng bình chọn Hợp tác xã tiêu biểu năm 2026", date(2026, 2, 4))]
    facts = facts_of("Ngày 29/9/2011, Phòng Cảnh sát PCCC Công an tỉnh đã long trọng tổ chức buổi gặp truyền thống.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Buổi gặp truyền thống", date(2011, 9, 29))]
    facts = facts_of("Sáng ngày 24/10/2023, Đảng ủy Tổng công ty X tổ chức thông báo nhanh kết quả Hội nghị lần thứ 8 Ban "
                     "Chấp hành Trung ương Đảng khóa XIII.")
    assert ("Hội nghị thông báo nhanh kết quả Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII",
            date(2023, 10, 24)) in [(m.label, m.date) for m in facts.meetings]


def test_a_body_reviewing_its_year_on_a_day_holds_a_conference() -> None:
    facts = facts_of("Ngày 9-1-2017, Ban Thường vụ Tỉnh ủy Khánh Hòa tổng kết công tác dân vận năm 2016. Ông Lê Văn Hai - "
                     "Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Hội nghị tổng kết công tác dân vận năm 2016", date(2017, 1, 9))]
    assert [o.org for o in facts.organizers] == ["Ban Thường vụ Tỉnh ủy Khánh Hòa"]
    assert ("chaired", "Lê Văn Hai") in roles(facts)


def test_a_review_held_by_a_body_is_still_a_conference() -> None:
    facts = facts_of("Ngày 3-7-2023, Tỉnh ủy Bắc Ninh tổ chức tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW", date(2023, 7, 3))]


def test_a_review_spoken_of_inside_a_clause_is_no_conference() -> None:
    facts = facts_of("Ngày 9-1-2017, đồng chí Lê Văn Hai yêu cầu các sở chuẩn bị để UBND tỉnh tổng kết công tác năm 2016.")
    assert facts.meetings == []


def test_a_visit_s_name_keeps_a_day_written_with_a_dot() -> None:
    facts = facts_of("Sáng 30.5.2019, Đoàn công tác của tỉnh do ông Lê Văn Hai, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn, đã "
                     "đến thăm, tặng quà và chúc mừng ngày Quốc tế Thiếu nhi 1.6 tại Làng Trẻ em SOS Quy Nhơn.")
    assert [m.label for m in facts.meetings] == [
        "Buổi thăm, tặng quà và chúc mừng ngày Quốc tế Thiếu nhi 1.6 tại Làng Trẻ em SOS Quy Nhơn"]


def test_a_body_s_name_ends_before_a_discourse_marker() -> None:
    facts = facts_of("Ông Lê Văn Hai đánh giá cao Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương nói riêng và ngành y tế nói "
                     "chung. Ông Trần Văn Ba cho biết Cục Kiểm lâm nắm chắc tình hình.")
    labels = {o.label for o in facts.orgs}
    assert "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương" in labels and "Cục Kiểm lâm" in labels
    assert not any("nói riêng" in label or "nắm" in label for label in labels)


def test_a_body_s_name_ends_before_an_ordinal_or_a_change_of_state() -> None:
    facts = facts_of("Ngày 10/12/2021, Liên hiệp HTX đầu tiên trên địa bàn tỉnh Cà Mau ra đời. Ông Lê Văn Hai cho biết Công ty "
                     "Thực phẩm Miền Bắc trở thành thành viên.")
    labels = {o.label for o in facts.orgs}
    assert not any("đầu tiên" in label or "trở thành" in label for label in labels)


def test_an_association_s_branch_its_heads_and_the_committee_its_congress_elects() -> None:
    facts = facts_of("Tại Hội Liên hiệp Văn học nghệ thuật tỉnh Bình An, Chi hội Điêu khắc tỉnh Bình An tổ chức Đại hội nhiệm "
                     "kỳ 2015 – 2020. Đại hội đã bầu Ban Chấp hành mới gồm 3 thành viên: HS Lê Văn Hai làm Chi hội trưởng, "
                     "HS Trần Văn Ba làm Chi hội phó và HS Phạm Văn Tư làm ủy viên.")
    assert "Chi hội trưởng Chi hội Điêu khắc tỉnh Bình An" in posts(facts)["Lê Văn Hai"]
    assert "Chi hội phó Chi hội Điêu khắc tỉnh Bình An" in posts(facts)["Trần Văn Ba"]
    assert "Ủy viên Ban Chấp hành Chi hội Điêu khắc tỉnh Bình An" in posts(facts)["Phạm Văn Tư"]
    # the branch's committee, not the province's Party's
    assert not any("Đảng bộ" in post for held in posts(facts).values() for post in held)
    assert ("Lê Văn Hai", "Chi hội trưởng Chi hội Điêu khắc tỉnh Bình An", "start") in {
        (c.person, c.post.label, c.change) for c in facts.changes}


def test_a_bare_committee_a_party_congress_elects_is_still_the_party_s() -> None:
    facts = facts_of("Đại hội Đảng bộ huyện Bình Sơn lần thứ XX diễn ra ngày 10/7/2020. Đại hội đã bầu Ban Chấp hành gồm 3 "
                     "đồng chí: Lê Văn Hai, Trần Văn Ba, Phạm Văn Tư.")
    assert "Ủy viên Ban Chấp hành Đảng bộ huyện Bình Sơn" in posts(facts)["Trần Văn Ba"]


def test_a_prize_named_after_a_person_names_its_council_and_no_person() -> None:
    facts = facts_of("Ông Lê Văn Hai, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng xét Giải thưởng VHNT Trần Quốc Toản chủ trì "
                     "cuộc họp. Ông Trần Văn Ba, Chủ tịch Hội đồng xét tặng giải thưởng Văn học nghệ thuật Nguyễn Trãi tỉnh "
                     "Bình An lần thứ V phát biểu.")
    names = {p.name for p in facts.persons}
    assert "Trần Quốc Toản" not in names and "Nguyễn Trãi" not in names
    assert "Chủ tịch Hội đồng xét Giải thưởng VHNT Trần Quốc Toản" in posts(facts)["Lê Văn Hai"]
    assert "Chủ tịch Hội đồng xét tặng giải thưởng Văn học nghệ thuật Nguyễn Trãi tỉnh Bình An" in posts(facts)["Trần Văn Ba"]


def test_a_bar_s_congress_held_with_success_and_the_heads_it_reelects() -> None:
    facts = facts_of("Ngày 30/6/2019, Đoàn luật sư TP. Cần Thơ đã tổ chức thành công Đại hội lần thứ IX (nhiệm kỳ 2018-2023). "
                     "Theo kết quả bầu cử tại Đại hội đã chọn ra 4 luật sư vào Ban Chủ nhiệm; Luật sư Lê Văn Hai tái đắc cử "
                     "Chủ nhiệm và Luật sư Trần Văn Ba tái đắc cử Phó Chủ nhiệm.")
    assert [o.org for o in facts.organizers] == ["Đoàn Luật sư Thành phố Cần Thơ"]
    assert {(c.person, c.post.label) for c in facts.changes} == {
        ("Lê Văn Hai", "Chủ nhiệm Đoàn Luật sư Thành phố Cần Thơ"),
        ("Trần Văn Ba", "Phó Chủ nhiệm Đoàn Luật sư Thành phố Cần Thơ")}


def test_a_head_before_a_city_written_tp_is_of_its_party_committee_or_council() -> None:
    facts = facts_of("Bí thư TP Bình An Lê Văn Hai phát biểu. Ông Trần Văn Ba, Chủ tịch TP. Bình An dự.")
    assert "Bí thư Thành ủy Bình An" in posts(facts)["Lê Văn Hai"]
    assert "Chủ tịch Ủy ban nhân dân Thành phố Bình An" in posts(facts)["Trần Văn Ba"]


def test_a_branch_named_with_where_it_sits_and_a_numbered_rule_named_by_its_purpose() -> None:
    facts = facts_of("Ông Lê Văn Hai, Chi hội trưởng Chi hội Nhà văn Việt Nam tại Nam Định phát biểu. Thực hiện Quy chế phối "
                     "hợp hoạt động số 3929/QC-BĐBP-TCHQ ngày 4/9/2019, hai bên tổ chức hội nghị.")
    assert "Chi hội trưởng Chi hội Nhà văn Việt Nam tại Nam Định" in posts(facts)["Lê Văn Hai"]
    assert [(d.kind, d.number) for d in facts.documents] == [("Quy chế", "3929/QC-BĐBP-TCHQ")]


def test_the_opening_of_a_festival_is_a_ceremony_and_an_event_s_committee_no_party_commission() -> None:
    facts = facts_of("Tối 28/7/2023, UBND tỉnh Nghệ An phối hợp với Bộ Văn hóa, Thể thao và Du lịch tổ chức Lễ khai mạc "
                     "Festival Dân ca năm 2023. Phó Chủ tịch UBND tỉnh Nghệ An Lê Văn Hai - Trưởng Ban tổ chức Đại hội "
                     "phát biểu. Ông Trần Văn Ba, Trưởng Ban Tổ chức Tỉnh ủy dự.")
    assert [(m.label, m.date) for m in facts.meetings] == [("Lễ khai mạc Festival Dân ca năm 2023", date(2023, 7, 28))]
    assert {o.org for o in facts.organizers} == {"Ủy ban nhân dân tỉnh Nghệ An", "Bộ Văn hóa, Thể thao và Du lịch"}
    assert not any("Ban Tổ chức" in post for post in posts(facts)["Lê Văn Hai"])
    assert "Trưởng ban Tổ chức Tỉnh ủy Nghệ An" in posts(facts)["Trần Văn Ba"]


def test_words_of_purpose_before_a_number_are_never_another_document_s_kind() -> None:
    facts = facts_of("Tỉnh ủy ban hành Nghị quyết thực hiện Chương trình số 30-CTr/TU. Thực hiện Kế hoạch phối hợp công tác "
                     "số 12/KH-UBND.")
    assert [(d.kind, d.number) for d in facts.documents] == [("Chương trình", "30-CTr/TU"), ("Kế hoạch", "12/KH-UBND")]


def test_short_heads_and_a_transfer_that_ends_a_units_name() -> None:
    facts = facts_of("Ngày 2/3/2020, ông Lê Văn Huy, Hạt phó Kiểm lâm huyện Bá Thước bị điều chuyển. Ông Lê Văn Hòa, Trưởng "
                     "phòng Nội vụ Bá Thước bị điều chuyển. Ông Lê Văn Nam, Phó CT Thường trực UBND xã phát biểu. Ông Trần "
                     "Văn Tú, Phó Chủ tịch Hội đồng thẩm định thông qua kết quả.")
    found = posts(facts)
    assert found["Lê Văn Huy"] == {"Phó Hạt trưởng Hạt Kiểm lâm huyện Bá Thước"}
    assert found["Lê Văn Hòa"] == {"Trưởng phòng Nội vụ Bá Thước"}
    assert found["Lê Văn Nam"] == {"Phó Chủ tịch Thường trực Ủy ban nhân dân xã"}
    assert found["Trần Văn Tú"] == {"Phó Chủ tịch Hội đồng thẩm định"}


def test_a_council_committee_organising_a_supervision_of_a_department() -> None:
    facts = facts_of("Ngày 1-11-2018, Ban Kinh tế - Ngân sách HĐND tỉnh Bến Tre do ông Nguyễn Văn An - Trưởng ban làm trưởng "
                     "đoàn tổ chức giám sát Sở Nông nghiệp và Phát triển nông thôn về kết quả thực hiện nhiệm vụ năm 2018.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Buổi giám sát Sở Nông nghiệp và Phát triển nông thôn", date(2018, 11, 1))]


def test_a_training_held_online_and_a_dialogue_told_as_done_are_meetings() -> None:
    course = facts_of("Sáng 4.11.2020, UBND tỉnh Hà Giang tổ chức tập huấn trực tuyến toàn tỉnh nhằm triển khai Luật Dân quân "
                      "tự vệ. Đồng chí Lê Văn Quang, Phó Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo.")
    assert [(m.label, m.date) for m in course.meetings] == [("Lớp tập huấn trực tuyến toàn tỉnh", date(2020, 11, 4))]
    assert [o.org for o in course.organizers] == ["Ủy ban nhân dân tỉnh Hà Giang"]
    assert ("spokeAt", "Lê Văn Quang") in roles(course)
    dialogue = facts_of("Sáng 31-10-2022, Bí thư Quận ủy Hoàng Mai Lê Văn Nam đã đối thoại với Mặt trận Tổ quốc Việt Nam "
                        "và nhân dân trên địa bàn.")
    assert [(m.label, m.date) for m in dialogue.meetings] == [
        ("Đối thoại với Mặt trận Tổ quốc Việt Nam và nhân dân trên địa bàn", date(2022, 10, 31))]
    # `đối thoại` is a meeting only where told as held (`tổ chức`, `đã`), not a wish or a plan
    assert not facts_of("Ngày 3/5/2022, UBND tỉnh yêu cầu các sở đối thoại với người dân.").meetings


def test_a_seminar_named_by_its_theme() -> None:
    facts = facts_of("Ngày 12/10/2023, Sở Tư pháp tỉnh Nam Định tổ chức hội thảo với chủ đề “Phản biện xã hội trong giai "
                     "đoạn mới”.")
    assert [(m.label, m.date) for m in facts.meetings] == [
        ("Hội thảo “Phản biện xã hội trong giai đoạn mới”", date(2023, 10, 12))]
    assert [o.org for o in facts.organizers] == ["Sở Tư pháp tỉnh Nam Định"]


def test_a_short_name_in_brackets_before_a_bodys_place() -> None:
    facts = facts_of("Ngày 16/10/2019, Liên hiệp các Hội Khoa học và Kỹ thuật (Liên hiệp hội) Hải Phòng tổ chức Đại hội "
                     "đại biểu lần thứ VII.")
    assert [o.org for o in facts.organizers] == ["Liên hiệp các Hội Khoa học và Kỹ thuật Hải Phòng"]


def test_a_head_whose_body_word_is_written_again_is_not_doubled() -> None:
    facts = facts_of("Đồng chí Lê Văn Tâm, Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Thường trực Ban tổ chức Hội nghị chủ trì. "
                     "Ông Trần Văn Hòa, Trưởng phòng Phòng chống tham nhũng dự.")
    found = posts(facts)
    assert not any("Ban Ban" in post for post in found["Lê Văn Tâm"])
    assert found["Trần Văn Hòa"] == {"Trưởng phòng Phòng chống tham nhũng"}  # (a department whose name opens with its kind)


def test_a_numbered_sitting_is_not_of_the_body_whose_seat_it_is_held_at() -> None:
    facts = facts_of("Chiều 22/12/2023, tại trụ sở Chính phủ, Phó Thủ tướng Lê Văn Thành chủ trì phiên họp lần thứ 5 của "
                     "Ban Chỉ đạo Trung ương về phòng chống thiên tai.")
    assert [m.label for m in facts.meetings] == ["Phiên họp thứ 5 Ban Chỉ đạo Trung ương về phòng, chống thiên tai"]
    assert [o.org for o in facts.organizers] == ["Ban Chỉ đạo Trung ương về phòng, chống thiên tai"]


def test_a_command_written_in_lowercase_is_the_command() -> None:
    facts = facts_of("Bộ trưởng Bộ Quốc phòng Lê Văn An dự. Ông Trần Văn Bảo, Chính ủy Bộ tư lệnh Quân khu 7 phát biểu. "
                     "Bộ trưởng Lê Văn An chỉ đạo. Bộ tư lệnh Hải quân tạo điều kiện thuận lợi cho đoàn.")
    found = posts(facts)
    assert found["Trần Văn Bảo"] == {"Chính ủy Bộ Tư lệnh Quân khu 7"}  # written as units.tsv lists the kind first
    assert found["Lê Văn An"] == {"Bộ trưởng Bộ Quốc phòng"}  # a minister alone is of the ministry, not of a command
    assert "Bộ Tư lệnh Hải quân" in {o.label for o in facts.orgs}  # the name ends before the verb


def test_a_union_of_science_associations_written_with_its_abbreviation() -> None:
    facts = facts_of("Ngày 15/1/2020, Ban Chấp hành bầu ông Lê Văn Trí giữ chức Chủ tịch Liên hiệp Các Hội KH&KT thành phố Đà "
                     "Nẵng. Ông Trần Văn Hải, Chủ tịch Liên hiệp các hội KH-KT Việt Nam dự.")
    found = posts(facts)
    assert found["Lê Văn Trí"] == {"Chủ tịch Liên hiệp các Hội KH&KT Thành phố Đà Nẵng"}  # as written, not `Liên hiệp Các`
    assert found["Trần Văn Hải"] == {"Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"}
    assert [(c.person, c.post.label) for c in facts.changes] == [
        ("Lê Văn Trí", "Chủ tịch Liên hiệp các Hội KH&KT Thành phố Đà Nẵng")]
