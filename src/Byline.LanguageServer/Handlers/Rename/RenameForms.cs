using Byline.Analysis.Entities;

namespace Byline.LanguageServer.Handlers.Rename;

/// <summary>
/// What each mention of an entity becomes when one of its spellings is renamed. A mention written exactly as the
/// selected one becomes the new name. When the selected mention is a person's name of several words, the short forms
/// the entity linker tied to the same person follow it word for word, if the new name has as many words as the old:
/// "Ana Ruiz" → "Eva Marín" makes the surname mention "Ruiz" "Marín" and the given-name mention "Ana" "Eva". When the
/// new name has another number of words, which word a short form should become is a guess ("Ana Ruiz" → "Ana Ruiz
/// Torres": "Ruiz"? "Torres"? "Ruiz Torres"?), so only the full mentions are renamed and <see cref="LeftShortForms"/>
/// says which were left.
/// </summary>
internal sealed class RenameForms
{
    private readonly string _oldName;
    private readonly string _newName;
    private readonly string[] _oldWords;
    private readonly string[] _newWords;

    private RenameForms(string oldName, string newName, bool isPerson)
    {
        (_oldName, _newName) = (oldName, newName);
        _oldWords = isPerson ? Words(oldName) : [];
        _newWords = Words(newName);
    }

    public static RenameForms For(Entity entity, Mention selected, string newName) =>
        new(selected.Text, newName, entity.Type == EntityType.Person);

    /// <summary>Whether short forms are renamed with the full name: a person's name of several words, and a new name of as many.</summary>
    private bool MapsShortForms => _oldWords.Length >= 2 && _newWords.Length == _oldWords.Length;

    /// <summary>The new text of <paramref name="mention"/>, or null when it stays as it is.</summary>
    public string? ReplacementFor(Mention mention)
    {
        if (string.Equals(mention.Text, _oldName, StringComparison.Ordinal))
        {
            return _newName;
        }
        if (!MapsShortForms || ShortFormWord(mention) is not { } index)
        {
            return null;
        }
        var replacement = _newWords[index];
        return string.Equals(replacement, mention.Text, StringComparison.Ordinal) ? null : replacement;
    }

    /// <summary>The short forms of the old name that were not renamed because the new name's words do not map onto its words ("Ruiz"), none when they were.</summary>
    public IEnumerable<Mention> LeftShortForms(IEnumerable<Mention> mentions) =>
        _oldWords.Length >= 2 && !MapsShortForms ? mentions.Where(m => ShortFormWord(m) is not null) : [];

    // A surname mention is the name's last word, a given-name mention its first; anything else is not a short form of it.
    private int? ShortFormWord(Mention mention) => mention.Kind switch
    {
        MentionKind.Surname when _oldWords.Length > 0 && string.Equals(mention.Text, _oldWords[^1], StringComparison.Ordinal) => _oldWords.Length - 1,
        MentionKind.GivenName when _oldWords.Length > 0 && string.Equals(mention.Text, _oldWords[0], StringComparison.Ordinal) => 0,
        _ => null,
    };

    private static string[] Words(string name) => name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
