using System.Globalization;
using Byline.Language;
using Byline.Syntax;

namespace Byline.Evaluation.Attribution;

/// <summary>
/// The cue overlap errors by shape (<c>--cue-report N</c>, <c>--cue-rows FILE</c>): every missed gold cue fragment, every
/// false predicted cue and every matched cue whose span differs, classed by where the source stands (gold's for a miss,
/// the prediction's for a false cue) and grouped by the part of speech and lemma of the cue's head as the project's own
/// tagger reads it. The matching is <see cref="SpanMatching.Match"/>, so the counts add up to the cue overlap line.
/// </summary>
internal sealed class CueReport
{
    private readonly List<Row> _rows = [];
    private readonly StreamWriter? _tokens;

    /// <param name="tokenRows">Where to write every token of the split (<c>--token-rows FILE</c>), or null.</param>
    public CueReport(string? tokenRows) => _tokens = tokenRows is null ? null : new StreamWriter(tokenRows);

    /// <summary>
    /// One cue error. Kind: missed, false, partial. Source: where the source stands against the cue (before / after in the
    /// sentence, elsewhere, none). Context: for a miss, what else the sentence's predictions are (none / true / false);
    /// for a false cue, where it lies (gold content / gold source / a gold-attributed sentence / an unattributed one);
    /// for a partial match, which side is longer.
    /// </summary>
    private sealed record Row(string Kind, string Source, string Context, string Pos, string Lemma, string Pattern, string Cue, string Other, string Before, string After, string Sentence);

    public void Add(string name, string text, ArticleSyntaxTree syntax, BratAnnotations gold, IReadOnlyList<Analysis.Attribution.Attribution> predicted)
    {
        var sentences = syntax.Blocks.SelectMany(b => b.Sentences).ToList();
        var goldCues = gold.Attributions.SelectMany(a => a.Cue).Distinct().ToList();
        var spans = predicted.Select(a => (a.Cue.Start, a.Cue.End)).ToList();
        var match = SpanMatching.Match(goldCues, spans);
        var tagged = new Dictionary<Sentence, IReadOnlyList<TaggedToken>>();
        IReadOnlyList<TaggedToken> Tags(Sentence s) => tagged.TryGetValue(s, out var t) ? t : tagged[s] = PartOfSpeechTagger.Default.Tag(text, s.Tokens);
        Sentence? SentenceOf(int at) => sentences.FirstOrDefault(s => s.Span.Start <= at && at < s.Span.End);

        if (_tokens is not null) WriteTokens(name, text, sentences, Tags, gold, goldCues, spans, match);
        for (var g = 0; g < goldCues.Count; g++)
        {
            if (match.Contains(g)) continue;
            var cue = goldCues[g];
            var owner = gold.Attributions.First(a => a.Cue.Contains(cue));
            var sentence = SentenceOf(cue.Start);
            var others = sentence is null ? [] : Enumerable.Range(0, spans.Count).Where(i => sentence.Span.Start <= spans[i].Start && spans[i].Start < sentence.Span.End).ToList();
            var context = others.Count == 0 ? "alone" : others.All(i => match[i] >= 0) ? "beside-true" : "beside-false";
            var source = owner.Source.Count == 0 ? "none" : Side(owner.Source[0], cue, sentence);
            AddRow("missed", source, context, cue, "", "", text, sentence, sentence is null ? [] : Tags(sentence));
        }
        for (var i = 0; i < predicted.Count; i++)
        {
            var p = predicted[i];
            var cue = spans[i];
            var sentence = SentenceOf(cue.Start);
            var source = p.Source is null ? "none" : Side((p.Source.Span.Start, p.Source.Span.End), cue, sentence);
            var tags = sentence is null ? (IReadOnlyList<TaggedToken>)[] : Tags(sentence);
            if (match[i] < 0)
            {
                var context = gold.Attributions.Any(a => a.Content.Any(c => Overlaps(c, cue))) ? "in-gold-content"
                    : gold.Attributions.Any(a => a.Source.Any(c => Overlaps(c, cue))) ? "in-gold-source"
                    : sentence is not null && goldCues.Any(c => Overlaps(c, (sentence.Span.Start, sentence.Span.End))) ? "gold-attributed-sentence"
                    : "unattributed-sentence";
                AddRow("false", source, context, cue, p.Pattern.Name + ":" + p.CueLemma, "", text, sentence, tags);
            }
            else if (goldCues[match[i]] != cue)
            {
                var g = goldCues[match[i]];
                var context = g.Start <= cue.Start && cue.End <= g.End ? "gold-longer" : cue.Start <= g.Start && g.End <= cue.End ? "ours-longer" : "crossing";
                AddRow("partial", source, context, cue, p.Pattern.Name + ":" + p.CueLemma, text[g.Start..g.End], text, sentence, tags);
            }
        }
    }

    /// <summary>
    /// Every token as "document, sentence index, offset, word, tag, lemma, gold, predicted": gold "-" outside any gold cue, "hit"
    /// inside a matched gold cue, "miss" inside a missed one; predicted "-", "true" or "false" for the prediction over it.
    /// A candidate cue's break-even is read from these: its hits no prediction covers inside a missed gold cue (gained)
    /// against those outside any gold cue (false).
    /// </summary>
    private void WriteTokens(string name, string text, List<Sentence> sentences, Func<Sentence, IReadOnlyList<TaggedToken>> tags, BratAnnotations gold,
        List<(int Start, int End)> goldCues, List<(int Start, int End)> spans, int[] match)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var t in tags(sentences[s]))
            {
                var at = (t.Token.Span.Start, t.Token.Span.End);
                var g = goldCues.FindIndex(c => Overlaps(c, at));
                var p = spans.FindIndex(c => Overlaps(c, at));
                _tokens!.WriteLine(string.Join('\t', name, s, at.Start, Flat(text.Substring(at.Start, at.End - at.Start)), t.Tag.Label, t.Lemma,
                    g < 0 ? "-" : match.Contains(g) ? "hit" : "miss", p < 0 ? "-" : match[p] >= 0 ? "true" : "false"));
            }
            _tokens!.WriteLine();
        }
    }

    private void AddRow(string kind, string source, string context, (int Start, int End) cue, string pattern, string other, string text, Sentence? sentence, IReadOnlyList<TaggedToken> tags)
    {
        var inside = tags.Where(t => t.Token.Span.Start < cue.End && cue.Start < t.Token.Span.End).ToList();
        var head = Head(inside);
        var first = inside.Count > 0 ? tags.ToList().IndexOf(inside[0]) : -1;
        var last = inside.Count > 0 ? tags.ToList().IndexOf(inside[^1]) : -1;
        string Word(int i) => i >= 0 && i < tags.Count ? text.Substring(tags[i].Token.Span.Start, tags[i].Token.Span.Length) : "";
        _rows.Add(new Row(kind, source, context, head is { } h ? h.Tag.Label : "?", head is { } l ? l.Lemma.ToLowerInvariant() : "?", pattern,
            Flat(text[cue.Start..cue.End]), Flat(other), first > 0 ? Word(first - 1) : "", last >= 0 ? Word(last + 1) : "",
            sentence is null ? "" : Flat(text.Substring(sentence.Span.Start, sentence.Span.Length))));
    }

    /// <summary>The cue's head: the last verb of its first verb group, else its first noun, adjective, preposition, or word.</summary>
    private static TaggedToken? Head(List<TaggedToken> inside)
    {
        // Labels are "UPOS/Penn" ("VERB/VBD", "AUX/VBZ"); contractions join two ("PRON+AUX/PRP+VBZ").
        static string Penn(TaggedToken t) => t.Tag.Label[(t.Tag.Label.IndexOf('/') + 1)..];
        var firstVerb = inside.FindIndex(t => Penn(t).StartsWith("VB", StringComparison.Ordinal) || Penn(t) == "MD");
        if (firstVerb >= 0)
        {
            var head = firstVerb;
            for (var i = firstVerb + 1; i < inside.Count && Penn(inside[i]) is var l && (l.StartsWith("VB", StringComparison.Ordinal) || l.StartsWith("RB", StringComparison.Ordinal) || l == "MD"); i++)
            {
                if (l.StartsWith("VB", StringComparison.Ordinal)) head = i;
            }
            return inside[head];
        }
        foreach (var prefix in new[] { "NN", "JJ", "IN", "TO" })
        {
            var at = inside.FindIndex(t => Penn(t).StartsWith(prefix, StringComparison.Ordinal));
            if (at >= 0) return inside[at];
        }
        return inside.Count > 0 ? inside[0] : null;
    }

    private static string Side((int Start, int End) source, (int Start, int End) cue, Sentence? sentence)
    {
        var inSentence = sentence is not null && source.Start >= sentence.Span.Start && source.Start < sentence.Span.End;
        return !inSentence ? "elsewhere" : source.End <= cue.Start ? "before" : source.Start >= cue.End ? "after" : "overlapping";
    }

    private static bool Overlaps((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;

    private static string Flat(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>Counts by kind, source and context, then the <paramref name="top"/> largest head groups of each kind and source.</summary>
    public void Print(int top)
    {
        Console.WriteLine("cue errors by kind, source and context:");
        foreach (var group in _rows.GroupBy(r => (r.Kind, r.Source)).OrderBy(g => g.Key.Kind).ThenByDescending(g => g.Count()))
        {
            var contexts = string.Join(", ", group.GroupBy(r => r.Context).OrderByDescending(c => c.Count()).Select(c => $"{c.Key} {c.Count()}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key.Kind,-8} source {group.Key.Source,-12} {group.Count(),6}: {contexts}"));
        }
        foreach (var group in _rows.GroupBy(r => (r.Kind, r.Source)).OrderBy(g => g.Key.Kind).ThenByDescending(g => g.Count()))
        {
            var pos = string.Join(", ", group.GroupBy(r => PosClass(r.Pos)).OrderByDescending(c => c.Count()).Select(c => $"{c.Key} {c.Count()}"));
            var heads = string.Join(", ", group.GroupBy(r => r.Pos + " " + r.Lemma).OrderByDescending(c => c.Count()).Take(top).Select(c => $"{c.Key} {c.Count()}"));
            Console.WriteLine($"{group.Key.Kind} cues, source {group.Key.Source} — by head: {pos}");
            Console.WriteLine($"  {heads}");
        }
    }

    private static string PosClass(string label) => label.Split('/')[0];

    /// <summary>Every row as a tab-separated line, for reading a group's sentences.</summary>
    public void Write(string path) =>
        File.WriteAllLines(path, _rows.Select(r => string.Join('\t', r.Kind, r.Source, r.Context, r.Pos, r.Lemma, r.Pattern, r.Cue, r.Other, r.Before, r.After, r.Sentence)));

    /// <summary>Closes the token file.</summary>
    public void Close() => _tokens?.Dispose();
}
