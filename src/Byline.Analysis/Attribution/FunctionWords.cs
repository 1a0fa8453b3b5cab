using System.Collections.Frozen;

namespace Byline.Analysis.Attribution;

/// <summary>
/// The closed-class words of English that the attribution reader consults, from <c>Data/attribution.yaml</c>: a small
/// grammar's worth of auxiliaries, pronouns, determiners and conjunctions, apart from the open lists of cues.
/// <see cref="AttributionLexicon"/> exposes each set under its own name.
/// </summary>
public sealed class FunctionWords
{
    public required FrozenSet<string> Auxiliaries { get; init; }
    public required FrozenSet<string> BeForms { get; init; }
    public required FrozenSet<string> PerfectAuxiliaries { get; init; }
    public required FrozenSet<string> ModalVerbs { get; init; }
    public required FrozenSet<string> Determiners { get; init; }
    public required FrozenSet<string> ClauseBoundaries { get; init; }
    public required FrozenSet<string> CoordinatingConjunctions { get; init; }
    public required FrozenSet<string> Pronouns { get; init; }
    public required FrozenSet<string> IntensivePronouns { get; init; }
    public required FrozenSet<string> ObjectPronouns { get; init; }
    public required FrozenSet<string> SubjectOnlyPronouns { get; init; }
    public required FrozenSet<string> TaggedRelativePronouns { get; init; }
}
