"""`helix contract …` and `helix export contracts`:

- `helix contract list [--status S]`: number, status, title, one per line;
- `helix contract issue NUMBER`: freeze an approved contract's PDF for signature;
- `helix contract pdf NUMBER -o FILE [--sign P12 --password-env VAR] [--party N]`: write the
  contract's PDF (the issued one once issued; before that a copy marked DRAFT). With --sign, the
  party whose signatory the certificate names (or --party N, else the first still to sign) signs
  it digitally first; the signature is recorded in Helix and FILE is the signed copy;
- `helix contract verify FILE [--trust CERT …]`: exit 1, with the reasons, when the file is not
  the issued PDF, was changed, or a signature is broken or unknown;
- `helix export contracts FILE [--status S]`: CSV or XLSX by the file's suffix."""

import argparse
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy import select

from app import cli_access
from app.db import opened
from app.errors import DomainError
from app.models import Contract, ContractStatus
from app.services.files import write_exactly
from app.services.uow import UnitOfWork

EXIT_OK, EXIT_REFUSED = 0, 1


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    contract = commands.add_parser(
        "contract",
        help="contract PDFs: issue, write, sign, verify",
        description="Contract PDFs: list contracts, issue an approved one for signature, write "
        "its PDF (signing it digitally on the way), and verify a contract PDF.",
    )
    actions = contract.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the contracts, newest number last")
    listing.add_argument("--status", choices=[s.value for s in ContractStatus], metavar="S")
    listing.set_defaults(run=run_list)
    issue = actions.add_parser(
        "issue",
        help="freeze an approved contract's PDF for signature",
        description="Freeze the PDF of an approved contract for signature: stored with its "
        "SHA-256 and never changed; a later change to the contract voids it.",
    )
    issue.add_argument("number", metavar="NUMBER")
    issue.set_defaults(run=run_issue)
    pdf = actions.add_parser(
        "pdf",
        help="write a contract's PDF, optionally signing it",
        description="Write the contract's PDF to FILE: the PDF issued for signature (with the "
        "digital signatures so far), or, before issue, a copy marked DRAFT. With --sign, sign "
        "it first with the PKCS#12 file for one party (recorded in Helix).",
    )
    pdf.add_argument("number", metavar="NUMBER")
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    pdf.add_argument("--sign", type=Path, metavar="P12", help="a .p12/.pfx signing certificate")
    pdf.add_argument(
        "--password-env",
        metavar="VAR",
        help="environment variable holding the certificate's password (else a prompt)",
    )
    pdf.add_argument(
        "--party",
        type=int,
        metavar="N",
        help="which party signs (1 = first); default: the party whose signatory the "
        "certificate names, else the first that has not signed",
    )
    pdf.set_defaults(run=run_pdf)
    verify = actions.add_parser(
        "verify",
        help="check a contract PDF against Helix's records",
        description="Check that FILE is the PDF Helix issued (its bytes unchanged), that every "
        "digital signature is intact and made with the certificate recorded for its party (or "
        "chains to a trusted certificate), and that nothing but signatures was added. Exit 1 "
        "with the reasons when anything is wrong.",
    )
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT",
        help="a trusted CA certificate (PEM or DER); repeatable. Default: the office's "
        "trusted-certificates folder",
    )
    verify.set_defaults(run=run_verify)


def add_export(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    contracts = what.add_parser(
        "contracts",
        help="contracts to a .csv or .xlsx file",
        description="Write the contracts (all, or those in one status) to a .csv or .xlsx file "
        "(by its suffix): number, title, kind, status, value, dates, parties with their benefit "
        "shares, the issued PDF's SHA-256 and the signing date.",
    )
    contracts.add_argument("file", type=Path, metavar="FILE")
    contracts.add_argument(
        "--status",
        choices=[s.value for s in ContractStatus],
        metavar="S",
        help="only contracts in this status: %(choices)s",
    )
    contracts.set_defaults(run=run_export)


def _contract_id(uow: UnitOfWork, number: str) -> str:
    found = uow.session.scalar(select(Contract.id).where(Contract.number == number.strip().upper()))
    if found is None:
        raise DomainError(
            "No contract has the number {number}. `helix contract list` shows them.",
            number=number,
        )
    return str(found)


def run_list(args: argparse.Namespace, url: str) -> int:
    with opened(url) as db:
        cli_access.sign_in(args, db)
        with UnitOfWork(db) as uow:
            stmt = select(Contract.number, Contract.status, Contract.title).order_by(
                Contract.number
            )
            if args.status:
                stmt = stmt.where(Contract.status == ContractStatus(args.status))
            for number, status, title in uow.session.execute(stmt):
                print(f"{number}\t{status.value}\t{title}")
    return EXIT_OK


def run_issue(args: argparse.Namespace, url: str) -> int:
    from app.services.contract_issue import issue_for_signature

    with opened(url) as db:
        actor = cli_access.sign_in(args, db)
        with UnitOfWork(db) as uow:
            issue = issue_for_signature(uow, _contract_id(uow, args.number), actor)
            uow.commit()
    print(f"Issued {issue.number} for signature: {issue.pages} pages, SHA-256 {issue.sha256}.")
    return EXIT_OK


def _password(var: str | None) -> bytes:
    if var:
        value = os.environ.get(var)
        if value is None:
            raise DomainError(
                "The environment variable {var} is not set; set it to the certificate's password.",
                var=var,
            )
        return value.encode()
    if not sys.stdin.isatty():
        raise DomainError(
            "Give the certificate's password with --password-env VAR (no terminal to ask in)."
        )
    return getpass.getpass("Certificate password: ").encode()


def run_pdf(args: argparse.Namespace, url: str) -> int:
    from app.services import contract_issue

    with opened(url) as db:
        actor = cli_access.sign_in(args, db)
        with UnitOfWork(db) as uow:
            contract_id = _contract_id(uow, args.number)
            if args.sign:
                password = _password(args.password_env)
                position = _signing_party(uow, contract_id, args.sign, password, args.party)
                issue = contract_issue.sign_digitally(
                    uow, contract_id, position, args.sign, password, actor
                )
                uow.commit()
                signed = issue.parties[position]
                print(f"{signed.name or signed.role_label} signed {issue.number} digitally.")
            data, issued = contract_issue.contract_pdf(uow, contract_id)
    write_exactly(args.output, data)
    if not issued:
        print(f"Wrote {args.output}: a copy marked DRAFT; the contract is not issued yet.")
    else:
        signatures = data.count(b"/ByteRange")  # one per digital signature
        signed = f", with {signatures} digital signature(s)" if signatures else ""
        print(f"Wrote {args.output}: the PDF issued for signature{signed}.")
    return EXIT_OK


def _signing_party(
    uow: UnitOfWork, contract_id: str, p12: Path, password: bytes, party: int | None
) -> int:
    from app.services import contract_issue, contract_signing

    issue = contract_issue.current_issue(uow, contract_id)
    if issue is None:
        raise DomainError(
            "This contract has no PDF issued for signature; issue it first "
            "(`helix contract issue NUMBER`, once a supervisor has approved it)."
        )
    if party is not None:
        if not 1 <= party <= len(issue.parties):
            raise DomainError("--party must be between 1 and {count}.", count=len(issue.parties))
        return party - 1
    certificate = contract_signing.load_signer(p12, password).signing_cert
    name = str(certificate.subject.native.get("common_name", "")) if certificate else ""
    waiting = issue.waiting_for
    for slot in waiting:
        if name and slot.signatory_name.strip() == name.strip():
            return slot.position
    if not waiting:
        raise DomainError("Every party has signed {number} already.", number=issue.number)
    return waiting[0].position


def run_verify(args: argparse.Namespace, url: str) -> int:
    from app.services.contract_signing import certificates
    from app.services.contract_verify import verify_contract_file

    roots = None
    if args.trust:
        try:
            roots = certificates([p.read_bytes() for p in args.trust])
        except (OSError, ValueError) as exc:
            raise DomainError(
                "A --trust certificate cannot be read ({reason}).", reason=str(exc)
            ) from exc
    with opened(url) as db:
        cli_access.sign_in(args, db)
        with UnitOfWork(db) as uow:
            verdict = verify_contract_file(uow, args.file, roots)
    if verdict.number:
        revision = f", revision {verdict.revision_number}" if verdict.revision_number else ""
        print(f"{args.file}: contract {verdict.number}{revision}")
    for check in verdict.signatures:
        state = "valid" if check.intact and check.valid else "BROKEN"
        print(f"  {check.field}: signed by {check.signer}: {state}")
    for note in verdict.notes:
        print(f"  {note}")
    if verdict.ok:
        print("OK: the file is the issued contract and its signatures are in order.")
        return EXIT_OK
    for problem in verdict.problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    return EXIT_REFUSED


def run_export(args: argparse.Namespace, url: str) -> int:
    from app.services.contract_io import export_contracts

    with opened(url) as db:
        actor = cli_access.sign_in(args, db)
        with UnitOfWork(db) as uow:
            count = export_contracts(uow, args.file, actor, status=args.status)
    print(f"Exported {count} contracts to {args.file}.")
    return EXIT_OK
