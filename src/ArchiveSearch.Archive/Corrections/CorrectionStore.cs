using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArchiveSearch.Archive.Corrections;

/// <summary>
/// The corrections folder: one small JSON file per corrected page, <c>{pageKey}.json</c>, readable and diffable by
/// people, outside the inbox and the index, so a rebuilt index or a new pipeline version applies them again. Files
/// are written whole to a temporary name and renamed, so a crash leaves the old file or the new one. Without a
/// folder (<see cref="Disabled"/>) nothing is corrected.
/// </summary>
public sealed class CorrectionStore
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Chinese text stays readable in the files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly object gate = new();

    public CorrectionStore(string? root) => Root = root is { Length: > 0 } ? System.IO.Path.GetFullPath(root) : null;

    public static CorrectionStore Disabled { get; } = new(null);

    /// <summary>The folder, or null when corrections are off.</summary>
    public string? Root { get; }

    public bool Enabled => Root is not null;

    /// <summary>A page key names a file only when it is a key (16 hex digits): nothing else reaches the file system.</summary>
    public static bool IsPageKey(string key) => key.Length == 16 && key.All(char.IsAsciiHexDigitLower);

    public PageCorrections? Find(string pageKey)
    {
        if (Root is null || !IsPageKey(pageKey))
            return null;
        var file = FileOf(pageKey);
        return File.Exists(file) ? Read(file) : null;
    }

    /// <summary>Every corrected page (the folder holds one small file per corrected page, not per archive page).</summary>
    public IReadOnlyList<PageCorrections> All()
    {
        if (Root is null || !Directory.Exists(Root))
            return [];
        return Directory.EnumerateFiles(Root, "*.json")
            .Where(f => IsPageKey(System.IO.Path.GetFileNameWithoutExtension(f)))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();
    }

    /// <summary>When each page's file last changed, for noticing files written by another process (an import).</summary>
    public IReadOnlyDictionary<string, DateTime> Stamps()
    {
        if (Root is null || !Directory.Exists(Root))
            return new Dictionary<string, DateTime>();
        return Directory.EnumerateFiles(Root, "*.json")
            .Where(f => IsPageKey(System.IO.Path.GetFileNameWithoutExtension(f)))
            .ToDictionary(f => System.IO.Path.GetFileNameWithoutExtension(f), File.GetLastWriteTimeUtc, StringComparer.Ordinal);
    }

    /// <summary>Adds a correction to the page's file (its id the next free one) and returns it as stored.</summary>
    public Correction Add(string pageKey, string? path, Correction correction)
    {
        var root = RequireRoot();
        Check(pageKey);
        lock (gate)
        {
            var page = Find(pageKey) ?? new PageCorrections(pageKey, path, []);
            var stored = correction with { Id = page.Corrections.Count == 0 ? 1 : page.Corrections.Max(c => c.Id) + 1 };
            Write(root, page with { Path = path ?? page.Path, Corrections = [.. page.Corrections, stored] });
            return stored;
        }
    }

    /// <summary>Undoes the page's latest active correction (or the one named); returns it, or null when there is none.</summary>
    public Correction? Undo(string pageKey, string by, DateTimeOffset at, int? id = null)
    {
        var root = RequireRoot();
        Check(pageKey);
        lock (gate)
        {
            if (Find(pageKey) is not { } page)
                return null;
            var target = id is { } wanted ? page.Corrections.FirstOrDefault(c => c.Id == wanted && c.IsActive) : page.Active.LastOrDefault();
            if (target is null)
                return null;
            var undone = target with { Undone = new Undo(by, at) };
            Write(root, page with { Corrections = page.Corrections.Select(c => c.Id == target.Id ? undone : c).ToList() });
            return undone;
        }
    }

    /// <summary>Writes a page's corrections as given (an import); corrections of that page already here are replaced.</summary>
    public void Replace(PageCorrections page)
    {
        var root = RequireRoot();
        Check(page.PageKey);
        lock (gate)
            Write(root, page);
    }

    public static PageCorrections Parse(string json) =>
        JsonSerializer.Deserialize<PageCorrections>(json, Json) is { PageKey: not null, Corrections: not null } page
            ? page
            : throw new InvalidDataException("A corrections file needs a pageKey and a corrections list.");

    public static string Serialize(PageCorrections page) => JsonSerializer.Serialize(page, Json);

    private static PageCorrections Read(string file)
    {
        try
        {
            return Parse(File.ReadAllText(file));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file} is not a corrections file: {e.Message}", e);
        }
    }

    private string FileOf(string pageKey) => System.IO.Path.Combine(Root!, pageKey + ".json");

    private string RequireRoot() => Root ?? throw new InvalidOperationException("No corrections folder is set (Archive:CorrectionsPath).");

    private static void Check(string pageKey)
    {
        if (!IsPageKey(pageKey))
            throw new ArgumentException($"'{pageKey}' is not a page key.", nameof(pageKey));
    }

    private void Write(string root, PageCorrections page)
    {
        Directory.CreateDirectory(root);
        var file = FileOf(page.PageKey);
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, Serialize(page));
        File.Move(temporary, file, overwrite: true);
    }
}
