"""Fail when a line of the lock file (requirements.txt) is not pinned to one exact version."""

from __future__ import annotations

import re
import sys
from pathlib import Path

PINNED = re.compile(r"^[A-Za-z0-9_.-]+(\[[A-Za-z0-9_,-]+\])?==[^=<>~*,;\s]+$")


def main(path: str = "requirements.txt") -> int:
    lines = [line.strip() for line in Path(path).read_text().splitlines()]
    loose = [line for line in lines if line and not line.startswith("#") and not PINNED.match(line)]
    for line in loose:
        print(f"{path}: not pinned to an exact version: {line}")
    return 1 if loose else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
