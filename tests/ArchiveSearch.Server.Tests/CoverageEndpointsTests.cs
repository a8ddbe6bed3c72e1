using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ArchiveSearch.Server.Tests;

/// <summary>Earlier coverage over HTTP: one answer shape for an article and for a draft, and a clear refusal of an oversized draft.</summary>
public sealed class CoverageEndpointsTests : IAsyncLifetime
{
    private const string LibraryDraft = "青石县图书馆晚上开到十点，下班的年轻人来读书。馆长孙海燕说，古籍修复体验区和亲子阅读角最受欢迎，周六还有读书沙龙。";

    private static readonly string[] ArticleFields = ["id", "title", "date", "paper", "page", "url", "snippet", "sharedTerms", "beforeDraft", "score"];

    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public async Task InitializeAsync()
    {
        Testing.SamplePages.CopyTo(host.Inbox);
        // Set under the section's former name, which is still read: the limit tests below see 4096.
        await host.StartAsync(new Dictionary<string, string?> { ["Similar:MaxDraftBytes"] = "4096" });
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_former_similar_routes_answer_exactly_as_the_coverage_routes()
    {
        var id = (await host.SearchAsync("彭浩")).GetProperty("hits")[0].GetProperty("id").GetString()!;
        var ofArticle = await host.Client.GetStringAsync($"/api/articles/{id}/coverage?size=5");
        Assert.Equal(ofArticle, await host.Client.GetStringAsync($"/api/articles/{id}/similar?size=5"));

        var body = new { text = LibraryDraft, date = "2024-12-01" };
        var ofDraft = await (await host.Client.PostAsJsonAsync("/api/coverage", body)).Content.ReadAsStringAsync();
        var former = await host.Client.PostAsJsonAsync("/api/similar", body);
        Assert.Equal(HttpStatusCode.OK, former.StatusCode);
        Assert.Equal(ofDraft, await former.Content.ReadAsStringAsync());
        Assert.Contains("\"articles\"", ofDraft);
    }

    [Fact]
    public async Task An_article_and_a_draft_are_answered_in_the_same_shape()
    {
        // An item about 彭浩 with earlier coverage of its own (the bridge feature's photo has the feature).
        JsonElement? withCoverage = null;
        foreach (var hit in (await host.SearchAsync("彭浩")).GetProperty("hits").EnumerateArray())
        {
            var answer = await host.GetJsonAsync($"/api/articles/{hit.GetProperty("id").GetString()}/coverage");
            if (answer.GetProperty("articles").GetArrayLength() > 0)
            {
                withCoverage = answer;
                break;
            }
        }

        var ofArticle = withCoverage ?? throw new Xunit.Sdk.XunitException("no item about 彭浩 has earlier coverage");
        var draft = await host.Client.PostAsJsonAsync("/api/coverage", new { text = LibraryDraft, date = "2024-12-01" });
        draft.EnsureSuccessStatusCode();
        var ofDraft = await draft.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(Names(ofArticle), Names(ofDraft));
        Assert.Equal(["articles", "draftDate", "message", "sort", "terms"], Names(ofDraft));
        var related = ofDraft.GetProperty("articles")[0];
        Assert.All(ArticleFields, field => Assert.True(related.TryGetProperty(field, out _), field));
        Assert.Equal(Names(ofArticle.GetProperty("articles")[0]), Names(related));
        Assert.Equal("青石县图书馆试行夜间开放", related.GetProperty("title").GetString());
        Assert.True(related.GetProperty("beforeDraft").GetBoolean());
        Assert.Contains("<mark>", related.GetProperty("snippet").GetString());
        Assert.Equal(JsonValueKind.Null, ofDraft.GetProperty("message").ValueKind);
    }

    [Fact]
    public async Task An_unrelated_draft_gets_an_empty_list_and_a_sentence_saying_so()
    {
        var response = await host.Client.PostAsJsonAsync("/api/coverage", new { text = "本报讯 我市地铁三号线今天开通试运营，全长二十四公里，设站十九座，连接火车东站和西部新城。" });

        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(answer.GetProperty("articles").EnumerateArray());
        Assert.StartsWith("Nothing related was found", answer.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_oversized_draft_is_a_413_problem_that_names_the_limit()
    {
        var text = string.Concat(Enumerable.Repeat(LibraryDraft, 40));

        var declared = await host.Client.PostAsJsonAsync("/api/coverage", new { text });
        var streamed = await host.Client.PostAsync("/api/coverage", new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text })))) { Headers = { { "Content-Type", "application/json" } } });

        foreach (var response in new[] { declared, streamed })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("4096 bytes", problem.GetProperty("detail").GetString());
            Assert.Contains("Coverage:MaxDraftBytes", problem.GetProperty("detail").GetString());
            Assert.Equal("coverage.draft_too_large", problem.GetProperty("code").GetString());
            Assert.Equal(4096, problem.GetProperty("limit").GetInt32());
        }
    }

    [Theory]
    [InlineData("""{"text":"青石县图书馆","sort":"newest"}""", "sort")]
    [InlineData("""{"text":"青石县图书馆","date":"yesterday"}""", "date")]
    [InlineData("""{"text":"  "}""", "text")]
    [InlineData("""{"text":""", "JSON")]
    [InlineData("""{"text":"\ud83d 青石"}""", "JSON")]
    [InlineData("""{"text":"青石县图书馆","size":0}""", "size")]
    [InlineData("", "empty")]
    public async Task A_draft_request_that_cannot_be_answered_is_a_400_problem_with_the_reason(string body, string reason)
    {
        var response = await host.Client.PostAsync("/api/coverage", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("""{"text":"本报讯 今年 2024年5月 12345"}""")]
    [InlineData("""{"text":"\ud83d\ude00 青石\u0000\u0007县\u200b"}""")]
    [InlineData("""{"text":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}""")]
    [InlineData("""{"text":"馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆馆"}""")]
    [InlineData("""{"text":"青石县图书馆","size":50,"sort":"date","before":"1900"}""")]
    public async Task An_odd_draft_that_shares_nothing_is_answered_with_an_empty_list_and_a_sentence(string body)
    {
        var response = await host.Client.PostAsync("/api/coverage", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(answer.GetProperty("articles").EnumerateArray());
        Assert.StartsWith("Nothing related was found", answer.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Sort_by_date_is_accepted_on_the_article_endpoint_and_a_bad_sort_is_a_400()
    {
        var id = (await host.SearchAsync("彭浩")).GetProperty("hits")[0].GetProperty("id").GetString();

        Assert.Equal("date", (await host.GetJsonAsync($"/api/articles/{id}/coverage?sort=date")).GetProperty("sort").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync($"/api/articles/{id}/coverage?sort=newest")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_draft_limit_and_the_answer_shape()
    {
        var document = await host.GetJsonAsync("/openapi/v1.json");

        var post = document.GetProperty("paths").GetProperty("/api/coverage").GetProperty("post");
        Assert.True(post.GetProperty("responses").TryGetProperty("413", out _));
        Assert.True(post.TryGetProperty("requestBody", out _));
        var related = document.GetProperty("components").GetProperty("schemas").GetProperty("CoverageArticle").GetProperty("properties");
        Assert.All(ArticleFields, field => Assert.True(related.TryGetProperty(field, out _), field));
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
}
