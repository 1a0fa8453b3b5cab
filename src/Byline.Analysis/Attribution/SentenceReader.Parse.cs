using System.Collections.Immutable;
using Byline.Language;

namespace Byline.Analysis.Attribution;

/// <summary>
/// The subject of a reporting verb as the dependency parser reads it. The sentence is parsed on the first
/// question about it (only sentences with a verb cue whose source the patterns did not find get that far) and
/// the tree is dropped with the sentence's tags.
/// </summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// How many tokens after the verb the parse reads. A greedy arc-hybrid parser looks at most two tokens past the
    /// buffer's front, so every arc it makes while the verb is at the front (its subject before it, its auxiliaries)
    /// is the same as in the whole sentence's parse; the tokens after that give a subject after the verb ("said the
    /// mayor") room, and the verb's own head. Parsing the rest of a long sentence would cost more than it tells.
    /// </summary>
    private const int TokensAfterVerb = 6;

    private DependencyTree? _tree;

    /// <summary>
    /// The nsubj of the verb at word <paramref name="i"/>, or of the verb it is coordinated with or the complement
    /// of ("and said", "went on to say"); for a relative clause ("the official who said") the noun it describes.
    /// The span is the subject's subtree without parataxis and, for the relative clause, without the clause, and
    /// without a subordinator, preposition or conjunction the parser may have hung at its start.
    /// </summary>
    private (int First, int Last)? ParsedSubject(int i, bool throughAdverbial = false)
    {
        var tokens = _node.Sentences[_sentence].Tokens;
        var verb = Find(tokens, _words[i].Span.Start);
        if (verb < 0)
        {
            return null;
        }
        var end = Math.Min(tokens.Length, verb + 1 + TokensAfterVerb);
        if (_tree is null || _tree.Count < end)
        {
            _tree = Parse(tokens, end);
        }
        var tree = _tree;
        var subject = SubjectOf(tree, verb, throughAdverbial);
        if (subject < 0)
        {
            return null;
        }
        var (first, last) = tree.Subtree(subject, c => tree.Label(c) is "parataxis" || tree.Label(c) == "acl:relcl" && c == verb);
        while (first < subject && tree.Label(first) is "mark" or "case" or "cc" or "punct")
        {
            first++; // "As the paper's columnist puts it": a subordinator or preposition never opens a subject
        }
        var firstWord = WordAt(tokens[first].Span.Start);
        var lastWord = WordAt(tokens[last].Span.End - 1);
        return firstWord < 0 || lastWord < firstWord ? null : (firstWord, lastWord);
    }

    private static int SubjectOf(DependencyTree tree, int verb, bool throughAdverbial)
    {
        var at = verb;
        for (var hops = 0; hops < 3; hops++)
        {
            if (tree.Child(at, "aux:pass") >= 0 || tree.Child(at, "nsubj:pass") >= 0)
            {
                return -1; // "have been widely protested": a passive's subject is not its speaker (the agent pattern reads "by")
            }
            if (tree.Label(at) == "acl:relcl" && tree.Head(at) >= 0)
            {
                return tree.Head(at);
            }
            if (tree.Child(at, "nsubj") is var subject and >= 0)
            {
                return subject;
            }
            if (!(tree.Label(at) is "conj" or "xcomp" || throughAdverbial && tree.Label(at) == "advcl") || tree.Head(at) < 0)
            {
                return -1;
            }
            at = tree.Head(at);
        }
        return -1;
    }

    /// <summary>Parses the sentence's first <paramref name="end"/> tokens (tagged as in the whole sentence).</summary>
    private DependencyTree Parse(ImmutableArray<Syntax.Token> tokens, int end)
    {
        var leftTags = Tags(tokens);
        var tags = new PosTag[end];
        for (var t = 0; t < tags.Length; t++)
        {
            tags[t] = leftTags[t];
        }
        return DependencyParser.Default.Parse(_text, end == tokens.Length ? tokens : tokens.Slice(0, end), tags);
    }

    /// <summary>The word whose span holds <paramref name="offset"/>, or -1.</summary>
    private int WordAt(int offset)
    {
        for (var k = 0; k < _words.Count; k++)
        {
            if (_words[k].Span.Start <= offset && offset < _words[k].Span.End)
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// The source of the verb cue at word <paramref name="i"/>: the patterns' <paramref name="found"/>, unless they
    /// found none, or the parser's subject holds it and ends where it ends (the patterns stopped inside the
    /// subject: "a lawyer representing several of the families", "the head of the agency that runs the plants").
    /// </summary>
    private Source? WithParsedSubject(int i, CueVerb verb, bool nounReading, Source? found, ref int afterCue, ref int sourceFirst)
    {
        if (found is not null && (sourceFirst <= 0 || !_words[sourceFirst - 1].IsWord || !MayLengthenSubject(sourceFirst - 1))
            || found is null && !MayFollowSubject(i - 1) || !WorthParsing(i, verb, nounReading))
        {
            return found; // a subject that opens the sentence or follows punctuation: nothing of it is left out, no parse
        }
        var (parsedAfter, parsedFirst) = (afterCue, sourceFirst);
        if (ParsedVerbSubject(i, ref parsedAfter, out parsedFirst) is not { } parsed
            || found is not null && !(parsed.Span.Contains(found.Span) && parsed.Span.End == found.Span.End && parsed.Span != found.Span))
        {
            return found;
        }
        (afterCue, sourceFirst) = (parsedAfter, parsedFirst);
        return parsed;
    }

    /// <summary>The speaker of a participle cue ("…, saying that") as the parser reads it, where the parse may count.</summary>
    private Source? ParsedParticipleSpeaker(int i, CueVerb verb, bool nounReading, ref int afterCue) =>
        WorthParsing(i, verb, nounReading) ? ParsedVerbSubject(i, ref afterCue, out _, participle: true) : null;

    /// <summary>
    /// Whether a parse could change the cue at word <paramref name="i"/>: parsing costs thousands of nanoseconds a
    /// token, so only the core lexicon's cues are parsed for (a party verb already needs a party subject, which the
    /// patterns find), and only where the word still reads as a reporting verb, which the cue needs in any case.
    /// </summary>
    private bool WorthParsing(int i, CueVerb verb, bool nounReading) => !verb.PartyOnly && VerbReadingHolds(i, verb, nounReading);

    /// <summary>The parser's subject of the verb cue at word <paramref name="i"/> as a source; after the verb it is read as inverted.</summary>
    private Source? ParsedVerbSubject(int i, ref int afterCue, out int sourceFirst, bool participle = false)
    {
        sourceFirst = -1;
        if (ParsedSubject(i, participle) is not { } subject)
        {
            return null;
        }
        if (subject.First > i)
        {
            afterCue = Math.Max(afterCue, subject.Last + 1);
        }
        else
        {
            sourceFirst = subject.First;
        }
        return MakeSource(subject.First, subject.Last);
    }

    /// <summary>
    /// Whether word <paramref name="k"/>, just before the patterns' subject, may belong to a longer subject: a
    /// preposition ("the head of the agency"), a coordinator ("Malaysia and Indonesia") or a participle ("a lawyer
    /// representing the families"). A finite verb, a subordinator or a wh-word opens the subject's clause instead.
    /// </summary>
    private bool MayLengthenSubject(int k) =>
        TagOf(k) is { } tag && (tag.Upos is Language.UniversalPos.ADP or Language.UniversalPos.CCONJ || tag.Xpos is "VBG" or "VBN");

    /// <summary>
    /// Whether a verb cue after word <paramref name="k"/> may have a subject the patterns missed: not when it opens
    /// the sentence, nor right after a preposition or subordinator ("after saying", "as claimed"), where the verb is
    /// a participle or its subject is elsewhere.
    /// </summary>
    private bool MayFollowSubject(int k) =>
        k >= 0 && !(TagOf(k) is { } tag && tag.Upos is Language.UniversalPos.ADP or Language.UniversalPos.SCONJ);
}
