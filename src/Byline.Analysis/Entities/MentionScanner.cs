using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Analysis.Entities;

/// <summary>
/// Hand-written scanner from a block's text to mention candidates: knowledge-base names (longest match),
/// runs of capitalised words typed by their head word ("… Forces", "… Governorate") or by the title before
/// them ("Maj. Gen."), acronyms and their bracketed definitions, possessives, footnote markers, and teams in
/// lines of sports results ("Harlequins 75 Gloucester 19"). Linear in
/// the block's length: each word is looked at a bounded number of times.
/// </summary>
internal static partial class MentionScanner
{
    [ThreadStatic] private static List<Word>? _words;

    /// <param name="Lexeme">The spelling's lexeme in the block's reading (<see cref="BlockWords"/>), whose entity word lists <see cref="ClassesOf"/> reads; null for a part of a word.</param>
    private record struct Word(int Start, int End, int NameEnd, Attribution.Lexeme? Lexeme = null)
    {
        public bool IsPossessive => NameEnd < End;
    }

    /// <param name="words">The block's reading of its words, when the attribution reader has made it; else it is made here.</param>
    public static BlockMentions Scan(BlockNode block, KnowledgeBase kb, BlockWords? words = null)
    {
        if (block.Kind is BlockKind.FrontMatter or BlockKind.Separator or BlockKind.Boilerplate)
        {
            return kb.NoMentions;
        }
        var text = block.Text;
        var candidates = _candidates ??= ImmutableArray.CreateBuilder<MentionCandidate>();
        candidates.Clear();
        var read = words ?? BlockWords.Read(block);
        var sentenceWords = _words ??= [];
        // Only a Markdown paragraph wrapped by hand has line breaks inside: the knowledge base matches names across
        // them only then (asked once per block, so plain text pays nothing).
        var wrapped = text.AsSpan().IndexOfAny('\n', '\r') >= 0;
        for (var i = 0; i < block.Sentences.Length; i++)
        {
            sentenceWords.Clear();
            var shape = CollectWords(text, read.Sentence(i), sentenceWords);
            ScanSentence(text, block.Sentences[i].Span.End, sentenceWords, shape, kb, candidates, block.Kind, wrapped);
        }
        return candidates.Count == 0 ? kb.NoMentions : new BlockMentions(candidates.ToImmutable(), kb);
    }

    [ThreadStatic] private static ImmutableArray<MentionCandidate>.Builder? _candidates;

    /// <summary>How many words of four letters or more a sentence has, how many of them are capitalised and how many are all capitals.</summary>
    private record struct CaseCounts(int Letters, int Upper, int AllCaps);

    /// <summary>Collects the sentence's words, counting their case on the way (one pass instead of two).</summary>
    private static CaseCounts CollectWords(string text, ReadOnlySpan<Attribution.BlockWord> tokens, List<Word> words)
    {
        int letters = 0, upper = 0, allCaps = 0;
        foreach (var token in tokens)
        {
            if (!token.IsWordOrNumber)
            {
                continue;
            }
            var i = token.Start;
            var wordEnd = token.End;
            var nameEnd = wordEnd;
            if (wordEnd - i > 2 && text[wordEnd - 1] is 's' && text[wordEnd - 2] is '\'' or '’')
            {
                nameEnd = wordEnd - 2; // "Soleimani's": the name is "Soleimani"
            }
            words.Add(new Word(i, wordEnd, nameEnd, token.Lexeme));
            if (wordEnd - i >= 4 && char.IsLetter(text[i]))
            {
                letters++;
                if (char.IsUpper(text[i]))
                {
                    upper++;
                    if (IsAcronymShape(text.AsSpan(i, wordEnd - i))) allCaps++;
                }
            }
        }
        return new CaseCounts(letters, upper, allCaps);
    }

    private static void ScanSentence(string text, int sentenceEnd, List<Word> words, CaseCounts shape, KnowledgeBase kb, ImmutableArray<MentionCandidate>.Builder candidates, BlockKind kind, bool wrapped)
    {
        if (words.Count == 0) return;
        var dateline = kind == BlockKind.Dateline;
        var mode = dateline ? SentenceCase.Normal : CaseMode(shape, kind is BlockKind.Headline or BlockKind.Heading);
        if (mode == SentenceCase.TitleCase && (IsResultsLine(text, words) || HasSentenceCaseWord(text, words) || kind == BlockKind.Heading && HasNumber(text, words)
            || HasCountryInBrackets(text, sentenceEnd, words, kb) || HasMinuteInBrackets(text, words)))
        {
            // "Lotte 6 Hyundai 2", "Imre Kovacs ( Hungary ) 212": a short line of results or a table's row looks like a
            // heading, but its capitals are names. A heading inside an article seldom holds a figure; a row does, and so
            // does a list of players with their countries ("Olivier Marec ( France ) Tarvo") or a line of scorers with
            // the minutes of their goals ("Westford - Tom Agar ( 24th )").
            mode = SentenceCase.Normal;
        }
        if (mode == SentenceCase.TitleCase && kind is BlockKind.Heading or BlockKind.Headline && IsNameLine(text, sentenceEnd, words, kind == BlockKind.Headline))
        {
            // "Marta Kovalenko", "Tom Reedley, Chief Engineer": a line that is a person's name (a byline, a signature, a
            // speaker's or a caption's credit, a profile's or an obituary's headline) is set apart like a heading, but
            // its capitals are a name.
            mode = SentenceCase.Normal;
        }
        var start = MayOpenSpeakerLabel(text, words[0]) ? ScanSpeakerLabel(text, sentenceEnd, words, kb, candidates, wrapped) : 0;
        if (mode == SentenceCase.AllCaps)
        {
            // An all-capitals line ("RUGBY - HOME SIDE WINS"): capitals carry no information here; only known names count.
            ScanCapitals(text, sentenceEnd, words, kb, candidates, wrapped, from: start);
            return;
        }
        var scan = new SentenceScan(text, sentenceEnd, words, kb, candidates, wrapped, titleCase: mode == SentenceCase.TitleCase, dateline) { TurnStart = start };
        for (var k = start; k < words.Count; k++)
        {
            if (mode == SentenceCase.Normal && CannotOpenName(text, words[k]))
            {
                scan.PassOver(); // most words: the cheap rejection before the chain of checks a capital sets off
                continue;
            }
            if (IsLeagueDivisionInCapitals(text, words, k))
            {
                AddCapitalsEvent(text, words, k, ++k, candidates); // a standings heading: "EASTERN DIVISION"
                continue;
            }
            if (mode == SentenceCase.TitleCase && IsCompetitionLeague(text, words, k, capitals: false))
            {
                var end = RunEnd(text, words, k);
                AddCapitalsEvent(text, words, k, end, candidates); // a heading's competition: "Results of Major League Baseball"
                k = end;
                continue;
            }
            k = scan.ScanAt(k);
        }
    }

    /// <summary>
    /// The state of scanning one mixed-case sentence word by word: whether a title came just before, whether the
    /// sentence is a results line (decided on its first candidate), and an acronym defined but not yet used.
    /// </summary>
    // Its parts live in several files; the order of its fields does not matter (it never leaves the stack), so the
    // runtime may lay them out as it likes.
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
    private ref partial struct SentenceScan(string text, int sentenceEnd, List<Word> words, KnowledgeBase kb, ImmutableArray<MentionCandidate>.Builder candidates, bool wrapped, bool titleCase, bool dateline)
    {
        private bool _titleBefore;
        private bool? _resultsLine;
        private string? _pendingDefinition;

        /// <summary>What <see cref="ScanAt"/> does at a word <see cref="CannotOpenName"/> rules out: it ends a run after a title.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void PassOver() => _titleBefore = false;

        /// <summary>Scans the word at <paramref name="k"/>; returns the last word it consumed.</summary>
        public int ScanAt(int k)
        {
            var w = words[k];
            if (IsCurrencyPrefix(text, w) is var sign && sign || !IsCapitalised(text, w))
            {
                _titleBefore = false;
                if (sign && CurrencySign(text, w, kb) is { } currency) candidates.Add(currency);
                return k;
            }
            if ((!Has(text, words, k, WordClass.NotName) || IsDirection(words, k)) && CompoundAt(k, out var hyphen) is var compound and >= 0
                && AddCompoundName(k, compound, hyphen)) // "Paris-based", "the New York-born": the name before the hyphen
            {
                _titleBefore = false;
                return compound;
            }
            var name = text.AsSpan(w.Start, w.NameEnd - w.Start);
            if (AddedStateAfterTown(k) || IsCurrencyCodeBesideAmount(text, words, k)) return k; // "350 SEK": an amount's currency
            var known = MatchKnown(k, w, name);
            if (known is not null && IsGivenNameBeforeSurname(k, known)) known = null; // "Nelson Tarrant": a person, not a place and a surname
            if (known is null && name.Length > 2 && name[^1] == 's' && IsAcronymShape(name[..^1]))
            {
                _titleBefore = false;
                return k; // "IEDs", "VBIEDs": plural acronyms name kinds of things, not entities
            }
            if (known is null && IsTitle(text, words, k) && HeadType(text, words, k, RunEnd(text, words, k, titleWordsJoin: true)) is null)
            {
                // "Foreign Secretary", "Maj. Gen.": a title says a person's name may follow; alone it names no one.
                // In a title-case headline a plural title ("Ministers Meet On …") heads the clause; the capital after it opens the verb.
                _titleBefore = k + 1 < words.Count && IsCapitalised(text, words[k + 1]) && !(titleCase && IsPluralTitle(text, words[k]));
                return k;
            }
            // A capital after an opening quotation mark ("Revenge for Soleimani") is a sentence start too.
            var sentenceInitial = AtLabelPosition(k) || w.Start > 0 && IsOpeningQuote(text[w.Start - 1]) && (w.Start < 2 || !char.IsLetterOrDigit(text[w.Start - 2]));
            if (known is null && IsNotNameWord(k))
            {
                _titleBefore = false;
                if (AtLabelPosition(k) && IsLabelDash(text, words, k)) _labelEnd = k; // "NOTE - Stranded …": the sentence starts after the label
                return k;
            }
            var cue = known is null && IsCueOpeningSentence(k, sentenceInitial); // "Midfielder Paulo Serrat": the name follows the person noun
            if (cue || known is null && sentenceInitial && (IsNationalityAfterOpener(k) || IsOpenerBeforeKnownName(k) || IsParticipleOpening(k)))
            {
                _titleBefore = cue;
                return k; // "Missing German girl found": the sentence's first word is capitalised for the sentence, not the nationality
            }
            var last = NameRunEnd(k, out var headType);
            if (headType is null && known is null && last == k && IsLoneEventHead(k)) headType = EntityType.Miscellaneous; // "the Open", "a Cup tie"
            if (IsNoName(k, last, known))
            {
                _titleBefore = _personNext = false;
                return last;
            }
            if (MakeCandidate(ref k, known, last, headType, sentenceInitial || last == k && OrdinaryWordOpeningClause(k)) is { } candidate)
            {
                Add(candidate, k);
                _titleBefore = _personNext && known is null; // "Frenchman Jean Morel": a person after a nationality
            }
            _personNext = false;
            return k;
        }

        /// <summary>
        /// A competition's head word alone (<see cref="EntityWords.LoneEventHeads"/>) in a mixed-case sentence, right after a
        /// lower-case word or a number with only a space between ("of the Open", "a Cup tie", "the 1994 Open"): the
        /// competition named in short. Not a sentence's or a clause's first word ("Open the gates", "Games resume").
        /// </summary>
        private readonly bool IsLoneEventHead(int k)
        {
            if (titleCase || k == 0 || !IsSingleSpace(text, words[k - 1].End, words[k].Start)) return false;
            var before = text[words[k - 1].Start];
            return (char.IsLower(before) || char.IsDigit(before)) && EntityWords.Default.LoneEventHeads.Contains(text.AsSpan(words[k].Start, words[k].NameEnd - words[k].Start));
        }

        /// <summary>
        /// An ordinary English word (<see cref="CommonWords"/>) alone right after a colon or an opening bracket ("Result:
        /// Match drawn", "( Retired hurt )"): a capital there may open a clause, as at a sentence's start, so it is evidence
        /// of a name only if the article also writes the word with a capital mid-sentence.
        /// </summary>
        private readonly bool OrdinaryWordOpeningClause(int k)
        {
            if (k == 0) return false;
            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim(' ');
            return gap is [':'] or ['('] && IsCommonName(words, k);
        }

        /// <summary>
        /// A word on the list of capitalised words that are no names ("According", "Jan."), also when written in capitals
        /// ("NOTE -", "TODAY"; four letters or more, as "US" is the country), unless it is an initial or a given name after a people.
        /// </summary>
        private readonly bool IsNotNameWord(int k)
        {
            var w = words[k];
            return !IsInitial(text, words, k) && (Has(text, words, k, WordClass.NameIsNotName) && !IsDirectionOpeningNameMidSentence(k)
                || w.End < text.Length && text[w.End] == '.' && Has(text, words, k, WordClass.NotNameWithDot)
                || IsNotNameInCapitals(text, w) || IsOrdinaryWordInCapitals(k)) && !IsGivenNameAfterPeople(k);
        }

        /// <summary>
        /// A word in capitals of four letters or more, alone, that is an ordinary English word ("[ CORRECTED 10:30 GMT ]",
        /// "NOTES - …", "COUPON 6.625 MATURITY 2002"): a label or a table's heading set in capitals, not an acronym, unless
        /// the knowledge base knows it. Not a block of its own (a paper's name heading a press digest, a wire dateline's
        /// place), nor a dateline's place given with its state or country ("ELMORE , Mich.").
        /// </summary>
        private readonly bool IsOrdinaryWordInCapitals(int k)
        {
            var w = words[k];
            if (words.Count == 1 || w.NameEnd - w.Start < 4 || !IsCapitalsWord(text, w) || k + 1 < words.Count && IsCapitalised(text, words[k + 1])
                && IsSingleSpace(text, w.End, words[k + 1].Start) || dateline && text.AsSpan(w.End).TrimStart(' ').StartsWith(',')) return false;
            return IsCommonName(words, k) && MatchKnown(k, w, text.AsSpan(w.Start, w.NameEnd - w.Start)) is null;
        }

        /// <summary>
        /// Capitals that name nothing: "W D L G" in a results table, a stray "P", acronyms of common nouns ("GDP", "EPS
        /// DIV"), a word of a title ("Farm" in "Farm Commissioner"), a slug ("PRESS DIGEST -").
        /// </summary>
        private bool IsNoName(int k, int last, Alias? known) =>
            known is null && AllShort(words, k, last) && !(last > k && text[words[k].End] == '.') && !IsShortSideBeforeScore(k, last)
            || known is null && AreCommonNounAcronyms(words, k, last) || ModifiesTitle(k, last, known) || IsSlug(k, last, known)
            || known is null && IsCommonNounExpansion(k, last);

        /// <summary>
        /// Capitalised ordinary words before the acronym they spell in brackets ("Compact Glow Lamp ( CGL )"): technical and
        /// academic writing capitalises the words of a term it abbreviates, but they name a kind of thing, as the same words
        /// in lower case do (<see cref="IsSpelledByOrdinaryWords"/>).
        /// </summary>
        private readonly bool IsCommonNounExpansion(int k, int last) =>
            last + 1 < words.Count && IsAcronymShape(Span(text, words[last + 1])) && IsSpelledByOrdinaryWords(last + 1, out var first) && first <= k;

        /// <summary>
        /// The type of the person's or place's name right before the candidate in a list (", " or " and " between them,
        /// and the list goes on or the sentence ends after it): coordination joins names of one kind. The name before must
        /// be a person or a place by more than shape; null when there is no such name. A place's list must show its "and"
        /// before or right after the candidate: commas alone around a name after a place set off an apposition more often
        /// ("the envoy in Tarvberg , Anna Pell , said").
        /// </summary>
        private readonly EntityType? ListedAfter(MentionCandidate candidate)
        {
            if (candidates.Count == 0 || candidates[^1] is not { } before || before.IsPossessive || before.Evidence <= TypeEvidence.Shape
                || before.End >= candidate.Start) return null;
            var type = before.Known?.Entity.Type ?? before.Type;
            if (type is not (EntityType.Person or EntityType.Location)) return null;
            var gap = text.AsSpan(before.End, candidate.Start - before.End);
            if (gap is not (" , " or ", " or " and " or " , and " or ", and ")) return null;
            var after = text.AsSpan(candidate.End, Math.Min(sentenceEnd, candidate.End + 6) - candidate.End);
            if (candidate.IsPossessive || !(after.IsEmpty || after.StartsWith(" , ") || after.StartsWith(", ") || after.StartsWith(" and ") || after.StartsWith(" .") || after.StartsWith("."))) return null;
            return type == EntityType.Person || gap.EndsWith("and ") || after.StartsWith(" and ") || after.StartsWith(" , and") || after.StartsWith(", and") ? type : null;
        }

        /// <summary>"LG 44 5 56", "OB 4 Westford 2": two capitals before a score in a line of results name a side, not a column.</summary>
        private bool IsShortSideBeforeScore(int k, int last) =>
            k == last && words[k].NameEnd - words[k].Start == 2 && char.IsUpper(text[words[k].Start + 1]) && k + 1 < words.Count
            && words[k + 1].Start == words[k].End + 1 && text[words[k].End] == ' ' && IsNumber(text, words[k + 1]) && (_resultsLine ??= IsResultsLine(text, words));

        private readonly Alias? MatchKnown(int k, Word w, ReadOnlySpan<char> name)
        {
            var known = kb.MatchName(text, w.Start, sentenceEnd, name, w.Lexeme!, wrapped);
            if (known is not null && name.Length <= 3 && known.Surface.Length == name.Length && k + 1 < words.Count && Has(text, words, k, WordClass.SurnameParticle)
                && (IsCapitalised(text, words[k + 1]) || Has(text, words, k + 1, WordClass.SurnameParticle)))
            {
                return null; // "Van Poppel", "Van der Westhuizen": a particle of a surname, not the Turkish city
            }
            if (known is null && name.Length >= 3 && IsAcronymShape(name))
            {
                return kb.Match(text, w.Start, sentenceEnd, name, ignoreCase: true, wrapped); // "LONDON 1996-08-30"
            }
            return known is not null && IsDirectionOpeningName(k, known) ? null : known;
        }

        /// <summary>The last word of the name starting at <paramref name="k"/>, and the type its head word gives.</summary>
        private int NameRunEnd(int k, out EntityType? headType)
        {
            if (!titleCase && EpithetEnd(k) is var epithet and > 0)
            {
                headType = EntityType.Person; // "Peter the Great": a person's name and epithet
                return epithet;
            }
            var last = titleCase ? k : CutAtLabel(k, RunEnd(text, words, k));
            while (!titleCase && PossessiveInNameEnd(last) is var owned and > 0) last = owned; // "Workers' Party", "People's Army": the possessive is part of the name
            if (FirstCitedAuthorEnd(k, last) is var firstAuthor and >= 0) last = firstAuthor;
            headType = HeadType(text, words, k, last) ?? (KnownBeforeDash(k, last) ? null : HeadBeforeDash(text, words, k, last));
            if (FirstConnector(text, words, k, last) is var connector and > 0)
            {
                if (HeadBeforeConnector(text, words, connector) is { } body)
                {
                    headType ??= body; // "Democratic Union of Moravia", "Bay of Kelso": a body's or place's head word before "of" runs on
                }
                else if ((headType is null || !Has(text, words, k, WordClass.PlaceStart | WordClass.OrganisationStart | WordClass.MiscStart))
                    && !AreOrdinaryWordsJoined(k, connector, last))
                {
                    // "Revenge for Soleimani", and "Tom Reed of Westford Holdings", "Shares of Acme Group": a head word
                    // after "of" names the body there, not a name the words before it open.
                    last = connector - 1;
                    headType = HeadType(text, words, k, last);
                }
            }
            if (RemitEnd(k, last) is var remit and > 0)
            {
                last = remit;
                headType = EntityType.Organization; // "Securities and Exchange Commission": one body and its remit
            }
            if (IsNationalityBeforeName(k, last, headType))
            {
                _personNext = true; // "Frenchman Jean Morel": the nationality is a name of its own
                return k;
            }
            if (LegalFormAfter(text, words, last) is var form and > 0)
            {
                last = form;
                headType = EntityType.Organization; // "Barclays plc", "Acme, Inc.": a firm with its legal form
            }
            else if (headType is null && last > k && (IsLegalForm(text, words[last]) || HasAmpersand(text, words, k, last)))
            {
                headType = EntityType.Organization; // "Cofinec S.A." (the list spells it with its period), "Douglas & Lomason"
            }
            return last;
        }

        /// <summary>
        /// The words before the run's first spaced dash are all of a name the knowledge base knows ("Tarvia - Jan
        /// Brandt": a side and its player): the known name keeps its own reading, and the dash gives the run no type.
        /// </summary>
        private readonly bool KnownBeforeDash(int k, int last)
        {
            for (var j = k; j < last; j++)
            {
                if (IsLabelDash(text, words, j)) return MatchName(kb, text, words, k, sentenceEnd, wrapped) is { } known && known.Surface.Length == words[j].NameEnd - words[k].Start;
            }
            return false;
        }

        /// <summary>
        /// The last word of a body's name whose remit "and" joins ("Truth and Reconciliation Commission", "Department of
        /// Health and Human Services"): after the run, a remit connector, then capitalised words ending in an organisation's
        /// head word that is no legal form ("Tallis Corp and Brandt Holdings Ltd" are two firms). The run's last word is no
        /// head word of its own and no name the knowledge base knows ("the Navy and Air Corps", "Britain and Human Rights
        /// Watch" are two). -1 when there is none.
        /// </summary>
        private readonly int RemitEnd(int k, int last)
        {
            const WordClass heads = WordClass.OrganisationHead | WordClass.PlaceHead | WordClass.MiscHead;
            var and = last + 1;
            if (and + 1 >= words.Count || words[last].IsPossessive || !IsSingleSpace(text, words[last].End, words[and].Start)
                || !IsOn(words, and, NeighbourWords.RemitConnector) || Has(text, words, last, heads) || IsLegalForm(text, words[last]))
            {
                return -1;
            }
            var end = and;
            while (end + 1 < words.Count && IsSingleSpace(text, words[end].End, words[end + 1].Start) && IsCapitalised(text, words[end + 1])
                && !Has(text, words, end + 1, WordClass.NotName) && !words[end].IsPossessive) end++;
            if (end == and || !Has(text, words, end, WordClass.OrganisationHead) || IsLegalForm(text, words[end])) return -1;
            for (var j = k; j <= last; j++)
            {
                if (MatchName(kb, text, words, j, sentenceEnd, wrapped) is not null) return -1;
            }
            return end;
        }

        /// <summary>The candidate starting at word <paramref name="k"/>, which it moves to the candidate's last word; null when there is none.</summary>
        private MentionCandidate? MakeCandidate(ref int k, Alias? known, int last, EntityType? headType, bool sentenceInitial)
        {
            var w = words[k];
            if (IsMakeAndModel(text, words, k, last, headType, kb))
            {
                var modelEnd = words[last].NameEnd;
                var model = Make(text, words, k, last, modelEnd, SurfaceOf(text, w.Start, modelEnd), null, EntityType.Miscellaneous, TypeEvidence.Context, sentenceInitial: false);
                k = last;
                return model;
            }
            var runEnd = NameEndWithForm(text, words[last]);
            // "San Diego Hawks": a place name's first word ("San", "St.") says the run is a place only when nothing follows the known place.
            var namedAfterHome = known is not null && (headType is null || headType == EntityType.Location && !Has(text, words, last, WordClass.PlaceHead))
                && OpensNameAfterHome(k, last, known);
            var withForm = known is not null && OnlyLegalFormAfter(text, words, k, last, known);
            if (titleCase && known is not null && EventInHeading(k, known) is { } heading)
            {
                k = heading.Last;
                return heading.Candidate;
            }
            if (known is not null && !(headType is not null && runEnd > w.Start + known.Surface.Length && !withForm) && !namedAfterHome)
            {
                var end = withForm ? runEnd : w.Start + known.Surface.Length;
                var lastWord = k;
                while (lastWord + 1 < words.Count && words[lastWord + 1].Start < end) lastWord++;
                var match = Make(text, words, k, lastWord, end, withForm ? SurfaceOf(text, w.Start, end) : OneLine(known.Surface), known, known.Entity.Type, TypeEvidence.Known, sentenceInitial);
                k = lastWord;
                return match;
            }
            if (known is null && w.End - w.Start > 2 && char.IsUpper(text[w.Start]) && text.AsSpan(w.Start, w.NameEnd - w.Start).IndexOfAny('-', '‐') > 0 && last == k)
            {
                // "Anti-Daesh", "US-led", "Iran-Iraq-Syria": names inside a hyphenated word.
                AddHyphenParts(text, w, kb, candidates);
                _titleBefore = false;
                return null;
            }
            if (titleCase && headType is null && !_titleBefore)
            {
                _titleBefore = false;
                return null; // in a title-case headline a capital letter says nothing; only known names count
            }
            var surface = SurfaceOf(text, w, w.Start, runEnd);
            var (type, evidence) = namedAfterHome ? (EntityType.Organization, TypeEvidence.Shape) : GuessType(text, words, k, last, headType, _titleBefore, kb);
            if (evidence < TypeEvidence.Context && IsWholeQuotation(text, w.Start, runEnd))
            {
                (type, evidence) = (EntityType.Miscellaneous, TypeEvidence.Context); // "the novel “Tarvo”": a title or a nickname, quoted as such
            }
            if (last > k && type == EntityType.Person && evidence == TypeEvidence.Shape && AreOrdinaryWords(text, words, k, last)
                || last == k && evidence <= TypeEvidence.Shape && IsLabelBeforeNumber(text, words, k))
            {
                k = last;
                return null; // "Net Income", "Best Actor", "under Factor 4": capitals of a label or a title, not a name
            }
            // A listed name is written with a capital wherever it stands, first in a sentence too.
            var guessed = Make(text, words, k, last, runEnd, surface, null, type, evidence, sentenceInitial && evidence != TypeEvidence.Listed);
            k = last;
            return guessed;
        }

        /// <summary>
        /// "German Masters", "Results from the Canadian Open": in a title-case heading, where capitals say nothing, a
        /// known people or place before an event's head word names the event, as in a line in capitals.
        /// </summary>
        private readonly (MentionCandidate Candidate, int Last)? EventInHeading(int k, Alias known)
        {
            var end = words[k].Start + known.Surface.Length;
            var last = k;
            while (last + 1 < words.Count && words[last + 1].Start < end) last++;
            if (EventHeadInCapitals(text, words, last, end, known, capitals: false) is not (var head and > 0)) return null;
            var headEnd = words[head].NameEnd;
            return (Make(text, words, k, head, headEnd, SurfaceOf(text, words[k].Start, headEnd), null, EntityType.Miscellaneous, TypeEvidence.Context, sentenceInitial: false), head);
        }

        /// <summary>
        /// A known city or region followed by capitalised words the knowledge base does not know, with no head word:
        /// clubs, firms and desks are named after their home ("Westford Rovers", "Westford Purchasing Managers").
        /// </summary>
        private readonly bool OpensNameAfterHome(int k, int last, Alias known)
        {
            if (known.Entity.Kind is not ("city" or "region")) return false;
            var end = words[k].Start + known.Surface.Length;
            var next = k;
            while (next <= last && words[next].Start < end) next++;
            if (next > last || words[next - 1].End != end || words[next].Start != end + 1 || !IsCapitalised(text, words[next])) return false;
            var classes = ClassesOf(text, words, next);
            return (classes & (WordClass.GivenName | WordClass.Title | WordClass.NotName)) == 0
                && MatchName(kb, text, words, next, sentenceEnd, wrapped) is null
                && ListedType(text, words, next) is null or EntityType.Organization;
        }

        /// <summary>
        /// The word after the sentence's first word is a nationality and ends the run of capitals, and the first word
        /// is on no list of name words: a sentence-case opener ("Escaped", "Total") before "British", "Canadian". So too
        /// when a given name follows the nationality ("Veteran Italian Marco Bellini"): the person it describes.
        /// </summary>
        private readonly bool IsNationalityAfterOpener(int k)
        {
            if (k + 1 >= words.Count || !IsSingleSpace(text, words[k].End, words[k + 1].Start) || !IsCapitalised(text, words[k + 1])
                || k + 2 < words.Count && IsCapitalised(text, words[k + 2]) && IsSingleSpace(text, words[k + 1].End, words[k + 2].Start)
                    && !Has(text, words, k + 2, WordClass.GivenName))
            {
                return false;
            }
            const WordClass nameWords = WordClass.GivenName | WordClass.Title | WordClass.PlaceStart | WordClass.OrganisationStart | WordClass.MiscStart;
            var next = words[k + 1];
            return (ClassesOf(text, words, k) & nameWords) == 0 && !IsDirection(words, k)
                && MatchName(kb, text, words, k + 1, sentenceEnd, wrapped) is { } known
                && known.Surface.Length == next.NameEnd - next.Start && known.Entity.Kind == "nationality";
        }

        /// <summary>Adds a candidate whose last word is <paramref name="k"/>, with what its surroundings say about it.</summary>
        private void Add(MentionCandidate candidate, int k)
        {
            candidate = JoinedToNationalityBefore(candidate);
            if (candidate.Known is null && candidate.WordCount >= 2 && IsCountryInBrackets(text, candidate.End, sentenceEnd, kb) && (candidate.Evidence < TypeEvidence.Context || IsTwoSideResult(text, words)))
            {
                // "Tariq Anwar ( Pakistan ) beat …"; but a goal count between two such names makes them clubs
                candidate = IsSideOfScore(text, candidate, sentenceEnd) ? AsTeam(candidate) : candidate with { Type = EntityType.Person, Evidence = TypeEvidence.Context };
            }
            if (IsDismissedBy(text, words, k, candidate) || IsBatsmanBeforeDismissal(text, words, k, candidate) || IsScorerBeforeMinute(text, words, k, candidate))
            {
                candidate = candidate with { Known = null, Type = EntityType.Person, Evidence = TypeEvidence.Context }; // a player on a scorecard or a scorer: "c Hollis b Marsh 46", "Hollis not out 12", "Hollis 15th"
            }
            if (candidate.Known is null && candidate.Evidence <= TypeEvidence.Shape && candidate.Type != EntityType.Person && ListedAfter(candidate) is { } kind && candidate.Type != kind)
            {
                // "Ana Pell , Brandt and Tom Reed", "studied at Basel , Tarvberg and Strasbourg": a list joins like with like
                candidate = candidate with { Type = kind, Evidence = TypeEvidence.Context };
            }
            if (dateline && candidate.Known is null)
            {
                candidate = candidate with { Type = EntityType.Location, Evidence = TypeEvidence.Context }; // "GENEVA 1996-08-30": a dateline names where the report was filed
            }
            if (candidate.Known is null && candidate.Evidence < TypeEvidence.Context && IsCitation(text, candidate.End, sentenceEnd, FollowsCitedAuthor(candidate) ? 2 : 1))
            {
                candidate = candidate with { Type = EntityType.Person, Evidence = TypeEvidence.Context }; // "Biewener (2003)", "Chao et al."
            }
            if ((candidate.Known is null && candidate.Evidence < TypeEvidence.Context || IsSurnameOfKnownPerson(candidate) && !_titleBefore) && !candidate.IsPossessive && IsPlaceBeforeRegion(k))
            {
                // "Harwick, Calif.", "Ostrander , Ohio ,": a town and its state, also one the base knows as a person's surname ("Austin, Tex.")
                candidate = candidate with { Known = null, Type = EntityType.Location, Evidence = TypeEvidence.Context };
            }
            if (IsScoreAfter(text, words, k, candidate) && (_resultsLine ??= IsResultsLine(text, words)) && !IsPlayerByName(candidate = WithSideRunBefore(candidate), text, words) || IsInningsTotalAfter(text, words, k, candidate) || IsFixtureSide(text, words, k, candidate) || IsSideInMatchReport(text, words, k, candidate) || IsSideOpeningScorers(text, words, k, candidate) || IsAfterSideNoun(text, words, k, candidate)
                || (candidate.Known is not null || candidate.Evidence < TypeEvidence.Context) && InTeamContext(text, words, k, candidate) || IsTeamOfPlayer(candidate))
            {
                candidate = AsTeam(candidate);
            }
            _titleBefore = false;
            candidates.Add(IsPersonByShapeAnAcronymSpells(candidate) ? candidate with { Type = EntityType.Organization } : candidate);
            MarkAcronymDefinition(candidates[^1], k);
        }

        /// <summary>
        /// "Iraqi Kurds", "Bosnian Serb": a nationality right before a people or another nationality is one name with it,
        /// which replaces the candidate added for the first; else the candidate as it is.
        /// </summary>
        private MentionCandidate JoinedToNationalityBefore(MentionCandidate candidate)
        {
            if (!IsNationality(candidate) || candidates.Count == 0) return candidate;
            var before = candidates[^1];
            if (!IsNationality(before) || before.IsPossessive || before.End + 1 != candidate.Start || text[before.End] != ' ') return candidate;
            candidates.RemoveAt(candidates.Count - 1);
            return candidate with
            {
                Start = before.Start, Surface = SurfaceOf(text, before.Start, candidate.End), Known = null, Type = EntityType.Miscellaneous,
                Evidence = TypeEvidence.Context, WordCount = before.WordCount + candidate.WordCount, SentenceInitial = false,
            };
        }

        /// <summary>
        /// Notes the acronym in brackets after <paramref name="candidate"/> that it defines ("Harbour Mineral Economics
        /// ( HME )"), or marks the candidate as that acronym itself, or as one the ordinary words before it spell.
        /// </summary>
        private void MarkAcronymDefinition(MentionCandidate candidate, int k)
        {
            if (AcronymInBrackets(text, candidate.End, sentenceEnd) is { } acronym && acronym != candidate.Surface)
            {
                candidate.DefinesAcronym = acronym;
                _pendingDefinition = acronym;
            }
            else if (_pendingDefinition is not null && candidate.Surface == _pendingDefinition)
            {
                candidate.IsDefinition = true;
                _pendingDefinition = null;
            }
            else if (candidate.IsAcronym && candidate.Known is null && IsSpelledByOrdinaryWords(k, out _)) candidate.IsDefinition = true;
        }

        /// <summary>
        /// A name an acronym in brackets spells is a body's, an agreement's or a term's ("Harbour Mineral Economics ( HME )"):
        /// news copy does not give people acronyms, so unknown words that only their shape made a person's are read as the
        /// acronym alone would be.
        /// </summary>
        private readonly bool IsPersonByShapeAnAcronymSpells(MentionCandidate candidate) =>
            candidate is { Known: null, Type: EntityType.Person, Evidence: <= TypeEvidence.Shape, WordCount: >= 2 }
            && BracketedAcronymAfter(text, candidate.End, sentenceEnd) is { } acronym && SpellsAcronym(candidate.Surface, acronym);

        /// <summary>
        /// "( Halloran &amp; Tewks 2014 )", "( Okafor &amp; Lund , 2010 ;": names joined by "&amp;" and cited with a year are two
        /// authors, not a firm; returns the first author's last word, or -1 when the run is no such citation.
        /// </summary>
        private readonly int FirstCitedAuthorEnd(int k, int last)
        {
            for (var j = k; j < last; j++)
            {
                if (text.AsSpan(words[j].End, words[j + 1].Start - words[j].End) is " & ") return IsCitation(text, words[last].End, sentenceEnd, authors: 2) ? j : -1;
            }
            return -1;
        }

        /// <summary>The candidate comes right after "&amp;" or "and" after a name cited as an author ("Palmer &amp; Grady [7]").</summary>
        private readonly bool FollowsCitedAuthor(MentionCandidate candidate) =>
            candidates.Count > 0 && candidates[^1] is { Type: EntityType.Person, Evidence: TypeEvidence.Context } before && before.End < candidate.Start
            && text.AsSpan(before.End, candidate.Start - before.End) is " & " or " and ";

        /// <summary>Adds the state word <paramref name="k"/> names after a town and a comma (<see cref="StateAfterTown"/>), if it does.</summary>
        private bool AddedStateAfterTown(int k)
        {
            if (StateAfterTown(k) is not { } state) return false;
            _titleBefore = false;
            candidates.Add(Make(text, words, k, k, words[k].NameEnd, state.Surface, state, EntityType.Location, TypeEvidence.Known, sentenceInitial: false));
            return true;
        }

        /// <summary>
        /// The state or province word <paramref name="k"/> names after a capitalised town and a comma, written as its postal
        /// code ("Decatur, IL", "Quillby, ON 12345") or as its abbreviation without the period ("Harwick , Calif ."), which
        /// punctuation, a ZIP code or the sentence's end follows; null otherwise. Only there: "IL", "OR" and "Ill" are words elsewhere.
        /// </summary>
        private readonly Alias? StateAfterTown(int k)
        {
            if (k == 0 || text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim(' ') is not [','] || !IsCapitalised(text, words[k - 1])) return null;
            var w = words[k];
            var after = text.AsSpan(w.NameEnd, sentenceEnd - w.NameEnd).TrimStart(' ');
            if (!(after.IsEmpty || after[0] is ',' or '.' or ';' or ')' or '/' || after.Length >= 5 && !after[..5].ContainsAnyExceptInRange('0', '9'))) return null;
            var name = text.AsSpan(w.Start, w.NameEnd - w.Start); // a string only once the shape allows a state: lists of names pass here
            if (name is [>= 'A' and <= 'Z', >= 'A' and <= 'Z'])
            {
                var code = name.ToString();
                return (kb.FindByCode("US-" + code) ?? kb.FindByCode("CA-" + code)) is { } state ? new Alias(code, state, AliasKind.Alias, null) : null;
            }
            if (w.NameEnd < text.Length && text[w.NameEnd] == '.' || name.Length < 2 || !char.IsUpper(name[0])) return null; // "Calif." is the base's own alias
            var word = name.ToString();
            var dotted = word + ".";
            return kb.Match(dotted, 0, dotted.Length, word) is { Entity.Kind: "region" } abbreviation && abbreviation.Surface == dotted
                ? new Alias(word, abbreviation.Entity, AliasKind.Alias, null) : null;
        }

        /// <summary>A one-word name the knowledge base knows only as another name of a person ("Austin" of "Lloyd Austin").</summary>
        private static bool IsSurnameOfKnownPerson(MentionCandidate candidate) =>
            candidate is { WordCount: 1, Known: { Kind: AliasKind.Alias, Entity.Type: EntityType.Person } };

        /// <summary>
        /// The name ending at word <paramref name="k"/> is followed by a comma and a state, province or country the knowledge
        /// base knows, which a comma, a full stop or a closing bracket ends ("Harwick, Calif., said", "a plant in Quillby,
        /// Texas."): news style locates a town by the region or country after it.
        /// </summary>
        private readonly bool IsPlaceBeforeRegion(int k)
        {
            var next = k + 1;
            if (next >= words.Count || text.AsSpan(words[k].End, words[next].Start - words[k].End).Trim(' ') is not [',']
                || (MatchName(kb, text, words, next, sentenceEnd, wrapped) ?? StateAfterTown(next)) is not { } region || region.Entity.Kind is not ("region" or "country")) return false;
            var after = text.AsSpan(words[next].Start + region.Surface.Length, sentenceEnd - words[next].Start - region.Surface.Length).TrimStart(' ');
            return after.IsEmpty || after[0] is ',' or '.' or ')';
        }

        /// <summary>
        /// The acronym at <paramref name="k"/> stands in brackets right after words whose initials spell it ("sea surface
        /// warmth ( SSW )", "light - emitting lamp ( LEL )", "Compact Glow Lamp ( CGL )"), lower-case connectors between
        /// them spelling no letter ("weapons of mass ruin ( WMR )", "soil warmth and sea depth ( SWSD )"): the acronym of
        /// a common noun, which names a kind of thing. Its words are lower-case or ordinary English words with a capital
        /// (<see cref="CommonWords"/>); names of bodies hold a head word ("Health Council ( HC )", "Games League Football ( GLF )") or a name.
        /// <paramref name="first"/> is the first spelling word.
        /// </summary>
        private readonly bool IsSpelledByOrdinaryWords(int k, out int first)
        {
            var acronym = Span(text, words[k]);
            first = k;
            if (k < 1 || text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim(' ') is not ['(']) return false;
            for (var j = acronym.Length - 1; j >= 0; j--)
            {
                if (--first < 0) return false;
                var word = words[first];
                if (first + 1 < k && text.AsSpan(word.End, words[first + 1].Start - word.End).Trim(' ') is not ([] or ['-'])) return false;
                if (char.ToUpperInvariant(text[word.Start]) != acronym[j] && j < acronym.Length - 1 && char.IsLower(text[word.Start])
                    && Has(text, words, first, WordClass.Connector))
                {
                    j++; // a connector between two spelling words spells no letter
                    continue;
                }
                if (char.ToUpperInvariant(text[word.Start]) != acronym[j] || char.IsUpper(text[word.Start]) && ((word.Lexeme!.SpellingFlags & SpellingFlags.OrdinaryCompound) == 0 || IsHeadWord(first))) return false;
            }
            return true;
        }

        /// <summary>
        /// A name the knowledge base holds as a place or a faith that is also a given name ("Nelson", "Mary", "Christian")
        /// right before a surname: a word the name lists hold as a person's or a given name, or, after a faith, a word no list
        /// or the knowledge base knows ("Christian Tarrant"). A place or a faith is followed by no surname, so the words name a
        /// person. Not a nationality ("Welsh"), nor before a head word or a name the knowledge base knows ("Victoria Falls").
        /// </summary>
        private readonly bool IsGivenNameBeforeSurname(int k, Alias known)
        {
            var w = words[k];
            if (known.Surface.Length != w.NameEnd - w.Start || w.IsPossessive || k + 1 >= words.Count || known.Entity.Kind == "nationality"
                || known.Entity.Type is not (EntityType.Location or EntityType.Miscellaneous) || !IsOn(w, NeighbourWords.KnownGivenName))
            {
                return false;
            }
            var next = k + 1;
            if (!IsSingleSpace(text, w.End, words[next].Start) || !IsCapitalised(text, words[next]) || Has(text, words, next, WordClass.NotName | WordClass.Title)
                || IsHeadWord(next) || MatchName(kb, text, words, next, sentenceEnd, wrapped) is not null)
            {
                return false;
            }
            var listed = ListedType(text, words, next);
            return listed == EntityType.Person || Has(text, words, next, WordClass.GivenName)
                || listed is null && known.Entity.Type == EntityType.Miscellaneous && !IsCommonWord(words, next);
        }

        /// <summary>A head word of a body's, place's or event's name, or its plural ("Council", "Companies", "Games").</summary>
        private readonly bool IsHeadWord(int k)
        {
            const WordClass heads = WordClass.OrganisationHead | WordClass.PlaceHead | WordClass.MiscHead;
            if ((ClassesOf(text, words, k) & heads) != 0) return true;
            var word = Span(text, words[k]);
            if (word is not [.., 's'] || word.Length < 4) return false;
            Span<char> singular = stackalloc char[word.Length - 1];
            var length = word is [.., 'i', 'e', 's'] ? word.Length - 2 : word.Length - 1;
            word[..length].CopyTo(singular);
            if (word is [.., 'i', 'e', 's']) singular[length - 1] = 'y';
            var lexicon = EntityWords.Default;
            return lexicon.OrganisationHeads.Contains(singular[..length]) || lexicon.PlaceHeads.Contains(singular[..length]) || lexicon.MiscHeads.Contains(singular[..length])
                || lexicon.OrganisationHeads.Contains(word[..^1]) || lexicon.PlaceHeads.Contains(word[..^1]) || lexicon.MiscHeads.Contains(word[..^1]);
        }
    }

    /// <param name="from">The first word to read.</param>
    /// <param name="to">The word after the last to read (a speaker label's words).</param>
    private static void ScanCapitals(string text, int sentenceEnd, List<Word> words, KnowledgeBase kb, ImmutableArray<MentionCandidate>.Builder candidates, bool wrapped,
        int to = int.MaxValue, int from = 0)
    {
        for (var k = from; k < Math.Min(words.Count, to); k++)
        {
            var w = words[k];
            if (IsCurrencyPrefix(text, w))
            {
                if (CurrencySign(text, w, kb) is { } currency) candidates.Add(currency);
                continue;
            }
            if (!char.IsLetter(text[w.Start])) continue;
            if (IsLeagueDivisionInCapitals(text, words, k))
            {
                AddCapitalsEvent(text, words, k, k + 1, candidates); // "EASTERN DIVISION": a standings heading names the division
                k++;
                continue;
            }
            var known = kb.Match(text, w.Start, sentenceEnd, text.AsSpan(w.Start, w.NameEnd - w.Start), ignoreCase: true, wrapped);
            if (known is null)
            {
                if (EventInCapitalsAt(text, words, k) is var eventHead and > 0)
                {
                    AddCapitalsEvent(text, words, k, eventHead, candidates); // "RESULTS AT KESTREL CLASSIC", "GRAND PRIX RESULTS"
                    k = eventHead;
                    continue;
                }
                AddCapitalsOnly(text, w, candidates);
                continue;
            }
            if (known.Surface.Length < 4 && !MentionScanner.IsAcronymShape(known.Surface)) continue;
            var end = w.Start + known.Surface.Length;
            var last = k;
            while (last + 1 < words.Count && words[last + 1].Start < end) last++;
            if (EventHeadInCapitals(text, words, last, end, known) is var head and > 0)
            {
                AddCapitalsEvent(text, words, k, head, candidates);
                k = head;
                continue;
            }
            candidates.Add(new MentionCandidate
            {
                Start = w.Start, End = end, Surface = SurfaceOf(text, w, w.Start, end), Known = known, Type = known.Entity.Type, Evidence = TypeEvidence.Known,
                WordCount = last - k + 1, IsPossessive = words[last].IsPossessive && words[last].NameEnd == end, PlaceBefore = PlacePrepositionBefore(text, words, k),
            });
            k = last;
        }
    }

    /// <summary>
    /// The last word of an event named after a people or a place in a line in capitals ("CANADIAN OPEN", "BELGIAN GRAND
    /// PRIX", "U.S. OPEN"), or in a title-case heading (<paramref name="capitals"/> false: "Results from the Canadian
    /// Open"): a nationality and up to two words before an event's head word (an adjective is followed by its noun, so
    /// the words between belong to the name), a country or city right before one. -1 when there is none.
    /// </summary>
    private static int EventHeadInCapitals(string text, List<Word> words, int last, int end, Alias known, bool capitals = true)
    {
        var nationality = known.Entity.Kind == "nationality";
        if (!nationality && known.Entity.Type != EntityType.Location) return -1;
        var limit = Math.Min(words.Count - 1, last + (nationality ? 3 : 1));
        Span<char> buffer = stackalloc char[32];
        for (var j = last + 1; j <= limit; j++)
        {
            var length = words[j].NameEnd - words[j].Start;
            if (!IsSingleSpace(text, j == last + 1 ? end : words[j - 1].End, words[j].Start) || length > buffer.Length
                || !(capitals ? IsCapitalsWord(text, words[j]) : char.IsUpper(text[words[j].Start]))) return -1;
            var word = capitals ? CasedNames.InTitleCase(text.AsSpan(words[j].Start, length), buffer[..length]) : text.AsSpan(words[j].Start, length);
            if (EntityWords.Default.EventHeads.Contains(word)) return j;
            if (IsEventHeadOpener(text, words, j, capitals)) return j + 1; // "LAKEVILLE GRAND PRIX"
            if ((SpellingClasses(word) & (WordClass.NotName | WordClass.Connector)) != 0) return -1; // rare: lines in capitals
        }
        return -1;
    }

    /// <summary>
    /// The last word of an event's name in a line in capitals that opens with a word no list knows: one or two words, none
    /// an ordinary English word, before an event's head word ("RESULTS AT KESTREL CLASSIC", "HIS VARNO CUP FUTURE"), or a
    /// head word's opener and the head alone ("NORDIC 250CC GRAND PRIX RESULTS"). An ordinary word right before a head is
    /// the headline's own verb or noun ("CELTIC LIFT CUP"), so it opens no name. -1 when there is none.
    /// </summary>
    private static int EventInCapitalsAt(string text, List<Word> words, int k)
    {
        Span<char> buffer = stackalloc char[32];
        for (var j = k; j < words.Count && j <= k + 2; j++)
        {
            var length = words[j].NameEnd - words[j].Start;
            if (length > buffer.Length || !IsCapitalsWord(text, words[j]) || j > k && (words[j - 1].IsPossessive || !IsSingleSpace(text, words[j - 1].End, words[j].Start)))
            {
                return -1;
            }
            if (IsEventHeadOpener(text, words, j, capitals: true)) return j + 1;
            var word = CasedNames.InTitleCase(text.AsSpan(words[j].Start, length), buffer[..length]);
            if (EntityWords.Default.EventHeads.Contains(word)) return j > k ? j : -1;
            if (CommonWords.Default.Contains(word) || (SpellingClasses(word) & (WordClass.NotName | WordClass.Connector)) != 0) return -1;
        }
        return -1;
    }

    /// <summary>Word <paramref name="j"/> opens an event's head word and the head follows it ("GRAND PRIX", "Grand Prix").</summary>
    private static bool IsEventHeadOpener(string text, List<Word> words, int j, bool capitals)
    {
        if (j + 1 >= words.Count || words[j].IsPossessive || !IsSingleSpace(text, words[j].End, words[j + 1].Start)) return false;
        Span<char> buffer = stackalloc char[16];
        var lexicon = EntityWords.Default;
        return IsWordIn(lexicon.EventHeadOpeners, text, words[j], capitals, buffer) && IsWordIn(lexicon.EventHeads, text, words[j + 1], capitals, buffer);
    }

    /// <summary>Whether a word (in capitals read in title case) is in <paramref name="set"/>; <paramref name="buffer"/> is scratch.</summary>
    private static bool IsWordIn(WordSet set, string text, Word w, bool capitals, Span<char> buffer)
    {
        var length = w.NameEnd - w.Start;
        if (length > buffer.Length || capitals && !IsCapitalsWord(text, w)) return false;
        return set.Contains(capitals ? CasedNames.InTitleCase(text.AsSpan(w.Start, length), buffer[..length]) : text.AsSpan(w.Start, length));
    }

    /// <summary>The knowledge base's longest name that starts with word <paramref name="k"/>, by its name (the word less a possessive).</summary>
    private static Alias? MatchName(KnowledgeBase kb, string text, List<Word> words, int k, int limit, bool wrapped)
    {
        var w = words[k];
        return kb.MatchName(text, w.Start, limit, text.AsSpan(w.Start, w.NameEnd - w.Start), w.Lexeme!, wrapped);
    }

    /// <summary>
    /// The knowledge base's longest name up to <paramref name="limit"/> whose first word is word <paramref name="k"/> as
    /// written (a possessive "'s" included): through the lexeme's kept names unless the word is a possessive.
    /// </summary>
    private static Alias? MatchAsWritten(KnowledgeBase kb, string text, List<Word> words, int k, int limit) =>
        words[k].IsPossessive ? kb.Match(text, words[k].Start, limit, Span(text, words[k])) : MatchName(kb, text, words, k, limit, wrapped: false);

    /// <summary>The name list's type of word <paramref name="k"/>'s name (the word less a possessive), or null.</summary>
    private static EntityType? ListedType(string text, List<Word> words, int k)
    {
        var w = words[k];
        return NameGazetteer.Default.TypeOfName(text.AsSpan(w.Start, w.NameEnd - w.Start), w.Lexeme!);
    }

    /// <summary>The name list's type of word <paramref name="k"/> as written, a possessive "'s" included, or null.</summary>
    private static EntityType? ListedTypeAsWritten(string text, List<Word> words, int k) =>
        words[k].IsPossessive ? NameGazetteer.Default.TypeOf(Span(text, words[k])) : ListedType(text, words, k);

    // Asked of every word of a sentence: most fail on their first or second letter, before a vector search is set up.
    private static bool IsCapitalsWord(string text, Word w) =>
        w.NameEnd - w.Start >= 2 && char.IsAsciiLetterUpper(text[w.Start]) && char.IsAsciiLetterUpper(text[w.Start + 1])
        && !text.AsSpan(w.Start + 2, w.NameEnd - w.Start - 2).ContainsAnyExceptInRange('A', 'Z');

    private static bool IsNotNameInCapitals(string text, Word w)
    {
        var length = w.NameEnd - w.Start;
        if (length < 4 || length > 16 || !IsCapitalsWord(text, w)) return false;
        Span<char> buffer = stackalloc char[16];
        return EntityWords.Default.NotNames.Contains(CasedNames.InTitleCase(text.AsSpan(w.Start, length), buffer[..length]));
    }

    /// <summary>
    /// A compass point in capitals before a league's division or conference in capitals ("CENTRAL DIVISION"), or a
    /// competition's league ("MAJOR LEAGUE", "RUGBY LEAGUE"): a standings heading or a slug names the division or competition.
    /// </summary>
    // Asked at every word: the shape tests here, the look-ups (and their buffer, cleared on each call) apart.
    private static bool IsLeagueDivisionInCapitals(string text, List<Word> words, int k) =>
        k + 1 < words.Count && char.IsAsciiLetterUpper(text[words[k].Start]) && IsCapitalsWord(text, words[k]) && IsCapitalsWord(text, words[k + 1]) && IsSingleSpace(text, words[k].End, words[k + 1].Start)
        && !words[k].IsPossessive && words[k].End - words[k].Start <= 16 && words[k + 1].NameEnd - words[k + 1].Start <= 16
        && (IsLeagueDivision(text, words, k) || IsCompetitionLeague(text, words, k, capitals: true));

    private static bool IsLeagueDivision(string text, List<Word> words, int k)
    {
        Span<char> buffer = stackalloc char[16];
        var direction = CasedNames.InTitleCase(Span(text, words[k]), buffer[..(words[k].End - words[k].Start)]);
        if (!IsDirection(direction)) return false;
        var length = words[k + 1].NameEnd - words[k + 1].Start;
        return EntityWords.Default.LeagueDivisions.Contains(CasedNames.InTitleCase(text.AsSpan(words[k + 1].Start, length), buffer[..length]));
    }

    private static void AddCapitalsEvent(string text, List<Word> words, int k, int head, ImmutableArray<MentionCandidate>.Builder candidates)
    {
        var end = words[head].NameEnd;
        var surface = SurfaceOf(text, words[k].Start, end);
        candidates.Add(new MentionCandidate
        {
            Start = words[k].Start, End = end, Surface = surface, Type = EntityType.Miscellaneous, Evidence = TypeEvidence.Context,
            WordCount = CountWords(surface), IsPossessive = words[head].IsPossessive,
        });
    }

    /// <summary>A word of two letters or more in a line in capitals, kept in case the article names it elsewhere.</summary>
    private static void AddCapitalsOnly(string text, Word w, ImmutableArray<MentionCandidate>.Builder candidates)
    {
        var name = text.AsSpan(w.Start, w.NameEnd - w.Start);
        if (name.Length < 2 || name.ContainsAnyExceptInRange('A', 'Z')) return;
        candidates.Add(new MentionCandidate
        {
            Start = w.Start, End = w.NameEnd, Surface = SurfaceOf(text, w, w.Start, w.NameEnd), IsPossessive = w.IsPossessive, IsCapitalsOnly = true,
        });
    }

    private static MentionCandidate Make(string text, List<Word> words, int k, int last, int end, string surface, Alias? known,
        EntityType? type, TypeEvidence evidence, bool sentenceInitial)
    {
        var w = words[last];
        var possessive = w.IsPossessive && end == w.NameEnd;
        var markerAt = possessive ? w.End : end;
        var marker = markerAt < text.Length && text[markerAt] is '*' or '†' or '‡'
            && (markerAt + 1 >= text.Length || !char.IsLetterOrDigit(text[markerAt + 1])) ? text[markerAt] : '\0';
        var after = last + 1 < words.Count ? words[last + 1] : default;
        var politicalVerb = last + 1 < words.Count && IsSingleSpace(text, possessive ? w.End : end, after.Start)
            && Has(text, words, last + 1, WordClass.PoliticalVerb);
        return new MentionCandidate
        {
            Start = words[k].Start,
            End = end,
            Surface = surface,
            Known = known,
            Type = type,
            Evidence = evidence,
            WordCount = CountWords(surface),
            IsPossessive = possessive,
            FootnoteMarker = marker,
            // An acronym is written in capitals wherever it stands: first in a sentence it is no less a name.
            SentenceInitial = sentenceInitial && !(k == last && IsAcronymShape(surface)),
            PoliticalVerbAfter = politicalVerb,
            PlaceBefore = PlacePrepositionBefore(text, words, k),
            IsAcronym = k == last && IsAcronymShape(surface),
        };
    }

    private static void AddHyphenParts(string text, Word w, KnowledgeBase kb, ImmutableArray<MentionCandidate>.Builder candidates)
    {
        var i = w.Start;
        while (i < w.NameEnd)
        {
            var partEnd = i;
            while (partEnd < w.NameEnd && text[partEnd] is not ('-' or '‐')) partEnd++;
            if (partEnd > i && char.IsUpper(text[i]) && kb.Match(text, i, partEnd, text.AsSpan(i, partEnd - i)) is { } known && known.Surface.Length == partEnd - i)
            {
                candidates.Add(new MentionCandidate
                {
                    Start = i, End = partEnd, Surface = known.Surface, Known = known, Type = known.Entity.Type, Evidence = TypeEvidence.Known,
                    IsPossessive = partEnd == w.NameEnd && w.IsPossessive,
                });
            }
            i = partEnd + 1;
        }
    }

    /// <summary>The last word of the run of capitalised words (joined by connectors such as "of", "al", " - ") that starts at <paramref name="k"/>.</summary>
    private static int RunEnd(string text, List<Word> words, int k, bool titleWordsJoin = false)
    {
        var last = k;
        var n = words.Count;
        while (last + 1 < n && !words[last].IsPossessive)
        {
            var gapStart = words[last].End;
            var next = words[last + 1];
            if (gapStart < text.Length && text[gapStart] == '.' && (text.AsSpan(words[last].Start, gapStart - words[last].Start).Contains('.')
                || gapStart - words[last].Start == 1 && char.IsUpper(text[words[last].Start]) || IsDottedPlaceStart(text, words, last)))
            {
                gapStart++; // "U.S. Open": the period belongs to the initialism; "St. Helier": to the abbreviation
            }
            if (IsSingleSpace(text, gapStart, next.Start))
            {
                if (IsCapitalised(text, next) && (titleWordsJoin || !IsTitle(text, words, last + 1) || TitlesEndInInstitution(text, words, last + 1))
                    && (!Has(text, words, last + 1, WordClass.NotName) || IsDirection(words, last) && IsPlaceOpeningDirection(text, words, last + 1)))
                {
                    last++;
                    continue;
                }
                // Up to two lowercase connectors between capitalised words: "Ministry of Defence", "Bank of the West".
                var j = last + 1;
                while (j < n && j <= last + 2 && Has(text, words, j, WordClass.Connector) && !char.IsUpper(text[words[j].Start])
                    && IsSingleSpace(text, words[j - 1].End, words[j].Start)) j++;
                if (j > last + 1 && j < n && IsSingleSpace(text, words[j - 1].End, words[j].Start) && IsCapitalised(text, words[j])
                    && (!Has(text, words, j, WordClass.NotName) || IsPlaceOpeningDirection(text, words, j)) && IsOfOrName(text, words, last + 1, j))
                {
                    last = j;
                    continue;
                }
                break;
            }
            // "Combined Joint Task Force - Operation Inherent Resolve"; "Marks & Spencer" ("&" is no word of its own)
            var gap = text.AsSpan(gapStart, next.Start - gapStart);
            if (gap is " - " or " – " or " & " && IsCapitalised(text, next))
            {
                last++;
                continue;
            }
            break;
        }
        return last;
    }

    /// <summary>
    /// Capitalised words from <paramref name="j"/>, titles among them, run on to an institution's head ("Kelmar International
    /// University", "Tarvo General Hospital"): there they describe the institution, not a person.
    /// </summary>
    private static bool TitlesEndInInstitution(string text, List<Word> words, int j)
    {
        while (j < words.Count && IsCapitalised(text, words[j]) && IsSingleSpace(text, words[j - 1].End, words[j].Start) && !words[j - 1].IsPossessive)
        {
            if (EntityWords.Default.InstitutionHeads.Contains(Span(text, words[j]))) return true;
            if (Has(text, words, j, WordClass.NotName) && !IsTitle(text, words, j)) return false;
            j++;
        }
        return false;
    }

    /// <summary>
    /// The word at <paramref name="j"/> is a direction that is no name alone ("New", "Old") and opens a place's name with
    /// the capitalised word after it. Inside a run it goes on the name only after "of" or another direction ("Bank of New
    /// Zealand", "Southern New England Telephone"); after other words it may open a place of its own ("a branch of Tarvo
    /// Tours New York").
    /// </summary>
    private static bool IsPlaceOpeningDirection(string text, List<Word> words, int j) =>
        IsDirection(words, j) && !words[j].IsPossessive && j + 1 < words.Count
        && IsSingleSpace(text, words[j].End, words[j + 1].Start) && IsCapitalised(text, words[j + 1]) && !Has(text, words, j + 1, WordClass.NotName);

    /// <summary>A place name's first word abbreviated with a period, as <c>place-starts</c> spells it ("St.").</summary>
    private static bool IsDottedPlaceStart(string text, List<Word> words, int k) =>
        Has(text, words, k, WordClass.PlaceStart) && EntityWords.Default.PlaceStarts.Contains(text.AsSpan(words[k].Start, words[k].End + 1 - words[k].Start));

    /// <summary>A capital letter with a period before a capitalised word: the initial of a name ("A. Ranatunga"), even where the letter is also a word ("A").</summary>
    private static bool IsInitial(string text, List<Word> words, int k)
    {
        var w = words[k];
        return w.End - w.Start == 1 && w.End < text.Length && text[w.End] == '.' && k + 1 < words.Count
            && words[k + 1].Start == w.End + 2 && text[w.End + 1] == ' ' && IsCapitalised(text, words[k + 1]) && words[k + 1].End - words[k + 1].Start > 1;
    }

    private static bool AllShort(List<Word> words, int k, int last)
    {
        var longest = 0;
        for (var j = k; j <= last; j++)
        {
            longest = Math.Max(longest, words[j].NameEnd - words[j].Start);
        }
        // "P", "W D L G", "W D L PCT GB": column headings of a results table.
        return longest <= 2 || longest <= 3 && last - k >= 2;
    }

    private static bool AreCommonNounAcronyms(List<Word> words, int k, int last)
    {
        for (var j = k; j <= last; j++)
        {
            if (!Is(words, j, SpellingFlags.CommonNounAcronymName)) return false;
        }
        return true;
    }

    /// <summary>
    /// Every word of the run but its connectors is an ordinary English word (<see cref="CommonWords"/>), a compound of
    /// such words ("Year-ago") or the acronym of a common noun ("MLN", "PCT"): what only its shape would call a person's
    /// name is then a label's, a table heading's or a title's capitals ("Net Income", "MLN COUPON").
    /// </summary>
    private static bool AreOrdinaryWords(string text, List<Word> words, int k, int last)
    {
        for (var j = k; j <= last; j++)
        {
            if (!Has(text, words, j, WordClass.Connector) && !Is(words, j, SpellingFlags.OrdinaryCompoundName | SpellingFlags.CommonNounAcronymName)) return false;
        }
        return true;
    }

    /// <summary>
    /// Word <paramref name="k"/> is an ordinary English noun written with a capital in running text (after a word in lower
    /// case) and followed by a number: a numbered label ("Chapter 11", "Rule 37", "Terminal 2", "Factor 4"), capitalised
    /// as a label is, not the name of a person, body or place. A scorecard's player ("b Marsh 46") follows a one-letter
    /// abbreviation, not a word; a surname before a year is an author cited ("and Cross 2017"), a word before a score a side ("beat Shell 120-103").
    /// </summary>
    private static bool IsLabelBeforeNumber(string text, List<Word> words, int k)
    {
        var w = words[k];
        if (!IsCommonWord(words, k) || w.NameEnd + 1 >= text.Length || text[w.NameEnd] != ' ' || !char.IsAsciiDigit(text[w.NameEnd + 1])) return false;
        if (k == 0 || !IsSingleSpace(text, words[k - 1].End, w.Start)) return false;
        var before = words[k - 1];
        return before.End - before.Start >= 2 && char.IsLower(text[before.Start]) && char.IsLower(text[before.End - 1]) && !IsYearAt(text, w.NameEnd + 1) && !IsScoreAt(text, w.NameEnd + 1);
    }

    /// <summary>A score or result at <paramref name="start"/> ("120-103", "3–1"): the word before it is a side.</summary>
    private static bool IsScoreAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return end + 1 < text.Length && text[end] is '-' or '–' && char.IsAsciiDigit(text[end + 1]);
    }

    /// <summary>A year at <paramref name="start"/>, 1000-2099 ("1997", "2017"): after a surname it cites a work ("and Cross 2017");
    /// a label's higher numbers stay labels ("Resolution 2254").</summary>
    private static bool IsYearAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return end - start == 4 && (text[start] == '1' || text[start] == '2' && text[start + 1] == '0') && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }

    /// <summary>An ordinary word, or words joined by hyphens each of which is one ("Year-ago", "TWO-WAY").</summary>
    internal static bool IsOrdinaryCompound(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('-'))
        {
            if (!CommonWords.Default.Contains(word[range])) return false;
        }
        return true;
    }

    private static bool IsDirection(ReadOnlySpan<char> word) => EntityWords.Default.Directions.Contains(word);

    /// <summary>Word <paramref name="k"/> is a compass point or another word of <c>directions</c>, read once per spelling.</summary>
    private static bool IsDirection(List<Word> words, int k) => IsOn(words, k, NeighbourWords.Direction);

    private static int FirstConnector(string text, List<Word> words, int k, int last)
    {
        for (var j = k + 1; j < last; j++)
        {
            if (!char.IsUpper(text[words[j].Start]) && !Has(text, words, j, WordClass.SurnameParticle) && !IsPossessiveMark(text, words[j])) return j; // "Van der Westhuizen" stays one name
        }
        return -1;
    }

    /// <summary>
    /// The type the words before a spaced dash inside the run give ("Northern Land Command - Operation …"): two names
    /// joined so are one body's, typed by the first, whose head word the last word of the whole does not repeat.
    /// </summary>
    private static EntityType? HeadBeforeDash(string text, List<Word> words, int k, int last)
    {
        for (var j = k + 1; j < last; j++)
        {
            if (IsLabelDash(text, words, j)) return HeadType(text, words, k, j);
        }
        return null;
    }

    /// <summary>The type a head word right before the connector at <paramref name="connector"/> gives: "Union" in "Union of …", "Bay" in "Bay of …".</summary>
    private static EntityType? HeadBeforeConnector(string text, List<Word> words, int connector)
    {
        var classes = ClassesOf(text, words, connector - 1);
        return (classes & WordClass.OrganisationHead) != 0 ? EntityType.Organization
            : (classes & WordClass.PlaceHead) != 0 ? EntityType.Location
            : (classes & WordClass.MiscHead) != 0 ? EntityType.Miscellaneous : null;
    }

    // "and" joins two names only inside a known name ("Iraq and the Levant"); a run stops at it otherwise.
    private static bool IsOfOrName(string text, List<Word> words, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (j == from && Has(text, words, j, WordClass.RunEndingConnector)) return false;
        }
        return true;
    }

    /// <summary>
    /// "( PF )", "(PF)": an acronym in brackets right after a name, set off by spaces as tokenised copy writes it or not.
    /// </summary>
    private static string? BracketedAcronymAfter(string text, int end, int limit)
    {
        var i = end;
        while (i < limit && text[i] == ' ') i++;
        if (i >= limit || text[i] != '(') return null;
        var start = i + 1;
        var close = text.IndexOf(')', start, Math.Min(limit - start, 24));
        if (close < 0) return null;
        var inside = text.AsSpan(start, close - start).Trim(' ');
        return IsAcronymShape(inside) ? inside.ToString() : null;
    }

    /// <summary>
    /// The acronym's letters are the initials of the name's capitalised words, in order, and no more ("Popular Front" →
    /// "PF", "Bank of the North" → "BN", "Tolley-Marsh Fund" → "TMF"); the lower-case words joining a name add no letter,
    /// and digits, hyphens and periods in the acronym are not letters.
    /// </summary>
    internal static bool SpellsAcronym(ReadOnlySpan<char> name, ReadOnlySpan<char> acronym)
    {
        var letters = 0;
        foreach (var c in acronym) if (char.IsLetter(c)) letters++;
        var next = 0;
        var atWordStart = true;
        foreach (var c in name)
        {
            if (c is ' ' or '-') { atWordStart = true; continue; }
            if (!atWordStart) continue;
            atWordStart = false;
            if (!char.IsUpper(c)) continue;
            while (next < acronym.Length && !char.IsLetter(acronym[next])) next++;
            if (next >= acronym.Length || acronym[next] != c) return false;
            next++;
        }
        while (next < acronym.Length && !char.IsLetter(acronym[next])) next++;
        return next == acronym.Length && letters >= 2;
    }

    private static string? AcronymInBrackets(string text, int end, int limit)
    {
        var i = end;
        if (i + 1 < limit && text[i] is '\'' or '’' && text[i + 1] == 's') i += 2;
        while (i < limit && text[i] == ' ') i++;
        if (i >= limit || text[i] != '(') return null;
        var start = i + 1;
        var close = text.IndexOf(')', start, Math.Min(limit - start, 24));
        if (close < 0) return null;
        var inside = text.AsSpan(start, close - start);
        return IsAcronymShape(inside) ? inside.ToString() : null;
    }

    /// <summary>"PMF", "CJTF-OIR", "U.S": two or more capitals, perhaps with digits, hyphens, periods or ampersands, and no lowercase letters.</summary>
    public static bool IsAcronymShape(ReadOnlySpan<char> word)
    {
        var capitals = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c)) capitals++;
            else if (!(char.IsDigit(c) || c is '-' or '.' or '&' or '/')) return false;
        }
        return capitals >= 2;
    }

    /// <summary>A lower-case word that title case would capitalise: the line is in sentence case or a table's row.</summary>
    /// <summary>A capitalised word followed by a known country in brackets ("Marec ( France )"): a row of a list of players.</summary>
    private static bool HasCountryInBrackets(string text, int sentenceEnd, List<Word> words, KnowledgeBase kb)
    {
        foreach (var w in words)
        {
            if (char.IsUpper(text[w.Start]) && IsCountryInBrackets(text, w.End, sentenceEnd, kb)) return true;
        }
        return false;
    }

    /// <summary>
    /// A line that opens with a given name and one or two more capitalised words, and ends there or at a comma
    /// ("Marta Kovalenko", "Tom Reedley, Chief Engineer"). A headline's words after the given name are no ordinary English
    /// words, initials aside ("Anna K. Lindqvist"): a headline is more often a clause in title case that opens with a word
    /// spelt like a given name ("Will Prices Fall", "Rose Garden Reopens") than a profile's or an obituary's name.
    /// </summary>
    private static bool IsNameLine(string text, int sentenceEnd, List<Word> words, bool headline)
    {
        if (words.Count < 2 || !Has(text, words, 0, WordClass.GivenName)) return false;
        var n = 1;
        while (n < words.Count && n < 4 && IsCapitalised(text, words[n]) && IsSingleSpace(text, AfterInitial(text, words[n - 1]), words[n].Start)
            && !Has(text, words, n, WordClass.Title | WordClass.NotName) && !(headline && words[n].NameEnd - words[n].Start > 1 && IsCommonWord(words, n))) n++;
        if (n < 2 || n > 3) return false;
        var after = text.AsSpan(words[n - 1].End, (n < words.Count ? words[n].Start : sentenceEnd) - words[n - 1].End).Trim();
        return n == words.Count ? after.IsEmpty : after is ",";
    }

    /// <summary>Where the space after a word starts: past the period of an initial ("Anna K. Lindqvist").</summary>
    private static int AfterInitial(string text, Word w) =>
        w.End - w.Start == 1 && w.End < text.Length && text[w.End] == '.' && char.IsUpper(text[w.Start]) ? w.End + 1 : w.End;

    private static bool HasSentenceCaseWord(string text, List<Word> words)
    {
        var lower = EntityWords.Default.TitleCaseLowerWords;
        foreach (var w in words)
        {
            if (char.IsLower(text[w.Start]) && !lower.Contains(Span(text, w))) return true;
        }
        return false;
    }

    private enum SentenceCase { Normal, TitleCase, AllCaps }

    private static SentenceCase CaseMode(CaseCounts shape, bool headline)
    {
        var (letters, upper, allCaps) = shape;
        if (letters >= 3 && allCaps * 10 >= letters * 8) return SentenceCase.AllCaps;
        // A headline is title case with fewer words to go on ("Iraqis Hold Line Against ISIL").
        // Only headlines are written in title case. A body sentence that is mostly capitals is a list of names
        // (scorers, line-ups, a panel), whose capitals are names (docs/evaluation.md has the measurement).
        if (headline && letters >= 2 && upper * 10 >= letters * 7) return SentenceCase.TitleCase;
        return SentenceCase.Normal;
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '‘' or '«' or '„' or '\'';

    /// <summary>
    /// A word that neither <see cref="IsCapitalised"/> nor <see cref="IsCurrencyPrefix"/> can accept, told from three
    /// characters: no capital first, no hyphen after a two-letter article ("al-Amr"), no "$" after it. Most words of a
    /// mixed-case sentence are such, and nothing in a sentence's scan starts at them.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool CannotOpenName(string text, Word w) =>
        !char.IsUpper(text[w.Start]) && !(w.NameEnd - w.Start > 3 && text[w.Start + 2] == '-') && !(w.End < text.Length && text[w.End] == '$');

    /// <summary>A word that may be (part of) a name: a capital first, or after a lower-case Arabic article ("al-Qaida", "el-Sisi").</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsCapitalised(string text, Word w) =>
        char.IsUpper(text[w.Start])
        || w.NameEnd - w.Start > 3 && text[w.Start + 2] == '-' && char.IsUpper(text[w.Start + 3]) && EntityWords.Default.ArticlePrefixes.Contains(text.AsSpan(w.Start, 2));

    /// <summary>
    /// One space between two words, or the line break of a Markdown paragraph wrapped by hand ("Police chief
    /// Karim⏎Haddad said"): a name runs on across it. Plain-text blocks are single lines, so only Markdown has them.
    /// </summary>
    private static bool IsSingleSpace(string text, int from, int to) => to > from && WrappedLines.SpaceLength(text, from) == to - from;

    private static string OneLine(string surface) => WrappedLines.OneLine(surface);

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> on one line, as a string an earlier candidate of that spelling may have made (<see cref="RecentNames"/>).</summary>
    private static string SurfaceOf(string text, int start, int end)
    {
        var surface = text.AsSpan(start, end - start);
        return surface.IndexOfAny('\n', '\r') < 0 ? RecentNames.Surface(surface) : OneLine(surface.ToString());
    }

    /// <summary>
    /// <see cref="SurfaceOf(string, int, int)"/>, taking the spelling's own string when the surface is the whole word
    /// <paramref name="w"/> (most names are one word): no look-up in the recent names' table, no copy.
    /// </summary>
    private static string SurfaceOf(string text, Word w, int start, int end)
    {
        if (start != w.Start || end != w.End || w.Lexeme is not { } lexeme) return SurfaceOf(text, start, end);
        System.Diagnostics.Debug.Assert(text.AsSpan(start, end - start).SequenceEqual(lexeme.Text), "a lexeme is its word's spelling");
        return lexeme.Text;
    }

    private static ReadOnlySpan<char> Span(string text, Word w) => text.AsSpan(w.Start, w.End - w.Start);

    private static int CountWords(string surface)
    {
        var count = 1;
        foreach (var c in surface) if (c == ' ') count++;
        return count;
    }

    /// <summary>A nationality or people word: "Iraqi", "Kurds", "Walloon".</summary>
    private static bool IsNationality(MentionCandidate c) =>
        c.Known?.Entity.Kind == "nationality" || c.Known is null && c.Type == EntityType.Miscellaneous && c.Evidence == TypeEvidence.Listed;
}
