"""Sourcing lexicon: speech, belief and evidence verbs and the word lists of source classification.

Every list is a plain ``frozenset`` / ``dict`` built once at import (see :mod:`mediakit.metrics.sourcing`).
"""

from __future__ import annotations

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
    remember repeat""".split()
)
#: Belief, intention, evidence and stance verbs (PolNeAR counts them as attributions).
BELIEF_LEMMAS = tuple(
    """believe think know find show expect hope want plan seem appear fear worry consider
    regard view see decide intend aim prefer estimate learn seek support oppose endorse back
    favor favour agree attack challenge defend offer propose refuse advocate recognize
    recognise welcome embrace accept list portray deem signal push read project release
    expose charge convince persuade""".split()
)
#: Cue type of each lemma (the ``cue_type`` column): ``speech`` unless listed here.
#: Beliefs, intentions and stances are attributions in PolNeAR's sense (they count in
#: ``attributions``) but not *cited sources*; evidence verbs cite a document or data.
CUE_TYPES_BY_LEMMA: dict[str, str] = {
    **dict.fromkeys(
        "believe think know seem appear fear worry consider regard view see expect deem learn recognize "
        "recognise convince persuade estimate wonder remember".split(),
        "belief",
    ),
    **dict.fromkeys("hope want plan intend aim seek prefer decide".split(), "intention"),
    **dict.fromkeys(
        "support oppose endorse back favor favour agree attack challenge defend offer propose refuse "
        "advocate welcome embrace accept reject portray push charge".split(),
        "stance",
    ),
    **dict.fromkeys(
        "find show indicate reveal highlight list project release expose read".split(), "evidence"
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
    """states stating state orders order reading backs identifying remembering repeating
    repeat
    posting projects project projected lists listing issues issuing charges releases
    releasing request requests answers seeing seen find finding showing thinking knowing
    speak speaks speaking thanks thank tweet tweets decline declines
    issue stress stresses decide ask plan back attacks
    attack embraced embrace offering continuing push written challenge charged charge
    defend add welcome estimated estimate question aims aim note""".split()
)
#: Noun-ambiguous forms: a cue only after a subject-like word (see module docstring).
NOUNISH = frozenset(
    """support supports comment comments report reports attack attacks plan plans call calls
    question questions view views claim claims offer offers promise promises demand demands
    fear fears hope hopes estimate estimates release issue list push challenge challenges
    counter echo echoes signal signals post posts tweet tweets defend answer back favor
    favour order praise blame warning charge charged release released word words remarks
    remark""".split()
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
    another whose such new latest recent joint written formal""".split()
)
#: Past forms of speech verbs that are never nouns: no determiner filter ("Yet another said").
UNAMBIGUOUS_FORMS = frozenset(
    """said says told tells wrote writes added asked argued noted explained insisted declared
    warned tweeted replied recalled acknowledged""".split()
)
#: Belief verbs that count only right after a subject ("I think", "voters want", "they see").
SUBJECT_ONLY = frozenset("think want see know hope feel believe seem appear mean guess".split())
SUBJECT_WORDS = frozenset(
    """i we you they he she who people voters many some most others americans democrats
    republicans also still really truly genuinely don't didn't doesn't not n't do does did
    strongly firmly clearly""".split()
)
#: Words after which a noun-ambiguous form is a verb ("he plans", "will call").
VERB_CONTEXT = frozenset(
    """he she they i we you it who which that also will would can could may might should must
    shall to not n't never often still now then later repeatedly publicly privately already
    just only reportedly allegedly""".split()
)

#: Role nouns that make a bare plural subject a vague source ("Lawyers have reported").
ROLE_WORDS: dict[str, str] = {}
for _kind, _words in {
    "official": """official officials spokesman spokeswoman spokesperson spokespeople minister
        ministers president presidents governor governors senator senators mayor mayors police
        officer officers government administration ministry department agency kremlin
        commander commanders general generals military army authorities authority lawmaker
        lawmakers legislator legislators congressman congresswoman secretary ambassador
        diplomat diplomats aide aides adviser advisers advisor advisors staffer staffers
        diplomats prime chancellor premier cabinet guards guard troops soldiers servicemen
        candidate candidates campaign democrats republicans politicians politician""",
    "legal": """lawyer lawyers attorney attorneys prosecutor prosecutors judge judges court
        courts counsel barrister barristers solicitor solicitors prosecution defence defense
        lawsuit filing indictment""",
    "expert": """expert experts professor professors analyst analysts economist economists
        researcher researchers scientist scientists academic academics doctor doctors
        historian historians strategist strategists pollster pollsters scholar scholars
        university institute specialist specialists consultant consultants observers""",
    "citizen": """resident residents witness witnesses voter voters neighbour neighbours
        neighbor neighbors mother father parent parents student students worker workers
        customer customers fan fans locals passerby victim victims survivor survivors
        protester protesters protestors supporter supporters citizen citizens villager
        villagers people man woman families family shopper shoppers""",
    "media": """newspaper newspapers reporter reporters journalist journalists editor editors
        correspondent correspondents magazine outlet outlets broadcaster network channel
        paper times post journal tribune telegraph guardian cnn bbc reuters ap afp bloomberg
        msnbc nbc abc cbs fox politico breitbart""",
    "organisation": """company companies firm firms group groups organization organisation
        organizations organisations charity charities union unions party parties
        association council committee commission foundation corporation bank banks""",
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
    lawsuit indictment transcript transcripts footage video post tweet tweets article""".split()
)
ORG_SUFFIXES = frozenset(
    """Inc Corp Ltd LLC Co Party Ministry Department Agency Police Court Committee Commission
    Council University Institute Foundation Association Union Group Bank Service Office
    Administration Bureau Campaign Network News Times Post Journal Agency Board Senate House
    Congress Parliament Kremlin Pentagon Army Navy Government Center Centre District Region
    Province County City State Troops Guard Guards Forces Republic Kingdom Federation Street
    Square Church School College Club Hospital Airport Station North South East West
    Northern Southern Eastern Western Central""".split()
)
#: Capitalised words of news outlets' names ("The Daily Mail", "Fox News"): organisations of kind media.
MEDIA_NAMES = frozenset(
    """Mail Times Post Star Sun Guardian Telegraph Journal Tribune Herald Express Mirror Independent
    News Daily Weekly Gazette Chronicle Observer Standard Reuters Bloomberg Associated Press CNN BBC
    NBC ABC CBS MSNBC Fox Politico Breitbart AP AFP Axios Vox Newsweek Economist Atlantic""".split()
)
PRONOUNS = frozenset("he she they i we it you him her them".split())
NAME_STOP = frozenset(
    """The A An This That These Those It He She They We I You His Her Their Our In On At For
    But And Or So If When While After Before As Since Although Though Yet Then Now Still
    Also However Meanwhile Mr Mrs Ms Dr Sen Rep Gov Gen President""".split()
)
TITLES = frozenset("Mr Mrs Ms Mx Dr Prof Sen Rep Gov Gen Lt-Gen Maj-Gen Col Capt Sgt Rev".split())

COUNTRIES = frozenset(
    """Russia Ukraine China America Britain England France Germany India Israel Iran Japan Canada
    Australia Europe Mexico Spain Italy Syria Iraq Afghanistan Pakistan Korea Turkey Poland Brazil
    Moscow Kyiv Kiev Beijing Washington London Paris Berlin Kremlin Pentagon Congress Parliament
    Downing Whitehall Tehran Ankara Brussels NATO EU UN Nato Russian Ukrainian American British
    English Chinese French German Indian Israeli Iranian Japanese Canadian Australian European
    Mexican Spanish Italian Syrian Iraqi Afghan Pakistani Korean Turkish Polish Brazilian
    Democratic Republican Democrat Republicans Democrats GOP""".split()
)

INSTITUTIONS = frozenset(
    """court courts government ministry department agency administration police kremlin military
    army campaign party committee commission council university institute company firm group
    organization organisation union association foundation network newspaper magazine
    broadcaster channel outlet bank""".split()
)
MEDIA_PEOPLE = frozenset(
    "reporter reporters journalist journalists editor editors correspondent correspondents anchor host".split()
)

#: Person, role and group nouns beyond :data:`ROLE_WORDS` (a ``role`` source's head).
PERSON_NOUNS = frozenset(
    """chief chiefs head heads leader leaders member members manager managers director directors
    chairman chairwoman chair boss bosses executive executives founder owner owners employee
    employees staff team crew activist activists campaigner campaigners organizer organizers
    official insider insiders source sources person persons someone everyone anyone nobody
    colleague colleagues friend friends relative relatives son daughter wife husband brother
    sister child children kids men women boy girl boys girls individuals commentator commentators
    critic critics opponent opponents ally allies rival rivals candidate nominee delegates
    representative representatives envoy envoys negotiator negotiators investigators inspector
    inspectors detectives guard guards servicemen soldiers troops personnel veterans agents
    hundreds thousands dozens millions majority""".split()
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
    ten""".split()
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
NP_STOP_WORDS = frozenset(
    """is are was were be been being am has have had having do does did will would shall should can
    could may might must not n't never and or but nor so yet because although though while when
    whenever if unless since after before until as whether where wherever than like to in on at by
    with into onto about over under through during against among amongst between without within
    across behind beyond toward towards upon via per despite amid amidst around near off out up down
    also still just even only already again now then later soon once ever there here too very
    him them me us himself herself themselves itself myself ourselves yourself how why
    ago however meanwhile moreover instead rather perhaps indeed thus hence therefore otherwise
    yesterday today tonight tomorrow recently earlier previously first last next
    reportedly allegedly apparently""".split()
) | CONTRACTIONS
#: Words that may stand between a subject and its cue ("has also said", "did not immediately").
CUE_ADVERBS = frozenset(
    """has have had is was were are be been being will would could can may might should must shall
    did does do not n't never also later then previously repeatedly publicly privately recently
    earlier once again even only just first already reportedly allegedly still now often always
    yesterday today tonight last this week month year weekend morning afternoon evening night
    monday tuesday wednesday thursday friday saturday sunday""".split()
) | CONTRACTIONS
#: Time words skipped before a cue ("Trump on Monday said", "Clinton last week said").
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december yesterday today tonight week month year
    weekend morning afternoon evening night""".split()
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
