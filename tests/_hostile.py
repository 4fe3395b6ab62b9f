"""A hostile corpus, generated (never committed as binary files): every way an input can be
awkward or broken, each good article with its own official, province and page date."""

from __future__ import annotations

import codecs
import json
import os
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def article(name: str, province: str, day: int, month: int = 12) -> str:
    return (f"Tỉnh ủy {province} tổng kết công tác năm 2023\n08:10 | {day:02d}/{month:02d}/2023\n"
            f"Sáng {day - 1}/{month}, Tỉnh ủy {province} tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh. "
            f"Đồng chí {name}, Bí thư Tỉnh ủy {province} chủ trì hội nghị và phát biểu kết luận.\n")


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: precomposed base letters, combining tones."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out.append((base + "".join(c for c in parts if c in _TONES)).encode("cp1258"))
    return b"".join(out)


@dataclass(frozen=True)
class Good:
    source: str  # the article id expected (path relative to the corpus root, `#id` for a record)
    person: str
    published: date


def make(root: Path) -> tuple[list[Good], dict[str, str]]:
    """Write the corpus under root; return the good articles and, per bad item, a reason fragment."""
    good: list[Good] = []
    bad: dict[str, str] = {}

    def put(rel: str, data: bytes, person: str | None = None, day: int = 0, ident: str | None = None) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if person:
            good.append(Good(ident or rel, person, date(2023, 12, day)))

    # same file name in two folders: two articles, each with its own date and source
    put("a/report.txt", article("Lò Văn Sáng", "Nghệ An", 3).encode(), "Lò Văn Sáng", 3)
    put("b/report.txt", article("Hà Thị Mai", "Nam Định", 4).encode(), "Hà Thị Mai", 4)
    put("utf16.txt", article("Vi Văn Đức", "Lạng Sơn", 5).encode("utf-16"), "Vi Văn Đức", 5)  # with BOM
    put("utf16be.txt", codecs.BOM_UTF16_BE + article("Bế Văn Hải", "Cao Bằng", 6).encode("utf-16-be"),
        "Bế Văn Hải", 6)
    put("cp1258.txt", cp1258(article("Đinh Thị Hoa", "Ninh Bình", 7)), "Đinh Thị Hoa", 7)
    put("nfd.txt", unicodedata.normalize("NFD", article("Mai Văn Chính", "Thanh Hóa", 8)).encode(),
        "Mai Văn Chính", 8)
    put("bom.txt", codecs.BOM_UTF8 + article("Tô Văn Lâm", "Hà Giang", 9).encode(), "Tô Văn Lâm", 9)
    records = [
        json.dumps({"id": "r1", "text": article("Lục Văn Bình", "Bắc Kạn", 10)}, ensure_ascii=False),
        '{"id": "r2", "text": "Sáng 5/3, Thành ủy Hải Phòng',  # cut off: invalid JSON
        json.dumps({"id": "r3", "text": article("Quan Văn Tiến", "Điện Biên", 11).replace(". ", ".\u2028 ", 1)},
                   ensure_ascii=False),  # U+2028 inside a valid record
        json.dumps({"id": "r4", "title": "no text"}),
        json.dumps({"id": "r5", "text": article("Sầm Văn Khánh", "Lai Châu", 12) + "\\ud800"})
        .replace("\\\\ud800", "\\ud800"),  # a lone surrogate escape: valid JSON, not writable UTF-8
    ]
    put("feed.jsonl", ("\n".join(records) + "\n").encode())
    good += [Good("feed.jsonl#r1", "Lục Văn Bình", date(2023, 12, 10)),
             Good("feed.jsonl#r3", "Quan Văn Tiến", date(2023, 12, 11)),
             Good("feed.jsonl#r5", "Sầm Văn Khánh", date(2023, 12, 12))]
    bad["feed.jsonl:2"] = "invalid JSON"
    bad["feed.jsonl:4"] = "record has no 'text'"
    put("page.html", ("<html><head><title>Hội nghị Tỉnh ủy Sơn La</title></head><body><article>"
                      "<h1>Hội nghị Tỉnh ủy Sơn La</h1><p>" + article("Cầm Văn Sơn", "Sơn La", 13).replace("\n", " ")
                      + "</p></article></body></html>").encode(), "Cầm Văn Sơn", 13)
    name = os.fsdecode(b"t\xeanfile.txt")  # a name that is not UTF-8 (Latin-1 `ê`)
    put(name, article("Lò Thị Hương", "Yên Bái", 14).encode(), "Lò Thị Hương", 14, ident="t\\xeanfile.txt")
    # bad inputs
    put("empty.txt", b"")
    bad["empty.txt"] = "empty file"
    put("binary.txt", b"\x00\x01\x02\xffabc\x00")
    bad["binary.txt"] = "binary file"
    put("tcvn3.txt", "Héi nghÞ Ban ChÊp hµnh §¶ng bé tØnh vµ c¸c ®ång chÝ cña ViÖt Nam".encode("latin-1"))
    bad["tcvn3.txt"] = "TCVN3"
    put("evil\x1b[31m.txt", b"   ")
    bad["evil\\x1b[31m.txt"] = "empty file"
    put("locked/inside.txt", article("Nông Văn Dũng", "Hà Giang", 15).encode())
    bad["locked/"] = "folder not readable"
    return good, bad
