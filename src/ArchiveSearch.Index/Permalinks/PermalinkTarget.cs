using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Index.Permalinks;

/// <summary>Where an article id leads: the article, another article that now holds its text, its page, or nowhere.</summary>
public abstract record PermalinkTarget
{
    /// <summary>The article; <paramref name="FormerlyHere"/> is the article that held this id before a re-cut of the page gave it to this one.</summary>
    public sealed record Article(StoredArticle Stored, string? FormerlyHere = null) : PermalinkTarget;

    public sealed record MovedToArticle(string Id) : PermalinkTarget;

    public sealed record MovedToPage(string PageKey) : PermalinkTarget;

    public sealed record Unknown : PermalinkTarget;
}
