using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Each attribution pattern (<see cref="AttributionPatterns"/>) on invented paraphrases: which pattern matched,
/// the cue and the source. No sentence here comes from an annotated corpus.
/// </summary>
public class AttributionPatternTests
{
    [TestCase("The harbour master insisted that the pier was safe.", "subject-cue-content", "insisted", "The harbour master")]
    [TestCase("Most say the new toll is too high.", "subject-cue-content", "say", "Most")] // a pronoun before "say": the verb, not the noun of "a say"
    [TestCase("The union called the strike a mistake.", "subject-cue-content", "called", "The union")] // "call" without "off" names its object
    [TestCase("A city engineer has also conceded that the repairs came late.", "subject-cue-content", "has also conceded", "A city engineer")]
    [TestCase("The harbour master now says the pier was never safe.", "subject-cue-content", "now says", "The harbour master")] // an adverb of time in the verb group
    [TestCase("“The pier is safe,” said the harbour master.", "content-cue-source", "said", "the harbour master")]
    [TestCase("Said the harbour master: “The pier is safe.”", "subject-cue-content", "Said", "the harbour master")] // the past opening the sentence is inverted
    [TestCase("“The pier is safe,” the harbour master told reporters.", "content-cue-source", "told", "the harbour master")]
    [TestCase("“The pier is safe,” the harbour master continued.", "content-cue-source", "continued", "the harbour master")] // "continue" before the end of its clause: going on speaking
    [TestCase("The harbour master continued: “The pier is safe.”", "subject-cue-content", "continued:", "The harbour master")]
    [TestCase("Ruiz criticised the council on Friday, saying it had waited too long.", "participle", "saying", "Ruiz")]
    [TestCase("Both harbour pilots walked out of the meeting on Friday, saying the council had waited too long.", "participle", "saying", "Both harbour pilots")] // the tagger ends the subject before its verb
    [TestCase("The boatbuilders downed tools at noon, calling the offer an insult.", "participle", "calling", "The boatbuilders")]
    [TestCase("The senator spent the morning denouncing the new toll.", "participle", "denouncing", "The senator")] // not "the morning": an -ing form after its object is the subject's
    [TestCase("Dock workers held banners proclaiming the strike a success.", "participle", "proclaiming", "Dock workers")]
    [TestCase("“The repairs are late,” the engineer said, referring to the north pier.", "participle", "referring to", "the engineer")] // "refer" reports only before "to", which it governs
    [TestCase("The mayor defended the budget while promising a new pier.", "participle", "promising", "The mayor")]
    [TestCase("The council met on Monday, with Ana Ruiz stating that the pier was safe.", "subject-cue-content", "stating", "Ana Ruiz")] // an absolute clause: the phrase before speaks
    [TestCase("The harbour master is telling residents that the pier is safe.", "subject-cue-content", "is telling", "The harbour master")] // after "be": finite
    [TestCase("The Harbour Board attacks the new toll in its report.", "subject-cue-content", "attacks", "The Harbour Board")] // capitals after a determiner: the tagger reads the verb
    [TestCase("According to the port authority, the pier will reopen in May.", "according-to", "According to", "the port authority")]
    [TestCase("The pier will reopen in May, according to the port authority.", "according-to", "according to", "the port authority")]
    [TestCase("Fares rose by a third, according to a new report from the Harbour Institute.", "according-to", "according to", "a new report from the Harbour Institute")] // a document's author is part of its phrase
    [TestCase("Ferry use fell in May, according to a tally by the harbour board.", "according-to", "according to", "a tally by the harbour board")]
    [TestCase("The pier cost $2 million, according to a court document prepared by the union.", "according-to", "according to", "a court document prepared by the union")]
    [TestCase("Mayor Ana Ruiz: “The pier is safe.”", "speaker-label", ":", "Mayor Ana Ruiz")]
    [TestCase("Ruiz: We will reopen the pier in May.", "speaker-label", ":", "Ruiz")]
    [TestCase("Ana Ruiz, head of the harbour board: “The pier is safe.”", "colon-opener", ":", "Ana Ruiz, head of the harbour board")]
    [TestCase("RUIZ: We will reopen the pier in May.", "speaker-label", ":", "RUIZ")]
    [TestCase("“RUIZ: We will reopen the pier in May.", "speaker-label", ":", "RUIZ")] // a transcript's label inside a quotation
    [TestCase("PIER TO REOPEN - Ana Ruiz: “The repairs are done.”", "speaker-label", ":", "Ana Ruiz")] // a label set off by a dash
    [TestCase("Survey: Most residents want the pier rebuilt.", "colon-opener", ":", "Survey")]
    [TestCase("Harbour Watch: The council will close the pier in May.", "speaker-label", ":", "Harbour Watch")] // a label word ending a name is the name's
    [TestCase("WHY THE OLD PIER ON THE NORTH SHORE OF THE BAY WILL TAKE ANOTHER TWO YEARS TO REBUILD - Ana Ruiz: “The repairs are slow.”", "speaker-label", ":", "Ana Ruiz")]
    [TestCase("Ana Ruiz and Tom Lee: “The repairs are slow.”", "colon-opener", ":", "Ana Ruiz and Tom Lee")] // two speakers share the colon
    [TestCase("REPAIRS RUN LATE - Ana Ruiz and Tom Lee: “The crews start on Monday.”", "colon-opener", ":", "Ana Ruiz and Tom Lee")]
    [TestCase("From the audit: “The repairs ran over budget.”", "colon-opener", ":", "the audit")] // a word of origin before the source
    [TestCase("The crews were late all week - More from Ruiz: “We start again on Monday.”", "colon-opener", ":", "Ruiz")]
    [TestCase("The harbour master did not mince words: “The pier is finished.”", "colon-quotation", "did not mince words:", "The harbour master")] // a colon introduces the clause subject's quotation
    [TestCase("After the vote, Ana Ruiz went further: “We will close the pier.”", "colon-quotation", "went further:", "Ana Ruiz")]
    [TestCase("She returned to an old theme: “The toll is a tax on fishermen.”", "colon-quotation", "returned to an old theme:", "She")]
    [TestCase("In a new county survey, 40 percent of residents backed the plan.", "poll-citation", "In", "a new county survey")]
    [TestCase("The toll is most popular, 48 percent, in the average of recent harbour polls.", "poll-citation", "in", "the average of recent harbour polls")] // "of" inside the poll's name
    [TestCase("The plan was described by the harbour master as reckless.", "passive-agent", "was described by", "the harbour master")]
    [TestCase("The closure was criticised by Ana Ruiz as premature.", "passive-agent", "was criticised by", "Ana Ruiz")]
    [TestCase("The closure of the pier was first reported by the harbour paper.", "passive-agent", "was first reported by", "the harbour paper")] // any adverb between "be" and the participle
    [TestCase("The toll was never mentioned by the mayor.", "passive-agent", "was never mentioned by", "the mayor")]
    [TestCase("The port authority said in a statement that the pier would reopen.", "nominal", "said in a statement", "The port authority")]
    [TestCase("Harbour director Ana Ruiz, in remarks to a local radio station, said the pier was safe.", "subject-cue-content", "said", "Harbour director Ana Ruiz")]
    [TestCase("The mayor, in a letter to residents, wrote that the pier would reopen.", "subject-cue-content", "wrote", "The mayor")]
    [TestCase("Photos released of the pier showed cracked pillars.", "subject-cue-content", "showed", "Photos released of the pier")]
    [TestCase("The harbour board sought to delay the closure until spring.", "subject-cue-content", "sought", "The harbour board")] // intention states a position
    [TestCase("Ana Ruiz decided to keep the ferry running through the winter.", "subject-cue-content", "decided", "Ana Ruiz")]
    [TestCase("Harbour director Karim al-Masri, in remarks to local radio, said the pier was safe.", "subject-cue-content", "said", "Harbour director Karim al-Masri")] // a surname behind "al-" is a name
    [TestCase("Port chief Hana el-Badri said the ferry would sail on Monday.", "subject-cue-content", "said", "Port chief Hana el-Badri")]
    [TestCase("Asked whether the pier would reopen, the harbour master said no.", "question-put", "Asked", "the harbour master")] // the one asked is the party
    [TestCase("The harbour master asked whether the pier would reopen.", "subject-cue-content", "asked", "The harbour master")] // a finite verb: the subject's own question
    [TestCase("When asked about the repairs, Ana Ruiz smiled.", "question-put", "asked about", "Ana Ruiz")]
    [TestCase("Asked whether the pier is “safe enough to reopen,” the harbour master said yes.", "question-put", "Asked", "the harbour master")] // a question closing in a quotation: the comma inside the mark ends it
    [TestCase("Asked if the toll was “fair to islanders,” 60 percent of voters said no.", "question-put", "Asked", "60 percent of voters")]
    [TestCase("“Not this year,” the engineer told the radio station when asked about the ferry.", "question-put", "asked about", "the engineer")]
    [TestCase("The harbour board's chairman, meanwhile, called on the council to drop the toll.", "subject-cue-content", "called on", "The harbour board's chairman")] // an adverb set off by commas is an aside
    [TestCase("The ferry company, however, denied that the fares would rise.", "subject-cue-content", "denied", "The ferry company")]
    [TestCase("The harbour master reported that the pier was unsafe.", "subject-cue-content", "reported", "The harbour master")]
    [TestCase("Ruiz calls for a second pier.", "subject-cue-content", "calls for", "Ruiz")] // "calls" after a name opening the sentence is a verb
    [TestCase("Southern councils say the piers are safe.", "subject-cue-content", "say", "Southern councils")] // a form that is never a noun stays a verb after an adjective
    [TestCase("The pier will close in May, a source close to him said.", "content-cue-source", "said", "a source close to him")] // an object pronoun ends the subject's prepositional phrase
    [TestCase("People familiar with them say the talks have stalled.", "subject-cue-content", "say", "People familiar with them")]
    [TestCase("Tom Hart has even likened the toll to piracy.", "party-stance", "has even likened", "Tom Hart")] // a perfect, not a passive, before the adverb
    [TestCase("Dock workers and ferry crews alike are calling on the mayor to act.", "subject-cue-content", "alike are calling on", "Dock workers and ferry crews")]
    [TestCase("The harbour master joked that the pier had outlived three mayors.", "subject-cue-content", "joked", "The harbour master")] // a dropped "e" restored
    [TestCase("The harbour master didn't deny that the pier was closing.", "subject-cue-content", "didn't deny", "The harbour master")] // a negated auxiliary the tokenizer keeps whole
    [TestCase("Ruiz doesn’t expect the ferry back before May.", "subject-cue-content", "doesn’t expect", "Ruiz")]
    [TestCase("The ferry company hasn't indicated any interest in the route.", "subject-cue-content", "hasn't indicated", "The ferry company")] // a perfect, not a passive
    [TestCase("The dock workers quietly said the pier was unsafe.", "subject-cue-content", "quietly said", "The dock workers")] // an -ly adverb joins the verb group
    [TestCase("The mayor went on the radio to defend the toll.", "purpose-infinitive", "to defend", "The mayor")] // a speech act as the purpose of what the subject did
    [TestCase("Ana Ruiz took to social media on Friday to announce the closure.", "purpose-infinitive", "to announce", "Ana Ruiz")]
    [TestCase("And she’s argued that the pier is unsafe.", "subject-cue-content", "argued", "she")] // a pronoun with its contracted auxiliary, no possessor; the auxiliary is the verb's
    [TestCase("He's predicted a long winter for the ferry crews.", "subject-cue-content", "predicted", "He")]
    [TestCase("The harbour master continued to insist that the pier was safe.", "subject-cue-content", "continued to insist", "The harbour master")] // "continue to" chains to the reporting verb after it
    [TestCase("The harbour master spoke warmly of the new ferry.", "subject-cue-content", "spoke", "The harbour master")] // "speak" reports before about/of/out, an -ly adverb between
    [TestCase("The harbour master spoke to the local radio station on Friday about the new ferry.", "subject-cue-content", "spoke", "The harbour master")] // an addressee between "speak" and its topic
    [TestCase("Ana Ruiz later spoke with reporters about the toll.", "subject-cue-content", "later spoke", "Ana Ruiz")]
    [TestCase("Residents of both villages on the north shore say the pier is unsafe.", "subject-cue-content", "say", "Residents of both villages on the north shore")] // the tagger reads the subject whole, not the object of its preposition
    [TestCase("Owners of the boats in the harbour told reporters that fuel was short.", "subject-cue-content", "told", "Owners of the boats in the harbour")]
    [TestCase("Some 40 percent of the farmers polled said the levy was too high.", "subject-cue-content", "said", "Some 40 percent of the farmers polled")] // a participle after the head
    [TestCase("Dock workers everywhere believe the toll is unfair.", "subject-cue-content", "believe", "Dock workers everywhere")] // a place adverb after the head restricts it
    [TestCase("Polls there show the mayor well ahead of her rival.", "subject-cue-content", "show", "Polls there")] // the tagger's "Polls/VBZ": a document head before the adverb
    [TestCase("Ferry crews nationwide say the new timetable is unsafe.", "subject-cue-content", "say", "Ferry crews nationwide")]
    [TestCase("Some 58 percent of island voters overall said the toll was too high.", "subject-cue-content", "said", "Some 58 percent of island voters overall")]
    [TestCase("Some 58 percent of island voters polled said the toll was too high.", "subject-cue-content", "said", "Some 58 percent of island voters")] // a figure inside the subject read by its tags
    [TestCase("Some 60% of harbour pilots surveyed said the channel was too shallow.", "subject-cue-content", "said", "Some 60% of harbour pilots")]
    [TestCase("Ruiz quit the harbour board before announcing her run for mayor.", "participle", "announcing", "Ruiz")] // a gerund after a preposition: the clause's subject speaks
    [TestCase("The union has refrained from endorsing either candidate.", "participle", "endorsing", "The union")]
    [TestCase("The mayor has avoided openly criticizing the harbour board.", "participle", "openly criticizing", "The mayor")] // a gerund right after a verb
    [TestCase("The owners of the old boatyard gathered outside the hall, warning that the toll would ruin them.", "participle", "warning", "The owners of the old boatyard")] // the opening phrase read by its tags
    [TestCase("The union branded the offer “an insult.”", "party-stance", "branded", "The union")] // a quoted complement after the object: the subject's words
    [TestCase("The mayor is labeling the harbour plan “a reckless gamble with our money.”", "party-stance", "labeling", "The mayor")] // a progressive is active
    [TestCase("The senator cast the levy as “a tax on the poor.”", "party-stance", "cast", "The senator")]
    [TestCase("In the harbour master's view, the pier should close for the winter.", "viewpoint", "In the harbour master's view", "the harbour master's")]
    [TestCase("The new toll, in Ana Ruiz's words, is a tax on fishermen.", "viewpoint", "in Ana Ruiz's words", "Ana Ruiz's")] // set off by commas mid-sentence
    [TestCase("The ferry should run all winter, in their opinion.", "viewpoint", "in their opinion", "their")] // closing the sentence
    [TestCase("By his own account, the skipper sailed alone for a week.", "viewpoint", "By his own account", "his")] // an adjective between possessor and noun
    [TestCase("In the words of the harbour master, the pier is a ruin.", "viewpoint", "In the words of", "the harbour master")] // the holder after "of"
    [TestCase("To Ana Ruiz, the new toll is a tax on fishermen.", "viewpoint", "To", "Ana Ruiz")] // "to" and a party opening the sentence
    [TestCase("But to many, the old pier is a relic.", "viewpoint", "to", "many")] // after a conjunction; a vague group
    [TestCase("To them, the ferry is a lifeline.", "viewpoint", "To", "them")]
    [TestCase("To the new mayor, the breakwater is the town's pride.", "viewpoint", "To", "the new mayor")] // a role
    [TestCase("The old pier opened to ferries in 1911.[4]", "reference-mark", "[4]", "[4]")] // Wikipedia: the mark after the full stop
    [TestCase("The old pier opened to ferries in 1911[12][13].", "reference-mark", "[12][13]", "[12][13]")] // a run of marks before it
    [TestCase("Tidal mills were common along the estuary [7].", "reference-mark", "[7]", "[7]")] // academic: a space before the mark
    [TestCase("The ferry carried mail until the war.[a]", "reference-mark", "[a]", "[a]")] // a lettered note
    [TestCase("The old pier opened to ferries in 1911. [4] It closed after the storm of 1953.", "reference-mark", "[4]", "[4]")] // set after a space, it opens the next sentence and cites this one
    [TestCase("Salt marshes store more carbon than pine forests (Berg et al. 2015).", "author-year", "(Berg et al. 2015)", "(Berg et al. 2015)")] // at the end
    [TestCase("Tidal mills were common (Dahl & Nes, 2019: 12), but few survive.", "author-year", "(Dahl & Nes, 2019: 12)", "(Dahl & Nes, 2019: 12)")] // inside, with a page
    [TestCase("Ferries ran late most winters (see Moretti, 2013; van Dijk 2001a).", "author-year", "(see Moretti, 2013; van Dijk 2001a)", "(see Moretti, 2013; van Dijk 2001a)")] // a lead, a list, a particle
    [TestCase("The estuary silted up within a century (e.g., Lindqvist, 1998).", "author-year", "(e.g., Lindqvist, 1998)", "(e.g., Lindqvist, 1998)")]
    public void Names_the_pattern_that_matched(string sentence, string pattern, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain((pattern, cue, source)), string.Join("; ", found));
    }

    [TestCase("The governor portrayed the deal as a victory for farmers.", "portrayed")] // a communication verb WordNet gives no clause frame
    [TestCase("The senator denounced the ruling within the hour.", "denounced")]
    [TestCase("Ana Ruiz surmised that the river would flood again.", "surmised")]
    [TestCase("The engineer speculates that the cables are worn through.", "speculates")]
    [TestCase("She reckons the bridge will take two years to rebuild.", "reckons")] // a WordNet stance verb, read as a verb by the tagger
    [TestCase("The mayor states that the pier is safe.", "states")] // "states" the verb
    [TestCase("Fishermen promise they will fight the new levy.", "promise")] // before a clause of its own: the plural noun's verb, not a noun
    [TestCase("Boatbuilders fear they will lose the yard.", "fear")]
    [TestCase("Ferry crews warn they will strike in May.", "warn")]
    [TestCase("Trawler skippers pledge that they will stay in port.", "pledge")]
    [TestCase("The harbour master maintained that the pier was safe.", "maintained")] // with a clause "maintain" asserts
    [TestCase("The pier is safe, the harbour master maintains.", "maintains")]
    [TestCase("The harbour master briefed reporters on the cracks.", "briefed")] // the active names whom it briefs first
    public void Reads_a_cue_the_tagger_calls_a_verb(string sentence, string cue)
    {
        var found = Attributions(sentence);
        Assert.That(found.Select(f => f.Cue), Does.Contain(cue), string.Join("; ", found));
    }

    [TestCase("Several states passed the law in May.")] // "states" the noun
    [TestCase("Her reply came two days later.")]
    [TestCase("The harbour board will have the final say on the new toll.")] // "say" the noun after an adjective
    [TestCase("Fishermen won a larger say in how the pier is run.")]
    [TestCase("The union called off the strike on Friday.")] // "call off": cancelling, no words reported
    [TestCase("The mayor maintains a wide lead over the harbour master.")] // "maintain" before a determiner: keeping, not asserting
    [TestCase("The ferry company has maintained its ties with the union, and it maintained the pier for years.")]
    [TestCase("Officials briefed on the talks left the harbour at noon.")] // "briefed on" with no one between: the passive of those told
    [TestCase("Ferry fares rose for voters in three towns going to the polls on Tuesday.")] // a verb before "the polls": voters go to vote
    [TestCase("The harbour board spent the hours before the first county polls on the phone.")] // a preposition: "polls" heads its own phrase
    [TestCase("The mayor's strength in the town but also at the polls surprised the board.")]
    [TestCase("The report on the pier came late.")]
    [TestCase("The pier opened in the spring (March 1911) after two years of work.")] // a month before a year: a date
    [TestCase("She played a ferry skipper (The Long Quay, 1950) and a harbour master.")] // a work's title and year, not its authors
    [TestCase("She played a ferry skipper (This Quay, 1950) and a harbour master.")] // a determiner ending in "s" opens a title too
    [TestCase("The pier carried 40 ferries a day (1,911 in 1950).")] // no name before the year
    [TestCase("The pier opened in 1911 (after two years of work).")] // no year in the bracket
    [TestCase("Fishermen repaired the pier in a week.")]
    [TestCase("The pier was repaired by a local firm.")] // a passive with an agent, but no reporting verb
    [TestCase("The Latest: Pier reopens after storm.")] // a label before the colon, not a speaker
    [TestCase("Update: The pier reopens on Monday.")]
    [TestCase("Analysis: Why the pier reopens on Monday.")] // a genre label, not a document cited
    [TestCase("PIER TO REOPEN - Work starts: the crews arrive on Monday.")]
    [TestCase("Ruiz and Lee: A Rivalry at the Harbour.")] // no quotation follows: a headline, not two speakers
    [TestCase("From Monday: the ferry sails every hour.")]
    [TestCase("The pier was, however, rebuilt within a year.")]
    [TestCase("The crews were totally exhausted by noon.")] // a participle after "be" and an adverb describes the subject
    [TestCase("Whether the pier reopens is harder to say.")] // after an adjective: no report
    [TestCase("The harbour master would have to tell the board about the cracks.")] // an obligation, not a report
    [TestCase("The mayor's claims about the pier were false.")] // a possessor before a noun-like form: no verb
    [TestCase("The clerk referred the complaint back to the council.")] // "refer" before an object sends, it does not report
    [TestCase("The harbour board holds a lead in pledged votes.")] // a participle between a number and its noun describes the noun
    [TestCase("None of her five proposed tolls reached a vote.")]
    [TestCase("The ferry line now holds 40 pledged berths.")] // a participle between a figure and its noun describes the noun
    [TestCase("The union has 300 pledged members in the port.")]
    [TestCase("The Lisbon attack closed the harbour for a week.")] // a capitalised modifier after a determiner: the noun-like form is the phrase's head
    [TestCase("After the Friday attacks, the ferries stopped sailing.")]
    [TestCase("Crews crossed the Harbour state by night.")]
    [TestCase("The harbour master spoke at the opening of the pier.")] // "speak" before a place tells an event
    [TestCase("The harbour master spoke to the Rotary Club of Lisbon on Friday.")] // "of" after an addressee is part of its name, no topic
    [TestCase("The mayor spoke with crews who had sailed in about noon.")] // "about" in a clause of its own, after its verb
    [TestCase("The mayor spoke to the crews, most of them, at about noon.")] // past a comma "about" is no longer the verb's
    [TestCase("The crews took to the water before dawn.")] // "took to" before a noun chains nothing
    [TestCase("The courage it takes to admit the error surprised the board.")] // "takes to" measures a cost: no chain
    [TestCase("Ferry fares continued to climb through the winter.")] // "continue" before "to" is an aspect, not speech
    [TestCase("The dispute over the pier continues in the courts.")]
    [TestCase("The ferry strike will continue until Friday.")] // "continue" before a phrase or an object goes on with an act, not with words
    [TestCase("The mayor continued her tour of the harbour on Monday.")]
    [TestCase("Three federal judges heard the case about the pier.")] // "judges" the noun after an adjective
    [TestCase("Late postal votes for the harbour ward arrived on Monday.")] // "votes" the noun: no party votes for anything
    [TestCase("Ferry fares rose fastest in several Western states last winter.")] // a capitalized adjective before a plural noun is no subject
    [TestCase("Most Coastal states closed their piers for the winter.")]
    [TestCase("Read the full report on the pier here.")] // a bare verb opening the sentence tells the reader what to do: no inverted speaker
    [TestCase("Ask any ferry captain about the winter crossings.")]
    [TestCase("Ana Ruiz reported from Lisbon, and Tom Lee from Porto.")] // a credit of where the reporters were, not a report
    [TestCase("The union held a meeting on Friday to put pressure on the council.")] // a purpose infinitive keeps the verb's own condition: "put" reports only before "it"
    [TestCase("Ana Ruiz travelled to the coast to speak at the opening of the pier.")]
    [TestCase("Harbour costs show it plainly.")] // "it" may be an object: no clause is sure to follow
    [TestCase("The sign on the gate read: “Pier closed.”")] // a thing, not a party, before the colon
    [TestCase("Critics had one word for the new toll: “Shameful.”")] // nobody named before the colon
    [TestCase("Note: the figures are provisional.")] // a label, not a speaker
    [TestCase("Wow: The Pier Reopened A Day Early.")] // an interjection names nobody
    [TestCase("Contributing: Ana Ruiz and Tom Lee.")] // a credit line
    [TestCase("Editor's Note: The ferry times below changed on Friday.")] // a label owned by a possessive is a thing
    [TestCase("Ana Ruiz: 1,204.")] // a figure alone after a name is a tally, not speech
    [TestCase("Lisbon: Ana Ruiz, Tom Lee, Rita Gomes.")] // a roster of names
    [TestCase("There was a smile in her eyes when the ferry docked.")] // no viewpoint noun
    [TestCase("Nothing in his words surprised the harbour board.")] // not set off: the phrase is part of the subject
    [TestCase("In his count of the boats, the clerk missed three.")] // "count" is a viewpoint only after "by"
    [TestCase("To date, the ferry has sailed twice.")] // "to" before no party
    [TestCase("To this end, the harbour board hired two divers.")]
    [TestCase("To the harbour, the boats came slowly.")] // a place is no party
    [TestCase("The skippers sailed to Lisbon, where the pier was new.")] // not opening the sentence
    [TestCase("The old pier opened to ferries in 1911.[citation needed]")] // the page says it lacks a source
    [TestCase("The old pier opened to ferries in 1911 [12.3].")] // a decimal numbers the page's own sections
    [TestCase("The old pier opened to ferries in 1911. [28170]")] // five digits: an identifier, no reference list runs so long
    [TestCase("The old pier opened to ferries in 1911 [sic].")] // an editor's aside
    // A reporting verb in a sense or a compound that tells no report: "add to" and "add up" increase and total, "talking
    // points" and "think tank" are nouns.
    [TestCase("The late ferry added to the harbour board's troubles.")]
    [TestCase("Each new fee is adding to the cost of a crossing.")]
    [TestCase("The skippers' sums do not add up.")]
    [TestCase("The council printed its talking points on a card.")]
    [TestCase("Ana Ruiz leads a coastal think tank in Lisbon.")]
    // "seen since" compares a time with an earlier one ("a rate not seen since 1953"); "pledged delegates" are a kind of
    // delegate, a noun phrase.
    [TestCase("The storm brought tides not seen since 1953.")]
    [TestCase("The harbour had the worst winter it had seen since the war.")]
    [TestCase("The tally counts only pledged delegates from the coastal states.")]
    // "precincts reporting" tells how far a vote count has got.
    [TestCase("With 90 percent of precincts reporting, the harbour levy was ahead by six points.")]
    [TestCase("Even with all precincts reporting, the race for the harbour seat was too close to call.")]
    // A place adverb after a verb or an auxiliary restricts no subject.
    [TestCase("Is there a ferry on Sundays?")]
    [TestCase("The pier stood there for a century.")]
    public void Finds_no_attribution(string sentence)
    {
        var found = Attributions(sentence);
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [Test]
    public void Every_pattern_has_a_distinct_name_shape_and_example()
    {
        Assert.That(AttributionPatterns.All.Select(p => p.Name), Is.Unique);
        Assert.That(AttributionPatterns.All, Has.All.Matches<AttributionPattern>(p => p!.Shape.Length > 0 && p.Example.Length > 0));
    }

    private static List<(string Pattern, string Cue, string? Source)> Attributions(string sentence)
    {
        var text = "Headline\n\n" + sentence + "\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        return [.. analysis.Sourcing.Attributions.Select(a => (a.Pattern.Name, text.Substring(a.Cue.Start, a.Cue.Length), a.Source?.Text))];
    }
}
