namespace Byline.LanguageServer.Tests.Infrastructure;

public static class TestPaths
{
    public static string RepositoryRoot { get; } = Find();

    /// <summary>The articles of the repository's <c>seeds/</c> folder, by file name.</summary>
    public static IEnumerable<string> SeedNames =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt").Select(Path.GetFileName).Order()!;

    public static string SeedText(string name) => File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", name));

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
