using ArchiveSearch.Index.Schema;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Tests.Search;

public sealed class DateHistogramTests : IDisposable
{
    private readonly IndexedArchive archive = new();

    public void Dispose() => archive.Dispose();

    [Fact]
    public void Months_far_in_the_past_and_the_future_are_counted_in_date_order_too()
    {
        var days = new[] { new DateOnly(2024, 1, 31), new DateOnly(1750, 6, 1), new DateOnly(2301, 12, 5), new DateOnly(2024, 1, 2) };
        for (var i = 0; i < days.Length; i++)
        {
            var article = new Article { Ordinal = 1, Title = $"告示{i}", Paragraphs = ["县里发布告示。"] };
            archive.Workspace.Writer.ReplacePage(new PageRecord($"p{i}.txt", $"h{i}", $"p{i}", PageStatus.Indexed, 1, DateTimeOffset.UtcNow), new PageMetadata("县报", days[i], "1"), [article]);
        }

        archive.Workspace.Index.Commit();

        var dates = archive.Workspace.Search.Search(new SearchRequest("告示")).Dates;

        Assert.Equal([new("1750-06", 1), new("2024-01", 2), new("2301-12", 1)], dates.Months);
        Assert.Equal([new("1750", 1), new("2024", 2), new("2301", 1)], dates.Years);
    }
}
