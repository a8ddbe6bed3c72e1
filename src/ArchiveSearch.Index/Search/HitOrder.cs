using ArchiveSearch.Index.Schema;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// The order of hits for each sort, total so that a cursor names one place in it: relevance, then id; or
/// date, then paper, page number and place on the page (a day's articles read in page order), then id.
/// Undated articles go last either way.
/// </summary>
public static class HitOrder
{
    public static Sort For(SearchSort sort) => sort switch
    {
        SearchSort.Relevance => new Sort(SortField.FIELD_SCORE, ById()),
        _ => ByDate(descending: sort == SearchSort.DateDescending),
    };

    private static Sort ByDate(bool descending)
    {
        var byDate = new SortField(ArticleDocuments.DateNumber, SortFieldType.INT64, descending);
        byDate.SetMissingValue(descending ? long.MinValue : long.MaxValue);
        return new Sort(
            byDate,
            new SortField(ArticleFields.Paper, SortFieldType.STRING),
            new SortField(PageOrder.PageNumber, SortFieldType.INT64),
            new SortField(PageOrder.OrdinalNumber, SortFieldType.INT64),
            ById());
    }

    private static SortField ById() => new(ArticleFields.Id, SortFieldType.STRING);
}
