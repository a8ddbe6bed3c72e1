using System.Net;
using System.Text.Json;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// The cut verdict over HTTP: on every hit and in the whole article, as a filter and a facet, and as the 切分待核
/// notice on an unsure article's page with its reasons in Chinese and a link to its page.
/// </summary>
public sealed class CutVerdictTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public async Task InitializeAsync()
    {
        host.WritePage("day/p3.txt", string.Join("\n\n",
            "春季义诊走进乡村",
            "本报讯（通讯员 钱程）3月24日，市第二人民医院的18名医生来到高桥村开展义诊，发放健康手册500余份。",
            "老城墙修缮工程开工",
            "义诊现场，骨科主任医师邵立群为一位腰痛多年的老人仔细检查，并手把手教他做康复锻炼。",
            "医生们还为村里行动不便的老人上门测量了血压，并留下了联系电话。",
            "本报讯（记者 韦丹）3月22日，老城墙西段修缮工程开工，工程全长420米，预计今年10月完工。"));
        host.WritePage("day/p3.json", """{"paper":"梁溪日报","date":"2024-03-26","page":"3"}""");
        await host.StartAsync();
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("义诊") > 0, "the page to be indexed");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static JsonElement HitTitled(JsonElement answer, string title) =>
        answer.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("title").GetString() == title);

    [Fact]
    public async Task Every_hit_carries_its_cut_with_verdict_and_reasons()
    {
        var answer = await host.SearchAsync("义诊");

        var sure = HitTitled(answer, "春季义诊走进乡村").GetProperty("cut");
        Assert.Equal("sure", sure.GetProperty("verdict").GetString());
        Assert.Equal(0, sure.GetProperty("reasons").GetArrayLength());
        var unsure = HitTitled(answer, "老城墙修缮工程开工").GetProperty("cut");
        Assert.Equal("unsure", unsure.GetProperty("verdict").GetString());
        var reason = unsure.GetProperty("reasons")[0];
        Assert.Equal("byline-without-headline", reason.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrEmpty(reason.GetProperty("words").GetString()));
    }

    [Fact]
    public async Task The_review_queue_filter_and_the_cut_facet_answer_over_http()
    {
        var queue = await host.GetJsonAsync("/api/search?cut=unsure");
        var all = await host.GetJsonAsync("/api/search");

        Assert.Equal(2, queue.GetProperty("total").GetInt32());
        Assert.All(queue.GetProperty("hits").EnumerateArray(), h => Assert.Equal("unsure", h.GetProperty("cut").GetProperty("verdict").GetString()));
        var facet = all.GetProperty("facets").GetProperty("cut").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["sure"] = 1, ["unsure"] = 2 }, facet);

        var refused = await host.Client.GetAsync("/api/search?cut=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("cut must be sure or unsure", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_whole_article_carries_its_cut()
    {
        var id = HitTitled(await host.SearchAsync("老城墙"), "老城墙修缮工程开工").GetProperty("id").GetString();

        var article = await host.GetJsonAsync($"/api/articles/{id}");

        Assert.Equal("unsure", article.GetProperty("cut").GetProperty("verdict").GetString());
        Assert.Contains(article.GetProperty("cut").GetProperty("reasons").EnumerateArray(), r => r.GetProperty("rule").GetString() == "byline-without-headline");
    }

    [Fact]
    public async Task An_unsure_article_page_shows_the_notice_with_chinese_reasons_linking_to_its_page_and_a_sure_one_does_not()
    {
        var answer = await host.SearchAsync("义诊");
        var unsure = HitTitled(answer, "老城墙修缮工程开工");
        var sure = HitTitled(answer, "春季义诊走进乡村");
        var pageKey = unsure.GetProperty("id").GetString()!.Split('-')[0];

        var html = await host.Client.GetStringAsync(unsure.GetProperty("url").GetString());
        var clean = await host.Client.GetStringAsync(sure.GetProperty("url").GetString());

        Assert.Contains("<h2 id=\"cut-notice-heading\">切分待核</h2>", html);
        Assert.Contains("<li data-rule=\"byline-without-headline\">一处没有署名的标题与一处没有标题的署名相邻，可能被分开了", html);
        Assert.Contains($"<a class=\"check-page\" href=\"/pages/{pageKey}#a2\">", html);
        Assert.DoesNotContain("切分待核", clean);
    }
}
