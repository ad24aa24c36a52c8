"""The one settings module of Kansrijk, driven by environment variables.

Defaults give the embedded demo (the project's own PostgreSQL server with its data in
``var/pgdata``, started by ``scripts/dbserver.py``; the cache in ``var/cache``; DEBUG on);
production sets ``KANSRIJK_ENV=production`` and ``DATABASE_URL``, ``REDIS_URL``,
``SECRET_KEY``, ``ALLOWED_HOSTS``.
"""

from pathlib import Path

import dj_database_url
import django_stubs_ext
from django.utils.translation import gettext_lazy as _

from kansrijk.conf import embedded_db
from kansrijk.conf.env import env_bool, env_int, env_list, env_str

django_stubs_ext.monkeypatch()

SRC_DIR = Path(__file__).resolve().parents[2]
BASE_DIR = SRC_DIR.parent
VAR_DIR = Path(env_str("KANSRIJK_VAR_DIR", str(BASE_DIR / "var")))

ENVIRONMENT = env_str("KANSRIJK_ENV", "development")
PRODUCTION = ENVIRONMENT == "production"
DEBUG = env_bool("DEBUG", not PRODUCTION)
SECRET_KEY = env_str(
    "SECRET_KEY", "" if PRODUCTION else "kansrijk-development-only-secret-key-0123456789"
)
if PRODUCTION and len(SECRET_KEY) < 50:
    raise RuntimeError("Set SECRET_KEY (at least 50 characters) in production.")
ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# The domain apps, in the order their reference and demo data load.
KANSRIJK_APPS = [
    "kansrijk.ui",
    "kansrijk.accounts",
    "kansrijk.regions",
    "kansrijk.coalitions",
    "kansrijk.indicators",
    "kansrijk.assessments",
    "kansrijk.socialmap",
    "kansrijk.interventions",
    "kansrijk.reports",
    "kansrijk.api",
    "kansrijk.signalling",
    "kansrijk.knowledge",
    "kansrijk.monitoring",
    "kansrijk.support",
]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "rest_framework",
    "drf_spectacular",
    "django_filters",
    "axes",
    "auditlog",
    "django_otp",
    "django_otp.plugins.otp_totp",
    *KANSRIJK_APPS,
]

MIDDLEWARE = [
    # Outermost, so that it also turns database errors in session and auth middleware into 503.
    "kansrijk.ui.middleware.DatabaseUnavailableMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Before any view or session write: PostgreSQL cannot take text with NUL characters.
    "kansrijk.ui.nul_guard.NulCharacterMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "kansrijk.accounts.middleware.AccountSecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
    "axes.middleware.AxesMiddleware",
    "kansrijk.api.middleware.ApiVersionMiddleware",
    "kansrijk.api.problems.ProblemJsonMiddleware",
]

ROOT_URLCONF = "kansrijk.conf.urls"
WSGI_APPLICATION = "kansrijk.conf.wsgi.application"
APPEND_SLASH = False

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kansrijk.ui.context_processors.site",
            ],
        },
    }
]

# Database: PostgreSQL. DATABASE_URL in production and CI; elsewhere the embedded server that
# `scripts/dbserver.py start` runs from the pinned wheel (ADR 0011).
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASE_URL = env_str("DATABASE_URL", "")
if not DATABASE_URL:
    if PRODUCTION:
        raise RuntimeError("Set DATABASE_URL (postgres://...) in production.")
    DATABASE_URL = embedded_db.url()
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60 if PRODUCTION else 0),
        conn_health_checks=True,
    )
}
if env_str("DATABASE_TEST_NAME", ""):
    DATABASES["default"]["TEST"] = {"NAME": env_str("DATABASE_TEST_NAME", "")}
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise RuntimeError("Kansrijk runs on PostgreSQL only: DATABASE_URL must be postgres://...")
DATABASES["default"].setdefault("OPTIONS", {})
DATABASES["default"]["OPTIONS"].setdefault("connect_timeout", 5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache that every process shares (ADR 0012): Redis through REDIS_URL (production,
# CI), otherwise files under var/cache, shared by the processes of one machine. Versions of
# cached pages live in it too (kansrijk.ui.cache_versions), so an edit shows everywhere at once.
REDIS_URL = env_str("REDIS_URL", "")
# Part of the keys of cached page parts (kansrijk/ui/release.py): set it to the deployed commit.
KANSRIJK_RELEASE = env_str("KANSRIJK_RELEASE", "")
CACHE_KEY_PREFIX = env_str("KANSRIJK_CACHE_PREFIX", "kansrijk")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        }
    }

# Accounts
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "ui:dashboard"
LOGOUT_REDIRECT_URL = "ui:home"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "kansrijk.accounts.validators.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 0.25  # hours
# Locked out by account (whatever the address) and by address (whatever the account).
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# The real client address behind trusted proxies (accounts/client_ip.py).
KANSRIJK_TRUSTED_PROXY_COUNT = env_int("KANSRIJK_TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "kansrijk.accounts.client_ip.client_ip"
AXES_USERNAME_FORM_FIELD = "username"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
INVITATION_VALID_DAYS = env_int("INVITATION_VALID_DAYS", 14)

# Absolute timeout (from log-in) and idle timeout; enforced by accounts.middleware.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600)
KANSRIJK_SESSION_IDLE_SECONDS = env_int("KANSRIJK_SESSION_IDLE_SECONDS", 30 * 60)
OTP_TOTP_ISSUER = "Kansrijk"
KANSRIJK_SECURITY_LOG_DAYS = env_int("KANSRIJK_SECURITY_LOG_DAYS", 365)
# The social map keeps a search's rendered results this long (0: never; see socialmap/search/lists.py).
KANSRIJK_SEARCH_CACHE_SECONDS = env_int("KANSRIJK_SEARCH_CACHE_SECONDS", 60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_HTTPONLY = True
# Refused forms get a page in the site's layout and language (ui/templates/ui/csrf_failure.html).
CSRF_FAILURE_VIEW = "kansrijk.ui.errors.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"

# Content-Security-Policy: everything from ourselves, no inline script or style.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# E-mail: console in development and the demo.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Kansrijk <noreply@kansrijk.example>")

# Languages: Dutch by default, English available; source strings are English.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# Static files: our own, plus the pinned npm packages (never a CDN).
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
NODE_MODULES = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    ("vendor/utrecht", NODE_MODULES / "@utrecht" / "component-library-css" / "dist"),
    (
        "vendor/tokens",
        NODE_MODULES / "@nl-design-system-unstable" / "voorbeeld-design-tokens" / "dist",
    ),
    ("vendor/noto-sans", NODE_MODULES / "@fontsource" / "noto-sans" / "files"),
    ("vendor/htmx", NODE_MODULES / "htmx.org" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Uploads live outside the web root and are served only through views that check access.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private-media")))
MEDIA_ROOT = PRIVATE_MEDIA_ROOT
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_BYTES", 10 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# The domain's own settings.
KANSRIJK_SMALL_COUNT_THRESHOLD = env_int("KANSRIJK_SMALL_COUNT_THRESHOLD", 10)
# The figures import (page and command) reads at most this many rows of a file (and at most
# MAX_UPLOAD_BYTES): a bigger file is refused at once instead of holding a web worker.
KANSRIJK_IMPORT_MAX_ROWS = env_int("KANSRIJK_IMPORT_MAX_ROWS", 100_000)
KANSRIJK_DATA_DIR = BASE_DIR / "data"

# API
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "kansrijk.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # The key first: an anonymous write then answers 401 with WWW-Authenticate.
        "kansrijk.api.authentication.ApiTokenAuthentication",
        "kansrijk.api.authentication.VerifiedSessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "EXCEPTION_HANDLER": "kansrijk.api.problems.problem_exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Kansrijk API",
    "DESCRIPTION": (
        "Open data and coalition data of Kansrijke Start coalitions. Reading public data "
        "needs no key; writing needs the API key of a user account and acts with that "
        "user's roles. Follows the NL GOV API Design Rules."
    ),
    "VERSION": "1.0.0",
    "CONTACT": {
        "name": "Kansrijk beheer",
        "email": "beheer@kansrijk.example",
        "url": "https://kansrijk.example/api",
    },
    "LICENSE": {"name": "EUPL-1.2"},
    "SERVERS": [{"url": "/api/v1", "description": "This installation"}],
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "SCHEMA_PATH_PREFIX_TRIM": True,
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "CoalitionStatusEnum": "kansrijk.coalitions.models.CoalitionStatus",
        "StepStatusEnum": "kansrijk.coalitions.models.StepStatus",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "kansrijk.api.schema.add_api_design_rules",
    ],
}

# Audit log (django-auditlog): who changed what, when.
AUDITLOG_INCLUDE_ALL_MODELS = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "loggers": {
        "kansrijk.security": {"handlers": ["console"], "level": "INFO", "propagate": False}
    },
}
