"""Files, folders, HTML pages and JSONL records -> Article: decoding, clutter, date, title, byline.

Every failure is an IngestError naming the file and the reason, so that one bad file never
stops a build of the others.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from orggraph.dates import archive_marker, page_date
from orggraph.lexicon import read_list, read_tsv
from orggraph.model import Article
from orggraph.text import normalize

SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}


class IngestError(Exception):
    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source, self.reason = source, reason


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


def discover(paths: Iterable[Path]) -> list[Path]:
    """Files to read, folders searched recursively, in sorted order; missing paths raise."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            found.add(path)
        else:
            raise IngestError(str(path), "no such file or folder")
    return sorted(found)


def read(path: Path) -> Iterator[Article]:
    """The articles of one file (a JSONL file holds many)."""
    raw = path.read_bytes()
    if not raw.strip():
        raise IngestError(str(path), "empty file")
    if b"\x00" in raw[:8192]:
        raise IngestError(str(path), "binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(str(path), f"not UTF-8 (invalid byte at offset {exc.start})") from None
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl(path, text)
    elif suffix in {".html", ".htm"} or text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        yield _html(path, text)
    else:
        yield from_text(path.stem, text, source=str(path))


def _jsonl(path: Path, text: str) -> Iterator[Article]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IngestError(f"{path}:{number}", f"invalid JSON ({exc.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            raise IngestError(f"{path}:{number}", "record has no 'text'")
        ident = str(record.get("id") or f"{path.stem}-{number}")
        article = from_text(ident, record["text"], source=f"{path}:{number}")
        published = _iso(record.get("published") or record.get("date"))
        authors = record.get("authors") or ([record["author"]] if record.get("author") else [])
        yield Article(id=article.id, text=article.text, title=record.get("title") or article.title,
                      published=published or article.published,
                      authors=tuple(authors) if authors else article.authors,
                      url=str(record.get("url") or ""), source=article.source)


def _iso(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _html(path: Path, html: str) -> Article:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise IngestError(str(path), "no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    article = from_text(path.stem, text, source=str(path))
    title = (meta.title if meta and meta.title else "") or article.title
    published = _iso(meta.date) if meta and meta.date else None
    authors = tuple(a.strip() for a in (meta.author or "").split(";") if a.strip()) if meta else ()
    return Article(id=article.id, text=article.text, title=normalize(title),
                   published=published or article.published, authors=authors or article.authors,
                   url=(meta.url or "") if meta else "", source=str(path))


# ------------------------------------------------------------------ plain text
@cache
def _clutter() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    drop: list[re.Pattern[str]] = []
    end: list[re.Pattern[str]] = []
    for kind, pattern in read_tsv("clutter.tsv"):
        (drop if kind == "drop" else end).append(re.compile(pattern, re.IGNORECASE))
    return drop, end


_BYLINE = re.compile(r"^(?:(?:Bài|Tin|Ảnh|Theo|Nhóm PV|PV)(?: và ảnh)?\s*:\s*)?"
                     r"((?:[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*\.?\s?){1,4})(?:\s*\((?:[^)]{1,40})\))?\s*$")
_SOURCE = re.compile(r"^(?:nguồn|theo)\s*:?\s*(.+)$", re.IGNORECASE)


def from_text(ident: str, raw: str, source: str = "") -> Article:
    text = normalize(raw.replace("\r\n", "\n").replace("\r", "\n"))
    marked, month, skip = archive_marker(text)
    text = _CAPTION_COUNTER.sub(r"\1\n", text[skip:])
    drop, end = _clutter()
    lines: list[str] = []  # the article's lines
    kept: list[bool] = []  # per line of `raw_lines`: not clutter
    raw_lines = []
    for line in _unwrap(text.split("\n")):
        stripped = line.strip(" \t•·-|")
        if any(p.fullmatch(stripped) for p in end):
            break
        raw_lines.append(line.strip())
        keep = not (stripped and any(p.fullmatch(stripped) for p in drop))
        kept.append(keep)
        if keep:
            lines.append(line.strip())
    while lines and not lines[-1]:
        lines.pop()
    authors = _byline(lines)
    published, title = marked, ""
    for index, line in enumerate(raw_lines[:30]):
        found = page_date(line)
        if found:
            published = published or found[0]
            rest = line[: found[1]].strip(" -|(") if found[1] > 0 else ""
            after = line[found[2]:].strip(" -|)")
            title = rest if len(rest.split()) >= 4 else _title_before(
                [ln for ln, k in zip(raw_lines[:index], kept[:index], strict=True) if k])
            if line in lines and not rest:  # the date is page furniture; what follows it is text
                position = lines.index(line)
                if len(after.split()) >= 4:
                    lines[position] = after
                else:
                    del lines[position]
            break
    if not title:
        title = next((ln for ln in lines if len(ln.split()) >= 4), "")
    body = "\n".join(lines).strip()
    if not body:
        raise IngestError(source or ident, "no article text after removing page clutter")
    return Article(id=ident, text=body, title=title, published=published, authors=authors, source=source,
                   month=month)


# a photo caption's counter glued to the next line's first word (`... ảnh 2Phó Chủ tịch`)
_CAPTION_COUNTER = re.compile(r"((?i:ảnh)\s*\d{1,2})(?=[A-ZĐÀ-Ỹ])")
_OPEN_END = re.compile(r"(?:[,;]|(?<![\w])(?:ngày|tháng|năm|của|và|các|những|đồng\s+chí|đ/c|ông|bà|tại|với|cho|là|"
                       r"về|từ|đến|theo|có|gồm|do|trong|khóa|nhiệm\s+kỳ|thứ|số))$", re.IGNORECASE)


@cache
def _surnames() -> frozenset[str]:
    return frozenset(read_list("surnames.txt"))


def _unwrap(lines: list[str]) -> list[str]:
    """Lines a page hard-wrapped inside a sentence, a name or a date, joined again: a line that
    ends open (a comma, `ngày`, `của`, `đ/c`), a next line that starts in lowercase, or a
    surname at a line's end followed by a capitalised word (`đ/c Lê` / `Văn Bình`)."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].strip() and line.strip() and _continues(out[-1].rstrip(), line.lstrip()):
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return out


def _continues(previous: str, line: str) -> bool:
    if previous.endswith((".", "!", "?", ":", "…", "\"", "”", ")")):
        return False
    if line[0].islower() or _OPEN_END.search(previous):
        return True
    words = previous.split()
    return (len(words) >= 3 and words[-1] in _surnames() and line[0].isupper()
            and not words[-2][:1].isupper())  # a surname after lowercase words: a name broken in two


def _byline(lines: list[str]) -> tuple[str, ...]:
    """The byline or source line that closes an article, taken off the body."""
    authors: tuple[str, ...] = ()
    while lines:
        last = lines[-1]
        if not last:
            lines.pop()
        elif _SOURCE.match(last) and len(last) < 80:
            lines.pop()
        elif (not authors and len(last.split()) <= 6 and not last.endswith((".", ":", ";"))
              and (byline := _BYLINE.match(last))):
            authors = (byline.group(1).strip(),)
            lines.pop()
        else:
            break
    return authors


def _title_before(lines: list[str]) -> str:
    for line in reversed(lines):
        if len(line.split()) >= 4:
            return line
    return ""
