using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Cli;

/// <summary><c>split FILE</c>: prints the page's articles as JSON lines, one per article.</summary>
internal static class SplitCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "a page text file" };
        var command = new Command("split", "Print the articles of a page as JSON lines") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!.FullName;
            var page = PageTextReader.Read(path);
            if (!page.Succeeded)
            {
                Console.Error.WriteLine($"{path}: {page.Failure}");
                return 1;
            }

            IPageSegmenter segmenter = new NewspaperPageSegmenter();
            foreach (var article in segmenter.Split(page.Text!))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    kind = article.Kind.ToString().ToLowerInvariant(),
                    title = article.Title,
                    subtitle = article.Subtitle,
                    byline = article.Byline,
                    authors = article.Authors.Select(a => new { name = a.Name, role = a.Role }),
                    body = article.Body,
                }, Json));
            }

            return 0;
        });
        return command;
    }
}
