"""Contract templates: every built-in file loads and renders; the sandbox and the checks hold."""

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import DomainError, NotFoundError
from app.services.contract_templates import (
    CONTRACT_TYPES,
    ContractTemplate,
    amount_in_words_zh,
    built_in_template_folder,
    format_date,
    list_templates,
    load_template,
    money,
    render_clauses,
)

BUILT_IN_FILES = sorted(built_in_template_folder().glob("*.json"))
NAMES = ["星河电池科技有限公司", "华东理工大学", "苏州市技术转移中心"]


def sample_context(template: ContractTemplate) -> dict:
    parties = [
        {
            "role": role.key,
            "name": name,
            "address": "苏州市工业园区星湖街328号",
            "representative": "王明",
            "registration_code": "91320594MA1MXXXX0X",
        }
        for role, name in zip(template.roles, NAMES, strict=False)
    ]
    shares = [60, 30, 10] if len(parties) == 3 else [70, 30]
    return {
        "parties": parties,
        "subject": "固态锂电池电解质制备技术",
        "value": Decimal("1200000"),
        "currency": "CNY",
        "payment_schedule": [
            {"milestone": "合同生效后", "amount": Decimal("400000"), "due": dt.date(2026, 12, 31)},
            {"milestone": "验收合格后", "amount": Decimal("800000"), "due": "2027-06-30"},
        ],
        "start_date": dt.date(2026, 11, 28),
        "end_date": dt.date(2028, 11, 27),
        "ip_ownership": "专利权归乙方所有。",
        "benefit_sharing": {p["role"]: s for p, s in zip(parties, shares, strict=True)},
        "risk_sharing": "按收益分配比例分担。",
        "confidentiality_years": 5,
        "dispute_resolution": {"method": "arbitration", "body": "苏州仲裁委员会"},
        "governing_law": "中华人民共和国法律",
        "signing_place": "江苏省苏州市",
    }


def write_template(folder: Path, template_id: str, **changes) -> Path:
    data = json.loads((built_in_template_folder() / "nda.two_party.en.json").read_text("utf-8"))
    data.update({"id": template_id} | changes)
    path = folder / f"{template_id}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_every_type_has_two_and_three_party_templates_in_both_languages(tmp_path):
    ids = {t.id for t in list_templates(tmp_path)}
    expected = {
        f"{kind}.{layout}.{lang}"
        for kind in CONTRACT_TYPES
        for layout in ("two_party", "three_party")
        for lang in ("en", "zh")
    }
    assert ids == expected


@pytest.mark.parametrize("path", BUILT_IN_FILES, ids=lambda p: p.stem)
def test_every_template_renders_a_complete_contract(path, tmp_path):
    template = load_template(path.stem, tmp_path)
    clauses = render_clauses(template, sample_context(template))
    text = "\n".join(c.text for c in clauses)
    assert [c.key for c in clauses] == [c.key for c in template.clauses]
    assert all(c.text.strip() for c in clauses)
    assert "{{" not in text and "{%" not in text
    for name in NAMES[: len(template.roles)]:
        assert name in text
    if template.info.type != "nda":
        assert any(c.key == "price_and_payment" for c in clauses)


@pytest.mark.parametrize(
    "template_id", ["technology_transfer.three_party.zh", "joint_rd.two_party.zh"]
)
def test_chinese_contract_shows_parties_amounts_and_dates_the_chinese_way(template_id, tmp_path):
    template = load_template(template_id, tmp_path)
    text = "\n".join(c.text for c in render_clauses(template, sample_context(template)))
    assert "1,200,000.00 元" in text
    assert "人民币壹佰贰拾万元整" in text
    assert "400,000.00 元，于2026年12月31日前支付" in text
    assert "2027年6月30日" in text
    assert "苏州仲裁委员会" in text
    assert "星河电池科技有限公司" in text and "华东理工大学" in text


def test_english_contract_writes_money_and_dates_in_english(tmp_path):
    template = load_template("patent_licence.two_party.en", tmp_path)
    context = sample_context(template) | {"dispute_resolution": {"method": "court", "body": "X"}}
    text = "\n".join(c.text for c in render_clauses(template, context))
    assert "CNY 1,200,000.00" in text
    assert "from 28 November 2026 to 27 November 2028" in text
    assert "bring the dispute before X" in text and "arbitration under" not in text


def test_a_missing_placeholder_names_the_clause_and_the_placeholder(tmp_path):
    template = load_template("technology_transfer.two_party.zh", tmp_path)
    context = sample_context(template)
    del context["governing_law"]
    with pytest.raises(DomainError) as caught:
        render_clauses(template, context)
    assert "其他" in caught.value.message and "miscellaneous" in caught.value.message
    assert "governing_law" in caught.value.message


def test_a_missing_party_field_or_party_is_named(tmp_path):
    template = load_template("consultancy.three_party.en", tmp_path)
    context = sample_context(template)
    context["parties"] = context["parties"][:2]  # no coordinator
    with pytest.raises(DomainError, match="coordinator") as caught:
        render_clauses(template, context)
    assert "Definitions" in caught.value.message
    context = sample_context(template)
    del context["parties"][0]["address"]
    with pytest.raises(DomainError, match="address"):
        render_clauses(template, context)


def test_none_counts_as_missing(tmp_path):
    template = load_template("nda.two_party.en", tmp_path)
    with pytest.raises(DomainError, match="signing_place"):
        render_clauses(template, sample_context(template) | {"signing_place": None})


def test_a_value_that_is_not_an_amount_is_refused_with_the_clause(tmp_path):
    template = load_template("technical_service.two_party.en", tmp_path)
    with pytest.raises(DomainError, match=r"Price and Payment.*not an amount"):
        render_clauses(template, sample_context(template) | {"value": "a lot"})


@pytest.mark.parametrize(
    "text",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ subject.__class__.__base__ }}",
        "{% for p in parties %}{{ p.__class__ }}{% endfor %}",
    ],
)
def test_the_sandbox_refuses_python_internals(text, tmp_path):
    clauses = [{"key": "evil", "heading": "Evil", "text": text}]
    write_template(tmp_path, "nda.two_party.en", clauses=clauses)
    template = load_template("nda.two_party.en", tmp_path)
    with pytest.raises(DomainError, match="may not use"):
        render_clauses(template, sample_context(template))


def test_an_admin_template_is_listed_and_replaces_the_built_in_openly(tmp_path):
    write_template(tmp_path, "nda.two_party.en", title="Office NDA 2027")
    write_template(tmp_path, "nda.two_party.en.short", title="Short NDA")
    listed = {t.id: t for t in list_templates(tmp_path)}
    assert listed["nda.two_party.en"].title == "Office NDA 2027"
    assert listed["nda.two_party.en"].source == "admin"
    assert listed["nda.two_party.en"].overrides_built_in
    assert listed["nda.two_party.en.short"].source == "admin"
    assert not listed["nda.two_party.en.short"].overrides_built_in
    assert listed["nda.two_party.zh"].source == "built_in"
    loaded = load_template("nda.two_party.en", tmp_path)
    assert loaded.info.title == "Office NDA 2027" and loaded.info.overrides_built_in


@pytest.mark.parametrize("template_id", [t.id for t in list_templates(Path("/nonexistent"))])
def test_every_template_says_what_each_milestone_delivers_and_who(template_id):
    """Each built-in template ends with an entry for any text, so every milestone of its
    projects gets a deliverable and a responsible party that is not the coordinator."""
    template = load_template(template_id, Path("/nonexistent"))
    assert template.milestones and template.milestones[-1].when == ()
    roles = {r.key for r in template.roles} - {"coordinator"}
    assert {m.responsible for m in template.milestones} <= roles
    assert template.milestone_for("anything at all") == template.milestones[-1]


def test_the_first_milestone_entry_whose_words_occur_in_the_text_wins():
    zh = load_template("commissioned_development.three_party.zh", Path("/nonexistent"))
    who = {
        text: (m.responsible, m.deliverable)
        for text in (
            "合同生效后十个工作日内",
            "中试样品通过第三方检测、项目验收合格",
            "完成小试并提交阶段性技术报告",
        )
        if (m := zh.milestone_for(text)) is not None
    }
    assert who["合同生效后十个工作日内"] == ("client", "本期款项的付款凭证")
    assert who["中试样品通过第三方检测、项目验收合格"][0] == "developer"
    assert "验收" in who["中试样品通过第三方检测、项目验收合格"][1]  # before 样品 and 检测
    assert "报告" in who["完成小试并提交阶段性技术报告"][1]
    en = load_template("patent_licence.two_party.en", Path("/nonexistent"))
    first_sale = en.milestone_for("FIRST COMMERCIAL SALE of Licensed Products")
    assert first_sale is not None and first_sale.responsible == "licensee"  # case-blind


def test_a_template_without_milestones_gives_none(tmp_path):
    write_template(tmp_path, "nda.two_party.en", milestones=[])
    assert load_template("nda.two_party.en", tmp_path).milestone_for("anything") is None


def test_malformed_json_is_refused_with_the_file_named(tmp_path):
    bad = tmp_path / "nda.two_party.en.json"
    bad.write_text('{"id": "nda.two_party.en", ', encoding="utf-8")
    with pytest.raises(DomainError, match="not valid JSON") as caught:
        list_templates(tmp_path)
    assert str(bad) in caught.value.message


@pytest.mark.parametrize(
    ("changes", "complaint"),
    [
        ({"type": "sale"}, "“type” is sale"),
        ({"language": "fr"}, "“language” is fr"),
        ({"clauses": [{"key": "x", "heading": "X"}]}, "clause 1 needs a key, a heading and a text"),
        ({"clauses": [{"key": "x", "heading": "X", "text": "{% if %}"}]}, "template error"),
        ({"roles": [{"key": "disclosing", "label": "D"}]}, "needs 2 different roles"),
        ({"parties": "three_party"}, "needs 3 different roles"),
        ({"milestones": {"deliverable": "x"}}, "“milestones” must be a list"),
        (
            {"milestones": [{"when": "报告", "deliverable": "x", "responsible": "receiving"}]},
            "milestone 1 needs a deliverable",
        ),
        (
            {"milestones": [{"deliverable": "x", "responsible": "buyer"}]},
            "milestone 1 names “buyer” as responsible",
        ),
    ],
)
def test_a_broken_template_is_refused_with_the_file_named(changes, complaint, tmp_path):
    path = write_template(tmp_path, "nda.two_party.en", **changes)
    with pytest.raises(DomainError, match=complaint) as caught:
        load_template("nda.two_party.en", tmp_path)
    assert str(path) in caught.value.message


def test_a_missing_key_and_a_wrong_id_are_refused(tmp_path):
    path = tmp_path / "nda.two_party.en.json"
    path.write_text(json.dumps({"id": "nda.two_party.en", "type": "nda"}), encoding="utf-8")
    with pytest.raises(DomainError, match="lacks parties, language, title, roles, clauses"):
        load_template("nda.two_party.en", tmp_path)
    path.unlink()
    write_template(tmp_path, "nda.two_party.en", id="something_else")
    with pytest.raises(DomainError, match="must equal the file name"):
        list_templates(tmp_path)


def test_an_unknown_template_is_not_found(tmp_path):
    with pytest.raises(NotFoundError):
        load_template("sale.two_party.en", tmp_path)
    with pytest.raises(NotFoundError):
        load_template("../settings", tmp_path)


@pytest.mark.parametrize(
    ("value", "currency", "lang", "expected"),
    [
        (1200000, "CNY", "zh", "1,200,000.00 元"),
        ("1200000", "CNY", "en", "CNY 1,200,000.00"),
        (Decimal("0.005"), "usd", "zh", "0.01 美元"),
        (99.5, "CHF", "zh", "CHF 99.50"),
    ],
)
def test_money(value, currency, lang, expected):
    assert money(value, currency, lang) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1200000, "壹佰贰拾万元整"),
        (Decimal("100000.50"), "壹拾万元伍角"),
        (Decimal("10005.07"), "壹万零伍元零柒分"),
        (100000000, "壹亿元整"),
        (100010000, "壹亿零壹万元整"),
        (Decimal("0.30"), "叁角"),
    ],
)
def test_amounts_in_chinese_capitals(value, expected):
    assert amount_in_words_zh(value) == expected


def test_dates():
    assert format_date(dt.date(2026, 11, 28), "zh") == "2026年11月28日"
    assert format_date("2026-11-28", "en") == "28 November 2026"
    assert format_date(dt.datetime(2026, 1, 2, 15, 0), "en") == "2 January 2026"
