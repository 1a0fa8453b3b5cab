using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Which words are an attribution's cue and its source (the spans an editor sees), on invented sentences of
/// the shapes news copy takes: one attribution per report, its source the subject of the reporting clause.
/// </summary>
public class SpanExtentTests
{
    // A stance or cognition verb inside what a speaker reports is part of the report, not a second attribution.
    [TestCase("The harbour master said the mayor believes the pier is safe.", "said", "The harbour master")]
    [TestCase("Ferry operators argued that commuters want a cheaper toll.", "argued", "Ferry operators")]
    [TestCase("She told reporters she hopes the vote will be delayed.", "told", "She")]
    [TestCase("During a stop in Reno, Nevada, the senator said the mayor believes the toll is fair.", "said", "the senator")] // the opening phrase is no content
    // A cue that names no speaker of its own, or what a party struggled to say, is part of the outer speaker's report too.
    [TestCase("The harbour master said the new pier is expected to open in May.", "said", "The harbour master")]
    [TestCase("A ferry clerk told us the crossings were widely considered unsafe.", "told", "A ferry clerk")]
    [TestCase("Dock workers said the harbour master struggled to explain why the pier would close.", "said", "Dock workers")]
    public void A_stance_inside_reported_content_is_no_second_attribution(string sentence, string cue, string source)
    {
        Assert.That(Attributions(sentence), Is.EqualTo(new List<(string, string?)> { (cue, source) }));
    }

    // A participle clause or a second verb is spoken by the main clause's subject, also after an introductory phrase.
    [TestCase("Speaking at a rally in Reno, Nevada, the senator attacked the toll, calling it a tax on commuters.", "calling", "the senator")]
    [TestCase("During the debate on Tuesday, Ruiz criticised the board, saying it had ignored the ferry users.", "saying", "Ruiz")]
    [TestCase("Once he was mayor, Mr. Lee made the harbour a priority, announcing a new board.", "announcing", "Mr. Lee")]
    [TestCase("Asked about the pier on Monday, the harbour master shook his head and said it was unsafe.", "said", "the harbour master")]
    [TestCase("Recalling that night, Tom Ruiz, who ran the campaign, said the crowd was silent.", "Recalling", "Tom Ruiz, who ran the campaign")]
    public void The_main_clause_subject_after_an_introductory_phrase_speaks(string sentence, string cue, string source)
    {
        Assert.That(Attributions(sentence), Does.Contain((cue, (string?)source)));
    }

    // A participle clause after a comma is spoken by the subject of the clause it hangs on: past a relative clause
    // set off by commas, a phrase with no finite verb, a dateline, or a report inside that clause.
    [TestCase("The harbour master, who has run the port since May, rejected the toll on Friday, saying fares were high enough.", "saying", "The harbour master, who has run the port since May")]
    [TestCase("PORTLAND, May 4 — The ferry union's new chair rallied the crews, adding that the strike would go on.", "adding", "The ferry union's new chair")]
    [TestCase("At a town hall in Bath, Maine, on Sunday, Ms. Ruiz tried to explain her earlier vote, stressing that the pier needed repair.", "stressing", "Ms. Ruiz")]
    [TestCase("The former mayor has offered no plan for the harbour that he promised, saying only that the board would decide.", "saying", "The former mayor")]
    [TestCase("Mr. Lee said the council plans to raise the toll, insisting that commuters could pay more.", "insisting", "Mr. Lee")]
    [TestCase("The new tenants of the harbour flats crowded into the council chamber, demanding a lower rent.", "demanding", "The new tenants of the harbour flats")]
    [TestCase("The harbour paper reported the closure on Monday, citing two port officials.", "citing", "The harbour paper")] // what is cited is no speaker
    [TestCase("The harbour master closed the pier for a week, citing the storm damage.", "citing", "The harbour master")]
    public void A_participle_after_a_comma_is_spoken_by_its_main_clause_subject(string sentence, string cue, string source)
    {
        Assert.That(Attributions(sentence), Does.Contain((cue, (string?)source)), string.Join("; ", Attributions(sentence)));
    }

    // After a comma that ends a clause, a finite reporting verb with a noun phrase that ends the clause is inverted: the
    // phrase, with its description to the sentence's end, is the speaker. A description before the comma keeps the subject before the verb.
    [TestCase("Ana Ruiz, a skipper who fished the bay for years, said the toll was too high.", "said", "Ana Ruiz, a skipper who fished the bay for years")]
    [TestCase("Commuters will have to find another ferry, said Ana Ruiz, the harbour master.", "said", "Ana Ruiz, the harbour master")]
    [TestCase("The crews are unhappy with the plan, said Tom Lee.", "said", "Tom Lee")]
    [TestCase("That will hold up to a point, said Tom Lee, a former skipper.", "said", "Tom Lee, a former skipper")]
    [TestCase("Islanders will simply pay more for the ferry, said Ana Ruiz, a harbour pilot.", "said", "Ana Ruiz, a harbour pilot")]
    public void A_speaker_after_a_clause_and_its_verb_is_inverted(string sentence, string cue, string source)
    {
        Assert.That(Attributions(sentence), Does.Contain((cue, (string?)source)), string.Join("; ", Attributions(sentence)));
    }

    // A subject described between commas, with prepositions, parentheses or a relative clause inside, is the source
    // up to the verb; what follows the verb is the content, not an inverted speaker.
    [TestCase("Tom Lee of Maine, an ally of the harbour board, said the toll would stay.", "said", "Tom Lee of Maine, an ally of the harbour board")]
    [TestCase("Another former mayor, Ana Ruiz (D), also said the pier was unsafe.", "also said", "Another former mayor, Ana Ruiz (D)")]
    [TestCase("The board's longtime chair, who ran the harbour for a decade, said fares would rise.", "said", "The board's longtime chair, who ran the harbour for a decade")]
    [TestCase("The ferry will stop in May, said the harbour master.", "said", "the harbour master")]
    [TestCase("When the harbour master, Ana Ruiz, said that the pier was unsafe, the board closed it.", "said", "the harbour master, Ana Ruiz")]
    [TestCase("Harbour leaders - and, in particular, the board's chair, Ana Ruiz - insisted that any budget include a new pier.", "insisted", "Harbour leaders")] // "that …" opens the content, it names no speaker
    [TestCase("Mr. Hale, who calls the toll “theft,” said he would not pay it.", "said", "Mr. Hale")] // "he would …" is content, no inverted speaker
    [TestCase("“We will reopen the pier,” said Ana Ruiz.", "said", "Ana Ruiz")] // an inverted speaker still reads as one
    public void A_described_subject_before_the_verb_is_the_source(string sentence, string cue, string source)
    {
        Assert.That(Attributions(sentence), Does.Contain((cue, (string?)source)));
    }

    // A second verb joined by a conjunction to a reporting verb shares that verb's subject, not the sentence's opener.
    [TestCase("The coach lost his temper after the match: he called the referee \"blind\" and said the result was \"stolen\" from his side.", "said", "he")]
    [TestCase("At the pier, the harbour master praised the crews and added that the ferry would run in May.", "added", "the harbour master")]
    [TestCase("Ms. Ruiz quietly distanced herself from the toll plan and moved to defend the ferry crews.", "moved to defend", "Ms. Ruiz")]
    [TestCase("The new port director praised the crews on Monday and insisted that the pier was safe.", "insisted", "The new port director")]
    public void A_coordinated_second_verb_shares_the_reporting_subject(string sentence, string cue, string source)
    {
        Assert.That(Attributions(sentence), Does.Contain((cue, (string?)source)));
    }

    // A report of words whose subject opens what another speaker reports is relayed by that speaker: one attribution.
    [TestCase("The harbour master said the mayor told him the pier would close.", "said", "The harbour master")]
    [TestCase("The weekly paper reported that the ferry captain said the crossing was unsafe.", "reported", "The weekly paper")]
    [TestCase("Two skippers told the inquiry the clerk had written that the berths were full.", "told", "Two skippers")]
    [TestCase("A union steward claimed on Friday that the mayor had explained the delay as a legal matter.", "claimed", "A union steward")]
    public void A_relayed_report_opening_reported_content_is_part_of_the_report(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Is.EqualTo(new List<(string, string?)> { (cue, source) }), string.Join("; ", found));
    }

    // Set off by a comma and a conjunction, or told in a relative clause about the outer verb's object, the relayed
    // report is a second attribution.
    [TestCase("The harbour master said the pier was unsafe, and the mayor told reporters it would close.", "told")]
    [TestCase("The inquiry heard from a skipper who said the pier had been unsafe for years.", "said")]
    public void A_relayed_report_set_off_from_reported_content_is_its_own_report(string sentence, string cue)
    {
        var found = Attributions(sentence);
        Assert.That(found.Select(a => a.Cue), Does.Contain(cue), string.Join("; ", found));
    }

    // A speech act whose subject opens what a speaker reports, right after the verb or "that", is the speaker's account.
    [TestCase("The harbour master said the mayor criticised the new toll.", "said", "The harbour master")]
    [TestCase("Ferry skippers complained that the council announced the closure without warning.", "complained", "Ferry skippers")]
    [TestCase("A dock clerk wrote that the board denied every request for a second berth.", "wrote", "A dock clerk")]
    [TestCase("A dock clerk told us that the board denied every request for a second berth.", "told", "A dock clerk")]
    [TestCase("The ferry union said on Tuesday that the council rejected its offer.", "said", "The ferry union")]
    public void A_speech_act_opening_reported_content_is_part_of_the_report(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Is.EqualTo(new List<(string, string?)> { (cue, source) }), string.Join("; ", found));
    }

    // Set off from the report, or told after a relative pronoun, the act is reported on its own.
    [TestCase("The harbour master said the pier was unsafe, and the mayor criticised the toll.", "criticised", "the mayor")]
    [TestCase("The harbour master said the pier was unsafe after the mayor criticised the toll.", "criticised", "the mayor")]
    [TestCase("The ferry union welcomed the timetable that the mayor announced on Monday.", "announced", "the mayor")] // "that" on the object: a relative clause
    public void A_speech_act_set_off_from_reported_content_is_its_own_report(string sentence, string cue, string source)
    {
        Assert.That(Attributions(sentence), Does.Contain((cue, (string?)source)));
    }

    [Test]
    public void A_purpose_infinitive_inside_reported_content_is_no_second_attribution()
    {
        var found = Attributions("The aide said the mayor had pressed the council to reject the toll.");
        Assert.That(found.Select(a => a.Cue), Is.EqualTo(new[] { "said" }), string.Join("; ", found));
    }

    [Test]
    public void A_stance_outside_any_report_is_an_attribution()
    {
        Assert.That(Attributions("The mayor believes the pier is safe.").Select(a => a.Cue), Does.Contain("believes"));
    }

    // The particle, preposition or colon a cue governs is part of the cue; what follows it is what is reported.
    [TestCase("The harbour master pointed out that the pier had been closed twice.", "pointed out", "the pier had been closed twice")]
    [TestCase("Ana Ruiz talked about the winter timetable for an hour.", "talked about", "the winter timetable for an hour")]
    [TestCase("The ferry union railed against the new toll.", "railed against", "the new toll")]
    [TestCase("Mr. Lee referred to the audit of the harbour accounts.", "referred to", "the audit of the harbour accounts")]
    [TestCase("The harbour master said: “The pier is safe.”", "said:", "“The pier is safe.”")]
    [TestCase("The ferry captain lashed out at the new timetable.", "lashed out at", "the new timetable")] // a particle, then a preposition
    public void A_governed_word_after_the_cue_belongs_to_it(string sentence, string cue, string content)
    {
        var found = AttributionsWithContent(sentence);
        Assert.That(found, Does.Contain((cue, content)), string.Join("; ", found));
    }

    // The same word after a cue that does not govern it opens a phrase of time, place or addressee.
    [TestCase("The harbour master said on Tuesday that the pier was safe.", "said")]
    [TestCase("The harbour master said at the meeting that the pier was safe.", "said")]
    [TestCase("The harbour master has said for weeks that the pier is safe.", "has said")]
    public void A_word_the_cue_does_not_govern_stays_outside_it(string sentence, string cue)
    {
        Assert.That(Attributions(sentence).Select(a => a.Cue), Does.Contain(cue));
    }

    // A relative clause with no commas is part of its noun's phrase: the subject is the noun with the clause, not the
    // clause's last noun; a clause with no finite verb of its own before the cue is no such clause.
    [TestCase("A harbour official who spoke to the crews at the pier said the ferry would sail.", "said", "A harbour official who spoke to the crews at the pier")]
    [TestCase("Skippers who lost boats in the storm say the pier is unsafe.", "say", "Skippers who lost boats in the storm")]
    [TestCase("Unions that have backed the ferry plan warned that fares would rise.", "warned", "Unions that have backed the ferry plan")]
    [TestCase("The board rejected the plan that the mayor said would cut fares.", "said", "the mayor")]
    [TestCase("The mayor, who chairs the board, said the toll would stay.", "said", "The mayor, who chairs the board")]
    public void A_restrictive_relative_clause_belongs_to_the_subject(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain((cue, (string?)source)), string.Join("; ", found));
    }

    // A quantifier floating off the subject, or a time phrase, between the subject and its verb belongs to neither: the
    // subject stands before it. A time phrase the phrase reader takes with a document stays there: it dates the document.
    [TestCase("The two harbour masters have both urged the board to keep the toll.", "urged", "The two harbour masters")]
    [TestCase("The skippers all said the pier was unsafe.", "said", "The skippers")]
    [TestCase("The harbour master, who chairs the board, on Friday said the toll would stay.", "said", "The harbour master, who chairs the board")]
    [TestCase("Police had last month charged the ferry captain with neglect.", "charged", "Police")]
    [TestCase("Both said the pier was unsafe.", "said", "Both")]
    [TestCase("A survey last week found that most riders want a second ferry.", "found", "A survey last week")]
    [TestCase("Tom Lee on Friday warned that the pier was unsafe.", "warned", "Tom Lee")]
    [TestCase("The harbour master on Tuesday said the toll would stay.", "said", "The harbour master")]
    public void A_floating_quantifier_or_a_time_phrase_is_no_subject(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain((cue, (string?)source)), string.Join("; ", found));
    }

    // A verb after "and" or "but" that shares a subject reports what follows it; the first conjunct is not its content.
    [TestCase("The chair thanked the crews and said the pier would reopen.", "said", "the pier would reopen")]
    [TestCase("The union said the talks had collapsed but warned that a strike was near.", "warned", "a strike was near")]
    [TestCase("“We will stay,” the aide said, and added that the talks would go on.", "added", "the talks would go on")]
    public void A_verb_after_and_reports_what_follows_it(string sentence, string cue, string content)
    {
        var found = AttributionsWithContent(sentence);
        Assert.That(found, Does.Contain((cue, content)), string.Join("; ", found));
    }

    private static List<(string Cue, string Content)> AttributionsWithContent(string sentence)
    {
        var text = "Headline\n\n" + sentence + "\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        return [.. analysis.Sourcing.Attributions.Select(a => (text.Substring(a.Cue.Start, a.Cue.Length), text.Substring(a.Content.Start, a.Content.Length).Trim()))];
    }

    // One stretch of words is one cue: a verb group read twice (a party's seeking and what it seeks to say, a stance
    // adjective and its infinitive) gives one attribution, the reading that starts first, at one start the shorter.
    [TestCase("The ferry company has sought to reassure its crews about the new timetable.", "has sought")]
    [TestCase("Last spring the harbour board sought to counter the union's claims about the pier.", "sought")]
    [TestCase("Nobody on the council is eager to attack the new toll in public.", "is eager")]
    public void Overlapping_readings_of_one_verb_group_give_one_cue(string sentence, string cue)
    {
        var found = Attributions(sentence);
        Assert.That(found.Select(a => a.Cue), Is.EqualTo(new[] { cue }), string.Join("; ", found));
    }

    // A participle after an earlier cue of its clause with no punctuation between is part of that cue's report: right
    // after the verb's object it says what the message put out said (one cue, the participle's content its content);
    // after a preposition or a verb it is the report's ground or content, and only the first cue stays.
    [TestCase("The harbour board issued a statement saying the pier would close in May.", "issued a statement saying", "the pier would close in May")]
    [TestCase("The union wrote a letter to the mayor asking for a lower toll.", "wrote a letter to the mayor asking for", "a lower toll")]
    [TestCase("The council criticized the mayor for saying the toll was fair.", "criticized", "the mayor for saying the toll was fair")]
    [TestCase("The skipper said the board began blaming the crews.", "said", "the board began blaming the crews")]
    public void A_participle_in_the_stretch_of_an_earlier_cue_is_part_of_its_report(string sentence, string cue, string content)
    {
        var found = AttributionsWithContent(sentence);
        Assert.That(found, Is.EqualTo(new List<(string, string)> { (cue, content) }), string.Join("; ", found));
    }

    // Set off by a comma, a participle clause is a report of its own.
    [TestCase("The board issued a statement on Friday, saying the pier would close.", "issued", "saying")]
    [TestCase("The mayor praised the crews, adding that the pier would reopen.", "praised", "adding")]
    public void A_participle_after_a_comma_stays_a_report_of_its_own(string sentence, string first, string participle)
    {
        var found = Attributions(sentence);
        Assert.That(found.Select(a => a.Cue), Is.EqualTo(new[] { first, participle }), string.Join("; ", found));
    }

    private static List<(string Cue, string? Source)> Attributions(string sentence)
    {
        var text = "Headline\n\n" + sentence + "\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        return [.. analysis.Sourcing.Attributions.Select(a => (text.Substring(a.Cue.Start, a.Cue.Length), a.Source?.Text))];
    }
}
