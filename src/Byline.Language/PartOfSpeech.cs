namespace Byline.Language;

/// <summary>The seventeen Universal Dependencies part-of-speech tags (UPOS).</summary>
public enum UniversalPos : byte
{
    X, ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB,
}

/// <summary>
/// One tag the tagger can give a token: a Universal Dependencies tag and a Penn Treebank tag. A token of the
/// Syntax tokenizer that the treebanks split into several words ("don't" = do + n't, "country's" = country + 's)
/// carries every part, joined with '+' ("AUX+PART", "VBP+RB"); <see cref="Upos"/> and <see cref="Xpos"/> then
/// describe the first part, which is the word the clitic attaches to.
/// </summary>
public sealed class PosTag
{
    internal PosTag(byte id, string label)
    {
        Id = id;
        Label = label;
        var slash = label.IndexOf('/');
        UposLabel = slash < 0 ? label : label[..slash];
        XposLabel = slash < 0 ? label : label[(slash + 1)..];
        Upos = Enum.TryParse<UniversalPos>(FirstPart(UposLabel), out var upos) ? upos : UniversalPos.X;
        Xpos = FirstPart(XposLabel);
        foreach (var part in UposLabel.Split('+'))
        {
            _parts |= 1u << (int)(Enum.TryParse<UniversalPos>(part, out var p) ? p : UniversalPos.X);
        }
    }

    private readonly uint _parts;

    /// <summary>Whether any part of the tag is <paramref name="pos"/> ("he's" = PRON+AUX has an AUX part).</summary>
    public bool HasPart(UniversalPos pos) => (_parts & (1u << (int)pos)) != 0;

    /// <summary>Index of the tag in the model's tag set.</summary>
    public byte Id { get; }

    /// <summary>"UPOS/XPOS", for example "VERB/VBZ" or "NOUN+PART/NN+POS".</summary>
    public string Label { get; }

    /// <summary>All universal parts, for example "AUX+PART".</summary>
    public string UposLabel { get; }

    /// <summary>All Penn Treebank parts, for example "VBP+RB".</summary>
    public string XposLabel { get; }

    /// <summary>The universal tag of the first part.</summary>
    public UniversalPos Upos { get; }

    /// <summary>The Penn Treebank tag of the first part.</summary>
    public string Xpos { get; }

    /// <summary>A verb form (VB, VBD, VBG, VBN, VBP, VBZ), auxiliaries included.</summary>
    public bool IsVerb => Xpos.StartsWith("VB", StringComparison.Ordinal);

    /// <summary>A common or proper noun (NN, NNS, NNP, NNPS).</summary>
    public bool IsNoun => Xpos.StartsWith("NN", StringComparison.Ordinal);

    /// <summary>A proper noun (NNP, NNPS).</summary>
    public bool IsProperNoun => Xpos.StartsWith("NNP", StringComparison.Ordinal);

    /// <summary>A finite verb: past (VBD), present (VBZ, VBP) or a modal (MD).</summary>
    public bool IsFiniteVerb => Xpos is "VBD" or "VBZ" or "VBP" or "MD";

    /// <summary>A wh-word that opens a clause (WDT, WP, WP$, WRB).</summary>
    public bool IsWhWord => Xpos.StartsWith('W');

    /// <summary>A gerund or present participle (VBG).</summary>
    public bool IsGerund => Xpos == "VBG";

    public override string ToString() => Label;

    private static string FirstPart(string label)
    {
        var plus = label.IndexOf('+');
        return plus < 0 ? label : label[..plus];
    }
}
