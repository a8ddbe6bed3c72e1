using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>Cuts the text of one newspaper page into its articles.</summary>
public interface IPageSegmenter
{
    IReadOnlyList<Article> Split(string pageText);
}
