"""The contract PDF, checked with tools outside the project (qpdf, poppler) where installed."""

import hashlib
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from app.services.contract_document import ContractClause, content_sha256
from app.services.contract_pdf import (
    chinese_number,
    clause_label,
    latin_quotes,
    render_contract_pdf,
)
from tests.services.contract_samples import ZH_PARTIES, en_contract, zh_contract

A4_WIDTH, A4_HEIGHT = 595.27, 841.89


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: apt install poppler-utils qpdf)")
    return path


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def zh_pdf(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("contract") / "zh.pdf"
    return path, render_contract_pdf(zh_contract(), path)


def test_chinese_clause_numbers() -> None:
    assert [chinese_number(n) for n in (1, 10, 12, 20, 21, 105, 110)] == [
        "一",
        "十",
        "十二",
        "二十",
        "二十一",
        "一百零五",
        "一百一十",
    ]
    assert clause_label("zh", 3) == "第三条"
    assert clause_label("en", 3) == "3."


def test_the_returned_hash_is_the_file_hash_and_no_temporary_file_is_left(zh_pdf) -> None:
    path, result = zh_pdf
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert sorted(p.name for p in path.parent.iterdir()) == ["zh.pdf"]


def test_qpdf_finds_no_errors(zh_pdf) -> None:
    qpdf = _tool("qpdf")
    path, _ = zh_pdf
    done = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors" in done.stdout


def test_the_text_shows_title_parties_clauses_pages_and_content_hash(zh_pdf) -> None:
    path, result = zh_pdf
    text = _run(_tool("pdftotext"), "-layout", str(path), "-")
    assert "技术开发（委托）合同" in text
    assert "HX-2026-000123" in text
    for party in ZH_PARTIES:
        assert party.name in text
        assert party.signatory_name in text
    assert "第一条" in text and "第六条" in text
    assert "第 1 页，共" in text
    assert f"第 {result.pages} 页，共 {result.pages} 页" in text
    assert content_sha256(zh_contract())[:16] in text
    assert text.count("Seal / 盖章") == 3


def test_the_font_is_embedded(zh_pdf) -> None:
    path, _ = zh_pdf
    rows = _run(_tool("pdffonts"), str(path)).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:  # name type encoding emb sub uni ...
        assert "WenQuanYi" in row
        assert row.split()[-5] == "yes", row


def test_every_party_has_a_signature_box_inside_the_page(zh_pdf) -> None:
    _, result = zh_pdf
    assert [box.party_index for box in result.boxes] == [0, 1, 2]
    assert len({box.field_name for box in result.boxes}) == 3
    for box in result.boxes:
        x1, y1, x2, y2 = box.box
        assert 0 <= x1 < x2 <= A4_WIDTH and 0 <= y1 < y2 <= A4_HEIGHT
        assert 1 <= box.page <= result.pages
    # The blocks are kept together on one page and do not overlap.
    assert len({box.page for box in result.boxes}) == 1
    tops = [box.box[3] for box in result.boxes]
    bottoms = [box.box[1] for box in result.boxes]
    assert all(bottoms[i] > tops[i + 1] for i in range(2))


def test_a_long_contract_keeps_its_signature_blocks_together(tmp_path: Path) -> None:
    result = render_contract_pdf(zh_contract(clauses=30, paragraphs=3), tmp_path / "long.pdf")
    assert result.pages >= 8
    assert {box.page for box in result.boxes} == {result.pages}


def test_an_english_two_party_contract(tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    result = render_contract_pdf(en_contract(), path)
    assert len(result.boxes) == 2
    text = _run(_tool("pdftotext"), "-layout", str(path), "-")
    assert "page 1 of" in text
    assert "Patent Licence Agreement" in text
    assert "1. Definitions" in text
    assert "Brightline Sensors Ltd." in text
    assert "75,000.50" in text


def test_quotes_around_latin_words_are_straight_in_an_english_contract(tmp_path: Path) -> None:
    """The bundled font's curly quotes are full-width; around Chinese they stay."""
    assert latin_quotes("“Licensee” means the Licensee’s “天敌” ‘x’") == (
        "\"Licensee\" means the Licensee's “天敌” 'x'"
    )
    clause = ContractClause("Definitions", "“Licensee” means the Licensee’s project “天敌”.")
    doc = replace(en_contract(), clauses=(clause,))
    path = tmp_path / "quotes.pdf"
    render_contract_pdf(doc, path)
    text = _run(_tool("pdftotext"), str(path), "-")
    assert '"Licensee" means the Licensee\'s project “天敌”.' in text
    zh_path = tmp_path / "zh.pdf"
    render_contract_pdf(replace(doc, language="zh"), zh_path)  # Chinese keeps its quotes
    assert "“Licensee”" in _run(_tool("pdftotext"), str(zh_path), "-")
