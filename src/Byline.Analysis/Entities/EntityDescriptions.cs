using System.Collections.Frozen;
using System.Collections.Immutable;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Entities;

/// <summary>
/// A description that refers to a person, body or place without naming it: "ministry" in "the ministry said", "rebels"
/// in "the rebels withdrew". Its span runs from the first word after the determiner to the head (a possessive "'s" left out).
/// <see cref="Head"/> is the head noun in lower case; <see cref="EntityId"/> the entity it is thought to refer to
/// (<see cref="DescriptionLinks"/>), or null when the article names none it could be.
/// </summary>
public sealed record EntityDescription(TextSpan Span, EntityType Type, string Text, string Head)
{
    public string? EntityId { get; init; }

    /// <summary>The rule that linked the description to <see cref="EntityId"/> (<see cref="DescriptionLink.None"/> when unlinked).</summary>
    public DescriptionLink Link { get; init; }

    /// <summary>
    /// Linked by a rule that is seldom wrong (<see cref="DescriptionLinks.IsReliable"/>) to the last entity of its type
    /// named before it: the editor lists such a description with the entity's mentions; another link is only offered
    /// on hover, as what it may refer to.
    /// </summary>
    public bool IsReliablyLinked => EntityId is not null && DescriptionLinks.IsReliable(Link, Type) && !PastAnother;

    /// <summary>
    /// Another entity of the description's type was named between the one it is linked to and it; for a pronoun,
    /// another entity it agrees with was named in its sentence or the one before.
    /// </summary>
    public bool PastAnother { get; init; }

    /// <summary>A personal pronoun ("he", "its", "we": <see cref="EntityPronouns"/>), not a description.</summary>
    public bool IsPronoun { get; init; }

    /// <summary>
    /// Made indefinite by "a" or "an" ("a militia", "an airport"), or a plural of bodies or places with no determiner
    /// ("nearby towns"): it brings a party new to the story, or any of a kind, so it is never linked to one named before it.
    /// </summary>
    public bool IsIndefinite { get; init; }

    /// <summary>
    /// A place's head before "of" and the place's name ("the city of Mosul"), or a head before a comma and a name of
    /// its type ("the capital, Baghdad"): it is the party named right after it, so it is never linked to one named
    /// before it. GUM keeps "the city of" and the name apart in its coreference, so it is not linked to the name after
    /// it either.
    /// </summary>
    public bool IsAppositive { get; init; }
}

/// <summary>Which rule of <see cref="DescriptionLinks"/> linked a description to an entity.</summary>
public enum DescriptionLink
{
    None,

    /// <summary>The head is a word of the entity's name ("the ministry" for "Ministry of Fisheries").</summary>
    NameWord,

    /// <summary>A plural head of people is a word of an organisation's name ("the rebels" for "Rebel Front").</summary>
    MembersName,

    /// <summary>The head is a word of the entity's knowledge-base kind ("the country" for a country).</summary>
    Kind,

    /// <summary>"the company" for the last organisation a legal form names ("Norvell Holdings Ltd").</summary>
    LegalForm,

    /// <summary>The head is the title the article gave the person ("the president" after "President Ana Silva").</summary>
    Title,

    /// <summary>A pronoun, to the most recent entity it agrees with, named in its sentence or the one before.</summary>
    Pronoun,

    /// <summary>A pronoun, to the most recent entity it agrees with, named before the sentence before it.</summary>
    PronounDistant,

    /// <summary>"we" inside a quotation, to the organisation its speaker names.</summary>
    Speaker,
}

/// <summary>
/// Finds the descriptions an article refers to parties by (<c>entity-descriptions.yaml</c>, the GUM-learned and
/// WordNet heads): a head on the lists, made definite by a determiner or a possessive before it, with at most three
/// lower-case words between; a few plural heads refer on their own ("police said"); "a militia" and bare plurals of
/// bodies and places ("nearby towns") are found as indefinite, never linked. They are not names: the article's <see cref="ArticleEntities"/> leaves them out,
/// so rename, the knowledge base and CoNLL-style name scores are untouched, and a caller that wants them asks here.
/// A description that overlaps a name, or stands right before one ("the group Hamas"), is part of the name's phrase
/// and is not reported; "the city of Mosul" and "the capital, Baghdad" are reported, never linked.
/// </summary>
public static class EntityDescriptions
{
    private const int MaxModifiers = 3;

    /// <summary>The article's descriptions in document order, each linked to the entity it refers to where there is one.</summary>
    public static ImmutableArray<EntityDescription> Find(ArticleSyntaxTree syntax, ArticleEntities entities) =>
        DescriptionLinks.Link(Unlinked(syntax, entities, null), entities, syntax.Text);

    /// <summary>
    /// The description that contains <paramref name="offset"/> (its end included, as for mentions), linked as in the
    /// whole article, or null. Only the block that holds the offset is read, and only the description found there is
    /// linked: linking walks every name before it, which an editor asking at each move of the cursor should pay only
    /// when the cursor is on a description.
    /// </summary>
    public static EntityDescription? FindAt(ArticleSyntaxTree syntax, ArticleEntities entities, int offset)
    {
        foreach (var description in Unlinked(syntax, entities, offset))
        {
            if (description.Span.Start <= offset && offset <= description.Span.End)
            {
                return DescriptionLinks.Link([description], entities, syntax.Text)[0];
            }
        }
        return null;
    }

    private static ImmutableArray<EntityDescription> Unlinked(ArticleSyntaxTree syntax, ArticleEntities entities, int? offset)
    {
        var found = ImmutableArray.CreateBuilder<EntityDescription>();
        foreach (var block in syntax.Blocks)
        {
            if (offset is { } at && (at < block.Start || at > block.Span.End)) continue;
            foreach (var sentence in block.Node.Sentences)
            {
                FindIn(block, sentence.Tokens, entities, found);
            }
        }
        return found.ToImmutable();
    }

    private static void FindIn(Block block, ImmutableArray<Token> tokens, ArticleEntities entities, ImmutableArray<EntityDescription>.Builder found)
    {
        var words = DescriptionWords.Default;
        Language.LeftTags? tags = null; // tagged only once a head is found in the sentence
        try
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                if (HeadAt(block, tokens, i, entities, words, ref tags) is { } description) found.Add(description);
            }
        }
        finally
        {
            tags?.Dispose();
        }
    }

    /// <summary>The description whose head is token <paramref name="i"/>, or null when it heads none.</summary>
    private static EntityDescription? HeadAt(Block block, ImmutableArray<Token> tokens, int i, ArticleEntities entities, DescriptionWords words, ref Language.LeftTags? tags)
    {
        var text = block.Text.AsSpan();
        if (tokens[i].Kind != TokenKind.Word) return null;
        var head = WithoutPossessive(text.Slice(tokens[i].Span.Start, tokens[i].Span.Length));
        var first = FirstWord(tokens) == i; // "Police said": a sentence's first word is capitalised
        var owned = words.IsOwnedBody(head);
        if ((words.TypeOf(head, first) ?? TitleHolder(head, words) ?? (owned ? EntityType.Organization : null)) is not { } type) return null;
        var possessive = head.Length < tokens[i].Span.Length;
        if (!possessive && i + 1 < tokens.Length && IsWord(tokens[i + 1]) && words.TypeOf(Word(tokens[i + 1], text), false) is not null) return null; // "police officers": the head is later
        tags ??= Language.PartOfSpeechTagger.Default.TagFromLeft(block.Text, tokens);
        if (!possessive && !IsNounHead(tags, tokens, i)) return null;
        var sentence = new SentenceWords(block, tokens, entities);
        if ((owned ? OwnedStart(sentence, i, words) : StartOf(sentence, i, words, type == EntityType.Person)) is not { } start) return null;
        var indefinite = !owned && IsIndefinite(sentence, start, i, words, type);
        var span = new TextSpan(block.Start + tokens[start].Span.Start, tokens[i].Span.Start + head.Length - tokens[start].Span.Start);
        var headStart = block.Start + tokens[i].Span.Start;
        if (entities.MentionsOverlapping(span).Any(m => !IsNationality(m, entities) && !IsModifyingName(m, span, headStart))) return null;
        var named = !possessive && (NamesPlaceAfterJoiner(tokens, i, block, text, entities, type) || NamesSameTypeAfterComma(tokens, i, block, text, entities, type));
        if (!named && !possessive && NameFollows(tokens, i, block, text, entities, type)) return null;
        return new EntityDescription(span, type, block.Text.Substring(span.Start - block.Start, span.Length), head.ToString().ToLowerInvariant()) { IsIndefinite = indefinite, IsAppositive = named };
    }

    /// <summary>
    /// A head word of the lists that the tagger reads as an adjective before a noun ("the front door", "a military
    /// engineer", "its official name") or as a gerund ("building a manual") heads no description: the phrase is the
    /// noun's, or a clause. Other readings are not trusted to refuse a head: the tagger often takes a plural after a
    /// name for a verb ("Kelmar Front fighters", "U.S. troops").
    /// </summary>
    private static bool IsNounHead(Language.LeftTags tags, ImmutableArray<Token> tokens, int head)
    {
        var tag = tags[head];
        if (tag.IsGerund) return false;
        var next = head + 1;
        return !tag.Xpos.StartsWith("JJ", StringComparison.Ordinal) || next >= tokens.Length || !IsWord(tokens[next]) || !tags[next].IsNoun;
    }

    /// <summary>The tokens of one sentence, with the block they are in and the article's names.</summary>
    private readonly record struct SentenceWords(Block Block, ImmutableArray<Token> Tokens, ArticleEntities Entities)
    {
        public ReadOnlySpan<char> Word(int index) => Block.Text.AsSpan(Tokens[index].Span.Start, Tokens[index].Span.Length);

        public bool IsWord(int index) => index >= 0 && Tokens[index].Kind == TokenKind.Word;

        /// <summary>
        /// Token <paramref name="index"/> ends a possessive ("Tarvia's"; "rebels" + "'" where the mark is a token of
        /// its own, right after the word; "Tarvia 's" in tokenised copy: <see cref="DescriptionWords.IsPossessor"/>).
        /// </summary>
        public bool IsPossessor(int index, DescriptionWords words)
        {
            if (index < 0) return false;
            if (index >= 2 && Word(index) is "s" && Word(index - 1) is "'" or "’" && Tokens[index - 1].Span.End == Tokens[index].Span.Start && IsWord(index - 2))
            {
                return words.IsPossessor("'s", Word(index - 2)); // tokenised copy: "Tarvia 's"
            }
            var before = IsWord(index - 1) && (Tokens[index - 1].Span.End == Tokens[index].Span.Start || Word(index) is "'s" or "’s") ? Word(index - 1) : default;
            return words.IsPossessor(Word(index), before);
        }

        /// <summary>
        /// The index of the first token of the name that ends at token <paramref name="index"/> ("U.S." in "U.S. forces",
        /// "Kelmar Front" in "the Kelmar Front fighters"), or null when no name ends there.
        /// </summary>
        public int? NameEndingAt(int index)
        {
            if (index < 0) return null;
            var start = Block.Start + Tokens[index].Span.Start;
            if (Entities.MentionAt(start) is not { } m || m.Span.End != Block.Start + Tokens[index].Span.End) return null;
            var first = index;
            while (first > 0 && Block.Start + Tokens[first].Span.Start > m.Span.Start) first--;
            return Block.Start + Tokens[first].Span.Start == m.Span.Start ? first : null;
        }

        /// <summary>Token <paramref name="index"/> ends a person's name ("Ana Silva" in "Ana Silva, spokeswoman").</summary>
        public bool IsPersonNameEndingAt(int index) =>
            NameEndingAt(index) is { } first && Entities.EntityAt(Block.Start + Tokens[first].Span.Start)?.Type == EntityType.Person;

        /// <summary>
        /// Token <paramref name="index"/> is capitalised as a name's word is: anywhere but at the sentence's start, or
        /// there inside a name found. A sentence's first word is capitalised whatever it is ("Many towns were
        /// shelled", "Angry protesters gathered"), so there its capital says nothing of a name.
        /// </summary>
        public bool IsCapitalisedInName(int index) =>
            char.IsUpper(Word(index)[0]) && (index != FirstWord(Tokens) || Entities.MentionAt(Block.Start + Tokens[index].Span.Start) is not null);

        /// <summary>A word inside a one-word nationality or other descriptive name ("Syrian", "Olympic").</summary>
        public bool IsNationality(int index) =>
            Entities.MentionAt(Block.Start + Tokens[index].Span.Start) is { } m && m.Span.Start == Block.Start + Tokens[index].Span.Start
            && EntityDescriptions.IsNationality(m, Entities);
    }

    /// <summary>
    /// The first token of the description whose head is token <paramref name="head"/>: the word after a determiner,
    /// over at most three modifiers (lower-case words, "the three largest towns", a nationality, "the Syrian government", or a name, "the Varga
    /// regime", "the U.S. military": a name used as a modifier says whose the body is, and the phrase refers to the
    /// body, as GUM annotates it); a head that refers without a determiner starts at a nationality or a name before it
    /// ("Kurdish fighters", "U.S. troops") or alone. Null when neither holds.
    /// </summary>
    private static int? StartOf(SentenceWords s, int head, DescriptionWords words, bool person)
    {
        var j = head - 1;
        var modifiers = 0;
        while (modifiers < MaxModifiers && j >= 0 && !s.IsPossessor(j, words))
        {
            if (s.IsWord(j) && (IsModifier(s.Word(j), words) || s.IsNationality(j) || IsTitleWord(s.Word(j)))) j--;
            else if (s.NameEndingAt(j) is { } nameStart) j = nameStart - 1; // a name: "the Kelmar regime", "the U.S. military"
            else break;
            modifiers++;
        }
        if (s.IsWord(j) && (words.IsDeterminer(s.Word(j)) || IsIndefiniteArticle(s, j, words)) || s.IsPossessor(j, words)) return j + 1;
        if (person && AppositionStart(s, j) is { } apposition) return apposition;
        if (!person && IsBarePlural(s, head, j, words)) return j + 1;
        if (PlaceNameBefore(s, head, words) is { } place) return place;
        if (!words.RefersAlone(s.Word(head), FirstWord(s.Tokens) == head)) return null;
        var before = head - 1;
        if (s.IsWord(before) && s.IsNationality(before)) return before;
        // A name of a body or place before a plural head that refers alone: its members ("U.S. troops", "Kelmar Front fighters").
        if (s.NameEndingAt(before) is { } named) return named;
        // "a rebel" refers to none in particular; after another capitalised word the head belongs to a name's phrase.
        if (s.IsWord(before) && (words.IsIndefinite(s.Word(before)) || s.IsCapitalisedInName(before))) return null;
        return head;
    }

    /// <summary>
    /// The description from <paramref name="start"/> to <paramref name="head"/> brings a party new to the story, or any of
    /// a kind, not one named before: it follows "a" or "an" ("a militia"), a word of contrast stands among its modifiers
    /// ("the other towns"), or it is a bare plural of bodies or places
    /// ("nearby towns") whose head does not refer alone as "police" and "forces" do.
    /// </summary>
    private static bool IsIndefinite(SentenceWords s, int start, int head, DescriptionWords words, EntityType type)
    {
        var before = start - 1;
        if (s.IsWord(before) && (words.IsIndefinite(s.Word(before)) || words.IsContrast(s.Word(before)))) return true;
        if (HasContrast(s, start, head, words)) return true;
        if (type == EntityType.Person || s.IsPossessor(before, words) || s.IsWord(before) && words.IsDeterminer(s.Word(before))) return false;
        return !words.RefersAlone(s.Word(head), FirstWord(s.Tokens) == head) && IsBarePlural(s, head, before, words);
    }

    /// <summary>A word of contrast among the modifiers ("the other towns", "a different ministry"): a party other than one named before.</summary>
    private static bool HasContrast(SentenceWords s, int start, int head, DescriptionWords words)
    {
        for (var j = start; j < head; j++)
        {
            if (s.IsWord(j) && words.IsContrast(s.Word(j))) return true;
        }
        return false;
    }

    /// <summary>
    /// A plural head of bodies or places with no determiner ("armed gangs", "nearby towns", "airports were
    /// closed"): members or places of the kind, new to the story or in general, which GUM and re3d mark as mentions of
    /// their type, counted ones too ("two towns", "20 towns"). Not after a capitalised word (the head belongs to a
    /// name's phrase) or "a"; people in the plural are left to the heads that refer alone
    /// ("police said"), as most bare plurals of people ("students learn") are no party to the story.
    /// </summary>
    private static bool IsBarePlural(SentenceWords s, int head, int before, DescriptionWords words)
    {
        var word = s.Word(head);
        if (word.Length < 4 || word[^1] != 's' || word[^2] == 's' || !char.IsLower(word[0])) return false;
        return !(s.IsWord(before) && (s.IsCapitalisedInName(before) || words.IsIndefinite(s.Word(before))));
    }

    /// <summary>
    /// "a"/"an" before the head and its modifiers ("a militia", "an airport"): an indefinite mention of one party, new
    /// to the story. It ends the modifiers (<see cref="IsModifier"/>), so the article is the word before them.
    /// </summary>
    private static bool IsIndefiniteArticle(SentenceWords s, int article, DescriptionWords words) => words.IsIndefinite(s.Word(article));

    /// <summary>
    /// The first token of a description whose head is a body only when its owner is named (<c>owned-bodies</c>: "its
    /// Varn unit", "two Kelmar tactical units", "a Tarvian unit"): the determiner's next word when there is one, else
    /// the owner's name or nationality, over at most three modifiers. Null when no name or nationality stands among them:
    /// "two million units" and "a syntactic unit" are measures and parts, no body.
    /// </summary>
    private static int? OwnedStart(SentenceWords s, int head, DescriptionWords words)
    {
        var j = head - 1;
        int? owner = null;
        for (var modifiers = 0; modifiers < MaxModifiers && j >= 0 && !s.IsPossessor(j, words); modifiers++)
        {
            if (s.IsWord(j) && s.IsNationality(j)) owner = j--;
            else if (s.NameEndingAt(j) is { } nameStart) { owner = nameStart; j = nameStart - 1; }
            else if (s.IsWord(j) && IsModifier(s.Word(j), words)) j--;
            else break;
        }
        if (owner is null) return null;
        return s.IsWord(j) && words.IsDeterminer(s.Word(j)) || s.IsPossessor(j, words) ? j + 1 : owner;
    }

    /// <summary>
    /// The first token of a person's role set after a person's name and a comma without a determiner, where
    /// <paramref name="before"/> is the token before the role's modifiers: "Ana Silva, Kelmar Front spokeswoman, said",
    /// "Col. Ian Marsh, 12th Wing commander", "Ana Silva, spokeswoman for the ministry". The role is an apposition that
    /// describes the person just named (a noun phrase in apposition refers to what it follows). An ordinal may open the
    /// role's modifiers ("12th"). Null when no person's name and comma come before.
    /// </summary>
    private static int? AppositionStart(SentenceWords s, int before)
    {
        var comma = s.IsWord(before) && MentionScanner.IsOrdinal(s.Word(before)) ? before - 1 : before;
        if (comma < 1 || s.IsWord(comma) || s.Word(comma) is not ",") return null;
        return s.IsPersonNameEndingAt(comma - 1) ? comma + 1 : null;
    }

    /// <summary>The index of the sentence's first word (after an opening quote mark or dash), or -1.</summary>
    private static int FirstWord(ImmutableArray<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word) return i;
        }
        return -1;
    }

    /// <summary>
    /// A capitalised title that stands for its holder ("the Defence Secretary said", "the Prime Minister"): a title of
    /// <c>entity-words.yaml</c> whose lower-case form is a person's head. Made definite as any description is.
    /// </summary>
    private static EntityType? TitleHolder(ReadOnlySpan<char> head, DescriptionWords words) =>
        IsTitleWord(head) && words.TypeOf(head, sentenceStart: true) == EntityType.Person ? EntityType.Person : null;

    /// <summary>A capitalised word of a title ("Defence", "Prime", "Minister").</summary>
    private static bool IsTitleWord(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]) && EntityWords.Default.Titles.Contains(word);

    private static bool IsModifier(ReadOnlySpan<char> word, DescriptionWords words) =>
        word.Length > 0 && char.IsLower(word[0]) && !words.IsDeterminer(word) && !words.IsIndefinite(word) && !words.IsStop(word) && !word.Contains('\'') && !word.Contains('’');

    /// <summary>
    /// The first token of a place's name written right before a place's head with no determiner ("Havana airport",
    /// "Kelso district"): the name says which place the head is, as "the Kelso airport" does, and English drops the
    /// article before such a compound. Null when no place's name ends right before the head.
    /// </summary>
    private static int? PlaceNameBefore(SentenceWords s, int head, DescriptionWords words)
    {
        if (words.TypeOf(s.Word(head), false) != EntityType.Location || s.NameEndingAt(head - 1) is not { } start) return null;
        return s.Entities.EntityAt(s.Block.Start + s.Tokens[start].Span.Start)?.Type == EntityType.Location ? start : null;
    }

    /// <summary>A name inside the description that ends before its head: a modifier of it ("the Kelmar regime").</summary>
    private static bool IsModifyingName(Mention mention, TextSpan description, int headStart) =>
        mention.Span.Start >= description.Start && mention.Span.End <= headStart;

    private static bool IsNationality(Mention mention, ArticleEntities entities) =>
        !mention.Text.Contains(' ') && entities.Find(mention.EntityId)?.Type == EntityType.Miscellaneous;

    /// <summary>
    /// A name right after the head, or after "of": "the group Hamas", "the city of Mosul". The head and the name are one
    /// noun phrase. After "of" only a place's head takes the name as its apposition ("the city of Mosul" is Mosul); a body or
    /// people "of" a place belong to it and are not it ("the government of Tarvia", "the people of Kelso"). A name after a
    /// comma is not counted: the comma closes the head's phrase, and the name opens another (<see cref="NamesSameTypeAfterComma"/>).
    /// </summary>
    private static bool NameFollows(ImmutableArray<Token> tokens, int head, Block block, ReadOnlySpan<char> text, ArticleEntities entities, EntityType type)
    {
        var next = head + 1;
        if (next < tokens.Length && type == EntityType.Location && IsWord(tokens[next]) && DescriptionWords.Default.IsJoiner(Word(tokens[next], text))) next++;
        return next < tokens.Length && entities.MentionAt(block.Start + tokens[next].Span.Start) is not null;
    }

    /// <summary>
    /// A place's head that names a place after "of" ("the city of Mosul", "the town of Kelso"). The phrase is a mention of
    /// its own that holds the name, as GUM marks it (with the name as a mention nested in it), so it is reported; it is
    /// the place that follows, not one named before, so it is never linked (<see cref="EntityDescription.IsAppositive"/>).
    /// </summary>
    private static bool NamesPlaceAfterJoiner(ImmutableArray<Token> tokens, int head, Block block, ReadOnlySpan<char> text, ArticleEntities entities, EntityType type)
    {
        var next = head + 2;
        if (type != EntityType.Location || next >= tokens.Length || !IsWord(tokens[head + 1]) || !DescriptionWords.Default.IsJoiner(Word(tokens[head + 1], text))) return false;
        return entities.EntityAt(block.Start + tokens[next].Span.Start) is { Type: EntityType.Location };
    }

    /// <summary>
    /// A head set before a comma and a name of its own type ("the capital, Baghdad", "the ruling party, Harbour
    /// League", "the president, Ana Silva"): two noun phrases in apposition, each a mention of its own (as GUM marks
    /// them), the first the party the name after it says; so it is reported, and never linked to one named before
    /// (<see cref="EntityDescription.IsAppositive"/>). A name of another type after the comma is no apposition of it:
    /// the description is then reported and linked as any other.
    /// </summary>
    private static bool NamesSameTypeAfterComma(ImmutableArray<Token> tokens, int head, Block block, ReadOnlySpan<char> text, ArticleEntities entities, EntityType type)
    {
        var next = head + 2;
        if (next >= tokens.Length || tokens[head + 1].Kind != TokenKind.Punctuation || text[tokens[head + 1].Span.Start] != ',') return false;
        return entities.EntityAt(block.Start + tokens[next].Span.Start)?.Type == type;
    }

    private static bool IsWord(Token token) => token.Kind == TokenKind.Word;

    private static ReadOnlySpan<char> Word(Token token, ReadOnlySpan<char> text) => text.Slice(token.Span.Start, token.Span.Length);

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’' ? word[..^2] : word;
}

/// <summary>The word lists of <c>entity-descriptions.yaml</c>.</summary>
internal sealed class DescriptionWords
{
    private static readonly Lazy<DescriptionWords> Instance = new(Load);

    public static DescriptionWords Default => Instance.Value;

    private WordSet _determiners = null!;
    private WordSet _indefinites = null!;
    private WordSet _contrasts = null!;
    private WordSet _stops = null!;
    private WordSet _notPossessors = null!;
    private WordSet _joiners = null!;
    private WordSet _people = null!;
    private WordSet _organisations = null!;
    private WordSet _places = null!;
    private WordSet _alone = null!;
    private WordSet _companies = null!;
    private WordSet _owned = null!;

    /// <summary>The type a head refers to, or null for a word on no list (heads are lower case: a capitalised one opens a name).</summary>
    /// <param name="sentenceStart">The word opens a sentence: a capital there is no sign of a name ("Police said").</param>
    public EntityType? TypeOf(ReadOnlySpan<char> word, bool sentenceStart) =>
        Has(_people, word, sentenceStart) ? EntityType.Person
        : Has(_organisations, word, sentenceStart) ? EntityType.Organization
        : Has(_places, word, sentenceStart) ? EntityType.Location : null;

    public bool IsDeterminer(ReadOnlySpan<char> word) => _determiners.Contains(word) || LowerFirst(word, _determiners);

    public bool IsIndefinite(ReadOnlySpan<char> word) => _indefinites.Contains(word) || LowerFirst(word, _indefinites);

    /// <summary>A word of contrast ("other", "another"): the description it modifies names a party other than one named before.</summary>
    public bool IsContrast(ReadOnlySpan<char> word) => _contrasts.Contains(word) || LowerFirst(word, _contrasts);

    public bool IsStop(ReadOnlySpan<char> word) => _stops.Contains(word);

    /// <summary>
    /// A noun or name in the possessive ("Tarvia's", "the ministry's", "the rebels'"): it makes the noun after it
    /// definite as a determiner does ("Tarvia's government"). Not a pronoun or other word whose "'s" is "is" or "has"
    /// ("it's", "there's": <c>not-possessors</c>).
    /// </summary>
    /// <param name="before">The word before <paramref name="word"/>: the owner when the "'s" is a token of its own ("Tarvia 's").</param>
    public bool IsPossessor(ReadOnlySpan<char> word, ReadOnlySpan<char> before)
    {
        if (word is "'" or "’") return before.Length > 1 && before[^1] == 's' && IsPossessor(before.ToString() + "'", default); // "rebels" + "'"
        if (word.Length < 2 || word[^1] is not ('s' or '\'' or '’')) return false;
        var owner = word[^1] == 's' ? (word[^2] is '\'' or '’' ? word[..^2] : default) : word[^2] == 's' ? word[..^1] : default;
        if (owner.IsEmpty && word.Length == 2 && word[0] is '\'' or '’') owner = before; // "Tarvia" + "'s"
        if (owner.IsEmpty || !char.IsLetter(owner[^1])) return false;
        return !_notPossessors.Contains(owner) && !LowerFirst(owner, _notPossessors);
    }

    public bool IsJoiner(ReadOnlySpan<char> word) => _joiners.Contains(word);

    /// <summary>A head that refers to a body only after its owner's name ("the Varn unit"; <c>owned-bodies</c>).</summary>
    public bool IsOwnedBody(ReadOnlySpan<char> word) => _owned.Contains(word);

    /// <summary>The heads that refer to a firm a legal form names ("the company" for "Norvell Holdings Ltd").</summary>
    public FrozenSet<string> CompanyHeads => _companies.Items;

    public bool RefersAlone(ReadOnlySpan<char> word, bool sentenceStart) => Has(_alone, word, sentenceStart);

    private static bool Has(WordSet set, ReadOnlySpan<char> word, bool sentenceStart) => set.Contains(word) || sentenceStart && LowerFirst(word, set);

    /// <summary>A sentence's first word is capitalised: "The ministry" asks the list for "the".</summary>
    private static bool LowerFirst(ReadOnlySpan<char> word, WordSet set)
    {
        if (word.Length == 0 || word.Length > 16 || !char.IsUpper(word[0])) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.CopyTo(lower);
        lower[0] = char.ToLowerInvariant(lower[0]);
        return set.Contains(lower);
    }

    private static DescriptionWords Load()
    {
        var root = EmbeddedData.Values("Byline.Analysis.KnowledgeBase.entity-descriptions.yaml");
        WordSet Set(string key) => new(EmbeddedData.Strings(root, key));
        // The heads that also describe an attribution source by role are the attribution reader's, listed once there.
        var roles = Attribution.AttributionLexicon.Instance;
        // The heads GUM's training documents give such mentions (description-heads.yaml, written by a command from GUM).
        var learned = EmbeddedData.Values("Byline.Analysis.KnowledgeBase.description-heads.yaml");
        string[] Listed(IEnumerable<string> roleNouns, string key) => [.. roleNouns, .. EmbeddedData.Strings(root, key), .. EmbeddedData.Strings(learned, key)];
        var (people, organisations, places) = (Listed(roles.RolePeople, "people"), Listed(roles.RoleBodies, "organisations"), Listed([], "places"));
        // WordNet's heads (wordnet-description-heads.yaml) for words the lists above do not hold: where a list holds a
        // word, its type is the one news copy and GUM's annotators gave it.
        var wordnet = EmbeddedData.Values("Byline.Analysis.KnowledgeBase.wordnet-description-heads.yaml");
        var listed = new HashSet<string>([.. people, .. organisations, .. places], StringComparer.Ordinal);
        WordSet With(string[] heads, string key) => new([.. heads, .. EmbeddedData.Strings(wordnet, key).Where(w => !listed.Contains(w))]);
        return new DescriptionWords
        {
            _determiners = Set("determiners"),
            _indefinites = Set("indefinite-articles"),
            _contrasts = Set("contrast-modifiers"),
            _stops = Set("modifier-stops"),
            _notPossessors = Set("not-possessors"),
            _joiners = Set("name-joiners"),
            _people = new(people),
            _organisations = With(organisations, "organisations"),
            _places = With(places, "places"),
            _alone = Set("without-determiner"),
            _companies = Set("company-heads"),
            _owned = Set("owned-bodies"),
        };
    }
}
