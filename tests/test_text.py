from hypothesis import given
from hypothesis import strategies as st

from orggraph.text import arabic_numerals, int_to_roman, key, loose_key, normalize, roman_to_int, slug

vietnamese = st.text(alphabet=st.sampled_from(list("aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐ hoáàạuỷýTƯ.-,0123456789")),
                     max_size=60)


def test_old_and_new_tone_marks_fold_to_one_spelling() -> None:
    assert normalize("Hoá") == "Hóa"
    assert normalize("Uỷ viên") == "Ủy viên"
    assert normalize("Thuỷ") == "Thủy"
    assert normalize("hoàng") == "hoàng"  # a closed syllable keeps its mark
    assert normalize("Ðảng và Nhà nước") == "Đảng và Nhà nước"  # U+00D0 on legacy pages
    assert normalize("quý") == "quý"  # qu + y is not the old placement


def test_old_qui_is_quy_except_in_a_name() -> None:
    assert normalize("ban hành Qui định số 05, qui hoạch") == "ban hành Quy định số 05, quy hoạch"
    assert normalize("Tỉnh ủy Qui định") == "Tỉnh ủy Quy định"  # after a lowercase word: the word
    assert normalize("ông Lê Văn Quí, Phó Giám đốc") == "ông Lê Văn Quí, Phó Giám đốc"  # as the person writes it


def test_a_committees_capital_on_the_wrong_word_is_moved_to_its_head() -> None:
    assert normalize("Phó bí thư quận Ủy, Chủ tịch UBND quận") == "Phó bí thư Quận ủy, Chủ tịch UBND quận"
    assert normalize("Đảng Ủy xã") == "Đảng ủy xã"
    assert normalize("trở thành Ủy viên Bộ Chính trị") == "trở thành Ủy viên Bộ Chính trị"  # a member, not a committee
    assert normalize("BAN THƯỜNG VỤ TỈNH ỦY") == "BAN THƯỜNG VỤ TỈNH ỦY"  # a headline in capitals stays


def test_keys_ignore_case_punctuation_and_numeral_style() -> None:
    assert key("Khóa XII") == key("khoá 12")
    assert key("Đại hội XIII") == key("đại hội 13")
    assert loose_key("Phạm Minh Chính") == "pham minh chinh"


def test_slug_is_ascii_and_needs_no_escaping() -> None:
    assert slug("Ban Tổ chức Trung ương") == "ban-to-chuc-trung-uong"
    assert slug("Đảng") == "dang"


@given(vietnamese)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(vietnamese)
def test_tone_placement_keeps_the_length(text: str) -> None:
    single = " ".join(text.split(" "))
    assert len(normalize(single.replace("  ", " "))) <= len(single)


@given(vietnamese)
def test_slug_only_uses_safe_characters(text: str) -> None:
    assert set(slug(text)) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")


@given(st.integers(min_value=1, max_value=89))
def test_roman_numerals_round_trip(number: int) -> None:
    assert roman_to_int(int_to_roman(number)) == number
    assert arabic_numerals(f"khóa {int_to_roman(number)}") == f"khóa {number}"


def test_the_parts_of_a_compound_abbreviation_are_joined_any_way_the_press_joins_them() -> None:
    from orggraph.abbreviations import expand
    for written in ("Bộ TT&TT", "Bộ TT-TT", "Bộ TTTT", "Bộ TT & TT"):
        assert expand(written) == "Bộ Thông tin và Truyền thông", written
    assert expand("Bộ LĐ-TB&XH") == "Bộ Lao động - Thương binh và Xã hội"
