namespace Byline.Syntax.Tests;

/// <summary>
/// A copyright line is "Copyright" or "©" followed by a year (four digits) or a copyright sign; the same word before
/// anything else opens a claim. Invented lines.
/// </summary>
public class CopyrightLineTests
{
    private static readonly CopyrightLine Rule = CopyrightLine.Read(Lexicon.Default.Furniture);

    [TestCase("Copyright 2031 Example Media Group")]
    [TestCase("© 1998 The Daily Example")]
    [TestCase("©1998 The Daily Example")]
    [TestCase("Copyright (c) Example News")]
    [TestCase("Copyright (C) Example News")]
    [TestCase("Copyright © 2031 Example News")]
    [TestCase("copyright 1998-2031 the daily example")]
    public void A_copyright_word_before_a_year_or_a_sign_opens_a_copyright_line(string line) =>
        Assert.That(Rule.Opens(line), Is.True);

    [TestCase("Copyright lawyers say the case is weak")]
    [TestCase("Copyright 101 classes filled up fast")]
    [TestCase("Copyright 20 people were sued")]
    [TestCase("Copyright 1990s style rules")]
    [TestCase("Copyrighted 2031 material")]
    [TestCase("The firm holds the copyright")]
    [TestCase("Copyright")]
    [TestCase("")]
    public void The_word_before_anything_else_opens_a_claim(string line) =>
        Assert.That(Rule.Opens(line), Is.False);
}
