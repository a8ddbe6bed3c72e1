using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>
/// The cut verdict through a real index: pages cut by the segmenter are ingested, each article keeps its verdict
/// and reasons, and searches filter on it (the review queue) and count it as a facet.
/// </summary>
public sealed class CutVerdictSearchTests : IDisposable
{
    private readonly string inbox = Directory.CreateTempSubdirectory("archivesearch-cut-").FullName;
    private readonly IndexedArchive archive;

    public CutVerdictSearchTests()
    {
        File.WriteAllText(Path.Combine(inbox, "clean.txt"), string.Join("\n\n",
            "江城图书馆夜间开放",
            "本报讯（记者 刘洋）3月14日起，江城图书馆每周五、周六开放至晚上9点，自助借还、电子阅览等服务照常提供。",
            "白杨沟村苹果丰收",
            "本报记者 韩晓雪",
            "今年白杨沟村三百亩苹果喜获丰收，亩产达到四千斤，村民人均增收三千余元。"));
        // A headline parted from its report by two paragraphs of the item before: both halves are doubted.
        File.WriteAllText(Path.Combine(inbox, "parted.txt"), string.Join("\n\n",
            "春季义诊走进乡村",
            "本报讯（通讯员 钱程）3月24日，市第二人民医院的18名医生来到高桥村开展义诊，发放健康手册500余份。",
            "老城墙修缮工程开工",
            "义诊现场，骨科主任医师邵立群为一位腰痛多年的老人仔细检查。",
            "医生们还为村里行动不便的老人上门测量了血压，并留下了联系电话。",
            "本报讯（记者 韦丹）3月22日，老城墙西段修缮工程开工，工程全长420米，预计今年10月完工。"));
        archive = new IndexedArchive(inbox);
    }

    public void Dispose()
    {
        archive.Dispose();
        Directory.Delete(inbox, recursive: true);
    }

    private SearchResponse Browse(string? cut) => archive.Workspace.Search.Search(new SearchRequest("") { Cut = cut, Size = 50 });

    [Fact]
    public void The_review_queue_lists_exactly_the_unsure_articles_with_their_reasons()
    {
        var queue = Browse("unsure");

        Assert.Equal(2, queue.Total);
        Assert.Contains(queue.Hits, h => h.Title == "老城墙修缮工程开工");
        Assert.Contains(queue.Hits, h => h.Title.StartsWith("3月22日，老城墙西段修缮工程开工", StringComparison.Ordinal));
        Assert.All(queue.Hits, hit =>
        {
            Assert.Equal(Verdicts.Unsure, hit.Cut.Verdict);
            Assert.Contains(hit.Cut.Reasons, r => r.Rule == "byline-without-headline" && r.Words.Length > 0);
        });
    }

    [Fact]
    public void The_sure_filter_leaves_out_every_unsure_article()
    {
        var sure = Browse("sure");

        Assert.Equal(3, sure.Total);
        Assert.All(sure.Hits, hit =>
        {
            Assert.Equal(Verdicts.Sure, hit.Cut.Verdict);
            Assert.Empty(hit.Cut.Reasons);
        });
        Assert.Equal(Browse(null).Total, sure.Total + Browse("unsure").Total);
    }

    [Fact]
    public void The_cut_facet_counts_sure_and_unsure_over_the_whole_result_set()
    {
        var all = Browse(null);

        Assert.Equal([new FacetValue("sure", 3), new FacetValue("unsure", 2)], all.Facets.Cut);
        // A query counts its own hits only.
        Assert.Equal([new FacetValue("unsure", 1)], archive.Workspace.Search.Search(new SearchRequest("邵立群")).Facets.Cut);
    }

    [Fact]
    public void A_stored_article_reads_back_its_verdict_and_reasons()
    {
        var id = Browse("unsure").Hits.Single(h => h.Title == "老城墙修缮工程开工").Id;

        var article = archive.Workspace.Search.Get(id)!;

        Assert.Equal(Verdicts.Unsure, article.Cut.Verdict);
        var reason = Assert.Single(article.Cut.Reasons, r => r.Rule == "byline-without-headline");
        Assert.Equal("a headline without a byline and a byline without a headline stand next to each other", reason.Words);
        Assert.Equal("本报讯（记者 韦丹）", reason.Detail);
    }

    [Fact]
    public void A_cut_filter_other_than_sure_or_unsure_is_refused_with_a_reason()
    {
        var refusal = Assert.Throws<InvalidSearchException>(() => Browse("maybe"));

        Assert.Contains("cut must be sure or unsure", refusal.Message);
    }
}
