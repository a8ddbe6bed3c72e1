using System.Buffers;
using System.Text;
using System.Text.Json;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Index.Tests.Schema;

/// <summary>
/// An article's section headings are kept beside its body for display: stored, read back in body order, written to the
/// cluster's documents, and never indexed on their own, so what a search finds stays what the body indexes.
/// </summary>
public sealed class ArticleHeadingsTests
{
    private static readonly Article Merged = new()
    {
        Ordinal = 1,
        Title = "图书馆夜间开放",
        Paragraphs = ["本报讯 图书馆每周五夜间开放。", "冷链仓储投用", "白杨沟村冷链仓储中心投入使用。"],
        Headings = ["冷链仓储投用"],
    };

    [Fact]
    public void The_headings_are_stored_read_back_and_not_indexed_beside_the_body_that_indexes_their_text()
    {
        var doc = ArticleDocuments.Create("page", "key", new PageMetadata("江城日报"), Merged);

        var heading = Assert.Single(doc.GetFields(ArticleFields.Heading));
        var stored = ArticleDocuments.Read(doc);

        Assert.True(heading.IndexableFieldType.IsStored);
        Assert.False(heading.IndexableFieldType.IsIndexed);
        Assert.Contains("冷链仓储投用", doc.Get(ArticleFields.Body).Split('\n'));
        Assert.Equal(["冷链仓储投用"], stored.Headings);
        Assert.True(stored.IsHeading("冷链仓储投用"));
        Assert.False(stored.IsHeading("白杨沟村冷链仓储中心投入使用。"));
    }

    [Fact]
    public void A_cluster_document_gives_the_headings_which_the_template_keeps_unindexed_and_leaves_them_out_when_there_are_none()
    {
        using var template = new MemoryStream();
        ClusterTemplate.Write(template);
        var mapping = JsonDocument.Parse(template.ToArray()).RootElement
            .GetProperty("template").GetProperty("mappings").GetProperty("properties").GetProperty(ClusterFields.Headings);
        var withHeadings = ClusterJson(ArticleDocuments.Read(ArticleDocuments.Create("page", "key", PageMetadata.None, Merged)));
        var without = ClusterJson(ArticleDocuments.Read(ArticleDocuments.Create("page", "key", PageMetadata.None, Merged with { Headings = [] })));

        Assert.Equal(["冷链仓储投用"], withHeadings.GetProperty(ClusterFields.Headings).EnumerateArray().Select(h => h.GetString()));
        Assert.False(without.TryGetProperty(ClusterFields.Headings, out _));
        Assert.False(mapping.GetProperty("index").GetBoolean());
    }

    private static JsonElement ClusterJson(StoredArticle article)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
            ClusterDocument.WriteDocument(article, json);
        return JsonDocument.Parse(Encoding.UTF8.GetString(buffer.WrittenSpan)).RootElement;
    }
}
