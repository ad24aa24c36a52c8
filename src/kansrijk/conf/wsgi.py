"""WSGI entry point (gunicorn kansrijk.conf.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kansrijk.conf.settings")
application = get_wsgi_application()
