using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Tests.Search;

public sealed class SegmentValuesTests : IClassFixture<ArticleFixture>
{
    private readonly ArticleFixture fixture;

    public SegmentValuesTests(ArticleFixture fixture) => this.fixture = fixture;

    [Fact]
    public void Each_ordinal_of_a_segment_names_the_value_its_doc_values_give_it()
    {
        var checkedAuthors = fixture.Index.Read(searcher =>
        {
            var authors = 0;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var values = SegmentValues.For(reader);
                var scratch = new BytesRef();
                var paper = reader.GetSortedDocValues(ArticleFields.Paper);
                Assert.Equal(paper?.ValueCount ?? 0, values.PaperNames.Length);
                for (var ord = 0; ord < values.PaperNames.Length; ord++)
                {
                    paper!.LookupOrd(ord, scratch);
                    Assert.Equal(scratch.Utf8ToString(), values.PaperNames[ord]);
                }

                var kind = reader.GetSortedDocValues(ArticleFields.Kind);
                Assert.Equal(kind?.ValueCount ?? 0, values.KindNames.Length);
                for (var ord = 0; ord < values.KindNames.Length; ord++)
                {
                    kind!.LookupOrd(ord, scratch);
                    Assert.Equal(scratch.Utf8ToString(), values.KindNames[ord]);
                }

                var author = reader.GetSortedSetDocValues(ArticleFields.Author);
                Assert.Equal(author?.ValueCount ?? 0, values.AuthorNames.Length);
                for (var ord = 0; ord < values.AuthorNames.Length; ord++)
                {
                    author!.LookupOrd(ord, scratch);
                    Assert.Equal(scratch.Utf8ToString(), values.AuthorNames[ord]);
                    authors++;
                }
            }

            return authors;
        });

        // 王卢莎, 李波 and 郑磊 in the first segment, 刘家伟 in the second.
        Assert.True(checkedAuthors >= 4, $"{checkedAuthors} author values checked");
    }
}
