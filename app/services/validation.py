"""Field validators: each returns the cleaned value or raises ValueError with a sentence a clerk
can act on (what is wrong and what to do)."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum.cn import uscc

from app.errors import problem

CHINA_NAMES = frozenset(
    {"cn", "chn", "china", "prc", "中国", "中华人民共和国", "people's republic of china"}
)

USCC_LENGTH = 18
# GB 32100-2015 character set: digits and capital letters except I, O, Z, S, V.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
# Registration authority (first character): 1-9, A (military), N (agriculture), Y (other).
USCC_AUTHORITIES = "123456789ANY"

OTHER_REGISTRATION_MAX_LEN = 40
_OTHER_REGISTRATION_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\- ]*")

_EXTENSION_WORDS_RE = re.compile(r"\s*(?:转|分机|轉)\s*")
_HOST_LABEL_RE = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")


def is_china(country: str | None) -> bool:
    """True when the country field means the People's Republic of China."""
    return (country or "").strip().casefold() in CHINA_NAMES


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def clean_registration_code(code: str | None, country: str | None) -> str:
    """Registration number of an organisation.

    China: the 18-character unified social credit code (统一社会信用代码, GB 32100-2015), checked
    for length, characters and check character; returned upper-case without spaces.
    Elsewhere: 1-40 letters, digits, "-", "." or spaces, surrounding spaces removed.
    """
    text = _nfkc(code or "").strip()
    if is_china(country):
        return _clean_uscc(text)
    text = re.sub(r"\s+", " ", text)
    if not text:
        raise ValueError("Enter the organisation's registration number.")
    if len(text) > OTHER_REGISTRATION_MAX_LEN:
        raise ValueError(
            problem(
                "The registration number is {length} characters long; at most {limit} are "
                "allowed. Check that only the number was entered.",
                length=len(text),
                limit=OTHER_REGISTRATION_MAX_LEN,
            )
        )
    if not _OTHER_REGISTRATION_RE.fullmatch(text):
        raise ValueError(
            "The registration number may contain only letters, digits, hyphens, dots and "
            "spaces. Remove the other characters and try again."
        )
    return text


def _clean_uscc(text: str) -> str:
    number = re.sub(r"[\s\-]+", "", text).upper()
    if not number:
        raise ValueError("Enter the 18-character unified social credit code (统一社会信用代码).")
    if len(number) != USCC_LENGTH:
        raise ValueError(
            problem(
                "A unified social credit code has 18 characters, but this one has {length}. "
                "Copy it again from the business licence or registration certificate.",
                length=len(number),
            )
        )
    bad = [(i + 1, ch) for i, ch in enumerate(number) if ch not in USCC_ALPHABET]
    if bad:
        position, ch = bad[0]
        raise ValueError(
            problem(
                "The unified social credit code contains “{character}” at position {position}; "
                "only digits and capital letters other than I, O, S, V and Z are used. Check for "
                "a mistyped letter O (0) or I (1).",
                character=ch,
                position=position,
            )
        )
    if number[0] not in USCC_AUTHORITIES or not number[1:8].isdigit():
        raise ValueError(
            "This is not a unified social credit code: it must start with the registering "
            "authority (a digit, A, N or Y) followed by seven digits. Check the code on the "
            "business licence."
        )
    if uscc.calc_check_digit(number[:-1]) != number[-1]:
        raise ValueError(
            "The last character (check character) of the unified social credit code does not "
            "match the others, so a character was probably mistyped. Compare the code with the "
            "business licence character by character."
        )
    return number


def clean_email(s: str | None) -> str:
    """A syntactically valid e-mail address in normalized form (domain lower-cased)."""
    text = _nfkc(s or "").strip()
    if not text:
        raise ValueError("Enter an e-mail address, for example name@example.com.")
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(
            problem(
                "“{text}” is not a valid e-mail address. {reason} Check it and type it again.",
                text=text,
                reason=str(exc),
            )
        ) from exc


def clean_phone(s: str | None, region: str = "CN") -> str:
    """A phone number in E.164 form ("+8613812345678").

    Numbers without a leading + are read as numbers of ``region`` (mobile, or landline with its
    area code); international numbers need the + and country code. An extension ("转 801",
    "ext. 801") is kept as " ext. 801" after the E.164 number.
    """
    text = _nfkc(s or "").strip()
    if not text:
        raise ValueError("Enter a phone number.")
    text = _EXTENSION_WORDS_RE.sub(" ext. ", text)
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(
            problem(
                "“{text}” is not a phone number. Enter a mobile number (11 digits, e.g. 138 1234 "
                "5678), a landline with its area code (e.g. 010 1234 5678), or an international "
                "number starting with + and the country code.",
                text=text,
            )
        ) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError(
            problem(
                "“{text}” is not a valid phone number. Enter a mobile number (11 digits, e.g. 138 "
                "1234 5678), a landline with its area code (e.g. 010 1234 5678), or an "
                "international number starting with + and the country code.",
                text=text,
            )
        )
    result = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if number.extension:
        result += f" ext. {number.extension}"
    return result


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_host.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL_RE.fullmatch(label) for label in labels):
        return False
    tld = labels[-1]
    return tld.isalpha() or tld.startswith("xn--")


def clean_url(s: str | None) -> str:
    """A web address with http or https; "www.example.com" becomes "https://www.example.com".

    Scheme and host are lower-cased; path, query and fragment are kept as typed.
    """
    text = _nfkc(s or "").strip()
    if not text:
        raise ValueError("Enter a web address, for example www.example.com.")
    if re.search(r"\s", text):
        raise ValueError("A web address cannot contain spaces. Remove them and try again.")
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise ValueError(
            problem("“{text}” is not a valid web address. Enter it like www.example.com.", text=s)
        ) from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError(
            problem(
                "Only web addresses starting with http:// or https:// are accepted, not "
                "{scheme}://. Enter the address of the web site.",
                scheme=scheme,
            )
        )
    if "@" in parts.netloc:
        raise ValueError(
            "A web address cannot contain “@”. If this is an e-mail address, enter it in the "
            "e-mail field instead."
        )
    host = (parts.hostname or "").replace("。", ".").rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port == -1 or not host or not _valid_host(host):
        raise ValueError(
            problem(
                "“{text}” is not a valid web address. Enter it like www.example.com or "
                "https://www.example.com/page.",
                text=s,
            )
        )
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return urlunsplit((scheme, netloc, parts.path, parts.query, parts.fragment))


def clean_required(s: str | None, field_label: str, max_len: int) -> str:
    """A required text field: surrounding spaces removed, not empty, at most max_len characters.

    field_label names the field in the message; pass it as `problem("Name")` so that the UI
    translates it too."""
    text = (s or "").strip()
    if not text:
        raise ValueError(problem("{field} is required. Please fill it in.", field=field_label))
    if len(text) > max_len:
        raise ValueError(
            problem(
                "{field} is too long: it has {length} characters, but at most {limit} are "
                "allowed. Please shorten it.",
                field=field_label,
                length=len(text),
                limit=max_len,
            )
        )
    return text
