using Byline.Workspace;

namespace Byline.Cli;

/// <summary><c>byline init [folder]</c>: writes a commented <c>.byline.yaml</c> fitted to the folder; never overwrites one.</summary>
public static class InitCommand
{
    public static int Run(string folder, TextWriter error)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"byline: no such folder: {folder}");
            return ExitCodes.UsageOrIoError;
        }
        var path = Path.Combine(folder, BylineConfig.FileName);
        var survey = ConfigTemplate.Survey(folder);
        try
        {
            // CreateNew: an existing file (even one created since the check) is an error, never overwritten.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(ConfigTemplate.Render(survey));
        }
        catch (IOException) when (File.Exists(path))
        {
            error.WriteLine($"byline: {path} already exists; edit it, or delete it and run 'byline init' again.");
            return ExitCodes.UsageOrIoError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"byline: cannot write {path}: {e.Message}");
            return ExitCodes.UsageOrIoError;
        }
        var articles = survey.ArticlesByExtension.Values.Sum();
        error.WriteLine($"Wrote {path} ({articles} article file(s) found). Run 'byline check {folder}' next.");
        return ExitCodes.Clean;
    }
}
