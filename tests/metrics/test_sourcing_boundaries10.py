"""Sourcing source boundaries, round ten: general span patterns (docs/sourcing.md "Source spans").

Each rule has its own sentences (none taken from any corpus) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import row_with_source

# --- "according to X," never runs into the clause after its comma ------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "According to a recent survey of Ohio farmers, Smith won 30% of the vote, leading the field.",
            "According to",
            "a recent survey of Ohio farmers",
            id="fronted-person-noun-then-name-and-verb",
        ),
        pytest.param(
            "According to a new survey by the council, 70% of adults need help, and 49% live with parents.",
            "According to",
            "a new survey by the council",
            id="fronted-percentage-clause",
        ),
        pytest.param(
            "But, according to the poll, 46 percent of voters — and 31 percent overall — remain undecided.",
            "according to",
            "the poll",
            id="after-conjunction-comma-number-subject",
        ),
        pytest.param(
            "Other big splits, according to the poll, include age (young voters back Roe) and income.",
            "according to",
            "the poll",
            id="parenthetical-then-verb",
        ),
        pytest.param(
            "According to early results of polls run for the Daily Planet, young voters make up a fifth "
            "of the electorate in each county, and in Ohio nearly half.",
            "According to",
            "early results of polls run for the Daily Planet",
            id="fronted-bare-plural-subject",
        ),
        pytest.param(
            'According to the Daily Planet, one city sign read, "Slow down."',
            "According to",
            "the Daily Planet",
            id="fronted-determiner-subject-with-speech-verb",
        ),
        pytest.param(
            "Turnout, according to county records, rose to 64% of voters in the city.",
            "according to",
            "county records",
            id="parenthetical-then-main-verb",
        ),
        pytest.param(
            "The plan will cost more, according to Jane Roe, a professor of law at the University of Leeds in England.",
            "according to",
            "Jane Roe, a professor of law at the University of Leeds in England",
            id="negative-long-appositive-kept",
        ),
        pytest.param(
            "The plan will cost more, according to Jane Roe, spokeswoman for the council.",
            "according to",
            "Jane Roe, spokeswoman for the council",
            id="negative-bare-role-appositive-kept",
        ),
        pytest.param(
            "According to Jane Roe, chief executive of Acme, the plan will cost more.",
            "According to",
            "Jane Roe, chief executive of Acme",
            id="negative-fronted-bare-role-appositive-kept",
        ),
        pytest.param(
            "According to Jane Roe, Acme's chief executive, the plan will cost more.",
            "According to",
            "Jane Roe, Acme's chief executive",
            id="negative-possessive-role-appositive-kept",
        ),
        pytest.param(
            "The plan will cost more, according to Jane Roe, 41, a lawyer.",
            "according to",
            "Jane Roe, 41, a lawyer",
            id="negative-age-then-appositive-kept",
        ),
        pytest.param(
            "According to a March 14, 2019 report by the council, spending rose.",
            "According to",
            "a March 14, 2019 report by the council",
            id="negative-date-comma-inside-phrase",
        ),
        pytest.param(
            "The plan will cost more, according to a post by Jane Roe, director of the Learning Together group.",
            "according to",
            "a post by Jane Roe, director of the Learning Together group",
            id="negative-role-appositive-with-capitalised-ing",
        ),
    ],
)
def test_sourcing_according_to_stops_at_clause(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- a coordinated subject is one source: a pronoun conjunct, two modifiers, a lower-case head ---


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "She and her aides vowed to fight on.", "vowed", "She and her aides", id="pronoun-and-possessive"
        ),
        pytest.param(
            "Later he and Mr. Allen said the deal was dead.",
            "said",
            "he and Mr. Allen",
            id="pronoun-and-name",
        ),
        pytest.param(
            "Three current and former employees said the firm lied.",
            "said",
            "Three current and former employees",
            id="paired-modifiers",
        ),
        pytest.param(
            "Many experts and some lawmakers say the rule is weak.",
            "say",
            "Many experts and some lawmakers",
            id="lower-case-head-then-determiner",
        ),
        pytest.param(
            "The senator and his allies intend to vote no.",
            "intend",
            "The senator and his allies",
            id="role-head-and-possessive",
        ),
        pytest.param(
            "The bill passed the Senate and the governor said he would sign it.",
            "said",
            "the governor",
            id="negative-left-conjunct-is-an-object",
        ),
        pytest.param(
            "He grew up poor when he was a young boy and his father said little.",
            "said",
            "his father",
            id="negative-left-conjunct-after-copula",
        ),
        pytest.param(
            "Voters rejected the plan and local officials said they would try again.",
            "said",
            "local officials",
            id="negative-clause-before-modifier",
        ),
    ],
)
def test_sourcing_coordinated_subject_in_span(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- "in <place or group>" after a person, group, count or document is part of the phrase ----


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Many in the crowd said the senator was honest.", "said", "Many in the crowd", id="count-in-group"
        ),
        pytest.param(
            "Officials in both cities insist the plan is safe.",
            "insist",
            "Officials in both cities",
            id="person-noun-in-place",
        ),
        pytest.param(
            "The government in Beijing acknowledged the costs.",
            "acknowledged",
            "The government in Beijing",
            id="body-in-place-name",
        ),
        pytest.param(
            "Some delegates at the convention in Philadelphia said they welcomed it.",
            "said",
            "Some delegates at the convention in Philadelphia",
            id="determiner-noun-before-place-name",
        ),
        pytest.param(
            "A poll of voters in the state showed that change matters.",
            "showed",
            "A poll of voters in the state",
            id="document-of-persons-in-place",
        ),
        pytest.param(
            "Trump in his speech said the wall would rise.", "said", "Trump", id="negative-name-speech-event"
        ),
        pytest.param(
            "Officials in a statement said the road was shut.",
            "said",
            "Officials",
            id="negative-statement-is-adverbial",
        ),
        pytest.param(
            "Local officials in October said the road was shut.",
            "said",
            "Local officials",
            id="negative-month-is-adverbial",
        ),
        pytest.param(
            "Local officials in 2019 said the road was shut.",
            "said",
            "Local officials",
            id="year-is-adverbial-not-source",
        ),
    ],
)
def test_sourcing_in_phrase_after_person_in_span(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- after the cue too: "according to people in attendance", "a report in the Daily Planet" ----


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The vote was rigged, according to people in attendance.",
            "according to",
            "people in attendance",
            id="in-attendance",
        ),
        pytest.param(
            "The deal is off, according to a report in the Daily Planet.",
            "according to",
            "a report in the Daily Planet",
            id="document-in-newspaper",
        ),
        pytest.param(
            "The plan failed, according to the officer in charge of the base.",
            "according to",
            "the officer in charge of the base",
            id="in-charge-of",
        ),
        pytest.param(
            '"We won," said officials in all 50 states.',
            "said",
            "officials in all 50 states",
            id="inverted-states-after-number-is-a-noun",
        ),
        pytest.param(
            "The man fled, according to police in Baytown, Texas.",
            "according to",
            "police in Baytown, Texas",
            id="full-state-name-takes-no-sentence-dot",
        ),
        pytest.param(
            '"It is over," said a spokesman in a statement.',
            "said",
            "a spokesman",
            id="negative-statement-is-adverbial",
        ),
        pytest.param(
            '"It is over," said Jane Roe in Leeds.', "said", "Jane Roe", id="negative-name-then-place"
        ),
        pytest.param(
            '"It is over," said officials in October.', "said", "officials", id="negative-month-is-adverbial"
        ),
    ],
)
def test_sourcing_in_phrase_after_cue_in_span(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


def test_sourcing_in_phrase_core_is_the_head() -> None:
    """The phrase after "in" is part of the span, not of the entity: "police in Baytown" resolves to no place."""
    r = row_with_source(
        "The man fled, according to police in Baytown, Texas.", "according to", "police in Baytown, Texas"
    )
    assert r.resolved_to != "Texas"
    assert r.source_class == "organisation"


# --- a relative pronoun's antecedent is the person after a preposition, not the word before it --


@pytest.mark.parametrize(
    ("text", "resolved_to"),
    [
        pytest.param(
            "The loss was steep for Mr. Sanders, who said he intended to rest.",
            "Sanders",
            id="adjective-before-for",
        ),
        pytest.param(
            "It was negotiated with help from Labor Secretary Thomas Perez, who said he expects a deal.",
            "Thomas Perez",
            id="event-noun-before-from",
        ),
        pytest.param(
            "Trump endured a lecture from the Mexican president, who said that trade was good.",
            "the Mexican president",
            id="event-noun-before-from-role",
        ),
        pytest.param(
            "We met a spokesman for the council, who said the road was shut.",
            "a spokesman for the council",
            id="negative-person-before-for-kept",
        ),
    ],
)
def test_sourcing_relative_antecedent_after_preposition(text: str, resolved_to: str) -> None:
    r = row_with_source(text, "said", "who")
    assert r.resolved_to == resolved_to


@pytest.mark.parametrize(
    ("text", "cue", "mention", "resolved_to"),
    [
        pytest.param(
            "Collins, who'd previously endorsed Bush, represents a rural district.",
            "endorsed",
            "who'd",
            "Collins",
            id="who-would",
        ),
        pytest.param(
            "The effort was championed by Curly Haugland, who’s argued for years that delegates are free.",
            "argued",
            "who’s",
            "Curly Haugland",
            id="who-has-curly-apostrophe",
        ),
    ],
)
def test_sourcing_relative_contraction_is_the_mention(
    text: str, cue: str, mention: str, resolved_to: str
) -> None:
    assert row_with_source(text, cue, mention).resolved_to == resolved_to


# --- "including X" after a group, and a body's own appositive, are part of the phrase ----------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Several candidates, including Trump, said the plan was weak.",
            "said",
            "Several candidates, including Trump",
            id="including-before-cue",
        ),
        pytest.param(
            '"It is weak," said several officials, including the mayor.',
            "said",
            "several officials, including the mayor",
            id="including-after-inverted-cue",
        ),
        pytest.param(
            "The race is close, according to three recent polls, including one from Monmouth University.",
            "according to",
            "three recent polls, including one from Monmouth University",
            id="including-after-according-to",
        ),
        pytest.param(
            '"It is weak," said Dean Baker, head of the Center for Economic Research, a liberal think tank.',
            "said",
            "Dean Baker, head of the Center for Economic Research, a liberal think tank",
            id="body-appositive-inside-appositive",
        ),
        pytest.param(
            '"It is weak," said Ann Cole, president of NDN, a policy group, on Monday.',
            "said",
            "Ann Cole, president of NDN, a policy group",
            id="body-appositive-then-adverbial",
        ),
        pytest.param(
            '"It is weak," said Ann Cole, president of NDN, a deal was said to be near.',
            "said",
            "Ann Cole, president of NDN",
            id="negative-clause-after-appositive",
        ),
        pytest.param(
            '"It is weak," said Ann Cole, a lawyer, a view others share.',
            "said",
            "Ann Cole, a lawyer",
            id="negative-no-body-name-before-comma",
        ),
        pytest.param(
            "Prices rose, including rents, officials said.",
            "said",
            "officials",
            id="negative-including-in-another-clause",
        ),
    ],
)
def test_sourcing_including_and_body_appositive_in_span(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The plan was backed by Sanders and his supporters.",
            "backed",
            "Sanders and his supporters",
            id="agent-name-and-possessive",
        ),
        pytest.param(
            '"It is weak," said Peter Schott and Justin Pierce.',
            "said",
            "Peter Schott and Justin Pierce",
            id="inverted-two-names",
        ),
        pytest.param(
            "The ads were criticized by Democratic and independent analysts.",
            "criticized",
            "Democratic and independent analysts",
            id="agent-paired-modifiers",
        ),
        pytest.param(
            "The idea is old, according to the book and the movie.",
            "according to",
            "the book and the movie",
            id="according-to-two-documents",
        ),
        pytest.param(
            '"We won," said Roe and the crowd cheered.',
            "said",
            "Roe",
            id="negative-conjunct-is-a-clause-subject",
        ),
    ],
)
def test_sourcing_coordination_after_cue_in_span(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- shares, "neither ... nor", "like X" after a group, name particles, "only" before a count --


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "85% of Democrats said they liked her.", "said", "85% of Democrats", id="percent-of-group"
        ),
        pytest.param(
            "Neither Cruz nor Christie acknowledged the error.",
            "acknowledged",
            "Neither Cruz nor Christie",
            id="neither-nor-names",
        ),
        pytest.param(
            "Neither Mr. Comey nor other officials identified the man.",
            "identified",
            "Neither Mr. Comey nor other officials",
            id="neither-nor-name-and-group",
        ),
        pytest.param(
            "Some critics like Huffman say the plan is weak.",
            "say",
            "Some critics like Huffman",
            id="group-like-name",
        ),
        pytest.param(
            "Mayor Bill de Blasio said the plan was weak.",
            "said",
            "Mayor Bill de Blasio",
            id="name-particle-de",
        ),
        pytest.param(
            "The Dutch paper quoted Anna van der Berg, who said the plan was weak.",
            "said",
            "who",
            id="negative-relative-unchanged",
        ),
        pytest.param(
            "Only three senators endorsed him.", "endorsed", "Only three senators", id="only-before-count"
        ),
        pytest.param(
            "Nearly two hundred residents signed it and the mayor said the plan was weak.",
            "said",
            "the mayor",
            id="negative-nearly-elsewhere",
        ),
    ],
)
def test_sourcing_group_forms_in_span(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- "Place, State," right before the cue ends the speaker's phrase, as after the cue -------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Dewayne Smith, 33, of Baldwin, Miss., dismisses the idea.",
            "dismisses",
            "Dewayne Smith, 33, of Baldwin, Miss.",
            id="age-of-place-state-abbreviation",
        ),
        pytest.param(
            "Ann Cole of Yuma, Ariz., said the plan was weak.",
            "said",
            "Ann Cole of Yuma, Ariz.",
            id="name-of-place-state-not-inverted",
        ),
        pytest.param(
            "Ann Cole, a nurse from Trenton, New Jersey, said the plan was weak.",
            "said",
            "Ann Cole, a nurse from Trenton, New Jersey",
            id="appositive-two-word-state",
        ),
        pytest.param(
            "Trump, speaking at a rally in Wilmington, N.C., said the plan was weak.",
            "said",
            "Trump",
            id="negative-adverbial-with-state-left-out",
        ),
        pytest.param(
            "Prices rose in Yuma, Ariz., said Ann Cole.",
            "said",
            "Ann Cole",
            id="negative-clause-with-state-then-inverted",
        ),
    ],
)
def test_sourcing_state_before_cue_in_span(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)
