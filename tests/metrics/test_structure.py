"""Structure family: restated paragraphs, headline relevance, off-topic tail, basic structure."""

from __future__ import annotations

import math

import pytest

import mediakit
from mediakit.evaluate.structure import evaluate_labelled, load_labelled, predict_labelled
from mediakit.metrics import structure
from mediakit.metrics.structure import analyse, compute, concept, concepts, paragraph_table

ARTICLES = load_labelled()


def _doc(paragraphs: list[str], title: str = "") -> mediakit.Doc:
    return mediakit.parse("\n\n".join(paragraphs), title)


# --- golden values on the seed article -------------------------------------------------------


def test_structure_seed_golden_values(seed_doc):
    v = compute(seed_doc).values
    assert v["paragraphs"] == 15
    assert v["lead_words"] == 25
    assert v["restated_paragraphs"] == 2
    assert v["off_topic_paragraphs"] == 3
    assert v["topic_shift_paragraph"] == 13
    assert v["boilerplate_paragraphs"] == 2
    assert v["headline_words"] == 12
    assert v["one_sentence_paragraph_share"] == 1.0
    # the Azovstal / Volynskyi / Mariupol tail: 33 + 20 + 24 of 335 body words
    assert v["off_topic_share"] == pytest.approx(77 / 335)


def test_structure_seed_paragraph_table(seed_row):
    table = paragraph_table(seed_row)
    assert list(table.columns) == [
        "paragraph",
        "start",
        "end",
        "words",
        "relevance",
        "topic",
        "restates",
        "restate_score",
        "off_topic",
    ]
    assert table["paragraph"].tolist() == list(range(1, 16))
    assert table.loc[table["restates"] > 0, "paragraph"].tolist() == [2, 3]
    assert table.loc[table["restates"] > 0, "restates"].tolist() == [1, 1]
    assert table.loc[table["off_topic"], "paragraph"].tolist() == [13, 14, 15]
    assert table.loc[table["topic"], "paragraph"].tolist() == [1, 2, 3]
    body = seed_row["body"]
    assert body[table["start"].iloc[-1] : table["end"].iloc[-1]].startswith("The Azovstal steelworks")
    assert (table.loc[~table["off_topic"] & ~table["topic"], "relevance"].iloc[1:] >= 0.5).all()


def test_structure_seed_evidence_names_earlier_paragraph_and_tail(seed_doc):
    ev = compute(seed_doc, evidence=True).evidence
    restated = [e for e in ev if e.kind == "restated_paragraph"]
    assert [e.text[:20] for e in restated] == ["Twenty five Russian ", 'The "refuseniks", a ']
    assert all(e.label.startswith("restates paragraph 1 ") for e in restated)
    off = [e for e in ev if e.kind == "offtopic_paragraph"]
    assert [e.text.split()[0] for e in off] == ["In", "Serhiy", "The"]
    assert all(e.metric == "structure.off_topic_share" for e in off)
    for e in ev:
        assert e.family == "structure"
        assert seed_doc.body[e.start : e.end] == e.text


def test_structure_seed_analyze_columns(seed_row):
    out = mediakit.analyze(seed_row.to_frame().T, "structure", progress=False)
    assert out["structure.restated_paragraphs"].iloc[0] == 2
    assert out["structure.off_topic_share"].iloc[0] > 0.2


# --- the hand-labelled set --------------------------------------------------------------------


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_structure_labelled_restatements_recovered(article):
    a = analyse(_doc(article["paragraphs"], article["title"]))
    expected = [lab["restates"] or 0 for lab in article["labels"]]
    assert [r + 1 for r in a.restates] == expected


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_structure_labelled_off_topic_tail(article):
    a = analyse(_doc(article["paragraphs"], article["title"]))
    expected = [lab["off_topic"] for lab in article["labels"]]
    if article["id"] == "doctors_strike_tail":
        # known miss (docs/structure.md): paragraph 4 shares no word with headline or lead and
        # sits just before the tail, so the final low-relevance run swallows it
        assert a.off_topic == [False, False, False, True, True, True, True]
    else:
        assert a.off_topic == expected


def test_structure_labelled_precision_recall():
    table = evaluate_labelled().set_index("task")
    assert table.loc["restated_paragraph", "precision"] >= 0.9
    assert table.loc["restated_paragraph", "recall"] >= 0.9
    assert table.loc["off_topic_paragraph", "precision"] >= 0.9
    assert table.loc["off_topic_paragraph", "recall"] >= 0.9
    assert table.loc["topic_shift", "labelled"] == 6


def test_structure_labelled_set_has_negatives_and_synonyms():
    kinds = " ".join(a["construction"] for a in ARTICLES)
    assert len(ARTICLES) >= 12
    assert kinds.count("negative") >= 3
    assert "synonyms" in kinds
    pred = predict_labelled()
    assert len(pred) == sum(len(a["paragraphs"]) for a in ARTICLES)


# --- constructions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "restated"),
    [
        pytest.param(
            [
                "Russian servicemen are going to court to challenge an illegal order to fight in Ukraine.",
                "The guards will challenge the illegal order to fight in Ukraine in a Russian court.",
            ],
            1,
            id="synonyms_servicemen_guards",
        ),
        pytest.param(
            [
                "The central bank raised interest rates to a fifteen-year high on Thursday to fight inflation.",
                "To fight inflation, interest rates were raised on Thursday by the central bank to a fifteen-year high.",
            ],
            1,
            id="reordered",
        ),
        pytest.param(
            [
                "The central bank raised interest rates to a fifteen-year high on Thursday to fight inflation.",
                "Mortgage lenders are expected to pass the increase on to borrowers within days.",
            ],
            0,
            id="negative_follow_up",
        ),
        pytest.param(
            [
                "The council approved its budget on Monday, cutting library hours to close a deficit.",
                "The council budget also raises council tax by the maximum allowed without a referendum.",
            ],
            0,
            id="negative_shared_topic_words",
        ),
        pytest.param(
            [
                "Five police officers were injured in a riot outside the stadium after the match.",
                "Five police officers were injured in a riot outside the stadium after the match.",
            ],
            1,
            id="verbatim_duplicate",
        ),
    ],
)
def test_structure_restatement_constructions(paragraphs, restated):
    assert compute(_doc(paragraphs)).values["restated_paragraphs"] == restated


def test_structure_lead_never_counts_as_restating_headline():
    title = "Russian guards demand jobs back after protesting illegal order to fight war"
    doc = _doc(["Russian guards demand jobs back after protesting an illegal order to fight the war."], title)
    assert compute(doc).values["restated_paragraphs"] == 0


@pytest.mark.parametrize(
    ("tail", "expected_shift"),
    [
        pytest.param(
            [
                "Separately, a lorry overturned on the motorway near Bristol, injuring two drivers and closing three lanes.",
                "The crash caused tailbacks of ten miles during the rush hour while recovery crews cleared the road.",
            ],
            5,
            id="unrelated_tail",
        ),
        pytest.param(
            [
                "The rescued spaniel was taken to a vet in Truro who said the dog was dehydrated but recovering well.",
                "Her owner thanked the firefighters and the farmer who first heard the barking from the well.",
            ],
            math.nan,
            id="negative_on_topic_ending",
        ),
    ],
)
def test_structure_off_topic_tail_constructions(tail, expected_shift):
    head = [
        "A spaniel has been rescued after spending three days trapped at the bottom of a disused well in Cornwall.",
        "The dog went missing during a walk on Sunday and was found when a farmer heard barking in a field.",
        "Firefighters lowered a harness into the well and lifted the dog thirty feet to the surface.",
        "She was hungry and muddy but otherwise unhurt, the fire service said.",
    ]
    v = compute(_doc(head + tail, "Dog rescued after three days trapped down a well")).values
    if math.isnan(expected_shift):
        assert math.isnan(v["topic_shift_paragraph"])
        assert v["off_topic_share"] == 0
    else:
        assert v["topic_shift_paragraph"] == expected_shift
        assert v["off_topic_paragraphs"] == 2
        assert 0 < v["off_topic_share"] < 1


def test_structure_single_thin_paragraph_at_end_is_not_a_tail():
    paras = [
        "A spaniel has been rescued after spending three days trapped at the bottom of a disused well in Cornwall.",
        "The dog went missing during a walk on Sunday and was found when a farmer heard barking in a field.",
        "Forecasters expect heavy snow across northern Scotland this weekend, with drifts on high ground.",
    ]
    assert compute(_doc(paras, "Dog rescued from well")).values["off_topic_paragraphs"] == 0


def test_structure_anaphoric_paragraph_continues_previous_relevance():
    paras = [
        "The mayor of Leeds announced a new cycle lane plan for the city centre on Monday.",
        "The mayor said the cycle lanes would be finished by the summer.",
        "He added that he had ridden a bicycle to work for twenty years and hated traffic.",
    ]
    a = analyse(_doc(paras, "Leeds mayor unveils cycle lane plan"))
    assert a.relevance[2] == a.relevance[1] > 0


def test_structure_dateline_before_lead_joins_lead_block():
    paras = [
        "LONDON —",
        "A huge blaze destroyed a toy factory in Leeds on Tuesday night as dozens of workers fled the building.",
        "Dozens of staff fled as a huge blaze destroyed the Leeds toy factory on Tuesday night.",
    ]
    a = analyse(_doc(paras, "Blaze destroys toy factory"))
    assert a.lead == 1
    assert a.restates == [-1, -1, 1]
    assert compute(_doc(paras, "Blaze destroys toy factory")).values["lead_words"] == 19


def test_structure_restated_sentences_inside_longer_paragraphs():
    paras = [
        "Teachers across Scotland will strike on Tuesday over pay and workload, closing most schools. "
        "Parents were warned last week.",
        "Ministers declined to comment on the dispute, and opposition politicians blamed the government for "
        "failing to negotiate with unions over the summer. Talks with the education secretary collapsed after "
        "the latest offer was rejected by members in a ballot. Most schools will close on Tuesday when teachers "
        "across Scotland strike over workload and pay, the union confirmed.",
    ]
    doc = _doc(paras)
    res = compute(doc, evidence=True)
    assert res.values["restated_sentences"] == 1
    sent_ev = [e for e in res.evidence if e.kind == "restated_sentence"]
    assert res.values["restated_paragraphs"] == 0
    assert len(sent_ev) == 1 and sent_ev[0].text.startswith("Most schools will close")
    assert sent_ev[0].label == "restates a sentence of paragraph 1"


# --- concepts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("servicemen", "guards"),
        ("troops", "soldiers"),
        ("lawsuit", "court"),
        ("headed", "heading"),
        ("Russia", "Russian"),
        ("cities", "city"),
        ("vaccinations", "vaccine"),
    ],
)
def test_structure_concept_equivalences(a, b):
    assert concept(a) == concept(b) != ""


@pytest.mark.parametrize(("a", "b"), [("police", "policy"), ("court", "courtesy"), ("guard", "guardian")])
def test_structure_concept_keeps_distinct_words_apart(a, b):
    assert concept(a) != concept(b)


@pytest.mark.parametrize("word", ["the", "said", "Monday", "three", "at", "x"])
def test_structure_concept_empty_for_function_words(word):
    assert concept(word) == ""


def test_structure_concepts_of_text():
    assert concepts("The guards went to court.") == {"soldier", "legal"}


# --- basic structure, edge cases ------------------------------------------------------------


def test_structure_basic_counts_and_boilerplate():
    doc = _doc(["One short paragraph here with some words.", "Second paragraph. It has two sentences."])
    doc.meta["boilerplate"] = ["Sign up to our newsletter"]
    v = compute(doc).values
    assert v["paragraphs"] == 2
    assert v["paragraph_words_mean"] == pytest.approx((7 + 6) / 2)
    assert v["one_sentence_paragraph_share"] == 0.5
    assert v["boilerplate_paragraphs"] == 1
    assert v["lead_words"] == 7


@pytest.mark.parametrize("text", ["", "   ", "!!!", "—", "Один два три. Четыре."])
def test_structure_empty_or_odd_text(text):
    v = compute(mediakit.parse(text, "")).values
    assert list(v) == [c.name for c in structure.FAMILY.columns]
    assert math.isnan(v["topic_shift_paragraph"])
    assert v["restated_paragraphs"] == 0
    table = paragraph_table(mediakit.parse(text, ""))
    assert len(table) == len(mediakit.parse(text, "").paragraphs)


def test_structure_family_declares_required_columns():
    names = [c.name for c in structure.FAMILY.columns]
    assert "restated_paragraphs" in names and "off_topic_share" in names
    assert structure.FAMILY.version == "2.0.1"


def test_structure_deterministic(seed_doc):
    first = compute(seed_doc, evidence=True)
    again = compute(mediakit.parse(seed_doc.body, seed_doc.title), evidence=True)

    def drop(v):
        return {k: x for k, x in v.items() if k != "boilerplate_paragraphs"}

    assert drop(first.values) == drop(again.values)
    assert first.evidence == again.evidence


def test_structure_paragraph_table_accepts_mapping_and_string():
    article = {
        "title": "Blaze destroys toy factory",
        "body": "A blaze destroyed a toy factory.\n\nNobody was hurt.",
    }
    assert paragraph_table(article)["paragraph"].tolist() == [1, 2]
    assert paragraph_table(article["body"])["words"].tolist() == [6, 3]


def test_structure_long_article_many_concepts():
    # 6,000 distinct concepts (distinct first three letters): the bitmasks outgrow the 2,048 preset bits
    words = [f"{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}xyz" for i in range(6000)]
    body = "\n\n".join(" ".join(words[i : i + 30]) + "." for i in range(0, 6000, 30))
    v = compute(mediakit.parse(body, "word headline")).values
    assert v["paragraphs"] == 200
    assert v["restated_paragraphs"] == 0
