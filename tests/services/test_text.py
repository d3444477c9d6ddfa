"""Tests for text normalisation and name similarity."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.text import (
    DUPLICATE_THRESHOLD,
    has_cjk,
    name_key,
    name_similarity,
    normalize,
    strip_legal_form,
)


def test_normalize_turns_full_width_into_half_width_and_folds_case() -> None:
    assert normalize("ＨＵＡＷＥＩ　Ｔｅｃｈ １２３") == "huawei tech 123"


def test_normalize_removes_ascii_and_cjk_punctuation() -> None:
    assert normalize("华为技术（深圳）有限公司，。【研发】、") == "华为技术 深圳 有限公司 研发"
    assert normalize("Smith & Jones, Inc.!") == "smith jones inc"


def test_normalize_collapses_whitespace() -> None:
    assert normalize("  a \t b\n\nc  ") == "a b c"


def test_normalize_drops_apostrophes_inside_words() -> None:
    assert normalize("O’Brien's Lab") == "obriens lab"


def test_normalize_of_punctuation_only_is_empty() -> None:
    assert normalize(" ，。！ ... ") == ""


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Huawei Technologies Co., Ltd.", "huawei technologies"),
        ("Huawei Technologies Co. Ltd", "huawei technologies"),
        ("Acme Limited", "acme"),
        ("Apple, Inc.", "apple"),
        ("Acme Corp.", "acme"),
        ("Acme Corporation", "acme"),
        ("Acme LLC", "acme"),
        ("Robert Bosch GmbH", "robert bosch"),
        ("Siemens AG", "siemens"),
        ("Banco Santander, S.A.", "banco santander"),
        ("Barclays PLC", "barclays"),
        ("Ford Motor Company", "ford motor"),
        ("Fosun Group", "fosun"),
        ("华为技术有限公司", "华为技术"),
        ("中国平安保险（集团）股份有限公司", "中国平安保险"),
        ("北京字节跳动科技有限责任公司", "北京字节跳动科技"),
        ("海尔集团公司", "海尔"),
        ("复星集团", "复星"),
        ("深圳市腾讯计算机系统有限公司", "深圳市腾讯计算机系统"),
    ],
)
def test_strip_legal_form_removes_legal_forms(name: str, expected: str) -> None:
    assert strip_legal_form(name) == expected


def test_strip_legal_form_keeps_group_inside_a_name() -> None:
    assert strip_legal_form("Group Lotus Engineering") == "group lotus engineering"


def test_strip_legal_form_keeps_branch_office_marker() -> None:
    assert strip_legal_form("华为技术有限公司深圳分公司") == "华为技术有限公司深圳分公司"


def test_strip_legal_form_never_empties_a_name() -> None:
    assert strip_legal_form("Limited") == "limited"
    assert strip_legal_form("有限公司") == "有限公司"
    assert strip_legal_form("Company Limited") == "company limited"


def test_name_key_joins_cjk_characters_split_by_spaces_or_punctuation() -> None:
    assert name_key("华为 技术（深圳）有限公司") == "华为技术深圳"
    assert name_key("ＨＵＡＷＥＩ Technologies Co., Ltd.") == "huawei technologies"


def test_has_cjk() -> None:
    assert has_cjk("Tsinghua 清华")
    assert has_cjk("株式会社")
    assert has_cjk("삼성")
    assert not has_cjk("Tsinghua University")
    assert not has_cjk("（），。")


def test_region_prefix_does_not_hide_a_duplicate() -> None:
    assert name_similarity("深圳市华为技术有限公司", "华为技术有限公司") >= DUPLICATE_THRESHOLD


def test_missing_city_character_is_a_duplicate() -> None:
    assert name_similarity("深圳华为技术有限公司", "深圳市华为技术有限公司") >= DUPLICATE_THRESHOLD


def test_same_name_with_other_legal_form_is_a_full_match() -> None:
    assert name_similarity("华为技术有限公司", "华为技术股份有限公司") == 100
    assert name_similarity("Huawei Technologies Co., Ltd.", "HUAWEI TECHNOLOGIES LIMITED") == 100


def test_abbreviated_university_scores_high() -> None:
    assert name_similarity("Tsinghua University", "Tsinghua Univ.") >= DUPLICATE_THRESHOLD


def test_latin_word_order_does_not_matter() -> None:
    assert name_similarity("University of Tsinghua", "Tsinghua University") >= 90


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("北京大学", "南京大学"),
        ("哈尔滨工业大学", "哈尔滨工程大学"),
        ("北京航空航天大学", "南京航空航天大学"),
        ("华南理工大学", "华东理工大学"),
        ("中国石油大学（北京）", "中国石油大学（华东）"),
    ],
)
def test_universities_differing_in_one_character_are_not_duplicates(a: str, b: str) -> None:
    assert name_similarity(a, b) < DUPLICATE_THRESHOLD


def test_short_name_inside_a_longer_one_is_not_a_duplicate() -> None:
    assert name_similarity("大学", "北京大学") < DUPLICATE_THRESHOLD
    assert name_similarity("华为", "华为技术有限公司") < DUPLICATE_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Huawei Technologies Co., Ltd.", "Tencent Holdings Limited"),
        ("华为技术有限公司", "腾讯科技（深圳）有限公司"),
        ("Tsinghua University", "Zhejiang Medical Devices Inc."),
        ("清华大学", "Tsinghua University"),
    ],
)
def test_unrelated_names_score_low(a: str, b: str) -> None:
    assert name_similarity(a, b) < 60


def test_empty_name_scores_zero() -> None:
    assert name_similarity("", "华为") == 0
    assert name_similarity("，。", "，。") == 0


text_strategy = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    max_size=40,
)


@given(text_strategy)
def test_normalize_is_idempotent(s: str) -> None:
    assert normalize(normalize(s)) == normalize(s)


@given(text_strategy)
def test_name_key_is_idempotent(s: str) -> None:
    assert name_key(name_key(s)) == name_key(s)


@given(text_strategy, text_strategy)
def test_name_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    score = name_similarity(a, b)
    assert 0 <= score <= 100
    assert score == pytest.approx(name_similarity(b, a))


@given(st.text(alphabet="北京南上海华为技术大学有限公司深圳市 ()（）", min_size=1, max_size=20))
def test_name_is_fully_similar_to_itself_when_it_has_a_key(s: str) -> None:
    if name_key(s):
        assert name_similarity(s, s) == 100


def test_escape_like_keeps_wildcards_literal() -> None:
    from app.services.text import escape_like

    assert escape_like("50%_a\\b") == "50\\%\\_a\\\\b"
    assert escape_like("锂电池") == "锂电池"
