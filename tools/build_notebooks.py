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
import mediakit.display
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
            "# 01 · One article, dissected\n\n"
            "The project's seed article (a Daily Star piece on Russian national guards), or any article you "
            "name in `ARTICLE` (and `ROW`, for a file of several): its structure, readability, sources, "
            "sensational language, and the article with every piece of evidence highlighted. Every table "
            "gives each number its label, unit and direction (what a higher value means)."
        ),
        code(SETUP),
        code(
            "# Any file mediakit.load reads; ROW picks the article (0 = the first); FIELDS maps columns\n"
            "# whose names mediakit does not recognise, e.g. {\"body\": \"Article Text\"}.\n"
            'ARTICLE = "../seeds/000_92bdb6df40238d88.txt"\nROW = 0\nFIELDS = {}',
            "parameters",
        ),
        md(
            "## Structure\n\nThe loader keeps the headline apart from the body and removes "
            "publisher boilerplate (recorded, not lost)."
        ),
        code(
            "articles = mediakit.load(ARTICLE, fields=FIELDS or None).iloc[[ROW]]\n"
            "article = articles.iloc[0]\n"
            "print(article['title'])\n"
            "print(len(article['body'].split()), 'whitespace tokens in the body')\n"
            "pd.Series(article['boilerplate'], name='removed boilerplate', dtype=object)"
        ),
        code(
            "results = mediakit.analyze(articles, progress=False)\n"
            "mediakit.display.values(results.iloc[0], 'structure')"
        ),
        code(
            "evidence = mediakit.evidence(article)\n"
            "evidence[evidence.kind == 'restated_paragraph'][['label', 'start', 'end']]"
        ),
        code(
            "data = mediakit.figures.FigureData(seed_path=ARTICLE, row=ROW, seed_fields=FIELDS)\n"
            "fig = mediakit.figures.make('relevance_strip', data)"
        ),
        md("## Readability\n\nTextstat's formulas on news-aware counts, and the sentences that drive them."),
        code("mediakit.display.values(results.iloc[0], 'readability')"),
        code("evidence[evidence.kind == 'long_sentence'][['label', 'text']]"),
        md(
            "## Sourcing\n\nWho is cited, how, and how vaguely. Each row is one attribution: the source "
            "as written, the entity it stands for (`resolved_to`), its class and kind, and whether an "
            "analyst would call it a cited source. Phrases that are not sources (an event, a country "
            "holding a belief) keep no source."
        ),
        code("mediakit.display.values(results.iloc[0], 'sourcing')"),
        code("mediakit.sources(article)"),
        code("evidence[evidence.family == 'sourcing'][['kind', 'label', 'text']]"),
        md("## Sensational language"),
        code("mediakit.display.values(results.iloc[0], 'sensational')"),
        code("evidence[evidence.family == 'sensational'][['kind', 'label', 'field', 'text']]"),
        md(
            "## The article, highlighted\n\nThe header repeats each family's key score with its percentile "
            "among the Wikinews reference articles; the legend gives one colour per kind of evidence. Hover "
            "over a highlight for its category and the metric it feeds. Difficult words are not marked (nearly "
            "every word of news is one); `mediakit.show(article, hide=())` marks them too."
        ),
        code("mediakit.show(article)"),
        md(
            "## Conclusions (for the seed article)\n\n"
            "- **Readability**: a Flesch-Kincaid grade of 12.2 with 22 words per sentence: about the "
            "median Wikinews article (notebook 02 places it), with two sentences over 30 words.\n"
            "- **Sourcing**: many attribution cues but one named source; seven attributions are vague "
            "(\"it is believed\", \"reportedly\"), more than any Wikinews article has, and there is no "
            "direct quotation.\n"
            "- **Sensational style**: the index is well above the Wikinews mean, driven by dramatic framing "
            "and emotive words (fear, violence) in the body rather than by the headline.\n"
            "- **Structure**: two paragraphs restate earlier ones and the last quarter of the body drifts off "
            "the headline's topic (the relevance strip above).\n\n"
            "Run with your own `ARTICLE` to read these numbers for another piece; the bullet points above "
            "describe the seed only."
        ),
    ],
    "02_reference_corpus": [
        md(
            "# 02 · The Wikinews reference corpus\n\n"
            "195 English Wikinews articles (CC BY 2.5, Wikinews contributors): plain, neutral news. "
            "Every family's distribution, and one article (the seed, or your `ARTICLE`) placed in it. "
            "Aggregates only."
        ),
        code(SETUP),
        code(
            "# The article placed in the reference distributions: row ROW of any file mediakit.load reads.\n"
            'ARTICLE = "../seeds/000_92bdb6df40238d88.txt"\nROW = 0\nFIELDS = {}',
            "parameters",
        ),
        code(
            "data = mediakit.figures.FigureData(seed_path=ARTICLE, row=ROW, seed_fields=FIELDS)\n"
            "reference = data.wikinews\n"
            "reference['status'].value_counts()"
        ),
        md(
            "## Every metric on Wikinews\n\nDistribution of each column (n, mean, sd, 10th percentile, "
            "median, 90th percentile), with its unit and what a higher value means."
        ),
        code("mediakit.display.profile(reference, mediakit.all_columns())"),
        md(
            "## The article in the reference distribution\n\n"
            "Percentile 50 is the Wikinews median. A value beyond every reference article reads \"above all\" "
            "(or \"below all\"): a percentile cannot say how far beyond, so the z column (standard deviations "
            "from the Wikinews mean) does."
        ),
        code("mediakit.display.placement(mediakit.corpus.place(data.seed.iloc[0], reference))"),
        code("fig = mediakit.figures.make('wikinews_profile', data)"),
        code("fig = mediakit.figures.make('seed_percentiles', data)"),
        md(
            "## Conclusions\n\n"
            "- Wikinews is the yardstick, not an ideal: its median article has 352 words in 17 sentences of "
            "about 20 words (grade 12.1), no vague attribution, almost no emotive vocabulary, and rarely "
            "restates itself; the sensational index is standardised on it (mean 0, standard deviation 1).\n"
            "- The seed article reads like Wikinews (52nd percentile of grade) but is sourced unlike it: seven "
            "vague attributions, as many as the most vague Wikinews article (z 6.4), and no direct quotation (9th "
            "percentile). Its sensational index (99th percentile, z 2.8) and restated share (96th) are near "
            "the top of the reference.\n"
            "- Percentiles against 195 articles are coarse: one article moves a percentile by half a point, "
            "the tails rest on a handful of articles, and beyond the range only the z-score says how far."
        ),
    ],
    "03_outlets": [
        md(
            "# 03 · Outlets compared (AllSides)\n\n"
            "A seeded sample of the AllSides corpus (Baly et al. 2020). Outlets with enough sampled "
            "articles are compared on each family's key metric (readability, sensational style, sourcing, "
            "structure), with 95% bootstrap intervals and each outlet's AllSides bias rating; then how the "
            "metrics relate. Aggregates and figures only."
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
        md(
            "## Outlets\n\nMean of each family's key metric per outlet, with its 95% bootstrap interval "
            "(resampling the outlet's articles); outlets with the highest Flesch-Kincaid grade first."
        ),
        code(
            "outlets = mediakit.corpus.compare_groups(results, by='outlet', min_articles=MIN_ARTICLES)\n"
            "mediakit.display.group_table(outlets, by='outlet')"
        ),
        md("## By AllSides bias rating\n\nThe same means for all sampled articles of each bias rating."),
        code(
            "by_bias = mediakit.corpus.compare_groups(results, by='allsides_bias')\n"
            "mediakit.display.group_table(by_bias, by='allsides_bias')"
        ),
        code("fig = mediakit.figures.make('outlets', data)"),
        md("## How the metrics relate\n\nSpearman correlations between article-level metrics."),
        code("mediakit.display.relabel(mediakit.corpus.correlations(results, decimals=2))"),
        code("fig = mediakit.figures.make('metric_correlations', data)"),
        md(
            "## Conclusions\n\n"
            "- Outlets differ clearly on every family's key metric: reading grade from 11.0 (NPR) to 14.7 "
            "(The Hill), the sensational index from 0.49 (Newsmax) to 2.62 (National Review), attribution cues "
            "from 2.25 (National Review) to 3.51 per 100 words (BBC News), many with intervals that do not overlap. "
            "Restated share is small everywhere (0.00-0.05) and mostly overlaps.\n"
            "- Newsmax's grade of 19.5 is an outlier worth checking article by article before reading it as "
            "style: a grade that high usually means very long sentences, or text whose sentence breaks were "
            "lost in collection.\n"
            "- Bias ratings differ far less than outlets do: right-rated articles read about half a grade "
            "harder and left-rated ones carry slightly fewer attribution cues and a slightly higher "
            "sensational index, but outlets with the same rating (Newsmax and Townhall, both right) differ "
            "more than the ratings do.\n"
            "- The metrics measure different things: reading grade and sentence length move together (0.89, "
            "same counts); the sensational index is weakly negative with reading grade (-0.26), sourcing density "
            "(-0.27) and direct quotation (-0.31): sensational writing uses shorter sentences and cites and "
            "quotes less; sourcing density and direct quotation go together (0.28); the other pairs are near zero.\n"
            "- Outlets differ in topics as well as style; these are descriptions of a seeded sample, not causal "
            "claims about the outlets."
        ),
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
        code(
            "ose[ose.counting == 'news'].set_index('formula')["
            "['triplets_ordered', 'pairwise_accuracy', 'mean_elementary', 'mean_intermediate', 'mean_advanced']]"
        ),
        code("fig = mediakit.figures.make('readability_levels', data)"),
        md("## Readability: CLEAR rank correlation\n\nSpearman with human easiness (4,724 excerpts)."),
        code(
            "clear = readability.evaluate_clear()\n"
            "clear.pivot(index='formula', columns='counting', values='spearman_with_easiness')"
        ),
        md(
            "## Sourcing: PolNeAR dev\n\nCue detection by sentence and by cue span, then who is cited: "
            "for every gold attribution with a source, whether a row's cue overlaps the gold cue, "
            "whether its source span overlaps the gold source (and both ends within 2 characters), "
            "and how many predicted source spans overlap a gold source."
        ),
        code(
            "polnear = sourcing.evaluate_polnear(splits=POLNEAR_SPLITS)\n"
            "# one column per split; four decimals, so a measure just under a target does not round onto it\n"
            "with pd.option_context('display.precision', 4):\n"
            "    display(mediakit.display.by_column(polnear[list(sourcing.CUE_COLUMNS)], 'split', decimals=4))"
        ),
        code(
            "with pd.option_context('display.precision', 4):\n"
            "    display(mediakit.display.by_column(polnear[list(sourcing.SOURCE_COLUMNS)], 'split', decimals=4))"
        ),
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
            "**Reading the cue table.** A cue at AUC 0.500 (or within a point of it) is one that almost never "
            "fires in either class of these headlines (see its two shares): dramatic framing, shouting, "
            "exclamation marks and most emotive categories are body-level devices that one-line headlines "
            "rarely carry. An AUC of 0.5 here means *absent*, not *pointing the wrong way*. Alone, the cues "
            "that separate are second person, leading numbers, listicles, forward references and questions; "
            "in the model (the weight column) they sit beside its word features, so a cue's weight is what it "
            "adds once the words are known. Violence weighs 0: it is a topic, and topics carry no weight. "
            "Scare quotes get a negative weight although they are commoner in this set's clickbait: the "
            "weights are fitted on the Webis posts and conditional on the words."
        ),
        md(
            "## Sensational language: loaded language\n\n"
            "The cross-validation by article on the PTC training split that chose the span power (how much "
            "the words of long expert spans are discounted) and the threshold of the shipped table (stored in "
            "the table when it was fitted): every threshold at the chosen power, then the best threshold of "
            "each other power. The nested estimate, with both chosen inside each fold, takes minutes: "
            "`python -m mediakit.evaluate.sensational` (docs/sensational.md)."
        ),
        code("sensational.loaded_threshold_cv()"),
        md("## Sensational language: Horne 2017 bodies\n\nROC AUC for fake + satire against real articles."),
        code("mediakit.display.by_column(sensational.evaluate_horne(), 'subset')  # one column per subset"),
        md(
            "**A below-chance column.** On the BuzzFeed subset the AUCs fall below 0.5: in that set of "
            "hyperpartisan political Facebook posts, the articles labelled real are written at least as "
            "sensationally as the fake ones. The index measures *how* an article is written, not whether it "
            "is true; it separates the random subset (fake-news sites against mainstream outlets) far better "
            "than chance, but it is not a fake-news detector and should not be used as one."
        ),
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
        code("mediakit.display.by_column(structure.evaluate_labelled(), 'task')"),
        code("structure.evaluate_wikinews().round(3)"),
        md(
            "## Conclusions\n\n"
            "- **Readability**: both countings order the OneStopEnglish levels about equally well (within a "
            "few of 189 triplets for every formula but the consensus grade), and the news-aware counting "
            "correlates more strongly with CLEAR's human easiness judgements for every formula; Linsear Write "
            "and the consensus grade order the levels poorly and are not headline measures.\n"
            "- **Sourcing**: on PolNeAR dev, attributed sentences are found with high precision and good "
            "recall, and the number of attributions per article tracks the annotators' count closely.\n"
            "- **Sensational style**: the headline score separates clickbait from news headlines well, as "
            "written and lower-cased; on article bodies the index separates fake and satire from real news "
            "only where the real articles come from mainstream outlets (see the BuzzFeed column above), and it "
            "does not simply track hard-news topics (the topic check).\n"
            "- **Structure**: restatement and off-topic tails are found on the project's hand-labelled "
            "articles and are rare in Wikinews, as plain news should make them.\n\n"
            "These are the validations the docs cite; each number comes from a function in "
            "`mediakit.evaluate` run live above."
        ),
    ],
    "05_your_corpus": [
        md(
            "# 05 · Your corpus\n\n"
            "The notebook to copy for your own articles. Point `CORPUS` at a file, folder or glob "
            "`mediakit.load` reads (CSV, JSON Lines, JSON, Parquet, HTML, text; compressed or not), map "
            "columns it does not recognise with `FIELDS`, and say which column to compare (`GROUP_BY`) "
            "and which holds the date (`DATE`, or `\"\"`). It profiles the corpus, compares the groups on "
            "each family's key metric with bootstrap intervals, follows them over time, places the corpus "
            "against the Wikinews reference, shows the articles to read first with their evidence, and "
            "ends with a written reading.\n\n"
            "As committed it runs on `examples/riverside_news.csv`: twelve short articles the project wrote "
            "for this purpose (three invented outlets, January to June 2024; the body sits in a column "
            "named \"Article Text\", which needs `FIELDS`). To run it on yours (from the project folder):\n\n"
            "```bash\n"
            "python3 -m uv run --locked papermill notebooks/05_your_corpus.ipynb build/my_corpus.ipynb --cwd notebooks \\\n"
            "    -p CORPUS \"$PWD/my_articles.csv\" -y 'FIELDS: {body: Article Text}'\n"
            "```"
        ),
        code(SETUP),
        code(
            "# Any path or glob mediakit.load reads (relative to notebooks/, or absolute).\n"
            'CORPUS = "../examples/riverside_news.csv"\n'
            "# Article field -> your column, for names mediakit does not recognise (id, title, body,\n"
            "# outlet, published, url); {} when the names are standard.\n"
            'FIELDS = {"body": "Article Text"}\n'
            "# Column whose groups are compared, and column holding the date (\"\" for none).\n"
            'GROUP_BY = "outlet"\nDATE = "published"',
            "parameters",
        ),
        md(
            "## Load and measure\n\nWhat was measured, and what was not and why (a row whose body "
            "could not be found says which columns it saw: map yours with `FIELDS`)."
        ),
        code(
            "data = mediakit.figures.FigureData(corpus=CORPUS, fields=FIELDS, group_by=GROUP_BY, date=DATE)\n"
            "articles = data.corpus_articles\n"
            "results = data.corpus\n"
            "mediakit.display.Table(mediakit.corpus.status_table(results), notes=False)"
        ),
        md(
            "## Profile\n\nEach family's summary metrics across the corpus, then every article with each "
            "family's key metric."
        ),
        code("mediakit.display.profile(results)"),
        code("mediakit.display.table(results)"),
        md(
            "## Groups compared\n\nMean per group with a 95% bootstrap interval (the group's articles "
            "resampled 1,000 times, seeded). Intervals that overlap mean these articles do not show a clear "
            "difference; a group of one or two articles has an interval that says little."
        ),
        code(
            "groups = mediakit.corpus.compare_groups(results, by=GROUP_BY)\n"
            "mediakit.display.group_table(groups, by=GROUP_BY)"
        ),
        code("fig = mediakit.figures.make('corpus_groups', data)"),
        md(
            "## Over time\n\nMean per period of publication (days, weeks, months or years, chosen from the "
            "span of the dates). Without readable dates the table is empty and the figure says so."
        ),
        code(
            "over_time = mediakit.corpus.trend(results, date=DATE) if DATE else mediakit.corpus.trend(results.iloc[0:0])\n"
            "mediakit.display.group_table(over_time, by='period')"
        ),
        code("fig = mediakit.figures.make('corpus_trend', data)"),
        md(
            "## Against the Wikinews reference\n\nThe corpus's median article among the 195 Wikinews "
            "reference articles (their values ship with mediakit), and the share of the corpus beyond the "
            "Wikinews 10th and 90th percentiles (10% each for a corpus like Wikinews)."
        ),
        code(
            "placed = mediakit.corpus.place_corpus(results, mediakit.corpus.reference_frame())\n"
            "mediakit.display.placement(placed)"
        ),
        code("fig = mediakit.figures.make('corpus_placement', data)"),
        md(
            "## Articles to read first\n\nThe most and least sensational articles and the worst sourced "
            "(fewest attribution cues per 100 words), then the first of each with its evidence highlighted."
        ),
        code(
            "picks = mediakit.corpus.picks(results, n=3)\n"
            "mediakit.display.table(picks, ident=('why', 'id', 'title', 'outlet'))"
        ),
        code("mediakit.show(articles[articles['id'].isin(picks.groupby('why', sort=False).head(1)['id'])])"),
        md("## Reading\n\nWritten from the numbers above, for whichever corpus ran."),
        code("mediakit.corpus.reading(results, by=GROUP_BY)"),
        md(
            "## Conclusions (for the example corpus)\n\n"
            "- The Daily Clarion writes in a sensational style (shouting, emotive and dramatic words) and "
            "the Riverside Gazette does not; their intervals are far apart even with four and five articles. "
            "The Valley Voice's opinion pieces score high too, from second person, questions and headlines "
            "that read as clickbait (\"Why ...\"), not from loaded words: the index measures style, and opinion "
            "writing has one.\n"
            "- The Clarion's high sourcing density is not good sourcing: its cues are \"sources say\", "
            "\"it is believed\", \"insiders say\" (see its highlighted view); the Gazette names its sources "
            "and quotes them. Read the source table (`mediakit.sources`) before reading the density.\n"
            "- All three outlets write plainer English than Wikinews (lower grade, shorter sentences).\n"
            "- Twelve articles make wide intervals and no trend: the monthly means move with whichever "
            "outlets published that month. A real comparison needs dozens of articles per group."
        ),
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
        code(
            "print('design effect of the weights:', round(mediakit.coding.design_effect(key['weight']), 3))\n"
            "print('units per stratum for a 0.1-wide interval around 0.9:', mediakit.coding.sample_size(0.1, p=0.9))"
        ),
        md(
            "## Conclusions: what the numbers mean for a study\n\n"
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
    ],
}


def main(names: list[str] | None = None) -> None:
    """Write the cells of every notebook, or of the ones named (outputs come from tools/run_notebooks.sh)."""
    for name, cells in NOTEBOOKS.items():
        if names and name not in names and f"{name}.ipynb" not in names:
            continue
        for k, cell in enumerate(cells):
            cell.id = f"{name[:2]}-{k:03d}"  # stable ids: a rebuild changes only what changed
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
    import sys

    main(sys.argv[1:])
