using System.CommandLine;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArchiveSearch.Index.Composition;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Cli.Bench;

/// <summary>
/// <c>bench</c>: generates pages from real text, loads them through the service's ingestion, runs a fixed
/// mix of query shapes at one and at many clients, and prints one JSON object of the figures.
/// With <c>--http URL</c> the same mix runs against a running service instead.
/// </summary>
internal static class BenchCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
    };

    public static Command Create()
    {
        var pages = new Option<int>("--pages") { Description = $"pages to generate ({PageGenerator.ArticlesPerPage} items each)", DefaultValueFactory = _ => 1000 };
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "folder of real news text (*.txt) to draw sentences from, e.g. ../shared/corpus/; a small built-in text otherwise" };
        var exportTsv = new Option<FileInfo?>("--export-tsv") { Description = "also write the articles as id<TAB>title<TAB>body, and the plain-word queries beside it (FILE.queries.txt)" };
        var keep = new Option<DirectoryInfo?>("--keep") { Description = "generate the pages (inbox/) and the index (index/) here and keep them, e.g. to serve them" };
        var http = new Option<string?>("--http") { Description = "run the query mix against this running service instead of generating and loading" };
        var rounds = new Option<int>("--rounds") { Description = "passes over the mix by the single client", DefaultValueFactory = _ => 3 };
        var clients = new Option<int>("--clients") { Description = "concurrent clients of the second run", DefaultValueFactory = _ => 16 };
        var lengths = new Option<string>("--lengths") { Description = "article lengths: real (drawn from the real pages' distribution, mean about 560 characters) or short (the earlier generator, about 285)", DefaultValueFactory = _ => "real" };
        lengths.AcceptOnlyFromAmong([.. ArticleLengths.Names]);
        var profile = new Option<bool>("--profile") { Description = "also time each search's stages (parse, collect, facets, stored fields, snippets, JSON) per shape; in process only" };
        var command = new Command("bench", "Generate pages, index them as the service does, run a mix of query shapes; prints one JSON object")
        {
            pages, corpus, exportTsv, keep, http, rounds, clients, lengths, profile,
        };
        command.SetAction(parse =>
        {
            var settings = new BenchSettings(parse.GetValue(pages), parse.GetValue(corpus), parse.GetValue(exportTsv), parse.GetValue(keep), parse.GetValue(rounds), parse.GetValue(clients))
            {
                Lengths = ArticleLengths.Named(parse.GetValue(lengths)!)!,
                Profile = parse.GetValue(profile),
            };
            if (settings.Pages < 1 || settings.Rounds < 1 || settings.Clients < 1)
            {
                Console.Error.WriteLine("bench: --pages, --rounds and --clients must be 1 or more");
                return 2;
            }

            Uri? url = null;
            if (parse.GetValue(http) is { } address && !Uri.TryCreate(address, UriKind.Absolute, out url))
            {
                Console.Error.WriteLine($"bench: --http needs an absolute URL such as http://127.0.0.1:5080, not '{address}'");
                return 2;
            }

            if (url is not null && settings.Profile)
            {
                Console.Error.WriteLine("bench: --profile times the search's stages in process; it cannot be combined with --http");
                return 2;
            }

            var report = url is not null ? OverHttp(url, settings) : InProcess(settings);
            Console.WriteLine(JsonSerializer.Serialize(report, Json));
            return 0;
        });
        return command;
    }

    private static Dictionary<string, object?> OverHttp(Uri url, BenchSettings settings)
    {
        var report = new Dictionary<string, object?> { ["target"] = url.ToString() };
        AddQueryFigures(report, new HttpTarget(url), settings);
        report["peak_rss_bytes"] = Process.GetCurrentProcess().PeakWorkingSet64;
        return report;
    }

    private static Dictionary<string, object?> InProcess(BenchSettings settings)
    {
        var root = settings.Keep?.FullName ?? Directory.CreateTempSubdirectory("archivesearch-bench-").FullName;
        var inbox = Path.Combine(root, "inbox");
        var indexPath = Path.Combine(root, "index");
        foreach (var folder in new[] { inbox, indexPath }.Where(Directory.Exists))
            Directory.Delete(folder, recursive: true);
        try
        {
            var clock = Stopwatch.StartNew();
            PageGenerator.FromCorpus(settings.Corpus, settings.Lengths).Write(inbox, settings.Pages);
            var generateSeconds = clock.Elapsed.TotalSeconds;

            using var workspace = new ArchiveWorkspace(indexPath, logging: l => l.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
            _ = workspace.Index; // dictionaries and writer ready before the clock starts
            clock.Restart();
            workspace.Ingest(inbox);
            var loadSeconds = clock.Elapsed.TotalSeconds;
            // The load's merges are part of the ingest, as they are in the Java peer's (its writer closes after them);
            // and queries then run over the settled index, not beside merges.
            workspace.Index.WaitForMerges();
            var indexSeconds = clock.Elapsed.TotalSeconds;

            var (articles, chars) = Export(workspace, settings.ExportTsv);
            var report = new Dictionary<string, object?>
            {
                ["pages"] = settings.Pages,
                ["lengths"] = settings.Lengths.Name,
                ["articles"] = articles,
                ["chars"] = chars,
                ["generate_seconds"] = Math.Round(generateSeconds, 2),
                ["load_seconds"] = Math.Round(loadSeconds, 2),
                ["index_seconds"] = Math.Round(indexSeconds, 2),
                ["index_chars_per_s"] = Math.Round(chars / indexSeconds),
                ["index_articles_per_s"] = Math.Round(articles / indexSeconds, 1),
                ["index_bytes"] = DirectoryBytes(indexPath),
            };
            AddQueryFigures(report, new InProcessTarget(workspace.Search, workspace.Coverage, workspace.Trends), settings);
            if (settings.Profile)
                report["profile"] = new StageProfiler(workspace.Search, workspace.Coverage, QueryMix.Shapes).Run(settings.Rounds);
            report["peak_rss_bytes"] = Process.GetCurrentProcess().PeakWorkingSet64;
            return report;
        }
        finally
        {
            if (settings.Keep is null)
                Directory.Delete(root, recursive: true);
        }
    }

    private static void AddQueryFigures(Dictionary<string, object?> report, IQueryTarget target, BenchSettings settings)
    {
        var runner = new LoadRunner(target, QueryMix.Shapes);
        runner.WarmUp();
        var one = runner.Run(clients: 1, settings.Rounds);
        var many = runner.Run(settings.Clients, rounds: 1);
        report["qps"] = Math.Round(one.Qps, 1);
        report["p50_ms"] = Math.Round(one.P50Ms, 2);
        report["p99_ms"] = Math.Round(one.P99Ms, 2);
        report["errors"] = one.Errors + many.Errors;
        // Over HTTP this process is only the client; its processor time says nothing of the service's.
        if (target is InProcessTarget)
            report["cpu_ms_per_query"] = Math.Round(one.CpuMsPerQuery, 2);
        report["shapes"] = one.Shapes.ToDictionary(s => s.Key, s => new { p50_ms = Math.Round(s.Value.P50Ms, 2), p99_ms = Math.Round(s.Value.P99Ms, 2), mean_ms = Math.Round(s.Value.MeanMs, 2), hits = s.Value.Hits });
        report[$"clients_{settings.Clients}"] = new
        {
            qps = Math.Round(many.Qps, 1),
            p50_ms = Math.Round(many.P50Ms, 2),
            p99_ms = Math.Round(many.P99Ms, 2),
            max_ms = Math.Round(many.MaxMs, 2),
            errors = many.Errors,
            shapes = many.Shapes.ToDictionary(s => s.Key, s => new { p50_ms = Math.Round(s.Value.P50Ms, 2), p99_ms = Math.Round(s.Value.P99Ms, 2) }),
        };
        // The shapes the peers also run: their one-client queries per second, for the side-by-side ratio.
        var shared = QueryMix.Shapes.Where(s => s.JavaCanRun && one.Shapes.ContainsKey(s.Name)).Select(s => one.Shapes[s.Name].MeanMs).ToList();
        if (shared.Count > 0 && shared.Average() > 0)
            report["peer_shapes_qps"] = Math.Round(1000 / shared.Average(), 1);
        report["trends"] = TrendAndFeedRunner.Run(target);
        if ((one.FirstError ?? many.FirstError) is { } error)
            report["first_error"] = error;
    }

    /// <summary>Counts the indexed articles and their characters, writing them for the Java peer when asked.</summary>
    private static (int Articles, long Chars) Export(ArchiveWorkspace workspace, FileInfo? tsv)
    {
        using var writer = tsv is null ? null : new StreamWriter(tsv.FullName);
        var articles = 0;
        long chars = 0;
        foreach (var article in workspace.Contents.AllArticles())
        {
            var (title, body) = ArticleExport.Flatten(article);
            chars += title.Length + body.Length;
            articles++;
            writer?.WriteLine(ArticleExport.Line(article.Id, title, body));
        }

        if (tsv is not null)
            File.WriteAllLines(Path.ChangeExtension(tsv.FullName, ".queries.txt"), QueryMix.JavaQueries());
        return (articles, chars);
    }

    private static long DirectoryBytes(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
