using ArchiveSearch.Analysis.Exact;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Testing;
using Xunit.Abstractions;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>
/// The exact-recall guarantee: a quoted string of two or more Chinese characters finds exactly the
/// articles whose text contains it — checked against a brute-force scan of every stored article.
/// </summary>
public sealed class ExactRecallTests(ITestOutputHelper output)
{
    private const int DrawnStrings = 300;

    [Fact]
    public void Quoted_strings_drawn_from_the_sample_pages_find_exactly_the_articles_that_contain_them() =>
        CheckAgainstBruteForce(Path.Combine(SharedFolder.RepositoryRoot, "samples"));

    [SharedFact("seeds")]
    public void Quoted_strings_drawn_from_the_shared_pages_find_exactly_the_articles_that_contain_them() =>
        CheckAgainstBruteForce(SharedFolder.Seeds!);

    private void CheckAgainstBruteForce(string inbox)
    {
        using var archive = new IndexedArchive(inbox);
        var articles = archive.Workspace.Index.AllArticles();
        Assert.NotEmpty(articles);
        var texts = articles.ToDictionary(a => a.Id, a => FieldsOf(a).Select(ExactTextFolding.FoldAndCollapse).ToArray());

        var strings = DrawStrings(articles, new Random(20261122)).Concat(RepairedWraps()).Distinct().ToList();
        var mismatches = new List<string>();
        foreach (var s in strings)
        {
            var needle = ExactTextFolding.FoldAndCollapse(s);
            var expected = texts.Where(t => t.Value.Any(f => f.Contains(needle, StringComparison.Ordinal))).Select(t => t.Key).ToHashSet();
            var actual = archive.AllHitIds($"\"{s}\"");
            if (!expected.SetEquals(actual))
                mismatches.Add($"\"{s}\": expected {expected.Count} ({string.Join(",", expected.Except(actual))} missing), got {actual.Count} ({string.Join(",", actual.Except(expected))} extra)");
        }

        output.WriteLine($"{strings.Count} strings over {articles.Count} articles; {mismatches.Count} mismatches");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }

    // The headline counts as one string too: title and subtitle are often one headline broken over two lines.
    private static IEnumerable<string?> FieldsOfNullable(StoredArticle a) => [a.Title, a.Subtitle, a.Subtitle is null ? null : a.Title + a.Subtitle, a.Byline, a.Body];

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
