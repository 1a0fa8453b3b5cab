using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Entities;

/// <summary>
/// Finds the personal pronouns of an article that refer to an entity named before them, and links each to it
/// (<c>entity-pronouns.yaml</c>): a third-person pronoun stands for the most recent entity it agrees with ("he" and
/// "she" for a person whose given name does not tell the other gender; "it", "its" for an organisation or a place;
/// "they", "their" for an organisation with a plural name), and "we", "our" inside the words an attribution reports
/// for the organisation its source names. An expletive "it" ("it is likely that", "it rained")
/// refers to nothing and is left out, and so is a pronoun no entity before it fits. Like descriptions, pronouns are
/// not names: they are found on request, reported as <see cref="EntityDescription"/>s with <see cref="EntityDescription.IsPronoun"/>
/// set, and never change the article's <see cref="ArticleEntities"/>.
/// </summary>
public static class EntityPronouns
{
    /// <summary>The article's pronouns linked to an entity, in document order.</summary>
    public static ImmutableArray<EntityDescription> Find(ArticleSyntaxTree syntax, ArticleEntities entities, ArticleSourcing sourcing) =>
        PronounLinks.Link(Unlinked(syntax, entities, null), entities, sourcing);

    /// <summary>
    /// The linked pronoun at <paramref name="offset"/> (its end included, as for mentions), or null. Only the block
    /// that holds the offset is read, and only the pronoun found there is linked.
    /// </summary>
    public static EntityDescription? FindAt(ArticleSyntaxTree syntax, ArticleEntities entities, ArticleSourcing sourcing, int offset)
    {
        foreach (var pronoun in Unlinked(syntax, entities, offset))
        {
            if (pronoun.Pronoun.Span.Start <= offset && offset <= pronoun.Pronoun.Span.End)
            {
                return PronounLinks.Link([pronoun], entities, sourcing) is [var linked] ? linked : null;
            }
        }
        return null;
    }

    /// <summary>
    /// The pronouns (not yet linked) with where the sentence before theirs starts: an entity named since then is near
    /// enough for a reader to take the pronoun for it.
    /// </summary>
    private static List<PronounAt> Unlinked(ArticleSyntaxTree syntax, ArticleEntities entities, int? offset)
    {
        var found = new List<PronounAt>();
        var words = PronounWords.Default;
        var previous = 0;
        foreach (var block in syntax.Blocks)
        {
            var inBlock = offset is not { } at || at >= block.Start && at <= block.Span.End;
            foreach (var sentence in block.Node.Sentences)
            {
                if (inBlock)
                {
                    FindIn(block, sentence.Tokens, previous, entities, words, found);
                }
                previous = block.Start + sentence.Span.Start;
            }
        }
        return found;
    }

    private static void FindIn(Block block, ImmutableArray<Token> tokens, int windowStart, ArticleEntities entities, PronounWords words, List<PronounAt> found)
    {
        var text = block.Text.AsSpan();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            var word = WithoutClitic(text.Slice(tokens[i].Start, tokens[i].Length));
            if (words.PersonOf(word) is not { } person) continue;
            if (person == PronounPerson.Neuter && words.IsExpletive(tokens, i, text, word.Length < tokens[i].Length)) continue;
            var span = new TextSpan(block.Start + tokens[i].Start, word.Length);
            if (entities.MentionAt(span.Start) is not null) continue; // part of a name ("It Follows")
            var description = new EntityDescription(span, EntityType.Person, word.ToString(), word.ToString().ToLowerInvariant()) { IsPronoun = true };
            found.Add(new PronounAt(description, person, windowStart));
        }
    }

    /// <summary>"it" of "it's": the clitic is a verb of its own.</summary>
    private static ReadOnlySpan<char> WithoutClitic(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’' ? word[..^2] : word;
}

/// <summary>Whom a personal pronoun can stand for.</summary>
internal enum PronounPerson
{
    /// <summary>"he", "his": a person not known to be a woman.</summary>
    Masculine,

    /// <summary>"she", "her": a person not known to be a man.</summary>
    Feminine,

    /// <summary>"it", "its": an organisation or a place.</summary>
    Neuter,

    /// <summary>"they", "their": an organisation.</summary>
    Plural,

    /// <summary>"we", "our": inside a quotation, the speaker's organisation.</summary>
    FirstPlural,
}

/// <summary>A pronoun found, what it can stand for, and where the sentence before it starts.</summary>
internal sealed record PronounAt(EntityDescription Pronoun, PronounPerson Person, int WindowStart);

/// <summary>The word lists of <c>entity-pronouns.yaml</c>.</summary>
internal sealed class PronounWords
{
    private const int ComplementReach = 6;

    private static readonly Lazy<PronounWords> Instance = new(Load);

    public static PronounWords Default => Instance.Value;

    private WordSet _masculine = null!;
    private WordSet _feminine = null!;
    private WordSet _maleNames = null!;
    private WordSet _femaleNames = null!;
    private WordSet _neuter = null!;
    private WordSet _plural = null!;
    private WordSet _firstPlural = null!;
    private WordSet _expletiveVerbs = null!;
    private WordSet _complements = null!;
    private WordSet _weather = null!;

    public PronounPerson? PersonOf(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > 10) return null;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _masculine.Contains(lower) ? PronounPerson.Masculine
            : _feminine.Contains(lower) ? PronounPerson.Feminine
            : _neuter.Contains(lower) ? PronounPerson.Neuter
            : _plural.Contains(lower) ? PronounPerson.Plural
            : _firstPlural.Contains(lower) ? PronounPerson.FirstPlural : null;
    }

    /// <summary>
    /// The "it" at token <paramref name="i"/> refers to nothing: a verb of being or seeming follows it (over at most two
    /// words, "it would not be") and a "that" or "to" comes within a few words after ("it is likely that"), or a word of
    /// weather or time follows it or that verb ("it rained", "it was late"). Only the subject "it" can be so.
    /// </summary>
    public bool IsExpletive(ImmutableArray<Token> tokens, int i, ReadOnlySpan<char> text, bool clitic)
    {
        if (!text.Slice(tokens[i].Start, 2).Equals("it", StringComparison.OrdinalIgnoreCase) || !clitic && tokens[i].Length != 2) return false;
        var verb = clitic ? i : -1;
        for (var j = i + 1; verb < 0 && j < tokens.Length && j <= i + 3 && tokens[j].Kind == TokenKind.Word; j++)
        {
            var word = Lower(text.Slice(tokens[j].Start, tokens[j].Length));
            if (j == i + 1 && _weather.Contains(word)) return true;
            if (_expletiveVerbs.Contains(word)) verb = j;
        }
        if (verb < 0) return false;
        if (verb + 1 < tokens.Length && tokens[verb + 1].Kind == TokenKind.Word && _weather.Contains(Lower(text.Slice(tokens[verb + 1].Start, tokens[verb + 1].Length)))) return true;
        for (var j = verb + 1; j < tokens.Length && j <= verb + ComplementReach; j++)
        {
            if (tokens[j].Kind != TokenKind.Word) return false;
            if (_complements.Contains(Lower(text.Slice(tokens[j].Start, tokens[j].Length)))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a person's name tells a man or a woman: its first word is a given name on one of the two lists only
    /// (<c>given-name-genders.yaml</c>). Null when it tells neither.
    /// </summary>
    public PronounPerson? GenderOf(string name)
    {
        var space = name.IndexOf(' ');
        var first = space < 0 ? name.AsSpan() : name.AsSpan(0, space);
        return _femaleNames.Contains(first) ? PronounPerson.Feminine : _maleNames.Contains(first) ? PronounPerson.Masculine : null;
    }

    private static string Lower(ReadOnlySpan<char> word) => word.ToString().ToLowerInvariant();

    private static PronounWords Load()
    {
        var root = EmbeddedData.Values("Byline.Analysis.KnowledgeBase.entity-pronouns.yaml");
        WordSet Set(params string[] keys) => new(keys.SelectMany(k => EmbeddedData.Strings(root, k)));
        var genders = EmbeddedData.Values("Byline.Analysis.KnowledgeBase.given-name-genders.yaml");
        WordSet Names(string key) => new(EmbeddedData.Strings(genders, key));
        return new PronounWords
        {
            _masculine = Set("masculine"),
            _feminine = Set("feminine"),
            _maleNames = Names("male"),
            _femaleNames = Names("female"),
            _neuter = Set("neuter"),
            _plural = Set("plural"),
            _firstPlural = Set("first-plural"),
            _expletiveVerbs = Set("expletive-verbs"),
            _complements = Set("expletive-complements"),
            _weather = Set("weather-and-time"),
        };
    }
}

/// <summary>
/// Links pronouns to the entities they are thought to refer to, in one pass over the names in document order: a
/// third-person pronoun to the most recent entity of a type it agrees with, a first-person plural one inside a quotation
/// to the organisation its speaker names.
/// </summary>
internal static class PronounLinks
{
    public static ImmutableArray<EntityDescription> Link(List<PronounAt> pronouns, ArticleEntities entities, ArticleSourcing sourcing)
    {
        var linked = ImmutableArray.CreateBuilder<EntityDescription>();
        if (pronouns.Count == 0 || entities.Mentions.IsEmpty) return linked.ToImmutable();
        var recent = new RecentEntities();
        var mentions = entities.Mentions;
        var next = 0;
        List<Attribution.Attribution>? attributions = null;
        foreach (var pronoun in pronouns)
        {
            for (; next < mentions.Length && mentions[next].Span.End <= pronoun.Pronoun.Span.Start; next++)
            {
                if (entities.Find(mentions[next].EntityId) is { Type: not EntityType.Miscellaneous } entity) recent.Add(entity, mentions[next].Span.Start);
            }
            var link = pronoun.Person == PronounPerson.FirstPlural
                ? Speaker(pronoun, entities, attributions ??= [.. sourcing.Attributions])
                : recent.Referent(pronoun);
            if (link is { } found) linked.Add(found);
        }
        return linked.ToImmutable();
    }

    /// <summary>"we" inside the words an attribution reports: the organisation its source names, if it names one.</summary>
    private static EntityDescription? Speaker(PronounAt pronoun, ArticleEntities entities, List<Attribution.Attribution> attributions)
    {
        var span = pronoun.Pronoun.Span;
        foreach (var attribution in attributions)
        {
            if (attribution.Source is not { } source || !attribution.Content.Contains(span)) continue;
            foreach (var mention in entities.MentionsOverlapping(source.Resolved.Span))
            {
                if (entities.Find(mention.EntityId) is { Type: EntityType.Organization } organisation)
                {
                    return pronoun.Pronoun with { Type = organisation.Type, EntityId = organisation.Id, Link = DescriptionLink.Speaker };
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// What a third-person pronoun can stand for: a man, a woman, a person whose name tells neither, an organisation, a
    /// place, or a body named in the plural.
    /// </summary>
    private enum Referents { Man, Woman, Person, Organization, Location, PluralNamedOrganization }

    /// <summary>
    /// The kinds of entity a third-person pronoun agrees with. "they" stands for a body whose name is plural ("the
    /// Rangers", "the Kestrel Brothers"): after a body named in the singular it refers to people or things far more often.
    /// </summary>
    private static ReadOnlySpan<Referents> ReferentsOf(PronounPerson person) => person switch
    {
        PronounPerson.Masculine => [Referents.Man, Referents.Person],
        PronounPerson.Feminine => [Referents.Woman, Referents.Person],
        PronounPerson.Neuter => [Referents.Organization, Referents.Location],
        PronounPerson.Plural => [Referents.PluralNamedOrganization],
        _ => [],
    };

    /// <summary>A name whose last word is a plural ("Rangers", not "Congress" or "Harris").</summary>
    private static bool IsPluralName(string name)
    {
        var last = name.AsSpan().TrimEnd();
        return last.Length > 3 && last[^1] == 's' && last[^2] is not ('s' or 'u' or 'i' or '\'' or '’') && char.IsLower(last[^2]);
    }

    /// <summary>The two entities of each kind named last, each with where it was last named.</summary>
    private sealed class RecentEntities
    {
        private readonly Dictionary<Referents, (Entity Entity, int At)[]> _last = [];

        public void Add(Entity entity, int at)
        {
            Add(entity.Type switch { EntityType.Person => PersonOf(entity), EntityType.Organization => Referents.Organization, _ => Referents.Location }, entity, at);
            if (entity.Type == EntityType.Organization && IsPluralName(entity.Name)) Add(Referents.PluralNamedOrganization, entity, at);
        }

        private static Referents PersonOf(Entity entity) => PronounWords.Default.GenderOf(entity.Name) switch
        {
            PronounPerson.Masculine => Referents.Man,
            PronounPerson.Feminine => Referents.Woman,
            _ => Referents.Person,
        };

        private void Add(Referents kind, Entity entity, int at)
        {
            if (!_last.TryGetValue(kind, out var last)) _last[kind] = last = new (Entity, int)[2];
            if (last[0].Entity?.Id != entity.Id) last[1] = last[0];
            last[0] = (entity, at);
        }

        /// <summary>
        /// The most recent entity the pronoun agrees with: <see cref="DescriptionLink.Pronoun"/> when it was named in the
        /// pronoun's sentence or the one before, else <see cref="DescriptionLink.PronounDistant"/>; past another when another
        /// entity it agrees with was named there too (a reader could take the pronoun for either).
        /// </summary>
        public EntityDescription? Referent(PronounAt pronoun)
        {
            (Entity Entity, int At) best = default;
            foreach (var type in ReferentsOf(pronoun.Person))
            {
                if (_last.TryGetValue(type, out var last) && last[0].Entity is not null && (best.Entity is null || last[0].At > best.At)) best = last[0];
            }
            if (best.Entity is not { } entity) return null;
            var rival = false;
            foreach (var type in ReferentsOf(pronoun.Person))
            {
                if (!_last.TryGetValue(type, out var last)) continue;
                foreach (var (other, at) in last)
                {
                    rival |= other is not null && other.Id != entity.Id && at >= pronoun.WindowStart;
                }
            }
            var near = best.At >= pronoun.WindowStart;
            var link = near ? DescriptionLink.Pronoun : DescriptionLink.PronounDistant;
            return pronoun.Pronoun with { Type = entity.Type, EntityId = entity.Id, Link = link, PastAnother = rival };
        }
    }
}
