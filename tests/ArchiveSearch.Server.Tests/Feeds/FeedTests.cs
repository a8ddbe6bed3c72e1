using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using ArchiveSearch.Server.Tests.Trends;

namespace ArchiveSearch.Server.Tests.Feeds;

/// <summary><c>GET /feeds/search</c>: valid Atom of a search's newest articles, and conditional GET that answers 304 while nothing changed.</summary>
public sealed class FeedTests(DatedSite site) : IClassFixture<DatedSite>
{
    private static readonly XNamespace Atom = AtomSchema.Namespace;
    private const string Qingshi = "/feeds/search?q=%E9%9D%92%E7%9F%B3%E5%8E%BF"; // 青石县

    private HttpClient Client => site.Host.Client;

    [Fact]
    public async Task A_search_feed_is_valid_Atom_with_the_newest_matches_first_each_with_permalink_headline_paper_date_and_marked_snippet()
    {
        var response = await Client.GetAsync(Qingshi);
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(AtomSchema.Violations(xml));
        var entries = XDocument.Parse(xml).Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(13, entries.Count);
        var dates = entries.Select(e => (string)e.Element(Atom + "updated")!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        var newest = entries[0];
        Assert.Equal("青石县图书馆试行夜间开放", (string)newest.Element(Atom + "title")!);
        Assert.Equal("2024-03-15T00:00:00+08:00", (string)newest.Element(Atom + "published")!);
        Assert.Equal("江城日报", (string)newest.Element(Atom + "category")!.Attribute("term")!);
        var link = (string)newest.Element(Atom + "link")!.Attribute("href")!;
        Assert.Matches("^http://127\\.0\\.0\\.1:\\d+/articles/[0-9a-f]{16}-\\d+$", link);
        Assert.Equal(link, (string)newest.Element(Atom + "id")!);
        var summary = (string)newest.Element(Atom + "summary")!;
        Assert.Contains("江城日报 · 2024-03-15 · 第1版", summary);
        Assert.Contains("<mark>青石县</mark>", summary);
        var article = await Client.GetStringAsync(new Uri(link).PathAndQuery);
        Assert.Contains("青石县图书馆试行夜间开放", article);
    }

    [Fact]
    public async Task A_poll_with_the_ETag_or_date_of_the_last_answer_is_answered_304_without_a_body()
    {
        var first = await Client.GetAsync(Qingshi);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        var byTag = await SendAsync(Qingshi, r => r.Headers.IfNoneMatch.Add(etag));
        var byDate = await SendAsync(Qingshi, r => r.Headers.IfModifiedSince = lastModified);
        var otherTag = await SendAsync(Qingshi, r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123\"")));
        var otherFeed = await SendAsync("/feeds/search?q=%E5%86%9C%E6%8A%80", r => r.Headers.IfNoneMatch.Add(etag));

        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        Assert.Empty(await byTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, byTag.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherFeed.StatusCode);
        Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_malformed_query_is_a_400_problem_and_carries_no_validators()
    {
        var response = await Client.GetAsync("/feeds/search?q=(%E9%9D%92");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task The_search_page_names_the_feed_of_the_search_in_its_address_in_its_head_and_as_a_visible_link()
    {
        var html = await Client.GetStringAsync("/?q=%E9%9D%92%E7%9F%B3%E5%8E%BF&paper=%E6%B1%9F%E5%9F%8E%E6%97%A5%E6%8A%A5&sort=date&page=2");

        const string feed = "/feeds/search?q=%E9%9D%92%E7%9F%B3%E5%8E%BF&amp;paper=%E6%B1%9F%E5%9F%8E%E6%97%A5%E6%8A%A5";
        Assert.Contains($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"订阅这次检索的新文章（Atom）\" id=\"feed-alternate\" href=\"{feed}\">", html);
        Assert.Contains($"id=\"feed-link\" href=\"{feed}\"", html);
    }

    private async Task<HttpResponseMessage> SendAsync(string url, Action<HttpRequestMessage> conditions)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        conditions(request);
        return await Client.SendAsync(request);
    }
}

/// <summary>Feeds over an archive that changes: each test has its own service.</summary>
public sealed class FeedChangeTests : IAsyncLifetime
{
    private readonly DatedSite site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    [Fact]
    public async Task A_new_matching_page_changes_the_ETag_and_the_next_poll_gets_it_as_the_first_entry()
    {
        var first = await site.Host.Client.GetAsync("/feeds/search?q=%E5%86%9C%E6%8A%80");
        var etag = first.Headers.ETag!;

        site.WritePage("notices/n13", TestPages.Notice(13), "青石日报", "2025-01-05", "4");
        await ArchiveHost.WaitUntilAsync(async () => await site.Host.TotalAsync("农技") == 13, "the new notice to be indexed");
        var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/search?q=%E5%86%9C%E6%8A%80");
        request.Headers.IfNoneMatch.Add(etag);
        var poll = await site.Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
        Assert.NotEqual(etag, poll.Headers.ETag);
        var entries = XDocument.Parse(await poll.Content.ReadAsStringAsync()).Root!.Elements(XName.Get("entry", AtomSchema.Namespace)).ToList();
        Assert.Equal("青石县第13期农技培训开班", (string)entries[0].Element(XName.Get("title", AtomSchema.Namespace))!);
    }
}
