"""Documents named specifically enough to be one: by number (`Quy định số 205`, `15-NQ/TU`,
`Công điện 210/CĐ-TTg`), by plenum (`Nghị quyết TW 6 - Khóa 12`), by congress (`Nghị quyết
Đại hội XIII`), by issuer or topic (`Chỉ thị của Bộ Chính trị về ...`), laws by name; with the
issuer the text gives (`của X`, `X ban hành`) or the number's issuer code implies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from orggraph.abbreviations import expand
from orggraph.extract import extractor
from orggraph.extract.bodies import body_at, placed, qualify
from orggraph.extract.patterns import AND_GAP, CAPWORD, DISTRICT_KINDS, LOWER, NATIONAL_CONGRESSES, alternation, local_kinds
from orggraph.extract.spans import by_sentence
from orggraph.lexicon import read_tsv
from orggraph.model import ArticleFacts, DocumentMention, OrgMention, Sentence, Span
from orggraph.text import UPPER, as_roman, key, ordinal

_NUM = r"(?:[IVXL]+|\d{1,2})"
_NUM_CASED = r"(?-i:[IVXL]+|\d{1,2})"
_NUMBER = r"\d+(?:(?:[/.\-–]|\s?[-–]\s(?=[A-ZĐ]{2}))[\wĐđ]+)*"  # `123-QĐ/TW`, also `123- QĐNS/TW`, `04 - QĐNS/TW`
_TW = r"(?:Trung\s+ương|(?-i:T\.\s?Ư|TƯ|TW|T\.W))"
_TOPIC_STOP = re.compile(r"[,;.:!?()]|\s(?-i:Ảnh)\s|\s*$"
                         r"|\s(?:đối\s+với|với|nhằm|để|trong|theo|đã|được|tại|cho|thì|là|và\s+(?:các|những|nghị|chỉ))\s"
                         r"|\sbằng\s+(?:hình|phương)\s+thức\s"  # `... về giảm thuế bằng hình thức biểu quyết điện tử`
                         r"|\s(?:với\s+(?:tỷ\s+lệ\s+)?)?\d[\d,.]*\s*%(?=\s*(?:[,;.)]|$|tán\s+thành|đại\s+biểu))")
# (`... về chất vấn 92,4%`: the share of the vote, not `về giảm 2% thuế`)
_LAW_STOP = re.compile(r"[,;.:!?()“”\"…]|\s(?:(?:được|đã|có|sẽ|năm|ngày|của|tại|nhằm|với|này|do|cho|thì|là|trong|để|theo|gồm|"
                       r"quy\s+định|đến|từ|vào|trình|thông\s+qua|lần\s+này|trên\s+cơ\s+sở|"
                       # adverbs and modals no law's name holds (`Luật Biển đồng thời ...`, `Luật HTX sớm đi vào ...`)
                       r"đồng\s+thời|sớm|khi|cần|phải|cũng|đang|vừa|chưa|nên|hiện\s+hành|"
                       r"bằng\s+(?:hình|phương)\s+thức)(?![\w])"  # `... bằng hình thức biểu quyết`
                       r"|và\s+(?=[A-ZĐ]|sửa\s+đổi\s)"
                       # `Luật Đầu tư và các văn bản pháp luật hiện hành`: the others the law is cited with
                       r"|và\s+(?:các|những)\s+(?:văn\s+bản|quy\s+định|nghị\s+định|thông\s+tư|luật)(?![\w]))")
# a degree's or a faculty's field (`Tiến sĩ Luật`, `Khoa Luật`, `Trường Đại học Luật`): no law
_DEGREE = re.compile(r"(?<![\w])(?:[Tt]iến\s+sĩ|[Tt]hạc\s+sĩ|[Cc]ử\s+nhân|[Kk]hoa|[Nn]gành|[Tt]rường\s+Đại\s+học"
                     r"|[Hh]ọc\s+viện)\s+$")
_PLURAL = re.compile(r"(?:các|những|mọi|nhiều)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Kind:
    name: str
    code: str


@cache
def kinds() -> dict[str, Kind]:
    return {key(row[0]): Kind(row[0], row[1] if len(row) > 1 else "") for row in read_tsv("document_kinds.tsv")}


@cache
def issuer_codes() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for code, body, scope in read_tsv("issuer_codes.tsv"):
        out.setdefault(code.casefold(), []).append((body, scope))
    return out


@cache
def _office_names() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The central offices a number's code names (lexicon/issuer_codes.tsv: `Thủ tướng Chính phủ`, `Chủ tịch nước`),
    each as written in full or, for the Government's head, without `Chính phủ`."""
    names = sorted({body for rows in issuer_codes().values() for body, scope in rows
                    if scope == "central" and body.startswith(("Thủ tướng", "Chủ tịch"))})
    out = []
    for name in names:
        short = name.removesuffix(" Chính phủ")
        pattern = r"\s+".join(map(re.escape, short.split())) + (r"(?:\s+Chính\s+phủ)?" if short != name else "")
        out.append((name, re.compile(pattern)))
    return tuple(out)


@cache
def _offices() -> re.Pattern[str]:
    """An office that issues documents, not followed by a person's name (`của Thủ tướng Chính phủ`, not `của Thủ tướng A`)."""
    return re.compile(rf"(?:{'|'.join(f'(?:{written.pattern})' for _, written in _office_names())})(?![\w])"
                      r"(?!\s+(?:[A-ZĐ]\w*\s+){1,3}[A-ZĐ])")


@cache
def document_pattern() -> re.Pattern[str]:
    kinds = alternation([row[0] for row in read_tsv("document_kinds.tsv")])
    return re.compile(
        # (`Hội Luật gia`, `luật sư A`: a jurist, a lawyer; `Đại học Luật TP.HCM`, `Khoa Luật`: a school)
        rf"(?<![\w])(?<!đại\shọc\s)(?<!ĐH\s)(?<!khoa\s)(?P<kind>{kinds})(?![\w])(?!\s+(?:gia|sư)(?![\w]))"
        # (`Kế hoạch giám sát số 129/KH-HĐND`, `Quy chế phối hợp hoạt động số 3929/QC-...`: a few words of what it is
        # for before `số`, none another document's kind: `Nghị quyết thực hiện Chương trình số 30` is the programme's)
        rf"(?:(?:\s+hành\s+động|(?:\s+(?!(?:{kinds})(?![\w]))(?-i:[{LOWER}])[^\s,;.:!?()]*){{1,4}}"
        rf"(?=\s+số\s))?\s+(?:số\s+)?(?P<number>{_NUMBER})(?![\w])"
        rf"|\s+(?:Hội\s+nghị\s+)?{_TW}\s+(?:lần\s+thứ\s+)?(?P<plenum>\d{{1,2}})\s*[-–,(]?\s*(?:khóa|khoá)\s+(?P<khoa>{_NUM})\)?"
        rf"|\s+(?:Đại\s+hội\s+(?:(?:đại\s+biểu\s+toàn\s+quốc|Đảng\s+toàn\s+quốc)\s+)?(?:lần\s+thứ\s+)?(?P<congress>{_NUM_CASED})"
        rf"|(?P<congress2>(?-i:[IVXL]+))(?=\s+của\s+Đảng))(?![\w])(?:\s+của\s+Đảng(?!\s+bộ))?"
        rf"|\s+Đại\s+hội\s+(?:đại\s+biểu\s+)?(?P<cbody>(?:[^\s,.;:()]+\s+){{1,10}}?)lần\s+thứ\s+(?P<cn>{_NUM_CASED})(?![\w])"
        rf"|(?=\s+(?:của|về)\s)"
        rf"|(?P<law>(?-i:\s+{CAPWORD})|\s+sửa\s+đổi,?\s+bổ\s+sung\s+(?:một\s+số|các)\s+điều)"
        rf"|(?P<described>(?=\s+(?-i:[{LOWER}]))))",
        re.IGNORECASE,
    )


_DESCRIPTOR_WORD = re.compile(rf"\s+(?-i:[{LOWER}][^\s,;.:!?()“”\"]*)")
_DESCRIPTOR_STOP = re.compile(r"\s+(?:của|về|trong|để|nhằm|theo|đã|được|và|cho|tại|với|do|là|có|sẽ|này|đó|đang|"
                              r"vừa|đến|từ|trình|gồm|cùng|bằng|thì|mà|các|những|năm(?=\s+\d))(?![\w])", re.IGNORECASE)
_DRAFT = re.compile(r"(?:dự\s+thảo|dự\s+án)\s+$", re.IGNORECASE)
_PROPER_AFTER = re.compile(rf"\s+(?:trong|của)\s+(?P<proper>(?-i:{CAPWORD})(?:\s+(?-i:{CAPWORD})){{0,3}})(?![\w])")
_ALSO_NUMBER = re.compile(rf"\s*(?:,|và|;)\s*(?:số\s+)?(?P<n>{_NUMBER})(?![\w])")
_CONTINUES = re.compile(r"\s+(?:triển\s+khai|thực\s+hiện)\s+[^;:.!?()]{3,120}?(?=[;:.!?()]|,\s|$)")
_MAX_DESCRIPTOR = 8
_SUBJECT_OF = re.compile(r"\s+(?:làm\s+việc|hoạt\s+động|hành\s+động|tổ\s+chức\s+và\s+hoạt\s+động)(?![\w])")
_HAS_CODE = re.compile(r"[^\W\d_]")
_LIST_ENDS = re.compile(r"\s*(?:[)\].;]|$)|\s+(?:của|do|về|đã|được|và)\s")  # where a list of bare numbers ends


def kind_of(m: re.Match[str]) -> str:
    return kinds()[key(m.group("kind"))].name


def _descriptor(text: str, pos: int, end: int) -> int:
    """Where a document's lowercase descriptor ends (`Quy chế làm việc` + ` của Chính phủ`)."""
    words = 0
    while words < _MAX_DESCRIPTOR and not _DESCRIPTOR_STOP.match(text, pos, end):
        word = _DESCRIPTOR_WORD.match(text, pos, end)
        if not word:
            break
        pos, words = word.end(), words + 1
    return pos if words else -1


_IMPLEMENTS = re.compile(r"\s+(?:triển\s+khai\s+)?(?:thực\s+hiện\s+|triển\s+khai\s+)(?=\S)", re.IGNORECASE)
_TERM_AFTER = re.compile(r"\s*\(?\s*(?:khóa\s+[IVXL\d]+)\s*\)?|\s*,?\s*nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}")


# `Đại hội lần thứ XX (của) Đảng bộ tỉnh`: the body whose congress it was, written after the number
_WHOSE = re.compile(r"\s+(?:của\s+)?")


def _term_end(text: str, pos: int) -> int:
    """Past the term a name carries (`khóa XX`, `, nhiệm kỳ 2025-2030`), as the press writes it."""
    while term := _TERM_AFTER.match(text, pos):
        pos = term.end()
    return pos


def _as_written(start: str, rest: str) -> str:
    """A document's name as the text writes it, abbreviations written out, spaces single."""
    return expand(" ".join(f"{start}{rest}".split()))


def _issuers_after(text: str, pos: int, facts: ArticleFacts) -> tuple[list[str], int]:
    """`của Bộ Chính trị, Ban Bí thư`: every issuer written, in order."""
    first, end = _issuer_after(text, pos, facts, offices=False)  # (`Nghị quyết phê chuẩn đề nghị của Thủ tướng`: who
    if first is None:                                               # proposed it, not who issued it)
        return [], pos
    found = [first]
    while (more := AND_GAP.match(text, end)) and (body := body_at(text, more.end())):
        label = qualify(body, facts.localities, written=True)
        if not label:
            break
        found.append(label)
        end = body.end
    return found, end


_JOINED_AFTER = re.compile(r"\s+và$")
_LAW_TAIL = re.compile(r"\s*\((?:sửa\s+đổi|sửa\s+đổi,\s+bổ\s+sung)\)|\s+năm\s+\d{4}")


# (a comma then a capital: the bill's name is over, `dự thảo Luật X, Chủ nhiệm Ủy ban Y nêu rõ`)
_PROJECT_STOP = re.compile(rf"[;:.!?()“”\"…]|\s+và\s+(?:dự\s+án|các|những|sửa\s+đổi)\s|,\s+dự\s+án\s|,\s+(?=[{UPPER}])"
                           r"|\s+trên\s+cơ\s+sở\s"  # `dự án Luật X trên cơ sở sửa đổi toàn diện Luật Y`: X
                           # `bổ sung dự án Luật X vào chương trình ...`, `theo dự thảo Luật X thì ...`
                           r"|\s+(?:vào|để|nhằm|được|đã|sẽ|thì|là|mà|cũng\s+như)\s"
                           # `dự thảo Luật X có 6 chương`, `... gồm 16 chương`, `... tại buổi hội thảo`, `... cần thể hiện`
                           r"|\s+(?:cần|phải|như)(?![\w])|\s+(?:có|gồm)(?=\s+(?:\d+|nhiều|các)(?![\w]))"
                           r"|\s+tại(?=\s+(?:buổi|hội|kỳ|phiên|cuộc)(?![\w]))"
                           r"|\s+theo(?=\s+(?:đại\s+biểu|ý\s+kiến|đề\s+nghị|quy\s+định|đó)(?![\w]))")


# a law that amends others is named by all it amends; in a list of laws each item runs to its semicolon
_AMENDING = re.compile(r"(?:Luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết)\s+sửa\s+đổi,?\s+bổ\s+sung\s+(?:một\s+số|các)\s+điều")
_LIST_BEFORE = re.compile(r"[;:]\s*$")
_LIST_ITEM = re.compile(r"[^;:.()]{4,120}?(?:\s*\((?:sửa\s+đổi|sửa\s+đổi,\s+bổ\s+sung)\))?\s*(?=;)")
_ITEM_STOP = re.compile(r"[;:.!?“”\"]|\s+(?:được|đã|sẽ|nhằm|với|này|do|cho|thì|là|để|theo|gồm|trình|thông\s+qua"
                        r"|đề\s+xuất|quy\s+định|cần|phải|có|nêu|bằng\s+(?:hình|phương)\s+thức|trên\s+cơ\s+sở)\s")
# (not `Luật MTTQ Việt Nam`, nor `Luật BVMT sửa đổi`, the amended law's name)
_ACRONYM_LAW = re.compile(rf"(?:Luật|Bộ\s+luật|Pháp\s+lệnh)\s+[A-ZĐ&]{{2,10}}(?![\w&])(?=\s+(?!sửa\s+đổi)[{LOWER}])")
_BOTH_COUNCILS = re.compile(r"Luật\s+[Tt]ổ\s+chức\s+(?:Hội\s+đồng\s+nhân\s+dân|HĐND)\s+và\s+(?:Ủy\s+ban\s+nhân\s+dân|UBND)"
                            r"(?![\w])")
_PARTY_STATUTE = re.compile(r"Điều\s+lệ\s+Đảng(?:\s+Cộng\s+sản\s+Việt\s+Nam)?(?![\w])")


def _law_name(text: str, start: int, end: int, project: bool = False) -> tuple[str, int]:
    """`Luật Đo đạc và bản đồ`, `Luật Công chứng (sửa đổi)`, `Luật Đất đai năm 2013`: the name up to
    a function word or punctuation, with `(sửa đổi)` and the year when written right after it. In a
    list of bills (`dự án Luật phòng, chống tác hại của thuốc lá; dự án Luật giá`), up to the next bill."""
    party = _PARTY_STATUTE.match(text, start, end)
    if party:  # `Điều lệ Đảng` is the whole name: what follows it is the sentence's
        return " ".join(party.group(0).split()), party.end()
    amending = _AMENDING.match(text, start, end)
    item = _LIST_ITEM.match(text, start, end) if _LIST_BEFORE.search(text, max(0, start - 3), start) else None
    if amending or item:  # `Luật sửa đổi, bổ sung một số điều của Luật A và Luật B`; `gồm: Luật A, b của c; ...`
        stop = _ITEM_STOP.search(text, start + 4, end)
        stop_at = stop.start() if stop else end
        if item is None or stop is None or text[stop_at] == ";" or amending:
            return " ".join(text[start:stop_at].split()), stop_at
    stop = (_PROJECT_STOP if project else _LAW_STOP).search(text, start + 4, end)
    stop_at = stop.start() if stop else end
    if (short := _ACRONYM_LAW.match(text, start, stop_at)) is not None:
        stop_at = short.end()  # `Luật PBGDPL toàn tỉnh`: a law written by its acronym ends with it
    if (both := _BOTH_COUNCILS.match(text, start, end)) is not None:
        stop_at = max(stop_at, both.end())  # `Luật Tổ chức HĐND và UBND`: one law of both councils, not two
    # `Luật Phòng, chống tham nhũng`, `Luật Cán bộ, công chức`: a short stem, a comma, the rest in lowercase
    if stop and text[stop_at] == "," and len(text[start:stop_at].split()) <= 3 and \
            re.match(rf",\s+[{LOWER}]", text[stop_at:stop_at + 4]):
        more = _LAW_STOP.search(text, stop_at + 1, end)
        stop_at = more.start() if more else end
    while stop_at > start + 4 and text[stop_at - 1] in ", ":
        stop_at -= 1  # (`Luật Trật tự, an toàn giao thông đường bộ, theo đại biểu, ...`: no comma of its own)
    if (joined := _JOINED_AFTER.search(text, start + 4, stop_at)) is not None:
        stop_at = joined.start()  # (`Luật Lưu trữ và quy định ...`: what it is joined to, cut off, is not the law's)
    while (tail := _LAW_TAIL.match(text, stop_at)):
        stop_at = tail.end()
    return " ".join(text[start:stop_at].split()), stop_at


def _code_options(number: str) -> list[tuple[str, str]]:
    """The bodies (and their scope) the code at the number's end may name; trailing digits are the term."""
    return issuer_codes().get(re.sub(r"\d+$", "", re.split(r"[/\-–]", number)[-1]).casefold(), [])


def _central_code(number: str) -> bool:
    """Whether the code at the number's end names one central body (`NĐ-CP`, `QĐ-TTg`, `NQ/UBTVQH15`)."""
    return [scope for _, scope in _code_options(number)] == ["central"]


def _code_issuer(number: str, facts: ArticleFacts, pos: int) -> str | None:
    """The issuer the number's code names: `-TTg` the Prime Minister, `/TU` the article's Tỉnh ủy
    or Thành ủy, `-HĐND` its People's Council (local codes take the nearest locality)."""
    options = _code_options(number)
    if not options:
        return None
    place = facts.localities.near(pos, "province") if facts.localities else None
    for body, scope in options:
        if scope == "central":
            return body
        if place is None:
            return None
        if body in {"Tỉnh ủy", "Thành ủy"}:
            if body == ("Tỉnh ủy" if place.kind == "tỉnh" else "Thành ủy"):
                return f"{body} {place.name}"
            continue
        local = local_kinds().get(body)
        if local in DISTRICT_KINDS:  # `/HU`: the district's Huyện ủy
            district = facts.localities.near(pos, local) if facts.localities else None
            return f"{body} {district.name}" if district else None
        if body.endswith(" ủy"):  # `Ủy ban Kiểm tra Tỉnh ủy` + Hà Giang
            return f"{body} {place.name}"
        return placed(f"{body} {'Thành phố' if place.kind == 'thành phố' else place.kind}", place)
    return None


_PLENUM_OF = re.compile(rf"(?i:Hội\s+nghị)\s+(?:lần\s+thứ\s+\S+\s+)?{_TW}(?:\s+Đảng)?\s+(?:lần\s+thứ\s+)?\w+"
                        rf"(?:\s*\(?\s*(?:khóa|khoá)\s+{_NUM}\)?)?")
_SIGNED = re.compile(r"\s*,?\s*(?:ban\s+hành\s+)?ngày\s+(?:\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?"
                     r"|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)(?![\d/.\-]*\d)", re.IGNORECASE)


def _issuer_after(text: str, pos: int, facts: ArticleFacts, offices: bool = True) -> tuple[str | None, int]:
    """`của Bộ Chính trị (khóa XII)` right after the document's name (and its date, if written)."""
    signed = _SIGNED.match(text, pos)
    if signed:
        pos = signed.end()
    m = re.match(r"\s+(?:của|do)\s+(?:(?i:Hội\s+nghị)(?:\s+\S+){0,4}?\s+(?=Ban\s+Chấp\s+hành))?", text[pos:pos + 60])
    if not m:
        return None, pos
    body = body_at(text, pos + m.end())  # `của Hội nghị lần thứ sáu Ban Chấp hành Trung ương`: the committee
    office = _offices().match(text, pos + m.end()) if body is None and offices else None
    if office is not None:  # `Quyết định của Thủ tướng Chính phủ công nhận ...`: an office whose code issues it
        return next(name for name, written in _office_names() if written.fullmatch(office.group(0))), office.end()
    if body is None:
        plenum = _PLENUM_OF.match(text, pos + m.end())  # `của Hội nghị Trung ương 6 khóa XII`: the Central Committee
        return ("Ban Chấp hành Trung ương", plenum.end()) if plenum else (None, pos)
    end = body.end
    khoa = re.match(rf"\s+(?:khóa|khoá)\s+{_NUM}(?![\w])", text[end:end + 15])
    if khoa:
        end += khoa.end()
    return qualify(body, facts.localities, written=True), end


# `X ban hành`, `X cũng đã biểu quyết thông qua`: the body right before issues what follows
_ISSUES = re.compile(r"\s(?:cũng\s+)?(?:đã\s+|vừa\s+)?(?:biểu\s+quyết\s+)?(?:ban\s+hành|thông\s+qua)\s")


def _issuer_before(facts: ArticleFacts, sentence: Sentence, pos: int, orgs: list[OrgMention]) -> str | None:
    """`Bộ Chính trị ban hành Chỉ thị ...`, `X ban hành những chương trình ..., như Chương trình số 01`,
    `trình Quốc hội thông qua Luật ...`, `QH đã biểu quyết thông qua Luật A; thông qua Nghị quyết B`."""
    text = facts.article.text
    for m in _ISSUES.finditer(text[sentence.start:pos]):
        edge = sentence.start + m.start()
        found = [o for o in orgs if 0 <= edge - o.span.end <= 1
                 and not o.implied]  # `trình Thủ tướng ban hành`: the Prime Minister, not the Government
        if found:
            return found[-1].label
    return None


_FRAMED_BY = re.compile(r"(?i:tại|theo)\s+$")
_COMMA_AFTER = re.compile(r"\s*,\s*")
_DECIDES = re.compile(r"\s+(?:đã\s+|vừa\s+)?(?:quyết\s+định|ban\s+hành|chỉ\s+định|bổ\s+nhiệm|chuẩn\s+y|phê\s+chuẩn)(?![\w])")


def _issuer_framed(text: str, start: int, end: int, facts: ArticleFacts) -> str | None:
    """`Tại Quyết định số 321-QĐ/TW, Bộ Chính trị quyết định ...`: the body deciding in it issued it
    (not `Căn cứ Nghị định ..., Bộ X quyết định`: a ground is someone else's)."""
    if not _FRAMED_BY.search(text, max(0, start - 8), start):
        return None
    comma = _COMMA_AFTER.match(text, end)
    body = body_at(text, comma.end()) if comma else None
    if body is None or not _DECIDES.match(text, body.end):
        return None
    return qualify(body, facts.localities, written=True)


# an item of a list (`... gồm: Luật A; Nghị quyết của Quốc hội về miễn, hỗ trợ học phí cho ...; ...`) runs to its semicolon
_TOPIC_ITEM_STOP = re.compile(r"[;.!?()]|\s(?-i:Ảnh)\s|\s*$"
                              r"|\s(?:được|đã|sẽ|nhằm|thì|là|để|theo|gồm|trình|thông\s+qua|cần|phải|nêu)\s")


def _topic(text: str, pos: int, listed: bool = False) -> tuple[str, int, bool]:
    """What a document named by issuer is about (`... về X`), or what it decides (`... công nhận X là đô thị loại I`),
    and whether it is the latter (joined to the name without `về`)."""
    m = re.match(r"\s+về\s+", text[pos:pos + 8])
    if not m:
        decides = _DECIDES_WHAT.match(text, pos)
        if decides is None:
            return "", pos, False
        stop = _DECIDED_STOP.search(text, decides.end(), min(len(text), decides.end() + 200))
        end = stop.start() if stop else decides.end()
        return " ".join(text[decides.end():end].split()), end, True
    start = pos + m.end()
    if text[start:start + 1] in "“\"":
        close = re.search(r"[”\"]", text[start + 1:start + 300])
        if close:
            return text[start + 1:start + 1 + close.start()], start + close.end() + 1, False
    stop = (_TOPIC_ITEM_STOP if listed else _TOPIC_STOP).search(text, start, min(len(text), start + 200))
    end = stop.start() if stop else start
    return text[start:end].strip(), end, False


# `Quyết định của Thủ tướng Chính phủ công nhận thành phố X là đô thị loại I`: what a decision of an issuer decides,
# up to punctuation or what the sentence goes on to say (`... và đón nhận Huân chương`, `... sẽ diễn ra ...`)
_DECIDES_WHAT = re.compile(r"\s+(?=(?:công\s+nhận|phê\s+duyệt|thành\s+lập|giải\s+thể|sáp\s+nhập|điều\s+chỉnh\s+địa\s+giới)\s)")
_DECIDED_STOP = re.compile(r"\s*[,;.:!?()“”\"]|\s*$|\s(?:sẽ|đã|được|tại|cho|nhằm|để|do|theo|gồm|vào|có\s+hiệu\s+lực)\s"
                           r"|\s(?:và|,)\s+(?:đón|giao\s+ban|công\s+bố|trao|tổ\s+chức|kỷ\s+niệm)(?![\w])"
                           r"|\s(?:mở\s+ra|tạo\s+ra|tạo|góp\s+phần|đánh\s+dấu|là\s+(?:dấu|sự|cơ|niềm|bước))(?![\w])")


def find_documents(facts: ArticleFacts, sentence: Sentence,
                   orgs: list[OrgMention] | None = None) -> list[DocumentMention]:
    text = facts.article.text
    orgs = [o for o in facts.orgs if o.sentence == sentence.index] if orgs is None else orgs
    out = []
    for m in document_pattern().finditer(text, sentence.start, sentence.end):
        draft = bool(_DRAFT.search(text, max(0, m.start() - 10), m.start()))  # `dự thảo quy chế ...`, `dự án Luật giá`
        lower = not m.group("kind")[0].isupper()
        numbered = bool(m.group("number")) and ("số" in text[m.end("kind"):m.start("number")]
                                                or bool(_HAS_CODE.search(m.group("number"))))
        if lower and not (numbered or (draft and m.group("described") is not None and kind_of(m) not in _LAWS)) \
                or _PLURAL.search(text[max(0, m.start() - 10): m.start()]) and not numbered:
            continue  # `các quy định của Đảng`: no one document; `các quy định 85-QĐ/TW, 99-QĐ/TW`: each one numbered
        if _DEGREE.search(text, max(0, m.start() - 20), m.start()):
            continue  # `Tiến sĩ Luật`, `Cử nhân Luật Kinh tế`: a degree's field, no law
        kind = kinds()[key(m.group("kind"))].name
        number, issuer, end = None, None, m.end()
        aliases: list[str] = []
        others: list[DocumentMention] = []  # the numbers listed after this one (`Nghị quyết số 18 và 19`)
        if m.group("number"):
            number = _as_number(m.group("number"))
            written = "số " if "số" in text[m.end("kind"):m.start("number")] else ""
            number, others = _more_numbers(facts, sentence, m, kind, written)
            label = f"{kind} {written}{number}"
            out.extend(others)
            end = others[-1].span.end if others else end  # the issuer, if any, is written after the whole list
        elif m.group("plenum"):
            label = f"{kind} Trung ương {int(m.group('plenum'))} khóa {as_roman(m.group('khoa'))}"
            issuer = "Ban Chấp hành Trung ương"
        elif m.group("congress") or m.group("congress2"):
            number = m.group("congress") or m.group("congress2")
            national = (ordinal(number) or 0) <= NATIONAL_CONGRESSES
            label = f"{kind} Đại hội {as_roman(number)} của Đảng" if national \
                else f"{kind} Đại hội lần thứ {as_roman(number)}"  # a local congress the text does not name
            written = _as_written(kind, text[m.end("kind"):m.end()].replace(number, as_roman(number)))
            if national and written != label:  # `Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII`: as the text names it
                label, aliases = written, [label]
            whose = _WHOSE.match(text, m.end()) if not national else None
            if whose is not None and (congress_body := body_at(text, whose.end())) is not None:
                # `Nghị quyết Đại hội lần thứ XX của Đảng bộ tỉnh`: the congress named by its body after the number
                end = _term_end(text, congress_body.end)
                label, aliases = _as_written(kind, text[m.end("kind"):end].replace(number, as_roman(number))), [label]
        elif m.group("cn"):  # `Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI`: the congress of a body
            body = body_at(text, m.start("cbody"))
            named = (qualify(body, facts.localities) if body else None) or expand(" ".join(m.group("cbody").split()))
            canonical = f"{kind} Đại hội {named} lần thứ {as_roman(m.group('cn'))}"
            end = _term_end(text, m.end())
            label = _as_written(kind, text[m.end("kind"):end].replace(m.group("cn"), as_roman(m.group("cn"))))
            if canonical != label:
                aliases.append(canonical)
        elif (m.group("law") is not None or draft) and kind in _LAWS:
            if _DESCRIPTOR_STOP.match(text, m.end("kind")):
                continue  # `dự án Pháp lệnh là: ...`: the word, not a name
            label, end = _law_name(text, m.start(), min(sentence.end, m.start() + 160), project=draft)
            if len(label.split()) < 2:
                continue
        elif m.group("described") is not None or m.group("law") is not None:
            # `Quy chế làm việc của Chính phủ`, `Chương trình công tác năm 2019 của Bộ X`,
            # `Quy chế bầu cử trong Đảng`, `dự thảo quy chế làm việc`: a kind and what it is
            stop = _descriptor(text, m.end("kind"), sentence.end)
            if stop < 0:
                continue
            year = re.compile(r"\s+năm\s+\d{4}").match(text, stop)
            stop = year.end() if year else stop
            described = kind + " ".join([""] + text[m.end("kind"):stop].split())
            issuers, after = _issuers_after(text, stop, facts)
            proper = _PROPER_AFTER.match(text, stop)
            implements = _IMPLEMENTS.match(text, stop, sentence.end)
            if issuers:
                after = _term_end(text, after)
                label, end = _as_written(described, text[stop:after]), after
                aliases.append(f"{described} của {', '.join(issuers)}")
                # `Quy chế làm việc của Chính phủ`: whose work it rules, not who issued it
                issuer = None if _SUBJECT_OF.match(text, m.end("kind")) else issuers[0]
                more = _CONTINUES.match(text, end, sentence.end)
                if more:
                    aliases.append(label)
                    label, end = f"{label} {' '.join(more.group(0).split())}", more.end()
            elif implements and (inner := document_pattern().match(text, implements.end())) \
                    and inner.group("kind")[0].isupper():
                # `Chương trình hành động thực hiện Nghị quyết Đại hội ... lần thứ XX, nhiệm kỳ 2025-2030`
                after = _term_end(text, inner.end())
                label, end = _as_written(described, text[stop:after]), after
            elif proper and text[stop:proper.start("proper")].split()[0] == "trong" \
                    and body_at(text, proper.start("proper")) is None:
                label, end = described + " ".join([""] + text[stop:proper.end()].split()), proper.end()
            else:
                continue
        else:
            label = ""
        found_issuer, end = _issuer_after(text, end, facts)
        found_issuer = found_issuer or (issuer if m.group("described") is not None and issuer else None)
        if others and found_issuer:  # `Nghị quyết số 18 và 19 của X`: X issued each number its code does not place
            for other in others:
                if other.issuer is None:
                    other.issuer, other.issuer_said = found_issuer, True
            if number and _code_issuer(number, facts, m.start()) is not None:
                found_issuer = None  # (`Quyết định 123/QĐ-TTg và 456/QĐ-UBND của UBND tỉnh`: the first's code names its own)
        issuer = found_issuer or issuer
        topic, topic_end, decides = _topic(text, end, _LIST_BEFORE.search(text, max(0, m.start() - 3), m.start()) is not None)
        joined = " " if decides else " về "
        if decides and not found_issuer:
            topic = ""  # (a decision's verb names it only after its issuer: `Quyết định của Thủ tướng công nhận X`)
        if not decides and not label and found_issuer in {name for name, _ in _office_names()}:
            continue  # (an office's decision on a matter, `Quyết định của Chủ tịch nước về ...`: described, none named)
        if not label:  # named only by issuer and topic: both must be written
            issuer = found_issuer or _issuer_before(facts, sentence, m.start(), orgs)
            if m.start() == sentence.start or not issuer or not topic:
                continue
            label = kind + (f" của {found_issuer}" if found_issuer else "") + (f"{joined}{topic}" if topic else "")
            end = max(end, topic_end)
        elif topic:
            aliases.append(f"{label}{joined}{topic}")
        said = found_issuer is not None
        # a central body's code names it whatever was written before (`...; sửa đổi Nghị định số 91/2017/NĐ-CP`)
        coded = _code_issuer(number, facts, m.start()) if number else None
        central = coded if number and coded is not None and _central_code(number) else None
        issuer = issuer or central or _issuer_before(facts, sentence, m.start(), orgs) \
            or _issuer_framed(text, m.start(), end, facts) or coded
        if label.startswith(f"{kind} Đại hội"):
            issuer = None  # a congress's resolution: the congress, not a body, passed it
        out.append(DocumentMention(label, kind, number, issuer, Span(m.start(), end, text[m.start():end]),
                                   sentence.index, key=label, aliases=tuple(aliases), issuer_said=said))
    for first, second in zip(out, out[1:], strict=False):  # `Nghị quyết 18-NQ/TW và 19-NQ/TW của Hội nghị ...`
        if first.issuer is None and second.issuer_said and first.kind == second.kind and re.fullmatch(
                r"\s*và\s*", text[first.span.end:second.span.start]):
            first.issuer, first.issuer_said = second.issuer, True
    return out


_LAWS = {"Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Điều lệ"}


def _as_number(written: str) -> str:
    """`04 - QĐNS/TW` is `04-QĐNS/TW`: one document, however the press spaces its hyphen."""
    return re.sub(r"\s*([-–])\s*", r"\1", written.rstrip(".-–/"))


def _more_numbers(facts: ArticleFacts, sentence: Sentence, m: re.Match[str], kind: str,
                  written: str) -> tuple[str, list[DocumentMention]]:
    """`Quyết định số 232, 233 và 234/QĐ-TTg`: one document a number, bare numbers taking the code
    of the one that has it (`232/QĐ-TTg`). The first number as it should be, and the others."""
    text = facts.article.text
    first = _as_number(m.group("number"))
    numbers: list[tuple[int, int, str]] = []
    pos = m.end("number")
    while more := _ALSO_NUMBER.match(text, pos, sentence.end):
        numbers.append((more.start("n"), more.end("n"), _as_number(more.group("n"))))
        pos = more.end()
    coded = [n for _, _, n in numbers if _HAS_CODE.search(n)]
    if not coded and not (numbers and not _HAS_CODE.search(first) and _LIST_ENDS.match(text, pos)):
        return first, []  # `Quyết định số 12, 5 đồng chí ...`: a count, not a second number
    suffix = re.sub(r"^\d+", "", coded[-1]) if coded else ""  # `Nghị quyết 57, 59, 66, 68`: bare, each its own
    out = []
    for start, end, number in numbers:
        full = number if _HAS_CODE.search(number) else number + suffix
        label = f"{kind} {written}{full}"
        out.append(DocumentMention(label, kind, full, _code_issuer(full, facts, start),
                                   Span(start, end, text[start:end]), sentence.index, key=label))
    return (first if _HAS_CODE.search(first) else first + suffix), out


def _same_topic(a: DocumentMention, b: DocumentMention) -> bool:
    """`Chỉ thị về X tiến tới Y` and `Chỉ thị của Bộ Chính trị về X` in one article: one directive."""
    if a.kind != b.kind or a.number or b.number:
        return False
    ta, tb = (key(d.label.split(" về ", 1)[1]) if " về " in d.label else "" for d in (a, b))
    return bool(ta and tb) and (ta.startswith(tb) or tb.startswith(ta))


@extractor("documents")
def documents(facts: ArticleFacts) -> None:
    merged: list[DocumentMention] = []
    orgs_in = by_sentence(facts.orgs)
    for sentence in facts.sentences:
        for doc in find_documents(facts, sentence, orgs_in.get(sentence.index, [])):
            same = next((d for d in merged if key(d.key) == key(doc.key) or _same_topic(d, doc)), None)
            facts.doc_refs.append((sentence.index, same.key if same else doc.key))
            if same is None:
                merged.append(doc)
                continue
            issuer = (same.issuer if same.issuer_said or not doc.issuer_said else doc.issuer) or doc.issuer
            topics = [d.label.split(" về ", 1)[1] for d in (same, doc) if " về " in d.label]
            label = same.label
            if topics and not same.number and not same.label.startswith(f"{same.kind} Đại hội"):
                label = same.kind + (f" của {issuer}" if issuer else "") + f" về {max(topics, key=len)}"
            aliases = tuple(sorted({*same.aliases, *doc.aliases, same.label, doc.label} - {label}))
            merged[merged.index(same)] = DocumentMention(label, same.kind, same.number or doc.number, issuer,
                                                         same.span, same.sentence, key=same.key, aliases=aliases,
                                                         issuer_said=same.issuer_said or doc.issuer_said)
    facts.documents.extend(merged)
