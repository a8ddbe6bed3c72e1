using ArchiveSearch.Index.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ArchiveSearch.Server.Problems;

/// <summary>
/// The API's error answers: RFC 9457 problem details whose <c>code</c> member is one of <see cref="ProblemCodes"/>,
/// with the English detail for a reader and the values the code names as members of their own.
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult Of(ProblemCode code, string? detail, params (string Name, object? Value)[] values) =>
        Of(code, code.Status, detail, values);

    /// <summary>A problem answered with another status than the code's own (a refusal the framework decided).</summary>
    public static ProblemHttpResult Of(ProblemCode code, int status, string? detail, params (string Name, object? Value)[] values)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code.Code };
        foreach (var (name, value) in values)
        {
            // Only the values the code declares: what a client may rely on is what the catalogue says.
            if (code.Values.Contains(name))
                extensions[name] = value;
        }

        return TypedResults.Problem(detail, statusCode: status, title: code.Title, extensions: extensions);
    }

    /// <summary>A search request the index refused, with the code and values of its reason.</summary>
    public static ProblemHttpResult For(InvalidSearchException refusal) =>
        Of(ProblemCodes.For(refusal), refusal.Message, refusal.Values.Select(v => (v.Name, (object?)v.Value)).ToArray());
}
