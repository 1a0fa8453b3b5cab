using Byline.Syntax;

// Usage: Byline.YamlCompiler INPUT.yaml OUTPUT.compiled [INPUT OUTPUT ...]
//        Byline.YamlCompiler --tagger-image MODEL.bin OUTPUT [MODEL OUTPUT ...]   (the tagger's weights laid out, TaggerImage)
var taggerImage = args.FirstOrDefault() == "--tagger-image";
if (taggerImage)
{
    args = args[1..];
}
if (args.Length == 0 || args.Length % 2 != 0)
{
    Console.Error.WriteLine("usage: Byline.YamlCompiler [--tagger-image] INPUT OUTPUT [INPUT OUTPUT ...]");
    return 2;
}
if (taggerImage)
{
    for (var i = 0; i < args.Length; i += 2)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[i + 1]))!);
        using var input = File.OpenRead(args[i]);
        File.WriteAllBytes(args[i + 1], Byline.Language.TaggerImage.Write(Byline.Language.TaggerModel.Read(input)));
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
