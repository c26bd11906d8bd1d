"""Sourcing round nine: the classes of error of the round-nine blind articles (docs/sourcing.md).

Each rule has its own sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, cues, table

# --- cue-level rules: a cue word used for an act that reports nothing is no row ---------------------
_CUE_ROWS = [
    # "threaten" needs content: an infinitive, "that", a quotation or a colon
    pytest.param("The man threatened a shop worker with a knife and fled.", "threatened", False, id="threaten-act"),
    pytest.param("The union threatened legal action over the cuts.", "threatened", False, id="threaten-noun-object"),
    pytest.param("The union threatened to strike in May.", "threatened", True, id="negative-threaten-to"),
    pytest.param("Rebels threatened that the talks would collapse.", "threatened", True, id="negative-threaten-that"),
    # a product (or an envoy) recalled is no memory told
    pytest.param("Kestrel Motors recalls 40,000 cars over a brake fault.", "recalls", False, id="recall-number"),
    pytest.param("The toy maker is recalling about 5,000 kites.", "recalling", False, id="recall-approximator"),
    pytest.param("The country recalled its ambassador on Monday.", "recalled", False, id="recall-its"),
    pytest.param("Ms Hale recalled that the hall was packed.", "recalled", True, id="negative-recall-that"),
    pytest.param("He recalled the night the mill burned down.", "recalled", True, id="negative-recall-memory"),
    # answering questions with no content, and a final "asked" with no quotation before it
    pytest.param("The mayor answered questions from residents for an hour.", "answered", False, id="answer-questions"),
    pytest.param("The minister answered every question but one.", "answered", False, id="answer-every-question"),
    pytest.param(
        "Asked about the plan, the minister answered that it was fair.", "answered", True, id="negative-answer-that"
    ),
    pytest.param("The players did exactly what they were asked.", "asked", False, id="asked-final-participle"),
    pytest.param("The sisters who ran the shop gave more than was asked", "asked", False, id="asked-headline-end"),
    pytest.param('"Why now?" the councillor asked.', "asked", True, id="negative-asked-after-question"),
    pytest.param('"Can we win?" Mr. Cole asked.', "asked", True, id="negative-asked-quote-sentence-before"),
    pytest.param("She asked whether the road would reopen.", "asked", True, id="negative-asked-whether"),
    # speaking permission is no speech ("not authorized to discuss")
    pytest.param(
        "The official was not authorized to discuss the case publicly.", "discuss", False, id="not-authorized-to-discuss"
    ),
    pytest.param(
        "The inspector was not allowed to talk about the inquiry, the report said.",
        "said",
        True,
        id="negative-not-allowed-report-said",
    ),
    pytest.param(
        "The two leaders will discuss trade on Friday, officials said.", "said", True, id="negative-discuss-other"
    ),
    # "estimate" as a verb after a subject; the noun before a verb or "of" is none
    pytest.param("Economists at Harbor Bank estimate the cost at £2bn.", "estimate", True, id="estimate-verb"),
    pytest.param("Analysts estimate that prices will rise.", "estimate", True, id="estimate-plural-subject"),
    pytest.param("A Treasury estimate suggests growth will slow.", "estimate", False, id="negative-estimate-noun"),
    pytest.param("The estimate was revised on Friday.", "estimate", False, id="negative-estimate-determiner"),
    # a genre label opening a headline is no speaker
    pytest.param("Sketch: the budget that never was\n\nMPs sat in silence.", "Sketch:", False, id="genre-label"),
    pytest.param("HALE: The library stays open on Sundays.", "HALE:", True, id="negative-transcript-label"),
]


@pytest.mark.parametrize(("text", "cue", "present"), _CUE_ROWS)
def test_sourcing_round9_cue_rows(text, cue, present):
    assert (cue in cues(text)) is present


# --- the writer's first person ----------------------------------------------------------------------
_WRITER = [
    # a conditional speech act of the writer ("I'd ask") is no row
    pytest.param("I'd ask ministers to think again about the levy.", "ask", False, id="writer-conditional-ask"),
    pytest.param("We would urge readers to check their meters.", "urge", False, id="writer-conditional-urge"),
    # a belief, stance or finding inside the writer's own belief is the writer's claim
    pytest.param("I suspect the minister knows it too.", "knows", False, id="writer-belief-nested-knows"),
    pytest.param("I doubt the council believes its own figures.", "believes", False, id="writer-doubt-nested"),
    # a quoted speaker's first person is the speaker's, and a speech cue after the writer's clause stays
    pytest.param('"I think the minister knows it," she said.', "said", True, id="negative-quoted-i-think"),
    pytest.param('"I said no," he told reporters.', "told", True, id="negative-quoted-i-said"),
    pytest.param('"We would ask for patience," the spokeswoman said.', "said", True, id="negative-quoted-we-would"),
    pytest.param("I asked the minister, who said the plan was fair.", "said", True, id="negative-writer-asked-who-said"),
    pytest.param(
        "I suppose that ends the matter, said the rail minister on Friday.", "said", True, id="negative-writer-then-inverted"
    ),
    pytest.param("Officials believe the plan will work.", "believe", True, id="negative-third-person-belief"),
]


@pytest.mark.parametrize(("text", "cue", "present"), _WRITER)
def test_sourcing_round9_writer_first_person(text, cue, present):
    assert (cue in cues(text)) is present


def test_sourcing_round9_writer_rule_keeps_the_speakers_source():
    t = table('"I think the minister knows it," she said.')
    assert t["source"].tolist() == ["she"]


# --- source spans, classes, kinds and resolution -------------------------------------------------------
_ROWS = [
    # a document's participle keeps its time, a document keeps its place ("on the website")
    pytest.param(
        "Fares rose by 9%, figures released on Monday show.",
        "show",
        "figures released on Monday",
        "",
        "document",
        None,
        id="document-participle-time",
    ),
    pytest.param(
        "The survey published last week suggests most drivers agree.",
        "suggests",
        "The survey published last week",
        "",
        "document",
        None,
        id="document-participle-last-week",
    ),
    pytest.param(
        "The minister on Thursday said the plan was fair.",
        "said",
        "The minister",
        "",
        "role",
        "official",
        id="negative-person-time",
    ),
    pytest.param(
        "A notice on the council's website says the pool will close.",
        "says",
        "A notice on the council's website",
        "",
        "document",
        None,
        id="document-on-place",
    ),
    pytest.param(
        "A report in the journal Science says the ice is thinning.",
        "says",
        "A report in the journal Science",
        "",
        "document",
        None,
        id="document-in-journal",
    ),
    pytest.param(
        "The mayor in her speech said the plan was fair.",
        "said",
        "The mayor",
        "",
        "role",
        "official",
        id="negative-person-in-speech",
    ),
    # accounts are a document
    pytest.param(
        "The charity's accounts, filed in June, show a deficit of £2m.",
        "show",
        "The charity's accounts, filed in June",
        "",
        "document",
        None,
        id="accounts-document",
    ),
    # anonymity with its reason is part of the phrase
    pytest.param(
        "A police source, speaking on condition of anonymity because he was not allowed to talk to the press,"
        " said two men had been held.",
        "said",
        "A police source, speaking on condition of anonymity because he was not allowed to talk to the press",
        "",
        "unnamed",
        None,
        id="anonymity-with-reason",
    ),
    pytest.param(
        "A police source, speaking after the hearing, said two men had been held.",
        "said",
        "A police source",
        "",
        "unnamed",
        None,
        id="negative-speaking-no-anonymity",
    ),
    # a body's name modifying a person noun: the person is the head
    pytest.param(
        "The Department for Transport official said the line would reopen.",
        "said",
        "The Department for Transport official",
        "",
        "role",
        "official",
        id="body-name-official",
    ),
    pytest.param(
        "The Bank of England governor said rates would hold.",
        "said",
        "The Bank of England governor",
        "",
        "role",
        "official",
        id="body-name-governor",
    ),
    pytest.param(
        "The Ministry of Defence said the base would stay open.",
        "said",
        "The Ministry of Defence",
        "",
        "organisation",
        "official",
        id="negative-body-name",
    ),
    # an inner "&" keeps a name whole
    pytest.param(
        "The fire's cause is unknown, though AT&T said its mast was not at fault.",
        "said",
        "AT&T",
        "",
        "organisation",
        "organisation",
        id="ampersand-name",
    ),
    # an apposition headed by a body noun makes a body
    pytest.param(
        "Meadow Watch, a campaign group formed last year, said it would appeal.",
        "said",
        "Meadow Watch, a campaign group formed last year",
        "Meadow Watch",
        "organisation",
        "organisation",
        id="apposition-campaign-group",
    ),
    pytest.param(
        "Friends of the Earth, the environmental charity, said the plan was reckless.",
        "said",
        "Friends of the Earth, the environmental charity",
        "Friends of the Earth",
        "organisation",
        "organisation",
        id="apposition-charity-friends",
    ),
    pytest.param(
        "Friends of the victim said he was generous.",
        "said",
        "Friends of the victim",
        "",
        "vague",
        None,
        id="negative-friends-of-person",
    ),
    pytest.param(
        "Jane Roe, a charity worker, said the hall was full.",
        "said",
        "Jane Roe, a charity worker",
        "Jane Roe",
        "named",
        None,
        id="negative-person-charity-worker",
    ),
    # a body's head is of the body's kind; a government body's stays official
    pytest.param(
        "Kestrel Motors' head of safety, Ann Cole, said the fault was rare.",
        "said",
        "Kestrel Motors' head of safety, Ann Cole",
        "Ann Cole",
        "named",
        None,
        id="negative-plural-possessive-head-span",
    ),
    pytest.param(
        "Acme's head of sales, Ann Cole, said the fault was rare.",
        "said",
        "Acme's head of sales, Ann Cole",
        "Ann Cole",
        "named",
        "organisation",
        id="company-head-organisation",
    ),
    pytest.param(
        "The council's head of housing, Ann Cole, said the site was suitable.",
        "said",
        "The council's head of housing, Ann Cole",
        "Ann Cole",
        "named",
        "official",
        id="negative-council-head-official",
    ),
    # fire and ambulance services and their ranks are official
    pytest.param(
        "Battalion Chief Ana Ruiz told reporters the fire was contained.",
        "told",
        "Battalion Chief Ana Ruiz",
        "Ana Ruiz",
        "named",
        "official",
        id="battalion-chief",
    ),
    pytest.param(
        "The blaze was contained, according to Kern County Fire.",
        "according to",
        "Kern County Fire",
        "",
        "organisation",
        "official",
        id="fire-service-name",
    ),
    pytest.param(
        "The road was shut, according to Westshire Fire and Rescue.",
        "according to",
        "Westshire Fire and Rescue",
        "",
        "organisation",
        "official",
        id="fire-and-rescue-name",
    ),
    pytest.param(
        "Acme Foods said the recall was voluntary.",
        "said",
        "Acme Foods",
        "",
        "organisation",
        "organisation",
        id="negative-company-not-official",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "resolved_to", "source_class", "source_kind"), _ROWS)
def test_sourcing_round9_rows(text, cue, source, resolved_to, source_class, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


_RESOLUTION = [
    # "the company" after a company named behind a describing noun is that company, by its name
    pytest.param(
        "Toy maker Brightkite is recalling 5,000 kites after a fault, the company said.",
        "said",
        "the company",
        "Brightkite",
        "organisation",
        "organisation",
        id="company-after-describing-noun",
    ),
    pytest.param(
        "Supermarket chain Fairway will shut six stores, the firm said on Monday.",
        "said",
        "the firm",
        "Fairway",
        "organisation",
        "organisation",
        id="firm-after-chain",
    ),
    pytest.param(
        "The mayor opened the bridge on Monday. The company said tolls would start in May.",
        "said",
        "The company",
        "",
        "organisation",
        "organisation",
        id="negative-company-nothing-before",
    ),
    # a singular "they" for a gender-neutral person noun right before
    pytest.param(
        "A spokesperson for the council said the road would reopen. They added that repairs cost £40,000.",
        "added",
        "They",
        "A spokesperson for the council",
        "role",
        "official",
        id="singular-they-spokesperson",
    ),
    pytest.param(
        "Residents said the road flooded twice. They added that nobody came.",
        "added",
        "They",
        "Residents",
        "role",
        "citizen",
        id="negative-plural-they",
    ),
    pytest.param(
        "A spokesman said the road would reopen. They added that repairs cost £40,000.",
        "added",
        "They",
        "",
        "role",
        None,
        id="negative-gendered-noun-no-singular-they",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "resolved_to", "source_class", "source_kind"), _RESOLUTION)
def test_sourcing_round9_resolution(text, cue, source, resolved_to, source_class, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


# --- a floating quotation resuming the quotation before is no row of its own -----------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param('"We are sorry," she said. "It will not happen again."', 1, id="resumed-quotation"),
        pytest.param(
            '"We are sorry," she said. "It will not happen again." "We have changed the rules."',
            1,
            id="resumed-twice",
        ),
        pytest.param(
            'Jo Hale said the plan failed. "Nobody listened to us at all."', 2, id="negative-after-indirect"
        ),
        pytest.param('"We are sorry," she said.\n\n"It will not happen again."', 2, id="negative-new-paragraph"),
    ],
)
def test_sourcing_round9_floating_quotation_rows(text, rows):
    assert len(table(text)) == rows
