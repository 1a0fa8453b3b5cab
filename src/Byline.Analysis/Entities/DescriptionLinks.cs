using System.Collections.Immutable;
using Byline.Text;

namespace Byline.Analysis.Entities;

/// <summary>
/// Links each description to the entity it refers to: the nearest entity named before it, of a compatible type,
/// that the description's head can stand for. A head stands for an organisation or a place when it is a word of
/// the entity's name ("the ministry" for "Ministry of Defence") or, for "the company", when a legal form ends the name
/// ("Norvell Holdings Ltd"), or a word of its knowledge-base kind ("the country" for a country, "the group" for an
/// armed group); for a person, when it is the title the article gave the name ("the president" after "President Ana Silva"),
/// never a word of the name itself (a surname such as "King" is no role). A plural head of people ("the rebels") may
/// also refer to an organisation of them. A description with no such entity before it stays unlinked.
/// </summary>
internal static class DescriptionLinks
{
    public static ImmutableArray<EntityDescription> Link(ImmutableArray<EntityDescription> descriptions, ArticleEntities entities, ArticleText text)
    {
        if (descriptions.IsEmpty || entities.Mentions.IsEmpty)
        {
            return descriptions;
        }
        var seen = new NamesSeen();
        var mentions = entities.Mentions;
        var next = 0;
        var linked = ImmutableArray.CreateBuilder<EntityDescription>(descriptions.Length);
        foreach (var description in descriptions)
        {
            for (; next < mentions.Length && mentions[next].Span.End <= description.Span.Start; next++)
            {
                if (entities.Find(mentions[next].EntityId) is not { Type: not EntityType.Miscellaneous } entity) continue;
                seen.Add(entity, next, entity.Type == EntityType.Person ? TitleBefore(text, mentions[next]) : null);
            }
            linked.Add(!description.IsIndefinite && !description.IsAppositive && seen.Referent(description) is { } referent
                ? description with { EntityId = referent.Id, Link = referent.Link, PastAnother = seen.NamedSince(referent.Id, description) }
                : description);
        }
        return linked.MoveToImmutable();
    }

    /// <summary>
    /// The rules whose links are right often enough to list a description or a pronoun with the entity's mentions,
    /// when no other entity of its type was named between them (for a pronoun: none it agrees with near it,
    /// <see cref="EntityDescription.PastAnother"/>). Measured per rule on GUM's training documents against its
    /// coreference chains (docs/evaluation.md, sessions 30 and 31): for descriptions only a word of the knowledge-base
    /// kind ("the country" for the last country named) was (a word of the name, "the island" for one island while the
    /// story is about another, and a link past another entity of the type were often wrong; legal forms and titles never
    /// linked there); for pronouns only "he" or "she" for the one person named in its sentence or the one before ("it"
    /// and "they" for a body or a place were wrong about half the time, "we" too seldom seen to tell). Other links are
    /// only offered on hover, as what the description or pronoun may refer to.
    /// </summary>
    public static bool IsReliable(DescriptionLink link, EntityType type) =>
        link == DescriptionLink.Kind || link == DescriptionLink.Pronoun && type == EntityType.Person;

    /// <summary>
    /// The entities named so far, by the words a head may match and the rule each word comes from (an entity's words
    /// are listed once, when it is first named: a place the knowledge base knows may have dozens of names), and where
    /// each was last named.
    /// </summary>
    private sealed class NamesSeen
    {
        private readonly Dictionary<string, List<(Entity Entity, DescriptionLink Link)>> _byWord = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _lastNamed = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Id, int Index)> _lastTitled = new(StringComparer.Ordinal);
        private readonly Dictionary<EntityType, string> _lastOfType = [];

        public void Add(Entity entity, int index, string? title)
        {
            if (_lastNamed.TryAdd(entity.Id, index))
            {
                foreach (var (word, link) in WordsOf(entity))
                {
                    if (!_byWord.TryGetValue(word, out var named)) _byWord[word] = named = [];
                    named.Add((entity, link));
                }
            }
            _lastNamed[entity.Id] = index;
            _lastOfType[entity.Type] = entity.Id;
            if (title is not null) _lastTitled[title] = (entity.Id, index);
        }

        /// <summary>
        /// Another entity of the description's type was named after <paramref name="id"/>, the one it is linked to:
        /// a reader may take the description for that one ("the city" after a second city the head is no word of).
        /// </summary>
        public bool NamedSince(string id, EntityDescription description) =>
            _lastOfType.TryGetValue(description.Type, out var last) && last != id
            && _lastNamed[last] > _lastNamed[id];

        /// <summary>The latest entity of a compatible type the head (as written or in the singular) stands for, and why.</summary>
        public (string Id, DescriptionLink Link)? Referent(EntityDescription description)
        {
            (string Id, int Index, DescriptionLink Link)? best = null;
            foreach (var word in (ReadOnlySpan<string>)[description.Head, Singular(description.Head)])
            {
                if (description.Type == EntityType.Person && _lastTitled.TryGetValue(word, out var titled) && (best is null || titled.Index > best.Value.Index)) best = (titled.Id, titled.Index, DescriptionLink.Title);
                foreach (var (entity, link) in _byWord.GetValueOrDefault(word) ?? [])
                {
                    if (!Compatible(description, entity.Type)) continue;
                    var index = _lastNamed[entity.Id];
                    if (best is null || index > best.Value.Index) best = (entity.Id, index, LinkOf(description, entity, link));
                }
            }
            return best is { } found ? (found.Id, found.Link) : null;
        }
    }

    /// <summary>The same type; a plural head of people ("the rebels") may also refer to an organisation of them.</summary>
    private static bool Compatible(EntityDescription description, EntityType type) =>
        type == description.Type || type == EntityType.Organization && IsPluralOfPeople(description);

    private static DescriptionLink LinkOf(EntityDescription description, Entity entity, DescriptionLink link) =>
        link == DescriptionLink.NameWord && entity.Type != description.Type ? DescriptionLink.MembersName : link;

    private static bool IsPluralOfPeople(EntityDescription description) =>
        description.Type == EntityType.Person && Singular(description.Head).Length < description.Head.Length;

    /// <summary>
    /// The words a description's head may match for this entity (lower case), each with the rule it comes from (a word
    /// of the name before a legal form's heads, before a word of the kind): see the class summary.
    /// </summary>
    private static Dictionary<string, DescriptionLink> WordsOf(Entity entity)
    {
        var words = new Dictionary<string, DescriptionLink>(StringComparer.Ordinal);
        void Add(string word, DescriptionLink link)
        {
            words.TryAdd(word, link);
            words.TryAdd(Singular(word), link);
        }
        if (entity.Type != EntityType.Person)
        {
            foreach (var name in entity.Aliases.Append(entity.Name).Append(entity.AcronymExpansion ?? ""))
            {
                foreach (var word in name.Split([' ', '-', ',', '\''], StringSplitOptions.RemoveEmptyEntries)) Add(word.ToLowerInvariant(), DescriptionLink.NameWord);
            }
            if (IsCompany(entity.Name))
            {
                foreach (var head in DescriptionWords.Default.CompanyHeads) Add(head, DescriptionLink.LegalForm);
            }
        }
        foreach (var kind in (entity.Kind ?? "").Split('-', StringSplitOptions.RemoveEmptyEntries)) Add(kind, DescriptionLink.Kind);
        return words;
    }

    private static bool IsCompany(string name)
    {
        var last = name.AsSpan().Trim();
        var space = last.LastIndexOf(' ');
        last = last[(space + 1)..];
        var forms = EntityWords.Default.LegalForms;
        return space > 0 && (forms.Contains(last) || last.EndsWith('.') && forms.Contains(last[..^1]));
    }

    /// <summary>A title written right before a person's name ("President" in "President Ana Silva"), in lower case.</summary>
    private static string? TitleBefore(ArticleText text, Mention mention)
    {
        var end = mention.Span.Start - 1;
        if (end <= 0 || text[end] != ' ') return null;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        if (start == end) return null;
        var title = text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(start, end - start));
        return EntityWords.Default.Titles.Contains(title) ? title.ToLowerInvariant() : null;
    }

    /// <summary>A plural head's singular for matching names ("rebels" and "Rebel Front"): a final "s" off, not "ss".</summary>
    private static string Singular(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}
