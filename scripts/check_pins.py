"""Fail when a line of a lock file (requirements/base.txt, dev.txt) is not pinned to one exact
version. A line ``-r other.txt`` includes another lock file, which must be pinned too."""

from __future__ import annotations

import re
import sys
from pathlib import Path

PINNED = re.compile(r"^[A-Za-z0-9_.-]+(\[[A-Za-z0-9_,-]+\])?==[^=<>~*,;\s]+$")
INCLUDE = re.compile(r"^-r\s+(\S+)$")


def loose_lines(path: Path) -> list[str]:
    loose = []
    for line in (raw.strip() for raw in path.read_text().splitlines()):
        if not line or line.startswith("#") or PINNED.match(line):
            continue
        included = INCLUDE.match(line)
        if included and (path.parent / included.group(1)).is_file():
            continue
        loose.append(f"{path}: not pinned to an exact version: {line}")
    return loose


def main(*paths: str) -> int:
    loose = [
        line for path in paths or ("requirements/base.txt",) for line in loose_lines(Path(path))
    ]
    for line in loose:
        print(line)
    return 1 if loose else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
