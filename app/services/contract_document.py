"""What a contract PDF shows, as plain values: the parties, the clauses (already rendered to plain
text from the template), the payment schedule and the signing place and date. The PDF layout
(contract_pdf) reads only this, so the same document can come from a record, a test or a demo.

`content_sha256` is the hash the PDF's footer shows. A file cannot carry its own hash, so the
footer carries the hash of the *content*: SHA-256 over the canonical JSON of the document (keys
sorted, no spaces, UTF-8 without escapes, dates as ISO 8601, amounts as plain decimal strings).
The file's own SHA-256, which the issued record stores, is what render_contract_pdf returns."""

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

Language = Literal["en", "zh"]


@dataclass(frozen=True)
class ContractParty:
    role: str  # the label the contract uses: "Party A (Licensor)", "甲方（委托方）"
    name: str
    address: str = ""
    registration_code: str = ""  # e.g. the unified social credit code
    signatory_name: str = ""
    signatory_title: str = ""


@dataclass(frozen=True)
class ContractClause:
    heading: str
    text: str  # plain text; a blank line starts a new paragraph


@dataclass(frozen=True)
class PaymentRow:
    milestone: str
    amount: Decimal
    due_date: date | None
    currency: str


@dataclass(frozen=True)
class ContractDocument:
    number: str
    title: str
    language: Language
    parties: tuple[ContractParty, ...]
    clauses: tuple[ContractClause, ...]
    value: Decimal
    currency: str
    payments: tuple[PaymentRow, ...] = ()
    signing_place: str = ""
    signing_date: date | None = None


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    raise TypeError(f"{type(value).__name__} has no canonical JSON form")


def canonical_json(doc: ContractDocument) -> str:
    """The document as canonical JSON (the input of content_sha256)."""
    return json.dumps(
        asdict(doc), default=_plain, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


def content_sha256(doc: ContractDocument) -> str:
    """SHA-256 (hex) of the document's content, as the PDF's footer shows its start."""
    return hashlib.sha256(canonical_json(doc).encode("utf-8")).hexdigest()
