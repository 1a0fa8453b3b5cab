using Byline.Analysis.Attribution;

namespace Byline.LanguageServer.Handlers.Sourcing;

/// <summary>How the editor features name the attribution model's values (outline details, hovers, the code lens).</summary>
internal static class SourcingWords
{
    public static string Status(SourcingStatus status) => status switch
    {
        SourcingStatus.Attributed => "attributed",
        SourcingStatus.Carried => "attributed (carried over)",
        SourcingStatus.Vague => "vague sourcing",
        SourcingStatus.Unattributed => "unattributed",
        _ => "not a claim",
    };

    public static string Kind(SourceKind kind) => kind switch
    {
        SourceKind.Named => "named",
        SourceKind.Described => "described by role",
        SourceKind.Outlet => "news outlet",
        SourceKind.Document => "document or data",
        SourceKind.Pronoun => "pronoun",
        SourceKind.Anonymous => "anonymous",
        _ => "vague",
    };

    public static string Cue(CueKind kind) => kind switch
    {
        CueKind.Speech => "speech",
        CueKind.Cognition => "belief",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
