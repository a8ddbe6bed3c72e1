using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Index.Ingest;

namespace ArchiveSearch.Index.Tests.Ingest;

public sealed class LinesOutsideArticlesTests
{
    private static readonly Article Feature = new()
    {
        Ordinal = 1,
        Title = "产业集群引领",
        Subtitle = "双辽市着力构建化工园区",
        Byline = "本报通讯员 郑嘉萱",
        Paragraphs = ["近年来，双辽经济开发区以做大做强化工园区为引领，取得了阶段性成果。"],
    };

    [Fact]
    public void Furniture_credits_and_issue_numbers_are_the_lines_no_article_keeps()
    {
        const string page = "第8246期 今日8版\n产业集群引领\n——双辽市着力构建化工园区\n本报通讯员 郑嘉萱\n近年来，双辽经济开发区以做大做强\n化工园区为引领，取得了阶段性成果。\n核心提示\n设计制作:卢晓琴\n";

        var lines = LinesOutsideArticles.Find(page, [Feature]);

        Assert.Equal(["第8246期 今日8版", "核心提示", "设计制作:卢晓琴"], lines);
    }

    [Fact]
    public void Punctuation_the_segmenter_dropped_leaves_no_line_behind()
    {
        const string page = "■ 产业集群引领\n●双辽市着力构建化工园区\n本报通讯员：郑嘉萱";

        Assert.Empty(LinesOutsideArticles.Find(page, [Feature]));
    }

    [Fact]
    public void A_line_an_article_mostly_keeps_gives_only_the_words_it_lacks()
    {
        const string page = "（上接第一版）近年来，双辽经济开发区以做大做强化工园区为引领";

        Assert.Equal(["上接第一版"], LinesOutsideArticles.Find(page, [Feature]));
    }

    [Fact]
    public void Traditional_and_full_width_lines_compare_folded()
    {
        const string page = "產業集群引領\nＮＯ.１２";

        Assert.Equal(["ＮＯ.１２"], LinesOutsideArticles.Find(page, [Feature with { Paragraphs = ["no"] }]));
    }
}
