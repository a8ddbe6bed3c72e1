namespace ArchiveSearch.Server.Tests.Feeds;

/// <summary>The Atom check itself: it must refuse what RFC 4287 refuses, or a feed passing it proves nothing.</summary>
public sealed class AtomSchemaTests
{
    private const string Valid = """
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
          <id>http://example.org/feed</id><title>t</title><updated>2024-03-15T00:00:00Z</updated>
          <author><name>A</name></author>
          <entry><id>http://example.org/1</id><title>e</title><updated>2024-03-15T00:00:00+08:00</updated>
            <link rel="alternate" type="text/html" href="http://example.org/1"/><summary type="html">&lt;p&gt;x&lt;/p&gt;</summary></entry>
        </feed>
        """;

    [Fact]
    public void A_minimal_valid_feed_passes()
    {
        Assert.Empty(AtomSchema.Violations(Valid));
    }

    [Theory]
    [InlineData("<updated>2024-03-15T00:00:00Z</updated>\n  <author>", "<updated>2024-03-15</updated>\n  <author>", "schema")]
    [InlineData("<id>http://example.org/1</id>", "", "exactly one id")]
    [InlineData("<title>e</title>", "<title>e</title><title>f</title>", "exactly one title")]
    [InlineData("<author><name>A</name></author>", "", "no author")]
    [InlineData("<summary type=\"html\">", "<summary type=\"markdown\">", "schema")]
    [InlineData("<link rel=\"alternate\" type=\"text/html\" href=\"http://example.org/1\"/>", "", "neither content nor an alternate link")]
    [InlineData("<id>http://example.org/feed</id>", "<id>feed</id>", "schema")]
    public void A_feed_that_breaks_a_rule_of_RFC_4287_is_refused(string part, string replacement, string expected)
    {
        var broken = Valid.Replace(part, replacement);
        Assert.NotEqual(Valid, broken);

        Assert.Contains(AtomSchema.Violations(broken), v => v.Contains(expected));
    }
}
