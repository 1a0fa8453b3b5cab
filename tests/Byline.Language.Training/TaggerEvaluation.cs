namespace Byline.Language.Training;

/// <summary>Accuracy of a tagger on aligned treebank sentences, token by token in the Syntax tokenizer's tokens.</summary>
internal sealed record TaggerScore(int Tokens, int Label, int Upos, int Xpos, int Lemma)
{
    public override string ToString() =>
        $"{Tokens} tokens: tag {Share(Label):P2}, UPOS {Share(Upos):P2}, XPOS {Share(Xpos):P2}, lemma {Share(Lemma):P2}";

    private double Share(int n) => (double)n / Tokens;

    public static TaggerScore Measure(PartOfSpeechTagger tagger, IReadOnlyList<AlignedSentence> sentences)
    {
        var (tokens, label, upos, xpos, lemma) = (0, 0, 0, 0, 0);
        foreach (var sentence in sentences)
        {
            var tags = new PosTag[sentence.Tokens.Length];
            tagger.TagContext(TaggerTraining.Context(sentence), tags);
            for (var i = 0; i < tags.Length; i++)
            {
                var gold = new PosTag(0, sentence.Labels[i]);
                tokens++;
                if (tags[i].Label == gold.Label) label++;
                if (tags[i].Upos == gold.Upos) upos++;
                if (tags[i].Xpos == gold.Xpos) xpos++;
                if (string.Equals(tagger.Lemmatize(sentence.Word(i), tags[i]), sentence.Lemmas[i], StringComparison.OrdinalIgnoreCase)) lemma++;
            }
        }
        return new TaggerScore(tokens, label, upos, xpos, lemma);
    }
}

/// <summary>The tokens whose lemma differs from the treebank's: word, predicted tag, gold tag, lemma, gold lemma.</summary>
internal static class TaggerErrors
{
    public static IEnumerable<string> Lemmas(PartOfSpeechTagger tagger, IReadOnlyList<AlignedSentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            var tags = new PosTag[sentence.Tokens.Length];
            tagger.TagContext(TaggerTraining.Context(sentence), tags);
            for (var i = 0; i < tags.Length; i++)
            {
                var lemma = tagger.Lemmatize(sentence.Word(i), tags[i]);
                if (!string.Equals(lemma, sentence.Lemmas[i], StringComparison.OrdinalIgnoreCase))
                    yield return $"{sentence.Word(i)}\t{tags[i]}\t{sentence.Labels[i]}\t{lemma}\t{sentence.Lemmas[i]}";
            }
        }
    }
}
