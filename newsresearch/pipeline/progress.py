"""Progress of an extraction: a tqdm bar when a person watches, log lines otherwise."""

from __future__ import annotations

import logging
import sys
import time

__all__ = ["Progress"]

log = logging.getLogger("newsresearch.pipeline")

#: Seconds between two progress log lines when nobody watches.
LOG_EVERY = 30


class Progress:
    """A tqdm bar when a person watches (terminal or notebook); log lines otherwise."""

    def __init__(self, total: int, cached: int, show: bool | None):
        if show is None:
            show = _interactive()
        self.total = total
        self.done = 0
        self.t0 = time.perf_counter()
        self.last_log = self.t0
        self.bar = None
        if show and total:
            from tqdm.auto import tqdm

            self.bar = tqdm(
                total=total,
                unit=" docs",
                desc=f"extract ({cached:,} cached)" if cached else "extract",
                smoothing=0.1,
                leave=False,
            )
        elif total:
            log.info("extract: %s documents to compute, %s cached", f"{total:,}", f"{cached:,}")

    def update(self, n: int) -> None:
        """Count *n* more documents done."""
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
            return
        now = time.perf_counter()
        if n and (now - self.last_log >= LOG_EVERY or self.done == self.total):
            self.last_log = now
            rate = self.done / max(now - self.t0, 1e-9)
            left = (self.total - self.done) / rate if rate else float("nan")
            log.info(
                "extract: %s/%s documents (%.0f/s, about %.0f s left)",
                f"{self.done:,}",
                f"{self.total:,}",
                rate,
                left,
            )

    def close(self) -> None:
        """Remove the bar."""
        if self.bar is not None:
            self.bar.close()


def _interactive() -> bool:
    """Whether a person watches: stderr is a terminal, or we run in a Jupyter kernel."""
    try:
        if sys.stderr is not None and sys.stderr.isatty():
            return True
    except (AttributeError, ValueError):
        pass
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    ip = shell.get_ipython()
    return type(ip).__name__ == "ZMQInteractiveShell"
