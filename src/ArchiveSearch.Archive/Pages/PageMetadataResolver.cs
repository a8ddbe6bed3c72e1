using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArchiveSearch.Archive.Pages;

/// <summary>
/// Finds a page's metadata: from a sidecar <c>NAME.json</c> beside <c>NAME.txt</c> (<c>paper</c>, <c>date</c>,
/// <c>page</c>, <c>section</c>), else from the page's path under the inbox matched against a pattern such as
/// <c>{paper}/{yyyy}/{MM}/{dd}/{page}.txt</c>; otherwise there is none. A sidecar that cannot be read is
/// reported through <see cref="PageMetadataException"/>, so the caller can log it and index the page without it.
/// </summary>
public sealed class PageMetadataResolver
{
    private readonly Regex? pattern;

    public PageMetadataResolver(string? pathPattern = null)
    {
        pattern = string.IsNullOrWhiteSpace(pathPattern) ? null : Compile(pathPattern);
    }

    public PageMetadata Resolve(string inboxRoot, string pagePath)
    {
        var sidecar = Path.ChangeExtension(pagePath, ".json");
        return File.Exists(sidecar) ? ReadSidecar(sidecar) : FromPath(inboxRoot, pagePath);
    }

    /// <summary>The metadata the page's path gives under the pattern, or none: what a page keeps when its sidecar is rejected.</summary>
    public PageMetadata FromPath(string inboxRoot, string pagePath)
    {
        if (pattern is null)
            return PageMetadata.None;
        var relative = Path.GetRelativePath(inboxRoot, pagePath).Replace('\\', '/');
        var match = pattern.Match(relative);
        return match.Success ? FromMatch(match) : PageMetadata.None;
    }

    public static PageMetadata ReadSidecar(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new PageMetadataException(path, "the sidecar is not a JSON object");
            var dateText = Text(root, "date");
            DateOnly? date = null;
            if (dateText is not null)
            {
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    throw new PageMetadataException(path, $"date '{dateText}' is not yyyy-MM-dd");
                date = parsed;
            }

            return new PageMetadata(Text(root, "paper"), date, Text(root, "page"), Text(root, "section"));
        }
        catch (JsonException e)
        {
            throw new PageMetadataException(path, $"not valid JSON ({e.Message})");
        }
        catch (IOException e)
        {
            throw new PageMetadataException(path, e.Message);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s.Trim() : null,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    /// <summary>Turns {paper}/{yyyy}/{MM}/{dd}/{page}/{section} placeholders into named groups.</summary>
    private static Regex Compile(string pathPattern)
    {
        var regex = Regex.Escape(pathPattern.Replace('\\', '/'));
        regex = regex
            .Replace(@"\{paper}", "(?<paper>[^/]+?)")
            .Replace(@"\{section}", "(?<section>[^/]+?)")
            .Replace(@"\{page}", "(?<page>[^/]+?)")
            .Replace(@"\{yyyy}", @"(?<yyyy>\d{4})")
            .Replace(@"\{MM}", @"(?<MM>\d{1,2})")
            .Replace(@"\{dd}", @"(?<dd>\d{1,2})")
            .Replace(@"\{yyyyMMdd}", @"(?<yyyy>\d{4})(?<MM>\d{2})(?<dd>\d{2})");
        return new Regex("^" + regex + "$", RegexOptions.CultureInvariant);
    }

    private static PageMetadata FromMatch(Match match)
    {
        string? Group(string name) => match.Groups[name] is { Success: true } g ? g.Value : null;
        DateOnly? date = null;
        if (Group("yyyy") is { } y && Group("MM") is { } m && Group("dd") is { } d
            && int.TryParse(y, out var year) && int.TryParse(m, out var month) && int.TryParse(d, out var day)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            date = new DateOnly(year, month, day);
        return new PageMetadata(Group("paper"), date, Group("page"), Group("section"));
    }
}

/// <summary>A page's sidecar metadata file exists but cannot be used.</summary>
public sealed class PageMetadataException(string path, string problem) : Exception($"{path}: {problem}")
{
    public string SidecarPath { get; } = path;

    /// <summary>What is wrong with the sidecar, without its path.</summary>
    public string Problem { get; } = problem;
}
