"""API views: the statement bank (public) and a coalition's aggregated results (members)."""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, generics, permissions, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from kansrijk.accounts import access
from kansrijk.assessments import selectors
from kansrijk.assessments.api.serializers import BankSerializer, RoundSerializer, result_data
from kansrijk.assessments.models import Questionnaire, QuestionnaireVersion, Round
from kansrijk.coalitions.models import Coalition


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "De ronde is nog open; resultaten verschijnen na het sluiten."
    default_code = "round_open"


class BankView(generics.RetrieveAPIView[QuestionnaireVersion]):
    """The newest version of a questionnaire's statements."""

    serializer_class = BankSerializer
    permission_classes = [permissions.AllowAny]

    def get_object(self) -> QuestionnaireVersion:
        questionnaire = get_object_or_404(Questionnaire, key=self.kwargs["key"])
        version = selectors.version_latest(questionnaire)
        if version is None:
            raise exceptions.NotFound
        return version


def _coalition_for_member(request: Request, slug: str) -> Coalition:
    coalition = get_object_or_404(Coalition, slug=slug)
    if not access.can_view_coalition(request.user, coalition):
        raise exceptions.PermissionDenied
    return coalition


class RoundListView(generics.ListAPIView[Round]):
    """The Analysetool rounds of one coalition (members only)."""

    serializer_class = RoundSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):  # OpenAPI generation
            return Round.objects.none()
        coalition = _coalition_for_member(self.request, self.kwargs["slug"])
        questionnaire = selectors.questionnaire_get()
        if questionnaire is None:
            return Round.objects.none()
        return selectors.coalition_rounds(coalition, questionnaire)


class ResultView(APIView):
    """The aggregated results of a closed round (members only); 409 while it is open."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    def get(self, request: Request, slug: str, pk: int) -> Response:
        coalition = _coalition_for_member(request, slug)
        assessment_round = get_object_or_404(
            Round.objects.select_related("version", "questionnaire"), pk=pk, coalition=coalition
        )
        result = selectors.round_result(assessment_round)
        if result is None:
            raise Conflict
        return Response(result_data(assessment_round, result))
