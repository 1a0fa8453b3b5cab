namespace Byline.Analysis.Attribution;

/// <summary>The verb group around a cue verb: adverbs after an auxiliary, a passive's "be", a relative "that" as subject.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// "are quietly urging", "had basically said", "can barely believe": an -ly adverb after an auxiliary stands inside an
    /// active verb group, so the subject ends before the auxiliary. After a form of "be" only before an -ing form: "was
    /// widely criticised" and "has been widely protested" are passives, whose subject is no speaker.
    /// </summary>
    private bool AdverbInActiveVerbGroup(int k, int verb)
    {
        if (k < 1 || !_words[k - 1].IsWord || !_words[k - 1].Has(WordClass.Auxiliary) || _words[k].Has(WordClass.Hedge | WordClass.Intensifier))
        {
            return false;
        }
        var progressive = _words[verb].EndsInIng;
        return (progressive || !_words[k - 1].Has(WordClass.BeForm)) && IsTaggedLyAdverb(k);
    }

    /// <summary>"has since said", "have since denounced": an adverb of <c>perfect_adverbs</c> right after a perfect auxiliary.</summary>
    private bool IsPerfectAdverb(int k) =>
        k >= 1 && _words[k].IsWord && _words[k - 1].IsWord && _words[k - 1].Has(WordRole.PerfectAuxiliary) && _lexicon.PerfectAdverbs.Contains(_words[k].Lower);

    /// <summary>
    /// "was widely criticised", "were quietly announced": the subject's end stops at an -ly adverb after a form of "be"
    /// before an -ed form. The verb group is a passive with no agent, whose subject is no speaker (with an agent, the
    /// passive pattern reads it).
    /// </summary>
    private bool AdverbInPassive(int k, int verb) =>
        k >= 1 && k < verb && _words[k].IsWord && _words[k - 1].IsWord && _words[k - 1].Has(WordClass.BeForm)
        && !_words[verb].EndsInIng && IsTaggedLyAdverb(k);

    /// <summary>
    /// "a group called the Harbour Trust", "a website dubbed “Ferry Watch”", "the weeks known as the winter lull": a
    /// naming participle (<c>naming_verbs</c>, or a pair of <c>descriptive_passives</c>) that the tagger reads as a past
    /// participle, right after a common noun or after an adverb that follows one, is a reduced relative clause, a passive
    /// with its "which is" left out. The noun is what is named, not who names it: as in an agentless passive, the cue has
    /// no source. A naming verb counts only before the name itself (a quotation mark or a capitalised word, with no
    /// quotation right after a name: "a skipper called Lee “a liar”" names Lee, and the skipper speaks).
    /// </summary>
    private bool IsNamingParticipleAfterNoun(int verb)
    {
        var w = _words[verb];
        var next = verb + 1 < _words.Count ? verb + 1 : -1;
        var descriptive = next > 0 && _words[next].IsWord && _lexicon.DescriptivePassives.Contains((w.Lower, _words[next].Lower));
        if (!descriptive && !(w.Has(WordRole.NamingVerb) && next > 0 && NameFollows(next)) || TagOf(verb) is not { Xpos: "VBN" })
        {
            return false;
        }
        var k = verb - 1;
        if (k > 0 && _words[k].IsWord && (_words[k].Has(WordClass.Intensifier) || IsTaggedLyAdverb(k)))
        {
            k--;
        }
        return k >= 0 && _words[k].IsWord && TagOf(k) is { Xpos: "NN" or "NNS" };
    }

    /// <summary>
    /// "a report published Tuesday said …", "a video posted online shows …", "the memo released in May warned …": an
    /// -ed form the tagger reads as a past participle, right after a common noun and right before an adverbial of when
    /// or where (a weekday, a month or a time word, or <c>reduced_relative_openers</c>), with a finite verb later in
    /// the sentence, is a reduced relative clause ("which was published …"). It describes the noun and reports nothing;
    /// the finite verb after it is the clause's verb ("officials stressed Tuesday that …" the tagger reads as past tense).
    /// </summary>
    private bool IsReducedRelativeParticiple(int verb)
    {
        var w = _words[verb];
        // The words' lists first: an adverbial of time or place after the -ed form is rare, and only then is the tagger asked.
        if (verb < 1 || verb + 2 >= _words.Count || !w.Lower.EndsWith("ed", StringComparison.Ordinal) || !_words[verb - 1].IsWord
            || _words[verb + 1] is not { IsWord: true } next || !(next.Has(WordClass.TimeWord) || _lexicon.ReducedRelativeOpeners.Contains(next.Lower)))
        {
            return false;
        }
        return TagOf(verb) is { Xpos: "VBN" } && TagOf(verb - 1) is { Xpos: "NN" or "NNS" } && FiniteVerbBeforeClause(verb + 2);
    }

    /// <summary>
    /// A finite verb follows <paramref name="first"/> before any "that": a content clause right after the adverbial
    /// ("officials stressed Tuesday that …", "she predicted in May that …") is the object of a finite verb the tagger
    /// misread as a participle, for a passive participle takes none.
    /// </summary>
    private bool FiniteVerbBeforeClause(int first)
    {
        for (var k = first; k < _words.Count; k++)
        {
            if (_words[k].Lower == "that")
            {
                return false;
            }
            if (TagOf(k) is { IsFiniteVerb: true } or { Upos: Language.UniversalPos.AUX })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A quotation, or a run of capitalised words with no quotation after it, opens at <paramref name="k"/>.</summary>
    private bool NameFollows(int k)
    {
        if (_words[k].Kind == WordKind.Quote)
        {
            return true;
        }
        var end = k;
        while (end < _words.Count && _words[end].IsWord && _words[end].IsCapitalized)
        {
            end++;
        }
        return end > k && (end == _words.Count || _words[end].Kind != WordKind.Quote);
    }

    /// <summary>
    /// "is expected to", "was not asked", "has been told", "will be announced", "got asked": cue verb
    /// <paramref name="verb"/> is a past participle whose nearest auxiliary before it, over adverbs, is a form of "be" or
    /// "get" (<c>passive_auxiliaries</c>), not "have" or a modal ("has asked" is active). Its subject is what the report
    /// is about; the speaker is left unsaid. Not a participle whose subject after "be" is the one who feels ("is worried
    /// that") or the one whose words are reported ("was quoted as saying").
    /// </summary>
    private bool IsAgentlessPassive(int verb)
    {
        var w = _words[verb];
        if (w.EndsInIng || w.Has(WordRole.ExperiencerParticiple) || w.Has(WordRole.SpeakerPassive))
        {
            return false;
        }
        for (var k = verb - 1; k >= 0 && verb - k <= 4 && _words[k].IsWord; k--)
        {
            if (_words[k].Has(WordRole.PassiveAuxiliary))
            {
                return true;
            }
            if (_words[k].Has(WordRole.PerfectAuxiliary | WordRole.ModalVerb)
                || !(_words[k].Has(WordClass.Auxiliary | WordClass.Intensifier) || IsTaggedLyAdverb(k)))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "was endorsed the day before by the ferry union", "has been attacked on the toll by Ana Ruiz": the agent of a
    /// passive after an adverbial of one to three words, in the same clause (no mark, no infinitive's "to", no
    /// subordinator between). Right after the participle "by" is the passive-agent pattern's; a number or a time after
    /// "by" is a measure or a deadline ("by a third", "by Friday"), not an agent. Null when none.
    /// </summary>
    private Source? AgentAfterAdverbial(int afterCue)
    {
        for (var k = afterCue + 1; k < _words.Count && k - afterCue <= 3; k++)
        {
            var w = _words[k - 1];
            if (!w.IsWord || w.Has(WordRole.InfinitiveMarker) || w.Has(WordClass.SubordinateMarker | WordClass.AgentMarker))
            {
                return null;
            }
            if (_words[k].Has(WordClass.AgentMarker))
            {
                return _phrases.Forward(k + 1, allowAppositive: false) is { } agent && !NamesTimeOrNumber(agent.First, agent.Last)
                    ? MakeSource(agent.First, agent.Last) : null;
            }
        }
        return null;
    }

    private bool NamesTimeOrNumber(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (_words[k].Kind == WordKind.Number || _words[k].Has(WordClass.TimeWord))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where the subject of a passive ends, read back from word <paramref name="k"/> of its verb group over auxiliaries
    /// and adverbs ("was widely criticised", "has been roundly condemned", "was reportedly told").
    /// </summary>
    private int PassiveSubjectEnd(int k)
    {
        for (var skipped = 0; k >= 0 && skipped < 4 && _words[k].IsWord
            && (_words[k].Has(WordClass.Auxiliary | WordClass.Intensifier) || _words[k].Has(WordRole.PassiveAuxiliary) || IsTaggedLyAdverb(k)); skipped++)
        {
            k--;
        }
        return k;
    }

    /// <summary>
    /// The form of "be" of a passive ending at word <paramref name="i"/>: right before it, or before one or two adverbs
    /// ("was hotly criticised by", "has been repeatedly praised by", "was first reported by", "was never mentioned by");
    /// -1 when there is none.
    /// </summary>
    private int PassiveBeBefore(int i)
    {
        var b = i - 1;
        while (b > 0 && i - b <= 2 && _words[b].IsWord && !_words[b].IsCapitalized && TagOf(b) is { Upos: Language.UniversalPos.ADV })
        {
            b--;
        }
        return b >= 1 && _words[b].IsWord && _words[b].Has(WordClass.BeForm) ? b : -1;
    }

    /// <summary>
    /// "a report that warns …", "ads that attack the mayor": a relative "that" (the tagger's WDT) right before the verb
    /// group is its subject, and it stands for the noun phrase before it, which is the source: a noun or a name, read
    /// backwards from the word before "that". Null when the verb group is passive, when no such phrase is found, and when
    /// the phrase is a preposition's object, for then the clause may describe the noun before the preposition.
    /// </summary>
    private (int First, int Last)? RelativeThatSubject(CueVerb verb, int that)
    {
        for (var k = that + 1; k < _words.Count && _words[k].IsWord && _words[k].Has(WordClass.Auxiliary); k++)
        {
            if (_words[k].Has(WordClass.BeForm))
            {
                return null; // "details that were disclosed", "the races that have not been called": a passive's subject is no speaker
            }
        }
        var found = _phrases.Backward(that - 1) ?? NounHeadedSubject(verb, that - 1);
        if (found is not { } phrase || phrase.First > 0 && _words[phrase.First - 1].IsWord && _words[phrase.First - 1].Has(WordClass.Preposition))
        {
            return null; // "a split of the harbour that denies …": the clause may belong to either noun
        }
        return _words[phrase.Last].IsCapitalized || TagOf(phrase.Last) is { IsNoun: true } ? phrase : null;
    }


    /// <summary>Word <paramref name="k"/> is a relative "that" after a word, by its tag; asked only of the listed words.</summary>
    private bool IsRelativeThat(int k) =>
        k > 0 && _words[k].IsWord && _words[k].Has(WordRole.TaggedRelativePronoun)
        && _words[k - 1].IsWord && TagOf(k) is { Xpos: "WDT" };

    /// <summary>
    /// A lower-case word the tagger reads as a proper noun ("Harbour captains": the capital before it misleads it) is a
    /// common noun: English capitalises proper nouns.
    /// </summary>
    private bool IsCommonNounByTag(int k) =>
        TagOf(k) is { IsNoun: true } tag ? !tag.IsProperNoun || !_words[k].IsCapitalized : PluralNounTaggedAsVerb(k);

    /// <summary>
    /// "River captains warned": the tagger reads a plural noun after a capital as the -s form of a verb ("captains"),
    /// but a finite verb does not stand right before another: a lower-case -s word tagged so right before the verb
    /// group is its subject's head noun.
    /// </summary>
    private bool PluralNounTaggedAsVerb(int k) =>
        k + 1 < _words.Count && !_words[k].IsCapitalized && _words[k].Lower.EndsWith('s') && !_words[k].Has(WordClass.Auxiliary)
        && TagOf(k) is { Xpos: "VBZ" } && TagOf(k + 1) is { IsFiniteVerb: true };
}
