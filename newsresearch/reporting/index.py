"""The index page: per notebook, the latest good report per parameter set, then every run."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import config
from .page import CSS, chips, show_value
from .parameters import canonical
from .result import atomic_write, load_run_records

__all__ = ["write_index"]


def _when(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M UTC")
    except (TypeError, ValueError):
        return iso or ""


def _figures(run: Mapping[str, Any]) -> str:
    return "".join(
        f'<span class="chip">{html.escape(str(k))}: {html.escape(show_value(v))}</span>'
        for k, v in (run.get("figures") or {}).items()
    )


def _link(run: Mapping[str, Any]) -> str:
    if run.get("status") in ("interrupted", "running") and not run.get("_has_html", True):
        return (
            "<span class='small'>no report yet</span>"
            if run["status"] == "running"
            else ("<span class='small'>no report (the runner was stopped)</span>")
        )
    href = html.escape(f"{run['_folder']}/{run.get('html', '')}")
    label = {"ok": "open report", "running": "running"}.get(run.get("status", ""), "error page")
    link = f'<a href="{href}">{label}</a>'
    if run.get("reused_from"):
        reused = html.escape(str(run["reused_from"]))
        link += f" <span class='small'>(unchanged: reused from {reused})</span>"
    return link


def _badge(status: str) -> str:
    s = html.escape(status or "unknown")
    return f'<span class="badge {s}">{s}</span>'


def _error_note(run: Mapping[str, Any]) -> str:
    error = run.get("error") or {}
    if not error:
        return ""
    return (
        f"<br><span class='warn'>{html.escape(str(error.get('ename', '')))}: "
        f"{html.escape(str(error.get('evalue', ''))[:160])}</span>"
    )


def _outcome(run: Mapping[str, Any]) -> str:
    return {"running": "is running", "interrupted": "was interrupted"}.get(
        run.get("status", ""), "failed"
    )


def _given(run: Mapping[str, Any]) -> dict[str, Any]:
    return run.get("given", run.get("parameters", {})) or {}


def write_index(out_root: str | Path | None = None) -> Path:
    """Write ``index.html``: per notebook, the latest good report per parameter set, then every run.

    The page is self-contained (inline CSS, no JavaScript) and uses relative
    links, so the reports folder can be copied or opened from disk.
    """
    out_root = Path(out_root) if out_root else config.REPORTS_DIR
    runs = load_run_records(out_root)
    by_nb: dict[str, list[dict[str, Any]]] = {}
    for run in runs:
        by_nb.setdefault(run["notebook"], []).append(run)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    n_failed = sum(r.get("status") not in ("ok", "running") for r in runs)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>newsresearch reports</title><style>{CSS}</style></head><body>",
        "<h1>newsresearch reports</h1>",
        f"<p class='meta'>{len(by_nb)} notebooks · {len(runs)} runs ({n_failed} failed) · "
        f"updated {html.escape(_when(now))}. For each notebook and parameter set the newest "
        "good report is listed first; a newer failed run never replaces it.</p>",
    ]
    if not runs:
        parts.append("<p>No reports yet. Run <code>make report</code>.</p>")
    else:
        parts.append(
            "<nav class='toc'>"
            + "".join(f"<a href='#{html.escape(nb)}'>{html.escape(nb)}</a>" for nb in sorted(by_nb))
            + "</nav>"
        )
    for nb_name in sorted(by_nb):
        nb_runs = by_nb[nb_name]
        groups: dict[str, list[dict[str, Any]]] = {}
        for run in nb_runs:  # newest first, so each group is newest first too
            groups.setdefault(canonical(run.get("parameters", {})), []).append(run)
        latest_ids = set()
        parts.append(
            f"<h2 id='{html.escape(nb_name)}'>{html.escape(nb_runs[0].get('title', nb_name))} "
            f"<span class='small'>{html.escape(nb_name)}</span></h2>"
        )
        parts.append(
            "<table class='runs'><tr><th>date</th><th>status</th><th>parameters</th><th>seconds</th>"
            "<th>key figures</th><th>report</th></tr>"
        )
        for group in groups.values():
            good = next((r for r in group if r.get("status") == "ok"), None)
            shown = good or group[0]
            latest_ids.add(id(shown))
            note = ""
            if good is not None and group[0] is not good:
                newer = group[0]
                note = (
                    f"<br><span class='warn'>a newer run {html.escape(_outcome(newer))} ({html.escape(_when(newer.get('started', '')))}, "
                    f"{html.escape((newer.get('error') or {}).get('ename', ''))}): {_link(newer)}</span>"
                )
            status = "latest good" if good is not None else "never succeeded" + _error_note(shown)
            parts.append(
                f"<tr class='{'latest' if good is not None else ''}'>"
                f"<td class='date'>{html.escape(_when(shown.get('started', '')))}</td>"
                f"<td>{_badge(shown.get('status', ''))} <span class='small'>{status}</span></td>"
                f"<td>{chips(_given(shown), 'defaults')}</td>"
                f"<td>{float(shown.get('seconds', 0)):.1f}</td><td>{_figures(shown)}</td>"
                f"<td>{_link(shown)}{note}</td></tr>"
            )
        parts.append("</table>")
        if len(nb_runs) == len(groups):
            continue  # every run is in the table above
        parts.append(
            f"<details{' open' if len(nb_runs) <= 10 else ''}><summary>all {len(nb_runs)} runs of "
            f"{html.escape(nb_name)}, newest first</summary><table class='runs'><tr><th>date</th><th>run</th>"
            "<th>status</th><th>parameters</th><th>seconds</th><th>key figures</th><th>report</th></tr>"
        )
        for run in nb_runs:
            latest = id(run) in latest_ids and run.get("status") == "ok"
            parts.append(
                f"<tr class='{'latest' if latest else ''}'>"
                f"<td class='date'>{html.escape(_when(run.get('started', '')))}</td>"
                f"<td class='small'>{html.escape(run['_folder'])}</td>"
                f"<td>{_badge(run.get('status', ''))}{_error_note(run)}</td>"
                f"<td>{chips(_given(run), 'defaults')}</td>"
                f"<td>{float(run.get('seconds', 0)):.1f}</td><td>{_figures(run)}</td>"
                f"<td>{_link(run)}</td></tr>"
            )
        parts.append("</table></details>")
    parts.append("</body></html>")
    index = out_root / "index.html"
    out_root.mkdir(parents=True, exist_ok=True)
    atomic_write(index, "".join(parts))
    return index
