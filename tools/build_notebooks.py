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
            "## Sensational style: clickbait headlines\n\n"
            "ROC AUC of the headline score (no fitted weights) on the dev split used for design and "
            "the held-back test split, as written and lower-cased; then each cue on the test split."
        ),
        code("sensational.evaluate_clickbait().round(3)"),
        code("sensational.clickbait_cues('test')"),
        md("## Sensational style: Horne 2017 bodies\n\nROC AUC for fake + satire against real articles."),
        code("sensational.evaluate_horne().round(3)"),
        md(
            "## Sensational style: calibration and topic\n\n"
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
    "06_validate_your_corpus": [
        md(
            "# 06 · Validate on your own corpus\n\n"
            "No dictionary or rule set is valid everywhere: before a study relies on mediakit's codes, "
            "code a sample of its own corpus by hand and report how well the kit agrees with the coders "
            "and how well the coders agree with each other. This notebook runs such a round end to end: "
            "draw a stratified sample, hand out blind coding sheets, read the codes back, and estimate "
            "precision, recall, kappa and Krippendorff's alpha for the corpus, with intervals. "
            "How to run one, and what to report, is in `docs/validation.md`."
        ),
        code(SETUP + "\nimport mediakit.coding\nfrom mediakit.coding import polnear"),
        code(
            "# Articles whose coding sheet is shown (text the project owns), the PolNeAR split of the round,\n"
            "# units drawn, share of codes the second simulated coder gets wrong, seed of draw and bootstrap.\n"
            'EXAMPLES = "../examples/coding"\nPOLNEAR_SPLIT = "dev"\nN = 200\nNOISE = 0.05\nSEED = 0',
            "parameters",
        ),
        md(
            "## Coding tasks\n\nEach task names its unit, the question coders answer and the codes they "
            "may use; the kit's own answer for every unit comes from a metric family."
        ),
        code("pd.DataFrame(mediakit.coding.tasks_table()).set_index('task')[['family', 'unit', 'codes']]"),
        md(
            "## A coding sheet\n\nWhat coders see, on the project's own example articles "
            "(`examples/coding/`): each unit marked in its context and an empty `code` column. The kit's "
            "codes are not on the sheet; they go to a separate key with the sampling weights. On the "
            "command line: `mediakit code sample CORPUS --task attribution -n 200 -o sheet.xlsx` writes "
            "`sheet.xlsx` (drop-down list of the codes, instructions on their own sheet) and "
            "`sheet.key.csv`."
        ),
        code(
            "examples = mediakit.load(EXAMPLES)\n"
            "sheet, key = mediakit.coding.sample(examples, 'attribution', n=6, seed=SEED)\n"
            "mediakit.coding.show_sheet(sheet)"
        ),
        code("print('sheet:', list(sheet.columns))\nprint('key:  ', list(key.columns))\nkey"),
        md(
            "Half the units are sentences where the kit found an attribution and half where it found "
            "none, shuffled; each unit's weight is the inverse of its chance of being drawn, so that the "
            "estimates below describe the corpus, not the sample."
        ),
        md(
            "## A whole round on PolNeAR\n\n"
            "PolNeAR (Newell, Margolin & Ruths 2018) marks every attribution in US election news. Its "
            "gold annotation stands in for two coders: coder A is the gold, coder B the gold with a small "
            "share of codes flipped at random, as a second person would disagree now and then. PolNeAR "
            "text is research-use only, so from here on only counts and statistics are shown."
        ),
        code(
            "articles = polnear.polnear_articles(POLNEAR_SPLIT)\n"
            "sheet, key = mediakit.coding.sample(articles, 'attribution', n=N, seed=SEED)\n"
            "pd.DataFrame(key.attrs['design'])[['population', 'sample']]"
        ),
        code(
            "gold = polnear.gold_attribution_codes(sheet, POLNEAR_SPLIT)\n"
            "noisy = polnear.with_noise(gold, NOISE, 'attribution', seed=SEED + 1)\n"
            "coded = {'A': polnear.fill(sheet, gold), 'B': polnear.fill(sheet, noisy)}\n"
            "pd.crosstab(coded['A']['code'], coded['B']['code'], rownames=['coder A'], colnames=['coder B'])"
        ),
        md(
            "## Agreement\n\nOne row per coder and one for their majority (units where they agree): the "
            "kit's precision, recall, F1, accuracy and Cohen's kappa against that coder, and the corpus "
            "prevalence of attributed sentences by that coder's judgement, each with a 95% bootstrap "
            "interval; then Krippendorff's alpha between the coders."
        ),
        code("table = mediakit.coding.agreement(coded, key, seed=SEED)\nmediakit.coding.summary_table(table)"),
        md(
            "Because PolNeAR codes every sentence, the numbers the round estimates are known: the kit's "
            "scores on the whole split. The weighted estimates from 200 sentences aim at them. Here the kit "
            "flags about half the sentences, so both strata are drawn at nearly the same rate and the "
            "weights change little; in a corpus where the kit flags one unit in ten, a half-and-half "
            "sample over-represents the flagged units fivefold and only the weighted recall and "
            "prevalence describe the corpus (`docs/validation.md` works through such a case)."
        ),
        code(
            "truth = polnear.corpus_scores(POLNEAR_SPLIT)\n"
            "stats = ['precision', 'recall', 'prevalence']\n"
            "unweighted = mediakit.coding.agreement(coded, key.assign(weight=1.0), seed=SEED).set_index('coder')\n"
            "estimate = table.set_index('coder').loc['A']\n"
            "pd.DataFrame(\n"
            "    {\n"
            "        'whole split': [truth[s] for s in stats],\n"
            "        'estimate (coder A)': [estimate[s] for s in stats],\n"
            "        '95% low': [estimate[f'{s}_low'] for s in stats],\n"
            "        '95% high': [estimate[f'{s}_high'] for s in stats],\n"
            "        'unweighted sample': [unweighted.loc['A', s] for s in stats],\n"
            "    },\n"
            "    index=stats,\n"
            ").round(3)"
        ),
        code("fig = mediakit.coding.agreement_figure(table, reference={s: truth[s] for s in stats})"),
        md(
            "## What the numbers mean for a study\n\n"
            "* **Coders first.** Alpha says whether the hand codes are reliable enough to judge the kit "
            "by: Krippendorff (2004) asks for at least 0.8, and 0.667 for tentative conclusions. Below "
            "that, sharpen the instructions and code a new sample before looking at the kit.\n"
            "* **Then the kit.** Precision says how many of the kit's attributions are real, recall how "
            "many real ones it finds; kappa corrects agreement for chance. Report the majority row (or "
            "an adjudicated one) as the reference and each coder's row beside it.\n"
            "* **Intervals.** With 100 units per stratum the precision interval above is about 0.13 "
            "wide. The design effect of the weights tells how much stratification cost; `sample_size` "
            "gives the units needed for a narrower interval (below: 0.1 wide around a precision of about "
            "0.9; precision rests on the kit-yes stratum alone, so that is per stratum).\n"
            "* **What changes conclusions.** A recall of 0.8 means counts of attributions are about a "
            "fifth too low: fine for comparing outlets coded the same way, not for absolute rates."
        ),
        code(
            "print('design effect of the weights:', round(mediakit.coding.design_effect(key['weight']), 3))\n"
            "print('units per stratum for a 0.1-wide interval around 0.9:', mediakit.coding.sample_size(0.1, p=0.9))"
        ),
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
