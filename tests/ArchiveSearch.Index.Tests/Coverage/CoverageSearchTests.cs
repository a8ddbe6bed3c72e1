using ArchiveSearch.Index.Tests.Search;
using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.Tests.Coverage;

/// <summary>Earlier coverage as an editor uses it: related articles only when the story is really there, filler never shown.</summary>
public sealed class CoverageSearchTests(SampleArchive samples) : IClassFixture<SampleArchive>
{
    private const string LibraryDraft = "青石县图书馆晚上开到十点，下班的年轻人来读书。馆长孙海燕说，古籍修复体验区和亲子阅读角最受欢迎，周六还有读书沙龙。";

    private CoverageSearch Coverage => samples.Archive.Workspace.Coverage;

    [Fact]
    public void An_unrelated_draft_gets_an_empty_answer_with_the_sentence_that_nothing_related_was_found()
    {
        var answer = Coverage.ForText(
            "本报讯（记者 张蕾）近日，我市第一实验中学开展今年的心理健康教育周活动，邀请心理咨询师开设情绪管理讲座，设置心理信箱和沙盘游戏室。",
            new CoverageRequest { DraftDate = new DateOnly(2024, 11, 5) });

        Assert.Empty(answer.Articles);
        Assert.Equal(CoverageSearch.NothingRelated, answer.Message);
    }

    [Fact]
    public void A_draft_of_nothing_but_filler_numbers_and_dates_is_told_it_has_nothing_distinctive()
    {
        var answer = Coverage.ForText("本报讯 近日，我市开展今年的活动。2024年3月15日，记者获悉，全市同比增长12.5%。", new CoverageRequest());

        Assert.Empty(answer.Articles);
        Assert.Empty(answer.Terms);
        Assert.Equal(CoverageSearch.NothingDistinctive, answer.Message);
    }

    [Fact]
    public void A_related_draft_finds_its_story_first_with_the_shared_passages_marked()
    {
        var answer = Coverage.ForText(LibraryDraft, new CoverageRequest { DraftDate = new DateOnly(2024, 12, 1) });

        Assert.Null(answer.Message);
        var first = answer.Articles[0];
        Assert.StartsWith("青石县图书馆", first.Title);
        Assert.Equal("江城日报", first.Paper);
        Assert.Contains("<mark>", first.Snippet);
        Assert.NotEmpty(first.SharedTerms);
        Assert.All(first.SharedTerms, term => Assert.Contains(term, LibraryDraft));
        Assert.True(first.BeforeDraft);
        Assert.InRange(first.Score, CoverageThresholds.Calibrated.MinScore, 1.0);
        Assert.DoesNotContain(answer.Articles, a => a.Title.Contains("菜市场", StringComparison.Ordinal));
    }

    [Fact]
    public void News_filler_is_never_a_shared_term_nor_a_term_of_the_draft()
    {
        var answer = Coverage.ForText("本报讯 记者 通讯员 近日 日前 今年 我市 " + LibraryDraft + " 2024年3月 十点 第二届", new CoverageRequest());

        Assert.NotEmpty(answer.Articles);
        Assert.All(answer.Terms, t => Assert.False(NewsFiller.IsFiller(t), t));
        Assert.All(answer.Articles.SelectMany(a => a.SharedTerms), t => Assert.False(NewsFiller.IsFiller(t), t));
        foreach (var filler in new[] { "本报", "记者", "通讯员", "我市", "今年", "近日", "日前", "十点" })
            Assert.DoesNotContain(filler, answer.Terms);
    }

    [Fact]
    public void A_name_the_dictionary_does_not_know_counts_as_shared_content()
    {
        var answer = Coverage.ForText("护鸟员覃守义又出发了。覃守义在鹤鸣湖巡护已近二十年，写满了巡护日记。", new CoverageRequest());

        Assert.Contains("覃守义", answer.Terms);
        Assert.Contains("覃守义", answer.Articles[0].SharedTerms);
        Assert.Contains("候鸟管家", answer.Articles[0].Title);
    }

    [Fact]
    public void Sorting_by_date_puts_the_earliest_coverage_first_and_marks_what_came_before_the_draft()
    {
        var request = new CoverageRequest { DraftDate = new DateOnly(2024, 6, 1), Sort = CoverageSort.Date };

        var answer = Coverage.ForText(LibraryDraft, request);

        var library = answer.Articles.Where(a => a.Title.StartsWith("青石县图书馆", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2024-03-15", "2024-06-20"], library.Select(a => a.Date));
        Assert.Equal([true, false], library.Select(a => a.BeforeDraft));
        Assert.Equal(answer.Articles.Select(a => a.Date).Order(StringComparer.Ordinal), answer.Articles.Select(a => a.Date));
        Assert.Equal("date", answer.Sort);
    }

    [Fact]
    public void Coverage_of_an_article_leaves_out_the_article_itself_and_honours_before()
    {
        var library = samples.Archive.Workspace.Search.Search(new SearchRequest("古籍修复")).Hits.Single(h => h.Title == SampleArchive.FollowUpTitle);

        var related = Coverage.ForArticle(library.Id, new CoverageRequest())!;
        var earlier = Coverage.ForArticle(library.Id, new CoverageRequest { Before = new DateOnly(2024, 3, 1) })!;

        Assert.DoesNotContain(related.Articles, a => a.Id == library.Id);
        Assert.Contains(related.Articles, a => a.Title == "青石县图书馆试行夜间开放" && a.BeforeDraft == true);
        Assert.Equal("2024-06-20", related.DraftDate);
        Assert.Empty(earlier.Articles);
        Assert.Equal(CoverageSearch.NothingRelated, earlier.Message);
    }

    [Fact]
    public void An_empty_draft_or_a_size_out_of_range_is_refused_with_a_reason()
    {
        Assert.Throws<InvalidSearchException>(() => Coverage.ForText("  ", new CoverageRequest()));
        Assert.Throws<InvalidSearchException>(() => Coverage.ForText(LibraryDraft, new CoverageRequest { Size = CoverageSearch.MaxSize + 1 }));
    }
}
