using Microsoft.CodeAnalysis.Text;
using Byline.Syntax;

namespace Byline.Analysis.Attribution;

/// <summary>What the part-of-speech tagger says about a word, asked lazily, from one tagging of the sentence from the left.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// A test of a verb cue asked once the word tests have passed, before its subject is looked for (most sentences
    /// never get here, so most are never tagged): a WordNet candidate must be read as a reporting verb
    /// ("she states", not "the states"), a spelling that is usually a noun as a verb of any kind.
    /// </summary>
    private bool VerbReadingHolds(int i, CueVerb verb, bool nounReading) =>
        ((verb.FromLexicon ? TaggedAsReportingVerb(i) : !nounReading || TagOf(i) is { IsVerb: true }) || ClauseAfterPluralNoun(i))
        && !PluralOfNounFirstForm(i);

    /// <summary>
    /// A <c>noun_first_forms</c> spelling in -s ("states", "attacks", "posts") is the plural of the commoner noun as
    /// often as the verb's third person, and the tagger takes it for the verb after a capitalised or plural modifier
    /// ("the Lisbon attacks", "Coastal states swing"). Unless a pronoun is its subject ("it often posts", "which posts")
    /// or it ends a comment clause ("as the memo states,"), it is the verb only before what a report or an object opens
    /// with: a content clause's "that", a colon, a quotation, a determiner ("the memo states that …", "the board attacks
    /// the toll"); a plural noun goes on with its own verb, a preposition or punctuation ("the Lisbon attacks wore off",
    /// "attacks on the port").
    /// </summary>
    private bool PluralOfNounFirstForm(int i)
    {
        var w = _words[i];
        if (!w.Lower.EndsWith('s') || !_lexicon.NounFirstForms.Contains(w.Lower) || PronounSubjectBefore(i) || ClosesCommentClause(i))
        {
            return false;
        }
        var k = i + 1;
        return k >= _words.Count || !(_words[k].Kind == WordKind.Quote || _words[k].IsPunctuation(':')
            || _words[k].IsWord && _words[k].Has(WordClass.Determiner) && !_words[k].Has(WordRole.ContentClauseConjunction)
            || _words[k].IsWord && _words[k].Has(WordRole.ContentClauseConjunction) && TagOf(k) is { Upos: Language.UniversalPos.SCONJ });
    }

    /// <summary>
    /// The tagger often reads a spelling that is both a noun and a verb of saying or thinking ("fear", "promise", "warn")
    /// as a noun after a plural noun ("officials fear"). Before a clause it reports — a content-clause "that" or a
    /// pronoun that can only be a subject ("officials fear they will lose") — a noun cannot stand there, so it is the
    /// plural noun's verb.
    /// </summary>
    private bool ClauseAfterPluralNoun(int i)
    {
        if (i == 0 || i + 1 >= _words.Count || !_words[i - 1].IsWord || !_words[i + 1].IsWord || _words[i].Lower.EndsWith('s'))
        {
            return false;
        }
        var next = _words[i + 1];
        var opensClause = next.Has(WordRole.SubjectOnlyPronoun)
            || next.Has(WordRole.ContentClauseConjunction) && TagOf(i + 1) is { Upos: Language.UniversalPos.SCONJ };
        return opensClause && TagOf(i - 1) is { Xpos: "NNS" or "NNPS" } && TagOf(i) is { Upos: Language.UniversalPos.NOUN or Language.UniversalPos.VERB };
    }

    /// <summary>A personal or relative pronoun before verb <paramref name="i"/> and its adverbs ("it often posts", "which posts").</summary>
    private bool PronounSubjectBefore(int i)
    {
        var k = i - 1;
        while (k >= 0 && _words[k].IsWord && _words[k].Has(WordClass.Auxiliary))
        {
            k--;
        }
        return k >= 0 && _words[k].IsWord && _words[k].Has(WordClass.Pronoun | WordClass.RelativePronoun);
    }

    /// <summary>
    /// The tagger reads word <paramref name="i"/> as a verb, and not as a passive participle after "be" ("was
    /// praised": the passive pattern reads those). Callers ask last, once the cheaper checks have passed.
    /// </summary>
    private bool TaggedAsReportingVerb(int i)
    {
        if (TagOf(i) is not { } tag || !tag.IsVerb)
        {
            return false;
        }
        if (tag.Xpos != "VBN")
        {
            return true;
        }
        // "was praised" and "was widely praised" are passive (the passive pattern reads them); "has praised" and "has
        // even praised" are not. With an -ly adverb and no auxiliary before it, the participle describes a noun
        // ("randomly selected sites").
        var p = i - 1;
        while (p > 0 && _words[p].IsWord && IsTaggedLyAdverb(p))
        {
            p--;
        }
        if (p < 0 || _words[p] is not { IsWord: true } previous)
        {
            return true;
        }
        var auxiliary = previous.Has(WordClass.BeForm | WordClass.Auxiliary);
        return p < i - 1 && !auxiliary ? false
            : !(auxiliary && !previous.Has(WordRole.PerfectAuxiliary) && !PerfectBeforeAdverbs(p + 1));
    }

    /// <summary>"has even likened", "had also quietly backed": a perfect auxiliary before the adverbs right before word <paramref name="i"/>.</summary>
    private bool PerfectBeforeAdverbs(int i)
    {
        for (var k = i - 1; k >= 0 && i - k <= 3 && _words[k].IsWord && _words[k].Has(WordClass.Auxiliary); k--)
        {
            if (_words[k].Has(WordRole.PerfectAuxiliary))
            {
                return true;
            }
            if (_words[k].Has(WordClass.BeForm) || _words[k].Has(WordRole.ModalVerb))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// The tag of word <paramref name="i"/>, as tagging the whole sentence would give it: the sentence's tags are
    /// read from the left only as far as asked (<see cref="Language.LeftTags"/>) and shared by every question about
    /// the sentence. Null when no token starts where the word starts.
    /// </summary>
    private Language.PosTag? TagOf(int i)
    {
        var at = _words.TokenAt(i);
        return at < 0 ? null : Tags()[at];
    }

    /// <summary>The sentence's tags, tagged from the left on demand; made on the first question, returned at the next sentence.</summary>
    private Language.LeftTags Tags() => _tags ??= BlockWord.TagFromLeft(_text, _blockWords.Sentence(_sentence));

    private Language.LeftTags? _tags;

    /// <summary>Returns the sentence's tag buffers, if it was tagged, keeping the tags found for the claim heads.</summary>
    private void ReleaseTags()
    {
        if (_tags is { } tags)
        {
            _blockWords.KeepTags(_sentence, tags);
        }
        _tags?.Dispose();
        _tags = null;
    }

    /// <summary>
    /// A short run of words with no verb ("pilgrims at the mosque in 2008.", a photo description split off a
    /// caption) asserts nothing; nor does a whole line of them left without a full stop ("Dancers at the parade in
    /// the old town on Saturday", a photo's caption on a line of its own), which may open in upper case and run
    /// longer. Only such sentences that hold no verb of the word lists are tagged to find out: most sentences are
    /// never asked.
    /// </summary>
    private bool IsFragment(int wordCount)
    {
        var first = _words.FindIndex(w => w.IsWord);
        var captionLine = IsUnpunctuatedLine();
        var most = captionLine ? 24 : 12;
        if (first < 0 || wordCount > most || !(captionLine || char.IsLower(_words[first].Text[0])) || (_classes & (WordClass.Verb | WordClass.BeForm | WordClass.Auxiliary)) != 0)
        {
            return false;
        }
        return _blockWords.Sentence(_sentence).Length <= most * 2 && TagsHoldNoVerb();
    }

    /// <summary>
    /// A paragraph that is one short sentence of names, numbers and function words only, with no verb ("Anna Berg via
    /// North Sea Images.", "Harbour master Ole Dahl, 58." has a lower-case noun and is not one; "Ole Dahl, 58." is): a
    /// credit, a caption naming who is pictured, a date line or a title-case label set between paragraphs. It states
    /// nothing a source could back. A lower-case content word is where a missed verb would hide ("Ferries sail daily."),
    /// so such lines are left to <see cref="IsFragment"/>, which reads lower-case openings and unpunctuated lines.
    /// </summary>
    private bool IsCaptionLine(int wordCount)
    {
        return _node.Sentences.Length == 1 && wordCount <= MostCaptionWords && (_classes & (WordClass.Verb | WordClass.BeForm | WordClass.Auxiliary)) == 0
            && IsNamesOnly();
    }

    /// <summary>Every lower-case word is a function word (by the lists or its tag) or a case's "v.", and the tags hold no verb.</summary>
    private bool IsNamesOnly()
    {
        for (var k = 0; k < _words.Count; k++)
        {
            if (_words[k].IsWord && !_words[k].IsCapitalized && !_words[k].Has(CaptionFunctionWords) && !IsCaseConnective(k) && TagOf(k) is not { Upos: Language.UniversalPos.ADP or Language.UniversalPos.DET or Language.UniversalPos.CCONJ })
            {
                return false;
            }
        }
        return TagsHoldNoVerb();
    }

    /// <summary>
    /// A line of names with a case's "v." between two capitalised words ("Harbour Board v. Ruiz",
    /// <c>case_name_connectives</c>): the name of a court case or a fixture, set as the title of the text about it. A word
    /// that the lists also know as a verb ("Board") may stand in it: only the tags decide.
    /// </summary>
    private bool NamesCase(int wordCount)
    {
        if (_node.Sentences.Length != 1 || wordCount > MostCaptionWords)
        {
            return false;
        }
        for (var k = 1; k + 1 < _words.Count; k++)
        {
            if (IsCaseConnective(k) && _words[k - 1].IsCapitalized && _words[_words[k + 1].IsWord ? k + 1 : Math.Min(k + 2, _words.Count - 1)].IsCapitalized)
            {
                return IsNamesOnly(); // the "." of "v." aside
            }
        }
        return false;
    }

    private bool IsCaseConnective(int k) => _words[k].IsWord && _lexicon.CaseNameConnectives.Contains(_words[k].Lower);

    // A credit or a caption naming people runs to a few names; a longer line is prose or a heading.
    private const int MostCaptionWords = 12;

    // The lower-case words a line of names may hold, by the lists or else by their tag: "via", "of", "and", "the".
    private const WordClass CaptionFunctionWords = WordClass.Article | WordClass.Determiner | WordClass.Preposition | WordClass.ClauseBoundary;

    /// <summary>The tagger reads no verb and no auxiliary in the sentence.</summary>
    private bool TagsHoldNoVerb()
    {
        var tags = Tags();
        for (var t = 0; t < tags.Count; t++)
        {
            var tag = tags[t];
            if (tag.HasPart(Language.UniversalPos.VERB) || tag.HasPart(Language.UniversalPos.AUX))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The block is this one sentence and it ends in a letter or a digit: no full stop, no quotation.</summary>
    private bool IsUnpunctuatedLine()
    {
        if (_node.Sentences.Length != 1)
        {
            return false;
        }
        var text = _text.AsSpan(_span.Start, _span.Length).TrimEnd();
        return text.Length > 0 && char.IsLetterOrDigit(text[^1]);
    }

    /// <summary>
    /// A line that stands alone, opens with a capital and ends with no punctuation (a reference mark such as "[4]" after
    /// it aside), no longer than a headline: a story's headline or a section's heading set inside the text. Its claim is
    /// the story's, which the paragraphs under it source, as the article's own headline's is.
    /// </summary>
    private bool IsTitleLine(int wordCount)
    {
        if (!StandsAloneOnLine() || wordCount > MostTitleWords)
        {
            return false;
        }
        var text = WithoutSectionNumber(ReferenceMarks.WithoutTrailingMark(_text.AsSpan(_span.Start, _span.Length)));
        return text.Length > 0 && char.IsUpper(text[0]) && char.IsLetterOrDigit(text[^1]);
    }

    /// <summary>
    /// The sentence asks: it ends with a question mark, inside a closing quotation mark or Markdown emphasis at most (an
    /// interviewer's question set in bold, "**Why now?**").
    /// </summary>
    private static bool EndsWithQuestionMark(ReadOnlySpan<char> trimmed)
    {
        var text = trimmed.TrimEnd("*_");
        return text.Length > 0 && (text[^1] == '?' || text.Length > 1 && text[^1] is '"' or '”' or '’' && text[^2] == '?');
    }

    /// <summary>
    /// The sentence is its block's only one, or the one after a section number the splitter cut off ("2.1." before "New
    /// Institutional Economics"): a numbered heading is still a heading.
    /// </summary>
    private bool StandsAloneOnLine()
    {
        if (_node.Sentences.Length == 1)
        {
            return true;
        }
        if (_node.Sentences.Length != 2 || _sentence != 1)
        {
            return false;
        }
        var number = _text.AsSpan(_node.Sentences[0].Span.Start, _node.Sentences[0].Span.Length).Trim();
        return number.Length > 0 && char.IsAsciiDigit(number[0]) && !number.ContainsAnyExcept(SectionNumberCharacters);
    }

    /// <summary>The line without the section number that opens it ("3.2 Ferries and fares" → "Ferries and fares").</summary>
    private static ReadOnlySpan<char> WithoutSectionNumber(ReadOnlySpan<char> line)
    {
        var end = line.IndexOfAnyExcept(SectionNumberCharacters);
        return end > 0 && char.IsAsciiDigit(line[0]) && line[end] == ' ' ? line[end..].TrimStart() : line;
    }

    // A section number: "2.", "2.1.", "3.1.4".
    private static readonly System.Buffers.SearchValues<char> SectionNumberCharacters = System.Buffers.SearchValues.Create("0123456789.");

    /// <summary>The sentence ends with a colon ("X said:"), a numbered reference mark after it aside.</summary>
    private static bool EndsWithColon(ReadOnlySpan<char> trimmed)
    {
        var text = ReferenceMarks.WithoutTrailingMark(trimmed); // "said: [4]" still ends with its colon
        return text.Length > 0 && text[^1] == ':';
    }

    // Headlines and headings run to about a dozen words; a line longer than this without a full stop is a paragraph.
    private const int MostTitleWords = 16;

    // Word classes that are never a verb: a sentence opening with one is not tagged to find out.
    private const WordClass NoVerbFirst = WordClass.Article | WordClass.Determiner | WordClass.Pronoun | WordClass.Preposition
        | WordClass.SubordinateMarker | WordClass.FirstPerson | WordClass.TimePhraseOpener;

    /// <summary>
    /// The sentence's first word is a verb in its base form with a capital ("Wait", "Remember", "Do" of "Do not"): an
    /// imperative, which has no subject. A sentence that opens with a quotation is someone's words, read elsewhere.
    /// </summary>
    private bool OpensWithImperative()
    {
        var first = _words.FindIndex(w => w.Kind != WordKind.Punctuation);
        if (first < 0 || !_words[first].IsWord || !char.IsUpper(_words[first].Text[0]) || _words[first].Has(NoVerbFirst))
        {
            return false;
        }
        return TagOf(first) is { Xpos: "VB" };
    }
}
