"""JupyterLab for real: a headless Chromium (Debian's, via Playwright) runs notebook 01 end to end.

The server listens on 127.0.0.1 only, with a random token, in a temporary root holding a copy
of ``notebooks/01_seed_article.ipynb`` (outputs cleared, plus one probe cell rendering an
article that carries ``<script>`` and ``onerror`` payloads) and ``seeds/``. Never run
``playwright install``: the browser is ``/usr/bin/chromium`` (``.ci/run`` installs it).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
NOTEBOOK = "01_seed_article.ipynb"
#: An article whose headline and body try to run code; mediakit.show must render it as text.
PROBE_ARTICLE = {
    "title": '<script>window.__mediakit_pwned = "title"</script>Probe headline',
    "body": (
        "Officials said the <img src=x onerror=\"window.__mediakit_pwned = 'img'; document.title = 'pwned'\">"
        " claim was false, according to the report.\n\n"
        '<script>window.__mediakit_pwned = "script"; document.title = "pwned"</script> Police said more would follow.'
    ),
}
PROBE = f"# browser-test probe: article-supplied markup must stay text\nmediakit.show({PROBE_ARTICLE!r})"
OPENING = "Officials said the <img src=x onerror="
#: Server configuration: no language servers, terminals or JupyterLab build check (all unused
#: here, and slow to start on a busy machine).
SERVER_CONFIG = {
    "jupyter_server_config.json": {
        "ServerApp": {"jpserver_extensions": {"jupyter_lsp": False, "jupyter_server_terminals": False}}
    },
    "labconfig/page_config.json": {"buildCheck": False, "buildAvailable": False},
}
#: User settings of the test server: every cell kept in the DOM (no windowed rendering) so every
#: output can be inspected, and no news prompt over the page.
SETTINGS = {
    "notebook-extension/tracker": {"windowingMode": "none"},
    "apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
}


@dataclass
class Lab:
    url: str
    token: str
    root: Path
    log: Path
    code_cells: int
    runtime: Path

    def api(self, method: str, path: str) -> object:
        req = urllib.request.Request(f"{self.url}{path}", method=method)
        req.add_header("Authorization", f"token {self.token}")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(req, timeout=5) as resp:
            body = resp.read()
        return json.loads(body) if body else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _prepare_root(root: Path) -> int:
    """Copy the notebook (outputs cleared, probe cell appended) and seeds; return its code-cell count."""
    import nbformat
    from nbformat.v4 import new_code_cell

    source = ROOT / "notebooks" / NOTEBOOK
    if not source.exists():
        pytest.fail(f"{source} is missing: build it with tools/build_notebooks.py and tools/run_notebooks.sh")
    (root / "notebooks").mkdir(parents=True)
    shutil.copytree(ROOT / "seeds", root / "seeds")
    nb = nbformat.read(source, as_version=4)
    for cell in nb.cells:  # outputs seen in the page must come from this run
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    nb.cells.append(new_code_cell(PROBE))
    nbformat.write(nb, root / "notebooks" / NOTEBOOK)
    return sum(cell.cell_type == "code" for cell in nb.cells)


def _wait(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.2)


def _stop(proc: subprocess.Popen[bytes], lab: Lab) -> None:
    try:  # shut kernels down through the server first (they run in their own sessions)
        kernels = lab.api("GET", "/api/kernels")
        for kernel in kernels if isinstance(kernels, list) else []:
            lab.api("DELETE", f"/api/kernels/{kernel['id']}")
    except (OSError, ValueError):
        pass
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)  # jupyter_server shuts remaining kernels down on SIGTERM
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Lab]:
    if not CHROMIUM.exists():
        pytest.skip(
            "/usr/bin/chromium not installed (apt-get install chromium fonts-dejavu-core; .ci/run does)"
        )
    pytest.importorskip("playwright.sync_api")
    root = tmp_path / "lab"
    code_cells = _prepare_root(root)
    home = tmp_path / "jupyter"
    config = home / "config"
    (config / "labconfig").mkdir(parents=True)
    for name, values in SERVER_CONFIG.items():
        (config / name).write_text(json.dumps(values))
    for plugin, values in SETTINGS.items():
        target = home / "settings" / "@jupyterlab" / f"{plugin}.jupyterlab-settings"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}  # as an analyst's shell
    env.update(
        JUPYTER_CONFIG_DIR=str(home / "config"),
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),
        JUPYTER_DATA_DIR=str(home / "data"),
        JUPYTERLAB_SETTINGS_DIR=str(home / "settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"),
        IPYTHONDIR=str(home / "ipython"),
        no_proxy="127.0.0.1,localhost",
    )
    port, token = _free_port(), secrets.token_hex(16)
    log = tmp_path / "jupyter.log"
    cmd = [
        sys.executable, "-m", "jupyterlab",
        "--no-browser", "--allow-root",
        "--ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]  # fmt: skip
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env, cwd=root)
    lab = Lab(f"http://127.0.0.1:{port}", token, root, log, code_cells, home / "runtime")
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"jupyter lab exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            try:
                lab.api("GET", "/api/status")
                break
            except (OSError, ValueError):
                if time.monotonic() > deadline:
                    pytest.fail(f"jupyter lab not ready after 60 s:\n{log.read_text()[-3000:]}")
                time.sleep(0.2)
        yield lab
    finally:
        _stop(proc, lab)


def _kernel_idle(lab: Lab) -> bool:
    sessions = lab.api("GET", "/api/sessions")
    return isinstance(sessions, list) and any(
        (sess.get("kernel") or {}).get("execution_state") == "idle" for sess in sessions
    )


def test_browser_runs_seed_notebook_in_jupyterlab(lab: Lab, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    screenshot = tmp_path / "jupyterlab_01_seed_article.png"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(f"{lab.url}/lab/tree/notebooks/{NOTEBOOK}?token={lab.token}")
            cells = page.locator(".jp-NotebookPanel .jp-CodeCell")
            _wait(lambda: cells.count() == lab.code_cells, 60, f"{lab.code_cells} code cells in the page")
            _wait(lambda: _kernel_idle(lab), 60, "the notebook's kernel to start")
            page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
            page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
            # Done when the kernel is idle, nothing is queued, and every cell ran or one failed.
            page.wait_for_function(
                """(n) => {
                    const panel = document.querySelector('.jp-NotebookPanel');
                    const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
                    const idle = panel.querySelector(".jp-Notebook-ExecutionIndicator[data-status='idle']");
                    const ran = prompts.filter(p => /\\[\\d+\\]/.test(p.textContent)).length;
                    const queued = prompts.some(p => p.textContent.includes('*'));
                    const failed = panel.querySelector("[data-mime-type='application/vnd.jupyter.stderr']");
                    return Boolean(idle) && !queued && (ran === n || (ran > 0 && Boolean(failed)));
                }""",
                arg=lab.code_cells,
                timeout=90_000,
            )
            page.wait_for_timeout(300)  # let late renders (images, onerror handlers) settle

            errors = page.locator(
                ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
            ).all_inner_texts()
            assert not [e for e in errors if "Traceback" in e or "Error" in e], errors
            prompts = cells.locator(".jp-InputPrompt").all_inner_texts()
            assert all(re.fullmatch(r"\[\d+\]:", p.strip()) for p in prompts), prompts

            views = page.locator(".jp-OutputArea-output .mediakit-view")
            assert views.count() == 2  # the seed article and the probe
            seed_view, probe_view = views.nth(0), views.nth(1)
            assert "russian guards demand jobs back" in seed_view.locator("h3").inner_text().lower()
            assert seed_view.locator("mark.mk-span").count() > 10
            assert seed_view.locator(".mk-legend span").count() >= 3
            # Hover text names the category and the metric it feeds.
            assert seed_view.locator("mark.mk-span[title*=' / '][title*='→']").count() > 0

            # Article-supplied markup was escaped: shown as text, never turned into elements or run.
            assert OPENING in probe_view.inner_text()
            assert "<script>" in probe_view.locator("h3").inner_text()
            assert probe_view.locator("img, script, iframe, [onerror]").count() == 0
            assert page.evaluate("() => window.__mediakit_pwned === undefined")
            assert "pwned" not in page.title()
            # The kernel, like the server, listens on the loopback interface only.
            connections = [json.loads(f.read_text()) for f in lab.runtime.glob("kernel-*.json")]
            assert connections and all(c["ip"] == "127.0.0.1" for c in connections), connections
            seed_view.locator("h3").scroll_into_view_if_needed()
            page.screenshot(path=str(screenshot))
        finally:
            browser.close()
    assert screenshot.stat().st_size > 10_000
