using System.Diagnostics;

namespace Byline.Cli;

/// <summary>
/// "120/2000 files  14.2 MB/s  0:41 left" on standard error, redrawn in place at most ten times a second. Only
/// on a terminal (<see cref="ForTerminal"/>): in CI, where standard error is a log, it would be noise.
/// </summary>
public sealed class ProgressLine
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly TextWriter _error;
    private readonly int _totalFiles;
    private readonly long _totalBytes;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private int _files;
    private long _bytes;
    private TimeSpan? _drawnAt;
    private int _width;

    public ProgressLine(TextWriter error, int totalFiles, long totalBytes) =>
        (_error, _totalFiles, _totalBytes) = (error, totalFiles, totalBytes);

    /// <summary>A progress line when standard error is a terminal and there is more than one file; otherwise null.</summary>
    public static ProgressLine? ForTerminal(IReadOnlyList<ArticleInput> inputs) =>
        Console.IsErrorRedirected || inputs.Count < 2
            ? null
            : new ProgressLine(Console.Error, inputs.Count, inputs.Sum(i => ArticleChecker.FileLength(i.FullPath)));

    public void Advance(long bytes)
    {
        lock (_lock)
        {
            _files++;
            _bytes += bytes;
            var now = _clock.Elapsed;
            if ((_drawnAt is null || now - _drawnAt >= Interval) && _files < _totalFiles)
            {
                _drawnAt = now;
                Draw(Format(_files, _totalFiles, _bytes, _totalBytes, now));
            }
        }
    }

    /// <summary>Rubs the line out, before output or a message goes to the same terminal.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            if (_width > 0)
            {
                _error.Write("\r" + new string(' ', _width) + "\r");
                _width = 0;
            }
        }
    }

    public static string Format(int files, int totalFiles, long bytes, long totalBytes, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        var rate = bytes / seconds;
        var left = rate > 0 ? TimeSpan.FromSeconds((totalBytes - bytes) / rate) : TimeSpan.Zero;
        return $"{files}/{totalFiles} files  {rate / 1e6:0.0} MB/s  {(int)left.TotalMinutes}:{left.Seconds:00} left";
    }

    private void Draw(string line)
    {
        _error.Write("\r" + line.PadRight(_width));
        _width = Math.Max(_width, line.Length);
    }
}
