"""The search page's result list, rendered in Python.

The search page is the social map's hot path (aim: < 10 ms per request, issue 5). Rendering
25 service cards through template includes cost more than the search itself: every card
resolved some twenty template variables and translated the same labels again (about 500
``gettext`` calls per page). Here every label is translated once per page and each card is
one f-string of values escaped with ``html.escape`` (what Django's ``escape`` does). The markup is the same as the former ``_service_card.html``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from html import escape
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from kansrijk.socialmap.models import (
    Access,
    Approval,
    CarePath,
    Domain,
    Phase,
    Service,
    ServiceStatus,
    Visibility,
)
from kansrijk.socialmap.quality import is_stale

DESCRIPTION_WORDS = 40
_UUID = uuid.UUID(int=0)
_SLUG = "coalitionslugplaceholder"
_KEY = "riskkeyplaceholder"


def _escaped(choices: Iterable[tuple[str, Any]]) -> dict[str, str]:
    return {key: escape(str(label)) for key, label in choices}


class _Labels:
    """Every label a card may show, translated and escaped once for the page, and the URL
    patterns (``reverse`` once, then a placeholder is replaced)."""

    def __init__(self) -> None:
        self.domain = _escaped(Domain.choices)
        self.phase = _escaped(Phase.choices)
        self.access = _escaped(Access.choices)
        self.status = _escaped(ServiceStatus.choices)
        self.stale = escape(_("not checked for over a year"))
        self.pending = escape(_("waiting for approval"))
        self.fictional = escape(_("fictional demo entry"))
        self.phone = escape(_("Phone"))
        self.website = escape(_("website"))
        self.how = escape(_("How to get there"))
        self.costs = escape(_("Costs"))
        self.professionals = escape(_("professionals only"))
        self._service = reverse("socialmap:service_detail", args=[_UUID])
        self._path = reverse("socialmap:care_path_detail", args=[_SLUG, _KEY])

    def service_url(self, service: Service) -> str:
        return self._service.replace(str(_UUID), str(service.uuid))

    def care_path_url(self, path: CarePath) -> str:
        return escape(
            self._path.replace(_SLUG, path.coalition.slug).replace(_KEY, path.risk_situation.key)
        )


def _badges(service: Service, labels: _Labels, today: date) -> str:
    badges = []
    if is_stale(service.assured_date, today):
        badges.append(f'<span class="kr-badge sm-stale">{labels.stale}</span> ')
    if service.approval == Approval.PENDING:
        badges.append(f'<span class="kr-badge sm-pending">{labels.pending}</span> ')
    if service.status != ServiceStatus.ACTIVE:
        status = labels.status.get(service.status) or escape(service.status)
        badges.append(f'<span class="kr-badge sm-closed">{status}</span> ')
    if service.organization.is_fictional:
        badges.append(f'<span class="kr-badge kr-badge--fictional">{labels.fictional}</span>')
    return f'<p class="sm-meta">{"".join(badges)}</p>' if badges else ""


def _contact(service: Service, labels: _Labels) -> str:
    parts = []
    if service.phone:
        parts.append(f"{labels.phone}: {escape(service.phone)}")
    if service.email:
        email = escape(service.email)
        parts.append(f' &middot; <a class="utrecht-link" href="mailto:{email}">{email}</a>')
    if service.url:
        parts.append(
            f' &middot; <a class="utrecht-link" href="{escape(service.url)}">{labels.website}</a>'
        )
    return "".join(parts)


def service_card(service: Service, labels: _Labels, today: date) -> str:
    phases = ", ".join(labels.phase[p] for p in service.phase_list if p in labels.phase)
    domain = labels.domain.get(service.domain) or escape(service.domain)
    access = labels.access.get(service.access) or escape(service.access)
    costs = f" &middot; {labels.costs}: {escape(service.costs)}" if service.costs else ""
    description = Truncator(service.description).words(DESCRIPTION_WORDS, truncate=" …")
    return (
        '<li class="kr-card">\n'
        f'  <h3 class="utrecht-heading-3"><a class="utrecht-link" href="{labels.service_url(service)}">'
        f"{escape(service.name)}</a></h3>\n"
        f'  <p class="sm-meta">{escape(service.organization.name)} &middot; {domain}'
        f"{' &middot; ' + phases if phases else ''}</p>\n"
        f"  {_badges(service, labels, today)}\n"
        f'  <p class="utrecht-paragraph">{escape(description)}</p>\n'
        f'  <p class="sm-meta">{_contact(service, labels)}</p>\n'
        f'  <p class="sm-meta">{labels.how}: {access}{costs}</p>\n</li>'
    )


def care_path_item(path: CarePath, labels: _Labels) -> str:
    badge = (
        f' <span class="kr-badge">{labels.professionals}</span>'
        if path.visibility == Visibility.PROFESSIONALS
        else ""
    )
    return (
        f'<li class="kr-card"><a class="utrecht-link" href="{labels.care_path_url(path)}">'
        f"{escape(path.risk_situation.label)}</a> &middot; {escape(path.coalition.name)}{badge}</li>"
    )


_labels: dict[str, _Labels] = {}


def _labels_now() -> _Labels:
    """The labels in the current language (translations do not change while running)."""
    language = get_language() or "nl"
    labels = _labels.get(language)
    if labels is None:
        labels = _labels[language] = _Labels()
    return labels


def service_cards(services: Iterable[Service]) -> SafeString:
    labels = _labels_now()
    today = timezone.localdate()
    html = "".join(service_card(service, labels, today) for service in services)
    return mark_safe(html)  # noqa: S308  # nosec B308 B703 (every value escaped above)


def care_path_items(paths: Iterable[CarePath]) -> SafeString:
    labels = _labels_now()
    html = "".join(care_path_item(path, labels) for path in paths)
    return mark_safe(html)  # noqa: S308  # nosec B308 B703 (every value escaped above)
