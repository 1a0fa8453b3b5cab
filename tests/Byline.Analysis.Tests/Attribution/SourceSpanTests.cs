
namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Where a source's span starts and ends, on invented sentences: the conventions of PolNeAR's annotation guidelines
/// that state a general rule (a parenthetical's closing comma, the description of a speaker named after the verb, a
/// relative clause without "that", a compound subject).
/// </summary>
public class SourceSpanTests
{
    // The comma that closes a parenthetical the source opened belongs to its span; the source's text stays without it.
    [TestCase("Ana Ruiz, who has sailed the bay for years, said the toll was too high.", "said", "Ana Ruiz, who has sailed the bay for years,")]
    [TestCase("Tom Lee, the harbour master, warned that the pier would close.", "warned", "Tom Lee, the harbour master,")]
    public void A_parenthetical_closing_comma_is_part_of_the_source_span(string sentence, string cue, string span)
    {
        var found = Sources(sentence).Single(s => s.Cue == cue);
        Assert.That(found.Span, Is.EqualTo(span));
        Assert.That(found.Text, Is.EqualTo(span.TrimEnd(',')));
    }

    // A source with no comma of its own does not take the comma after it.
    [TestCase("“The toll is too high,” said Tom Lee, adding that the pier was unsafe.", "said", "Tom Lee")]
    public void A_comma_after_a_source_without_one_stays_out(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A speaker named after the verb is described to the sentence's end: appositions, their prepositional phrases and
    // relative clauses are who the speaker is.
    [TestCase("“The toll is too high,” said Ana Ruiz, a pilot at the harbour who has sailed the bay for a decade.", "Ana Ruiz, a pilot at the harbour who has sailed the bay for a decade")]
    [TestCase("“We will sail anyway,” said Tom Lee, the head of the ferry union in Bath.", "Tom Lee, the head of the ferry union in Bath")]
    [TestCase("Commuters will have to find another ferry, said Ana Ruiz, the harbour master.", "Ana Ruiz, the harbour master")]
    public void A_speaker_after_the_verb_runs_to_the_end_of_the_sentence(string sentence, string span)
    {
        Assert.That(Sources(sentence).Select(s => s.Span), Does.Contain(span));
    }

    // It stops before what is no description: a participle clause, a subordinate clause, a dash, and a relative clause
    // that reports speech of its own (a second attribution).
    [TestCase("“The toll is too high,” said Ana Ruiz, a harbour pilot, referring to the new levy.", "Ana Ruiz, a harbour pilot,")]
    [TestCase("“The toll is too high,” said Tom Lee when asked about the levy.", "Tom Lee")]
    [TestCase("“The toll is too high,” said Ana Ruiz, a harbour pilot, who also said the pier was unsafe.", "Ana Ruiz, a harbour pilot,")]
    [TestCase("“The toll is too high,” said Tom Lee — a view the board does not share.", "Tom Lee")]
    public void A_speaker_after_the_verb_stops_before_what_is_no_description(string sentence, string span)
    {
        Assert.That(Sources(sentence).First(s => s.Cue == "said").Span, Is.EqualTo(span));
    }

    // "…, said X" is inverted when the clause it follows ends in a part that hangs on that clause: a prepositional phrase
    // after a quotation, an -ing clause, a relative or subordinate clause.
    [TestCase("The mayor “did well among dock workers” in the last vote, said harbour historian Tom Lee.", "harbour historian Tom Lee")]
    [TestCase("The skipper lacks support from the crews, whom he has angered with his plans, said Ana Ruiz, director of the Harbour Institute.", "Ana Ruiz, director of the Harbour Institute")]
    [TestCase("That would mean a hard winter for the ferry, forcing it to cut sailings, said Tom Lee.", "Tom Lee")]
    [TestCase("Some fares are hard to justify, while others mean little to commuters, said Ana Ruiz.", "Ana Ruiz")]
    public void A_speaker_after_a_clause_with_an_adjunct_part_is_inverted(string sentence, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue is "said").Span, Is.EqualTo(span));
    }

    // A participle clause set off by commas after the subject, with an adverb before its participle, is no part of the source.
    [TestCase("The harbour master, also campaigning in Bath, said the toll would rise.", "said", "The harbour master")]
    [TestCase("The mayor, still smarting over the vote, grudgingly agreed to meet the union.", "grudgingly agreed", "The mayor")]
    public void A_participle_aside_after_an_adverb_is_no_part_of_the_source(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A participle clause that opens the sentence has no subject of its own, even when a quotation inside it hides the
    // comma that closes it: the main clause's subject speaks.
    [TestCase("Citing the storm as a warning to the town and its “dreams of a pier for yachts,” Ana Ruiz urged the council to act.", "Citing", "Ana Ruiz")]
    [TestCase("Conceding that the skipper “says a lot of silly things,” though, Tom Lee did suggest that the boats give him an edge.", "Conceding", "Tom Lee")]
    public void An_opening_participle_clause_is_spoken_by_the_main_clause_subject(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // The part before the comma describes the subject, or the phrase after the verb is its object: no inversion.
    [TestCase("Ana Ruiz, who has sailed the bay for years, told reporters.", "told", "reporters")]
    [TestCase("Tom Lee, in remarks at the pier, told reporters.", "told", "reporters")]
    [TestCase("The board met on Monday, forcing the vote, and attacked him in a closed session.", "attacked", "him")]
    public void A_description_or_an_object_after_the_verb_is_no_inverted_speaker(string sentence, string cue, string notSpan)
    {
        Assert.That(Sources(sentence).Where(s => s.Cue == cue).Select(s => s.Span), Has.None.StartsWith(notSpan));
    }

    // A subject pronoun right after a noun opens a relative clause without "that": the pronoun is the speaker.
    [TestCase("It is a plan she says will empty the harbour.", "says", "she")]
    [TestCase("The only regret he voiced was the closing of the pier.", "voiced", "he")]
    public void A_pronoun_after_a_noun_is_the_subject_of_a_contact_clause(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Where(s => s.Cue == cue).Select(s => s.Span), Is.EqualTo(new[] { span }));
    }

    // A compound subject that opens the clause is one source, with its conjunction.
    [TestCase("Ana Ruiz and Tom Lee said the toll was too high.", "said", "Ana Ruiz and Tom Lee")]
    [TestCase("The ferry union and the harbour board agree that the pier must close.", "agree", "The ferry union and the harbour board")]
    [TestCase("But the skippers and their crews argued that the levy was unfair.", "argued", "the skippers and their crews")]
    public void A_compound_subject_is_one_source(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A compound subject after an introductory phrase, a comma or a subordinator starts where its first conjunct does.
    [TestCase("Still, some lawmakers and engineers said the bridge would hold.", "said", "some lawmakers and engineers")]
    [TestCase("The plan will fail, the ferry union and the harbour board argue.", "argue", "the ferry union and the harbour board")]
    [TestCase("On Monday, she and her brother told reporters the shop would close.", "told", "she and her brother")]
    [TestCase("The pier reopened while the mayor and her aides insisted it was unsafe.", "insisted", "the mayor and her aides")]
    [TestCase("But the mayor, the union and the board agree that the toll must go.", "agree", "the mayor, the union and the board")]
    public void A_compound_subject_after_an_opener_is_one_source(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A comma before "and" joins two clauses; a relative clause after "and" keeps the subject it is read with (its relative pronoun).
    [TestCase("The first survey was small, and several later surveys show the mayor ahead.", "show", "several later surveys")]
    [TestCase("The union met the mayor and the skippers who opposed the toll.", "opposed", "who")]
    public void A_clause_after_and_keeps_its_own_subject(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A quantity or a noun before "of" heads the subject whose part or complement the words after "of" name.
    [TestCase("Some of the dock workers said the pier was unsafe.", "said", "Some of the dock workers")]
    [TestCase("The toll is too high, two of the pilots agree.", "agree", "two of the pilots")]
    [TestCase("About 40% of the crews say they would strike.", "say", "40% of the crews")]
    [TestCase("Still, most of the skippers argue that the levy is unfair.", "argue", "most of the skippers")]
    [TestCase("In a letter, the owners of the old boatyard said they would sell.", "said", "the owners of the old boatyard")]
    public void A_partitive_subject_is_whole(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // Before an -ing form, or after a verb, the words after "of" stand alone: no larger subject holds them.
    [TestCase("The crowd cheered the sight of the mayor denouncing the toll.", "denouncing", "the mayor")]
    public void A_complement_before_an_ing_form_speaks_alone(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A participle clause between commas says what the subject was doing, not who it is; "including" names its members.
    [TestCase("Ana Ruiz, speaking at the harbour on Monday, said the toll was too high.", "said", "Ana Ruiz")]
    [TestCase("The board, citing new figures, argued that the ferry would stop.", "argued", "The board")]
    [TestCase("Several skippers, including Tom Lee, said the channel was too shallow.", "said", "Several skippers, including Tom Lee,")]
    [TestCase("Tom Lee, managing director of the ferry line, said the fares would rise.", "said", "Tom Lee, managing director of the ferry line,")]
    public void A_participle_clause_before_the_verb_is_no_part_of_the_source(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // After a verb, the phrase before "and" is that verb's object, not part of the next clause's subject.
    [TestCase("The crowd booed the mayor and Tom Lee said the toll was unfair.", "said", "Tom Lee")]
    public void An_object_before_and_is_no_part_of_the_next_subject(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A phrase right after a verb is its object; after the comma that closes it, the next verb of the list is the subject's.
    [TestCase("The harbour master inspected the old pier, warned that it could collapse and closed it.", "warned", "The harbour master")]
    [TestCase("She thanked the dock workers, then argued that the toll should fall.", "argued", "She")]
    [TestCase("Ana Ruiz, who chairs the ferry board, said the fares would stay the same.", "said", "Ana Ruiz, who chairs the ferry board,")]
    public void An_object_before_a_comma_is_not_the_next_verbs_subject(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue.Contains(cue, StringComparison.Ordinal)).Span, Is.EqualTo(span));
    }

    // The shared subject is not taken from inside a quotation, nor is an "it" that names no one.
    [TestCase("“We will rebuild the pier,” said Tom Lee, the harbour master, who told the board that repairs had begun.", "said", "Tom Lee, the harbour master,")]
    public void A_shared_subject_is_never_a_quotations_word(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Where(s => s.Cue == cue).Select(s => s.Span), Is.EqualTo(new[] { span }));
    }

    // A prepositional phrase between the subject and its verb says when, where or how: the subject stands before it.
    [TestCase("The two skippers have in the past said the toll was unfair.", "said", "The two skippers")]
    [TestCase("Tom Lee, who in the past has argued for a lower toll, stayed silent.", "argued", "who")]
    [TestCase("The ferry union, on the other hand, warned that fares would climb.", "warned", "The ferry union")]
    [TestCase("Ana Ruiz, in her reply, said the pier would reopen.", "said", "Ana Ruiz")]
    public void A_prepositional_phrase_before_the_verb_is_no_source(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Where(s => s.Cue.Contains(cue, StringComparison.Ordinal)).Select(s => s.Span), Is.EqualTo(new[] { span }));
    }

    // A name after the preposition in a parenthetical says where the source works, and stays in the source.
    [TestCase("Ana Ruiz, at Harbour Watch, said the pier would reopen.", "said", "Ana Ruiz, at Harbour Watch,")]
    public void An_affiliation_between_commas_stays_in_the_source(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // An -ing form after a preposition's object: the clause's subject acted there and speaks.
    [TestCase("Tom Lee posted a note on the harbour forum saying the pier was unsafe.", "posted a note on the harbour forum saying", "Tom Lee")] // one cue with the verb before it
    [TestCase("The mayor went on the radio urging commuters to take the ferry.", "urging", "The mayor")]
    public void A_prepositions_object_before_an_ing_form_does_not_speak(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // After "with", the noun phrase is the -ing form's own subject (an absolute clause).
    [TestCase("The board met on Monday, with Ana Ruiz calling the toll unfair.", "calling", "Ana Ruiz")]
    public void The_noun_phrase_of_an_absolute_clause_speaks(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A middle initial's period is no sentence end and no phrase boundary: the name is whole.
    [TestCase("Ana J. Ruiz said the toll was too high.", "said", "Ana J. Ruiz")]
    [TestCase("The pier is unsafe, Tom R. Lee warned on Monday.", "warned", "Tom R. Lee")]
    public void A_name_with_a_middle_initial_is_one_source(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // The object of "according to" is a whole noun phrase: what follows its head describes it, up to the mark that
    // closes the phrase; a mark written between two words joins them.
    [TestCase("Fares rose by a third, according to a Harbour Institute/Tide Watch survey released on Friday.", "a Harbour Institute/Tide Watch survey released on Friday")]
    [TestCase("The ferry will not sail this winter, according to two pilots familiar with the timetable.", "two pilots familiar with the timetable")]
    [TestCase("The pier will close in May, according to a memo seen by the crews, which the board has not denied.", "a memo seen by the crews")]
    [TestCase("According to a tally kept by the union, most skippers back the toll.", "a tally kept by the union")]
    [TestCase("The levy doubled last year, according to figures from tidewatch.org on the harbour's fees.", "figures from tidewatch.org on the harbour's fees")]
    public void The_object_of_according_to_runs_to_the_mark_that_closes_it(string sentence, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue.Equals("according to", StringComparison.OrdinalIgnoreCase)).Span, Is.EqualTo(span));
    }

    // Opening the sentence with no comma after it, the phrase may run into the clause it introduces: the object stays
    // the noun phrase the reader found.
    [TestCase("According to the harbour board the pier will close in May.", "the harbour board")]
    public void An_opening_according_to_without_a_comma_keeps_its_noun_phrase(string sentence, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == "According to").Span, Is.EqualTo(span));
    }

    // Where the noun-phrase reader finds no object (a quoted title, a pronoun with what follows it, a possessive before
    // a quoted name), "according to" still names its source: the words up to the mark that closes the phrase.
    [TestCase("According to “The Harbour Years: A History,” the pier opened in 1902.", "The Harbour Years: A History")]
    [TestCase("According to some on the council, the toll is too high.", "some on the council")]
    [TestCase("The fare would fall by a third, according to her “fair fares” plan.", "her “fair fares” plan")]
    public void According_to_names_its_source_where_no_noun_phrase_is_read(string sentence, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue.Equals("according to", StringComparison.OrdinalIgnoreCase)).Span, Is.EqualTo(span));
    }

    // A pronoun written with a contracted auxiliary is the source; the auxiliary belongs to the verb group.
    [TestCase("He’s warned the board that the pier is unsafe.", "warned", "He")]
    [TestCase("They've argued that the toll is too high.", "argued", "They")]
    [TestCase("I'd said the ferry would be late.", "said", "I")]
    public void A_contracted_auxiliary_stays_out_of_a_pronoun_source(string sentence, string cue, string span)
    {
        var found = Sources(sentence).Single(s => s.Cue == cue);
        Assert.That(found.Span, Is.EqualTo(span));
        Assert.That(found.Text, Is.EqualTo(span));
    }

    // A quotation that opens the sentence and closes with a comma is what the clause after it reports: the described
    // subject of that clause starts after the quotation, and what follows the verb is its object, not its speaker.
    [TestCase("“The pier stays shut,” Ana Ruiz, the harbour master, told reporters on Friday.", "told", "Ana Ruiz, the harbour master,")]
    [TestCase("''We will not pay the toll,'' Tom Lee, a skipper from Bath, said quietly.", "said", "Tom Lee, a skipper from Bath,")]
    [TestCase("“The levy is unfair,” the union's new chair, Ana Ruiz, wrote in a letter.", "wrote", "the union's new chair, Ana Ruiz,")]
    public void A_described_subject_after_an_opening_quotation_starts_after_it(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue.StartsWith(cue, StringComparison.Ordinal)).Span, Is.EqualTo(span));
    }

    // A quotation inside a speaker's description does not open the sentence: the subject still starts at the name.
    [TestCase("The ferry union, which calls the levy “theft,” said on Monday that it would strike.", "said", "The ferry union")]
    [TestCase("Ana Ruiz, who wrote “Tides,” said the pier was unsafe.", "said", "Ana Ruiz")]
    public void A_quotation_inside_a_description_leaves_the_subject_start(string sentence, string cue, string name)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Does.StartWith(name));
    }

    // After a long opening phrase, a name set off with its description before the verb is the subject, description and
    // closing comma with it; a description holding a finite verb is a clause, and the name is not read that way.
    [TestCase("In a short speech to the crews on the quay at dawn, Ana Ruiz, the harbour master, warned that the pier would close.", "warned", "Ana Ruiz, the harbour master,")]
    [TestCase("Although the ferry ran late again on Monday, Tom Lee, a skipper from Bath, said the toll was fair.", "said", "Tom Lee, a skipper from Bath,")]
    public void A_name_with_its_description_after_a_long_opening_phrase_is_the_subject(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A dash right before the verb closes an aside the subject opened: the subject is the phrase before the opening
    // dash, with the aside and its closing dash, and the words after the verb are its object or content, never an
    // inverted speaker.
    [TestCase("The skippers — all of them from Bath — told the board that the toll was unfair.", "told", "The skippers — all of them from Bath —")]
    [TestCase("Ana Ruiz – at sea for a week – said the pier was unsafe.", "said", "Ana Ruiz – at sea for a week –")]
    // Typewriter copy writes the dash as two hyphens or as a hyphen with a space on each side, some copy as a
    // horizontal bar; the pair is written alike, and a hyphen inside a compound is no dash.
    [TestCase("Dock workers -- including several pilots -- quickly accused the board of stalling.", "quickly accused", "Dock workers -- including several pilots --")]
    [TestCase("Mrs. Ruiz -- whose father ran the ferry for years -- has publicly derided the levy.", "has publicly derided", "Mrs. Ruiz -- whose father ran the ferry for years --")]
    [TestCase("Some harbour economists - among them two on the board itself - warn that fares could rise.", "warn", "Some harbour economists - among them two on the board itself -")]
    [TestCase("The pro-union skippers - most of them from the north - said fuel cost too much.", "said", "The pro-union skippers - most of them from the north -")]
    [TestCase("The skippers ― most of them from the north ― stressed the cost of fuel.", "stressed", "The skippers ― most of them from the north ―")]
    // Such a dash ends a clause's part as an em dash does: a participle later hangs on the clause around the aside.
    [TestCase("Mrs. Ruiz -- whose father ran the ferry for years -- has derided the levy, suggesting that the board drop it.", "suggesting", "Mrs. Ruiz -- whose father ran the ferry for years --")]
    public void A_subject_with_an_aside_between_dashes_runs_to_the_closing_dash(string sentence, string cue, string span)
    {
        var found = Sources(sentence).Single(s => s.Cue == cue);
        Assert.That(found.Span, Is.EqualTo(span));
    }

    // An aside set off by commas between the subject and its verb that says when, where or how the subject acted is
    // no part of the subject: it opens with a preposition of time, place or means, or a sentence adverb. A name right
    // after the preposition says whom the source works for and stays; after a described speaker the description stays.
    [TestCase("The union, for instance, said the toll was too high.", "said", "The union")]
    [TestCase("Ana Ruiz, in a statement on Friday, said the toll was too high.", "said", "Ana Ruiz")]
    [TestCase("Tom Lee, during a visit to the pier, told reporters the toll was too high.", "told", "Tom Lee")]
    [TestCase("The board, meanwhile, argued that the toll was fair.", "argued", "The board")]
    [TestCase("Ann Pike (D-Ohio), for example, said the toll was too high.", "said", "Ann Pike (D-Ohio)")]
    [TestCase("The mayor, after the storm closed the pier, told reporters the toll was too high.", "told", "The mayor")]
    [TestCase("In Bath, Lee, in a grey suit, said little about the toll.", "said", "Lee")]
    [TestCase("Tom Lee, at Harbour Watch, said the toll was too high.", "said", "Tom Lee, at Harbour Watch,")]
    [TestCase("Ana Ruiz, the harbour master, for example, said the toll was too high.", "said", "Ana Ruiz, the harbour master,")]
    public void An_adverbial_aside_before_the_verb_is_no_part_of_the_source(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // The adverbs of time, sequence or focus and the auxiliary of a question or an inversion that open a clause before
    // its subject are no part of it; an adverb a preposition governs is left, and so is a compound's second conjunct.
    [TestCase("Then she told the crews the pier would close.", "told", "she")]
    [TestCase("Even the harbour master's allies concede that the toll is high.", "concede", "the harbour master's allies")]
    [TestCase("Does the mayor think the pier will reopen?", "think", "the mayor")]
    [TestCase("Nor did the board say when the ferry would sail.", "say", "the board")]
    [TestCase("Skippers and even some pilots say the toll is too high.", "say", "Skippers and even some pilots")]
    public void An_adverb_or_auxiliary_that_opens_the_clause_is_no_part_of_the_source(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A verb after "and" or "but" with no subject of its own continues the nearest verb of the same form before it and
    // shares its subject: past joins past, whatever clause that verb stands in ("when", "who"); a verb inside a report's
    // clause is the report's, so the verb after "and" continues the report.
    [TestCase("The crowd cheered when the mayor spotted a banner and asked for it to be brought up.", "asked for", "the mayor")]
    [TestCase("Our reporter spoke to Ana Ruiz, who saw the crash and described it to police.", "described", "who")]
    [TestCase("The governor predicted that the harbour would soon recover and praised the crews for their work.", "praised", "The governor")]
    [TestCase("The union said the talks had collapsed and warned of a strike.", "warned of", "The union")]
    [TestCase("The minister attacked the plan, saying it would cost jobs, and reminded the audience of the last vote.", "reminded", "The minister")]
    [TestCase("The chair thanked the crews and said the pier would reopen.", "said", "The chair")]
    public void A_verb_after_and_shares_the_subject_of_the_verb_it_continues(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // An -ing form after "and" or "but" is the second conjunct of the -ing form before it and shares its speaker: a
    // comma-set participle clause's is the subject of the clause it hangs on, not the subject inside what the first
    // participle says; an -ing form with its own subject before it ("with … telling") lends that subject.
    [TestCase("The mayor defended the budget, saying the port had lost money and calling the levy a fair price.", "calling", "The mayor")]
    [TestCase("She answered carefully, acknowledging that the union had a point but warning that the budget was fixed.", "warning", "She")]
    [TestCase("The harbour master looked relieved, noting that the ferry had been repaired and suggesting that it could sail by Friday.", "suggesting", "The harbour master")]
    [TestCase("The director has pushed back against the criticism, insisting the museum had followed the rules and calling the complaints \"unfounded.\"", "calling", "The director")]
    [TestCase("Fishermen gathered at the quay on Sunday, with their union leader telling reporters that the toll was unfair and asking the council to drop it.", "asking", "their union leader")]
    public void An_ing_form_after_and_shares_the_speaker_of_the_ing_form_it_continues(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // An -ing form after a document that is the object of a verb of putting it out ("issued a statement saying")
    // reports what the verb's subject said through that document: the subject speaks.
    [TestCase("The harbour board issued a statement saying the pier would reopen in May.", "issued a statement saying", "The harbour board")] // one cue with a cue verb before it
    [TestCase("The ferry union put out a statement warning that fares would rise.", "warning", "The ferry union")]
    [TestCase("Ana Ruiz has published a letter disputing the council's figures.", "has published a letter disputing", "Ana Ruiz")]
    [TestCase("The mayor released a report showing that the toll had cut traffic.", "showing", "The mayor")]
    [TestCase("The skippers sent the council a letter urging it to drop the levy.", "urging", "The skippers")]
    public void An_ing_form_after_a_document_a_verb_takes_has_the_verbs_subject_as_speaker(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A document that is a sentence's subject, stands after a preposition, or is the object of a verb that does not
    // put it out ("disputed the polls showing …") still speaks itself.
    [TestCase("A report detailing the cuts was sent to the council.", "detailing", "A report")]
    [TestCase("The council met on Monday, with a new survey showing that most commuters back the toll.", "showing", "a new survey")]
    [TestCase("The mayor disputed the polls showing that most commuters opposed the toll.", "showing", "the polls")]
    public void An_ing_form_after_a_document_that_no_verb_takes_has_the_document_as_speaker(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A restrictive relative clause's own reporting verb has the relative pronoun as its subject, as one set off by
    // commas has ("Ruiz, who said …": "who"): the noun before the pronoun is the main clause's ("Commuters who say …
    // have signed": "who" says).
    [TestCase("Commuters who say the toll is too high have signed a petition.", "say", "who")]
    [TestCase("Most of the skippers who argued that the pier was unsafe stayed home.", "argued", "who")]
    [TestCase("The ferry drew support from a majority of those who said fares mattered most.", "said", "who")]
    public void A_restrictive_relative_clauses_verb_has_the_relative_pronoun_as_its_subject(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A naming participle right after a common noun and before the name is a reduced relative clause, a passive with
    // its "which is" left out: the noun is what is named, not who names it.
    [TestCase("The skippers formed a group called Harbour Watch to fight the toll.", "called")]
    [TestCase("The ferry lost money during the weeks known as the winter lull.", "known as")]
    [TestCase("Commuters set up a website dubbed “Toll Watch” last spring.", "dubbed")]
    public void A_naming_participle_after_a_noun_has_no_source(string sentence, string cue)
    {
        Assert.That(Sources(sentence).Where(s => s.Cue == cue), Is.Empty);
    }

    // A naming verb after its subject is active, and so is one whose name is followed by what it is called.
    [TestCase("The mayor called the levy a tax on commuters.", "called", "The mayor")]
    [TestCase("Commuters dubbed the new ferry the slow boat.", "dubbed", "Commuters")]
    [TestCase("One skipper called Lee “a liar” at the meeting.", "called", "One skipper")]
    public void A_naming_verb_after_its_subject_keeps_the_subject(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A participle right after a common noun and before an adverbial of when or where, with the finite verb later, is
    // a reduced relative clause ("which was published …"): the noun is what was put out, not who put it out.
    [TestCase("A report published Tuesday showed the ferry toll had doubled.", "published")]
    [TestCase("In a video posted online on Sunday, the mayor defended the toll.", "posted")]
    [TestCase("The letter published in the harbour weekly urged the council to act.", "published")]
    public void A_reduced_relatives_participle_has_no_source(string sentence, string cue)
    {
        Assert.That(Sources(sentence).Where(s => s.Cue == cue), Is.Empty);
    }

    // A content clause after the adverbial belongs to a finite verb, whose subject speaks.
    [TestCase("Harbour officials stressed on Friday that the pier was safe.", "stressed", "Harbour officials")]
    [TestCase("The skippers announced Monday that the strike would end.", "announced", "The skippers")]
    public void A_finite_verb_before_a_time_and_a_clause_keeps_its_subject(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A speaker's description holds no second speaker: a noun or a participle inside it read as a verb does not take
    // the description's first words as its subject.
    [TestCase("“The toll is too high,” said Dana Roe, a fellow at a liberal think tank.", "think")]
    [TestCase("“Nobody reads the notices,” said Tom Lee, a creative writing teacher at the college.", "writing")]
    [TestCase("Fares will fall, says Mia Chen, an economist at the Harbour Institute, a conservative think tank.", "think")]
    public void A_verb_read_inside_a_speakers_description_has_no_source(string sentence, string cue)
    {
        var sources = Sources(sentence);
        Assert.That(sources.Where(s => s.Cue == cue), Is.Empty);
        Assert.That(sources.Any(s => s.Cue != cue && s.Span.Contains(cue)), Is.True, "the speaker's source holds the description");
    }

    // A relative clause inside the description has a subject of its own, the pronoun.
    [TestCase("“The pier is safe,” said Ana Ruiz, a councillor who backs the levy.", "backs", "who")]
    public void A_relative_clause_inside_a_speakers_description_keeps_its_pronoun(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A cue is never its own speaker: a gerund that opens the sentence has none, and a source that runs on over a
    // participle aside ends before it.
    [TestCase("Defending the toll is the hardest task the mayor faces this year.", "Defending")]
    [TestCase("Ignoring the skippers is no way to win the harbour vote.", "Ignoring")]
    [TestCase("The skippers, fearing a longer strike, voted to return to work.", "fearing")]
    public void No_source_holds_its_own_cue(string sentence, string cue)
    {
        Assert.That(Sources(sentence).Where(s => s.Cue == cue && s.Span.Contains(cue)), Is.Empty);
    }

    // "spend" with a stretch of time as its object: what the -ing form after it says, the verb's subject did.
    [TestCase("The mayor spent much of the hearing defending the new toll.", "defending", "The mayor")]
    [TestCase("Ruiz has spent nearly all of her time answering critics of the levy.", "answering", "Ruiz")]
    [TestCase("The skippers wasted the whole meeting attacking the harbour board.", "attacking", "The skippers")]
    public void An_ing_form_after_time_spent_has_the_spenders_subject_as_speaker(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    // A quotation that opens the sentence is what was said, whatever verb the tagger finds in it: the verb after the
    // comma is inverted, and its speaker follows it.
    [TestCase("“We're extremely pleased” about the vote, said Ana Ruiz, the union's director.", "said", "Ana Ruiz")]
    [TestCase("“No deal” before the vote, says Tom Lee.", "says", "Tom Lee")]
    public void A_verb_after_a_quotation_that_opens_the_sentence_has_its_speaker_after_it(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Does.StartWith(span));
    }

    // A participle after a quotation hangs on the clause that reports the quotation, not on the quoted clause.
    [TestCase("Mr. Lee said of the vote, “I don't like it,” adding that the toll was too high.", "adding", "Mr. Lee")]
    [TestCase("The mayor replied: “If they close the pier, they will regret it,” pointing to the ferry's losses.", "pointing to", "The mayor")]
    public void A_participle_after_a_quotation_has_the_quotations_speaker(string sentence, string cue, string span)
    {
        Assert.That(Sources(sentence).Single(s => s.Cue == cue).Span, Is.EqualTo(span));
    }

    private static List<(string Cue, string Span, string Text)> Sources(string sentence)
    {
        var text = "Headline\n\n" + sentence + "\n";
        return [.. SourcingOfText.Link(text).Attributions.Where(a => a.Source is not null)
            .Select(a => (text.Substring(a.Cue.Start, a.Cue.Length), text.Substring(a.Source!.Span.Start, a.Source.Span.Length), a.Source.Text))];
    }
}
