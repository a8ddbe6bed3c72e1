using System.Text.Json;
using System.Text.RegularExpressions;
using ArchiveSearch.Index.Querying;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Server.Problems;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Server.Tests.Problems;

/// <summary>The catalogue of error codes and the Chinese text the pages show for each (wwwroot/problem-texts.json).</summary>
public sealed partial class ProblemCatalogueTests
{
    private static readonly Dictionary<string, string> ChineseTexts = JsonSerializer.Deserialize<Dictionary<string, string>>(
        File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "src", "ArchiveSearch.Server", "wwwroot", "problem-texts.json")))!;

    [Fact]
    public void Every_code_has_a_chinese_text_and_the_table_has_no_code_the_catalogue_lacks()
    {
        var codes = ProblemCodes.All.Select(c => c.Code).ToHashSet();

        Assert.Empty(codes.Except(ChineseTexts.Keys).Order());
        Assert.Empty(ChineseTexts.Keys.Except(codes).Order());
    }

    [Fact]
    public void A_chinese_text_names_only_values_its_code_carries()
    {
        foreach (var code in ProblemCodes.All)
        {
            var named = Placeholder().Matches(ChineseTexts[code.Code]).Select(m => m.Groups[1].Value);
            Assert.All(named, name => Assert.Contains(name, code.Values));
        }
    }

    [Fact]
    public void Codes_are_unique_and_read_subject_dot_what_is_wrong()
    {
        var codes = ProblemCodes.All.Select(c => c.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^[a-z]+\\.[a-z]+(_[a-z]+)*$", code));
        Assert.All(ProblemCodes.All, code => Assert.InRange(code.Status, 400, 599));
    }

    [Fact]
    public void Every_reason_the_index_refuses_a_search_for_has_a_code_in_the_catalogue()
    {
        foreach (var problem in Enum.GetValues<SearchProblem>().Where(p => p != SearchProblem.QuerySyntax))
            Assert.Contains(ProblemCodes.For(new InvalidSearchException(problem, "refused")), ProblemCodes.All);
        foreach (var error in Enum.GetValues<QuerySyntaxError>())
            Assert.Contains(ProblemCodes.For(new InvalidSearchException(new QuerySyntaxException(error, "unreadable", 0))), ProblemCodes.All);
    }

    [Fact]
    public void A_problem_carries_its_code_and_only_the_values_the_code_declares()
    {
        var result = ApiProblems.Of(ProblemCodes.QueryProximityTooWide, "too wide", ("position", 3), ("limit", 50), ("secret", "x"));

        Assert.Equal(400, result.StatusCode);
        Assert.Equal("query.proximity_too_wide", result.ProblemDetails.Extensions["code"]);
        Assert.Equal(3, result.ProblemDetails.Extensions["position"]);
        Assert.Equal(50, result.ProblemDetails.Extensions["limit"]);
        Assert.False(result.ProblemDetails.Extensions.ContainsKey("secret"));
    }

    public static TheoryData<string, QuerySyntaxError> UnreadableQueries => new()
    {
        { new string('档', QueryParser.MaxLength + 1), QuerySyntaxError.TooLong },
        { "   ", QuerySyntaxError.Empty },
        { string.Join(' ', Enumerable.Range(0, QueryParser.MaxTerms + 1).Select(i => "词" + i)), QuerySyntaxError.TooManyTerms },
        { new string('(', QueryParser.MaxDepth + 2) + "词" + new string(')', QueryParser.MaxDepth + 2), QuerySyntaxError.NestedTooDeep },
        { "\"夜间", QuerySyntaxError.QuoteNotClosed },
        { "(夜间", QuerySyntaxError.ParenthesisNotClosed },
        { "夜间)", QuerySyntaxError.ParenthesisNotOpened },
        { "夜间 ()", QuerySyntaxError.ParenthesesEmpty },
        { "OR 夜间", QuerySyntaxError.OrWithoutTermBefore },
        { "夜间 OR", QuerySyntaxError.OrWithoutTermAfter },
        { "夜间 NOT", QuerySyntaxError.ExclusionWithoutTerm },
        { "夜间 title: 开放", QuerySyntaxError.FieldWithoutTerm },
        { "\"夜间 开放\"~99999", QuerySyntaxError.ProximityTooWide },
        { "-夜间", QuerySyntaxError.OnlyExclusions },
        { "夜间 OR -开放", QuerySyntaxError.OrJoinsExclusion },
    };

    [Theory]
    [MemberData(nameof(UnreadableQueries))]
    public void An_unreadable_query_carries_exactly_the_values_its_code_declares(string query, QuerySyntaxError expected)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query));

        Assert.Equal(expected, error.Error);
        Assert.Equal(ProblemCodes.For(expected).Values.Order(), error.Values.Select(v => v.Name).Order());
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
