namespace Byline.Cli.Tests;

/// <summary>The one rule for <c>byline check</c>'s exit code.</summary>
public class CheckOutcomeTests
{
    [TestCase(0, 0, 3, 0, 0, TestName = "Clean articles exit 0")]
    [TestCase(0, 0, 3, 2, 1, TestName = "Findings at the threshold exit 1")]
    [TestCase(1, 0, 3, 2, 2, TestName = "A file problem beats findings: exit 2")]
    [TestCase(0, 1, 3, 0, 2, TestName = "A configuration problem exits 2")]
    [TestCase(0, 0, 0, 0, 2, TestName = "Nothing checked exits 2")]
    public void The_exit_code_follows_the_rule(int fileProblems, int configurationProblems, int articles, int findings, int expected)
    {
        Assert.That(new CheckOutcome(fileProblems, configurationProblems, articles, findings).ExitCode, Is.EqualTo(expected));
    }
}
