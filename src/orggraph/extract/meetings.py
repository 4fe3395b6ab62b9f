"""Meetings: the one an article reports (held, dated against the page date, with its organizer,
chairs, speakers and attendees) and those it only names (`Hội nghị Trung ương 7 (khóa XIII)`,
`Đại hội XIV`). Roles in sentences that name no other meeting go to the reported one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from orggraph.abbreviations import expand
from orggraph.dates import (
    LUNAR_DAY,
    context_year,
    meeting_dates,
    period_year,
    relative_day,
    relative_day_after,
    resolve,
    work_year,
)
from orggraph.extract import extractor
from orggraph.extract.bodies import Body, body_at, body_at_any_case, ends_with_province, find_bodies, qualify
from orggraph.extract.patterns import (
    AND_GAP,
    CAPWORD,
    CLAUSE_OPENS,
    DISTRICT_KIND,
    FESTIVITIES,
    LIST_JOIN,
    MASS_ORGANISATION_KINDS,
    NATIONAL_CONGRESSES,
    TERM_WORD,
    UPPER,
    capitals,
    honorific_pattern,
    national_congress_years,
    place_written,
)
from orggraph.extract.spans import by_sentence
from orggraph.lexicon import read_patterns
from orggraph.model import ArticleFacts, MeetingMention, Organizer, OrgMention, PersonMention, Role, Sentence, Span
from orggraph.text import as_arabic, as_roman, key, numeral_words, ordinal

_NUM = r"(?:[IVXL]+|\d{1,2})"
# a congress's number, also in words after `thứ` (`lần thứ nhất`, `lần thứ Nhất`: a merged commune's first)
_NTH = rf"(?:{_NUM}|(?<=[tT]hứ\s)(?i:{'|'.join(numeral_words())}))"
_KHOA = rf"(?:\s*[,(]?\s*(?i:khóa|khoá|{TERM_WORD})\s+(?P<khoa>{_NUM})\s*\)?)?"
# national party congress: Đại hội XIII (của Đảng), Đại hội đại biểu toàn quốc lần thứ XIII, Đại hội Đảng toàn quốc lần thứ 13
_CONGRESS = re.compile(
    rf"(?<![\w])[Đđ]ại\s+hội\s+(?:(?i:đại\s+biểu\s+toàn\s+quốc|Đảng\s+toàn\s+quốc|toàn\s+quốc|(?:đại\s+biểu|đảng\s+viên)(?=\s+(?:lần|khóa|khoá)))\s+)?"
    rf"(?:(?i:lần\s+thứ|(?P<term>khóa|khoá|{TERM_WORD}))\s+)?"  # `Đoàn TNCS X tiến hành Đại hội khóa XVIII`: its
    # eighteenth (`Hiệp hội X tổ chức đại hội nhiệm kỳ VI`: the congress opening its sixth term)
    rf"(?P<n>{_NTH})(?![\w])(?:\s+(?P<dang>của\s+Đảng))?")
# the national congress's pattern written with no more than its number (`Đại hội đại biểu lần thứ III`, `Đại hội khóa
# XVIII` after the body holding it): a local one may be
# (`Đại hội đảng viên lần thứ IV`: a congress of all a small Party organisation's members, never the national one)
_NUMBERED_ONLY_CONGRESS = re.compile(r"[Đđ]ại\s+hội\s+(?:(?P<delegates>(?i:đại\s+biểu)\s+)|(?P<members>(?i:đảng\s+viên)\s+))?"
                                     rf"(?i:lần|khóa|khoá|{TERM_WORD})")
# a Party cell's congress (`Đại hội Chi bộ 25 nhiệm kỳ 2022-2025`, `Đại hội chi bộ trường THPT X`), named by the cell
_CELL_CONGRESS = re.compile(r"(?<![\w])[Đđ]ại\s+hội\s+(?:(?i:đảng\s+viên|điểm)\s+)?(?=[Cc]hi\s+bộ(?![\w]))")
# `Đại hội đại biểu lần thứ 1, nhiệm kỳ 2025-2030 của Đảng bộ X`: the Party organisation written after its number
_OF_PARTY = re.compile(rf"(?:\s*,?\s*\(?{TERM_WORD}\s+\d{{4}}\s*[-–]\s*\d{{4}}\)?)?\s*,?\s+của\s+(?=[Đđ]ảng\s+bộ\s)")
# `Viện X tổ chức Đại hội đại biểu Đảng bộ lần thứ II`: the congress of the Party organisation in the body holding it
_PARTY_ALONE_CONGRESS = re.compile(rf"(?<![\w])[Đđ]ại\s+hội\s+(?:(?i:đại\s+biểu)\s+)?[Đđ]ảng\s+bộ\s+lần\s+thứ\s+"
                                   rf"(?P<n>{_NTH})(?![\w])")
# `Đảng bộ X tổ chức Đại hội (đại biểu Đảng bộ), nhiệm kỳ 2025-2030`: the holder's congress, named by its term
# (`Đảng bộ X tổ chức Đại hội Đảng viên nhiệm kỳ ...`: a congress of all its members, a small organisation's)
_TERM_ONLY_CONGRESS = re.compile(r"(?<![\w])[Đđ]ại\s+hội(?:\s+(?i:đại\s+biểu|(?P<members>đảng\s+viên)))?"
                                 rf"(?:\s+(?P<party>[Đđ]ảng\s+bộ)|\s+(?P<kind>{MASS_ORGANISATION_KINDS}))?"
                                 rf"(?=\s*,?\s*{TERM_WORD}\s)")  # (`tổ chức Đại hội đại biểu, nhiệm kỳ ...`)
# the national congress's written form (not `Đảng toàn quốc`), which a national association holds too
_NATIONAL_OF = re.compile(r"[Đđ]ại\s+hội\s+(?i:đại\s+biểu\s+)?(?i:toàn\s+quốc)\s")
_OF_ANOTHER = re.compile(r"\s+của\s+(?!Đảng(?![\w]))")
# `xã Hồng Sơn tổ chức đại hội Đảng bộ lần thứ XIX`: a place holding its Party organisation's congress
# (the place opens its clause: not `Đảng bộ Trường X huyện Y đã tổ chức ...`, a body placed in it)
_PLACE_HOLDS = re.compile(rf"(?:^|,)\s*(?P<kind>(?i:{DISTRICT_KIND}))\s+(?P<place>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}})"
                          r"\s+(?:đã\s+|vừa\s+)?(?:long\s+trọng\s+)?(?:tổ\s+chức|tiến\s+hành)\s+$")
# a local party congress: Đại hội XVII Đảng bộ Thành phố (Hà Nội), Đại hội Đảng bộ tỉnh X lần thứ XX
_LOCAL_CONGRESS = re.compile(
    rf"(?<![\w])Đại\s+hội\s+(?:(?i:đại\s+biểu)\s+)?(?:(?:lần\s+thứ\s+)?(?P<n1>{_NUM})\s+)?(?P<body>[Đđ]ảng\s+bộ\s+(?:[^,.;:()]|\.(?=[^\s.,])|\([A-ZĐ][A-Za-zĐđ&]{{1,11}}\)(?=\s)|\((?:tỉnh|thành\s+phố|TP\.?)\s[^(),.;:]{{2,30}}\)(?=\s))+?)"
    rf"(?:\s+(?:lần\s+(?:thứ\s+)?|(?i:khóa|khoá)\s+)(?P<n2>{_NTH})(?![\w])|(?=\s*(?:[,;:)]|\((?![A-ZĐ][A-Za-zĐđ&]{{1,11}}\)\s)(?!(?:tỉnh|thành\s+phố|TP\.?)\s)|\.(?![^\s.,])|{TERM_WORD}|$)))")
# a congress of another body: Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai lần thứ XI
_BODY_CONGRESS = re.compile(
    # (an abbreviation given in passing, `Mặt trận Tổ quốc (MTTQ) Việt Nam`, is a word of the name; another congress
    # is not: `Đại hội Đoàn các cấp tiến tới Đại hội Đoàn Thành phố lần thứ XV` numbers the last one only)
    rf"(?<![\w])[Đđ]ại\s+hội\s+(?P<delegates>đại\s+biểu\s+)?(?P<national>toàn\s+quốc\s+)?"
    rf"(?P<body>(?:(?![Đđ]ại\s+hội\s)(?:[^\s,.;:()]|\.(?=[^\s.,]))+\s+|\([A-ZĐ&]{{2,10}}\)\s+){{1,10}}?)"
    rf"lần\s+(?:thứ\s+)?(?P<n>{_NTH})(?![\w])")
_LOCALITY_KIND = rf"(?P<kind>tỉnh|thành\s+phố|{DISTRICT_KIND})"
_LOCALITY_ONLY = re.compile(rf"{_LOCALITY_KIND}(?:\s+(?P<place>(?:[A-ZĐ]\w*)(?:\s+[A-ZĐ]\w*){{0,3}}))?\s*")
_LOCALITY_NAMED = re.compile(rf"(?<![\w]){_LOCALITY_KIND}\s+(?P<place>[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){{0,3}})")
# a congress of a body named right after it, without a number: Đại hội Hội Nông dân tỉnh X (nhiệm kỳ 2018-2023)
# (`Đại hội thành lập Hội Cựu CAND huyện X`: the congress that founds it, named so)
_ORG_CONGRESS = re.compile(r"(?<![\w])[Đđ]ại\s+hội\s+(?:(?i:đại\s+biểu)\s+|(?P<founding>(?i:thành\s+lập)\s+))?(?=[A-ZĐ])")
# bodies whose meetings are no congresses (`Đảng bộ` has its own pattern above)
_NOT_CONGRESSING = re.compile(r"Đảng|Quốc\s+hội|Chính\s+phủ|Ủy\s+ban\s+nhân\s+dân|Hội\s+đồng|Ban\s|Bộ\s|Sở\s")
_NUMERAL_WORDS = "|".join(r"\s+".join(w.split()) for w in numeral_words())  # `mười hai`: two words, one number
# a Central Committee plenum: Hội nghị Trung ương 7 (khóa XIII), Hội nghị lần thứ 12 Ban Chấp hành Trung ương khóa XII
_PLENUM = re.compile(
    rf"(?<![\w])(?i:hội\s+nghị)\s+(?:(?:(?:Ban\s+Chấp\s+hành\s+)?(?:Trung\s+ương|T\.?\s?Ư|TW)(?:\s+Đảng)?\s+(?:lần\s+thứ\s+)?(?P<n1>\d{{1,2}}))"
    rf"|(?:lần\s+thứ\s+(?P<n2>\d{{1,2}}|[IVXL]+|(?i:{_NUMERAL_WORDS})|\w+)\s*,?\s+(?:của\s+)?(?:Ban\s+Chấp\s+hành|BCH)\s+(?:Trung\s+ương|T\.?\s?Ư|TW)(?:\s+Đảng)?))(?![\w])"
    r"(?!\s+(?:Hội|Đoàn|Mặt\s+trận|Tổng\s+Liên\s+đoàn|MTTQ))"  # a mass organisation's central committee
    rf"{_KHOA}")
# a session of a kind (`kỳ họp chuyên đề`); an extraordinary or thematic one is counted apart from the regular ones
_SESSION_SORTS = r"chuyên\s+đề|bất\s+thường"
_SESSION_KINDS = rf"{_SESSION_SORTS}|thường\s+lệ"
_SORT_OF_SITTING = rf"(?:(?:{_SESSION_SORTS}) lần )?"  # in a sitting's name: `Kỳ họp bất thường lần thứ 7`
# a session of an elected body: Kỳ họp thứ 8, Quốc hội khóa XV; Phiên họp thứ 25 của Ủy ban Thường vụ Quốc hội;
# `họp Phiên thứ 6 của Ban Chỉ đạo` (capitalised after `họp`, or with its body after it: `họp phiên thứ 13 của X`,
# `họp phiên thứ hai Tiểu ban X`)
_SESSION = re.compile(r"(?<![\w])(?P<kind>(?i:kỳ\s+họp|kì\s+họp|phiên\s+họp|(?<=họp\s)kỳ"
                      r"|(?<=họp\s)(?-i:Phiên|phiên(?=\s+(?:lần\s+)?thứ\s+\S+\s+(?:của\s|[A-ZĐ])))))"
                      rf"(?:\s+(?i:(?P<sort>{_SESSION_SORTS})|thường\s+lệ|(?P<plenary>toàn\s+thể|thường\s+kỳ)))?"
                      r"\s+(?:(?:lần\s+)?thứ\s+"
                      rf"(?P<n>\d{{1,3}}|[IVXL]+|(?i:{'|'.join(numeral_words())}))(?![\w])"
                      # `Kỳ họp 13, Khoá XI`: a bare number, where a term or a comma follows it
                      r"|(?P<bare>\d{1,2})(?=\s*,?\s*(?i:khóa|khoá)\s)"
                      # `Ủy ban Kiểm tra Trung ương đã họp kỳ 29`, `Kỳ họp 26 của ...`: a bare number, not a length
                      r"|(?:(?<=[kK]ỳ\s)|(?<=họp\s))(?P<bare2>\d{1,3})(?![\w/.,-]?\d)(?!\s*(?:%|(?i:ngày|tháng|năm|giờ|phút|đại)\b)))")
_TERM = re.compile(rf"\s*,?\s*{TERM_WORD}\s+(\d{{4}})\s*[-–]\s*(\d{{4}})")
# the district a commune or ward is of, written after it between commas (`Phường 2, thị xã Ngã Năm,`)
_DISTRICT_AFTER = re.compile(rf"\s*,\s*(?P<district>(?:{DISTRICT_KIND})\s+[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,2}})(?=\s*,)")
_SESSION_TERM = re.compile(rf"\s*,?\s*(?:khóa|khoá)\s+({_NUM})(?![\w])")  # `..., khóa XVI` after a session or its body
_SESSION_BODY = re.compile(r"\s*(?:,\s*|\s+của\s+|\s+)")
# a word of a meeting's name: a dot only inside a word of capitals or digits (`Ban Thường vụ T.Ư Đoàn`, `TP.HCM`,
# `GS.TS`, `18.8`, `TP.Hồ Chí Minh`), not one a page left before the next sentence's word (`... của UBND.Tham dự có ...`)
_INNER_DOT = r"(?:(?<=[A-ZĐ])\.(?=[A-ZĐƯ]+(?![^\W\d_]))|(?<=\bTP)\.(?=[A-ZĐ])|(?<=\d)\.(?=\d))"
_NAME_WORD = rf"(?:[^\s.;:!?()]|{_INNER_DOT})+"
# kinds of meeting that name one by themselves (`chủ trì phiên tiếp công dân vào ngày 15.7.2022`)
# (`A chủ trì và cùng lãnh đạo các sở tiếp công dân định kỳ tháng 10/2024`: the day's reception of citizens)
_WHOLE_KINDS = (r"buổi\s+tiếp\s+xúc(?:\s+với)?\s+cử\s+tri|(?:buổi|phiên)\s+tiếp\s+công\s+dân"
                r"|(?<![\w])tiếp\s+công\s+dân\s+định\s+kỳ")
# what a training course is for (`lớp tập huấn cho ...`, `tổ chức tập huấn nghiệp vụ ...`)
# (`tổ chức tập huấn trực tuyến toàn tỉnh nhằm triển khai Luật X`: how and where it is held, before what it is for)
_TRAINED_FOR = (r"(?=(?:\s+(?:trực\s+tuyến|trực\s+tiếp|toàn\s+(?:tỉnh|huyện|thành\s+phố|quốc|ngành)))*"
                r"\s+(?:cho|về|nghiệp\s+vụ|kiến\s+thức|kỹ\s+năng|công\s+tác|nhằm|triển\s+khai)\s)")
_TRAINING_WORDS = r"tập\s+huấn|bồi\s+dưỡng"
_TRAINING = re.compile(rf"(?:lớp\s+)?(?:{_TRAINING_WORDS})", re.IGNORECASE)
# a meeting described in words: Hội nghị toàn quốc tổng kết ..., hội nghị giao ban trực tuyến ...
_DESCRIBED = re.compile(
    r"(?<![\w])(?<!Trung\stâm\s)(?<!Trung\stâm\s[Tt]ổ\schức\s)(?<!Cung\s)(?P<noun>(?i:hội\s+nghị|hội\s+thảo|tọa\s+đàm|diễn\s+đàn|"
    rf"lớp\s+(?:{_TRAINING_WORDS}){_TRAINED_FOR}|"
    r"buổi\s+làm\s+việc|(?:buổi\s+|cuộc\s+|phiên\s+)?họp\s+báo|(?:buổi\s+|cuộc\s+)?(?:gặp|họp)\s+mặt|buổi\s+gặp(?=\s+truyền\s+thống(?![\w]))|cuộc\s+họp|buổi\s+họp(?!\s+(?:báo|mặt)(?![\w]))|cuộc\s+làm\s+việc"
    rf"|họp(?=\s+(?:định\s+kỳ|thường\s+kỳ|thường\s+lệ|giao\s+ban|lần\s+(?:thứ|đầu)|nghe(?=\s+(?-i:[{UPPER}]))))"
    # (`Liên minh HTX tỉnh tổ chức họp Hội đồng bình chọn ...`: a body's meeting, named by the body)
    rf"|(?<=tổ\schức\s)họp(?=\s+(?:xem\s+xét|bàn|thảo\s+luận|đánh\s+giá|cho\s+ý\s+kiến|thống\s+nhất|triển\s+khai|rà\s+soát)\s"
    rf"|\s+(?-i:[{UPPER}]))"
    r"|phiên\s+họp|kỳ\s+họp|phiên\s+thảo\s+luận|phiên\s+chất\s+vấn|phiên\s+giải\s+trình|ngày\s+làm\s+việc(?=\s+thứ\s)"
    # `dự Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư ...`, `tổ chức Ngày hội an ninh Tổ quốc`
    r"|ngày\s+hội(?=\s+(?:đại\s+đoàn\s+kết|toàn\s+dân\s+bảo\s+vệ|an\s+ninh\s+Tổ\s+quốc|[“\"]))"
    rf"|{_WHOLE_KINDS}|(?:buổi\s+|cuộc\s+)?mít[\s-]+tinh|(?:buổi|cuộc)\s+đối\s+thoại"
    # `Phát biểu tại buổi trao quyết định, Thượng tá A ...`: a handing over of decisions held as a gathering
    r"|buổi\s+(?:trao|công\s+bố)(?=\s+(?:các\s+)?(?:quyết\s+định|nghị\s+quyết)(?![\w]))"
    r"|(?:buổi\s+|cuộc\s+)?hội\s+đàm(?=\s+(?:giữa|cấp\s+cao|chính\s+thức)\s)"  # `chủ trì cuộc Hội đàm giữa Đoàn A với ...`
    r"|(?<![\w])tiếp\s+công\s+dân(?=\s+định\s+kỳ)"  # a citizens' reception day
    # `chủ trì buổi tiếp và làm việc Đoàn đại biểu ...`: a reception named by whom it receives
    r"|buổi\s+tiếp(?:\s+và\s+làm\s+việc)?(?=\s+(?:với\s+)?(?:các\s+)?(?:đoàn|ông|bà|ngài|đại\s+sứ)\s)"
    # a verb held as an event (`verb`: it takes its noun, Lễ or Hội nghị, in the name): `UBND tỉnh vừa tổ chức trao quyết
    # định ...`, `Tỉnh ủy tổ chức sơ kết 10 năm thực hiện ...`, `Tỉnh ủy tổ chức bế giảng lớp Cao cấp lý luận chính trị ...`
    # (`Thủ tướng dự kỷ niệm 75 năm Ngày thành lập ...`: an anniversary attended, its ceremony)
    r"|(?:(?<=tổ\schức\s)|(?<=dự\s)(?<!từng\sdự\s)(?<!từng\svề\sdự\s)(?=kỷ\s+niệm\s+\d))(?P<verb>(?:trao|công\s+bố)(?=\s+(?:các\s+)?(?:quyết\s+định|nghị\s+quyết))"
    r"|(?:sơ\s+kết|tổng\s+kết|kỷ\s+niệm|phát\s+động|(?:bế|khai)\s+giảng|khánh\s+thành)(?=\s)"
    # `Đảng ủy X tổ chức thông báo nhanh kết quả Hội nghị Trung ương 8`: a conference held to report another
    r"|(?<!gian\stổ\schức\s)thông\s+báo\s+nhanh\s+kết\s+quả(?=\s)"  # (not `xác định thời gian tổ chức ...`: planned)
    # `Ban Chỉ đạo diễn tập tỉnh tổ chức bế mạc diễn tập khu vực phòng thủ huyện X năm 2019`: a defence exercise's
    # opening or closing, held as a ceremony
    r"|(?:bế|khai)\s+mạc(?=\s+(?:cuộc\s+)?diễn\s+tập\s)"
    # `Ủy ban MTTQ tỉnh tổ chức tập huấn cho 300 đại biểu ...`: a training course held
    rf"|tập\s+huấn{_TRAINED_FOR}"
    # `Bộ Chỉ huy BĐBP tổ chức bàn giao 2 căn nhà ...`, `tổ chức trao 100 suất học bổng ...`: a handover held
    r"|(?:bàn\s+giao|trao(?:\s+tặng)?)(?=\s+(?:\d+\s+)?(?:căn\s+|ngôi\s+|suất\s+|phần\s+)?(?:nhà|học\s+bổng|quà)(?![\w]))"
    # `Sở Công Thương tổ chức khai mạc Hội chợ Xuân 2012`: the opening of an event that is no meeting by itself
    r"|(?<!sẽ\stổ\schức\s)(?<!kiến\stổ\schức\s)(?<!bị\stổ\schức\s)(?<!để\stổ\schức\s)khai\s+mạc"
    r"(?=\s+(?-i:Hội\s+chợ|Triển\s+lãm|Tuần\s+lễ|Tuần\s+[Vv]ăn\s+hóa|Ngày\s+hội|Lễ\s+hội|Giải|Hội\s+thi|Hội\s+diễn|Liên\s+hoan"
    r"|Festival|Năm\s+Du\s+lịch|(?i:kỳ|kì)\s+thi(?=\s+tuyển))\s))"  # (`tổ chức khai mạc kỳ thi tuyển chức danh ...`)
    # `Ngày 9-1, Ban Thường vụ Tỉnh ủy X tổng kết công tác dân vận năm 2016`: a body reviewing its year, a conference
    # (after the verbs, which take `tổ chức tổng kết ...`; kept only right after a body, in described_meetings)
    r"|(?<=\s)(?P<did>(?:tổng|sơ)\s+kết)(?=\s+(?:công\s+tác|\d+\s+năm|năm|việc|hoạt\s+động|phong\s+trào|chương\s+trình))"
    r"|(?<=tổ\schức\s)hội\s+thi(?=\s)"  # `Huyện ủy tổ chức Hội thi “Dân vận khéo”`: a contest held, not one spoken of
    # `Hội thi X lần II năm 2018 do Đảng ủy Khối tổ chức vào ngày 3/10`, `Hội thi X ... được tổ chức tại ...`: told as held
    # (not one to come, not held, planned or held by habit: `sẽ`, `sắp`, `không được tổ chức`, `theo đó`, `... tới`,
    # `5 năm một lần`)
    r"|(?<!theo\sđó\s)(?<!theo\sđó,\s)(?-i:Hội\s+thi)(?=\s(?:(?!\s(?:sẽ|dự\s+kiến|chuẩn\s+bị|không|chưa|sắp)\s)[^.;])"
    r"{3,150}?\s(?:được\s+tổ\s+chức|tổ\s+chức\s+(?:vào|tại|ngày|sáng|chiều)|diễn\s+ra)(?![\w])"
    r"(?![^.;]{0,40}?\s(?:tới|một\s+lần|hằng\s+năm|hàng\s+năm)(?![\w])))"
    # `dự và chỉ đạo kiểm điểm tự phê bình và phê bình năm 2017 của Ban Thường vụ ...`: a self-criticism session
    r"|(?:(?<=dự\s)|(?<=dự\svà\schỉ\sđạo\s))kiểm\s+điểm(?=\s+(?:tự\s+phê\s+bình|tập\s+thể)\s)"
    r"|(?:(?<!chưa\stổ\schức\s)(?<!không\stổ\schức\s)(?<!kỳ\stổ\schức\s)(?<=tổ\schức\s)|(?<=\sđã\s))(?P<held>đối\s+thoại)(?=\s+với\s(?!nhau))"
    # (`UBND tỉnh tổ chức đối thoại với gần 300 doanh nghiệp`, `Bí thư A đã đối thoại với ...`, not `chưa tổ chức`,
    # `định kỳ tổ chức`, `với nhau`; `held`: matched only as held, so it needs no other word to introduce it)
    r"|(?<=tổ\schức\s)lễ(?=\s+(?:quốc\s+)?tang(?![\w]))"  # `Ban Bí thư tổ chức Lễ tang ...`, not `sang dự Lễ tang`
    r"|lễ(?=\s+(?:trao|công\s+bố|kỷ\s+niệm|khai\s+giảng|bế\s+giảng|tốt\s+nghiệp|kết\s+nạp|ký|"
    r"ra\s+mắt|phát\s+động|khánh\s+thành|đón|tuyên\s+dương|phong|truy\s+tặng|tôn\s+vinh|mít[\s-]+tinh|tưởng\s+niệm|"
    r"dâng\s+hương|dâng\s+hoa|viếng|truy\s+điệu|an\s+táng|tri\s+ân|bàn\s+giao|hợp\s+long|giao\s*,?\s+nhận\s+quân|chuyển\s+giao|khởi\s+công|khai\s+trương|"
    r"tổng\s+kết|ra\s+quân|xuất\s+quân|nhậm\s+chức|chia\s+tay|chào\s+mừng|trình\s+quốc\s+thư|"
    # the opening of a festival, a fair, a tournament (`Lễ khai mạc Festival ...`); a meeting's is that meeting
    rf"(?:khai|bế)\s+mạc(?=\s+[“\"]?(?:{FESTIVITIES}|giải)(?![\w]))))))"
    rf"(?P<rest>(?:\s+{_NAME_WORD}|\s*\([^()]{{1,30}}\)(?=\s+{_NAME_WORD})){{1,40}})")
_OWNED = re.compile(r"\s(?:quyết\s+định|nghị\s+quyết|kết\s+luận|chỉ\s+thị|quy\s+định|báo\s+cáo|đề\s+án|chương\s+trình)\s",
                    re.IGNORECASE)
_BY = re.compile(r"[^.;]{0,160}?\s(?:do)\s+")
_OF_AFTER = re.compile(r"\s+của\s+")
_NUMBERED_ALONE = re.compile(r"(?:Phiên họp|Phiên|Kỳ họp|Hội nghị)(?: lần)? thứ \S+")


@cache
def _organizer_gap() -> re.Pattern[str]:
    """What may stand between an organizer and its verb: its term, an aside, and where it is."""
    return re.compile(
        r"\s*(?:\([^()]{1,40}\))?\s*(?:,?\s*(?:khóa|khoá)\s+\w+)?(?:\s*\([^()]{1,40}\))?"
        rf"(?:,?\s*(?:{TERM_WORD}|giai\s+đoạn)\s+[\d\s–-]+)?"  # `Ban Chỉ đạo ... giai đoạn 2021-2025 họp`
        # `Đảng bộ xã X, huyện Y tổ chức ...`: the district the commune lies in; `Đảng bộ phường X, TP HCM`: its city
        rf"(?:\s*,\s*(?:(?:huyện|thị\s+xã|thành\s+phố|quận)\s+{CAPWORD}(?:\s+{CAPWORD}){{0,2}}"
        rf"|{place_written()}))?"
        # `Văn phòng Trung ương Đảng chiều nay tổ chức ...`, `UBND tỉnh sáng 5/3 tổ chức ...`: when, in passing
        r"(?:\s+(?:(?:sáng|chiều|tối|trưa)\s+)?(?:nay|qua|hôm\s+nay|(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:[/.-]\d{4})?)"
        r"(?![\w/.-]))?"
        r"(?:\s+cho\s+biết\s*,)?"  # `Công an tỉnh X cho biết, vừa tổ chức lễ ...`: its own, told by it
        r"\s*,?\s*")  # `HĐND tỉnh X khóa VIII (nhiệm kỳ 2011 - 2016) họp`


@cache
def cues() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(capitals(pattern), re.IGNORECASE) for name, pattern in read_patterns("cues.tsv")}


@dataclass
class Found:
    label: str
    start: int
    end: int
    named: bool  # a proper name (congress, plenum, session): identity by name alone
    body: str | None = None  # the body whose session it is
    host: PersonMention | None = None  # whose working session it is (`A đã có buổi làm việc với ...`)
    done: bool = False  # reported as done where it is named (`A vừa trao quyết định ...`)
    visit: bool = False  # a visit with greetings or gifts (`A đã đến thăm, tặng quà ...`): who makes it takes part


_PLACED_NAME = re.compile(rf"\s(?:tỉnh|thành\s+phố|{DISTRICT_KIND})\s|^[A-ZĐ]")  # `phụ nữ huyện X`, `Hội X`
_TERM_AFTER = re.compile(rf"\s*,?\s*\(?\s*{TERM_WORD}\s+(\d{{4}})\s*[-–]\s*(\d{{4}})\s*\)?")


def _with_term(text: str, found: Found) -> Found:
    """A congress named with its term right after its number (`Đại hội đại biểu Đảng bộ tỉnh X lần thứ XX,
    nhiệm kỳ 2020-2025`) is named so, as the press and readers name it."""
    term = _TERM_AFTER.match(text, found.end)
    if term is None:
        return found
    return Found(f"{found.label}, nhiệm kỳ {term.group(1)}-{term.group(2)}", found.start, term.end(), found.named,
                 body=found.body)


def _local_congress(body: str, number: str) -> str:
    """A local Party congress by its formal name (`Đại hội đại biểu Đảng bộ tỉnh X lần thứ XX`)."""
    return f"Đại hội đại biểu {body} lần thứ {_nth(number)}"


# the organisations besides the Party that hold numbered congresses (`Đại hội XIV Công đoàn ngành Y tế X`); not a Party
# committee nor a state body written after the Party's congress (`Sau Đại hội XIII Tỉnh ủy X đã ban hành ...`)
_CONGRESSING = re.compile(r"(?:Công\s+đoàn|Hội\s(?!đồng)|Đoàn\s+Thanh\s+niên|Liên\s+đoàn|Liên\s+hiệp|Mặt\s+trận"
                          r"|Ủy\s+ban\s+Mặt\s+trận|Tổng\s+Liên\s+đoàn)")


def _congressing_body(text: str, m: re.Match[str], sentence: Sentence) -> Body | None:
    """The organisation a numbered congress is of, written right after its number or after `của`."""
    of = _OF_ANOTHER.match(text, m.end())
    start = of.end() if of is not None else m.end() + 1 if text[m.end():m.end() + 1] == " " else None
    body = body_at(text, start) if start is not None else None
    return body if body is not None and body.end <= sentence.end and _CONGRESSING.match(body.name) else None


def _nth(number: str, numerals: Callable[[str], str] = as_roman) -> str:
    """A number as the press writes it: in words as written (`lần thứ nhất`), else in the numerals its kind of
    meeting takes (a congress's Roman, a session's Arabic)."""
    return number.lower() if number[:1].isalpha() and not number.isupper() else numerals(number)


def _term_word(written: str) -> str:
    """`khóa` as the graph writes it, or `nhiệm kỳ` where the text counts terms (an association's)."""
    return "nhiệm kỳ" if written[:1] in "nN" else "khóa"


def named_meetings(facts: ArticleFacts, sentence: Sentence,
                   orgs_in: dict[int, list[OrgMention]] | None = None) -> list[Found]:
    text, out = facts.article.text, []
    orgs_in = by_sentence(facts.orgs) if orgs_in is None else orgs_in
    for m in _CONGRESS.finditer(text, sentence.start, sentence.end):
        if _LOCAL_CONGRESS.match(text, m.start()) and re.match(r"\s+Đảng\s+bộ", text[m.end():]):
            continue
        another = _congressing_body(text, m, sentence) if not m.group("dang") else None
        if another is not None and (label := qualify(another, facts.localities, written=True)):
            # `Nghị quyết Đại hội XIV Công đoàn ngành Y tế X`, `Đại hội đại biểu toàn quốc lần thứ VI của Liên hiệp
            # Hữu nghị`: that organisation's congress, not the Party's
            out.append(Found(f"Đại hội {label} lần thứ {_nth(m.group('n'))}", m.start(), another.end, True))
            continue
        national = _NATIONAL_OF.match(m.group(0)) if not m.group("dang") else None
        holder = _organizing_body(text, m.start(), orgs_in.get(sentence.index, []), sentence) if national else None
        if holder is not None and not _NOT_CONGRESSING.match(holder.label):
            # `Hội Hữu nghị Việt Nam - X tiến hành Đại hội đại biểu toàn quốc lần thứ 2`: the association's own, its
            # number as written (not the Party's Roman)
            out.append(_with_term(text, Found(f"Đại hội đại biểu toàn quốc {holder.label} lần thứ {_nth(m.group('n'), str)}",
                                              m.start(), m.end(), True)))
            continue
        numbered = _NUMBERED_ONLY_CONGRESS.match(m.group(0)) if not m.group("dang") else None  # `Đại hội (đại biểu) lần thứ N`
        local = _organizing_body(text, m.start(), orgs_in.get(sentence.index, []), sentence, party=True) \
            if numbered else None
        if local is None and m.group(0).startswith("đ"):
            continue  # in lowercase only after the body holding it (`Hội X tiến hành đại hội đại biểu lần thứ IX`)
        if local is not None:  # `Đảng bộ tỉnh X tổ chức Đại hội đại biểu lần thứ XIV`: X's, not the national one
            party = _PARTY_OF.search(text, max(sentence.start, local.span.start - 60), local.span.start)
            # `Đảng bộ cơ quan thường trực Ban Chỉ đạo X tổ chức Đại hội lần thứ III`: the Party's body in X
            name = f"{' '.join(party.group(0).split())} {local.label}" if party else local.label
            called = f"Đại hội {name} {_term_word(m.group('term'))} {_nth(m.group('n'))}" if m.group("term") \
                else _local_congress(name, m.group("n"))
            out.append(_with_term(text, Found(called, m.start(), m.end(), True)))  # (the term as written, when it is)
            continue
        whose = _OF_PARTY.match(text, m.end()) if numbered else None
        owner = body_at_any_case(text, whose.end()) if whose else None
        if owner is not None and (name := qualify(owner, facts.localities)):
            # `Đại hội đại biểu lần thứ 1, nhiệm kỳ 2025-2030 của Đảng bộ Đặc khu Cát Hải`: that organisation's
            out.append(_with_term(text, Found(_local_congress(name, m.group("n")), m.start(), m.end(), True)))
            continue
        if m.group("term"):
            continue  # `Đại hội khóa XII` of no body that holds it: which congress, the text does not say
        if numbered and numbered.group("members"):  # `Đại hội đảng viên lần thứ IV` of a Party organisation not read
            out.append(_with_term(text, Found(f"Đại hội đảng viên lần thứ {as_roman(m.group('n'))}", m.start(), m.end(),
                                              False)))
            continue
        if (ordinal(m.group("n")) or 0) > NATIONAL_CONGRESSES:  # a commune's `Đại hội lần thứ XXIV`: named later
            out.append(Found(f"Đại hội lần thứ {as_roman(m.group('n'))}", m.start(), m.end(), False))
            continue
        held_by = cues()["organize"].search(text, max(sentence.start, m.start() - 40), m.start()) if numbered else None
        term = _TERM.match(text, m.end()) if numbered is not None else None
        if numbered is not None and ((held_by is not None and _HOLDS_VERB.search(held_by.group(0)))
                                     or (term is not None and int(term.group(1))
                                         != national_congress_years().get(ordinal(m.group("n")) or 0))):
            # `Hội X thành phố tổ chức Đại hội đại biểu lần thứ III`: its own, by a body we cannot read; so is
            # `Đại hội đại biểu lần thứ III, nhiệm kỳ 2023-2028`: not the national congress, whose term began in 1960
            delegates = "đại biểu " if numbered.group("delegates") else ""
            out.append(_with_term(text, Found(f"Đại hội {delegates}lần thứ {as_roman(m.group('n'))}", m.start(), m.end(),
                                              False)))
            continue
        out.append(Found(f"Đại hội {as_roman(m.group('n'))}", m.start(), m.end(), True))  # as the Party names it
    for alone in _PARTY_ALONE_CONGRESS.finditer(text, sentence.start, sentence.end):
        # in lowercase too after its holder (`Đảng bộ Tổng Công ty X đã tổ chức đại hội Đảng bộ lần thứ III`)
        holder = _organizing_body(text, alone.start(), orgs_in.get(sentence.index, []), sentence)
        if holder is not None:
            owner = holder.label if holder.label.startswith("Đảng bộ ") else f"Đảng bộ {holder.label}"
        elif (place := _PLACE_HOLDS.search(text[sentence.start:alone.start()])) is not None:
            # `xã Hồng Sơn tổ chức đại hội Đảng bộ lần thứ XIX`: the Party organisation of the place holding it
            owner = f"Đảng bộ {' '.join(place.group('kind').lower().split())} {place.group('place')}"
        else:
            continue
        out.append(_with_term(text, Found(_local_congress(owner, alone.group("n")), alone.start(), alone.end(), True)))
    for m in _LOCAL_CONGRESS.finditer(text, sentence.start, sentence.end):
        number = m.group("n1") or m.group("n2")
        if _PARTY_ALONE_CONGRESS.match(text, m.start()):
            continue
        body = body_at_any_case(text, m.start("body"))  # `Đại hội đảng bộ xã Tân Lợi`: the Party organisation
        label = qualify(body, facts.localities) if body else None
        if not number:  # `Đại hội Đảng bộ tỉnh Ninh Bình nhiệm kỳ 2015-2020`: placed, named by its term
            district = _DISTRICT_AFTER.match(text, body.end) if body is not None and body.province is None else None
            if district is not None and label:  # `Đại hội đại biểu Đảng bộ Phường 2, thị xã Ngã Năm, nhiệm kỳ ...`
                label = f"{label}, {' '.join(district.group('district').split())}"
            term = _TERM.match(text, district.end() if district is not None else m.end())
            if body is None or body.generic or (body.province is None and body.needs is not None and district is None) \
                    or not label:
                continue  # placed: a province, or a district or commune written with its name (`xã Tân Lợi`)
            if term:
                out.append(Found(f"Đại hội {label} nhiệm kỳ {term.group(1)}-{term.group(2)}", m.start(), term.end(), True))
            elif _CONGRESS_AT_WORK.search(text, max(sentence.start, m.start() - 40), m.start()) \
                    or _CONGRESS_HELD.match(text, body.end) \
                    or (cues()["held_after"].match(text, body.end) and CLAUSE_OPENS.search(text[sentence.start:m.start()])):
                # (`Đại hội Đảng bộ huyện X đã bầu ...` its clause's subject, not `Nghị quyết mà Đại hội X đã thông qua`)
                # `Tiếp tục chương trình làm việc của Đại hội Đảng bộ tỉnh Hà Giang`: the one under way;
                # `Đại hội Đảng bộ xã Tân Lợi diễn ra ngày 29/6/2020`: the one the article reports
                out.append(Found(f"Đại hội {label}", m.start(), body.end, False, body=None))
            continue
        if label is None:  # `Đảng bộ Thành phố` the text does not place: kept as written
            label = " ".join(m.group("body").split())
        out.append(_with_term(text, Found(_local_congress(label, number), m.start(), m.end(), True)))
    for m in _TERM_ONLY_CONGRESS.finditer(text, sentence.start, sentence.end):
        term = _TERM.match(text, m.end())
        holder = _organizing_body(text, m.start(), orgs_in.get(sentence.index, []), sentence)
        if term is None or holder is None or any(f.start <= m.start() < f.end for f in out):
            continue
        if m.group("kind") and not holder.label.startswith(" ".join(m.group("kind").split())):
            continue  # `Công đoàn X tổ chức Đại hội Công đoàn nhiệm kỳ ...`: its own, named by its kind
        owner = re.sub(r"^Đảng\s+ủy\s", "Đảng bộ ", holder.label)  # `Đảng ủy X tổ chức Đại hội`: its Party organisation's
        if not owner.startswith("Đảng bộ "):
            if m.group("party") is None and _NOT_CONGRESSING.match(owner):
                continue  # a council's or a department's meeting is no congress of its own
            owner = f"Đảng bộ {owner}" if m.group("party") else owner  # `Viện X tổ chức Đại hội Đảng bộ`: its Party's
        members = "Đảng viên " if m.group("members") else ""
        out.append(Found(f"Đại hội {members}{owner} nhiệm kỳ {term.group(1)}-{term.group(2)}", m.start(), term.end(), True))
    for m in _BODY_CONGRESS.finditer(text, sentence.start, sentence.end):
        if any(f.start <= m.start() < f.end for f in out) or re.match(r"Đảng\s+bộ|Đảng\s", m.group("body")):
            continue
        body = expand(" ".join(m.group("body").split()))
        locality = _LOCALITY_ONLY.fullmatch(body) if m.group("delegates") else None
        if locality is not None:  # `tỉnh Ninh Bình tổ chức Đại hội đại biểu tỉnh lần thứ I`: the locality's Party congress
            where = locality.group("place") or next(
                (p.group("place") for p in reversed(list(_LOCALITY_NAMED.finditer(text, sentence.start, m.start())))
                 if p.group("kind") == locality.group("kind")), None)
            organisation = f"Đảng bộ {locality.group('kind')}{' ' + where if where else ''}"
            out.append(_with_term(text, Found(f"Đại hội đại biểu {organisation} lần thứ {_nth(m.group('n'))}", m.start(),
                                              m.end(), True)))
            continue
        if not (m.group("body")[:1].isupper() and m.group(0)[:1].isupper()):
            # a body's name, not `Đại hội trình hội nghị lần thứ 12`; written in lowercase only after the body that
            # holds it (`Hội LHPN huyện X tổ chức Đại hội đại biểu phụ nữ huyện X lần thứ XII`)
            # or, as a delegates' congress of a placed people, by its own capitalised name
            # (`Đại hội đại biểu các dân tộc thiểu số tỉnh X lần thứ IV`)
            delegates_named = bool(m.group("delegates")) and m.group(0)[:1].isupper()
            organised = _organizing_body(text, m.start(), orgs_in.get(sentence.index, []), sentence) is not None
            if not _PLACED_NAME.search(body) and not (delegates_named and m.group("national") and body.endswith(" Việt Nam")):
                # (`Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ II`: the nation's, placed too)
                if organised and m.group(0)[:1].isupper():
                    # `Liên đoàn Lao động tỉnh X tổ chức Đại hội công đoàn lần XI`: its own, named as written
                    out.append(_with_term(text, Found(f"Đại hội {m.group('delegates') or ''}{body} lần thứ "
                                                      f"{_nth(m.group('n'))}", m.start(), m.end(), False)))
                continue
            introduced = m.group(0)[:1].isupper() and cues()["introduced"].search(
                text, max(sentence.start, m.start() - 40), m.start()) is not None \
                and not _PLANNED_BEFORE.search(text, sentence.start, m.start())
            if not delegates_named and not organised and not introduced:
                continue  # (`tại Đại hội thi đua yêu nước tỉnh X lần thứ VIII`: a placed congress the text attends)
            body = body[:1].upper() + body[1:] if not m.group("delegates") else body
        delegates = "đại biểu " if m.group("delegates") and not m.group("body")[:1].isupper() else ""
        delegates += "toàn quốc " if delegates and m.group("national") else ""
        place = facts.localities.near(m.start("body"), "province") \
            if body.endswith(" tỉnh") and facts.localities is not None else None
        if place is not None and place.kind == "tỉnh":  # `Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI`: the page's
            body = f"{body} {place.name}"  # province, as the headline writes it (`... tỉnh Gia Lai lần thứ XI`)
        out.append(_with_term(text, Found(f"Đại hội {delegates}{body} lần thứ {_nth(m.group('n'))}", m.start(),
                                          m.end(), True)))
    for m in _ORG_CONGRESS.finditer(text, sentence.start, sentence.end):
        # `Đại hội Hội Liên hiệp Phụ nữ tỉnh X nhiệm kỳ 2021-2026 khai mạc`, `tại đại hội Hội Nông dân tỉnh X`:
        # a placed body's congress without its number, named by the body (and its term, where written)
        org = next((o for o in orgs_in.get(sentence.index, []) if o.span.start == m.end() and not o.implied), None)
        if org is None or any(f.start <= m.start() < f.end for f in out) or _NOT_CONGRESSING.match(org.label) \
                or not (_PLACED_NAME.search(f" {org.label}") or ends_with_province(org.label)) \
                or re.match(r"\s+lần\s", text[org.span.end:]):
            continue
        founding = "thành lập " if m.group("founding") else ""
        found = _with_term(text, Found(f"Đại hội {founding}{org.label}", m.start(), org.span.end, False))
        # the congress reported: introduced (`tại đại hội ...`), held (`Hội X tổ chức Đại hội ...`), or told of as held
        # (`Đại hội X ... khai mạc`); not one spoken of (`Trung ương Đoàn duyệt Đại hội Đoàn tỉnh X`)
        opening = max(sentence.start, m.start() - 40)
        holds = cues()["holds"].search(text, opening, m.start()) is not None \
            and not cues()["planned"].search(text, opening, m.start())  # (`chuẩn bị tổ chức Đại hội X`: a plan)
        if not cues()["introduced"].search(text, opening, m.start()) and not holds \
                and not cues()["held_after"].match(text, found.end):
            continue
        out.append(Found(found.label, found.start, found.end, found.end > org.span.end))
    for m in _CELL_CONGRESS.finditer(text, sentence.start, sentence.end):
        cell = body_at_any_case(text, m.end())  # its name (a number, a hamlet, a unit): no identity beyond its article
        if cell is not None and not any(f.start <= m.start() < f.end for f in out):
            out.append(_with_term(text, Found(f"Đại hội {cell.name}", m.start(), cell.end, False)))
    for m in _PLENUM.finditer(text, sentence.start, sentence.end):
        number = as_arabic(m.group("n1") or m.group("n2"))
        plenum_term = f" khóa {as_roman(m.group('khoa'))}" if m.group("khoa") else ""
        out.append(Found(f"Hội nghị Trung ương {number}{plenum_term}", m.start(), m.end(), True,
                         body="Ban Chấp hành Trung ương"))
    for m in _SESSION.finditer(text, sentence.start, sentence.end):
        kind = " ".join(m.group("kind").split()).capitalize().replace("Kì", "Kỳ")
        kind = {"Kỳ": "Kỳ họp", "Phiên": "Phiên họp"}.get(kind, kind)  # `đã họp kỳ thứ 15`, `họp Phiên thứ 6 của X`
        # (`X đã họp phiên thứ nhất` in lowercase: the sitting of the body before, read with `họp`)
        written = m.group("n") or m.group("bare") or m.group("bare2")
        number = _nth(written, as_arabic)  # `thứ nhất` as written, `thứ VIII` as 8
        gap = _SESSION_BODY.match(text, m.end())
        body = body_at(text, gap.end()) if gap else None
        label = qualify(body, facts.localities) if body else None
        end = body.end if body and label else m.end()
        if body is not None and gap is not None and "," not in gap.group(0) and not label:  # `kỳ họp thứ 14 HĐND tỉnh,
            # khóa XVIII` on a page that never names its province (not `kỳ họp thứ 15, UBND tỉnh báo cáo ...`: after a
            # comma, the next clause's subject)
            own = _holder_at(orgs_in.get(sentence.index, ()), gap.end())
            if own is not None:
                label, end = own.label, own.span.end
            elif body.name == _COUNCIL.strip() and (council := _one_council(facts.orgs)) is not None:
                label, end = council, body.end  # `kỳ họp thứ Nhất HĐND, nhiệm kỳ ...`: the one council the page names
        if m.group("plenary") and not label:
            continue  # `khai mạc Phiên họp toàn thể lần thứ 6`: named by what it describes, not by a body before it
        if not label:  # `HĐND tỉnh X khóa XVIII khai mạc kỳ họp thứ 15`: the body before it, else after it
            near = [o for o in orgs_in.get(sentence.index, ()) if not o.implied]
            # (not where it is held: `tại trụ sở Chính phủ, Thủ tướng A chủ trì phiên họp lần thứ 16 của Hội đồng X`)
            before = [o for o in near if o.span.end <= m.start() and m.start() - o.span.end < 120
                      and not _dateline(text, o, sentence)
                      and not _NOT_THE_HOST_BEFORE.search(text, max(sentence.start, o.span.start - 20), o.span.start)]
            # `tại các Đảng bộ X` after it holds no session, nor a body in the topics it takes up after a colon
            after = [o for o in near if o.span.start >= m.end() and o.span.start - m.end() < 100
                     and cues()["session_holder"].match(o.label) and ":" not in text[m.end():o.span.start]]
            chosen = before[-1] if before else (after[0] if after else None)
            body_end = chosen.span.end if chosen else None
            label = chosen.label if chosen else None
        else:
            body_end = end
        khoa = _SESSION_TERM.match(text[body_end:body_end + 15]) if body_end else None
        term_after, convener_end = False, body_end  # (the term written after the session's number, not its body)
        if khoa and body_end == end:
            end += khoa.end()
        elif khoa is None and label and end == m.end() \
                and (cues()["session_holder"].match(label) or label.startswith(_STANDING_OF_COUNCIL)) \
                and (written_after := _SESSION_TERM.match(text[end:end + 15])) is not None:
            # `HĐND tỉnh X tổ chức kỳ họp thứ 17, khóa XVI`: the term written after the session the body before holds
            khoa, body_end, term_after = written_after, end, True
            end += written_after.end()
        if kind == "Kỳ họp" and label and label.startswith(_STANDING_OF_COUNCIL) and convener_end \
                and _CONVENES.fullmatch(text, convener_end, m.start()):
            label = label[len("Thường trực "):]  # `Thường trực HĐND tỉnh tổ chức kỳ họp thứ 35`: the council's session
        suffix = f" {label}" if label else ""
        suffix += f" khóa {as_roman(khoa.group(1))}" if khoa and label else ""
        term = _TERM.match(text, body_end + khoa.end()) if khoa and label and body_end and not term_after else None
        suffix += f", nhiệm kỳ {term.group(1)}-{term.group(2)}" if term else ""  # the term written with it
        # without its body `Phiên họp thứ 1` names nothing across articles: only the article's own
        # an extraordinary or thematic session is counted apart from the regular ones: `kỳ họp bất thường lần thứ 7`
        # is no `kỳ họp thứ 7`
        sort = f" {' '.join(m.group('sort').split()).lower()} lần" if m.group("sort") else ""
        out.append(Found(f"{kind}{sort} thứ {number}{suffix}", m.start(), end, bool(label), body=label))
    return out


_DAY_ALONE = re.compile(r"\s+thứ\s+\S+?\s*(?:[,;]\s*(?:có|với|các)\s|\.(?!\d))", re.IGNORECASE)
_WORKS_ON = re.compile(r"\s+(?:(?:đã|vừa)\s+)?(?:tiếp\s+tục|bước\s+vào|bắt\s+đầu)\s+", re.IGNORECASE)
_MEETS = re.compile(r"(?<![\w])(?<!cuộc\s)(?<!kỳ\s)(?<!phiên\s)họp\s+(?:(?:thành\s+viên|tập\s+thể|toàn\s+thể)\s+)?",
                    re.IGNORECASE)  # `họp` + the body that meets (`họp thành viên UBND tỉnh`)
# (`họp kỳ thứ 15` is a numbered session read elsewhere; `họp kỳ họp bất thường`, a session of a kind, is read here)
_MONTH = r"\s+tháng\s+\d{1,2}(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?"
_MONTHLY = rf"\s+kỳ{_MONTH}"  # `UBND tỉnh đã họp thường kỳ tháng 10`: that month's sitting, not a habit
_BODY_MET = re.compile(rf"\s(?:(?:đã|vừa|tiến\s+hành)\s+)*họp(?!\s+(?:kỳ(?!(?:\s+họp)?\s+(?:{_SESSION_KINDS}))|báo|bàn|mặt"
                       rf"|thường(?!{_MONTHLY})|định))(?![\w])")
_MET_DONE = re.compile(r"(?:đã|vừa)\s+(?:tiến\s+hành\s+)?họp", re.IGNORECASE)
_WHICH_SITTING = re.compile(r"\s+(?:phiên\s+(đầu\s+tiên|thứ\s+[^\s.,;:]+|bất\s+thường|chuyên\s+đề|toàn\s+thể"
                            rf"|thường\s+kỳ(?:{_MONTH})?)|(thường{_MONTHLY}))(?![\w])", re.IGNORECASE)


# `HĐND tỉnh khóa VIII đã họp kỳ họp bất thường`: a session of a kind, without its number
_WHICH_SESSION = re.compile(rf"\s+kỳ(?:\s+họp)?\s+({_SESSION_KINDS})(?![\w])", re.IGNORECASE)


def _organizing_body(text: str, start: int, orgs: list[OrgMention], sentence: Sentence,
                     party: bool = False) -> OrgMention | None:
    """The body written as organizing what starts at `start` (`X tổ chức khai mạc ...`); with `party`, also a
    Party organisation written right before its congress (`Đảng bộ Văn phòng UBND tỉnh Đại hội lần thứ VIII`)."""
    cue = cues()["organize"].search(text, max(sentence.start, start - 40), start)
    if cue is not None and _an_activity(cue, text, start):
        cue = None
    if cue is None:
        before = _PARTY_BEFORE.search(text, max(sentence.start, start - 120), start) if party else None
        return next((o for o in orgs if not o.implied and before and o.span.start == before.start()
                     and o.span.end <= start and not text[o.span.end:start].strip()), None)
    named = _gapped([o for o in orgs if not o.implied and o.span.end <= cue.start()], text, cue.start())
    named = [o for o in named if _may_organise(text, cue, o, sentence)]
    return min(named, key=lambda o: o.span.start) if named else None  # the whole name, not one nested in it


def _gapped(orgs: list[OrgMention], text: str, verb: int) -> list[OrgMention]:
    """The bodies written right before an organising verb; with none, a short form a longer name we cannot read
    gives in brackets (`Ban Chỉ đạo phòng, chống tội phạm ... tỉnh (Ban Chỉ đạo 138 tỉnh) tổ chức ...`), not a
    body's abbreviation or its parent in brackets after its read name (`Cục Việc làm (Bộ Nội vụ) tổ chức`)."""
    gap = _organizer_gap()
    plain = [o for o in orgs if gap.fullmatch(text[o.span.end:verb])]
    return plain or [o for o in orgs if text[o.span.start - 1:o.span.start] == "(" and text[o.span.end:o.span.end + 1] == ")"
                     and gap.fullmatch(text[o.span.end + 1:verb]) and _shortens(text, o)]


def _shortens(text: str, org: OrgMention) -> bool:
    """A name in brackets that shortens the one before it opens with that name's first words (`Ban Chỉ đạo X tỉnh
    (Ban Chỉ đạo 138 tỉnh)`), not a parent body's (`Phòng thí nghiệm X (Sở Xây dựng tỉnh Y)`)."""
    opening = " ".join(text[org.span.start:org.span.end].split()[:2])
    return len(opening.split()) == 2 and opening in " ".join(text[max(0, org.span.start - 240):org.span.start - 1].split())


# the organize cue's verbs; without them (`X đã khai mạc`) only a clause's subject opens a meeting of its own
_HOLDS_VERB = re.compile(r"tổ\s+chức|tiến\s+hành", re.IGNORECASE)


def _may_organise(text: str, cue: re.Match[str], org: OrgMention, sentence: Sentence) -> bool:
    """A body before an organize cue organises what follows; before `đã khai mạc` alone only as its clause's
    subject (`Sáng 7/4, Đảng bộ X đã khai mạc Đại hội`), not as the body of a title (`ông A, Bí thư Tỉnh ủy đã
    khai mạc`: A opened it) nor as the tail of words we cannot read."""
    return _HOLDS_VERB.search(cue.group(0)) is not None \
        or (not org.implied and CLAUSE_OPENS.search(text[sentence.start:org.span.start]) is not None)


# `VOV.VN - Tại Kỳ họp thứ 15, HĐND tỉnh X ...`, `(TTXVN) - ...`: the agency that reports, not who meets
_DATELINE = re.compile(r"(?i:\.vn)?\s*\)?\s*[-–—]\s")


def _dateline(text: str, org: OrgMention, sentence: Sentence) -> bool:
    return org.span.start - sentence.start <= 2 and _DATELINE.match(text, org.span.end) is not None


def _an_activity(cue: re.Match[str], text: str, start: int) -> bool:
    """`X tiến hành Đại hội` organises it; `X tiến hành trao quyết định`, `tiến hành giám sát`: an activity X
    carries out, which it does not organise."""
    return _CONDUCTS.search(cue.group(0)) is not None and not _SITTING_NOUN.match(text, start)


_CONDUCTS = re.compile(r"tiến\s+hành", re.IGNORECASE)
_SITTING_NOUN = re.compile(r"(?i:đại\s+hội|hội\s+nghị|kỳ\s+họp|kì\s+họp|phiên\s+họp)(?![\w])")
# the Party organisation's words written before the body it sits in, in lowercase (`Đảng bộ cơ quan thường trực`)
_PARTY_OF = re.compile(r"(?<![\w])Đảng\s+bộ(?:\s+[a-zđàáâãèéêìíòóôõùúýăĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]+)*\s+$")
# a Party organisation's name ending right where its congress is written
_PARTY_BEFORE = re.compile(r"(?<![\w])Đảng\s+bộ\s[^,.;:]*?\s+$")
_COMMA = re.compile(r"\s*,\s*")
# `Tại phiên họp chiều ngày 14/10, Ban Chấp hành ... đã ...`: the sitting's time between it and the body that sits
_TIMED_COMMA = re.compile(r"(?:\s+(?i:sáng|chiều|tối|trưa))?(?:\s+(?i:ngày))?"
                          r"\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,\s*")
_STANDING_OF_COUNCIL = "Thường trực Hội đồng nhân dân"
# what lies between a council's standing body and the session it convenes: unlike the organize cue, `triệu tập` too
_CONVENES = re.compile(r"(?:\s*,?\s*(?:khóa|khoá)\s+\w+)?\s+(?:đã\s+|vừa\s+)?(?:tổ\s+chức|triệu\s+tập|khai\s+mạc)\s+",
                       re.IGNORECASE)
# a session named by its kind alone (`tại kỳ họp chuyên đề, HĐND tỉnh X khóa 19 đã ...`)
_BARE_SESSION = re.compile(r"(?i:kỳ\s+họp|phiên\s+họp)(?:\s+(?i:chuyên\s+đề|bất\s+thường|thường\s+lệ|thường\s+kỳ))?")
# a plenum named by its number alone
_NUMBERED_ONLY = re.compile(r"(?i:hội\s+nghị|phiên\s+họp)(?:\s+(?i:toàn\s+thể|thường\s+kỳ))?\s+"
                            r"(?P<nth>(?i:lần\s+thứ\s+\S+|đầu\s+tiên))")


# where a name breaks off: a semicolon, a colon, a dot but an inner one
_NAME_BREAK = re.compile(rf"[;:]|(?!{_INNER_DOT})\.")


def _named_after(text: str, pos: int, sentence: Sentence, orgs: list[OrgMention]) -> str:
    """What names a meeting from pos: up to where a meeting's name stops, or the clause's end."""
    rest = text[pos:sentence.end]
    stop = _name_stop(rest, pos, orgs)
    rest = _NAME_BREAK.split(rest[:stop] if stop is not None else rest)[0]
    return _before_topic(rest, pos, orgs).rstrip(" ,")


_LIST_NEXT = re.compile(r"[\s,]+(?:bao\s+)?gồm(?:\s+có)?\s*$")  # `... đối với 03 đảng bộ, gồm:`: the list it names next


def _before_topic(rest: str, pos: int, orgs: list[OrgMention]) -> str:
    """A meeting's name written from pos, up to where its topic begins: after its number or term (`... Đảng bộ
    tỉnh khóa XIV thực hiện ...`), after its month (`... tháng 8 trực tuyến tới các huyện`) or after a body
    (`cuộc họp của Ban Thường vụ Tỉnh ủy X lấy ý kiến về ...`), or before the list it names (`..., gồm:`)."""
    topic = cues()["name_end"].search(rest)
    rest = rest[:topic.end()] if topic else rest
    ends = sorted({m.end() for m in cues()["name_marker"].finditer(rest)}
                  | {o.span.end - pos for o in orgs if pos < o.span.start and o.span.end - pos <= len(rest)})
    cut = next((end for end in ends if cues()["name_topic"].match(rest, end)), None)
    return _LIST_NEXT.sub("", rest[:cut] if cut is not None else rest)


_DECISION_SUBJECT = re.compile(r"\s+về\s+việc\s")
_ANNOUNCED_DECISION = re.compile(r"^\s*(?:(?:công\s+bố|trao)\s+(?:và\s+trao\s+)?(?:các\s+)?[Qq]uyết\s+định)(?:\s+số\s+\S+)?"
                                 r"(?:\s+của\s+[^,.;:]+?)?$")


def _name_stop(rest: str, offset: int, orgs: list[OrgMention]) -> int | None:
    """Where a described meeting's name stops; a comma between two bodies coordinates them
    (`công bố quyết định của Ban Thường vụ Tỉnh ủy, UBND tỉnh về ...`), it does not end the name."""
    audience = next((a.start() for a in cues()["name_audience"].finditer(rest) if len(rest[:a.start()].split()) >= 2
                     and not cues()["partner_verb"].search(rest, 0, a.start())), None)
    at = 0
    while (stop := cues()["name_stop"].search(rest, at, len(rest) if audience is None else audience)) is not None:
        if _DECISION_SUBJECT.match(rest, stop.start()) and _ANNOUNCED_DECISION.search(rest, 0, stop.start()):
            at = stop.end()  # `Lễ công bố quyết định của Bộ trưởng về việc bổ nhiệm ...`: the decision's subject names it
            continue
        if rest[stop.start()] == ",":
            after = next((o for o in orgs if o.span.start == offset + stop.end() and not o.implied), None)
            if after and any(o.span.end == offset + stop.start() and o.span.start > offset + 1 for o in orgs):
                at = after.span.end - offset  # (`Hội nghị Ban Thường vụ Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh`: two meetings)
                continue
        return stop.start()
    return audience


def _someone_named(text: str, start: int, end: int) -> int:
    """A described meeting's name ends where a titled person's is written (`Cũng tại kỳ họp Chủ tịch UBND
    TP A đọc tờ trình`): the length of the name before it."""
    from orggraph.extract.people import name_pattern
    from orggraph.extract.titles import title_at, title_pattern

    for head in title_pattern().finditer(text, start, end):
        if not head.group(0)[:1].isupper() or (title := title_at(text, head.start())) is None:
            continue
        while (joint := _TITLE_JOINT.match(text, title.end)) and (more := title_at(text, joint.end())) is not None:
            title = more  # `Dự Kỳ họp Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh A`: a chain of titles, then the name
        if name_pattern().match(text, title.end + 1):
            return len(text[start:head.start()].rstrip())
    return end - start


_TITLE_JOINT = re.compile(r"\s*[,–-]\s*")
# what kind of session, between `kỳ họp` and its body (`kỳ họp bất thường HĐND tỉnh`)
_SESSION_KIND = re.compile(rf"\s*(?:(?:{_SESSION_KINDS}|thường\s+kỳ|cuối\s+năm|giữa\s+năm)\s+)?", re.IGNORECASE)


def _described(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Each meeting noun and what follows it; the next search starts after the noun, not after the
    40 words taken with it (`sau khi tổ chức Lễ A, X tiếp tục Hội nghị B`: B is a meeting too)."""
    while (m := _DESCRIBED.search(text, start, end)) is not None:
        yield m
        start = m.start() + len(m.group("noun"))


_OWN_SITTING = re.compile(r"(?i:phiên\s+(?:họp\s+)?chính\s+thức)")
_HANDOVER_SITTING = re.compile(r"(?i:buổi\s+(?:trao|công\s+bố))")
_HANDOVER_NAMED = re.compile(r"(?<![\w])(?i:lễ|hội\s+nghị)\s+(?:trao|công\s+bố)(?:\s+(?:và\s+)?(?:trao|công\s+bố))?\s+"
                             r"(?:các\s+)?(?i:quyết\s+định|nghị\s+quyết)")
_WITHIN = re.compile(r"(?<![\w])trong\s+(?:buổi\s+)?$", re.IGNORECASE)
_SITTING_ALONE = re.compile(r"(?i:phiên\s+họp|cuộc\s+họp)")
_PHOTO_COUNTER = re.compile(r"\s+ảnh\s+\d{1,2}$|\s+[-–]\s*(?i:ảnh)$")  # `... ảnh 2`, `... - Ảnh: VGP`: a caption's
_WHOLE_NOUN = re.compile(rf"(?i:{_WHOLE_KINDS})")
_PRESIDED = re.compile(r"(?<![\w])(?<!sẽ\s)chủ\s+trì(?![\w])", re.IGNORECASE)
_CHAIRED_BY = re.compile(r"(?i:dưới\s+sự\s+(?:chủ\s+trì|điều\s+hành)\s+của)\s[^.;]{3,120}?,\s+")
_AFTER_NAME = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*")


def _holder_at(orgs: Iterable[OrgMention], pos: int) -> OrgMention | None:
    """The body written (not implied) at pos that holds sessions (`kỳ họp thứ 14 HĐND tỉnh`, `họp Thường trực Chính phủ`)."""
    return next((o for o in orgs if o.span.start == pos and not o.implied and cues()["session_holder"].match(o.label)),
                None)


def _sitting_after(text: str, pos: int, orgs: list[OrgMention]) -> OrgMention | None:
    """The first body after pos that holds sessions and acts in one (`..., Ủy ban Thường vụ Quốc hội nghe ...`)."""
    return next((o for o in orgs if o.span.start >= pos and not o.implied
                 and cues()["session_holder"].fullmatch(o.label.split(" (")[0])
                 and cues()["session_acts"].match(text, _past_brackets(text, o.span.end))), None)


def _past_brackets(text: str, pos: int) -> int:
    """Past an abbreviation in brackets right after pos (`Ủy ban Thường vụ Quốc hội (TVQH)`) and the space after it."""
    after = _AFTER_NAME.match(text, pos)
    return after.end() if after else pos


_OF_A_BODY = re.compile(r"\s*của\s+")
_DELEGATION_OF = re.compile(r"(?<![\w])(?i:đoàn)(?:\s+[^\s,.;:]+){0,3}\s+của\s+$")  # the visitors' owner
_PURPOSE = re.compile(r"\s+(?:để|nhằm|với\s+chủ\s+đề\s*:?)\s+", re.IGNORECASE)  # (`tổ chức hội thảo với chủ đề “X”`)
_CONVENED = re.compile(r"(?<![\w])(?:tiến\s+hành|tổ\s+chức|triệu\s+tập)\s+$", re.IGNORECASE)  # not `tại hội nghị để ...`
_SESSIONS = ("Kỳ họp", "Phiên họp")
_AROUND = re.compile(r"(?<![\w])(?:sau|trước)\s+$")  # a meeting held before or after a session, named by it
_FESTIVAL = re.compile(r"(?i:ngày\s+hội)")
_FESTIVAL_JOINED = re.compile(r"(?<![\w])(?:dự|chung\s+vui|tổ\s+chức|khai\s+mạc|tại|với)\s+[“\"]?$", re.IGNORECASE)
_AT_PLACE = re.compile(r"\s+tại\s+")
# `..., quận Ba Đình, thành phố Hà Nội`: the units a place lies in add no words to what the name says
_PLACE_TAIL = re.compile(r"(?:\s*,\s*(?:phường|xã|thị\s+trấn|quận|huyện|thị\s+xã|thành\s+phố|tỉnh|TP\.?)\s+[A-ZĐ]\w*"
                         r"(?:\s+[A-ZĐ0-9]\w*){0,3})+\s*$")


def _reviewing_body(text: str, pos: int, orgs: list[OrgMention], sentence: Sentence) -> OrgMention | None:
    """A body written right before pos, as the subject of its sentence on a day the sentence gives (`Ngày 9-1, Ban
    Thường vụ Tỉnh ủy X tổng kết ...`), not one spoken of inside a clause (`... của UBND tỉnh tổng kết ...`)."""
    end = len(text[:pos].rstrip())
    body = next((o for o in orgs if o.span.end == end and not o.implied), None)
    if body is None or _SUBJECT_OPENS.fullmatch(text, sentence.start, body.span.start) is None \
            or not meeting_dates(sentence.text):
        return None
    return body


# what may stand before a sentence's subject: nothing, or its day (`Ngày 9-1, `, `Sáng 12/3, tại X, `)
_SUBJECT_OPENS = re.compile(r"\s*(?:[^,;.]{0,40},\s*)?(?:tại\s+[^,;.]{2,40},\s*)?")


def described_meetings(text: str, sentence: Sentence, taken: list[Found], orgs: list[OrgMention]) -> list[Found]:
    out: list[Found] = []
    for m in _described(text, sentence.start, sentence.end):
        if any(f.start <= m.start() < f.end for f in [*taken, *out]):
            continue
        reviewer = _reviewing_body(text, m.start(), orgs, sentence) if m.group("did") else None
        if m.group("did") and reviewer is None:
            continue  # `tổng kết công tác ...` said of no body right before it (`... để tổng kết ...`)
        if _HANDOVER_SITTING.match(m.group("noun")) and _HANDOVER_NAMED.search(text):
            continue  # `buổi trao quyết định` after `Hội nghị công bố quyết định ...`: that meeting again
        rest = m.group("rest")
        stop = _name_stop(rest, m.start("rest"), orgs)
        if stop is not None and _FESTIVAL.match(m.group("noun")) and (at := _AT_PLACE.match(rest, stop)) is not None:
            # a festival is named by where it is held (`Ngày hội ... tại khu 2, xã Minh Côi`): a place, no more
            further = _name_stop(rest[at.end():], m.start("rest") + at.end(), orgs)
            place = rest[at.end():] if further is None else rest[at.end():at.end() + further]
            if len(place.split()) <= 12:
                stop = at.end() + len(place) if further is not None else None
        rest = rest[: stop] if stop is not None else rest
        if _FESTIVAL.match(m.group("noun")) and (len(_PLACE_TAIL.sub("", rest).split()) > 20 or not _FESTIVAL_JOINED.search(
                text, max(sentence.start, m.start() - 30), m.start())):
            continue  # a festival attended or held, not one spoken of (`Ngày hội ... là dịp để nhân dân ...`)
        rest = rest[: _someone_named(text, m.start("rest"), m.start("rest") + len(rest))]
        rest = re.sub(r"[\s,]+$", "", _before_topic(rest, m.start("rest"), orgs))
        # `Quang cảnh buổi làm việc - Ảnh: X`: a caption names the page's meeting by its noun alone, credited
        captioned = _PHOTO_COUNTER.search(rest) is not None
        rest = _PHOTO_COUNTER.sub("", rest)  # `[Ảnh] Thủ tướng dự Hội nghị X ảnh 2`: a gallery's caption, numbered
        if rest.count("”") > rest.count("“") and text[m.start() - 1:m.start()] == "“":
            rest = rest.replace("”", "", 1)  # `tổ chức “Ngày hội X” năm 2025`: the title's quotes, opened before it
        quote = "”" if rest.count("“") > rest.count("”") else '"' if rest.count('"') % 2 else None
        if quote is not None:  # `Hội thảo khoa học Đề tài “Giải pháp nhằm ...”`: a title named whole
            close = text.find(quote, m.start("rest") + len(rest), min(sentence.end, m.start("rest") + 600))
            rest = text[m.start("rest"):close + 1] if close >= 0 else rest
        aim = _PURPOSE.match(m.group("rest")) if len(rest.split()) < 2 and _CONVENED.search(
            text, max(sentence.start, m.start() - 30), m.start()) else None
        if aim is not None:  # `tiến hành cuộc họp để triển khai Kế hoạch giám sát`: named by what it is for
            what = m.group("rest")[aim.end():]
            aim_stop = _name_stop(what, m.start("rest") + aim.end(), orgs)
            what = " ".join(what[:aim_stop].split()) if aim_stop is not None else " ".join(what.split())
            rest = f" {what}" if 2 <= len(what.split()) <= 15 else rest
        before = text[max(sentence.start, m.start() - 40): m.start()]
        organised = cues()["organize"].search(before) is not None or bool(m.group("did"))
        introduced = m.group("noun")[0].isupper() or organised or bool(cues()["introduced"].search(before)) \
            or bool(m.group("held")) \
            or bool(out and AND_GAP.fullmatch(text, out[-1].end, m.start())) \
            or bool(_WITHIN.search(before) and meeting_dates(text[m.end("noun"):min(sentence.end, m.end("noun") + 80)])) \
            or bool(_WHOLE_NOUN.fullmatch(m.group("noun")) and meeting_dates(sentence.text)
                    and _PRESIDED.search(text, sentence.start, m.start()))
        # (`hội nghị A và hội nghị B`; `A yêu cầu ... trong cuộc họp thường kỳ diễn ra sáng 7/10`: one its day
        # follows, not `ngại phát biểu trong hội nghị kiểm điểm`, a kind of meeting, nor `trong hội nghị năm ngoái`;
        # a kind that names a meeting by itself, presided over on a day the sentence gives: `Ngày 29/10, A chủ trì và
        # cùng lãnh đạo các sở tiếp công dân định kỳ`, not a schedule: `phân công ĐBQH tiếp công dân định kỳ năm 2020`)
        # `Hội nghị tổ chức theo hình thức trực tuyến`: the meeting spoken of, by what follows the cut name
        whose = _OF_A_BODY.match(rest)  # `chủ trì cuộc làm việc của Ban Thường vụ Tỉnh ủy`: the body's own
        owned = whose is not None and (m.group("noun")[0].isupper() or cues()["holds"].search(before) is not None) \
            and any(o.span.start == m.start("rest") + whose.end() and not o.implied for o in orgs)
        if not rest.strip() and _SITTING_ALONE.fullmatch(m.group("noun")) \
                and (holder := _organizing_body(text, m.start(), orgs, sentence)) is not None \
                and cues()["session_holder"].match(holder.label):
            # `Thường trực HĐND tỉnh X tổ chức phiên họp và thống nhất ...`: a sitting named by nothing but its body
            noun = " ".join(m.group("noun").split()).capitalize()  # `Phiên họp X`, `Cuộc họp X`
            out.append(Found(f"{noun} {holder.label}", m.start(), m.start() + len(m.group("noun")), False,
                             body=holder.label))
            continue
        whole = _WHOLE_NOUN.fullmatch(m.group("noun")) is not None
        if (not owned and ((cues()["anaphor"].match(rest) and not whole) or cues()["anaphor"].match(m.group("rest")))) \
                or (len(rest.split()) < 2 and not whole and not captioned) or not introduced:
            continue  # (`chủ trì phiên tiếp công dân vào ngày 15.7.2022`: a kind that names the meeting by itself)
        if _OWN_SITTING.fullmatch(f"{m.group('noun')}{rest}") and any(
                t.label.startswith("Đại hội") and t.end <= m.start() for t in taken):
            continue  # `Đại hội X ... diễn ra phiên họp chính thức`: the congress's own sitting, the congress
        if cues()["acts_next"].match(m.group("rest")) and not organised:
            continue  # `Hội nghị tập trung thảo luận ...`: the meeting spoken of does something, it is named elsewhere
        if _TRAINING.match(m.group("noun")) and not meeting_dates(sentence.text):
            continue  # `Năm 2024, Hội đã tổ chức tập huấn cho 2.000 lượt hội viên`: a year's total or a plan, no course
        noun = "Cuộc họp" if m.group("noun").lower() == "họp" else m.group("noun")  # `tổ chức họp định kỳ`
        if m.group("verb") or m.group("did"):
            # `tổ chức trao quyết định ...`, `tổ chức kỷ niệm/phát động ...`: a ceremony; `tổ chức tổng kết ...`: a conference
            kind = "Hội nghị" if noun[-3:].lower() == "kết" or noun.lower().startswith("thông báo") \
                else "Lớp" if _TRAINING.match(noun) else "Lễ"
            noun = f"{kind} {noun.lower()}"
        end = m.start() + len(m.group("noun")) + len(rest)
        inner = next((t for t in taken if m.start("rest") < t.start < end < t.end and t.label.startswith(_SESSIONS)
                      and _AROUND.search(text, m.start("rest"), t.start)), None)
        if inner is not None:  # `hội nghị tiếp xúc cử tri sau kỳ họp thứ 10, Quốc hội khóa XV`: after that session, whole
            rest = f"{text[m.start('rest'):inner.start]}{inner.label[0].lower()}{inner.label[1:]}"
            end = inner.end
        label = f"{noun[0].upper()}{noun[1:]}{rest}"
        own = [o for o in orgs if m.start() < o.span.start and o.span.end <= end and not o.implied] \
            if re.match(r"(?i:kỳ|kì|phiên)", m.group("noun")) else []  # `kỳ họp thường lệ ... HĐND tỉnh`: its session
        if own and _SESSION_KIND.fullmatch(text, m.start() + len(m.group("noun")), own[0].span.start):
            # `tại kỳ họp (bất thường) HĐND thành phố biểu quyết ...`: the name is the session's body, what follows is
            # what it did
            cut = _organizer_gap().match(text, own[0].span.end)
            stop = cut.end() if cut else own[0].span.end
            if cues()["session_acts"].match(text, stop):
                label, end = f"{noun[0].upper()}{text[m.start() + 1:own[0].span.end]}", own[0].span.end
        if re.fullmatch(r"(?i:cuộc\s+họp|họp)", m.group("noun")):  # `Cuộc họp tập thể UBND tỉnh`: the body's own
            noun_end = m.start() + len(m.group("noun"))
            own = [o for o in orgs if noun_end < o.span.start and o.span.end <= end and not o.implied
                   and cues()["own_session"].match(text[noun_end:o.span.start])
                   and cues()["session_holder"].match(o.label)][:1]
        if re.match(r"(?i:ngày)", m.group("noun")):  # `Quốc hội tiếp tục ngày làm việc thứ sáu`: the body's day at work
            own = [o for o in orgs if not o.implied and _WORKS_ON.fullmatch(text, o.span.end, m.start())
                   and cues()["session_holder"].match(o.label)]
            if not own and _DAY_ALONE.match(text, m.end("noun")):
                continue  # `Tham dự ngày làm việc thứ nhất, có ...`: a day of the meeting reported, no meeting of its own
        subject = (_COMMA.match(text, end) or _TIMED_COMMA.match(text, end)) \
            if _NUMBERED_ONLY.fullmatch(label) or _BARE_SESSION.fullmatch(label) else None
        holder = _holder_at(orgs, subject.end()) if subject else None
        if holder is not None:  # `Tại hội nghị lần thứ nhất, Ủy ban MTTQ tỉnh khóa XI đã ...`: that body's plenum or session
            label, own = f"{label} {holder.label}", [holder]
        out.append(Found(" ".join(label.split()), m.start(), end, False,
                         body=own[0].label if own else reviewer.label if reviewer else None))
    for m in _MEETS.finditer(text, sentence.start, sentence.end):  # `chủ trì họp Thường trực Chính phủ với ...`
        holder = _holder_at(orgs, m.end())
        if holder is None or any(f.start <= m.start() < f.end for f in [*taken, *out]):
            continue
        rest = _named_after(text, m.end(), sentence, orgs)
        out.append(Found(f"Cuộc {' '.join((text[m.start():m.end()] + rest).split())}", m.start(), m.end() + len(rest),
                         False, body=holder.label))
    met = _BODY_MET.search(text, sentence.start, sentence.end)
    if met and not out and not any(f.start < met.start() or f.start - met.end() <= 3 for f in taken):
        # (`X đã họp Kỳ thứ 41`: the session named right after it)
        # `ngày 20-10, Ban Thường vụ Tỉnh ủy đã họp`; `Thường trực HĐND huyện họp thống nhất chương trình Kỳ họp thứ nhất`
        bodies = _gapped([o for o in orgs if o.span.end <= met.start() and not o.implied], text, met.start())
        which = _WHICH_SITTING.match(text, met.end())
        sitting = which or _WHICH_SESSION.match(text, met.end())
        if bodies and sitting:  # `HĐND tỉnh X khóa XIII đã họp phiên đầu tiên`: its first sitting
            label = f"Phiên họp {' '.join(sitting.group(sitting.lastindex or 1).split())}" if which else \
                f"Kỳ họp {' '.join(sitting.group(1).lower().split())}"
            holder = bodies[-1].label
            if not which and holder.startswith(_STANDING_OF_COUNCIL):
                holder = holder[len("Thường trực "):]  # `Thường trực HĐND tỉnh họp kỳ họp chuyên đề`: the council's
            out.append(Found(f"{label} {holder}", bodies[-1].span.start, sitting.end(), False, body=holder))
        elif bodies and not re.match(r"\s+phiên(?![\w])", text[met.end():]):
            purpose = " ".join(_named_after(text, met.end(), sentence, orgs).split())
            named = f"Cuộc họp {purpose}" if purpose[:1].islower() and len(purpose.split()) >= 2 \
                and not cues()["speak"].match(purpose) \
                else f"Cuộc họp {bodies[-1].label}"  # `họp thống nhất nội dung, chương trình ...`: by its purpose
            if _MANNER.fullmatch(purpose):  # `Ban Chấp hành Trung ương đã họp bất thường`: how it met, and who
                written = re.sub(r"(?:\s+(?:đã|vừa|đang))+\s*$", "", text[bodies[-1].span.start:met.start()])
                named = f"Cuộc họp {purpose} {' '.join(written.split())}"  # with its term (`khóa XIII`) as written
            # (`Ban Thường vụ Tỉnh ủy đã họp`: told as done)
            out.append(Found(named, bodies[-1].span.start, met.end(), False, body=bodies[-1].label,
                             done=bool(_MET_DONE.search(met.group(0)))))
    only = [*taken, *out]
    # `Tiếp tục phiên họp chuyên đề ..., dưới sự điều hành của A, Ủy ban Thường vụ Quốc hội cho ý kiến ...`: its own
    session = only[0] if len(only) == 1 and only[0].body is None and re.match(r"(?i:phiên|kỳ|kì|cuộc)", only[0].label) \
        else None
    chaired = _CHAIRED_BY.search(text, sentence.start, sentence.end) \
        if session is not None or (not only and not met) else None
    if chaired is not None and session is not None and session.end <= chaired.start():
        sits = _sitting_after(text, chaired.end(), orgs)
        session.body = sits.label if sits is not None else None
    if chaired is not None and not only and not met:
        # `Sáng 28-9, dưới sự chủ trì của Chủ tịch QH A, Ủy ban Thường vụ Quốc hội nghe ...`: the body's sitting
        sits = _sitting_after(text, chaired.end(), orgs)
        if sits is not None:
            out.append(Found(f"Phiên họp {sits.label}", sits.span.start, sits.span.end, False, body=sits.label))
    asked = _QUESTION_TIME.search(text, sentence.start, sentence.end) if not out and not taken else None
    if asked is not None and meeting_dates(sentence.text) and not _WILL.search(text, sentence.start, asked.start()):
        # `Sáng 11-6, Bộ trưởng A đăng đàn trả lời chất vấn của đại biểu Quốc hội`: that day's question time
        body = "Quốc hội" if asked.group("assembly") else None
        out.append(Found(f"Phiên chất vấn{' ' + body if body else ''}", asked.start(), asked.end(), False, body=body,
                         done=True))
    visit = cues()["working_visit"].search(text, sentence.start, sentence.end)
    if out and not (visit and _RECEPTION.match(visit.group("what")) and not _VOTERS.match(visit.group("what"))
                    and all(visit.end() <= f.start for f in out)):
        visit = None  # (`A đã tiếp Đoàn X ... sang dự Lễ tang Y`: the reception reported, the funeral it came for too)
    if visit is not None:  # `Đoàn công tác ... đã làm việc với Ban Thường vụ Thành ủy X`: a working session
        handing = _HANDING.match(visit.group("what"))  # `A trao quyết định ... cho B`: a ceremony
        # `Cuộc hội đàm diễn ra trong không khí ...`: talks told as held wherever the page tells them (not `... nhắc
        # lại cuộc hội đàm diễn ra năm 2019`, nor `hồi tháng 2`, nor `vào tuần tới`: another time in the same clause)
        took_place = _TOOK_PLACE.match(text, visit.end()) if _RECEPTION.match(visit.group("what")) else None
        if took_place is not None and _OTHER_TIME.match(text, took_place.end(), sentence.end):
            took_place = None
        lead = took_place is not None or (sentence.index <= 1 and _RECEPTION.match(visit.group("what")))
        told = cues()["told"].search(text, sentence.start, visit.start()) is not None
        # `A và B đã ký Bản ghi nhớ`: the day's event, not `A cho biết tỉnh đã ký ... từ năm 2015`
        signed_before = _SIGNED.match(visit.group("what")) is not None \
            and (told or _SINCE.search(text, visit.end(), sentence.end) is not None)
        if (meeting_dates(sentence.text) or lead or _same_day(text, sentence, visit.start(), told)) \
                and not signed_before and not any(f.start < visit.start() for f in taken):
            # a handover is named by the decision, not by its receiver
            rest = (_HANDED_ENDS if handing else _VISIT_ENDS).split(
                text[visit.end(): min([sentence.end, *(f.start for f in out)])])[0].strip()
            if len(rest.split()) > 25 and (more := _MORE_VERBS.match(rest)):
                rest = more.group(0).strip()  # `gặp mặt, chúc Tết và chỉ đạo Văn phòng Chính phủ triển khai ...`
            if rest.count("(") > rest.count(")"):  # `... huyện Đắc Chưng (tỉnh Sê Kông, Lào)`: the place in brackets,
                rest = rest[:rest.rfind("(")].strip()  # cut off at its comma, is no part of the name
            if took_place is not None:
                talks = " ".join(visit.group("what").split())
                out.append(Found(f"Cuộc {talks}", visit.start(), visit.end(), False, done=True))
            elif 1 <= len(rest.split()) <= 25:
                came = handing.end("came") if handing is not None and handing.group("came") else 0
                what = " ".join(_HAD_ONE.sub("", visit.group("what")[came:]).split())
                host = _host(text, sentence, visit.start()) if _RECEPTION.match(what) and not _VOTERS.match(what) \
                    else None  # (`tiếp xúc cử tri`: a meeting with voters, named by them, not by who meets them)
                label = f"{host} {what} {rest}" if host else f"{'Lễ' if handing else 'Buổi'} {what} {rest}"
                out.append(Found(label, visit.start(), visit.end() + len(rest), False,
                                 done=handing is not None and _done(text, visit.start()),
                                 visit=not host and not handing and what.startswith(_VISITS)))
    return out


def _same_day(text: str, sentence: Sentence, pos: int, told: bool) -> bool:
    """`Cũng trong ngày hôm nay, đoàn đã làm việc với ...`: the day just told; not `Cùng ngày, A cho biết X sẽ ...`."""
    return not told and _SAME_DAY.search(text, sentence.start, pos) is not None \
        and not _WILL.search(text, sentence.start, pos)


_SPAN = timedelta(days=3)  # the days a meeting told on two days may last
_SIGNED = re.compile(r"ký(?![\w])", re.IGNORECASE)
_SINCE = re.compile(r"(?<![\w])(?:từ\s+)?năm\s+\d{4}", re.IGNORECASE)  # `đã ký ... từ năm 2015`: signed before
_WILL = re.compile(r"(?<![\w])sẽ\s", re.IGNORECASE)  # `các đại biểu sẽ ... trả lời chất vấn`: still to come
# a minister answering the deputies' questions (`đăng đàn trả lời chất vấn của các đại biểu Quốc hội`)
_QUESTION_TIME = re.compile(r"(?<![\w])(?:đăng\s+đàn(?:\s+đầu\s+tiên)?\s+)?trả\s+lời\s+chất\s+vấn"
                            r"(?:\s+(?:của|trước)\s+(?:các\s+)?(?:vị\s+)?(?:đại\s+biểu\s+)?(?P<assembly>(?-i:Quốc\s+hội)))?",
                            re.IGNORECASE)
# what a visit goes on to do after its object, where its name would run on (`... và chỉ đạo X triển khai ...`)
_MORE_VERBS = re.compile(r"(?:\S+\s+){1,12}?(?=(?:triển\s+khai|thực\s+hiện|về|nhân)\s)", re.IGNORECASE)
# a reception or talks (`tiếp Đại sứ ...`, `hội đàm với ...`): the lead sentence reports one even undated
_VOTERS = re.compile(r"tiếp\s+xúc", re.IGNORECASE)  # meeting voters: no reception of guests
_TOOK_PLACE = re.compile(r"\s*(?:đã\s+)?diễn\s+ra(?![\w])", re.IGNORECASE)
# another time in the clause after it (up to its comma): `diễn ra năm 2019`, `diễn ra trực tuyến hồi tháng 2`
_OTHER_TIME = re.compile(r"[^,;]*?(?<![\w])(?:năm\s+\d{4}|hồi|tới|trước\s+đó|sắp|sẽ)(?![\w])", re.IGNORECASE)
_RECEPTION = re.compile(r"(?:có\s+buổi\s+)?(?:tiếp(?!\s+và\s)|hội\s+đàm|điện\s+đàm|hội\s+kiến)(?![\w])", re.IGNORECASE)
# where the name of a working visit (or of a handover: `... cho ông B`) ends
# `... với Quân khu 5 sáng 21-12 - Ảnh: ...`: the time and the caption are no part of it; a list of
# kinds (`với các bộ, ngành, địa phương`) is; a dot ends it, not one inside a day (`ngày Quốc tế Thiếu nhi 1.6`)
_VISIT_END = (r";|\.(?!\d)|,(?!\s*(?:ngành|địa\s+phương|đơn\s+vị|cơ\s+quan|chiến\s+sĩ|công\s+nhân|người\s+lao\s+động|nhân\s+viên"
              r"|viên\s+chức|người\s+dân|nhân\s+dân|hội\s+viên|đoàn\s+viên|giáo\s+viên|học\s+sinh|bác\s+sĩ|gia\s+đình|chính\s+quyền"
              r"|(?<=phòng,)\s*chống)(?![\w]))|\s(?:về|để|nhằm|nhân(?!\s+(?:dân|viên|sự|lực|tố|đạo|tài|quyền|văn|khẩu|loại|chứng|phẩm|vật|giống|rộng|tâm|nghĩa|hậu|ái|thọ)(?![\w]))|thông\s+qua)\s"
              r"|\s(?:sáng|chiều|tối|trưa)\s+(?:nay|qua|\d)|\s[-–—]\s+(?i:ảnh)|\svà\s+(?:tặng|trao)\s+quà(?![\w])")
_VISIT_ENDS = re.compile(_VISIT_END)
_HANDED_ENDS = re.compile(rf"{_VISIT_END}|\scho\s")
# what a visit with greetings, gifts or a tribute, or an inspection, is named by
_VISITS = ("thăm", "chúc Tết", "dâng hoa", "dâng hương", "viếng", "thắp hương", "đặt", "gặp mặt", "kiểm tra", "khảo sát",
           "giám sát")
# handing a decision over (`Sáng 18/5, A trao quyết định bổ nhiệm ...`): a ceremony
_HANDING = re.compile(r"(?P<came>dự\s+và\s+)?trao(?![\w])", re.IGNORECASE)  # (`tới dự và trao Huy hiệu`: came to)
_DONE = re.compile(r"(?:đã|vừa)\s", re.IGNORECASE)
_DONE_BEFORE = re.compile(r"(?<![\w])(?:đã|vừa)\s+$", re.IGNORECASE)


def _done(text: str, pos: int) -> bool:
    """`A vừa trao quyết định ...`: reported as done."""
    return bool(_DONE.match(text, pos) or _DONE_BEFORE.search(text, max(0, pos - 6), pos))


_CLAUSE_START = re.compile(r"[,;:]\s*|^\s*")
_TENSE_AFTER = re.compile(r"\s+(?:(?:đã|vừa|sẽ)(?:\s+(?:thân\s+mật|trân\s+trọng|chính\s+thức))?|thân\s+mật)$"
                          r"|\s+(?:(?:đã|vừa)\s+)?có\s+(?:buổi|cuộc)$")  # `A đã có buổi hội đàm với B`: A, who held it


def _host(text: str, sentence: Sentence, pos: int) -> str | None:
    """`Tổng Bí thư Lê Văn An` of `..., Tổng Bí thư Lê Văn An đã tiếp ...`: who received,
    as the clause before the verb writes it (a capitalised title and name, a few words)."""
    clause = text[sentence.start:pos]
    starts = [m.end() for m in _CLAUSE_START.finditer(clause)]
    host = " ".join(clause[starts[-1]:].split()) if starts else ""
    host = _TENSE_AFTER.sub("", host)
    if not (host[:1].isupper() and 2 <= len(host.split()) <= 14) or re.search(r"\d", host):
        return None
    # not the last item of a list of delegates (`A - Phó Giám đốc Công an TP; B – Tổng Giám đốc X`), a dash before a
    # title; a place's dash is part of the host (`Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu A`)
    from orggraph.extract.titles import title_pattern
    return None if any(title_pattern().match(host, d.end()) for d in _DASH.finditer(host)) else host


_DASH = re.compile(r"\s[-–—]\s+")
_HAD_ONE_BEFORE = re.compile(r"\s+(?:(?:đã|vừa)\s+)?(?:có(?:\s+(?:buổi|cuộc))?|đến)$")
_NOT_A_VISITOR = re.compile(r"\d\s*[/.-]\s*\d|\s(?:đã|vừa|làm|chủ\s+trì|cùng|cùng\s+với|và|tới|đến|tại|trong|thăm)(?:\s|$)")
_DELEGATION_KIND = re.compile(r"Đoàn\s+(?:công\s+tác|kiểm\s+tra|giám\s+sát|khảo\s+sát|đại\s+biểu)(?:\s+số\s+\d+)?")
# the leader written after a delegation, with his titles and their commas (`X do A, Phó Tư lệnh B làm trưởng đoàn`);
# else where a leader or members start (`X do A`, `X gồm A, B`)
_LEADER_CLAUSE = re.compile(r"\s+do\s+[^.;]{3,200}?\s+(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu)$", re.IGNORECASE)
_LEADER_AFTER = re.compile(r"\s(?:do|dẫn\s+đầu|gồm)\s")


def _visitor(text: str, opened: int, pos: int, orgs: list[OrgMention]) -> str | None:
    """`Đoàn công tác X` of `..., Đoàn công tác X do A làm trưởng đoàn đã có buổi làm việc với ...`: who
    worked with the hosts, a delegation or a body, when no person is written right before the verb."""
    clause = _HAD_ONE_BEFORE.sub("", text[opened:pos].rstrip())
    clause = _LEADER_CLAUSE.sub("", clause)  # `X do Thiếu tướng A, Phó Tư lệnh B làm trưởng đoàn`: X
    starts = [m.end() for m in _CLAUSE_START.finditer(clause)  # (not a comma inside a body's name)
              if not any(o.span.start < opened + m.start() < o.span.end for o in orgs)]
    if not starts:
        return None
    begin = opened + starts[-1]
    comma = text.rfind(",", opened, begin)
    if comma >= 0 and not text[comma + 1:begin].strip() and any(
            not o.implied and not text[o.span.end:comma].strip() and o.span.end <= comma for o in orgs):
        return None  # `Đoàn giám sát của Ủy ban Thường vụ Quốc hội, Hội đồng Bầu cử Quốc gia`: the last of a list
    raw = _TENSE_AFTER.sub("", _LEADER_AFTER.split(clause[starts[-1]:], 1)[0].rstrip())
    who = " ".join(raw.split())
    if not (who[:1].isupper() and 2 <= len(who.split()) <= 14):
        return None
    # bodies written whole before its leader (`Hội đồng X Quân khu 9 do A làm trưởng đoàn`): every word in one;
    # a delegation named by its kind (`Đoàn công tác`) or ending with its body (`Đoàn kiểm tra của Bộ Y tế`), no
    # word after it (not `Đoàn kiểm tra Bộ Y tế tiếp tục`)
    covered = {i for o in orgs if not o.implied for i in range(o.span.start, o.span.end)}
    body = all(i in covered for i in range(begin, begin + len(raw)) if not text[i].isspace())
    delegation = who.startswith("Đoàn ") and not _NOT_A_VISITOR.search(who) and (
        _DELEGATION_KIND.fullmatch(who) is not None
        or any(not o.implied and o.span.end == begin + len(raw) for o in orgs))
    return who if body or delegation else None


_HAD_ONE = re.compile(r"^có\s+buổi\s+", re.IGNORECASE)  # `có buổi tiếp xã giao ...`: `Buổi tiếp xã giao`
_SET_OFF_BEFORE = re.compile(r",\s*(?:(?:sáng|chiều|tối|trưa)\s+(?:nay\s+)?)?"
                             rf"(?:{LUNAR_DAY}\s*)?"  # `sáng 27 Tết (24/1),`: the lunar day, then the solar one
                             r"\(?(?:ngày\s+)?$", re.IGNORECASE)
# `..., sáng nay (30/6), tỉnh X tổ chức ...`, `sáng 31-1 (tức sáng 29 tháng Chạp năm Tân Sửu), đoàn ...`
_SET_OFF_AFTER = re.compile(r"\)?\s*(?:\([^()]{1,60}\)\s*)?,")


# `Thực hiện kế hoạch ..., chiều ngày 23/12/2015 Đảng bộ X đã tổ chức Hội nghị ...`: the date, then who holds what
_SUBJECT_HOLDS = re.compile(r"\s+(?![a-zđ])[^\W\d_][^,.;:]{0,100}?\s+(?:(?:đã|vừa)\s+)?(?:tổ\s+chức|triệu\s+tập)\s+")


_DOCUMENT_DAY = re.compile(r"(?<![\w])(?:số\s+)?\d+\s*[/-]\s*[\w.-]*[A-ZĐ][\w/.-]*\s+(?:ngày\s+)?$")  # `04-HD/TW ngày`


# a law's day (`Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015`), as a numbered document's
_LAW_DAY = re.compile(r"(?<![\w])(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp)(?:\s+[^\s,.;:]+){0,10}?\s+(?:ngày\s+)?$")
# a document named by its kind and bare number (`Quy định số 96, ngày 02/02/2023`, `Kế hoạch số 138 ngày 15/5/2023`)
_KIND_NUMBER_DAY = re.compile(r"(?<![\w])(?i:quy\s+định|quyết\s+định|nghị\s+quyết|nghị\s+định|kế\s+hoạch|chỉ\s+thị"
                              r"|kết\s+luận|thông\s+báo|thông\s+tư|hướng\s+dẫn|công\s+văn|tờ\s+trình)\s+(?:số\s+)?\d+"
                              r"\s*,?\s*(?:ngày\s+)?$")


def _document_day(text: str, start: int, floor: int) -> bool:
    """The date at start is a document's (`kế hoạch số 04/KH-HĐND ngày 2/6/2020`, a law's), not a meeting's."""
    return _DOCUMENT_DAY.search(text, max(floor, start - 30), start) is not None \
        or _KIND_NUMBER_DAY.search(text, max(floor, start - 40), start) is not None \
        or _LAW_DAY.search(text, max(floor, start - 80), start) is not None


# `sáng 19/8 đã diễn ra Lễ X`: the day right before the verb that opens the meeting
# (`ngày 08/11/2023 tại Hội trường X đã diễn ra Hội nghị ...`: the place between the day and the verb; not many places,
# `đến ngày 30/6 tại 100% chi bộ đã tổ chức Đại hội`, a deadline for each)
_HAPPENED = re.compile(r"\s*,?\s*(?:tại\s+(?!(?:các|tất\s+cả|toàn\s+bộ|100\s*%|\d+)\s)[^,.;:]{2,60}?\s*,?\s*)?"
                       r"(?:(?:đã|vừa)\s+)?(?:diễn\s+ra|khai\s+mạc|bế\s+mạc|tổ\s+chức)"
                       r"(?:\s+(?:trọng\s+thể|long\s+trọng))?\s+", re.IGNORECASE)


def _told_today(text: str, sentence: Sentence, items: list[Found], index: int, published: date) -> date | None:
    """`Sáng nay, ...` opening the sentence, else `Phát biểu phiên họp X sáng nay, ...` right after the meeting's
    name: the page's own day (not for a meeting named inside another's: `hội nghị quán triệt ... Hội nghị Trung ương 6`)."""
    when = relative_day(sentence.text, published) if index == 0 else None
    item = items[index]
    inside = any(o is not item and o.start < item.start and o.end >= item.end for o in items)
    return when if when is not None or inside else relative_day_after(text, item.end, sentence.end, published)


def _assign_dates(items: list[Found], dates: list[tuple[int, int, int | None, int, int]],
                  text: str, sentence: Sentence) -> dict[int, tuple[int, int, int | None]]:
    """Which meeting each date belongs to: `X diễn ra ngày 5/5` dates the meeting before it;
    a date opening the sentence (`Sáng 12.3, ... tổ chức Hội nghị`) dates the first meeting."""
    out: dict[int, tuple[int, int, int | None]] = {}
    for day, month, year, start, end in dates:
        if _document_day(text, start, sentence.start):
            continue  # `kế hoạch số 04/KH-HĐND ngày 2/6/2020 ... về ... kỳ họp thứ 18`: the document's day
        before = [i for i, f in enumerate(items) if f.end <= start]
        if before and cues()["took_place"].search(text, max(sentence.start, start - 25), start):
            # `Ngày 6/11, ... công bố kết quả ... tại kỳ họp X, diễn ra vào ngày 5/11/2020`: the day X took place
            out[before[-1]] = (day, month, year)
        elif before and (cues()["date_after"].search(text[max(sentence.start, start - 25): start])
                         or _HELD_ON.fullmatch(text, items[before[-1]].end, start)
                         or re.fullmatch(r"\s*,\s*(?:\w+\s+)?|\s*,?\s*(?:(?:từ|vào|trong)\s+)?(?:ngày\s+)?"
                                         r"|\s+(?:(?:sáng|chiều|tối|trưa)(?:\s+nay\s*,)?|hôm\s+nay\s*,)\s+(?:ngày\s+)?",
                                         # `Hội nghị X chiều 18/10 nhất trí ...`, `phiên họp X sáng nay, 3/10, ...`
                                         text[items[before[-1]].end:start])):
            out.setdefault(before[-1], (day, month, year))
        elif start - sentence.start < 40 or any(0 <= f.start - end <= 4 or _HAPPENED.fullmatch(text, end, f.start)
                                                for f in items) \
                or (_SET_OFF_BEFORE.search(text, max(sentence.start, start - 20), start)
                    and (_SET_OFF_AFTER.match(text, end)
                         or any(_SUBJECT_HOLDS.fullmatch(text, end, f.start) for f in items))):
            # `Thực hiện chương trình ..., ngày 13/11, Ban Thường vụ triệu tập hội nghị`: a date set off by commas
            after = [i for i, f in enumerate(items) if f.start >= start]
            if after and not cues()["reported_on"].search(text[max(sentence.start, items[after[0]].start - 40):
                                                                items[after[0]].start]):
                out.setdefault(after[0], (day, month, year))
                first = items[after[0]].start
                if len(after) > 1 and cues()["before_event"].search(text, max(sentence.start, first - 30), first):
                    out.setdefault(after[1], (day, month, year))  # `Sáng 24/12, sau khi tổ chức Lễ A, ... Hội nghị B`
    for i in range(1, len(items)):  # `Chiều 28-7, tổ chức hội nghị A và hội nghị B`: one day for both
        if i not in out and i - 1 in out and AND_GAP.fullmatch(text, items[i - 1].end, items[i].start):
            out[i] = out[i - 1]
    return out


# `Lễ X được tổ chức trọng thể tại Hà Nội sáng 16-10`: the day of the meeting it follows, nothing else between them
_HELD_ON = re.compile(r"\s*,?\s*(?:đã\s+)?được\s+tổ\s+chức(?:\s+(?:trọng\s+thể|long\s+trọng))?(?:\s+tại\s+[^,.;:]{2,60}?)?"
                      r"\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?", re.IGNORECASE)
_OPENS = re.compile(r"(?<![\w])(?:đã\s+|vừa\s+)?(?:khai|bế)\s+mạc\s+(?:trọng\s+thể\s+)?$", re.IGNORECASE)


def _put_to(text: str, start: int, end: int) -> bool:
    """`hoàn thiện Luật X trình Quốc hội cho ý kiến tại kỳ họp thứ 4`: a bill for a session, not a session the
    article reports (but `... thông qua tại kỳ họp này`, the one under way)."""
    return cues()["put_to"].search(text, max(0, start - 40), start) is not None and not cues()["this_one"].match(text, end)


def _held(text: str, item: Found, sentence: Sentence, previous_held: bool) -> bool:
    """Reported as having taken place: `Đại hội XIII ... thành công tốt đẹp`, `sau thành công của`,
    `tổ chức Hội nghị`, `tại Hội nghị`, opened (`khai mạc`) though its days are planned; a congress listed right after
    a held one shares it."""
    before = text[max(sentence.start, item.start - 40): item.start]
    if not cues()["planned"].search(before) and _OPENS.search(before) \
            and not cues()["told"].search(text, sentence.start, item.start):
        # `X khai mạc phiên họp thứ 4, dự kiến diễn ra từ ngày 11/10-14/10`: opened, its days planned (not `A cho
        # biết, ngày 5/12 HĐND tỉnh khai mạc kỳ họp thứ 14, dự kiến ...`: told of, still to come)
        return True
    if cues()["to_come"].match(text, item.end) or cues()["planned"].search(before) \
            or _put_to(text, item.start, item.end):
        return False  # `tại kỳ họp Quốc hội sẽ xem xét`, `bàn về việc tổ chức kỳ họp thứ 18`: still to come
    if cues()["held_after"].match(text, item.end) or cues()["held_before"].search(before) \
            or item.done:
        return True
    gap = text[max(sentence.start, item.start - 6): item.start]
    return previous_held and bool(re.fullmatch(r".*(?:,|và)\s*", gap))


_OPENED = re.compile(r"(?:khai\s+mạc|bế\s+mạc|chủ\s+trì|điều\s+hành|tại)\s+(phiên\s+họp|kỳ\s+họp|hội\s+nghị|đại\s+hội)"
                     r"(?=\s*[,.;:]|\s+(?:này|hôm\s+nay)(?![\w]))"
                     # a line that opens with who attended (`Dự Đại hội có A`: a page cut after its lead)
                     r"|(?m:^)[^\S\n]*(?:Tham\s+)?[Dd]ự\s+(phiên\s+họp|kỳ\s+họp|hội\s+nghị|đại\s+hội)(?=\s+có(?![\w]))",
                     re.IGNORECASE)


def _planned_before(text: str, pos: int) -> bool:
    """A meeting named at pos in a plan (`sẽ chủ trì`, `chuẩn bị báo cáo tại`): one still to come."""
    return cues()["planned"].search(text[max(0, pos - 40):pos]) is not None


def _opened(text: str, live: list[MeetingMention]) -> MeetingMention | None:
    """`Phát biểu khai mạc phiên họp, ...` reports a session being held; when the article names one
    session of that kind only (`phiên họp thứ 35 của Ủy ban Thường vụ Quốc hội`), it is that one,
    even where the text names it in a plan (`Theo dự kiến chương trình, phiên họp ... diễn ra`)."""
    for m in _OPENED.finditer(text):
        if m.group(1) and _planned_before(text, m.start(1)):
            continue  # `giao Bộ X chuẩn bị báo cáo tại hội nghị.`: a meeting still to come
        noun = key(m.group(1) or m.group(2))
        same = [mention for mention in live if key(mention.label).startswith(noun)]
        if m.group(2) and same and _PARTY_CONGRESS.match(same[0].label):
            continue  # (`Tham dự đại hội có ...` where the one congress named is the Party's, `Đại hội XIV`: not that one)
        if len(same) == 1:
            same[0].held = True
            return same[0]
    return None


@cache
def _honorific_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{honorific_pattern()})\s+$", re.IGNORECASE)


# `A đã có buổi làm việc`, `A làm việc`, `A và Đoàn công tác Chính phủ làm việc`
_HAS_A_SESSION = re.compile(r"(?:\s+(?i:cùng)\s+[^,.;:]{0,60}?)?"  # `A cùng Thứ trưởng B và đoàn ...`: A's
                            r"(?:\s+(?i:và)\s+(?:các\s+)?(?i:đoàn\s+công\s+tác)[^,.;:]{0,40}?)?"
                            r"\s*(?:đã\s+|vừa\s+|sẽ\s+)?"
                            # `A đã dẫn đầu đoàn công tác của Bộ tới làm việc với ...`: A's
                            r"(?:(?i:dẫn\s+đầu\s+đoàn)(?:\s+công\s+tác)?[^,.;:]{0,60}?\s+(?=đến\s|tới\s|về\s))?"
                            # `A đã tới thăm, làm việc với ...`, `A đến thăm và làm việc tại ...`
                            r"(?:có\s+|(?:(?:đến|tới|về)\s+)?thăm(?:\s*,)?\s+(?:và\s+)?|đến\s+|tới\s+|về\s+|vào\s+)?$")


def _listed_up_to(text: str, persons: list[PersonMention], last: PersonMention) -> list[PersonMention]:
    """The list a person ends (`đồng chí A, Bí thư Tỉnh ủy, đồng chí B, Phó Bí thư Thường trực Tỉnh ủy và đồng chí C,
    Chủ tịch UBND tỉnh đã có buổi tiếp ...`): each name with its titles, apart by a comma or `và`."""
    group = [last]
    for person in reversed([p for p in persons if p.bounds[1] <= last.bounds[0]]):
        if not _HOSTS_JOIN.fullmatch(text, person.bounds[1], group[0].bounds[0]):
            break
        group.insert(0, person)
    return group


_LED_BY = re.compile(rf"(?<![\w])do\s+(?:(?i:{honorific_pattern()})\s+)?$", re.IGNORECASE)
_LEADS_THE_VISIT = re.compile(r"(?:\s*,\s*[^,.;:]{1,60}?)?\s*,?\s+(?:làm|là)\s+(?i:trưởng\s+đoàn)(?![\w])")
_HOSTS_JOIN = re.compile(rf"\s*,?{LIST_JOIN.pattern}")  # `A, ..., B, ..., và C`: a comma before `và` too


def _whose_working_session(text: str, described: list[Found], persons: list[PersonMention],
                           orgs: list[OrgMention], floor: int) -> None:
    """`Phó Thủ tướng A đã có buổi làm việc với ...` is `Buổi làm việc của Phó Thủ tướng A với ...`,
    as a reader names it: whose session it is tells it from the others that day; so is a body's
    (`Ban Bí thư đã làm việc với Ban Thường vụ Tỉnh ủy X`)."""
    for found in described:
        received = found.label.startswith("Buổi tiếp ")  # `A đã có buổi tiếp Đoàn X`: A received it
        if not found.label.startswith(("Buổi làm việc với", "Cuộc làm việc với", "Buổi làm việc tại")) \
                and not found.visit and not received:
            continue
        for person in persons:
            start, end = person.bounds
            if end <= found.start and _HAS_A_SESSION.fullmatch(text, end, found.start):
                if found.visit or received:  # `A đã đến thăm, tặng quà ...`: A takes part; the name stays
                    found.host = person
                    break
                if start == person.span.start:  # titles after the name stay out: `đồng chí A`
                    honorific = _honorific_before().search(text, max(0, start - 20), start)
                    start = honorific.start() if honorific else start
                noun, where, rest = re.split(r" (với|tại) ", found.label, maxsplit=1)  # `tại tỉnh X`: a visit
                found.label = f"{noun} của {' '.join(text[start:person.span.end].split())} {where} {rest}"
                found.host = person
                break
        else:  # no person holds it: the body written right before the verb does
            if found.label.startswith(("Buổi làm việc với", "Cuộc làm việc với", "Buổi làm việc tại")):
                body = next((o for o in orgs if not o.implied and o.span.end <= found.start
                             and _HAS_A_SESSION.fullmatch(text, o.span.end, found.start)), None)
                visitor = " ".join(body.span.text.split()) if body is not None else _visitor(text, floor, found.start, orgs)
                if visitor is not None:
                    noun, where, rest = re.split(r" (với|tại) ", found.label, maxsplit=1)
                    found.label = f"{noun} của {visitor} {where} {rest}"


_CENTRAL_TERM = re.compile(r"Trung\s+ương(?:\s+Đảng)?(?:\s+(?:lần\s+thứ\s+)?\w+)?\s*,?\s*\(?(?:khóa|khoá)\s+([IVXL]+)\b")
_PARTY_CONGRESS = re.compile(r"Đại hội ([IVXLC]+)$")


def _future_congresses(text: str, found: list[MeetingMention]) -> None:
    """A national congress after the term the article is in (`Hội nghị Trung ương 10 khóa XIII`
    makes `Đại hội XIV` the next one) has not been held, whatever `tại` says."""
    terms = [ordinal(m.group(1)) or 0 for m in _CENTRAL_TERM.finditer(text)]
    if not terms:
        return
    for mention in found:
        congress = _PARTY_CONGRESS.match(mention.label)
        if congress and (ordinal(congress.group(1)) or 0) > max(terms):
            mention.held = False


def _meeting_key(when: date | None, label: str) -> str:
    """A meeting's identity within its article: its day and its name (`Kỳ họp thứ 6` of two years are two)."""
    return f"{when.isoformat()} {label}" if when else label


@extractor("meetings")
def meetings(facts: ArticleFacts) -> None:
    text = facts.article.text
    anchor = facts.article.anchor
    found: list[MeetingMention] = []
    by_key: dict[str, MeetingMention] = {}
    sentence_meetings: dict[int, list[tuple[Found, MeetingMention]]] = {}
    dated_at: dict[int, tuple[int, int]] = {}  # where the text first gives each meeting its date
    orgs_in = by_sentence(facts.orgs)
    persons_in = by_sentence(facts.persons)
    last_day: date | None = None  # the day of the meeting told last, for `cùng ngày`
    for sentence in facts.sentences:
        named = named_meetings(facts, sentence, orgs_in)
        described = described_meetings(text, sentence, named, orgs_in.get(sentence.index, []))
        dates = meeting_dates(sentence.text)
        dates = [(d, mo, y, s + sentence.start, e + sentence.start) for d, mo, y, s, e in dates]
        _whose_working_session(text, described, persons_in.get(sentence.index, []), orgs_in.get(sentence.index, []),
                               sentence.start)
        items = sorted(named + described, key=lambda f: f.start)
        assigned = _assign_dates(items, dates, text, sentence)
        previous_held = False
        for index, item in enumerate(items):
            day_month = assigned.get(index)
            when = None
            if day_month:
                day, month, year = day_month
                when = resolve(day, month, year, anchor, context_year(text, month, day))
                named_year = period_year(item.label) if when and year is None else None
                if when and named_year and not 0 <= when.year - named_year <= 1:
                    # `Sáng 22/6, ... Hội nghị ... 6 tháng đầu năm 2020` under a page clock of 2026: the year it names
                    # (a review of December may sit in January: `Phiên họp thường kỳ tháng 12/2025` on 9/1/2026)
                    when = resolve(day, month, named_year, None, None) or when
                worked = work_year(item.label, month) if when and year is None and anchor is None else None
                if when and worked and abs(worked - when.year) == 1:
                    # `Sáng 5/1, ... tổ chức hội nghị triển khai công tác năm 2024` on a page that names 2023 more
                    when = resolve(day, month, worked, None, None) or when
                term = _TERM.search(sentence.text) if when and year is None else None
                if term and not int(term.group(1)) - 1 <= when.year <= int(term.group(2)):
                    when = None  # `Ngày 14/10, Đại hội ... nhiệm kỳ 2015 - 2020` under a banner of 2022: not 2021
            elif facts.article.published and not dates:
                when = _told_today(text, sentence, items, index, facts.article.published)
            if when is None and last_day is not None and not dates and _SAME_DAY.search(text, sentence.start, item.start):
                when = last_day  # `Trong sáng cùng ngày, Tỉnh ủy tổ chức hội nghị ...`: the day just told
            ahead = bool(when and anchor is not None and when > anchor)  # a day after the page's: still to come
            # (`Hội nghị sẽ diễn ra vào tháng 3/2012`: a day planned, not one it was held on)
            on_its_day = bool(when) and cues()["to_come"].match(text, item.end) is None
            held = not ahead and (on_its_day or _held(text, item, sentence, previous_held))
            previous_held = held
            mkey = _meeting_key(when, item.label)
            mention = by_key.get(key(mkey)) or by_key.get(key(item.label))
            if mention is None:
                mention = MeetingMention(item.label, Span(item.start, item.end, text[item.start:item.end]),
                                         sentence.index, held, when, key=mkey, body=item.body)
                by_key[key(mkey)] = mention
                by_key.setdefault(key(item.label), mention)
                found.append(mention)
            else:
                mention.held = mention.held or held
                if when and mention.date and timedelta(0) < mention.date - when <= _SPAN:
                    # `chiều 13/7 Kỳ họp thứ 16 ... bế mạc` then `Sáng 12/7 ... khai mạc Kỳ họp thứ 16`: its first day
                    mention.date, mention.key = when, _meeting_key(when, mention.label)
                mention.date = mention.date or when
                mention.body = mention.body or item.body  # the headline's `Kỳ họp thứ 13`, the lead's body
            if when:
                last_day = when
            if when and id(mention) not in dated_at:
                dated_at[id(mention)] = (sentence.index, item.start)
            sentence_meetings.setdefault(sentence.index, []).append((item, mention))
    _future_congresses(text, found)
    replaced = _complete_named(found, text)
    for mention in found:  # a congress named with its term stands where it was first dated without it
        fuller = replaced.get(id(mention))
        if fuller is not None and id(mention) in dated_at and mention.label.startswith("Đại hội"):
            dated_at[id(fuller)] = min(dated_at.get(id(fuller), dated_at[id(mention)]), dated_at[id(mention)])
    for mention in found:  # named again later (`tại kỳ họp thứ 10 tới`), a meeting dated after the page is still to come
        if mention.date and anchor is not None and mention.date > anchor:
            mention.held = False
    live = [m for m in found if id(m) not in replaced]
    # the reported meeting: the held one the text dates first (its lead), else the first held one described
    dated = sorted((m for m in live if m.held and m.date and id(m) in dated_at),  # what followed `sau khi A` first
                   key=lambda m: (bool(cues()["before_event"].search(text, max(0, dated_at[id(m)][1] - 30), dated_at[id(m)][1])),
                                  dated_at[id(m)]))
    main = (dated[0] if dated else None) \
        or next((m for m in live if m.held and not _is_named(m)), None) \
        or next((m for m in live if m.held and m.label.startswith(("Kỳ họp", "Phiên họp"))), None) \
        or _lead(facts, found, replaced) or _opened(text, live) \
        or next((m for m in live if m.held and _organizing_body(text, m.span.start, orgs_in.get(m.sentence, []),
                                                                facts.sentences[m.sentence]) is not None), None)
    # (the last: one a body is told holding past the lead, `Sáng nay (14/12), Hội X long trọng tổ chức đại hội ...`)
    if main is None and not any(m.held for m in live):
        unnamed = _unnamed(facts)
        # `... có mặt tại phiên họp` of no body nor day: the assembly's sitting the lead dates, where it tells one
        sitting = _sitting(facts) if unnamed is None or (unnamed.date is None and unnamed.body is None) else None
        undated = unnamed is not None and not _day_told(facts, facts.sentences[unnamed.sentence])[0]
        main = sitting if sitting is not None and (unnamed is None or sitting.date) else unnamed
        if undated and unnamed is not None and main is unnamed:
            main = _lead_dated(facts, unnamed)  # no day of its own: the one its lead tells
        if main is not None:
            found.append(main)
    if main is not None:
        main.main = True
        replaced.update(_merge_titles(live, main))
    facts.meetings.extend(m for m in found if id(m) not in replaced)
    if main is None:
        return
    facts.meetings.extend(_roundup(facts, main))
    for index, pairs in sentence_meetings.items():
        sentence_meetings[index] = [(found_item, replaced.get(id(m), m)) for found_item, m in pairs]
    _organizers(facts, sentence_meetings)
    for m in facts.meetings:  # a body holding its own session organizes it
        if m.held and m.body and (m.body, m.key) not in {(o.org, o.meeting) for o in facts.organizers}:
            facts.organizers.append(Organizer(m.body, m.key, m.sentence))
    _roles(facts, main, sentence_meetings)


def _roundup(facts: ArticleFacts, main: MeetingMention) -> list[MeetingMention]:
    """`HĐND nhiều tỉnh vừa tiến hành kỳ họp thứ nhất ... * Tại Hòa Bình, HĐND tỉnh đã bầu ...`: a
    roundup of one kind of meeting in many places is one meeting per place, each paragraph's body
    holding its own (the kind the lead names without a place)."""
    text = facts.article.text
    lead = next((s for s in facts.sentences[:_LEAD_SENTENCES] if cues()["roundup"].search(s.text)), None)
    if lead is None:
        return []
    heads = {b.name for b in find_bodies(text, lead.start, lead.end)[:1]}  # the kind of body that meets
    at = min((i for h in heads if (i := main.label.find(f" {h}")) > 0), default=len(main.label))
    noun = main.label[:at]  # `Kỳ họp thứ nhất` of `Kỳ họp thứ nhất Hội đồng nhân dân tỉnh X khóa IX`
    out: list[MeetingMention] = []
    seen = {m.body for m in facts.meetings if m.held and m.body}
    for sentence in facts.sentences[lead.index + 1:]:
        opens = sentence.start == 0 or "\n" in text[max(0, sentence.start - 3):sentence.start] \
            or sentence.text.lstrip().startswith(("*", "-", "+", "•"))
        body = next((o.label for o in facts.orgs if o.sentence == sentence.index and not o.implied
                     and any(o.label.startswith(f"{h} ") for h in heads)), None) if opens else None
        if body is None or body in seen:
            continue
        seen.add(body)
        out.append(_held_in(noun, body, main, sentence.index))
    return out


def _held_in(noun: str, body: str, main: MeetingMention, sentence: int) -> MeetingMention:
    label = f"{noun} {body}"
    mkey = _meeting_key(main.date, label)
    return MeetingMention(label, main.span, sentence, True, main.date, key=mkey, body=body)


_LEAD_SENTENCES = 3
_PLANNED_BEFORE = re.compile(r"(?<![\w])(?:dự\s+kiến|sẽ|sắp(?!\s+xếp))(?![\w])", re.IGNORECASE)  # `Dự kiến, ... dự Đại hội X`
_CONGRESS_HELD = re.compile(r"\s*,?\s*(?:đã\s+)?(?:diễn\s+ra|khai\s+mạc|bế\s+mạc|thành\s+công|được\s+tổ\s+chức)(?![\w])",
                            re.IGNORECASE)
_CONGRESS_AT_WORK = re.compile(r"(?:(?:(?:tiếp\s+tục|theo)\s+chương\s+trình|chương\s+trình\s+(?:làm\s+việc|nghị\s+sự))"
                               r"(?:\s+của)?|phiên\s+(?:khai|bế)\s+mạc|"
                               r"(?:dự|tại|khai\s+mạc|bế\s+mạc)(?:\s+phiên\s+\S+)?"
                               r"|tổ\s+chức\s+thành\s+công)\s+$", re.IGNORECASE)  # `đã tổ chức thành công Đại hội X`
# `Tham dự phiên họp có ...`, `chủ trì kỳ họp`: a meeting the page reports but never names (an excerpt
# that starts after its lead)
_UNNAMED = re.compile(r"(?<![\w])(?:(?:(?:tham|cùng|đến|tới)\s+)?dự|chủ\s+trì|khai\s+mạc|bế\s+mạc|điều\s+hành|tại)\s+"
                      r"(?P<noun>phiên\s+họp|phiên\s+giải\s+trình|kỳ\s+họp|kì\s+họp|hội\s+nghị|hội\s+thảo|tọa\s+đàm|toạ\s+đàm|cuộc\s+họp|buổi\s+(?:làm\s+việc|tiếp\s+xúc\s+cử\s+tri)"
                      r"|(?<=buổi\s)(?:làm\s+việc|tiếp\s+xúc\s+cử\s+tri))(?![\w])(?!\s+(?:thứ|lần|(?:này\s+)?sẽ|tới|sắp))",
                      re.IGNORECASE)


# `Đại hội có sự hiện diện của ông A`, `Hội nghị đã khai mạc`: the lead's subject is the meeting, unnamed
_UNNAMED_LEAD = re.compile(r"(?:^|(?<=[.!?:\n]\s)|(?<=\d\s))(?P<noun>Đại\s+hội|Hội\s+nghị|Kỳ\s+họp|Phiên\s+họp)\s+"
                           r"(?=(?:đã\s+|vừa\s+)?(?:có\s+sự\s+(?:hiện\s+diện|tham\s+dự|có\s+mặt)|khai\s+mạc|diễn\s+ra"
                           r"|(?:được\s+)?tổ\s+chức(?=\s+(?:theo|tại|vào|trực|ngày|sáng|chiều)\s)|tiến\s+hành)(?![\w]))")


def _unnamed(facts: ArticleFacts) -> MeetingMention | None:
    """With no meeting named at all, the one the text says people attended, chaired or opened, or
    the one the lead is about."""
    text = facts.article.text
    # (not one still to come: `giao Bộ X chuẩn bị báo cáo tại hội nghị`)
    m = next((u for u in _UNNAMED.finditer(text)
              if not _planned_before(text, u.start("noun"))), None)
    if m is None:
        lead_end = facts.sentences[min(len(facts.sentences), _SITTING_SENTENCES) - 1].end if facts.sentences else 0
        m = _UNNAMED_LEAD.search(text, 0, lead_end)
    if m is None:
        return None
    sentence = next((s for s in facts.sentences if s.start <= m.start() < s.end), facts.sentences[0])
    noun = " ".join(m.group("noun").split()).capitalize().replace("Kì", "Kỳ")
    _, when = _day_told(facts, sentence)  # `Ngày 10/7, ... chủ trì hội nghị`
    mkey = _meeting_key(when, noun)
    # `Tại phiên họp này, Quốc hội đã ...`: the body right after it holds its own session
    timed = _TIMED_COMMA.match(text, m.end())  # `Tại phiên họp chiều ngày 14/10, Ban Chấp hành ... đã ...`
    body = next((o.label for o in facts.orgs if o.sentence == sentence.index and not o.implied
                 and (0 <= o.span.start - m.end() <= 12 or (timed is not None and o.span.start == timed.end()))
                 and cues()["session_holder"].match(o.label)), None)
    if body is None and _BARE_SITTING.fullmatch(noun):  # `Quốc hội đã tiến hành công tác nhân sự tại kỳ họp`
        body = _assemblys_sitting(noun, [o for o in facts.orgs if o.sentence == sentence.index])
    return MeetingMention(noun, Span(m.start("noun"), m.end("noun"), m.group("noun")), sentence.index, True, when,
                          key=mkey, body=body)


def _day_told(facts: ArticleFacts, sentence: Sentence) -> tuple[bool, date | None]:
    """Whether a sentence tells a meeting's day (not a document's), and that day (None for one still to come)."""
    dates = [d for d in meeting_dates(sentence.text) if not _document_day(sentence.text, d[3], 0)]
    if not dates:
        return False, None
    day, month, year, _, _ = dates[0]
    when = resolve(day, month, year, facts.article.anchor, context_year(facts.article.text, month, day))
    return True, None if when and facts.article.anchor and when > facts.article.anchor else when


def _lead_dated(facts: ArticleFacts, unnamed: MeetingMention) -> MeetingMention:
    """`phát biểu tại hội nghị` with no day of its own, after `Ngày 2.4, HĐND thị xã triển khai ...`: the one meeting
    the page reports is what its lead tells, dated by the first lead sentence that tells of a gathering."""
    for lead in facts.sentences[:_SITTING_SENTENCES]:
        if _CLOCK.search(lead.text) or not _GATHERS.search(lead.text) or _SIGNS.search(lead.text):
            continue
        told, when = _day_told(facts, lead)
        if told:
            return replace(unnamed, date=when, key=_meeting_key(when, unnamed.label))
    return unnamed


# a lead that tells of a gathering (not `Ngày 1/6, A đã ký ban hành Nghị quyết ...`, whose day is a signing's)
_GATHERS = re.compile(r"(?<![\w])(?:tổ\s+chức|triển\s+khai|chủ\s+trì|khai\s+mạc|diễn\s+ra|họp|làm\s+việc"
                      r"|(?:tham\s+)?dự(?=\s+(?:hội|lễ|buổi|phiên|kỳ|cuộc|đại\s+hội|ngày\s+hội)(?![\w])))(?![\w])",
                      re.IGNORECASE)
_SIGNS = re.compile(r"(?<![\w])(?:ký|ban\s+hành|công\s+bố\s+dự\s+thảo)(?![\w])", re.IGNORECASE)
# a short line with the time of day is a page's stamp or clock (`Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27`): the
# site's day, not the day the lead tells; a lead that gives its hour (`Lúc 8:30 ngày ...`) is long, and kept
_CLOCK = re.compile(r"^(?=.{0,80}$).*(?<!\d)\d{1,2}:\d{2}(?!\d)", re.DOTALL)
_SAME_DAY = re.compile(r"(?<![\w])(?:cùng\s+ngày|trong\s+ngày\s+hôm\s+nay)(?![\w])", re.IGNORECASE)
_MANNER = re.compile(r"(?:bất\s+thường|đột\s+xuất|định\s+kỳ|thường\s+kỳ|thường\s+lệ|trực\s+tuyến|mở\s+rộng)", re.IGNORECASE)
_EARLIER = re.compile(r"\W*(?:trước\s+đó|trước\s+khi|trước\s+đây)(?![\w])", re.IGNORECASE)
_ASSEMBLIES = ("Quốc hội", "Hội đồng nhân dân", "Ban Chấp hành Đảng bộ")  # a Party committee sits in a plenum (`Hội nghị`)
_CONDITIONAL = re.compile(r"(?<![\w])(?:khi|nếu|để)\s", re.IGNORECASE)  # `cho đến khi HĐND bầu`: not done
_SITTING_SENTENCES = 6  # a page's headline, byline and caption lines come before its lead
_DAY_PART = re.compile(r"(?<![\w])(sáng|chiều|tối|trưa)(?:\s+nay)?\s*\(?\s*(?:ngày\s+)?$", re.IGNORECASE)


def _sitting(facts: ArticleFacts) -> MeetingMention | None:
    """With no meeting named, an assembly acting on the day the lead gives (`Chiều 7/4, Quốc hội tiến
    hành phê chuẩn ...`) reports its sitting of that day, which the assembly holds."""
    text = facts.article.text
    for sentence in facts.sentences[:_SITTING_SENTENCES]:
        acted = cues()["sitting"].search(text, sentence.start, sentence.end)
        dates = meeting_dates(sentence.text)
        if acted is None or not (dates or facts.article.published) or _EARLIER.match(sentence.text):
            continue  # `Trước đó, ngày 10-7, HĐND tỉnh đã bỏ phiếu ...`: what led to the news, not its event
        when = None
        if dates:
            day, month, year, start, end = dates[0]
            start, end = start + sentence.start, end + sentence.start
            if not (end <= acted.start() and not _CONDITIONAL.search(text, end, acted.start())
                    or 0 <= start - acted.end() <= 25):
                continue  # `kể từ ngày 1/2 cho đến khi HĐND tỉnh bầu được ...`: not the day it sat
            start -= sentence.start
            when = resolve(day, month, year, facts.article.anchor, context_year(text, month, day))
            part = _DAY_PART.search(sentence.text, max(0, start - 16), start)
        else:
            when = relative_day(sentence.text, facts.article.published) if facts.article.published else None
            part = _DAY_PART.search(sentence.text, 0, 12)
            if when is None:
                continue
            day, month = when.day, when.month
        if when and facts.article.anchor and when > facts.article.anchor:
            continue
        body = next((o.label for o in facts.orgs if o.sentence == sentence.index and not o.implied
                     and o.span.start <= acted.start("body") < o.span.end), None) \
            or expand(" ".join(acted.group("body").split()))
        if not body.startswith(_ASSEMBLIES):
            continue  # `Ủy ban Thường vụ Quốc hội phê chuẩn`: a standing body's sitting is named as such
        sits = "Hội nghị" if body.startswith("Ban Chấp hành") else "Phiên họp"
        noun = f"{sits} {body} {part.group(1).lower() + ' ' if part else ''}{day}/{month}"
        return MeetingMention(noun, Span(acted.start(), acted.end(), acted.group(0)), sentence.index, True, when,
                              key=_meeting_key(when, noun), body=body)
    return None


def _lead(facts: ArticleFacts, found: list[MeetingMention],
          replaced: dict[int, MeetingMention]) -> MeetingMention | None:
    """With no meeting reported as held, the one the title or lead names is the article's own
    (`Thông cáo số 3 Kỳ họp thứ nhất`, `Ngày làm việc thứ bảy Hội nghị Trung ương 10`), unless
    written as awaited (`tiến tới Đại hội XIV`) or named only in a document's name; named there in
    short (`Khai mạc Đại hội Đoàn TP lần thứ XV`) and in no full name before, it is the fuller name written later."""
    text = facts.article.text
    lead = [m for m in sorted(found, key=lambda m: m.span.start) if m.sentence < _LEAD_SENTENCES]
    for written in [*(m for m in lead if id(m) not in replaced), *(m for m in lead if id(m) in replaced)]:
        m = _fullest(written, replaced)
        at = written.span
        if _PARTY_CONGRESS.match(m.label) and not cues()["held_before"].search(text[max(0, at.start - 40):at.start]):
            continue  # a national congress named in passing
        if m.date and facts.article.anchor and m.date > facts.article.anchor:
            continue  # dated after the page: still to come
        if not _awaited(text, at) and not _awaited(text, m.span):  # (the fuller name's own words too)
            m.held = True
            return m
    return None


def _fullest(mention: MeetingMention, replaced: dict[int, MeetingMention]) -> MeetingMention:
    """The name a mention stands for, after every replacement by a fuller one."""
    while id(mention) in replaced:
        mention = replaced[id(mention)]
    return mention


def _awaited(text: str, span: Span) -> bool:
    """`thực hiện Nghị quyết Đại hội X` (a document's name), `chuẩn bị cho Đại hội X`, `Đại hội XIII Công đoàn X
    sẽ diễn ra ...`: a meeting named as not (yet) held."""
    return bool(cues()["document_of"].search(text, max(0, span.start - 30), span.start)
                or cues()["planned"].search(text[max(0, span.start - 30):span.start])
                or cues()["to_come"].match(text, span.end) or _put_to(text, span.start, span.end))


def _is_named(m: MeetingMention) -> bool:
    return m.label.startswith(("Đại hội", "Hội nghị Trung ương")) or _NAMED_SITTING.match(m.label) is not None


_NAMED_SITTING = re.compile(rf"(?:Kỳ|Phiên) họp {_SORT_OF_SITTING}thứ ")


def _complete_named(found: list[MeetingMention], text: str) -> dict[int, MeetingMention]:
    """`Hội nghị Trung ương 12` and `... 12 khóa XII`, `Kỳ họp thứ 6` and `Kỳ họp thứ 6 Quốc hội khóa XV`,
    `Hội nghị tiếp xúc cử tri` and `Hội nghị tiếp xúc cử tri với ...` of one day, in one article are
    one meeting: the shorter name stands for the fuller one."""
    replaced: dict[int, MeetingMention] = {}
    for m in found:
        named = _is_named(m)
        if (bare := _NUMBERED_ONLY.fullmatch(m.label)) and m.label.startswith("Hội nghị lần"):
            # `Hội nghị lần thứ 11`, undated or of its day, beside `Hội nghị Trung ương 11 khóa XII`: a
            # plenum told by its number alone in a page about that plenum (a committee's own numbered sitting is
            # `Phiên họp ...` or named with its body); `... 11` and `... 11 khóa XII` are one
            nth = key(bare.group("nth").split()[-1])
            plenums = [o for o in found if o is not m and (not m.date or m.date == o.date)
                       and (plenum := _CENTRAL_PLENUM.match(o.label)) and key(plenum.group(1)) == nth]
            whole = max(plenums, key=lambda o: len(o.label), default=None)
            if whole is not None and all(key(whole.label).startswith(key(o.label)) for o in plenums):
                whole.held = whole.held or m.held
                replaced[id(m)] = whole
                continue
        if (kind := _KIND_SESSION.fullmatch(m.label)) is not None:
            # `HĐND huyện X họp kỳ bất thường` in the headline, `... đã họp kỳ thứ tư (kỳ họp bất thường)` in the
            # lead: the numbered session of that body the text says is of that kind
            numbered = [o for o in found if o is not m and (not m.date or not o.date or m.date == o.date)
                        and (session := _NUMBERED_SESSION.fullmatch(o.label)) and session.group("body") == kind.group("body")
                        and re.search(rf"(?i:kỳ\s+họp\s+{kind.group('kind')})", text[o.span.start:o.span.end + 60])]
            if len(numbered) == 1:
                numbered[0].held = numbered[0].held or m.held
                numbered[0].date = numbered[0].date or m.date
                replaced[id(m)] = numbered[0]
                continue
        if not (named or m.date):
            continue  # a described one only on the same day (`Hội nghị tiếp xúc cử tri ngày 4/3`)
        # a congress only with its term (`Đại hội ... lần thứ XX` in the headline, `..., nhiệm kỳ 2020-2025` after)
        longer = key(m.label) + (" nhiệm kỳ " if m.label.startswith("Đại hội") else " ")  # `key` drops the comma
        fuller = [o for o in found if o is not m and key(o.label).startswith(longer)
                  and ((named and (not m.date or not o.date)) or m.date == o.date)]
        if len(fuller) == 1:
            other = fuller[0]
            other.held = other.held or m.held
            other.date = other.date or m.date
            replaced[id(m)] = other
    return replaced


_CENTRAL_PLENUM = re.compile(r"Hội nghị Trung ương (\S+)")  # a Central Committee plenum as named: its number
_KIND_SESSION = re.compile(rf"Kỳ họp (?P<kind>{_SESSION_KINDS}) (?P<body>.+)")  # `Kỳ họp bất thường HĐND tỉnh X`
_NUMBERED_SESSION = re.compile(rf"Kỳ họp {_SORT_OF_SITTING}thứ \S+ (?P<body>.+?)(?: khóa \w+)?(?:, nhiệm kỳ .*)?")
_PRESS = re.compile(r"(?i:họp\s+báo)")


def _merge_titles(found: list[MeetingMention], main: MeetingMention) -> dict[int, MeetingMention]:
    """An undated described meeting that shares most words with the reported one is the same."""
    words = set(key(main.label).split())
    replaced = {}
    for m in found:
        if m is main or m.date or _is_named(m) or bool(_PRESS.search(m.label)) != bool(_PRESS.search(main.label)):
            continue  # (a press briefing after a session is not the session: `họp báo Chính phủ thường kỳ`)
        number = _NUMBERED_ONLY.match(m.label)
        if number and not re.search(rf"(?<!\S){re.escape(key(number.group('nth')))}(?!\S)", key(main.label)):
            continue  # `BCH ... tổ chức Hội nghị lần thứ nhất` during a congress: the new committee's first plenum
        other = set(key(m.label).split())
        if len(words & other) >= 0.6 * min(len(words), len(other)):
            replaced[id(m)] = main
    return replaced


def _meeting_of(item_list: list[tuple[Found, MeetingMention]], main: MeetingMention,
                text: str) -> MeetingMention:
    """The meeting a role belongs to: a held one named right after `phát biểu tại`, else the main
    (`dự thảo Báo cáo chính trị tại Đại hội XIV` names a document for a meeting to come)."""
    for item, mention in item_list:
        if mention.held and cues()["speech_at"].search(text[max(0, item.start - 40): item.start]):
            return mention
    return main


# a delegation or team listed by name where the sentence reports its meeting (`Đoàn ĐBQH tỉnh gồm các đồng chí: A; B`)
_TEAM_LISTED = re.compile(r"(?<![\w])(?:(?<!Trung\sương\s)(?:Đoàn|đoàn)\s+"
                          r"(?:ĐBQH|(?i:đại\s+biểu|công\s+tác|kiểm\s+tra|giám\s+sát|khảo\s+sát))"
                          r"|(?i:các\s+(?:vị\s+)?)(?:ĐBQH|(?i:đại\s+biểu\s+(?:Quốc\s+hội|HĐND|Hội\s+đồng\s+nhân\s+dân))))"
                          r"(?:\s+(?!gồm)[^\s.:;]+){0,10}?\s+gồm(?:\s+có)?(?:\s+các\s+(?:đồng\s+chí|ông|bà))?\s*:")
_PRESENTS = re.compile(r"\s*,?\s*(?:đã\s+|vừa\s+)?trình\s+bày(?![\w])", re.IGNORECASE)
_ASKED = re.compile(r"(?<![\w])(?:yêu\s+cầu|đề\s+nghị|giao|mời)\s+(?:(?:các\s+)?(?:đồng\s+chí|ông|bà|đ/c)\s+)?$",
                    re.IGNORECASE)


def _presents(text: str, person: PersonMention, sentence: Sentence) -> bool:
    """`... và ông B, Tổng cục trưởng X trình bày ...`: B spoke; not `yêu cầu ông B trình bày ... tại kỳ họp tới`."""
    lead, end = person.bounds
    return _PRESENTS.match(text, end) is not None and not _ASKED.search(text, max(sentence.start, lead - 30), lead) \
        and not _WILL.search(text, end, sentence.end)
_HEARD = re.compile(r"(?<![\w])(?:được\s+)?nghe\s+(?:(?:đồng\s+chí|ông|bà|đ/c)\s+)?$", re.IGNORECASE)
_OPENER_GAP = re.compile(r"\s*,?\s*(?:(?:đã|sẽ|cũng|đến|dự|và|tới)\s+){0,3}")
_MEETING_NOUN = re.compile(r"(?i:hội\s+nghị|phiên\s+họp|kỳ\s+họp|kì\s+họp|cuộc\s+họp|đại\s+hội)")


def _own_session(text: str, item: Found, orgs: list[OrgMention]) -> str | None:
    """The body named right after a meeting's noun and number is the body whose session it is."""
    noun = _MEETING_NOUN.match(text, item.start)
    if noun is None:
        return None
    inside = [o for o in orgs if noun.end() <= o.span.start < item.end and not o.implied]
    if not inside or not cues()["own_session"].match(text[noun.end():inside[0].span.start]):
        return None
    return inside[0].label


# a sitting named by its kind alone, which only an elected assembly holds (`tại kỳ họp`, `Kỳ họp thứ 5`)
_BARE_SITTING = re.compile(rf"Kỳ họp(?: (?:{_SORT_OF_SITTING}thứ \S+|{_SESSION_KINDS}))?")
_COUNCIL = "Hội đồng nhân dân "
_ASSEMBLY = re.compile(rf"Quốc hội$|{_COUNCIL}")
# `Kỳ họp thứ 16` in a page naming one council (the Assembly is named in passing in councils' news too): that one's
_NUMBERED_SITTING = re.compile(rf"Kỳ họp {_SORT_OF_SITTING}thứ \S+")


def _assemblys_sitting(label: str, orgs: list[OrgMention]) -> str | None:
    """`Chiều 22/11, Quốc hội đã tiến hành công tác nhân sự tại kỳ họp`, `Tại kỳ họp, HĐND tỉnh đã bầu ...`: a
    sitting named by its kind alone is of the one assembly its sentence names."""
    if not _BARE_SITTING.fullmatch(label):
        return None
    assemblies = [o for o in orgs if not o.implied and _ASSEMBLY.match(o.label)]
    if len({o.label for o in assemblies}) != 1:
        return None
    return assemblies[0].label


def _one_council(orgs: list[OrgMention]) -> str | None:
    """The one People's Council a page names, itself or by a committee of it (`Ban Kinh tế - Ngân sách HĐND tỉnh X`)."""
    councils = {o.label[o.label.index(_COUNCIL):] for o in orgs if not o.implied and _COUNCIL in o.label}
    return next(iter(councils)) if len(councils) == 1 else None


# where a meeting is held, or on whose behalf (`tại trụ sở X, Y tổ chức`, `thừa ủy nhiệm của X, Y tổ chức`): not a host
_NOT_THE_HOST_BEFORE = re.compile(
    r"(?<![\w])(?:tại|trụ\s+sở|ở|(?:thừa\s+)?ủy\s+(?:nhiệm|quyền)(?:\s+của)?|thay\s+mặt)\s+$", re.IGNORECASE)


def _organizers(facts: ArticleFacts, sentence_meetings: dict[int, list[tuple[Found, MeetingMention]]]) -> None:
    """`X tổ chức Hội nghị`, `X phối hợp với Y tổ chức Hội nghị`, `Hội nghị do X tổ chức`."""
    text = facts.article.text
    orgs_in = by_sentence(facts.orgs)
    for index, items in sentence_meetings.items():
        here = orgs_in.get(index, [])
        for item, mention in items:
            if not mention.held:
                continue  # a meeting to come, or only named: the text tells no one organising it
            session = _own_session(text, item, here) or _assemblys_sitting(mention.label, here) \
                or (_one_council(facts.orgs) if _NUMBERED_SITTING.fullmatch(mention.label) else None)
            if session is not None:  # `Phiên họp Chính phủ`, `Hội nghị lần thứ 11 BCH Đảng bộ tỉnh`
                facts.organizers.append(Organizer(session, mention.key, index))
                convener = _organizing_body(text, item.start, here, facts.sentences[index])
                if convener is not None and convener.label != session:  # `Ban Thường vụ Tỉnh ủy tổ chức Hội nghị BCH`
                    facts.organizers.append(Organizer(convener.label, mention.key, index))
                continue
            own = re.search(r"\scủa\s+$", text[item.start:item.end])  # `Hội nghị ... của Chính phủ với ...`
            of = [o for o in here if item.start < o.span.start < item.end
                  and re.search(r"\scủa\s+$", text[item.start:o.span.start])
                  and not _OWNED.search(text[item.start:o.span.start])  # not `công bố quyết định của X`
                  and not _DELEGATION_OF.search(text, item.start, o.span.start)]  # nor `tiếp Đoàn công tác của X`
            if not of and not own and _NUMBERED_ALONE.fullmatch(mention.label):
                # `phiên họp thứ 14 của Ban Chỉ đạo tỉnh về ...`: a numbered sitting's name ends, its owner next
                of = [o for o in here if o.span.start > item.end and not o.implied
                      and _OF_AFTER.fullmatch(text, item.end, o.span.start)]
            written = _written_organizers(text, item, here, facts.sentences[index])
            if of and not own and not item.visit and (not written or _NUMBERED_ALONE.match(mention.label)):
                # (not `đến khảo sát tình hình của HĐND quận`: what is visited; not `X tổ chức Hội nghị tổng kết
                # công tác ... của Đảng bộ TP`: the body written as holding it; but `Văn phòng X tổ chức Hội nghị lần
                # thứ 10 của BCH ...`: a numbered sitting is its owner's)
                facts.organizers.append(Organizer(of[0].label, mention.key, index))
                continue
            by = _BY.match(text, item.end)
            if by:
                orgs = [o for o in here if o.span.start == by.end()]
                if orgs and re.match(r"\s+(?:(?:phối\s+hợp\s+)?tổ\s+chức|chủ\s+trì\s+tổ\s+chức)", text[orgs[0].span.end:]):
                    facts.organizers.append(Organizer(orgs[0].label, mention.key, index))
                    continue
            for org in written:
                facts.organizers.append(Organizer(org.label, mention.key, index))
            if written and re.fullmatch(r"(?:Hội nghị|Đại hội|Cuộc họp) lần (?:thứ \S+|đầu tiên)", mention.label):
                mention.label = f"{mention.label} {written[0].label}"  # its organizer's


def _written_organizers(text: str, item: Found, here: list[OrgMention], sentence: Sentence) -> list[OrgMention]:
    """The bodies written as organizing a meeting right before its name (`X tổ chức Hội nghị`), the nearest
    first; every body listed with it (`Tỉnh ủy, HĐND, UBND tỉnh X tổ chức`), and whom a partner works with
    (`X phối hợp với Y tổ chức`)."""
    before = text[max(0, item.start - 30): item.start]
    org_match = cues()["organize"].search(before)
    if not org_match or _an_activity(org_match, text, item.start):
        return []
    edge = item.start - (len(before) - org_match.start())
    orgs = sorted((o for o in _gapped([o for o in here if o.span.end <= edge], text, edge)
                   if _may_organise(text, org_match, o, sentence)),
                  key=lambda o: (o.span.end, -o.span.start))  # the whole name last, not one nested in it
    if not orgs:
        return []
    out = [orgs[-1]]
    listed = orgs[-1]
    for earlier in reversed([o for o in here if o.span.end < listed.span.start and not o.implied]):
        if not AND_GAP.fullmatch(text, earlier.span.end, listed.span.start):
            continue  # `Tỉnh ủy, HĐND, UBND tỉnh X tổ chức ...`: every body listed organises it
        if _NOT_THE_HOST_BEFORE.search(text, max(0, earlier.span.start - 20), earlier.span.start):
            break  # `tại trụ sở Trung ương Đảng, Ban Bí thư tổ chức ...`: where, not who
        out.append(earlier)
        listed = earlier
    # `X phối hợp với Y, Z tổ chức ...`: the one who works with the partners listed too
    partner = re.search(r"phối\s+hợp\s+(?:với\s+)?$", text[max(0, listed.span.start - 25):listed.span.start])
    if partner:
        lead = [o for o in here if o.span.end <= listed.span.start
                and _organizer_gap().fullmatch(text[o.span.end:listed.span.start - len(partner.group(0))])]
        if lead:
            out.append(lead[-1])
    return out


def _roles(facts: ArticleFacts, main: MeetingMention,
           sentence_meetings: dict[int, list[tuple[Found, MeetingMention]]]) -> None:
    text = facts.article.text
    c = cues()
    seen: set[tuple[str, str, str]] = set()

    def add(relation: str, person: PersonMention, meeting: MeetingMention, sentence: int) -> None:
        if (relation, person.name, meeting.key) not in seen:
            seen.add((relation, person.name, meeting.key))
            facts.roles.append(Role(relation, person.name, meeting.key, sentence))

    persons_in = by_sentence(facts.persons)
    listed: tuple[int, MeetingMention] | None = None  # the last sentence that listed attendees
    for sentence in facts.sentences:
        persons = sorted(persons_in.get(sentence.index, ()), key=lambda p: p.span.start)
        if not persons:
            if c["attend"].search(text, sentence.start, sentence.end):  # `Cùng dự có đại diện các Bộ`: a list goes on
                listed = (sentence.index, _meeting_of(sentence_meetings.get(sentence.index, []), main, text))
            continue
        items = sentence_meetings.get(sentence.index, [])
        meeting = _meeting_of(items, main, text)
        first_person = persons[0].span.start
        framing = [m for f, m in items if m is not main and m.held and f.start < first_person]
        if meeting is main and framing and not any(m is main for _, m in items):
            continue  # `Tại Đại hội XIII, ông A ...`: the sentence reports another meeting's roles
        extents = [p.extent for p in persons if p.extent]
        for found, mention in items:  # `Phó Thủ tướng A đã có buổi làm việc với ...`: A takes part
            if found.host is not None and mention.held:
                for host in _listed_up_to(text, persons, found.host):
                    add("attended", host, mention, sentence.index)
        for person in persons:  # `tiếp Đoàn công tác của X do đồng chí A, ... làm Trưởng đoàn`: A takes part
            if items and meeting.held and _LEADS_THE_VISIT.match(text, person.bounds[1]) \
                    and _LED_BY.search(text, max(sentence.start, person.bounds[0] - 24), person.bounds[0]):
                add("attended", person, meeting, sentence.index)
        team = _TEAM_LISTED.search(text, sentence.start, sentence.end)
        if team is not None and meeting.held and items:
            # `Đoàn ĐBQH tỉnh X gồm các đồng chí: A, ...; B, ... tiếp xúc cử tri`: the team's members take part
            for person in persons:
                if person.span.start >= team.end() and not person.short:
                    add("attended", person, meeting, sentence.index)
        for chair in c["chair"].finditer(text, sentence.start, sentence.end):
            if c["chair_skip"].search(text[max(0, chair.start() - 15): chair.start()]):
                continue
            if any(start <= chair.start() < end for start, end in extents):
                continue  # `Ủy viên Đoàn Chủ tịch ...` is a title, not a chair
            # `A đã chủ trì phiên họp X`: the meeting named right after the verb, not the reported one
            chaired = next((m for f, m in items if m.held and (f.named or f.body) and 0 <= f.start - chair.end() <= 3),
                           meeting)
            for person in _chairs(text, persons, chair.start(), chair.end(), sentence):
                add("chaired", person, chaired, sentence.index)
        clauses = _clauses(sentence)
        for clause in clauses:  # `A chia sẻ ...; đồng chí B trình bày ...`: a subject each
            speakers = _speakers(text, persons, clause)
            opens = _LIST_OPENS.match(sentence.text) if speakers and clause is clauses[-1] and len(clauses) > 1 else None
            if opens is not None and (opens.group("colon") or not any(
                    c[cue].search(text, sentence.start, clause.start) for cue in ("chair", "attend", "speak"))):
                # `Các đồng chí: A, ...; B, ... dự và phát biểu`: the list the sentence opens with speaks
                speakers = [p for p in persons if p.span.start < speakers[-1].span.end]
            for speaker in speakers:
                add("spokeAt", speaker, meeting, sentence.index)
        for person in persons:  # `Quốc hội đã nghe Trưởng Ban Công tác đại biểu A trình bày ...`: A spoke
            lead = person.bounds[0]
            speech = c["speech_of"].search(text, max(sentence.start, lead - 60), lead)
            if speech and c["disseminated"].search(text, max(sentence.start, speech.start() - 30), speech.start()):
                speech = None  # `quán triệt bài phát biểu của Tổng Bí thư A`: a speech given elsewhere
            if _HEARD.search(text, max(sentence.start, lead - 25), lead) or speech \
                    or _presents(text, person, sentence):
                add("spokeAt", person, meeting, sentence.index)
        for person in persons:  # `Bộ trưởng Lê Văn An: Đối tượng ...`, a line of questions and answers
            if _LINE_START.search(text, max(0, person.bounds[0] - 6), person.bounds[0]) \
                    and _SAYS.match(text, person.span.end):
                add("spokeAt", person, meeting, sentence.index)
        for opened in c["opens"].finditer(text, sentence.start, sentence.end):
            opener = next((p for p in reversed(persons) if p.bounds[1] <= opened.start()
                           and _OPENER_GAP.fullmatch(text[p.bounds[1]:opened.start()])), None)
            if opener is not None:
                add("spokeAt", opener, meeting, sentence.index)
        roles_before = len(facts.roles)
        co_chairs = _CO_CHAIRS.match(text, sentence.start, sentence.end)
        if co_chairs is not None:  # `Cùng chủ trì phiên họp tại điểm cầu X có đồng chí A ... và B`: chairs, listed
            stop = next((a.start() for a in c["attend"].finditer(text, co_chairs.end(), sentence.end)), sentence.end)
            for person in _unique([p for p in persons if co_chairs.end() <= p.span.start < stop]):
                add("chaired", person, meeting, sentence.index)
        for attend in c["attend"].finditer(text, sentence.start, sentence.end):
            if co_chairs is not None and attend.start() < co_chairs.end():
                continue  # (the bridge point's `có` opens the chairs' list, not attendees')
            for person in _chairs(text, persons, attend.start(), attend.end(), sentence):
                add("attended", person, meeting, sentence.index)
        if listed and listed[0] == sentence.index - 1 and c["attend_more"].match(sentence.text):
            for person in persons:  # `Bên cạnh đó còn có A; B ...` continues the list before it
                add("attended", person, listed[1], sentence.index)
        if len(facts.roles) > roles_before:  # this sentence listed attendees: the next may go on
            listed = (sentence.index, meeting)
        for received in c["receive"].finditer(text, sentence.start, sentence.end):  # `A tiếp Đại sứ B`: both take part
            host = subject(text, [p for p in persons if p.bounds[1] <= received.start()], sentence)
            guest = next((p for p in persons if p.bounds[0] >= received.end()), None)
            guest = guest if guest and _GUEST_GAP.fullmatch(text, received.end(), guest.bounds[0]) else None
            for person in [p for p in (host, guest) if p is not None]:
                add("attended", person, meeting, sentence.index)
        for awarded in c["awarded"].finditer(text, sentence.start, sentence.end):  # `A vinh dự được nhận Huân chương`
            receiver = next((p for p in reversed(persons) if p.bounds[1] <= awarded.start()
                             and _AWARDED_GAP.fullmatch(text, p.bounds[1], awarded.start())), None)
            if receiver is not None:
                add("attended", receiver, meeting, sentence.index)
        for handed in c["hand_over"].finditer(text, sentence.start, sentence.end):  # `A trao quyết định cho B`
            before = [p for p in persons if p.span.end <= handed.start()]
            giver = subject(text, before, sentence)
            # `A và B tặng hoa, chúc mừng ...`: every giver listed
            chain = _list_ending_at(text, before, handed.start()) if giver is not None else []
            # (not a bare title before them, `Thừa ủy quyền của Chủ tịch nước, Thủ tướng A trao ...`: on whose behalf)
            givers = [p for p in chain if p is giver or not p.short] if any(p is giver for p in chain) \
                else [giver] if giver is not None else []
            after = [p for p in persons if p.span.start >= handed.end()]
            receivers = after[:1]
            for person in after[1:]:  # `cho đồng chí A và B`: every receiver listed (`A (thứ hai từ trái) và B` too)
                if not _LIST_GAP.fullmatch(_CAPTION_ASIDE.sub("", text[receivers[-1].bounds[1]:person.span.start])):
                    break
                receivers.append(person)
            for person in [*givers, *receivers]:
                add("attended", person, meeting, sentence.index)
        for handed in c["hands"].finditer(text, sentence.start, sentence.end):  # `A và B trao Quyết định ...`
            if any(found.start - 8 <= handed.start() <= found.start + 8 for found, _ in items) \
                    or _EARLIER.match(sentence.text):  # `Trước đó, A đã trao quyết định ...`: not at this meeting
                continue  # `A đã trao quyết định ... điều động B`: the handover named here, no ceremony reported
            givers = [p for p in persons if p.bounds[1] <= handed.start()]
            if givers and _GIVER_GAP.fullmatch(text, givers[-1].bounds[1], handed.start()):
                for person in _list_ending_at(text, givers, handed.start()):
                    add("attended", person, meeting, sentence.index)
    chairs_speakers = {(r.person, r.meeting) for r in facts.roles if r.relation in {"chaired", "spokeAt"}}
    facts.roles[:] = [r for r in facts.roles
                      if r.relation != "attended" or (r.person, r.meeting) not in chairs_speakers]


# a line that opens with who speaks, then a colon (a transcript of questions and answers)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*[-–—*+•]?[ \t]*$")
_SAYS = re.compile(r"[ \t]*(?:\([^()\n]{1,80}\))?[ \t]*:[ \t]*\S")
_AWARDED_GAP = re.compile(r"[^.;:,]{0,40}")  # `A (sinh năm 1950) vinh dự được nhận ...`: the receiver's own clause


# what may stand between `tiếp` and its guest's name: `ông`, a rank (`Thượng tướng`), a degree, or two (`Ngài Đại sứ`)
_GUEST_GAP = re.compile(rf"\s*(?:các\s+)?(?:(?:{honorific_pattern()})\s+){{0,2}}", re.IGNORECASE)


# a list opening a sentence (`Các đồng chí: A, ...; B, ...`, `Các đồng chí A, ...; B, ...`)
# (without the colon, only where no item has a role of its own: `Các đồng chí A, ...; B, ... chủ trì; C phát biểu`)
_LIST_OPENS = re.compile(r"\s*(?:các|cùng\s+các)\s+(?:đồng\s+chí|đ/c)(?:\s*(?P<colon>:)|\s+(?-i:[A-ZĐ]))", re.IGNORECASE)


def _speakers(text: str, persons: list[PersonMention], clause: Sentence) -> list[PersonMention]:
    """Who speaks in a clause: named before its last word of speaking (`A phát biểu`), with whoever is
    listed with them up to it (`A, Chủ tịch nước B, Thủ tướng C đã phát biểu`), or right after a fronted
    one (`Phát biểu tại hội nghị, đồng chí A ...`); never a decision's object (`công bố quyết định ...
    đối với ông A`)."""
    # a cue word inside a name, before its last syllable, is the name's (the surname Hứa), not a verb (one ending the
    # name or running past it is a verb a wrongly long name took in: `Nguyễn Văn Tâm Chúc Mừng`)
    names = [p.span for p in persons]
    said = [m.start() for m in cues()["speak"].finditer(text, clause.start, clause.end)
            if not any(n.start <= m.start() and m.end() < n.end for n in names)]
    if not said:
        return []
    inside = [p for p in persons if clause.start <= p.span.start < clause.end]
    before = [p for p in inside if p.span.start < said[-1]]
    if before:
        first = subject(text, before, clause)
        listed = _list_ending_at(text, before, next((at for at in said if at >= before[-1].bounds[1]), said[-1]))
        return listed if first is not None and len(listed) > 1 and listed[0] is first else [first] if first else []
    after = [p for p in inside if cues()["speaker_after"].fullmatch(text, said[-1], min(p.bounds[0], p.span.start))]
    first = subject(text, after, clause)
    return [first] if first is not None else []


def _clauses(sentence: Sentence) -> list[Sentence]:
    """The parts of a sentence between semicolons, as sentences of their own (same index)."""
    out, start = [], sentence.start
    for m in re.finditer(r";\s*", sentence.text):
        out.append(Sentence(start, sentence.start + m.start(), sentence.text[start - sentence.start:m.start()],
                            sentence.index))
        start = sentence.start + m.end()
    out.append(Sentence(start, sentence.end, sentence.text[start - sentence.start:], sentence.index))
    return out


def _chairs(text: str, persons: list[PersonMention], start: int, end: int, sentence: Sentence) -> list[PersonMention]:
    """Who a `chủ trì` / `dự` cue names: the list it introduces (`Chủ trì hội nghị có các đồng chí: A; B`),
    the list it closes (`A, B và C dự`; `... có các đ/c: A; B chủ trì`), else the nearest person before it."""
    before = [p for p in persons if p.span.end <= start]
    # the list ends where the other role's begins (`dưới sự điều hành của các đồng chí: A; B. Dự kỳ họp có ...`)
    other = "attend" if cues()["chair"].match(text, start) else "chair"
    others = [m.start() for m in cues()[other].finditer(text, end, sentence.end)]
    after = [p for p in persons if p.span.start >= end and not any(o < p.span.start for o in others)]
    while after and _ALONG_WITH.fullmatch(text, end, after[0].span.start):
        end, after = after[0].span.end, after[1:]  # `Cùng dự với Thường trực Ban Bí thư còn có A, B`: whom they join
    # a list the cue opens, in its own clause (`đồng chủ trì kỳ họp; tham dự có A` opens nothing)
    intro = re.search(r"(?:\s(?:có|gồm|là)\b|:)", text[end: after[0].span.start]) \
        if after and ";" not in text[end: after[0].span.start] else None
    if after and intro:
        return _unique(after)
    if after and not before:  # `dưới sự điều hành của A, Quốc hội nghe B trình bày`: A and whoever is listed with A
        chain = [after[0]]
        for person in after[1:]:
            lead = person.bounds[0] if person.bounds[0] >= chain[-1].bounds[1] else person.span.start
            gap = text[min(chain[-1].bounds[1], lead):lead]
            if not _LIST_GAP.fullmatch(gap) and not _ITEM_GAP.fullmatch(gap):  # a shared title: names apart
                break
            chain.append(person)
        return _unique(chain)
    if not before:
        return []
    lead = text[sentence.start: before[0].span.start]
    if re.search(r"(?:\s(?:có|gồm)\s+(?:các\s+)?(?:đồng\s+chí|đ/c)|:)\s*$", lead, re.IGNORECASE) \
            or re.fullmatch(r"\s*các\s+(?:đồng\s+chí|đ/c)\s*:?\s*", lead, re.IGNORECASE):
        return _unique(before)  # `Các đồng chí A, ...; B, ... cùng dự hội nghị`: the list the sentence opens with
    return _unique(_list_ending_at(text, before, start))


_ALONG_WITH = re.compile(r"\s+(?:với|cùng)\s+", re.IGNORECASE)
# a sentence that opens with the (co-)chairs' list (`Cùng chủ trì phiên họp tại điểm cầu Trụ sở Chính phủ có đồng chí A`,
# `Chủ trì hội nghị từ điểm cầu Hà Nội có đồng chí A`), up to the attendees' list if it goes on to one
_CO_CHAIRS = re.compile(r"\s*(?:[-–+•]\s*)?(?:(?:Cùng|Đồng)\s+)?chủ\s+trì(?![\w])[^.;:]{0,100}?\s(?:có|gồm)(?:\s+các)?"
                        r"(?=\s+(?:đồng\s+chí|đ/c|ông|bà|(?-i:[A-ZĐ])))", re.IGNORECASE)


# a rank before the next item's titles is no part of them (`; Đại tướng, Bộ trưởng Quốc phòng B`)
# a caption's aside between receivers (`ông A (thứ 2 từ trái qua) và ông B`, `A (sinh hoạt tại Chi bộ X), B`), longer
# than patterns.SHORT_ASIDE since it may name a unit
_CAPTION_ASIDE = re.compile(r"\s*\([^()]{0,60}\)")
_LIST_GAP = re.compile(rf"\s*(?:,|;|và|cùng)\s*(?:các\s+)?(?:(?:{honorific_pattern()})\s*[:,]?\s*)?", re.IGNORECASE)
# `bà A - <titles we cannot read>, bà B`: items of a list, each after a dash with its titles, the next after its honorific
_ITEM_GAP = re.compile(rf"\s*[-–—]\s*[^;.:()]{{0,150}}?,\s*(?:{honorific_pattern()})\s+", re.IGNORECASE)


# `A, B dự và phát biểu`; `A - Bí thư Tỉnh ủy, B - Chủ tịch UBND tỉnh đến dự`
_TENSE_GAP = re.compile(r"\s*(?:(?:đã|vừa|cùng|(?:đến\s+|tới\s+)?dự\s+và|đến|tới|về)\s+)+", re.IGNORECASE)
_GIVER_GAP = re.compile(r"\s*(?:(?:đã|vừa|cùng)\s+)*", re.IGNORECASE)  # nothing but a tense between givers and `trao`
# `A; B; C cùng nhiều đồng chí lãnh đạo, nguyên lãnh đạo ... đến dự`: the list ends with the unnamed others
# (`A, B, C và lãnh đạo sở, ngành tham dự`: the unnamed others after `và`)
_OTHERS_TOO = re.compile(r"\s*,?\s*(?:(?:cùng|với)\s+(?:nhiều|các|đông\s+đảo)\s|và\s+(?:các\s+|nhiều\s+)?(?:lãnh\s+đạo|đại\s+diện"
                         r"|đại\s+biểu|cán\s+bộ|thành\s+viên)\s)[^;.:]*?\s(?:(?:đã|cùng|đều)\s+)*(?:đến|về|tới)?\s*",
                         re.IGNORECASE)


def _list_ending_at(text: str, before: list[PersonMention], cue: int) -> list[PersonMention]:
    """The persons of a list that ends right before the cue (`A, Chủ tịch nước B, Thủ tướng C dự`)."""
    last = before[-1]
    chain = [last]
    edge = last.bounds[0]
    if text[last.bounds[1]:cue].strip(" ,") and not _TENSE_GAP.fullmatch(text, last.bounds[1], cue) \
            and not _OTHERS_TOO.fullmatch(text, last.bounds[1], cue) and len(text[last.span.end:cue].split()) > 3:
        return chain  # the last person's own clause (`A, B và C, Phó Chủ tịch HĐND tỉnh đã chủ trì` is a list)
    for person in reversed(before[:-1]):
        extent = person.bounds
        if edge < extent[1]:  # `các Phó Chủ tịch A, B`: a title shared by the list, the names apart
            edge = chain[0].span.start
        if not _LIST_GAP.fullmatch(text[extent[1]:edge]):
            break
        chain.insert(0, person)
        edge = extent[0]
    return chain


def _unique(persons: list[PersonMention]) -> list[PersonMention]:
    seen, out = set(), []
    for p in persons:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return out


def subject(text: str, persons: list[PersonMention], sentence: Sentence) -> PersonMention | None:
    """The person a sentence is about: its first person not written as an object (`của`, `với`)."""
    for person in persons:
        if cues()["object"].search(text[max(sentence.start, person.span.start - 20): person.span.start]):
            continue
        return person
    return None

