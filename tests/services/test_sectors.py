"""Tests for the GB/T 4754-2017 sector taxonomy."""

import json
import re

import pytest

from app.resources import resource_path
from app.services.sectors import (
    Sector,
    is_known_sector,
    parse_sector_codes,
    section_of,
    sector,
    sector_label,
    sectors,
)


def _sections() -> list[Sector]:
    return [s for s in sectors() if s.parent is None]


def _divisions() -> list[Sector]:
    return [s for s in sectors() if s.parent is not None]


def test_taxonomy_has_the_twenty_sections_a_to_t_in_order() -> None:
    assert [s.code for s in _sections()] == list("ABCDEFGHIJKLMNOPQRST")


def test_taxonomy_has_divisions_01_to_97_each_exactly_once_in_order() -> None:
    numbers = [int(d.code[1:]) for d in _divisions()]
    assert numbers == list(range(1, 98))


def test_all_codes_are_unique() -> None:
    codes = [s.code for s in sectors()]
    assert len(codes) == len(set(codes)) == 20 + 97


def test_division_code_is_parent_letter_and_two_digits() -> None:
    for d in _divisions():
        assert re.fullmatch(r"[A-T]\d{2}", d.code), d.code
        assert d.code[0] == d.parent


def test_every_sector_has_english_and_chinese_names() -> None:
    for s in sectors():
        assert s.name_en.strip() and s.name_en == s.name_en.strip(), s.code
        assert re.search(r"[\u4e00-\u9fff]", s.name_zh), s.code


def test_sections_are_followed_by_their_own_divisions() -> None:
    current = None
    for s in sectors():
        if s.parent is None:
            current = s.code
        else:
            assert s.parent == current, s.code


@pytest.mark.parametrize(
    ("code", "name_zh"),
    [
        ("C", "制造业"),
        ("C38", "电气机械和器材制造业"),
        ("C39", "计算机、通信和其他电子设备制造业"),
        ("I65", "软件和信息技术服务业"),
        ("M73", "研究和试验发展"),
        ("G58", "多式联运和运输代理业"),
        ("N79", "土地管理业"),
        ("T97", "国际组织"),
    ],
)
def test_known_codes_have_their_official_chinese_names(code: str, name_zh: str) -> None:
    found = sector(code)
    assert found is not None
    assert found.name_zh == name_zh


def test_section_boundaries_follow_the_standard() -> None:
    first_last = {
        s.code: (ds[0].code, ds[-1].code)
        for s in _sections()
        for ds in [[d for d in _divisions() if d.parent == s.code]]
    }
    assert first_last["A"] == ("A01", "A05")
    assert first_last["C"] == ("C13", "C43")
    assert first_last["I"] == ("I63", "I65")
    assert first_last["S"] == ("S91", "S96")


def test_json_sections_carry_a_nace_mapping() -> None:
    data = json.loads(resource_path("sectors.json").read_text(encoding="utf-8"))
    assert data["standard"] == "GB/T 4754-2017"
    nace = {s["code"]: s["nace"] for s in data["sections"]}
    for value in nace.values():
        assert re.fullmatch(r"[A-U](,[A-U])*", value), value
    assert nace["I"] == "J"
    assert nace["C"] == "C"


def test_sector_lookup_ignores_case_and_spaces() -> None:
    assert sector(" c38 ") == sector("C38")
    assert sector("C38") is not None


def test_unknown_codes_are_not_known() -> None:
    assert not is_known_sector("C99")
    assert not is_known_sector("U")
    assert not is_known_sector("38")
    assert is_known_sector("m73")
    assert sector("Z01") is None


def test_sector_label_in_english_and_chinese() -> None:
    assert sector_label("C38") == "C38 Electrical machinery and equipment"
    assert sector_label("c38", "zh_CN") == "C38 电气机械和器材制造业"
    assert sector_label("C", "zh") == "C 制造业"


def test_sector_label_of_unknown_code_is_the_code_itself() -> None:
    assert sector_label("X99") == "X99"


def test_section_of_division_and_section() -> None:
    assert section_of("C38") == "C"
    assert section_of("i65") == "I"
    assert section_of("M") == "M"


def test_section_of_unknown_code_raises() -> None:
    with pytest.raises(ValueError, match="X12"):
        section_of("X12")


def test_parse_sector_codes_accepts_all_separators_and_dedupes_in_order() -> None:
    text = " c38; I65,m73；C38  A\tc38，G58、N79 "
    assert parse_sector_codes(text) == ["C38", "I65", "M73", "A", "G58", "N79"]


def test_parse_sector_codes_of_blank_text_is_empty() -> None:
    assert parse_sector_codes("  ; ,, ") == []


def test_parse_sector_codes_names_the_unknown_code() -> None:
    with pytest.raises(ValueError) as info:
        parse_sector_codes("C38; C99")
    assert str(info.value).startswith("C99 is not a sector code of GB/T 4754-2017.")


def test_parse_sector_codes_names_all_unknown_codes() -> None:
    with pytest.raises(ValueError, match=r"X1, 77 are not sector codes"):
        parse_sector_codes("x1 C38 77")


def test_sectors_is_cached_and_stable() -> None:
    assert sectors() is sectors()
