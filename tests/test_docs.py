"""Docs that cannot drift: README commands, CI script, generated metric table and CLI reference."""

from __future__ import annotations

import re

from mediakit.cli import METRICS_MARKDOWN_COLUMNS, markdown_table
from tests.conftest import ROOT


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", text)[:2]


def test_docs_readme_opens_with_two_commands():
    cmds = _readme_commands()
    assert len(cmds) == 2
    assert cmds[0].endswith("mediakit analyze")
    assert cmds[1].endswith("pytest")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.index(cmds[0]) < readme.index("## ")


def test_docs_ci_runs_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _readme_commands()[1] in ci


def test_docs_metrics_table_is_generated_from_registry():
    import mediakit

    table = mediakit.metrics_table()[list(METRICS_MARKDOWN_COLUMNS)]
    expected = markdown_table(table)
    text = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")
    assert expected in text, "regenerate with: uv run mediakit metrics --format markdown"


def test_docs_cli_reference_is_generated_from_parser():
    from mediakit.cli import cli_reference

    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert cli_reference() in text, "regenerate with: docs/gen_cli.sh"


def test_docs_readme_links_cli_reference_and_shows_resume():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/cli.md" in readme and "--resume" in readme


def test_docs_metrics_page_defines_every_direction():
    from mediakit.metrics.registry import DIRECTIONS

    text = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")
    for name, meaning in DIRECTIONS.items():
        assert f"`{name}`: {meaning}" in text


def test_docs_readme_shows_field_mapping_and_outside_project_use():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert '--field body="Article Text"' in readme and "uv run --project /path/to/mediakit" in readme
    assert "05_your_corpus" in readme and "examples/riverside_news.csv" in readme
