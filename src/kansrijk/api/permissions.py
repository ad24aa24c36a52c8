"""API permissions, from the one set of access rules in ``kansrijk.accounts.access``."""

from __future__ import annotations

from typing import Any

from rest_framework import permissions
from rest_framework.request import Request

from kansrijk.accounts import access


class PublicReadLeadWrite(permissions.BasePermission):
    """Everybody reads; the coalition's lead and national editors write."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        return bool(request.user and request.user.is_authenticated)

    def has_object_permission(self, request: Request, view: Any, obj: Any) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        coalition = getattr(obj, "coalition", obj)
        return access.can_edit_coalition(request.user, coalition)


class NationalEditorWrite(permissions.BasePermission):
    """Everybody reads; only national editors create."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        return access.is_national_editor(request.user)
