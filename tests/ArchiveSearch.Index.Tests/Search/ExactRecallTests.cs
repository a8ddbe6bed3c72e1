using ArchiveSearch.Analysis.Exact;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Testing;
using Xunit.Abstractions;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>
/// The exact-recall guarantee: a quoted string of two or more Chinese characters finds exactly the
/// articles (and pages, for lines that are in no article) whose text contains it — checked against a
/// brute-force scan of every stored document — and a string taken from any line of any page is found.
/// </summary>
public sealed class ExactRecallTests(ITestOutputHelper output)
{
    private const int DrawnStrings = 300;

    [Fact]
    public void Quoted_strings_from_the_articles_and_every_line_of_the_sample_pages_find_exactly_what_contains_them() =>
        CheckAgainstBruteForce(Path.Combine(SharedFolder.RepositoryRoot, "samples"));

    [SharedFact("seeds")]
    public void Quoted_strings_from_the_articles_and_every_line_of_the_shared_pages_find_exactly_what_contains_them() =>
        CheckAgainstBruteForce(SharedFolder.Seeds!);

    private void CheckAgainstBruteForce(string inbox)
    {
        using var archive = new IndexedArchive(inbox);
        var articles = archive.Workspace.Contents.AllArticles();
        var pageLines = archive.Workspace.Contents.AllPageLines();
        Assert.NotEmpty(articles);
        var texts = articles.Concat(pageLines).ToDictionary(a => a.Id, a => FieldsOf(a).Select(ExactTextFolding.FoldAndCollapse).ToArray());

        var drawn = DrawStrings(articles, new Random(20261122)).Concat(RepairedWraps()).Distinct().ToList();
        var fromLines = StringsFromEveryLine(inbox, new Random(20261201)).Except(drawn).ToList();
        var mismatches = new List<string>();
        foreach (var s in drawn.Concat(fromLines))
        {
            var needle = ExactTextFolding.FoldAndCollapse(s);
            var expected = texts.Where(t => t.Value.Any(f => f.Contains(needle, StringComparison.Ordinal))).Select(t => t.Key).ToHashSet();
            var actual = archive.AllHitIds($"\"{s}\"");
            if (!expected.SetEquals(actual))
                mismatches.Add($"\"{s}\": expected {expected.Count} ({string.Join(",", expected.Except(actual))} missing), got {actual.Count} ({string.Join(",", actual.Except(expected))} extra)");
        }

        // A string printed on a page is somewhere in the index: in an article, or in the page's own lines.
        var lost = fromLines.Where(s => !texts.Values.Any(fields => fields.Any(f => f.Contains(ExactTextFolding.FoldAndCollapse(s), StringComparison.Ordinal)))).ToList();

        output.WriteLine($"{drawn.Count} drawn strings and {fromLines.Count} strings from every line of {Directory.GetFiles(inbox, "*.txt", SearchOption.AllDirectories).Length} pages, over {articles.Count} articles and {pageLines.Count} pages' own lines; {mismatches.Count} mismatches, {lost.Count} strings of a page found nowhere");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
        Assert.True(lost.Count == 0, "Not indexed: " + string.Join(" | ", lost.Take(20)));
    }

    /// <summary>
    /// From every line of every page file, as printed: a substring of two to eight characters of a run of letters and
    /// digits holding at least two Chinese characters (punctuation the segmenter may drop or normalise is left out).
    /// </summary>
    private static IEnumerable<string> StringsFromEveryLine(string inbox, Random random)
    {
        foreach (var file in Directory.GetFiles(inbox, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = ArchiveSearch.Archive.Pages.PageTextReader.Read(file).Text;
            if (text is null)
                continue;
            foreach (var line in text.Split('\n'))
            {
                var runs = System.Text.RegularExpressions.Regex.Matches(line, @"[\p{L}\p{Nd}]+").Select(m => m.Value).Where(r => r.Count(IsHan) >= 2).ToList();
                if (runs.Count == 0)
                    continue;
                var run = runs[random.Next(runs.Count)];
                var length = Math.Min(run.Length, random.Next(2, 9));
                var candidate = run.Substring(random.Next(0, run.Length - length + 1), length);
                if (candidate.Count(IsHan) >= 2)
                    yield return candidate;
            }
        }
    }

    // The headline counts as one string too: title and subtitle are often one headline broken over two lines.
    // A page's own lines have only a body: their title is a label that is not indexed; nor is the label an untitled
    // caption or brief takes from its own first clause, whose text the body holds.
    private static IEnumerable<string?> FieldsOfNullable(StoredArticle a) => a.Kind == PageLinesDocuments.HitKind
        ? [a.Body]
        : [DerivedTitles.IsDerived(a.Title, a.Body) ? null : a.Title, a.Subtitle, a.Subtitle is null ? null : a.Title + a.Subtitle, a.Byline, a.Body];

    private static IEnumerable<string> FieldsOf(StoredArticle a) => FieldsOfNullable(a).Where(f => !string.IsNullOrEmpty(f))!;

    /// <summary>
    /// Substrings of two to eight Chinese characters at random places (some cut across words, paragraph
    /// joins and punctuation), every author's name, and strings that occur in no article.
    /// </summary>
    private static IEnumerable<string> DrawStrings(IReadOnlyList<StoredArticle> articles, Random random)
    {
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in articles.SelectMany(a => a.Authors).Select(a => a.Name).Where(IsChineseRun))
            if (drawn.Add(name)) yield return name;

        var attempts = 0;
        while (drawn.Count < DrawnStrings && attempts++ < DrawnStrings * 50)
        {
            var article = articles[random.Next(articles.Count)];
            var field = FieldsOf(article).ToArray()[random.Next(FieldsOf(article).Count())];
            if (field.Length < 2) continue;
            var length = random.Next(2, 9);
            var start = random.Next(0, Math.Max(1, field.Length - length));
            var candidate = field.Substring(start, Math.Min(length, field.Length - start));
            if (candidate.Count(IsHan) >= 2 && !candidate.Any(char.IsWhiteSpace) && !candidate.Contains('"') && drawn.Add(candidate))
                yield return candidate;
        }

        // Strings that should find nothing: characters of the archive in an order it never has.
        foreach (var absent in new[] { "辽双市", "花鹃杜", "理总巷小" })
            if (drawn.Add(absent)) yield return absent;
    }

    /// <summary>Sentences the layout broke across lines (eval/segmentation.tsv): they must be found whole.</summary>
    private static IEnumerable<string> RepairedWraps() =>
        File.ReadLines(Path.Combine(SharedFolder.RepositoryRoot, "eval", "segmentation.tsv"))
            .Where(line => line.StartsWith("wrap\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t')[2]);

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool IsChineseRun(string s) => s.Length >= 2 && s.All(IsHan);
}
