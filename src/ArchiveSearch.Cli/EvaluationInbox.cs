namespace ArchiveSearch.Cli;

/// <summary>
/// A temporary inbox holding copies of the sample pages (under <c>samples/</c>) and, when present, the shared
/// real pages (under <c>seeds/</c>), so that evaluation files can name pages the same way wherever they run.
/// </summary>
internal sealed class EvaluationInbox : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("archivesearch-eval-");

    public EvaluationInbox(DirectoryInfo samples, DirectoryInfo seeds)
    {
        foreach (var (name, source) in new[] { ("samples", samples), ("seeds", seeds) })
        {
            if (!source.Exists)
            {
                Console.Error.WriteLine($"{source.FullName} is absent: what names its pages is skipped");
                continue;
            }

            var target = Directory.CreateDirectory(System.IO.Path.Combine(folder.FullName, name));
            foreach (var file in source.GetFiles("*.*").Where(f => f.Extension is ".txt" or ".json"))
                file.CopyTo(System.IO.Path.Combine(target.FullName, file.Name));
            Prefixes.Add(name + "/");
        }
    }

    /// <summary>
    /// Adds each paragraph of a text file (one a line, at least 40 characters) as a page of its own under
    /// <c>distractors/</c>: articles no draft is about, so the evaluation can be run over a larger archive whose
    /// word frequencies are those of real news.
    /// </summary>
    public int AddDistractors(FileInfo text)
    {
        var target = Directory.CreateDirectory(System.IO.Path.Combine(folder.FullName, "distractors"));
        var count = 0;
        foreach (var line in File.ReadLines(text.FullName).Select(l => l.Trim()).Where(l => l.Length >= 40))
            File.WriteAllText(System.IO.Path.Combine(target.FullName, $"{++count:D5}.txt"), line + "\n");
        return count;
    }

    public string Path => folder.FullName;

    public string IndexPath => System.IO.Path.Combine(folder.FullName, ".index");

    /// <summary>Page path prefixes the inbox holds (<c>samples/</c>, <c>seeds/</c>).</summary>
    public List<string> Prefixes { get; } = [];

    public bool Holds(string pagePath) => Prefixes.Any(prefix => pagePath.StartsWith(prefix, StringComparison.Ordinal));

    public void Dispose() => folder.Delete(recursive: true);
}
