from typing import Any

from django.http import HttpRequest

from kansrijk.accounts import access
from kansrijk.ui.navigation import main_menu
from kansrijk.ui.release import fingerprint


def site(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    return {
        "is_national_editor": access.is_national_editor(user),
        "is_regional_coordinator": access.is_regional_coordinator(user),
        "main_menu": main_menu(),
        # Part of the keys of the fragments ``ui/base.html`` caches (``ui/release.py``).
        "release": fingerprint(),
    }
