"""Two-factor log-in with TOTP (django-otp): who needs it, devices, QR code."""

from __future__ import annotations

import base64
from functools import cache
from io import BytesIO
from typing import Any

import qrcode
import qrcode.image.svg
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from kansrijk.accounts import access


def required_for(user: Any) -> bool:
    """National and regional roles, advisers (they see several coalitions) and staff must
    log in with a second factor."""
    return bool(
        access.is_national_editor(user)
        or access.is_regional_coordinator(user)
        or access.is_adviser(user)
        or getattr(user, "is_staff", False)
        or getattr(user, "is_superuser", False)
    )


def has_device(user: Any) -> bool:
    return bool(TOTPDevice.objects.filter(user=user, confirmed=True).exists())


def is_verified(user: Any) -> bool:
    """True when this session's log-in included the second factor (django-otp)."""
    check = getattr(user, "is_verified", None)
    return bool(check()) if callable(check) else False


def confirmed_device(user: Any) -> TOTPDevice | None:
    device: TOTPDevice | None = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device


@cache
def open_paths() -> frozenset[str]:
    return frozenset(
        reverse(name)
        for name in (
            "accounts:two_factor_setup",
            "accounts:two_factor_link_send",
            "accounts:two_factor_verify",
            "accounts:logout",
            "accounts:login",
        )
    )


def is_open_path(path: str) -> bool:
    """The pages a log-in that still needs its second factor may reach."""
    link = reverse("accounts:two_factor_link_send") + "/"
    return path in open_paths() or path.startswith(link)


def secret_base32(device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode().rstrip("=")


def qr_data_uri(device: TOTPDevice) -> str:
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()
