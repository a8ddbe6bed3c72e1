using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>What the cut-rule tests ask of a page: its items as the standard pipeline cuts them, and each item's verdict.</summary>
internal static class CutVerdictChecks
{
    public static IReadOnlyList<Article> Cut(params string[] paragraphs) => SegmentationPipeline.Standard.Run(string.Join("\n\n", paragraphs)).Articles;

    public static Article Item(IReadOnlyList<Article> items, string title) => Assert.Single(items, a => a.Title.StartsWith(title, StringComparison.Ordinal));

    /// <summary>The item is unsure for <paramref name="rule"/>, with the words that rule gives.</summary>
    public static void AssertDoubted(Article item, string rule)
    {
        Assert.Equal(CutCertainty.Unsure, item.Cut.Certainty);
        var reason = Assert.Single(item.Cut.Reasons, r => r.Rule == rule);
        Assert.Equal(CutRules.All.Single(r => r.Code == rule).Words, reason.Words);
    }

    public static void AssertNotDoubtedBy(Article item, string rule) => Assert.DoesNotContain(item.Cut.Reasons, r => r.Rule == rule);
}
