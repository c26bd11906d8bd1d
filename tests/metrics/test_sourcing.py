"""Sourcing family: constructions, sources, quotes, seed golden values, PolNeAR floors."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mediakit
from mediakit.metrics import sourcing
from mediakit.metrics.registry import get_family
from mediakit.text.parse import parse
from tests.conftest import needs_data


def table(text: str):
    return sourcing.source_table(parse(text))


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    """(cue, label, source, source_class, source_kind) of each row."""
    t = table(text)
    return [(r.cue, r.label, r.source, r.source_class, r.source_kind) for r in t.itertuples()]


# --- constructions: one case each ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param("John Smith said the plan failed.", "said", "John Smith", "named", id="x-said"),
        pytest.param(
            '"The plan failed," said John Smith.', "said", "John Smith", "named", id="said-x-inverted"
        ),
        pytest.param("Prices rose, said John Smith.", "said", "John Smith", "named", id="said-x-after-comma"),
        pytest.param("Jane Doe told reporters the plan failed.", "told", "Jane Doe", "named", id="x-told-y"),
        pytest.param(
            "Jane Doe, who led the inquiry, said the plan failed.",
            "said",
            "Jane Doe",
            "named",
            id="x-who-said",
        ),
        pytest.param("Jane Doe says the plan failed.", "says", "Jane Doe", "named", id="inflection-says"),
        pytest.param(
            "Jane Doe tweeted that the plan failed.", "tweeted", "Jane Doe", "named", id="inflection-tweeted"
        ),
        pytest.param(
            "Jane Doe argues the plan failed.", "argues", "Jane Doe", "named", id="inflection-argues"
        ),
        pytest.param(
            "The plan failed, according to John Smith, a lawyer.",
            "according to",
            "John Smith",
            "named",
            id="according-to",
        ),
        pytest.param(
            'The minister was blunt: "We will not pay."', ":", "The minister", "role", id="colon-quote"
        ),
        pytest.param(
            "WALLACE: What do you make of it?", "WALLACE:", "WALLACE", "named", id="transcript-turn"
        ),
        pytest.param(
            "A new report shows prices rose.", "shows", "A new report", "document", id="evidence-report-shows"
        ),
        pytest.param(
            "Jane Doe believes the plan failed.", "believes", "Jane Doe", "named", id="belief-believes"
        ),
        pytest.param(
            "A person familiar with the matter said the plan failed.",
            "said",
            "A person familiar with the matter",
            "unnamed",
            id="unnamed-familiar-with",
        ),
        pytest.param(
            "Sources close to the minister said the plan failed.",
            "said",
            "Sources close to the minister",
            "unnamed",
            id="unnamed-sources-close-to",
        ),
        pytest.param(
            "A senior official said the plan failed.",
            "said",
            "A senior official",
            "unnamed",
            id="unnamed-senior",
        ),
        pytest.param("A spokesman said the plan failed.", "said", "A spokesman", "role", id="role-spokesman"),
        pytest.param(
            "The Kremlin said the plan failed.", "said", "The Kremlin", "organisation", id="organisation"
        ),
        pytest.param(
            "The Daily Mail reported that the plan failed.",
            "reported",
            "The Daily Mail",
            "organisation",
            id="media-outlet",
        ),
    ],
)
def test_sourcing_constructions(text, cue, source, source_class):
    got = rows(text)
    assert [(c, s, k) for c, _, s, k, _ in got] == [(cue, source, source_class)]


@pytest.mark.parametrize(
    ("text", "cue", "hedge"),
    [
        pytest.param(
            "It is believed that the plan failed.", "It is believed", "it_is_believed", id="it-is-believed"
        ),
        pytest.param(
            "It was hoped that the plan would work.", "It was hoped", "it_is_believed", id="it-was-hoped"
        ),
        pytest.param("It's known that the plan failed.", "It's known", "it_is_believed", id="its-known"),
        pytest.param(
            "Some estimates put the cost at $5bn.", "Some estimates", "some_estimates", id="some-estimates"
        ),
        pytest.param("The plan reportedly failed.", "reportedly", "reportedly", id="reportedly"),
        pytest.param("The man allegedly stole a car.", "allegedly", "allegedly", id="allegedly"),
        pytest.param("The guards are said to be angry.", "are said to", "said_to", id="is-said-to"),
        pytest.param("Critics say the plan failed.", "Critics say", "some_say", id="critics-say"),
        pytest.param(
            "Lawyers have reported similar cases.", "reported", "bare_plural", id="bare-plural-role"
        ),
    ],
)
def test_sourcing_hedges_are_vague(text, cue, hedge):
    got = rows(text)
    assert [(c, lab, k) for c, lab, _, k, _ in got] == [(cue, f"hedge:{hedge}", "vague")]
    values = sourcing.compute(parse(text)).values
    assert values["vague_attributions"] == 1.0
    assert values["named_sources"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The report was long.", id="noun-report"),
        pytest.param("The state budget grew.", id="noun-state"),
        pytest.param("His comment drew anger.", id="noun-comment"),
        pytest.param(
            "Smith did not respond to requests for comment.", id="no-response-to-requests-for-comment"
        ),
        pytest.param("Smith could not be reached for comment.", id="not-reached-for-comment"),
        pytest.param("She works at The Washington Post.", id="outlet-name-post"),
        pytest.param('The so-called "refuseniks" went to court.', id="scare-quote-is-not-sourcing"),
        pytest.param("He sent his final known message.", id="adjective-known"),
        pytest.param("Prices continued to rise.", id="continued-to"),
        pytest.param("The Dow fell 24 points.", id="points-without-out"),
        pytest.param("", id="empty"),
    ],
)
def test_sourcing_negative_constructions(text):
    assert rows(text) == []


def test_sourcing_cue_inside_quotation_is_skipped():
    got = rows('"He said he would come," she wrote.')
    assert [c for c, *_ in got] == ["wrote"]
    assert table('"He said he would come," she wrote.')["quote"].tolist() == ["direct"]


def test_sourcing_floating_quote_inherits_source():
    t = table('John Smith said the plan failed. "Nobody listened to us at all."')
    assert t["label"].tolist() == ["speech", "floating"]
    assert t["source"].tolist() == ["John Smith", "John Smith"]
    assert t["quote"].tolist() == ["indirect", "direct"]
    values = sourcing.compute(
        parse('John Smith said the plan failed. "Nobody listened to us at all."')
    ).values
    assert values["attributed_sentence_share"] == 1.0
    assert values["attributions"] == 1.0


def test_sourcing_participle_inherits_source():
    t = table("The minister said the plan failed, adding that it was costly.")
    assert t["cue"].tolist() == ["said", "adding"]
    assert t["source"].tolist() == ["The minister", "The minister"]


def test_sourcing_merges_full_name_then_surname_and_pronoun():
    text = "John Smith said the plan failed. Smith added that it was costly. He noted that it was late."
    t = table(text)
    assert t["key"].tolist() == ["smith", "smith", "smith"]
    assert t["source_class"].tolist() == ["named"] * 3
    assert sourcing.compute(parse(text)).values["named_sources"] == 1.0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("The plan failed, according to John Smith, a lawyer.", "legal", id="legal-appositive"),
        pytest.param(
            "Professor Ann Lee, an economist at Yale University, said prices would rise.",
            "expert",
            id="expert-title",
        ),
        pytest.param("A spokesman said the plan failed.", "official", id="official-role"),
        pytest.param("Police said the man was arrested.", "official", id="official-police"),
        pytest.param("A local resident said the road flooded.", "citizen", id="citizen"),
        pytest.param("Fox News reported that the plan failed.", "media", id="media"),
        pytest.param("Acme Corp said the plan failed.", "organisation", id="organisation"),
    ],
)
def test_sourcing_source_kinds(text, kind):
    assert [k for *_, k in rows(text)] == [kind]


def test_sourcing_direct_quote_share_and_counts():
    text = 'Jane Doe said: "We will not pay for this war." The "refuseniks" agreed.'
    values = sourcing.compute(parse(text)).values
    assert values["direct_quotes"] == 1.0
    assert values["scare_quotes"] == 1.0
    assert values["direct_quote_word_share"] == pytest.approx(7 / parse(text).n_words)


def test_sourcing_empty_values_are_nan_or_zero():
    values = sourcing.compute(parse("")).values
    assert math.isnan(values["attributions_per_100_words"])
    assert math.isnan(values["attributed_sentence_share"])
    assert values["attributions"] == 0.0


def test_sourcing_evidence_kinds_and_metrics():
    text = 'Jane Doe said: "We will not pay." The plan reportedly failed. The "refuseniks" agreed.'
    doc = parse(text)
    res = get_family("sourcing").run(doc, evidence=True)
    kinds = {(e.kind, e.label, e.metric) for e in res.evidence}
    assert ("cue", "speech", "attributions") in kinds
    assert ("source", "named/unknown", "named_sources") in kinds
    assert ("direct_quote", "attributed", "direct_quotes") in kinds
    assert ("hedge", "reportedly", "vague_attributions") in kinds
    assert ("scare_quote", "scare", "scare_quotes") in kinds
    columns = {c.name for c in sourcing.FAMILY.columns}
    for e in res.evidence:
        assert e.text == doc.body[e.start : e.end]
        assert e.metric in columns


@pytest.mark.parametrize(
    ("text", "cue", "cue_type", "cited"),
    [
        pytest.param("John Smith said the plan failed.", "said", "speech", True, id="speech-cited"),
        pytest.param(
            "The plan failed, according to John Smith.",
            "according to",
            "according_to",
            True,
            id="according-to",
        ),
        pytest.param("A new report shows prices rose.", "shows", "evidence", True, id="evidence-document"),
        pytest.param("The plan reportedly failed.", "reportedly", "hedge", True, id="hedge-cited"),
        pytest.param(
            "Jane Doe believes the plan failed.", "believes", "belief", False, id="belief-not-cited"
        ),
        pytest.param(
            "Jane Doe wants the plan to fail.", "wants", "intention", False, id="intention-not-cited"
        ),
        pytest.param(
            "The guards went to court to demand their jobs back.",
            "demand",
            "intention",
            False,
            id="speech-verb-infinitive-is-intention",
        ),
        pytest.param("Jane Doe went on to say the plan failed.", "say", "speech", True, id="went-on-to-say"),
        pytest.param(
            "The servicemen will be challenging the order.", "challenging", "stance", False, id="stance"
        ),
        pytest.param(
            "The latest case highlights open dissent.",
            "highlights",
            "evidence",
            False,
            id="evidence-other-head",
        ),
    ],
)
def test_sourcing_cue_type_and_cited(text, cue, cue_type, cited):
    t = table(text)
    assert list(zip(t["cue"], t["cue_type"], t["cited"], strict=True)) == [(cue, cue_type, cited)]


@pytest.mark.parametrize(
    ("text", "source", "source_class"),
    [
        pytest.param("The spokesman said the plan failed.", "The spokesman", "role", id="role-spokesman"),
        pytest.param(
            "Lawyers for the family said it failed.", "Lawyers for the family", "role", id="role-lawyers"
        ),
        pytest.param(
            "The campaign manager said the plan failed.", "The campaign manager", "role", id="role-er-noun"
        ),
        pytest.param(
            "The latest case in Russia highlights open dissent.",
            "The latest case in Russia",
            "other",
            id="other-head-case",
        ),
        pytest.param("The move suggests a shift.", "The move", "other", id="other-head-move"),
    ],
)
def test_sourcing_role_only_for_person_heads(text, source, source_class):
    t = table(text)
    assert list(zip(t["source"], t["source_class"], strict=True)) == [(source, source_class)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "Since Putin's invasion of Ukraine hundreds of guards have sought legal advice.",
            "hundreds of guards",
            id="since-x-subject",
        ),
        pytest.param(
            "Since 2014 the government has said it would pay.", "the government", id="since-year-subject"
        ),
        pytest.param("During the war officials said the plan failed.", "officials", id="during-x-subject"),
        pytest.param("Hundreds of guards have sought legal advice.", "Hundreds of guards", id="no-adverbial"),
    ],
)
def test_sourcing_clause_initial_adverbial_is_not_subject(text, source):
    assert table(text)["source"].tolist() == [source]


def test_sourcing_distinct_sources_count_only_cited_rows():
    believes = sourcing.compute(parse("Jane Doe believes the plan failed.")).values
    says = sourcing.compute(parse("Jane Doe said the plan failed.")).values
    assert believes["attributions"] == says["attributions"] == 1.0
    assert believes["named_sources"] == 0.0
    assert says["named_sources"] == 1.0


# --- seed golden values -----------------------------------------------------------------------


SEED_VALUES = {
    "attributions": 16.0,
    "named_sources": 1.0,
    "unnamed_sources": 0.0,
    "vague_attributions": 7.0,
    "document_sources": 0.0,
    "direct_quotes": 0.0,
    "direct_quote_word_share": 0.0,
    "scare_quotes": 5.0,
    "legal_sources": 1.0,  # Pavel Chikov; "the court will consider" is not a cited source
    "official_sources": 0.0,  # "guards demand", "Russia believed": intentions and beliefs, not citations
    "citizen_sources": 0.0,  # "20-40% people rejected": a stance inside hedged content
}


def test_sourcing_seed_golden_values(seed_row):
    out = mediakit.analyze(seed_row.to_frame().T, "sourcing", progress=False)
    for name, value in SEED_VALUES.items():
        assert out[f"sourcing.{name}"].iloc[0] == pytest.approx(value), name
    assert out["sourcing.attributions_per_100_words"].iloc[0] == pytest.approx(100 * 16 / 335)


def test_sourcing_seed_table(seed_row):
    t = mediakit.sources(seed_row)
    named = t[t["source_class"] == "named"]
    assert named["source"].tolist() == ["lawyer and human rights campaigner Pavel Chikov"]
    assert named["source_kind"].tolist() == ["legal"]
    assert named["cue"].tolist() == ["according to"]
    assert named["key"].tolist() == ["chikov"]
    vague = t[t["source_class"] == "vague"]
    assert vague["cue"].tolist() == [
        "It is believed",
        "some estimates",
        "It was hoped",
        "it's known",
        "reported",
        "reportedly",
        "alleged",
    ]
    assert vague["source"].tolist() == ["", "", "", "", "Lawyers", "", ""]
    cited = t[t["cited"]]
    assert cited["cue"].tolist() == [
        "according to",
        "It is believed",
        "some estimates",
        "It was hoped",
        "it's known",
        "reported",
        "reportedly",
        "alleged",
    ]
    uncited = t[~t["cited"]]
    assert list(
        zip(uncited["source"], uncited["source_class"], uncited["cue"], uncited["cue_type"], strict=True)
    ) == [
        ("Twenty five Russian national guards", "role", "demand", "intention"),
        ("The latest case in Russia", "other", "highlights", "evidence"),
        ("Vladikavkaz garrison military court", "organisation", "consider", "belief"),
        ("The servicemen", "role", "challenging", "stance"),
        ("hundreds of guards", "role", "sought", "intention"),
        ("hundreds of guards", "role", "hoping", "intention"),
        ("20-40% people", "role", "rejected", "stance"),
        ("Russia", "organisation", "believed", "belief"),
    ]
    assert (t["quote"] == "indirect").all()
    assert list(t.columns[:8]) == [
        "source",
        "source_class",
        "source_kind",
        "cue",
        "quote",
        "sentence",
        "start",
        "end",
    ]


def test_sourcing_seed_scare_quotes_not_direct(seed_row, seed_doc):
    ev = mediakit.evidence(seed_row, metrics="sourcing")
    scare = ev[ev["kind"] == "scare_quote"]["text"].tolist()
    assert scare == ["“illegal”", '"refuseniks"', '"illegal"', '"refuseniks"', '"internal"']
    assert (ev["kind"] == "direct_quote").sum() == 0
    cue = ev[ev["kind"] == "cue"]
    assert len(cue) == 16
    for row in ev.itertuples():
        assert row.text == seed_doc.body[row.start : row.end]


# --- PolNeAR validation floors ----------------------------------------------------------------


@needs_data
def test_sourcing_polnear_dev_floors():
    from mediakit.evaluate.sourcing import evaluate_polnear

    row = evaluate_polnear(("dev",)).iloc[0]
    # measured (sourcing 1.1.0): P 0.909, R 0.817, r 0.952, cue P 0.696, cue R 0.721, source 0.896
    assert row["articles"] == 84
    assert row["sentence_precision"] >= 0.895
    assert row["sentence_recall"] >= 0.805
    assert row["count_pearson_r"] >= 0.94
    assert row["cue_precision"] >= 0.68
    assert row["cue_recall"] >= 0.70
    assert row["source_overlap"] >= 0.86


_ALPHABET = "aSsd \"“”:,.\n—-'’WALCEHIt"
_WORDS = [
    "said",
    "told",
    "according to",
    "It is",
    "believed",
    "Smith",
    "John",
    "he",
    "reportedly",
    "the",
    "report",
]


@given(st.lists(st.sampled_from([*_WORDS, *_ALPHABET]), max_size=40).map(" ".join))
def test_sourcing_never_raises_and_spans_slice(text):
    doc = parse(text)
    res = get_family("sourcing").run(doc, evidence=True)
    assert all(math.isnan(v) or math.isfinite(v) for v in res.values.values())
    for e in res.evidence:
        assert e.text == doc.body[e.start : e.end]
    t = sourcing.source_table(doc)
    assert set(t["source_class"]) <= set(sourcing.SOURCE_CLASSES)
    assert set(t["source_kind"]) <= set(sourcing.SOURCE_KINDS)
