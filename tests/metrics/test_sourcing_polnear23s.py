"""Sourcing round twenty-four: sources of found cues, mined from PolNeAR train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike the rule must leave alone).
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import first_source as _source_of
from tests.metrics.sourcing_rows import row_with_source, table


# --- person and group nouns the source lexicon lacked ("the host", "both sides", "the mayor's camp") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The host said the bridge was late.", "said", "The host", id="host"),
        pytest.param("Its hosts report that the ferry is late.", "report", "Its hosts", id="hosts"),
        pytest.param("The prince said the bridge was late.", "said", "The prince", id="prince"),
        pytest.param("The admiral said the fleet was ready.", "said", "The admiral", id="admiral"),
        pytest.param("Both sides said the talks would resume.", "said", "Both sides", id="both-sides"),
        pytest.param("The Vale camp said the count was wrong.", "said", "The Vale camp", id="camp"),
        pytest.param("The dam's backers said it was safe.", "said", "The dam's backers", id="backers"),
        pytest.param(
            "The mayor's inner circle believes the vote is lost.",
            "believes",
            "The mayor's inner circle",
            id="inner-circle",
        ),
        pytest.param("Each faction argued that the rule was unfair.", "argued", "Each faction", id="faction"),
    ],
)
def test_sourcing_group_nouns(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The other side of the river shows damage.", id="side-of-a-place"),
        pytest.param("Public opinion shows a shift toward the plan.", id="public-opinion"),
        pytest.param("A circle shows the damage on the map.", id="circle-drawn"),
    ],
)
def test_sourcing_group_nouns_not(text):
    t = table(text)
    assert not any(s for s in t["source"]), t[["cue", "source"]].values.tolist()


# --- "a host of", "a slew of", "a chorus of": the count's members are the source, not "host" ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("A chorus of local farmers said the dam was unsafe.", "said", "A chorus of local farmers", id="chorus"),
        pytest.param("A slew of council leaders agree with the plan.", "agree", "A slew of council leaders", id="slew"),
    ],
)
def test_sourcing_a_count_of_people(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "On the radio last week, Tom Vale said his band and a friend, Ann Lee, wrote a host of new songs.",
            "wrote",
            id="a-host-of-songs",
        ),
        pytest.param("Piet Mulder unleashed a series of posts early Friday.", "unleashed", id="a-series-of-posts"),
    ],
)
def test_sourcing_a_count_of_things_not(text, cue):
    for r in table(text).itertuples():
        assert not (r.cue == cue and ("host" in r.source or "series" in r.source)), r.source


# --- a finite verb right after a closed quotation is inverted: the speaker follows ('"...," mused Lee') ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("“It was late,” agrees Tom Vale, a baker.", "agrees", "Tom Vale, a baker", id="agrees"),
        pytest.param(
            '"Farmers should stay home," opined the Corvale Gazette.', "opined", "the Corvale Gazette", id="opined"
        ),
        pytest.param(
            "“We will win,” remembered Piet Mulder, the former coach.",
            "remembered",
            "Piet Mulder, the former coach",
            id="remembered",
        ),
        pytest.param(
            "The day was long. “Imagine the mayor on that stage,” mused radio host Ann Lee.",
            "mused",
            "radio host Ann Lee",
            id="mused-after-earlier-sentence",
        ),
        pytest.param("“It was late,” wrote a man calling himself Tom.", "wrote", "a man", id="speaker-then-participle"),
    ],
)
def test_sourcing_inverted_after_quotation(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Tom Vale summed the mayor up as “weak,” denounced her record and left.",
            "denounced",
            "Tom Vale",
            id="quoted-word-inside-a-clause",
        ),
        pytest.param(
            "Ann Lee, star of the show “Night Desk,” thanked the mayor.",
            "thanked",
            "Ann Lee, star of the show “Night Desk,”",
            id="quoted-title-in-apposition",
        ),
    ],
)
def test_sourcing_inverted_after_quotation_not(text, cue, source):
    assert _source_of(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "“It was late,” said Phil Marsh of consulting firm Hale.", "said", "Phil Marsh", id="ing-modifier-of-noun"
        ),
        pytest.param(
            "“It was late,” said council ranking member Ann Lee.",
            "said",
            "council ranking member Ann Lee",
            id="ing-modifier-before-name",
        ),
    ],
)
def test_sourcing_inverted_participle_modifier_not(text, cue, source):
    assert _source_of(text, cue) == source


# --- an age then a home town after a name belong to the phrase ("Ann Lee, 30, of Corvale") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "“It was late,” said Ann Lee, 30, of Corvale, Ore.", "said", "Ann Lee, 30, of Corvale, Ore.", id="of-town-state"
        ),
        pytest.param("“It was late,” agrees Ann Lee, 30, of Corvale.", "agrees", "Ann Lee, 30, of Corvale", id="of-town"),
        pytest.param("Bo Pike, 41, from Dunmore, said it was late.", "said", "Bo Pike, 41, from Dunmore", id="left-from-town"),
    ],
)
def test_sourcing_age_and_home_town(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("“It was late,” said Ann Lee, 30.", "said", "Ann Lee, 30", id="age-alone"),
        pytest.param("“It was late,” said the mayor, 61, of the old school.", "said", "the mayor, 61", id="role-not-name"),
    ],
)
def test_sourcing_age_and_home_town_not(text, cue, source):
    assert _source_of(text, cue) == source


# --- the agent of a participle clause set off or fronted ("As reported by the Gazette, ...") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "As reported by the Dunmore Gazette, the council voted to close the bridge.",
            "reported",
            "the Dunmore Gazette",
            id="fronted-as-reported",
        ),
        pytest.param(
            "As reported by Hale Weekly, last year the council closed the bridge.",
            "reported",
            "Hale Weekly",
            id="fronted-before-time",
        ),
        pytest.param("The plan, deemed unfair by the mayor, failed.", "deemed", "the mayor", id="complement-before-by"),
        pytest.param(
            "The rule, considered sacrosanct by gun owners, stays.", "considered", "gun owners", id="aside-closed"
        ),
        pytest.param("Some tax breaks (favored strongly by farmers) stay.", "favored", "farmers", id="adverb-in-brackets"),
    ],
)
def test_sourcing_participle_agent(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Hale Watch, in releasing the email, noted testimony by Tom Vale, the former envoy.",
            "noted",
            "Hale Watch",
            id="finite-verb-object-then-by",
        ),
        pytest.param("The bill was backed by Ann Lee, a nurse.", "backed", "Ann Lee, a nurse", id="passive-keeps-apposition"),
        pytest.param(
            "Lee, in a statement, responded quickly by calling the mayor a liar.", "responded", "Lee", id="by-gerund"
        ),
    ],
)
def test_sourcing_participle_agent_not(text, cue, source):
    assert _source_of(text, cue) == source


# --- a relative clause set off by a dash or a bracket: "who" stands for the name before the mark ---
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("Tom Vale - who previously said he would close the bridge - changed his mind.", "said", id="spaced-hyphen"),
        pytest.param("It came from Tom Vale (who enthusiastically endorses Lee) and others.", "endorses", id="bracket"),
        pytest.param("Tom Vale — who once said the bridge was safe — left town.", "said", id="em-dash"),
    ],
)
def test_sourcing_relative_after_dash(text, cue):
    row = row_with_source(text, cue, "who")
    assert row.resolved_to == "Tom Vale" or "Vale" in str(row.resolved_to)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The bridge - which the mayor said was safe - fell.", "said", "the mayor", id="object-relative"),
        pytest.param(
            "Tom Vale — who spent years at sea — said the bridge was late.",
            "said",
            "Tom Vale — who spent years at sea",
            id="aside-before-main-verb",
        ),
    ],
)
def test_sourcing_relative_after_dash_not(text, cue, source):
    assert _source_of(text, cue) == source


# --- a fronted participle after "But" / "And", or with a relative clause: the main clause's subject ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "But in describing the plan, the writers are missing the point.", "describing", "the writers", id="but-in"
        ),
        pytest.param(
            "And in explaining why the rules had failed, Ann Lee described the costs.",
            "explaining",
            "Ann Lee",
            id="and-in",
        ),
        pytest.param(
            "But while commenting on the vote, Ann Lee said it was late.", "commenting", "Ann Lee", id="but-while"
        ),
        pytest.param(
            "In rejecting a similar challenge to the plan, which is set for next week, the commission noted the law.",
            "rejecting",
            "the commission",
            id="relative-inside-adverbial",
        ),
    ],
)
def test_sourcing_fronted_participle_subject(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("But Tom Vale, in describing the plan, missed the point.", "describing", "Tom Vale", id="subject-first"),
        pytest.param("But after the vote, Lee said it was late.", "said", "Lee", id="no-participle"),
    ],
)
def test_sourcing_fronted_participle_subject_not(text, cue, source):
    assert _source_of(text, cue) == source
