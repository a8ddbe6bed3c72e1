using System.Diagnostics;
using System.Text.Json;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Testing;
using Xunit.Abstractions;

namespace ArchiveSearch.Index.Tests.ClusterExport;

/// <summary>
/// What a cluster loaded with the export finds for an exact string is what the index finds: the exported documents
/// indexed in Lucene 8.8 (the engine of Elasticsearch 7.10) with the template's exact chain, mapping char filter
/// included (tools/es-check), answer each string of Chinese characters with the same set of ids as the Lucene.Net
/// engine — but for white space: the standard tokenizer indexes none, so a string typed without a space also finds
/// the item that prints it with one (a name set as 韦　然), where the index treats white space as a break. Strings with punctuation, digits or Latin letters are matched differently by the cluster's standard
/// tokenizer (punctuation is not indexed, a number is one token); they are compared and reported, and a string of
/// Chinese characters and punctuation may only find more there, never less.
/// </summary>
public sealed class ClusterRecallParityTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Samples = Path.Combine(SharedFolder.RepositoryRoot, "samples");
    private static readonly string Traditional = Path.Combine(SharedFolder.RepositoryRoot, "tests", "ArchiveSearch.Index.Tests", "TraditionalPages");
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("archivesearch-es-check-");

    public void Dispose() => work.Delete(recursive: true);

    [LuceneEightFact]
    public void Exact_strings_find_the_same_items_in_Lucene_8_with_the_template_chain_as_in_the_index()
    {
        // The sample pages in both scripts (page files only, so each version is a page of its own): the fold is checked too.
        var inbox = Directory.CreateDirectory(Path.Combine(work.FullName, "inbox"));
        foreach (var (name, source) in new[] { ("simplified", Samples), ("traditional", Traditional) })
        {
            var target = Directory.CreateDirectory(Path.Combine(inbox.FullName, name));
            foreach (var file in Directory.GetFiles(source, "*.txt"))
                File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
        }

        using var archive = new IndexedArchive(inbox.FullName);
        // In id order, so the seeded draws are the same strings whatever order the load wrote the items in.
        var items = archive.Workspace.Contents.AllArticles().Concat(archive.Workspace.Contents.AllPageLines()).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        var exportFolder = Path.Combine(work.FullName, "export");
        new ClusterExporter(archive.Workspace.Index, archive.Workspace.Contents).Export(new ClusterExportOptions(exportFolder), CancellationToken.None);

        var han = HanStrings(items, new Random(20261203)).ToList();
        var mixed = MixedStrings(items, new Random(20261204)).Except(han).ToList();
        var cluster = RunHarness(exportFolder, han.Concat(mixed).ToList());

        var whiteSpaceOnly = items.ToDictionary(i => i.Id, i => SearchableFields(i)
            .Select(f => ArchiveSearch.Analysis.Exact.ExactTextFolding.FoldAndCollapse(f).Replace(" ", "")).ToArray());
        var hanDifferences = new List<string>();
        var whiteSpaceDifferences = new List<string>();
        var mixedDifferences = new List<string>();
        var clusterFoundLess = new List<string>();
        foreach (var s in han.Concat(mixed))
        {
            var ours = archive.AllHitIds($"\"{s}\"");
            var theirs = cluster[s];
            if (ours.SetEquals(theirs))
                continue;
            var line = $"\"{s}\": index {ours.Count}, Lucene 8 {theirs.Count} (only index: {string.Join(",", ours.Except(theirs).Take(3))}; only Lucene 8: {string.Join(",", theirs.Except(ours).Take(3))})";
            var needle = ArchiveSearch.Analysis.Exact.ExactTextFolding.FoldAndCollapse(s);
            if (han.Contains(s) && ours.IsSubsetOf(theirs) && theirs.Except(ours).All(id => whiteSpaceOnly[id].Any(f => f.Contains(needle, StringComparison.Ordinal))))
                whiteSpaceDifferences.Add(line);
            else if (han.Contains(s))
                hanDifferences.Add(line);
            else
            {
                mixedDifferences.Add(line);
                if (!s.Any(char.IsAsciiLetterOrDigit) && !ours.IsSubsetOf(theirs))
                    clusterFoundLess.Add(line);
            }
        }

        output.WriteLine($"{items.Count} items; {han.Count} strings of Chinese characters ({han.Count(s => cluster[s].Count > 0)} found somewhere), {hanDifferences.Count} differ, {whiteSpaceDifferences.Count} only by white space the cluster ignores:");
        foreach (var line in whiteSpaceDifferences)
            output.WriteLine("  " + line);
        output.WriteLine($"{mixed.Count} strings with punctuation, digits or Latin letters, {mixedDifferences.Count} differ:");
        foreach (var line in mixedDifferences)
            output.WriteLine("  " + line);
        Assert.True(han.Count >= 200, $"only {han.Count} strings");
        Assert.True(hanDifferences.Count == 0, string.Join("\n", hanDifferences.Take(20)));
        Assert.True(clusterFoundLess.Count == 0, "Punctuation made the cluster miss: " + string.Join("\n", clusterFoundLess.Take(20)));

        // author: is matched on the credited names and the byline, on both sides.
        var names = items.SelectMany(i => i.Authors).Select(a => a.Name).Where(n => n.Length >= 2 && n.All(IsHan)).Distinct().ToList();
        var byAuthor = RunHarness(exportFolder, names, "author");
        var authorDifferences = names.Where(n => !archive.AllHitIds($"author:{n}").SetEquals(byAuthor[n]))
            .Select(n => $"author:{n}: index {archive.AllHitIds($"author:{n}").Count}, Lucene 8 {byAuthor[n].Count}").ToList();
        output.WriteLine($"{names.Count} credited names as author:, {authorDifferences.Count} differ");
        Assert.True(names.Count >= 10, $"only {names.Count} names");
        Assert.True(authorDifferences.Count == 0, string.Join("\n", authorDifferences));
    }

    /// <summary>The harness's answer for each string: the ids it finds.</summary>
    private Dictionary<string, HashSet<string>> RunHarness(string exportFolder, IReadOnlyList<string> strings, string fields = "text")
    {
        var stringsFile = Path.Combine(work.FullName, "strings.txt");
        File.WriteAllLines(stringsFile, strings);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(SharedFolder.RepositoryRoot, "tools", "es-check", "run.sh"), Path.Combine(exportFolder, ClusterExporter.TemplateFileName), exportFolder, stringsFile, fields })
            start.ArgumentList.Add(arg);
        if (SharedFolder.Root is { } shared)
            start.Environment["ARCHIVESEARCH_SHARED"] = shared;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        output.WriteLine("es-check: " + stderr.Result.Trim());
        Assert.True(process.ExitCode == 0, $"tools/es-check/run.sh exited {process.ExitCode}: {stderr.Result}");

        var answers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var answer = JsonDocument.Parse(line).RootElement;
            answers[answer.GetProperty("q").GetString()!] = answer.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
        }

        Assert.Equal(strings.Distinct().Count(), answers.Count);
        return answers;
    }

    /// <summary>
    /// The exact-recall strings, Chinese characters only: every credited name, two to eight characters from the
    /// searchable text of random items (traditional ones included), the sentences the layout broke across lines
    /// (eval/segmentation.tsv), and strings the archive does not hold.
    /// </summary>
    private static IEnumerable<string> HanStrings(IReadOnlyList<StoredArticle> items, Random random)
    {
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in items.SelectMany(a => a.Authors).Select(a => a.Name).Where(n => n.Length >= 2 && n.All(IsHan)))
            drawn.Add(name);
        foreach (var wrap in File.ReadLines(Path.Combine(SharedFolder.RepositoryRoot, "eval", "segmentation.tsv"))
                     .Where(line => line.StartsWith("wrap\t", StringComparison.Ordinal)).Select(line => line.Split('\t')[2]))
            foreach (var run in HanRuns(wrap))
                drawn.Add(run);
        var attempts = 0;
        while (drawn.Count < 300 && attempts++ < 30000)
        {
            var text = SearchableText(items[random.Next(items.Count)]);
            foreach (var run in HanRuns(text).Where(r => r.Length >= 2).OrderBy(_ => random.Next()).Take(1))
            {
                var length = Math.Min(run.Length, random.Next(2, 9));
                drawn.Add(run.Substring(random.Next(0, run.Length - length + 1), length));
            }
        }

        foreach (var absent in new[] { "辽双市", "花鹃杜", "理总巷小" })
            drawn.Add(absent);
        return drawn;
    }

    /// <summary>Two to six characters across punctuation, digits or Latin letters next to Chinese characters.</summary>
    private static IEnumerable<string> MixedStrings(IReadOnlyList<StoredArticle> items, Random random)
    {
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        var attempts = 0;
        while (drawn.Count < 80 && attempts++ < 20000)
        {
            var text = SearchableText(items[random.Next(items.Count)]);
            if (text.Length < 8)
                continue;
            var length = random.Next(2, 7);
            var start = random.Next(0, text.Length - length);
            var candidate = text.Substring(start, length);
            if (candidate.Any(IsHan) && !candidate.All(IsHan) && !candidate.Any(c => char.IsWhiteSpace(c) || c == '"' || c == '\\' || char.IsControl(c)))
                drawn.Add(candidate);
        }

        return drawn;
    }

    private static string SearchableText(StoredArticle item) => string.Join("\n", SearchableFields(item));

    /// <summary>What the exact fields hold, as the index decides: the headline (title and subtitle as one), byline, body.</summary>
    private static string[] SearchableFields(StoredArticle item) => item.Kind == PageLinesDocuments.HitKind
        ? [item.Body]
        : [(DerivedTitles.IsDerived(item.Title, item.Body) ? "" : item.Title) + item.Subtitle, item.Byline ?? "", item.Body];

    private static IEnumerable<string> HanRuns(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"[\u4E00-\u9FFF]+").Select(m => m.Value);

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
