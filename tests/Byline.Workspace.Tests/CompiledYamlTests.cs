using System.Reflection;
using Byline.Analysis;
using Byline.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Byline.Workspace.Tests;

/// <summary>
/// The built-in data is read from its compiled form (<see cref="CompiledYaml"/>): every embedded YAML file must
/// have one, made from that very YAML, and reading it must give the nodes YamlDotNet gives for the YAML.
/// </summary>
public class CompiledYamlTests
{
    private static readonly Assembly[] DataAssemblies =
        [typeof(CompiledYaml).Assembly, typeof(Byline.Language.PartOfSpeechTagger).Assembly, typeof(EmbeddedData).Assembly, typeof(ArticleFileDefaults).Assembly];

    private static IEnumerable<TestCaseData> YamlResources() =>
        DataAssemblies.SelectMany(assembly => assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(name => new TestCaseData(assembly, name).SetArgDisplayNames(name)));

    [Test]
    public void Every_data_assembly_embeds_yaml()
    {
        Assert.That(YamlResources().Count(), Is.GreaterThanOrEqualTo(8));
    }

    [TestCaseSource(nameof(YamlResources))]
    public void The_compiled_form_is_what_the_yaml_compiles_to_and_reads_back_as_the_yaml(Assembly assembly, string name)
    {
        var yaml = YamlText(assembly, name);
        using var compiled = assembly.GetManifestResourceStream(name + CompiledYaml.Suffix);
        Assert.That(compiled, Is.Not.Null, $"{name} has no compiled form");
        var embedded = new byte[compiled!.Length];
        compiled.ReadExactly(embedded);

        Assert.That(embedded, Is.EqualTo(CompiledYaml.Compile(new StringReader(yaml))), "the compiled resource is stale or not deterministic");
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        AssertSame(CompiledYaml.Read(embedded), stream.Documents[0].RootNode, "$");
    }

    [Test]
    public void Scalars_keep_their_style_so_quoted_and_plain_nulls_differ()
    {
        const string yaml = "a: ~\nb: '~'\nc: [x, \"y\", {d: ''}]\nlong: |\n  two\n  lines\n";
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var read = CompiledYaml.Read(CompiledYaml.Compile(new StringReader(yaml)));
        AssertSame(read, stream.Documents[0].RootNode, "$");
        var map = (YamlMappingNode)read!;
        Assert.That((((YamlScalarNode)map["a"]).Style, ((YamlScalarNode)map["b"]).Style), Is.EqualTo((ScalarStyle.Plain, ScalarStyle.SingleQuoted)));
    }

    [Test]
    public void Plain_values_as_written_keep_a_word_list_s_null_like_words()
    {
        var compiled = CompiledYaml.Compile(new StringReader("words: [void, null, ~, '']\n"));

        var asWritten = (Dictionary<string, object?>)CompiledYaml.ReadValues(compiled, scalarsAsWritten: true)!;
        var untyped = (Dictionary<string, object?>)CompiledYaml.ReadValues(compiled)!;

        Assert.That((List<object?>)asWritten["words"]!, Is.EqualTo(new object?[] { "void", "null", "~", "" }));
        Assert.That((List<object?>)untyped["words"]!, Is.EqualTo(new object?[] { "void", null, null, "" }));
    }

    [Test]
    public void Rows_hold_each_record_s_fields_in_order_and_skip_everything_else()
    {
        const string yaml = "before: {a: [1, 2]}\nitems:\n  - {name: pier, size: '3', extra: [x, {y: z}]}\n  - plain\n"
            + "  - {size: ~, name: quay, nested: {name: no}}\n  - {other: 1}\nafter: [name]\n";
        var rows = CompiledYaml.ReadRows(CompiledYaml.Compile(new StringReader(yaml)), "items", "name", "size");

        Assert.That(rows, Is.EqualTo(new[] { new string?[] { "pier", "3" }, ["quay", "~"], [null, null] }));
        Assert.That(CompiledYaml.ReadRows(CompiledYaml.Compile(new StringReader(yaml)), "missing", "name"), Is.Empty);
    }

    [Test]
    public void Rows_of_the_party_verbs_are_their_plain_values()
    {
        const string resource = "Byline.Analysis.Data.party-verbs.yaml";
        string[] fields = ["lemma", "pos", "class", "senses", "of"];
        var values = (Dictionary<string, object?>)CompiledYaml.LoadValues(typeof(EmbeddedData).Assembly, resource, scalarsAsWritten: true)!;
        var expected = ((List<object?>)values["cues"]!).Cast<Dictionary<string, object?>>()
            .Select(entry => fields.Select(field => entry.GetValueOrDefault(field) as string).ToArray()).ToList();

        var rows = CompiledYaml.LoadRows(typeof(EmbeddedData).Assembly, resource, "cues", fields);

        Assert.That(rows, Has.Count.GreaterThan(1000));
        Assert.That(rows, Is.EqualTo(expected));
    }

    [Test]
    public void An_empty_file_has_no_document()
    {
        Assert.That(CompiledYaml.Read(CompiledYaml.Compile(new StringReader("# only a comment\n"))), Is.Null);
    }

    private static string YamlText(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        return new StreamReader(stream).ReadToEnd();
    }

    private static void AssertSame(YamlNode? actual, YamlNode expected, string path)
    {
        Assert.That(actual?.NodeType, Is.EqualTo(expected.NodeType), path);
        switch (expected)
        {
            case YamlScalarNode scalar:
                var read = (YamlScalarNode)actual!;
                Assert.That((read.Value, read.Style), Is.EqualTo((scalar.Value ?? "", scalar.Style)), path);
                break;
            case YamlSequenceNode sequence:
                var items = ((YamlSequenceNode)actual!).Children;
                Assert.That(items, Has.Count.EqualTo(sequence.Children.Count), path);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertSame(items[i], sequence.Children[i], $"{path}[{i}]");
                }
                break;
            case YamlMappingNode mapping:
                var pairs = ((YamlMappingNode)actual!).Children.ToList();
                var expectedPairs = mapping.Children.ToList();
                Assert.That(pairs, Has.Count.EqualTo(expectedPairs.Count), path);
                for (var i = 0; i < pairs.Count; i++)
                {
                    AssertSame(pairs[i].Key, expectedPairs[i].Key, $"{path}.key{i}");
                    AssertSame(pairs[i].Value, expectedPairs[i].Value, $"{path}.{expectedPairs[i].Key}");
                }
                break;
        }
    }
}
