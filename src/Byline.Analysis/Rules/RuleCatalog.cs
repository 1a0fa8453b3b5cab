using System.Collections.Immutable;

namespace Byline.Analysis.Rules;

/// <summary>Every rule Byline knows, in id order. Ids are stable: a retired rule's id is never reused.</summary>
public static class RuleCatalog
{
    public static ImmutableArray<IRule> Rules { get; } =
    [
        new UnattributedClaim(),
        new VagueAttribution(),
        new AnonymousSource(),
        new UnattributedQuote(),
        new LoadedReportingVerb(),
        new SecondhandSourcing(),
        new MismatchedQuotes(),
        new RepeatedWord(),
        new LeftoverBoilerplate(),
        new UndefinedAcronym(),
        new FirstReference(),
        new InconsistentSpelling(),
    ];

    public static ImmutableArray<RuleDescriptor> Descriptors { get; } =
        [.. Rules.Select(r => r.Descriptor), .. FileProblems.All];

    public static RuleDescriptor? Find(string id) =>
        Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Problems with the file itself rather than its prose. They share the rule machinery (id, docs page,
/// severity) so that editors and the CLI report them the same way.
/// </summary>
public static class FileProblems
{
    public static RuleDescriptor InternalError { get; } = new("BYL9000", "internal-error", Severity.Warning, "Byline failed on this article");
    public static RuleDescriptor BinaryFile { get; } = new("BYL9001", "binary-file", Severity.Warning, "File is not text");
    public static RuleDescriptor InvalidUtf8 { get; } = new("BYL9002", "invalid-utf8", Severity.Warning, "File is not valid UTF-8");
    public static RuleDescriptor InvalidFrontMatter { get; } = new("BYL9003", "invalid-front-matter", Severity.Error, "Front matter is not valid YAML");
    public static RuleDescriptor InvalidConfiguration { get; } = new("BYL9004", "invalid-configuration", Severity.Error, "Configuration file is not valid");
    public static RuleDescriptor FileTooLarge { get; } = new("BYL9005", "file-too-large", Severity.Information, "File is too large to analyse");

    public static RuleDescriptor SuppressionWithoutReason { get; } = new("BYL9006", "suppression-without-reason", Severity.Information, "Suppression without a reason");

    public static RuleDescriptor SkippedFile { get; } = new("BYL9007", "skipped-file", Severity.Warning, "File or folder was not read");

    public static ImmutableArray<RuleDescriptor> All { get; } = [InternalError, BinaryFile, InvalidUtf8, InvalidFrontMatter, InvalidConfiguration, FileTooLarge, SuppressionWithoutReason, SkippedFile];
}
