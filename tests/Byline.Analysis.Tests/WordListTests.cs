using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;
using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;
using Byline.Syntax;
using YamlDotNet.RepresentationModel;

namespace Byline.Analysis.Tests;

/// <summary>
/// English word lists live in the YAML files of the layer that owns them, one place each: every list there loads,
/// holds words, has no duplicate and (where order carries no meaning) is sorted; no .cs file holds such a list.
/// </summary>
public class WordListTests
{
    private static readonly Assembly Syntax = typeof(ArticleSyntaxTree).Assembly;
    private static readonly Assembly Analysis = typeof(AttributionLexicon).Assembly;

    /// <summary>Lists whose order means something: calendar order, or the first match wins.</summary>
    private static readonly HashSet<string> OrderedLists = ["months", "weekdays", "month_abbreviations", "weekday_abbreviations", "credit_prefixes"];

    public static IEnumerable<TestCaseData> ListFiles() =>
    [
        new TestCaseData(Syntax, "Byline.Syntax.Data.abbreviations.yaml").SetArgDisplayNames("abbreviations"),
        new TestCaseData(Syntax, "Byline.Syntax.Data.boilerplate.yaml").SetArgDisplayNames("boilerplate"),
        new TestCaseData(Syntax, "Byline.Syntax.Data.calendar.yaml").SetArgDisplayNames("calendar"),
        new TestCaseData(Syntax, "Byline.Syntax.Data.name-parts.yaml").SetArgDisplayNames("name-parts"),
        new TestCaseData(Analysis, "Byline.Analysis.Data.attribution.yaml").SetArgDisplayNames("attribution"),
        new TestCaseData(Analysis, "Byline.Analysis.Data.repeated-words.yaml").SetArgDisplayNames("repeated-words"),
        new TestCaseData(Analysis, "Byline.Analysis.KnowledgeBase.entity-words.yaml").SetArgDisplayNames("entity-words"),
        new TestCaseData(Analysis, "Byline.Analysis.KnowledgeBase.given-names.yaml").SetArgDisplayNames("given-names"),
        new TestCaseData(Analysis, "Byline.Analysis.KnowledgeBase.wordnet-names.yaml").SetArgDisplayNames("wordnet-names"),
        new TestCaseData(Analysis, "Byline.Analysis.KnowledgeBase.common-words.yaml").SetArgDisplayNames("common-words"),
        new TestCaseData(Analysis, "Byline.Analysis.KnowledgeBase.club-names.yaml").SetArgDisplayNames("club-names"),
        new TestCaseData(Analysis, "Byline.Analysis.KnowledgeBase.brand-names.yaml").SetArgDisplayNames("brand-names"),
        new TestCaseData(Analysis, "Byline.Analysis.KnowledgeBase.entity-descriptions.yaml").SetArgDisplayNames("entity-descriptions"),
        new TestCaseData(Analysis, "Byline.Analysis.KnowledgeBase.description-heads.yaml").SetArgDisplayNames("description-heads"),
        new TestCaseData(Analysis, "Byline.Analysis.KnowledgeBase.entity-pronouns.yaml").SetArgDisplayNames("entity-pronouns"),
        new TestCaseData(Analysis, "Byline.Analysis.KnowledgeBase.given-name-genders.yaml").SetArgDisplayNames("given-name-genders"),
    ];

    [TestCaseSource(nameof(ListFiles))]
    public void Each_word_list_is_non_empty_sorted_and_free_of_duplicates(Assembly assembly, string resource)
    {
        var lists = WordLists(assembly, resource);
        Assert.That(lists, Is.Not.Empty, $"{resource} holds no word list");
        foreach (var (key, words) in lists)
        {
            Assert.That(words, Is.Not.Empty, $"{resource}: {key} is empty");
            Assert.That(words, Is.Unique, $"{resource}: {key} lists a word twice");
            Assert.That(words, Has.All.Not.Empty, $"{resource}: {key} holds an empty word");
            if (!OrderedLists.Contains(key))
            {
                Assert.That(words, Is.Ordered.Using((IComparer<string>)ListOrder.Instance), $"{resource}: {key} is not sorted (case-insensitively)");
            }
        }
    }

    /// <summary>A lexeme's roles are exactly its lower-case form's membership of the lists they stand for, whatever its case as written.</summary>
    [Test]
    public void A_lexemes_roles_are_its_membership_of_their_lists()
    {
        var lexicon = AttributionLexicon.Instance;
        (FrozenSet<string> List, WordRole Role)[] roles =
        [
            (lexicon.ModalVerbs, WordRole.ModalVerb), (lexicon.TopicPrepositions, WordRole.TopicPreposition),
            (lexicon.QuestionTopicPrepositions, WordRole.QuestionTopicPreposition), (lexicon.QuestionWords, WordRole.QuestionWord),
            (lexicon.PredicativeMarkers, WordRole.PredicativeMarker), (lexicon.ClauseComplements, WordRole.ClauseComplement),
            (lexicon.StanceNouns.Keys.ToFrozenSet(), WordRole.StanceNoun),
            (lexicon.CoordinatingConjunctions, WordRole.CoordinatingConjunction), (lexicon.NounComplementPrepositions, WordRole.NounComplementPreposition),
            (lexicon.PerfectAuxiliaries, WordRole.PerfectAuxiliary), (lexicon.InfinitiveMarkers, WordRole.InfinitiveMarker),
            (lexicon.ContentClauseConjunctions, WordRole.ContentClauseConjunction), (lexicon.TaggedRelativePronouns, WordRole.TaggedRelativePronoun),
            (lexicon.SubjectOnlyPronouns, WordRole.SubjectOnlyPronoun), (lexicon.PassiveAuxiliaries, WordRole.PassiveAuxiliary),
            (lexicon.ExperiencerParticiples, WordRole.ExperiencerParticiple), (lexicon.SpeakerPassives, WordRole.SpeakerPassive),
            (lexicon.OpenersBeforeSubject, WordRole.OpenerBeforeSubject), (lexicon.ViewpointPrepositions, WordRole.ViewpointPreposition),
            (lexicon.IntensivePronouns, WordRole.IntensivePronoun), (lexicon.CommentClauseOpeners, WordRole.CommentClauseOpener),
            (lexicon.ReportingChainEnds, WordRole.ReportingChainEnd), (lexicon.ObjectPronouns, WordRole.ObjectPronoun),
            (lexicon.StanceComplements, WordRole.StanceComplement),
        ];
        var spellings = roles.SelectMany(r => r.List).SelectMany(w => new[] { w, char.ToUpperInvariant(w[0]) + w[1..] }).Append("harbour").Append("Levy").Distinct();
        foreach (var spelling in spellings)
        {
            var lexeme = SentenceWords.LexemeOf(spelling, TokenKind.Word);
            foreach (var (list, role) in roles)
            {
                Assert.That(lexeme.Roles.HasFlag(role), Is.EqualTo(list.Contains(lexeme.Lower)), $"{spelling}: {role}");
            }
        }
    }

    /// <summary>A naming or characterizing verb's role holds for its forms, regular and irregular, and for no other word.</summary>
    [TestCase("brand", true)]
    [TestCase("branded", true)]
    [TestCase("labeling", true)]
    [TestCase("dubs", true)]
    [TestCase("harbour", false)]
    [TestCase("levy", false)]
    public void A_naming_verbs_forms_have_its_role(string spelling, bool expected) =>
        Assert.That(SentenceWords.LexemeOf(spelling, TokenKind.Word).Roles.HasFlag(WordRole.NamingVerbForm), Is.EqualTo(expected));

    /// <summary>
    /// Each verb list's role is exactly <see cref="AttributionLexicon.IsFormOf(string, FrozenSet{string})"/> of the lexeme's
    /// lower-case form (the reader asks the role where it asked the lemmatizer), for the lists' verbs, their regular
    /// and irregular forms as written in any case, and words on none of them.
    /// </summary>
    [Test]
    public void A_lexemes_verb_roles_are_its_forms_of_their_lists()
    {
        var lexicon = AttributionLexicon.Instance;
        (FrozenSet<string> List, WordRole Role)[] roles =
        [
            (lexicon.NamingVerbs, WordRole.NamingVerb), (lexicon.CharacterizingVerbs, WordRole.CharacterizingVerb),
            (lexicon.PublishingVerbs, WordRole.PublishingVerb), (lexicon.CopularVerbs, WordRole.CopularVerb),
            (lexicon.ReceivingVerbs, WordRole.ReceivingVerb), (lexicon.LightVerbs, WordRole.LightVerb),
        ];
        string[] others = ["harbour", "levy", "ferries", "docked", "mooring", "Pier", "sailed", "skippers", "2024", "said", "told"];
        var spellings = roles.SelectMany(r => r.List)
            .SelectMany(w => new[] { w, w + "s", w + "ed", w + "d", w + "ing", char.ToUpperInvariant(w[0]) + w[1..] + "s" })
            .Concat(lexicon.IrregularForms.Keys).Concat(others).Distinct();
        var forms = 0;
        foreach (var spelling in spellings)
        {
            var lexeme = SentenceWords.LexemeOf(spelling, char.IsDigit(spelling[0]) ? TokenKind.Number : TokenKind.Word);
            foreach (var (list, role) in roles)
            {
                var isForm = lexicon.IsFormOf(lexeme.Lower, list);
                forms += isForm ? 1 : 0;
                Assert.That(lexeme.Roles.HasFlag(role), Is.EqualTo(isForm), $"{spelling}: {role}");
            }
            Assert.That(lexeme.Roles.HasFlag(WordRole.NamingVerbForm),
                Is.EqualTo(lexicon.IsFormOf(lexeme.Lower, lexicon.NamingVerbs) || lexicon.IsFormOf(lexeme.Lower, lexicon.CharacterizingVerbs)), spelling);
        }
        Assert.That(forms, Is.GreaterThan(roles.Sum(r => r.List.Count)), "the lists' regular forms were read as their verbs' forms");
    }

    /// <summary>
    /// A spelling without letters (a figure) skips the lexicon's look-ups when made into a lexeme: that holds only while
    /// no list holds such a spelling, and its lexeme is then what the look-ups would give.
    /// </summary>
    [TestCase("2024", TokenKind.Number)]
    [TestCase("1,200", TokenKind.Number)]
    [TestCase("3.5", TokenKind.Number)]
    [TestCase("9/11", TokenKind.Number)]
    [TestCase("#", TokenKind.Punctuation)]
    public void A_figures_lexeme_is_what_the_lists_say_of_it(string spelling, TokenKind kind)
    {
        var lexicon = AttributionLexicon.Instance;
        Assert.That(AttributionLexicon.HasNoLetter(spelling), Is.True);
        Assert.That(lexicon.ListsLetterless, Is.False, "a list holds a spelling without letters: the shortcut is off, and this test with it");
        var (verb, roles) = lexicon.VerbAndRolesOf(spelling);
        var lexeme = SentenceWords.LexemeOf(spelling, kind);
        Assert.That((lexeme.Classes, lexeme.Verb, lexeme.Roles, lexeme.Lower), Is.EqualTo((lexicon.ClassesOf(spelling, verb), verb, roles, spelling)));
        Assert.That(lexeme.PhraseCues, Is.Empty);
    }

    [TestCase("1990s")]
    [TestCase("3rd")]
    [TestCase("é")]
    [TestCase("’")]
    public void A_spelling_with_a_letter_or_outside_ascii_is_looked_up(string spelling) =>
        Assert.That(AttributionLexicon.HasNoLetter(spelling), Is.False);

    [Test]
    public void The_loaders_read_every_list()
    {
        var lexicon = AttributionLexicon.Instance;
        Assert.That(lexicon.ClassesOf("of").HasFlag(WordClass.Preposition), Is.True);
        Assert.That(lexicon.ClassesOf("whereas").HasFlag(WordClass.SubordinateMarker), Is.True);
        Assert.That(lexicon.ClassesOf("march").HasFlag(WordClass.TimeWord), Is.True, "calendar names are time words");
        Assert.That(lexicon.ClassesOf("footage").HasFlag(WordClass.DocumentHead), Is.True);
        Assert.That(lexicon.FirstPersonAsWritten, Does.Contain("us").And.Not.Contain("US"));

        var entityWords = EntityWords.Default;
        Assert.That(entityWords.Titles.Contains("Spc."), Is.True, "person titles come from the shared abbreviation list");
        Assert.That(entityWords.Titles.Contains("Mr"), Is.True, "undotted titles");
        Assert.That(entityWords.NotNames.Contains("September"), Is.True, "calendar names are no names");
        Assert.That(entityWords.Directions.Contains("Greater"), Is.True);

        Assert.That(Abbreviations.PersonTitles, Does.Contain("Gen").And.Contain("Lt.Col"));
        Assert.That(Abbreviations.Contains("Sept"), Is.True, "month abbreviations are ambiguous abbreviations");
        Assert.That(Calendar.Default.Months, Has.Count.EqualTo(12));
        Assert.That(Calendar.Default.Weekdays, Has.Count.EqualTo(7));
    }

    [TestCase("We got to shoot with them, Spc. Lorraine Walsh said.")]
    public void An_abbreviation_keeps_its_period_inside_a_sentence(string sentence)
    {
        var words = SentenceWords.Read(sentence, 0, sentence.Length, 0);
        Assert.That(words.Select(w => w.Text), Does.Contain("Spc."));
    }

    // Files whose string literals are format keywords, not English vocabulary: command-line and protocol values,
    // YAML keys and YAML's null spellings, entity type codes and the tagger's Penn Treebank tag codes.
    private static readonly HashSet<string> KeywordFiles =
    [
        "src/Byline.Cli/CheckCommand.cs",
        "src/Byline.Cli/Program.cs",
        "src/Byline.LanguageServer/Handlers/SemanticTokens/EntitySemanticTokens.cs",
        "src/Byline.Analysis/KnowledgeBase/KnowledgeBaseReader.cs",
        "src/Byline.Analysis/KnowledgeBase/KnownEntity.cs",
        "src/Byline.Language/PartOfSpeech.cs",
        "src/Byline.Syntax/UntypedYaml.cs",
        "src/Byline.Syntax/CompiledYaml.cs",
        "src/Byline.Workspace/BylineConfig.cs",
        "src/Byline.Workspace/ReviewLedger.cs",
    ];

    /// <summary>Three or more word literals in a row, joined by commas or <c>or</c> patterns: a word list.</summary>
    private static readonly Regex LiteralList = new(
        @"""[\p{L}][\p{L}'’.\-]*""(?:\s*(?:,|\bor\b)\s*\(?\s*""[\p{L}][\p{L}'’.\-]*""){2,}", RegexOptions.CultureInvariant);

    [Test]
    public void No_source_file_holds_an_English_word_list()
    {
        var root = TestPaths.RepositoryRoot;
        var offenders = new List<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.Contains("/obj/") || relative.Contains("/bin/") || relative.Contains("/node_modules/") || KeywordFiles.Contains(relative))
            {
                continue;
            }
            var code = WithoutComments(File.ReadAllText(path));
            offenders.AddRange(LiteralList.Matches(code).Select(m => $"{relative}: {m.Value}"));
        }
        Assert.That(offenders, Is.Empty, "word lists belong in the Data YAML of the layer that owns them");
    }

    [Test]
    public void The_guard_recognises_a_word_list()
    {
        Assert.That(LiteralList.IsMatch(WithoutComments("""x is "north" or "south" or "east";""")), Is.True);
        Assert.That(LiteralList.IsMatch(WithoutComments("new[] { \"Mr\", \"Mrs\",\n \"Dr\" }")), Is.True);
        Assert.That(LiteralList.IsMatch(WithoutComments("""// "north" or "south" or "east" in a comment""")), Is.False);
        Assert.That(LiteralList.IsMatch(WithoutComments("""x is "who" or "which";""")), Is.False);
    }

    /// <summary>The code without line comments (a <c>//</c> inside a string, as in a URL, stays).</summary>
    private static string WithoutComments(string code) =>
        string.Join('\n', code.Split('\n').Select(line =>
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                return "";
            }
            var comment = line.IndexOf(" // ", StringComparison.Ordinal);
            return comment >= 0 ? line[..comment] : line;
        }));

    /// <summary>Every top-level list of plain words in a YAML resource (lists of mappings are not word lists).</summary>
    private static List<(string Key, List<string> Words)> WordLists(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new AssertionException($"{resource} is not embedded");
        var yaml = new YamlStream();
        yaml.Load(new StreamReader(stream));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return [.. root.Children
            .Where(pair => pair.Value is YamlSequenceNode sequence && sequence.Children.All(item => item is YamlScalarNode))
            .Select(pair => (((YamlScalarNode)pair.Key).Value!, ((YamlSequenceNode)pair.Value).Children.Select(item => ((YamlScalarNode)item).Value!).ToList()))];
    }

    /// <summary>Case-insensitive order, then ordinal: "Fig" before "fig", "al" before "Assn".</summary>
    private sealed class ListOrder : IComparer<string>
    {
        public static readonly ListOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var folded = string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
            return folded != 0 ? folded : string.CompareOrdinal(x, y);
        }
    }
}
