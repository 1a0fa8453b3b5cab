using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

using static Byline.Analysis.Tests.Attribution.SourcingOfText;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// A party's stance told by a verb or a noun no reporting list holds ("decried", "his support for"), and quotation
/// paragraphs that continue one speaker. Invented text.
/// </summary>
public class PartyStanceTests
{
    private static SentenceSourcing SentenceAt(string article, string needle)
    {
        var offset = article.IndexOf(needle, StringComparison.Ordinal);
        return Link(article).Sentences.Single(s => s.Span.Contains(offset));
    }

    [TestCase("The harbour board berates the ferry company.", "party-stance", "berates", "The harbour board")]
    [TestCase("Ana Ruiz cherishes the old ferry more than the new bridge.", "party-stance", "cherishes", "Ana Ruiz")]
    [TestCase("She loathes the plan to fill in the dock.", "party-stance", "loathes", "She")]
    [TestCase("The harbour board was hopeful that the ferry would return.", "party-stance", "was hopeful", "The harbour board")]
    [TestCase("The mayor is deeply sceptical about the new toll.", "party-stance", "is deeply sceptical about", "The mayor")]
    [TestCase("They’re hopeful that the ferry will run again by spring.", "party-stance", "hopeful", "They")] // a pronoun with a contracted "be"
    [TestCase("We're still hopeful that the pier reopens.", "party-stance", "still hopeful", "We")]
    [TestCase("Despite his support for the toll, the bridge stayed free.", "possessive-nominal", "support for", "his")]
    [TestCase("The crowd waited an hour for Ana Ruiz's remarks on the toll.", "possessive-nominal", "remarks", "Ana Ruiz's")]
    [TestCase("The council heard their suggestion that the pier close early.", "possessive-nominal", "suggestion", "their")]
    [TestCase("The mayor faced criticism of the toll from dock workers.", "nominal-stance", "criticism of", "dock workers")] // a stance noun with no possessor
    [TestCase("Support for the new pier is strongest among fishermen.", "nominal-stance", "Support for", "fishermen")]
    [TestCase("The ferry line won endorsements from two unions.", "nominal-stance", "endorsements from", "two unions")]
    [TestCase("The crews backed Mayor Ruiz's calls for a second ferry.", "possessive-nominal", "calls for", "Mayor Ruiz's")] // a nominal stance after a possessor
    [TestCase("The ferry company faced a few shots at its fares during the hearing.", "nominal-stance", "shots at", null)] // a jab is a stance taken
    [TestCase("There are doubts about the new breakwater among the older fishermen.", "nominal-stance", "doubts about", "the older fishermen")]
    [TestCase("The board renewed its promise to rebuild the pier before the winter.", "nominal-stance", "promise to", null)]
    [TestCase("Warnings about the cracked pillars went unheeded for a decade.", "nominal-stance", "Warnings about", null)]
    [TestCase("The old ferry got no mention of any kind at the hearing.", "nominal-stance", "mention of", null)]
    [TestCase("The timetable met a flat rejection of its winter sailings.", "nominal-stance", "rejection of", null)]
    [TestCase("A clear position on the toll is still missing.", "nominal-stance", "position on", null)]
    [TestCase("A long speech about harbour safety opened the fair.", "nominal-stance", "speech about", null)]
    [TestCase("The skippers got fresh advice from the coastguard.", "nominal-stance", "advice from", "the coastguard")]
    // The noun of a verb of taking a side, before the preposition that takes the verb's object.
    [TestCase("The harbour board came under criticism for the new fares.", "nominal-stance", "criticism for", null)]
    [TestCase("The mayor gave a strong defence of the toll at the hearing.", "nominal-stance", "defence of", "The mayor")]
    [TestCase("A sudden embrace of the ferry plan surprised the skippers.", "nominal-stance", "embrace of", null)]
    [TestCase("Chants of “save the pier” filled the square by noon.", "nominal-stance", "Chants of", null)]
    [TestCase("The harbour master delivered a long tirade against the ferry company.", "nominal-stance", "tirade against", "The harbour master")]
    public void Reads_a_partys_stance(string sentence, string pattern, string cue, string? source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain((pattern, cue, source)), string.Join("; ", found));
    }

    // A noun that names people by the side they take states their stance toward what follows "of" (names_its_holders).
    [TestCase("Supporters of the new breakwater filled the harbour hall on Tuesday.", "Supporters of")]
    [TestCase("The harbour master, a longtime critic of the ferry timetable, resigned on Friday.", "critic of")]
    [TestCase("Proponents of a second pier point to last winter's storms.", "Proponents of")]
    [TestCase("Opponents of the toll gathered outside the council offices.", "Opponents of")]
    [TestCase("Backers of Ana Ruiz handed out leaflets at the quay.", "Backers of")]
    public void Reads_the_side_a_noun_names_its_people_by(string sentence, string cue)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("nominal-stance", cue, (string?)null)), string.Join("; ", found));
    }

    // A noun of a disposition shown or taken by a light verb's subject is that subject's stance (only_after_light_verb);
    // the same noun with no light verb names no one's.
    [TestCase("The ferry union showed no sign of backing down.", "sign of", "The ferry union")]
    [TestCase("The harbour board has shown little inclination to compromise.", "inclination to", "The harbour board")]
    [TestCase("The island trust took an interest in the old lighthouse.", "interest in", "The island trust")]
    public void Reads_a_disposition_a_light_verb_shows(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("nominal-stance", cue, (string?)source)), string.Join("; ", found));
    }

    [TestCase("The empty quay is a sign of the times.")]
    [TestCase("Interest in the harbour bonds rose sharply in May.")]
    [TestCase("It showed signs of easing by noon.")] // shown by no party
    public void Reads_no_disposition_without_a_light_verb_and_a_party(string sentence)
    {
        Assert.That(Attributions(sentence), Is.Empty);
    }

    // A verb of causing a feeling (experiencer_object_verbs, Levin's "amuse" verbs): its object feels it, and the subject
    // is what the feeling is about, a party or not.
    [TestCase("The new harbour toll has angered ferry skippers.", "has angered", "ferry skippers")]
    [TestCase("The ruling alarmed dock workers along the coast.", "alarmed", "dock workers")]
    [TestCase("The mayor's remarks on the pier infuriated the union.", "infuriated", "the union")]
    [TestCase("Ana Ruiz disappointed the skippers with her vote on the toll.", "disappointed", "the skippers")]
    public void Reads_the_object_of_a_verb_of_causing_a_feeling_as_who_feels_it(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("party-stance", cue, (string?)source)), string.Join("; ", found));
    }

    // The subject feels it where the verb takes no party as object, and a verb of acting on someone keeps its subject.
    [TestCase("Ferry skippers worry that the toll will rise.", "worry", "Ferry skippers")]
    [TestCase("The mayor encouraged the skippers to mend their nets.", "encouraged", "The mayor")]
    public void Reads_the_subject_of_a_verb_of_feeling_or_acting(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found.Where(a => a.Cue == cue).Select(a => a.Source), Does.Contain(source), string.Join("; ", found));
    }

    // A particle, a preposition or an -ing form after the verb opens no object ("riled up", "puzzle through", "dismayed heading").
    [TestCase("The long wait kept the skippers riled up all night.", "up")]
    [TestCase("The board met to puzzle through the harbour accounts.", "through the harbour accounts")]
    public void Reads_no_feeler_from_a_word_that_opens_no_object(string sentence, string notSource)
    {
        var found = Attributions(sentence);
        Assert.That(found.Select(a => a.Source), Does.Not.Contain(notSource), string.Join("; ", found));
    }

    // The people a side noun names are no stance of a possessor ("his supporters" are people), nor a stance before a
    // content clause; and as a speaker's description, inside another cue's source, they are who speaks, not a second report.
    [TestCase("The mayor thanked his supporters for a long night at the polls.", "supporters")]
    [TestCase("She told cheering supporters that the pier would be saved.", "supporters that")]
    [TestCase("Critics of the new toll say it will drive skippers away.", "Critics of")]
    [TestCase("Opponents of the breakwater warned that it would silt up the harbour.", "Opponents of")]
    public void Reads_no_stance_from_the_people_a_side_noun_names(string sentence, string cue)
    {
        var found = Attributions(sentence);
        Assert.That(found.Select(a => a.Cue), Does.Not.Contain(cue), string.Join("; ", found));
        Assert.That(found, Is.Not.Empty);
    }

    // Verbs WordNet files under action whose news sense is a party's stance or speech act on a noun-phrase object
    // (party_verbs.include): taking a side, offering or urging, an institution's decision, an attack in words.
    [TestCase("The ferry union backed the new winter timetable.", "backed", "The ferry union")]
    [TestCase("Ana Ruiz offered a compromise on the harbour toll.", "offered", "Ana Ruiz")]
    [TestCase("The governor vetoed the bill on pier fees.", "vetoed", "The governor")]
    [TestCase("The council banned night fishing off the breakwater.", "banned", "The council")]
    [TestCase("Tom Lee championed a second breakwater for years.", "championed", "Tom Lee")]
    [TestCase("The mayor encouraged the skippers to mend their nets.", "encouraged", "The mayor")]
    [TestCase("She resisted the merger of the two ferry lines.", "resisted", "She")]
    [TestCase("The mayor appointed a new harbour master last week.", "appointed", "The mayor")]
    public void Reads_a_partys_act_on_its_object(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("party-stance", cue, (string?)source)), string.Join("; ", found));
    }

    [TestCase("The storm blocked the harbour road for a day.")] // no party acts
    [TestCase("The new quay offers shelter to small boats.")]
    [TestCase("The delivery van backed into the pier.")]
    [TestCase("The skippers came back to the harbour at dawn.")] // "back" is no verb here
    [TestCase("The ferry was backed by the county and sailed on.")] // a passive: no finite stance verb
    [TestCase("It deplores nothing, the old engine of the ferry.")] // "it" is no party
    [TestCase("The tide faced the pier all winter.")] // "face": no position taken
    [TestCase("The storm, which meant the pier closed, came early.")]
    [TestCase("The bill's support for farmers was thin.")]
    [TestCase("The new toll is critical to the harbour's budget.")] // no party, and "to" says no stance
    [TestCase("The harbour master was happy.")] // nothing the stance is about // a common noun's possessive
    [TestCase("Its statement on the toll was short.")]
    [TestCase("The harbour board praised his record on the ferry.")] // "record" is no stance after a possessor
    [TestCase("His speech at the harbour was short.")] // a bare noun names an event, not a stance reported
    [TestCase("The new sea wall is the village's best defence against storms.")] // "defence against": a protection, no side taken
    [TestCase("The ferry ran on time, though Ruiz's support fell to a third.")] // a clause's subject after its opening word
    [TestCase("The board was decrying the toll, backing the ferry instead.")] // a progressive or participle: no finite stance verb
    public void Reads_no_stance(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern is "party-stance" or "possessive-nominal").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    // Verbs the party-verb lexicon offers whose everyday sense is no position taken (party_verbs.exclude): causing,
    // getting ready or setting up, failing to reach, depending, permitting, choosing, working for, taking part, and
    // putting questions to others, whose answers are not the subject's.
    [TestCase("The harbour master prompted a second look at the pier.")]
    [TestCase("The new toll will affect the skippers on the north quay.")]
    [TestCase("Ana Ruiz prepared a short speech for the harbour fair.")]
    [TestCase("The council established a fund for the old ferry.")]
    [TestCase("Tom Lee introduced a bill on mooring fees last spring.")]
    [TestCase("The ferry line missed its target for winter sailings.")]
    [TestCase("The harbour board relies on fees from the car park.")]
    [TestCase("The mayor let the vote on the pier go ahead.")]
    [TestCase("The union selected a new chairwoman in March.")]
    [TestCase("Ana Ruiz advised two governors on coastal roads.")]
    [TestCase("Tom Lee teaches at the maritime college in the port.")]
    [TestCase("The mayor debated her rival at the town hall.")]
    [TestCase("The radio host interviewed the harbour master about the storm.")]
    [TestCase("The college surveyed 800 skippers along the coast.")]
    // Counting on something is relying on it; a day or an event marks an occasion; awaiting is waiting.
    [TestCase("The ferry line has counted on summer visitors for years.")]
    [TestCase("Friday marks a year since the old pier fell.")]
    [TestCase("The skippers await a ruling on the winter moorings.")]
    public void Reads_no_stance_from_a_verb_of_no_position(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern == "party-stance").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [TestCase("Calls for a second ferry grew louder over the winter.", "nominal-stance", "Calls for")]
    [TestCase("The council heard opposition to the toll at every meeting.", "nominal-stance", "opposition to")]
    [TestCase("There was much talk of a second ferry at the harbour.", "nominal-stance", "talk of")]
    [TestCase("The ferry line has fielded complaints about the timetable all winter.", "nominal-stance", "complaints about")]
    [TestCase("Fears that the levy would rise again spread through the village.", "nominal-stance", "Fears that")] // a noun of saying or thinking before its content clause
    [TestCase("A letter gave assurances that the ferry would sail on Monday.", "nominal-stance", "assurances that")] // a document is no party
    public void Reads_a_stance_held_by_nobody_named(string sentence, string pattern, string cue)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain((pattern, cue, (string?)null)), string.Join("; ", found));
    }

    // A light verb's object carries its meaning: the verb's subject holds the stance the noun names, and a possessive
    // pronoun right after the light verb refers back to that subject.
    [TestCase("Residents raised questions about the cost of the pier at once.", "nominal-stance", "questions about", "Residents")]
    [TestCase("The harbour master made an impassioned call for calm on Tuesday.", "nominal-stance", "call for", "The harbour master")]
    [TestCase("The union made the suggestion that the strike would end soon.", "nominal-stance", "suggestion that", "The union")]
    [TestCase("The council gave assurances that the ferry would sail on Monday.", "nominal-stance", "assurances that", "The council")]
    [TestCase("Dock workers offered support for the new pier.", "nominal-stance", "support for", "Dock workers")]
    [TestCase("Ana Ruiz threw her support behind the ferry plan.", "possessive-nominal", "support", "Ana Ruiz")]
    [TestCase("The skippers pinned their hopes on a second ferry.", "possessive-nominal", "hopes", "The skippers")]
    [TestCase("The council heard their suggestion that the pier close early.", "possessive-nominal", "suggestion", "their")] // no light verb: someone else's
    [TestCase("The ferry plan carries a promise to rebuild the pier by spring.", "nominal-stance", "promise to", null)] // a verb ends the noun's phrase
    [TestCase("The harbour master took a few shots at the ferry company during the hearing.", "nominal-stance", "shots at", "The harbour master")]
    [TestCase("Ana Ruiz has taken a swipe at the new toll.", "nominal-stance", "swipe at", "Ana Ruiz")]
    [TestCase("The mayor has made angry comments about the toll.", "topic", "comments about", "The mayor")] // a topic noun as a light verb's object
    [TestCase("The harbour master sounded a hopeful note about the ferry.", "topic", "note about", "The harbour master")]
    // Had, held or shown, a stance is its subject's: an opinion, a doubt, a hope, a sign of what one means to do.
    [TestCase("Ana Ruiz had no doubts about the plan.", "nominal-stance", "doubts about", "Ana Ruiz")]
    [TestCase("The skippers hold little hope for a second ferry.", "nominal-stance", "hope for", "The skippers")]
    [TestCase("The mayor showed no sign that she would back down.", "nominal-stance", "sign that", "The mayor")]
    public void A_light_verbs_subject_holds_the_stance_its_object_names(string sentence, string pattern, string cue, string? source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain((pattern, cue, source)), string.Join("; ", found));
    }

    // Received or had, a stance someone gives is held by the party its "of" phrase names; a bare stance noun after "in" is
    // an adverbial of its clause, whose subject holds it.
    [TestCase("The ferry line won the endorsement of the harbour union.", "nominal-stance", "endorsement of", "the harbour union")]
    [TestCase("Mayor Ana Ruiz has the support of most dock workers.", "nominal-stance", "support of", "most dock workers")]
    [TestCase("The harbour master has a low opinion of the new toll.", "nominal-stance", "opinion of", "The harbour master")] // an opinion is not given: "of" names its topic, the haver holds it
    [TestCase("The mayor had her strongest support among dock workers.", "nominal-stance", "support among", "dock workers")] // received: the possessive names who received it
    [TestCase("The council printed the endorsement of the ferry plan.", "nominal-stance", "endorsement of", null)] // not received: "of" names what is endorsed
    [TestCase("Ana Ruiz marched in support of the crews.", "nominal-stance", "support of", "Ana Ruiz")]
    [TestCase("Ana Ruiz spoke in favor of the toll at the hearing.", "nominal-stance", "favor of", "Ana Ruiz")]
    [TestCase("The mayor faced a rise in support for the ferry.", "nominal-stance", "support for", null)] // "in" after a noun belongs to the noun's phrase
    public void A_received_or_adverbial_stance_names_its_holder(string sentence, string pattern, string cue, string? source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain((pattern, cue, source)), string.Join("; ", found));
    }

    [Test]
    public void A_cue_after_a_stance_noun_is_not_nested_in_it()
    {
        var found = Attributions("Ana Ruiz spoke in favor of the toll, but her aides fear the pier will close.");
        Assert.That(found, Does.Contain(("party-stance", "fear", (string?)"her aides")).Or.Contain(("subject-cue-content", "fear", (string?)"her aides")), string.Join("; ", found));
    }

    [TestCase("A report that reached the harbour board on Monday was three pages long.")] // "that" opens a relative clause: no content clause
    public void Reads_no_content_clause_after_a_relative_that(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern is "nominal-stance").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [Test]
    public void A_stance_held_by_nobody_named_is_vague_not_unattributed()
    {
        const string article = "Ferry\n\nCalls for a second ferry grew louder over the winter.\n";
        Assert.That(SentenceAt(article, "Calls for").Status, Is.EqualTo(SourcingStatus.Vague));
    }

    [Test]
    public void A_stance_held_by_nobody_named_leaves_the_voice_carried_over()
    {
        const string article = "Ferry\n\nAna Ruiz said the ferry was too small. \u201cCalls for a second ferry grew louder over the winter.\u201d\n";
        Assert.That(SentenceAt(article, "Calls for").Status, Is.EqualTo(SourcingStatus.Carried));
    }

    [Test]
    public void A_stance_covers_its_own_sentence_only()
    {
        const string article = "Toll\n\nThe harbour board decried the new toll. The toll rose by a third in May.\n";
        Assert.That(SentenceAt(article, "The harbour board").Status, Is.EqualTo(SourcingStatus.Attributed));
        Assert.That(SentenceAt(article, "The toll rose").Status, Is.EqualTo(SourcingStatus.Unattributed));
    }

    [Test]
    public void A_stance_does_not_end_the_voice_of_an_earlier_speaker()
    {
        const string article = "Toll\n\nAna Ruiz said the pier was safe. She cherishes the old ferry. \u201cThe repairs will end in May.\u201d\n";
        var last = SentenceAt(article, "The repairs");
        Assert.That((last.Status, last.CarryOver), Is.EqualTo((SourcingStatus.Carried, CarryOver.Paragraph)));
        Assert.That(last.CarriedFrom?.CueLemma, Is.EqualTo("say"));
    }

    [Test]
    public void Consecutive_quotation_paragraphs_continue_one_speaker()
    {
        const string article = "Pier\n\nAna Ruiz said the pier would reopen.\n\n“The repairs are done. We are ready.”\n\n“The ferry sails on Monday.”\n\nThe toll rose by a third.\n";
        var third = SentenceAt(article, "The ferry sails");
        Assert.That((third.Status, third.CarriedFrom?.Source?.Text), Is.EqualTo((SourcingStatus.Carried, "Ana Ruiz")));
        Assert.That(SentenceAt(article, "The toll rose").Status, Is.EqualTo(SourcingStatus.Unattributed)); // the writer's own paragraph
    }
}
