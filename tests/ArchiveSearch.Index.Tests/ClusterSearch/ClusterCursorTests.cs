using System.Text.Json;
using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.Tests.ClusterSearch;

/// <summary>A cluster's cursor is the index's cursor form around the cluster's sort values, and is refused as the index refuses one.</summary>
public sealed class ClusterCursorTests
{
    private static JsonElement Values(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void A_cursor_gives_back_the_sort_values_of_the_hit_it_was_made_from()
    {
        var cursor = ClusterCursor.Encode(SearchSort.DateAscending, Values("[1710460800000, \"江城日报\", 1, 3, \"jiangcheng-2024-03-15-01-03\"]"));

        Assert.Equal([1710460800000L, "江城日报", 1L, 3L, "jiangcheng-2024-03-15-01-03"], ClusterCursor.Decode(cursor, SearchSort.DateAscending));
    }

    [Fact]
    public void A_relevance_cursor_keeps_the_score_as_the_float_the_cluster_compares()
    {
        var cursor = ClusterCursor.Encode(SearchSort.Relevance, Values("[2.7182817, \"beiling-2023-11-02-03-04\"]"));

        Assert.Equal([2.7182817f, "beiling-2023-11-02-03-04"], ClusterCursor.Decode(cursor, SearchSort.Relevance));
    }

    [Fact]
    public void A_cluster_cursor_is_read_by_the_index_s_own_cursor_reader()
    {
        var cursor = ClusterCursor.Encode(SearchSort.DateDescending, Values("[1710460800000, null, 1, 3, \"jiangcheng-2024-03-15-01-03\"]"));

        var place = SearchCursor.Decode(cursor, SearchSort.DateDescending);

        Assert.Equal(5, place.Fields.Length);
        Assert.Null(place.Fields[1]);
    }

    [Fact]
    public void A_cursor_of_another_sort_is_refused_as_the_index_refuses_it()
    {
        var cursor = ClusterCursor.Encode(SearchSort.Relevance, Values("[1.5, \"beiling-2023-11-02-03-04\"]"));

        var refusal = Assert.Throws<InvalidSearchException>(() => ClusterCursor.Decode(cursor, SearchSort.DateAscending));

        Assert.Equal(SearchProblem.CursorOtherSort, refusal.Problem);
    }

    [Fact]
    public void A_cursor_with_the_wrong_number_of_sort_values_is_not_one_of_ours()
    {
        var cursor = ClusterCursor.Encode(SearchSort.DateAscending, Values("[1710460800000, \"jiangcheng-2024-03-15-01-03\"]"));

        var refusal = Assert.Throws<InvalidSearchException>(() => ClusterCursor.Decode(cursor, SearchSort.DateAscending));

        Assert.Equal(SearchProblem.CursorInvalid, refusal.Problem);
    }
}
