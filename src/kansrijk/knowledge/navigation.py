from django.utils.translation import gettext_lazy as _

from kansrijk.ui.navigation import Link

MAIN_MENU = [Link("knowledge:index", _("Knowledge base"))]
