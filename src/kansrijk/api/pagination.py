"""Pagination as the API Design Rules suggest: ``page`` and ``pageSize``, with links.

A page that is not a positive whole number is a 400 (bad input); a page beyond the last
is a 404. ``pageSize`` is at most 500 (more is a 400, as the document says); ``page`` at most
999 999 999.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from rest_framework import exceptions, pagination
from rest_framework.request import Request
from rest_framework.views import APIView


class PageNumberPagination(pagination.PageNumberPagination):
    page_size_query_param = "pageSize"
    max_page_size = 500
    max_page = 10**9 - 1

    def paginate_queryset(
        self, queryset: QuerySet[Any] | Sequence[Any], request: Request, view: APIView | None = None
    ) -> list[Any] | None:
        limits = {
            self.page_query_param: self.max_page,
            self.page_size_query_param: self.max_page_size,
        }
        for name, most in limits.items():
            raw = request.query_params.get(name)
            if raw is not None and not (raw.isascii() and raw.isdigit() and 0 < int(raw) <= most):
                raise exceptions.ValidationError(
                    {name: [_("Give a whole number from 1 to %(most)s.") % {"most": most}]},
                    code="invalid",
                )
        return super().paginate_queryset(queryset, request, view)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            most = self.max_page_size if parameter["name"] == self.page_size_query_param else None
            parameter["schema"] = {
                "type": "integer",
                "minimum": 1,
                "maximum": most or self.max_page,
            }
        return parameters
