"""Exit statuses shared by every command, and the one way to report bad input."""

from __future__ import annotations

import sys
from typing import Any

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_FAILURES",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "SOURCE_HELP",
    "bad_input",
    "command",
]

#: Help for the positional ``source`` argument of the commands that read a corpus.
SOURCE_HELP = '"sample", a file, folder, glob or archive'

#: Exit status: success.
EXIT_OK = 0
#: Exit status: the work ran and found failures.
EXIT_FAILURES = 1
#: Exit status: bad input (missing file, unknown option or value).
EXIT_BAD_INPUT = 2
#: Exit status: stopped by SIGTERM or Ctrl-C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130


def bad_input(message: object) -> int:
    """Print ``error: <message>`` on stderr; returns :data:`EXIT_BAD_INPUT`."""
    print(f"error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def command(sub: Any, name: str, summary: str, details: str = "") -> Any:
    """Add the sub-command *name* to *sub*; its ``--help`` shows *summary* then *details*.

    Examples
    --------
    >>> import argparse
    >>> sub = argparse.ArgumentParser(prog="newsresearch").add_subparsers()
    >>> command(sub, "demo", "do a demo", "Exit status 0.").description
    'Do a demo. Exit status 0.'
    """
    description = f"{summary[:1].upper()}{summary[1:]}. {details}".strip()
    return sub.add_parser(name, help=summary, description=description)
