"""Writes of the support programme. Every write validates first and is atomic."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from typing import Any

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kansrijk.accounts.models import Membership, MembershipRole
from kansrijk.coalitions.models import Coalition
from kansrijk.support import agenda
from kansrijk.support.models import (
    AdviceEntry,
    AdviceTopic,
    AdviserAssignment,
    CoalitionFocus,
    Event,
    FollowUpCompletion,
    Material,
    MeetingType,
    PeerMessage,
    PeerSettings,
    Registration,
    SupportTheme,
)


def _mail_on_commit(subject: str, body: str, address: str) -> None:
    """Send one e-mail to one address once the transaction has been committed."""
    transaction.on_commit(partial(send_mail, subject, body, None, [address]))


# --- advisers ------------------------------------------------------------------------------


def adviser_assign(*, user: Any, coalition: Coalition) -> AdviserAssignment:
    with transaction.atomic():
        assignment, _created = AdviserAssignment.objects.get_or_create(
            user=user, coalition=coalition
        )
    return assignment


def advice_entry_add(
    *,
    coalition: Coalition,
    adviser: Any,
    date: date,
    form: str,
    topic: AdviceTopic,
    summary: str,
    follow_up: str = "",
    follow_up_due: date | None = None,
) -> AdviceEntry:
    follow_up = follow_up.strip()
    if follow_up and follow_up_due is None:
        raise ValidationError({"follow_up_due": _("Give the date by which the follow-up is due.")})
    if follow_up_due is not None and not follow_up:
        raise ValidationError({"follow_up": _("Describe the follow-up that was agreed.")})
    if date > timezone.localdate():
        raise ValidationError({"date": _("A contact cannot lie in the future.")})
    entry = AdviceEntry(
        coalition=coalition,
        adviser=adviser,
        date=date,
        form=form,
        topic=topic,
        summary=summary.strip(),
        follow_up=follow_up,
        follow_up_due=follow_up_due if follow_up else None,
    )
    entry.full_clean()
    with transaction.atomic():
        entry.save()
    return entry


def follow_up_complete(*, entry: AdviceEntry, user: Any, note: str = "") -> FollowUpCompletion:
    if not entry.follow_up:
        raise ValidationError(_("This contact has no follow-up."))
    with transaction.atomic():
        completion, _created = FollowUpCompletion.objects.get_or_create(
            entry=entry, defaults={"completed_by": user, "note": note.strip()[:500]}
        )
    return completion


# --- peers ---------------------------------------------------------------------------------


def peer_settings_update(
    *,
    coalition: Coalition,
    suggest_to_others: bool,
    share_focus: bool,
    accept_messages: bool,
    themes: list[tuple[SupportTheme, int | None]],
) -> PeerSettings:
    with transaction.atomic():
        peer_settings, _created = PeerSettings.objects.get_or_create(coalition=coalition)
        peer_settings.suggest_to_others = suggest_to_others
        peer_settings.share_focus = share_focus
        peer_settings.accept_messages = accept_messages
        peer_settings.full_clean()
        peer_settings.save()
        wanted = {theme.pk: since for theme, since in themes}
        CoalitionFocus.objects.filter(coalition=coalition).exclude(theme_id__in=wanted).delete()
        for theme_id, since in wanted.items():
            focus, _created = CoalitionFocus.objects.get_or_create(
                coalition=coalition, theme_id=theme_id, defaults={"since": since}
            )
            if focus.since != since:
                focus.since = since
                focus.full_clean()
                focus.save()
    return peer_settings


def peer_message_send(
    *,
    sender: Any,
    from_coalition: Coalition,
    to_coalition: Coalition,
    subject: str,
    body: str,
    base_url: str = "",
) -> PeerMessage:
    """Store the message and tell the other coalition's leads by e-mail, one by one.

    Neither side sees the other's address: the e-mail comes from the platform and the
    answer goes through the platform too.
    """
    if from_coalition.pk == to_coalition.pk:
        raise ValidationError(_("Choose another coalition than your own."))
    receiver = PeerSettings.objects.filter(coalition=to_coalition).first()
    if receiver is not None and not receiver.accept_messages:
        raise ValidationError(_("This coalition does not receive messages through the platform."))
    message = PeerMessage(
        sender=sender,
        from_coalition=from_coalition,
        to_coalition=to_coalition,
        subject=subject.strip(),
        body=body.strip(),
    )
    message.full_clean()
    with transaction.atomic():
        message.save()
        leads = Membership.objects.filter(
            coalition=to_coalition, role=MembershipRole.LEAD, user__is_active=True
        ).select_related("user")
        inbox = reverse("support:messages", kwargs={"slug": to_coalition.slug})
        text = _(
            "%(coalition)s sent your coalition a message on Kansrijk:\n\n%(subject)s\n\n%(body)s\n\n"
            "Answer through the platform: %(link)s"
        ) % {
            "coalition": from_coalition.name,
            "subject": message.subject,
            "body": message.body,
            "link": base_url + inbox,
        }
        subject = _("Message from %(coalition)s") % {"coalition": from_coalition.name}
        for membership in leads:
            _mail_on_commit(subject, text, membership.user.email)
    return message


# --- the agenda ----------------------------------------------------------------------------


def event_create(
    *,
    organiser: Any,
    title: str,
    meeting_type: MeetingType,
    scope: str,
    ggd_region: Any,
    description: str,
    starts_at: datetime,
    ends_at: datetime,
    location: str,
    online_url: str,
    capacity: int,
    themes: list[SupportTheme],
) -> Event:
    regions = agenda.regions_for_organiser(organiser)
    if scope == "national":
        ggd_region = None
    if scope == "regional" and ggd_region is None:
        raise ValidationError({"ggd_region": _("Choose the region of a regional meeting.")})
    if regions is not None and (ggd_region is None or ggd_region.pk not in regions):
        raise ValidationError(_("You organise regional meetings for your own region only."))
    if not location.strip() and not online_url.strip():
        raise ValidationError(_("Give a place or a link to join online."))
    event = Event(
        organiser=organiser,
        title=title.strip(),
        meeting_type=meeting_type,
        scope=scope,
        ggd_region=ggd_region,
        description=description.strip(),
        starts_at=starts_at,
        ends_at=ends_at,
        location=location.strip(),
        online_url=online_url.strip(),
        capacity=capacity,
    )
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": _("A meeting ends after it starts.")})
    event.full_clean()
    with transaction.atomic():
        event.save()
        event.themes.set(themes)
    return event


def registration_create(*, event: Event, user: Any, coalition: Coalition | None) -> Registration:
    """Register; beyond the capacity the registration goes on the waiting list."""
    if event.cancelled_at is not None:
        raise ValidationError(_("This meeting has been cancelled."))
    if event.is_past:
        raise ValidationError(_("This meeting has already taken place."))
    registration = Registration(event=event, user=user, coalition=coalition)
    registration.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            Event.objects.select_for_update().filter(pk=event.pk).first()
            registration.save()
    except IntegrityError as error:
        raise ValidationError(_("You are already registered for this meeting.")) from error
    return registration


def registration_cancel(*, registration: Registration) -> Registration | None:
    """Cancel; returns the registration that moved from the waiting list to a place, if any.

    The person who moved up hears it by e-mail.
    """
    event = registration.event
    with transaction.atomic():
        Event.objects.select_for_update().filter(pk=event.pk).first()
        before = {r.pk for r in agenda.places(event).confirmed}
        if registration.cancelled_at is None:
            registration.cancelled_at = timezone.now()
            registration.save(update_fields=["cancelled_at"])
        moved = [r for r in agenda.places(event).confirmed if r.pk not in before]
        for promoted in moved:
            _mail_on_commit(
                _("You have a place: %(title)s") % {"title": event.title},
                _("A place came free. You are now registered for %(title)s on %(date)s.")
                % {
                    "title": event.title,
                    "date": timezone.localtime(event.starts_at).strftime("%d-%m-%Y %H:%M"),
                },
                promoted.user.email,
            )
    return moved[0] if moved else None


def material_add(*, event: Event, user: Any, title: str, url: str) -> Material:
    material = Material(event=event, title=title.strip(), url=url.strip(), added_by=user)
    material.full_clean()
    with transaction.atomic():
        material.save()
    return material
