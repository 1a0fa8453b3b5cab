using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Byline.Syntax;
using YamlDotNet.RepresentationModel;

namespace Byline.Analysis.Attribution;

public enum CueKind : byte
{
    Speech,
    Cognition,
    Evidence,
}

/// <summary>What a verb form means for attribution.</summary>
public sealed record CueVerb(string Lemma, CueKind Kind, bool Loaded)
{
    /// <summary>The object after the verb is the one told, not the content ("told reporters", "briefed the committee").</summary>
    public bool TakesRecipient { get; init; }

    /// <summary>
    /// A WordNet candidate (Byline.Language's <see cref="Language.CueLexicon"/>) rather than a curated verb: a cue only
    /// where the tagger reads the word as a verb, since most of these spellings are nouns as often ("states", "reply").
    /// </summary>
    public bool FromLexicon { get; init; }

    /// <summary>
    /// A verb of a party's stance or action from <c>Data/party-verbs.yaml</c> ("oppose", "back", "hope"): a cue only
    /// with a party as its subject (a name, a role, a pronoun), never a document or a nameless group.
    /// </summary>
    public bool PartyOnly { get; init; }

    /// <summary>
    /// A party verb of <c>party_verbs.include</c> that WordNet files under action ("back", "block", "offer"): its physical
    /// sense is as common as its stance, so only a name, a pronoun or a role noun as its subject makes it a cue, and as a
    /// light verb it yields to the stance noun it takes ("offered support for").
    /// </summary>
    public bool ActsOnObject { get; init; }

    /// <summary>The words one of which must follow (after at most an -ly adverb) for the verb to report ("put" only in "put it", "spoke" in "spoke highly of"), or empty.</summary>
    public FrozenSet<string> OnlyBefore { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// An infinitive marker among <see cref="OnlyBefore"/> lets the verb report only when a base-form verb follows it: an
    /// aim or an intention stated before "to" ("is looking to cut the toll"), not a direction or a recipient ("looked to
    /// the harbour mouth"). YAML <c>to_infinitive: true</c>.
    /// </summary>
    public bool OnlyBeforeInfinitive { get; init; }

    /// <summary>
    /// The prepositions that open the verb's addressee ("spoke to reporters", "spoke with the board"), between the verb and
    /// one of <see cref="AfterAddressee"/>: a verb read only before its topic word reports there too ("spoke to the radio
    /// station about the toll"), as a verb of speaking names whom it spoke to before what it spoke about. YAML
    /// <c>addressee_openers</c>, or empty.
    /// </summary>
    public FrozenSet<string> AddresseeOpeners { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The topic words that let the verb report after an addressee (<see cref="AddresseeOpeners"/>); YAML <c>after_addressee</c>.</summary>
    public FrozenSet<string> AfterAddressee { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// The prepositions that, with a figure right after them and the verb's object before them, make the verb an estimate
    /// ("Forbes put his fortune at $45 billion", "the poll puts her support at 12 percent"): the subject's figure, a report
    /// as "estimated" is. YAML <c>estimate_markers</c>, or empty.
    /// </summary>
    public FrozenSet<string> EstimateMarkers { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words after which the verb reports nothing ("continued to climb": an aspect, not speech), or empty.</summary>
    public FrozenSet<string> NotBefore { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words right before the verb that leave it reporting nothing ("precincts reporting": a vote count), or empty.</summary>
    public FrozenSet<string> NotAfter { get; init; } = FrozenSet<string>.Empty;
}

/// <summary>Words right after a cue that belong to it: <paramref name="Any"/> after every cue, <paramref name="ByLemma"/> after that lemma only.</summary>
public sealed record GovernedWords(FrozenSet<string> Any, FrozenDictionary<string, FrozenSet<string>> ByLemma)
{
    public bool Governs(string lemma, string word) => Any.Contains(word) || ByLemma.TryGetValue(lemma, out var words) && words.Contains(word);
}

/// <summary>
/// A noun of a party's stance read without a possessor (<c>nominal_stances</c>): its lemma and the words it reads before;
/// whether it names its holders ("supporters of"), and whether it is a stance only as a light verb's object ("showed no
/// sign of backing down" against "a sign of the times").
/// </summary>
public sealed record NominalStance(string Lemma, FrozenSet<string> Before, bool NamesItsHolders = false, bool OnlyAfterLightVerb = false);

/// <summary>The forms of the neutral reporting verb ("say", "says", "said", "saying").</summary>
public sealed record NeutralVerb(string Base, string ThirdPerson, string Past, string Gerund);

/// <summary>A cue of several words ("according to") and on which side its source stands.</summary>
public sealed record PhraseCue(ImmutableArray<string> Words, bool SourceAfter);

/// <summary>
/// The word lists of the attribution analysis, read once from the embedded <c>Data/attribution.yaml</c>
/// into frozen sets (fast look-ups on the hot path).
/// </summary>
public sealed class AttributionLexicon
{
    private static readonly Lazy<AttributionLexicon> Lazy = new(Load);

    public static AttributionLexicon Instance => Lazy.Value;

    /// <summary>The closed-class words of English the reader consults (auxiliaries, pronouns, determiners, conjunctions), loaded apart from the cue lists.</summary>
    public required FunctionWords FunctionWords { get; init; }

    /// <summary>The curated reporting verbs of <c>verbs</c> by lemma ("say", "deny").</summary>
    public required FrozenDictionary<string, CueVerb> CuratedVerbs { get; init; }

    /// <summary>The WordNet cue candidates and party verbs by lemma, where no curated verb has the lemma.</summary>
    public required FrozenDictionary<string, CueVerb> CandidateVerbs { get; init; }

    /// <summary>Irregular past and participle spellings by their lemma's key ("said" → say), from <c>irregular_verbs</c>.</summary>
    public required FrozenDictionary<string, string> IrregularForms { get; init; }

    /// <summary>
    /// The cue verb a lower-case word is a form of, or null: its irregular lemma where that is a curated verb, else the
    /// word itself or a lemma of its regular ending (<see cref="VerbLemmas"/>, likelier first) where a verb list holds it, a curated
    /// verb before a candidate ("notes" → note, "denied" → deny). A candidate's irregular past is mostly narration, so
    /// it is no cue.
    /// </summary>
    public CueVerb? VerbOf(string lower) => VerbOf(lower, VerbLemmas.RegularLemmasOf(lower));

    /// <summary>
    /// <see cref="VerbOf(string)"/> and the roles (<see cref="Lexeme.Roles"/>) of a new spelling, its regular ending read once: the
    /// lemmatizer's candidates (a string per candidate stem) were made three times per new spelling, once for the verb
    /// and once for each of the two verb lists of <see cref="WordRole.NamingVerbForm"/>.
    /// </summary>
    internal (CueVerb? Verb, WordRole Roles) VerbAndRolesOf(string lower)
    {
        var lemmas = VerbLemmas.RegularLemmasOf(lower);
        return (VerbOf(lower, lemmas), RolesOf(lower, lemmas));
    }

    /// <param name="lemmas">The lemmas of its regular ending (<see cref="VerbLemmas.RegularLemmasOf"/>).</param>
    private CueVerb? VerbOf(string lower, IReadOnlyList<string> lemmas)
    {
        if (IrregularForms.TryGetValue(lower, out var irregular) && CuratedVerbs.TryGetValue(irregular, out var listed))
        {
            return listed;
        }
        if (CuratedVerbs.TryGetValue(lower, out var curated))
        {
            return curated;
        }
        var candidate = CandidateVerbs.GetValueOrDefault(lower);
        for (var i = 0; i < lemmas.Count; i++)
        {
            var lemma = lemmas[i];
            if (CuratedVerbs.TryGetValue(lemma, out curated))
            {
                return curated;
            }
            candidate ??= CandidateVerbs.GetValueOrDefault(lemma);
        }
        if (candidate is null && VerbLemmas.WithDroppedE(lower) is { } restored && CuratedVerbs.TryGetValue(restored, out curated))
        {
            return curated; // "joked", "opined": a verb the treebanks lack, whose "e" the trained rules do not restore
        }
        return candidate;
    }

    public required FrozenSet<string> NounLikeForms { get; init; }

    /// <summary>Noun-like forms whose noun reading is far commoner (<c>noun_first_forms</c>): the tagger decides wherever they stand.</summary>
    public required FrozenSet<string> NounFirstForms { get; init; }

    /// <summary>Nouns of a party's stance or speech by their singular and plural spellings ("support", "criticisms" → criticism).</summary>
    public required FrozenDictionary<string, string> StanceNouns { get; init; }

    /// <summary>Stance nouns read without a possessor, by spelling: the lemma and the words after which each reads ("calls" → call, [for]).</summary>
    public required FrozenDictionary<string, NominalStance> NominalStances { get; init; }

    /// <summary>Words right after a cue that belong to it (<c>governed_words</c>): after any cue, and after a cue lemma only.</summary>
    public required GovernedWords GovernedWords { get; init; }

    /// <summary>The prepositions after a stance noun that name who holds it ("support among farmers", "praise from the mayor").</summary>
    public required FrozenSet<string> NominalStanceSources { get; init; }

    /// <summary>all, both, each: after a plural subject or an auxiliary they float off the subject (<c>floating_quantifiers</c>).</summary>
    public required FrozenSet<string> FloatingQuantifiers { get; init; }

    /// <summary>there, nationwide, overall: adverbs of place or extent that restrict the noun before them (<c>postnominal_adverbs</c>).</summary>
    public required FrozenSet<string> PostnominalAdverbs { get; init; }

    /// <summary>Adverbs and auxiliaries that open a clause before its subject and are no part of it ("Then she said"; <c>openers_before_subject</c>).</summary>
    public required FrozenSet<string> OpenersBeforeSubject { get; init; }

    /// <summary>Words that open an aside of when, where or how between a subject and its verb ("Lee, for instance, said"; <c>aside_openers</c>).</summary>
    public required FrozenSet<string> AsideOpeners { get; init; }

    /// <summary>Verbs whose object, a stance noun, carries their meaning: their subject holds the stance (<c>light_verbs</c>, by lemma).</summary>
    public required FrozenSet<string> LightVerbs { get; init; }

    /// <summary>Adverbs inside a verb group only right after a perfect auxiliary ("has since said", <c>perfect_adverbs</c>).</summary>
    public required FrozenSet<string> PerfectAdverbs { get; init; }

    /// <summary>Words before a participle that make it the means of the cue before it, one cue with it (<c>participle_means_words</c>: "by").</summary>
    public required FrozenSet<string> ParticipleMeansWords { get; init; }

    /// <summary>Words before a participle that open a report of its own after an earlier cue (<c>participle_clause_openers</c>: "before", "after").</summary>
    public required FrozenSet<string> ParticipleClauseOpeners { get; init; }

    /// <summary>Prepositions inside a poll's name before its noun (<c>poll_name_prepositions</c>: "the average of recent polls").</summary>
    public required FrozenSet<string> PollNamePrepositions { get; init; }

    /// <summary>Verbs of causing a feeling (<c>experiencer_object_verbs</c>): in the active, the object feels it and the subject causes it.</summary>
    public required FrozenSet<string> ExperiencerObjectVerbs { get; init; }

    /// <summary>The word that opens a content clause after a reporting verb ("said that …", <c>content_clause_openers</c>).</summary>
    public required FrozenSet<string> ContentClauseOpeners { get; init; }

    /// <summary>Verbs of putting out a document: the subject speaks through the document they take (<c>publishing_verbs</c>, by lemma).</summary>
    public required FrozenSet<string> PublishingVerbs { get; init; }

    /// <summary>Verbs of passing time: the subject does what an -ing form after their object says (<c>time_spending_verbs</c>, by lemma).</summary>
    public required FrozenSet<string> TimeSpendingVerbs { get; init; }

    /// <summary>Words that open an adverbial right after a reduced relative's participle ("published Tuesday", "posted online", <c>reduced_relative_openers</c>).</summary>
    public required FrozenSet<string> ReducedRelativeOpeners { get; init; }

    /// <summary>Verbs of receiving or having, after which a stance noun's "of" phrase names its holder ("won the endorsement
    /// of the union"; <c>receiving_verbs</c>, by lemma).</summary>
    public required FrozenSet<string> ReceivingVerbs { get; init; }

    /// <summary>of: after a stance noun received or had, names who holds it (<c>subjective_genitives</c>).</summary>
    public required FrozenSet<string> SubjectiveGenitives { get; init; }

    /// <summary>in: before a bare stance noun ("in support of"), makes it an adverbial of the clause's subject (<c>stance_adverbial_prepositions</c>).</summary>
    public required FrozenSet<string> StanceAdverbialPrepositions { get; init; }

    /// <summary>Each noun of <c>viewpoint_nouns</c> with the prepositions it reads after ("in her view", "by his account").</summary>
    public required FrozenDictionary<string, FrozenSet<string>> ViewpointNouns { get; init; }

    /// <summary>of: after a viewpoint noun and its article, names whose view it is ("in the words of the mayor"; <c>viewpoint_holders</c>).</summary>
    public required FrozenSet<string> ViewpointHolders { get; init; }

    /// <summary>to: opening the sentence before a party and a comma, gives the clause after it as that party's view ("To the skippers, the toll is theft"; <c>viewpoint_prepositions</c>).</summary>
    public required FrozenSet<string> ViewpointPrepositions { get; init; }

    /// <summary>based → on: opening the sentence before a document and a comma, cites the document for the clause after it (<c>basis_openers</c>).</summary>
    public required FrozenDictionary<string, FrozenSet<string>> BasisOpeners { get; init; }

    /// <summary>True when the lower-case word is a form of one of <paramref name="lemmas"/>: itself, an irregular form or a regular ending's lemma.</summary>
    public bool IsFormOf(string lower, FrozenSet<string> lemmas) =>
        lemmas.Contains(lower) || IrregularForms.TryGetValue(lower, out var irregular) && lemmas.Contains(irregular)
        || VerbLemmas.RegularLemmasOf(lower).Any(lemmas.Contains);

    /// <summary>what, whatever: open a free relative clause, a noun phrase ("what she called a toll"; <c>free_relatives</c>).</summary>
    public required FrozenSet<string> FreeRelatives { get; init; }
    /// <summary>Prepositions that open an absolute clause whose noun phrase is the -ing form's subject ("with the mayor calling …"), from <c>absolute_prepositions</c>.</summary>
    public required FrozenSet<string> AbsolutePrepositions { get; init; }

    /// <summary>The words after a possessor's stance noun that open what the stance is about ("his attacks on", "her claim
    /// that"; <c>stance_noun_complements</c>).</summary>
    public required FrozenSet<string> StanceNounComplements { get; init; }

    /// <summary>that: after a noun of saying or thinking, opens the clause it reports (<c>content_clause_conjunctions</c>).</summary>
    public required FrozenSet<string> ContentClauseConjunctions { get; init; }

    /// <summary>about: after a verb, adjective or noun, names the topic of a stance (<c>topic_prepositions</c>).</summary>
    public required FrozenSet<string> TopicPrepositions { get; init; }

    /// <summary>brought, came, set: "about" after them is a phrasal verb's particle, no topic (<c>topic_particle_verbs</c>).</summary>
    public required FrozenSet<string> TopicParticleVerbs { get; init; }

    /// <summary>that, whether: after a verb or adjective, open the clause it takes as its object (<c>clause_complements</c>).</summary>
    public required FrozenSet<string> ClauseComplements { get; init; }

    /// <summary>so, such: before a verb or adjective, make a "that" after it open a clause of result (<c>result_degree_words</c>).</summary>
    public required FrozenSet<string> ResultDegreeWords { get; init; }

    /// <summary>Adjectives of a party's stance from <c>Data/party-verbs.yaml</c> ("hopeful", "wary"), read after "be".</summary>
    public required FrozenSet<string> StanceAdjectives { get; init; }

    /// <summary>The words after a stance adjective that give what the stance is about ("hopeful that", "wary of").</summary>
    public required FrozenSet<string> StanceComplements { get; init; }

    /// <summary>Adjectives of a party's will about an act, read before "to" and a verb ("reluctant to", <c>volition_adjectives</c>).</summary>
    public required FrozenSet<string> VolitionAdjectives { get; init; }

    /// <summary>
    /// Adjectives and participles of a party's stance after a copula, each with the prepositions it takes that name what
    /// the stance is about ("alarmed" → at, by, over, with; "opposed" → to; <c>stance_predicates</c>).
    /// </summary>
    public required FrozenDictionary<string, FrozenSet<string>> StancePredicates { get; init; }

    /// <summary>become, remain: by lemma, verbs that link a subject to a predicate as "be" does (<c>copular_verbs</c>).</summary>
    public required FrozenSet<string> CopularVerbs { get; init; }

    /// <summary>to: before a verb, the infinitive a volition adjective takes (<c>infinitive_markers</c>).</summary>
    public required FrozenSet<string> InfinitiveMarkers { get; init; }

    /// <summary>
    /// to: in a headline, before a verb it stands for "will" ("Mayor to back levy"), so the noun phrase before it is the
    /// verb's subject (<c>headline_future_markers</c>).
    /// </summary>
    public required FrozenSet<string> HeadlineFutureMarkers { get; init; }

    /// <summary>have, going, ought…: before "to" they give necessity, future or ability, no act of will (<c>semi_modals</c>).</summary>
    public required FrozenSet<string> SemiModals { get; init; }

    /// <summary>hard, easy, difficult…: their infinitive's subject is anyone, not the sentence's subject (<c>tough_adjectives</c>).</summary>
    public required FrozenSet<string> ToughAdjectives { get; init; }

    /// <summary>as: opens the predicative a characterizing verb takes after its object (<c>predicative_markers</c>).</summary>
    public required FrozenSet<string> PredicativeMarkers { get; init; }

    /// <summary>Verbs that take an object and an "as" predicative characterising it ("cast the levy as", <c>characterizing_verbs</c>), by lemma.</summary>
    public required FrozenSet<string> CharacterizingVerbs { get; init; }

    /// <summary>Verbs that take an object and a bare noun-phrase complement naming it ("called the plan a betrayal", <c>naming_verbs</c>), by lemma.</summary>
    public required FrozenSet<string> NamingVerbs { get; init; }

    /// <summary>Words after "as" that make it no predicative ("as well as", "as soon as": <c>not_predicative_after_as</c>).</summary>
    public required FrozenSet<string> NotPredicativeAfterAs { get; init; }

    /// <summary>as: opens a comment clause whose verb reports ("As the memo states, …", <c>comment_clause_openers</c>).</summary>
    public required FrozenSet<string> CommentClauseOpeners { get; init; }

    /// <summary>half, dozen, hundred, third…: after "about" they make it "roughly", no topic (<c>quantity_words</c>).</summary>
    public required FrozenSet<string> QuantityWords { get; init; }

    /// <summary>on, over: a topic preposition only before an indirect question ("split on whether", <c>question_topic_prepositions</c>).</summary>
    public required FrozenSet<string> QuestionTopicPrepositions { get; init; }

    /// <summary>whether, how, what, why, who: open an indirect question (<c>question_words</c>).</summary>
    public required FrozenSet<string> QuestionWords { get; init; }

    /// <summary>Pronouns that cannot be the party of a party verb ("it faces", "which means").</summary>
    public required FrozenSet<string> NotParties { get; init; }

    /// <summary>
    /// Whether <paramref name="text"/>, lower-cased, is on <see cref="NotParties"/>: lowered on the stack, so asking makes no
    /// string (the reader asks of most subjects it reads).
    /// </summary>
    public bool IsNotParty(string text)
    {
        if (text.Length > MaxStackLowered)
        {
            return NotParties.Contains(text.ToLowerInvariant());
        }
        Span<char> lower = stackalloc char[text.Length];
        text.AsSpan().ToLowerInvariant(lower);
        return NotParties.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private const int MaxStackLowered = 128;
    public required ImmutableArray<PhraseCue> PhraseCues { get; init; }

    /// <summary>First words of the phrase cues and voice changes: one probe rules most words out.</summary>
    public FrozenSet<string> PhraseCueFirstWords => _phraseCueFirstWords ??= PhraseCues.Select(c => c.Words[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The phrase cues that start with a word, in the order of <see cref="PhraseCues"/>.</summary>
    public ImmutableArray<PhraseCue> PhraseCuesStartingWith(string lower) =>
        (_phraseCuesByFirstWord ??= PhraseCues.GroupBy(c => c.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal))
        .GetValueOrDefault(lower, []);

    private FrozenDictionary<string, ImmutableArray<PhraseCue>>? _phraseCuesByFirstWord;

    public FrozenSet<string> VoiceChangeFirstWords => _voiceChangeFirstWords ??= VoiceChanges.Select(v => v[0]).ToFrozenSet(StringComparer.Ordinal);

    private FrozenSet<string>? _phraseCueFirstWords;
    private FrozenSet<string>? _voiceChangeFirstWords;
    public FrozenSet<string> Auxiliaries => FunctionWords.Auxiliaries;
    public FrozenSet<string> Determiners => FunctionWords.Determiners;
    public FrozenSet<string> Pronouns => FunctionWords.Pronouns;
    public FrozenSet<string> ClauseBoundaries => FunctionWords.ClauseBoundaries;
    public FrozenSet<string> RoleNouns => Roles.All;

    /// <summary>The role nouns that describe a person ("spokeswoman"), which also head descriptions of people.</summary>
    public FrozenSet<string> RolePeople => Roles.People;

    /// <summary>The role nouns that describe a body ("ministry"), which also head descriptions of organisations.</summary>
    public FrozenSet<string> RoleBodies => Roles.Bodies;

    private RoleNounLists Roles { get; init; } = null!;

    /// <summary>The role nouns, all of them and those of people and of bodies (<see cref="RoleNounsOf"/>).</summary>
    private sealed record RoleNounLists(FrozenSet<string> People, FrozenSet<string> Bodies, FrozenSet<string> All);
    public required FrozenSet<string> VagueSubjects { get; init; }
    public required FrozenSet<string> VagueQuantifiers { get; init; }
    public required FrozenSet<string> Hedges { get; init; }

    /// <summary>The hedges that tell of someone's report and are read as a cue with no source, from <c>hedge_cues</c>.</summary>
    public required FrozenSet<string> HedgeCues { get; init; }

    /// <summary>Document heads that, alone before a colon, cite the document ("Poll: …"), from <c>colon_document_labels</c>.</summary>
    public required FrozenSet<string> ColonDocumentLabels { get; init; }

    /// <summary>Roles a transcript's capitalised label names a speaker by ("THE COURT:", "JUDGE:"), from <c>transcript_speaker_roles</c>.</summary>
    public required FrozenSet<string> TranscriptSpeakerRoles { get; init; }

    /// <summary>The word between the parties of a case's or a fixture's name ("Ruiz v. Okafor"), from <c>case_name_connectives</c>.</summary>
    public required FrozenSet<string> CaseNameConnectives { get; init; }

    /// <summary>
    /// Nouns of saying or thinking whose content a copula or a colon states after a possessor ("Lee's response was that …",
    /// "Their argument: …"), from <c>content_nouns</c>.
    /// </summary>
    public required FrozenSet<string> ContentNouns { get; init; }

    /// <summary>Words of origin before a source, a colon and a quotation ("From the audit: “…”"), from <c>colon_citation_openers</c>.</summary>
    public required FrozenSet<string> ColonCitationOpeners { get; init; }

    /// <summary>Cue lemmas whose speaker goes on speaking in the paragraph's next sentences, from <c>voice_carrying_cues</c>.</summary>
    public required FrozenSet<string> VoiceCarryingCues { get; init; }

    /// <summary>Verbs of putting a question, whose participle reports the question put to the party who answers, from <c>question_verbs</c>.</summary>
    public required FrozenSet<string> QuestionVerbs { get; init; }

    /// <summary>Verbs of appearance that hedge before any complement ("seems stable"), from <c>evidential_copulas</c>.</summary>
    public required FrozenSet<string> EvidentialCopulas { get; init; }

    /// <summary>Impersonal subjects after which a verb of appearance hedges whatever follows ("it appears, though, that").</summary>
    public required FrozenSet<string> EvidentialSubjects { get; init; }

    /// <summary>
    /// Verbs of sensory appearance among <c>evidential_verbs</c> that hedge only as a copula, before "like", "as if" or an
    /// adjective ("looks like a bargain", "sounded weary"), and are no cue, from <c>appearance_copulas</c>.
    /// </summary>
    public required FrozenSet<string> AppearanceCopulas { get; init; }

    /// <summary>Two-word openers of a clause of manner that a verb of appearance hedges ("appeared as if"), from <c>evidential_clause_openers</c>.</summary>
    public required FrozenSet<string> EvidentialClauseOpeners { get; init; }
    public required FrozenSet<string> AgentlessParticiples { get; init; }
    public FrozenSet<string> BeForms => FunctionWords.BeForms;
    public required FrozenSet<string> Intensifiers { get; init; }
    public required FrozenSet<string> ReactionVerbs { get; init; }
    public required FrozenSet<string> ReactionNouns { get; init; }
    public required ImmutableArray<ImmutableArray<string>> Outlets { get; init; }

    /// <summary>Word lists that are only ever asked about through their flag: YAML key → class.</summary>
    private static readonly (string Key, WordClass Class)[] FlagLists =
    [
        ("document_heads", WordClass.DocumentHead),
        ("poll_heads", WordClass.PollHead),
        ("headline_labels", WordClass.HeadlineLabel),
        ("quantity_subjects", WordClass.QuantitySubject),
        ("time_words", WordClass.TimeWord),
        ("time_phrase_openers", WordClass.TimePhraseOpener),
        ("after_poll", WordClass.AfterPoll),
        ("prepositions", WordClass.Preposition),
        ("appositive_prepositions", WordClass.AppositivePreposition),
        ("subordinate_markers", WordClass.SubordinateMarker),
        ("description_openers", WordClass.DescriptionOpener),
        ("circumstance_openers", WordClass.CircumstanceOpener),
        ("articles", WordClass.Article),
        ("knowing_adjectives", WordClass.KnowingAdjective),
        ("first_person", WordClass.FirstPerson),
        ("evidential_verbs", WordClass.EvidentialVerb),
        ("evidential_complements", WordClass.EvidentialComplement),
        ("relative_pronouns", WordClass.RelativePronoun),
        ("agent_markers", WordClass.AgentMarker),
        ("spokesperson_heads", WordClass.Spokesperson),
        ("possessive_determiners", WordClass.Possessor),
    ];

    /// <summary>The classes of <see cref="FlagLists"/> per word.</summary>
    public required FrozenDictionary<string, WordClass> ListedClasses { get; init; }

    /// <summary>Question labels, the second person and a headline's interview signals (<see cref="InterviewTurns"/>).</summary>
    public required InterviewWords Interview { get; init; }

    /// <summary>The words that name the writer's own text or work (<see cref="OwnTextWords"/>).</summary>
    public required OwnTextWords OwnText { get; init; }

    /// <summary>The words of an author-year citation (<see cref="CitationWords"/>).</summary>
    public required CitationWords Citations { get; init; }

    /// <summary>Outlets by their first word, longest first, so a look-up probes only the few that can match.</summary>
    // Arrays in a plain dictionary, made by a loop: a table of value types (a frozen dictionary of immutable arrays,
    // made through LINQ's grouping) had some forty generic methods of its own compiled in every process, on the
    // first source of its first article; a dictionary of references runs the runtime's shared code.
    private Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> OutletsByFirstWord =>
        (_outletsByFirstWord ??= GroupByFirstWord(Outlets)).GetAlternateLookup<ReadOnlySpan<char>>();

    private Dictionary<string, string[][]>? _outletsByFirstWord;

    /// <summary>The outlets under each first word, longest first and in list order among equal lengths.</summary>
    private static Dictionary<string, string[][]> GroupByFirstWord(ImmutableArray<ImmutableArray<string>> outlets)
    {
        var groups = new Dictionary<string, string[][]>(StringComparer.Ordinal);
        foreach (var outlet in outlets)
        {
            var words = outlet.ToArray();
            var group = groups.TryGetValue(words[0], out var found) ? found : [];
            var at = 0;
            while (at < group.Length && group[at].Length >= words.Length) at++; // after every outlet as long or longer
            groups[words[0]] = [.. group.AsSpan(0, at), words, .. group.AsSpan(at)];
        }
        return groups;
    }

    /// <summary>
    /// The ASCII characters an outlet's first word starts with, one bit each: most sources ("he", "officials") start
    /// with none of them, and are turned away before the word is hashed.
    /// </summary>
    // An array, not a nullable pair: the lexicon is shared by threads, and a reference is published whole.
    private ulong[] OutletInitials => _outletInitials ??= InitialsOf(Outlets);

    private ulong[]? _outletInitials;

    private static ulong[] InitialsOf(ImmutableArray<ImmutableArray<string>> outlets)
    {
        var bits = new ulong[2];
        foreach (var outlet in outlets)
        {
            if (outlet[0] is [var c, ..] && c < 128)
            {
                bits[c >> 6] |= 1UL << (c & 63);
            }
        }
        return bits;
    }

    /// <summary>Whether an outlet's first word may start with <paramref name="c"/> (any character past ASCII may).</summary>
    private bool MayOpenOutlet(char c) => c >= 128 || (OutletInitials[c >> 6] & 1UL << (c & 63)) != 0;

    /// <summary>The outlet a noun phrase names ("the BBC" → "BBC", "Reuters" → "Reuters"), or null.</summary>
    public string? OutletIn(string phrase)
    {
        // Read word by word from the phrase's characters (no array of word strings): it is asked of every source.
        var at = 0;
        if (!NextWord(phrase, ref at, out var first))
        {
            return null;
        }
        // The first word is read once: past "the" the next is read, and only then.
        var wordsStart = 0;
        var word = first;
        if (first.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            wordsStart = at;
            if (!NextWord(phrase, ref at, out word))
            {
                return null;
            }
        }
        var head = word.TrimEnd(",.*");
        if (head is [var initial, ..] && !MayOpenOutlet(initial)
            || !OutletsByFirstWord.TryGetValue(head, out var candidates))
        {
            return null;
        }
        foreach (var outlet in candidates)
        {
            var next = wordsStart;
            var match = true;
            for (var k = 0; k < outlet.Length && match; k++)
            {
                match = NextWord(phrase, ref next, out var read) && read.TrimEnd(",.*").SequenceEqual(outlet[k]);
            }
            if (match)
            {
                return string.Join(' ', outlet);
            }
        }
        return null;
    }

    /// <summary>The next word of <paramref name="phrase"/> from <paramref name="at"/>, split at spaces, tabs and line ends (a Markdown paragraph may wrap "the\nBBC").</summary>
    private static bool NextWord(string phrase, ref int at, out ReadOnlySpan<char> word)
    {
        var rest = phrase.AsSpan(at);
        var skip = rest.IndexOfAnyExcept(" \n\r\t");
        if (skip < 0)
        {
            at = phrase.Length;
            word = default;
            return false;
        }
        rest = rest[skip..];
        var length = rest.IndexOfAny(" \n\r\t");
        word = length < 0 ? rest : rest[..length];
        at += skip + word.Length;
        return true;
    }

    /// <summary>
    /// Whether a spelling without letters (<see cref="HasNoLetter"/>: a figure, "2024", "3.5", "1,200") can be on any
    /// list a new spelling is looked up in (<see cref="ClassesOf(string, CueVerb?)"/>, <see cref="VerbAndRolesOf"/>, the
    /// first-person and contraction lists). When none is, such a spelling is on none of them and is no verb form (the
    /// regular endings -s, -ed, -ing are letters), so its look-ups can be skipped: figures are most of the spellings a
    /// whole-folder check meets for the first time.
    /// </summary>
    internal bool ListsLetterless => _listsLetterless ??= ComputeListsLetterless();

    private bool? _listsLetterless;

    private bool ComputeListsLetterless()
    {
        bool Any(IEnumerable<string> words) => words.Any(word => HasNoLetter(word));
        return Any((_classesByWord ??= MergedWordLists()).Keys) || Any((_rolesByWord ??= MergedRoleLists()).Keys)
            || Any(IrregularForms.Keys) || Any(CuratedVerbs.Keys) || Any(CandidateVerbs.Keys) || Any(NamingVerbs)
            || Any(CharacterizingVerbs) || Any(PublishingVerbs) || Any(CopularVerbs) || Any(ReceivingVerbs) || Any(LightVerbs)
            || Any(FirstPersonAsWritten) || Any(Contractions);
    }

    /// <summary>ASCII without a letter: digits, marks and spaces.</summary>
    internal static bool HasNoLetter(ReadOnlySpan<char> spelling) => !spelling.ContainsAnyExcept(AsciiWithoutLetters);

    private static readonly SearchValues<char> AsciiWithoutLetters =
        SearchValues.Create([.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetter(c))]);

    /// <summary>The word lists a lower-case word is on, as flags (looked up once per distinct spelling).</summary>
    public WordClass ClassesOf(string lower) => ClassesOf(lower, VerbOf(lower));

    /// <summary><see cref="ClassesOf(string)"/> of a word whose cue verb (<see cref="VerbOf"/>) the caller has looked up already.</summary>
    internal WordClass ClassesOf(string lower, CueVerb? verb)
    {
        var classes = (_classesByWord ??= MergedWordLists()).GetValueOrDefault(lower);
        if (ContractedPronoun(lower))
        {
            classes |= WordClass.Pronoun; // "he’s said", "they've argued": the subject with its auxiliary, never a possessor
        }
        else if (lower.Length > 2 && (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal)))
        {
            classes |= WordClass.Possessor;
        }
        if (verb is not null)
        {
            classes |= verb.FromLexicon ? WordClass.CueCandidate : WordClass.Verb;
        }
        return classes;
    }

    /// <summary>The lists of <see cref="WordRole"/> that <paramref name="lower"/> is on, looked up once per spelling (see <see cref="Lexeme.Roles"/>).</summary>
    /// <param name="lemmas">The lemmas of its regular ending (<see cref="VerbLemmas.RegularLemmasOf"/>).</param>
    private WordRole RolesOf(string lower, IReadOnlyList<string> lemmas)
    {
        // A form of a verb list's word (IsFormOf: itself, its irregular form's lemma or a regular ending's lemma) has the
        // list's role: the six verb lists merged into one table, so a new spelling costs a look-up per lemma, not six.
        var verbRoles = _verbRolesByLemma ??= MergedVerbRoleLists();
        var roles = (_rolesByWord ??= MergedRoleLists()).GetValueOrDefault(lower) | verbRoles.GetValueOrDefault(lower);
        if (IrregularForms.TryGetValue(lower, out var irregular))
        {
            roles |= verbRoles.GetValueOrDefault(irregular);
        }
        for (var i = 0; i < lemmas.Count; i++)
        {
            roles |= verbRoles.GetValueOrDefault(lemmas[i]);
        }
        return (roles & (WordRole.NamingVerb | WordRole.CharacterizingVerb)) != 0 ? roles | WordRole.NamingVerbForm : roles;
    }

    private FrozenDictionary<string, WordRole>? _verbRolesByLemma;

    private FrozenDictionary<string, WordRole> MergedVerbRoleLists() => Merged<WordRole>(
        [
            .. Listed(NamingVerbs, WordRole.NamingVerb),
            .. Listed(CharacterizingVerbs, WordRole.CharacterizingVerb),
            .. Listed(PublishingVerbs, WordRole.PublishingVerb),
            .. Listed(CopularVerbs, WordRole.CopularVerb),
            .. Listed(ReceivingVerbs, WordRole.ReceivingVerb),
            .. Listed(LightVerbs, WordRole.LightVerb),
        ], (all, role) => all | role);

    // The role lists merged into one table on first use, as the class lists are: one look-up per new spelling.
    private FrozenDictionary<string, WordRole>? _rolesByWord;

    private FrozenDictionary<string, WordRole> MergedRoleLists() => Merged<WordRole>(
        [
            .. Listed(ModalVerbs, WordRole.ModalVerb),
            .. Listed(TopicPrepositions, WordRole.TopicPreposition),
            .. Listed(QuestionTopicPrepositions, WordRole.QuestionTopicPreposition),
            .. Listed(QuestionWords, WordRole.QuestionWord),
            .. Listed(PredicativeMarkers, WordRole.PredicativeMarker),
            .. Listed(ClauseComplements, WordRole.ClauseComplement),
            .. Listed(ViewpointNouns.Keys, WordRole.ViewpointNoun),
            .. Listed(StanceNouns.Keys, WordRole.StanceNoun),
            .. Listed(CoordinatingConjunctions, WordRole.CoordinatingConjunction),
            .. Listed(NounComplementPrepositions, WordRole.NounComplementPreposition),
            .. Listed(PerfectAuxiliaries, WordRole.PerfectAuxiliary),
            .. Listed(InfinitiveMarkers, WordRole.InfinitiveMarker),
            .. Listed(ContentClauseConjunctions, WordRole.ContentClauseConjunction),
            .. Listed(TaggedRelativePronouns, WordRole.TaggedRelativePronoun),
            .. Listed(SubjectOnlyPronouns, WordRole.SubjectOnlyPronoun),
            .. Listed(PassiveAuxiliaries, WordRole.PassiveAuxiliary),
            .. Listed(ExperiencerParticiples, WordRole.ExperiencerParticiple),
            .. Listed(SpeakerPassives, WordRole.SpeakerPassive),
            .. Listed(OpenersBeforeSubject, WordRole.OpenerBeforeSubject),
            .. Listed(ViewpointPrepositions, WordRole.ViewpointPreposition),
            .. Listed(IntensivePronouns, WordRole.IntensivePronoun),
            .. Listed(CommentClauseOpeners, WordRole.CommentClauseOpener),
            .. Listed(ReportingChainEnds, WordRole.ReportingChainEnd),
            .. Listed(ObjectPronouns, WordRole.ObjectPronoun),
            .. Listed(StanceComplements, WordRole.StanceComplement),
        ], (all, role) => all | role);

    // Every word list ClassesOf reads, merged into one table on first use: a spelling new to a thread costs one look-up
    // instead of one per list (a whole-folder check meets a new spelling every few dozen words). All the lists compare
    // ordinally, as the merged table does.
    private FrozenDictionary<string, WordClass>? _classesByWord;

    private FrozenDictionary<string, WordClass> MergedWordLists() => Merged<WordClass>(
        [
            .. Listed(Determiners, WordClass.Determiner),
            .. Listed(Auxiliaries, WordClass.Auxiliary),
            .. Listed(Pronouns, WordClass.Pronoun),
            .. Listed(ClauseBoundaries, WordClass.ClauseBoundary),
            .. Listed(RoleNouns, WordClass.RoleNoun),
            .. Listed(VagueSubjects, WordClass.VagueSubject),
            .. Listed(VagueQuantifiers, WordClass.VagueQuantifier),
            .. Listed(Hedges, WordClass.Hedge),
            .. Listed(AgentlessParticiples, WordClass.AgentlessParticiple),
            .. Listed(BeForms, WordClass.BeForm),
            .. Listed(Intensifiers, WordClass.Intensifier),
            .. Listed(ReactionVerbs, WordClass.ReactionVerb),
            .. Listed(ReactionNouns, WordClass.ReactionNoun),
            .. Listed(AnonymousHeads, WordClass.AnonymousHead),
            .. Listed(NounLikeForms, WordClass.NounLikeForm),
            .. Listed(StanceAdjectives, WordClass.StanceAdjective),
            .. Listed(StancePredicates.Keys, WordClass.StanceAdjective), // read where the stance adjectives are (SentenceReader.Predicates)
            .. Listed(NominalStances.Keys, WordClass.NominalStance),
            .. Listed(PhraseCueFirstWords, WordClass.PhraseCueFirst),
            .. Listed(VoiceChangeFirstWords, WordClass.VoiceChangeFirst),
            .. ListedClasses.Select(entry => (entry.Key, entry.Value)),
        ], (all, c) => all | c);

    /// <summary>Word lists merged into one table, ordinally compared, a word on several lists holding all their flags.</summary>
    private static FrozenDictionary<string, TFlags> Merged<TFlags>(IEnumerable<(string Word, TFlags Flag)> entries, Func<TFlags, TFlags, TFlags> union)
    {
        var merged = new Dictionary<string, TFlags>(StringComparer.Ordinal);
        foreach (var (word, flag) in entries)
        {
            merged[word] = merged.TryGetValue(word, out var flags) ? union(flags, flag) : flag;
        }
        return merged.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Each word of a list with the list's flag, for <see cref="Merged{TFlags}"/>.</summary>
    private static IEnumerable<(string Word, TFlags Flag)> Listed<TFlags>(IEnumerable<string> words, TFlags flag) => words.Select(word => (word, flag));

    /// <summary>A subject pronoun with a contracted auxiliary the tokenizer keeps in one word ("he’s", "they've"; <c>contractions</c>).</summary>
    private bool ContractedPronoun(string lower) => ContractionLength(lower) > 0;

    /// <summary>
    /// The length of the contracted auxiliary that ends a subject pronoun kept in one word ("’s" of "he’s", "'ve" of
    /// "they've"), or 0 when <paramref name="lower"/> is no such word.
    /// </summary>
    internal int ContractionLength(string lower)
    {
        // Each contraction's first character (an apostrophe) is in any word that ends with it: most words have none.
        if (lower.AsSpan().IndexOfAny(_contractionStarts ??= SearchValues.Create([.. Contractions.Select(c => c[0]).Distinct()])) < 0)
        {
            return 0;
        }
        foreach (var suffix in Contractions)
        {
            if (lower.Length > suffix.Length && lower.EndsWith(suffix, StringComparison.Ordinal) && Pronouns.Contains(lower[..^suffix.Length]))
            {
                return suffix.Length;
            }
        }
        return 0;
    }

    private SearchValues<char>? _contractionStarts;

    /// <summary>Contracted auxiliaries that join a pronoun in one word ("'s", "’ve").</summary>
    public required ImmutableArray<string> Contractions { get; init; }

    public required ImmutableArray<string> AnonymityReasons { get; init; }

    /// <summary>
    /// Whether <paramref name="sentence"/> may hold one of <see cref="AnonymityReasons"/>, ignoring case: false only
    /// when none is there. One pass over the sentence instead of a search per reason. It answers only when the
    /// sentence and the reasons are ASCII, where ignoring case is ASCII case alone (elsewhere a dotless "ı" or a long
    /// "ſ" matches "i" or "s" under ordinal rules, and the searches per reason decide).
    /// </summary>
    public bool MayGiveAnonymityReason(ReadOnlySpan<char> sentence)
    {
        var reasons = _anonymityReasons ??= new Lazy<SearchValues<string>?>(() => AnonymityReasons.All(r => r.Length > 0 && Ascii.IsValid(r))
            ? SearchValues.Create(AnonymityReasons.AsSpan(), StringComparison.OrdinalIgnoreCase)
            : null); // an empty or non-ASCII reason: every sentence is searched reason by reason
        return reasons.Value is not { } searchValues || !Ascii.IsValid(sentence) || sentence.IndexOfAny(searchValues) >= 0;
    }

    private Lazy<SearchValues<string>?>? _anonymityReasons;

    public required FrozenSet<string> AnonymousHeads { get; init; }
    public required ImmutableArray<ImmutableArray<string>> VoiceChanges { get; init; }

    /// <summary>
    /// Words that carry a subject on to an infinitive reporting verb, ending in the infinitive marker ("went on to",
    /// "was quick to"), from <c>reporting_chains</c>, longest first.
    /// </summary>
    public required ImmutableArray<ImmutableArray<string>> ReportingChains { get; init; }

    /// <summary>The last words of <see cref="ReportingChains"/>: a verb after any other word ends no chain.</summary>
    public FrozenSet<string> ReportingChainEnds => _reportingChainEnds ??= ReportingChains.Select(chain => chain[^1]).ToFrozenSet(StringComparer.Ordinal);

    private FrozenSet<string>? _reportingChainEnds;

    /// <summary>First-person words matched only as written: "I", "I'm", a lower-case "us" (not "US", the country).</summary>
    public required FrozenSet<string> FirstPersonAsWritten { get; init; }

    /// <summary>After an agentless participle, the prepositions that name its agent after all ("was condemned by").</summary>
    public required FrozenSet<string> AgentPrepositions { get; init; }

    /// <summary>After a reaction, the prepositions that name who reacted ("drew condemnation from").</summary>
    public required FrozenSet<string> ReactionAgentPrepositions { get; init; }

    /// <summary>Words that carry a reaction beyond one place ("outrage across the region").</summary>
    public required FrozenSet<string> ReactionSpread { get; init; }

    /// <summary>Participles whose "by" names who reported rather than who acted ("as reported by", "quoted by").</summary>
    public required FrozenSet<string> ReportingParticiples { get; init; }

    /// <summary>A participle and the word after it that describe rather than report ("known as", "seen as").</summary>
    public required FrozenSet<(string Participle, string Next)> DescriptivePassives { get; init; }

    /// <summary>The descriptive passives that name or describe and pass on no opinion, no vague phrase (<c>naming_passives</c>: "is known as").</summary>
    public required FrozenSet<(string Participle, string Next)> NamingPassives { get; init; }

    /// <summary>Forms of "be" and "get" that make a passive before a participle ("is expected", "got asked"), from <c>passive_auxiliaries</c>.</summary>
    public required FrozenSet<string> PassiveAuxiliaries { get; init; }

    /// <summary>Participles whose passive subject is the one whose words are reported ("was quoted"), from <c>speaker_passives</c>.</summary>
    public required FrozenSet<string> SpeakerPassives { get; init; }

    /// <summary>
    /// Participles whose subject after "be" is the one who feels ("is worried that"): the <c>stance_predicates</c> entry
    /// marked <c>experiencer</c>.
    /// </summary>
    public required FrozenSet<string> ExperiencerParticiples { get; init; }

    /// <summary>Forms of "have" that join an agentless passive ("has been criticised").</summary>
    public FrozenSet<string> PerfectAuxiliaries => FunctionWords.PerfectAuxiliaries;

    /// <summary>Openers of a phrase that counts officials without naming them ("a senior … official", "two officials").</summary>
    public required FrozenSet<string> IndefiniteOpeners { get; init; }

    /// <summary>Words besides clause boundaries that open an introductory phrase ("Ahead of the vote, …").</summary>
    public required FrozenSet<string> IntroductoryOpeners { get; init; }

    /// <summary>Pronouns that stress the subject before them ("the mayor himself said"): part of that subject.</summary>
    public FrozenSet<string> IntensivePronouns => FunctionWords.IntensivePronouns;

    /// <summary>Pronouns in the object case, which end a subject only as the object of its preposition ("a source close to him").</summary>
    public FrozenSet<string> ObjectPronouns => FunctionWords.ObjectPronouns;

    /// <summary>Prepositions that open a noun's complement inside its noun phrase ("the owners of the boatyard"), from <c>noun_complement_prepositions</c>.</summary>
    public required FrozenSet<string> NounComplementPrepositions { get; init; }
    /// <summary>Pronouns in the subject case only ("they", not "it"): one after a verb opens the clause it reports.</summary>
    public FrozenSet<string> SubjectOnlyPronouns => FunctionWords.SubjectOnlyPronouns;
    public required FrozenSet<string> CompoundSourceConjunctions { get; init; }

    /// <summary>Quantities that head a partitive subject ("some of the pilots"), from <c>partitive_quantifiers</c>.</summary>
    public required FrozenSet<string> PartitiveQuantifiers { get; init; }

    /// <summary>-ing words whose clause between commas says who a subject is ("including"), from <c>identifying_participles</c>.</summary>
    public required FrozenSet<string> IdentifyingParticiples { get; init; }

    /// <summary>Words that are a relative pronoun only where the tagger reads one ("the report that warns"): see <c>tagged_relative_pronouns</c>.</summary>
    public FrozenSet<string> TaggedRelativePronouns => FunctionWords.TaggedRelativePronouns;

    /// <summary>Modal verbs ("will", "could"): a sentence with one forecasts or supposes rather than states a figure.</summary>
    public FrozenSet<string> ModalVerbs => FunctionWords.ModalVerbs;

    /// <summary>and, but: join two clauses or open a sentence.</summary>
    public FrozenSet<string> CoordinatingConjunctions => FunctionWords.CoordinatingConjunctions;

    /// <summary>Abbreviated country names used as adjectives ("US officials"), as written.</summary>
    public required FrozenSet<string> CountryAbbreviations { get; init; }

    /// <summary>The neutral reporting verb BYL0005 offers, in each form.</summary>
    public required NeutralVerb NeutralVerb { get; init; }

    private static NeutralVerb NeutralVerbOf(YamlMappingNode node) =>
        new(Scalar(node, "base")!, Scalar(node, "third_person")!, Scalar(node, "past")!, Scalar(node, "gerund")!);

    /// <summary>
    /// Heads of sources described by role, listed in three: people, bodies (both also heads of entity descriptions,
    /// <see cref="RolePeople"/>, <see cref="RoleBodies"/>) and the heads that describe a source but no party
    /// (<c>role_nouns_besides_parties</c>: documents, relations, shares).
    /// </summary>
    private static RoleNounLists RoleNounsOf(YamlMappingNode root)
    {
        var people = Set(root, "role_nouns_people");
        var bodies = Set(root, "role_nouns_bodies");
        return new RoleNounLists(people, bodies, people.Concat(bodies).Concat(Set(root, "role_nouns_besides_parties")).ToFrozenSet(StringComparer.Ordinal));
    }

    private static AttributionLexicon Load()
    {
        using var phase = Byline.Text.PhaseTimer.Once("load attribution lexicon");
        var root = EmbeddedData.Root("Byline.Analysis.Data.attribution.yaml");

        var (curated, partyWords, nominal) = (CuratedVerbsOf(root), PartyWordEntries(), NominalStancesOf(root));
        return new AttributionLexicon
        {
            CuratedVerbs = curated,
            CandidateVerbs = CandidateVerbsOf(root, curated, PartyVerbs(root, partyWords)),
            IrregularForms = IrregularFormsOf((YamlMappingNode)root.Children[new YamlScalarNode("irregular_verbs")]),
            StanceAdjectives = PartyWords(root, partyWords, "adj").Concat(Strings(root, "volition_adjectives")).ToFrozenSet(StringComparer.Ordinal),
            VolitionAdjectives = Set(root, "volition_adjectives"), CharacterizingVerbs = Set(root, "characterizing_verbs"), NamingVerbs = Set(root, "naming_verbs"), NotPredicativeAfterAs = Set(root, "not_predicative_after_as"), CommentClauseOpeners = Set(root, "comment_clause_openers"),
            StancePredicates = StancePredicatesOf(root), CopularVerbs = Set(root, "copular_verbs"), InfinitiveMarkers = Set(root, "infinitive_markers"), HeadlineFutureMarkers = Set(root, "headline_future_markers"), SemiModals = Set(root, "semi_modals"), ToughAdjectives = Set(root, "tough_adjectives"), PredicativeMarkers = Set(root, "predicative_markers"),
            QuestionTopicPrepositions = Set(root, "question_topic_prepositions"), QuestionWords = Set(root, "question_words"), QuantityWords = Set(root, "quantity_words"),
            StanceComplements = Set((YamlMappingNode)root.Children[new YamlScalarNode("party_verbs")], "adjective_complements"),
            NounLikeForms = Set(root, "noun_like_forms"), NounFirstForms = Set(root, "noun_first_forms"),
            StanceNouns = StanceNounsOf((YamlMappingNode)root.Children[new YamlScalarNode("stance_nouns")], nominal),
            GovernedWords = GovernedWordsOf((YamlMappingNode)root.Children[new YamlScalarNode("governed_words")], Sequence(root, "phrasal_cues").Cast<YamlMappingNode>()),
            NominalStances = nominal, NominalStanceSources = Set(root, "nominal_stance_sources"), LightVerbs = Set(root, "light_verbs"), PublishingVerbs = Set(root, "publishing_verbs"), PerfectAdverbs = Set(root, "perfect_adverbs"), ParticipleMeansWords = Set(root, "participle_means_words"), ParticipleClauseOpeners = Set(root, "participle_clause_openers"), PollNamePrepositions = Set(root, "poll_name_prepositions"), ExperiencerObjectVerbs = Set(root, "experiencer_object_verbs"), ContentClauseOpeners = Set(root, "content_clause_openers"), TimeSpendingVerbs = Set(root, "time_spending_verbs"), ReducedRelativeOpeners = Set(root, "reduced_relative_openers"), FloatingQuantifiers = Set(root, "floating_quantifiers"), PostnominalAdverbs = Set(root, "postnominal_adverbs"), AsideOpeners = Set(root, "aside_openers"), OpenersBeforeSubject = Set(root, "openers_before_subject"),
            ContentClauseConjunctions = Set(root, "content_clause_conjunctions"), StanceNounComplements = Set(root, "stance_noun_complements"), FreeRelatives = Set(root, "free_relatives"), AbsolutePrepositions = Set(root, "absolute_prepositions"),
            ReceivingVerbs = Set(root, "receiving_verbs"), SubjectiveGenitives = Set(root, "subjective_genitives"),
            StanceAdverbialPrepositions = Set(root, "stance_adverbial_prepositions"),
            ViewpointNouns = ViewpointNounsOf(root), ViewpointHolders = Set(root, "viewpoint_holders"), ViewpointPrepositions = Set(root, "viewpoint_prepositions"), BasisOpeners = WordsWithPrepositions(root, "basis_openers", "words"), TopicPrepositions = Set(root, "topic_prepositions"), TopicParticleVerbs = Set(root, "topic_particle_verbs"),
            ClauseComplements = Set(root, "clause_complements"), ResultDegreeWords = Set(root, "result_degree_words"),
            NotParties = Set((YamlMappingNode)root.Children[new YamlScalarNode("party_verbs")], "not_parties"),
            PhraseCues = PhraseCuesOf(root),
            FunctionWords = FunctionWordsOf(root),
            Roles = RoleNounsOf(root),
            VagueSubjects = Set(root, "vague_subjects"),
            VagueQuantifiers = Set(root, "vague_quantifiers"),
            Hedges = Set(root, "hedges"), HedgeCues = Set(root, "hedge_cues"), ColonDocumentLabels = Set(root, "colon_document_labels"), TranscriptSpeakerRoles = Set(root, "transcript_speaker_roles"), CaseNameConnectives = Set(root, "case_name_connectives"), ContentNouns = Set(root, "content_nouns"),
            ColonCitationOpeners = Set(root, "colon_citation_openers"), VoiceCarryingCues = Set(root, "voice_carrying_cues"),
            EvidentialCopulas = Set(root, "evidential_copulas"), EvidentialSubjects = Set(root, "evidential_subjects"), AppearanceCopulas = Set(root, "appearance_copulas"), EvidentialClauseOpeners = Set(root, "evidential_clause_openers"),
            AgentlessParticiples = Set(root, "agentless_participles"),
            QuestionVerbs = Set(root, "question_verbs"),
            Intensifiers = Set(root, "intensifiers"),
            ReactionVerbs = Set(root, "reaction_verbs"), ReactionNouns = Set(root, "reaction_nouns"),
            Outlets = [.. Strings(root, "outlets").Select(o => o.Split(' ').ToImmutableArray()).OrderByDescending(o => o.Length)],
            AnonymityReasons = [.. Strings(root, "anonymity_reasons")], Contractions = [.. Strings(root, "contractions")],
            AnonymousHeads = Set(root, "anonymous_heads"),
            VoiceChanges = [.. Strings(root, "voice_changes").Select(o => o.Split(' ').ToImmutableArray())],
            ReportingChains = [.. Strings(root, "reporting_chains").Select(o => o.Split(' ').ToImmutableArray()).OrderByDescending(o => o.Length)],
            FirstPersonAsWritten = Strings(root, "first_person_as_written").ToFrozenSet(StringComparer.Ordinal),
            AgentPrepositions = Set(root, "agent_prepositions"),
            ReactionAgentPrepositions = Set(root, "reaction_agent_prepositions"),
            ReactionSpread = Set(root, "reaction_spread"),
            ReportingParticiples = Set(root, "reporting_participles"), PassiveAuxiliaries = Set(root, "passive_auxiliaries"), SpeakerPassives = Set(root, "speaker_passives"), ExperiencerParticiples = ExperiencerParticiplesOf(root),
            DescriptivePassives = WordPairs(root, "descriptive_passives"), NamingPassives = WordPairs(root, "naming_passives"),
            IndefiniteOpeners = Set(root, "indefinite_openers"),
            IntroductoryOpeners = Set(root, "introductory_openers"),
            NounComplementPrepositions = Set(root, "noun_complement_prepositions"),
            CompoundSourceConjunctions = Set(root, "compound_source_conjunctions"),
            PartitiveQuantifiers = Set(root, "partitive_quantifiers"),
            IdentifyingParticiples = Set(root, "identifying_participles"),
            CountryAbbreviations = Strings(root, "country_abbreviations").ToFrozenSet(StringComparer.Ordinal),
            NeutralVerb = NeutralVerbOf((YamlMappingNode)root.Children[new YamlScalarNode("neutral_verb")]),
            ListedClasses = ListedClassesOf(root), Interview = InterviewWords.Of(key => Strings(root, key)), OwnText = OwnTextWords.Of(key => Strings(root, key)), Citations = CitationWords.Of(key => Strings(root, key)),
        };
    }

    /// <summary>A list of two-word entries ("known as") as pairs of words.</summary>
    private static FrozenSet<(string, string)> WordPairs(YamlMappingNode root, string key) =>
        Strings(root, key).Select(p => p.Split(' ')).Select(p => (p[0], p[1])).ToFrozenSet();

    private static FunctionWords FunctionWordsOf(YamlMappingNode root) => new()
    {
        Auxiliaries = Set(root, "auxiliaries"), BeForms = Set(root, "be_forms"), PerfectAuxiliaries = Set(root, "perfect_auxiliaries"), ModalVerbs = Set(root, "modal_verbs"),
        Determiners = Set(root, "determiners"), ClauseBoundaries = Set(root, "clause_boundaries"), CoordinatingConjunctions = Set(root, "coordinating_conjunctions"),
        Pronouns = Sequence(root, "pronouns").Cast<YamlMappingNode>().Select(n => Scalar(n, "word")!).ToFrozenSet(),
        IntensivePronouns = Set(root, "intensive_pronouns"), ObjectPronouns = Set(root, "object_pronouns"),
        SubjectOnlyPronouns = Set(root, "subject_only_pronouns"), TaggedRelativePronouns = Set(root, "tagged_relative_pronouns"),
    };

    private static ImmutableArray<PhraseCue> PhraseCuesOf(YamlMappingNode root) =>
        [.. Sequence(root, "phrase_cues").Cast<YamlMappingNode>().Select(n => new PhraseCue(
            [.. ((YamlSequenceNode)n.Children[new YamlScalarNode("words")]).Children.Select(c => ((YamlScalarNode)c).Value!)],
            Scalar(n, "source") == "after"))];

    /// <summary>Each listed word's classes: the flag lists and the calendar's names, a word on several lists holding all their classes.</summary>
    private static FrozenDictionary<string, WordClass> ListedClassesOf(YamlMappingNode root) => Merged(
        FlagLists.SelectMany(list => Listed(Set(root, list.Key), list.Class)).Concat(Listed(CalendarNames(), WordClass.TimeWord)),
        (all, c) => all | c);

    /// <summary>
    /// The curated reporting verbs by lemma, then the phrasal ones (<c>phrasal_cues</c>, each read only before its
    /// particle); a lemma listed twice keeps its first (speech) meaning ("suggest").
    /// </summary>
    private static FrozenDictionary<string, CueVerb> CuratedVerbsOf(YamlMappingNode root)
    {
        var verbs = new Dictionary<string, CueVerb>(StringComparer.Ordinal);
        foreach (var node in Sequence(root, "verbs").Concat(Sequence(root, "phrasal_cues")).Cast<YamlMappingNode>())
        {
            var lemma = Scalar(node, "lemma")!;
            var kind = Scalar(node, "kind") switch
            {
                "cognition" => CueKind.Cognition,
                "evidence" => CueKind.Evidence,
                _ => CueKind.Speech,
            };
            verbs.TryAdd(lemma, new CueVerb(lemma, kind, Scalar(node, "loaded") == "true") { TakesRecipient = Scalar(node, "recipient") == "true", OnlyBefore = OptionalSet(node, "only_before"), NotBefore = OptionalSet(node, "not_before"), NotAfter = OptionalSet(node, "not_after"), OnlyBeforeInfinitive = Scalar(node, "to_infinitive") == "true", AddresseeOpeners = OptionalSet(node, "addressee_openers"), AfterAddressee = OptionalSet(node, "after_addressee"), EstimateMarkers = OptionalSet(node, "estimate_markers") });
        }
        return verbs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Each irregular spelling of <c>irregular_verbs</c> and its lemma ("wrote" → write).</summary>
    private static FrozenDictionary<string, string> IrregularFormsOf(YamlMappingNode table)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (lemma, spellings) in table.Children)
        {
            foreach (var spelling in ((YamlSequenceNode)spellings).Children)
            {
                forms.TryAdd(((YamlScalarNode)spelling).Value!, ((YamlScalarNode)lemma).Value!);
            }
        }
        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The names of months and weekdays, lower-case: time words too ("a survey in March found").</summary>
    private static IEnumerable<string> CalendarNames() =>
        Calendar.Default.Months.Concat(Calendar.Default.Weekdays).Select(name => name.ToLowerInvariant());

    /// <summary>
    /// The WordNet cue candidates in the classes <c>lexicon_cues.classes</c> keeps, by lemma, minus its exclusions
    /// and the lemmas already curated; then the party verbs no candidate has.
    /// </summary>
    private static FrozenDictionary<string, CueVerb> CandidateVerbsOf(YamlMappingNode root, FrozenDictionary<string, CueVerb> curated, IEnumerable<CueVerb> partyVerbs)
    {
        var settings = (YamlMappingNode)root.Children[new YamlScalarNode("lexicon_cues")];
        var classes = Strings(settings, "classes").ToDictionary(c => Enum.Parse<Language.CueClass>(c, ignoreCase: true), c => c);
        var kinds = (YamlMappingNode)settings.Children[new YamlScalarNode("kinds")];
        var excluded = Set(settings, "exclude");
        var minimumShare = double.Parse(Scalar(settings, "min_sense_share") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var verbs = new Dictionary<string, CueVerb>(StringComparer.Ordinal);
        foreach (var entry in Language.CueLexicon.Default.Entries.OrderBy(e => e.Lemma, StringComparer.Ordinal))
        {
            if (entry.Pos != Language.CuePos.Verb || !classes.TryGetValue(entry.Class, out var className) || excluded.Contains(entry.Lemma) || entry.Lemma.Contains(' ')
                || entry.Senses < minimumShare * entry.AllSenses || curated.ContainsKey(entry.Lemma))
            {
                continue;
            }
            var kind = Scalar(kinds, className) == "cognition" ? CueKind.Cognition : CueKind.Speech;
            verbs.TryAdd(entry.Lemma, new CueVerb(entry.Lemma, kind, Loaded: false) { FromLexicon = true });
        }
        foreach (var verb in partyVerbs.Where(v => !curated.ContainsKey(v.Lemma)))
        {
            verbs.TryAdd(verb.Lemma, verb); // a reporting-cue candidate of the same lemma wins
        }
        return verbs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The nouns of the WordNet reporting-cue lexicon in the classes <c>stance_nouns.classes</c>, minus its exclusions,
    /// by singular and regular plural spelling.
    /// </summary>
    /// <summary>Each spelling of <c>nominal_stances</c> with its lemma (the first spelling of its entry) and the words it reads before.</summary>
    private static FrozenDictionary<string, FrozenSet<string>> StancePredicatesOf(YamlMappingNode root)
    {
        var complements = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entry in Sequence(root, "stance_predicates").Cast<YamlMappingNode>())
        {
            foreach (var word in Strings(entry, "words"))
            {
                if (!complements.TryGetValue(word, out var set))
                {
                    complements[word] = set = new HashSet<string>(StringComparer.Ordinal);
                }
                set.UnionWith(Strings(entry, "prepositions"));
            }
        }
        return complements.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The words of the <c>stance_predicates</c> entries marked <c>experiencer</c>.</summary>
    private static FrozenSet<string> ExperiencerParticiplesOf(YamlMappingNode root) =>
        Sequence(root, "stance_predicates").Cast<YamlMappingNode>().Where(e => Scalar(e, "experiencer") == "true").SelectMany(e => Strings(e, "words")).ToFrozenSet(StringComparer.Ordinal);

    /// <summary><c>governed_words</c>, and each phrasal cue's particle and the preposition after it ("doubled down on").</summary>
    private static GovernedWords GovernedWordsOf(YamlMappingNode node, IEnumerable<YamlMappingNode> phrasalCues)
    {
        var byLemma = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string lemma, IEnumerable<string> governed) =>
            (byLemma.TryGetValue(lemma, out var words) ? words : byLemma[lemma] = new HashSet<string>(StringComparer.Ordinal)).UnionWith(governed);
        foreach (var entry in Sequence(node, "after").Cast<YamlMappingNode>())
        {
            foreach (var lemma in Strings(entry, "lemmas"))
            {
                Add(lemma, Set(entry, "words"));
            }
        }
        foreach (var entry in phrasalCues)
        {
            Add(Scalar(entry, "lemma")!, OptionalSet(entry, "only_before").Concat(OptionalSet(entry, "then")));
        }
        return new GovernedWords(Set(node, "any"), byLemma.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    private static FrozenDictionary<string, FrozenSet<string>> ViewpointNounsOf(YamlMappingNode root) => WordsWithPrepositions(root, "viewpoint_nouns", "nouns");

    /// <summary>A list of entries each naming words and the prepositions they take, as a map from each word to its prepositions.</summary>
    private static FrozenDictionary<string, FrozenSet<string>> WordsWithPrepositions(YamlMappingNode root, string key, string wordsKey) =>
        Sequence(root, key).Cast<YamlMappingNode>()
            .SelectMany(n => Set(n, wordsKey).Select(word => (word, prepositions: Set(n, "prepositions"))))
            .ToFrozenDictionary(p => p.word, p => p.prepositions, StringComparer.Ordinal);

    private static FrozenDictionary<string, NominalStance> NominalStancesOf(YamlMappingNode root)
    {
        var stances = new Dictionary<string, NominalStance>(StringComparer.Ordinal);
        foreach (var node in Sequence(root, "nominal_stances").Cast<YamlMappingNode>())
        {
            var nouns = Set(node, "nouns");
            var stance = new NominalStance(Strings(node, "nouns").First(), Set(node, "before"), Scalar(node, "names_its_holders") == "true",
                Scalar(node, "only_after_light_verb") == "true");
            foreach (var noun in nouns)
            {
                stances.TryAdd(noun, stance);
            }
        }
        return stances.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The WordNet stance nouns of <c>stance_nouns</c>, and the nouns read without a possessor (<paramref name="nominal"/>):
    /// after a possessor those are the possessor's stance too ("the mayor's calls for").
    /// </summary>
    private static FrozenDictionary<string, string> StanceNounsOf(YamlMappingNode settings, FrozenDictionary<string, NominalStance> nominal)
    {
        var classes = Set(settings, "classes");
        var excluded = Set(settings, "exclude");
        var nouns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Language.CueLexicon.Default.Entries.Where(e => e.Pos == Language.CuePos.Noun).OrderBy(e => e.Lemma, StringComparer.Ordinal))
        {
            if (!classes.Contains(entry.Class.ToString().ToLowerInvariant()) || excluded.Contains(entry.Lemma) || entry.Lemma.Contains(' '))
            {
                continue;
            }
            nouns.TryAdd(entry.Lemma, entry.Lemma);
            nouns.TryAdd(PluralOf(entry.Lemma), entry.Lemma);
        }
        foreach (var lemma in OptionalSet(settings, "include"))
        {
            nouns.TryAdd(lemma, lemma);
            nouns.TryAdd(PluralOf(lemma), lemma);
        }
        foreach (var (spelling, stance) in nominal)
        {
            if (!stance.NamesItsHolders)
            {
                nouns.TryAdd(spelling, stance.Lemma);
            }
        }
        return nouns.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The regular plural of a noun ("criticism" → criticisms, "policy" → policies, "speech" → speeches).</summary>
    internal static string PluralOf(string noun) =>
        noun.Length > 2 && noun[^1] == 'y' && noun[^2] is not ('a' or 'e' or 'i' or 'o' or 'u') ? noun[..^1] + "ies"
        : noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal) ? noun + "es"
        : noun + "s";

    /// <summary>An entry of <c>Data/party-verbs.yaml</c>: a lemma, its part of speech and class, and its share of WordNet senses.</summary>
    private sealed record PartyWord(string Lemma, string Pos, string Class, int Senses, int Of);

    /// <summary>The entries of <c>Data/party-verbs.yaml</c>, read once for both the verbs and the adjectives.</summary>
    // Each entry read as one row of its fields (no dictionary per entry: a tenth of a one-line check's instructions).
    private static List<PartyWord> PartyWordEntries() =>
        [.. EmbeddedData.Rows("Byline.Analysis.Data.party-verbs.yaml", "cues", LemmaKey, PosKey, ClassKey, SensesKey, OfKey).Select(entry => new PartyWord(
            entry[0] ?? throw MissingField(LemmaKey), entry[1] ?? throw MissingField(PosKey), entry[2] ?? throw MissingField(ClassKey),
            int.Parse(entry[3] ?? throw MissingField(SensesKey), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(entry[4] ?? throw MissingField(OfKey), System.Globalization.CultureInfo.InvariantCulture)))];

    // The YAML keys of an entry of party-verbs.yaml.
    private const string LemmaKey = "lemma";
    private const string PosKey = "pos";
    private const string ClassKey = "class";
    private const string SensesKey = "senses";
    private const string OfKey = "of";

    private static InvalidDataException MissingField(string field) => new($"An entry of party-verbs.yaml has no {field}.");

    /// <summary>The party verbs, those of <c>party_verbs.include</c> marked as acting on their object.</summary>
    private static IEnumerable<CueVerb> PartyVerbs(YamlMappingNode root, List<PartyWord> partyWords)
    {
        var included = OptionalSet((YamlMappingNode)root.Children[new YamlScalarNode("party_verbs")], "include");
        return PartyWords(root, partyWords, "verb").Select(lemma =>
            new CueVerb(lemma, CueKind.Cognition, Loaded: false) { FromLexicon = true, PartyOnly = true, ActsOnObject = included.Contains(lemma) });
    }

    /// <summary>
    /// The lemmas of part of speech <paramref name="pos"/> among <paramref name="partyWords"/> in the classes
    /// <c>party_verbs.classes</c> keeps, with at least the minimum share of their WordNet senses in those files
    /// (<c>min_sense_share</c>, or <c>adjective_min_sense_share</c>), minus <c>party_verbs.exclude</c>, plus the lemmas
    /// of <c>party_verbs.include</c> whatever their class.
    /// </summary>
    private static IEnumerable<string> PartyWords(YamlMappingNode root, List<PartyWord> partyWords, string pos)
    {
        var settings = (YamlMappingNode)root.Children[new YamlScalarNode("party_verbs")];
        var classes = Set(settings, "classes");
        var excluded = Set(settings, "exclude");
        var included = OptionalSet(settings, "include");
        var minimumShare = double.Parse(Scalar(settings, pos == "adj" ? "adjective_min_sense_share" : "min_sense_share") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        return partyWords
            .Where(w => w.Pos == pos && (included.Contains(w.Lemma) || classes.Contains(w.Class) && !excluded.Contains(w.Lemma) && w.Senses >= minimumShare * w.Of))
            .Select(w => w.Lemma);
    }

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode root, string key) => ((YamlSequenceNode)root.Children[new YamlScalarNode(key)]).Children;

    private static IEnumerable<string> Strings(YamlMappingNode root, string key) => Sequence(root, key).Select(n => ((YamlScalarNode)n).Value!);

    private static FrozenSet<string> OptionalSet(YamlMappingNode node, string key) =>
        node.Children.ContainsKey(new YamlScalarNode(key)) ? Set(node, key) : FrozenSet<string>.Empty;

    private static FrozenSet<string> Set(YamlMappingNode root, string key) => Strings(root, key).Select(s => s.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
