"""Writes of the coalition register. Every write validates first and is atomic."""

from __future__ import annotations

from datetime import date
from typing import Any

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from kansrijk.coalitions.imports import OverviewRow
from kansrijk.coalitions.models import (
    BasicPrinciple,
    Coalition,
    CoalitionKind,
    DeclarationOfIntent,
    Partner,
    PartnerType,
    PlanDocument,
    PrincipleAssessment,
    StepStatusEntry,
)
from kansrijk.regions.models import Municipality


def coalition_update(*, coalition: Coalition, **fields: Any) -> Coalition:
    for name, value in fields.items():
        setattr(coalition, name, value)
    coalition.full_clean()
    with transaction.atomic():
        coalition.save()
    return coalition


def coalition_create(
    *, name: str, kind: str, municipalities: list[Municipality], slug: str = "", **fields: Any
) -> Coalition:
    if not municipalities:
        raise ValidationError(_("A coalition covers at least one municipality."))
    if kind == CoalitionKind.LOCAL and len(municipalities) != 1:
        raise ValidationError(_("A local coalition covers exactly one municipality."))
    coalition = Coalition(name=name, kind=kind, slug=slug or slugify(name), **fields)
    coalition.full_clean()
    with transaction.atomic():
        coalition.save()
        coalition.municipalities.set(municipalities)
    return coalition


def step_status_declare(
    *, coalition: Coalition, step: int, status: str, note: str, user: Any
) -> StepStatusEntry:
    entry = StepStatusEntry(
        coalition=coalition, step=step, status=status, note=note, created_by=user
    )
    entry.full_clean()
    with transaction.atomic():
        entry.save()
    return entry


def partner_add(
    *,
    coalition: Coalition,
    organisation: str,
    partner_type: PartnerType,
    ring: str,
    contact_name: str = "",
    contact_email: str = "",
    joined_on: date | None = None,
) -> Partner:
    partner = Partner(
        coalition=coalition,
        organisation=organisation,
        partner_type=partner_type,
        ring=ring,
        contact_name=contact_name,
        contact_email=contact_email,
        joined_on=joined_on,
    )
    partner.full_clean()
    with transaction.atomic():
        partner.save()
    return partner


def partner_remove(*, partner: Partner) -> None:
    with transaction.atomic():
        partner.delete()


def principle_assess(
    *, coalition: Coalition, principle: BasicPrinciple, status: str, evidence: str, user: Any
) -> PrincipleAssessment:
    assessment = PrincipleAssessment(
        coalition=coalition, principle=principle, status=status, evidence=evidence, created_by=user
    )
    assessment.full_clean()
    with transaction.atomic():
        assessment.save()
    return assessment


def declaration_save(
    *, coalition: Coalition, signed_on: date, signing_organisations: str
) -> DeclarationOfIntent:
    declaration = DeclarationOfIntent.objects.filter(
        coalition=coalition
    ).first() or DeclarationOfIntent(coalition=coalition)
    declaration.signed_on = signed_on
    declaration.signing_organisations = signing_organisations
    declaration.full_clean()
    with transaction.atomic():
        declaration.save()
    return declaration


def plan_upload(*, coalition: Coalition, upload: UploadedFile[Any], user: Any) -> PlanDocument:
    """Store a plan of approach: PDF only (checked by content), at most MAX_UPLOAD_BYTES."""
    size = upload.size or 0
    if size > settings.MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The file is larger than %(mb)d MB.")
            % {"mb": settings.MAX_UPLOAD_BYTES // (1024 * 1024)}
        )
    if size == 0:
        raise ValidationError(_("The file is empty."))
    head = upload.read(2048)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.mime != "application/pdf" or not head.startswith(b"%PDF-"):
        raise ValidationError(_("Only PDF files can be uploaded; this file is not a PDF."))
    name = (upload.name or "plan.pdf").rsplit("/", 1)[-1][:200]
    document = PlanDocument(coalition=coalition, original_name=name, size=size, uploaded_by=user)
    with transaction.atomic():
        document.file.save("plan.pdf", upload, save=False)
        document.full_clean()
        document.save()
    return document


def overview_import(*, rows: list[OverviewRow]) -> tuple[int, int]:
    """Store a validated national overview. Returns (created, updated)."""
    created = updated = 0
    with transaction.atomic():
        for row in rows:
            coalition = (
                Coalition.objects.filter(municipalities=row.municipality).order_by("pk").first()
            )
            if coalition is None:
                coalition = Coalition(
                    name=_("Kansrijke Start %(name)s") % {"name": row.municipality.name},
                    slug=_unique_slug(row.municipality.name),
                    kind=CoalitionKind.LOCAL,
                )
                created += 1
            else:
                updated += 1
            coalition.tranche = row.tranche
            coalition.start_date = row.start_date
            coalition.lead_organisation = row.lead_organisation
            coalition.full_clean()
            coalition.save()
            coalition.municipalities.add(row.municipality)
    return created, updated


def _unique_slug(name: str) -> str:
    base = slugify(name) or "coalitie"
    slug, n = base, 2
    while Coalition.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
