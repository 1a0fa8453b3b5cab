using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Which words are the source of a cue, on sentence shapes of wire copy (paraphrased; no annotated corpus
/// text is committed). Each case was an attribution the analysis missed before the pattern was handled.
/// </summary>
public class SourceFindingTests
{
    [TestCase("The new rules “are a welcome start,” Mary Lowe, deputy minister for housing, planning and local government, said in a statement.",
        "said in a statement", "Mary Lowe, deputy minister for housing, planning and local government")]
    [TestCase("“The plan works,” Ben Ito, head of roads, parking, and street lighting, said on Monday.", "said", "Ben Ito, head of roads, parking, and street lighting")]
    [TestCase("A spokesman for the campaign could only quip: \"I guess the date was booked.\"", "could only quip:", "A spokesman for the campaign")]
    [TestCase("The minister flatly denied that the talks had failed.", "flatly denied", "The minister")]
    [TestCase("A survey by the institute in March found the senator with a lead of seven points.", "found", "A survey by the institute in March")]
    [TestCase("The poll by the Institute of Rural Affairs showed the governor ahead among likely voters.", "showed", "The poll by the Institute of Rural Affairs")]
    [TestCase("The editor of the guide, Ana Ruiz, said she stands by the maps.", "said", "The editor of the guide, Ana Ruiz")]
    [TestCase("After the vote in the capital, Senate Democrats said the bill was dead.", "said", "Senate Democrats")] // not "the capital, Senate Democrats"
    [TestCase("“We are changing how unions recruit members,” Tom Hale, Okafor's campaign manager, said in a statement.", "said in a statement", "Tom Hale, Okafor's campaign manager")]
    [TestCase("Two in three said they were less likely to vote for the party in November.", "said", "Two in three")]
    [TestCase("Almost half said they wanted a candidate from outside politics.", "said", "Almost half")]
    [TestCase("Yet another said the race was far from over.", "said", "another")]
    [TestCase("In a statement, Ohio Gov. Ann Pike (D) blasted the council and said the state had spent $14 million.", "said", "Ohio Gov. Ann Pike (D)")]
    [TestCase("Port Authority and Coast Guard spokesmen said the curfew was unworkable.", "said", "Port Authority and Coast Guard spokesmen")]
    [TestCase("In a national Herald/TV One poll released Friday, 40% of farmers were eager to vote.", "In", "a national Herald/TV One poll")]
    [TestCase("Just 12 percent of registered voters have a favourable view of her in a new Gazette-Radio Nine poll.", "in", "a new Gazette-Radio Nine poll")]
    [TestCase("As the paper's columnist puts it, “the voters are unmoved.”", "puts", "the paper's columnist")]
    [TestCase("Ruiz, 41, the niece of a former mayor and a retired judge, said on Twitter that she was happy.", "said", "Ruiz, 41, the niece of a former mayor and a retired judge")]
    [TestCase("For instance, a KXLA poll last week showed the senator in fourth place at 9 percent.", "showed", "a KXLA poll last week")]
    [TestCase("After an inquiry, the Department of Transport found that the ferry company had overcharged passengers.", "found", "the Department of Transport")]
    [TestCase("The poll, released on Wednesday night by a California institute, showed the governor ahead.", "showed", "The poll, released on Wednesday night by a California institute")]
    [TestCase("Exit polling shows she won 61% of voters over 65.", "shows", "Exit polling")]
    // A common noun right before the verb heads its subject without a determiner or a listed role.
    [TestCase("Ferry operators say the new toll will empty the harbour.", "say", "Ferry operators")]
    [TestCase("The mayor's budget adviser says the pier will close in May.", "says", "The mayor's budget adviser")]
    [TestCase("Some of the council's oldest members said they would vote against the toll.", "said", "Some of the council's oldest members")]
    // A name described between commas before the verb: the description is part of the source.
    [TestCase("Ana Ruiz, head of the harbour board's finance committee, said the toll would stay.", "said", "Ana Ruiz, head of the harbour board's finance committee")]
    [TestCase("But Tom Lee, a lawyer who once sat on the harbour board, said the vote was unlawful.", "said", "Tom Lee, a lawyer who once sat on the harbour board")]
    [TestCase("On Tuesday, Sen. Mia Holt, R-Maine, noted in a column that the ferry ran at a loss.", "noted", "Sen. Mia Holt, R-Maine")]
    // A document described by prepositional phrases and participles before a verb of evidence.
    [TestCase("Harbour board records compiled by the Ferry Users Group show the toll raised $2 million.", "show", "Harbour board records compiled by the Ferry Users Group")]
    [TestCase("A survey of ferry users released on Monday found most opposed the toll.", "found", "A survey of ferry users released on Monday")]
    [TestCase("An audit by the city of the harbour's books showed a deficit.", "showed", "An audit by the city of the harbour's books")]
    // Papers, filings, findings, inquiries and ledgers are documents that show or find (document_heads).
    [TestCase("One 2019 paper found gains in ferry use.", "found", "One 2019 paper")]
    [TestCase("New filings show the port has little cash.", "show", "New filings")]
    [TestCase("The inquiry found nothing wrong with the toll.", "found", "The inquiry")]
    [TestCase("Findings show riders fear higher fares.", "show", "Findings")]
    [TestCase("Handwritten ledgers show the board paid twice.", "show", "Handwritten ledgers")]
    // A photo, a picture, an image, a chart or a post is a document that shows.
    [TestCase("The photo showed the mayor at the pier on the night of the storm.", "showed", "The photo")]
    [TestCase("A picture from 1998 shows the pier already cracked.", "shows", "A picture from 1998")]
    [TestCase("The post showed a ferry listing badly in the harbour.", "showed", "The post")]
    [TestCase("A chart in the audit shows fares doubling since 2010.", "shows", "A chart in the audit")]
    // An intensive pronoun after the subject belongs to it; the phrase before it is the source's head.
    [TestCase("The harbour master himself said the pier was unsafe.", "said", "The harbour master himself")]
    [TestCase("She herself has argued that the toll is too high.", "has argued", "She herself")]
    [TestCase("Ferry operators have themselves warned of delays.", "have themselves warned of", "Ferry operators")]
    // A reporting chain keeps the subject before it the speaker of the infinitive reporting verb.
    [TestCase("The harbour master went on to say that the pier was unsafe.", "went on to say", "The harbour master")]
    [TestCase("Ferry operators were quick to add that fares had not risen.", "were quick to add", "Ferry operators")]
    [TestCase("The harbour master has taken to saying that the pier is safe.", "has taken to saying", "The harbour master")] // a habit of speech begun
    [TestCase("The mayor pivoted to arguing that the toll was fair.", "pivoted to arguing", "The mayor")] // a turn in what the speaker says
    // "seek" is a cue of its own, and one verb group is one cue: the party's seeking is read, what it seeks is the content.
    [TestCase("The mayor has sought to explain why the toll is needed.", "has sought", "The mayor")]
    // A verb of finding with its content clause and no "that": a noun phrase or pronoun, then a finite verb.
    [TestCase("The researchers found most wetlands hold more carbon than forests.", "found", "The researchers")]
    [TestCase("Engineers at the port found the old pier had rotted below the waterline.", "found", "Engineers at the port")]
    [TestCase("Investigators found it was unsafe to reopen the bridge.", "found", "Investigators")]
    [TestCase("The team found the new drug cuts the risk of a stroke by half.", "found", "The team")]
    // A document the sentence opens with as its basis ("Based on …,"): the source of the clause after the comma.
    [TestCase("Based on the results of a 2021 survey of riders, most commuters would pay a higher fare.", "Based on", "the results of a 2021 survey of riders")]
    [TestCase("But based on harbour board records, the toll raised less than planned.", "based on", "harbour board records")]
    public void Finds_the_source(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain((cue, source)), string.Join("; ", found));
    }

    [TestCase("The strikes in March found their targets.")] // evidence verbs need a document or an outlet
    [TestCase("Turnout in March showed a sharp fall from the last election.")]
    [TestCase("The Department of Justice found its budget cut by a third.")] // an organisation finding something, not finding that
    [TestCase("The climbers found the keys in the snow.")] // an object with no verb after it is no content clause
    [TestCase("The jury found him guilty of fraud.")]
    [TestCase("The hikers found the hut closed for the winter.")]
    [TestCase("The volunteers found the dog they had lost.")]
    [TestCase("The long queue at the harbour shows the new timetable is failing.")] // with "that" left out only a party finds or shows
    [TestCase("The time spent on training new skippers shows the ferry line is serious.")] // a party inside the subject is not the subject
    [TestCase("A ferry with one skipper and no deckhands shows the line is short of crews.")]
    [TestCase("The film is based on a book by a ferry captain.")] // "based on" mid-sentence tells what a thing was made from
    [TestCase("Based on a true story, the film follows a ferry crew.")] // no document: nothing is cited
    [TestCase("The new timetable, based on a study of the harbour, starts in May.")] // a relative clause inside the object: a second subject before the verb
    [TestCase("The report on the vote came late.")] // "the report": a noun after an article, not a verb
    [TestCase("His speech at the rally was short.")]
    [TestCase("The candidate waited in the poll booth for an hour.")]
    [TestCase("He was named in a report on the scandal.")]
    [TestCase("The senators put pressure on the White House.")] // "put" reports only in "put it"
    [TestCase("The winners were Hui Chi-fung of the Democratic Party and Tanya Chan of the Civic Party, both considered to be in the pan-democracy camp.")]
    [TestCase("The survey that came in May showed up late.")]
    [TestCase("It is too soon to say whether the toll will rise.")] // the writer's own judgement // a relative clause: the description is a clause of its own
    public void Finds_no_source_where_there_is_none_to_find(string sentence)
    {
        var found = Attributions(sentence);
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    private static List<(string Cue, string? Source)> Attributions(string sentence, bool headline = false)
    {
        var text = headline ? sentence + "\n\nThe body of the article follows here.\n" : "Headline\n\n" + sentence + "\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        return [.. analysis.Sourcing.Attributions.Select(a => (text.Substring(a.Cue.Start, a.Cue.Length), a.Source?.Text))];
    }

    [Test]
    public void An_outlet_wrapped_across_lines_of_a_Markdown_paragraph_is_still_an_outlet()
    {
        const string text = "# Strikes\n\nThe strikes were defensive, a spokesperson told the\nBBC on Tuesday.\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.Markdown));
        Assert.That(analysis.Sourcing.Attributions.Select(a => a.RelayedOutlet), Does.Contain("BBC"));
    }

    [Test]
    public void A_single_name_before_a_colon_speaks_when_what_follows_is_speech()
    {
        Assert.That(Attributions("Obama: I'm optimistic voters will say no", headline: true), Does.Contain((":", (string?)"Obama")));
        Assert.That(Attributions("Update: the road has reopened after the crash.", headline: false), Is.Empty);
        Assert.That(Attributions("Reports: 'streamlined' asylum process to replace interviews", headline: true).Where(a => a.Cue == ":"), Is.Empty); // seeds/wikinews-questionnaire.txt
    }

    [TestCase("An airport official, speaking on condition of anonymity, told us the runway would close.", "condition of anonymity")]
    [TestCase("An airport official said the runway would close. She declined to be named because talks continue.", "declined to be named")]
    [TestCase("The runway will close, an airport source said. He was not authorized to speak to reporters.", "not authorized")]
    public void An_anonymous_source_carries_the_reason_for_its_anonymity(string paragraph, string reason)
    {
        var text = "Headline\n\n" + paragraph + "\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        var source = analysis.Sourcing.Attributions.Select(a => a.Source).Single(s => s?.Kind == SourceKind.Anonymous)!;
        Assert.That(source.AnonymityReason is { } span ? text.Substring(span.Start, span.Length) : null, Is.EqualTo(reason));
    }

    [Test]
    public void An_anonymous_source_without_a_reason_has_none()
    {
        const string text = "Headline\n\nAn airport official said the runway would close. The airline said nothing.\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        Assert.That(analysis.Sourcing.Attributions.Select(a => a.Source).Single(s => s?.Kind == SourceKind.Anonymous)!.AnonymityReason, Is.Null);
    }
}
