"""Users, their memberships of coalitions, regional assignments and invitations."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.update(is_staff=True, is_superuser=True, is_national_editor=True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who logs in. Never a parent or a child: their data never enters the platform."""

    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    is_national_editor = models.BooleanField(_("national editor"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    is_staff = models.BooleanField(_("staff"), default=False)
    date_joined = models.DateTimeField(_("joined"), default=timezone.now)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = ["full_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ("full_name",)

    def __str__(self) -> str:
        return self.full_name or self.email


class MembershipRole(models.TextChoices):
    LEAD = "lead", _("coalition lead")
    PARTNER = "partner", _("coalition partner")
    PARENT = "parent", _("parent / expert by experience")


class Membership(models.Model):
    """A user's role in one coalition. Access to coalition data follows from it."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=MembershipRole.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "coalition"], name="one_membership_per_coalition"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} - {self.coalition} ({self.role})"


class RegionalAssignment(models.Model):
    """Makes a user regional coordinator for the municipalities of one GGD region."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="regional_assignments")
    ggd_region = models.ForeignKey(
        "regions.GGDRegion", on_delete=models.CASCADE, related_name="coordinators"
    )

    class Meta:
        verbose_name = _("regional assignment")
        verbose_name_plural = _("regional assignments")
        constraints = [
            models.UniqueConstraint(fields=["user", "ggd_region"], name="one_assignment_per_region")
        ]

    def __str__(self) -> str:
        return f"{self.user} - {self.ggd_region}"


class Invitation(models.Model):
    """An invitation by e-mail link to join a coalition. Only the token's hash is stored."""

    email = models.EmailField(_("e-mail address"))
    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, related_name="invitations"
    )
    role = models.CharField(_("role"), max_length=20, choices=MembershipRole.choices)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"{self.email} -> {self.coalition}"

    @property
    def is_open(self) -> bool:
        return (
            self.accepted_at is None
            and self.revoked_at is None
            and self.expires_at > timezone.now()
        )


class SecurityEvent(models.Model):
    """One security event (BIO): who did what to what, with which result, from where, when.

    Never a secret (password, key, token, one-time code). The actor is kept as a user id
    without a foreign key so the log survives the deletion of the account; deletion
    removes the id and every other trace of the person (see ``services.account_delete``).
    """

    timestamp = models.DateTimeField(default=timezone.now, db_index=True)
    actor_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    actor_label = models.CharField(max_length=200, blank=True)
    action = models.CharField(max_length=40, db_index=True)
    object = models.CharField(max_length=300, blank=True)
    result = models.CharField(max_length=20)
    origin = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("security event")
        verbose_name_plural = _("security events")
        ordering = ("-timestamp", "-pk")

    def __str__(self) -> str:
        return f"{self.timestamp:%Y-%m-%d %H:%M:%S} {self.action} {self.result}"


class UserSession(models.Model):
    """The sessions a user logged in with, so that all of them can be ended at once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="login_sessions")
    session_key = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.user_id}: {self.created_at:%Y-%m-%d %H:%M}"
