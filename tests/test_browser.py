"""Checks in a real browser: the reports and JupyterLab in headless Chromium, offline.

Run with ``make test-browser`` (``make test`` leaves them out). They drive Debian's
``/usr/bin/chromium`` through Playwright (never a downloaded browser) and are skipped when
it is absent, unless ``NEWSRESEARCH_REQUIRE_BROWSER=1`` (as in CI) makes that a failure.
Every request the pages make is routed: anything over http(s) to a host other than this
machine is aborted and fails the test.
"""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from newsresearch import config, reporting

CHROMIUM = Path(os.environ.get("NEWSRESEARCH_CHROMIUM", "/usr/bin/chromium"))
REQUIRED = os.environ.get("NEWSRESEARCH_REQUIRE_BROWSER") == "1"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() and not REQUIRED,
        reason=f"{CHROMIUM} is absent (apt-get install chromium)",
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("playwright") is None and not REQUIRED,
        reason="playwright is not installed (pip install -e '.[dev]')",
    ),
]

# Article titles and texts that carry markup (setting window.__pwned if it ever ran). pandas
# shortens table cells to 50 characters, so each piece of markup starts its field.
IMG = '<img src=x onerror="__pwned=1">'
SCRIPT = "<script>__pwned=2</script>"
HOSTILE = [
    (
        f"{IMG} Vote",
        f"{SCRIPT} The council met on Tuesday. Mayor Ana Reyes said it was fair.",
    ),
    (f"{SCRIPT} Row", f"{IMG} Critics said the budget plan was rushed and asked for time."),
    (
        "Harbour works begin",
        "Work on the harbour began on Monday. Officials said it would end soon.",
    ),
]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is absent but NEWSRESEARCH_REQUIRE_BROWSER=1: install chromium")
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="nr-chromium-")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


@dataclass
class Visit:
    """What one page did: console errors, page errors, requests, blocked requests, dialogs."""

    url: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def _is_outside(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https", "ws", "wss") and parts.hostname not in LOCAL_HOSTS


def open_page(context, url: str):
    """A new page with every request watched and outside ones aborted; returns (page, visit)."""
    page = context.new_page()
    visit = Visit(url)
    page.on(
        "console",
        lambda msg: visit.console_errors.append(msg.text) if msg.type == "error" else None,
    )
    page.on("pageerror", lambda exc: visit.page_errors.append(str(exc)))
    page.on("request", lambda req: visit.requests.append(req.url))

    def dialog(d):
        visit.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)

    def route(r):
        if _is_outside(r.request.url):
            visit.blocked.append(r.request.url)
            r.abort()
        else:
            r.continue_()

    page.route("**/*", route)
    page.goto(url, wait_until="load")
    return page, visit


def assert_clean(page, visit: Visit) -> None:
    """No JavaScript errors, nothing fetched from outside, every image decoded."""
    images = page.evaluate(
        "Array.from(document.images).map(i => ({src: i.src.slice(0, 60), ok: i.complete && i.naturalWidth > 0}))"
    )
    broken = [i["src"] for i in images if not i["ok"]]
    outside = [u for u in visit.requests if _is_outside(u)]
    assert not visit.console_errors, (visit.url, visit.console_errors)
    assert not visit.page_errors, (visit.url, visit.page_errors)
    assert not outside and not visit.blocked, (visit.url, outside, visit.blocked)
    assert not broken, (visit.url, broken)
    assert not visit.dialogs, (visit.url, visit.dialogs)


# ---------------------------------------------------------------------------
# The reports
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Every notebook with its defaults, a failed run, and an overview of a hostile corpus.

    Tests ask for this fixture before ``browser``, so that the worker processes of the
    batch are started before Chromium and its driver are.
    """
    out = tmp_path_factory.mktemp("reports")
    data = tmp_path_factory.mktemp("data")
    hostile = data / "hostile.jsonl"
    rows = [
        {
            "id": f"h{i}",
            "outlet": "The <b>Bold</b> Gazette",
            "title": title,
            "text": text,
            "published": f"2026-09-0{i}",
            "url": f"https://gazette.example/{i}",
        }
        for i, (title, text) in enumerate(HOSTILE, start=1)
    ]
    hostile.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    # Whether each notebook succeeds is tests/test_reporting.py's business; here every page,
    # good or failed, must render cleanly.
    reporting.run_reports(out_dir=out, run_id="all", jobs=2, progress=False)
    xss = reporting.run_notebook(
        "01_corpus_overview",
        parameters={"corpus": str(hostile), "sample_rows": len(HOSTILE)},
        out_dir=out,
        run_id="hostile",
    )
    assert xss.status == "ok", xss.error
    failed = reporting.run_notebook(
        "01_corpus_overview",
        parameters={"corpus": str(data / "missing.jsonl")},
        out_dir=out,
        run_id="failing",
    )
    assert failed.status == "failed"
    return out, xss, failed


def test_index_and_every_report_render_cleanly_offline(reports, browser):
    out, _, failed = reports
    page, visit = open_page(browser, (out / "index.html").as_uri())
    assert_clean(page, visit)
    assert page.title() == "newsresearch reports"
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    pages = sorted(
        {h.split("#")[0] for h in hrefs if h.startswith("file:") and h.endswith(".html")}
    )
    on_disk = sorted(p.as_uri() for p in out.glob("*/*.html"))
    assert set(on_disk) <= set(pages), set(on_disk) - set(pages)  # the index links every report
    error_link = page.locator("a", has_text="error page").first
    assert f"failing/{failed.html}" in error_link.get_attribute("href")
    page.close()
    for url in on_disk:
        report, visit = open_page(browser, url)
        assert_clean(report, visit)
        assert report.locator("h1").count() >= 1 or "failing" in url
        if "failing" in url:
            assert "This run failed" in report.inner_text("body")
        else:
            assert report.locator("img").count() >= 1 or "06_validation" in url, url
        report.close()


def test_article_markup_shows_as_text_and_runs_nothing(reports, browser):
    out, xss, _ = reports
    page, visit = open_page(browser, (out / "hostile" / xss.html).as_uri())
    page.wait_for_timeout(300)  # give any injected handler a chance to fire
    assert page.evaluate("typeof window.__pwned") == "undefined"
    text = page.inner_text("body")
    assert "<b>Bold</b>" in text  # the outlet name, as written
    assert text.count(f"{IMG} Vote") == 1 and text.count(f"{SCRIPT} Row") == 1
    assert f"{SCRIPT} The council" in text and f"{IMG} Critics" in text
    assert page.locator("b", has_text="Bold").count() == 0  # not turned into markup
    assert page.locator("script").count() == 0
    assert not [u for u in visit.requests if u.rstrip("/").endswith("/x")]  # no <img src=x>
    assert_clean(page, visit)


# ---------------------------------------------------------------------------
# JupyterLab from the project environment
# ---------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory):
    """JupyterLab on a free localhost port with a token, serving a copy of the notebooks."""
    root = tmp_path_factory.mktemp("lab")
    work = root / "notebooks"
    work.mkdir()
    shutil.copy(config.NOTEBOOKS_DIR / "01_corpus_overview.ipynb", work)
    state = root / "jupyter"
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(state / "config"),
        "JUPYTER_RUNTIME_DIR": str(state / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(state / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(state / "workspaces"),
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    }
    port, token = _free_port(), secrets.token_hex(16)
    jupyter = Path(sys.executable).with_name("jupyter")
    log = open(root / "lab.log", "w", encoding="utf-8")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [
            str(jupyter),
            "lab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={work}",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--LabApp.news_url=None",
            "--LabApp.extension_manager=readonly",
            "--LabApp.expose_app_in_browser=True",
            *(["--allow-root"] if os.geteuid() == 0 else []),
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text()[-3000:])
            time.sleep(0.5)
        yield base, token, work
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


def test_jupyterlab_runs_a_notebook_without_errors(browser, jupyterlab):
    base, token, work = jupyterlab
    page, visit = open_page(
        browser, f"{base}/lab/tree/01_corpus_overview.ipynb?token={token}&reset"
    )
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell", timeout=30_000)
    # Wait until the notebook's kernel is connected and idle, then run every cell.
    page.wait_for_function(
        """() => {
            const w = window.jupyterapp.shell.currentWidget;
            const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
            return k && k.connectionStatus === 'connected' && k.status === 'idle';
        }""",
        timeout=120_000,
        polling=500,
    )
    page.evaluate(
        """() => { window.__ran = null;
            window.jupyterapp.commands.execute('notebook:run-all-cells')
                .then(() => { window.__ran = 'done'; }, e => { window.__ran = String(e); }); }"""
    )
    n_code = page.locator(".jp-Notebook .jp-CodeCell").count()
    page.wait_for_function(
        """n => {
            const prompts = Array.from(document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt'));
            return window.__ran !== null && prompts.length === n
                && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""",
        arg=n_code,
        timeout=180_000,
        polling=500,
    )
    assert page.evaluate("() => window.__ran") == "done"
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
    errors = page.locator(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr'] pre"
    )
    traces = [
        t for t in errors.all_inner_texts() if "Traceback" in t or "Error" in t.split("\n")[0]
    ]
    assert not traces, traces
    assert page.locator(".jp-OutputArea-output img").count() >= 4  # the figures rendered
    # Save, and check what the kernel produced: no error outputs, every cell executed.
    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    page.wait_for_function(
        "() => !document.querySelector('.jp-mod-current.jp-mod-dirty')", timeout=30_000
    )
    saved = json.loads((work / "01_corpus_overview.ipynb").read_text(encoding="utf-8"))
    code = [c for c in saved["cells"] if c["cell_type"] == "code"]
    assert all(c["execution_count"] for c in code)
    assert not [o for c in code for o in c["outputs"] if o["output_type"] == "error"]
    outside = [u for u in visit.requests if _is_outside(u)]
    assert not outside and not visit.blocked, (outside, visit.blocked)
    assert not visit.page_errors, visit.page_errors
    page.close()


# ---------------------------------------------------------------------------
# The article view (newsresearch.validation.show) with hostile article text
# ---------------------------------------------------------------------------


def test_article_view_escapes_hostile_text_in_a_notebook_and_a_report(browser, tmp_path):
    import pandas as pd

    from newsresearch.reporting.page import CSS
    from newsresearch.validation import show

    text = (
        f"The mayor said the plan {SCRIPT} was a scandal. {IMG} Critics accused the council "
        'of a cover-up, and "nobody <b>believes</b> it," one resident said.'
    )
    corpus = pd.DataFrame(
        {
            "doc_id": ["x1"],
            "outlet": [f"{IMG} Gazette"],
            "title": [f"{SCRIPT} Vote"],
            "text": [text],
        }
    )
    view = show(corpus, "x1")
    pages = {
        # What a notebook renders (the view's own markup and style, no sanitiser) ...
        "notebook.html": f"<!DOCTYPE html><html><body>{view._repr_html_()}</body></html>",
        # ... and what a report page holds (sanitised, the page's style sheet).
        "report.html": "<!DOCTYPE html><html><head><style>"
        + CSS
        + f"</style></head><body>{reporting.sanitize_html(view.to_html())}</body></html>",
    }
    for name, page_html in pages.items():
        path = tmp_path / name
        path.write_text(page_html, encoding="utf-8")
        page, visit = open_page(browser, path.as_uri())
        page.wait_for_timeout(300)
        assert page.evaluate("typeof window.__pwned") == "undefined", name
        assert page.locator("script").count() == 0 and page.locator("img").count() == 0, name
        body = page.inner_text("body")
        assert SCRIPT in body and IMG in body and "<b>believes</b>" in body, name
        assert page.locator(".nr-view b").count() == 0, name
        # The marks are there and styled: roles, frame words, tone, tooltips.
        assert page.locator(".nr-source").count() >= 2 and page.locator(".nr-cue").count() >= 2
        assert page.locator("mark.nr-frame").count() >= 1 and page.locator(".nr-tone").count() >= 3
        cue = page.locator(".nr-text .nr-cue").first
        assert "speaker:" in cue.get_attribute("title") and "stance:" in cue.get_attribute("title")
        weight = cue.evaluate("e => getComputedStyle(e).fontWeight")
        assert int(weight) >= 600, (name, weight)  # the style sheet applies, no JavaScript needed
        assert not [u for u in visit.requests if u.rstrip("/").endswith("/x")]
        assert_clean(page, visit)
        page.close()
