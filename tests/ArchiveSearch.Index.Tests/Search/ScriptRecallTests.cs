using System.Text.RegularExpressions;
using ArchiveSearch.Analysis.Exact;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Testing;
using Xunit.Abstractions;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>
/// Both scripts are one for exact recall: the sample pages and their traditional versions (converted by OpenCC,
/// scripts/make-traditional-samples.sh) indexed together, a string from any line searched in simplified characters
/// finds the line's page in both scripts, the same string in traditional characters finds exactly the same, and
/// each finds exactly the documents a brute-force scan of the folded texts finds.
/// </summary>
public sealed partial class ScriptRecallTests(ITestOutputHelper output)
{
    private static readonly string Samples = PagesInBothScripts.Simplified;
    private static readonly string Traditional = PagesInBothScripts.Traditional;

    [Fact]
    public void Every_sample_page_has_its_traditional_version_with_the_same_lines()
    {
        foreach (var page in Directory.GetFiles(Samples, "*.txt"))
        {
            var simplified = PageTextReader.Read(page).Text!;
            var traditional = PageTextReader.Read(Path.Combine(Traditional, Path.GetFileName(page))).Text!;
            Assert.Equal(simplified.Length, traditional.Length);
            Assert.NotEqual(simplified, traditional);
        }
    }

    [Fact]
    public void A_string_from_any_line_finds_the_same_documents_in_simplified_and_in_traditional_characters()
    {
        var inbox = Directory.CreateTempSubdirectory("archivesearch-scripts-");
        try
        {
            PagesInBothScripts.CopyInto(inbox.FullName);

            using var archive = new IndexedArchive(inbox.FullName);
            var documents = archive.Workspace.Contents.AllArticles().Concat(archive.Workspace.Contents.AllPageLines()).ToList();
            var texts = documents.ToDictionary(d => d.Id, d => SearchableTexts(d).Select(ExactTextFolding.FoldAndCollapse).ToArray());
            var pageOf = documents.ToDictionary(d => d.Id, d => d.PageId);

            var pairs = PairedStrings(new Random(20261201)).ToList();
            var differences = new List<string>();
            foreach (var (page, simplified, traditional) in pairs)
            {
                var bySimplified = archive.AllHitIds($"\"{simplified}\"");
                var byTraditional = archive.AllHitIds($"\"{traditional}\"");
                var expected = texts.Where(t => t.Value.Any(f => f.Contains(ExactTextFolding.FoldAndCollapse(simplified), StringComparison.Ordinal))).Select(t => t.Key).ToHashSet();
                var pages = bySimplified.Select(id => pageOf[id]).ToHashSet();
                if (!bySimplified.SetEquals(expected) || !byTraditional.SetEquals(bySimplified) || !pages.Contains("simplified/" + page) || !pages.Contains("traditional/" + page))
                    differences.Add($"\"{simplified}\" / \"{traditional}\" ({page}): {bySimplified.Count} hits in simplified, {byTraditional.Count} in traditional, {expected.Count} by scan, pages {string.Join(",", pages)}");
            }

            output.WriteLine($"{pairs.Count} simplified/traditional string pairs from every line of {Directory.GetFiles(Samples, "*.txt").Length} pages in both scripts, over {documents.Count} documents; {differences.Count} differences");
            Assert.NotEmpty(pairs);
            Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
        }
        finally
        {
            inbox.Delete(recursive: true);
        }
    }

    /// <summary>From every line of every sample page: a string of two to eight letters and digits with two Chinese characters, and the same stretch of the traditional page.</summary>
    private static IEnumerable<(string Page, string Simplified, string Traditional)> PairedStrings(Random random)
    {
        foreach (var file in Directory.GetFiles(Samples, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var simplifiedLines = PageTextReader.Read(file).Text!.Split('\n');
            var traditionalLines = PageTextReader.Read(Path.Combine(Traditional, Path.GetFileName(file))).Text!.Split('\n');
            for (var i = 0; i < simplifiedLines.Length; i++)
            {
                var runs = LettersAndDigits().Matches(simplifiedLines[i]).Where(m => m.Value.Count(IsHan) >= 2).ToList();
                if (runs.Count == 0)
                    continue;
                var run = runs[random.Next(runs.Count)];
                var length = Math.Min(run.Length, random.Next(2, 9));
                var start = run.Index + random.Next(0, run.Length - length + 1);
                var simplified = simplifiedLines[i].Substring(start, length);
                if (simplified.Count(IsHan) >= 2)
                    yield return (name, simplified, traditionalLines[i].Substring(start, length));
            }
        }
    }

    private static IEnumerable<string> SearchableTexts(StoredArticle d) => (d.Kind == PageLinesDocuments.HitKind
        ? [d.Body]
        : new[] { DerivedTitles.IsDerived(d.Title, d.Body) ? null : d.Title, d.Subtitle, d.Subtitle is null ? null : d.Title + d.Subtitle, d.Byline, d.Body })
        .Where(f => !string.IsNullOrEmpty(f))!;

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex LettersAndDigits();
}
