namespace Byline.Analysis.Attribution;

/// <summary>
/// One shape of attribution the sentence reader recognises: its stable <see cref="Name"/> (the hover and the
/// evaluation say which pattern matched), its shape over tagged tokens, and an invented example. The words that
/// trigger a pattern (cue verbs, phrase cues, labels) are data in <c>Data/attribution.yaml</c>; each pattern's
/// matcher is one method of <see cref="SentenceReader"/>, tested on paraphrases in <c>AttributionPatternTests</c>.
/// </summary>
public sealed record AttributionPattern(string Name, string Shape, string Example)
{
    /// <summary>
    /// Whether the source goes on speaking in the next sentences of the paragraph (AP carry-over). A stance or
    /// action ("The mayor opposed the toll") is no voice that goes on, and neither starts nor ends one.
    /// </summary>
    public bool CarriesVoice { get; init; } = true;

    /// <summary>
    /// Whether the speaker's words run on unquoted to the end of the paragraph, as a transcript's turn does after its
    /// speaker's label ("KIM: We will reopen the pier. The repairs are done."): a paraphrase is attributed sentence by
    /// sentence, but a turn is one speaker's until the next label or paragraph.
    /// </summary>
    public bool RunsUnquoted { get; init; }

    /// <summary>
    /// Whether the pattern is a report whose grammar leaves the speaker unsaid (an agentless passive): its attribution
    /// has no source, and still attributes its sentence (<see cref="Attribution.Attributes"/>).
    /// </summary>
    public bool LeavesSpeakerUnsaid { get; init; }

    public override string ToString() => Name;
}

/// <summary>The table of attribution patterns, most common first.</summary>
public static class AttributionPatterns
{
    /// <summary>A subject, then a reporting verb (or a WordNet cue the tagger reads as a verb), then what was said.</summary>
    public static readonly AttributionPattern SubjectCueContent = new("subject-cue-content",
        "SOURCE (AUX|ADV)* CUE:VERB [that] CONTENT", "The mayor insisted that the bridge was safe.");

    /// <summary>What was said first, then the cue with its source after or before it.</summary>
    public static readonly AttributionPattern ContentCueSource = new("content-cue-source",
        "CONTENT , CUE:VERB SOURCE | CONTENT , SOURCE CUE:VERB", "“The bridge is safe,” said the mayor.");

    /// <summary>A participle that continues the sentence's speaker: "…, adding that …".</summary>
    public static readonly AttributionPattern Participle = new("participle",
        "SOURCE … , CUE:VBG CONTENT", "The mayor closed the bridge, saying it needed repairs.");

    /// <summary>"according to", "as reported by" with the source after the phrase.</summary>
    public static readonly AttributionPattern AccordingTo = new("according-to",
        "according to SOURCE , CONTENT | CONTENT , according to SOURCE", "According to the ministry, the bridge is safe.");

    /// <summary>A named speaker (with an optional description) before a colon: headlines, transcripts, social media.</summary>
    public static readonly AttributionPattern ColonOpener = new("colon-opener",
        "NAME [, DESCRIPTION] : CONTENT", "Mayor Lee, city hall: “The bridge is safe.”");

    /// <summary>
    /// A transcript's speaker label: a bare name, every word capitalised, before the colon that opens the sentence. The
    /// turn runs on unquoted to the paragraph's end; a run with lower-case words ("Limits to the Plan:") heads a section.
    /// </summary>
    public static readonly AttributionPattern SpeakerLabel = new("speaker-label",
        "NAME : CONTENT (SENTENCE)* ¶", "LEE: The bridge is safe. We checked it twice.") { RunsUnquoted = true };

    /// <summary>
    /// A quotation a colon introduces after a clause: the subject of that clause speaks it ("The mayor did not mince
    /// words: “…”", "She went on: “…”"). The cue runs from the clause's verb to the colon.
    /// </summary>
    public static readonly AttributionPattern ColonQuotation = new("colon-quotation",
        "SOURCE:PARTY (AUX|ADV)* VERB … : “CONTENT”", "The mayor did not mince words: “The pier is finished.”");

    /// <summary>A poll or survey cited with "in".</summary>
    public static readonly AttributionPattern PollCitation = new("poll-citation",
        "in DET … POLL , CONTENT | CONTENT in DET … POLL", "In a new county poll, 40 percent backed the plan.");

    /// <summary>A passive cue with its agent: "was described by X as …".</summary>
    public static readonly AttributionPattern PassiveAgent = new("passive-agent",
        "CONTENT be CUE:VBN by SOURCE", "The plan was described by the mayor as reckless.");

    /// <summary>
    /// A reporting verb in the passive with no agent ("is expected to", "was asked whether", "it is believed that"): the
    /// subject is what the report is about, and the speaker is left unsaid, so the cue has no source. The sentence is
    /// still attributed (vaguely: nobody is named), and a voice carried from earlier in the paragraph ends there.
    /// </summary>
    public static readonly AttributionPattern AgentlessPassive = new("agentless-passive",
        "[CONTENT] (be|get) (ADV)* CUE:VBN [that|to] CONTENT", "The pier is expected to reopen in May.") { LeavesSpeakerUnsaid = true };

    /// <summary>A statement noun introduced by "in": "In a statement, the ministry said …" (widens the verb cue).</summary>
    public static readonly AttributionPattern Nominal = new("nominal",
        "in a CUE:NOUN , SOURCE … | SOURCE CUE:VERB in a CUE:NOUN", "In a statement, the ministry said the bridge was safe.");

    /// <summary>
    /// A party's stance or action told by a verb no reporting list holds ("opposes", "backed", "hopes"): the subject
    /// must be a name, a role or a pronoun. It covers its own sentence only; it carries no voice to the next.
    /// </summary>
    public static readonly AttributionPattern PartyStance = new("party-stance",
        "SOURCE:PARTY (AUX|ADV)* CUE:VERB(stance|speech) CONTENT | SOURCE:PARTY be [ADV] CUE:ADJ(stance) (that|of|about…) CONTENT",
        "The mayor decried the new toll.") { CarriesVoice = false };

    /// <summary>A party's stance named by a noun after its possessor: "his support for", "the mayor's criticism of".</summary>
    public static readonly AttributionPattern PossessiveNominal = new("possessive-nominal",
        "POSSESSOR:PARTY CUE:NOUN CONTENT", "Despite his support for the toll, the bridge stayed free.") { CarriesVoice = false };

    /// <summary>
    /// A party's stance named by a noun with no possessor, before what it is about: "calls for an inquiry", "support
    /// among farmers". Its source is the party after a source preposition, or none (the sentence is then vaguely
    /// sourced, not unattributed). It carries no voice.
    /// </summary>
    public static readonly AttributionPattern NominalStance = new("nominal-stance",
        "CUE:NOUN(stance) PREP CONTENT [(from|among|by) SOURCE:PARTY]", "Calls for an inquiry from dock workers grew louder.") { CarriesVoice = false };

    /// <summary>
    /// A question put to the party who answers, told by a question verb's participle: the one asked is the party, the
    /// question the content. It carries no voice: the answer is reported by a cue of its own.
    /// </summary>
    public static readonly AttributionPattern QuestionPut = new("question-put",
        "[when|after] CUE:VBN(question) CONTENT , SOURCE … | SOURCE CUE … , [when] CUE:VBN(question) CONTENT",
        "Asked whether the pier would reopen, the mayor said no.") { CarriesVoice = false };

    /// <summary>
    /// A speech verb in an infinitive of purpose after what the subject did: the subject speaks. It carries no voice:
    /// the sentence tells an act, and what follows is the writer's account again.
    /// </summary>
    public static readonly AttributionPattern PurposeInfinitive = new("purpose-infinitive",
        "SOURCE … VERB … NOUN to CUE:VB(speech) CONTENT", "The mayor went on the radio to defend the toll.") { CarriesVoice = false };

    /// <summary>
    /// A verb, adjective or noun before a preposition that names its topic ("argued about", "uneasy about", "questions
    /// about"): a stance on that topic. A verb's or adjective's party subject holds it, a noun's party after a source
    /// preposition; else none is named (the sentence is vaguely sourced). It carries no voice.
    /// </summary>
    public static readonly AttributionPattern Topic = new("topic",
        "SOURCE:PARTY … CUE:(VERB|ADJ) about CONTENT | CUE:NOUN about CONTENT [(from|among|by) SOURCE:PARTY]",
        "The dock workers argued about the new toll.") { CarriesVoice = false };

    /// <summary>
    /// A reporting verb in the infinitive a verb or adjective takes ("declined to say", "was quick to deny"): the
    /// subject of that verb or adjective is told to say, or to refuse or mean to say, what follows. It carries no voice:
    /// what follows is the writer's account again.
    /// </summary>
    public static readonly AttributionPattern ControlledInfinitive = new("controlled-infinitive",
        "SOURCE:PARTY … (VERB|ADJ) [ADV] to CUE:VB(curated) CONTENT", "The mayor declined to say whether the pier would close.") { CarriesVoice = false };

    /// <summary>
    /// A party's stance told by an adjective or participle on a copula, before the preposition that names what it is
    /// about ("are alarmed at", "has been supportive of", "remain opposed to"). It carries no voice.
    /// </summary>
    public static readonly AttributionPattern StancePredicate = new("stance-predicate",
        "SOURCE:PARTY (AUX|ADV)* (be|remain|become) [ADV] CUE:(stance_predicates) PREP CONTENT",
        "The harbour master remains opposed to the new toll.") { CarriesVoice = false };

    /// <summary>
    /// A hedge (a verb of appearance or an adverb that tells of a report, <c>evidential_verbs</c> and <c>hedge_cues</c>) outside any named
    /// source's report: someone's impression or report with nobody named as its source. It carries no voice.
    /// </summary>
    public static readonly AttributionPattern Hedge = new("hedge",
        "… CUE:(evidential_verbs (to|that|like|ADJ) | hedge_cues) CONTENT", "The new pier appears to be sinking.") { CarriesVoice = false };

    /// <summary>
    /// A viewpoint adverbial ("in the mayor's view", "in the words of the mayor", "by her own account"): the party whose
    /// view the clause gives is the source. It carries no voice.
    /// </summary>
    public static readonly AttributionPattern Viewpoint = new("viewpoint",
        "(in|by) POSSESSOR [ADJ] CUE:NOUN , CONTENT | in the CUE:NOUN of SOURCE , CONTENT",
        "In the mayor's view, the toll is too high.") { CarriesVoice = false };

    /// <summary>
    /// A question-and-answer interview: the paragraphs after the interviewer's question are the interviewee's answer, up to
    /// the next question. Its cue is the question; its source the answer's speaker label when it has one, else nobody
    /// named (the one asked). Made by linking (<see cref="InterviewState"/>), never by the sentence reader.
    /// </summary>
    public static readonly AttributionPattern InterviewAnswer = new("interview-answer",
        "QUESTION? ¶ ANSWER (¶ ANSWER)* ¶ QUESTION?", "Why did you rebuild the pier? ¶ It was sinking. We had no choice.") { RunsUnquoted = true };

    /// <summary>
    /// A citation mark that ends the sentence, before or after its full stop ("[5]", "[12][13]", "[a]"), as Wikipedia and
    /// academic pages print their references: the document the mark points to is the sentence's source. It covers its
    /// own sentence only, so it carries no voice; "[citation needed]" says the opposite and is no mark.
    /// </summary>
    public static readonly AttributionPattern ReferenceMark = new("reference-mark",
        "CONTENT [.] SOURCE:[N]+ [.]", "The pier opened in 1911.[4]") { CarriesVoice = false };

    /// <summary>
    /// An author-year citation in brackets ("(Berg et al. 2015)", "(see Dahl &amp; Nes, 2019: 12)"), inside or at the end of
    /// the sentence: the cited document is its source, as with a reference mark; it covers its own sentence only.
    /// </summary>
    public static readonly AttributionPattern AuthorYear = new("author-year",
        "CONTENT SOURCE:(NAME+ YEAR) [CONTENT]", "Salt marshes store more carbon than forests (Berg et al. 2015).") { CarriesVoice = false };

    /// <summary>Every pattern, for documentation and the tests that check each is exercised.</summary>
    public static IReadOnlyList<AttributionPattern> All { get; } =
        [SubjectCueContent, ContentCueSource, Participle, AccordingTo, ColonOpener, SpeakerLabel, ColonQuotation, PollCitation, PassiveAgent, AgentlessPassive, Nominal, PartyStance, PossessiveNominal, NominalStance, QuestionPut, PurposeInfinitive, Topic, ControlledInfinitive, StancePredicate, Hedge, Viewpoint, InterviewAnswer, ReferenceMark, AuthorYear];
}
