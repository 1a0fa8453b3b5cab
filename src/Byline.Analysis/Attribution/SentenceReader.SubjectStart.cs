namespace Byline.Analysis.Attribution;

/// <summary>Where a subject read back from its verb starts: a partitive's quantity, a compound's first conjunct.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "some of the dock workers said", "two of the pilots agree", "40% of the crews say", "the owners of the old
    /// boatyard said": a quantity or a noun before "of" heads the noun phrase whose part or complement the words after
    /// "of" name, and a reader going back from the verb meets the words after "of" first. The quantity is a word of
    /// <c>partitive_quantifiers</c> or a number (with its percent sign); a noun is what the tagger reads as one, whose
    /// phrase stands where a subject starts (<see cref="OpensSubjectPosition"/>), and not before an -ing form: in "the
    /// sight of the mayor denouncing the plan" and "regained control of the board" the words after "of" are no part of a
    /// larger subject. A subject that ends in a relative pronoun ("the ire of dock workers who") is the pronoun's.
    /// </summary>
    private int WithPartitiveHead(int first, int last)
    {
        if (_words[last].IsWord && _words[last].Has(WordClass.RelativePronoun))
        {
            return first;
        }
        var nouns = last + 1 < _words.Count && !_words[last + 1].EndsInIng;
        while (first >= 2 && _words[first - 1].IsWord && _words[first - 1].Has(WordRole.NounComplementPreposition))
        {
            var head = PartitiveQuantity(first - 2);
            var widened = head >= 0 ? _phrases.Backward(head) is { } phrase && phrase.Last == head ? phrase.First : head
                : nouns && WithNounComplementHead(first) is var noun && OpensSubjectPosition(noun, last) ? noun : first;
            if (widened >= first || HasVerbTag(widened, first - 2))
            {
                break;
            }
            first = widened;
        }
        return first;
    }

    /// <summary>The last word of a quantity ending at <paramref name="k"/> ("some", "two", "40%"), or -1.</summary>
    private int PartitiveQuantity(int k)
    {
        var w = _words[k];
        if (w.Text == "%" && k > 0 && _words[k - 1].Kind == WordKind.Number)
        {
            return k - 1;
        }
        return w.Kind == WordKind.Number || w.IsWord && _lexicon.PartitiveQuantifiers.Contains(w.Lower) ? k : -1;
    }

    /// <summary>
    /// "Skippers, pilots and dock workers say": a compound subject may list its first conjuncts with commas. The list runs
    /// back over noun phrases (<see cref="IsListedNounPhrase"/>), each before a comma, to one that stands where a subject starts other than
    /// after a comma (else the phrases before the commas are another clause's, and the compound starts at
    /// <paramref name="first"/>).
    /// </summary>
    private int ListStart(int first, int end)
    {
        for (var item = first; item >= 2 && _words[item - 1].IsPunctuation(',') && _phrases.Backward(item - 2) is { } previous
            && previous.Last == item - 2 && IsListedNounPhrase(previous.First, previous.Last); item = previous.First)
        {
            if (previous.First == ClauseStart(end) || previous.First > 0 && !_words[previous.First - 1].IsPunctuation(',') && OpensSubjectPosition(previous.First, end))
            {
                return previous.First;
            }
        }
        return first;
    }

    /// <summary>A noun phrase that can be a list's item: its last word a noun or pronoun, no verb in it, no preposition before it.</summary>
    private bool IsListedNounPhrase(int first, int last) =>
        TagOf(last) is { IsNoun: true } or { Upos: Language.UniversalPos.PRON } or { Upos: Language.UniversalPos.PROPN } && !HasVerbTag(first, last)
        && !_words[first].Has(WordClass.Preposition) && !(first > 0 && _words[first - 1].IsWord && _words[first - 1].Has(WordClass.Preposition));

    /// <summary>
    /// "Still, Ana Ruiz and Tom Lee said", "…, the ferry union and the harbour board argue", "while the mayor and her
    /// aides insisted": the first conjunct of a compound subject stands where a clause's subject can start — the clause's
    /// first word, or after a comma, a colon, semicolon or dash, a coordinating conjunction or a subordinator.
    /// </summary>
    private bool OpensSubjectPosition(int first, int end)
    {
        if (first == ClauseStart(end))
        {
            return true;
        }
        if (first < 1)
        {
            return false;
        }
        var before = _words[first - 1];
        if (before.Kind == WordKind.Punctuation)
        {
            return before.Text is "," or ";" or ":" || IsDashAt(first - 1);
        }
        return before.IsWord && (before.Has(WordRole.CoordinatingConjunction)
            || before.Has(WordClass.SubordinateMarker) && !before.Has(WordClass.Preposition | WordClass.RelativePronoun | WordClass.Determiner));
    }
}

/// <summary>A participle clause set off by commas between a subject and its verb ("Ana Ruiz, speaking on Monday, said").</summary>
internal sealed partial class SentenceReader
{
    /// <summary>The most words of a participle clause between a subject and its verb.</summary>
    private const int MaxParticipleClause = 24;

    /// <summary>
    /// "Ana Ruiz, speaking at the harbour on Monday, said", "The board, citing new figures, argued": a participle clause
    /// between commas says what the subject was doing when it spoke, not who it is, and the subject ends before it. The
    /// participle is an -ing form the tagger reads as a verb (an adverb may stand before it: "also campaigning", "still
    /// smarting"), not before a noun ("managing director" is a title), and no word of
    /// <c>identifying_participles</c> ("including", which names the subject's members). Else <paramref name="headEnd"/>.
    /// </summary>
    private int SubjectEndPastParticipleClause(int headEnd)
    {
        if (headEnd < 3 || !_words[headEnd].IsPunctuation(','))
        {
            return headEnd;
        }
        for (var k = headEnd - 1; k > 1 && headEnd - k <= MaxParticipleClause; k--)
        {
            var w = _words[k];
            if (w.Kind == WordKind.Quote || w.Text is ":" or ";" or "(" or ")")
            {
                return headEnd;
            }
            // The adverb's tag is asked only before a word that may open the clause.
            if (w.IsPunctuation(',') && (IsParticipleClauseOpener(k + 1) || MayOpenParticipleClause(k + 2) && IsTaggedAdverb(k + 1) && IsParticipleClauseOpener(k + 2)))
            {
                return _words[k - 1].IsWord ? k - 1 : headEnd;
            }
        }
        return headEnd;
    }

    private bool IsParticipleClauseOpener(int k) =>
        MayOpenParticipleClause(k) && TagOf(k) is { Xpos: "VBG" } && !(k + 1 < _words.Count && _words[k + 1].IsWord && TagOf(k + 1) is { IsNoun: true });

    /// <summary>What the word lists say of a participle clause's opener at <paramref name="k"/>, before its tags are asked.</summary>
    private bool MayOpenParticipleClause(int k) =>
        k < _words.Count && _words[k].IsWord && _words[k].EndsInIng && !_words[k].IsCapitalized && !_lexicon.IdentifyingParticiples.Contains(_words[k].Lower);

    /// <summary>"…, later claiming": an adverb the tagger reads as one before the participle that opens the clause.</summary>
    private bool IsTaggedAdverb(int k) => k < _words.Count && _words[k].IsWord && TagOf(k) is { Xpos: "RB" or "RBR" };
}
