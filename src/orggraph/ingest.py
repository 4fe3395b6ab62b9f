"""Files, folders, HTML pages and JSONL records -> Article: decoding, clutter, date, title, byline.

Every failure is an IngestError (a whole file) or a Skipped (one JSONL line) naming the input
and the reason, so that one bad file or line never stops a build of the others. Inputs are
named by their path relative to the build's input root, never by a machine path or a bare
file name: two folders may both hold a `report.txt`, and two checkouts build the same bytes.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from html import unescape
from pathlib import Path

from orggraph.dates import archive_marker, ends_with_page_clock, is_page_clock, page_date
from orggraph.errors import OrggraphError
from orggraph.lexicon import read_list, read_patterns
from orggraph.model import Article
from orggraph.text import CLOSING, LOWER, UPPER, normalize

SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}


class IngestError(OrggraphError):
    def __init__(self, source: str, reason: str):
        reason = " ".join(reason.split())  # one line, whatever a library's message holds
        super().__init__(f"{source}: {reason}")
        self.source, self.reason = source, reason


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


@dataclass(frozen=True, order=True)
class Input:
    """One file to read and the name its articles take: its path relative to the input root."""

    name: str  # POSIX, NFC, e.g. `a/report.txt`; a single file given alone is its file name
    path: Path = field(compare=False)


@dataclass
class FileRead:
    """What one file gave: its articles, the lines of it that could not be used, its encoding."""

    input: Input
    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    encoding: str = "utf-8"
    size: int = 0


# ------------------------------------------------------------------ discovery
def _printable_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 shown as \\xNN (never a lone surrogate,
    which no exporter could encode), NFC (macOS writes names decomposed)."""
    raw = os.fsencode(name)
    return unicodedata.normalize("NFC", raw.decode("utf-8", "backslashreplace"))


def _namer(paths: list[Path]) -> Callable[[Path], str]:
    """How inputs are named: relative to the one folder given (a file's own folder), so that the
    same articles in another checkout get the same names. With several folders, each name starts
    with its folder's own name (`seeds/x.txt`, `more/y.txt`), never with where the folders lie;
    a folder inside another given folder counts as the outer one."""
    folders = sorted({os.path.abspath(p if p.is_dir() else p.parent) for p in paths})  # links not followed
    roots = [f for f in folders if not any(f != o and f.startswith(o.rstrip(os.sep) + os.sep) for o in folders)]
    if len(roots) == 1:
        bases = {roots[0]: roots[0]}
    elif len({os.path.basename(r) for r in roots}) == len(roots):
        bases = {r: os.path.dirname(r) for r in roots}
    else:  # two folders of one name (`a/news`, `b/news`): named from the folder holding both
        try:
            common = os.path.commonpath(roots)
        except ValueError:  # different drives
            common = roots[0]
        bases = {r: common for r in roots}

    def name(path: Path) -> str:
        full = os.path.abspath(path)
        root = next(r for r in roots if full == r or full.startswith(r.rstrip(os.sep) + os.sep))
        return _printable_name(Path(os.path.relpath(full, bases[root])).as_posix())

    return name


def discover(paths: Iterable[Path], root: Path | None = None) -> tuple[list[Input], list[Skipped]]:
    """Files to read (folders searched recursively, hidden entries left out), sorted by name,
    and the folders that could not be listed; a missing path raises. With `root`, names are
    relative to it (`orggraph add` naming new files as the build named its folder's)."""
    given = list(paths)
    for path in given:
        if not path.is_dir() and not path.is_file():
            raise IngestError(str(path), "no such file or folder")
        if root is not None and not os.path.abspath(path).startswith(os.path.abspath(root).rstrip(os.sep) + os.sep):
            raise IngestError(str(path), f"not inside {root}")
    if not given:
        return [], []
    name_of = _namer([root]) if root is not None else _namer(given)  # a link keeps its name under its folder
    found: dict[str, Input] = {}
    problems: list[Skipped] = []

    for path in given:
        if path.is_file():
            item = Input(name_of(path), path)
            found[item.name] = item
            continue
        top = path

        def unlistable(error: OSError, top: Path = top) -> None:
            where = Path(error.filename) if error.filename else top
            problems.append(Skipped(name_of(where) + "/", f"folder not readable ({error.strerror or error})"))

        for folder, dirs, files in os.walk(path, onerror=unlistable):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for file in files:
                candidate = Path(folder) / file
                if file.startswith(".") or candidate.suffix.lower() not in SUFFIXES or not candidate.is_file():
                    continue
                item = Input(name_of(candidate), candidate)
                found[item.name] = item
    return sorted(found.values()), sorted(set(problems), key=lambda s: s.source)


# ------------------------------------------------------------------ decoding
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# common words as TCVN3 (ABC) and VNI-Windows bytes read as Latin-1: `và`, `các`, `của`, `đồng`,
# `Đảng`, `người`, `Việt`. These font encodings put Vietnamese letters on Latin-1 code points;
# converting them needs their own tables, so they are named, not guessed.
_LEGACY_FONTS = {
    "TCVN3": re.compile(r"(?<![^\W\d_])(?:vµ|c¸c|cña|®ång|§¶ng|ng­êi|ViÖt|n¨m|®¹i|chøc)(?![^\W\d_])"),
    "VNI": re.compile(r"(?<![^\W\d_])(?:vaø|caùc|cuûa|ñoàng|Ñaûng|ngöôøi|Vieät|naêm|ñaïi|chöùc)(?![^\W\d_])"),
}


def decode(raw: bytes, source: str) -> tuple[str, str]:
    """The text of a file and the encoding it was read in: UTF-8 (with or without BOM), UTF-16/32
    with a BOM, else what charset-normalizer detects (Windows-1258 and other code pages); NFC."""
    if not raw.strip():
        raise IngestError(source, "empty file")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return unicodedata.normalize("NFC", raw.decode(encoding)), encoding.removesuffix("-sig")
            except UnicodeDecodeError as exc:
                raise IngestError(source, f"invalid {encoding} (byte offset {exc.start})") from None
    if b"\x00" not in raw:
        try:
            return unicodedata.normalize("NFC", raw.decode("utf-8")), "utf-8"
        except UnicodeDecodeError:
            pass
        latin = raw.decode("latin-1")
        for name, words in _LEGACY_FONTS.items():
            if len(words.findall(latin)) >= 2:
                raise IngestError(source, f"{name} (a legacy Vietnamese font encoding): not converted; "
                                          "save the file as UTF-8")
    else:  # UTF-16 and UTF-32 are read with their BOM only: NUL bytes otherwise mean binary
        raise IngestError(source, "binary file (contains NUL bytes)")
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise IngestError(source, "not UTF-8 and no known text encoding")
    return unicodedata.normalize("NFC", str(best)), best.encoding.replace("_", "-")


def read(item: Input | Path) -> FileRead:
    """The articles of one file (a JSONL file holds many; its bad lines are skipped, named)."""
    if isinstance(item, Path):
        item = Input(_printable_name(item.name), item)
    try:
        raw = item.path.read_bytes()
    except OSError as exc:
        raise IngestError(item.name, f"cannot read ({exc.strerror or exc})") from None
    text, encoding = decode(raw, item.name)
    result = FileRead(item, encoding=encoding, size=len(raw))
    suffix = item.path.suffix.lower()
    if suffix == ".jsonl":
        for number, outcome in _jsonl(text):
            made = Skipped(f"{item.name}:{number}", outcome) if isinstance(outcome, str) else \
                _record(item.name, number, outcome)
            if isinstance(made, Skipped):
                result.skipped.append(made)
            else:
                result.articles.append(made)
        if not result.articles and not result.skipped:
            raise IngestError(item.name, "no JSON record")
    elif suffix in {".html", ".htm"} or text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        result.articles.append(_html(item.name, text))
    else:
        result.articles.append(from_text(item.name, text, source=item.name))
    result.articles = [_short_title(a) for a in result.articles]
    return result


MAX_TITLE = 300  # characters: a longer "title" is a paragraph (a one-line file's whole text)


def _short_title(article: Article) -> Article:
    if len(article.title) <= MAX_TITLE:
        return article
    cut = article.title[:MAX_TITLE].rsplit(" ", 1)[0]
    return replace(article, title=cut + "…")


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _clean(value: object) -> str:
    """A JSON string as text: a lone surrogate (`\\ud800` is valid JSON) cannot be written as
    UTF-8, so it becomes U+FFFD; NFC."""
    return unicodedata.normalize("NFC", _SURROGATE.sub("\ufffd", str(value)))


def _jsonl(text: str) -> Iterable[tuple[int, dict[str, object] | str]]:
    """(line number, record or the reason it is unusable). Lines end at `\\n` only: a JSON string
    may hold U+2028, U+0085 or a form feed, which `str.splitlines` would cut at."""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, f"invalid JSON ({exc.msg} at column {exc.colno})"
            continue
        except RecursionError:
            yield number, "invalid JSON (nested too deeply)"
            continue
        if not isinstance(record, dict):
            yield number, "record is not a JSON object"
        elif not isinstance(record.get("text"), str) or not record["text"].strip():
            yield number, "record has no 'text'"
        else:
            yield number, record


def _record(name: str, number: int, record: dict[str, object]) -> Article | Skipped:
    """One JSONL record as an article named `file#id` (its own id) or `file:line`."""
    own = record.get("id")
    ident = f"{name}#{_clean(own)}" if isinstance(own, (str, int)) and str(own).strip() else f"{name}:{number}"
    try:
        article = from_text(ident, _clean(record["text"]), source=f"{name}:{number}")
    except IngestError as exc:
        return Skipped(f"{name}:{number}", exc.reason)
    published = _iso(record.get("published") or record.get("date"))
    authors = record.get("authors") or ([record["author"]] if record.get("author") else [])
    if not isinstance(authors, list):
        authors = [authors]
    title = record.get("title")
    return replace(article, title=normalize(_clean(title)) if isinstance(title, str) and title.strip() else article.title,
                   published=published or article.published,
                   authors=tuple(normalize(_clean(a)) for a in authors if a) or article.authors,
                   url=_clean(record.get("url") or ""))


def _iso(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _html(name: str, html: str) -> Article:
    """Article text and metadata from a page, by trafilatura; any failure of it (a missing
    `lxml_html_clean`, a page it cannot parse) is this file's reason, never the build's."""
    try:
        import trafilatura

        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        meta = trafilatura.extract_metadata(html) if text else None
    except ImportError as exc:
        raise IngestError(name, f"cannot read HTML: {exc} (reinstall orggraph with its dependencies)") from None
    except Exception as exc:  # noqa: BLE001 - a parser's failure on one page is that page's reason
        raise IngestError(name, f"cannot read HTML ({type(exc).__name__}: {exc})") from None
    if not text:
        raise IngestError(name, "no article text found in the HTML page")
    article = from_text(name, text, source=name)
    title = (meta.title if meta and meta.title else "") or article.title
    published = _iso(meta.date) if meta and meta.date else None
    authors = tuple(a.strip() for a in (meta.author or "").split(";") if a.strip()) if meta else ()
    return replace(article, title=normalize(title), published=published or article.published,
                   authors=authors or article.authors, url=(meta.url or "") if meta else "")


# ------------------------------------------------------------------ size cap
def split(article: Article, limit: int) -> list[Article]:
    """An article longer than `limit` characters as parts of at most `limit` characters, cut
    at paragraph ends, else sentence ends, else spaces; each part an article `ID#pN` with the
    article's title, date and source. Extraction stays bounded whatever lands in one file."""
    text = article.text
    if limit <= 0 or len(text) <= limit:
        return [article]
    parts: list[str] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            window = text[start:end]
            cut = max(window.rfind("\n"), -1)
            if cut < limit // 4:
                cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
                cut = cut + 1 if cut >= limit // 4 else window.rfind(" ")
            if cut >= limit // 4:
                end = start + cut
        part = text[start:end].strip()
        if part:
            parts.append(part)
        start = end
    return [replace(article, id=f"{article.id}#p{n}", text=part) for n, part in enumerate(parts, 1)]


# ------------------------------------------------------------------ plain text
@cache
def _clutter() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], list[re.Pattern[str]]]:
    kinds: dict[str, list[re.Pattern[str]]] = {"drop": [], "end": [], "box": []}
    for kind, pattern in read_patterns("clutter.tsv"):
        kinds[kind].append(re.compile(pattern, re.IGNORECASE))
    return kinds["drop"], kinds["end"] + kinds["box"], kinds["box"]


_SENTENCE_WORDS = 8  # a line this long is article text, not a menu item
_BOX_GOES_ON = 2  # sentences right after a related-news box's headlines (one a paragraph): a box inside the article
_BOX_HEADLINES = 5  # at most this many headlines in a box inside an article
_PARAGRAPH_WORDS = 25
_LONG_SENTENCE = re.compile(rf"(?:\S+\s+){{{_PARAGRAPH_WORDS - 1},}}\S*[.!?…\"”)]\s*$")  # a paragraph of the article
# a sentence, not a headline (`Thủ tướng: “...”`)
_SENTENCE_LINE = re.compile(rf"(?:\S+\s+){{{_SENTENCE_WORDS - 1},}}\S*\.\s*$")


def _box_inside(lines: list[str]) -> bool:
    """A related-news box with the article going on after it (`TIN LIÊN QUAN`, two or three headlines, then
    paragraphs): up to five headlines followed at once by two sentences, one of them a paragraph; not the
    page's footer, whose headlines have at most a teaser between them."""
    rest = [line.strip() for line in lines if line.strip()]
    first = next((i for i, line in enumerate(rest) if _SENTENCE_LINE.match(line)), None)
    after = rest[first:first + _BOX_GOES_ON] if first is not None and first <= _BOX_HEADLINES else []
    return len(after) == _BOX_GOES_ON and all(_SENTENCE_LINE.match(line) for line in after) \
        and any(_LONG_SENTENCE.match(line) for line in after)


_BYLINE = re.compile(r"^(?:(?:Bài|Tin|Ảnh|Theo|Nhóm PV|PV)(?: và ảnh)?\s*:\s*)?"
                     r"((?:[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*\.?\s?){1,4})(?:\s*\((?:[^)]{1,40})\))?\s*$")
_SOURCE = re.compile(r"^(?:nguồn|theo)\s*:?\s*(.+)$", re.IGNORECASE)
_SOURCE_LINK = re.compile(r"^(?:nguồn|theo)\s*[^:\n]{0,40}:\s*https?://\S+$", re.IGNORECASE)  # `Nguồn VOV: https://...`


def from_text(ident: str, raw: str, source: str = "") -> Article:
    text = normalize(_unmarked(raw.replace("\r\n", "\n").replace("\r", "\n")))
    marked, month, skip = archive_marker(text)
    text = _CAPTION_COUNTER.sub(r"\1\n", text[skip:])
    if glued := _DATE_LINE_GLUED.search(text, 0, _head_end(text)):
        text = f"{text[:glued.end()]}\n{text[glued.end():]}"
    text = _GLUED.sub(_apart, text)
    text = _SOURCE_GLUED.sub(r"\1 - ", text)
    text = _CAPS_GLUED.sub(_surname_apart, text)
    drop, end, box = _clutter()
    lines: list[str] = []  # the article's lines
    kept: list[bool] = []  # per line of `raw_lines`: not clutter
    raw_lines = []
    unwrapped = _unwrap(text.split("\n"))
    in_box = False  # inside a related-news box the article goes on after: its headlines are dropped
    begun = False  # a line of article text kept: an end marker before it is the site's menu
    for number, line in enumerate(unwrapped):
        stripped = line.strip(" \t•·-|")
        ends = any(p.fullmatch(stripped) for p in end)
        if ends and begun and any(p.fullmatch(stripped) for p in box) and _box_inside(unwrapped[number + 1:]):
            in_box = True
        elif ends and begun:
            break  # `Xem thêm`, `Tin liên quan`: what follows the article is other articles
        in_box = in_box and not _SENTENCE_LINE.match(stripped)
        raw_lines.append(line.strip())
        # before the article has begun such a line is the site's menu, dropped like other clutter
        keep = not ends and not in_box and not (stripped and any(p.fullmatch(stripped) for p in drop))
        kept.append(keep)
        if keep:
            lines.append(line.strip())
            begun = begun or len(line.split()) >= _SENTENCE_WORDS
    while lines and not lines[-1]:
        lines.pop()
    authors = _byline(lines)
    published, title = marked, ""
    stamp, clocks = _page_stamp(raw_lines[:30])
    for clock, (_, at, to) in clocks:  # a bare clock line is page furniture too
        if clock in lines and not clock[:at].strip(" -|(") and len(clock[to:].split()) < 2:
            lines.remove(clock)
    if stamp is not None:
        index, line, found = stamp
        if found:
            published = published or found[0]
            rest = line[: found[1]].strip(" -|(") if found[1] > 0 else ""
            after = line[found[2]:].strip(" -|)")
            title = rest if len(rest.split()) >= 4 else _title_before(
                [ln for ln, k in zip(raw_lines[:index], kept[:index], strict=True) if k])
            if line in lines and not rest and not re.match(r"\s*,\s*\S", line[found[2]:]):
                # the date is page furniture; what follows it is text (unless the date opens the lead's
                # sentence: `Thứ Ba, ngày 18/2/2025, Quốc hội ...` dates the event too, so it stays)
                position = lines.index(line)
                if len(after.split()) >= 4:
                    lines[position] = after
                else:
                    del lines[position]
    if not title:
        title = next((ln for ln in lines if len(ln.split()) >= 4), "")
    body = "\n".join(lines).strip()
    if not body:
        raise IngestError(source or ident, "no article text after removing page clutter")
    return Article(id=ident, text=body, title=title, published=published, authors=authors, source=source,
                   month=month)


_LEAD_WORDS = 15  # a sentence this long is the lead's paragraph: a date after it is not the page's


_Stamp = tuple[date, int, int]  # a page date and where its line prints it


def _page_stamp(raw_lines: list[str]) -> tuple[tuple[int, str, _Stamp] | None, list[tuple[str, _Stamp]]]:
    """The line that prints the page's date, and the other dated lines before the lead: the first, unless an
    earlier date is printed again before the lead (`Thứ 7, 23/11/2024, 17:38` the site's clock, then the
    headline, then `Thứ 4, 27/07/2016 | 17:26`): a clock or an update is later than the publication it heads."""
    stamps: list[tuple[int, str, _Stamp]] = []
    for index, line in enumerate(raw_lines):
        found = page_date(line)
        if found:
            stamps.append((index, line, found))
        elif stamps and len(line.split()) >= _LEAD_WORDS and line.rstrip().endswith((".", "!", "?", "…", ":")):
            break  # a headline may be as long, but it has no full stop
    if not stamps:
        return None, []
    first = min(stamps, key=lambda s: (s[2][0], s[0]))
    return first, [(line, found) for index, line, found in stamps if index != first[0]]


# a page saved as text with its markup left in (`<p class="pBody"><font ...>Sáng 20-10, ...</font>`, `<br>`): the
# tags are no words of it; a block's tag ends a line, an inline one nothing; scripts, styles and comments go whole
_MARKUP = re.compile(r"<(?:(?P<block>/?(?:p|br|div|tr|td|th|table|tbody|li|ul|ol|h[1-6]|html|head|body|title|meta"
                     r"|blockquote|section|article|hr))|/?(?:font|b|i|em|strong|span|a|u|img|sup|sub|center|small))"
                     r"(?=[\s/>])[^<>]*>", re.IGNORECASE)
_UNSEEN = re.compile(r"<(script|style)(?=[\s>])[^<>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)


def _unmarked(text: str) -> str:
    if not _MARKUP.search(text):
        return text
    return unescape(_MARKUP.sub(lambda m: "\n" if m.group("block") else "", _UNSEEN.sub("", text)))


# a photo caption's counter glued to the next line's first word (`... ảnh 2Phó Chủ tịch`)
_CAPTION_COUNTER = re.compile(r"((?i:ảnh)\s*\d{1,2})(?=[A-ZĐÀ-Ỹ])")
def _head_end(text: str) -> int:
    """Where the page's head ends: the headline and the line under it, or a line more when a section's name stands
    above the headline (`Thời sự địa phương`: no line of the two ends a sentence)."""
    lines = text.split("\n", 3)
    head = 3 if len(lines) >= 3 and not any(line.rstrip().endswith((".", "!", "?", ":")) for line in lines[:2]) else 2
    return min(len(text), sum(len(line) + 1 for line in lines[:head]) - 1)


# a page's date line glued to the lead's first word (`12/1/2025Chiều nay (12/01), ...`): a line of its own, once, in
# the page's head (not a timeline's items further down: `1/5/2020Thành lập Ban Chỉ đạo.`)
_DATE_LINE_GLUED = re.compile(rf"(?m)^([ \t]*\d{{1,2}}/\d{{1,2}}/\d{{4}})(?=[{UPPER}])")
# a paper's code glued to the lead's first word by a hyphen (`BTO-Chiều 25/9, ...`): the code, a dash, the lead
_SOURCE_GLUED = re.compile(rf"(?m)^([ \t]*[{UPPER}]{{2,8}})-(?=(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Đêm)(?![\w]))")
# words a page glued together (`Phó Bí thưTỉnh ủy`, `tỉnhHà Nam`, `Quyết định số2303`, `sức khỏe.HĐND`, `và05 Phó`): a
# space again
_GLUED = re.compile(rf"(?<=[{LOWER}]{{2}})(?=[{UPPER}][{LOWER}])|(?<=[{LOWER}]{{2}}\.)(?=[{UPPER}])"
                    rf"|(?<=(?<![\w])số)(?=\d)|(?<=[{LOWER}]{{2}})(?=\d{{4}}(?!\d))"
                    # a count glued to the word before it (`làm Trưởng ban và05 Phó Trưởng ban gồm: ...`)
                    r"|(?:(?<=(?<![\w])và)|(?<=(?<![\w])có)|(?<=(?<![\w])gồm))(?=\d{1,3}\s)")
# a brand written in camel case, in plain letters (`VietNamNet`, `VietinBank`): one word, not glued ones
_BRAND = re.compile(r"(?<![\w])[A-Z][a-z]+(?:[A-Z][a-z]+)+(?![\w])")


# an abbreviation glued to the name after it (`Chủ tịch UBND TPHCMPhan Văn A`): apart when the name's first
# word is a surname, so that brands (`HDBank`) stay whole
_CAPS_GLUED = re.compile(rf"(?<=[{UPPER}]{{2}})([{UPPER}][{LOWER}]+)(?=\s+[{UPPER}])")


def _surname_apart(glued: re.Match[str]) -> str:
    word = glued.group(1)
    return f" {word}" if word in _surnames() else word


def _apart(glued: re.Match[str]) -> str:
    """The space a page dropped between two words, unless the join is inside a brand's own name."""
    brand = _BRAND.match(glued.string, _word_start(glued.string, glued.start()))
    return "" if brand and brand.end() > glued.start() else " "


def _word_start(text: str, at: int) -> int:
    """Where the run of letters that reaches `at` begins (a glued join is seen from its word's start)."""
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    return at


_OPEN_END = re.compile(r"(?:[,;]|(?<![\w])(?:ngày|tháng|năm|của|và|các|những|đồng\s+chí|đ/c|ông|bà|tại|với|cho|là|"
                       r"về|từ|đến|theo|có|gồm|do|trong|khóa|nhiệm\s+kỳ|thứ|số))$", re.IGNORECASE)


@cache
def _surnames() -> frozenset[str]:
    return frozenset(read_list("surnames.txt"))


_PLACE_KINDS_AT_END = frozenset({"phường", "xã", "huyện", "quận", "tỉnh", "phố", "trấn"})
_WRAP_SLACK = 10  # characters a hard-wrapped line may fall short of the page's width (words do not split)
_WRAP_NARROWEST = 50  # a shorter line is a heading or a list's item, not a page's width
_WRAP_WIDEST = 120  # a wider "line" is a paragraph of its own, not a page's fixed width
_NAME_CLOSES = re.compile(r"[^\s,]+(?:,|\s+[-–—]\s)")


@cache
def _honorifics() -> tuple[str, ...]:
    return tuple(f" {h.lower()}" for h in read_list("honorifics.txt"))


def _honorific_ends(words: list[str]) -> bool:
    """The words end with an honorific of lexicon/honorifics.txt (`... các đồng chí`, `... Đại tá`)."""
    return f" {' '.join(words).lower()}".endswith(_honorifics())


def _unwrap(lines: list[str]) -> list[str]:
    """Lines a page hard-wrapped inside a sentence, a name or a date, joined again: a line that
    ends open (a comma, `ngày`, `của`, `đ/c`), a next line that starts in lowercase, or a
    surname at a line's end followed by a capitalised word (`đ/c Lê` / `Văn Bình`)."""
    wrapped = _hard_wrapped(lines)
    out: list[str] = []
    joined = False  # whether the last line out is itself lines joined (a paragraph wrapped, not a heading)
    for line in lines:
        if out and out[-1].strip() and line.strip() \
                and _continues(out[-1].rstrip(), line.lstrip(), wrapped and joined, wrapped):
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
            joined = True
        else:
            out.append(line)
            joined = False
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    """A page wrapped at a fixed width, not at its sentences: many of its lines end open and the
    next one goes on in lowercase. On such a page a line that ends open goes on in the next, even
    one that starts in capitals (`Giám đốc Sở Công Thương Phạm Văn` / `Hóa làm Phó Trưởng Ban`),
    where that line is itself a paragraph's wrapped part, not a heading."""
    text = [ln.strip() for ln in lines if ln.strip()]
    breaks = sum(1 for a, b in zip(text, text[1:], strict=False) if not a.endswith(CLOSING) and b[0].islower())
    return (breaks >= 3 and breaks * 4 >= len(text)) or _one_width(text)


def _one_width(text: list[str]) -> bool:
    """A page wrapped at one width, where each line may go on in capitals (`Bộ trưởng Bộ Tư pháp Hồ Văn` /
    `An, Bộ trưởng ...`): many lines that end open are within a few characters of one length and none is much
    longer."""
    pairs = [(a, b) for a, b in zip(text, text[1:], strict=False) if not a.endswith(CLOSING) and len(a) >= _WRAP_NARROWEST]
    widths = sorted(len(a) for a, _ in pairs)
    width = widths[len(widths) // 2] if widths else 0
    widest = max((len(line) for line in text), default=0)
    even = [(a, b) for a, b in pairs if abs(len(a) - width) <= _WRAP_SLACK]
    # a line broken where the next word would not fit (a list's items of about one length break where they end)
    broken = sum(1 for a, b in even if len(a) + 1 + len(b.split()[0]) > widest)
    # and many of them broken inside a phrase: after a capitalised word of a name or a title, a comma, or before a word
    # in lowercase (`... Bộ trưởng Bộ Tư pháp Hồ Văn` / `An, ...`), not at the end of an item (`... tiêu biểu`)
    inside = sum(1 for a, b in even if a.split()[-1][:1].isupper() or a.endswith(",") or b[:1].islower())
    return width <= _WRAP_WIDEST and len(even) >= 6 and len(even) * 3 >= len(text) and widest <= width + _WRAP_SLACK \
        and broken * 4 >= len(even) * 3 and inside * 3 >= len(even)


def _continues(previous: str, line: str, wrapped: bool = False, page_wrapped: bool = False) -> bool:
    if previous.endswith(CLOSING) or is_page_clock(line) or (not line[0].islower() and ends_with_page_clock(previous)):
        return False  # (`... 12:41 16/09/2025` / `ĐBP - Sáng 16/9, ...`: a page's clock is a line of its own)
    if line[0].islower() or _OPEN_END.search(previous):
        return True
    words = previous.split()
    if wrapped and len(words) >= 3 and (line[0].isupper() or line[0].isdigit()):
        return True
    if not line[0].isupper() or len(words) < 3:
        return False
    if words[-1] in _surnames() and not words[-2][:1].isupper():
        return True  # a surname after lowercase words: a name broken in two (`đ/c Lê` / `Văn Bình`)
    # on a page wrapped at a fixed width (where the lines before did not join), a surname and one more word after
    # a list's colon or an honorific (`các đồng chí: Đào Thanh` / `Hải - Đại tá`), a place's kind and the first word
    # of its name (`phường Trung` / `Hòa, quận ...`)
    # (the next line's first word closing the name or the place: a comma or a dash follows it, not a new sentence's
    # `Sáng 16/10, ...` after a heading `Trò chuyện với đồng chí Lê Minh`)
    return page_wrapped and words[-1][:1].isupper() and len(words) >= 4 and _NAME_CLOSES.match(line) is not None and (
        (words[-2] in _surnames() and (words[-3].endswith(":") or _honorific_ends(words[:-2])))
        or words[-2] in _PLACE_KINDS_AT_END)


def _byline(lines: list[str]) -> tuple[str, ...]:
    """The byline or source line that closes an article, taken off the body."""
    authors: tuple[str, ...] = ()
    while lines:
        last = lines[-1]
        if not last:
            lines.pop()
        elif _SOURCE.match(last) and (len(last) < 80 or _SOURCE_LINK.match(last)):
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
