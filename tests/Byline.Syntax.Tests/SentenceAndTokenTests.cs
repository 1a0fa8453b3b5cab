namespace Byline.Syntax.Tests;

/// <summary>Sentence splits and tokens on real article sentences; " | " separates the expected sentences.</summary>
public class SentenceAndTokenTests
{
    [TestCase("The launches come a day after the second anniversary of the US assassination of Iranian Maj. Gen. Qasem Soleimani, who led Iran-Iraq-Syria coalition against Daesh. The US killed him in an airstrike.",
        "The launches come a day after the second anniversary of the US assassination of Iranian Maj. Gen. Qasem Soleimani, who led Iran-Iraq-Syria coalition against Daesh. | The US killed him in an airstrike.")]
    [TestCase("A U.S. Air Force F-15E Strike Eagle flies over northern Iraq early in the morning of Sept. 23, 2014, after conducting airstrikes in Syria. This F-15 was a part of a large coalition strike package.",
        "A U.S. Air Force F-15E Strike Eagle flies over northern Iraq early in the morning of Sept. 23, 2014, after conducting airstrikes in Syria. | This F-15 was a part of a large coalition strike package.")]
    [TestCase("Spc. Isiah L. Booker, of Cibolo, Texas, died Jan. 7, in Jordan, in a non-combat related incident. The incident is under investigation.",
        "Spc. Isiah L. Booker, of Cibolo, Texas, died Jan. 7, in Jordan, in a non-combat related incident. | The incident is under investigation.")]
    [TestCase("President Joe R. Biden met Dr. Smith at St. Mary's. They spoke for 3.5 hours.",
        "President Joe R. Biden met Dr. Smith at St. Mary's. | They spoke for 3.5 hours.")]
    [TestCase("Combined Joint Task Force said it had carried out airstrikes against several sites in Syria that posed an \"imminent threat.\" Reuters reported the strikes.",
        "Combined Joint Task Force said it had carried out airstrikes against several sites in Syria that posed an \"imminent threat.\" | Reuters reported the strikes.")]
    [TestCase("“Acting in self defense, coalition forces conducted a strike,” a spokesperson said. “It was a threat.” Nobody was hurt.",
        "“Acting in self defense, coalition forces conducted a strike,” a spokesperson said. | “It was a threat.” | Nobody was hurt.")]
    [TestCase("Was it planned? Officials would not say! The inquiry continues.",
        "Was it planned? | Officials would not say! | The inquiry continues.")]
    [TestCase("'Really?' he asked. Nobody answered.", "'Really?' he asked. | Nobody answered.")]
    [TestCase("The team arrived in Washington D.C. after many difficulties. They were twice denied visas.",
        "The team arrived in Washington D.C. after many difficulties. | They were twice denied visas.")]
    [TestCase("Foreign minister J.K. Varma met F.C. Dorvasi officials. They talked.", "Foreign minister J.K. Varma met F.C. Dorvasi officials. | They talked.")]
    [TestCase("The plant is in Trenton, N.J. The mayor opened it.", "The plant is in Trenton, N.J. | The mayor opened it.")]
    [TestCase("Shares of Acme Inc. rose. Acme Inc. The company said nothing.", "Shares of Acme Inc. rose. | Acme Inc. | The company said nothing.")]
    [TestCase("He paused... and went on. Then it ended… Everyone left.", "He paused... and went on. | Then it ended… | Everyone left.")]
    [TestCase("Sputnik International, 1920, 04.01.2022 reported a fire at 6:00 a.m. on Monday.", "Sputnik International, 1920, 04.01.2022 reported a fire at 6:00 a.m. on Monday.")]
    [TestCase("Anti-Daesh Coalition Strikes in Syria's Deir-ez-Zor Reportedly Targeted 'Imminent Threat'", "Anti-Daesh Coalition Strikes in Syria's Deir-ez-Zor Reportedly Targeted 'Imminent Threat'")]
    [TestCase("Another 2,500 US troops are in Iraq (the number is disputed.) Baghdad wants them out.", "Another 2,500 US troops are in Iraq (the number is disputed.) | Baghdad wants them out.")]
    // A title compounded with "then-" or "ex-" is still a title; a figure after an abbreviation goes on the sentence.
    [TestCase("She lost the 2010 primary to then-Gov. Ada Marsh by a wide margin. Few saw it coming.",
        "She lost the 2010 primary to then-Gov. Ada Marsh by a wide margin. | Few saw it coming.")]
    [TestCase("The survey of 900 growers ran Oct. 3-8 and was repeated in spring. Its margin of error is 4 points.",
        "The survey of 900 growers ran Oct. 3-8 and was repeated in spring. | Its margin of error is 4 points.")]
    [TestCase("In Holt v. Marsh County, No. 19-442, the court sided with the ferry line. The county appealed.",
        "In Holt v. Marsh County, No. 19-442, the court sided with the ferry line. | The county appealed.")]
    public void Sentences(string paragraph, string expected)
    {
        var tree = TestArticles.Parse("Headline\n\n" + paragraph);
        var block = tree.Blocks[1];
        var sentences = block.Sentences.Select(s => tree.Text.ToString(s.Span));
        Assert.That(string.Join(" | ", sentences), Is.EqualTo(expected));
    }

    [Test]
    public void Headline_without_final_punctuation_is_one_sentence()
    {
        var tree = TestArticles.Parse("North Korea puts military in 'quasi-state of war'\nBody text.");
        Assert.That(tree.Blocks[0].Sentences, Has.Length.EqualTo(1));
        Assert.That(tree.Blocks[0].Sentences[0].Span, Is.EqualTo(tree.Blocks[0].Span));
    }

    [TestCase("Kata'ib Hezbollah", "Word:Kata'ib Word:Hezbollah")]
    [TestCase("the country's sovereignty", "Word:the Word:country's Word:sovereignty")]
    [TestCase("Assad’s regime", "Word:Assad’s Word:regime")]
    [TestCase("against Daesh*, said", "Word:against Word:Daesh FootnoteMarker:* Punctuation:, Word:said")]
    [TestCase("an \"imminent threat.\"", "Word:an QuoteMark:\" Word:imminent Word:threat Punctuation:. QuoteMark:\"")]
    [TestCase("«Да» ‘no’ “yes”", "QuoteMark:« Word:Да QuoteMark:» QuoteMark:‘ Word:no QuoteMark:’ QuoteMark:“ Word:yes QuoteMark:”")]
    [TestCase("Targeted 'Imminent Threat'", "Word:Targeted QuoteMark:' Word:Imminent Word:Threat QuoteMark:'")]
    [TestCase("3.5 2,500 04.01.2022 1920,", "Number:3.5 Number:2,500 Number:04.01.2022 Number:1920 Punctuation:,")]
    [TestCase("F-15E U.S. Deir-ez-Zor", "Word:F-15E Word:U.S Punctuation:. Word:Deir-ez-Zor")]
    [TestCase("see https://www.centcom.mil/MEDIA/ now.", "Word:see Url:https://www.centcom.mil/MEDIA/ Word:now Punctuation:.")]
    [TestCase("visit www.gov.uk, then", "Word:visit Url:www.gov.uk Punctuation:, Word:then")]
    [TestCase("wait... what", "Word:wait Punctuation:... Word:what")]
    [TestCase("emoji 😀 here", "Word:emoji Punctuation:😀 Word:here")]
    public void Tokens(string sentence, string expected)
    {
        var tree = TestArticles.Parse("Headline\n\n" + sentence);
        var tokens = tree.Blocks[1].Sentences.SelectMany(s => s.Tokens).Select(t => $"{t.Kind}:{tree.Text.ToString(t.Span)}");
        Assert.That(string.Join(" ", tokens), Is.EqualTo(expected));
    }

    [Test]
    public void Footnote_block_starts_with_its_marker()
    {
        var tree = TestArticles.Parse("Headline\n\n*A terrorist organization banned in Russia.");
        var first = tree.Blocks[1].Sentences[0].Tokens[0];
        Assert.That((first.Kind, tree.Text.ToString(first.Span)), Is.EqualTo((TokenKind.FootnoteMarker, "*")));
    }
}
