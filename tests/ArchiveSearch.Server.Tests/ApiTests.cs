using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ArchiveSearch.Server.Tests;

/// <summary>The HTTP API over the project's sample pages, with their sidecar metadata.</summary>
public sealed class ApiTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public async Task InitializeAsync()
    {
        Testing.SamplePages.CopyTo(host.Inbox);
        await host.StartAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_hit_carries_its_title_byline_page_metadata_and_marked_headlines_and_snippet()
    {
        var hit = (await host.SearchAsync("古籍修复")).GetProperty("hits")[0];

        Assert.Equal("青石县图书馆试行夜间开放", hit.GetProperty("title").GetString());
        Assert.Equal("本报讯 记者周明远报道", hit.GetProperty("byline").GetString());
        Assert.Equal("江城日报", hit.GetProperty("paper").GetString());
        Assert.Equal("2024-03-15", hit.GetProperty("date").GetString());
        Assert.Contains("<mark>古籍修复</mark>", hit.GetProperty("snippet").GetString());
        Assert.DoesNotContain("<mark>", hit.GetProperty("titleHtml").GetString());

        var headlineHit = (await host.SearchAsync("夜间开放 城市书房")).GetProperty("hits")[0];

        Assert.Equal("青石县图书馆试行夜间开放", headlineHit.GetProperty("title").GetString());
        Assert.Equal("青石县图书馆试行<mark>夜间开放</mark>", headlineHit.GetProperty("titleHtml").GetString());
        Assert.Equal("“城市书房”让上班族下班后也能读书", headlineHit.GetProperty("subtitle").GetString());
        Assert.Equal("“<mark>城市书房</mark>”让上班族下班后也能读书", headlineHit.GetProperty("subtitleHtml").GetString());
    }

    [Fact]
    public async Task Facets_and_filters_work_over_http()
    {
        var all = await host.SearchAsync("本报");
        var papers = all.GetProperty("facets").GetProperty("paper").EnumerateArray().Select(p => p.GetProperty("value").GetString()).ToList();
        var counts = all.GetProperty("facets").GetProperty("paper").EnumerateArray().Select(p => p.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts); // the paper with the most matching articles first
        // Every paper of the sample pages' sidecars has articles that mention 本报.
        var samplePapers = Directory.GetFiles(Path.Combine(Testing.SharedFolder.RepositoryRoot, "samples"), "*.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("paper").GetString())
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(samplePapers, papers.Order(StringComparer.Ordinal));
        Assert.Contains("青石日报", papers);

        var filtered = await host.SearchAsync("本报", "&paper=" + Uri.EscapeDataString("北岭晚报") + "&from=2023&to=2023-12");
        Assert.All(filtered.GetProperty("hits").EnumerateArray(), h => Assert.Equal("北岭晚报", h.GetProperty("paper").GetString()));
        Assert.True(filtered.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());

        var byAuthor = await host.SearchAsync("author:周明远");
        Assert.Equal(2, byAuthor.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("&sort=sideways", "sort.unknown")]
    [InlineData("&from=yesterday", "date.invalid")]
    [InlineData("&size=1000", "size.out_of_range")]
    [InlineData("&page=0", "results.page_below_one")]
    [InlineData("&page=abc", "request.unreadable")]
    [InlineData("&after=not-a-cursor", "results.cursor_invalid")]
    public async Task Bad_parameters_are_400_problems_with_the_code_of_the_reason(string extra, string code)
    {
        var response = await host.Client.GetAsync("/api/search?q=%E6%9C%AC%E6%8A%A5" + extra);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_problem_carries_the_values_its_code_names_beside_the_english_detail()
    {
        var date = await (await host.Client.GetAsync("/api/search?q=%E6%9C%AC%E6%8A%A5&to=someday")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("date.invalid", date.GetProperty("code").GetString());
        Assert.Equal("to", date.GetProperty("parameter").GetString());
        Assert.Equal("someday", date.GetProperty("value").GetString());
        Assert.Contains("yyyy-MM-dd", date.GetProperty("detail").GetString());

        var window = await (await host.Client.GetAsync("/api/search?q=%E6%9C%AC%E6%8A%A5&page=201&size=50")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("results.beyond_window", window.GetProperty("code").GetString());
        Assert.Equal(ArchiveSearch.Index.Search.ArticleSearch.MaxWindow, window.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Earlier_coverage_of_an_article_and_of_a_draft()
    {
        var id = (await host.SearchAsync("松花江新大桥")).GetProperty("hits")[0].GetProperty("id").GetString();

        var similar = await host.GetJsonAsync($"/api/articles/{id}/coverage?size=5");
        Assert.DoesNotContain(similar.GetProperty("articles").EnumerateArray(), a => a.GetProperty("id").GetString() == id);

        var draft = await host.Client.PostAsJsonAsync("/api/coverage", new { text = "青石县图书馆延长开放时间，读者晚上也能借书，还有读书沙龙。", before = "2025-01-01" });
        draft.EnsureSuccessStatusCode();
        var related = await draft.Content.ReadFromJsonAsync<JsonElement>();
        var first = related.GetProperty("articles")[0];
        Assert.Equal("青石县图书馆试行夜间开放", first.GetProperty("title").GetString());
        Assert.NotEmpty(first.GetProperty("sharedTerms").EnumerateArray());

        var earlier = await host.Client.PostAsJsonAsync("/api/coverage", new { text = "青石县图书馆延长开放时间", before = "2024-01-01" });
        Assert.DoesNotContain((await earlier.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articles").EnumerateArray(),
            a => a.GetProperty("title").GetString() == "青石县图书馆试行夜间开放");
    }

    [Fact]
    public async Task A_malformed_draft_request_is_a_400_problem()
    {
        var empty = await host.Client.PostAsJsonAsync("/api/coverage", new { text = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);

        var broken = await host.Client.PostAsync("/api/coverage", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_api_is_described_by_an_openapi_document_with_a_page_that_renders_it()
    {
        var document = await host.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/articles/{id}", "/api/articles/{id}/coverage", "/api/coverage", "/api/stats" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var parameters = paths.GetProperty("/api/search").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["q", "page", "size", "sort", "from", "to", "paper", "author", "kind", "cut", "front", "after", "facets"], parameters);
        Assert.True(paths.GetProperty("/api/search").GetProperty("get").GetProperty("responses").TryGetProperty("400", out _));
        var hit = document.GetProperty("components").GetProperty("schemas").GetProperty("SearchHit").GetProperty("properties");
        foreach (var property in new[] { "title", "titleHtml", "subtitle", "subtitleHtml", "snippet", "fragments" })
            Assert.True(hit.TryGetProperty(property, out _), property);

        var page = await host.Client.GetAsync("/api-docs/index.html");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Search_and_coverage_answers_are_written_exactly_as_the_default_serializer_writes_them()
    {
        // The service writes these answers through generated writers; a reader of the API must not see a difference.
        var byReflection = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var search = host.Services.GetRequiredService<ArchiveSearch.Index.Search.ISearchEngine>();
        var coverage = host.Services.GetRequiredService<ArchiveSearch.Index.Coverage.CoverageSearch>();
        foreach (var query in new[] { "古籍修复", "图书馆 OR 农民", "\"城市书房\"", "没有这样的字眼啊" })
        {
            var body = await host.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query));
            var answer = search.Search(new ArchiveSearch.Index.Search.SearchRequest(query)) with { TookMs = JsonDocument.Parse(body).RootElement.GetProperty("tookMs").GetInt64() };

            Assert.Equal(JsonSerializer.Serialize(answer, byReflection), body);
        }

        var id = (await host.SearchAsync("古籍修复")).GetProperty("hits")[0].GetProperty("id").GetString()!;
        var related = await host.Client.GetStringAsync($"/api/articles/{id}/coverage");

        Assert.Equal(JsonSerializer.Serialize(coverage.ForArticle(id, new ArchiveSearch.Index.Coverage.CoverageRequest()), byReflection), related);
    }
}
