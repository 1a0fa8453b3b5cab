using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;
using Byline.Analysis.Rules;
using Byline.Syntax;

namespace Byline.Analysis;

/// <summary>What the rules may be told by configuration: per-rule severity or off.</summary>
public sealed record AnalyzerOptions
{
    public static AnalyzerOptions Default { get; } = new();

    /// <summary>Rule id → severity; a null value turns the rule off.</summary>
    public ImmutableDictionary<string, Severity?> RuleSeverities { get; init; } =
        ImmutableDictionary<string, Severity?>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>News outlets from .byline.yaml on top of the built-in list (BYL0006 reports relaying them).</summary>
    public ImmutableArray<string> ExtraOutlets { get; init; } = [];

    /// <summary>The knowledge base for entities: the built-in one (null) or a workspace layer over it.</summary>
    public KnowledgeBase? KnowledgeBase { get; init; }

    /// <summary>The workspace's own outlet (<c>publisher:</c>): its reporting is first-hand, not secondhand.</summary>
    public string? Publisher { get; init; }

    /// <summary>
    /// Whether BYL0001 findings get their focus (the claim's head). Finding it tags each sentence the rule reports,
    /// and no span, message, fix or fingerprint depends on it, so a caller that shows no focus turns it off
    /// (<c>byline check</c>'s text output).
    /// </summary>
    public bool ClaimHeads { get; init; } = true;

    /// <summary>
    /// Whether BYL0001 findings carry their quick fix (an attribution placeholder before the sentence's closing
    /// punctuation). The rule reports most sentences of a folder, and no span, message or fingerprint depends on the
    /// fix, so a caller that shows no fixes turns it off (<c>byline check</c>'s text output): its objects (and the scan
    /// for where to insert) were ~2 % of such a check's allocation and processor time.
    /// </summary>
    public bool ClaimFixes { get; init; } = true;

    /// <summary>
    /// Whether nothing reads the analysis' block results once it is done and no later analysis takes them over (a
    /// command-line check analyses each article once): the blocks' readings of their words then go into one buffer per
    /// thread (<see cref="BlockWordBuffer"/>) instead of new arrays. Findings are the same either way.
    /// </summary>
    public bool SoleAnalysis { get; init; }

    /// <summary>
    /// The least severe level the caller reports (<c>byline check --severity</c>), when it reads nothing of the analysis
    /// but those findings; null (the editor, <c>analyze</c>) for every finding and the whole model. A rule whose findings
    /// cannot reach the level (its severity is below it; a demoted finding only goes lower) is not run, and with no
    /// entity rule left the entity model is made on first use instead of in the analysis (<see cref="ArticleModel.Entities"/>).
    /// </summary>
    public Severity? LeastReported { get; init; }

    /// <summary>The severity a rule reports at, or null when it is off.</summary>
    public Severity? SeverityOf(RuleDescriptor rule) =>
        RuleSeverities.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity;

    /// <summary>The severity a rule reports at when the analysis runs it: null when it is off or its findings would not be read (<see cref="LeastReported"/>).</summary>
    public Severity? RunningSeverityOf(RuleDescriptor rule) =>
        SeverityOf(rule) is { } severity && (LeastReported is not { } least || severity <= least) ? severity : null;
}

/// <summary>What rules read: the syntax tree and the semantic model built from it.</summary>
public sealed class ArticleModel(ArticleSyntaxTree syntax, ArticleSourcing sourcing, AnalyzerOptions? options = null, ArticleEntities? entities = null, BlockResultTable? blocks = null)
{
    private readonly ArticleEntities _entities = entities ?? ArticleEntities.Empty;

    // The entity model when the analysis left it to be made on first use (see AnalyzerOptions.LeastReported).
    private Lazy<ArticleEntities>? _entitiesOnDemand;

    public ArticleSyntaxTree Syntax { get; } = syntax;

    /// <summary>The analysis' side table of per-block results (a fresh one when none is given).</summary>
    public BlockResultTable Blocks { get; } = blocks ?? BlockResultTable.For(syntax);

    /// <summary>The configuration the article is analysed with (word lists, publisher).</summary>
    public AnalyzerOptions Options { get; } = options ?? AnalyzerOptions.Default;

    /// <summary>Who said what: attributions and each sentence's sourcing status.</summary>
    public ArticleSourcing Sourcing { get; } = sourcing;

    /// <summary>The people, organisations, places and other names the article mentions.</summary>
    public ArticleEntities Entities => _entitiesOnDemand?.Value ?? _entities;

    private ArticleDescriptions? _descriptions;

    /// <summary>
    /// The descriptions that refer to parties without naming them ("the ministry") and the pronouns that refer to a
    /// named entity ("he", "its"), each linked to the entity it is thought to refer to. Found on first request (hover, references, the outline), not by every analysis: checking
    /// copy needs none of them.
    /// </summary>
    public ArticleDescriptions Descriptions => LazyInitializer.EnsureInitialized(ref _descriptions, () => new ArticleDescriptions(Syntax, Entities, Sourcing));

    /// <summary>
    /// A model whose entities are made when first asked for (the rules that read them did not run): from the table's
    /// block candidates, scanned then if the analysis did not scan them, and linked as the analysis would have linked them.
    /// A failure leaves no entities (the analysis, which would have reported it, is over).
    /// </summary>
    internal static ArticleModel WithEntitiesOnDemand(ArticleSyntaxTree syntax, ArticleSourcing sourcing, AnalyzerOptions options, BlockResultTable blocks)
    {
        var model = new ArticleModel(syntax, sourcing, options, null, blocks);
        model._entitiesOnDemand = new(() =>
        {
            try
            {
                return EntityAnalyzer.Analyze(syntax, options.KnowledgeBase, blocks);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return ArticleEntities.Empty;
            }
        });
        return model;
    }
}

/// <summary>The semantic model of one article and the findings of all rules on it.</summary>
public sealed class ArticleAnalysis(ArticleModel model, PlacedFindings placed)
{
    public ArticleAnalysis(ArticleModel model, ImmutableArray<Finding> findings) : this(model, PlacedFindings.Of(findings))
    {
    }

    public ArticleModel Model { get; } = model;

    public ArticleSyntaxTree Syntax => Model.Syntax;

    public ArticleSourcing Sourcing => Model.Sourcing;

    public ArticleEntities Entities => Model.Entities;

    /// <summary>The descriptions that refer to parties without naming them, found on first request.</summary>
    public ArticleDescriptions Descriptions => Model.Descriptions;

    /// <summary>The per-block results this analysis kept; the next analysis of the same document starts from them.</summary>
    public BlockResultTable BlockResults => Model.Blocks;

    /// <summary>Findings of all enabled rules, sorted by position then rule id.</summary>
    public ImmutableArray<Finding> Findings => Placed.Findings;

    /// <summary>
    /// <see cref="Findings"/> as kept: those an edit moved are the previous analysis' objects with a lag, placed only
    /// when read through <see cref="Findings"/> (a keystroke's report reads them through their lags).
    /// </summary>
    public PlacedFindings Placed { get; } = placed;
}

/// <summary>Runs every rule over a syntax tree. A pure function of its inputs.</summary>
public static class ArticleAnalyzer
{
    /// <summary>
    /// Drops what analyses keep between documents only to save work (each thread's spelling table); results do not
    /// change. For a process that has gone idle (the server's idle trim) and wants its memory back.
    /// </summary>
    public static void ReleaseCaches() => Attribution.SentenceWords.ForgetSpellings();

    /// <summary>
    /// Starts reading the built-in knowledge base, word lists and tagger weights, once per process; otherwise each
    /// is read on first use, inside the first analysis. The language server calls this once it listens, so the first
    /// document opened does not wait for it. Threads of their own share the work (not the thread pool: on two cores
    /// its threads are few, and a pool thread blocked on a load would keep the first request waiting): the tagger and
    /// then the knowledge base, the largest, on one; the parser (its word lists and line patterns, which a document's
    /// opening needs first) and the other lists on another.
    /// </summary>
    /// <param name="batch">
    /// A command that has nothing to do but wait for the preload (<c>byline check</c>): the tagger and the knowledge
    /// base each get a thread (one after the other they are the start's longest path, and the other thread's lists are
    /// done long before). The tagger's
    /// weights are read in place, so its thread also reads WordNet's names, which otherwise made the lists' thread
    /// the longest: the three then take about the same processor time. A server keeps two threads: a third, on two
    /// cores, delays its answer to <c>initialize</c>, which runs meanwhile. The first caller decides.
    /// </param>
    /// <param name="entities">
    /// False when the caller's analyses will likely not link entities (a check that reports no entity rule, see
    /// <see cref="AnalyzerOptions.LeastReported"/>): the knowledge base and the name lists are then not preloaded, and
    /// an analysis that needs them after all reads them on first use. The first caller decides.
    /// </param>
    /// <returns>A task that completes when everything is loaded.</returns>
    public static Task Preload(bool batch = false, bool entities = true)
    {
        if (batch)
        {
            Volatile.Write(ref _batch, true);
        }
        if (!entities)
        {
            Volatile.Write(ref _noEntities, true);
        }
        return Preloading.Value;
    }

    private static readonly Lazy<Task> Preloading = new(StartPreload);
    private static bool _batch;
    private static bool _noEntities;

    private static Task StartPreload()
    {
        var batch = Volatile.Read(ref _batch);
        var entities = !Volatile.Read(ref _noEntities);
        var tagger = OnThreadOfItsOwn(batch ? "preload: tagger and WordNet's names" : "preload: tagger and knowledge base", () =>
        {
            // The tagger first: BYL0001 tags the sentences it reports (to find the claim's head), so the first
            // analysis needs it, and on this thread it loads while the other builds the parser's and the rules' lists.
            _ = Byline.Language.PartOfSpeechTagger.Default;
            if (!batch)
            {
                _ = KnowledgeBase.Builtin;
            }
            else if (entities)
            {
                NameGazetteer.Default.Load();
            }
        });
        var knowledgeBase = batch && entities ? OnThreadOfItsOwn("preload: knowledge base", () => _ = KnowledgeBase.Builtin) : Task.CompletedTask;
        return OnThreadOfItsOwn("preload (background)", () =>
        {
            using (Byline.Text.PhaseTimer.Once("preload: the parser's word lists and line patterns"))
            {
                ArticleSyntaxTree.Parse(Byline.Text.ArticleText.From(PreloadSample), ArticleFormat.PlainText);
            }
            _ = AttributionLexicon.Instance;
            _ = EntityWords.Default;
            if (!batch)
            {
                NameGazetteer.Default.Load(); // names the knowledge base does not hold; else it loads inside the first analysis
            }
            // Read on first use, which most articles reach: else inside the first analysis (a server's first answer,
            // a command's checking thread).
            if (entities)
            {
                CommonWords.Default.Load();
                OrganisationNames.Default.Load();
            }
            tagger.Wait();
            knowledgeBase.Wait();
            Analyze(ArticleSyntaxTree.Parse(Byline.Text.ArticleText.From(string.Empty), ArticleFormat.PlainText), entities ? null : LeastReportedWithoutEntities);
        });
    }

    private static Task OnThreadOfItsOwn(string phaseName, Action load)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                using var phase = Byline.Text.PhaseTimer.Once(phaseName);
                load();
                done.SetResult();
            }
            catch (Exception e)
            {
                // The same load fails again, and is reported, where an analysis needs it.
                done.SetException(e);
            }
        })
        { IsBackground = true, Name = phaseName };
        thread.Start();
        return done.Task;
    }

    // The preload's own analysis of an empty text when entities are not preloaded: one that links none.
    private static readonly AnalyzerOptions LeastReportedWithoutEntities = new() { LeastReported = Severity.Warning };

    // Lines of the shapes the line classifier tells apart (headline, dateline, body, credit), so that its patterns
    // are built during the preload rather than inside the first document's parse.
    private const string PreloadSample = "Headline\n\nBy A Writer\n\nLONDON, Monday - The text.\n\nPhoto: Agency\n";

    /// <param name="previous">
    /// An earlier analysis of the same document (before an edit): the block results of the nodes the
    /// incremental parser reused are taken over from it. Never an analysis of another document.
    /// </param>
    /// <param name="cancellationToken">
    /// Stops the analysis between blocks and between rules (a newer edit made it stale): throws
    /// <see cref="OperationCanceledException"/>, and <paramref name="previous"/> stays as good a start as before.
    /// </param>
    public static ArticleAnalysis Analyze(ArticleSyntaxTree syntax, AnalyzerOptions? options = null, ArticleAnalysis? previous = null,
        CancellationToken cancellationToken = default)
    {
        options ??= AnalyzerOptions.Default;
        if (!options.SoleAnalysis)
        {
            return AnalyzeWith(syntax, options, previous, cancellationToken);
        }
        using var buffer = BlockWordBuffer.Open();
        return AnalyzeWith(syntax, options, previous, cancellationToken);
    }

    private static ArticleAnalysis AnalyzeWith(ArticleSyntaxTree syntax, AnalyzerOptions options, ArticleAnalysis? previous, CancellationToken cancellationToken)
    {
        var blocks = BlockResultTable.For(syntax, previous?.BlockResults, cancellationToken);
        // Made at the previous analysis' count: a keystroke seldom changes it, and then the builder neither grows
        // (copying itself at every doubling) nor is copied to its exact size at the end.
        var findings = ImmutableArray.CreateBuilder<Finding>(previous?.Placed.Length ?? 0);
        var entities = RunsEntityRule(options);
        // An editor's first analysis of a long article: a second thread reads blocks from the end meanwhile (a command
        // that checks many articles keeps both processors busy with articles already).
        var prefetch = previous is null && !options.SoleAnalysis ? BlockPrefetch.Start(syntax, blocks, entities, options.KnowledgeBase) : null;
        ArticleModel model;
        try
        {
            var sourcing = LinkSourcing(syntax, options, blocks, findings);
            model = entities ? new ArticleModel(syntax, sourcing, options, LinkEntities(syntax, options, blocks, findings), blocks)
                : ArticleModel.WithEntitiesOnDemand(syntax, sourcing, options, blocks);
        }
        finally
        {
            prefetch?.Stop();
        }
        blocks.ForgetPrevious();
        var lags = new GatheredLags();
        try
        {
            RunRules(model, PreviousFindings.Of(model, previous), findings, lags, cancellationToken);
        }
        finally
        {
            blocks.ReleaseWords();
        }
        blocks.StopCancellation();
        return new ArticleAnalysis(model, FindingSort.Placed(findings, lags.Of(findings.Count)));
    }

    private static ArticleSourcing LinkSourcing(ArticleSyntaxTree syntax, AnalyzerOptions options, BlockResultTable blocks, ImmutableArray<Finding>.Builder findings)
    {
        ArticleSourcing sourcing;
        try
        {
            sourcing = SourcingLinker.Link(syntax, blocks);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            sourcing = ArticleSourcing.Empty;
            findings.Add(InternalError("attribution analysis", e));
        }
        return sourcing.Publisher is null && options.Publisher is { Length: > 0 } configured ? sourcing with { Publisher = configured } : sourcing;
    }

    private static ArticleEntities LinkEntities(ArticleSyntaxTree syntax, AnalyzerOptions options, BlockResultTable blocks, ImmutableArray<Finding>.Builder findings)
    {
        try
        {
            return EntityAnalyzer.Analyze(syntax, options.KnowledgeBase, blocks);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            findings.Add(InternalError("entity analysis", e));
            return ArticleEntities.Empty;
        }
    }

    /// <summary>
    /// Whether an entity rule runs, so that the analysis links the entities (the editor's analysis always does: its
    /// hovers, outline and references read them). A check that reports no entity rule's findings leaves them to be
    /// made on first use: the scan and linking were a third of its processor time, for findings it did not show.
    /// </summary>
    private static bool RunsEntityRule(AnalyzerOptions options)
    {
        if (options.LeastReported is null)
        {
            return true;
        }
        foreach (var rule in RuleCatalog.Rules)
        {
            if (rule is IEntityRule && options.RunningSeverityOf(rule.Descriptor) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static void RunRules(ArticleModel model, PreviousFindings? previous, ImmutableArray<Finding>.Builder findings, GatheredLags lags,
        CancellationToken cancellationToken)
    {
        var rules = RuleCatalog.Rules;
        var kept = new KeptFindings?[rules.Length];
        for (var r = 0; r < rules.Length; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rule = rules[r];
            var severity = model.Options.RunningSeverityOf(rule.Descriptor);
            if (severity is null)
            {
                continue;
            }
            try
            {
                var ruleLags = FindingLags.None;
                var k = 0;
                foreach (var finding in Findings(rule, r, model, previous, kept, ref ruleLags))
                {
                    var level = finding.Demoted && severity.Value < Severity.Information ? Severity.Information : severity.Value;
                    // Most findings already carry the severity they are reported at: no copy of each on every keystroke.
                    lags.Set(findings.Count, ruleLags.At(k++));
                    findings.Add(finding.Severity == level ? finding : finding with { Severity = level });
                }
                if (kept[r]?.Failure is { } failure)
                {
                    // The sentences that did not throw keep their findings; the rule is read whole again after the next edit.
                    kept[r] = null;
                    findings.Add(InternalError(rule.Descriptor.Id, failure));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in one rule must not take the others, or the editor, down with it.
                kept[r] = null;
                findings.Add(InternalError(rule.Descriptor.Id, e));
            }
        }
        model.Blocks.RuleFindings = kept;
    }

    /// <summary>
    /// A rule's findings. A sourcing rule's are made sentence by sentence, the sentences before the edit keeping the
    /// previous analysis' findings; a block rule's blocks shared with the previous tree keep (or move) theirs; an entity
    /// rule reads the entities alone, so when they were taken over its previous findings are moved across the edit. All are kept (<paramref name="kept"/>) for the next edit.
    /// </summary>
    /// <param name="lags">Set to how far each kept finding lies from where it was made.</param>
    private static IEnumerable<Finding> Findings(IRule rule, int index, ArticleModel model, PreviousFindings? previous, KeptFindings?[] kept,
        ref FindingLags lags)
    {
        var found = rule switch
        {
            SourcingRule sourcing => sourcing.AnalyzeFrom(model, previous?.FirstSentence ?? 0, previous?[index], previous?.Tail),
            // The side table's shared ends are counted from the previous analysis' tree, whose findings these are.
            IBlockRule block => BlockRuleFindings.Analyze(block, model, previous?.BlockFindings(index)),
            IEntityRule => previous?.MovedEntityFindings(index) ?? new KeptFindings([.. rule.Analyze(model)], []),
            _ => null,
        };
        if (found is null)
        {
            return rule.Analyze(model);
        }
        lags = found.Lags;
        return (kept[index] = found).Findings;
    }

    private static Finding InternalError(string where, Exception e) =>
        new(FileProblems.InternalError, FileProblems.InternalError.DefaultSeverity, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0),
            $"Byline failed in {where} ({e.GetType().Name}: {e.Message}); other findings are still shown. Please report this with the article.");
}
