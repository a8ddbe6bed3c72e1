using System.Globalization;
using System.Text.Json;
using ArchiveSearch.Archive.Files;
using System.Text.RegularExpressions;

namespace ArchiveSearch.Archive.Pages;

/// <summary>
/// Finds a page's metadata: from a sidecar <c>NAME.json</c> beside <c>NAME.txt</c> (<c>paper</c>, <c>date</c>,
/// <c>page</c>, <c>section</c>), else from the page's path under the inbox matched against a pattern such as
/// <c>{paper}/{yyyy}/{MM}/{dd}/{page}.txt</c>; otherwise there is none. A sidecar that cannot be read is
/// reported through <see cref="PageMetadataException"/>, so the caller can log it and index the page without it:
/// one that is not a regular file (a link, a named pipe), over the sidecar size limit, not UTF-8 (a BOM is
/// allowed), not a JSON object, or with a field longer than <see cref="MaxFieldLength"/>.
/// </summary>
public sealed class PageMetadataResolver
{
    /// <summary>Longest paper, page or section name taken from a sidecar: real names are a few dozen characters at most.</summary>
    public const int MaxFieldLength = 200;

    private readonly Regex? pattern;
    private readonly ReadLimits sidecarLimits;

    public PageMetadataResolver(string? pathPattern = null, PageLimits? limits = null)
    {
        pattern = string.IsNullOrWhiteSpace(pathPattern) ? null : Compile(pathPattern);
        sidecarLimits = (limits ?? PageLimits.Default).Sidecar;
    }

    public PageMetadata Resolve(string inboxRoot, string pagePath)
    {
        var sidecar = Path.ChangeExtension(pagePath, ".json");
        // Any entry by that name is the page's sidecar, a link or a pipe too (then rejected with the reason), never passed over.
        return RegularFile.Describe(sidecar).Kind != EntryKind.Missing ? ReadSidecar(sidecar, sidecarLimits) : FromPath(inboxRoot, pagePath);
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

    public static PageMetadata ReadSidecar(string path) => ReadSidecar(path, PageLimits.Default.Sidecar);

    public static PageMetadata ReadSidecar(string path, ReadLimits limits)
    {
        try
        {
            var read = RegularFile.ReadAll(path, limits);
            if (!read.Succeeded)
                throw new PageMetadataException(path, read.Refusal!);
            var bytes = read.Bytes.AsMemory();
            if (bytes.Span.StartsWith(Utf8Bom))
                bytes = bytes[Utf8Bom.Length..];
            if (FirstInvalidUtf8(bytes.Span) is { } offset)
                throw new PageMetadataException(path, string.Create(CultureInfo.InvariantCulture,
                    $"not UTF-8 text (byte 0x{bytes.Span[offset]:X2} at offset {offset:N0} starts no UTF-8 character; GBK, say, must be converted to UTF-8)"));
            using var json = JsonDocument.Parse(bytes);
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

            return new PageMetadata(Field(path, root, "paper"), date, Field(path, root, "page"), Field(path, root, "section"));
        }
        catch (JsonException e)
        {
            throw new PageMetadataException(path, $"not valid JSON ({e.Message})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PageMetadataException(path, e.Message);
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or null when all of it is.</summary>
    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return null;
        var chars = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
        return valid;
    }

    /// <summary>A field's text, refused when longer than <see cref="MaxFieldLength"/> (it would be cut, or too large to index).</summary>
    private static string? Field(string path, JsonElement root, string name)
    {
        var text = Text(root, name);
        if (text is { Length: > MaxFieldLength })
            throw new PageMetadataException(path, string.Create(CultureInfo.InvariantCulture,
                $"{name} is {text.Length:N0} characters long, over the limit of {MaxFieldLength} characters for a sidecar field"));
        return text;
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
