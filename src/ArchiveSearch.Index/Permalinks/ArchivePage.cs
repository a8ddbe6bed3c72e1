using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Index.Permalinks;

/// <summary>A whole page: its key and its articles in page order.</summary>
public sealed record ArchivePage(string Key, IReadOnlyList<StoredArticle> Articles)
{
    /// <summary>More articles than any printed page holds (a page file, or two copies of it, per identity).</summary>
    public const int MaxArticles = 2000;

    public StoredArticle First => Articles[0];
}
