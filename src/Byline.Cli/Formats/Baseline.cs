using System.Text.Json;
using Byline.Workspace.Files;

namespace Byline.Cli.Formats;

/// <summary>
/// The findings of an earlier SARIF run (<c>check --baseline old.sarif</c>): a finding of the same rule in the same
/// file with the same fingerprint is not new, so a desk can adopt Byline on an archive and fail only on new copy.
/// </summary>
public sealed class Baseline
{
    private readonly HashSet<string> _known;

    private Baseline(HashSet<string> known) => _known = known;

    public int Count => _known.Count;

    public bool Contains(string path, CheckedFinding finding) =>
        _known.Contains(Key(SarifFormat.ArtifactUri(path).Uri, finding.Code, finding.Fingerprint));

    /// <summary>Reads a SARIF file written by <c>byline check --format sarif</c>; throws <see cref="FormatException"/> when it is not one.</summary>
    public static Baseline Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(BoundedFile.ReadNamedBytes(path, ReadLimit.Data));
            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var results))
                {
                    continue;
                }
                foreach (var result in results.EnumerateArray())
                {
                    if (result.TryGetProperty("baselineState", out var state) && state.GetString() == "absent")
                    {
                        continue;
                    }
                    var uri = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
                    var fingerprint = result.TryGetProperty("partialFingerprints", out var prints) && prints.TryGetProperty(SarifFormat.FingerprintKey, out var print)
                        ? print.GetString() : null;
                    known.Add(Key(uri, result.GetProperty("ruleId").GetString(), fingerprint));
                }
            }
            return new Baseline(known);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new FormatException($"{path} is not a SARIF file written by 'byline check --format sarif': {e.Message}", e);
        }
    }

    private static string Key(string? uri, string? ruleId, string? fingerprint) => $"{uri}\n{ruleId}\n{fingerprint}";
}
