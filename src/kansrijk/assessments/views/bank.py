"""The statement bank: public reading, and new versions by the national editor."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from kansrijk.accounts.decorators import national_editor_required
from kansrijk.assessments import selectors, services
from kansrijk.assessments.bank import BankError, load_chain, parse_bank
from kansrijk.assessments.forms import BankUploadForm
from kansrijk.assessments.models import Instrument
from kansrijk.coalitions.models import STEPS

STEP_NAMES = dict(STEPS)


def bank(request: HttpRequest) -> HttpResponse:
    questionnaire = selectors.questionnaire_get()
    version = selectors.version_latest(questionnaire) if questionnaire else None
    if questionnaire is None or version is None:
        raise Http404
    context = {
        "questionnaire": questionnaire,
        "version": version,
        "parts": selectors.version_parts(version),
        "steps": STEP_NAMES,
        "scale_labels": [
            (p, questionnaire.scale_label(p))
            for p in range(questionnaire.scale_min, questionnaire.scale_max + 1)
        ],
    }
    return render(request, "assessments/bank.html", context)


@national_editor_required
def bank_manage(request: HttpRequest) -> HttpResponse:
    questionnaire = selectors.questionnaire_get()
    if questionnaire is None:
        raise Http404
    form = BankUploadForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                parsed = parse_bank(
                    form.cleaned_data["file"],
                    instruments=set(Instrument.objects.values_list("key", flat=True)),
                    steps={s.number for s in load_chain().steps},
                )
                if parsed.key != questionnaire.key:
                    raise BankError(_("This file is for another questionnaire."))
                version, created = services.questionnaire_import_bank(
                    bank=parsed,
                    user=request.user,  # type: ignore[arg-type]
                )
            except (BankError, ValidationError) as error:
                form.add_error(
                    "file", str(error.messages[0] if isinstance(error, ValidationError) else error)
                )
            else:
                if created:
                    messages.success(
                        request, _("Version %(number)s is published.") % {"number": version.number}
                    )
                else:
                    messages.info(
                        request, _("These statements equal the newest version; nothing changed.")
                    )
                return redirect("assessments:bank_manage")
    context = {
        "questionnaire": questionnaire,
        "versions": questionnaire.versions.select_related("created_by").order_by("-number"),
        "form": form,
    }
    return render(request, "assessments/bank_manage.html", context, status=status)


@national_editor_required
def bank_download(request: HttpRequest, number: int) -> HttpResponse:
    questionnaire = selectors.questionnaire_get()
    if questionnaire is None:
        raise Http404
    version = get_object_or_404(questionnaire.versions, number=number)
    response = HttpResponse(
        selectors.version_as_bank_file(version), content_type="application/yaml; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{questionnaire.key}-versie-{version.number}.yaml"'
    )
    return response
