using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>An article about a subject ranks above captions and briefs that mention it in passing; they stay findable.</summary>
public sealed class SubjectRankingTests : IClassFixture<SubjectRankingTests.Pages>
{
    private readonly Pages archive;

    public SubjectRankingTests(Pages archive) => this.archive = archive;

    [Fact]
    public void The_feature_with_the_subject_in_its_headline_ranks_above_a_caption_that_names_it_twice()
    {
        var titles = archive.Workspace.Search.Search(new SearchRequest("双辽")).Hits.Select(h => h.Title).ToList();

        Assert.Equal("产业集群引领 激活发展动能", titles[0]);
        Assert.Contains(titles, t => t.StartsWith("近日,双辽市政协委员", StringComparison.Ordinal));
        Assert.Contains("文化站举办书画展", titles);
    }

    [Fact]
    public void A_caption_label_cut_from_its_own_text_is_not_a_headline()
    {
        Assert.True(DerivedTitles.IsDerived("近日,双辽市政协委员在双辽市商业步行街联合开展了“垃圾不落地…", Pages.CaptionText));
        Assert.True(DerivedTitles.IsDerived("邓国梁在检查桥面石板的松动情况", "邓国梁在检查桥面石板的松动情况。"));
        Assert.False(DerivedTitles.IsDerived("北岭高新区", "北岭高新区今年新增专精特新企业23家。"));
        Assert.False(DerivedTitles.IsDerived("产业集群引领 激活发展动能", "近年来,双辽经济开发区以做大做强化工园区为引领。"));
    }

    [Fact]
    public void A_caption_is_still_found_by_title_prefix_through_its_text()
    {
        var hits = archive.Workspace.Search.Search(new SearchRequest("\"垃圾不落地\"")).Hits;

        Assert.Equal(PhotoKind, Assert.Single(hits).Kind);
    }

    private const string PhotoKind = "photo";

    public sealed class Pages : IndexedArchive
    {
        public const string CaptionText = "近日,双辽市政协委员在双辽市商业步行街联合开展了“垃圾不落地”文明倡议活动。";

        public Pages()
        {
            Workspace.Writer.ReplacePage(
                new PageRecord("p.txt", "h", "p", PageStatus.Indexed, 3, DateTimeOffset.UtcNow),
                PageMetadata.None,
                [
                    new Article
                    {
                        Ordinal = 1,
                        Title = "产业集群引领 激活发展动能",
                        Subtitle = "双辽市着力构建化工产业园区综述",
                        Paragraphs =
                        [
                            "近年来,双辽经济开发区以做大做强化工园区为引领,取得了阶段性成果。",
                            string.Concat(Enumerable.Repeat("园区坚持项目为王理念,引增量、盘存量、扩总量、强动能,积极争取资金,推进项目建设。", 12)),
                            "逐渐成为双辽经济发展的实力和后劲。",
                        ],
                    },
                    new Article { Ordinal = 2, Kind = ArticleKind.Photo, Title = "近日,双辽市政协委员在双辽市商业步行街联合开展了“垃圾不落地…", Paragraphs = [CaptionText] },
                    new Article { Ordinal = 3, Kind = ArticleKind.Brief, Title = "文化站举办书画展", Paragraphs = ["镇文化站举办书画展,展出作品六十余幅,其中有来自双辽的作品。"] },
                ]);
            Workspace.Index.Commit();
        }
    }
}
