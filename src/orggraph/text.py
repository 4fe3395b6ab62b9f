"""Vietnamese text normalisation: one spelling per word, keys for matching, slugs for IRIs.

Article text is normalised once at ingest (NFC, modern tone placement, single spaces) so that
every extractor sees one spelling; evidence offsets refer to that normalised text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Python's re has no \p{Lu}: the capital letters of Latin scripts, Vietnamese included, spelled out
UPPER = "".join(chr(c) for r in ((0x41, 0x5B), (0xC0, 0x250), (0x1E00, 0x1F00)) for c in range(*r)
                if chr(c).isupper())
# and the small letters: a range such as `à-ỹ` would take capitals too (`Đ`, `Ấ` lie inside it)
LOWER = "".join(chr(c) for r in ((0x61, 0x7B), (0xDF, 0x250), (0x1E00, 0x1F00)) for c in range(*r) if chr(c).islower())
# what closes a line of text (a sentence, a quotation, a list's lead): a line ending otherwise goes on
CLOSING = (".", "!", "?", ":", "…", "\"", "”", ")")

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below
# old placement puts the tone on the second vowel of oa/oe/uy in open syllables (hoá, thuỷ);
# the modern one (hóa, thủy) on the first. Only open syllables: "hoàng", "thuyền" stay.
_OLD_TONE = re.compile(r"(?<![qQ])([oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\w)")
_ROMAN = re.compile(r"\b(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})\b")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1)[0], unicodedata.normalize("NFD", match.group(1)[1])
    tone = "".join(c for c in second if c in _TONES)
    bare = "".join(c for c in second if c not in _TONES)
    return unicodedata.normalize("NFC", first + tone) + unicodedata.normalize("NFC", bare)


# `qui` is the old spelling of `quy` (qui định, qui hoạch, quí): same sounds, one letter each; a name
# keeps its own (`Lê Văn Quí`: capitalised after a capitalised word)
_QUI = re.compile(r"(?<![\w])([Qq])u([iìíỉĩị])(?![\w])")
_QUY = dict(zip("iìíỉĩị", "yỳýỷỹỵ", strict=True))
_WORD_BEFORE = re.compile(r"(?<![\w])\w+[ \t]+$")


def _quy(match: re.Match[str]) -> str:
    before = _WORD_BEFORE.search(match.string[max(0, match.start() - 20):match.start()])
    if match.group(1) == "Q" and before and before.group(0)[0].isupper():
        return match.group(0)
    return f"{match.group(1)}u{_QUY[match.group(2)]}"


# `Phó bí thư quận Ủy`: a committee whose capital fell on the wrong word, not a district named `Ủy` (not `thành Ủy viên`)
_COMMITTEE_CASED = re.compile(r"(?<![\w])(tỉnh|huyện|quận|thị|thành|đảng)([ \t]+)(?-i:Ủy)(?![\w])"
                              r"(?![ \t]+(?:ban|viên|nhiệm|quyền|thác)(?![\w]))", re.IGNORECASE)


# `T.P Thái Bình`: the city's abbreviation with its dot between the letters, before a capitalised name
_CITY_DOTTED = re.compile(r"(?<![\w.])T\.P(?=[ \t]+[A-ZĐ])")


def _committee(match: re.Match[str]) -> str:
    return f"{match.group(1)[0].upper()}{match.group(1)[1:].lower()}{match.group(2)}ủy"


def normalize(text: str) -> str:
    """NFC, modern tone placement and `quy` for `qui` (same length), runs of spaces as one space;
    the look-alike `Ð` (U+00D0, Icelandic eth) that legacy pages write for `Đ` is `Đ`; `quận Ủy` is `Quận ủy`;
    `T.P Hồ Chí Minh` is `TP. Hồ Chí Minh` (same length)."""
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "Đ").replace("\u00f0", "đ")
    text = _OLD_TONE.sub(_move_tone, text)
    text = _QUI.sub(_quy, text)
    text = _COMMITTEE_CASED.sub(_committee, text)
    text = _CITY_DOTTED.sub("TP.", text)
    return _SPACES.sub(" ", text)


def strip_diacritics(text: str) -> str:
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return text.replace("đ", "d").replace("Đ", "D")


def roman_to_int(token: str) -> int | None:
    if not token or any(c not in _ROMAN_VALUES for c in token):
        return None
    total, prev = 0, 0
    for ch in reversed(token):
        value = _ROMAN_VALUES[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total if 0 < total < 90 else None


def int_to_roman(number: int) -> str:
    out = []
    for value, sym in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out.append(sym)
            number -= value
    return "".join(out)


@lru_cache(maxsize=1)
def _numerals() -> dict[str, int]:
    from orggraph.lexicon import read_tsv

    return {row[0]: int(row[1]) for row in read_tsv("numerals.tsv")}


@lru_cache(maxsize=1)
def count_words() -> tuple[str, ...]:
    """Numbers in words that count (`hai`, `mười hai`), longest first; `nhất`, `tư` only number."""
    from orggraph.lexicon import read_tsv

    return tuple(sorted((row[0] for row in read_tsv("numerals.tsv") if "ordinal" not in row[2:]),
                        key=lambda w: (-len(w), w)))


def numeral_value(word: str) -> int | None:
    """The number a word writes (`Bảy` 7, `mười hai` 12), if it writes one."""
    return _numerals().get(" ".join(word.lower().split()))


def numeral_words() -> list[str]:
    """Ordinals in words (`nhất`, `tư`, `chín`), longest first, for patterns."""
    return sorted(_numerals(), key=lambda w: (-len(w), w))


def ordinal(token: str) -> int | None:
    """`XIII`, `xiii`, `13` or `mười ba` -> 13: the numbers of congresses, plenums, sessions and terms."""
    if token.isdigit():
        return int(token)
    words = " ".join(token.casefold().split())
    return _numerals().get(words) or roman_to_int(token.upper())


def as_roman(token: str) -> str:
    """An ordinal as the press writes congresses and terms (`khóa 12` -> `XII`)."""
    value = ordinal(token)
    return int_to_roman(value) if value else token


def as_arabic(token: str) -> str:
    """An ordinal as the press writes plenums and sessions (`Hội nghị Trung ương VII` -> `7`)."""
    value = ordinal(token)
    return str(value) if value else token


def arabic_numerals(text: str) -> str:
    """khóa XII -> khóa 12: Roman numerals (as whole words) become Arabic ones."""
    return _ROMAN.sub(lambda m: str(roman_to_int(m.group(0)) or m.group(0)) if m.group(0) else "", text)


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """A matching key: normalised, casefolded, Arabic numerals, no punctuation."""
    text = arabic_numerals(normalize(text))
    text = text.casefold()
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def loose_key(text: str) -> str:
    """Key without diacritics, for the way people type (`pham minh chinh`)."""
    return strip_diacritics(key(text))


def slug(text: str, limit: int = 80) -> str:
    """A readable IRI local name: ascii, lowercase, hyphens, no characters needing escapes."""
    out = re.sub(r"[^a-z0-9]+", "-", loose_key(text)).strip("-")
    if len(out) > limit:
        out = out[:limit].rsplit("-", 1)[0]
    return out or "x"

