"""Text normalisation for search and duplicate detection of member names (Chinese and Latin)."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

DUPLICATE_THRESHOLD = 85
"""Two names scoring at least this in name_similarity are shown as possible duplicates."""

# Ideographs (incl. extensions and compatibility forms), kana, Hangul, bopomofo.
_CJK_CLASS = (
    "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3040-\u30ff\u3100-\u312f"
    "\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0003134f"
)
_CJK_RE = re.compile(f"[{_CJK_CLASS}]")
_SPACE_BETWEEN_CJK_RE = re.compile(f"(?<=[{_CJK_CLASS}])\\s+(?=[{_CJK_CLASS}])")
_WHITESPACE_RE = re.compile(r"\s+")
# Apostrophes are dropped rather than turned into a space: "O'Brien" -> "obrien".
_APOSTROPHES = frozenset("'\u2018\u2019\u02bc\uff07")

# Trailing legal forms on normalized (case-folded, punctuation-free) text, whole words only.
_LATIN_LEGAL_FORMS = (
    "company limited",
    "co limited",
    "co ltd",
    "limited",
    "ltd",
    "incorporated",
    "inc",
    "corporation",
    "corp",
    "l l c",
    "llc",
    "gmbh",
    "aktiengesellschaft",
    "ag",
    "kg",
    "s a",
    "sa",
    "s p a",
    "plc",
    "pty",
    "pte",
    "b v",
    "bv",
    "n v",
    "nv",
    "company",
    "co",
    "group",
)
_LATIN_SUFFIX_RE = re.compile(
    r"(?:^|\s)(?:" + "|".join(re.escape(f) for f in _LATIN_LEGAL_FORMS) + r")$"
)
# Chinese/Japanese legal forms, longest first. "公司" stays in "分公司" (a branch is its own entry).
_CJK_LEGAL_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "股份公司",
    "株式会社",
    "有限会社",
    "集团",
    "公司",
)
_CJK_LEGAL_PREFIXES = ("株式会社", "有限会社")

# Abbreviations expanded before comparing Latin names ("Tsinghua Univ." ~ "Tsinghua University").
_ABBREVIATIONS = {
    "univ": "university",
    "uni": "university",
    "inst": "institute",
    "tech": "technology",
    "technol": "technology",
    "intl": "international",
    "natl": "national",
    "lab": "laboratory",
    "labs": "laboratories",
    "ctr": "center",
    "centre": "center",
    "dept": "department",
    "assoc": "association",
    "acad": "academy",
    "sci": "science",
    "hosp": "hospital",
    "mfg": "manufacturing",
}

_SUBSTITUTION_PENALTY = 10.0
"""Points taken off a CJK score per changed (not added or missing) character."""


def _is_punctuation_or_symbol(ch: str) -> bool:
    return unicodedata.category(ch)[0] in ("P", "S")


def _normalize_once(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFKC", s.casefold())
    chars = []
    for ch in s:
        if ch in _APOSTROPHES:
            continue
        chars.append(" " if _is_punctuation_or_symbol(ch) else ch)
    return _WHITESPACE_RE.sub(" ", "".join(chars)).strip()


def normalize(s: str) -> str:
    """Search form of a text: NFKC (full-width -> half-width), case-folded, punctuation and
    symbols (ASCII and CJK) replaced by spaces, whitespace collapsed and trimmed."""
    result = _normalize_once(s)
    # Dropping an apostrophe can join characters that NFKC then composes; settle on a fixpoint.
    for _ in range(4):
        again = _normalize_once(result)
        if again == result:
            break
        result = again
    return result


_CJK_CHAR_RE = re.compile(f"([{_CJK_CLASS}])")


def search_form(s: str) -> str:
    """Normalised text with every CJK character a word of its own ("苏 州 纳 米 co ltd").

    Chinese is not written with spaces, so a word index would see a whole name as one word;
    one character per word lets a phrase query (SQLite FTS5) or a LIKE on this form find any
    run of Chinese characters, two-character queries such as 电池 included."""
    return " ".join(_CJK_CHAR_RE.sub(r" \1 ", normalize(s)).split())


def has_cjk(s: str) -> bool:
    """True when the text contains a Chinese, Japanese or Korean character."""
    return _CJK_RE.search(s) is not None


def _strip_one_legal_form(name: str) -> str:
    for suffix in _CJK_LEGAL_SUFFIXES:
        if name.endswith(suffix):
            if suffix == "公司" and name.endswith("分公司"):
                continue
            return name[: -len(suffix)].rstrip()
    for prefix in _CJK_LEGAL_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :].lstrip()
    match = _LATIN_SUFFIX_RE.search(name)
    if match:
        return name[: match.start()].rstrip()
    return name


def strip_legal_form(name: str) -> str:
    """Normalized name without legal-form words ("Co., Ltd.", "GmbH", "有限公司", "集团", ...).

    Repeats until nothing more comes off ("XX集团股份有限公司" -> "xx") and leaves region prefixes
    ("深圳市") alone. A name made only of legal-form words ("有限公司") is returned whole.
    """
    original = normalize(name)
    result = original
    while result:
        stripped = _strip_one_legal_form(result)
        if stripped == result:
            return result
        result = stripped
    return original


def name_key(name: str) -> str:
    """The key used to compare member names: normalized, legal form removed, no spaces
    between CJK characters."""
    return _SPACE_BETWEEN_CJK_RE.sub("", strip_legal_form(name))


def _expand_abbreviations(key: str) -> str:
    return " ".join(_ABBREVIATIONS.get(word, word) for word in key.split(" "))


def _cjk_similarity(a: str, b: str) -> float:
    """Character-level score for CJK keys.

    Added or missing characters cost as in fuzz.ratio; changed characters cost extra, because
    in Chinese names one changed character usually means another place or institution
    (北京大学/南京大学, 哈尔滨工业大学/哈尔滨工程大学). A key containing the other whole (a region
    prefix such as 深圳市 before the same name) scores high.
    """
    # Indel counts a substitution as 2 edits, Levenshtein as 1: their difference is the number
    # of substituted characters in the best alignment (symmetric and well defined).
    substitutions = Indel.distance(a, b) - Levenshtein.distance(a, b)
    score = fuzz.ratio(a, b) - _SUBSTITUTION_PENALTY * substitutions
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 3 and short in long_:
        share = len(short) / len(long_)
        # Extra characters only in front (a region prefix) are the common harmless case.
        weight = 0.75 if long_.endswith(short) else 0.6
        score = max(score, 100.0 * (weight + (1.0 - weight) * share))
    return max(0.0, min(100.0, score))


def name_similarity(a: str, b: str) -> float:
    """Similarity of two organisation names, 0-100; DUPLICATE_THRESHOLD and above suggests the
    same organisation."""
    key_a, key_b = name_key(a), name_key(b)
    if not key_a or not key_b:
        return 0.0
    if key_a == key_b:
        return 100.0
    if has_cjk(key_a) or has_cjk(key_b):
        return _cjk_similarity(key_a, key_b)
    return float(fuzz.token_sort_ratio(_expand_abbreviations(key_a), _expand_abbreviations(key_b)))


def escape_like(term: str) -> str:
    """The term with LIKE's wildcards escaped, for `column.like(pattern, escape="\\")` (the
    filters of members, listings and contracts)."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
