"""Pages of the list editor (national editors only)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db import transaction
from django.forms import modelform_factory
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from kansrijk.accounts.decorators import national_editor_required
from kansrijk.ui import lists


def _list_or_404(key: str) -> lists.EditableList:
    found = lists.get(key)
    if found is None:
        raise Http404
    return found


@national_editor_required
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "ui/lists/index.html", {"lists": lists.registered()})


@national_editor_required
def rows(request: HttpRequest, key: str) -> HttpResponse:
    editable = _list_or_404(key)
    objects = editable.model._default_manager.all()
    table = [(obj, [getattr(obj, c) for c in editable.columns]) for obj in objects]
    headers = [
        getattr(editable.model._meta.get_field(c), "verbose_name", c) for c in editable.columns
    ]
    return render(
        request, "ui/lists/rows.html", {"list": editable, "table": table, "headers": headers}
    )


@national_editor_required
def edit(request: HttpRequest, key: str, pk: int | None = None) -> HttpResponse:
    editable = _list_or_404(key)
    instance = get_object_or_404(editable.model, pk=pk) if pk is not None else None
    form_class = modelform_factory(editable.model, fields=list(editable.fields))
    form = form_class(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
        messages.success(request, _("Saved."))
        return redirect("ui:list_rows", key)
    context: dict[str, Any] = {"list": editable, "form": form, "instance": instance}
    return render(request, "ui/lists/edit.html", context)
