using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>
/// Document linking for attribution: one pass over the blocks' cached facts that resolves pronouns to
/// earlier sources, carries a source over to the following sentences of its paragraph, finds the
/// publisher, and decides each sentence's status. It never reads text the block facts did not keep.
/// After an edit it starts from the previous linking of the document (<see cref="BlockResultTable.Previous"/>):
/// a block whose node was reused and whose incoming state equals the one it was linked with (spans mapped across
/// the edit) keeps its linked sentences — the very objects before the edit, mapped ones after it — so only the
/// blocks from the edit to the first block whose incoming state is unchanged are linked again (early cutoff).
/// </summary>
public static class SourcingLinker
{
    /// <param name="blocks">The document's side table of block results (<see cref="BlockResultTable"/>); a fresh one when null.</param>
    public static ArticleSourcing Link(ArticleSyntaxTree syntax, BlockResultTable? blocks = null)
    {
        blocks ??= BlockResultTable.For(syntax);
        var publisher = FindPublisher(syntax);
        var earlier = PreviousLinking.Of(blocks);
        var linker = new ArticleLinker(syntax, earlier?.SentenceCount ?? 0);
        var linked = new LinkedBlocks(syntax.Blocks.Length);
        var reused = 0;
        // The leading sentences that are the previous linking's very objects: the sourcing rules take over their findings.
        var keptSentences = 0;
        var keeping = earlier is not null;
        var tail = new TailRun();
        var start = earlier?.KeepPrefix(syntax.Blocks, linker, linked) ?? 0;
        reused = start;
        keptSentences = linker.Sentences.Count;
        // The first block that asked whether the article is in Latin script: the next edit's prefix stops there if the answer changes.
        var firstAsked = earlier is not null && earlier.FirstAsked < start ? earlier.FirstAsked : -1;
        for (var index = start; index < syntax.Blocks.Length; index++)
        {
            var block = syntax.Blocks[index];
            var incoming = linker.State;
            var first = linker.Sentences.Count;
            linker.AskedScript = null;
            if (earlier?.TryTakeRest(index, block.Start, linker, linked) is { } taken)
            {
                // Every block from here on is the previous linking's, moved by the edit's change in length (early cutoff).
                reused += taken.Blocks;
                tail.Reused(first, taken.OldFirst);
                firstAsked = firstAsked < 0 ? taken.FirstAsked : firstAsked;
                break;
            }
            var kept = LinkOrReuse(linker, earlier, blocks, index, block, ref tail, ref reused, out var oldFirst);
            keeping &= kept is not null && oldFirst == first;
            keptSentences = keeping ? linker.Sentences.Count : keptSentences;
            if (keeping)
            {
                linked.Take(index, earlier!.Blocks, earlier.PreviousIndex(index), 0, 0);
            }
            else
            {
                linked.Set(index, new LinkedBlock(block.Start, block.Node.Length, incoming, linker.State, first, linker.Sentences.Count - first, linker.AskedScript), linker.Sentences);
            }
            if (firstAsked < 0 && linked.Unmoved(index)!.ArticleIsLatin is not null)
            {
                firstAsked = index;
            }
        }
        var sentences = linker.Sentences.ToList();
        blocks.RememberLinking(linked, sentences, reused, keptSentences, earlier is null ? null : tail.Of(sentences.Length, earlier), firstAsked);
        return new ArticleSourcing(sentences, publisher);
    }

    /// <summary>
    /// Takes over block <paramref name="index"/>'s earlier linking when <see cref="PreviousLinking.TryReuse"/> can, and links
    /// it otherwise; returns the earlier record when the block's sentences are its very objects (before the edit).
    /// </summary>
    private static LinkedBlock? LinkOrReuse(ArticleLinker linker, PreviousLinking? earlier, BlockResultTable blocks, int index, Block block, ref TailRun tail, ref int reused, out int oldFirst)
    {
        var prose = IsProse(block.Kind);
        var first = linker.Sentences.Count;
        oldFirst = -1;
        if (earlier?.TryReuse(index, block, linker, prose, out var kept, out oldFirst) == true)
        {
            reused++;
            // Only copies moved across the edit make the run: blocks before it keep their very sentences, unmoved.
            if (kept is null) tail.Reused(first, oldFirst);
            else tail.Linked();
            return kept;
        }
        if (prose)
        {
            linker.LinkBlock(block, blocks.SourcingOf(index));
        }
        else
        {
            linker.AddNotProse(block);
        }
        tail.Linked();
        return null;
    }

    /// <summary>
    /// The run of blocks at the end of the article whose sentences are the previous linking's, copied across the edit
    /// in order and to its end (each block reused, its first sentence as far from its old index as the run's first).
    /// </summary>
    private struct TailRun
    {
        private int _start, _offset;
        private bool _active;

        public void Reused(int first, int oldFirst)
        {
            if (!_active || first - oldFirst != _offset)
            {
                (_start, _offset, _active) = (first, first - oldFirst, true);
            }
        }

        public void Linked() => _active = false;

        public readonly LinkedTail? Of(int count, PreviousLinking earlier) =>
            _active && _start < count && count - _offset == earlier.SentenceCount ? new LinkedTail(_start, _offset, earlier.Delta) : null;
    }

    /// <summary>How many blocks <see cref="PreviousLinking.TryTakeRest"/> took over, where the first one's sentences began in the earlier list, and the first of them that asked whether the article is in Latin script (-1 when none did).</summary>
    private readonly record struct TakenRest(int Blocks, int OldFirst, int FirstAsked);

    /// <summary>The blocks whose sentences are linked; the others' sentences are listed as not prose.</summary>
    internal static bool IsProse(BlockKind kind) =>
        kind is BlockKind.Headline or BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem or BlockKind.Standfirst;

    /// <summary>The previous linking of the document and the map of its spans into this text.</summary>
    private sealed class PreviousLinking(BlockResultTable table, LinkedBlocks linked, SentenceList sentences, SpanMap map, int firstAsked)
    {
        // The last earlier block not wholly after the edit (LinkedBlocks.LastNotAllAfter): found when first asked.
        private int? _lastNotAllAfter;

        public LinkedBlocks Blocks => linked;

        public int PreviousIndex(int index) => table.PreviousIndex(index);

        /// <summary>
        /// Takes over every block from <paramref name="index"/> to the end at once, when they are the earlier linking's
        /// last blocks node for node, lie after the edit with everything their sentences and states hold (so all of it
        /// moves by the edit's change in length), and the first of them receives the state it was linked with: then
        /// linking them again would make the same sentences and states, moved. Their records and sentences are the
        /// earlier ones, as made, lagging the edit's change in length more. Null when any of that fails.
        /// </summary>
        public TakenRest? TryTakeRest(int index, int start, ArticleLinker linker, LinkedBlocks into)
        {
            var count = into.Length - index;
            var old = linked.Length - count;
            if (count > table.SharedSuffix || old < 0 || old <= LastNotAllAfter() || linked.StartAt(old) + map.Delta != start)
            {
                return null;
            }
            var ok = true;
            if (map.Map(linked.InAt(old), ref ok) != linker.State || !ok
                || firstAsked >= 0 && linker.ArticleIsLatin != linked.Unmoved(firstAsked)!.ArticleIsLatin)
            {
                return null;
            }
            var oldFirst = linked.FirstSentenceAt(old);
            var sentenceLag = linker.Sentences.Count - oldFirst;
            for (var k = 0; k < count; k++)
            {
                into.Take(index + k, linked, old + k, map.Delta, sentenceLag);
            }
            linker.Sentences.AddTail(sentences, oldFirst, map.Delta);
            return new TakenRest(count, oldFirst, firstAsked >= old ? firstAsked - old + index : -1);
        }

        private int LastNotAllAfter() => _lastNotAllAfter ??= linked.LastNotAllAfter(map);

        public static PreviousLinking? Of(BlockResultTable table) =>
            table.Previous is { LinkedBlocks: { } linked } previous && SpanMap.Between(previous.Syntax.Text, table.Syntax.Text) is { } map
                ? new PreviousLinking(table, linked, previous.LinkedSentences, map, previous.FirstAskedScript)
                : null;

        public int SentenceCount => sentences.Length;

        /// <summary>The index of the first block that asked whether the article is in Latin script, or -1.</summary>
        public int FirstAsked => firstAsked;

        public int Delta => map.Delta;

        /// <summary>
        /// Takes over at once the leading blocks that <see cref="TryReuse"/> would keep as the very objects, without
        /// visiting them: half a long article's blocks on a keystroke in its middle. They are the shared nodes that end
        /// before the edit (a binary search over the previous linking's blocks, which lie in order) with a character
        /// to spare, so every span of their sentences and of the states they received and passed on (sources and
        /// speakers of their own or earlier sentences) lies before it, unmoved; in a finished linking each prose
        /// block received what the prose block before it passed on, and a block that is not prose passes the state
        /// through but for what its kind ends (<see cref="ArticleLinker.PassNotProse"/>: a heading ends a transcript's turn),
        /// so the state after them is what the last prose one passed on, passed through the blocks after it again. A block that asked whether the
        /// article is in Latin script ends the run when the answer changed (all blocks of one linking got the same).
        /// Returns how many blocks were kept.
        /// </summary>
        public int KeepPrefix(ImmutableArray<Block> blocks, ArticleLinker linker, LinkedBlocks into)
        {
            var count = FirstNotWhollyBefore(Math.Min(table.SharedPrefix, linked.Length));
            if (firstAsked >= 0 && firstAsked < count && linker.ArticleIsLatin != linked.Unmoved(firstAsked)!.ArticleIsLatin)
            {
                count = firstAsked;
            }
            if (count == 0)
            {
                return 0;
            }
            into.TakePrefix(linked, count);
            linker.Sentences.AddRange(sentences, linked.FirstSentenceAt(count - 1) + linked.Unmoved(count - 1)!.SentenceCount);
            var prose = count - 1;
            while (prose >= 0 && !IsProse(blocks[prose].Kind))
            {
                prose--;
            }
            if (prose >= 0)
            {
                linker.State = linked.OutAt(prose);
            }
            for (var k = prose + 1; k < count; k++)
            {
                linker.PassNotProse(blocks[k]);
            }
            return count;
        }

        /// <summary>The first of the first <paramref name="shared"/> earlier blocks that does not end before the edit with a character to spare.</summary>
        private int FirstNotWhollyBefore(int shared)
        {
            int low = 0, high = shared;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (map.IsBefore(new TextSpan(linked.StartAt(middle), linked.Unmoved(middle)!.Length + 1)))
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }
            return low;
        }

        /// <summary>
        /// Adds the block's earlier linked sentences when its node was reused and, for prose, it receives the state it
        /// was linked with (a block that is not prose reads none of the state: what its kind ends, <see cref="ArticleLinker.PassNotProse"/>,
        /// is done again). <paramref name="kept"/> is
        /// the earlier <see cref="LinkedBlock"/> when the block lies before the edit, so its sentences are the very objects;
        /// <paramref name="oldFirst"/> the index its first sentence had in the earlier list.
        /// </summary>
        public bool TryReuse(int index, Block block, ArticleLinker linker, bool prose, out LinkedBlock? kept, out int oldFirst)
        {
            kept = null;
            oldFirst = -1;
            if (table.PreviousIndex(index) is var old && old < 0 || linked.Unmoved(old) is not { } before)
            {
                return false;
            }
            oldFirst = linked.FirstSentenceAt(old);
            var oldSpan = new TextSpan(linked.StartAt(old), before.Length);
            if (!map.TryMap(oldSpan, out var place) || place.Start != block.Start)
            {
                return false;
            }
            var ok = true;
            if (prose && (map.Map(linked.InAt(old), ref ok) != linker.State || !ok
                || before.ArticleIsLatin is { } latin && linker.ArticleIsLatin != latin))
            {
                return false;
            }
            var outgoing = prose ? map.Map(linked.OutAt(old), ref ok) : linker.State;
            var count = linker.Sentences.Count;
            var unmoved = map.IsBefore(oldSpan);
            for (var k = oldFirst; k < oldFirst + before.SentenceCount && ok; k++)
            {
                AddSentence(linker.Sentences, k, unmoved, ref ok);
            }
            if (!ok)
            {
                linker.Sentences.Count = count;
                return false;
            }
            linker.State = outgoing;
            if (!prose)
            {
                linker.PassNotProse(block);
            }
            linker.AskedScript = prose ? before.ArticleIsLatin : null;
            kept = unmoved ? before : null;
            return true;
        }

        /// <summary>
        /// Adds the earlier sentence <paramref name="k"/>: as made, with its lag, when its block lies before the edit
        /// or every span it holds lies on one side of the edit (its lag grown by the edit's change in length when after);
        /// a copy mapped across the edit otherwise (a pronoun's antecedent or a carried voice before it), or nothing and
        /// <paramref name="ok"/> false when a span touches the edit.
        /// </summary>
        private void AddSentence(SentenceList.Builder into, int k, bool unmoved, ref bool ok)
        {
            var sentence = sentences.Unmoved(k);
            var lag = sentences.LagAt(k);
            var side = unmoved ? -1 : map.SideOf(sentence, lag);
            if (side != 0)
            {
                into.Add(sentence, side < 0 ? lag : lag + map.Delta);
                return;
            }
            var mapped = map.Map(lag == 0 ? sentence : SentenceList.Moved(sentence, lag), ref ok);
            if (ok)
            {
                into.Add(mapped);
            }
        }
    }

    /// <summary>
    /// One analysed block's shifted facts, the speaker a quotation opening it continues from, and the speaker whose
    /// "X said:" ended the block before it (the statement this block opens).
    /// </summary>
    internal readonly record struct BlockContext(
        Block Block,
        BlockSourcing Facts,
        ImmutableArray<Quotation> Quotations,
        List<(Quotation Quotation, Attribution? Speaker)> Spoken,
        Attribution? QuoteCarried,
        Attribution? StatementOpener,
        Attribution? Turn = null)
    {
        public int Offset => Block.Start;

        /// <summary>The block's first sentence, right after "X said:", unless the writer's voice is back at once.</summary>
        public bool OpensStatement(SentenceFacts fact) => StatementOpener is not null && ReferenceEquals(fact, Facts.Sentences[0]) && !fact.EndsCarryOver;

        /// <summary>
        /// A sentence with no cue of its own while a statement introduced by "X said:" and set unquoted is still running:
        /// such a statement goes on over paragraphs of its own, whatever their person, until a new source speaks, a
        /// heading stands, a quotation mark opens, or the writer's voice is back ("However, …").
        /// A party's stance the statement reports ("The council is clear that …") is its content and takes no voice.
        /// </summary>
        public bool GoesOnWithStatement(SentenceFacts fact)
        {
            // A figure is the statement's own here (the writer's-figure stop is for a paraphrase running on).
            if (!Quotations.IsEmpty || fact.StartsWithVoiceChange || fact.IsTitleLine || Block.Kind == BlockKind.Headline)
            {
                return false;
            }
            for (var k = 0; !ReferenceEquals(Facts.Sentences[k], fact); k++)
            {
                if (Facts.Sentences[k].StartsWithVoiceChange || Facts.Sentences[k].Attributions.Any(TakesTheVoice))
                {
                    return false; // a new source spoke, or the writer's voice came back, earlier in the paragraph
                }
            }
            return true;
        }
    }

    /// <summary>A sentence's status and, when carried, where its source comes from.</summary>
    internal readonly record struct Voice(SourcingStatus Status, Attribution? CarriedFrom = null, CarryOver CarryOver = CarryOver.None);

    /// <summary>What linking carries from block to block and sentence to sentence across one article.</summary>
    /// <param name="capacity">The sentences expected (the previous linking's): the list is made at its size once.</param>
    internal sealed class ArticleLinker(ArticleSyntaxTree syntax, int capacity)
    {
        public SentenceList.Builder Sentences { get; } = new(capacity);

        // Whether the article is written in Latin script matters only for a sentence that is not (the seed's
        // closing Cyrillic heading under an English article): decided then, so most articles never count letters.
        private bool? _articleIsLatin;
        private Source? _lastSource;
        private Attribution? _nextQuoteSpeaker;
        private Attribution? _previousLastSpeaker;
        private Attribution? _statementSpeaker;
        private bool _statementOpens;
        private bool _statementUnquoted;
        private InterviewState _interview;
        private TranscriptState _transcript;

        /// <summary>What is carried into the next block.</summary>
        public LinkState State
        {
            get => new(_lastSource, _nextQuoteSpeaker, _previousLastSpeaker, _statementSpeaker, _statementOpens, _statementUnquoted, _interview, _transcript);
            set => (_lastSource, _nextQuoteSpeaker, _previousLastSpeaker, _statementSpeaker, _statementOpens, _statementUnquoted, _interview, _transcript) = (value.LastSource, value.NextQuoteSpeaker, value.PreviousLastSpeaker, value.StatementSpeaker, value.StatementOpens, value.StatementUnquoted, value.Interview, value.Transcript);
        }

        /// <summary>The article-wide answer the current block read (null when it did not ask), kept for reuse.</summary>
        public bool? AskedScript { get; set; }

        public bool ArticleIsLatin => _articleIsLatin ??= IsLatinArticle(syntax);

        public void AddNotProse(Block block)
        {
            PassNotProse(block);
            foreach (var sentence in block.Node.Sentences)
            {
                // The node's spans, shifted: Block.Sentences would tokenise every sentence just for its span.
                Sentences.Add(new SentenceSourcing(SentenceList.Move(sentence.Span, block.Start), block.Kind, IsClaim: false, SourcingStatus.None) { NotClaimReason = NotClaimReason.NotProse });
            }
        }

        /// <summary>
        /// What a block that is not prose does to the state: it reads none of it, but a heading or a separator ends a
        /// transcript's turn (<see cref="TranscriptState.Passing"/>). Linking it and taking it over both go through here.
        /// </summary>
        public void PassNotProse(Block block) => _transcript = _transcript.Passing(block);

        public void LinkBlock(Block block, BlockSourcing facts)
        {
            var quoteCarried = _nextQuoteSpeaker;
            _nextQuoteSpeaker = null;
            // "Cruz continued:" ending one paragraph, and the next opening with a quotation: that is Cruz speaking.
            if (quoteCarried is null && _previousLastSpeaker is not null && facts.Quotations.Length > 0 && facts.Quotations[0].Span.Start == 0)
            {
                quoteCarried = _previousLastSpeaker;
            }
            _previousLastSpeaker = null;
            var statementOpener = _statementOpens ? _statementSpeaker : null;
            _statementOpens = false;
            var offset = block.Start;
            _interview = _interview.Entering(facts, offset);
            _transcript = _transcript.Entering(block, facts);
            // Most blocks have no quotations, attributions or vague phrases: skip the copies then (linking runs on every keystroke).
            var quotations = facts.Quotations.IsEmpty ? facts.Quotations : SentenceList.Moved(facts.Quotations, offset);
            Attribution? carried = null;
            var context = new BlockContext(block, facts, quotations, SpokenQuotations(facts, quotations, offset), quoteCarried, statementOpener, _transcript.Turn);
            for (var index = 0; index < facts.Sentences.Length; index++)
            {
                LinkSentence(context, index, ref carried);
            }
            _interview = _interview.Leaving(facts, offset);
        }

        private void LinkSentence(in BlockContext context, int index, ref Attribution? carried)
        {
            var facts = context.Facts;
            var fact = facts.Sentences[index];
            var offset = context.Offset;
            var span = SentenceList.Move(fact.Span, offset);
            var anonymityReason = fact.AnonymityReason ?? (index + 1 < facts.Sentences.Length ? facts.Sentences[index + 1].AnonymityReason : null);
            var attributions = ResolveAttributions(fact, offset, anonymityReason is { } reason ? SentenceList.Move(reason, offset) : null);
            var vague = fact.VaguePhrases.IsEmpty ? fact.VaguePhrases : SentenceList.Moved(fact.VaguePhrases, offset);
            var ownQuotes = context.Quotations.IsEmpty ? context.Quotations : Overlapping(context.Quotations, span);
            var notClaim = NotClaimReasonOf(fact, context.Block.Kind);
            var isClaim = notClaim == NotClaimReason.None;

            var specific = attributions.FirstOrDefault(a => a.Source is { IsSpecific: true });
            var voice = VoiceOf(context, fact, span, attributions, specific, vague, carried, ownQuotes);
            if (notClaim == NotClaimReason.OwnWork && voice.Status != SourcingStatus.Unattributed)
            {
                // "We will rebuild the pier." in a statement after "The harbour master said:" is the speaker's "we", not the writer's.
                (notClaim, isClaim) = (NotClaimReason.None, true);
            }
            carried = CarriedAfter(fact, attributions, specific, voice, carried);

            if (index == facts.Sentences.Length - 1)
            {
                NoteParagraphEnd(context, fact, attributions, specific, voice, ownQuotes);
            }

            Sentences.Add(new SentenceSourcing(span, context.Block.Kind, isClaim, isClaim ? voice.Status : SourcingStatus.None)
            {
                Covered = voice.Status is SourcingStatus.Attributed or SourcingStatus.Carried,
                Attributions = attributions,
                VaguePhrases = vague,
                Quotations = ownQuotes,
                CarriedFrom = voice.CarriedFrom,
                CarryOver = voice.CarryOver,
                NotClaimReason = notClaim,
                StartsWithVoiceChange = fact.StartsWithVoiceChange,
                StatesWritersFigure = fact.StatesWritersFigure,
                IsInstruction = fact.IsInstruction,
                IsTitleLine = fact.IsTitleLine,
                IsCaptionLine = fact.IsCaptionLine,
                SpeaksOfOwnText = fact.SpeaksOfOwnText,
                GivesAnonymityReason = anonymityReason is not null,
            });
        }

        /// <summary>The sentence's attributions in article offsets, pronouns resolved; an anonymous source gets the reason
        /// for its anonymity that the sentence or the next one gives.</summary>
        private ImmutableArray<Attribution> ResolveAttributions(SentenceFacts fact, int offset, TextSpan? anonymityReason)
        {
            if (fact.Attributions.IsEmpty)
            {
                return ImmutableArray<Attribution>.Empty;
            }
            var resolved = new Attribution[fact.Attributions.Length]; // exact size: no builder object per sentence
            for (var i = 0; i < resolved.Length; i++)
            {
                var moved = SentenceList.Moved(fact.Attributions[i], offset)!;
                if (anonymityReason is not null && moved.Source is { Kind: SourceKind.Anonymous } anonymous)
                {
                    moved = moved with { Source = anonymous with { AnonymityReason = anonymityReason } };
                }
                resolved[i] = Resolve(moved, ref _lastSource);
            }
            return ImmutableCollectionsMarshal.AsImmutableArray(resolved);
        }

        private NotClaimReason NotClaimReasonOf(SentenceFacts fact, BlockKind kind)
        {
            var isForeignScript = fact.IsMostlyNonLatin && (AskedScript = ArticleIsLatin).Value;
            return fact.IsQuestion ? NotClaimReason.Question
                : isForeignScript ? NotClaimReason.OtherScript
                : fact.WordCount < (kind == BlockKind.Headline ? 3 : 4) ? NotClaimReason.TooShort
                : fact.IsFragment && kind != BlockKind.Headline ? NotClaimReason.Fragment
                : fact.IsCallToAction && kind != BlockKind.Headline ? NotClaimReason.CallToAction
                : kind == BlockKind.Headline ? (fact.NamesCase ? NotClaimReason.Heading : NotClaimReason.None)
                : fact.IsTitleLine ? NotClaimReason.Heading
                : fact.IsCaptionLine || fact.IsListing ? NotClaimReason.Furniture
                : fact.SpeaksOfOwnText ? NotClaimReason.OwnWork
                : NotClaimReason.None;
        }

        /// <summary>
        /// The status is worked out for every sentence, claim or not, because carry-over and the contract's
        /// "attributed" do not depend on it ("Really?" inside a quotation is still the speaker's); only
        /// claims report it.
        /// </summary>
        private Voice VoiceOf(in BlockContext context, SentenceFacts fact, TextSpan span, ImmutableArray<Attribution> attributions, Attribution? specific, ImmutableArray<VaguePhrase> vague, Attribution? carried, ImmutableArray<Quotation> ownQuotes)
        {
            if (specific is not null)
            {
                return new Voice(SourcingStatus.Attributed);
            }
            // A stance named with nobody holding it ("calls for an inquiry grew") leaves a voice carried over in place.
            if (attributions.Any(a => a.Source is not null || a.Pattern.CarriesVoice))
            {
                return new Voice(SourcingStatus.Vague);
            }
            // Quoted words show the source still speaking; a sentence after "X said …" with no quotation mark and no cue
            // of its own reads as the writer's account again (a paraphrase is attributed sentence by sentence), unless
            // it belongs to a statement introduced with a colon, which runs unquoted ("X said:" and then the text), or to a
            // transcript's turn after its speaker's label.
            if (carried is not null && (QuotesWords(ownQuotes) || Equals(carried, _statementSpeaker) || carried.Pattern.RunsUnquoted) && !fact.EndsCarryOver && context.Block.Kind != BlockKind.Headline)
            {
                return new Voice(SourcingStatus.Carried, carried, CarryOver.Paragraph);
            }
            if (SpeakerOfQuotationAt(context.Spoken, span) is { } speaker)
            {
                // A sentence inside a quotation speaks with the voice of whoever the quotation is attributed to.
                return new Voice(SourcingStatus.Carried, speaker, CarryOver.Quotation);
            }
            if (_statementSpeaker is not null && (fact.IsFirstPerson || _statementUnquoted && context.GoesOnWithStatement(fact) && !NamesStatementSpeaker(span)))
            {
                // "The Foreign Secretary said:" and then the statement, unquoted, over paragraphs of its own (GOV.UK style).
                return new Voice(SourcingStatus.Carried, _statementSpeaker, CarryOver.Statement);
            }
            var quotations = context.Quotations;
            if (context.QuoteCarried is not null && quotations.Length > 0 && quotations[0].Span.Start == context.Offset && quotations[0].Span.OverlapsWith(span) && !quotations[0].IsName)
            {
                return new Voice(SourcingStatus.Carried, context.QuoteCarried, CarryOver.ContinuedQuotation);
            }
            if (context.OpensStatement(fact))
            {
                // The paragraph right after "X said:" is the statement whatever its person: a block quotation set as a
                // paragraph. Its next sentences follow it as a statement does; a later paragraph goes on only in the first person.
                return new Voice(SourcingStatus.Carried, context.StatementOpener, CarryOver.Statement);
            }
            if (_interview.Answer is { } answer && context.Block.Kind != BlockKind.Headline)
            {
                // An interviewee's answer, to the next question: their words, whatever the person or the writer's cues.
                return new Voice(SourcingStatus.Carried, answer, CarryOver.InterviewAnswer);
            }
            if (context.Turn is { } turn && !fact.IsTitleLine)
            {
                // A transcript's turn: every sentence is its labelled speaker's, whoever else it reports, up to the next label.
                return new Voice(SourcingStatus.Carried, turn, CarryOver.TranscriptTurn);
            }
            // A hedge's cue counts as its vague phrase does: in a subordinate clause it leaves the main claim unattributed.
            return attributions.Any(a => a.Pattern != AttributionPatterns.Hedge) || vague.Any(v => !v.InSubordinateClause) ? new Voice(SourcingStatus.Vague) : new Voice(SourcingStatus.Unattributed);
        }

        /// <summary>
        /// AP practice: a source covers the following sentences of its paragraph until a new
        /// source speaks or the writer's voice returns ("However, …").
        /// </summary>
        private static Attribution? CarriedAfter(SentenceFacts fact, ImmutableArray<Attribution> attributions, Attribution? specific, Voice voice, Attribution? carried)
        {
            // A party's stance ("The mayor opposed the toll") neither starts nor ends a voice that goes on.
            if (specific is { Pattern.CarriesVoice: false })
            {
                specific = attributions.FirstOrDefault(a => a.Source is { IsSpecific: true } && a.Pattern.CarriesVoice);
            }
            // Relayed speech goes on in the sentences after it ("said", "added": voice_carrying_cues). A state of mind
            // ("The mayor wants a new pier.") or a speech act ("The council announced a vote.") is reported in its own
            // sentence, and what follows is the writer's account again.
            if (specific is not null && specific.CueKind is CueKind.Speech && AttributionLexicon.Instance.VoiceCarryingCues.Contains(specific.CueLemma))
            {
                return specific;
            }
            if (attributions.Any(a => a.Pattern.CarriesVoice) || fact.EndsCarryOver)
            {
                return null;
            }
            // An answer is carried sentence by sentence from its question, not passed on as a voice within the paragraph.
            if (voice.Status == SourcingStatus.Carried && carried is null && voice.CarryOver != CarryOver.InterviewAnswer)
            {
                return voice.CarriedFrom; // a statement or quotation speaker goes on speaking in this paragraph
            }
            return carried;
        }

        /// <summary>
        /// The sentence names the running statement's speaker by the head of the words that introduced them ("the Foreign
        /// Secretary will return to the Gulf" after "The Foreign Secretary said:"): a speaker does not speak of themself
        /// so, the writer does.
        /// </summary>
        private bool NamesStatementSpeaker(TextSpan span)
        {
            var source = _statementSpeaker?.Source?.Resolved.Text;
            if (string.IsNullOrEmpty(source))
            {
                return false;
            }
            var head = source.AsSpan().TrimEnd(" ,").ToString();
            head = head[(head.LastIndexOf(' ') + 1)..];
            var sentence = syntax.Text.ToString(span);
            for (var at = sentence.IndexOf(head, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(head, at + 1, StringComparison.Ordinal))
            {
                var end = at + head.Length;
                if ((at == 0 || !char.IsLetter(sentence[at - 1])) && (end == sentence.Length || !char.IsLetter(sentence[end])))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>The paragraph's last sentence: who may go on speaking in the next block.</summary>
        private void NoteParagraphEnd(in BlockContext context, SentenceFacts fact, ImmutableArray<Attribution> attributions, Attribution? specific, Voice voice, ImmutableArray<Quotation> ownQuotes)
        {
            // The speaker of the paragraph's last words: its own speech cue, or the speaker a quotation it ends in was carried from
            // (AP: consecutive paragraphs of one speaker's quotation need no new attribution).
            _previousLastSpeaker = attributions.LastOrDefault(a => a.Source is not null && a.CueKind == CueKind.Speech)
                ?? (attributions.IsEmpty && !ownQuotes.IsEmpty && voice.CarriedFrom is { CueKind: CueKind.Speech } quoted ? quoted : null);
            if (fact.EndsWithColon && _previousLastSpeaker is not null)
            {
                _statementSpeaker = _previousLastSpeaker;
                _statementOpens = true;
                _statementUnquoted = true;
            }
            else if (attributions.Any(TakesTheVoice) || !fact.IsFirstPerson && voice.Status != SourcingStatus.Carried)
            {
                _statementSpeaker = null; // a new source, or the writer's own voice, ends the statement
            }
            else
            {
                // A statement in quotation marks ends where its quotation closes: only an unquoted one runs on in the third person.
                _statementUnquoted &= context.Quotations.IsEmpty;
            }
            if (ownQuotes.Any(q => q.Unclosed))
            {
                _nextQuoteSpeaker = specific ?? voice.CarriedFrom ?? context.Spoken.FirstOrDefault(q => q.Quotation.Unclosed).Speaker ?? context.QuoteCarried;
            }
        }
    }

    /// <summary>
    /// A cue whose source is "I" or "we" ("I welcome the deal", "We believe …"): inside a statement that is its speaker
    /// going on, not a new source.
    /// </summary>
    private static bool SpeaksOfItself(Attribution attribution) =>
        attribution.Source is { Kind: SourceKind.Pronoun, Text: var text }
        && (AttributionLexicon.Instance.FirstPersonAsWritten.Contains(text) || (AttributionLexicon.Instance.ClassesOf(text.ToLowerInvariant()) & WordClass.FirstPerson) != 0);

    /// <summary>
    /// An attribution that gives the voice to a new source, ending a running statement: not the speaker's own "I" or
    /// "we", and not a party's stance, which the statement may report as its content.
    /// </summary>
    private static bool TakesTheVoice(Attribution attribution) => attribution.Pattern.CarriesVoice && !SpeaksOfItself(attribution);

    /// <summary>
    /// Each quotation of a block with the speech attribution that speaks it: one in a sentence the quotation
    /// overlaps, else in the sentence right before or after it (AP: attribute a quote in the same or an
    /// adjacent sentence).
    /// </summary>
    private static List<(Quotation Quotation, Attribution? Speaker)> SpokenQuotations(BlockSourcing facts, ImmutableArray<Quotation> quotations, int offset)
    {
        if (quotations.IsEmpty)
        {
            return NoQuotations; // most blocks: nothing allocated
        }
        var result = new List<(Quotation, Attribution?)>(quotations.Length);
        var sentences = facts.Sentences;
        // The paragraph's first speaker, the last resort of every quotation: found once, not once per quotation.
        var paragraphSpeaker = FirstSpeaker(sentences, 0, sentences.Length - 1);
        foreach (var quotation in quotations)
        {
            Attribution? speaker = null;
            // The sentences' spans are the block's, the quotation's the article's: the quotation is moved back, so that
            // no closure over the offset is made for every block.
            var (first, last) = SortedSpans.Overlapping(sentences, static s => s.Span, new TextSpan(quotation.Span.Start - offset, quotation.Span.Length));
            if (first <= last)
            {
                // Nearest first: the sentences the quotation spans and their neighbours, then the rest of the paragraph.
                speaker = FirstSpeaker(sentences, Math.Max(0, first - 1), Math.Min(sentences.Length - 1, last + 1)) ?? paragraphSpeaker;
            }
            result.Add((quotation, SentenceList.Moved(speaker, offset)));
        }
        return result;
    }

    private static Attribution? FirstSpeaker(ImmutableArray<SentenceFacts> sentences, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (sentences[k].Attributions.FirstOrDefault(a => a.Source is not null && a.CueKind == CueKind.Speech) is { } speaker)
            {
                return speaker;
            }
        }
        return null;
    }

    private static readonly List<(Quotation Quotation, Attribution? Speaker)> NoQuotations = [];

    /// <summary>The speaker of the first quotation of someone's words (not a quoted title or name) that overlaps <paramref name="span"/>, if it has one.</summary>
    private static Attribution? SpeakerOfQuotationAt(List<(Quotation Quotation, Attribution? Speaker)> spoken, TextSpan span)
    {
        var (first, last) = SortedSpans.Overlapping(spoken, static q => q.Quotation.Span, span);
        for (var k = first; k <= last; k++)
        {
            if (!spoken[k].Quotation.IsName)
            {
                return spoken[k].Speaker;
            }
        }
        return null;
    }

    /// <summary>Whether any of the quotations is someone's words rather than a quoted title or name.</summary>
    private static bool QuotesWords(ImmutableArray<Quotation> quotations)
    {
        foreach (var quotation in quotations)
        {
            if (!quotation.IsName)
            {
                return true;
            }
        }
        return false;
    }

    private static ImmutableArray<Quotation> Overlapping(ImmutableArray<Quotation> quotations, TextSpan span)
    {
        var (first, last) = SortedSpans.Overlapping(quotations, static q => q.Span, span);
        return first > last ? [] : quotations.Slice(first, last - first + 1);
    }

    private static Attribution Resolve(Attribution attribution, ref Source? lastSource)
    {
        if (attribution.Source is not { } source)
        {
            return attribution;
        }
        if (source.Kind == SourceKind.Pronoun)
        {
            if (lastSource is not null)
            {
                source = source with { Antecedent = lastSource };
            }
            return attribution with { Source = source };
        }
        if (source.Kind is SourceKind.Named or SourceKind.Described or SourceKind.Anonymous)
        {
            lastSource = source;
        }
        return attribution;
    }

    /// <summary>
    /// The publisher is a first-hand source: front matter <c>publisher:</c>, or a credit such as
    /// "- Sputnik International, 1920, 04.01.2022" at the end of a caption or credit line.
    /// </summary>
    internal static string? FindPublisher(ArticleSyntaxTree syntax)
    {
        if (syntax.FrontMatter.TryGetValue("publisher", out var value) && value is string named && named.Length > 0)
        {
            return named;
        }
        foreach (var block in syntax.Blocks)
        {
            if (block.Kind is not (BlockKind.Caption or BlockKind.Credit))
            {
                continue;
            }
            var text = block.Text;
            var dash = text.LastIndexOf(" - ", StringComparison.Ordinal);
            if (dash < 0)
            {
                continue;
            }
            var credit = text[(dash + 3)..];
            var comma = credit.IndexOf(',');
            var name = (comma < 0 ? credit : credit[..comma]).Trim();
            if (name.Length > 0 && char.IsUpper(name[0]) && name.Split(' ').Length <= 4)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>Asked only once a sentence is mostly in another script: most articles never count their letters.</summary>
    private static bool IsLatinArticle(ArticleSyntaxTree syntax)
    {
        int latin = 0, other = 0;
        foreach (var block in syntax.Blocks)
        {
            foreach (var c in block.Text)
            {
                if (!char.IsLetter(c))
                {
                    continue;
                }
                if (c < 0x250) latin++;
                else other++;
            }
            if (latin + other > 4000)
            {
                break;
            }
        }
        return latin >= other;
    }
}
