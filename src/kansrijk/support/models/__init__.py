"""The support programme: advisers and their log, peer matching, the learning network's agenda.

History is appended: a follow-up is closed by a completion row, a registration is cancelled
by stamping ``cancelled_at`` (never deleted), a message is never edited.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kansrijk.ui.bilingual import BilingualNamed


class AdviceTopic(BilingualNamed):
    class Meta(BilingualNamed.Meta):
        verbose_name = _("advice topic")
        verbose_name_plural = _("advice topics")


class MeetingType(BilingualNamed):
    class Meta(BilingualNamed.Meta):
        verbose_name = _("kind of meeting")
        verbose_name_plural = _("kinds of meetings")


class SupportTheme(BilingualNamed):
    """A theme of the programme: coalitions work on it, meetings are about it."""

    knowledge_url = models.CharField(
        _("page in the knowledge base"),
        max_length=300,
        blank=True,
        help_text=_("An address on this platform or elsewhere (https://...)."),
    )

    class Meta(BilingualNamed.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class AdviserAssignment(models.Model):
    """Makes a person of the support programme adviser of one coalition."""

    user = models.ForeignKey(
        "accounts.User", on_delete=models.CASCADE, related_name="adviser_assignments"
    )
    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="adviser_assignments"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("adviser assignment")
        verbose_name_plural = _("adviser assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "coalition"], name="support_one_assignment_per_coalition"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} - {self.coalition}"


class ContactForm(models.TextChoices):
    VISIT = "visit", _("visit")
    CALL = "call", _("call")
    MEETING = "meeting", _("meeting")


class AdviceEntry(models.Model):
    """One contact of an adviser with a coalition, with an optional agreed follow-up."""

    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="advice_entries"
    )
    adviser = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    date = models.DateField(_("date"))
    form = models.CharField(_("form"), max_length=10, choices=ContactForm.choices)
    topic = models.ForeignKey(
        AdviceTopic, on_delete=models.PROTECT, related_name="+", verbose_name=_("topic")
    )
    summary = models.TextField(_("what was discussed"), max_length=4000)
    follow_up = models.CharField(_("agreed follow-up"), max_length=500, blank=True)
    follow_up_due = models.DateField(_("follow-up due on"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("advice log entry")
        verbose_name_plural = _("advice log entries")
        ordering = ("-date", "-pk")
        constraints = [
            models.CheckConstraint(
                condition=Q(follow_up="", follow_up_due__isnull=True)
                | (~Q(follow_up="") & Q(follow_up_due__isnull=False)),
                name="support_follow_up_has_due_date",
            )
        ]

    def __str__(self) -> str:
        return f"{self.coalition} {self.date} ({self.form})"


class FollowUpCompletion(models.Model):
    """Closes the follow-up of an entry. Appended; the entry itself is not changed."""

    entry = models.OneToOneField(AdviceEntry, on_delete=models.CASCADE, related_name="completion")
    completed_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    completed_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("completed follow-up")
        verbose_name_plural = _("completed follow-ups")

    def __str__(self) -> str:
        return f"{self.entry} done"


class CoalitionFocus(models.Model):
    """A theme a coalition works on (declared by its lead); public when the lead says so."""

    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="focus_themes"
    )
    theme = models.ForeignKey(SupportTheme, on_delete=models.PROTECT, related_name="+")
    since = models.PositiveSmallIntegerField(
        _("since (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2010), MaxValueValidator(2100)],
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("focus theme")
        verbose_name_plural = _("focus themes")
        ordering = ("theme__order", "theme__name")
        constraints = [
            models.UniqueConstraint(fields=["coalition", "theme"], name="support_focus_unique")
        ]

    def __str__(self) -> str:
        return f"{self.coalition}: {self.theme}"


class PeerSettings(models.Model):
    """What a coalition shares with other coalitions looking for peers."""

    coalition = models.OneToOneField(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="peer_settings"
    )
    suggest_to_others = models.BooleanField(_("suggest our coalition to others"), default=True)
    share_focus = models.BooleanField(_("show our focus themes to other coalitions"), default=True)
    accept_messages = models.BooleanField(_("other leads may send us a message"), default=True)

    class Meta:
        verbose_name = _("peer settings")
        verbose_name_plural = _("peer settings")

    def __str__(self) -> str:
        return str(self.coalition)


class PeerMessage(models.Model):
    """A message from a member of one coalition to the leads of another, via the platform."""

    sender = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    from_coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="peer_messages_sent"
    )
    to_coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="peer_messages_received"
    )
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("message"), max_length=4000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("message between coalitions")
        verbose_name_plural = _("messages between coalitions")
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return self.subject


class EventScope(models.TextChoices):
    NATIONAL = "national", _("national")
    REGIONAL = "regional", _("regional")


class Event(models.Model):
    """A meeting of the learning network: a webinar, a session of a trajectory, a meeting."""

    title = models.CharField(_("title"), max_length=200)
    meeting_type = models.ForeignKey(
        MeetingType, on_delete=models.PROTECT, related_name="+", verbose_name=_("kind")
    )
    scope = models.CharField(_("for"), max_length=10, choices=EventScope.choices)
    ggd_region = models.ForeignKey(
        "regions.GGDRegion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
    )
    description = models.TextField(_("description"), max_length=4000)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    location = models.CharField(_("place or address"), max_length=200, blank=True)
    online_url = models.URLField(_("link to join online"), blank=True)
    capacity = models.PositiveIntegerField(
        _("places"), validators=[MinValueValidator(1), MaxValueValidator(10000)]
    )
    themes = models.ManyToManyField(SupportTheme, blank=True, related_name="events")
    organiser = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ("starts_at", "pk")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="support_event_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(scope="national", ggd_region__isnull=True)
                | Q(scope="regional", ggd_region__isnull=False),
                name="support_event_region_matches_scope",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_past(self) -> bool:
        return self.ends_at <= timezone.now()


class Registration(models.Model):
    """A person's registration; the first ``capacity`` active ones have a place, the rest wait."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="+")
    coalition = models.ForeignKey(
        "coalitions.Coalition",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("on behalf of"),
    )
    created_at = models.DateTimeField(default=timezone.now)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ("created_at", "pk")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=Q(cancelled_at__isnull=True),
                name="support_one_active_registration",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} - {self.event}"


class Material(models.Model):
    """A document or link shared after a meeting."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="materials")
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("link"))
    added_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ("added_at", "pk")

    def __str__(self) -> str:
        return self.title


from kansrijk.support.models.parents import CommentReview, ParentSurvey  # noqa: E402

__all__ = [
    "AdviceEntry",
    "AdviceTopic",
    "AdviserAssignment",
    "CoalitionFocus",
    "CommentReview",
    "ContactForm",
    "Event",
    "EventScope",
    "FollowUpCompletion",
    "Material",
    "MeetingType",
    "ParentSurvey",
    "PeerMessage",
    "PeerSettings",
    "Registration",
    "SupportTheme",
]
