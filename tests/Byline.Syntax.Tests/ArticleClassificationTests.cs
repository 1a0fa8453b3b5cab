using Byline.Text;

namespace Byline.Syntax.Tests;

/// <summary>Block kinds of real articles: the seed page line by line, and corpus conventions.</summary>
public class ArticleClassificationTests
{
    [Test]
    public void Seed_every_line_has_the_expected_blocks()
    {
        var tree = TestArticles.Parse(TestArticles.Read("seed-000.txt"));
        var outline = TestArticles.Outline(tree);

        BlockKind[] expected =
        [
            BlockKind.Headline,
            BlockKind.Credit, BlockKind.Caption, // one line: "© US Air Force/Senior Airman Matthew BruchA U.S. Air Force F-15E…"
            BlockKind.Caption,                   // the repeat ending "- Sputnik International, 1920, 04.01.2022"
            BlockKind.Boilerplate,               // Subscribe
            BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph,
            BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph,
            BlockKind.Footnote,
            BlockKind.Boilerplate, BlockKind.Boilerplate, BlockKind.Boilerplate, BlockKind.Boilerplate,
            BlockKind.Boilerplate, BlockKind.Boilerplate, BlockKind.Boilerplate,
        ];
        Assert.That(outline.Select(b => b.Kind), Is.EqualTo(expected));
        Assert.That(outline[0].Text, Is.EqualTo("Anti-Daesh Coalition Strikes in Syria's Deir-ez-Zor Reportedly Targeted 'Imminent Threat'"));
        Assert.That(outline[1].Text, Is.EqualTo("© US Air Force/Senior Airman Matthew Bruch"));
        Assert.That(outline[2].Text, Does.StartWith("A U.S. Air Force F-15E Strike Eagle flies over northern Iraq"));
        Assert.That(outline[3].Text, Does.EndWith("- Sputnik International, 1920, 04.01.2022"));
        Assert.That(outline.Where(b => b.Kind == BlockKind.Boilerplate).Select(b => b.Text), Is.EqualTo(new[]
        {
            "Subscribe", "Newsfeed", "0", "To participate in the discussion", "log in or register", "loader", "Chats",
            "Заголовок открываемого материала",
        }));
        Assert.That(outline[14].Text, Does.StartWith("*A terrorist organization banned in Russia"));
    }

    [Test]
    public void Seed_credit_and_caption_share_a_line_without_overlapping()
    {
        var tree = TestArticles.Parse(TestArticles.Read("seed-000.txt"));
        var credit = tree.Blocks[1];
        var caption = tree.Blocks[2];
        Assert.That(tree.Text.Lines.GetLineFromOffset(credit.Start), Is.EqualTo(tree.Text.Lines.GetLineFromOffset(caption.Start)));
        Assert.That(caption.Start, Is.EqualTo(credit.Span.End));
    }

    [Test]
    public void Seed_footnote_marker_binds_to_Daesh()
    {
        var tree = TestArticles.Parse(TestArticles.Read("seed-000.txt"));
        var text = tree.Text.ToString();
        var markers = tree.Blocks.SelectMany(b => b.Sentences).SelectMany(s => s.Tokens)
            .Where(t => t.Kind == TokenKind.FootnoteMarker).Select(t => t.Span.Start).ToArray();
        var daesh = text.IndexOf("Daesh*", StringComparison.Ordinal);
        Assert.That(markers, Does.Contain(daesh + "Daesh".Length));
        Assert.That(markers, Does.Contain(tree.Blocks.Single(b => b.Kind == BlockKind.Footnote).Start));
    }

    [Test]
    public void Wikinews_dateline_caption_and_image_credit()
    {
        var outline = TestArticles.Outline(TestArticles.Parse(TestArticles.Read("wikinews-clock.txt")));
        Assert.That(outline[0], Is.EqualTo((BlockKind.Headline, "Texas student Ahmed Mohamed inspires social movement")));
        Assert.That(outline[1], Is.EqualTo((BlockKind.Dateline, "Tuesday, September 22, 2015")));
        Assert.That(outline, Does.Contain((BlockKind.Caption, "US President Barack Obama tweet to student Ahmed Mohamed")));
        Assert.That(outline, Does.Contain((BlockKind.Credit, "Image: Twitter / Barack Obama.")));
    }

    [Test]
    public void Wikinews_dateline_run_into_the_first_paragraph_is_split()
    {
        var outline = TestArticles.Outline(TestArticles.Parse(TestArticles.Read("wikinews-flag.txt")));
        Assert.That(outline[1], Is.EqualTo((BlockKind.Dateline, "Thursday, May 7, 2015")));
        Assert.That(outline[2].Kind, Is.EqualTo(BlockKind.Paragraph));
        Assert.That(outline[2].Text, Does.StartWith("On Tuesday, the New Zealand government announced"));
    }

    [Test]
    public void Centcom_strike_list_has_headings_and_list_items_without_markers()
    {
        var outline = TestArticles.Outline(TestArticles.Parse(TestArticles.Read("centcom-03.txt")));
        Assert.That(outline[2], Is.EqualTo((BlockKind.Heading, "Syria")));
        Assert.That(outline[3], Is.EqualTo((BlockKind.ListItem, "Near Al Shadaddi, one strike engaged an ISIL tactical unit and destroyed a fighting position.")));
        Assert.That(outline.Count(b => b.Kind == BlockKind.ListItem), Is.EqualTo(10));
        Assert.That(outline.Count(b => b.Kind == BlockKind.Heading), Is.EqualTo(2));
    }

    [Test]
    public void Centcom_wire_dateline_opens_the_first_paragraph()
    {
        var outline = TestArticles.Outline(TestArticles.Parse(TestArticles.Read("centcom-15.txt")));
        Assert.That(outline[1], Is.EqualTo((BlockKind.Dateline, "BAGHDAD -")));
        Assert.That(outline[2].Text, Does.StartWith("Combined Joint Task Force - Operation Inherent Resolve provided"));
    }

    [TestCase("SOUTHWEST ASIA, Jan. 9, 2016 – Coalition forces conducted 34 strikes.", "SOUTHWEST ASIA, Jan. 9, 2016 –")]
    [TestCase("WASHINGTON — The Pentagon said on Monday it would send more troops.", "WASHINGTON —")]
    [TestCase("HARBOURTON, Aug. 3 (Reuters) - The ferry board said on Monday it would raise the toll.", "HARBOURTON, Aug. 3 (Reuters) -")]
    [TestCase("PORTVILLE (AP) — Skippers voted on Friday to end the strike.", "PORTVILLE (AP) —")]
    public void Wire_datelines(string paragraph, string dateline)
    {
        var outline = TestArticles.Outline(TestArticles.Parse("Headline\n\n" + paragraph));
        Assert.That(outline[1], Is.EqualTo((BlockKind.Dateline, dateline)));
        Assert.That(outline[2].Kind, Is.EqualTo(BlockKind.Paragraph));
    }

    [TestCase("(Reporting by Ana Ruiz in Lisbon; Editing by Tom Lee)")]
    [TestCase("Additional reporting by Ana Ruiz and Tom Lee.")]
    public void Wire_staff_credits_close_the_story(string line)
    {
        var outline = TestArticles.Outline(TestArticles.Parse("Headline\n\nThe harbour master said the pier was safe.\n\n" + line));
        Assert.That(outline[^1], Is.EqualTo((BlockKind.Credit, line)));
    }

    [Test]
    public void Reporting_by_a_newspaper_opening_a_sentence_is_no_credit()
    {
        var outline = TestArticles.Outline(TestArticles.Parse("Headline\n\nReporting by the local paper found that the pier was unsafe."));
        Assert.That(outline[1].Kind, Is.EqualTo(BlockKind.Paragraph));
    }

    [TestCase("LONDON 1996-08-30", BlockKind.Dateline)]          // the wire archives' dateline line
    [TestCase("NEW YORK 1996-08-30", BlockKind.Dateline)]
    [TestCase("HALSTEAD, England 1996-08-21", BlockKind.Dateline)] // a small place with its country
    [TestCase("ELMORE , Mich . 1996-08-22", BlockKind.Dateline)]     // … with its state, as the archives tokenize it
    [TestCase("WEST ELMORE, New South Wales 1996-08-22", BlockKind.Dateline)]
    [TestCase("NEW YORK 74 59 .556 -", BlockKind.Heading)]        // a standings row is no dateline
    public void Wire_archive_dateline_lines(string line, BlockKind kind)
    {
        var outline = TestArticles.Outline(TestArticles.Parse("BASEBALL - STANDINGS\n" + line + "\n\nThe first paragraph of the report.\n"));
        Assert.That(outline[1], Is.EqualTo((kind, line)));
    }

    [TestCase("The harbour minister said: [4]", BlockKind.Paragraph)]     // a reference mark after the colon: still punctuated
    [TestCase("The pier reopens. [12.3]", BlockKind.Paragraph)]
    [TestCase("Pier to reopen in May [4]", BlockKind.Heading)]            // no punctuation before the mark
    [TestCase("The pier reopens [sic]", BlockKind.Heading)]               // a bracketed word is no reference mark
    public void A_numbered_reference_mark_at_the_end_of_a_line_is_the_pages_not_the_lines(string line, BlockKind kind)
    {
        var outline = TestArticles.Outline(TestArticles.Parse("Headline\n\nThe first paragraph of the report.\n\n" + line + "\n\nThe last paragraph of the report.\n"));
        Assert.That(outline[2], Is.EqualTo((kind, line)));
    }

    [Test]
    public void Uk_government_standfirst_and_byline()
    {
        var outline = TestArticles.Outline(TestArticles.Parse(TestArticles.Read("ukgov-02.txt")));
        Assert.That(outline[1], Is.EqualTo((BlockKind.Standfirst, "Ministers discussed the Syria crisis and conflict in Ukraine")));
        Assert.That(outline[2], Is.EqualTo((BlockKind.Byline, "Boris Johnson")));
        Assert.That(outline[3].Kind, Is.EqualTo(BlockKind.Paragraph));
    }

    [TestCase("\"So far, it's the Internet: 1, Scientology: 0. But it's a long game.\" - Matthew Ingram", BlockKind.Quote)]
    [TestCase("“Acting in self defense, coalition forces conducted a strike to eliminate the threat,” a spokesperson told the BBC.", BlockKind.Paragraph)]
    [TestCase("* * *", BlockKind.Separator)]
    [TestCase("By Jane Doe", BlockKind.Byline)]
    [TestCase("Share this article", BlockKind.Boilerplate)]
    [TestCase("Підписатися на новини сайту", BlockKind.Boilerplate)]
    [TestCase("†Figures from the Iraqi health ministry.", BlockKind.Footnote)]
    // Furniture written as sentences: calls to action, navigation before a title, copyright lines (boilerplate);
    // contribution and production credits (credits); editor's notes about the article (notes).
    [TestCase("Follow Lena Marsh on Twitter @lenamarsh.", BlockKind.Boilerplate)]
    [TestCase("Sign up for our weekly newsletter to get the best of the valley.", BlockKind.Boilerplate)]
    [TestCase("Tap here to download the app.", BlockKind.Boilerplate)]
    [TestCase("Got a story idea? Email us at desk@example.org.", BlockKind.Boilerplate)]
    [TestCase("Contact the reporter at lmarsh@example.org.", BlockKind.Boilerplate)]
    [TestCase("Listen to our podcast wherever you get your podcasts.", BlockKind.Boilerplate)]
    [TestCase("Read more: How the valley got its name", BlockKind.Boilerplate)]
    [TestCase("Related: Farmers count the cost of the drought", BlockKind.Boilerplate)]
    [TestCase("Story continues below advertisement", BlockKind.Boilerplate)]
    [TestCase("Copyright 2031 The Valley Herald. All rights reserved.", BlockKind.Boilerplate)]
    [TestCase("Copyright 2031 Example Media Group", BlockKind.Boilerplate)]
    [TestCase("Copyright (c) Example News", BlockKind.Boilerplate)]
    [TestCase("COPYRIGHT © 2031 EXAMPLE NEWS", BlockKind.Boilerplate)]
    [TestCase("© 1998 The Daily Example", BlockKind.Credit)] // a line opening with the sign is a credit's
    [TestCase("Staff writer Omar Diaz contributed to this report.", BlockKind.Credit)]
    [TestCase("Omar Diaz contributed reporting from Lyon.", BlockKind.Credit)]
    [TestCase("This story was produced in partnership with the Valley Trust.", BlockKind.Credit)]
    [TestCase("This article has been updated to correct the name of the dam.", BlockKind.Footnote)]
    [TestCase("An earlier version of this story gave the wrong date for the vote.", BlockKind.Footnote)]
    [TestCase("Editor's note: The writer sits on the board of the trust.", BlockKind.Footnote)]
    // The same verbs and words in claims, with a subject first or a claim after the call.
    [TestCase("The council will email residents about the closure.", BlockKind.Paragraph)]
    [TestCase("Thousands follow the mayor on Twitter.", BlockKind.Paragraph)]
    [TestCase("Readers shared the story widely.", BlockKind.Paragraph)]
    [TestCase("The firm holds the copyright to the design.", BlockKind.Paragraph)]
    [TestCase("Copyright lawyers say the ruling will be appealed.", BlockKind.Paragraph)]
    [TestCase("Copyright lawyers say the case is weak.", BlockKind.Paragraph)]
    [TestCase("Copyright 101 classes filled up fast.", BlockKind.Paragraph)] // three digits are no year
    [TestCase("Copyright 5000 songs were registered last year.", BlockKind.Paragraph)] // nor a figure outside the copyright era
    [TestCase("Copyright 1998 The Daily Example", BlockKind.Boilerplate)]
    [TestCase("The firm holds the copyright.", BlockKind.Paragraph)]
    [TestCase("Follow the money, the auditor told the committee.", BlockKind.Paragraph)]
    [TestCase("Sign up here. The dam will close on Friday.", BlockKind.Paragraph)]
    [TestCase("Three charities contributed to this report on rural poverty.", BlockKind.Paragraph)]
    [TestCase("Like many towns on the coast, our village relies on the pier.", BlockKind.Paragraph)]
    [TestCase("Sign up for our newsletter.\nPhoto: Lena Marsh/Reuters", BlockKind.Credit)] // a credit after a call stays a credit
    // Round 2: staff and picture credits, time stamps, author bios, caption labels, republication and disclaimer notes.
    [TestCase("Reporting by Lena Marsh and Omar Diaz; Editing by Sam Cole", BlockKind.Credit)]
    [TestCase("Writing by Lena Marsh; additional reporting by Omar Diaz in Lyon", BlockKind.Credit)]
    [TestCase("(Reporting by Omar Diaz; Writing by Lena Marsh; Editing by Sam Cole)", BlockKind.Credit)]
    [TestCase("Compiled by Omar Diaz; Edited by Lena Marsh.", BlockKind.Credit)]
    [TestCase("— Valley Press Agency", BlockKind.Credit)]
    [TestCase("-- The Associated Press", BlockKind.Credit)]
    [TestCase("Associated Press writers Lena Marsh and Omar Diaz contributed.", BlockKind.Credit)]
    [TestCase("(Valley Agency/Getty Images)", BlockKind.Credit)]
    [TestCase("Image source, Valley Pictures", BlockKind.Credit)]
    [TestCase("Image caption Farmers at the market on Friday", BlockKind.Caption)]
    [TestCase("Video: Floodwater fills the main street", BlockKind.Caption)]
    [TestCase("Published 3:15 p.m. ET, Jan. 5, 2031", BlockKind.Boilerplate)]
    [TestCase("Updated 10:02 GMT", BlockKind.Boilerplate)]
    [TestCase("Last modified on Tue 6 Jan 2031 09.14 GMT", BlockKind.Boilerplate)]
    [TestCase("First published on Monday 5 January 2031", BlockKind.Boilerplate)]
    [TestCase("7 min read", BlockKind.Boilerplate)]
    [TestCase("12-minute read", BlockKind.Boilerplate)]
    [TestCase("Lena Marsh is a senior reporter at The Valley Herald covering farming.", BlockKind.Credit)]
    [TestCase("Lena Marsh is The Valley Herald's farming correspondent.", BlockKind.Credit)]
    [TestCase("Omar Diaz writes about science for Example Media. Follow him on Twitter @odiaz.", BlockKind.Credit)]
    [TestCase("Omar Diaz is a freelance journalist based in Lyon.", BlockKind.Credit)]
    [TestCase("This article was originally published on Valley News.", BlockKind.Credit)]
    [TestCase("This story first appeared in The Valley Herald.", BlockKind.Credit)]
    [TestCase("The views expressed in this article are the author's own.", BlockKind.Footnote)]
    [TestCase("Disclosure: The author owns shares in a dairy.", BlockKind.Footnote)]
    [TestCase("Corrections & clarifications: An earlier version misspelt the farm's name.", BlockKind.Footnote)]
    // The same openings in claims.
    [TestCase("Reporting by local papers suggested the dam was unsafe.", BlockKind.Paragraph)]
    [TestCase("Editing by the council's lawyers removed two clauses.", BlockKind.Paragraph)]
    [TestCase("Writing by hand is taught again in the valley's schools.", BlockKind.Paragraph)]
    [TestCase("— and then the council voted to keep the dam.", BlockKind.Paragraph)]
    [TestCase("Hospital staff and volunteers contributed.", BlockKind.Paragraph)]
    [TestCase("Photo evidence shows the truck left the farm at night.", BlockKind.Paragraph)]
    [TestCase("Video footage suggests the fire started in a barn.", BlockKind.Paragraph)]
    [TestCase("Updated figures show unemployment fell in the valley.", BlockKind.Paragraph)]
    [TestCase("Published accounts of the meeting differ on who spoke first.", BlockKind.Paragraph)]
    [TestCase("First published in 1921, the paper closed its print edition last year.", BlockKind.Paragraph)]
    [TestCase("Lena Marsh is a senior reporter who was fired on Tuesday, the union said.", BlockKind.Paragraph)]
    [TestCase("Lena Marsh is a reporter for the Valley Herald who was arrested last week.", BlockKind.Paragraph)]
    [TestCase("Omar Diaz writes about science for Example Media, and the firm plans to close the section.", BlockKind.Paragraph)]
    [TestCase("Mayor Lena Marsh is a former reporter at The Valley Herald.", BlockKind.Paragraph)]
    [TestCase("The views expressed by the minister are shared by most farmers.", BlockKind.Paragraph)]
    [TestCase("Disclosure of the payments was required by law.", BlockKind.Paragraph)]
    [TestCase("This story first appeared to be a hoax, the police said.", BlockKind.Paragraph)]
    public void Single_line_conventions(string line, BlockKind kind)
    {
        var tree = TestArticles.Parse("Coalition strikes continue in Syria\n\nThe coalition said on Tuesday it struck several sites.\n" + line + "\n");
        Assert.That(tree.Blocks[^1].Kind, Is.EqualTo(kind));
    }

    // A bio is furniture only at the article's close: with story text after it, it is the writer's statement.
    [TestCase("", BlockKind.Credit)]
    [TestCase("Follow her on Twitter @jroe.\nCopyright 2031 The Example Post. All rights reserved.\n", BlockKind.Credit)]
    [TestCase("Omar Diaz writes about science for Example Media.\n(Example Agency/Getty Images)\n", BlockKind.Credit)]
    [TestCase("She spent three weeks in the valley, where the pumps have stood idle since May.\n", BlockKind.Paragraph)]
    [TestCase("Follow her on Twitter @jroe.\nThe council will vote on the plan in June.\n", BlockKind.Paragraph)]
    [TestCase("“We have no water,” a farmer told her.\n", BlockKind.Paragraph)]
    [TestCase("Related stories\nWells run dry as the drought enters its third year\nFarmers sell cattle they can no longer water\n", BlockKind.Credit)]
    [TestCase("Most read\nCouncil approves new reservoir plan\n", BlockKind.Credit)]
    public void A_bio_is_a_credit_only_when_nothing_but_furniture_follows(string after, BlockKind kind)
    {
        foreach (var format in new[] { ArticleFormat.PlainText, ArticleFormat.Markdown })
        {
            var bio = "Jane Roe is a senior reporter at The Example Post covering energy.";
            var text = "Pumps fall silent in the valley\n\nThe pumps stopped on Tuesday.\n\n" + bio + "\n\n" + after.Replace("\n", "\n\n");
            var tree = ArticleSyntaxTree.Parse(ArticleText.From(text), format);
            Assert.That(tree.Blocks.Single(b => b.Text == bio).Kind, Is.EqualTo(kind), format.ToString());
        }
    }

    // A page's list of other stories: a label ("Related stories", "Most read"), then headlines, each furniture, up to
    // the first line written as a sentence. A furniture line that labels no list ("Advertisement") starts none.
    [TestCase("Related stories", "Wells run dry as the drought enters its third year in the valley", BlockKind.Boilerplate)]
    [TestCase("MOST READ", "Council approves new reservoir plan after a decade of delays", BlockKind.Boilerplate)]
    [TestCase("You may also like:", "Why the river keeps flooding the old town", BlockKind.Boilerplate)]
    [TestCase("Related stories", "Wells ran dry in the valley as the drought entered its third year.", BlockKind.Paragraph)]
    [TestCase("Advertisement", "Wells run dry as the drought enters its third year in the valley", BlockKind.Paragraph)]
    [TestCase("Related stories", "Photo: Lena Marsh/Reuters", BlockKind.Credit)]
    public void Headlines_listed_under_a_label_of_other_stories_are_furniture(string label, string line, BlockKind kind)
    {
        foreach (var format in new[] { ArticleFormat.PlainText, ArticleFormat.Markdown })
        {
            var text = "Pumps fall silent in the valley\n\nThe pumps stopped on Tuesday.\n\n" + label
                + "\n\nFarmers sell cattle they can no longer water\n\n" + line + "\n";
            var tree = ArticleSyntaxTree.Parse(ArticleText.From(text), format);
            Assert.That(tree.Blocks[^1].Kind, Is.EqualTo(kind), format.ToString());
        }
    }

    [Test]
    public void A_list_of_other_stories_ends_at_the_first_line_written_as_a_sentence()
    {
        var text = "Pumps fall silent in the valley\n\nRelated stories\n\nWells run dry in the third year of drought\n\n"
            + "The council met on Tuesday to discuss the pumps.\n\nWhat the council decided next\n";
        var tree = TestArticles.Parse(text);
        Assert.That(tree.Blocks.Select(b => b.Kind), Is.EqualTo(new[]
        {
            BlockKind.Headline, BlockKind.Boilerplate, BlockKind.Boilerplate, BlockKind.Paragraph, BlockKind.Heading,
        }));
    }

    [Test]
    public void Blocks_exclude_line_breaks_and_surrounding_spaces()
    {
        var tree = TestArticles.Parse("Headline here\r\n\r\n  First paragraph of the story.  \r\nSecond one.\r");
        Assert.That(tree.Blocks.Select(b => (b.Start, b.Text)), Is.EqualTo(new[]
        {
            (0, "Headline here"), (19, "First paragraph of the story."), (52, "Second one."),
        }));
    }
}
