"""Write the notebooks' source cells (then execute them with tools/run_notebooks.sh).

The committed ``.ipynb`` files, with their outputs, are the source of truth that
nbval checks; this script only makes their cells reproducible and reviewable.
Notebooks stay thin: every cell calls tested package functions.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent.parent / "notebooks"

SETUP = """import matplotlib
import pandas as pd

import mediakit
import mediakit.corpus
import mediakit.figures

%matplotlib inline
%config InlineBackend.figure_formats = ["png"]
%config InlineBackend.print_figure_kwargs = {"bbox_inches": "tight", "metadata": {"Software": None}}
matplotlib.rcParams["svg.hashsalt"] = "mediakit"
pd.set_option("display.precision", 3)
pd.set_option("display.max_colwidth", 120)
print(mediakit.corpus.sanitized_versions())"""


def code(src: str, *tags: str) -> nbformat.NotebookNode:
    """A code cell with optional tags."""
    cell = new_code_cell(src)
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def md(src: str) -> nbformat.NotebookNode:
    """A markdown cell."""
    return new_markdown_cell(src)


NOTEBOOKS: dict[str, list[nbformat.NotebookNode]] = {
    "01_seed_article": [
        md(
            "# 01 · The seed article, dissected\n\n"
            "The project's seed article (a Daily Star piece on Russian national guards; set `ARTICLE` "
            "to dissect your own): its structure, readability, sources, sensational language, and the "
            "article with every piece of evidence highlighted."
        ),
        code(SETUP),
        code(
            "# Any file mediakit.load reads; its first article is dissected.\n"
            'ARTICLE = "../seeds/000_92bdb6df40238d88.txt"',
            "parameters",
        ),
        md(
            "## Structure\n\nThe loader keeps the headline apart from the body and removes "
            "publisher boilerplate (recorded, not lost)."
        ),
        code(
            "articles = mediakit.load(ARTICLE).head(1)\n"
            "article = articles.iloc[0]\n"
            "print(article['title'])\n"
            "print(len(article['body'].split()), 'whitespace tokens in the body')\n"
            "pd.Series(article['boilerplate'], name='removed boilerplate')"
        ),
        code(
            "results = mediakit.analyze(articles, progress=False)\n"
            "results.filter(like='structure.').T.round(3)"
        ),
        code(
            "evidence = mediakit.evidence(article)\n"
            "evidence[evidence.kind == 'restated_paragraph'][['label', 'start', 'end']]"
        ),
        code(
            "fig = mediakit.figures.make('relevance_strip', mediakit.figures.FigureData(seed_path=ARTICLE))"
        ),
        md("## Readability\n\nTextstat's formulas on news-aware counts, and the sentences that drive them."),
        code("results.filter(like='readability.').T.round(2)"),
        code("evidence[evidence.kind == 'long_sentence'][['label', 'text']]"),
        md("## Sourcing\n\nWho is cited, how, and how vaguely."),
        code("results.filter(like='sourcing.').T.round(3)"),
        code("mediakit.sources(article)"),
        code("evidence[evidence.family == 'sourcing'][['kind', 'label', 'text']]"),
        md("## Sensational language"),
        code("results.filter(like='sensational.').T.round(3)"),
        code("evidence[evidence.family == 'sensational'][['kind', 'label', 'field', 'text']]"),
        md(
            "## The article, highlighted\n\nHover over a highlight for its category and the metric it feeds. "
            "Difficult words are hidden here to keep the view readable."
        ),
        code("mediakit.show(article, hide=['difficult_word'])"),
    ],
    "02_reference_corpus": [
        md(
            "# 02 · The Wikinews reference corpus\n\n"
            "195 English Wikinews articles (CC BY 2.5, Wikinews contributors): plain, neutral news. "
            "Every family's distribution, and the seed article (or your `ARTICLE`) placed in it. "
            "Aggregates only."
        ),
        code(SETUP),
        code(
            "# The article placed in the reference distributions (first article of any file mediakit.load reads).\n"
            'ARTICLE = "../seeds/000_92bdb6df40238d88.txt"',
            "parameters",
        ),
        code(
            "data = mediakit.figures.FigureData(seed_path=ARTICLE)\n"
            "reference = data.wikinews\n"
            "reference['status'].value_counts()"
        ),
        code("mediakit.corpus.profile(reference, mediakit.all_columns()).set_index('metric').round(3)"),
        md("## The seed article in the reference distribution\n\nPercentile 50 is the Wikinews median."),
        code("mediakit.corpus.place(data.seed.iloc[0], reference).set_index('metric').round(2)"),
        code("fig = mediakit.figures.make('wikinews_profile', data)"),
        code("fig = mediakit.figures.make('seed_percentiles', data)"),
    ],
    "03_outlets": [
        md(
            "# 03 · Outlets compared (AllSides)\n\n"
            "A seeded sample of the AllSides corpus (Baly et al. 2020). Outlets with enough sampled "
            "articles are compared on readability, sourcing and sensational style, with 95% bootstrap "
            "intervals; then how the metrics relate. Aggregates and figures only."
        ),
        code(SETUP),
        code(
            "# Articles sampled from AllSides (seeded); outlets need MIN_ARTICLES sampled articles.\n"
            "SAMPLE = 3000\nMIN_ARTICLES = 40",
            "parameters",
        ),
        code(
            "data = mediakit.figures.FigureData(seed_path='../seeds', allsides_sample=SAMPLE)\n"
            "results = data.allsides\n"
            "results['status'].value_counts()"
        ),
        code(
            "columns = mediakit.corpus.key_columns(results.columns)\n"
            "tables = {c: mediakit.corpus.outlet_summary(results, c, min_articles=MIN_ARTICLES) for c in columns}\n"
            "tables[columns[0]].round(2)"
        ),
        code("pd.concat({c: t.set_index('outlet')['mean'] for c, t in tables.items()}, axis=1).round(2)"),
        code("results.groupby('allsides_bias')[columns].median().round(2)"),
        code("fig = mediakit.figures.make('outlets', data)"),
        md("## How the metrics relate\n\nSpearman correlations between article-level metrics."),
        code("mediakit.corpus.correlations(results).round(2)"),
        code("fig = mediakit.figures.make('metric_correlations', data)"),
    ],
    "04_validation": [
        md(
            "# 04 · Validation\n\n"
            "Every validation the metric families report, produced live by the package's own "
            "evaluation functions (`mediakit.evaluate`). Numbers only; no corpus text."
        ),
        code(SETUP + "\nfrom mediakit.evaluate import readability, sensational, sourcing, structure"),
        code(
            "# PolNeAR splits scored for sourcing (train was used for development; dev is the check).\n"
            'POLNEAR_SPLITS = ("dev",)',
            "parameters",
        ),
        md(
            "## Readability: OneStopEnglish level ordering\n\n"
            "189 articles at three levels; a formula passes a triplet when elementary < intermediate < advanced."
        ),
        code(
            "data = mediakit.figures.FigureData(seed_path='../seeds')\n"
            "ose = data.onestopenglish\n"
            "ose.pivot(index='formula', columns='counting', values='triplets_ordered')"
        ),
        code("ose[ose.counting == 'news'].set_index('formula').drop(columns='counting')"),
        code("fig = mediakit.figures.make('readability_levels', data)"),
        md("## Readability: CLEAR rank correlation\n\nSpearman with human easiness (4,724 excerpts)."),
        code(
            "clear = readability.evaluate_clear()\n"
            "clear.pivot(index='formula', columns='counting', values='spearman_with_easiness')"
        ),
        md("## Sourcing: PolNeAR dev"),
        code("sourcing.evaluate_polnear(splits=POLNEAR_SPLITS).round(3)"),
        md(
            "## Sensational language: the headline model\n\n"
            "`headline_score` is P(clickbait) from a logistic regression fitted on the Webis-Clickbait-17 "
            "training posts. 5-fold cross-validation, each fold fitted and calibrated as the shipped model; "
            "then the reliability of the cross-validated probabilities."
        ),
        code("sensational.evaluate_headline_cv()"),
        code("sensational.headline_reliability()"),
        md(
            "Out of domain: the Chakraborty headlines (labels by source site; no weight fitted on them), "
            "as written and lower-cased; then each cue on the test split with its weight in the model."
        ),
        code("sensational.evaluate_clickbait().round(3)"),
        code("sensational.clickbait_cues('test')"),
        md(
            "## Sensational language: loaded language\n\n"
            "The cross-validation by article on the PTC training split that chose the threshold of the "
            "shipped table (stored in the table when it was fitted). The nested estimate, with the threshold "
            "chosen inside each fold, takes minutes: `python -m mediakit.evaluate.sensational` "
            "(docs/sensational.md)."
        ),
        code("sensational.loaded_threshold_cv()"),
        md("## Sensational language: Horne 2017 bodies\n\nROC AUC for fake + satire against real articles."),
        code("sensational.evaluate_horne().round(3)"),
        md(
            "## Sensational language: calibration and topic\n\n"
            "The Wikinews distribution the index is standardised on, and a check that the index "
            "does not simply detect war, crime and disaster topics."
        ),
        code("sensational.evaluate_wikinews()"),
        code("sensational.topic_check()"),
        md(
            "## Structure: hand-labelled articles and Wikinews\n\n"
            "Precision and recall on the project's constructed, hand-labelled articles; then how often "
            "plain news restates itself or drifts off topic."
        ),
        code("structure.evaluate_labelled().round(3)"),
        code("structure.evaluate_wikinews().round(3)"),
    ],
}


def main() -> None:
    """Write every notebook's cells (outputs come from tools/run_notebooks.sh)."""
    for name, cells in NOTEBOOKS.items():
        nb = new_notebook(cells=cells)
        nb.metadata["kernelspec"] = {
            "display_name": "Python 3 (ipykernel)",
            "language": "python",
            "name": "python3",
        }
        nb.metadata["language_info"] = {"name": "python"}
        path = HERE / f"{name}.ipynb"
        nbformat.write(nb, path)
        print(path)


if __name__ == "__main__":
    main()
