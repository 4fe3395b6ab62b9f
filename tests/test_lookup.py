"""Lookups forgive the way Vietnamese users type, and refuse to guess between candidates."""

from __future__ import annotations

from datetime import date

import pytest

from _querygraphs import HOSTILE, HOSTILE2, write_organisation_graph
from orggraph.lookup import AmbiguousError, Index, LookupError, expand, parameter_value, resolve_kind
from orggraph.query import Iri, OxigraphEngine, named
from orggraph.vocab import ID, OG


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> OxigraphEngine:
    return OxigraphEngine.load(write_organisation_graph(tmp_path_factory.mktemp("g") / "orggraph.ttl"))


@pytest.fixture(scope="module", params=["memory", "file"])
def index(request: pytest.FixtureRequest, engine: OxigraphEngine,
          tmp_path_factory: pytest.TempPathFactory) -> Index:
    """The index read from the graph, and the same index read back from its SQLite file (the
    one a big graph's on-disk store keeps): both answer alike."""
    if request.param == "memory":
        return Index.build(engine)
    folder = tmp_path_factory.mktemp("cached")
    graph = write_organisation_graph(folder / "orggraph.ttl")
    Index.build(OxigraphEngine.cached(graph, folder / "cache"))  # writes the file
    index = Index.build(OxigraphEngine.cached(graph, folder / "cache"))
    assert type(index.names).__name__ == "_NameFile"
    return index


@pytest.mark.parametrize(("text", "node"), [
    ("Nguyễn Văn Hùng", "person/nguyen-van-hung"),
    ("nguyen van hung", "person/nguyen-van-hung"),
    ("NGUYỄN VĂN HÙNG", "person/nguyen-van-hung"),
    ("Lan", "person/tran-thi-lan"),  # given name, unambiguous
    ("tuan", "person/le-minh-tuan"),
    ("Minh Tuấn", "person/le-minh-tuan"),
    ("Ban Tổ chức TW", "body/ban-to-chuc-trung-uong"),
    ("ban to chuc T.U", "body/ban-to-chuc-trung-uong"),
    ("Ban Tổ chức TƯ", "body/ban-to-chuc-trung-uong"),
    ("Trưởng ban Tổ chức T.Ư", "post/truong-ban-to-chuc-trung-uong"),
    ("truong ban to chuc trung uong", "post/truong-ban-to-chuc-trung-uong"),
    ("Uỷ ban nhân dân tỉnh Nghệ An", "body/uy-ban-nhan-dan-tinh-nghe-an"),  # old tone mark
    ("UBND tinh Nghe An", "body/uy-ban-nhan-dan-tinh-nghe-an"),
    ("Phó Chủ tịch UBND tỉnh Nghệ An", "post/pho-chu-tich-ubnd-tinh-nghe-an"),
    ("BCH Trung ương", "body/ban-chap-hanh-trung-uong"),
    ("dai hoi 14", "meeting/dai-hoi-xiv"),  # Roman numerals read as numbers
    ("person/tran-thi-lan", "person/tran-thi-lan"),
    (ID + "person/tran-thi-lan", "person/tran-thi-lan"),
    (HOSTILE, "person/hostile"),
    (HOSTILE2, "person/hostile-2"),
])
def test_forgiving_lookups(index: Index, text: str, node: str) -> None:
    assert index.find(text).iri == ID + node


def test_ambiguous_given_name_lists_the_candidates(index: Index) -> None:
    with pytest.raises(AmbiguousError) as err:
        index.find("Hùng")
    assert [c.label for c in err.value.candidates] == ["Nguyễn Văn Hùng", "Phạm Văn Hùng"]
    assert "person/pham-van-hung" in str(err.value)


def test_a_type_narrows_the_candidates(engine: OxigraphEngine) -> None:
    with pytest.raises(AmbiguousError):
        Index.build(engine).find("Ban Tổ chức")
    assert Index.build(engine, ["Organization"]).find("Ban Tổ chức").label == "Ban Tổ chức Trung ương"


def test_exact_name_wins_over_a_partial_one(index: Index) -> None:
    # "Trưởng ban Tổ chức Trung ương" is also a run of words in "Phó trưởng ban Tổ chức Trung ương"
    assert index.find("Trưởng ban Tổ chức Trung ương").label == "Trưởng ban Tổ chức Trung ương"


def test_not_found_suggests_close_names(index: Index) -> None:
    with pytest.raises(LookupError, match="did you mean: Nguyễn Văn Hùng"):
        index.find("Nguyen Van Hunh")
    with pytest.raises(LookupError, match="no node"):
        index.find("} ; DELETE WHERE")


def test_abbreviations_expand_only_as_abbreviations() -> None:
    assert expand("Ban Tổ chức TW") == "Ban Tổ chức Trung ương"
    assert expand("HĐND, hdnd và MTTQ") == "Hội đồng nhân dân, Hội đồng nhân dân và Mặt trận Tổ quốc"
    assert expand("ông Tư") == "ông Tư"  # a name, not TƯ
    assert expand("BTV Tỉnh ủy") == "Ban Thường vụ Tỉnh ủy"
    assert expand("ĐBQH") == "Đại biểu Quốc hội"
    assert expand("TP.Huế, TP. Vinh") == "Thành phố Huế, Thành phố Vinh"


def test_document_kind_and_typed_parameters(engine: OxigraphEngine) -> None:
    assert resolve_kind(engine, "nghi quyet") == "Nghị quyết"
    with pytest.raises(LookupError, match="kinds in the graph: Chỉ thị, Nghị quyết"):
        resolve_kind(engine, "luật")
    meetings, evidence = named("meetings"), named("evidence")
    assert parameter_value(engine, meetings, "from", "2020-01-02") == date(2020, 1, 2)
    assert parameter_value(engine, meetings, "held", "yes") is True
    body = parameter_value(engine, meetings, "body", "ban to chuc tw")
    assert body == Iri(ID + "body/ban-to-chuc-trung-uong")
    assert parameter_value(engine, evidence, "predicate", "holds") == Iri(OG["holds"])
    with pytest.raises(LookupError):
        parameter_value(engine, meetings, "from", "13/05/2020")
    with pytest.raises(LookupError):
        parameter_value(engine, evidence, "predicate", "owns")


def test_the_index_is_the_same_from_the_store_and_from_labels_rq(tmp_path) -> None:
    from orggraph.lookup import _all_entries
    from orggraph.query import RdflibEngine

    graph = write_organisation_graph(tmp_path / "orggraph.ttl")
    from_store = _all_entries(OxigraphEngine.load(graph))
    assert from_store and from_store == _all_entries(RdflibEngine.load(graph))
    cached = OxigraphEngine.cached(graph, tmp_path / "cache")
    assert cached.directory is not None
    assert _all_entries(cached) == from_store
    [written] = cached.directory.glob("orggraph-labels-*.sqlite")
    again = OxigraphEngine.cached(graph, tmp_path / "cache")
    assert _all_entries(again) == from_store  # read back from the file
    written.write_text("not sqlite", encoding="utf-8")
    assert _all_entries(OxigraphEngine.cached(graph, tmp_path / "cache")) == from_store
