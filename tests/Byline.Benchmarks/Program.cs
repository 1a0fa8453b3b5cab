using BenchmarkDotNet.Running;
using Byline.Benchmarks;

// `-- bench`: the quick Stopwatch table (well under a minute). Anything else goes to BenchmarkDotNet,
// e.g. `-- --filter '*' --job short`.
if (args.Length > 0 && args[0] == "keystroke")
{
    return KeystrokeProfile.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "throughput")
{
    return ThroughputProfile.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "memory")
{
    return MemoryProfile.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "tagger")
{
    return TaggerCost.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "bench")
{
    return QuickBench.Run(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Inputs).Assembly).Run(args, BenchmarkConfig.Create());
return 0;
