namespace Byline.Workspace.Tests;

/// <summary>A test with a fresh workspace folder on disk, deleted afterwards.</summary>
public abstract class TempFolderTest
{
    protected string Root { get; private set; } = null!;

    [SetUp]
    public void CreateFolder() => Root = Directory.CreateTempSubdirectory("byline-ws-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(Root, recursive: true);

    /// <summary>Writes a file below the root (creating folders) and returns its full path.</summary>
    protected string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
