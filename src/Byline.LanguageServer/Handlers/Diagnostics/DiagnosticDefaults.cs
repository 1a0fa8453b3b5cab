using System.Collections.Frozen;
using Byline.Analysis.Rules;
using Byline.LanguageServer.Protocol;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// The severity and messages a diagnostic leaves out for a client that fills them in itself
/// (<c>initializationOptions.diagnosticDefaults: true</c>, which Byline's VS Code extension sends; the answer to
/// <c>initialize</c> names them in <c>capabilities.experimental.diagnosticDefaults</c>). Most findings of a long
/// article are warnings of a rule whose every finding has the same message (on the 1 MB bench article, 3,452 of 4,164
/// diagnostics are BYL0001's "No source backs this claim."): the same bytes on every diagnostic, which the editor
/// parses on every keystroke. A diagnostic of any other severity, or with any other message, carries its own.
/// </summary>
public static class DiagnosticDefaults
{
    /// <summary>What a diagnostic without <c>severity</c> has.</summary>
    public const DiagnosticSeverity Severity = DiagnosticSeverity.Warning;

    /// <summary>The rules that report one fixed message, by id: a diagnostic of such a rule without <c>message</c> has this one.</summary>
    public static FrozenDictionary<string, string> Messages { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [new UnattributedClaim().Descriptor.Id] = UnattributedClaim.Message,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="message"/> is the fixed message of the rule <paramref name="ruleId"/>.</summary>
    public static bool IsDefaultMessage(string ruleId, string message) =>
        Messages.TryGetValue(ruleId, out var fixedMessage) && string.Equals(fixedMessage, message, StringComparison.Ordinal);

    /// <summary>What the answer to <c>initialize</c> tells the client to fill in.</summary>
    public static DiagnosticDefaultValues Values { get; } = new((int)Severity, Messages.ToDictionary(StringComparer.Ordinal));
}
