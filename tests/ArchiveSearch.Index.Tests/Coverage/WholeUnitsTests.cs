using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Tests.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.Coverage;

/// <summary>Earlier coverage counts what an article shares with a draft only as whole words or names, never fragments of other words.</summary>
public sealed class WholeUnitsTests(SampleArchive samples) : IClassFixture<SampleArchive>
{
    private static readonly ArchiveAnalyzers Analyzers = ArchiveAnalyzers.Create(NullLogger.Instance);

    [Theory]
    [InlineData("东区", "广东区域协调发展", false)]
    [InlineData("变肉", "白杨沟村的蜕变肉眼可见", false)]
    [InlineData("花农", "变电村花农通过网络销售杜鹃花", true)]
    [InlineData("花农", "这里的花农很多。蜕变肉眼可见", true)]
    public void An_article_holds_a_unit_only_where_it_stands_as_a_whole_word(string unit, string text, bool holds) =>
        Assert.Equal(holds, WholeUnits.Holds(Analyzers.Words, new ContentUnit(unit, IsName: false, 1, 1), text));

    [Fact]
    public void A_draft_of_official_boilerplate_is_answered_empty()
    {
        var answer = samples.Archive.Workspace.Coverage.ForText(
            "各级党委政府要认真贯彻落实会议精神，高度重视，统筹部署，压实责任，抓好落实，进一步加强作风建设，确保各项要求落到实处，取得实效。",
            new CoverageRequest());

        Assert.Empty(answer.Articles);
    }
}
