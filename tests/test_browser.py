"""JupyterLab for real: started exactly as the README says, a headless Chromium runs every notebook.

The README's command (``MEDIAKIT_DATA=../shared/datasets python3 -m uv run --locked jupyter lab
notebooks/``) is read from README.md and run with its environment assignment and its arguments
in a temporary copy of the project (``notebooks/`` with outputs cleared, ``seeds/``,
``examples/``) beside a ``shared/datasets`` link to the corpora, so the relative
``MEDIAKIT_DATA`` means what it means for a user; only the interpreter (the one ``uv run`` gives,
``sys.executable``) and test-only server flags (loopback address, free port, random token, no
news) are added. The kernel runs in ``notebooks/``, so notebooks 02-04 find their data only if
``MEDIAKIT_DATA`` is resolved against the directory JupyterLab was started from. Notebook 01 also
gets a probe cell rendering an article that carries ``<script>`` and ``onerror`` payloads. Never
run ``playwright install``: the browser is ``/usr/bin/chromium`` (``.ci/run`` installs it).
Set ``MEDIAKIT_SCREENSHOTS=<folder>`` to keep a screenshot of each notebook.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shlex
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
from typing import Any

import pytest

from tests.conftest import ROOT, data_root

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]

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
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
DATA_NOTEBOOKS = {"02_reference_corpus.ipynb", "03_outlets.ipynb", "04_validation.ipynb"}
PROBE_NOTEBOOK = "01_seed_article.ipynb"
#: Seconds a notebook may take to run all its cells on a busy 2-core machine.
RUN_TIMEOUT = {"03_outlets.ipynb": 420, "04_validation.ipynb": 420}
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
    "docmanager-extension/plugin": {"autosave": False},
}


@dataclass
class Lab:
    url: str
    token: str
    project: Path
    log: Path
    runtime: Path

    def api(self, method: str, path: str) -> object:
        req = urllib.request.Request(f"{self.url}{path}", method=method)
        req.add_header("Authorization", f"token {self.token}")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(req, timeout=5) as resp:
            body = resp.read()
        return json.loads(body) if body else None


def readme_lab_command() -> tuple[dict[str, str], list[str]]:
    """The README's JupyterLab command: its environment assignments and the arguments of ``jupyter lab``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [
        line
        for block in re.findall(r"```bash\n(.+?)\n```", readme, flags=re.S)
        for line in block.splitlines()
        if "jupyter lab" in line
    ]
    assert len(lines) == 1, f"README should show one JupyterLab command, found {lines}"
    tokens = shlex.split(lines[0])
    env = {}
    while tokens and re.match(r"^[A-Z_]+=", tokens[0]):
        name, _, value = tokens.pop(0).partition("=")
        env[name] = value
    prefix = ["python3", "-m", "uv", "run", "--locked", "jupyter", "lab"]
    assert tokens[: len(prefix)] == prefix, lines[0]
    return env, tokens[len(prefix) :]


def test_browser_readme_command_is_relative_and_opens_notebooks():
    env, args = readme_lab_command()
    assert env == {"MEDIAKIT_DATA": "../shared/datasets"}  # relative, as an analyst types it
    assert args == ["notebooks/"]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _prepare_project(project: Path) -> None:
    """Copy notebooks (outputs cleared; a probe cell appended to 01), seeds and examples."""
    import nbformat
    from nbformat.v4 import new_code_cell

    (project / "notebooks").mkdir(parents=True)
    for folder in ("seeds", "examples"):
        shutil.copytree(ROOT / folder, project / folder)
    for name in NOTEBOOKS:
        nb = nbformat.read(ROOT / "notebooks" / name, as_version=4)
        for cell in nb.cells:  # outputs seen in the page must come from this run
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
        if name == PROBE_NOTEBOOK:
            nb.cells.append(new_code_cell(PROBE))
        nbformat.write(nb, project / "notebooks" / name)


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


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    if not CHROMIUM.exists():
        pytest.skip(
            "/usr/bin/chromium not installed (apt-get install chromium fonts-dejavu-core; .ci/run does)"
        )
    pytest.importorskip("playwright.sync_api")
    tmp_path = tmp_path_factory.mktemp("lab")
    readme_env, readme_args = readme_lab_command()
    project = tmp_path / "project"
    _prepare_project(project)
    data = data_root()
    if data is not None:  # the README's relative MEDIAKIT_DATA, seen from the project folder
        shared = (project / readme_env["MEDIAKIT_DATA"]).resolve()
        shared.parent.mkdir(parents=True, exist_ok=True)
        shared.symlink_to(data.resolve(), target_is_directory=True)
    home = tmp_path / "jupyter"
    config = home / "config"
    (config / "labconfig").mkdir(parents=True)
    for name, values in SERVER_CONFIG.items():
        (config / name).write_text(json.dumps(values))
    for plugin, values in SETTINGS.items():
        target = home / "settings" / "@jupyterlab" / f"{plugin}.jupyterlab-settings"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    env = {
        k: v for k, v in os.environ.items() if k not in ("MPLBACKEND", "MEDIAKIT_DATA")
    }  # an analyst's shell
    env.update(readme_env)
    env.update(
        PWD=str(project),  # what the analyst's shell sets: the directory the command is typed in
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
        sys.executable, "-m", "jupyterlab", *readme_args,  # `uv run --locked jupyter lab notebooks/`
        "--no-browser", "--allow-root",
        "--ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]  # fmt: skip
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env, cwd=project)
    lab = Lab(f"http://127.0.0.1:{port}", token, project, log, home / "runtime")
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                pytest.fail(f"jupyter lab exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            try:
                lab.api("GET", "/api/status")
                break
            except (OSError, ValueError):
                if time.monotonic() > deadline:
                    pytest.fail(f"jupyter lab not ready after 90 s:\n{log.read_text()[-3000:]}")
                time.sleep(0.2)
        yield lab
    finally:
        _stop(proc, lab)


def _kernel_idle(lab: Lab) -> bool:
    sessions = lab.api("GET", "/api/sessions")
    return isinstance(sessions, list) and any(
        (sess.get("kernel") or {}).get("execution_state") == "idle" for sess in sessions
    )


def _shutdown_sessions(lab: Lab) -> None:
    sessions = lab.api("GET", "/api/sessions")
    for sess in sessions if isinstance(sessions, list) else []:
        lab.api("DELETE", f"/api/sessions/{sess['id']}")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_browser_runs_notebook_in_jupyterlab(lab: Lab, name: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    if name in DATA_NOTEBOOKS and data_root() is None:
        pytest.skip("corpus notebook: set MEDIAKIT_DATA to the datasets folder")
    import nbformat

    notebook = nbformat.read(lab.project / "notebooks" / name, as_version=4)
    code_cells = sum(cell.cell_type == "code" for cell in notebook.cells)
    shots = Path(os.environ.get("MEDIAKIT_SCREENSHOTS") or tmp_path)
    screenshot = shots / f"jupyterlab_{Path(name).stem}.png"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            # The server's root is notebooks/; a workspace of its own per notebook, so no earlier tab is restored.
            page.goto(f"{lab.url}/lab/workspaces/{Path(name).stem}/tree/{name}?token={lab.token}")
            cells = page.locator(".jp-NotebookPanel .jp-CodeCell")
            _wait(lambda: cells.count() == code_cells, 60, f"{code_cells} code cells in the page")
            _wait(lambda: _kernel_idle(lab), 90, "the notebook's kernel to start")
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
                arg=code_cells,
                timeout=RUN_TIMEOUT.get(name, 150) * 1000,
            )
            page.wait_for_timeout(500)  # let late renders (images, onerror handlers) settle

            errors = page.locator(
                ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
            ).all_inner_texts()
            assert not [e for e in errors if "Traceback" in e or "Error" in e], errors
            prompts = cells.locator(".jp-InputPrompt").all_inner_texts()
            assert all(re.fullmatch(r"\[\d+\]:", p.strip()) for p in prompts), prompts
            CHECKS[name](page, lab)
            target = page.locator(
                ".jp-OutputArea-output .mediakit-view, .jp-OutputArea-output .mediakit-table"
            )
            if target.count():
                target.first.scroll_into_view_if_needed()
            page.screenshot(path=str(screenshot))
        finally:
            browser.close()
            _shutdown_sessions(lab)
    assert screenshot.stat().st_size > 10_000


def _check_01(page: Any, lab: Lab) -> None:
    views = page.locator(".jp-OutputArea-output .mediakit-view")
    assert views.count() == 2  # the seed article and the probe
    seed_view, probe_view = views.nth(0), views.nth(1)
    assert "russian guards demand jobs back" in seed_view.locator("h3").inner_text().lower()
    assert seed_view.locator("mark.mk-span").count() > 10
    assert seed_view.locator(".mk-legend span").count() >= 3
    assert "percentile of Wikinews" in seed_view.locator("table.mk-scores").inner_text()
    # Hover text names the category and the metric it feeds; colours are inline (kept when untrusted).
    assert seed_view.locator("mark.mk-span[title*=' / '][title*='→'][style*='background']").count() > 0
    tables = page.locator(".jp-OutputArea-output .mediakit-table")
    assert tables.count() >= 4 and "how to read" in tables.first.inner_text()

    # Article-supplied markup was escaped: shown as text, never turned into elements or run.
    assert OPENING in probe_view.inner_text()
    assert "<script>" in probe_view.locator("h3").inner_text()
    assert probe_view.locator("img, script, iframe, [onerror]").count() == 0
    assert page.evaluate("() => window.__mediakit_pwned === undefined")
    assert "pwned" not in page.title()
    # The kernel, like the server, listens on the loopback interface only.
    connections = [json.loads(f.read_text()) for f in lab.runtime.glob("kernel-*.json")]
    assert connections and all(c["ip"] == "127.0.0.1" for c in connections), connections


def _check_02(page: Any, lab: Lab) -> None:
    text = page.locator(".jp-NotebookPanel").inner_text()
    assert "DatasetNotFoundError" not in text
    assert "Wikinews median" in text and "how to read" in text
    assert page.locator(".jp-OutputArea-output img").count() >= 2


def _check_03(page: Any, lab: Lab) -> None:
    text = page.locator(".jp-NotebookPanel").inner_text()
    assert "mean (95% bootstrap interval) per group" in text and "CNN" in text
    assert page.locator(".jp-OutputArea-output img").count() >= 2


def _check_04(page: Any, lab: Lab) -> None:
    text = page.locator(".jp-NotebookPanel").inner_text()
    assert "pairwise_accuracy" in text and "auc" in text


def _check_05(page: Any, lab: Lab) -> None:
    text = page.locator(".jp-NotebookPanel").inner_text()
    for outlet in ("Riverside Gazette", "Daily Clarion", "Valley Voice"):
        assert outlet in text
    assert "12 of 12 articles were measured." in text
    assert page.locator(".jp-OutputArea-output .mediakit-view").count() == 3
    assert page.locator(".jp-OutputArea-output img").count() >= 3


def _check_06(page: Any, lab: Lab) -> None:
    text = page.locator(".jp-NotebookPanel").inner_text()
    assert "coding sheet" in text and "precision" in text and "alpha" in text
    assert page.locator(".jp-OutputArea-output img").count() >= 1


CHECKS: dict[str, Callable[[Any, Lab], None]] = {
    "01_seed_article.ipynb": _check_01,
    "02_reference_corpus.ipynb": _check_02,
    "03_outlets.ipynb": _check_03,
    "04_validation.ipynb": _check_04,
    "05_your_corpus.ipynb": _check_05,
    "06_validate_your_corpus.ipynb": _check_06,
}
