"""The client's address, also behind proxies that we trust (lock-out and security log).

With ``KANSRIJK_TRUSTED_PROXY_COUNT`` = N, the last N hops (the proxies in front of us) are
trusted: each appends the address it received the request from to ``X-Forwarded-For``, so
the client is the N-th address from the right of that header plus ``REMOTE_ADDR``. What a
client writes into the header itself stands further left and is never used. With 0 (the
default: no proxy) only ``REMOTE_ADDR`` counts.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _valid(address: str) -> bool:
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return False
    return True


def client_ip(request: HttpRequest) -> str:
    remote = str(request.META.get("REMOTE_ADDR", ""))
    count = int(settings.KANSRIJK_TRUSTED_PROXY_COUNT)
    if count <= 0:
        return remote
    header = str(request.META.get("HTTP_X_FORWARDED_FOR", ""))
    chain = [part.strip() for part in header.split(",") if part.strip()] + [remote]
    address = chain[-(count + 1)] if len(chain) > count else chain[0]
    return address if _valid(address) else remote
