"""Tests for the field validators."""

import pytest

from app.services.validation import (
    clean_email,
    clean_phone,
    clean_registration_code,
    clean_required,
    clean_url,
)

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_check_character(first17: str) -> str:
    """GB 32100-2015 check character, computed from the standard (weights 3^i mod 31)."""
    total = sum(ALPHABET.index(ch) * pow(3, i, 31) for i, ch in enumerate(first17))
    return ALPHABET[(31 - total % 31) % 31]


VALID_USCC = "91350100M000100Y43"


def test_reference_uscc_satisfies_the_independent_checksum() -> None:
    assert uscc_check_character(VALID_USCC[:17]) == VALID_USCC[17]


@pytest.mark.parametrize("country", ["CN", "cn", "China", "中国", " china "])
def test_valid_uscc_is_accepted_for_china(country: str) -> None:
    assert clean_registration_code(VALID_USCC, country) == VALID_USCC


def test_uscc_is_cleaned_of_spaces_dashes_case_and_full_width() -> None:
    messy = " 9135 0100-m000 100y43 "
    assert clean_registration_code(messy, "CN") == VALID_USCC
    full_width = "９１３５０１００Ｍ０００１００Ｙ４３"
    assert clean_registration_code(full_width, "CN") == VALID_USCC


@pytest.mark.parametrize(
    "first17",
    ["91110000600037341", "12100000400000624", "N2440101MA0000001", "Y1310000MJ0000000"],
)
def test_generated_uscc_codes_are_accepted(first17: str) -> None:
    code = first17 + uscc_check_character(first17)
    assert clean_registration_code(code, "CN") == code


def test_uscc_with_changed_check_character_is_rejected() -> None:
    with pytest.raises(ValueError, match="check character"):
        clean_registration_code(VALID_USCC[:-1] + "4", "CN")


@pytest.mark.parametrize("position", [0, 5, 9, 13])
def test_uscc_with_one_changed_character_is_rejected(position: int) -> None:
    original = VALID_USCC[position]
    replacement = "8" if original != "8" else "7"
    changed = VALID_USCC[:position] + replacement + VALID_USCC[position + 1 :]
    with pytest.raises(ValueError):
        clean_registration_code(changed, "CN")


def test_uscc_of_wrong_length_reports_the_length() -> None:
    with pytest.raises(ValueError, match="18 characters, but this one has 17"):
        clean_registration_code(VALID_USCC[:-1], "CN")


@pytest.mark.parametrize("letter", ["I", "O", "S", "V", "Z"])
def test_uscc_with_forbidden_letter_names_it(letter: str) -> None:
    code = VALID_USCC[:9] + letter + VALID_USCC[10:]
    with pytest.raises(ValueError, match=f"“{letter}” at position 10"):
        clean_registration_code(code, "CN")


def test_uscc_with_letter_in_region_part_is_rejected() -> None:
    first17 = "913501A0M000100Y4"
    with pytest.raises(ValueError, match="seven digits"):
        clean_registration_code(first17 + uscc_check_character(first17), "CN")


def test_empty_uscc_asks_for_the_code() -> None:
    with pytest.raises(ValueError, match="Enter"):
        clean_registration_code("   ", "CN")


def test_foreign_registration_number_is_accepted_and_stripped() -> None:
    assert clean_registration_code("  HRB 12345 ", "DE") == "HRB 12345"
    assert clean_registration_code("12.345.678-9", "Chile") == "12.345.678-9"


def test_foreign_registration_number_need_not_be_a_uscc() -> None:
    assert clean_registration_code("12345", "US") == "12345"
    with pytest.raises(ValueError):
        clean_registration_code("12345", "CN")


@pytest.mark.parametrize("bad", ["", "A" * 41, "No#1", "编号123", "-123"])
def test_foreign_registration_number_rejects_bad_values(bad: str) -> None:
    with pytest.raises(ValueError):
        clean_registration_code(bad, "GB")


def test_email_is_normalized() -> None:
    assert clean_email("  Zhang.Wei@Example.COM ") == "Zhang.Wei@example.com"


@pytest.mark.parametrize("bad", ["", "zhang", "zhang@", "@example.com", "a@@b.com", "a b@c.com"])
def test_invalid_email_is_rejected_with_a_sentence(bad: str) -> None:
    with pytest.raises(ValueError) as info:
        clean_email(bad)
    message = str(info.value)
    assert message.endswith(".")
    assert message[0].isupper() or message.startswith("“")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", "+8613812345678"),
        ("138 1234 5678", "+8613812345678"),
        ("138-1234-5678", "+8613812345678"),
        ("+86 138 1234 5678", "+8613812345678"),
        ("+86-13812345678", "+8613812345678"),
        ("0086 138 1234 5678", "+8613812345678"),
        ("010-12345678", "+861012345678"),
        ("(0755) 8888 8888", "+8675588888888"),
        ("+86 10 1234 5678", "+861012345678"),
        ("１３８１２３４５６７８", "+8613812345678"),
        ("+1 650 253 0000", "+16502530000"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+49 30 901820", "+4930901820"),
    ],
)
def test_phone_numbers_become_e164(raw: str, expected: str) -> None:
    assert clean_phone(raw) == expected


def test_phone_extension_is_kept() -> None:
    assert clean_phone("0755-88888888转801") == "+8675588888888 ext. 801"
    assert clean_phone(clean_phone("0755-88888888转801")) == "+8675588888888 ext. 801"


def test_phone_region_is_used_for_numbers_without_plus() -> None:
    assert clean_phone("030 901820", region="DE") == "+4930901820"


@pytest.mark.parametrize("bad", ["", "12345", "1381234567", "138123456789", "phone", "+999 1234"])
def test_invalid_phone_numbers_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError, match="phone number"):
        clean_phone(bad)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("www.example.com", "https://www.example.com"),
        ("example.com/path?q=1", "https://example.com/path?q=1"),
        ("HTTP://WWW.Example.COM/Path", "http://www.example.com/Path"),
        ("https://www.tsinghua.edu.cn:8443/", "https://www.tsinghua.edu.cn:8443/"),
        ("  https://helix.example.org  ", "https://helix.example.org"),
        ("www。tsinghua。edu。cn", "https://www.tsinghua.edu.cn"),
        ("ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", "https://www.example.com"),
    ],
)
def test_urls_are_normalized(raw: str, expected: str) -> None:
    assert clean_url(raw) == expected


@pytest.mark.parametrize(
    ("bad", "hint"),
    [
        ("", "Enter"),
        ("localhost", "not a valid web address"),
        ("http://intranet/", "not a valid web address"),
        ("ftp://files.example.com", "http://"),
        ("javascript:alert(1)", "not a valid web address"),
        ("www.exa mple.com", "spaces"),
        ("mailto:someone@example.com", "@"),
        ("https://-bad-.example.com", "not a valid web address"),
        ("https://example.123", "not a valid web address"),
    ],
)
def test_invalid_urls_are_rejected(bad: str, hint: str) -> None:
    with pytest.raises(ValueError, match=hint):
        clean_url(bad)


def test_required_value_is_stripped() -> None:
    assert clean_required("  Tsinghua  ", "Name", 20) == "Tsinghua"


def test_missing_required_value_names_the_field() -> None:
    with pytest.raises(ValueError, match="Organisation name is required"):
        clean_required("   ", "Organisation name", 200)
    with pytest.raises(ValueError, match="Organisation name is required"):
        clean_required(None, "Organisation name", 200)


def test_too_long_value_reports_lengths() -> None:
    assert clean_required("x" * 10, "Code", 10) == "x" * 10
    with pytest.raises(ValueError, match="11 characters, but at most 10"):
        clean_required("x" * 11, "Code", 10)
