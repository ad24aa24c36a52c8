"""The search page's result block, rendered in Python.

The search page is the social map's hot path (aim: < 10 ms per request, issue 5). Rendering
25 service cards through template includes cost more than the search itself: every card
resolved some twenty template variables and translated the same labels again (about 500
``gettext`` calls per page). Here every label is translated once per process and language,
and each card is one f-string of values escaped with ``html.escape`` (what Django's
``escape`` does). The markup is what the former templates ``_service_card.html`` and
``_search_results.html`` produced.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from kansrijk.socialmap.models import (
    Access,
    Approval,
    Domain,
    Phase,
    ServiceStatus,
    Visibility,
)
from kansrijk.socialmap.quality import is_stale

if TYPE_CHECKING:
    from kansrijk.socialmap.search.query import CarePathRow, SearchResult, ServiceRow

DESCRIPTION_WORDS = 40
_UUID = uuid.UUID(int=0)
_SLUG = "coalitionslugplaceholder"
_KEY = "riskkeyplaceholder"


def _escaped(choices: Iterable[tuple[str, Any]]) -> dict[str, str]:
    return {key: escape(str(label)) for key, label in choices}


class _Labels:
    """Every label the result block may show, translated and escaped once, and the URL
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
        self.also_searched = escape(_("Also searched for"))
        self.instead_of = escape(_("instead of"))
        self.synonyms = escape(_("Including synonyms"))
        self.care_paths = escape(_("Care paths"))
        self.no_care_path = escape(_("No care path found."))
        self.services = escape(_("Services"))
        self.no_service = escape(_("No service found."))
        self.print_hint = escape(
            _(
                "Print this page for the conversation with your client: it prints without "
                "menus and holds no client data."
            )
        )
        self._service = reverse("socialmap:service_detail", args=[_UUID])
        self._path = reverse("socialmap:care_path_detail", args=[_SLUG, _KEY])

    def service_url(self, service: ServiceRow) -> str:
        return self._service.replace(str(_UUID), service.uuid)

    def care_path_url(self, path: CarePathRow) -> str:
        return escape(self._path.replace(_SLUG, path.coalition_slug).replace(_KEY, path.risk_key))


def _badges(service: ServiceRow, labels: _Labels, today: date) -> str:
    badges = []
    if is_stale(service.assured_date, today):
        badges.append(f'<span class="kr-badge sm-stale">{labels.stale}</span> ')
    if service.approval == Approval.PENDING:
        badges.append(f'<span class="kr-badge sm-pending">{labels.pending}</span> ')
    if service.status != ServiceStatus.ACTIVE:
        status = labels.status.get(service.status) or escape(service.status)
        badges.append(f'<span class="kr-badge sm-closed">{status}</span> ')
    if service.organization_fictional:
        badges.append(f'<span class="kr-badge kr-badge--fictional">{labels.fictional}</span>')
    return f'<p class="sm-meta">{"".join(badges)}</p>' if badges else ""


def _contact(service: ServiceRow, labels: _Labels) -> str:
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


def _words(text: str, count: int = DESCRIPTION_WORDS) -> str:
    """The first ``count`` words, with an ellipsis when cut (as Django's ``Truncator``)."""
    words = text.split()
    return " ".join(words[:count]) + " …" if len(words) > count else " ".join(words)


def service_card(service: ServiceRow, labels: _Labels, today: date) -> str:
    phases = ", ".join(labels.phase[p] for p in service.phase_list if p in labels.phase)
    domain = labels.domain.get(service.domain) or escape(service.domain)
    access = labels.access.get(service.access) or escape(service.access)
    costs = f" &middot; {labels.costs}: {escape(service.costs)}" if service.costs else ""
    return (
        '<li class="kr-card">\n'
        f'  <h3 class="utrecht-heading-3"><a class="utrecht-link" href="{labels.service_url(service)}">'
        f"{escape(service.name)}</a></h3>\n"
        f'  <p class="sm-meta">{escape(service.organization_name)} &middot; {domain}'
        f"{' &middot; ' + phases if phases else ''}</p>\n"
        f"  {_badges(service, labels, today)}\n"
        f'  <p class="utrecht-paragraph">{escape(_words(service.description))}</p>\n'
        f'  <p class="sm-meta">{_contact(service, labels)}</p>\n'
        f'  <p class="sm-meta">{labels.how}: {access}{costs}</p>\n</li>'
    )


def care_path_item(path: CarePathRow, labels: _Labels) -> str:
    badge = (
        f' <span class="kr-badge">{labels.professionals}</span>'
        if path.visibility == Visibility.PROFESSIONALS
        else ""
    )
    return (
        f'<li class="kr-card"><a class="utrecht-link" href="{labels.care_path_url(path)}">'
        f"{escape(path.risk_label)}</a> &middot; {escape(path.coalition_name)}{badge}</li>"
    )


_labels: dict[str, _Labels] = {}


def _labels_now() -> _Labels:
    """The labels in the current language (translations do not change while running)."""
    language = get_language() or "nl"
    labels = _labels.get(language)
    if labels is None:
        labels = _labels[language] = _Labels()
    return labels


def _heading(result: SearchResult, labels: _Labels) -> str:
    count = ngettext("%(counter)s result", "%(counter)s results", result.count) % {
        "counter": result.count
    }
    text = f": &ldquo;{escape(result.text)}&rdquo;" if result.text else ""
    lines = [f'<h2 class="utrecht-heading-2">{escape(count)}{text}</h2>']
    if result.corrections:
        used = "".join(
            f"{escape(', '.join(words))} ({labels.instead_of} {escape(typed)})"
            for typed, words in result.corrections.items()
        )
        lines.append(f'<p class="utrecht-paragraph">{labels.also_searched}: {used}</p>')
    if result.expanded:
        expanded = escape(", ".join(result.expanded))
        lines.append(f'<p class="sm-meta">{labels.synonyms}: {expanded}</p>')
    return "\n".join(lines)


def result_block(result: SearchResult) -> SafeString:
    """The whole result block of a search: heading, care paths, services, print hint."""
    labels = _labels_now()
    today = timezone.localdate()
    paths = "".join(care_path_item(path, labels) for path in result.care_paths) or (
        f"<li>{labels.no_care_path}</li>"
    )
    services = "".join(service_card(service, labels, today) for service in result.services) or (
        f"<li>{labels.no_service}</li>"
    )
    html = (
        f"{_heading(result, labels)}\n"
        '<section aria-labelledby="paths-heading"><h3 class="utrecht-heading-3" '
        f'id="paths-heading">{labels.care_paths}</h3>\n<ul class="sm-list">{paths}</ul></section>\n'
        '<section aria-labelledby="services-heading"><h3 class="utrecht-heading-3" '
        f'id="services-heading">{labels.services}</h3>\n<ul class="sm-list">{services}</ul>'
        f'</section>\n<p class="sm-meta kr-no-print">{labels.print_hint}</p>'
    )
    return mark_safe(html)  # noqa: S308  # nosec B308 B703 (every value escaped above)
