"""The report page: nbconvert's ``basic`` template inside our own page, sanitised.

Pages have inline CSS, no JavaScript and no external URLs (every notebook body
goes through :func:`newsresearch.reporting.sanitize.sanitize_html`), so they
open from disk on a machine with no network.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from .. import __version__
from ..validation.style import view_css
from .result import RunResult
from .sanitize import sanitize_html

__all__ = ["CSS", "chips", "export_html", "render_page", "show_value"]

#: The style sheet of every page (reports and the index), inlined; the report sanitiser drops
#: ``<style>`` elements from notebook output, so the article view's rules are part of it.
CSS = """
:root{color-scheme:light}
body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1f;max-width:62rem;margin:2rem auto;padding:0 1.25rem;background:#fff}
h1,h2,h3,h4{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.25}
h1{font-size:1.9rem;border-bottom:2px solid #222;padding-bottom:.3rem}
h2{margin-top:2.2rem}
a{color:#0b5cad}
table{border-collapse:collapse;margin:1rem 0;font:14px/1.4 system-ui,sans-serif}
th,td{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f4f4f6}
td{font-variant-numeric:tabular-nums}
.dataframe thead th{text-align:right}
.dataframe tbody tr th:only-of-type{vertical-align:middle}
.output_html,.output_subarea{overflow-x:auto}
img{max-width:100%;height:auto}
pre{background:#f6f6f8;padding:.6rem;overflow-x:auto;font-size:13px;white-space:pre-wrap}
.output_stderr{display:none}
.meta{font:13px/1.5 system-ui,sans-serif;color:#444;background:#f7f7f9;border:1px solid #e3e3e8;padding:.6rem .8rem;border-radius:6px}
.chip{display:inline-block;background:#eef2f7;border-radius:999px;padding:0 .55rem;margin:0 .2rem .2rem 0;font-size:12px;white-space:nowrap}
.ok{background:#d8f0dc;color:#185c25}.failed{background:#f8d7d7;color:#8a1c1c}
.interrupted{background:#fbe9c6;color:#7a4b00}.running{background:#e3ecfa;color:#1c3f8a}
.badge{display:inline-block;border-radius:4px;padding:0 .45rem;font:600 12px/1.7 system-ui,sans-serif}
.error{border:2px solid #c62828;background:#fff4f4;padding:.8rem;border-radius:6px;margin:1rem 0;font-family:system-ui,sans-serif}
tr.latest td{background:#f3fbf4}
td.date,table.runs td:last-child{white-space:nowrap}
.warn{color:#8a1c1c;font-size:12px}
.small{font-size:12px;color:#555}
details summary{cursor:pointer;font:14px system-ui,sans-serif;color:#333;margin:.5rem 0}
nav.toc a{margin-right:1rem}
a.anchor-link{visibility:hidden;text-decoration:none;margin-left:.3rem}
h1:hover a.anchor-link,h2:hover a.anchor-link,h3:hover a.anchor-link{visibility:visible}
""" + view_css()  # the article view (newsresearch.validation.view): its marks keep their colours


def chips(params: Mapping[str, Any], empty: str = "") -> str:
    """Parameters as ``name=value`` chips (escaped); *empty* shown when there are none."""
    if not params:
        return f'<span class="chip">{html.escape(empty)}</span>' if empty else ""
    return "".join(
        f'<span class="chip">{html.escape(str(k))}={html.escape(show_value(v))}</span>'
        for k, v in params.items()
    )


def show_value(value: Any) -> str:
    """A parameter value as shown on a page (``""`` for an empty string, lists in brackets)."""
    if isinstance(value, str):
        return value if value else '""'
    if isinstance(value, list):
        return "[" + ", ".join(show_value(v) for v in value) + "]"
    return str(value)


def render_page(result: RunResult, body: str, last_good: Mapping[str, Any] | None = None) -> str:
    """The whole HTML page of a run: run details, the error box of a failed run, then *body*.

    *body* must already be safe (the output of
    :func:`~newsresearch.reporting.sanitize.sanitize_html` or our own markup);
    every value taken from the run is escaped here.
    """
    error = ""
    if result.error:
        if last_good:
            link = f"../{last_good['_folder']}/{last_good.get('html', '')}"
            keep = (
                f'The last good report of these parameters is <a href="{html.escape(link)}">'
                f"run {html.escape(last_good['run_id'])}</a>."
            )
        else:
            keep = "No earlier run of these parameters succeeded."
        error = (
            '<div class="error"><strong>This run failed.</strong> '
            f"{html.escape(result.error['ename'])}: {html.escape(result.error['evalue'])}"
            + (f" (cell {html.escape(result.error['cell'])})" if result.error.get("cell") else "")
            + f'. {keep} See <a href="../index.html">all reports</a>.</div>'
        )
    badge = f'<span class="badge {html.escape(result.status)}">{html.escape(result.status)}</span>'
    meta = (
        f'<div class="meta">{badge} {html.escape(result.notebook)} · run '
        f"{html.escape(result.run_id)} · {html.escape(result.started)} · "
        f"{result.seconds:.1f} s · newsresearch {__version__} · commit "
        f"{html.escape((result.git_commit or 'unknown')[:10])} · "
        f'<a href="../index.html">all reports</a><br>{chips(result.parameters)}</div>'
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{html.escape(result.title)}</title><style>{CSS}</style></head><body>"
        f"{meta}{error}{body}</body></html>"
    )


def export_html(nb: Any, result: RunResult, last_good: Mapping[str, Any] | None = None) -> str:
    """Code-free HTML of an executed notebook: no inputs, no stderr, no scripts, no outside URLs."""
    from nbconvert import HTMLExporter

    section = result.title
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            headings = [
                ln.lstrip("#").strip() for ln in cell.source.splitlines() if ln.startswith("#")
            ]
            section = headings[-1] if headings else section
        if cell.cell_type == "code":
            cell.outputs = [
                o
                for o in cell.get("outputs", [])
                if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
            ]
            for o in cell.outputs:  # images get a description: the section they belong to
                for mime in ("image/png", "image/jpeg"):
                    if mime in o.get("data", {}):
                        meta = o.setdefault("metadata", {}).setdefault(mime, {})
                        meta.setdefault("alt", f"Figure: {section}")
    exporter = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True)
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb)
    return render_page(result, sanitize_html(body), last_good)
