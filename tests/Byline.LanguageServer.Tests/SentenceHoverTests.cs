using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using static Byline.LanguageServer.Tests.EntityFeatureTests;

namespace Byline.LanguageServer.Tests;

/// <summary>Hover on a sentence that is not on an entity or a source: its sourcing status and why.</summary>
public class SentenceHoverTests
{
    private const string Uri = "file:///stories/article.txt";

    private static async Task<string?> HoverTextAsync(string article, string needle, int into = 1, int nth = 0)
    {
        await using var client = await LspTestClient.OpenedAsync(Uri, article);
        var hover = await client.RequestAsync<Hover?>("textDocument/hover",
            new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), At(article, needle, nth, into)));
        return hover?.Contents.Value;
    }

    [Test]
    public async Task A_carried_over_claim_shows_the_cue_the_source_its_entity_and_the_sentence_that_named_it()
    {
        const string article = "Pier to reopen\n\nAccording to Reuters, the harbour board voted on Monday to reopen the pier. \u201cThe repairs are finished and the deck is safe.\u201d\n";
        var markdown = await HoverTextAsync(article, "deck is safe");
        Assert.That(markdown, Does.StartWith("**Claim · attributed (carried over)**"));
        Assert.That(markdown, Does.Contain("The source named earlier in the paragraph goes on speaking"));
        Assert.That(markdown, Does.Contain("*According to* (speech cue) → **Reuters**, news outlet — entity Reuters (Organization)"));
        Assert.That(markdown, Does.Contain("Carried over: line 3 “According to Reuters, the…” → this sentence."));
    }

    [Test]
    public async Task An_interview_answer_shows_the_question_it_answers()
    {
        const string article = "An interview with the harbour master\n\nWhy did you close the old pier?\nWe could not pay for the repairs on the old pier.\n";
        var markdown = await HoverTextAsync(article, "pay for");
        Assert.That(markdown, Does.StartWith("**Claim · attributed (carried over)**"));
        Assert.That(markdown, Does.Contain("An answer in a question-and-answer interview, to the question before it"));
        Assert.That(markdown, Does.Contain("the question *Why did you close the old pier?* → the interviewee answers"));
        Assert.That(markdown, Does.Contain("Carried over: line 3 “Why did you close the old…” → this sentence."));
    }

    [Test]
    public async Task An_interview_answer_names_the_one_asked_when_the_intro_does()
    {
        const string article = "Harbour master looks back\n\nMara Quell, the harbour master of Port Fallow, spoke to Reuters before her retirement.\n" +
            "Why did you close the old pier?\nWe could not pay for the repairs on the old pier.\n";
        var markdown = await HoverTextAsync(article, "pay for");
        Assert.That(markdown, Does.Contain("the question *Why did you close the old pier?* → **Mara Quell** answers (the one asked, as the intro names them)."));
    }

    [Test]
    public async Task The_chain_runs_through_every_sentence_the_source_covers()
    {
        const string article = "Bridge to close\n\nJane Okafor, the city engineer, said the bridge will close in May for repairs. \u201cThe repairs will cost the city $2 million. The work will take three months to finish.\u201d\n";
        var markdown = await HoverTextAsync(article, "three months");
        Assert.That(markdown, Does.Contain("→ **Jane Okafor, the city engineer**"));
        Assert.That(markdown, Does.Contain("Carried over: line 3 “Jane Okafor, the city…” → line 3 ““The repairs will cost the…” → this sentence."));
    }

    [Test]
    public async Task A_vague_claim_names_the_phrase_and_the_fix()
    {
        var markdown = await HoverTextAsync(LspTestClient.Seed, "military operations");
        Assert.That(markdown, Does.StartWith("**Claim · vague sourcing**"));
        Assert.That(markdown, Does.Contain("*have been widely protested* — a passive without an agent"));
        Assert.That(markdown, Does.Contain("To fix: name the source"));
        Assert.That(markdown, Does.Contain("`BYL0002`"));
    }

    [Test]
    public async Task An_agentless_passive_says_that_no_source_is_named()
    {
        const string article = "Pier to reopen\n\nThe harbour master was asked whether the old pier would reopen in May.\n";
        var markdown = await HoverTextAsync(article, "old pier");
        Assert.That(markdown, Does.StartWith("**Claim · vague sourcing**"));
        Assert.That(markdown, Does.Contain("*was asked* → no source named: a passive report, which does not say who made it"));
        Assert.That(markdown, Does.Not.Contain("`BYL0001`"));
    }

    [Test]
    public async Task An_unattributed_claim_says_why_nothing_carries_over()
    {
        var opening = await HoverTextAsync(LspTestClient.Seed, "formally contains");
        Assert.That(opening, Does.StartWith("**Claim · unattributed**"));
        Assert.That(opening, Does.Contain("this sentence opens one"));
        Assert.That(opening, Does.Contain("To fix: say who says so"));
        Assert.That(opening, Does.Contain("`BYL0001` No source backs this claim."));

        var however = await HoverTextAsync(LspTestClient.Seed, "those retaliatory");
        Assert.That(however, Does.Contain("its opening returns to the writer's own voice"));
    }

    [Test]
    public async Task An_anonymous_source_says_whether_the_article_gives_a_reason()
    {
        var markdown = await HoverTextAsync(LspTestClient.Seed, "several attacks have been foiled", into: 20);
        Assert.That(markdown, Does.Contain("**An Iraqi security source**, anonymous"));
        Assert.That(markdown, Does.Contain("the article does not say why it is anonymous"));
    }

    [Test]
    public async Task An_anonymous_source_quotes_the_reason_the_next_sentence_gives()
    {
        const string article = "Runway to close\n\nAn airport official said the runway would close in June. He spoke on condition of anonymity because the plan is not public.\n";
        var markdown = await HoverTextAsync(article, "runway would close", into: 5);
        Assert.That(markdown, Does.Contain("**An airport official**, anonymous"));
        Assert.That(markdown, Does.Contain("the article says why it is anonymous: *condition of anonymity*"));
    }

    [TestCase("Who will pay for the new bridge over the river?", "a question asks")]
    [TestCase("The mayor wins.", "too short to assert")]
    public async Task A_sentence_that_is_no_claim_says_why_not(string sentence, string why)
    {
        var markdown = await HoverTextAsync("Bridge to close\n\n" + sentence + "\n", sentence[4..10]);
        Assert.That(markdown, Does.StartWith("**Not a claim** · "));
        Assert.That(markdown, Does.Contain(why));
    }

    [Test]
    public async Task Boilerplate_is_no_claim_and_shows_its_finding()
    {
        var markdown = await HoverTextAsync(LspTestClient.Seed, "Subscribe");
        Assert.That(markdown, Does.StartWith("**Not a claim** · a boilerplate line"));
        Assert.That(markdown, Does.Contain("`BYL0009`"));
    }

    [Test]
    public async Task An_entity_under_the_cursor_keeps_its_own_hover()
    {
        var markdown = await HoverTextAsync(LspTestClient.Seed, "Reuters");
        Assert.That(markdown, Does.StartWith("**Reuters** · Organization"));
    }

    [Test]
    public async Task Between_sentences_there_is_no_hover()
    {
        var markdown = await HoverTextAsync("Bridge to close\n\n\n\nThe bridge will close in May for repairs.\n", "\n\n\n", into: 2);
        Assert.That(markdown, Is.Null);
    }
}
