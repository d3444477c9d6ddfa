"""Contracts and throwaway signing certificates for the contract PDF and signing tests."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from app.services.contract_document import (
    ContractClause,
    ContractDocument,
    ContractParty,
    PaymentRow,
)
from app.services.demo_certificates import throwaway_p12

ZH_PARTIES = (
    ContractParty(
        "甲方（委托方）",
        "苏州恒达新材料科技有限公司",
        "江苏省苏州市工业园区星湖街328号",
        "91320594MA1XXXXXX1",
        "王建国",
        "总经理",
    ),
    ContractParty(
        "乙方（受托方）",
        "华东理工大学",
        "上海市徐汇区梅陇路130号",
        "12100000425006117P",
        "李明",
        "科技处处长",
    ),
    ContractParty(
        "丙方（协调方）",
        "苏州市技术转移中心",
        "江苏省苏州市姑苏区人民路100号",
        "12320500MB1234567X",
        "陈静",
        "主任",
    ),
)

ZH_TEXT = (
    "乙方应按照本合同约定的技术指标，完成新型锂电池正极材料的中试放大研究，并向甲方提交全部"
    "技术资料（包括工艺路线、检测报告和设备清单）。甲方应按期支付研究开发经费，并提供必要的"
    "协作条件。丙方负责协调各方的沟通，监督合同履行，并在发生争议时组织调解。"
)
ZH_HEADINGS = ("合同标的", "研究开发经费及支付", "知识产权归属", "保密义务", "违约责任", "争议解决")


def zh_contract(clauses: int = 6, paragraphs: int = 2) -> ContractDocument:
    """A three-party Chinese technology-development contract (about 10 pages at 30 clauses
    of 3 paragraphs)."""
    return ContractDocument(
        number="HX-2026-000123",
        title="技术开发（委托）合同",
        language="zh",
        parties=ZH_PARTIES,
        clauses=tuple(
            ContractClause(ZH_HEADINGS[i % len(ZH_HEADINGS)], "\n\n".join([ZH_TEXT] * paragraphs))
            for i in range(clauses)
        ),
        value=Decimal("1200000"),
        currency="CNY",
        payments=(
            PaymentRow("合同签订后十个工作日内", Decimal("300000"), date(2026, 12, 15), "CNY"),
            PaymentRow("中试样品通过检测", Decimal("500000"), date(2027, 6, 30), "CNY"),
            PaymentRow("项目验收合格", Decimal("400000"), date(2027, 12, 31), "CNY"),
        ),
        signing_place="江苏省苏州市",
        signing_date=date(2026, 11, 28),
    )


def en_contract() -> ContractDocument:
    text = (
        "The Licensor grants to the Licensee a non-exclusive licence under the Patent to make, "
        "use and sell the Products in the Territory during the Term.\n\nRoyalties are payable "
        "within thirty (30) days of the end of each calendar quarter."
    )
    return ContractDocument(
        number="HX-2026-000124",
        title="Patent Licence Agreement",
        language="en",
        parties=(
            ContractParty(
                "Party A (Licensor)",
                "Eastern Institute of Technology",
                "1 Science Road, Ningbo",
                "12330200MB0000001X",
                "Dr. Alice Zhang",
                "Director of Technology Transfer",
            ),
            ContractParty(
                "Party B (Licensee)",
                "Brightline Sensors Ltd.",
                "42 Harbour Street, Shanghai",
                "91310000MA1FL00000",
                "John Smith",
                "Chief Executive Officer",
            ),
        ),
        clauses=tuple(
            ContractClause(h, text)
            for h in ("Definitions", "Grant of licence", "Payments", "Term", "Disputes")
        ),
        value=Decimal("75000.50"),
        currency="USD",
        payments=(
            PaymentRow("Upfront fee", Decimal("50000"), date(2026, 12, 31), "USD"),
            PaymentRow("First commercial sale", Decimal("25000.50"), None, "USD"),
        ),
        signing_place="Ningbo",
        signing_date=date(2026, 11, 28),
    )


def make_p12(folder: Path, common_name: str, password: bytes) -> tuple[Path, bytes]:
    """A throwaway self-signed signing certificate in a PKCS#12 file; returns the file and the
    certificate (DER), which a test trusts explicitly."""
    return throwaway_p12(folder, common_name, password)
