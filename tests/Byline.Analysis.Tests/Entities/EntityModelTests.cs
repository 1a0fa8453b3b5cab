using Byline.Analysis.Entities;
using Byline.Syntax;
using Byline.Text;
using CsCheck;

namespace Byline.Analysis.Tests.Entities;

/// <summary>The model hover, definition, references and rename will be built on.</summary>
public class EntityModelTests
{
    private static ArticleEntities Analyze(string text) =>
        EntityAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));

    [Test]
    public void Mention_at_an_offset_finds_the_mention_including_its_end()
    {
        const string text = "Strike in Syria\n\nThe Popular Mobilization Forces (PMF) said the PMF was not hit.";
        var entities = Analyze(text);
        var pmf = text.LastIndexOf("PMF", StringComparison.Ordinal);
        Assert.That(entities.MentionAt(pmf)?.EntityId, Is.EqualTo("popular-mobilization-forces"));
        Assert.That(entities.MentionAt(pmf + 3)?.EntityId, Is.EqualTo("popular-mobilization-forces"));
        Assert.That(entities.MentionAt(text.IndexOf("said", StringComparison.Ordinal) + 1), Is.Null);
        Assert.That(entities.MentionsOf("popular-mobilization-forces").Length, Is.EqualTo(3));
        Assert.That(entities.MentionsOf("no-such-entity").IsEmpty, Is.True);
    }

    [Test]
    public void Mentions_overlapping_a_span_are_those_a_scan_of_every_mention_finds()
    {
        // Every seed article, and every span from a character before a mention to a character after another:
        // the binary search must return exactly what the plain definition returns, in the same order.
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "seeds"), "*.txt"))
        {
            var text = File.ReadAllText(file);
            var entities = Analyze(text);
            Assume.That(entities.Mentions.Length, Is.GreaterThan(3), file);
            Gen.Int[0, text.Length].SelectMany(start => Gen.Int[start, Math.Min(text.Length, start + 400)].Select(end => TextSpanOf(start, end)))
                .Sample(span =>
                {
                    var expected = entities.Mentions.Where(m => m.Span.OverlapsWith(span)).ToArray();
                    Assert.That(entities.MentionsOverlapping(span).ToArray(), Is.EqualTo(expected), $"{Path.GetFileName(file)} {span}");
                }, iter: 500);
        }
    }

    private static Microsoft.CodeAnalysis.Text.TextSpan TextSpanOf(int start, int end) => Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, end);

    [TestCase("RUGBY UNION - ENGLISH CLUB RESULTS\n\nHarlequins 75 Gloucester 19\n", "gloucester-side", "ORG")]         // a city's club, with a score
    [TestCase("SOCCER - KOREAN LEAGUE STANDINGS\n\nPuchon 3 1 0 6 1 10\n", "puchon-side", "ORG")]                    // a standings row
    [TestCase("SOCCER - RESULTS\n\nAston Villa 2 Leeds 1 (halftime 1-0)\n", "aston-villa-side", "ORG")]             // two words, not a person
    [TestCase("BASEBALL - MAJOR LEAGUE STANDINGS\n\nNEW YORK 74 59 .556 -\n", "new-york-side", "ORG")]               // a standings row with a percentage
    [TestCase("Weather\n\nLondon 12.5 Paris 10.1\n", "london", "LOC")]                                          // decimals: data, not scores
    [TestCase("SOCCER - WORLD CUP QUALIFIER\n\nGermany 2 Italy 1\n", "germany", "LOC")]                         // national sides stay places
    [TestCase("Rugby\n\nGloucester beat Bath 19-12 on Saturday.\n", "gloucester-side", "ORG")]                      // sports prose: a city that beats someone is its side
    [TestCase("Cricket\n\nTheir rivals beat Durham by six wickets.\n", "durham-side", "ORG")]                       // … and so is the side it beats
    [TestCase("Cricket\n\nAt the Oval, Surrey captain Chris Lewis made 80.\n", "surrey-side", "ORG")]               // a captain's side
    [TestCase("Cricket\n\nAt Taunton: Durham 214-6 (J. Morris 80).\n", "durham-side", "ORG")]                    // an innings total, runs and wickets
    [TestCase("Tennis\n\nShe beat her sister in Gloucester 6-4 6-2.\n", "gloucester", "LOC")]                     // a tennis set is no innings total
    [TestCase("Languages\n\nThe code in ISO 639-3 was given to a language of Gloucester.\n", "gloucester", "LOC")] // a standard's part is no innings total
    [TestCase("Fixtures\n\nSaturday: Gloucester v Leicester, Bath v Harlequins.\n", "gloucester-side", "ORG")]     // a fixture's home side
    [TestCase("Fixtures\n\nSaturday: Bath v Gloucester.\n", "gloucester-side", "ORG")]                           // … and its visitors
    [TestCase("Tennis\n\nSecond round: Maria Lindqvist vs Anna Berg.\n", "maria-lindqvist", "PER")]         // players in a draw stay people
    [TestCase("Cricket\n\nT. Hollis c Gloucester b Marsh 46\n", "gloucester", "PER")]                               // a fielder in a scorecard
    [TestCase("Cricket\n\nT. Hollis c Berwick b Marsh 46\n", "marsh", "PER")]                                        // … and the bowler
    [TestCase("Travel\n\nGloucester is a city in the west of England.\n", "gloucester", "LOC")]               // no sports context
    [TestCase("Storm\n\nHeavy rain beat down on Gloucester on Monday.\n", "gloucester", "LOC")]                // a verb near the name, not next to it
    [TestCase("War\n\nIraq 2003 was the year the war began.\n", "iraq", "LOC")]                                  // a year is no score
    public void A_name_with_a_score_in_a_results_line_or_a_sports_context_is_a_team(string text, string id, string type)
    {
        var entities = Analyze(text);
        Assert.That(entities.Find(id)?.TypeCode, Is.EqualTo(type), string.Join(", ", entities.Entities.Select(e => $"{e.Id} {e.TypeCode}")));
    }

    [Test]
    public void A_dateline_names_the_city_even_when_the_report_is_about_its_side()
    {
        var entities = Analyze("BASEBALL - STANDINGS\nNEW YORK 1996-08-30\n\nNEW YORK 74 59 .556 -\nBOSTON 70 63 .526 4\n");
        var types = entities.Mentions.Where(m => m.EntityId.StartsWith("new-york", StringComparison.Ordinal)).Select(m => entities.Find(m.EntityId)?.TypeCode ?? "none").ToArray();
        Assert.That(types, Is.EqualTo(new[] { "LOC", "ORG" }), string.Join(", ", entities.Mentions.Select(m => $"{m.Text} {m.EntityId} {m.Span}")));
    }

    [Test]
    public void A_side_named_once_in_a_sports_context_is_a_side_throughout_the_report()
    {
        var entities = Analyze("Cricket\n\nSurrey captain Chris Lewis made 80 not out. Surrey closed on 429 for seven.\n");
        Assert.That(entities.Mentions.Where(m => m.Text == "Surrey").Select(m => entities.Find(m.EntityId)?.TypeCode), Is.EqualTo(new[] { "ORG", "ORG" }));
    }

    [Test]
    public void A_given_name_alone_refers_to_the_person_named_in_full_after_a_title()
    {
        var entities = Analyze("Squash\n\nWorld champion Jansher Khan won again. Later Jansher said he was tired.\n");
        var jansher = entities.Mentions.Single(m => m.Text == "Jansher");
        Assert.That((jansher.Kind, entities.Find(jansher.EntityId)?.Name), Is.EqualTo((MentionKind.GivenName, "Jansher Khan")));
    }

    [Test]
    [TestCase("\n")]
    [TestCase("\r\n")]
    public void A_name_wrapped_across_lines_of_a_Markdown_paragraph_is_one_name(string lineBreak)
    {
        var text = $"# Clashes{lineBreak}{lineBreak}Police chief Karim{lineBreak}Haddad said the road was closed. Later Karim spoke again.{lineBreak}";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.Markdown));
        Assert.That(analysis.Findings.Where(f => f.Rule.Id.StartsWith("BYL9", StringComparison.Ordinal)), Is.Empty);
        var karim = analysis.Entities.Find("karim-haddad");
        Assert.That(karim?.Name, Is.EqualTo("Karim Haddad"));
        Assert.That(karim!.Mentions.Select(m => m.Kind), Is.EqualTo(new[] { MentionKind.Name, MentionKind.GivenName }));
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void A_known_name_wrapped_across_lines_of_a_Markdown_paragraph_is_still_known(string lineBreak)
    {
        var text = $"# Talks{lineBreak}{lineBreak}Diplomats at the United{lineBreak}Nations in New{lineBreak}York said the talks failed.{lineBreak}";
        var entities = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.Markdown)).Entities;
        var found = entities.Mentions.Select(m => (text.Substring(m.Span.Start, m.Span.Length), m.EntityId, m.Text)).ToArray();
        Assert.That(found, Is.EqualTo(new[]
        {
            ($"United{lineBreak}Nations", "united-nations", "United Nations"),
            ($"New{lineBreak}York", "new-york", "New York"),
        }));
    }

    [Test]
    public void A_known_name_wrapped_after_its_first_word_or_later_is_still_known()
    {
        foreach (var text in new[] { "# War\n\nFighters of the Islamic State of Iraq and\nthe Levant fled.\n", "# War\n\nFighters of the Islamic\nState of Iraq and the Levant fled.\n" })
        {
            var entities = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.Markdown)).Entities;
            Assert.That(entities.Mentions.Select(m => m.EntityId), Is.EqualTo(new[] { "isil" }), text);
        }
    }

    [Test]
    public void A_given_name_is_not_taken_from_two_capitalised_words_that_only_look_like_a_name()
    {
        var entities = Analyze("Browsers\n\nUsers of Internet Explorer were warned. The Internet is slow today in Canada.\n");
        Assert.That(entities.Mentions.Where(m => m.Kind == MentionKind.GivenName), Is.Empty);
    }

    [TestCase("Squash\n\nMark Cairns ( England ) lost in three games.\n", "mark-cairns", "PER")]             // a player listed with a country
    [TestCase("Rugby\n\nThe pass reached Van der Westhuizen on the line.\n", "van-der-westhuizen", "PER")]     // a surname particle, not the Turkish city
    [TestCase("Turkey\n\nThe earthquake struck Van on Sunday.\n", "van", "LOC")]                              // the city
    public void Names_typed_by_their_surroundings(string text, string id, string type)
    {
        var entities = Analyze(text);
        Assert.That(entities.Find(id)?.TypeCode, Is.EqualTo(type), string.Join(", ", entities.Entities.Select(e => $"{e.Id} {e.TypeCode}")));
    }

    [Test]
    public void A_capital_is_the_government_only_when_it_acts()
    {
        const string text = "Strike in Syria\n\nDamascus condemned the strike. The roads into Damascus were closed.";
        var entities = Analyze(text);
        Assert.That(entities.Mentions.Select(m => (m.Text, m.EntityId, m.Kind)), Is.EqualTo(new[]
        {
            ("Syria", "syria", MentionKind.Name),
            ("Damascus", "syria-government", MentionKind.Metonym),
            ("Damascus", "damascus", MentionKind.Name),
        }));
        var government = entities.Find("syria-government")!;
        Assert.That((government.Name, government.TypeCode), Is.EqualTo(("Government of Syria", "ORG")));
    }

    [Test]
    public void Surnames_corefer_with_a_full_name_found_in_the_article_even_before_it()
    {
        const string text = "Clashes in Erbil\n\nHaddad spoke to reporters. Police chief Karim Haddad said the road was closed. Haddad's deputy agreed.";
        var entities = Analyze(text);
        var haddad = entities.Find("karim-haddad")!;
        Assert.That((haddad.TypeCode, haddad.Mentions.Length), Is.EqualTo(("PER", 3)));
        Assert.That(haddad.Mentions.Select(m => m.Kind), Is.EqualTo(new[] { MentionKind.Surname, MentionKind.Name, MentionKind.Surname }));
        Assert.That(haddad.Mentions[2].IsPossessive, Is.True);
    }

    [Test]
    public void An_acronym_defined_in_the_article_links_to_its_expansion_and_types_it()
    {
        const string text = "Raid in Anbar\n\nThe Anbar Tribal Mobilization Committee (ATMC) said ATMC fighters held the town.";
        var entity = Analyze(text).Find("anbar-tribal-mobilization-committee")!;
        Assert.That((entity.TypeCode, entity.Acronym, entity.AcronymExpansion), Is.EqualTo(("ORG", "ATMC", "Anbar Tribal Mobilization Committee")));
        Assert.That(entity.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Anbar Tribal Mobilization Committee", "ATMC", "ATMC" }));
        Assert.That(Analyze(text).UndefinedAcronyms, Is.Empty);
    }

    [TestCase("Iraqi forces entered Mosul's old city.", "Mosul", "mosul", "LOC")]
    [TestCase("Officials at the Ministry of Oil said output rose.", "Ministry of Oil", "ministry-of-oil", "ORG")]
    [TestCase("The strike hit the Tishrin Dam on Monday.", "Tishrin Dam", "tishrin-dam", "LOC")]
    [TestCase("Col. Wayne Marotto said the coalition acted in self-defense.", "Wayne Marotto", "wayne-marotto", "PER")]
    [TestCase("The US-led coalition struck again.", "US", "united-states", "LOC")]
    public void Names_are_typed_by_knowledge_base_head_words_and_titles(string sentence, string surface, string id, string type)
    {
        var text = "Strike\n\n" + sentence;
        var entities = Analyze(text);
        var entity = entities.EntityAt(text.IndexOf(surface, StringComparison.Ordinal));
        Assert.That((entity?.Id, entity?.TypeCode), Is.EqualTo((id, type)));
        Assert.That(entities.MentionAt(text.IndexOf(surface, StringComparison.Ordinal))!.Span.Length, Is.EqualTo(surface.Length));
    }

    [Test]
    public void An_edited_article_gives_the_same_entities_as_a_fresh_parse()
    {
        var seed = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "seeds", "000_9bb0596e7d6cd391.txt"));
        var tree = ArticleSyntaxTree.Parse(ArticleText.From(seed), ArticleFormat.PlainText);
        _ = EntityAnalyzer.Analyze(tree);
        var edited = seed.Replace("Qasem Soleimani, who led", "Qassem Suleimani, who led", StringComparison.Ordinal);
        var incremental = EntityAnalyzer.Analyze(tree.WithText(ArticleText.From(edited)));
        var fresh = EntityAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(edited), ArticleFormat.PlainText));
        Assert.That(incremental.Mentions, Is.EqualTo(fresh.Mentions));
        Assert.That(incremental.MentionsOf("qasem-soleimani").Select(m => m.Text), Is.EqualTo(new[] { "Qassem Suleimani", "Soleimani", "Soleimani", "Soleimani" }));
    }
}

/// <summary>Properties that must hold for any input: the model is well-formed and analysis never throws.</summary>
public class EntityPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Qasem Soleimani", "Soleimani's", "Daesh*", "ISIL", "ISIS", "(PMF)", "Popular Mobilization Forces", " ", " ", "\n", "\n\n", ".", ",", "\"", "'",
        "Washington warned", "Deir-ez-Zor", "Dayr az-Zawr", "U.S.", "Maj. Gen.", "the", "of", "and", " - ", "*A terrorist organization", "CJTF-OIR",
        "Al-", "-", "’s", "É", "ß", "\u0301", "\ud83d\ude00", "\ud800", "BAGHDAD", "W D L", "John", "Real Madrid", "(", ")", "Ministry of Defence",
    ];

    [Test]
    public void Any_text_gives_sorted_in_range_mentions_that_the_entities_own()
    {
        CsCheck.Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 60].Select(a => string.Concat(a)).Sample(text =>
        {
            var entities = EntityAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
            var previousStart = -1;
            foreach (var mention in entities.Mentions)
            {
                if (mention.Span.Start < previousStart || mention.Span.End > text.Length || mention.Span.Length == 0) return false;
                if (entities.Find(mention.EntityId) is not { } entity || !entity.Mentions.Contains(mention)) return false;
                if (entities.MentionAt(mention.Span.Start)?.Span.Start != mention.Span.Start
                    && entities.MentionAt(mention.Span.Start)?.Span.End != mention.Span.Start) return false;
                previousStart = mention.Span.Start;
            }
            return entities.Entities.All(e => e.Mentions.Length > 0 && e.FirstMention == e.Mentions[0]);
        }, iter: 2000);
    }
}

/// <summary>Cases from the UK Government and CENTCOM releases in the corpus.</summary>
public class GovernmentReleaseTests
{
    private static ArticleEntities Analyze(string text) =>
        EntityAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));

    [Test]
    public void A_title_alone_names_no_one_but_an_office_with_a_head_word_does()
    {
        var entities = Analyze("Statement\n\nThe Foreign Secretary said the Home Office and the Defence Ministry agreed. Foreign Secretary Boris Johnson spoke later.");
        Assert.That(entities.Entities.Select(e => (e.Name, e.TypeCode)), Is.EqualTo(new[]
        {
            ("Home Office", "ORG"), ("Defence Ministry", "ORG"), ("Boris Johnson", "PER"),
        }));
    }

    [Test]
    public void A_direction_before_a_known_place_is_a_place()
    {
        var entities = Analyze("Update\n\nIraqi forces advanced in East Mosul and Northern Iraq on Monday.");
        Assert.That(entities.Entities.Where(e => e.Name is "East Mosul" or "Northern Iraq").Select(e => e.TypeCode), Is.EqualTo(new[] { "LOC", "LOC" }));
    }

    [Test]
    public void A_short_title_case_headline_yields_only_known_names()
    {
        var entities = Analyze("Iraqis Hold Line Against ISIL, Says Spokesman\n\nThe spokesman said so.");
        Assert.That(entities.Entities.Select(e => e.Id), Is.EqualTo(new[] { "iraqi", "isil" }));
    }
}
