namespace Byline.Analysis.Tests;

public static class TestPaths
{
    public static string RepositoryRoot { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LangServer.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("LangServer.sln not found above the test folder");
    }
}
