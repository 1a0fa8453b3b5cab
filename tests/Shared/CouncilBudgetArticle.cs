using System.Text;

namespace Byline.Tests.Shared;

/// <summary>
/// An invented article of any length whose paragraphs differ in numbers and names, so that its sentences are
/// attributed, unattributed and quoted. Compiled into the workspace and the server test projects.
/// </summary>
internal static class CouncilBudgetArticle
{
    public static string Create(int paragraphs)
    {
        var text = new StringBuilder("Council approves budget\n\nBy A Reporter\n\n");
        for (var i = 0; i < paragraphs; i++)
        {
            text.Append((i % 3) switch
            {
                0 => $"The council will spend {i} million on roads, officials said on Tuesday.",
                1 => $"\"We have waited {i} years for this,\" said Maria Lopez, who leads the residents' group.",
                _ => $"Critics say the plan for district {i} is too costly and the work will take years.",
            });
            text.Append("\n\n");
        }
        return text.ToString();
    }
}
