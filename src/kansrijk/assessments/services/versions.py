"""Writes: new versions of a questionnaire's statement bank."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kansrijk.assessments.bank import Bank
from kansrijk.assessments.models import (
    Instrument,
    Item,
    Part,
    Questionnaire,
    QuestionnaireVersion,
    Theme,
)

if TYPE_CHECKING:
    from kansrijk.accounts.models import User


def questionnaire_import_bank(
    *, bank: Bank, user: User | None = None
) -> tuple[QuestionnaireVersion, bool]:
    """Store a bank as the newest version of its questionnaire.

    Returns the version and whether it is new. When the newest version already has exactly
    these statements, nothing is stored. An existing version is never changed: rounds keep
    the version they started with. A new questionnaire takes its settings from the bank;
    an existing one keeps the editor's settings.
    """
    with transaction.atomic():
        questionnaire, _created = Questionnaire.objects.get_or_create(
            key=bank.key,
            defaults={
                "name": bank.name.nl,
                "name_en": bank.name.en,
                "description": bank.description.nl,
                "description_en": bank.description.en,
                "scale_min": bank.scale_min,
                "scale_max": bank.scale_max,
                "scale_labels": {
                    str(p): {"nl": t.nl, "en": t.en} for p, t in bank.scale_labels.items()
                },
                "allow_unknown": bank.allow_unknown,
                "allow_not_applicable": bank.allow_not_applicable,
                "min_respondents": max(3, bank.min_respondents),
                "benchmark_min_groups": max(5, bank.benchmark_min_groups),
                "strong_mean": bank.strong_mean,
                "improve_mean": bank.improve_mean,
                "disagreement_sd": bank.disagreement_sd,
                "meaningful_change": bank.meaningful_change,
            },
        )
        questionnaire = Questionnaire.objects.select_for_update().get(pk=questionnaire.pk)
        digest = bank.statements_digest()
        latest = questionnaire.versions.order_by("-number").first()
        if latest is not None and latest.digest == digest:
            return latest, False
        if (bank.scale_min, bank.scale_max) != (questionnaire.scale_min, questionnaire.scale_max):
            raise ValidationError(_("A new version must keep the scale of the questionnaire."))
        instruments = {i.key: i for i in Instrument.objects.all()}
        missing = {item.instrument for item in bank.items} - set(instruments)
        if missing:
            raise ValidationError(
                _("Unknown instruments: %(keys)s.") % {"keys": ", ".join(sorted(missing))}
            )
        number = max(bank.version, (latest.number + 1) if latest else 1)
        version = QuestionnaireVersion(
            questionnaire=questionnaire,
            number=number,
            note=bank.note.nl,
            note_en=bank.note.en,
            digest=digest,
            created_by=user,
        )
        version.full_clean()
        version.save()
        position = 0
        for p_index, bank_part in enumerate(bank.parts, start=1):
            part = Part.objects.create(
                version=version,
                key=bank_part.key,
                position=p_index,
                title=bank_part.title.nl,
                title_en=bank_part.title.en,
            )
            for t_index, bank_theme in enumerate(bank_part.themes, start=1):
                theme = Theme.objects.create(
                    part=part,
                    key=bank_theme.key,
                    position=t_index,
                    title=bank_theme.title.nl,
                    title_en=bank_theme.title.en,
                )
                for bank_item in bank_theme.items:
                    position += 1
                    Item.objects.create(
                        version=version,
                        theme=theme,
                        key=bank_item.key,
                        position=position,
                        text=bank_item.text.nl,
                        text_en=bank_item.text.en,
                        step=bank_item.step,
                        instrument=instruments[bank_item.instrument],
                    )
    return version, True
