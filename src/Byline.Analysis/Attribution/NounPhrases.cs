using System.Collections.Immutable;

namespace Byline.Analysis.Attribution;

/// <summary>
/// Finds the noun phrase that is a cue's source by reading words backwards from the verb ("a coalition
/// spokesperson said") or forwards after it ("said Col. John Dorrian"; "according to Reuters"). Without a
/// part-of-speech tagger this leans on capitalisation, the word lists and punctuation; each heuristic
/// below is there because a real sentence needed it.
/// </summary>
internal sealed class NounPhrases(SentenceWordList words)
{
    /// <summary>
    /// The subject that ends at word <paramref name="last"/> (inclusive), as a word range, or null.
    /// <paramref name="nounHead"/>: the tagger reads word <paramref name="last"/> as a common noun, so it can head
    /// the subject without a determiner or a listed role ("Democratic strategists say").
    /// </summary>
    public (int First, int Last)? Backward(int last, bool nounHead = false)
    {
        if (last < 0)
        {
            return null;
        }
        var appositive = false;
        if (words[last].IsPunctuation(',') && SkipDescriptiveAppositive(last) is { } head)
        {
            // "Mr. Mahaney, of RBC Capital Markets, said", "Khizr Khan, 66, said", "the union, which endorsed
            // Mr. Sanders, said": the source is the head before the appositive, and the appositive with it; "Ruiz,
            // in remarks to a radio station, said": a phrase of how the source spoke is not part of it.
            var circumstance = words[head + 2].IsWord && words[head + 2].Has(WordClass.CircumstanceOpener);
            return Backward(head) is { } np ? (np.First, circumstance ? np.Last : last - 1) : null;
        }
        if (words[last].IsPunctuation(','))
        {
            // "CJTF-OIR, the US-led coalition against Daesh*, said": an appositive between commas.
            appositive = true;
            last--;
            if (last < 0 || !IsNounPhraseWord(words[last]))
            {
                return null;
            }
        }
        var beforeTime = appositive ? last : SkipTimePhrase(last);
        if (beforeTime != last && IsAcceptableHead(beforeTime))
        {
            return Backward(beforeTime) is { } timed ? (timed.First, last) : null;
        }
        if (!IsNounPhraseWord(words[last]) || !(nounHead || IsAcceptableHead(last) || IsObjectOfPostmodifier(last)))
        {
            return null;
        }
        var first = ReadSubjectBack(last, ref appositive);
        if (appositive && !(first == 0 || StartsAppositive(first)))
        {
            return null;
        }
        return DocumentBefore(first) is { } document ? (document, last) : (first, last);
    }

    /// <summary>
    /// "Photos released of the scene showed", "documents obtained by the paper show": a document described by a
    /// past participle and a prepositional phrase is the subject, not the phrase's object. The first word of
    /// that document phrase when one ends right before <paramref name="first"/>.
    /// </summary>
    private int? DocumentBefore(int first)
    {
        if (first < 3 || !words[first - 1].IsWord || !words[first - 1].Has(WordClass.Preposition))
        {
            return null;
        }
        var participle = words[first - 2];
        var head = first - 3;
        if (!participle.IsWord || participle.IsCapitalized || !participle.Lower.EndsWith("ed", StringComparison.Ordinal)
            || !words[head].IsWord || !words[head].Has(WordClass.DocumentHead))
        {
            return null;
        }
        var start = head;
        while (start > 0 && words[start - 1].IsWord && (words[start - 1].Has(WordClass.Determiner | WordClass.Article) || words[start - 1].IsCapitalized)
            && !words[start - 1].Has(WordClass.Verb) && head - start < 4)
        {
            start--;
        }
        return start;
    }

    /// <summary>The first word of the subject whose head is word <paramref name="last"/>; clears <paramref name="appositive"/> when it reads through the head an appositive describes.</summary>
    private int ReadSubjectBack(int last, ref bool appositive)
    {
        var first = last;
        var k = last - 1;
        if (words[last].Text == ")")
        {
            // "Ohio Gov. Ann Pike (D) blasted": the bracket belongs to the name before it.
            var open = last - 1;
            while (open > 0 && words[open].Text != "(" && last - open < 10)
            {
                open--;
            }
            if (open > 0 && words[open].Text == "(" && IsNounPhraseWord(words[open - 1]))
            {
                first = open;
                k = open - 1;
            }
        }
        var budget = 24;
        while (k >= 0 && budget-- > 0 && StepBack(ref k, ref first, last, ref appositive))
        {
        }
        return first;
    }

    /// <summary>Reads word <paramref name="k"/> into the subject, moving back; false when the subject ends there.</summary>
    private bool StepBack(ref int k, ref int first, int last, ref bool appositive)
    {
        var w = words[k];
        if (w.Kind is WordKind.Word or WordKind.Number)
        {
            if (!JoinsSubjectBackward(k, appositive))
            {
                return false;
            }
            first = k;
            k--;
            return true;
        }
        if (w.Text is "-" or "–" && k > 0 && words[k - 1].IsCapitalized && words[k + 1].IsCapitalized || w.Text == "*")
        {
            first = k;
            k--;
            return true;
        }
        if (w.Text == ")")
        {
            var open = k - 1;
            while (open >= 0 && words[open].Text != "(" && k - open < 10)
            {
                open--;
            }
            if (open >= 0 && words[open].Text == "(")
            {
                first = open;
                k = open - 1;
                return true;
            }
            return false;
        }
        if (appositive && w.IsPunctuation(',') && (StartsAppositive(first) || k > 0 && words[k - 1].IsWord && words[k - 1].Has(WordClass.RoleNoun) || IsNameAfterDescription(first, last, k)))
        {
            // Read on through the head the appositive describes.
            appositive = false;
            if (k > 0 && IsNounPhraseWord(words[k - 1]))
            {
                k--;
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether word <paramref name="k"/> (a word or number) still belongs to the subject read backwards.</summary>
    private bool JoinsSubjectBackward(int k, bool appositive)
    {
        var w = words[k];
        if (w.Has(WordClass.Preposition) && k > 0 && (AllowsPrepositionalPhrase(words[k - 1]) || appositive && w.Has(WordClass.AppositivePreposition) && words[k - 1].IsWord)
            || w.Has(WordClass.AgentMarker) && k > 0 && words[k - 1].IsWord && words[k - 1].Has(WordClass.DocumentHead)) // "a study by the charity"
        {
            return true;
        }
        if (w.Has(WordClass.ClauseBoundary) && (!w.IsCapitalized || k == 0 || !words[k - 1].IsWord))
        {
            return false; // "But Trump said": the conjunction that opens the sentence is not part of the subject
        }
        // another verb: we have left the subject
        return !(w.Has(WordClass.Verb) && !w.IsCapitalized && !w.Has(WordClass.Determiner));
    }

    /// <summary>The noun phrase that starts at word <paramref name="first"/>, as a word range, or null.</summary>
    public (int First, int Last)? Forward(int first, bool allowAppositive = true)
    {
        var k = SkipDeterminers(first);
        var last = -1;
        var sawCapital = false;
        var sawNoun = false;
        while (k < words.Count)
        {
            var w = words[k];
            if (w.Kind is WordKind.Word or WordKind.Number)
            {
                var step = StepForward(k, last, ref sawCapital, ref sawNoun);
                if (step == ForwardStep.Stop)
                {
                    break;
                }
                if (step == ForwardStep.Take)
                {
                    last = k;
                }
                else if (IsAuthorPreposition(k, last))
                {
                    // The author is a phrase of its own: its determiners, and a name after the document's noun.
                    k = SkipDeterminers(k + 1);
                    sawNoun = sawCapital = false;
                    continue;
                }
                k++;
                continue;
            }
            if (PunctuationInPhrase(k, ref last) is var length and > 0)
            {
                k += length;
                continue;
            }
            if (allowAppositive && w.IsPunctuation(',') && last >= 0 && sawCapital)
            {
                last = RoleAppositiveEnd(k) ?? last; // "said Col. John Dorrian, a coalition spokesman."
            }
            break;
        }
        return last >= first ? (first, last) : null;
    }

    /// <summary>The last word of a role's noun phrase after the comma at <paramref name="comma"/> ("…, a coalition spokesman"), or null.</summary>
    private int? RoleAppositiveEnd(int comma) =>
        comma + 1 < words.Count && words[comma + 1].IsWord && words[comma + 1].Has(WordClass.Determiner)
        && Forward(comma + 1, allowAppositive: false) is { } apposition && HasRoleNoun(apposition.First, apposition.Last)
            ? apposition.Last : null;

    /// <summary>
    /// How many tokens from punctuation at <paramref name="k"/> the phrase read forward runs through, moving
    /// <paramref name="last"/> to the phrase's end when they end it: a dash between capitalised words
    /// ("Rolls - Royce"), a footnote's star, a capitalised word in brackets ("( HME )"). 0 when the phrase stops there.
    /// </summary>
    private int PunctuationInPhrase(int k, ref int last)
    {
        var w = words[k];
        if (w.Text is "-" or "–" && last >= 0 && k + 1 < words.Count && words[k + 1].IsCapitalized && words[last].IsCapitalized)
        {
            return 1;
        }
        if (w.Text == "*" && last == k - 1)
        {
            last = k;
            return 1;
        }
        if (w.Text == "(" && k + 2 < words.Count && words[k + 2].Text == ")" && words[k + 1].IsCapitalized)
        {
            last = k + 2;
            return 3;
        }
        return 0;
    }

    /// <summary>Past the determiners that open a phrase: "the", "one of those".</summary>
    private int SkipDeterminers(int k)
    {
        while (k < words.Count && words[k].IsWord && words[k].Has(WordClass.Determiner))
        {
            k++;
            if (k + 1 < words.Count && words[k].Lower == "of" && words[k + 1].IsWord)
            {
                k++; // "one of those advisers"
            }
        }
        return k;
    }

    /// <summary>What reading a word forwards does: it ends the phrase, is passed over (a joining preposition), or is taken in.</summary>
    private enum ForwardStep { Stop, Skip, Take }

    private ForwardStep StepForward(int k, int last, ref bool sawCapital, ref bool sawNoun)
    {
        var w = words[k];
        if (w.IsCapitalized)
        {
            if (sawNoun && !sawCapital)
            {
                return ForwardStep.Stop;
            }
            sawCapital = true;
            return ForwardStep.Take;
        }
        if (w.Has(WordClass.ClauseBoundary) || w.Has(WordClass.Determiner) && last >= 0)
        {
            return (w.Has(WordClass.Preposition) && last >= 0 && AllowsPrepositionalPhrase(words[last]) || IsAuthorPreposition(k, last)) && k + 1 < words.Count
                ? ForwardStep.Skip
                : ForwardStep.Stop;
        }
        if (sawCapital && !w.Has(WordClass.RoleNoun))
        {
            return ForwardStep.Stop; // "told Sputnik several attacks": the capitalised name ended the phrase
        }
        if (w.Has(WordClass.Verb) && last >= 0 && !w.Has(WordClass.DocumentHead))
        {
            return ForwardStep.Stop; // but "a new report from …": after a determiner or an adjective a document head is the noun
        }
        sawNoun |= w.Has(WordClass.RoleNoun) || w.Has(WordClass.Pronoun);
        return ForwardStep.Take;
    }

    /// <summary>
    /// A document's author belongs to its phrase: "a tally by the harbour board", "a new report from the Harbour
    /// Institute", "a court document prepared by the union": word <paramref name="k"/> is an agent preposition
    /// (<c>agent_prepositions</c>) and the phrase so far ends in a document head, or in a past participle right after one.
    /// </summary>
    private bool IsAuthorPreposition(int k, int last) =>
        words[k].IsWord && AttributionLexicon.Instance.AgentPrepositions.Contains(words[k].Lower) && AuthoredDocumentEnds(last);

    private bool AuthoredDocumentEnds(int last) =>
        last >= 0 && words[last].IsWord && (words[last].Has(WordClass.DocumentHead)
            || last >= 1 && words[last].Lower.EndsWith("ed", StringComparison.Ordinal) && words[last - 1].IsWord && words[last - 1].Has(WordClass.DocumentHead));

    /// <summary>
    /// For a comma right before the verb: when the words back to the previous comma are a descriptive
    /// appositive — a relative clause (who, which), a prepositional phrase (of, from, at), a participle
    /// phrase ("speaking to Iowans") or an age — the index of the word before that previous comma.
    /// </summary>
    private int? SkipDescriptiveAppositive(int comma)
    {
        var open = comma - 1;
        while (open >= 0 && !words[open].IsPunctuation(',') && words[open].Kind != WordKind.Quote && comma - open <= 20)
        {
            open--;
        }
        if (open <= 0 || !words[open].IsPunctuation(',') || open + 1 >= comma)
        {
            return null;
        }
        var start = words[open + 1];
        var descriptive = start.IsWord && start.Has(WordClass.DescriptionOpener | WordClass.CircumstanceOpener)
            || start.IsWord && start.EndsInIng && !start.IsCapitalized
            // "The poll, released on Wednesday by the Public Policy Institute, showed": a past participle
            || start.IsWord && start.Lower.EndsWith("ed", StringComparison.Ordinal) && !start.IsCapitalized && open + 2 < comma
            || start.Kind == WordKind.Number && open + 2 == comma
            // "Ruiz, 41, the niece of a former mayor and a retired judge, said": a long
            // description after an age; the plain "X, the Y, said" is read below as an appositive.
            || start.IsWord && start.Has(WordClass.Article) && open >= 3 && words[open - 1].Kind == WordKind.Number && words[open - 2].IsPunctuation(',');
        if (!descriptive || !IsNounPhraseWord(words[open - 1]))
        {
            return null;
        }
        var head = open - 1;
        if (words[head].Kind == WordKind.Number && head >= 2 && words[head - 1].IsPunctuation(',') && IsNounPhraseWord(words[head - 2]) && words[head - 2].IsCapitalized)
        {
            head -= 2; // "Khizr Khan, 66, who …": the name before the age
        }
        return head;
    }

    /// <summary>
    /// "The editor of the atlas, Petra Lindqvist, said": a name of two or more capitalised words set off after a
    /// description that opens with a determiner (the description and the name are one source).
    /// </summary>
    private bool IsNameAfterDescription(int first, int last, int comma)
    {
        if (last - first < 1 || comma < 2 || !IsNounPhraseWord(words[comma - 1]))
        {
            return false;
        }
        for (var i = first; i <= last; i++)
        {
            if (!(words[i].IsCapitalized || words[i].Text is "." or "-"))
            {
                return false;
            }
        }
        for (var i = comma - 1; i >= 0 && comma - i <= 8; i--)
        {
            if (!words[i].IsWord)
            {
                return false;
            }
            if (words[i].Has(WordClass.Determiner) && i > 0 && words[i - 1].Lower == "of")
            {
                continue; // "The author of the book, …"
            }
            if (words[i].Has(WordClass.Determiner))
            {
                return i == 0 || !words[i - 1].IsWord; // the description opens the sentence or a clause
            }
        }
        return false;
    }

    private bool HasRoleNoun(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (words[i].Has(WordClass.RoleNoun))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsNounPhraseWord(Word w) => w.Kind is WordKind.Word or WordKind.Number || w.Text is ")" or "*";

    /// <summary>The word just before the verb must be able to head a subject.</summary>
    private bool IsAcceptableHead(int index)
    {
        var w = words[index];
        if (w.Text is ")" or "*")
        {
            return true;
        }
        if (w.Kind == WordKind.Number)
        {
            return true; // "43 said", "more than 4 in 10 said"
        }
        if (w.Kind != WordKind.Word)
        {
            return false;
        }
        if (w.IsCapitalized && !(index == 0 && w.Has(WordClass.ClauseBoundary)))
        {
            return true;
        }
        var lower = w.Lower;
        if (w.Has(WordClass.Pronoun | WordClass.RoleNoun | WordClass.VagueSubject | WordClass.QuantitySubject | WordClass.DocumentHead | WordClass.RelativePronoun))
        {
            return true;
        }
        if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal))
        {
            return false;
        }
        // "the voters said": an ordinary noun with a determiner close before it.
        for (var k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            if (words[k].IsWord && words[k].Has(WordClass.Determiner))
            {
                return true;
            }
            if (!words[k].IsWord)
            {
                break;
            }
        }
        return false;
    }

    /// <summary>
    /// "A source close to him said", "people familiar with them say": an object pronoun ends the subject when it is the
    /// object of a prepositional phrase that the head before it takes.
    /// </summary>
    private bool IsObjectOfPostmodifier(int index) =>
        index >= 2 && words[index].IsWord && AttributionLexicon.Instance.ObjectPronouns.Contains(words[index].Lower)
        && words[index - 1].IsWord && words[index - 1].Has(WordClass.Preposition) && AllowsPrepositionalPhrase(words[index - 2]);

    private bool StartsAppositive(int index) =>
        words[index].IsWord && (words[index].Has(WordClass.Determiner) || words[index].Has(WordClass.RoleNoun));

    private bool AllowsPrepositionalPhrase(Word before) =>
        before.Kind == WordKind.Number || before.IsWord && (before.Has(WordClass.RoleNoun) || before.Has(WordClass.AnonymousHead) || before.Has(WordClass.KnowingAdjective) || before.IsCapitalized
            || before.Has(WordClass.DocumentHead)); // "the poll by the Public Policy Institute found"

    /// <summary>
    /// "A study by the charity in June found", "a poll last week showed": the time phrase between a
    /// subject and its verb; the index of the word before it, or <paramref name="last"/> when there is none.
    /// </summary>
    private int SkipTimePhrase(int last)
    {
        if (last >= 2 && words[last].IsWord && words[last].Has(WordClass.TimeWord) && words[last - 1].IsWord && words[last - 1].Has(WordClass.TimePhraseOpener) && IsNounPhraseWord(words[last - 2]))
        {
            return last - 2;
        }
        return last;
    }
}
