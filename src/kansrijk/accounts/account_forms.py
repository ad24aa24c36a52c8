"""Forms for one's own account. Changing e-mail or the second factor asks the password again."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from kansrijk.accounts.models import User


class _ReauthenticateForm(forms.Form):
    password = forms.CharField(
        label=_("Your current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password


class EmailChangeForm(_ReauthenticateForm):
    email = forms.EmailField(label=_("New e-mail address"), max_length=254)
    field_order = ("email", "password")


class DeleteAccountForm(_ReauthenticateForm):
    confirm = forms.BooleanField(
        label=_("Yes, delete my account. This cannot be undone."), required=True
    )


def _token_field() -> forms.CharField:
    return forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        min_length=6,
        max_length=6,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "pattern": "[0-9]*"}
        ),
    )


class TwoFactorVerifyForm(forms.Form):
    token = _token_field()

    def __init__(self, *args: Any, device: TOTPDevice, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self) -> str:
        token: str = self.cleaned_data["token"]
        if not token.isdigit() or not self.device.verify_token(token):
            raise forms.ValidationError(_("This code is not correct or has expired."))
        return token


class TwoFactorSetupForm(TwoFactorVerifyForm):
    """Confirms a new device with a code; asks the password when one is already set up."""

    def __init__(self, *args: Any, device: TOTPDevice, user: User, reauth: bool, **kwargs: Any):
        super().__init__(*args, device=device, **kwargs)
        self.user = user
        if reauth:
            self.fields["password"] = forms.CharField(
                label=_("Your current password"),
                strip=False,
                widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
            )

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password


class ApiKeyForm(forms.Form):
    name = forms.CharField(label=_("Name of the key (what it is for)"), max_length=100)
