"""Sourcing round thirteen: the classes of error of the round-thirteen blind articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from mediakit.metrics.sourcing.resolve import _in_org_name
from tests.metrics.sourcing_rows import cues, row_with_source, table


# --- no row: phrases that are not attributions ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The water board did not respond to questions by deadline.", id="no-response-questions"),
        pytest.param("The company did not respond.", id="no-response-bare"),
        pytest.param("The mayor did not return calls seeking comment on Friday.", id="no-return-calls"),
        pytest.param("The firm has not replied to two emails sent on Monday.", id="no-reply-emails"),
        pytest.param("The club didn't answer written questions about the fees.", id="no-answer-questions"),
        pytest.param("Residents first noticed the smell on Sunday morning.", id="perception-noticed-thing"),
        pytest.param("Walkers noticed dozens of dead birds on the shore.", id="perception-noticed-quantity"),
    ],
)
def test_sourcing_round13_non_response_gives_no_row(text: str) -> None:
    assert table(text).empty, table(text)[["cue", "source"]].values.tolist()


# --- negatives: a response that is given stays an attribution -------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("The minister responded to the critics on Monday.", "responded", id="response-given"),
        pytest.param("The mayor replied that the road would reopen.", "replied", id="reply-given"),
        pytest.param(
            "The firm has not replied to emails, but Jane Roe said it was fine.", "said", id="later-cue-kept"
        ),
        pytest.param("Residents noticed that the river was rising fast.", "noticed", id="noticed-that-kept"),
        pytest.param("Residents noticed the river was rising fast.", "noticed", id="noticed-clause-kept"),
    ],
)
def test_sourcing_round13_response_given_keeps_row(text: str, cue: str) -> None:
    assert cue in cues(text)


# --- spans: the source phrase of a cue --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # an absolute "with" clause: the noun phrase after "with" is the participle's subject
        pytest.param(
            "A primary school in west Leeds has been closed, with inspectors warning that pupils were at risk.",
            "warning",
            "inspectors",
            id="with-clause-warning",
        ),
        pytest.param(
            "The bridge was shut on Monday, with engineers saying it was unsafe.",
            "saying",
            "engineers",
            id="with-clause-saying",
        ),
        # a document about a named subject: the name is the document's topic, inside the phrase
        pytest.param(
            "The report on Marlow Grange School, published on Tuesday, found that staff were overworked.",
            "found",
            "The report on Marlow Grange School, published on Tuesday",
            id="document-on-name-participle",
        ),
        pytest.param(
            "An audit on Kestrel Rail found that trains ran late.",
            "found",
            "An audit on Kestrel Rail",
            id="document-on-name",
        ),
        # negative: a named body that speaks "on" a day keeps its own name
        pytest.param(
            "Marlow Grange School said on Monday that staff were overworked.",
            "said",
            "Marlow Grange School",
            id="name-said-on-day",
        ),
        # a plural person noun that is also a verb form ("advocates") before a cue: the subject's head
        pytest.param(
            "Tenant advocates have long warned that rents would rise.",
            "warned",
            "Tenant advocates",
            id="plural-noun-advocates-aux",
        ),
        pytest.param(
            "Privacy advocates say the app leaks data.", "say", "Privacy advocates", id="plural-noun-say"
        ),
        # negative: the verb "advocates" after a subject stays the cue
        pytest.param(
            "The mayor advocates a new tax on hotels.", "advocates", "The mayor", id="verb-advocates-kept"
        ),
        # a singular estimate takes its "by" agent like a document
        pytest.param(
            "Costs will rise, according to an estimate by the independent Budget Office.",
            "according to",
            "an estimate by the independent Budget Office",
            id="estimate-by-agent",
        ),
        # negative: "by" + a time is no agent
        pytest.param(
            "Costs will rise, according to an estimate by Tuesday.",
            "according to",
            "an estimate",
            id="estimate-by-time",
        ),
        # a means phrase after a document's agent stays in the document's phrase
        pytest.param(
            "Figures obtained by the Halden Gazette under freedom of information laws show the ward closed twice.",
            "show",
            "Figures obtained by the Halden Gazette under freedom of information laws",
            id="document-agent-means",
        ),
        # negative: "under" after a person's participle is no document's means
        pytest.param(
            "Jane Roe, speaking under oath, said the ward closed.", "said", "Jane Roe", id="person-under-oath"
        ),
        # negative: "with" + a thing, then a comma: the participle's subject is the main clause's
        pytest.param(
            "She left with a smile, saying she was proud.",
            "saying",
            "She",
            id="with-thing-comma-main-subject",
        ),
    ],
)
def test_sourcing_round13_source_span(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- a word that is no cue in its sentence ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param(
            "Tenant advocates warned that rents would rise.", "advocates", id="plural-noun-then-verb"
        ),
        pytest.param(
            "Consumer advocates have long said the locks are weak.", "advocates", id="plural-noun-then-aux"
        ),
    ],
)
def test_sourcing_round13_word_is_no_cue(text: str, word: str) -> None:
    assert word not in cues(text)


# --- resolution: a pronoun takes the person, not a place or a newspaper named near it ---------------------
@pytest.mark.parametrize(
    ("text", "resolved_to"),
    [
        pytest.param(
            "Rep. Tom Hale, a Republican from Eau Claire who sponsored the bill, called the veto a stunt. "
            "He said the bill was fair.",
            "Tom Hale",
            id="place-after-party-from",
        ),
        pytest.param(
            "Tom Hale, a farmer from Green Bay, said the crop failed. He said prices fell.",
            "Tom Hale",
            id="place-after-role-from",
        ),
        pytest.param(
            'Its lead author, Dr Mara Holt, told the Tarrow Courier the deaths were expected. "It is bad," she said.',
            "Mara Holt",
            id="newspaper-after-the",
        ),
    ],
)
def test_sourcing_round13_pronoun_resolution(text: str, resolved_to: str) -> None:
    rows = table(text)
    pronoun = rows[rows["source"].str.lower().isin(["he", "she"])]
    assert list(pronoun["resolved_to"]) == [resolved_to], rows[
        ["cue", "source", "resolved_to"]
    ].values.tolist()


@pytest.mark.parametrize(
    ("text", "pair", "place"),
    [
        pytest.param("Tom Hale, a farmer from Green Bay, said", "Green Bay", True, id="role-from-place"),
        pytest.param("a Democrat from Eau Claire said", "Eau Claire", True, id="party-from-place"),
        pytest.param("She told the Tarrow Courier that", "Tarrow Courier", True, id="the-newspaper"),
        # negatives: a person after "a message from" or at a clause start stays a person
        pytest.param("She read a message from Tom Hale and", "Tom Hale", False, id="message-from-person"),
        pytest.param(
            "The Tarrow Courier reported that", "Tarrow Courier", False, id="sentence-start-not-decided-here"
        ),
        pytest.param("She spoke to Tom Hale on", "Tom Hale", False, id="to-person"),
    ],
)
def test_sourcing_round13_pair_is_no_person(text: str, pair: str, place: bool) -> None:
    assert _in_org_name(text, text.index(pair), pair) is place


# --- classes and kinds --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "A source in the ministry said the plan was dead.",
            "said",
            "A source in the ministry",
            "unnamed",
            id="source-in-body",
        ),
        pytest.param(
            "A source at the club said the manager would stay.",
            "said",
            "A source at the club",
            "unnamed",
            id="source-at-body",
        ),
        # a home (care home, funeral home) is a body
        pytest.param(
            "According to the funeral home, a service will be held on Friday.",
            "According to",
            "the funeral home",
            "organisation",
            id="funeral-home-organisation",
        ),
        pytest.param(
            "The care home said the resident was well.",
            "said",
            "The care home",
            "organisation",
            id="care-home-said",
        ),
        # negative: a document stays a document
        pytest.param(
            "According to the notice, a service will be held on Friday.",
            "According to",
            "the notice",
            "document",
            id="notice-document",
        ),
        # negative: "the source of" a thing is no anonymous speaker
        pytest.param(
            "The source of the leak said nothing.",
            "said",
            "The source of the leak",
            "role",
            id="source-of-thing",
        ),
    ],
)
def test_sourcing_round13_class(text: str, cue: str, source: str, source_class: str) -> None:
    assert row_with_source(text, cue, source).source_class == source_class


@pytest.mark.parametrize(
    ("text", "source", "source_kind"),
    [
        pytest.param(
            "Kerry TD Sean Murphy said the road was unsafe.", "Kerry TD Sean Murphy", "official", id="td"
        ),
        pytest.param(
            "Fife MSP Ann Reid said the road was unsafe.", "Fife MSP Ann Reid", "official", id="msp"
        ),
        # a secretary of a body named by "Its" is the body's officer
        pytest.param(
            "The Dockers Union said staff were tired. Its district secretary, Ann Reid, said pay was low.",
            "Its district secretary, Ann Reid",
            "organisation",
            id="its-secretary-organisation",
        ),
        # negative: a government secretary stays official
        pytest.param(
            "Housing secretary Ann Reid said pay was low.",
            "Housing secretary Ann Reid",
            "official",
            id="secretary-official",
        ),
        # a study's lead author or co-author is a researcher
        pytest.param(
            "A study found rents rose. Its lead author, Dr Mara Holt, said the rise was steep.",
            "Its lead author, Dr Mara Holt",
            "expert",
            id="lead-author-expert",
        ),
        pytest.param(
            "The co-author of the paper, Tom Hale, said the data were clear.",
            "The co-author of the paper, Tom Hale",
            "expert",
            id="co-author-expert",
        ),
        # negative: an author with no study word keeps no expert kind
        pytest.param(
            "The author Tom Hale said the novel was late.",
            "The author Tom Hale",
            "unknown",
            id="author-unknown",
        ),
        # negative: a person with no title keeps no kind
        pytest.param("Sean Murphy said the road was unsafe.", "Sean Murphy", "unknown", id="no-title"),
    ],
)
def test_sourcing_round13_kind(text: str, source: str, source_kind: str) -> None:
    assert row_with_source(text, "said", source).source_kind == source_kind


@pytest.mark.parametrize(
    ("text", "resolved_to", "source_kind"),
    [
        pytest.param(
            "The man was hurt, Avon Police said. He was released on bail, the force said.",
            "Avon Police",
            "official",
            id="force-to-police",
        ),
        pytest.param(
            "Police are appealing for witnesses. The man was hurt, Avon Police said. He was released on bail, the force said.",
            "Avon Police",
            "official",
            id="force-to-police-not-bare-police",
        ),
        # negative: a company is no police force
        pytest.param(
            "The man was hurt, Acme Ltd said. He was released on bail, the force said.",
            "",
            "organisation",
            id="force-not-company",
        ),
    ],
)
def test_sourcing_round13_force_resolves_to_police(text: str, resolved_to: str, source_kind: str) -> None:
    r = row_with_source(text, "said", "the force")
    assert (r.resolved_to, r.source_kind) == (resolved_to, source_kind)


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to"),
    [
        # a description with a modifier of its own is not linked by kind alone
        pytest.param(
            "The Department of Roads said it was working on the bridge. "
            "It shut early, according to the island's community council.",
            "according to",
            "the island's community council",
            "",
            id="modified-description-not-by-kind",
        ),
        # negative: a bare (or generically modified) description still links by kind
        pytest.param(
            "The Daily Mail reported the deal. The local newspaper said it was true.",
            "said",
            "The local newspaper",
            "The Daily Mail",
            id="generic-modifier-by-kind",
        ),
    ],
)
def test_sourcing_round13_description_link(text: str, cue: str, source: str, resolved_to: str) -> None:
    assert row_with_source(text, cue, source).resolved_to == resolved_to


# --- cues: "warning that" as a verb is the speech verb "warning"; as a noun it stays the nominal cue ---------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("The union is warning that jobs will go.", "warning", id="be-warning-verb"),
        pytest.param(
            "The ward shut, with doctors warning that staff were tired.",
            "warning",
            id="with-plural-warning-verb",
        ),
        pytest.param(
            "Officials are repeatedly warning that roads may flood.", "warning", id="adverb-warning-verb"
        ),
        # negatives: the noun after a possessive or a determiner stays the nominal cue
        pytest.param(
            "Ofsted's warning that pupils were unsafe was ignored.", "warning that", id="possessive-noun"
        ),
        pytest.param("The mayor gave a warning that roads may flood.", "warning that", id="determiner-noun"),
    ],
)
def test_sourcing_round13_warning_cue(text: str, cue: str) -> None:
    assert cue in cues(text)
