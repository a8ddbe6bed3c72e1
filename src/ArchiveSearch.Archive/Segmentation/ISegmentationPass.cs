namespace ArchiveSearch.Archive.Segmentation;

/// <summary>One pass of the segmentation pipeline: it reads and rewrites the page's work, recording its decisions.</summary>
public interface ISegmentationPass
{
    /// <summary>The pass's name, as decisions record it.</summary>
    string Name { get; }

    void Run(PageWork work);
}
