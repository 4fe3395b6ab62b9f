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
from orggraph.extract.bodies import body_at, qualify
from orggraph.extract.patterns import CAPWORD, DISTRICT_KINDS, NATIONAL_CONGRESSES, alternation, local_kinds
from orggraph.extract.spans import by_sentence
from orggraph.lexicon import read_tsv
from orggraph.model import ArticleFacts, DocumentMention, OrgMention, Sentence, Span
from orggraph.text import as_roman, key, ordinal

_NUM = r"(?:[IVXL]+|\d{1,2})"
_NUM_CASED = r"(?-i:[IVXL]+|\d{1,2})"
_NUMBER = r"\d+(?:[/.\-–][\wĐđ]+)*"
_TW = r"(?:Trung\s+ương|(?-i:T\.\s?Ư|TƯ|TW|T\.W))"
_TOPIC_STOP = re.compile(r"[,;.:!?()]|\s(?:với|nhằm|để|trong|theo|đã|được|tại|cho|thì|là|và\s+(?:các|những|nghị|chỉ))\s|\s*$")
_LAW_STOP = re.compile(r"[,;.:!?()“”\"]|\s(?:(?:được|đã|có|sẽ|năm|của|tại|nhằm|với|này|do|cho|thì|là|trong|để|theo|gồm|"
                       r"quy\s+định|đến|từ|vào|trình|thông\s+qua|lần\s+này)(?![\w])|và\s+(?=[A-ZĐ]))")
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
def document_pattern() -> re.Pattern[str]:
    names = [row[0] for row in read_tsv("document_kinds.tsv")]
    return re.compile(
        rf"(?<![\w])(?P<kind>{alternation(names)})(?![\w])"
        rf"(?:(?:\s+hành\s+động)?\s+(?:số\s+)?(?P<number>{_NUMBER})(?![\w])"
        rf"|\s+(?:Hội\s+nghị\s+)?{_TW}\s+(?:lần\s+thứ\s+)?(?P<plenum>\d{{1,2}})\s*[-–,(]?\s*(?:khóa|khoá)\s+(?P<khoa>{_NUM})\)?"
        rf"|\s+(?:Đại\s+hội\s+(?:(?:đại\s+biểu\s+toàn\s+quốc|Đảng\s+toàn\s+quốc)\s+)?(?:lần\s+thứ\s+)?(?P<congress>{_NUM_CASED})"
        rf"|(?P<congress2>(?-i:[IVXL]+))(?=\s+của\s+Đảng))(?![\w])(?:\s+của\s+Đảng)?"
        rf"|\s+Đại\s+hội\s+(?:đại\s+biểu\s+)?(?P<cbody>(?:[^\s,.;:()]+\s+){{1,10}}?)lần\s+thứ\s+(?P<cn>{_NUM_CASED})(?![\w])"
        rf"|(?=\s+(?:của|về)\s)"
        rf"|(?P<described>(?:\s+(?-i:[a-zà-ỹđ][^\s,;.:!?()“”\"]*)){{1,4}}\s+năm\s+\d{{4}})(?=\s+của\s)"
        rf"|(?P<law>(?-i:\s+{CAPWORD})))",
        re.IGNORECASE,
    )


_LAW_TAIL = re.compile(r"\s*\((?:sửa\s+đổi|sửa\s+đổi,\s+bổ\s+sung)\)|\s+năm\s+\d{4}")


def _law_name(text: str, start: int, end: int) -> tuple[str, int]:
    """`Luật Đo đạc và bản đồ`, `Luật Công chứng (sửa đổi)`, `Luật Đất đai năm 2013`: the name up to
    a function word or punctuation, with `(sửa đổi)` and the year when written right after it."""
    stop = _LAW_STOP.search(text, start + 4, end)
    stop_at = stop.start() if stop else end
    # `Luật Phòng, chống tham nhũng`, `Luật Cán bộ, công chức`: a short stem, a comma, the rest in lowercase
    if stop and text[stop_at] == "," and len(text[start:stop_at].split()) <= 3 and \
            re.match(r",\s+[a-zà-ỹđ]", text[stop_at:stop_at + 4]):
        more = _LAW_STOP.search(text, stop_at + 1, end)
        stop_at = more.start() if more else end
    while (tail := _LAW_TAIL.match(text, stop_at)):
        stop_at = tail.end()
    return " ".join(text[start:stop_at].split()), stop_at


def _code_issuer(number: str, facts: ArticleFacts, pos: int) -> str | None:
    """The issuer the number's code names: `-TTg` the Prime Minister, `/TU` the article's Tỉnh ủy
    or Thành ủy, `-HĐND` its People's Council (local codes take the nearest locality)."""
    code = re.sub(r"\d+$", "", re.split(r"[/\-–]", number)[-1]).casefold()
    options = issuer_codes().get(code)
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
        return f"{body} {'Thành phố' if place.kind == 'thành phố' else place.kind} {place.name}"
    return None


_PLENUM_OF = re.compile(rf"(?i:Hội\s+nghị)\s+(?:lần\s+thứ\s+\S+\s+)?{_TW}(?:\s+Đảng)?\s+(?:lần\s+thứ\s+)?\w+"
                        rf"(?:\s*\(?\s*(?:khóa|khoá)\s+{_NUM}\)?)?")
_SIGNED = re.compile(r"\s*,?\s*(?:ban\s+hành\s+)?ngày\s+(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}"
                     r"|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})", re.IGNORECASE)


def _issuer_after(text: str, pos: int, facts: ArticleFacts) -> tuple[str | None, int]:
    """`của Bộ Chính trị (khóa XII)` right after the document's name (and its date, if written)."""
    signed = _SIGNED.match(text, pos)
    if signed:
        pos = signed.end()
    m = re.match(r"\s+(?:của|do)\s+(?:(?i:Hội\s+nghị)(?:\s+\S+){0,4}?\s+(?=Ban\s+Chấp\s+hành))?", text[pos:pos + 60])
    if not m:
        return None, pos
    body = body_at(text, pos + m.end())  # `của Hội nghị lần thứ sáu Ban Chấp hành Trung ương`: the committee
    if body is None:
        plenum = _PLENUM_OF.match(text, pos + m.end())  # `của Hội nghị Trung ương 6 khóa XII`: the Central Committee
        return ("Ban Chấp hành Trung ương", plenum.end()) if plenum else (None, pos)
    end = body.end
    khoa = re.match(rf"\s+(?:khóa|khoá)\s+{_NUM}(?![\w])", text[end:end + 15])
    if khoa:
        end += khoa.end()
    return qualify(body, facts.localities), end


def _issuer_before(facts: ArticleFacts, sentence: Sentence, pos: int, orgs: list[OrgMention]) -> str | None:
    """`Bộ Chính trị ban hành Chỉ thị ...`, `X ban hành những chương trình ..., như Chương trình số 01`,
    `trình Quốc hội thông qua Luật ...`."""
    text = facts.article.text
    for m in re.finditer(r"\s(?:đã\s+|vừa\s+)?(?:ban\s+hành|thông\s+qua)\s", text[sentence.start:pos]):
        edge = sentence.start + m.start()
        found = [o for o in orgs if 0 <= edge - o.span.end <= 1
                 and not o.implied]  # `trình Thủ tướng ban hành`: the Prime Minister, not the Government
        if found:
            return found[-1].label
    return None


def _topic(text: str, pos: int) -> tuple[str, int]:
    m = re.match(r"\s+về\s+", text[pos:pos + 8])
    if not m:
        return "", pos
    start = pos + m.end()
    if text[start:start + 1] in "“\"":
        close = re.search(r"[”\"]", text[start + 1:start + 300])
        if close:
            return text[start + 1:start + 1 + close.start()], start + close.end() + 1
    stop = _TOPIC_STOP.search(text, start, min(len(text), start + 200))
    end = stop.start() if stop else start
    return text[start:end].strip(), end


def find_documents(facts: ArticleFacts, sentence: Sentence,
                   orgs: list[OrgMention] | None = None) -> list[DocumentMention]:
    text = facts.article.text
    orgs = [o for o in facts.orgs if o.sentence == sentence.index] if orgs is None else orgs
    out = []
    for m in document_pattern().finditer(text, sentence.start, sentence.end):
        if not m.group("kind")[0].isupper() or _PLURAL.search(text[max(0, m.start() - 10): m.start()]):
            continue
        kind = kinds()[key(m.group("kind"))].name
        number, issuer, end = None, None, m.end()
        aliases: list[str] = []
        if m.group("number"):
            number = m.group("number").rstrip(".-–/")
            written = "số " if "số" in text[m.end("kind"):m.start("number")] else ""
            label = f"{kind} {written}{number}"
        elif m.group("plenum"):
            label = f"{kind} Trung ương {int(m.group('plenum'))} khóa {as_roman(m.group('khoa'))}"
            issuer = "Ban Chấp hành Trung ương"
        elif m.group("congress") or m.group("congress2"):
            number = m.group("congress") or m.group("congress2")
            label = f"{kind} Đại hội {as_roman(number)} của Đảng" if (ordinal(number) or 0) <= NATIONAL_CONGRESSES \
                else f"{kind} Đại hội lần thứ {as_roman(number)}"  # a local congress the text does not name
        elif m.group("cn"):  # `Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI`: the congress of a body
            body = body_at(text, m.start("cbody"))
            named = (qualify(body, facts.localities) if body else None) or expand(" ".join(m.group("cbody").split()))
            label = f"{kind} Đại hội {named} lần thứ {as_roman(m.group('cn'))}"
        elif m.group("described"):  # `Chương trình công tác năm 2019 của Bộ X`: named with its issuer
            described, end_described = f"{kind}{' '.join([''] + m.group('described').split())}", m.end()
            found_issuer, _ = _issuer_after(text, end_described, facts)
            if not found_issuer:
                continue
            label, issuer = f"{described} của {found_issuer}", found_issuer
        elif m.group("law"):
            if kind not in {"Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Điều lệ"}:
                continue
            label, end = _law_name(text, m.start(), min(sentence.end, m.start() + 160))
            if len(label.split()) < 2:
                continue
        else:
            label = ""
        found_issuer, end = _issuer_after(text, end, facts)
        issuer = found_issuer or issuer
        topic, topic_end = _topic(text, end)
        if not label:  # named only by issuer and topic: both must be written
            issuer = found_issuer or _issuer_before(facts, sentence, m.start(), orgs)
            if m.start() == sentence.start or not issuer or not topic:
                continue
            label = kind + (f" của {found_issuer}" if found_issuer else "") + (f" về {topic}" if topic else "")
            end = max(end, topic_end)
        elif topic:
            aliases.append(f"{label} về {topic}")
        said = found_issuer is not None
        issuer = issuer or _issuer_before(facts, sentence, m.start(), orgs)
        if issuer is None and number:
            issuer = _code_issuer(number, facts, m.start())
        if label.startswith(f"{kind} Đại hội"):
            issuer = None  # a congress's resolution: the congress, not a body, passed it
        out.append(DocumentMention(label, kind, number, issuer, Span(m.start(), end, text[m.start():end]),
                                   sentence.index, key=label, aliases=tuple(aliases), issuer_said=said))
    for first, second in zip(out, out[1:], strict=False):  # `Nghị quyết 18-NQ/TW và 19-NQ/TW của Hội nghị ...`
        if first.issuer is None and second.issuer_said and first.kind == second.kind and re.fullmatch(
                r"\s*và\s*", text[first.span.end:second.span.start]):
            first.issuer, first.issuer_said = second.issuer, True
    return out


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
