"""Export of the social map as HSDS 3.0 JSON and CSV (ZIP); import of the same."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kansrijk.accounts.decorators import coalition_view
from kansrijk.coalitions.models import Coalition
from kansrijk.socialmap import selectors
from kansrijk.socialmap.forms import ImportForm
from kansrijk.socialmap.hsds.convert import import_records, labels, service_record
from kansrijk.socialmap.hsds.csvzip import CsvZipError, read_zip, write_zip
from kansrijk.socialmap.hsds.export import service_json, service_page
from kansrijk.socialmap.hsds.parse import HsdsImportError, parse_services, services_of
from kansrijk.socialmap.hsds.schema import SchemaError


def _public_records(coalition: Coalition) -> list[Any]:
    services = selectors.export_queryset(coalition)
    return [service_record(s) for s in services]


@coalition_view("public")
def export_json(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    page = service_page(_public_records(coalition), labels())
    response = JsonResponse(page, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = f'attachment; filename="sociale-kaart-{coalition.slug}.json"'
    return response


@coalition_view("public")
def export_csv(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    names = labels()
    data = write_zip(service_json(record, names) for record in _public_records(coalition))
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="sociale-kaart-{coalition.slug}.zip"'
    return response


def _read(upload: Any) -> list[Any]:
    raw = upload.read()
    if upload.name.lower().endswith(".zip"):
        return read_zip(raw)
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise CsvZipError(_("it is not saved as UTF-8")) from error
    except json.JSONDecodeError as error:
        raise CsvZipError(
            _("it is not valid JSON (line %(line)s, column %(column)s)")
            % {"line": error.lineno, "column": error.colno}
        ) from error
    except RecursionError as error:
        raise CsvZipError(_("it is nested too deeply to read")) from error
    return services_of(document)


@coalition_view("lead")
def import_view(request: HttpRequest, coalition: Coalition) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[SchemaError] = []
    if request.method == "POST" and form.is_valid():
        try:
            records = parse_services(_read(form.cleaned_data["file"]))
        except CsvZipError as error:
            form.add_error("file", _("The file cannot be read: %(error)s") % {"error": error})
        except HsdsImportError as error:
            errors = error.errors
        else:
            outcome = import_records(coalition=coalition, records=records, actor=request.user)
            errors = outcome.errors
            if not errors:
                messages.success(
                    request,
                    _("Imported: %(created)s new and %(updated)s changed services.")
                    % {"created": outcome.created, "updated": outcome.updated},
                )
                return redirect("socialmap:social_map", coalition.slug)
        if errors:
            form.add_error(
                None,
                _("Nothing was imported: the file has %(count)s error(s).")
                % {"count": len(errors)},
            )
    context = {"coalition": coalition, "form": form, "errors": errors[:200]}
    return render(request, "socialmap/import.html", context)
