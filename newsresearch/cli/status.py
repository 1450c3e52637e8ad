"""Exit statuses shared by every command, and the one way to report bad input."""

from __future__ import annotations

import sys

__all__ = ["EXIT_BAD_INPUT", "EXIT_FAILURES", "EXIT_OK", "bad_input"]

#: Exit status: success.
EXIT_OK = 0
#: Exit status: the work ran and found failures.
EXIT_FAILURES = 1
#: Exit status: bad input (missing file, unknown option or value).
EXIT_BAD_INPUT = 2


def bad_input(message: object) -> int:
    """Print ``error: <message>`` on stderr; returns :data:`EXIT_BAD_INPUT`."""
    print(f"error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
