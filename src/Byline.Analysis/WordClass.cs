namespace Byline.Analysis;

/// <summary>
/// The word lists a word belongs to, looked up once per distinct spelling: the attribution reader's classes
/// (lower-case look-ups, see <see cref="Attribution.Lexeme"/>) in the low 32 bits and from bit 54 on, the entity
/// recogniser's (look-ups as written, see <see cref="Entities.MentionScanner"/>) in bits 32–53.
/// </summary>
[Flags]
public enum WordClass : ulong
{
    None = 0,
    Determiner = 1UL << 0,
    Auxiliary = 1UL << 1,
    Pronoun = 1UL << 2,
    ClauseBoundary = 1UL << 3,
    RoleNoun = 1UL << 4,
    VagueSubject = 1UL << 5,
    VagueQuantifier = 1UL << 6,
    Hedge = 1UL << 7,
    AgentlessParticiple = 1UL << 8,
    BeForm = 1UL << 9,
    Intensifier = 1UL << 10,
    ReactionVerb = 1UL << 11,
    ReactionNoun = 1UL << 12,
    AnonymousHead = 1UL << 13,
    NounLikeForm = 1UL << 14,
    PhraseCueFirst = 1UL << 15,
    VoiceChangeFirst = 1UL << 16,
    /// <summary>A form of a reporting verb (<see cref="Lexeme.Verb"/> says which).</summary>
    Verb = 1UL << 17,
    /// <summary>of, for, with, at, from, in, on, to: may join a prepositional phrase to a noun phrase.</summary>
    Preposition = 1UL << 18,
    /// <summary>that, which, who, because…: opens a subordinate or relative clause.</summary>
    SubordinateMarker = 1UL << 19,
    /// <summary>I, we, our, my… — "US" is the country; only a lower-case "us" is the first person.</summary>
    FirstPerson = 1UL << 20,
    /// <summary>A document or data that can be a source: report, poll, records…</summary>
    DocumentHead = 1UL << 21,
    /// <summary>poll, survey, study: cited with "in".</summary>
    PollHead = 1UL << 22,
    /// <summary>Update, Reports, Sources…: a headline label before a colon, not a speaker.</summary>
    HeadlineLabel = 1UL << 23,
    /// <summary>Three, another, both…: a determiner that can be a subject on its own.</summary>
    QuantitySubject = 1UL << 24,
    /// <summary>March, Tuesday, week…: ends a time phrase after a subject.</summary>
    TimeWord = 1UL << 25,
    /// <summary>released, conducted, of…: may follow a poll's name ("the poll released Monday").</summary>
    AfterPoll = 1UL << 26,
    /// <summary>in, on, last, this, earlier: opens a time phrase ("last week", "in March").</summary>
    TimePhraseOpener = 1UL << 27,
    /// <summary>of, at, for: joins a prepositional phrase to a subject after an appositive.</summary>
    AppositivePreposition = 1UL << 28,
    /// <summary>who, which, of, from…: opens a description set off by commas after a subject.</summary>
    DescriptionOpener = 1UL << 29,
    /// <summary>a, an, the.</summary>
    Article = 1UL << 30,
    /// <summary>familiar, close, knowledgeable, briefed: a source's knowledge ("people familiar with").</summary>
    KnowingAdjective = 1UL << 31,
    /// <summary>The entity classes of the spelling have been looked up (so a value of <see cref="None"/> means "not yet").</summary>
    EntityClassesRead = 1UL << 32,
    Title = 1UL << 33,
    TitleWithDot = 1UL << 34,
    NotName = 1UL << 35,
    NotNameWithDot = 1UL << 36,
    /// <summary>The name without a possessive "'s" is on the not-a-name list.</summary>
    NameIsNotName = 1UL << 37,
    Connector = 1UL << 38,
    PlaceHead = 1UL << 39,
    OrganisationHead = 1UL << 40,
    MiscHead = 1UL << 41,
    PlaceStart = 1UL << 42,
    OrganisationStart = 1UL << 43,
    MiscStart = 1UL << 44,
    GivenName = 1UL << 45,
    PersonCue = 1UL << 46,
    PoliticalVerb = 1UL << 47,
    PlacePreposition = 1UL << 48,
    TeamRole = 1UL << 49,
    ResultVerb = 1UL << 50,
    TeamWordBefore = 1UL << 51,
    SurnameParticle = 1UL << 52,
    RunEndingConnector = 1UL << 53,
    /// <summary>A form of a WordNet cue candidate (<see cref="Attribution.AttributionLexicon.CandidateVerbs"/>): a cue when tagged as a verb.</summary>
    CueCandidate = 1UL << 54,
    /// <summary>in: opens a phrase between commas that tells how a subject spoke ("Smith, in a statement, said").</summary>
    CircumstanceOpener = 1UL << 55,
    /// <summary>seems, appeared…: before "to" or "that", the writer passes on an impression without saying whose (a hedge).</summary>
    EvidentialVerb = 1UL << 56,
    /// <summary>to, that: after an evidential verb, makes it a hedge ("appears to", not "appeared on television").</summary>
    EvidentialComplement = 1UL << 57,
    /// <summary>who, which: a relative pronoun standing for the source named before it.</summary>
    RelativePronoun = 1UL << 58,
    /// <summary>by: names the agent of a passive participle or of a document ("described by", "a survey by").</summary>
    AgentMarker = 1UL << 59,
    /// <summary>spokesman, spokeswoman…: a source who speaks for someone else.</summary>
    Spokesperson = 1UL << 60,
    /// <summary>his, her, their, or a word ending in 's: a possessor, who may be the party of a stance noun after it ("his support for").</summary>
    Possessor = 1UL << 61,
    /// <summary>hopeful, confident, wary…: an adjective of a party's stance after "be" ("The mayor was hopeful that …").</summary>
    StanceAdjective = 1UL << 62,
    /// <summary>criticism, calls, support…: a noun of a party's stance read before what it is about ("calls for an inquiry").</summary>
    NominalStance = 1UL << 63,
}
