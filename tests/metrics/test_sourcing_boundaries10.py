"""Sourcing source boundaries, round ten: general span patterns (docs/sourcing.md "Source spans").

Each rule has its own invented sentences (names and wording made up; no corpus text, see
tests/test_no_corpus_text.py) and negative cases that must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from mediakit.metrics import sourcing
from mediakit.text.parse import parse
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
            "And, according to the survey, 58 percent of renters — and 22 percent of owners — expect higher bills.",
            "according to",
            "the survey",
            id="after-conjunction-comma-number-subject",
        ),
        pytest.param(
            "The sharpest gaps, according to the survey, include region (northern towns lean left) and schooling.",
            "according to",
            "the survey",
            id="parenthetical-then-verb",
        ),
        pytest.param(
            "According to first results of surveys run for the Evening Courier, older tenants make up a third "
            "of the renters in each district, and in Tarrow nearly half.",
            "According to",
            "first results of surveys run for the Evening Courier",
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
            "The plan will cost more, according to Jane Roe, a lecturer in chemistry at Tarrow College in Wales.",
            "according to",
            "Jane Roe, a lecturer in chemistry at Tarrow College in Wales",
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
            "He and his lawyers vowed to appeal.", "vowed", "He and his lawyers", id="pronoun-and-possessive"
        ),
        pytest.param(
            "Afterwards she and Ms. Okafor said the merger was finished.",
            "said",
            "she and Ms. Okafor",
            id="pronoun-and-name",
        ),
        pytest.param(
            "Four current and former engineers said the company cut corners.",
            "said",
            "Four current and former engineers",
            id="paired-modifiers",
        ),
        pytest.param(
            "Many economists and some regulators say the tariff is clumsy.",
            "say",
            "Many economists and some regulators",
            id="lower-case-head-then-determiner",
        ),
        pytest.param(
            "The minister and her advisers intend to abstain.",
            "intend",
            "The minister and her advisers",
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
            "Many in the audience said the speaker was sincere.", "said", "Many in the audience", id="count-in-group"
        ),
        pytest.param(
            "Engineers in both towns insist the bridge is sound.",
            "insist",
            "Engineers in both towns",
            id="person-noun-in-place",
        ),
        pytest.param(
            "The government in Beijing acknowledged the costs.",
            "acknowledged",
            "The government in Beijing",
            id="body-in-place-name",
        ),
        pytest.param(
            "Some members at the congress in Glasgow said they backed it.",
            "said",
            "Some members at the congress in Glasgow",
            id="determiner-noun-before-place-name",
        ),
        pytest.param(
            "A poll of voters in the state showed that change matters.",
            "showed",
            "A poll of voters in the state",
            id="document-of-persons-in-place",
        ),
        pytest.param(
            "Okafor in her speech said the port would grow.", "said", "Okafor", id="negative-name-speech-event"
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


# --- after the cue too: "according to witnesses in attendance", "a story in the Tarrow Gazette" -


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The count was botched, according to witnesses in attendance.",
            "according to",
            "witnesses in attendance",
            id="in-attendance",
        ),
        pytest.param(
            "The merger is off, according to a story in the Tarrow Gazette.",
            "according to",
            "a story in the Tarrow Gazette",
            id="document-in-newspaper",
        ),
        pytest.param(
            "The drill failed, according to the engineer in charge of the site.",
            "according to",
            "the engineer in charge of the site",
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
            "The defeat was harsh for Ms. Okonjo, who said she planned to retire.",
            "Okonjo",
            id="adjective-before-for",
        ),
        pytest.param(
            "It was drafted with advice from Transport Secretary Miriam Hale, who said she expects approval.",
            "Miriam Hale",
            id="event-noun-before-from",
        ),
        pytest.param(
            "The mayor sat through a rebuke from the Danish minister, who said that tolls were unfair.",
            "the Danish minister",
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
            "Marsh, who'd once endorsed Ortega, chairs a budget panel.",
            "endorsed",
            "who'd",
            "Marsh",
            id="who-would",
        ),
        pytest.param(
            "The motion was pushed by Wendell Strand, who’s argued for decades that members are unbound.",
            "argued",
            "who’s",
            "Wendell Strand",
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
            "Several ministers, including Patel, said the budget was thin.",
            "said",
            "Several ministers, including Patel",
            id="including-before-cue",
        ),
        pytest.param(
            '"It is weak," said several officials, including the mayor.',
            "said",
            "several officials, including the mayor",
            id="including-after-inverted-cue",
        ),
        pytest.param(
            "The contest is tight, according to four new surveys, including one from Tarrow College.",
            "according to",
            "four new surveys, including one from Tarrow College",
            id="including-after-according-to",
        ),
        pytest.param(
            '"It is weak," said Lena Fiske, head of the Institute for Transit Studies, a centrist think tank.',
            "said",
            "Lena Fiske, head of the Institute for Transit Studies, a centrist think tank",
            id="body-appositive-inside-appositive",
        ),
        pytest.param(
            '"It is weak," said Ann Cole, chair of KRB, a trade group, on Monday.',
            "said",
            "Ann Cole, chair of KRB, a trade group",
            id="body-appositive-then-adverbial",
        ),
        pytest.param(
            '"It is weak," said Ann Cole, chair of KRB, a deal was said to be near.',
            "said",
            "Ann Cole, chair of KRB",
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
            "The plan was backed by Okafor and her allies.",
            "backed",
            "Okafor and her allies",
            id="agent-name-and-possessive",
        ),
        # two named people: the attribution's span is the whole coordination (the table lists each person:
        # test_sourcing_leftovers15)
        pytest.param(
            '"It is weak," said Hana Voss and Pedro Alcantara.',
            "said",
            "Hana Voss and Pedro Alcantara",
            id="inverted-two-names",
        ),
        pytest.param(
            "The fees were criticized by Conservative and independent councillors.",
            "criticized",
            "Conservative and independent councillors",
            id="agent-paired-modifiers",
        ),
        pytest.param(
            "The legend is older, according to the study and the audit.",
            "according to",
            "the study and the audit",
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
    spans = [a.source.text for a in sourcing.analyse(parse(text)).attributions if a.cue == cue]
    assert spans == [source]


# --- shares, "neither ... nor", "like X" after a group, name particles, "only" before a count --


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "62% of Liberals said they trusted him.", "said", "62% of Liberals", id="percent-of-group"
        ),
        pytest.param(
            "Neither Patel nor Moreau acknowledged the mistake.",
            "acknowledged",
            "Neither Patel nor Moreau",
            id="neither-nor-names",
        ),
        pytest.param(
            "Neither Ms. Varga nor other managers identified the supplier.",
            "identified",
            "Neither Ms. Varga nor other managers",
            id="neither-nor-name-and-group",
        ),
        pytest.param(
            "Some analysts like Brennan say the tariff is clumsy.",
            "say",
            "Some analysts like Brennan",
            id="group-like-name",
        ),
        pytest.param(
            "Mayor Luc de Vries said the plan was weak.",
            "said",
            "Mayor Luc de Vries",
            id="name-particle-de",
        ),
        pytest.param(
            "The Dutch paper quoted Anna van der Berg, who said the plan was weak.",
            "said",
            "who",
            id="negative-relative-unchanged",
        ),
        pytest.param(
            "Only four governors endorsed her.", "endorsed", "Only four governors", id="only-before-count"
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
            "Corey Lund, 41, of Tupelo, Miss., dismisses the claim.",
            "dismisses",
            "Corey Lund, 41, of Tupelo, Miss.",
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
            "Okafor, speaking at a meeting in Asheville, N.C., said the plan was weak.",
            "said",
            "Okafor",
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


# --- a chain of conjuncts is read once per conjunct, not 2^n times -------------------------------


@pytest.mark.parametrize("n", [1, 5, 30])
def test_sourcing_conjunct_chain_reads_each_conjunct_once(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from mediakit.metrics.sourcing import spans

    calls = 0
    inner = spans._np_right

    def counted(*args: Any) -> int:
        nonlocal calls
        calls += 1
        assert calls < 500, "the chain is read again at every conjunct"  # fails fast, not after 2^n reads
        return inner(*args)

    monkeypatch.setattr(spans, "_np_right", counted)
    chain = "the report" + " and the report" * n
    r = row_with_source(f"The plan failed, according to {chain}.", "according to", chain)
    assert r.cue == "according to"
    assert calls <= 4 * (n + 1) + 20, calls
