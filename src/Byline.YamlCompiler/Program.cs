using System.IO.Compression;
using Byline.Syntax;

// Usage: Byline.YamlCompiler INPUT.yaml OUTPUT.compiled [INPUT OUTPUT ...]
//        Byline.YamlCompiler --decompress INPUT.bin OUTPUT [INPUT OUTPUT ...]   (Brotli data embedded decompressed)
var decompress = args.FirstOrDefault() == "--decompress";
if (decompress)
{
    args = args[1..];
}
if (args.Length == 0 || args.Length % 2 != 0)
{
    Console.Error.WriteLine("usage: Byline.YamlCompiler [--decompress] INPUT OUTPUT [INPUT OUTPUT ...]");
    return 2;
}
if (decompress)
{
    for (var i = 0; i < args.Length; i += 2)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[i + 1]))!);
        using var input = File.OpenRead(args[i]);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = File.Create(args[i + 1]);
        brotli.CopyTo(output);
    }
    return 0;
}
for (var i = 0; i < args.Length; i += 2)
{
    var (input, output) = (args[i], args[i + 1]);
    byte[] compiled;
    try
    {
        using var reader = new StreamReader(input);
        compiled = CompiledYaml.Compile(reader);
    }
    catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidDataException or IOException)
    {
        Console.Error.WriteLine($"{input}: error BYLYAML: {e.Message}");
        return 1;
    }
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    File.WriteAllBytes(output, compiled);
}
return 0;
