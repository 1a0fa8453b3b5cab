namespace Byline.Language.Training;

/// <summary>
/// Attachment scores of a parser on treebank sentences in the Syntax tokenizer's tokens, tagged by the tagger:
/// unlabelled (head right) and labelled (head and coarse relation right), punctuation excluded as is usual and,
/// separately, included.
/// </summary>
internal sealed record ParserScore(int Tokens, int Heads, int HeadsAndLabels, int TokensWithPunctuation, int HeadsWithPunctuation)
{
    public override string ToString() =>
        $"{Tokens} tokens without punctuation: UAS {(double)Heads / Tokens:P2}, LAS {(double)HeadsAndLabels / Tokens:P2}; with punctuation UAS {(double)HeadsWithPunctuation / TokensWithPunctuation:P2}";

    public static ParserScore Measure(DependencyParser parser, PartOfSpeechTagger tagger, IReadOnlyList<ParsedSentence> sentences)
    {
        var labels = parser.Labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var (tokens, heads, both, all, allHeads) = (0, 0, 0, 0, 0);
        foreach (var sentence in sentences)
        {
            var input = ParserInput.Of(sentence, tagger, labels);
            var state = parser.Parse(input.Words, input.Tags);
            for (var t = 0; t < input.Heads.Length; t++)
            {
                var headRight = state.Heads[t] == input.Heads[t];
                all++;
                allHeads += headRight ? 1 : 0;
                if (sentence.Relations[t] == "punct") continue;
                tokens++;
                heads += headRight ? 1 : 0;
                both += headRight && state.Labels[t] == input.Labels[t] ? 1 : 0;
            }
        }
        return new ParserScore(tokens, heads, both, all, allHeads);
    }
}
