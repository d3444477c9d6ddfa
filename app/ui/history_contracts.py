"""How a contract's audit entries read (the contract, its parties, clauses, payment schedule,
revisions, issued PDFs and signatures): field names as the contract's forms call them, stored
values as a clerk reads them. history_text.py merges these tables into its own."""

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.ui import labels
from app.ui.listings.detail import amount_text

_DIFF = "RevisionDiff"  # the revision comparison's labels: one translation for both
_HISTORY = "History"

CONTRACT_FIELD_LABELS: dict[str, dict[str, tuple[str, object]]] = {
    "contract": {
        "number": (_HISTORY, QT_TRANSLATE_NOOP("History", "Number")),
        "title": (_DIFF, QT_TRANSLATE_NOOP("RevisionDiff", "Title")),
        "kind": (_HISTORY, QT_TRANSLATE_NOOP("History", "Contract type")),
        "template_id": (_HISTORY, QT_TRANSLATE_NOOP("History", "Template")),
        "language": (_HISTORY, QT_TRANSLATE_NOOP("History", "Language")),
        "status": (_HISTORY, QT_TRANSLATE_NOOP("History", "Status")),
        "match_id": (_HISTORY, QT_TRANSLATE_NOOP("History", "Match")),
        "subject": (_DIFF, QT_TRANSLATE_NOOP("RevisionDiff", "Subject")),
        "value": (_DIFF, QT_TRANSLATE_NOOP("RevisionDiff", "Contract value")),
        "currency": (_DIFF, QT_TRANSLATE_NOOP("RevisionDiff", "Currency")),
        "start_date": (_DIFF, QT_TRANSLATE_NOOP("RevisionDiff", "Start date")),
        "end_date": (_DIFF, QT_TRANSLATE_NOOP("RevisionDiff", "End date")),
        "ip_ownership": (_DIFF, QT_TRANSLATE_NOOP("RevisionDiff", "IP ownership")),
        "risk_sharing": (_DIFF, QT_TRANSLATE_NOOP("RevisionDiff", "Risk sharing")),
        "confidentiality_years": (
            _DIFF,
            QT_TRANSLATE_NOOP("RevisionDiff", "Confidentiality period"),
        ),
        "dispute_method": (_DIFF, QT_TRANSLATE_NOOP("RevisionDiff", "Dispute resolution")),
        "dispute_body": (_DIFF, QT_TRANSLATE_NOOP("RevisionDiff", "Arbitration body or court")),
        "governing_law": (_DIFF, QT_TRANSLATE_NOOP("RevisionDiff", "Governing law")),
        "signing_place": (_DIFF, QT_TRANSLATE_NOOP("RevisionDiff", "Place of signing")),
        "review_comments": (_HISTORY, QT_TRANSLATE_NOOP("History", "Review comments")),
        "signed_on": (_HISTORY, QT_TRANSLATE_NOOP("History", "Signed on")),
    },
    "contract_party": {
        "role_label": (_HISTORY, QT_TRANSLATE_NOOP("History", "Role")),
        "name": ("PartyCard", QT_TRANSLATE_NOOP("PartyCard", "Name")),
        "address": ("PartyCard", QT_TRANSLATE_NOOP("PartyCard", "Address")),
        "registration_code": ("PartyCard", QT_TRANSLATE_NOOP("PartyCard", "Registration code")),
        "representative": ("PartyCard", QT_TRANSLATE_NOOP("PartyCard", "Representative")),
        "signatory_name": ("PartyCard", QT_TRANSLATE_NOOP("PartyCard", "Signatory")),
        "signatory_title": ("PartyCard", QT_TRANSLATE_NOOP("PartyCard", "Signatory's title")),
        "benefit_share": ("PartyCard", QT_TRANSLATE_NOOP("PartyCard", "Benefit share")),
    },
    "contract_clause": {
        "heading": ("ClausesTab", QT_TRANSLATE_NOOP("ClausesTab", "Heading")),
        "text": ("ClausesTab", QT_TRANSLATE_NOOP("ClausesTab", "Text")),
    },
    "contract_instalment": {
        "milestone": (_HISTORY, QT_TRANSLATE_NOOP("History", "Milestone")),
        "amount": ("ScheduleTab", QT_TRANSLATE_NOOP("ScheduleTab", "Amount")),
        "due_date": ("ScheduleTab", QT_TRANSLATE_NOOP("ScheduleTab", "Due date")),
    },
    "contract_revision": {
        "number": (_HISTORY, QT_TRANSLATE_NOOP("History", "Revision")),
        "saved_at": (_HISTORY, QT_TRANSLATE_NOOP("History", "Saved")),
        "saved_by": (_HISTORY, QT_TRANSLATE_NOOP("History", "Saved by")),
    },
    "contract_issue": {
        "revision_number": (_HISTORY, QT_TRANSLATE_NOOP("History", "Revision")),
        "issued_at": (_HISTORY, QT_TRANSLATE_NOOP("History", "Issued")),
        "issued_by": (_HISTORY, QT_TRANSLATE_NOOP("History", "Issued by")),
        "pdf": (_HISTORY, QT_TRANSLATE_NOOP("History", "Issued PDF")),
        "pages": (_HISTORY, QT_TRANSLATE_NOOP("History", "Pages")),
        "sha256": (_HISTORY, QT_TRANSLATE_NOOP("History", "SHA-256")),
        "signed_pdf": (_HISTORY, QT_TRANSLATE_NOOP("History", "Signed PDF")),
        "voided_at": (_HISTORY, QT_TRANSLATE_NOOP("History", "Voided")),
        "void_reason": (_HISTORY, QT_TRANSLATE_NOOP("History", "Reason for voiding")),
    },
    "contract_signature": {
        "party_name": (_HISTORY, QT_TRANSLATE_NOOP("History", "Party")),
        "method": (_HISTORY, QT_TRANSLATE_NOOP("History", "Signed by way of")),
        "signatory_name": ("WetInkDialog", QT_TRANSLATE_NOOP("WetInkDialog", "Signed by")),
        "signatory_title": ("WetInkDialog", QT_TRANSLATE_NOOP("WetInkDialog", "Title")),
        "signed_on": ("WetInkDialog", QT_TRANSLATE_NOOP("WetInkDialog", "Date signed")),
        "recorded_at": (_HISTORY, QT_TRANSLATE_NOOP("History", "Recorded")),
        "recorded_by": (_HISTORY, QT_TRANSLATE_NOOP("History", "Recorded by")),
        "scan_name": (_HISTORY, QT_TRANSLATE_NOOP("History", "File name of the scan")),
        "scan": ("WetInkDialog", QT_TRANSLATE_NOOP("WetInkDialog", "Scanned copy")),
        "certificate_subject": (_HISTORY, QT_TRANSLATE_NOOP("History", "Certificate")),
        "certificate_sha256": (_HISTORY, QT_TRANSLATE_NOOP("History", "Certificate SHA-256")),
        "file_sha256": (_HISTORY, QT_TRANSLATE_NOOP("History", "Signed file SHA-256")),
    },
}

CONTRACT_ENTITY_LABELS = {
    "contract": QT_TRANSLATE_NOOP("History", "Contract"),
    "contract_party": QT_TRANSLATE_NOOP("History", "Contract party"),
    "contract_clause": QT_TRANSLATE_NOOP("History", "Contract clause"),
    "contract_instalment": QT_TRANSLATE_NOOP("History", "Payment instalment"),
    "contract_revision": QT_TRANSLATE_NOOP("History", "Contract revision"),
    "contract_issue": QT_TRANSLATE_NOOP("History", "PDF issued for signature"),
    "contract_signature": QT_TRANSLATE_NOOP("History", "Signature"),
}
CONTRACT_NAME_FIELDS = {
    "contract": "number",
    "contract_party": "name",
    "contract_clause": "heading",
    "contract_instalment": "milestone",
    "contract_revision": "number",
    "contract_signature": "party_name",
}
# Keys, positions and copies that say nothing in a sentence (the global NOT_SHOWN has the ids).
CONTRACT_NOT_SHOWN = {
    "contract_party": {"role"},  # role_label says it
    "contract_clause": {"key", "template_text"},
    "contract_revision": {"snapshot"},  # the Revisions tab shows what a revision holds
    "contract_issue": {"signature_boxes"},
    "contract_signature": {"party_position"},
}

DISPUTE_METHODS = {
    "arbitration": QT_TRANSLATE_NOOP("RevisionDiff", "Arbitration"),
    "litigation": QT_TRANSLATE_NOOP("RevisionDiff", "Court proceedings"),
}
SIGNATURE_METHODS = {
    "wet_ink": QT_TRANSLATE_NOOP("History", "wet ink"),
    "digital": QT_TRANSLATE_NOOP("History", "digital signature"),
}
LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("History", "English"),
    "zh": QT_TRANSLATE_NOOP("History", "Chinese"),
}


def _from(table: dict[str, object], context: str) -> Callable[[str], str]:
    """A stored key's label from `table` (translated in `context`); an unknown key as stored."""

    def label(value: str) -> str:
        return QCoreApplication.translate(context, str(table[value])) if value in table else value

    return label


def years_text(value: str) -> str:
    """A period in years, worded as the revision comparison words it."""
    try:
        years = int(value)
    except ValueError:
        return value
    if years == 1:
        return QCoreApplication.translate("RevisionDiff", "1 year")
    return QCoreApplication.translate("RevisionDiff", "{n} years").format(n=labels.number(years))


def percent_text(value: str) -> str:
    """A stored share ("70.00") as "70 %" (the locale's decimal point when it has a fraction)."""
    try:
        share = Decimal(value).normalize()
    except (InvalidOperation, ValueError):
        return value
    text = f"{share:f}".replace(".", QLocale().decimalPoint())
    return QCoreApplication.translate("History", "{share} %").format(share=text)


CONTRACT_VALUE_LABELS: dict[tuple[str, str], Callable[[str], str]] = {
    ("contract", "status"): labels.contract_status_label,
    ("contract", "kind"): labels.contract_kind_label,
    ("contract", "language"): _from(LANGUAGES, _HISTORY),
    ("contract", "value"): amount_text,
    ("contract", "confidentiality_years"): years_text,
    ("contract", "dispute_method"): _from(DISPUTE_METHODS, _DIFF),
    ("contract_party", "benefit_share"): percent_text,
    ("contract_instalment", "amount"): amount_text,
    ("contract_signature", "method"): _from(SIGNATURE_METHODS, _HISTORY),
}

# What an entry did to a part of a contract: (added, removed, changed), {name} the part's name.
CONTRACT_CHILD_PHRASES = {
    "contract_party": (
        QT_TRANSLATE_NOOP("History", "added party {name}"),
        QT_TRANSLATE_NOOP("History", "removed party {name}"),
        QT_TRANSLATE_NOOP("History", "changed party {name}: {changes}"),
    ),
    "contract_clause": (
        QT_TRANSLATE_NOOP("History", "added clause {name}"),
        QT_TRANSLATE_NOOP("History", "removed clause {name}"),
        QT_TRANSLATE_NOOP("History", "changed clause {name}: {changes}"),
    ),
    "contract_instalment": (
        QT_TRANSLATE_NOOP("History", "added instalment {name}"),
        QT_TRANSLATE_NOOP("History", "removed instalment {name}"),
        QT_TRANSLATE_NOOP("History", "changed instalment {name}: {changes}"),
    ),
}
