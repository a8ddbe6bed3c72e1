using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArchiveSearch.Index.ClusterExport;

/// <summary>
/// How far an export into a folder has come, saved after each finished bulk file: a rerun goes on after
/// <see cref="LastId"/> with file <see cref="Files"/> + 1. <see cref="IndexVersion"/> names the index as it was when
/// the export began, so a rerun over a changed index is noticed instead of mixing two states of the archive.
/// </summary>
public sealed record ExportState(string IndexVersion, int Files, long Items, string? LastId, bool Complete)
{
    public const string FileName = "export-state.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static ExportState Start(string indexVersion) => new(indexVersion, 0, 0, null, false);

    /// <summary>The state saved in the folder, null when there is none; a state file that cannot be read is an error that says so.</summary>
    public static ExportState? Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            return JsonSerializer.Deserialize<ExportState>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException("it is empty");
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new ExportRefusedException($"the export state {path} cannot be read ({e.Message}); remove the folder's files or rerun with --restart");
        }
    }

    /// <summary>Written beside and renamed over the old state, so a crash leaves the old state or the new one, never half of one.</summary>
    public void Save(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            JsonSerializer.Serialize(stream, this, Options);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
