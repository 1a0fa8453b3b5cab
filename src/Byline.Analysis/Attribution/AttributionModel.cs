using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>How a source is described, from most to least accountable.</summary>
public enum SourceKind : byte
{
    /// <summary>A named person or organisation ("Joe Biden", "CJTF-OIR", "Washington").</summary>
    Named,
    /// <summary>A role at a named or implied institution ("a coalition spokesperson", "the company").</summary>
    Described,
    /// <summary>A news organisation ("Reuters", "the BBC").</summary>
    Outlet,
    /// <summary>A document or data ("a statement", "court records", "the poll").</summary>
    Document,
    /// <summary>A pronoun, resolved to an earlier source of the article where possible ("he", "they", "who").</summary>
    Pronoun,
    /// <summary>Described only by type or nationality ("An Iraqi security source", "officials").</summary>
    Anonymous,
    /// <summary>Names nobody ("critics", "some experts", "many").</summary>
    Vague,
}

/// <summary>
/// Who said something, where the article says so. <see cref="Span"/> takes the comma that closes a parenthetical the
/// source opens ("Ana Ruiz, who chairs the board, said"), as PolNeAR's guidelines do; <see cref="Text"/> is the words alone.
/// </summary>
public sealed record Source(TextSpan Span, string Text, SourceKind Kind)
{
    /// <summary>For a pronoun: the earlier source it stands for.</summary>
    public Source? Antecedent { get; init; }

    /// <summary>The reason for anonymity the article gives ("who spoke on condition of anonymity").</summary>
    public TextSpan? AnonymityReason { get; init; }

    /// <summary>The source whose accountability counts: a pronoun's antecedent, else this one.</summary>
    public Source Resolved => Antecedent ?? this;

    /// <summary>Names someone who can be held to what was said (not vague, not an unresolved pronoun).</summary>
    public bool IsSpecific => Resolved.Kind is not (SourceKind.Vague or SourceKind.Pronoun);
}

/// <summary>
/// One attribution: a cue ("said", "according to"), its source (null for "reportedly", and for an agentless passive,
/// "is expected to", whose grammar leaves the speaker unsaid) and the content it attributes. <see cref="Recipient"/>
/// is who was told ("told the BBC").
/// </summary>
public sealed record Attribution(TextSpan Cue, Source? Source, TextSpan Content, string CueLemma, CueKind CueKind, bool LoadedCue)
{
    /// <summary>The reporting verb alone, without auxiliaries or "in a statement" ("claimed" in "has claimed").</summary>
    public TextSpan Verb { get; init; } = Cue;

    /// <summary>The pattern that matched (<see cref="AttributionPatterns"/>).</summary>
    public AttributionPattern Pattern { get; init; } = AttributionPatterns.SubjectCueContent;

    public TextSpan? Recipient { get; init; }
    public string? RecipientText { get; init; }

    /// <summary>The outlet the article relays (source or recipient), for second-hand sourcing.</summary>
    public string? RelayedOutlet { get; init; }
    public TextSpan? RelayedOutletSpan { get; init; }

    /// <summary>
    /// Attributes its content to someone: it names a source, or it is a report whose grammar leaves the speaker unsaid
    /// ("is expected to", "it is believed that": <see cref="AttributionPattern.LeavesSpeakerUnsaid"/>). A hedge
    /// ("reportedly") or a stance noun with nobody holding it does not.
    /// </summary>
    public bool Attributes => Source is not null || Pattern.LeavesSpeakerUnsaid;
}

/// <summary>Where a claim's sourcing stands (the contract's <c>status</c>).</summary>
public enum SourcingStatus : byte
{
    None,
    Attributed,
    Carried,
    Vague,
    Unattributed,
}

/// <summary>A phrase that passes a claim on without naming who makes it (BYL0002).</summary>
public enum VagueKind : byte
{
    Hedge,
    AgentlessPassive,
    VagueSubject,
    AgentlessReaction,
}

public sealed record VaguePhrase(TextSpan Span, VagueKind Kind, string Text)
{
    /// <summary>Inside a subordinate or relative clause rather than the sentence's main clause.</summary>
    public bool InSubordinateClause { get; init; }
}

/// <summary>A direct quotation between quotation marks (marks included).</summary>
public sealed record Quotation(TextSpan Span, int WordCount)
{
    /// <summary>No closing mark before the end of the paragraph.</summary>
    public bool Unclosed { get; init; }

    /// <summary>
    /// A few words, each capitalised, with no closing punctuation: a title or a name set in quotation marks (a show, a
    /// book, a slogan on a sign), which names something and is nobody's words, so it carries no speaker's voice.
    /// </summary>
    public bool IsName { get; init; }
}

/// <summary>Why a sentence is not a claim (the editor's hover explains it).</summary>
public enum NotClaimReason : byte
{
    /// <summary>The sentence is a claim.</summary>
    None,
    /// <summary>A block the sourcing rules do not read: caption, credit, byline, dateline, boilerplate, footnote, heading.</summary>
    NotProse,
    Question,
    /// <summary>Mostly in another script than the article's.</summary>
    OtherScript,
    /// <summary>Fewer words than a checkable statement needs.</summary>
    TooShort,
    /// <summary>A short run of words with no verb (a photo description, a label): it asserts nothing.</summary>
    Fragment,
    /// <summary>A call to action addressed to the reader ("Sign up for our newsletter"): the site's furniture.</summary>
    CallToAction,
    /// <summary>A heading set inside the text (<see cref="SentenceFacts.IsTitleLine"/>): it names what follows, which
    /// sources its own claims.</summary>
    Heading,
    /// <summary>A caption, credit, date line or listing set as a line of its own (<see cref="SentenceFacts.IsCaptionLine"/>,
    /// <see cref="SentenceFacts.IsListing"/>): the page's furniture.</summary>
    Furniture,
    /// <summary>The writer on their own text or work (<see cref="SentenceFacts.SpeaksOfOwnText"/>): the authors' account of
    /// what their paper does or their study found, which an editor checks against the work, not a source.</summary>
    OwnWork,
}

/// <summary>How a source earlier in the article came to cover a <see cref="SourcingStatus.Carried"/> sentence.</summary>
public enum CarryOver : byte
{
    None,
    /// <summary>A source named earlier in the paragraph goes on speaking (AP practice).</summary>
    Paragraph,
    /// <summary>The sentence is inside a quotation attributed in the same or an adjacent sentence.</summary>
    Quotation,
    /// <summary>A statement after "X said:": the paragraph right after the colon, then paragraphs in the first person (GOV.UK style).</summary>
    Statement,
    /// <summary>A quotation that opens the paragraph continues one left open (or introduced by "X said:") in the paragraph before.</summary>
    ContinuedQuotation,
    /// <summary>An answer in a question-and-answer interview: the paragraphs after a question, up to the next one.</summary>
    InterviewAnswer,
    /// <summary>A transcript's turn: the sentences after a speaker's label ("KIM: …"), over its paragraphs, up to the next label or heading.</summary>
    TranscriptTurn,
}

/// <summary>The sourcing of one sentence after document linking.</summary>
public sealed record SentenceSourcing(TextSpan Span, Syntax.BlockKind BlockKind, bool IsClaim, SourcingStatus Status)
{
    /// <summary>The sentence (or the next one) says why a source is anonymous ("on condition of anonymity").</summary>
    public bool GivesAnonymityReason { get; init; }

    public ImmutableArray<Attribution> Attributions { get; init; } = [];
    public ImmutableArray<VaguePhrase> VaguePhrases { get; init; } = [];
    public ImmutableArray<Quotation> Quotations { get; init; } = [];

    /// <summary>For <see cref="SourcingStatus.Carried"/>: the attribution carried over from an earlier sentence.</summary>
    public Attribution? CarriedFrom { get; init; }

    /// <summary>For <see cref="SourcingStatus.Carried"/>: how <see cref="CarriedFrom"/> reached this sentence.</summary>
    public CarryOver CarryOver { get; init; }

    /// <summary>For a sentence that is no claim: why not.</summary>
    public NotClaimReason NotClaimReason { get; init; }

    /// <summary>The sentence opens in the writer's own voice ("However, …"): no source is carried over to it.</summary>
    public bool StartsWithVoiceChange { get; init; }

    /// <summary>The writer states a figure in their own voice ("The pier cost $2 million."): no source is carried over to it.</summary>
    public bool StatesWritersFigure { get; init; }

    public bool IsHeadline => BlockKind == Syntax.BlockKind.Headline;

    /// <summary>An imperative: it tells the reader what to do (<see cref="SentenceFacts.IsInstruction"/>).</summary>
    public bool IsInstruction { get; init; }

    /// <summary>A headline or heading set inside the text (<see cref="SentenceFacts.IsTitleLine"/>).</summary>
    public bool IsTitleLine { get; init; }

    /// <summary>A caption, credit or label set as a paragraph of its own (<see cref="SentenceFacts.IsCaptionLine"/>).</summary>
    public bool IsCaptionLine { get; init; }

    /// <summary>Its subject is the writer's own text or work (<see cref="SentenceFacts.SpeaksOfOwnText"/>).</summary>
    public bool SpeaksOfOwnText { get; init; }

    /// <summary>
    /// A claim whose want of a source is a hint, not a warning: a headline (the story under it sources it), an imperative
    /// (it asks the reader to do something rather than stating a fact). The sentence stays a claim with its status; only
    /// the finding's severity falls. (A heading inside the text, a caption, credit or listing and the writer on their own
    /// work are no claims at all: <see cref="NotClaimReason"/>.)
    /// </summary>
    public bool FlagIsHint => IsHeadline || IsInstruction;

    /// <summary>
    /// The contract's <c>attributed</c>: an attribution with a source covers the sentence, or such a source is carried
    /// over to it, or the sentence reports in an agentless passive ("is expected to", "it is believed that"), which
    /// attributes with no source named (<see cref="Attribution.Attributes"/>). "Reportedly" alone does not attribute.
    /// </summary>
    public bool IsAttributed => Covered || Status == SourcingStatus.Carried || Attributions.Any(a => a.Attributes);

    /// <summary>A specific source speaks this sentence, in it or carried over — also when it is no claim (a question).</summary>
    public bool Covered { get; init; }
}

/// <summary>
/// The attribution model of an article: every sentence's sourcing and every attribution, read in offsets of the
/// analysed text (<see cref="SentenceList"/> moves the sentences an edit left behind when they are read).
/// </summary>
public sealed record ArticleSourcing(SentenceList Sentences, string? Publisher)
{
    public static ArticleSourcing Empty { get; } = new([], null);

    public IEnumerable<Attribution> Attributions => Sentences.SelectMany(s => s.Attributions);
}
