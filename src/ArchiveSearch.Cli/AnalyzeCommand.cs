using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ArchiveSearch.Analysis.SmartCn;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSearch.Cli;

/// <summary>
/// <c>analyze FILE...</c>: SmartCN tokens as TSV (term, start, end, position increment, type), in the same format
/// as the Java reference (shared/tools/smartcn-oracle/run.sh) so that the two can be diffed line by line.
/// </summary>
internal static class AnalyzeCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var args = new Argument<string[]>("ARGS") { Description = "FILE... (or FILE REPEATS with --bench / --compare-java)", Arity = ArgumentArity.OneOrMore };
        var sentences = new Option<bool>("--sentences") { Description = "print the sentence spans handed to the segmenter: start, end, escaped text" };
        var bench = new Option<bool>("--bench") { Description = "measure steady-state speed: ARGS are FILE REPEATS" };
        var compare = new Option<bool>("--compare-java") { Description = "run --bench here and in the Java reference on the same file, print both and the ratio" };
        var compareLuceneNet = new Option<bool>("--compare-lucenenet") { Description = "run ours and Lucene.Net.Analysis.SmartCn's analyzer on the same file: speeds, ratio and token differences" };
        var oracle = new Option<string?>("--oracle") { Description = "the Java reference's run.sh (default: ../shared/tools/smartcn-oracle/run.sh)" };
        var stages = new Option<bool>("--stages") { Description = "with --bench: also time the pipeline's stages one by one (split, graph, path, tokenizer)" };
        var rounds = new Option<int>("--rounds") { Description = "with --compare-java or --compare-lucenenet: alternate the two runs this many times and report the median ratio", DefaultValueFactory = _ => 5 };
        var command = new Command("analyze", "Print SmartCN tokens of files as TSV") { args, sentences, bench, compare, compareLuceneNet, oracle, rounds, stages };
        command.SetAction(parse =>
        {
            var values = parse.GetValue(args)!;
            try
            {
                if (parse.GetValue(sentences)) return PrintSentences(values);
                var measuring = parse.GetValue(bench) || parse.GetValue(compare) || parse.GetValue(compareLuceneNet);
                var heapBefore = measuring ? GC.GetTotalMemory(forceFullCollection: true) : 0;
                var loading = Stopwatch.StartNew();
                var dictionary = SmartCnDictionary.GetShared();
                if (measuring)
                {
                    // On stderr, so that stdout keeps the reference's one-line format.
                    var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"dictionary load: {loading.Elapsed.TotalMilliseconds:F0} ms, {retained / 1048576.0:F1} MiB retained"));
                }

                if (parse.GetValue(compareLuceneNet))
                    return TryBenchArgs(values, out var file, out var repeats)
                        ? LuceneNetComparison.Run(dictionary, ReadText(file), repeats, Math.Max(1, parse.GetValue(rounds)))
                        : 1;
                if (parse.GetValue(compare)) return CompareWithJava(dictionary, values, parse.GetValue(oracle), Math.Max(1, parse.GetValue(rounds)));
                if (parse.GetValue(bench)) return parse.GetValue(stages) ? BenchStages(dictionary, values) : Bench(dictionary, values);
                return PrintTokens(dictionary, values);
            }
            catch (SmartCnDictionaryException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }

    // Byte-exact decoding like Java's new String(bytes, UTF_8): a byte-order mark is kept as U+FEFF, CRLF kept.
    internal static string ReadText(string path) => Utf8.GetString(File.ReadAllBytes(path));

    private static StreamWriter Stdout() => new(Console.OpenStandardOutput(), Utf8, 1 << 16) { NewLine = "\n" };

    private static int PrintTokens(SmartCnDictionary dictionary, string[] files)
    {
        using var analyzer = new SmartChineseAnalyzer(dictionary);
        using var output = Stdout();
        foreach (var file in files)
        {
            using var stream = analyzer.GetTokenStream("body", ReadText(file));
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var position = stream.AddAttribute<IPositionIncrementAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                WriteJavaUtf8(output, term.Buffer.AsSpan(0, term.Length));
                output.Write('\t');
                output.Write(offset.StartOffset);
                output.Write('\t');
                output.Write(offset.EndOffset);
                output.Write('\t');
                output.Write(position.PositionIncrement);
                output.Write('\t');
                output.Write(type.Type);
                output.Write('\n');
            }

            stream.End();
        }

        return 0;
    }

    // Java's UTF-8 encoder writes a lone surrogate as '?'; do the same so outputs diff cleanly.
    private static void WriteJavaUtf8(TextWriter output, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                output.Write(c);
                output.Write(text[++i]);
            }
            else
            {
                output.Write(char.IsSurrogate(c) ? '?' : c);
            }
        }
    }

    private static int PrintSentences(string[] files)
    {
        using var output = Stdout();
        var chunks = new ChunkReader();
        foreach (var file in files)
        {
            using var reader = new StringReader(ReadText(file));
            chunks.Reset();
            while (chunks.Refill(reader))
            {
                var chunk = chunks.Chunk;
                for (var start = 0; start < chunk.Length;)
                {
                    var end = SentenceSplitter.NextBoundary(chunk, start);
                    output.Write($"{chunks.Offset + start}\t{chunks.Offset + end}\t");
                    WriteJavaUtf8(output, chunk[start..end].ToString().Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t"));
                    output.Write('\n');
                    start = end;
                }
            }
        }

        return 0;
    }

    internal sealed record BenchResult(long Chars, long Tokens, double Seconds, double CharsPerSecond);

    private static int Bench(SmartCnDictionary dictionary, string[] values)
    {
        if (!TryBenchArgs(values, out var file, out var repeats)) return 1;
        Console.Out.WriteLine(Json(Measure(dictionary, ReadText(file), repeats)));
        return 0;
    }

    // Cumulative prefixes of the pipeline, each timed on its own over the whole file: the differences between
    // successive lines are what each stage costs. Not the reference's protocol; for finding where time goes.
    private static int BenchStages(SmartCnDictionary dictionary, string[] values)
    {
        if (!TryBenchArgs(values, out var file, out var repeats)) return 1;
        var text = ReadText(file);
        var segmenter = new SentenceSegmenter(dictionary);
        var graph = new WordGraph(dictionary);
        var chunks = new ChunkReader();
        long EachSentence(Func<ReadOnlySpan<char>, long> stage)
        {
            long sum = 0;
            chunks.Reset();
            using var reader = new StringReader(text);
            while (chunks.Refill(reader))
            {
                for (var start = 0; start < chunks.Chunk.Length;)
                {
                    var end = SentenceSplitter.NextBoundary(chunks.Chunk, start);
                    sum += stage(chunks.Chunk[start..end]);
                    start = end;
                }
            }

            return sum;
        }

        void Time(string name, Func<long> pass)
        {
            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed < TimeSpan.FromSeconds(1)) pass();
            // Processor time too: on a busy machine it excludes the time the thread waited for a core.
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            for (var r = 0; r < repeats; r++) pass();
            var seconds = watch.Elapsed.TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} {seconds * 1e3 / repeats,8:F2} ms/pass {text.Length * (double)repeats / seconds,12:F0} chars/s {cpu * 1e3 / repeats,8:F2} cpu ms/pass"));
        }

        Time("split", () => EachSentence(s => s.Length));
        Time("split+graph", () => EachSentence(s => { graph.Build(s); return graph.Count; }));
        Time("split+graph+path", () => EachSentence(s => { segmenter.Segment(s); return segmenter.Count; }));
        Time("tokenizer", () =>
        {
            using var tokenizer = new SmartCnTokenizer(dictionary, new StringReader(text));
            tokenizer.Reset();
            long n = 0;
            while (tokenizer.IncrementToken()) n++;
            tokenizer.End();
            return n;
        });
        using var analyzer = new SmartChineseAnalyzer(dictionary);
        Time("analyzer", () => Count(analyzer, text));
        return 0;
    }

    internal static string Json(BenchResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{{\"chars\":{r.Chars},\"tokens\":{r.Tokens},\"seconds\":{r.Seconds:F3},\"chars_per_s\":{r.CharsPerSecond:F0}}}");

    // The reference's protocol (max(3, repeats / 5) warm-up passes, then the timed passes), except that warm-up
    // also lasts at least two seconds: .NET's tiered JIT recompiles hot methods in the background, and a few
    // passes over a small file end before that has happened.
    private static BenchResult Measure(SmartCnDictionary dictionary, string text, int repeats)
    {
        using var analyzer = new SmartChineseAnalyzer(dictionary);
        return Measure(analyzer, text, repeats);
    }

    internal static BenchResult Measure(Analyzer analyzer, string text, int repeats)
    {
        var warmUp = Stopwatch.StartNew();
        for (var r = 0; r < Math.Max(3, repeats / 5) || warmUp.Elapsed < TimeSpan.FromSeconds(2); r++) Count(analyzer, text);
        var watch = Stopwatch.StartNew();
        long tokens = 0;
        for (var r = 0; r < repeats; r++) tokens += Count(analyzer, text);
        var seconds = watch.Elapsed.TotalSeconds;
        return new BenchResult((long)text.Length * repeats, tokens, seconds, text.Length * (double)repeats / seconds);
    }

    private static long Count(Analyzer analyzer, string text)
    {
        long n = 0;
        using var stream = analyzer.GetTokenStream("body", text);
        stream.Reset();
        while (stream.IncrementToken()) n++;
        stream.End();
        return n;
    }

    private static int CompareWithJava(SmartCnDictionary dictionary, string[] values, string? oracle, int rounds)
    {
        if (!TryBenchArgs(values, out var file, out var repeats)) return 1;
        oracle ??= DefaultOracle();
        if (oracle is null || !File.Exists(oracle))
        {
            Console.Error.WriteLine("the Java reference run.sh was not found; pass --oracle PATH");
            return 1;
        }

        // The machine is shared and noisy: one pair of runs can be off by a third either way. Alternate the two
        // runs several times and report the median ratio; each ratio pairs runs made back to back, so load that
        // comes and goes tends to hit both sides of a pair.
        var text = ReadText(file);
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var ours = Measure(dictionary, text, repeats);
            var javaJson = RunJava(oracle, file, repeats);
            if (javaJson is null) return 1;
            var java = JsonDocument.Parse(javaJson).RootElement;
            var javaSpeed = java.GetProperty("chars_per_s").GetDouble();
            // A speed is only comparable for the same output; a different token count means it is not.
            var javaTokens = java.GetProperty("tokens").GetInt64();
            if (javaTokens != ours.Tokens)
            {
                Console.Error.WriteLine($"token counts differ (C# {ours.Tokens}, Java {javaTokens}): the outputs are not the same");
                return 1;
            }

            ratios.Add(ours.CharsPerSecond / javaSpeed);
            Console.Out.WriteLine("csharp " + Json(ours));
            Console.Out.WriteLine("java   " + javaJson);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio  {ours.CharsPerSecond / javaSpeed:F2}x (C# {ours.CharsPerSecond:F0} chars/s vs Java {javaSpeed:F0} chars/s)"));
        }

        if (rounds > 1)
        {
            ratios.Sort();
            var median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[ratios.Count / 2 - 1] + ratios[ratios.Count / 2]) / 2;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median ratio {median:F2}x over {rounds} rounds (min {ratios[0]:F2}x, max {ratios[^1]:F2}x)"));
        }

        return 0;
    }

    private static string? RunJava(string oracle, string file, int repeats)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true };
        foreach (var a in new[] { oracle, "--bench", file, repeats.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(a);
        using var java = Process.Start(start)!;
        var javaJson = java.StandardOutput.ReadToEnd().Trim();
        java.WaitForExit();
        if (java.ExitCode == 0) return javaJson;
        Console.Error.WriteLine($"the Java reference failed (exit {java.ExitCode})");
        return null;
    }

    private static string? DefaultOracle()
    {
        var shared = Environment.GetEnvironmentVariable("ARCHIVESEARCH_SHARED");
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); shared is null && dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "tools", "smartcn-oracle", "run.sh");
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }

        return shared is null ? null : Path.Combine(shared, "tools", "smartcn-oracle", "run.sh");
    }

    internal static bool TryBenchArgs(string[] values, out string file, out int repeats)
    {
        file = values[0];
        repeats = 0;
        if (values.Length == 2 && int.TryParse(values[1], out repeats) && repeats > 0) return true;
        Console.Error.WriteLine("expected FILE REPEATS");
        return false;
    }
}
