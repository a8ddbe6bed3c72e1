using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Archive.Pages;

namespace ArchiveSearch.Archive.Tests.Corrections;

/// <summary>Each correction of a page's cut, applied to the items the segmenter made, and the corrections that no longer fit.</summary>
public sealed class CorrectionApplierTests
{
    private const string PageText = """
        江城日报
        图书馆夜间开放
        本报讯 记者周明远报道
        本月起，图书馆在每周五试行夜间开放。
        馆长孙海燕介绍，馆内新设了古籍修复体验区。
        冷链仓储投用
        日前，白杨沟村冷链仓储中心正式投入使用。
        村党支部书记马德胜说，苹果不愁卖。
        学生在植树节活动中栽下樟树苗。
        本报记者 何静 摄
        """;

    private static readonly string Library1 = "本月起，图书馆在每周五试行夜间开放。";
    private static readonly string Library2 = "馆长孙海燕介绍，馆内新设了古籍修复体验区。";
    private static readonly string Cold1 = "日前，白杨沟村冷链仓储中心正式投入使用。";
    private static readonly string Cold2 = "村党支部书记马德胜说，苹果不愁卖。";
    private static readonly string Caption = "学生在植树节活动中栽下樟树苗。";

    private static readonly IReadOnlyList<Article> Cut =
    [
        new() { Ordinal = 1, Title = "图书馆夜间开放", Byline = "本报讯 记者周明远报道", Authors = [new Author("周明远", "记者")], Paragraphs = [Library1, Library2] },
        new() { Ordinal = 2, Kind = ArticleKind.Brief, Title = "冷链仓储投用", Paragraphs = [Cold1, Cold2] },
        new() { Ordinal = 3, Kind = ArticleKind.Photo, Title = "学生在植树节活动中栽下樟树苗", Byline = "本报记者 何静 摄", Authors = [new Author("何静", "摄影")], Paragraphs = [Caption] },
    ];

    private static CorrectedPage Apply(params Correction[] corrections) =>
        CorrectionApplier.Apply(new PageCorrections("0123456789abcdef", "page.txt", corrections.Select((c, i) => c with { Id = i + 1 }).ToList()), PageText, PageMetadata.None, Cut);

    private static Correction Make(string kind) => new() { Kind = kind, By = "alice", At = DateTimeOffset.UtcNow, ContentHash = Archive.Corrections.PageText.Hash(PageText) };

    private static ItemRef Ref(string title, string paragraph) => new(title, ParagraphRef.Of(paragraph));

    [Fact]
    public void A_merge_appends_the_second_item_with_its_headline_to_the_first_and_the_second_ordinal_is_gone()
    {
        var page = Apply(Make(CorrectionKind.Merge) with { Item = Ref("图书馆夜间开放", Library1), Target = Ref("冷链仓储投用", Cold1) });

        Assert.Equal([1, 3], page.Articles.Select(a => a.Ordinal));
        Assert.Equal([Library1, Library2, "冷链仓储投用", Cold1, Cold2], page.Articles[0].Paragraphs);
        Assert.True(page.Outcomes.Single().Applied);
    }

    [Fact]
    public void A_merge_keeps_the_second_headline_as_a_section_heading_of_the_body()
    {
        var page = Apply(Make(CorrectionKind.Merge) with { Item = Ref("图书馆夜间开放", Library1), Target = Ref("冷链仓储投用", Cold1) });

        var merged = page.Articles[0];
        Assert.Equal("图书馆夜间开放", merged.Title);
        Assert.Equal(["冷链仓储投用"], merged.Headings);
        Assert.Contains("冷链仓储投用", merged.Body);
    }

    [Fact]
    public void A_split_at_a_section_heading_makes_it_the_new_items_headline_again()
    {
        var merge = Make(CorrectionKind.Merge) with { Item = Ref("图书馆夜间开放", Library1), Target = Ref("冷链仓储投用", Cold1) };
        var split = Make(CorrectionKind.Split) with { Paragraph = ParagraphRef.Of("冷链仓储投用"), NewOrdinal = 2 };

        var page = Apply(merge, split);

        Assert.All(page.Outcomes, o => Assert.True(o.Applied));
        Assert.Equal([1, 2, 3], page.Articles.Select(a => a.Ordinal));
        Assert.Equal([Library1, Library2], page.Articles[0].Paragraphs);
        Assert.Empty(page.Articles[0].Headings);
        var again = page.Articles[1];
        Assert.Equal("冷链仓储投用", again.Title);
        Assert.False(CorrectionApplier.HasDerivedTitle(again));
        Assert.Equal([Cold1, Cold2], again.Paragraphs);
        Assert.Empty(again.Headings);
    }

    [Fact]
    public void A_split_at_a_plain_paragraph_after_a_section_heading_takes_the_heading_along_as_a_heading()
    {
        var merge = Make(CorrectionKind.Merge) with { Item = Ref("图书馆夜间开放", Library1), Target = Ref("冷链仓储投用", Cold1) };
        var split = Make(CorrectionKind.Split) with { Paragraph = ParagraphRef.Of(Library2), NewOrdinal = 7 };

        var page = Apply(merge, split);

        Assert.Empty(page.Articles[0].Headings);
        Assert.Equal(["冷链仓储投用"], page.Articles.Single(a => a.Ordinal == 7).Headings);
    }

    [Fact]
    public void A_split_cuts_before_the_paragraph_and_the_new_item_takes_the_ordinal_chosen_when_it_was_made()
    {
        var page = Apply(Make(CorrectionKind.Split) with { Paragraph = ParagraphRef.Of(Library2), NewOrdinal = 7 });

        Assert.Equal([1, 2, 3, 7], page.Articles.Select(a => a.Ordinal));
        Assert.Equal([Library1], page.Articles[0].Paragraphs);
        var created = page.Articles[3];
        Assert.Equal([Library2], created.Paragraphs);
        Assert.Equal("馆长孙海燕介绍，馆内新设了古籍修复体验区", created.Title);
    }

    [Fact]
    public void A_split_at_an_items_first_paragraph_is_not_possible_and_changes_nothing()
    {
        var page = Apply(Make(CorrectionKind.Split) with { Paragraph = ParagraphRef.Of(Library1), NewOrdinal = 7 });

        Assert.Equal(CorrectionProblem.NotPossible, page.Outcomes.Single().Problem);
        Assert.Equal(Cut.Select(a => a.Paragraphs), page.Articles.Select(a => a.Paragraphs));
    }

    [Fact]
    public void A_caption_moved_into_another_item_lands_in_printed_order_and_its_empty_photo_is_gone()
    {
        var page = Apply(Make(CorrectionKind.Move) with { Paragraph = ParagraphRef.Of(Caption), Target = Ref("冷链仓储投用", Cold1) });

        Assert.Equal([1, 2], page.Articles.Select(a => a.Ordinal));
        Assert.Equal([Cold1, Cold2, Caption], page.Articles[1].Paragraphs);
    }

    [Fact]
    public void A_paragraph_moved_out_of_all_items_is_in_none()
    {
        var page = Apply(Make(CorrectionKind.Move) with { Paragraph = ParagraphRef.Of(Cold2) });

        Assert.DoesNotContain(page.Articles, a => a.Paragraphs.Contains(Cold2));
        Assert.Equal([Cold1], page.Articles[1].Paragraphs);
    }

    [Fact]
    public void A_credit_moved_to_another_item_takes_its_people_along()
    {
        var page = Apply(Make(CorrectionKind.MoveCredit) with { Item = Ref("学生在植树节活动中栽下樟树苗", Caption), Credit = "本报记者 何静 摄", Target = Ref("冷链仓储投用", Cold1) });

        Assert.Null(page.Articles[2].Byline);
        Assert.Empty(page.Articles[2].Authors);
        Assert.Equal("本报记者 何静 摄", page.Articles[1].Byline);
        Assert.Contains(page.Articles[1].Authors, a => a.Name == "何静");
    }

    [Fact]
    public void Setting_headline_subtitle_byline_and_authors_replaces_them()
    {
        var page = Apply(Make(CorrectionKind.Set) with { Item = Ref("冷链仓储投用", Cold1), Title = "白杨沟村冷链仓储中心投用", Subtitle = "果农可以错峰销售", Byline = "通讯员 林晓", Authors = ["林晓"] });

        var item = page.Articles[1];
        Assert.Equal(("白杨沟村冷链仓储中心投用", "果农可以错峰销售", "通讯员 林晓"), (item.Title, item.Subtitle, item.Byline));
        Assert.Equal(["林晓"], item.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Setting_the_page_changes_paper_date_and_page_number()
    {
        var page = Apply(Make(CorrectionKind.Page) with { Paper = "江城晚报", Date = "2024-03-16", Page = "2" });

        Assert.Equal(new PageMetadata("江城晚报", new DateOnly(2024, 3, 16), "2"), page.Metadata);
    }

    [Fact]
    public void A_correction_made_against_other_page_text_is_kept_but_not_applied()
    {
        var page = Apply(Make(CorrectionKind.Merge) with { ContentHash = "0000", Item = Ref("图书馆夜间开放", Library1), Target = Ref("冷链仓储投用", Cold1) });

        Assert.Equal(CorrectionProblem.PageChanged, page.Outcomes.Single().Problem);
        Assert.Equal(3, page.Articles.Count);
    }

    [Fact]
    public void A_correction_naming_a_paragraph_no_longer_on_the_page_is_not_applied_and_the_later_ones_still_are()
    {
        var page = Apply(
            Make(CorrectionKind.Move) with { Paragraph = ParagraphRef.Of("这一段不在本版上。") },
            Make(CorrectionKind.Set) with { Item = Ref("冷链仓储投用", Cold1), Title = "新标题" });

        Assert.Equal([CorrectionProblem.Missing, null], page.Outcomes.Select(o => o.Problem));
        Assert.Equal("新标题", page.Articles[1].Title);
    }

    [Fact]
    public void An_undone_correction_is_not_applied()
    {
        var page = Apply(Make(CorrectionKind.Merge) with { Item = Ref("图书馆夜间开放", Library1), Target = Ref("冷链仓储投用", Cold1), Undone = new Undo("bob", DateTimeOffset.UtcNow) });

        Assert.Equal([1, 2, 3], page.Articles.Select(a => a.Ordinal));
        Assert.Empty(page.Outcomes);
    }

    [Fact]
    public void Corrections_apply_in_order_so_a_later_one_finds_an_item_by_a_paragraph_an_earlier_one_moved()
    {
        var page = Apply(
            Make(CorrectionKind.Merge) with { Item = Ref("图书馆夜间开放", Library1), Target = Ref("冷链仓储投用", Cold1) },
            Make(CorrectionKind.Set) with { Item = Ref("冷链仓储投用", Cold1), Title = "图书馆与冷库" });

        Assert.Equal("图书馆与冷库", page.Articles[0].Title);
        Assert.All(page.Outcomes, o => Assert.True(o.Applied));
    }
}
