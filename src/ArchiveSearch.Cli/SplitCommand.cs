using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArchiveSearch.Archive.Evaluation;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Cli;

/// <summary>
/// <c>split FILE</c>: prints the page's articles as JSON lines, one per article.
/// <c>split --explain FILE</c>: prints every decision the segmentation pipeline made on the page, with its rule.
/// <c>split --eval</c>: scores the segmenter against the hand-marked pages of eval/segmentation.tsv (or of
/// another marks file given with --expectations, whose pages are found beside it).
/// </summary>
internal static class SplitCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static Command Create()
    {
        var file = new Argument<FileInfo?>("FILE") { Description = "a page text file", Arity = ArgumentArity.ZeroOrOne };
        var eval = new Option<bool>("--eval") { Description = "score the segmenter against hand-marked pages" };
        var explain = new Option<bool>("--explain") { Description = "print every decision made on the page FILE, with the rule that made it" };
        var expectations = new Option<FileInfo>("--expectations") { Description = "TSV of hand-marked articles", DefaultValueFactory = _ => new FileInfo("eval/segmentation.tsv") };
        var samples = new Option<DirectoryInfo>("--samples") { DefaultValueFactory = _ => new DirectoryInfo("samples") };
        var seeds = new Option<DirectoryInfo>("--seeds") { DefaultValueFactory = _ => new DirectoryInfo("../shared/seeds") };
        var command = new Command("split", "Print the articles of a page as JSON lines, or score the segmenter (--eval)") { file, eval, explain, expectations, samples, seeds };
        command.SetAction(parse =>
        {
            if (parse.GetValue(eval))
                return Evaluate(parse.GetValue(expectations)!, parse.GetValue(samples)!, parse.GetValue(seeds)!);
            if (parse.GetValue(file) is not { } page)
            {
                Console.Error.WriteLine("split: give a page FILE, or --eval");
                return 2;
            }

            return parse.GetValue(explain) ? Explain(page.FullName) : Split(page.FullName);
        });
        return command;
    }

    private static int Split(string path)
    {
        var page = PageTextReader.Read(path);
        if (!page.Succeeded)
        {
            Console.Error.WriteLine($"{path}: {page.Failure}");
            return 1;
        }

        foreach (var article in new NewspaperPageSegmenter().Split(page.Text!))
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                ordinal = article.Ordinal,
                kind = article.Kind.ToString().ToLowerInvariant(),
                title = article.Title,
                subtitle = article.Subtitle,
                byline = article.Byline,
                authors = article.Authors.Select(a => new { name = a.Name, role = a.Role }),
                body = article.Body,
                start = article.StartOffset,
                end = article.EndOffset,
                cut = new
                {
                    verdict = article.Cut.Name,
                    reasons = article.Cut.Reasons.Select(r => new { rule = r.Rule, words = r.Words, detail = r.Detail }),
                },
            }, Json));
        }

        return 0;
    }

    private static int Explain(string path)
    {
        var page = PageTextReader.Read(path);
        if (!page.Succeeded)
        {
            Console.Error.WriteLine($"{path}: {page.Failure}");
            return 1;
        }

        var work = new NewspaperPageSegmenter().Explain(page.Text!);
        Console.Out.WriteLine("pass\trule\toutcome\tstart\ttext");
        foreach (var decision in work.Decisions)
            Console.Out.WriteLine($"{decision.Pass}\t{decision.Rule}\t{decision.Outcome}\t{decision.Start}\t{Excerpt(decision.Text)}");
        Console.Out.WriteLine($"# {work.Articles.Count} items, {work.WrapsRepaired} wraps repaired, {work.ReadingOrderJoins} paragraphs joined across other blocks");
        return 0;
    }

    /// <summary>A share with three decimals, or null when there is nothing to share.</summary>
    private static string Share(int part, int whole) =>
        whole == 0 ? "null" : ((double)part / whole).ToString("F3", CultureInfo.InvariantCulture);

    private static string Excerpt(string text)
    {
        const int MaxLength = 40;
        var line = text.Replace('\n', ' ');
        return line.Length <= MaxLength ? line : line[..MaxLength] + "…";
    }

    private static int Evaluate(FileInfo expectationsFile, DirectoryInfo samples, DirectoryInfo seeds)
    {
        var expectations = SegmentationExpectations.Parse(File.ReadAllLines(expectationsFile.FullName));
        var folders = new Dictionary<string, string>();
        if (samples.Exists) folders["samples"] = samples.FullName;
        if (seeds.Exists) folders["seeds"] = seeds.FullName;
        else Console.Error.WriteLine($"{seeds.FullName} is absent: its pages are skipped");
        // Pages of other marks files are named relative to the folder that holds the marks.
        foreach (var folder in expectationsFile.Directory!.EnumerateDirectories())
            folders.TryAdd(folder.Name, folder.FullName);

        var scores = SegmentationEvaluation.ScoreAll(new NewspaperPageSegmenter(), expectations, folders);
        foreach (var score in scores)
        {
            Console.WriteLine($"{score.Page}: {score.Matched}/{score.Expected} articles found, {score.Found} predicted, kinds {score.KindsRight}, bylines {score.BylinesRight}, wraps whole {score.WrapsWhole}/{score.WrapsExpected} ({score.WrapsRepaired} joins), passages held {score.HoldingsRight}/{score.HoldingsExpected}, flagged unsure: wrong {score.WrongFlagged}/{score.ItemsWrong}, right {score.RightFlagged}/{score.ItemsRight}");
            foreach (var problem in score.Problems.Concat(score.FlagMisses))
                Console.WriteLine("    " + problem);
        }

        // How each cut rule fares: the items it doubted that were cut wrong, and those cut right.
        foreach (var rule in scores.SelectMany(s => s.RuleFirings).GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"rule {rule.Key}: doubted {rule.Count(f => f.ItemWrong)} wrong items, {rule.Count(f => !f.ItemWrong)} right items");

        double matched = scores.Sum(s => s.Matched), expected = scores.Sum(s => s.Expected), found = scores.Sum(s => s.Found);
        double precision = matched / Math.Max(1, found), recall = matched / Math.Max(1, expected);
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        int wrongItems = scores.Sum(s => s.ItemsWrong), rightItems = scores.Sum(s => s.ItemsRight);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"pages\":{scores.Count},\"articles\":{expected},\"boundary_precision\":{precision:F3},\"boundary_recall\":{recall:F3},\"boundary_f1\":{f1:F3},\"kinds_right\":{scores.Sum(s => s.KindsRight) / Math.Max(1, matched):F3},\"bylines_right\":{scores.Sum(s => s.BylinesRight) / Math.Max(1, matched):F3},\"wraps_whole\":{scores.Sum(s => s.WrapsWhole)},\"wraps_marked\":{scores.Sum(s => s.WrapsExpected)},\"joins\":{scores.Sum(s => s.WrapsRepaired)},\"held\":{scores.Sum(s => s.HoldingsRight)},\"holdings_marked\":{scores.Sum(s => s.HoldingsExpected)},\"items_wrong\":{wrongItems},\"wrong_flagged\":{Share(scores.Sum(s => s.WrongFlagged), wrongItems)},\"items_right\":{rightItems},\"right_flagged\":{Share(scores.Sum(s => s.RightFlagged), rightItems)}}}"));
        return 0;
    }
}
