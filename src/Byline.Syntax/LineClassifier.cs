using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Byline.Syntax;

/// <summary>The writing system that most letters of a line belong to.</summary>
internal enum Script : byte
{
    Unknown,
    Latin,
    Greek,
    Cyrillic,
    Hebrew,
    Arabic,
    Cjk,
    Other,
}

/// <summary>
/// What the classifier remembers from the lines before the current one. Classification looks only backwards,
/// so an incremental reparse may stop as soon as the state after a reparsed line equals the state the old
/// parse had there. <see cref="Ordinal"/> is capped so that state converges a few lines after an edit.
/// <see cref="InStoryList"/>: the lines before were a label of a list of other stories ("Related stories") and the
/// headlines listed under it.
/// </summary>
internal readonly record struct LineState(int Ordinal, BlockKind? PreviousKind, string? PreviousText, Script Script, bool InStoryList = false)
{
    public const int OrdinalCap = 5;

    public static LineState Initial => new(0, null, null, Script.Unknown);
}

/// <summary>A block found on a line: start and length relative to the line text.</summary>
internal readonly record struct Segment(int Start, int Length, BlockKind Kind);

/// <summary>Where Markdown already knows the kind of a unit; plain text is always <see cref="None"/>.</summary>
internal enum StructureHint
{
    None,
    Heading,
    Quote,
    ListItem,
    Separator,
    Boilerplate,
}

/// <summary>
/// Classifies one unit of text (a line of a plain-text article, a leaf block of a Markdown one) into one or
/// more blocks. The rules are newsroom conventions: the first block is the headline; a date line or a
/// wire dateline ("SOUTHWEST ASIA, Jan. 9, 2016 –") opens the story; photo credits start with "©" or
/// "Image:"; captions repeat or sit next to them; site furniture is short, unpunctuated, listed in
/// <c>Data/boilerplate.yaml</c>, or written in another script than the article.
/// </summary>
internal static class LineClassifier
{
    // The backtracking interpreter, neither compiled nor NonBacktracking: with NonBacktracking, building these five
    // patterns was nearly all of the parser's start-up, on the path of the first document's diagnostics (measured in
    // the native server: 21–41 processor-ms for the parser's preload, 0.6–0.8 ms with the interpreter; session 12 in
    // docs/performance.md), and Compiled costs more still to emit.
    // Backtracking stays safe without a match timeout because no pattern ever sees more than 120 characters: each is
    // run only on a line's first 40, 60 or 80 characters or its last 120 (see the callers), so even the nested
    // repetitions of the wire dateline cannot take long. Both engines give the same matches.
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    // Alternations of the calendar's names (Data/calendar.yaml), for the date patterns below.
    private static readonly string Months = string.Join('|', Lexicon.Default.Calendar.Months);
    private static readonly string ShortMonths = string.Join('|', Lexicon.Default.Calendar.MonthAbbreviations);
    private static readonly string Weekdays = string.Join('|', Lexicon.Default.Calendar.Weekdays);

    // "Friday, July 21, 2017", optionally run into the first paragraph.
    private static readonly Regex WeekdayDate = new(
        $@"^({Weekdays}),\s+({Months})\s+\d{{1,2}},\s+\d{{4}}", Options);

    private static readonly Regex BareDate = new(
        $@"^(({Months})\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+({Months})\s+\d{{4}})$", Options);

    // The wire archives' dateline line: "NEW YORK 1996-08-30", "LONDON 1996-08-22", and a place little known abroad
    // with its state or country: "HALSTEAD, England 1996-08-21", "ELMORE, Mich. 1996-08-22".
    private static readonly Regex IsoDateline = new(
        @"^[A-Z][A-Z'.\-]+( [A-Z][A-Z'.\-]+){0,3}( ?, [A-Z][A-Za-z'.\-]*( \.)?( [A-Z][A-Za-z'.\-]*){0,2})? \d{4}-\d{2}-\d{2}$", Options);

    // Most lines end otherwise: ruled out before the regular expression runs.
    private static bool EndsWithIsoDate(ReadOnlySpan<char> line) =>
        line.Length >= 15 && char.IsAsciiDigit(line[^1]) && line[^3] == '-' && line[^6] == '-';

    // Wire datelines: "BAGHDAD -", "SOUTHWEST ASIA, Jan. 9, 2016 –", "WASHINGTON, D.C. —", and with the agency's credit
    // in parentheses before the dash, as the wires send them: "BAGHDAD (Reuters) —", "PARIS, Aug 31 (AP) -".
    private static readonly Regex WireDateline = new(
        $@"^[A-Z][A-Z'.\-]{{2,}}( [A-Z][A-Z'.\-]+){{0,3}}(, ?(({ShortMonths})\.? \d{{1,2}}(, \d{{4}})?|({Months}) \d{{1,2}}(, \d{{4}})?|[A-Z][A-Za-z.]+( [A-Z][A-Za-z.]+){{0,2}})){{0,2}}( \([A-Z][A-Za-z.&]*( [A-Z][A-Za-z.&]*){{0,2}}\))? [–—―-](\s|$)", Options);

    // A picture credit in the Sputnik style, closing a caption: " - Sputnik International, 1920, 04.01.2022".
    private static readonly Regex PublisherDateCredit = new(
        @"\s[-–—]\s[^,]{1,80},\s\d{4},\s\d{1,2}\.\d{1,2}\.\d{4}$", Options);

    /// <summary>Appends the blocks of <c>text[start..end)</c> to <paramref name="segments"/> (none for a blank unit).</summary>
    public static void Classify(string text, int start, int end, LineState state, StructureHint hint, Lexicon lexicon, List<Segment> segments)
    {
        // Blocks never start or end with whitespace.
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start < end)
        {
            ClassifyTrimmed(text, start, end, state, hint, lexicon, segments);
        }
    }

    /// <summary>The state after a unit whose last block is <paramref name="lastKind"/> with <paramref name="lastText"/>.</summary>
    public static LineState Advance(LineState state, BlockKind lastKind, string lastText, string unitText, int start, int end)
    {
        if (lastKind == BlockKind.Boilerplate && IsHtmlComment(lastText))
        {
            return state;
        }
        var script = state.Script == Script.Unknown ? DominantScript(unitText, start, end, out _) : state.Script;
        return new LineState(Math.Min(state.Ordinal + 1, LineState.OrdinalCap), lastKind, lastText, script, ListsStoriesAfter(state, lastKind, lastText));
    }

    /// <summary>
    /// Whether a list of other stories goes on after a block: the block is furniture and either a list's label
    /// ("Related stories", "Most read") or, inside such a list, a headline (no sentence punctuation at its end).
    /// </summary>
    private static bool ListsStoriesAfter(LineState state, BlockKind lastKind, string lastText)
    {
        if (lastKind != BlockKind.Boilerplate)
        {
            return false;
        }
        if (state.InStoryList && !EndsWithSentencePunctuation(lastText))
        {
            return true;
        }
        return lastText.Length <= 60 && IsListedPhrase(lastText, Lexicon.Default.StoryListLabelLookup);
    }

    private const int MostListedPhraseChars = 60;

    /// <summary>Whether a short line, lowercased and without trailing punctuation or arrows, is one of <paramref name="phrases"/>.</summary>
    private static bool IsListedPhrase(ReadOnlySpan<char> line, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> phrases)
    {
        var trimmed = line.TrimEnd(".:!|›»>·-–— ");
        if (trimmed.Length > MostListedPhraseChars)
        {
            return false; // no listed phrase is this long, and the buffer below lives on the stack
        }
        Span<char> lower = stackalloc char[trimmed.Length];
        trimmed.ToLowerInvariant(lower);
        return phrases.Contains(lower);
    }

    /// <summary>A headline listed under a label of other stories: short, no sentence punctuation at its end, no credit.</summary>
    private static bool IsListedHeadline(ReadOnlySpan<char> line, LineState state, Lexicon lexicon) =>
        state.InStoryList && line.Length <= 160 && !EndsWithSentencePunctuation(line) && CountWords(line, 21) <= 20
        && CreditPrefixLength(line, lexicon) == 0;

    private static bool IsHtmlComment(ReadOnlySpan<char> text) =>
        text.StartsWith("<!--", StringComparison.Ordinal) && text.TrimEnd().EndsWith("-->", StringComparison.Ordinal);

    /// <summary>Adds a line's segments with the surrounding white space trimmed off (and none when nothing is left).</summary>
    private readonly struct SegmentSink(string text, List<Segment> segments)
    {
        public void Add(int s, int e, BlockKind kind)
        {
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) segments.Add(new Segment(s, e - s, kind));
        }
    }

    private static void ClassifyTrimmed(string text, int start, int end, LineState state, StructureHint hint, Lexicon lexicon, List<Segment> segments)
    {
        var line = text.AsSpan(start, end - start);
        var sink = new SegmentSink(text, segments);
        if (TryClassifyStructure(line, start, end, state, hint, lexicon, sink)
            || TryClassifyCredit(line, start, end, lexicon, sink)
            || TryClassifyFurniture(line, start, end, sink)
            || TryClassifyDateline(line, start, end, state, sink))
        {
            return;
        }
        ClassifyProse(line, start, end, state, lexicon, sink);
    }

    /// <summary>What the parser's hint or the line's own marks decide: separators, furniture, headline, lists, footnotes.</summary>
    private static bool TryClassifyStructure(ReadOnlySpan<char> line, int start, int end, LineState state, StructureHint hint, Lexicon lexicon, SegmentSink sink)
    {
        if (hint == StructureHint.Separator || IsSeparator(line))
        {
            sink.Add(start, end, state.Ordinal == 0 && hint != StructureHint.Separator ? BlockKind.Headline : BlockKind.Separator);
            return true;
        }
        if (hint == StructureHint.Boilerplate && IsHtmlComment(line))
        {
            // Readers never see an HTML comment, so it cannot be the headline (a suppression comment above the
            // headline must stay a comment); Advance leaves the state as it was for the same reason.
            sink.Add(start, end, BlockKind.Boilerplate);
            return true;
        }
        BlockKind? kind = state.Ordinal == 0 ? BlockKind.Headline
            : hint == StructureHint.Boilerplate || IsBoilerplate(line, state, lexicon) ? BlockKind.Boilerplate
            : hint == StructureHint.Heading ? BlockKind.Heading
            : hint == StructureHint.ListItem ? BlockKind.ListItem
            : hint == StructureHint.Quote ? BlockKind.Quote
            : line[0] is '*' or '†' or '‡' && line.Length > 1 && !char.IsWhiteSpace(line[1]) && line[1] != '*' ? BlockKind.Footnote
            : null;
        if (kind is { } decided)
        {
            sink.Add(start, end, decided);
            return true;
        }
        var listMarker = ListMarkerLength(line);
        if (listMarker > 0)
        {
            sink.Add(start + listMarker, end, BlockKind.ListItem);
            return true;
        }
        return false;
    }

    /// <summary>A photo credit, with the caption that runs on after it in the same line.</summary>
    private static bool TryClassifyCredit(ReadOnlySpan<char> line, int start, int end, Lexicon lexicon, SegmentSink sink)
    {
        var credit = CreditPrefixLength(line, lexicon);
        if (credit <= 0)
        {
            return false;
        }
        var captionStart = RunInSentenceStart(line, credit);
        if (captionStart > 0)
        {
            sink.Add(start, start + captionStart, BlockKind.Credit);
            sink.Add(start + captionStart, end, BlockKind.Caption);
        }
        else
        {
            sink.Add(start, end, BlockKind.Credit);
        }
        return true;
    }

    /// <summary>Furniture written as a sentence (<see cref="SiteFurniture"/>): a call to action, a copyright line, a credit, a note.</summary>
    private static bool TryClassifyFurniture(ReadOnlySpan<char> line, int start, int end, SegmentSink sink)
    {
        if (SiteFurniture.KindOf(line) is not { } kind)
        {
            return false;
        }
        sink.Add(start, end, kind);
        return true;
    }

    /// <summary>A date line near the top, or a wire dateline ("BAGHDAD (Reuters) —") opening a paragraph.</summary>
    private static bool TryClassifyDateline(ReadOnlySpan<char> line, int start, int end, LineState state, SegmentSink sink)
    {
        if (state.Ordinal <= 3)
        {
            foreach (var match in WeekdayDate.EnumerateMatches(line[..Math.Min(line.Length, 60)]))
            {
                sink.Add(start, start + match.Length, BlockKind.Dateline);
                sink.Add(start + match.Length, end, BlockKind.Paragraph);
                return true;
            }
            if (line.Length <= 48 && (BareDate.IsMatch(line) || EndsWithIsoDate(line) && IsoDateline.IsMatch(line)))
            {
                sink.Add(start, end, BlockKind.Dateline);
                return true;
            }
        }
        if (line.Length > 4 && char.IsAsciiLetterUpper(line[0]) && char.IsAsciiLetterUpper(line[1]))
        {
            var head = line[..Math.Min(line.Length, 80)];
            foreach (var match in WireDateline.EnumerateMatches(head))
            {
                if (match.Length < line.Length)
                {
                    sink.Add(start, start + match.Length, BlockKind.Dateline);
                    sink.Add(start + match.Length, end, BlockKind.Paragraph);
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Captions, quotes, bylines, standfirst, headings and, failing all of those, a paragraph.</summary>
    private static void ClassifyProse(ReadOnlySpan<char> line, int start, int end, LineState state, Lexicon lexicon, SegmentSink sink)
    {
        var inlineCredit = InlineCreditStart(line, lexicon);
        if (inlineCredit > 0)
        {
            sink.Add(start, start + inlineCredit, BlockKind.Caption);
            sink.Add(start + inlineCredit, end, BlockKind.Credit);
            return;
        }
        if (RepeatsPrevious(line, state) || (EndsWithNumericDate(line) && PublisherDateCredit.IsMatch(line[Math.Max(0, line.Length - 120)..])))
        {
            sink.Add(start, end, BlockKind.Caption);
            return;
        }
        if (IsQuote(line))
        {
            sink.Add(start, end, BlockKind.Quote);
            return;
        }
        var words = CountWords(line, 12);
        var punctuated = EndsWithSentencePunctuation(line);
        var kind = state.Ordinal <= 4 && IsByline(line, words, state) ? BlockKind.Byline
            : state.Ordinal == 1 && !punctuated && line.Length >= 30 ? BlockKind.Standfirst
            : !punctuated && words <= 8 && line.Length <= 60 && (char.IsUpper(line[0]) || char.IsDigit(line[0])) ? BlockKind.Heading
            : BlockKind.Paragraph;
        sink.Add(start, end, kind);
    }

    private static bool EndsWithNumericDate(ReadOnlySpan<char> line) =>
        line.Length > 12 && char.IsAsciiDigit(line[^1]) && line[^5] == '.';

    private static bool IsSeparator(ReadOnlySpan<char> line)
    {
        var marks = 0;
        foreach (var c in line)
        {
            if (c is '-' or '*' or '_' or '=' or '~' or '•' or '·' or '—' or '–' or '#') marks++;
            else if (!char.IsWhiteSpace(c)) return false;
        }
        return marks >= 3;
    }

    private static bool IsBoilerplate(ReadOnlySpan<char> line, LineState state, Lexicon lexicon)
    {
        var letters = 0;
        foreach (var c in line)
        {
            // Only "none" and "at least three" matter below: stop counting there, not at the end of a long paragraph.
            if (char.IsLetter(c) && ++letters >= 3) break;
        }
        if (letters == 0)
        {
            return line.Length <= 24; // "0", "12 | 34": counters and pagers
        }
        if (IsListedHeadline(line, state, lexicon))
        {
            return true;
        }
        if (line.Length <= 60)
        {
            if (IsListedPhrase(line, lexicon.BoilerplateLookup))
            {
                return true;
            }
            // Navigation words come in runs: a short unpunctuated line right after a furniture label is furniture too
            // (not after furniture written as a sentence, "Sign up for our newsletter.", and never a photo credit).
            if (state.PreviousKind == BlockKind.Boilerplate && state.PreviousText is { } previous && !EndsWithSentencePunctuation(previous)
                && !EndsWithSentencePunctuation(line) && CountWords(line, 6) <= 5 && line.Length <= 40 && CreditPrefixLength(line, lexicon) == 0)
            {
                return true;
            }
        }
        if (letters >= 3 && state.Script is not Script.Unknown)
        {
            var script = DominantScript(line, out var share);
            if (script != state.Script && script != Script.Unknown && share >= 0.6)
            {
                return true; // e.g. a Russian site's widget title under an English article
            }
        }
        return false;
    }

    public static Script DominantScript(string text, int start, int end, out double share) =>
        DominantScript(text.AsSpan(start, Math.Min(end - start, 4096)), out share);

    private static Script DominantScript(ReadOnlySpan<char> line, out double share)
    {
        share = 0;
        if (!ScriptText.MayHaveNonLatinLetters(line))
        {
            // Every letter is Latin (see ScriptText): a vectorised pass instead of a classification per character,
            // the path most lines of English copy take.
            foreach (var c in line)
            {
                if (char.IsLetter(c))
                {
                    share = 1;
                    return Script.Latin;
                }
            }
            return Script.Unknown;
        }
        Span<int> counts = stackalloc int[8];
        var total = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            total++;
            counts[(int)ScriptOf(c)]++;
        }
        if (total == 0) return Script.Unknown;
        var best = 1;
        for (var i = 2; i < counts.Length; i++)
        {
            if (counts[i] > counts[best]) best = i;
        }
        share = counts[best] / (double)total;
        return (Script)best;
    }

    private static Script ScriptOf(char c) => c switch
    {
        < '\u0250' => Script.Latin,
        >= '\u1E00' and < '\u1F00' => Script.Latin,
        >= '\u0370' and < '\u0400' => Script.Greek,
        >= '\u1F00' and < '\u2000' => Script.Greek,
        >= '\u0400' and < '\u0530' => Script.Cyrillic,
        >= '\u0590' and < '\u0600' => Script.Hebrew,
        >= '\u0600' and < '\u0780' => Script.Arabic,
        >= '\u08A0' and < '\u0900' => Script.Arabic,
        >= '\u3040' and < '\u3100' => Script.Cjk,
        >= '\u3400' and < '\uA000' => Script.Cjk,
        >= '\uAC00' and < '\uD7B0' => Script.Cjk,
        _ => Script.Other,
    };

    /// <summary>"- ", "• ", "* ", "1. ", "2) " and the ".   " that CENTCOM strike lists use.</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> line)
    {
        var i = 0;
        if (line[0] is '-' or '•' or '*' or '·' or '–' or '▪' or '.' or '+')
        {
            i = 1;
        }
        else
        {
            while (i < line.Length && i < 3 && char.IsAsciiDigit(line[i])) i++;
            if (i == 0 || i >= line.Length || line[i] is not ('.' or ')')) return 0;
            i++;
        }
        var markerEnd = i;
        while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
        return i > markerEnd && i < line.Length ? i : 0;
    }

    private static int CreditPrefixLength(ReadOnlySpan<char> line, Lexicon lexicon) => lexicon.CreditPrefixes.OpeningLength(line, textAfter: true);

    /// <summary>
    /// Scraped pages glue a photo credit to the caption after it: "© US Air Force/Senior Airman Matthew
    /// BruchA U.S. Air Force F-15E…". The caption starts where a lowercase letter runs straight into a capital
    /// that begins a sentence of several words (not "McDonald" or "iPhone", which continue a word).
    /// </summary>
    private static int RunInSentenceStart(ReadOnlySpan<char> line, int from)
    {
        var limit = Math.Min(line.Length - 1, 160);
        for (var i = Math.Max(from, 2); i < limit; i++)
        {
            if (!char.IsUpper(line[i]) || !char.IsLower(line[i - 1]))
            {
                continue;
            }
            var wordStart = i - 1;
            while (wordStart > 0 && char.IsLetter(line[wordStart - 1])) wordStart--;
            var prefix = line[wordStart..i];
            if (Lexicon.Default.InnerCapitalPrefixLookup.Contains(prefix))
            {
                continue;
            }
            // The new sentence: a one-letter word ("A U.S. …") or a capitalised word followed by more words.
            var rest = line[i..];
            if (CountWords(rest, 4) >= 4 && (rest.Length > 1 && (rest[1] == ' ' || char.IsLower(rest[1]))))
            {
                return i;
            }
        }
        return 0;
    }

    /// <summary>Wikinews captions end with the picture credit: "… in Washington D.C. Image: United States Navy."</summary>
    private static int InlineCreditStart(ReadOnlySpan<char> line, Lexicon lexicon)
    {
        // Only a credit in the last 80 characters counts: search that tail, not the whole paragraph. Every prefix
        // searched ends with a colon, so a tail without one (most paragraphs) holds none of them.
        var tailStart = Math.Max(0, line.Length - 80);
        if (!line[tailStart..].Contains(':'))
        {
            return 0;
        }
        foreach (var prefix in lexicon.CreditPrefixes.Items)
        {
            if (!char.IsLetter(prefix[0]) || !prefix.EndsWith(':'))
            {
                continue;
            }
            var found = line[tailStart..].LastIndexOf(prefix, StringComparison.Ordinal);
            var at = found < 0 ? -1 : tailStart + found;
            if (at > 0 && char.IsWhiteSpace(line[at - 1]) && line.Length - at <= 80 && CountWords(line[at..], 10) <= 8)
            {
                return at;
            }
        }
        return 0;
    }

    /// <summary>Image galleries print a caption twice; the repeat (possibly with a credit tail) is still a caption.</summary>
    private static bool RepeatsPrevious(ReadOnlySpan<char> line, LineState state)
    {
        if (state.PreviousKind != BlockKind.Caption || state.PreviousText is not { } previous)
        {
            return false;
        }
        var common = CommonPrefixIgnoringLineBreaks(line, previous);
        return common >= 40 || (common >= 12 && common >= Math.Min(line.Length, previous.Length) * 3 / 4);
    }

    /// <summary>
    /// The common prefix of two texts where any run of white space equals any other (a Markdown paragraph wrapped by
    /// hand breaks the same caption at other places), in characters of <paramref name="a"/>.
    /// </summary>
    private static int CommonPrefixIgnoringLineBreaks(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var common = a.CommonPrefixLength(b);
        int i = common, j = common;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsWhiteSpace(a[i]) && char.IsWhiteSpace(b[j]))
            {
                while (i < a.Length && char.IsWhiteSpace(a[i])) i++;
                while (j < b.Length && char.IsWhiteSpace(b[j])) j++;
            }
            else if (a[i] == b[j])
            {
                i++;
                j++;
            }
            else
            {
                break;
            }
            common = i;
        }
        return common;
    }

    /// <summary>A pull quote: the whole line is inside quotation marks, optionally with "- Name" after it.</summary>
    private static bool IsQuote(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || !Tokenizer.IsOpeningQuote(line[0]) || line[0] == '\'')
        {
            return false;
        }
        var close = line.Length - 1;
        var dash = line.LastIndexOfAny("-–—");
        if (dash > 1 && line.Length - dash <= 40 && line[dash - 1] == ' ' && Tokenizer.IsClosingQuote(line[dash - 2]))
        {
            close = dash - 2;
        }
        if (!Tokenizer.IsClosingQuote(line[close]) || close == 0 || !EndsWithSentencePunctuation(line[..close]))
        {
            return false;
        }
        // An attribution in the middle ("…threat," a spokesperson told…) makes it a paragraph with a quote.
        for (var i = 1; i < close; i++)
        {
            if (Tokenizer.IsClosingQuote(line[i]) && line[i] != '\'' && line[i] != '’' && line[i - 1] == ',')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsByline(ReadOnlySpan<char> line, int words, LineState state)
    {
        if (line.StartsWith("By ", StringComparison.Ordinal) && line.Length <= 80 && line.Length > 3 && char.IsUpper(line[3]))
        {
            return true;
        }
        // A bare name under the headline or standfirst: "Boris Johnson".
        if (state.PreviousKind is not (BlockKind.Headline or BlockKind.Standfirst) || words is < 2 or > 3 || line.Length > 40)
        {
            return false;
        }
        var atWordStart = true;
        foreach (var c in line)
        {
            if (c == ' ') { atWordStart = true; continue; }
            if (!char.IsLetter(c) && c is not ('.' or '-' or '\'' or '’')) return false;
            if (atWordStart && !char.IsUpper(c)) return false;
            atWordStart = false;
        }
        return true;
    }

    private static bool EndsWithSentencePunctuation(ReadOnlySpan<char> line)
    {
        line = ReferenceMarks.WithoutTrailingMark(line); // "… said: [4]" is punctuated: the mark is the page's
        while (line.Length > 0 && (Tokenizer.IsClosingQuote(line[^1]) || line[^1] is ')' or '*'))
        {
            line = line[..^1];
        }
        return line.Length > 0 && line[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '…';
    }

    private static int CountWords(ReadOnlySpan<char> line, int cap)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; if (++words >= cap) return words; }
        }
        return words;
    }
}
