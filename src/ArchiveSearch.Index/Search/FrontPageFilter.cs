using ArchiveSearch.Index.Schema;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// Only what was printed on a front page: page number 1 (as <see cref="PageOrder"/> reads it, so A1 and 01 too). Read
/// from the page-number doc values every item already has for sorting, so it needs no field of its own.
/// </summary>
public static class FrontPageFilter
{
    public static Query Create() => new ConstantScoreQuery(FieldCacheRangeFilter.NewInt64Range(PageOrder.PageNumber, 1L, 1L, true, true));
}
