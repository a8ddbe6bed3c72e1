using System.CommandLine;
using System.Text.Json;
using ArchiveSearch.Archive.Corrections;

namespace ArchiveSearch.Cli;

/// <summary>
/// <c>corrections list|export|import</c>: the corrections folder (<c>Archive:CorrectionsPath</c>), to read it and to move
/// corrections between installations. An export is a JSON array of page files; an import writes them into the folder
/// (a page already corrected here is left alone unless <c>--replace</c>), and the running service indexes those pages
/// again at its next rescan (a stopped one at its start).
/// </summary>
internal static class CorrectionsCommand
{
    public static Command Create()
    {
        var folder = new Option<DirectoryInfo>("--corrections") { Description = "the corrections folder (Archive:CorrectionsPath)", DefaultValueFactory = _ => new DirectoryInfo("corrections") };

        var list = new Command("list", "One line per correction: page key, id, kind, who, when, active or undone, why") { folder };
        list.SetAction(parse =>
        {
            foreach (var page in new CorrectionStore(parse.GetValue(folder)!.FullName).All())
            {
                foreach (var c in page.Corrections)
                    Console.WriteLine(string.Join('\t', page.PageKey, "#" + c.Id, c.Kind, c.By, c.At.ToString("O"), c.IsActive ? "active" : "undone by " + c.Undone!.By, c.Why ?? ""));
            }

            return 0;
        });

        var output = new Argument<FileInfo?>("FILE") { Description = "where to write (default: standard output)", Arity = ArgumentArity.ZeroOrOne };
        var export = new Command("export", "Write every page's corrections as one JSON array") { folder, output };
        export.SetAction(parse =>
        {
            var pages = new CorrectionStore(parse.GetValue(folder)!.FullName).All();
            var json = "[\n" + string.Join(",\n", pages.Select(CorrectionStore.Serialize)) + "\n]\n";
            if (parse.GetValue(output) is { } file)
                File.WriteAllText(file.FullName, json);
            else
                Console.Write(json);
            Console.Error.WriteLine($"{pages.Count} pages, {pages.Sum(p => p.Corrections.Count)} corrections exported");
            return 0;
        });

        var input = new Argument<FileInfo>("FILE") { Description = "an export" };
        var replace = new Option<bool>("--replace") { Description = "replace the corrections of pages already corrected here" };
        var import = new Command("import", "Write an export's corrections into the corrections folder") { folder, input, replace };
        import.SetAction(parse =>
        {
            List<PageCorrections> pages;
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(parse.GetValue(input)!.FullName));
                pages = document.RootElement.EnumerateArray().Select(e => CorrectionStore.Parse(e.GetRawText())).ToList();
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or IOException)
            {
                Console.Error.WriteLine("archivesearch corrections import: not an export: " + e.Message);
                return 2;
            }

            var bad = pages.FirstOrDefault(p => !CorrectionStore.IsPageKey(p.PageKey));
            if (bad is not null)
            {
                Console.Error.WriteLine($"archivesearch corrections import: '{bad.PageKey}' is not a page key; nothing was imported");
                return 2;
            }

            var store = new CorrectionStore(parse.GetValue(folder)!.FullName);
            int written = 0, kept = 0;
            foreach (var page in pages)
            {
                if (store.Find(page.PageKey) is not null && !parse.GetValue(replace))
                {
                    kept++;
                    continue;
                }

                store.Replace(page);
                written++;
            }

            Console.WriteLine($"{written} pages imported, {kept} already corrected here and left alone");
            return 0;
        });

        return new Command("corrections", "List, export and import corrections of pages' cuts") { list, export, import };
    }
}
