"""Short random referral codes: readable aloud, no look-alike characters, no meaning."""

from __future__ import annotations

import secrets

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1
LENGTH = 8


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise(text: str) -> str:
    """What a person typed, in the stored form: upper case, letters and digits, one dash."""
    cleaned = "".join(c for c in text.upper() if c.isascii() and c.isalnum())
    if len(cleaned) != LENGTH:
        return cleaned
    return f"{cleaned[:4]}-{cleaned[4:]}"
