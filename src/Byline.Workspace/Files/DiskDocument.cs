using System.Collections.Immutable;

namespace Byline.Workspace.Files;

/// <summary>
/// An article file of an indexed folder, read and parsed on first use; null when it cannot be read. A workspace of
/// 10,000 articles holds 10,000 of these, so each is one small object (no <see cref="Lazy{T}"/> with a delegate and
/// a closure), and what it loads with is a snapshot without documents (<see cref="WorkspaceSnapshot.ForLoading"/>):
/// a file not yet read never keeps the open documents of its time, their syntax trees and analyses, alive.
/// </summary>
internal abstract class DiskDocument
{
    private ArticleDocument? _document;
    private volatile bool _loaded;

    /// <summary>The article, read on first use; every caller gets the same object.</summary>
    public ArticleDocument? Value
    {
        get
        {
            if (!_loaded)
            {
                lock (this)
                {
                    if (!_loaded)
                    {
                        _document = Load();
                        _loaded = true;
                    }
                }
            }
            return _document;
        }
    }

    /// <summary>The file at <paramref name="path"/>, configured and reviewed as <paramref name="context"/> says.</summary>
    public static DiskDocument At(string path, WorkspaceSnapshot context) => new OnDisk(path, context);

    /// <summary><paramref name="old"/> with other reviews (the ledger changed): its text and syntax tree are kept.</summary>
    public static DiskDocument Reviewed(DiskDocument old, ImmutableArray<Review> reviews) => new WithReviews(old, reviews);

    protected abstract ArticleDocument? Load();

    private sealed class OnDisk(string path, WorkspaceSnapshot context) : DiskDocument
    {
        protected override ArticleDocument? Load()
        {
            try
            {
                var uri = DocumentUris.FromFilePath(path);
                return ArticleDocument.Load(path, context.ConfigFor(uri), context.ReviewsFor(uri));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file that vanished or cannot be read is simply not an article of this snapshot.
                return null;
            }
        }
    }

    private sealed class WithReviews(DiskDocument old, ImmutableArray<Review> reviews) : DiskDocument
    {
        protected override ArticleDocument? Load() => old.Value?.WithReviews(reviews);
    }
}
