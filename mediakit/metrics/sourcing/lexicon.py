"""Sourcing lexicon: speech, belief and evidence verbs and the word lists of source classification.

Every list is a plain ``frozenset`` / ``dict`` built once at import (see :mod:`mediakit.metrics.sourcing`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


# ---------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------

#: Speech (communication) verbs, matched in every inflection.
SPEECH_LEMMAS = tuple(
    """say tell ask add write report announce note suggest describe argue tweet accuse
    criticize criticise decline explain declare acknowledge conclude urge warn state reveal
    claim post express issue vow recall insist confirm mention cite indicate question praise
    deny promise blast predict reject dismiss blame complain discuss allege joke thank slam
    mock remark assert highlight emphasize emphasise applaud assail concede plead lament
    boast remind stress reiterate respond reply comment testify threaten counter retort quip
    condemn denounce decry echo tout disclose answer demand request recommend call
    continue speak talk point order admit pledge wonder contend retweet bemoan shout yell
    scream whisper exclaim assure reassure caution inform chant muse grumble identify
    remember repeat appeal
    utter reaffirm interject lambaste deride herald grouse preach proclaim confess
    scoff castigate insinuate imply scold refute commend implore exhort fume
    taunt deplore belittle satirize gloat extol recant retract
    allude outline recite savage hail articulate repudiate recount
    trumpet brag gush marvel critique dispute
    quote vent concur""".split()
)
#: Belief, intention, evidence and stance verbs (PolNeAR counts them as attributions).
BELIEF_LEMMAS = tuple(
    """believe think know find show expect hope want plan seem appear fear worry consider
    regard view see decide intend aim prefer estimate learn seek support oppose endorse back
    favor favour agree attack challenge defend offer propose refuse advocate recognize
    recognise welcome embrace accept list portray deem signal push read project release
    expose charge convince persuade
    interpret envision reckon surmise ponder regret resent admire relish vouch
    posit hypothesize distrust agonize feel
    dislike
    foresee calculate""".split()
)
#: Cue type of each lemma (the ``cue_type`` column): ``speech`` unless listed here.
#: Beliefs, intentions and stances are attributions in PolNeAR's sense (they count in
#: ``attributions``) but not *cited sources*; evidence verbs cite a document or data.
CUE_TYPES_BY_LEMMA: dict[str, str] = {
    **dict.fromkeys(
        "believe think know seem appear fear worry consider regard view see expect deem learn recognize "
        "recognise convince persuade estimate wonder remember interpret envision reckon surmise "
        "ponder regret resent admire relish posit hypothesize distrust agonize feel foresee".split(),
        "belief",
    ),
    **dict.fromkeys("hope want plan intend aim seek prefer decide".split(), "intention"),
    **dict.fromkeys(
        "support oppose endorse back favor favour agree attack challenge defend offer propose refuse "
        "advocate welcome embrace accept reject portray push charge vouch".split(),
        "stance",
    ),
    **dict.fromkeys(
        "find show indicate reveal highlight list project release expose read calculate".split(), "evidence"
    ),
}
#: Cue types an analyst calls a citation (``cited`` is True; see :func:`_cited`).
CITED_CUE_TYPES = frozenset({"speech", "according_to", "evidence", "colon", "medium", "hedge"})
CUE_TYPES = (
    "speech",
    "according_to",
    "evidence",
    "colon",
    "medium",
    "hedge",
    "belief",
    "intention",
    "stance",
    "nominal",
)
#: Forms never matched: too ambiguous in news text even with the noun filter.
EXCLUDED_FORMS = frozenset(
    """state orders order reading backs identifying remembering repeating
    repeat
    posting projects project projected lists listing issues issuing charges releases
    releasing request requests answers seeing seen find finding thinking knowing
    speak speaks speaking thanks thank tweet tweets decline declines
    issue stress stresses decide ask plan back attacks
    attack embraced embrace offering continuing push written challenge charge
    defend add welcome question aims aim
    utter herald grouse fumes reckoning
    savage savages hail articulate recount recounts trumpet trumpets
    articulated bragged critique dislike hailed outlined outlining recounted dispute
    quote quotes quoted vent vents""".split()
)
#: Instruments an authority issues ("issued an amber warning", "issued subpoenas"): "issued" with one of
#: them and no content (no "that", quotation, colon or "saying") is no cue.
ISSUED_INSTRUMENTS = frozenset(
    """warning warnings alert alerts advisory advisories notice notices order orders subpoena subpoenas
    pardon pardons permit permits licence licences license licenses fine fines ticket tickets warrant
    warrants recall recalls visa visas quarantine rules guidance bonds shares passport passports""".split()
)
#: Noun-ambiguous forms: a cue only after a subject-like word (see module docstring).
NOUNISH = frozenset(
    """support supports comment comments report reports attack attacks plan plans call calls
    question questions view views claim claims offer offers promise promises demand demands
    fear fears hope hopes estimate estimates release issue list push challenge challenges
    counter echo echoes signal signals post posts tweet tweets defend answer back favor
    favour order praise blame warning charge charged release released word words remarks
    remark disputes""".split()
)

_IRREGULAR = {
    "say": "says said saying",
    "tell": "tells told telling",
    "write": "writes wrote written writing",
    "think": "thinks thought thinking",
    "see": "sees saw seen seeing",
    "know": "knows knew known knowing",
    "find": "finds found finding",
    "seek": "seeks sought seeking",
    "speak": "speaks spoke spoken speaking",
    "read": "reads read reading",
    "show": "shows showed shown showing",
    "admit": "admits admitted admitting",
    "plan": "plans planned planning",
    "slam": "slams slammed slamming",
    "deny": "denies denied denying",
    "reply": "replies replied replying",
    "worry": "worries worried worrying",
    "decry": "decries decried decrying",
    "prefer": "prefers preferred preferring",
    "signal": "signals signaled signalled signaling signalling",
    "quip": "quips quipped quipping",
    "vow": "vows vowed vowing",
    "testify": "testifies testified testifying",
    "echo": "echoes echoed echoing",
    "commit": "commits committed committing",
    "regret": "regrets regretted regretting",
    "extol": "extols extolled extolling",
    "feel": "feels felt",  # not "feeling": "a feeling that" is a noun
    "brag": "brags bragged bragging",
    "foresee": "foresees foresaw foreseen foreseeing",
    "concur": "concurs concurred concurring",
}


def inflections(lemma: str) -> list[str]:
    """Return ``lemma`` and its regular (or listed irregular) inflections."""
    if lemma in _IRREGULAR:
        return [lemma, *_IRREGULAR[lemma].split()]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def verb_forms(*lemmas: str) -> frozenset[str]:
    """Every form :func:`inflections` gives of each of ``lemmas`` ("add" -> add, adds, added, adding)."""
    return frozenset(f for lemma in lemmas for f in inflections(lemma))


def _forms(lemmas: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma in lemmas:
        for f in inflections(lemma):
            if f not in EXCLUDED_FORMS:
                out.setdefault(f, lemma)
    return out


SPEECH_FORMS: dict[str, str] = _forms(SPEECH_LEMMAS)
BELIEF_FORMS: dict[str, str] = {f: lem for f, lem in _forms(BELIEF_LEMMAS).items() if f not in SPEECH_FORMS}

#: Words after which a cue form is a noun ("the report", "his call").
DETERMINERS = frozenset(
    """a an the his her its their this that these those our my your of no any every each
    another whose such new latest recent joint written formal with without""".split()
)
#: Past forms of speech verbs that are never nouns: no determiner filter ("Yet another said").
UNAMBIGUOUS_FORMS = frozenset(
    """said says told tells wrote writes added asked argued noted explained insisted declared
    warned tweeted replied recalled acknowledged""".split()
)
#: Adjectives of feeling that, after a copula and with a content complement, state what the subject
#: holds ("is shocked that", "was furious about", "were stunned to learn"): cues.py reads them as belief
#: cues. The learned cue model has its own feeling forms ("angry about", "upset"), left out here.
FEELING_WORDS = frozenset(
    """furious outraged frustrated pleased delighted thrilled shocked alarmed troubled disturbed dismayed
    appalled incensed livid annoyed anxious uneasy enthusiastic horrified impressed unimpressed stunned
    baffled disgusted offended angered
    glad happy unhappy hopeful upset confident adamant disappointed proud afraid scared skeptical sceptical
    concerned grateful relieved nervous wary surprised saddened""".split()
)
#: Belief verbs that count only right after a subject ("I think", "voters want", "they see").
SUBJECT_ONLY = frozenset("think want see know hope feel believe seem appear mean guess".split())
SUBJECT_WORDS = frozenset(
    """i we you they he she who people voters many some most others americans democrats
    republicans also still really truly genuinely don't didn't doesn't not n't do does did
    strongly firmly clearly privately publicly secretly quietly""".split()
)
#: Words after which a noun-ambiguous form is a verb ("he plans", "will call").
VERB_CONTEXT = frozenset(
    """he she they i we you it who which that also will would can could may might should must
    shall to not n't never often still now then later repeatedly publicly privately already
    just only reportedly allegedly""".split()
)

#: Role nouns and their source kind (also: a bare plural of one is a vague source, "Lawyers have reported").
ROLE_WORDS: dict[str, str] = {}
for _kind, _words in {
    "official": """official officials spokesman spokeswoman spokesperson spokespeople spokesmen
        spokeswomen minister ministers president presidents governor governors senator senators
        mayor mayors police policeman policewoman officer officers constable sergeant inspector
        detective detectives sheriff commissioner commissioners government administration ministry
        department agency kremlin commander commanders general generals military army navy
        authorities authority lawmaker lawmakers legislator legislators congressman congresswoman
        congressmen secretary ambassador diplomat diplomats aide aides adviser advisers advisor
        advisors staffer staffers prime chancellor premier cabinet guards guard troops soldiers
        servicemen candidate candidates campaign democrats republicans politicians politician
        councillor councillors councilor councilors councilman councilwoman council councils
        leader leaders mp mps mep meps msp msps mla mlas td tds peer peers minister's regulator
        regulators watchdog
        firefighter firefighters paramedic paramedics coastguard ranger rangers envoy envoys delegate
        delegates representative representatives chairwoman superintendent speaker whip captain
        lieutenant colonel major trooper troopers deputies marshal operative operatives hopeful hopefuls admiral admirals""",
    "legal": """lawyer lawyers attorney attorneys prosecutor prosecutors judge judges court
        courts tribunal tribunals counsel barrister barristers solicitor solicitors prosecution defence defense
        lawsuit filing indictment coroner magistrate magistrates jury affidavit""",
    "expert": """expert experts professor professors analyst analysts economist economists
        researcher researchers scientist scientists academic academics doctor doctors physician
        physicians surgeon historian historians strategist strategists pollster pollsters scholar
        scholars university institute specialist specialists consultant consultants observers
        meteorologist meteorologists forecaster forecasters climatologist epidemiologist
        epidemiologists virologist seismologist geologist psychologist statistician engineer
        engineers lecturer lecturers fellow vet vets neurosurgeon neurosurgeons surgeons""",
    "citizen": """resident residents witness witnesses voter voters neighbour neighbours
        neighbor neighbors mother father parent parents mum dad grandmother grandfather
        pupil pupils student students worker workers customer customers fan fans regulars locals local passerby
        victim victims survivor survivors protester protesters protestors supporter supporters
        citizen citizens villager villagers people man woman men women families family shopper
        shoppers passenger passengers driver drivers commuter commuters homeowner homeowners
        tenant tenants patient patients volunteer volunteers son daughter wife husband brother
        sister friend friends relative relatives onlooker onlookers bystander bystanders
        participants attendees caucus-goers pal pals shopkeeper shopkeepers trader traders
        pensioner pensioners teenager teenagers teacher teachers nurse nurses farmer farmers
        owner owners grandad grandads granddad grandpa grandma granny grandparent grandparents
        grandson granddaughter grandchildren headteacher headteachers headmaster headmistress
        widow widows widower widowers retiree retirees schoolboy schoolboys schoolgirl schoolgirls
        cousin cousins uncle uncles aunt aunts nephew nephews niece nieces stepfather stepmother
        boyfriend girlfriend fiance fiancee""",
    "media": """newspaper newspapers reporter reporters journalist journalists editor editors
        correspondent correspondents columnist columnists anchor magazine outlet outlets pundit
        pundits presenter presenters broadcaster broadcasters commentator commentators commentating radio
        broadcaster network channel paper times post journal tribune telegraph guardian cnn media
        bbc reuters ap afp bloomberg msnbc nbc abc cbs fox politico breitbart host hosts co-host co-hosts""",
    "organisation": """company companies firm firms group groups organization organisation
        organizations organisations charity charities union unions party parties association
        committee commission foundation corporation bank banks utility utilities retailer
        retailers airline airlines operator operators provider providers manufacturer
        developer developers club clubs team business businesses executive
        executives ceo chairman boss bosses founder manager managers director directors trust
        landlord landlords supermarket insurer insurers lender lenders laboratory laboratories lab labs
        consultancy consultancies federation federations
        confederation""",
}.items():
    for _w in _words.split():
        ROLE_WORDS.setdefault(_w, _kind)
KIND_PRIORITY = ("legal", "official", "expert", "media", "organisation", "citizen")
SOURCE_KINDS = (*KIND_PRIORITY, "unknown")
SOURCE_CLASSES = ("named", "organisation", "role", "unnamed", "vague", "document", "other")

DOCUMENT_WORDS = frozenset(
    """report reports study studies poll polls survey surveys statement statements filing
    filings document documents memo memos letter letters data figures analysis research
    records record email emails paper papers estimates numbers review audit complaint
    lawsuit indictment transcript transcripts footage video videos post tweet tweets article
    articles book books ad ads advertisement website site affidavit missive release releases
    story stories summary account accounts memoir obituary obituaries logbook logbooks diary diaries op-ed editorial column essay essays law laws bill ruling verdict
    judgment judgement findings evidence photos images recording recordings message messages
    note notes results statistics tally tallies count counts projections forecast forecasts model models
    assessment inquiry investigation guidance guidelines notice minutes agenda plan plans
    proposal proposals document's order orders warrant charge charges complaint complaints
    petition brochure leaflet newsletter blog podcast broadcast interview report's platform
    regulations rules manifesto constitution readout index average suit movie film passage polling
    documentary disclosures disclosure filings numbers markets observations measurements readings
    calculations simulations analyses modelling modeling update updates bulletin bulletins catalogue catalogues
    catalog catalogs""".split()
)
#: Participles after a document noun that keep what follows in the document's phrase ("a report published
#: by", "the complaint lodged with"; spans.py), and the head of a document phrase ends before them (classify.py).
DOCUMENT_PARTICIPLES = frozenset(
    """published released conducted commissioned issued carried compiled obtained seen leaked filed
    funded produced prepared written authored co-authored lodged submitted posted""".split()
)
#: :data:`DOCUMENT_PARTICIPLES` and those before the agent of a document ("a study led by", "a survey run
#: by", "data gathered by", "figures collected by").
AGENT_PARTICIPLES = DOCUMENT_PARTICIPLES | frozenset(("led", "run", "gathered", "collected"))
#: Participles that describe a document in a comma-delimited apposition ("The results, described in
#: a paper in ..., suggest"): part of the document's phrase, no cue of their own.
DESCRIBING_PARTICIPLES = frozenset("described detailed outlined presented reported shared".split())
ORG_SUFFIXES = frozenset(
    """Inc Corp Ltd LLC Co Party Ministry Department Agency Police Court Committee Commission
    Council University Institute Foundation Association Union Group Bank Service Office
    Administration Bureau Campaign Network News Times Post Journal Agency Board Senate House
    Congress Parliament Kremlin Pentagon Army Navy Government Center Centre District Region
    Province County City State Troops Guard Guards Forces Republic Kingdom Federation Street
    Square Church School College Club Hospital Airport Station North South East West
    Northern Southern Eastern Western Central Water Rail Gas Energy Power Electric Airways
    Airlines Holdings Capital Partners Health Trust Homes Housing Foods Motors Media Labs
    Technologies Systems Solutions Insurance Fund Alliance Watch Aid Rescue Society Authority
    Board Services Care Charity Clinic Fire Ambulance Academy Museum Library Theatre Stadium
    United Rovers Athletic Town Wanderers Albion Borough Assembly Cabinet Commons Lords Executive Directorate Unit
    Force Command Council Commission Tribunal Inquiry Review Report Forum Institute Initiative Constabulary
    Project Programme Program Centre Center Network Post Times Herald Reserve""".split()
)
#: Capitalised words of news outlets' names ("The Daily Mail", "Fox News"): organisations of kind media.
MEDIA_NAMES = frozenset(
    """Mail Times Post Star Sun Guardian Telegraph Journal Tribune Herald Express Mirror Independent
    News Daily Weekly Gazette Chronicle Observer Standard Reuters Bloomberg Associated Press CNN BBC
    NBC ABC CBS MSNBC Fox Politico Breitbart AP AFP Axios Vox Newsweek Economist Atlantic Courier Advertiser
    Examiner Echo Argus Sentinel Enquirer Inquirer Dispatch Bulletin""".split()
)
PRONOUNS = frozenset("he she they i we it you him her them".split())
NAME_STOP = frozenset(
    """The A An This That These Those It Its He She They We I You My Your His Her Their Our In On At For
    But And Or So If When While After Before As Since Although Though Yet Then Now Still
    Also However Meanwhile Afterwards Afterward Mr Mrs Ms Dr Sen Rep Gov Gen President Another Other Some Many Most
    Several Each Every All Both One Two Three Only Just About Nearly Almost Even No Any""".split()
)
#: Lower-case body nouns that may stand right before a body's name ("campaign group Safer Streets",
#: "bakery chain Loafley", "data provider PitchLedger").
BODY_BEFORE_NAME = frozenset(
    """group charity coalition alliance network association federation movement society campaign
    company firm business union club trust foundation retailer manufacturer maker operator developer
    airline carrier insurer lender chain provider supplier platform startup brand laboratory lab consultancy
    think-tank tank body organisation organization fund band orchestra choir troupe ensemble quartet trio
    duo""".split()
)
#: Modifiers that make "body" an institution's noun ("industry body", "governing body", "trade body").
INSTITUTIONAL_MODIFIERS = frozenset(
    """industry advocacy public governing professional trade regulatory representative statutory umbrella
    oversight watchdog standards sporting sports medical legal official independent national international
    local global european scientific advisory lobby campaign membership parent peak""".split()
)
#: A sports title before a name, with "defending" an epithet, no stance ("Defending champion Ana Ruiz",
#: "defending titleholder Ben Ott"); a title word of the name's phrase ("former champion Ana Ruiz").
CHAMPION_NOUNS = frozenset("champion champions titleholder titleholders title-holder title-holders".split())
#: Participles of a poll or an interview (one list for two readings): after a commentator plural, a poll's
#: panel ("Economists polled by the agency", "Analysts surveyed by the bank": a defined group, a role, not a
#: vague one); after "those", the people asked, a group ("those surveyed said").
POLL_PARTICIPLES = frozenset("polled surveyed canvassed interviewed questioned consulted sampled asked".split())
#: Nouns of a nationality that name a person (never an adjective, a language or a newspaper): "the
#: Swede said" describes a person named before, as "the veteran" does.
DEMONYM_NOUNS = frozenset(
    """swede scot dane finn pole briton frenchman frenchwoman englishman englishwoman irishman irishwoman
    welshman welshwoman scotsman scotswoman dutchman dutchwoman spaniard kiwi aussie icelander""".split()
)
TITLES = frozenset(
    """Mr Mrs Ms Mx Dr Prof Sen Rep Gov Gen Lt-Gen Maj-Gen Col Capt Sgt Rev
    Lt Maj Cpl Pte Cmdr Adm Brig Det Insp Supt Cllr Coun Alhaji Alhaja Hajia Mallam""".split()
)

COUNTRIES = frozenset(
    """Russia Ukraine China America Britain England France Germany India Israel Iran Japan Canada
    Australia Europe Mexico Spain Italy Syria Iraq Afghanistan Pakistan Korea Turkey Poland Brazil
    Moscow Kyiv Kiev Beijing Washington London Paris Berlin Kremlin Pentagon Congress Parliament
    Downing Whitehall Tehran Ankara Brussels NATO EU UN Nato Russian Ukrainian American British
    English Chinese French German Indian Israeli Iranian Japanese Canadian Australian European
    Mexican Spanish Italian Syrian Iraqi Afghan Pakistani Korean Turkish Polish Brazilian
    Democratic Republican Democrat Republicans Democrats GOP Muslim Muslims Christian Christians
    Jewish Jew Jews Catholic Catholics Hispanic Hispanics Latino Latinos Latina Asian
    African Arab Arabs Western Eastern Northern Southern Scottish Welsh Irish Scotland Wales Ireland
    Edinburgh Glasgow Cardiff Belfast Manchester Birmingham Liverpool Leeds Bristol York Chicago
    Texas California Florida Iowa Ohio Mariupol Donbas Vladikavkaz Caucasus Asia Africa Zealand""".split()
)

#: Names of states beyond :data:`COUNTRIES` (one word, or several read whole: "New Zealand", "Saudi
#: Arabia"): as the speaker of a statement, the state's government, kind official, as "Australia said".
#: Names that are also first names ("Jordan", "Georgia", "Chad") are left out.
STATE_NAMES = frozenset(
    """Norway Sweden Denmark Finland Netherlands Belgium Austria Switzerland Portugal Greece Hungary
    Romania Bulgaria Serbia Croatia Slovenia Slovakia Czechia Estonia Latvia Lithuania Belarus Moldova
    Iceland Egypt Libya Tunisia Algeria Morocco Nigeria Ghana Kenya Ethiopia Somalia Sudan Uganda
    Tanzania Zimbabwe Zambia Angola Senegal Indonesia Malaysia Singapore Thailand Vietnam Cambodia
    Myanmar Bangladesh Nepal Philippines Taiwan Mongolia Kazakhstan Uzbekistan Azerbaijan Armenia
    Lebanon Yemen Oman Qatar Kuwait Bahrain Argentina Chile Peru Colombia Venezuela Ecuador Bolivia
    Paraguay Uruguay Cuba Haiti Panama Guatemala Honduras Nicaragua Fiji Tonga Samoa""".split()
) | frozenset(
    (
        "New Zealand", "South Africa", "North Korea", "South Korea", "Saudi Arabia", "United States",
        "United Kingdom", "Sri Lanka", "Costa Rica", "Czech Republic", "Dominican Republic",
        "United Arab Emirates", "El Salvador", "Sierra Leone", "Burkina Faso", "Ivory Coast",
        "North Macedonia", "Papua New Guinea", "South Sudan",
    )
)
#: Words of :data:`STATE_NAMES` that are never a person's name's ("Saudi Arabia" is no person).
STATE_NAME_WORDS = frozenset("Saudi Arabia Lanka Emirates Faso".split()) | frozenset(
    n for n in STATE_NAMES if " " not in n
)

INSTITUTIONS = frozenset(
    """court courts tribunal tribunals government ministry department agency administration police kremlin military
    army navy campaign party committee commission council university institute company firm group
    organization organisation union association foundation network newspaper magazine
    broadcaster channel outlet bank utility retailer airline operator provider manufacturer
    club trust authority board regulator watchdog charity school hospital force service office
    agency coastguard senate congress parliament assembly cabinet team business supermarket
    insurer lender lenders developer landlord paper website station bureau inspectorate home homes panel media
    municipality municipalities fund funds palace""".split()
)
MEDIA_PEOPLE = frozenset(
    "reporter reporters journalist journalists editor editors correspondent correspondents anchor host".split()
)

#: Person, role and group nouns beyond :data:`ROLE_WORDS` (a ``role`` source's head).
PERSON_NOUNS = frozenset(
    """accused coach chief chiefs deputy head heads leader leaders member members manager managers director directors
    chairman chairwoman chair boss bosses executive executives founder owner owners employee
    employees staff team crew activist activists campaigner campaigners organizer organizers
    official insider insiders source sources person persons someone everyone anyone nobody monitors
    colleague colleagues friend friends relative relatives son daughter wife husband brother
    sister child children kids men women boy girl boys girls individuals commentator commentators
    critic critics opponent opponents ally allies rival rivals candidate nominee delegates
    representative representatives envoy envoys negotiator negotiators investigator investigators inspector
    inspectors detectives guard guards servicemen soldiers troops personnel veterans agents
    hundreds thousands dozens millions majority user users peer peers fan fans mogul moguls
    confidant confidants participant participants attendee attendees immigrant immigrants
    applicant applicants client clients agent respondent respondents constituent constituents
    proponent proponents recipient recipients consultant consultants assistant assistants
    tycoon billionaire billionaires millionaire celebrity celebrities star stars pilot pilots
    whistleblower whistleblowers companion companions clerk clerks steward stewards
    crowd crowds audience public electorate community couple youth justice nominees magnate
    magnates actress actresses heiress hostess waitress independents associates moderates
    conservatives liberals progressives evangelicals crewmate crewmates teammate teammates shipmate
    shipmates classmate classmates flatmate flatmates housemate housemates workmate workmates advocate
    advocates champion champions titleholder titleholders
    prince princess duke dukes duchess duchesses backer backers detractor detractors faction factions circle""".split()
)
NOT_PERSON_ER = frozenset(
    """paper papers order orders letter letters number numbers matter matters border borders power
    powers water center centre corner chamber member-state quarter quarters computer computers
    register filter cover layer layers other others together either neither rather however
    further whether never ever after over under river rivers winter summer october november
    december september error errors manner character matter""".split()
)


AUX = frozenset(
    """has have had is was were are be been also will would could can may might should must
    did does do not n't never later then previously repeatedly publicly privately recently
    earlier once again even only just first had already reportedly allegedly""".split()
)

# ---------------------------------------------------------------------------
# Word classes of the noun-phrase reader (:mod:`mediakit.metrics.sourcing.spans`)
# ---------------------------------------------------------------------------

#: Words that open a noun phrase (articles, possessives, quantifiers, numerals).
NP_DETERMINERS = frozenset(
    """the a an this these those his her its their our my your some many several few both all each
    every no any another other one two three four five six seven eight nine ten eleven twelve
    twenty thirty forty fifty hundred dozens hundreds thousands millions most such half""".split()
)
#: Subject pronouns: a noun phrase on their own.
SUBJECT_PRONOUNS = frozenset(
    """he she they we i you it he's she's they're we're i'm you're it's they've we've i've you've
    he'd she'd they'd we'd i'd you'd he'll she'll they'll we'll i'll you'll""".split()
)
#: Quantifiers that are a noun phrase on their own ("Several said", "the two did not discuss").
QUANTIFIER_PRONOUNS = frozenset(
    """many some most several few both all each none others two three four five six seven eight nine
    ten one another half""".split()
)
#: Negative and auxiliary contractions (one token each).
CONTRACTIONS = frozenset(
    """haven't hasn't hadn't isn't wasn't weren't aren't don't doesn't didn't won't wouldn't can't
    couldn't shouldn't mustn't""".split()
)
#: Relative and interrogative pronouns: never a source themselves.
RELATIVES = frozenset("who whom whose which that what whoever whatever".split())
#: Prepositions that keep a phrase inside the noun phrase ("chairman of the committee",
#: "a spokesman for the council", "a professor at Yale", "officials from the ministry").
ATTACH_PREPOSITIONS = frozenset("of for at from".split())
#: Adjectives after "familiar/close/briefed" that keep a phrase inside ("a person familiar with").
POSTMODIFIERS = frozenset("familiar close briefed knowledgeable involved".split())
#: Function words that end a noun phrase read leftwards or rightwards.
NP_STOP_WORDS = (
    frozenset(
        """is are was were be been being am has have had having do does did will would shall should can
    could may might must not n't never and or but nor so yet because although though while when
    whenever if unless since after before until as whether where wherever than like to in on at by
    with into onto about over under through during against among amongst between without within
    across behind beyond toward towards upon via per despite amid amidst around near off out up down
    also still just even only already again now then later soon once ever there here too very
    him them me us himself herself themselves itself myself ourselves yourself how why
    ago however meanwhile moreover instead rather perhaps indeed thus hence therefore otherwise afterwards afterward
    yesterday today tonight tomorrow recently earlier previously
    reportedly allegedly apparently""".split()
    )
    | CONTRACTIONS
)
#: Words that may stand between a subject and its cue ("has also said", "did not immediately").
CUE_ADVERBS = (
    frozenset(
        """has have had is was were are be been being will would could can may might should must shall
    did does do not n't never also later then previously repeatedly publicly privately recently
    earlier once again even only just first already reportedly allegedly still now often always
    yesterday today tonight last this week month year weekend morning afternoon evening night
    monday tuesday wednesday thursday friday saturday sunday long well further ever twice largely
    mostly partly quickly sometimes past""".split()
    )
    | CONTRACTIONS
)
_MONTH_NAMES = "january february march april may june july august september october november december".split()
#: Month names and their abbreviations ("a March 14, 2019 report", "Sept. 9").
MONTHS = frozenset(_MONTH_NAMES + "jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: Time words skipped before a cue ("Okafor on Monday said", "Varga last week said").
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week month year
    weekend morning afternoon evening night""".split()
    + _MONTH_NAMES
)
#: "-ed" / "-ing" words that are adjectives inside a noun phrase ("a retired general").
PARTICIPLE_ADJECTIVES = frozenset(
    """leading retired elected unnamed unidentified undisclosed concerned outgoing acting ruling
    governing managing founding presiding ranking distinguished respected renowned united related
    interested trusted so-called self-described self-styled incoming sitting visiting grieving
    distraught heartbroken devastated terrified frightened shocked worried veteran qualified
    experienced skilled licensed registered certified appointed designated named senior
    longstanding long-standing leading unnamed affected injured wounded bereaved""".split()
)
#: Verbs with an infinitive that lend their subject to it ("is expected to say", "went on to say").
RAISING_WORDS = frozenset(
    """expected likely set due about ready willing able going trying tried wants wanted want
    continues continued continue began begin begins started start starts used went go goes
    plans planned plan hopes hoped hope seemed seems appeared appears refused refuses declined
    declines agreed agrees promised promises decided decides on chose chooses sought seeks
    managed manages failed fails happened happens""".split()
)
#: Words that are adverbials, not subjects, at the start of a clause ("Since the war ...").
ADVERBIAL_WORDS = frozenset("since after before during amid despite following throughout until".split())
#: Quantity words: a phrase counting things or people is not a source unless its head is a person.
QUANTITY_WORDS = frozenset("percent per cent %".split())

# ---------------------------------------------------------------------------
# Classification and resolution word lists
# ---------------------------------------------------------------------------

#: Group nouns that, counted vaguely ("some experts", "many analysts") or bare ("critics say",
#: "insiders"), make a vague attribution.
VAGUE_GROUPS = frozenset(
    """experts analysts observers critics commentators insiders economists scientists people
    others many some most several observers pundits watchers sources""".split()
)
#: Quantifiers that make a group vague ("some experts", "many analysts").
VAGUE_QUANTIFIERS = frozenset("some many several most other others various numerous few".split())
#: Explicit anonymity: the phrase or its clause says the source is not named.
ANONYMITY = re.compile(
    r"\b(?:asked\s+not\s+to\s+be\s+(?:named|identified)|declined\s+to\s+be\s+(?:named|identified)|"
    r"(?:did\s+not|didn't|does\s+not|doesn't)\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)|"
    # "did not want her name used", "asked that his name not be published", "asked for her name to be withheld"
    r"(?:did\s+not|didn't|does\s+not|doesn't|would\s+not|wouldn't)\s+(?:want|wish)\s+(?:his|her|their)\s+"
    r"(?:full\s+|real\s+)?names?\s+(?:to\s+be\s+)?(?:used|published|printed|disclosed)|"
    # "who asked me not to name her employer", "asked us not to use his name": the writer keeps back who (or where) the source is
    r"asked\s+(?:me|us)\s+not\s+to\s+(?:(?:name|identify)\s+(?:him|her|them|his|their)\b|use\s+(?:his|her|their)\s+(?:full\s+|real\s+)?names?\b)|"
    r"asked\s+(?:that|for)\s+(?:his|her|their)\s+names?\s+(?:not\s+be\s+(?:used|published|printed)|(?:to\s+)?be\s+withheld)|"
    r"on\s+(?:the\s+)?condition\s+(?:of|that)\s+(?:anonymity|(?:he|she|they)\s+not\s+be\s+(?:named|identified))|"
    # "on condition that neither she nor her team be identified", "that his name not be used": the same
    # condition with a longer subject (a "neither ... nor" pair, or a name or identity noun)
    r"on\s+(?:the\s+)?condition\s+that\s+(?:neither\s+(?:[\w'’]+\s+){1,3}?nor\s+(?:[\w'’]+\s+){1,3}?be|"
    r"(?:his|her|their)\s+(?:names?|identity|identities)\s+not\s+be)\s+(?:named|identified|used|published|disclosed)|"
    r"not\s+authori[sz]ed\s+to\s+(?:speak|comment|discuss)|anonymous(?:ly)?|unnamed|unidentified|"
    r"sources?\s+(?:close\s+to|familiar\s+with|with\s+knowledge|inside|within|(?:in|at)\s+(?:the|his|her|its|their)\s)|"
    r"(?:person|people|someone|one|individuals?)\s+(?:familiar\s+with|briefed\s+on|close\s+to|with\s+(?:direct\s+)?knowledge)|"
    r"[a-z]+s?\s+(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)|"
    r"^(?:a|an|one|two|three|four|several)\s+(?:[\w-]+\s+){0,3}?sources?$|^sources?$|"
    # partly anonymous: "who gave only his first name", "identified only as Maria"
    r"(?:gave|give|gives|giving|provided|would\s+give)\s+only\s+(?:his|her|their|a)\s+first\s+names?|"
    r"first\s+names?\s+only|identified\s+only\s+(?:as|by)|"
    # "who gave his name only as Sipho", "gave her first name only as", "identified himself only as"
    r"(?:gave|give|gives|giving|provided)\s+(?:his|her|their)\s+(?:first\s+)?names?\s+only\s+as|"
    r"identified\s+(?:himself|herself|themselves)\s+only\s+(?:as|by)|"
    r"(?:declined|refused|(?:did\s+not|didn't|does\s+not|doesn't)\s+(?:want|wish))\s+to\s+give\s+(?:his|her|their)\s+"
    r"(?:full\s+|last\s+)?(?:names?|surnames?))",
    re.IGNORECASE,
)
#: An anonymous official: "a senior official", "two aides", "a Western diplomat" (no name), also with the
#: body served ("a senior official of the port authority").
ANONYMOUS_OFFICIAL = re.compile(
    r"^(?:a|an|one|two|three|four|several|another)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:officials?|aides?|advis[eo]rs?|staffers?|diplomats?|insiders?|operatives?|strategists?)"
    # with the body they serve ("a senior official of the port authority", "an aide at the ministry")
    r"(?:\s+(?:of|at|from|in)\s+\S.*)?$"
    # bare plurals with at most two seniority or affiliation words ("aides say", "Senior sources told")
    r"|^(?:(?:senior|top|key|close|trusted|government|party|campaign|cabinet|ministerial|official)\s+){0,2}"
    r"(?:aides|sources|staffers|advis[eo]rs)$"
    # the same bare plurals placed in a body or a side by a preposition ("Sources on the Labour benches",
    # "sources at the ministry", "aides at the palace"): still people not named
    r"|^(?:(?:senior|top|key|close|trusted|government|party|campaign|cabinet|ministerial|official)\s+){0,2}"
    r"(?:aides|sources|staffers|advis[eo]rs)\s+(?:on|in|at|around)\s+(?:the|a|an|its|his|her|their)\s+\S.*$"
    # a body's capitalised name and bare "sources" ("Labour sources", "Harbour Board sources"): people in it,
    # not named (a quantifier or determiner first is no body's name: "Some sources" stays vague)
    r"|^(?-i:(?!(?:Some|Many|Several|Most|Other|Various|Numerous|Few|The|These|Those|Two|Three|Four|Both|All)\s)"
    r"(?:[A-Z][\w'’&.-]*\s+){1,4})sources$"
    # an insider or a source the text names with "the" alone is still unnamed ("the insider told us", "the
    # source added"): the noun says the speaker is anonymous, as "an insider" does
    r"|^the\s+(?:same\s+)?(?:insiders?|sources?)$",
    re.IGNORECASE,
)
#: Gendered person nouns (pronoun resolution: "the spokeswoman ... she").
MALE_WORDS = frozenset(
    """he him his mr sir lord man men father dad son brother husband boy grandfather uncle nephew
    grandad granddad grandpa grandson spokesman chairman councilman congressman businessman policeman king prince duke""".split()
)
FEMALE_WORDS = frozenset(
    """she her mrs ms miss lady dame woman women mother mum mom daughter sister wife girl
    grandmother grandma granny granddaughter aunt niece spokeswoman chairwoman councilwoman congresswoman businesswoman
    policewoman actress queen princess duchess""".split()
)
#: Common English first names by gender (pronoun resolution only; a short list, no data file).
MALE_NAMES = frozenset(
    """john james robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
    edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
    benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam
    nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
    gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
    logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
    philip louis bernie ted marco mitch barack bill joe boris keir rishi nigel tony gordon jeremy
    ed ian colin graham neil martin simon nick tom harry oliver jamie liam owen rhys gareth dafydd
    mick mike jim bob rob rick dave dan ben matt pete phil steve andy greg luis carlos pablo jorge
    miguel juan pedro ahmed raj dev karim yusuf ibrahim omar
    alistair hamish angus callum ivan sergei pavel vladimir dmitry alexei serhiy volodymyr
    mohammed ahmed ali omar hassan""".split()
)
FEMALE_NAMES = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
    margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
    nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
    diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan
    andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
    jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella
    theresa diana natalie brittany charlotte marie kayla alexis lori hillary nancy theresa liz
    kemi priya fiona morag siobhan aoife niamh sinead bridget jane anne lucy sophie chloe ellie
    jo rosie kate claire nadia olga irina natalia fatima aisha liz beth jen sue jill dana lena
    karen laura linda angela priya anna julie helen margaret lisa""".split()
)
#: Every known first name (:data:`MALE_NAMES` and :data:`FEMALE_NAMES`): a word shaped like a person's.
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES


#: Participles that place a person ("a woman living on Elm Road", "a man based in Leeds"): the
#: phrase reader keeps the place in the person's phrase (spans.py), and a capitalised pair after
#: one and a place preposition is a place, no person (resolve.py).
PLACE_PARTICIPLES = frozenset("living residing staying working based born raised".split())

#: Plural common nouns of a trade that end company names ("Harbourline Buses", "Moorside Bakeries",
#: "Kestrel Coaches"): a capitalised pair ending in one is a company, no person (words that are
#: seldom surnames; "Banks", "Fields", "Wells" are left out).
TRADE_PLURALS = frozenset(
    """Buses Coaches Trains Trams Ferries Cabs Taxis Cars Vans Trucks Tours Railways Bakeries Breweries
    Distilleries Dairies Creameries Kitchens Restaurants Cafes Pharmacies Laboratories Hospitals Clinics
    Cinemas Theatres Galleries Interiors Furnishings Windows Roofing Contractors Couriers Carriers
    Cleaners Removals Supplies Wines Spirits Beverages Drinks Foods Meats Fisheries Nurseries Gardens
    Garages Tyres Tires Parts Machines Tools Papers Publications Games Toys Fashions Clothing
    Shoes Boots Jewellers Opticians Dentists Vets Surveyors Lettings Agents Growers Producers
    Manufacturers Retailers Exporters Importers Wholesalers Distributors Breeders Renewables""".split()
)
#: Last words of a company's name ("Brightwell Foods", "Delta Holdings"): "the company" or "the firm"
#: after such a name, cited or not, is that company (resolve.py).
COMPANY_NAME_ENDINGS = (
    frozenset(
        """Foods Holdings Industries Motors Homes Stores Brands Logistics Technologies Systems Solutions
    Group Pharmaceuticals Airways Airlines Terminals Polymers Chemicals Textiles Plastics Metals
    Engineering Construction Electronics Packaging Freight Energy Insurance Ltd Plc PLC Inc
    Corp Corporation Limited""".split()
    )
    | TRADE_PLURALS
)
#: Head nouns of a description that may stand for a company named before ("the company").
COMPANY_HEADS = frozenset("company firm business group manufacturer maker retailer".split())

#: Government agencies known by their initials, with the head nouns that describe them ("the
#: agency" after "NASA"): named organisations of kind official.
OFFICIAL_ACRONYMS: dict[str, frozenset[str]] = {
    k: frozenset(v.split())
    for k, v in {
        "NASA": "agency",
        "ESA": "agency",
        "FBI": "bureau agency",
        "CIA": "agency",
        "NSA": "agency",
        "EPA": "agency",
        "FEMA": "agency",
        "FDA": "agency administration regulator",
        "FAA": "agency administration regulator",
        "NTSB": "board agency",
        "NHTSA": "agency administration regulator",
        "CDC": "agency centers",
        "NIH": "agency institutes",
        "NOAA": "agency administration",
        "IRS": "agency service",
        "DEA": "agency administration",
        "ATF": "agency bureau",
        "TSA": "agency administration",
        "SEC": "agency commission regulator watchdog",
        "FTC": "agency commission regulator watchdog",
        "FCC": "agency commission regulator",
        "DOJ": "department",
        "DHS": "department",
        "ICE": "agency",
        "NHS": "service",
        "ONS": "office",
        "HMRC": "department agency",
        "DVLA": "agency",
        "NCA": "agency",
        "CPS": "service",
        "MI5": "agency service",
        "MI6": "agency service",
        "GCHQ": "agency",
        "Ofcom": "regulator watchdog",
        "Ofsted": "regulator watchdog inspectorate",
        "Ofgem": "regulator watchdog",
        "Ofwat": "regulator watchdog",
        "ECB": "bank",
        "IMF": "fund",
        "WHO": "agency organisation organization",
    }.items()
}
#: Subjects that stand for nobody in particular ("Anyone who has looked ... knows"): never a source
#: ("everyone I interviewed" is a group that was asked, and stays one).
GENERIC_SUBJECTS = frozenset("anyone anybody whoever nobody no-one".split())

#: Quotation marks that open a quotation ("a sentence that is a whole quotation", a quoted sentence start).
OPENING_QUOTES = frozenset("\"“‘'")
#: Quotation marks that close a quotation.
CLOSING_QUOTES = frozenset("\"”’'")

#: Nouns that "planning" modifies as a compound ("planning officers", "the planning committee"): before
#: one of them "planning" is the noun, no cue of intention ("Council planning officers said").
PLANNING_HEADS = frozenset(
    """officer officers official officials committee committees application applications permission
    permissions department departments inspector inspectors inspectorate authority authorities board
    boards panel panels chief chiefs staff team teams consultant consultants expert experts lawyer
    lawyers minister ministers spokesman spokeswoman spokesperson""".split()
)
