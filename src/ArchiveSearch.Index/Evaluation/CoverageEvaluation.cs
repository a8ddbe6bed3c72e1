using System.Diagnostics;
using System.Globalization;
using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Evaluation;

/// <summary>
/// The coverage evaluation: drafts written for the purpose, related ones (a story the archive holds, told in
/// other words) and unrelated ones (a story it does not hold). Measures, per part of the drafts, the share of
/// related drafts whose story is in the top 3, the share of unrelated drafts answered with nothing, and the
/// share of shared-terms lists free of filler. The draft file is TSV: <c>part, kind, date, expected, text</c>,
/// expected being <c>page#title part</c> joined by ';' or '-'; lines starting with # are comments.
/// </summary>
public static class CoverageEvaluation
{
    public const int TopN = 3;
    public const string TuningPart = "tune";
    public const string AsidePart = "aside";

    public static IReadOnlyList<CoverageDraft> Parse(IEnumerable<string> lines)
    {
        var drafts = new List<CoverageDraft>();
        foreach (var (number, columns) in EvaluationRows.Read(lines))
        {
            if (columns.Length != 5)
                throw new FormatException(Invalid(number, $"expected 5 columns (part, kind, date, expected, text), got {columns.Length}"));
            var part = columns[0];
            if (part is not (TuningPart or AsidePart))
                throw new FormatException(Invalid(number, $"part must be '{TuningPart}' or '{AsidePart}', got '{part}'"));
            var related = columns[1] switch
            {
                "related" => true,
                "unrelated" => false,
                _ => throw new FormatException(Invalid(number, $"kind must be 'related' or 'unrelated', got '{columns[1]}'")),
            };
            if (!DateOnly.TryParseExact(columns[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new FormatException(Invalid(number, $"date must be yyyy-MM-dd, got '{columns[2]}'"));
            var expected = columns[3] == "-" ? [] : columns[3].Split(';').Select(e => ParseExpected(e, number)).ToList();
            if (related != expected.Count > 0)
                throw new FormatException(Invalid(number, related ? "a related draft needs its expected articles" : "an unrelated draft expects '-'"));
            drafts.Add(new CoverageDraft(part, related, date, expected, columns[4], number));
        }

        return drafts;
    }

    /// <summary>Runs every draft and reports each part separately (tuning part first).</summary>
    public static IReadOnlyList<CoveragePartReport> Run(CoverageSearch similar, ArchiveIndex index, IEnumerable<CoverageDraft> draftsToRun)
    {
        var drafts = draftsToRun.ToList();
        var expectedIds = ExpectedIds(index, drafts);
        var results = new List<CoverageResult>();
        foreach (var draft in drafts)
        {
            var wanted = expectedIds[draft];
            var clock = Stopwatch.StartNew();
            var answer = similar.ForText(draft.Text, new CoverageRequest { DraftDate = draft.Date, Size = 10 });
            var milliseconds = clock.Elapsed.TotalMilliseconds;
            int? rank = null;
            for (var i = 0; i < answer.Articles.Count && rank is null; i++)
            {
                if (wanted.Contains(answer.Articles[i].Id))
                    rank = i + 1;
            }

            var filler = answer.Articles.SelectMany(a => a.SharedTerms).Where(NewsFiller.IsFiller).Distinct().ToList();
            results.Add(new CoverageResult(
                draft,
                answer.Articles.Select(a => a.Title).ToList(),
                rank,
                answer.Articles.Count,
                answer.Articles.Count(a => a.SharedTerms.Any(NewsFiller.IsFiller)),
                filler,
                milliseconds));
        }

        return [.. new[] { TuningPart, AsidePart }.Select(part => new CoveragePartReport(part, results.Where(r => r.Draft.Part == part).ToList()))];
    }

    /// <summary>The ids of each draft's expected articles, found by page and title part; a stale expectation is an error, not a miss.</summary>
    public static Dictionary<CoverageDraft, HashSet<string>> ExpectedIds(ArchiveIndex index, IEnumerable<CoverageDraft> drafts)
    {
        var byPage = new IndexContents(index).AllArticles().GroupBy(a => a.PageId).ToDictionary(g => g.Key, g => g.ToList());
        var ids = new Dictionary<CoverageDraft, HashSet<string>>();
        foreach (var draft in drafts)
        {
            var wanted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var expected in draft.Expected)
            {
                var matches = byPage.GetValueOrDefault(expected.PageId, []).Where(a => a.Title.Contains(expected.TitleContains, StringComparison.Ordinal)).ToList();
                if (matches.Count == 0)
                    throw new InvalidOperationException($"line {draft.Line}: no article of {expected.PagePath} has '{expected.TitleContains}' in its title");
                wanted.UnionWith(matches.Select(a => a.Id));
            }

            ids[draft] = wanted;
        }

        return ids;
    }

    private static ExpectedArticle ParseExpected(string text, int line)
    {
        var hash = text.IndexOf('#');
        if (hash <= 0 || hash == text.Length - 1)
            throw new FormatException(Invalid(line, $"expected article must be 'page#title part', got '{text}'"));
        return new ExpectedArticle(text[..hash], text[(hash + 1)..]);
    }

    private static string Invalid(int line, string reason) => string.Create(CultureInfo.InvariantCulture, $"line {line}: {reason}");
}
