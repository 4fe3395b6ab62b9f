"""Dates as Vietnamese pages write them: the page's own date, and meeting dates resolved
against it (`Chiều nay (1/7)`, `Sáng 12.3`, `Sáng 29-12`, `ngày 05/5`)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from orggraph.lexicon import read_tsv

_TIME = r"\d{1,2}[:hg]\d{2}'?(?:\s*(?:AM|PM|SA|CH))?"
_DMY = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"
# a page date stands with a clock time or a weekday, the way news pages print it
_PAGE = [
    re.compile(rf"{_TIME}[\s,|\-–]*(?:(?:thứ\s*\w+|chủ nhật)\s*,?\s*)?(?:ngày\s*)?{_DMY}", re.IGNORECASE),
    re.compile(rf"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*,?\s*(?:ngày\s*)?{_DMY}(?:\s*,?\s*{_TIME})?",
               re.IGNORECASE),
    re.compile(rf"{_DMY}[\s,|\-–]*{_TIME}", re.IGNORECASE),
    re.compile(rf"^\s*(?:(?:cập nhật|đăng|ngày đăng|xuất bản)(?:\s+lúc)?)?\s*:?\s*{_DMY}\s*$", re.IGNORECASE),
    # `Đăng ngày: 26/09/2021 - Lượt xem: 262`: labelled as published, then more of the page's line
    re.compile(rf"^\s*(?:ngày\s+)?(?:đăng|xuất bản)(?:\s+ngày)?\s*:?\s*{_DMY}(?=\s*(?:[-|–·]|$))", re.IGNORECASE),
    # `gửi vào T6, 2018-01-12 07:50`: a site's own clock, year first
    re.compile(rf"(?<![\d-])(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})[ T]+{_TIME}", re.IGNORECASE),
]


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _word_month_page() -> re.Pattern[str]:
    """`Ngày đăng: 02 Tháng Bảy, 2021`, `Thứ Bảy, 5 tháng 5, 2012`: a line that is only a date, its month after
    `tháng` (labelled, timed or with its weekday when the month is a number: a bare `ngày 5 tháng 7 năm 2020`
    may close a document it quotes)."""
    from orggraph.text import numeral_words

    months = "|".join([r"\d{1,2}", *(r"\s+".join(w.split()) for w in numeral_words())])
    return re.compile(rf"^\s*(?P<label>(?:ngày\s+)?(?:đăng|cập\s+nhật|xuất\s+bản)(?:\s+ngày)?\s*:?\s*)?"
                      rf"(?P<weekday>(?:thứ\s*\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>{months})"
                      rf"\s*,?\s*(?:năm\s+)?(?P<y>\d{{4}})(?P<time>\s*,?\s*{_TIME})?\s*$", re.IGNORECASE)


# a page's clock and date ending a line (`12:41 16/09/2025`, `12:41 - Thứ Ba, 16/09/2025`, `16/09/2025 | 12h41 (GMT+7)`),
# from the same clock and date as the page stamps above; separators are runs of a few characters, never `\s*` beside
# `\s*` (which backtracks on long blank runs)
_CLOCK_AT_END = re.compile(rf"(?<![\w/.:])(?:{_TIME}(?::\d{{2}})?[ ,|–-]{{0,4}}(?:[^\W\d_]+ ?\d?[ ,]{{0,2}}){{0,2}}[ ,|–-]{{0,3}}"
                           rf"{_DMY}|{_DMY}[ ,|–-]{{0,6}}{_TIME}(?::\d{{2}})?)(?: ?\(?GMT ?[+-] ?\d{{1,2}}\)?)? ?$",
                           re.IGNORECASE)


def ends_with_page_clock(line: str) -> bool:
    """A line a page's clock closes (`... 12:41 16/09/2025`): only its tail is looked at."""
    return _CLOCK_AT_END.search(line[-60:]) is not None


def is_page_clock(line: str) -> bool:
    """A line that is a page's clock and nothing else."""
    return _CLOCK_AT_END.fullmatch(line.strip()) is not None


def page_date(line: str) -> tuple[date, int, int] | None:
    """The publication date a page prints in a line, and where it starts and ends."""
    if (worded := _word_month_page().match(line)) is not None:
        from orggraph.text import numeral_value

        written = worded.group("m")
        month = int(written) if written.isdigit() else numeral_value(written)
        if written.isdigit() and not (worded.group("label") or worded.group("time") or worded.group("weekday")):
            month = None
        found = _safe(int(worded.group("y")), month, int(worded.group("d"))) if month and month <= 12 else None
        if found and 1945 <= found.year <= 2100:
            return found, worded.start(), worded.end()
    for pattern in _PAGE:
        m = pattern.search(line)
        if m:
            named = m.groupdict()
            day, month, year = (int(named[k]) for k in "dmy") if named else (int(g) for g in m.groups()[:3] if g is not None)
            found = _safe(year, month, day)
            if found and 1945 <= year <= 2100:
                return found, m.start(), m.end()
    return None


# an archive's marker of when it kept the page: ` date 2025-11-25 ` (or only the month) first thing
ARCHIVE_MARKER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)\s*")


def archive_marker(text: str) -> tuple[date | None, date | None, int]:
    """(publication date, month, length of the marker) of a page an archive marked with its date."""
    m = ARCHIVE_MARKER.match(text)
    if not m:
        return None, None, 0
    year, month = int(m.group(1)), int(m.group(2))
    first = _safe(year, month, 1) if 1945 <= year <= 2100 else None
    if first is None:
        return None, None, 0
    day = _safe(year, month, int(m.group(3))) if m.group(3) else None
    return day, first, m.end()


# day and month of a meeting, with an optional year: 12.3 / 29-12 / 05/5 / 13/1/2022 / ngày 5 tháng 7 năm 2023
DAY_MONTH = re.compile(
    r"(?<![\d/.\-])(?:(?P<first>\d{1,2})\s*(?:[-–]|(?:đến|và)(?:\s+(?:ngày|sáng|chiều|tối))?)\s*)?(\d{1,2})\s*([/.\-])\s*(\d{1,2})"
    r"(?:\s*\3\s*(\d{4}))?(?![\d/.\-]*\d)"
    r"|(?:ngày\s+(?P<wfirst>\d{1,2})\s*(?:[-–]|đến|và)\s*(?:ngày\s+)?|ngày\s+)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?",
    re.IGNORECASE,
)
_RANGE_END = re.compile(r"\s*(?:[-–]|đến(?:\s+ngày)?)\s*\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(\d{4})(?!\d)", re.IGNORECASE)
# a day of the lunar calendar around Tết (`27 Tết`, `mồng 3 Tết`, `29 tháng Chạp`), written before the solar one
LUNAR_DAY = r"(?:ngày\s+)?(?:mồng\s+|mùng\s+)?\d{1,2}\s+(?:Tết|tháng\s+Chạp|tháng\s+Giêng)"
# `Sáng 12.3,` `Chiều nay (1/7),` `Ngày 5/7,` `Tối 2-9`: the time words that open a report
LEAD = re.compile(
    r"(?:^|[\s,(|])(?:(?:sáng|chiều|trưa|tối|đêm)(?:\s+nay|\s+qua)?|hôm nay|hôm qua|ngày(?:\s+hôm\s+nay)?"
    r"|trong\s+(?:hai\s+|2\s+)?ngày|từ(?:\s+ngày)?"
    r"|diễn ra(?:\s+vào)?(?:\s+ngày)?|vào(?:\s+ngày)?)(?:\s+(?:thứ\s*\w+|chủ\s+nhật))?"
    rf"(?:\s+{LUNAR_DAY}(?=\s*\())?"  # `sáng 27 Tết (24/1)`: the lunar day first, the solar one in brackets
    r"\s*[,(]?\s*(?:thứ\s*\w+\s*,?\s*)?"
    r"(?:ngày\s+)?$",
    re.IGNORECASE,
)


def resolve(day: int, month: int, year: int | None, anchor: date | None, context_year: int | None,
            ahead: int = 14) -> date | None:
    """A day and month become a date: the year as written, else the latest year that does
    not put the meeting more than a fortnight (`ahead` days) after the page date, else the context's year."""
    if year:
        return _safe(year, month, day)
    if anchor:
        found = _safe(anchor.year, month, day)
        if found and found > anchor + timedelta(days=ahead):
            found = _safe(anchor.year - 1, month, day)
        return found
    if context_year:
        return _safe(context_year, month, day)
    return None


def meeting_dates(sentence: str) -> list[tuple[int, int, int | None, int, int]]:
    """(day, month, year, start, end) of each date-like expression introduced by a time word."""
    out = []
    for m in DAY_MONTH.finditer(sentence):
        if m.group(2):  # a range `12-13/3`, `từ ngày 2 đến 6/10` starts on its first day
            day, month, year = int(m.group("first") or m.group(2)), int(m.group(4)), m.group(5)
        else:
            day, month, year = int(m.group("wfirst") or m.group(7)), int(m.group(8)), m.group(9)  # `ngày 16 đến ngày 18 tháng 7`
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        before = sentence[max(0, m.start() - 40): m.start()]
        if not LEAD.search(before) and not (m.group(7) and LEAD.search(before + " ngày ")):
            continue
        if not year and (until := _RANGE_END.match(sentence, m.end())):
            year = until.group(1)  # `từ ngày 20/10 - 12/12/2025`: the range's year is the first day's too
        out.append((day, month, int(year) if year else None, m.start(), m.end()))
    return out


_REVIEW_YEAR = re.compile(r"(?:tổng kết|sơ kết|đánh giá|tình hình)[^.;]{0,120}?năm\s+(\d{4})\s*,?\s*"
                          r"(?:và\s+)?(?:triển khai|phương hướng|dự kiến|kế hoạch|nhiệm vụ)[^.;]{0,40}?năm\s+(\d{4})",
                          re.IGNORECASE)
# a year is named as `năm 2023` or inside a full date (`ngày 14-6-2024`, `12/4/2021`)
_FULL_DATE = r"(?<![\d/.\-])(?P<day>\d{1,2})\s*[/.\-]\s*(?P<month>\d{1,2})\s*[/.\-]\s*(?P<year>\d{4})\b"
# `năm 2009`, `tháng 9/2009`, `quý I/2016`, the spring a Tết visit is for (`Xuân Nhâm Dần 2022`, `Tết Nguyên đán Nhâm Dần 2022`),
# the feast a visit greets (`nhân dịp Giáng sinh 2018`, `Đại lễ Phật đản 2021`)
# (greeted: `nhân dịp`, `chúc mừng`; not the one a meeting prepares, `chuẩn bị Đại lễ Phật đản 2025`)
_FEAST = r"(?:Giáng\s+sinh|Noel|Phật\s+đản|Vu\s+lan|Phục\s+sinh)"
_GREETED = rf"(?:nhân\s+dịp|chúc\s+mừng|mừng)\s+(?:mùa\s+|lễ\s+|Đại\s+lễ\s+)?{_FEAST}(?:\s+năm)?"
_YEAR = re.compile(rf"\b(?:năm|tháng\s+\d{{1,2}}\s*[/.\-]|quý\s+(?:[IV]{{1,3}}|\d)\s*[/.\-]"
                   rf"|(?:Xuân|Tết(?:\s+Nguyên\s+đán)?)(?:\s+(?-i:[A-ZĐ])\w*){{1,2}}|{_GREETED})\s*(\d{{4}})\b"
                   rf"|{_FULL_DATE}", re.IGNORECASE)
# a part of a year a meeting reviews, held within that year (`6 tháng đầu năm 2020`, `quý I năm 2019`, `tháng 8-2018`)
_PERIOD_YEAR = re.compile(r"(?i:(?:\d|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối))?\s+năm\s+(\d{4})|quý\s+\w+\s+năm\s+(\d{4})"
                          r"|tháng\s+\d{1,2}\s*(?:[/-]|năm)\s*(\d{4}))")


def period_year(name: str) -> int | None:
    """The year of the period a meeting's name says it reviews (`Hội nghị ... 6 tháng đầu năm 2020`: 2020)."""
    period = _PERIOD_YEAR.search(name)
    return int(period.group(period.lastindex or 1)) if period else None


# the year of the work a meeting's name says it deploys or sums up (`Hội nghị triển khai công tác năm 2024`,
# `tổng kết công tác năm 2023`)
_WORK_YEAR = re.compile(r"(?i:(?P<kind>triển\s+khai|tổng\s+kết)(?:\s+[^\s\d]+){0,6}?\s+năm\s+(?P<year>\d{4}))(?!\d)")


def work_year(name: str, month: int) -> int | None:
    """The year a meeting so named is held in a given month: a year's work is deployed early that year or late the
    year before (`triển khai ... năm 2024` on 5/1: 2024), summed up late that year or early the next (`tổng kết
    ... năm 2023` on 5/1: 2024)."""
    work = _WORK_YEAR.search(name)
    if work is None:
        return None
    year = int(work.group("year"))
    if work.group("kind").lower().startswith("tổng"):
        return year if month >= 7 else year + 1
    return year if month <= 6 else year - 1


# a year a plan, a target or a life names is not the year the article speaks of
_PLANNED = re.compile(r"(?:(?<![\w])(?<!phát\s)sinh|kết\s+nạp|vào\s+Đảng|thành\s+lập|từ|dự\s+kiến|kế\s+hoạch|phương\s+hướng|"
                      r"tốt\s+nghiệp|nhập\s+ngũ|(?:chính\s+thức\s+)?(?:làm\s+việc|công\s+tác)\s+tại|"  # a career's years
                      r"mục\s+tiêu|định\s+hướng|đến|tầm\s+nhìn|giai\s+đoạn|nhiệm\s+kỳ|tới|sau|trước|"
                      # `tăng 0,4% so với cùng kỳ năm 2020`: a year compared with, before the one reported
                      r"(?<![\w])cùng\s+(?:kỳ|kì|thời\s+điểm))(?:\s+\S+){0,4}\s+$",
                      re.IGNORECASE)


# older years in a news text are history (`vào Đảng năm 1975`), never the year of the report
FIRST_NEWS_YEAR = 1990


@lru_cache(maxsize=256)  # asked once per date in an article: scan the article once
def context_year(text: str, month: int | None = None, day: int | None = None) -> int | None:
    """The year an undated article speaks of: `tổng kết năm 2022, triển khai nhiệm vụ năm 2023`
    is held late in 2022 or early in 2023; otherwise the year most often named, in words or in a
    full date, leaving out the years of plans and targets (`dự kiến ... năm 2018`, `đến năm 2030`).
    A day that year would fall before a document the text cites (`Ngày 6/2, ... theo Kết luận số
    121-KL/TW ngày 24/01/2025`) is in the next year."""
    year = _most_named_year(text, month)
    if year is None or month is None or day is None:
        return year
    cited = max((d for d in _cited_days(text) if d.year == year + 1), default=None)  # (cached per text)
    here, next_year = _safe(year, month, day), _safe(year + 1, month, day)
    if cited and here and next_year and here < cited <= next_year:
        return year + 1
    # `Ngày 27/3, ... thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024`: after the document it acts on, whose year is
    # the only one the text names
    issued = [d for d in _cited_days(text, documents=True) if d.year == year]
    only = set(_years_named(text)) == {year}
    return year + 1 if issued and here and next_year and only and here < min(issued) else year


@lru_cache(maxsize=16)
def _cited_days(text: str, documents: bool = False) -> tuple[date, ...]:
    """Full dates the text gives, but not the end of a period (`đến 05/9/2028`); with `documents`, only the
    days of documents the text acts on were issued (`thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024`)."""
    out = []
    for m in _FULL_DATES.finditer(text):
        if documents and not _issued_on().search(text, max(0, m.start() - 120), m.start()):
            continue
        if not _UNTIL.search(text, max(0, m.start() - 12), m.start()):
            found = _safe(int(m.group("year")), int(m.group("month")), int(m.group("day")))
            if found:
                out.append(found)
    return tuple(out)


_FULL_DATES = re.compile(_FULL_DATE)
# a document the meeting acts on (`thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024`), not one that acts on the meeting
# (`Quyết định số 304/QĐ-TTg ngày 28/3/2023 phê chuẩn kết quả bầu ... tại Kỳ họp thứ 9`)
@lru_cache(maxsize=1)
def _issued_on() -> re.Pattern[str]:
    """The words before the day a document the text acts on was issued (its kinds: lexicon/document_kinds.tsv)."""
    kinds = "|".join(r"\s+".join(map(re.escape, row[0].split())) for row in read_tsv("document_kinds.tsv"))
    return re.compile(rf"(?:thực\s+hiện|triển\s+khai|quán\s+triệt|học\s+tập)\s+(?:các\s+)?(?:{kinds})\s+(?:số\s+)?"
                      r"\d+[^\s,;.()]*(?:\s*,?\s+của\s+[^,;.()]{2,40}?)?\s*,?\s*(?:ngày\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _most_named_year(text: str, month: int | None) -> int | None:
    m = _REVIEW_YEAR.search(text)
    if m:
        first, second = int(m.group(1)), int(m.group(2))
        if second == first + 1 and month is not None:
            return first if month >= 7 else second
        return second
    years = _years_named(text)
    if not years:
        return None
    return max(set(years), key=lambda y: (years.count(y), y))


@lru_cache(maxsize=16)
def _years_named(text: str) -> tuple[int, ...]:
    """Every year the text names, in words or in a full date, but not a plan's or a target's."""
    years: list[int] = []
    laws: list[int] = []
    for found in _YEAR.finditer(text):
        year = int(found.group(1) or found.group("year"))
        if FIRST_NEWS_YEAR <= year <= 2100 and not (found.group(1) and not _OCCASION.match(found.group(0)) and (
                _PLANNED.search(text, max(0, found.start() - 40), found.start())
                or _TARGET.search(text, max(0, found.start() - 100), found.start()))) \
                and not (found.group("year") and _UNTIL.search(text, max(0, found.start() - 12), found.start())):
            (laws if found.group(1) and _LAW_NAMED.search(text, max(0, found.start() - 80), found.start())
             else years).append(year)
    # `lấy ý kiến về dự thảo sửa đổi Hiến pháp năm 2013`: a law's year is not the news's, unless no other is named
    years = years or laws
    # an anniversary's span ends in the year it is kept (`78 năm Ngày Thương binh - Liệt sĩ (27/7/1947-27/7/2025)`)
    years.extend(int(m.group(2)) for m in _ANNIVERSARY.finditer(text) if FIRST_NEWS_YEAR <= int(m.group(2)) <= 2100)
    return tuple(years)


# (the words of a law's name, not a clause about it: `Luật Đất đai được Quốc hội thông qua đầu năm 2024` is the news's year)
_LAW_NAMED = re.compile(r"(?<![\w])(?:Hiến\s+pháp|Luật|Bộ\s+luật|Pháp\s+lệnh)"
                        r"(?:\s+(?!(?:được|đã|thông|có|từ|vào|do|của|và|đầu|cuối|giữa|trong|sau|trước|tháng|ngày)(?![\w]))"
                        r"[^\s.,;:!?()]+){0,10}?\s*$")
_ANNIVERSARY = re.compile(r"(?<![\d/.])\d{1,2}\s*([/.])\s*\d{1,2}\s*\1\s*\d{4}\s*[-–]\s*"
                          r"\d{1,2}\s*\1\s*\d{1,2}\s*\1\s*(\d{4})(?!\d)")


# `Trước thềm Xuân Nhâm Dần 2022`, `nhân dịp Giáng sinh 2018`: the year of the occasion a visit is for, no plan
_OCCASION = re.compile(rf"Xuân|Tết|{_GREETED}", re.IGNORECASE)
_UNTIL = re.compile(r"(?<![\w])(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$", re.IGNORECASE)  # `từ 05/9/2023 đến 05/9/2028`
_TARGET = re.compile(r"(?:phấn\s+đấu|mục\s+tiêu)[^.;!?]{0,90}$", re.IGNORECASE)  # `phấn đấu ... vào năm 2020`
_RELATIVE_WORDS = r"(?:(?:sáng|chiều|trưa|tối|đêm)\s+(?:hôm\s+)?(?P<when>nay|qua)|hôm\s+(?P<day>nay|qua))(?![\w])"
_RELATIVE = re.compile(rf"^\W*{_RELATIVE_WORDS}", re.IGNORECASE)
# the same words set off by commas later in the sentence (`Nhằm đánh giá ..., chiều hôm qua, ông A đã chủ trì ...`)
_RELATIVE_CLAUSE = re.compile(rf",\s*{_RELATIVE_WORDS}\s*,", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(rf"[ \t]+{_RELATIVE_WORDS}\s*,", re.IGNORECASE)  # `phiên họp X sáng nay, ...`


def relative_day(sentence: str, anchor: date) -> date | None:
    """`Sáng nay, ...` is the page's day, `Chiều qua, ...` the day before (no day written)."""
    return _relative(_RELATIVE.match(sentence) or _RELATIVE_CLAUSE.search(sentence), anchor)


def relative_day_after(text: str, pos: int, end: int, anchor: date) -> date | None:
    """The same words right after pos, set off by a comma (`Phát biểu phiên họp X sáng nay, Thủ tướng ...`)."""
    return _relative(_RELATIVE_AFTER.match(text, pos, end), anchor)


def _relative(m: re.Match[str] | None, anchor: date) -> date | None:
    if not m:
        return None
    return anchor if (m.group("when") or m.group("day")).lower() == "nay" else anchor - timedelta(days=1)
