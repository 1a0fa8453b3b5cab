using Byline.Analysis;
using Byline.Analysis.Entities;
using Byline.EntityExperiment;
using Byline.Evaluation;
using Byline.Evaluation.Entities;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Language.Training;

/// <summary>
/// The entity tagger's training sentences: GUM documents of one split in the open genres, read from GUM's
/// WebAnno TSV at a named commit of its git repository, each rebuilt as a plain-text article (one sentence a line,
/// as the evaluation does), analysed by the scanner for the gazetteer feature, and labelled from GUM's named
/// mentions of people, organisations and places written as proper names (where GUM nests names, the outer one
/// wins; Wikified pronouns and descriptions are not names to tag).
/// </summary>
internal static class GumEntityData
{
    public static List<EntitySentence> Load(string repository, string commit, string split, TextWriter log)
    {
        var documents = Treebanks.GumDocuments(GitRepository.Output(repository, "show", $"{commit}:splits.md"), split).Order(StringComparer.Ordinal).ToList();
        var sentences = new List<EntitySentence>();
        foreach (var document in documents)
        {
            var (text, mentions) = GumTsv.Read(GitRepository.Output(repository, "show", $"{commit}:_build/src/tsv/{document}.tsv"));
            sentences.AddRange(Label(text, mentions));
        }
        log.WriteLine($"GUM {split} (open genres): {documents.Count} documents, {sentences.Count} sentences, {sentences.Sum(s => s.Labels.Length)} tokens, {sentences.Sum(s => s.Labels.Count(l => l[0] == 'B'))} names");
        return sentences;
    }

    /// <summary>The sentences of one article with gold labels from <paramref name="mentions"/> (article offsets).</summary>
    public static IEnumerable<EntitySentence> Label(string text, IReadOnlyList<GumMention> mentions)
    {
        var tree = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var scanned = EntityAnalyzer.Analyze(tree, KnowledgeBase.Builtin);
        var outerFirst = mentions.Where(m => m.Proper).OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start).ToList();
        foreach (var sentence in EntityTagging.Sentences(tree, scanned))
        {
            var labels = Enumerable.Repeat("O", sentence.Tokens.Length).ToArray();
            foreach (var mention in outerFirst)
            {
                var inside = Enumerable.Range(0, labels.Length).Where(i => Covers(mention, sentence.Block.Start + sentence.Tokens[i].Span.Start)).ToList();
                // A capitalised pronoun ("He", "I") passes GUM's proper-name test; a name has a proper noun in it.
                if (inside.Count == 0 || inside.Any(i => labels[i] != "O") || !inside.Any(i => sentence.Pos[i].IsProperNoun)) continue;
                foreach (var i in inside) labels[i] = (i == inside[0] ? "B-" : "I-") + mention.Type;
            }
            var context = new WordHashes[sentence.Tokens.Length + 4];
            EntityTagger.FillContext(sentence.Block.Node.Text, sentence.Tokens, context);
            yield return new EntitySentence(context, [.. sentence.Pos.Select(p => p.Id)], sentence.Gazetteer, labels);
        }
    }

    private static bool Covers(GumMention mention, int offset) => offset >= mention.Start && offset < mention.End;
}
