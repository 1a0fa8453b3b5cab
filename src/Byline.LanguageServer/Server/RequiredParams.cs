using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Byline.LanguageServer.Server;

/// <summary>
/// Finds the first member that LSP requires but the client left out or sent as null. The protocol records
/// declare exactly the optional members as nullable; System.Text.Json fills a missing member with null without
/// complaint, and a handler would then fail with a NullReferenceException (-32603). Checked before dispatch,
/// this becomes -32602 (invalid params) naming the member.
/// </summary>
internal static class RequiredParams
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, bool Required)[]> Members = new();
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly Lock NullabilityGate = new();

    /// <summary>The JSON path of the first missing required member, or null when there is none.</summary>
    public static string? FindMissing(object? value, string path = "params") => value switch
    {
        null => path,
        string => null,
        Array items => FindMissingInItems(items, path),
        _ when IsProtocolRecord(value.GetType()) => FindMissingInMembers(value, path),
        _ => null,
    };

    private static string? FindMissingInItems(IEnumerable items, string path)
    {
        var index = 0;
        foreach (var item in items)
        {
            if (FindMissing(item, $"{path}[{index++}]") is { } missing)
            {
                return missing;
            }
        }
        return null;
    }

    private static string? FindMissingInMembers(object value, string path)
    {
        foreach (var (property, required) in Members.GetOrAdd(value.GetType(), Describe))
        {
            var member = property.GetValue(value);
            var memberPath = $"{path}.{JsonName(property.Name)}";
            var missing = member is null ? (required ? memberPath : null) : FindMissing(member, memberPath);
            if (missing is not null)
            {
                return missing;
            }
        }
        return null;
    }

    private static bool IsProtocolRecord(Type type) =>
        type.IsClass && type.Namespace == typeof(Protocol.Position).Namespace;

    private static (PropertyInfo, bool)[] Describe(Type type)
    {
        lock (NullabilityGate)
        {
            return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.CanWrite && !p.PropertyType.IsValueType)
                .Select(p => (p, Nullability.Create(p).ReadState == NullabilityState.NotNull))];
        }
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
