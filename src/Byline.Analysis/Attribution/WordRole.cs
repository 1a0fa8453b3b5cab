namespace Byline.Analysis.Attribution;

/// <summary>
/// The attribution lexicon's lists that the reader asks of many words but that have no bit in <see cref="WordClass"/>
/// (all 64 are taken): looked up once per spelling (<see cref="Lexeme.Roles"/>) instead of a frozen-set probe per
/// word and question. Each role is membership of the lower-case form in its list, or for a verb list, being a form of one of its lemmas.
/// A verb list's role saves the reader the lemmatizer at each occurrence: asked of the words around every cue verb, the
/// regular ending's lemmas were the largest single cost of a cue's reading (docs/performance.md, Session 37). The
/// function-word lists from <see cref="CoordinatingConjunction"/> on were frozen-set probes asked of the words around
/// every cue, about 5 % of the block facts in all (Session 40).
/// </summary>
[Flags]
public enum WordRole : uint
{
    None = 0,
    /// <summary><c>modal_verbs</c>.</summary>
    ModalVerb = 1 << 0,
    /// <summary><c>topic_prepositions</c>.</summary>
    TopicPreposition = 1 << 1,
    /// <summary><c>question_topic_prepositions</c>.</summary>
    QuestionTopicPreposition = 1 << 2,
    /// <summary><c>question_words</c>.</summary>
    QuestionWord = 1 << 3,
    /// <summary><c>predicative_markers</c>.</summary>
    PredicativeMarker = 1 << 4,
    /// <summary><c>clause_complements</c>.</summary>
    ClauseComplement = 1 << 5,
    /// <summary>A form of a verb of <c>naming_verbs</c> or <c>characterizing_verbs</c> ("branded", "is labeling", "casts").</summary>
    NamingVerbForm = 1 << 6,
    /// <summary>A noun of <c>viewpoint_nouns</c> ("view", "account").</summary>
    ViewpointNoun = 1 << 7,
    /// <summary>A form of a verb of <c>naming_verbs</c> ("called", "dubbed", "known").</summary>
    NamingVerb = 1 << 8,
    /// <summary>A form of a verb of <c>characterizing_verbs</c>.</summary>
    CharacterizingVerb = 1 << 9,
    /// <summary>A form of a verb of <c>publishing_verbs</c>.</summary>
    PublishingVerb = 1 << 10,
    /// <summary>A form of a verb of <c>copular_verbs</c>.</summary>
    CopularVerb = 1 << 11,
    /// <summary>A form of a verb of <c>receiving_verbs</c>.</summary>
    ReceivingVerb = 1 << 12,
    /// <summary>A form of a verb of <c>light_verbs</c>.</summary>
    LightVerb = 1 << 13,
    /// <summary>A noun of <c>stance_nouns</c> ("support", "criticism").</summary>
    StanceNoun = 1 << 14,
    /// <summary><c>coordinating_conjunctions</c>.</summary>
    CoordinatingConjunction = 1u << 15,
    /// <summary><c>noun_complement_prepositions</c>.</summary>
    NounComplementPreposition = 1u << 16,
    /// <summary><c>perfect_auxiliaries</c>.</summary>
    PerfectAuxiliary = 1u << 17,
    /// <summary><c>infinitive_markers</c>.</summary>
    InfinitiveMarker = 1u << 18,
    /// <summary><c>content_clause_conjunctions</c>.</summary>
    ContentClauseConjunction = 1u << 19,
    /// <summary><c>tagged_relative_pronouns</c>.</summary>
    TaggedRelativePronoun = 1u << 20,
    /// <summary><c>subject_only_pronouns</c>.</summary>
    SubjectOnlyPronoun = 1u << 21,
    /// <summary><c>passive_auxiliaries</c>.</summary>
    PassiveAuxiliary = 1u << 22,
    /// <summary>A word of a <c>stance_predicates</c> entry marked <c>experiencer</c> ("worried", "pleased").</summary>
    ExperiencerParticiple = 1u << 23,
    /// <summary><c>speaker_passives</c>.</summary>
    SpeakerPassive = 1u << 24,
    /// <summary><c>openers_before_subject</c>.</summary>
    OpenerBeforeSubject = 1u << 25,
    /// <summary><c>viewpoint_prepositions</c>.</summary>
    ViewpointPreposition = 1u << 26,
    /// <summary><c>intensive_pronouns</c>.</summary>
    IntensivePronoun = 1u << 27,
    /// <summary><c>comment_clause_openers</c>.</summary>
    CommentClauseOpener = 1u << 28,
    /// <summary>The last word of a chain of <c>reporting_chains</c> ("to" of "went on to").</summary>
    ReportingChainEnd = 1u << 29,
    /// <summary><c>object_pronouns</c>.</summary>
    ObjectPronoun = 1u << 30,
    /// <summary><c>stance_complements</c>.</summary>
    StanceComplement = 1u << 31,
}
