"""Dataset registry: the corpora the notebooks, figures and validations use.

Each :class:`Dataset` names its file (or folder), sha256, licence, citation and
canonical public source. :func:`path` resolves a dataset in this order:

1. the folder named by ``MEDIAKIT_DATA`` (developers and CI: ``../shared/datasets``).
   A relative value is taken relative to the directory the user started from
   (the shell's ``PWD``, which a Jupyter kernel inherits from the server even
   though it runs in the notebook's folder), else to the project root (the
   checkout holding this package); never to a kernel's working directory (see
   :func:`data_roots`);
2. the user cache (``MEDIAKIT_CACHE``, else ``$XDG_CACHE_HOME/mediakit/datasets``,
   else ``~/.cache/mediakit/datasets``);
3. only when asked (``download=True`` or :func:`download`): a download from
   ``MEDIAKIT_DATA_URL`` (a mirror laid out like the data folder) or the
   dataset's own URL, checked against its sha256 before it is kept.

Analysis code never downloads: a missing dataset raises
:class:`DatasetNotFoundError` saying what to set or run. For the corpora the
project repackaged (``wikinews``, ``horne2017``, ``allsides_bench``,
``onestopenglish``) the URL names the upstream source they were built from, so
outside this workplace use ``MEDIAKIT_DATA`` or a mirror via ``MEDIAKIT_DATA_URL``.
Folder datasets (``polnear``) are checked with a tree hash (:func:`tree_sha256`)
and cannot be downloaded as one file.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pandas as pd


@dataclass(frozen=True)
class Dataset:
    """One registered corpus.

    Attributes:
        name: Registry name.
        relpath: File or folder relative to the data root.
        sha256: sha256 of the file, or :func:`tree_sha256` of the folder.
        size: Size in bytes (files) or number of files (folders).
        licence: Licence of the data.
        citation: How to cite it.
        url: Canonical public source.
        description: What it is and what mediakit uses it for.
    """

    name: str
    relpath: str
    sha256: str
    size: int
    licence: str
    citation: str
    url: str
    description: str

    @property
    def is_folder(self) -> bool:
        """True for datasets that are a folder of files."""
        return "." not in Path(self.relpath).name


DATASETS: dict[str, Dataset] = {
    d.name: d
    for d in [
        Dataset(
            "wikinews", "wikinews/wikinews_195.jsonl",
            "ba414b8618ceef21d82be41000992b768393451039f53ad3c9b7247a78e7aa75", 571366,
            "CC BY 2.5 (Wikinews contributors)",
            "Wikinews contributors; van Atteveldt wikinews dump; Zeldes (2017) GUM corpus",
            "https://github.com/vanatteveldt/wikinews",
            "195 English Wikinews articles: the neutral reference corpus",
        ),
        Dataset(
            "onestopenglish", "onestopenglish/onestopenglish.jsonl",
            "e265cc537b97a2191153ebeac0a17030b1d035ee680b795a89afac39c8c9d0ab", 2410622,
            "CC BY-SA 4.0",
            "Vajjala & Lucic (2018), OneStopEnglish corpus, BEA workshop",
            "https://github.com/nishkalavallabhi/OneStopEnglishCorpus",
            "189 Guardian articles at three reading levels: readability validation",
        ),
        Dataset(
            "clear", "clear/CLEAR_corpus_final.csv",
            "3adcb3d2817c2c459ab7b5b285a67bfae674e22bd9b345a92da736ef1cf30137", 5844399,
            "CC BY-NC-SA 4.0 (research only)",
            "Crossley et al. (2023), A large-scaled corpus for assessing text readability, Behavior Research Methods",
            "https://github.com/scrosseye/CLEAR-Corpus",
            "4,724 excerpts with human easiness scores: readability validation",
        ),
        Dataset(
            "clickbait", "clickbait/clickbait_data.gz",
            "a174ae2a377908ae58a514416c01a19c882de27fa6b1500da3774114e332a546", 345283,
            "MIT",
            "Chakraborty, Paranjape, Kakarla & Ganguly (2016), Stop Clickbait, ASONAM",
            "https://github.com/bhargaviparanjape/clickbait/raw/master/dataset/clickbait_data.gz",
            "15,999 clickbait headlines (labelled by source site)",
        ),
        Dataset(
            "non_clickbait", "clickbait/non_clickbait_data.gz",
            "4baa2a3cf6b28a48b765e4f763b5d5f03535caae1c70a26f680d39b0ca782a05", 383115,
            "MIT",
            "Chakraborty, Paranjape, Kakarla & Ganguly (2016), Stop Clickbait, ASONAM",
            "https://github.com/bhargaviparanjape/clickbait/raw/master/dataset/non_clickbait_data.gz",
            "16,001 news headlines (labelled by source site)",
        ),
        Dataset(
            "polnear", "polnear",
            "9722410631d82ef693e55c019c800b5a3bcbbf8c3e0935dc484cf4f02c8f3c6e", 1938,
            "no data licence; copyrighted news texts (research use only)",
            "Newell, Margolin & Ruths (2018), An attribution relations corpus for political news, LREC",
            "https://github.com/networkdynamics/PolNeAR",
            "PolNeAR v1.0.0 train and dev: attribution (source/cue/content) annotations",
        ),
        Dataset(
            "horne2017", "horne2017/horne2017.jsonl",
            "2f02fe269eaa109e711a1ff0558d1e30b59fe126ec3f8bae70b1cee37a0e919a", 1333424,
            "BSD-style notice for the compilation; copyrighted texts (research use)",
            "Horne & Adali (2017), This just in: fake news packs a lot in title, ICWSM NECO workshop",
            "https://github.com/rpitrust/fakenewsdata1",
            "326 real, fake and satire articles: sensational-style development set",
        ),
        Dataset(
            "allsides_bench", "allsides_bench/allsides_bench.jsonl.xz",
            "53d1778c59f4239403ba3c52e31cf15c79ebb0d75033f3d718955f7e84f9c1e3", 55300736,
            "repository Apache-2.0; copyrighted texts (research use only)",
            "Baly, Da San Martino, Glass & Nakov (2020), We can detect your bias, EMNLP",
            "https://github.com/ramybaly/Article-Bias-Prediction",
            "37,085 AllSides articles from 400+ outlets: outlet comparison and benchmarks",
        ),
        Dataset(
            "webis17_train", "webis17_train/webis17_train.jsonl",
            "40e24485f22ce3ba1b6d47462e8995e4df120d2d3c262dc99fa979b5c73052d7", 3206970,
            "no licence in the derived copy; Webis-Clickbait-17 on Zenodo: research use only",
            "Potthast, Gollub, Komlossy, Schuster, Wiegmann, Garces, Hagen & Stein (2018), Crowdsourcing a large corpus of clickbait on Twitter, COLING",
            "https://github.com/legendaryBowen/ClickbaitDetection",
            "15,567 publisher posts judged for clickbait by five crowd workers (training 80 %): headline model",
        ),
        Dataset(
            "ptc_train", "ptc_train/ptc_train.jsonl",
            "2db9291a099edfeef416c319d11b30e968c2cdece13e0b9dfb4d25d65e143f1f", 2517663,
            "none stated; research use only, no redistribution",
            "Da San Martino, Yu, Barrón-Cedeño, Petrov & Nakov (2019), Fine-grained analysis of propaganda in news articles, EMNLP; SemEval-2020 Task 11",
            "https://github.com/aschern/semeval2020_task11",
            "371 news articles with expert propaganda-technique spans (training split): loaded language",
        ),
    ]
}


class UnknownDatasetError(KeyError):
    """A dataset name that is not registered."""

    def __str__(self) -> str:
        return str(self.args[0])


class DatasetNotFoundError(FileNotFoundError):
    """A registered dataset is not on this machine."""


class DatasetChecksumError(OSError):
    """A downloaded or checked file does not match its registered sha256."""


def get(name: str) -> Dataset:
    """Return a registered dataset or raise :class:`UnknownDatasetError` listing valid names."""
    try:
        return DATASETS[name]
    except KeyError:
        raise UnknownDatasetError(f"unknown dataset {name!r}; known: {', '.join(sorted(DATASETS))}") from None


def list_datasets() -> pd.DataFrame:
    """The registry as a DataFrame (name, relpath, licence, size, url, citation)."""
    return pd.DataFrame(
        [{"name": d.name, "relpath": d.relpath, "licence": d.licence, "size": d.size, "url": d.url,
          "citation": d.citation} for d in DATASETS.values()]
    )


def cache_dir() -> Path:
    """The user cache folder for downloaded datasets."""
    if os.environ.get("MEDIAKIT_CACHE"):
        return Path(os.environ["MEDIAKIT_CACHE"]) / "datasets"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return Path(base) / "mediakit" / "datasets"


def project_root() -> Path | None:
    """The checkout this package runs from (the folder with its ``pyproject.toml``), if any."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() else None


def start_dir() -> Path:
    """The directory the user started from: the shell's ``PWD``, else the current directory.

    A shell sets ``PWD`` to where the command was typed; processes it starts inherit
    it, including a Jupyter kernel that the server runs in a notebook's folder.
    """
    pwd = os.environ.get("PWD")
    if pwd and os.path.isabs(pwd) and os.path.isdir(pwd):
        return Path(pwd)
    return Path.cwd()


def data_roots() -> list[Path]:
    """Folders ``MEDIAKIT_DATA`` may name, most likely first ([] when it is unset).

    An absolute (or ``~``) value is used as is. A relative one, such as the
    README's ``MEDIAKIT_DATA=../shared/datasets``, is resolved against
    :func:`start_dir` and then :func:`project_root`, so a notebook kernel running
    in ``notebooks/`` finds the same folder as the shell that started JupyterLab.
    """
    value = os.environ.get("MEDIAKIT_DATA")
    if not value:
        return []
    p = Path(value).expanduser()
    if p.is_absolute():
        return [p]
    bases = [start_dir(), project_root()]
    out: list[Path] = []
    for base in bases:
        if base is not None and (base / p).resolve() not in out:
            out.append((base / p).resolve())
    return out


def data_root() -> Path | None:
    """The first of :func:`data_roots` that exists, else None."""
    return next((r for r in data_roots() if r.is_dir()), None)


def _candidates(ds: Dataset) -> list[Path]:
    return [root / ds.relpath for root in data_roots()] + [cache_dir() / ds.relpath]


def path(name: str, *, download: bool = False) -> Path:
    """Local path of a dataset (see the module docstring for the search order).

    Raises:
        UnknownDatasetError: For an unregistered name.
        DatasetNotFoundError: When it is not found and ``download`` is False.
    """
    ds = get(name)
    candidates = _candidates(ds)
    for cand in candidates:
        if cand.exists():
            return cand
    if download:
        return _download(ds)
    looked = ", ".join(str(c) for c in candidates)
    raise DatasetNotFoundError(
        f"dataset {name!r} not found (looked in: {looked}). Set MEDIAKIT_DATA=/path/to/datasets "
        f"(the folder containing {ds.relpath}), or download it into the cache with "
        f"mediakit.datasets.download({name!r}) (source: {ds.url}; set MEDIAKIT_DATA_URL to use a mirror "
        f"laid out like the data folder)"
    )


def download(name: str, *, force: bool = False) -> Path:
    """Download a dataset into the user cache, verifying its sha256; return its path."""
    ds = get(name)
    target = cache_dir() / ds.relpath
    if target.exists() and not force:
        return target
    return _download(ds)


def _download(ds: Dataset) -> Path:
    if ds.is_folder:
        raise DatasetNotFoundError(
            f"dataset {ds.name!r} is a folder and cannot be downloaded as one file: get it from {ds.url} "
            f"and set MEDIAKIT_DATA to the folder that contains {ds.relpath}/"
        )
    base = os.environ.get("MEDIAKIT_DATA_URL")
    url = f"{base.rstrip('/')}/{ds.relpath}" if base else ds.url
    target = cache_dir() / ds.relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.download")
    digest = hashlib.sha256()
    try:
        try:
            with urllib.request.urlopen(url, timeout=60) as resp, open(tmp, "wb") as fh:
                while chunk := resp.read(1 << 20):
                    digest.update(chunk)
                    fh.write(chunk)
        except (urllib.error.URLError, http.client.HTTPException, TimeoutError, ConnectionError) as exc:
            raise DatasetNotFoundError(
                f"dataset {ds.name!r}: download from {url} failed ({exc}); set MEDIAKIT_DATA to a folder "
                f"containing {ds.relpath}, or MEDIAKIT_DATA_URL to a reachable mirror"
            ) from exc
        if digest.hexdigest() != ds.sha256:
            raise DatasetChecksumError(
                f"{url}: sha256 {digest.hexdigest()} does not match the registered {ds.sha256}; file discarded"
            )
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


def file_sha256(p: Path) -> str:
    """sha256 of one file, streamed."""
    h = hashlib.sha256()
    with open(p, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def tree_sha256(folder: Path) -> str:
    r"""sha256 over the sorted lines ``"<relative path> <file sha256>\n"`` of every file in ``folder``.

    Same as ``find . -type f | sort | while read f; do echo "${f#./} $(sha256sum $f)"; done | sha256sum``.
    """
    lines = [f"{p.relative_to(folder).as_posix()} {file_sha256(p)}\n" for p in folder.rglob("*") if p.is_file()]
    return hashlib.sha256("".join(sorted(lines)).encode()).hexdigest()


def verify(name: str) -> bool:
    """True if the local copy of ``name`` matches its registered sha256."""
    ds = get(name)
    p = path(name)
    return (tree_sha256(p) if ds.is_folder else file_sha256(p)) == ds.sha256
