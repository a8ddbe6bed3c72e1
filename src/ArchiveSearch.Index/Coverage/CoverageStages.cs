namespace ArchiveSearch.Index.Coverage;

/// <summary>The stages of an earlier-coverage search, as <c>bench --profile</c> names them (see <see cref="Search.SearchStages"/>).</summary>
public static class CoverageStages
{
    /// <summary>Cutting the draft into words and looking up each word's document frequency.</summary>
    public const string DraftWords = "draft_words";

    /// <summary>Finding the draft's names and counting the articles that hold each as written.</summary>
    public const string DraftNames = "draft_names";

    /// <summary>Matching and ranking the candidate articles.</summary>
    public const string Candidates = "candidates";

    /// <summary>Reading the candidates' stored fields.</summary>
    public const string StoredFields = "stored_fields";

    /// <summary>Deciding which of the draft's units each candidate holds.</summary>
    public const string SharedUnits = "shared_units";

    /// <summary>The snippets and description of the articles answered.</summary>
    public const string Snippets = "snippets";
}
