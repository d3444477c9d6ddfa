"""Cooperation projects: what a signed contract starts. Milestones (from the payment schedule
and added by hand) with every move and its reason kept, the log of progress reports, feedback,
problems and resolutions, and the three-party evaluation at the end."""

from datetime import date, datetime

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, SyncMixin
from app.models.enums import EntryKind, PartySide, ProjectStatus, string_enum


class Project(SyncMixin, Base):
    __tablename__ = "project"

    contract_id: Mapped[str] = mapped_column(ForeignKey("contract.id"), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    status: Mapped[ProjectStatus] = mapped_column(
        string_enum(ProjectStatus), nullable=False, default=ProjectStatus.RUNNING
    )
    started_on: Mapped[date] = mapped_column(nullable=False)
    planned_end: Mapped[date | None] = mapped_column(default=None)
    ended_on: Mapped[date | None] = mapped_column(default=None)
    end_note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    milestones: Mapped[list["Milestone"]] = relationship(
        back_populates="project", order_by="Milestone.position"
    )


class Milestone(SyncMixin, Base):
    __tablename__ = "milestone"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    deliverable: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The contract party responsible (its position in the contract's parties), if any.
    responsible_position: Mapped[int | None] = mapped_column(default=None)
    due_date: Mapped[date] = mapped_column(nullable=False, index=True)
    planned_due_date: Mapped[date] = mapped_column(nullable=False)  # as first planned
    # The payment instalment it releases (its position in the contract's schedule), if any.
    instalment_position: Mapped[int | None] = mapped_column(default=None)
    completed_on: Mapped[date | None] = mapped_column(default=None)
    confirmed_by: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    completion_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    evidence_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    evidence: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    project: Mapped[Project] = relationship(back_populates="milestones")


class MilestoneMove(SyncMixin, Base):
    """A milestone's due date moved: from, to, why, who."""

    __tablename__ = "milestone_move"

    milestone_id: Mapped[str] = mapped_column(
        ForeignKey("milestone.id"), nullable=False, index=True
    )
    from_date: Mapped[date] = mapped_column(nullable=False)
    to_date: Mapped[date] = mapped_column(nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    moved_at: Mapped[datetime] = mapped_column(nullable=False)
    moved_by: Mapped[str] = mapped_column(String(100), nullable=False)


class ProjectEntry(SyncMixin, Base):
    """A dated entry in the project's log, from one of the three sides. A problem stays open
    until a resolution entry names it (`resolves_id`)."""

    __tablename__ = "project_entry"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), nullable=False, index=True)
    kind: Mapped[EntryKind] = mapped_column(string_enum(EntryKind), nullable=False)
    side: Mapped[PartySide] = mapped_column(string_enum(PartySide), nullable=False)
    author: Mapped[str] = mapped_column(String(200), nullable=False)  # who reported it
    entry_date: Mapped[date] = mapped_column(nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    resolves_id: Mapped[str | None] = mapped_column(
        ForeignKey("project_entry.id"), default=None, index=True
    )
    recorded_by: Mapped[str] = mapped_column(String(100), nullable=False)


class Evaluation(SyncMixin, Base):
    """One side's evaluation of a completed project: five criteria scored 1–5 and a comment."""

    __tablename__ = "evaluation"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), nullable=False)
    side: Mapped[PartySide] = mapped_column(string_enum(PartySide), nullable=False)
    evaluator: Mapped[str] = mapped_column(String(200), nullable=False)
    goal_achieved: Mapped[int] = mapped_column(nullable=False)
    quality: Mapped[int] = mapped_column(nullable=False)
    timeliness: Mapped[int] = mapped_column(nullable=False)
    communication: Mapped[int] = mapped_column(nullable=False)
    benefit_realised: Mapped[int] = mapped_column(nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    evaluated_on: Mapped[date] = mapped_column(nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(100), nullable=False)

    __table_args__ = (UniqueConstraint("project_id", "side"),)
