"""Dataset registry: resolution order, errors, verified downloads (local server), registered hashes."""

from __future__ import annotations

import functools
import hashlib
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediakit import datasets
from mediakit.datasets import Dataset, DatasetChecksumError, DatasetNotFoundError, UnknownDatasetError
from tests.conftest import data_root, needs_data

PAYLOAD = b'{"id": "a1", "title": "T", "body": "One sentence."}\n' * 50
PAYLOAD_SHA = hashlib.sha256(PAYLOAD).hexdigest()


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Isolate the registry from the machine: no data folder, cache under tmp, no proxies."""
    for var in ("MEDIAKIT_DATA", "MEDIAKIT_DATA_URL", "MEDIAKIT_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(var, raising=False)
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("MEDIAKIT_CACHE", str(tmp_path / "cache"))
    return tmp_path


def _fake(
    name: str = "toy", sha: str = PAYLOAD_SHA, url: str = "https://example.invalid/toy.jsonl"
) -> Dataset:
    return Dataset(name, f"{name}/{name}.jsonl", sha, len(PAYLOAD), "CC0", "nobody", url, "test corpus")


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> Dataset:
    ds = _fake()
    monkeypatch.setitem(datasets.DATASETS, ds.name, ds)
    return ds


class _Server:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.requests: list[str] = []
        server = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # quiet
                server.requests.append(self.path)

        handler = functools.partial(Handler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def put(self, relpath: str, content: bytes) -> None:
        target = self.root / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


@pytest.fixture
def server(env: Path) -> Iterator[_Server]:
    srv = _Server(env / "served")
    srv.root.mkdir()
    try:
        yield srv
    finally:
        srv.httpd.shutdown()
        srv.httpd.server_close()
        srv.thread.join(timeout=5)


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


# --- registry ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(datasets.DATASETS))
def test_datasets_entry_complete(name: str) -> None:
    ds = datasets.get(name)
    assert ds.name == name
    assert re.fullmatch(r"[0-9a-f]{64}", ds.sha256)
    assert ds.url.startswith("https://")
    assert ds.licence and ds.citation and ds.description
    assert ds.size > 0
    assert not Path(ds.relpath).is_absolute() and ".." not in Path(ds.relpath).parts


def test_datasets_unknown_name_lists_known() -> None:
    with pytest.raises(UnknownDatasetError, match=r"unknown dataset 'nope'.*wikinews"):
        datasets.get("nope")


def test_datasets_list_has_every_entry() -> None:
    table = datasets.list_datasets()
    assert list(table["name"]) == list(datasets.DATASETS)
    assert {"name", "relpath", "licence", "size", "url", "citation"} <= set(table.columns)


# --- resolution order -------------------------------------------------------------------------


def test_datasets_path_prefers_mediakit_data(
    env: Path, toy: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, cache = env / "data", datasets.cache_dir()
    for root in (data, cache):
        (root / toy.relpath).parent.mkdir(parents=True)
        (root / toy.relpath).write_bytes(PAYLOAD)
    monkeypatch.setenv("MEDIAKIT_DATA", str(data))
    assert datasets.path("toy") == (data / toy.relpath).resolve()


def test_datasets_path_falls_back_to_cache(env: Path, toy: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    (env / "data").mkdir()  # MEDIAKIT_DATA set, but without this dataset
    monkeypatch.setenv("MEDIAKIT_DATA", str(env / "data"))
    cached = datasets.cache_dir() / toy.relpath
    cached.parent.mkdir(parents=True)
    cached.write_bytes(PAYLOAD)
    assert datasets.path("toy") == cached


@pytest.mark.parametrize("with_data_folder", [True, False], ids=["data-folder-lacks-it", "no-data-folder"])
def test_datasets_path_missing_says_what_to_set(
    env: Path, toy: Dataset, monkeypatch: pytest.MonkeyPatch, with_data_folder: bool
) -> None:
    if with_data_folder:
        (env / "data").mkdir()
        monkeypatch.setenv("MEDIAKIT_DATA", str(env / "data"))
    with pytest.raises(DatasetNotFoundError) as info:
        datasets.path("toy")
    msg = str(info.value)
    assert "MEDIAKIT_DATA" in msg
    assert "download('toy')" in msg
    assert toy.url in msg
    assert toy.relpath in msg
    assert str(datasets.cache_dir()) in msg
    if with_data_folder:
        assert str((env / "data" / toy.relpath).resolve()) in msg  # says where it looked


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"MEDIAKIT_CACHE": "/c", "XDG_CACHE_HOME": "/x"}, "/c/datasets"),
        ({"XDG_CACHE_HOME": "/x"}, "/x/mediakit/datasets"),
        ({"HOME": "/h"}, "/h/.cache/mediakit/datasets"),
    ],
    ids=["mediakit-cache", "xdg", "home"],
)
def test_datasets_cache_dir_order(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: str
) -> None:
    for var in ("MEDIAKIT_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(var, raising=False)
    for var, value in variables.items():
        monkeypatch.setenv(var, value)
    assert datasets.cache_dir() == Path(expected)


# --- downloads against a local server (127.0.0.1 only) -----------------------------------------


def test_datasets_download_verified_and_cached(
    server: _Server, toy: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.put(toy.relpath, PAYLOAD)
    monkeypatch.setenv("MEDIAKIT_DATA_URL", server.url + "/")
    got = datasets.download("toy")
    assert got == datasets.cache_dir() / toy.relpath
    assert got.read_bytes() == PAYLOAD
    assert _files(datasets.cache_dir()) == [toy.relpath]  # no temporary file left
    assert datasets.path("toy") == got  # found in the cache from now on
    assert datasets.verify("toy")
    n = len(server.requests)
    assert datasets.download("toy") == got  # cached: no second request
    assert len(server.requests) == n == 1


def test_datasets_download_force_fetches_again(
    server: _Server, toy: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.put(toy.relpath, PAYLOAD)
    monkeypatch.setenv("MEDIAKIT_DATA_URL", server.url)
    datasets.download("toy")
    datasets.download("toy", force=True)
    assert len(server.requests) == 2


def test_datasets_download_uses_dataset_url_without_mirror(
    server: _Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.put("upstream/file.bin", PAYLOAD)
    ds = _fake(url=f"{server.url}/upstream/file.bin")
    monkeypatch.setitem(datasets.DATASETS, ds.name, ds)
    assert datasets.download("toy").read_bytes() == PAYLOAD
    assert server.requests == ["/upstream/file.bin"]


def test_datasets_download_checksum_mismatch_leaves_no_file(
    server: _Server, toy: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.put(toy.relpath, PAYLOAD + b"tampered\n")
    monkeypatch.setenv("MEDIAKIT_DATA_URL", server.url)
    with pytest.raises(DatasetChecksumError, match="does not match the registered"):
        datasets.download("toy")
    assert _files(datasets.cache_dir()) == []
    with pytest.raises(DatasetNotFoundError):
        datasets.path("toy")


def test_datasets_download_http_error_is_not_found(
    server: _Server, toy: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEDIAKIT_DATA_URL", server.url)  # nothing served: 404
    with pytest.raises(
        DatasetNotFoundError, match=r"download from http://127\.0\.0\.1:\d+/toy/toy\.jsonl failed"
    ):
        datasets.download("toy")
    assert _files(datasets.cache_dir()) == []


def test_datasets_path_never_downloads_unless_asked(
    server: _Server, toy: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.put(toy.relpath, PAYLOAD)
    monkeypatch.setenv("MEDIAKIT_DATA_URL", server.url)
    with pytest.raises(DatasetNotFoundError):
        datasets.path("toy")
    assert server.requests == []
    assert datasets.path("toy", download=True).read_bytes() == PAYLOAD
    assert len(server.requests) == 1


def test_datasets_folder_dataset_cannot_be_downloaded(env: Path) -> None:
    with pytest.raises(DatasetNotFoundError, match="is a folder"):
        datasets.download("polnear")


# --- hashes ------------------------------------------------------------------------------------


def test_datasets_tree_sha256_matches_documented_pipeline(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_bytes(b"alpha\n")
    (tmp_path / "b" / "c.ann").write_bytes(b"gamma\n")
    lines = sorted(
        f"{rel} {hashlib.sha256(content).hexdigest()}\n"
        for rel, content in (("a.txt", b"alpha\n"), ("b/c.ann", b"gamma\n"))
    )
    assert datasets.tree_sha256(tmp_path) == hashlib.sha256("".join(lines).encode()).hexdigest()


@needs_data
@pytest.mark.parametrize("name", sorted(datasets.DATASETS))
def test_datasets_registered_sha256_matches_local_copy(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    root = data_root()
    assert root is not None
    monkeypatch.setenv("MEDIAKIT_DATA", str(root))
    ds = datasets.get(name)
    local = datasets.path(name)
    assert local == (root / ds.relpath).resolve()
    if ds.is_folder:
        assert sum(1 for p in local.rglob("*") if p.is_file()) == ds.size
        assert datasets.tree_sha256(local) == ds.sha256
    else:
        assert local.stat().st_size == ds.size
        assert datasets.file_sha256(local) == ds.sha256


@pytest.mark.parametrize("start", ["pwd", "project"])
def test_datasets_relative_data_dir_ignores_kernel_cwd(
    start: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """README: `MEDIAKIT_DATA=../shared/datasets jupyter lab notebooks/`: the kernel runs in notebooks/."""
    from mediakit import datasets

    user = tmp_path / "proj"
    (user / "notebooks").mkdir(parents=True)
    data = tmp_path / "shared" / "datasets"
    data.mkdir(parents=True)
    monkeypatch.setenv("MEDIAKIT_DATA", "../shared/datasets")
    monkeypatch.chdir(user / "notebooks")  # the kernel's working directory
    if start == "pwd":
        monkeypatch.setenv("PWD", str(user))  # the shell that started JupyterLab
        assert datasets.data_root() == data.resolve()
    else:  # no usable PWD: the project root (this checkout) is the base, never the kernel's cwd
        monkeypatch.delenv("PWD", raising=False)
        root = datasets.project_root()
        assert root is not None
        assert datasets.data_roots()[-1] == (root / "../shared/datasets").resolve()
        assert (user / "notebooks" / "../shared/datasets").resolve() not in datasets.data_roots()[-1:]


def test_datasets_absolute_data_dir_used_as_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mediakit import datasets

    monkeypatch.setenv("MEDIAKIT_DATA", str(tmp_path))
    assert datasets.data_roots() == [tmp_path]
    monkeypatch.delenv("MEDIAKIT_DATA")
    assert datasets.data_roots() == []
    assert datasets.data_root() is None
