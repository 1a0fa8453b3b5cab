namespace Byline.Syntax.Tests;

/// <summary>The vectorised pre-check before letters are classified by script one by one.</summary>
public class ScriptTextTests
{
    [TestCase("Strikes hit rocket sites", false)]
    [TestCase("“It was an imminent threat,” he said — twice… €5", false)] // typographic punctuation is no letter
    [TestCase("Café crème in Zürich, São Paulo and Łódź", false)]         // Latin-1 and Latin Extended
    [TestCase("Заголовок открываемого материала", true)]
    [TestCase("An English line with one word in Greek: λόγος", true)]
    [TestCase("ﬁnance", true)] // a ligature outside the ranges: take the exact path
    [TestCase("", false)]
    public void Says_whether_a_letter_may_be_outside_Latin(string text, bool mayHave)
    {
        Assert.That(ScriptText.MayHaveNonLatinLetters(text), Is.EqualTo(mayHave));
    }
}
