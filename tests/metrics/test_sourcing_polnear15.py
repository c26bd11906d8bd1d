"""Sourcing round fifteen: source boundaries by general constructions mined from PolNeAR train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike the rule must leave alone).
"""

from __future__ import annotations

import pytest

from mediakit.metrics import sourcing
from mediakit.text.parse import parse
from tests.metrics.sourcing_rows import row_with_source


# --- a count's modifier of degree opens its phrase ("About 9 percent", "more than half") ----------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("About 12 percent said they would stay home.", "said", "About 12 percent", id="about-percent"),
        pytest.param(
            "More than half of the tenants said the rent rise was unfair.",
            "said",
            "More than half of the tenants",
            id="more-than-half",
        ),
        pytest.param(
            "At least a dozen growers told the board they would sell.",
            "told",
            "At least a dozen growers",
            id="at-least-a-dozen",
        ),
        pytest.param("Nearly a third agreed that the ferry was late.", "agreed", "Nearly a third", id="nearly-a-third"),
        pytest.param("Not everyone agreed that the ferry was late.", "agreed", "Not everyone", id="not-everyone"),
        pytest.param(
            "Only 40 percent of the riders said the buses were clean.",
            "said",
            "Only 40 percent of the riders",
            id="only-percent",
        ),
    ],
)
def test_sourcing_polnear15_count_takes_its_degree_modifier(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The fund paid more than most donors said it would.", "said", "most donors", id="more-than-most"
        ),
        pytest.param(
            "At least the report by the auditors found no fraud.",
            "found",
            "the report by the auditors",
            id="at-least-not-a-count",
        ),
        pytest.param("About a week later, officials said the pier was safe.", "said", "officials", id="about-a-week"),
    ],
)
def test_sourcing_polnear15_degree_word_before_no_count_stays_out(text, cue, source):
    row_with_source(text, cue, source)


# --- a contracted auxiliary is no part of a pronoun's mention ("they're saying": "they") ------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The growers met on Monday. They’re saying the levy is unfair.", "saying", "They", id="theyre"),
        pytest.param("The growers met on Monday. They've argued that the levy is unfair.", "argued", "They", id="theyve"),
        pytest.param("The mayor spoke first. She’s said the pier will reopen.", "said", "She", id="shes"),
    ],
)
def test_sourcing_polnear15_contracted_pronoun_mention_is_the_pronoun(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The mayor’s office said the pier will reopen.", "said", "The mayor’s office", id="possessive"),
        pytest.param("Jo Hale's lawyer said the lease was void.", "said", "Jo Hale's lawyer", id="name-possessive"),
    ],
)
def test_sourcing_polnear15_possessive_phrase_keeps_its_apostrophe(text, cue, source):
    row_with_source(text, cue, source)


# --- a heading line before a line break is no part of the speaker ------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Best moments of the night\n\n3\nAna Ruiz said the show was the best yet.", "Ana Ruiz", id="number"),
        pytest.param("Mayor Talks About The Flood Defences\nTom Bell said the wall would hold.", "Tom Bell", id="title-case"),
        pytest.param("A Sign Of Trouble\nSen. Ann Marlow said the bill would stall.", "Sen. Ann Marlow", id="title-and-name"),
    ],
)
def test_sourcing_polnear15_heading_line_is_cut_from_the_source(text, source):
    row_with_source(text, "said", source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Chief economist\nJane Roe said rates would rise.", "Chief economist\nJane Roe", id="wrapped-title"),
        pytest.param(
            "The mayor, who called it a hate\ncrime, said the police would act.",
            "The mayor, who called it a hate\ncrime",
            id="wrapped-relative",
        ),
        pytest.param(
            "Residents of the old quarter near the harbour.\nTom Bell said the wall would hold.",
            "Tom Bell",
            id="sentence-line",
        ),
    ],
)
def test_sourcing_polnear15_wrapped_line_keeps_the_source_whole(text, source):
    row_with_source(text, "said", source)


# --- a middle initial "A." / "I." after a first name is part of the name ----------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Harbour board counsel James A. Reed said the review was over.", "Harbour board counsel James A. Reed", id="titled"),
        pytest.param("The review was over, Laura A. Price said.", "Laura A. Price", id="after-content"),
        pytest.param("Nicole I. Marsh, a spokeswoman, said the pier was safe.", "Nicole I. Marsh, a spokeswoman", id="initial-i"),
    ],
)
def test_sourcing_polnear15_middle_initial_is_part_of_the_name(text, source):
    r = row_with_source(text, "said", source)
    assert r.source_class == "named"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("After the vote on Plan A. Baker said the review was over.", "A. Baker", id="plan-a"),
        pytest.param("A. Reed said the review was over.", "A. Reed", id="initial-first"),
    ],
)
def test_sourcing_polnear15_initial_without_a_first_name_stays_out(text, source):
    row_with_source(text, "said", source)


# --- a bracket holding a party tag belongs to the name before it, not a clause of its own -----------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Ann Cole threw her support behind Sen. Tom Ray (R-Texas) on Friday, saying it was time for a change.",
            "saying",
            "Ann Cole",
            id="participle-after-party",
        ),
        pytest.param(
            "Sen. Jo Hale (D-Iowa), noting the cost, said the bridge could wait.",
            "noting",
            "Sen. Jo Hale (D-Iowa)",
            id="noting",
        ),
    ],
)
def test_sourcing_polnear15_party_bracket_is_no_clause(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The levy (the council says) will cost more.", "says", "the council", id="bracketed-clause"),
        pytest.param(
            "The depot closed last year (drivers told the inquiry the roof leaked).",
            "told",
            "drivers",
            id="bracketed-sentence",
        ),
    ],
)
def test_sourcing_polnear15_other_bracket_opens_a_clause(text, cue, source):
    row_with_source(text, cue, source)


# --- "those surveyed / polled / interviewed": the people asked, a group source -----------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Those surveyed said the ferry should run at night.", "said", "Those surveyed", id="surveyed"),
        pytest.param("By a wide margin, those polled say the tram is too slow.", "say", "those polled", id="polled"),
        pytest.param(
            "Half of those interviewed told the council the park was unsafe.",
            "told",
            "Half of those interviewed",
            id="share-of",
        ),
    ],
)
def test_sourcing_polnear15_those_polled_is_a_group_source(text, cue, source):
    r = row_with_source(text, cue, source)
    assert r.source_class == "role"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The council thanked those surveyed, officials said.", "said", "officials", id="object"),
        pytest.param(
            "The survey, which paid those polled, found the tram too slow.",
            "found",
            "The survey, which paid those polled",
            id="inside-relative",
        ),
    ],
)
def test_sourcing_polnear15_those_polled_as_object_is_not_the_source(text, cue, source):
    row_with_source(text, cue, source)


# --- a role held toward someone takes its "to" phrase ("Aides to the mayor", "the ambassador to France") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Aides to the mayor say she is rethinking the levy.", "say", "Aides to the mayor", id="aides"),
        pytest.param("The ambassador to Chile confirmed the visit.", "confirmed", "The ambassador to Chile", id="ambassador"),
        pytest.param(
            "A spokeswoman to the minister said the visit was off.",
            "said",
            "A spokeswoman to the minister",
            id="spokeswoman",
        ),
    ],
)
def test_sourcing_polnear15_role_takes_its_to_phrase(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("He sent the letter to aides to the mayor and said it was urgent.", "said", "He", id="object"),
        pytest.param("Tickets to the final said the kick-off was at noon.", "said", "", id="no-role-noun"),
        pytest.param("The rally moved to Ohio, where organisers said the mood was upbeat.", "said", "organisers", id="moved-to"),
    ],
)
def test_sourcing_polnear15_to_after_other_words_stays_out(text, cue, source):
    row_with_source(text, cue, source)


# --- a public figure's epithet before the name is part of the phrase ("presidential hopeful", "media titan")
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Retired surgeon Ben Marlow told the hall the plan would fail.",
            "told",
            "Retired surgeon Ben Marlow",
            id="retired-surgeon",
        ),
        pytest.param(
            "Republican presidential hopeful Donna Reed says she skips the debates.",
            "says",
            "Republican presidential hopeful Donna Reed",
            id="hopeful",
        ),
        pytest.param("Tennis great Ann Lowe remembered the coach as kind.", "remembered", "Tennis great Ann Lowe", id="great"),
        pytest.param("Media titan Rex Hale announced his engagement.", "announced", "Media titan Rex Hale", id="titan"),
    ],
)
def test_sourcing_polnear15_epithet_before_a_name_is_kept(text, cue, source):
    r = row_with_source(text, cue, source)
    assert r.source_class == "named"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("It was a great Hale rally, organisers said.", "said", "organisers", id="great-adjective"),
        pytest.param("After a hopeful start Jo Hale said the season was lost.", "said", "Jo Hale", id="hopeful-adjective"),
    ],
)
def test_sourcing_polnear15_epithet_word_as_adjective_stays_out(text, cue, source):
    row_with_source(text, cue, source)


# --- a capitals word after another inside a name is no function word ("USA TODAY/Suffolk poll") ----------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "A METRO TODAY/Harbour College poll found most riders were undecided.",
            "found",
            "A METRO TODAY/Harbour College poll",
            id="slash-poll",
        ),
        pytest.param(
            "A METRO TODAY analysis shows most riders were undecided.",
            "shows",
            "A METRO TODAY analysis",
            id="analysis",
        ),
    ],
)
def test_sourcing_polnear15_capitals_name_keeps_its_function_word(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Late on Monday TODAY Ann Lowe said the pier was safe.", "said", "Ann Lowe", id="lone-capitals"),
        pytest.param("The poll was taken today. Riders said the trams were late.", "said", "Riders", id="lower-case"),
    ],
)
def test_sourcing_polnear15_function_word_outside_a_capitals_name_stays_out(text, cue, source):
    row_with_source(text, cue, source)


# --- a list of names before a coordinated pair opens the phrase ("Lee, Bell and Hale said") ---------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Lee, Bell and Hale said the plan was sound.", "said", "Lee, Bell and Hale", id="surnames"),
        pytest.param(
            "Ms. Toretti, Mrs. Rao and other donors said the plan was sound.",
            "said",
            "Ms. Toretti, Mrs. Rao and other donors",
            id="titles-and-group",
        ),
        pytest.param(
            "Ann Lee, Tom Bell, and Jo Hale said the plan was sound.",
            "said",
            "Ann Lee, Tom Bell, and Jo Hale",
            id="serial-comma",
        ),
        pytest.param(
            "Instead, Ann Lee, Tom Bell and Jo Hale argued that the plan was sound.",
            "argued",
            "Ann Lee, Tom Bell and Jo Hale",
            id="after-adverb",
        ),
    ],
)
def test_sourcing_polnear15_name_list_opens_the_phrase(text, cue, source):
    # the attribution's source span is the whole list (the span PolNeAR annotates); the source table may
    # give one row per named person in it (test_sourcing_leftovers15)
    spans = [a.source.text for a in sourcing.analyse(parse(text)).attributions if a.cue == cue]
    assert spans == [source]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("In Ohio, Lee and Bell said the plan was sound.", "said", "Lee and Bell", id="place-before"),
        pytest.param("On Monday, Lee and Bell said the plan was sound.", "said", "Lee and Bell", id="time-before"),
        pytest.param(
            "The mayor thanked Tom Hale, Ann Lee and Bell said the plan was sound.",
            "said",
            "Ann Lee and Bell",
            id="object-list",
        ),
    ],
)
def test_sourcing_polnear15_name_after_a_word_opens_no_list(text, cue, source):
    row_with_source(text, cue, source)


# --- a possessive apposition with a title, a year or capitalised modifiers ("Mrs. Lee's press secretary") --
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            '"We made choices," said Jane Roe, Mrs. Lee\'s press secretary.',
            "said",
            "Jane Roe, Mrs. Lee's press secretary",
            id="title-possessive",
        ),
        pytest.param(
            '"We made choices," said Pat Doyle, Lee’s 2018 campaign manager.',
            "said",
            "Pat Doyle, Lee’s 2018 campaign manager",
            id="year",
        ),
        pytest.param(
            '"We made choices," said Brad Kerr, Lee\'s Ohio state director.',
            "said",
            "Brad Kerr, Lee's Ohio state director",
            id="capitalised-modifier",
        ),
        pytest.param(
            "Sam Cobb, the Herald’s Assistant Managing Editor, explained why the page was cut.",
            "explained",
            "Sam Cobb, the Herald’s Assistant Managing Editor",
            id="capitalised-role",
        ),
        pytest.param(
            "According to Lara Pike, Lee's field director, the campaign has grown.",
            "According to",
            "Lara Pike, Lee's field director",
            id="according-to",
        ),
    ],
)
def test_sourcing_polnear15_possessive_apposition_is_read_whole(text, cue, source):
    r = row_with_source(text, cue, source)
    assert r.source_class == "named"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param('"We made choices," said Tom Bell, Acme\'s 2019 annual report.', "said", "Tom Bell", id="no-role"),
        pytest.param(
            "According to Lara Pike, Lee's campaign has grown since May.",
            "According to",
            "Lara Pike",
            id="clause-after",
        ),
    ],
)
def test_sourcing_polnear15_possessive_without_a_role_is_no_apposition(text, cue, source):
    row_with_source(text, cue, source)


# --- a body's name and a role in apposition ("Bo Hale, Tarrow Bank chief economist") ----------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            '"Rates will rise," said Bo Hale, Tarrow Bank chief economist.',
            "said",
            "Bo Hale, Tarrow Bank chief economist",
            id="inverted",
        ),
        pytest.param(
            "Eva Nord, State Water regional safety director, informed the board.",
            "informed",
            "Eva Nord, State Water regional safety director",
            id="before-cue",
        ),
        pytest.param(
            "Jo Hust, Ohio Secretary of State, voiced her disapproval.",
            "voiced",
            "Jo Hust, Ohio Secretary of State",
            id="role-then-of",
        ),
    ],
)
def test_sourcing_polnear15_body_role_apposition_is_read_whole(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param('"Rates will rise," said Bo Hale, Tarrow Bank.', "said", "Bo Hale", id="body-only"),
        pytest.param("Jane Roe, Tom Baker said the plan was sound.", "said", "Tom Baker", id="surname-suffix"),
        pytest.param('"Wait," said Bo Hale, "it gets better."', "said", "Bo Hale", id="clause-after"),
    ],
)
def test_sourcing_polnear15_no_body_role_no_apposition(text, cue, source):
    row_with_source(text, cue, source)


# --- a role with a post-modifier, then the person's name after a comma ----------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            '"He was kind," said his best friend at college, Bruce Tate, who knew him well.',
            "said",
            "his best friend at college, Bruce Tate",
            id="friend-at",
        ),
        pytest.param(
            '"It was a mess," wrote the ambassador at the time, John E. Hale.',
            "wrote",
            "the ambassador at the time, John E. Hale",
            id="ambassador-initial",
        ),
        pytest.param(
            '"It was a mess," said a former spokesman for the Foreign Ministry, Oleg Volk.',
            "said",
            "a former spokesman for the Foreign Ministry, Oleg Volk",
            id="spokesman-for",
        ),
    ],
)
def test_sourcing_polnear15_role_then_name_is_one_phrase(text, cue, source):
    r = row_with_source(text, cue, source)
    assert r.source_class == "named"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            '"It was a mess," said the head of the bank, In Tarrow.', "said", "the head of the bank", id="stop-word"
        ),
        pytest.param(
            '"It was a mess," said the report of the council, Tarrow Hall.',
            "said",
            "the report of the council",
            id="document-head",
        ),
    ],
)
def test_sourcing_polnear15_role_without_a_name_segment_stays_short(text, cue, source):
    row_with_source(text, cue, source)


# --- a participle after an inverted or trailing cue of a quotation takes that cue's speaker ----------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            '"It is not new here," said Rep. Bob Scott, adding that the town had changed.',
            "adding",
            "Rep. Bob Scott",
            id="adding",
        ),
        pytest.param(
            '"The law is clear," the minister said, referring to the new rules.',
            "referring to",
            "the minister",
            id="referring-to",
        ),
        pytest.param(
            '"We are winning," Jo Hale said of her rival, before taking aim at the banks.',
            "taking aim at",
            "Jo Hale",
            id="before-taking-aim",
        ),
    ],
)
def test_sourcing_polnear15_participle_after_quoted_cue_takes_its_speaker(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Workers cheered. The mayor spoke to reporters, saying the pier would reopen.",
            "saying",
            "The mayor",
            id="no-quotation",
        ),
        pytest.param(
            '"It is done," she said. The harbour master spoke next, saying the pier would reopen.',
            "saying",
            "The harbour master",
            id="quotation-in-earlier-sentence",
        ),
    ],
)
def test_sourcing_polnear15_participle_without_a_quotation_keeps_its_clause_subject(text, cue, source):
    row_with_source(text, cue, source)


# --- an inverted speaker: the first name "Will", a name particle, a long title with a party tag ------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            '"It is a costly model," said Will Dole, a professor at Tarrow University.',
            "said",
            "Will Dole, a professor at Tarrow University",
            id="will-first-name",
        ),
        pytest.param(
            '"I have been watching," said Pieter de Vos, a professor of law.',
            "said",
            "Pieter de Vos, a professor of law",
            id="particle",
        ),
        pytest.param(
            '"Nothing was as bad," said Senate Majority Leader Ann M. Reed (D-Nev.).',
            "said",
            "Senate Majority Leader Ann M. Reed (D-Nev.)",
            id="long-title-party",
        ),
        pytest.param(
            "County party chairman Will Rogers said the vote was close.",
            "said",
            "County party chairman Will Rogers",
            id="will-after-title",
        ),
    ],
)
def test_sourcing_polnear15_inverted_speaker_names_are_read_whole(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The levy will pass, Ann Lee said. Will Democrats agree?", "agree", "Democrats", id="modal-question"),
        pytest.param("Officials said the pier will reopen in May.", "said", "Officials", id="modal-lower"),
    ],
)
def test_sourcing_polnear15_modal_will_is_no_first_name(text, cue, source):
    row_with_source(text, cue, source)


# --- a name's documents: the document noun after a name is the head ("Election Board filings") ------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The firm raised $3 million last month, according to Election Board filings.",
            "according to",
            "Election Board filings",
            id="filings",
        ),
        pytest.param(
            "According to the Tarrow Herald polling average, the race is close.",
            "According to",
            "the Tarrow Herald polling average",
            id="polling-average",
        ),
        pytest.param("Harbour Trust data show the race is close.", "show", "Harbour Trust data", id="data-subject"),
    ],
)
def test_sourcing_polnear15_document_after_a_name_is_the_head(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "According to Ann Lee, data show the race is close.", "According to", "Ann Lee", id="comma-between"
        ),
        pytest.param("Ann Lee records every vote, her aide said.", "said", "her aide", id="verb-records"),
    ],
)
def test_sourcing_polnear15_name_before_no_document_noun_stays_a_name(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param('"It was a mess," said a longtime adviser to the mayor.', "a longtime adviser to the mayor", id="adviser"),
        pytest.param('"It was a mess," said one aide to Ann Lee.', "one aide to Ann Lee", id="aide-name"),
    ],
)
def test_sourcing_polnear15_inverted_role_takes_its_to_phrase(text, source):
    row_with_source(text, "said", source)


def test_sourcing_polnear15_inverted_to_after_no_role_stays_out():
    row_with_source('"It was a mess," said the mayor to reporters.', "said", "the mayor")


# --- a document's time is part of its phrase ("A Herald poll in January found") ----------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("A Herald/ORC poll in January shows the mayor ahead.", "shows", "A Herald/ORC poll in January", id="in-month"),
        pytest.param("A WBUR poll last week showed the mayor ahead.", "showed", "A WBUR poll last week", id="last-week"),
        pytest.param(
            "The mayor is ahead, according to a Herald/ORC poll in February.",
            "according to",
            "a Herald/ORC poll in February",
            id="according-to",
        ),
    ],
)
def test_sourcing_polnear15_document_keeps_its_time(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Officials in January said the mayor was ahead.", "said", "Officials", id="person"),
        pytest.param("Ann Lee last week said the mayor was ahead.", "said", "Ann Lee", id="name"),
        pytest.param(
            "The mayor is ahead, according to a Herald poll in Ohio.", "according to", "a Herald poll in Ohio", id="place"
        ),
    ],
)
def test_sourcing_polnear15_person_time_stays_out(text, cue, source):
    row_with_source(text, cue, source)


# --- "with knowledge of" after a person noun, as "familiar with" ----------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "People with knowledge of the plan said a deal was close.",
            "said",
            "People with knowledge of the plan",
            id="before-cue",
        ),
        pytest.param(
            "A deal is close, according to officials with direct knowledge of the plan.",
            "according to",
            "officials with direct knowledge of the plan",
            id="according-to",
        ),
    ],
)
def test_sourcing_polnear15_with_knowledge_of_is_part_of_the_phrase(text, cue, source):
    r = row_with_source(text, cue, source)
    assert r.source_class == "unnamed"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Officials with the council said a deal was close.", "said", "Officials", id="with-body"),
        pytest.param("He met people with knowledge and said a deal was close.", "said", "He", id="no-of"),
    ],
)
def test_sourcing_polnear15_other_with_phrases_stay_out(text, cue, source):
    row_with_source(text, cue, source)


# --- an indefinite article and an adjective of mood before a name ("A defiant Lee said") -----------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Ann Lee spoke last. A defiant Lee said the plan would go ahead.", "said", "A defiant Lee", id="defiant"),
        pytest.param("A teary-eyed Hale says he is proud of the campaign.", "says", "A teary-eyed Hale", id="hyphenated"),
        pytest.param("A flabbergasted Noah quipped that it was absurd.", "quipped", "A flabbergasted Noah", id="participle"),
    ],
)
def test_sourcing_polnear15_adjective_before_a_name_is_kept(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("In a speech Lee said the plan would go ahead.", "said", "Lee", id="noun"),
        pytest.param("After a week Lee said the plan would go ahead.", "said", "Lee", id="time"),
        pytest.param("On a visit Lee said the plan would go ahead.", "said", "Lee", id="visit"),
    ],
)
def test_sourcing_polnear15_noun_after_article_before_a_name_stays_out(text, cue, source):
    row_with_source(text, cue, source)


# --- "who" makes its antecedent a person, whatever the lexicon knows of the noun ---------------------------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("Local partisans who prefer a rival will still turn out for her.", "prefer", id="partisans"),
        pytest.param("Even so, the young novice who wants to oust the council leader spoke.", "wants", id="novice"),
    ],
)
def test_sourcing_polnear15_who_antecedent_is_a_person(text, cue):
    r = row_with_source(text, cue, "who")
    assert r.source_class == "role"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("Anyone who thinks the pier is safe is wrong.", "thinks", id="generic"),
        pytest.param("Those who fear change voted no.", "fear", id="those"),
    ],
)
def test_sourcing_polnear15_generic_who_stays_no_source(text, cue):
    r = row_with_source(text, cue, "")
    assert r.source_class == "other"


# --- news nouns the lexicon lacked: "the media", "the panel", "operatives", "hopefuls", "neurosurgeon" ----
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param("The media reported that the pier was closed.", "reported", "The media", "organisation", id="media"),
        pytest.param("The advisory panel said the pier was closed.", "said", "The advisory panel", "organisation", id="panel"),
        pytest.param("Multiple operatives said the pier was closed.", "said", "Multiple operatives", "role", id="operatives"),
        pytest.param("The retired neurosurgeon said the pier was closed.", "said", "The retired neurosurgeon", "role", id="neurosurgeon"),
        pytest.param("The Republican hopefuls argued that the pier was closed.", "argued", "The Republican hopefuls", "role", id="hopefuls"),
    ],
)
def test_sourcing_polnear15_news_nouns_are_sources(text, cue, source, source_class):
    assert row_with_source(text, cue, source).source_class == source_class


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The event drew media attention, officials said.", "said", "officials", id="media-modifier"),
        pytest.param("The panel discussion ended early, organisers said.", "said", "organisers", id="panel-modifier"),
    ],
)
def test_sourcing_polnear15_news_noun_as_modifier_is_no_source(text, cue, source):
    row_with_source(text, cue, source)


# --- "polling" is a document ("Exit polling showed") -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Exit polling showed that the mayor won every group.", "showed", "Exit polling", id="exit-polling"),
        pytest.param("Recent polling suggests the race is close.", "suggests", "Recent polling", id="recent-polling"),
    ],
)
def test_sourcing_polnear15_polling_is_a_document(text, cue, source):
    assert row_with_source(text, cue, source).source_class == "document"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Polling stations closed at ten, officials said.", "said", "officials", id="modifier"),
        pytest.param("The firm is polling voters, its director said.", "said", "its director", id="verb"),
    ],
)
def test_sourcing_polnear15_polling_as_verb_or_modifier_is_no_source(text, cue, source):
    row_with_source(text, cue, source)
