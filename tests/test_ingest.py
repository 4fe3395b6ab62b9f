from datetime import date
from pathlib import Path

import pytest

from _hostile import cp1258
from orggraph.dates import context_year, page_date, resolve, work_year
from orggraph.extract import extract
from orggraph.ingest import IngestError, discover, from_text, read


@pytest.mark.parametrize("line, expected", [
    ("19:37, 01/07/2019", date(2019, 7, 1)),
    ("Hội nghị bàn về cán bộ (15:17 13/01/2022)", date(2022, 1, 13)),
    ("10:25 13/05/2020 | Lượt xem : 975", date(2020, 5, 13)),
    ("Thứ 6, 03.07.2020", date(2020, 7, 3)),
    ("Thứ Hai, 04/09/2023 20:15", date(2023, 9, 4)),
    ("(10:15 | 14/03/2024)", date(2024, 3, 14)),
    ("quantri gửi vào T6, 2018-01-12 07:50", date(2018, 1, 12)),
    ("Đăng ngày: 26/09/2021 - Lượt xem: 262", date(2021, 9, 26)),
])
def test_page_dates_as_news_pages_print_them(line: str, expected: date) -> None:
    found = page_date(line)
    assert found is not None and found[0] == expected


def test_a_number_in_running_text_is_not_a_page_date() -> None:
    assert page_date("kết nạp 10.027 đảng viên mới, đạt 102,9% kế hoạch") is None
    assert page_date("Ngày cập nhật: 24/06/2020 - Tin tức") is None  # an update, which some sites print before the news


def test_meeting_dates_resolve_against_the_page_date_or_the_context() -> None:
    assert resolve(1, 7, None, date(2019, 7, 1), None) == date(2019, 7, 1)
    assert resolve(29, 12, None, date(2023, 1, 3), None) == date(2022, 12, 29)  # just before New Year
    assert context_year("tổng kết năm 2022, triển khai nhiệm vụ năm 2023", month=12) == 2022
    assert context_year("tổng kết năm 2020, triển khai nhiệm vụ năm 2021", month=3) == 2021
    assert context_year("báo cáo tình hình kinh tế - xã hội năm 2014, nhiệm vụ năm 2015; trong năm 2014, tỉnh tăng "
                        "trưởng 12%", month=3) == 2015  # a province's report to a visitor: the year just begun
    # the feast a visit greets names its year
    assert context_year("Sáng 17/12, nhân dịp mùa Giáng sinh 2018, lãnh đạo tỉnh đến thăm.", month=12, day=17) == 2018
    # a quarter named with its year counts; a decree cited by its full date does too, but once
    # an anniversary's span names the year it is kept
    assert context_year("Sáng 24-7, nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947-27/7/2025), lãnh đạo "
                        "gặp mặt đại biểu.", month=7, day=24) == 2025
    assert context_year("tình hình tháng 3 và quý I/2016; thực hiện Nghị quyết số 19/NQ-CP ngày 12/3/2015; "
                        "báo cáo Quý 1/2016", month=3, day=26) == 2016


def test_the_spring_a_tet_visit_is_for_names_its_year() -> None:
    text = ("Trước thềm Xuân Nhâm Dần 2022, chiều 16/1, Phó Thủ tướng thăm, chúc Tết cán bộ tỉnh. Phó Thủ tướng cho biết "
            "trong năm 2021 vừa qua tỉnh gặp nhiều khó khăn.")
    assert context_year(text, month=1, day=16) == 2022
    assert context_year("Xuân 2026\nNgày 17/5, trong năm 2016, hội nghị ...", month=5, day=17) == 2016  # a banner, no visit


def test_a_day_falls_after_the_documents_the_text_cites() -> None:
    text = ("Ngày 6/2, Ban Thường vụ Tỉnh ủy tổ chức hội nghị theo Kết luận số 09-KL/BCĐ ngày 24/11/2024, Kết luận "
            "số 121-KL/TW ngày 24/01/2025 và Đề án số 04-ĐA/TU ngày 27/12/2024.")
    assert context_year(text, month=2, day=6) == 2025
    assert context_year(text.replace("24/01/2025", "24/01/2024"), month=2, day=6) == 2024  # nothing cited after it
    assert context_year("Ngày 6/2, hội nghị nhiệm kỳ từ 05/9/2024 đến 05/9/2025.", month=2, day=6) == 2024
    # a meeting acting on a document of the only year the text names is held after it; a deadline is no document
    acting = "Ngày 27/3, Ban Chỉ đạo họp triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."
    assert context_year(acting, month=3, day=27) == 2025
    assert context_year("Ngày 27/3, Ban Chỉ đạo họp. Kế hoạch phải xong trước ngày 22/12/2024.", month=3, day=27) == 2024


PAGE = """Trang chủ › Thời sự
Tin nóng Media Infographic
Tỉnh ủy Bắc Ninh tổng kết công tác năm 2023
08:10 | 28/12/2023 | Lượt xem : 1.204
Sáng 27/12, Tỉnh ủy Bắc Ninh tổ chức Hội nghị tổng kết công tác năm 2023.
Lượt xem : 1.204
Hoàng Lan
Sự kiện liên quan
Tin khác cùng ngày
Viết bình luận
Họ tên:(*)
"""


def test_clutter_title_date_and_byline_come_off_the_text() -> None:
    article = from_text("x", PAGE)
    assert article.published == date(2023, 12, 28)
    assert article.title == "Tỉnh ủy Bắc Ninh tổng kết công tác năm 2023"
    assert article.authors == ("Hoàng Lan",)
    assert "Lượt xem" not in article.text and "bình luận" not in article.text
    assert "Tin nóng" not in article.text and "Hoàng Lan" not in article.text
    assert article.text.endswith("tổng kết công tác năm 2023.")


def test_old_tone_marks_are_normalised_at_ingest() -> None:
    assert "Ủy viên" in from_text("x", "Uỷ viên Bộ Chính trị Nguyễn Văn Hùng phát biểu.").text


def test_bad_files_are_named_with_their_reason(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "nobom16.txt").write_bytes("Hội nghị".encode("utf-16-le"))  # UTF-16 without its BOM
    reasons = {}
    inputs, unlistable = discover([tmp_path])
    assert unlistable == []
    for item in inputs:
        with pytest.raises(IngestError) as err:
            read(item)
        reasons[item.name] = err.value.reason
    assert reasons == {"empty.txt": "empty file", "binary.txt": "binary file (contains NUL bytes)",
                       "nobom16.txt": "binary file (contains NUL bytes)"}


def test_utf16_with_bom_and_legacy_code_pages_are_read(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes("Sáng 5/3, Tỉnh ủy Nghệ An họp.".encode("utf-16"))
    (tmp_path / "cp1258.txt").write_bytes(cp1258("Hội nghị Tỉnh ủy Nghệ An họp phiên thứ nhất."))
    got = {item.name: read(item) for item in discover([tmp_path])[0]}
    assert got["u16.txt"].encoding == "utf-16" and got["u16.txt"].articles[0].text == "Sáng 5/3, Tỉnh ủy Nghệ An họp."
    assert got["cp1258.txt"].encoding == "cp1258"
    assert got["cp1258.txt"].articles[0].text.startswith("Hội nghị Tỉnh ủy Nghệ An")  # NFC, not combining marks


def test_same_file_names_in_two_folders_are_two_articles(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"Tin từ {folder}: Tỉnh ủy Nghệ An họp phiên thường kỳ.",
                                                      encoding="utf-8")
    inputs, _ = discover([tmp_path])
    assert [i.name for i in inputs] == ["a/report.txt", "b/report.txt"]
    assert [read(i).articles[0].source for i in inputs] == ["a/report.txt", "b/report.txt"]
    assert [i.name for i in discover([tmp_path / "a" / "report.txt"])[0]] == ["report.txt"]


def test_jsonl_records_and_html_pages_are_articles(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"id": "r1", "text": "Sáng 5/3, Thành ủy Hải Phòng tổ chức hội nghị.", "published": "2024-03-05"}\n'
        '{"id": "r2", "text": "Chiều 6/3, HĐND tỉnh Nam Định họp.", "title": "HĐND họp"}\n', encoding="utf-8")
    (tmp_path / "b.html").write_text(
        "<html><head><title>Hội nghị Tỉnh ủy</title></head><body><article><h1>Hội nghị Tỉnh ủy</h1>"
        "<p>Sáng 5/3, Tỉnh ủy Nam Định tổ chức Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XX. "
        "Đồng chí Trần Văn Long, Bí thư Tỉnh ủy chủ trì hội nghị và phát biểu kết luận.</p>"
        "<nav>Trang chủ</nav></article></body></html>", encoding="utf-8")
    articles = [a for item in discover([tmp_path])[0] for a in read(item).articles]
    assert [a.id for a in articles] == ["a.jsonl#r1", "a.jsonl#r2", "b.html"]
    assert [a.source for a in articles] == ["a.jsonl:1", "a.jsonl:2", "b.html"]
    assert articles[0].published == date(2024, 3, 5)
    assert articles[1].title == "HĐND họp"
    assert "Trần Văn Long" in articles[2].text


def test_a_missing_path_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        discover([tmp_path / "nope"])


@pytest.mark.parametrize("sentence, expected", [
    ("Hội nghị diễn ra từ ngày 2 đến 6/10 tại Hà Nội", (2, 10, None)),
    ("Trong 2 ngày 12-13/3, Tỉnh ủy tổ chức hội nghị", (12, 3, None)),
    ("Sáng thứ Hai (15/8), Thành ủy tổ chức hội nghị", (15, 8, None)),
    ("Ngày 5 tháng 7 năm 2023, Ban Tổ chức Trung ương tổ chức hội nghị", (5, 7, 2023)),
    ("Sáng 13/1/2022, Ban Tổ chức Trung ương tổ chức hội nghị", (13, 1, 2022)),
    ("Từ ngày 16 đến ngày 18 tháng 7 năm 2009, Ủy ban đã họp phiên thứ 21", (16, 7, 2009)),  # a span starts on its first day
    ("Trong hai ngày 3 và 4 tháng 12, Quốc hội họp", (3, 12, None)),
])
def test_meeting_dates_as_reports_write_them(sentence: str, expected: tuple) -> None:
    from orggraph.dates import meeting_dates

    assert meeting_dates(sentence)[0][:3] == expected


def test_numbers_that_are_not_dates() -> None:
    from orggraph.dates import meeting_dates

    assert meeting_dates("kết nạp 10.027 đảng viên, đạt 102,9% kế hoạch, 12/39 tổ chức cơ sở đảng") == []


def test_today_and_yesterday_without_a_day_written() -> None:
    from orggraph.dates import relative_day

    assert relative_day("Sáng nay, Ban Tổ chức Trung ương tổ chức hội nghị", date(2024, 5, 6)) == date(2024, 5, 6)
    assert relative_day("Chiều qua, Tỉnh ủy họp", date(2024, 5, 6)) == date(2024, 5, 5)
    assert relative_day("Ngày nay, đất nước đổi mới", date(2024, 5, 6)) is None


# ---------------------------------------------------------------- input clean-up: nothing the page says is lost
def test_a_paragraph_led_by_the_page_timestamp_keeps_its_text() -> None:
    article = from_text("t", "Hội nghị tổng kết công tác tổ chức xây dựng Đảng\n"
                             "07:45 12/03/2021 Sáng 12-3, Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết. Đồng chí "
                             "Lò Văn Sinh chủ trì.")
    assert article.published == date(2021, 3, 12)
    assert article.text.endswith("Sáng 12-3, Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết. Đồng chí Lò Văn Sinh chủ trì.")
    assert "07:45" not in article.text


def test_an_archive_date_marker_is_the_publication_date_and_not_text() -> None:
    article = from_text("t", " date 2024-06-03 Khai mạc kỳ họp thứ 9 HĐND tỉnh\nSáng 3/6, HĐND tỉnh khai mạc kỳ họp.")
    assert article.published == date(2024, 6, 3)
    assert article.text.startswith("Khai mạc kỳ họp thứ 9")


def test_a_month_only_marker_gives_the_year_but_no_publication_date() -> None:
    article = from_text("t", " date 2019-10 Sáng ngày 8/10, HĐND tỉnh khóa IX tổ chức kỳ họp thứ 12.")
    assert article.published is None and article.month == date(2019, 10, 1)
    assert article.anchor == date(2019, 10, 31)
    assert article.text.startswith("Sáng ngày 8/10")


def test_hard_line_breaks_inside_a_name_or_a_date_are_joined() -> None:
    article = from_text("t", "Sáng ngày\n7/6/2021, Thường trực HĐND huyện tổ chức hội nghị.\n"
                             "Tham dự có đ/c Trần Minh Hòa, Bí thư Huyện ủy; đ/c Lê\nVăn Bình, Phó Chủ tịch HĐND huyện.")
    assert "Sáng ngày 7/6/2021, Thường trực" in article.text
    assert "đ/c Lê Văn Bình, Phó Chủ tịch" in article.text


def test_a_heading_is_not_joined_to_the_first_paragraph() -> None:
    article = from_text("t", "Khai mạc Kỳ họp thứ 12 HĐND tỉnh khóa IX\nSáng 8/10, HĐND tỉnh khai mạc kỳ họp.")
    assert article.text.split("\n") == ["Khai mạc Kỳ họp thứ 12 HĐND tỉnh khóa IX", "Sáng 8/10, HĐND tỉnh khai mạc kỳ họp."]


def test_a_caption_counter_glued_to_the_next_line_is_split_off() -> None:
    article = from_text("t", "Chân dung tân Phó Chủ tịch UBND tỉnh ảnh 2Phó Chủ tịch UBND tỉnh Hà Văn Tâm phát biểu.")
    assert "ảnh 2\nPhó Chủ tịch UBND tỉnh Hà Văn Tâm phát biểu." in article.text


def test_words_a_page_glued_together_are_apart_again() -> None:
    article = from_text("t", "Thủ tướng ký Quyết định số2303/QĐ-TTg phê chuẩn ông Lò Văn Đạt, Phó Bí thưTỉnh ủy, giữ "
                             "chức Chủ tịch UBND tỉnhLai Châu, nhiệm kỳ2004-2011. ThS Lò Văn Đạt, iPhone, QĐ-TTg, "
                             "báo VietNamNet, ông Quang HuyThứ trưởng.")
    assert article.text == ("Thủ tướng ký Quyết định số 2303/QĐ-TTg phê chuẩn ông Lò Văn Đạt, Phó Bí thư Tỉnh ủy, giữ "
                            "chức Chủ tịch UBND tỉnh Lai Châu, nhiệm kỳ 2004-2011. ThS Lò Văn Đạt, iPhone, QĐ-TTg, "
                            "báo VietNamNet, ông Quang Huy Thứ trưởng.")
    counted = from_text("t", "Ông Lò Văn Đạt làm Trưởng ban và05 Phó Trưởng ban gồm: A; hồ sơ gồm3 bản, Covid19 và0,5%.")
    assert counted.text == "Ông Lò Văn Đạt làm Trưởng ban và 05 Phó Trưởng ban gồm: A; hồ sơ gồm 3 bản, Covid19 và0,5%."


def test_inputs_are_named_from_their_own_folders_never_from_where_they_lie(tmp_path: Path) -> None:
    for rel in ("far/away/news/x.txt", "elsewhere/more/y.txt", "a/dup/z.txt", "b/dup/z.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Tỉnh ủy Nghệ An họp phiên thường kỳ tháng Ba.", encoding="utf-8")
    (tmp_path / "linked.txt").symlink_to(tmp_path / "elsewhere" / "more" / "y.txt")

    def names(*paths: str) -> list[str]:
        return [i.name for i in discover([tmp_path / p for p in paths])[0]]

    assert names("far/away/news") == ["x.txt"]
    assert names("far/away/news", "elsewhere/more") == ["more/y.txt", "news/x.txt"]
    assert names("far/away/news", "far/away/news/x.txt") == ["x.txt"]  # a file inside a given folder: once
    assert names("a/dup", "b/dup") == ["a/dup/z.txt", "b/dup/z.txt"]  # two folders of one name
    assert names("linked.txt") == ["linked.txt"]  # a link keeps its own name, wherever it points


def test_a_weekday_date_opening_the_lead_sentence_dates_the_page_and_stays_in_the_text() -> None:
    article = from_text("t", "Thứ Ba, ngày 18/2/2025, Quốc hội tiếp tục ngày làm việc thứ sáu tại Nhà Quốc hội.")
    assert article.published == date(2025, 2, 18)
    assert article.text.startswith("Thứ Ba, ngày 18/2/2025, Quốc hội tiếp tục")


def test_a_page_wrapped_at_a_fixed_width_is_joined_even_before_a_capital() -> None:
    article = from_text("t", "Kiện toàn Ban Chỉ đạo phòng chống buôn lậu tỉnh\n"
                             "Ngày 3/4/2025, UBND tỉnh ban hành Quyết định số 11/QĐ-UBND về\nviệc kiện toàn Ban Chỉ đạo\n"
                             "389 tỉnh. Đồng chí Giám đốc Sở Công Thương Hà Văn\nAn làm Phó Trưởng Ban. Phó Chỉ huy trưởng"
                             " Bộ Chỉ huy\nBộ đội Biên phòng tỉnh Lê Văn Bình làm\nthành viên, cùng các sở,\nngành.")
    assert article.text.split("\n")[0] == "Kiện toàn Ban Chỉ đạo phòng chống buôn lậu tỉnh"  # the headline stays apart
    assert "Ban Chỉ đạo 389 tỉnh" in article.text and "Hà Văn An làm" in article.text
    assert "Bộ Chỉ huy Bộ đội Biên phòng" in article.text
    unwrapped = from_text("t", "Hội nghị Ban Chấp hành Đảng bộ tỉnh\nSáng 8/10, Tỉnh ủy Nam Định tổ chức hội nghị.\n"
                               "Đồng chí Hà Văn An chủ trì\nPhát biểu tại hội nghị, đồng chí nhấn mạnh.")
    assert "chủ trì\nPhát biểu" in unwrapped.text  # one line that ends open is not a wrapped page


def test_a_page_of_one_width_is_joined_where_every_line_goes_on_in_capitals() -> None:
    lines = ["Tham dự cuộc họp có các Phó Thủ tướng Chính phủ:",
             "Lê Minh An, Vũ Văn Bình, Bộ trưởng Bộ Quốc phòng Phan Văn Cường, Trưởng",
             "ban Kinh tế Trung ương Lê Văn Chính, Chủ tịch Ủy ban Trung ương Mặt trận",
             "Tổ quốc Việt Nam Đỗ Văn Dũng, Chủ nhiệm Văn phòng Quốc hội Lê Văn Bảo, Trưởng Ban",
             "Dân vận Trung ương Bùi Thị Hoa; Bộ trưởng Bộ Ngoại giao Bùi Thanh Hà, Bộ",
             "trưởng Bộ Tư pháp Lê Thành Công, Bộ trưởng Bộ Thông tin và Truyền thông Lê",
             "Văn Hùng, Bộ trưởng Bộ Y tế Nguyễn Thanh Tùng, Bộ trưởng Chủ nhiệm Văn",
             "phòng Chính phủ Trần Văn Hòa, Phó Chánh Văn phòng Thường trực Văn phòng",
             "Trung ương Đảng Lâm Thị Hằng; Tổng Biên tập Báo Nhân dân Lê Quốc Hưng,",
             "Tổng Giám đốc Đài truyền hình Việt Nam Lê Ngọc Hà, Tổng Giám đốc Đài",
             "Tiếng nói Việt Nam Đỗ Tiến Minh và đại diện lãnh đạo các bộ, ngành."]
    article = from_text("t", "\n".join(lines))
    assert "Trưởng Ban Dân vận Trung ương Bùi Thị Hoa" in article.text
    assert "Bộ Thông tin và Truyền thông Lê Văn Hùng" in article.text
    assert article.text.startswith("Tham dự cuộc họp có các Phó Thủ tướng Chính phủ:\nLê Minh An")
    # captions of one length, each a sentence of its own, are no wrapped paragraph
    names = ("An", "Bình", "Cường", "Dũng", "Hải", "Khoa", "Long")
    captions = from_text("t", "\n".join(f"Đại biểu Quốc hội tỉnh Quảng Bình, Lê Văn {n} chất vấn Bộ trưởng Bộ Giáo dục "
                                        f"và Đào tạo Phạm Văn Khiêm" for n in names))
    assert len(captions.text.split("\n")) == 7
    # a list's items of about one length end where they end: no width the page is wrapped at
    items = from_text("t", "Sáng 3/1/2024, UBND tỉnh Hà Nam tặng Bằng khen cho các tập thể:\n"
                           "Phòng Cảnh sát kinh tế Công an tỉnh Hà Nam, đơn vị dẫn đầu phong trào;\n"
                           "Phòng Cảnh sát hình sự Công an tỉnh Hà Nam, đơn vị xuất sắc tiêu biểu\n"
                           "Phòng Tổ chức cán bộ Sở Giáo dục và Đào tạo tỉnh Hà Nam, đơn vị tiên tiến\n"
                           "Trường THPT chuyên Biên Hòa, thành phố Phủ Lý, đơn vị xuất sắc tiêu biểu\n"
                           "Trung tâm Y tế huyện Kim Bảng, đơn vị dẫn đầu phong trào thi đua năm 2023\n"
                           "Ủy ban nhân dân xã Thanh Hà, huyện Thanh Liêm, đơn vị xuất sắc tiêu biểu\n"
                           "Ông Lê Văn Quý, Chủ tịch UBND tỉnh Hà Nam trao Bằng khen cho các tập thể.")
    assert "tiêu biểu\nÔng Lê Văn Quý" in items.text


def test_a_paper_s_code_glued_to_the_lead_by_a_hyphen_is_set_apart() -> None:
    article = from_text("t", "Lãnh đạo tỉnh thăm đồng bào\n\nBTO-Chiều 25/9/2024, ông Lê Văn Sơn đến thăm xã Phú Lạc.")
    assert "BTO - Chiều 25/9/2024, ông Lê Văn Sơn" in article.text
    # a hyphen inside a name or a code stays
    kept = from_text("t", "COVID-19 lan rộng.\nSARS-CoV-2 được kiểm soát. Quốc lộ 1A-Ngày hội không đổi.")
    assert "COVID-19" in kept.text and "SARS-CoV-2" in kept.text


def test_a_related_links_marker_in_the_menu_above_the_article_does_not_end_it() -> None:
    raw = ("xem thêm\nAn Giang\nBình Dương\nĐăng nhập\n\nĐại hội đại biểu MTTQ tỉnh lần thứ XI\n\nSáng 28-6, tại phiên bế "
           "mạc Đại hội, ban lãnh đạo Ủy ban MTTQ tỉnh khóa mới đã ra mắt.\n\nXem thêm\nTin khác về đại hội")
    article = from_text("t", raw)
    assert "ban lãnh đạo Ủy ban MTTQ tỉnh khóa mới đã ra mắt" in article.text
    assert "Tin khác về đại hội" not in article.text and "xem thêm" not in article.text.casefold()


def test_a_site_clock_above_the_headline_is_not_the_page_s_date() -> None:
    article = from_text("a", "Thứ 7, 23/11/2024, 17:38[GMT+7]\n\nĐồng chí Lê Văn Sinh, Bí thư Tỉnh ủy đi kiểm tra công "
                             "tác phòng, chống bão số 1 tại hai huyện ven biển của tỉnh\n\nThứ 4, 27/07/2016 | 17:26:37\n"
                             "Chiều ngày 27/7, đồng chí Lê Văn Sinh, Bí thư Tỉnh ủy đi kiểm tra công tác phòng, chống lụt "
                             "bão tại hai huyện.")
    assert article.published == date(2016, 7, 27)
    assert "2024" not in article.text and article.text.startswith("Đồng chí Lê Văn Sinh")
    updated = from_text("b", "Cập nhật: 10:05 12/03/2021\nSáng 12-3, Tỉnh ủy tổ chức hội nghị sơ kết công tác quý I của "
                             "tỉnh với các đồng chí trong Ban Thường vụ.\n\nTin khác 08:00 01/01/2020")
    assert updated.published == date(2021, 3, 12)  # a date after the lead is another article's
    crawled = from_text("c", "Thứ năm, ngày 18 tháng 12 năm 2025\nCập nhật lúc: 14/10/2019\n\nChiều 10-10, Thường trực Tỉnh "
                             "ủy đã tổ chức Lễ công bố quyết định hợp nhất hai Đảng bộ Khối của tỉnh.")
    assert crawled.published == date(2019, 10, 14)  # the site's clock on the day it was kept, then the page's update


def test_an_abbreviation_glued_to_a_name_is_apart_and_a_brand_stays_whole() -> None:
    article = from_text("a", "Chiều 1/8/2024, Chủ tịch UBND TPHCMPhan Văn Mãi chủ trì phiên họp với Ngân hàng HDBank Sài Gòn.")
    assert "TPHCM Phan Văn Mãi" in article.text and "HDBank Sài Gòn" in article.text


def test_a_page_date_with_its_month_in_words() -> None:
    assert page_date("Ngày đăng: 02 Tháng Bảy, 2021")[0] == date(2021, 7, 2)
    assert page_date("Thứ Hai, 5 tháng mười hai, 2019 10:05")[0] == date(2019, 12, 5)
    assert page_date("Cập nhật: 02 tháng 7, 2021 08:30")[0] == date(2021, 7, 2)
    assert page_date("Ngày 5 tháng 7 năm 2020, Tỉnh ủy họp phiên thường kỳ") is None  # a lead, not a stamp
    assert page_date("Thứ Bảy, 5 tháng 5, 2012")[0] == date(2012, 5, 5)
    assert page_date("ngày 15 tháng 12 năm 2025") is None  # a quoted document's place and date, maybe


def test_markup_left_in_a_text_page_is_no_words_of_it() -> None:
    article = from_text("a", '<html>\n<head>\n<title>Tin Đoàn</title>\n</head>\n<body>\n<p class="pBody"><font face="Arial" '
                             'size="2">Sáng 20-10-2010, anh Lê Văn An (<em>ảnh</em>) - ủy viên Ban Thường vụ Trung ương Đoàn'
                             '</font></p><p>Chiều cùng ngày, Ban Thường vụ họp &amp; phân công nhiệm vụ.<br>Hết.</p></body>')
    assert "<" not in article.text and "&amp;" not in article.text
    assert "anh Lê Văn An (ảnh) - ủy viên Ban Thường vụ Trung ương Đoàn" in article.text
    assert "Ban Thường vụ họp & phân công nhiệm vụ." in article.text and "Tin Đoàn" in article.text
    hidden = from_text("c", '<html><head><script type="text/javascript">var a = "<b>x</b>";</script><style>p {}</style>'
                            '</head><body><!-- menu --><p>Sáng 20-10-2010, Tỉnh ủy họp.</p></body></html>')
    assert hidden.text == "Sáng 20-10-2010, Tỉnh ủy họp."
    kept = from_text("b", "Tỉ lệ hộ nghèo <5% năm 2020, giảm so với năm 2019 (khoảng 7%).")
    assert kept.text == "Tỉ lệ hộ nghèo <5% năm 2020, giảm so với năm 2019 (khoảng 7%)."


def test_the_year_a_meeting_deploying_or_summing_up_a_year_s_work_is_held() -> None:
    assert work_year("Hội nghị triển khai công tác năm 2024", 1) == 2024
    assert work_year("Hội nghị triển khai nhiệm vụ năm 2024", 12) == 2023
    assert work_year("Hội nghị tổng kết công tác năm 2023", 1) == 2024
    assert work_year("Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024", 12) == 2023
    assert work_year("Kỳ họp thứ 7", 1) is None


def test_a_related_news_box_inside_the_article_drops_only_its_headlines() -> None:
    lead = ("Chiều 6/4, Thủ tướng làm việc với lãnh đạo tỉnh Sóc Trăng nhân dịp về dự Tết cổ truyền của bà con Khmer "
            "và thăm hỏi các gia đình chính sách trên địa bàn.")
    more = ("Nêu một số nét chính của tình hình kinh tế - xã hội ba tháng đầu năm, Chủ tịch UBND tỉnh cho biết diện tích "
            "gieo trồng lúa tăng so với cùng kỳ, trong đó lúa đặc sản chiếm hơn một nửa diện tích toàn tỉnh.")
    boxed = from_text("a", f"{lead}\nTIN LIÊN QUAN\nThủ tướng thăm các chư tăng Khmer\nThủ tướng: Cần phát triển hạ tầng\n"
                           f"{more}\n{more}")
    assert boxed.text == f"{lead}\n{more}\n{more}"
    footer = from_text("b", f"{lead}\nTin liên quan\nThủ tướng thăm các chư tăng Khmer\n{more}")
    assert footer.text == lead  # one teaser after the box: the page's footer, as before
    teasers = from_text("c", f"{lead}\nTin liên quan\nThủ tướng thăm các chư tăng Khmer\n{more}\nThủ tướng: Cần phát triển hạ "
                             f"tầng\n{more}")
    assert teasers.text == lead  # headlines with a teaser each: the footer


def test_a_date_line_glued_to_the_lead_is_the_pages_date() -> None:
    article = from_text("t", "Thủ tướng chủ trì Phiên họp thứ hai\n12/1/2025Chiều nay (12/01), tại Hà Nội, Thủ tướng chủ "
                             "trì phiên họp.")
    assert article.published == date(2025, 1, 12)
    assert "Chiều nay (12/01), tại Hà Nội" in article.text


def test_dates_glued_to_a_timeline_further_down_stay_as_written() -> None:
    article = from_text("t", "Ban Chỉ đạo qua các năm\nCác mốc chính của Ban Chỉ đạo được tổng hợp lại như sau.\n"
                             "1/5/2020Thành lập Ban Chỉ đạo.\n3/6/2021Ban hành Kế hoạch.")
    assert article.published is None
    assert "1/5/2020Thành lập" in article.text


def test_a_name_or_a_place_broken_at_a_line_end_is_joined_again() -> None:
    article = from_text("t", "Ngày 8/6/2019, tại hội trường UBND phường Tân\nHòa, quận Ba Đình, tổ đại biểu gồm các đồng chí: "
                             "Lê Thanh\nHà - Đại tá, Phó Giám đốc Công an thành phố đã\ntiếp xúc với cử tri để báo cáo kết\n"
                             "quả kỳ họp thứ 3 và trả lời\nkiến nghị của cử tri.")  # a page wrapped at a fixed width
    assert "phường Tân Hòa, quận Ba Đình" in article.text
    assert "các đồng chí: Lê Thanh Hà - Đại tá" in article.text
    heading = from_text("t", "Tô Lâm làm việc với Thành ủy Hà Nội\nChiều 9-8, Tổng Bí thư Tô Lâm làm việc với Thành ủy.")
    assert heading.text.startswith("Tô Lâm làm việc với Thành ủy Hà Nội\nChiều 9-8")  # a place ends a heading

    caption = from_text("t", "Trò chuyện với đồng chí Lê Minh\nSáng 16/10, ông Lê Văn Hùng đến\nthăm và làm việc với tỉnh. "
                             "Ông nói\nrằng các xã cần làm\ntốt và phải làm tốt\nhơn.")
    assert caption.text.startswith("Trò chuyện với đồng chí Lê Minh\nSáng 16/10")  # a heading's name is whole


def test_a_page_clock_closes_its_line_on_a_page_wrapped_at_a_fixed_width() -> None:
    raw = ("Đoàn công tác tặng quà hộ nghèo dân tộc thiểu số\n12:41 16/09/2025\nĐBP - Sáng 16/9, Đoàn công tác do "
           "Thứ trưởng Lê Văn An làm trưởng đoàn đã đến thăm, tặng quà tại 2 xã. Đoàn đã nghe lãnh đạo địa "
           "phương\nbáo cáo về tình hình\ntriển khai mô hình\nchính quyền hai cấp\ngắn với công tác dân tộc\nvà tôn giáo.")
    article = from_text("t", raw)
    assert article.published == date(2025, 9, 16)
    assert any(line.startswith("ĐBP - Sáng 16/9, Đoàn công tác") for line in article.text.split("\n"))
    assert "lãnh đạo địa phương báo cáo về tình hình triển khai" in article.text  # the wrapped lines still join
    facts = extract(article)
    assert [(m.date, m.held) for m in facts.meetings] == [(date(2025, 9, 16), True)]
    for clock in ("12:41 - 16/09/2025", "12:41 | 16/09/2025", "12h41 16/09/2025", "12:41 Thứ Ba 16/09/2025"):
        assert [m.date for m in extract(from_text("t", raw.replace("12:41 16/09/2025", clock))).meetings] == [
            date(2025, 9, 16)], clock
    told = from_text("t", "Tỉnh ủy Hà Nam họp Ban Thường vụ\nVào lúc 14:00 ngày 20/10/2025\nđồng chí Nguyễn Văn Hùng chủ "
                          "trì hội nghị để cho ý kiến\nvề công tác cán bộ\nvà một số nội dung\nquan trọng khác.")
    assert "Vào lúc 14:00 ngày 20/10/2025 đồng chí Nguyễn Văn Hùng" in told.text  # a sentence's own time goes on


def test_a_source_line_with_its_link_and_a_site_in_a_byline_are_no_bodies() -> None:
    from _extract import facts_of

    facts = facts_of("Ngày 9/7/2022, Tỉnh ủy Hòa Bình tổ chức lễ kỷ niệm.\n\nTrần Văn Khải - Lê Minh Hải VOV.VN\n\n"
                     "Nguồn VOV: https://vov.vn/chinh-tri/le-ky-niem-post123.vov")
    assert "VOV" not in facts.article.text.split("VOV.VN")[-1]
    assert not any("Tiếng nói" in o.label for o in facts.orgs)


def test_a_date_glued_to_the_lead_under_a_section_name_and_a_headline_is_the_pages_date() -> None:
    article = from_text("t", "Thời sự địa phương\nUBND tỉnh họp rà soát các hoạt động chuẩn bị Tết\n13/01/2017Nhằm đánh giá "
                             "tiến độ công tác chuẩn bị, chiều hôm qua, UBND tỉnh đã họp.")
    assert article.published == date(2017, 1, 13)
    assert "Nhằm đánh giá tiến độ" in article.text
