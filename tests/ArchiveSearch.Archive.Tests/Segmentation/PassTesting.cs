using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>Runs the standard pipeline's passes up to and including the named one on a page of paragraphs.</summary>
internal static class PassTesting
{
    public static PageWork RunThrough(string passName, params string[] paragraphs)
    {
        var work = new PageWork(string.Join("\n\n", paragraphs));
        foreach (var pass in SegmentationPipeline.Standard.Passes)
        {
            pass.Run(work);
            if (pass.Name == passName)
                return work;
        }

        throw new ArgumentException($"no pass named {passName}", nameof(passName));
    }
}
