namespace Byline.Evaluation;

/// <summary>
/// <c>dotnet run --project tests/Byline.Evaluation -c Release -- &lt;suite&gt; [options]</c>. Each suite reads
/// its corpus from a local folder given on the command line; the corpora are never committed.
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, (string Usage, Func<string[], int> Run)> Suites = new(StringComparer.OrdinalIgnoreCase);

    public static void Register(string name, string usage, Func<string[], int> run) => Suites[name] = (usage, run);

    public static int Main(string[] args)
    {
        SuiteRegistry.RegisterAll();
        if (args.Length == 0 || !Suites.TryGetValue(args[0], out var suite))
        {
            Console.Error.WriteLine("usage: Byline.Evaluation <suite> [options]");
            foreach (var (name, (usage, _)) in Suites.OrderBy(s => s.Key))
            {
                Console.Error.WriteLine($"  {name} {usage}");
            }
            return 2;
        }
        return suite.Run(args[1..]);
    }
}
