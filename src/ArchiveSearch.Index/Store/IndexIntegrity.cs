using System.Globalization;
using ArchiveSearch.Index.Health;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Store;

/// <summary>
/// Checks the index before it is opened. A damaged index is never served: by default it is moved aside and a
/// new one is built from the inbox (the page files are the source of truth), said in the log and as an
/// operator warning; with <c>Archive:OnDamagedIndex=refuse</c> start-up stops instead, leaving it untouched.
/// The warning stays until the operator deletes the damaged copy (having looked at the disk that damaged it).
/// </summary>
public sealed class IndexIntegrity(IndexIntegrityOptions settings, OperatorWarnings warnings, ILogger<IndexIntegrity> logger)
{
    public const string RebuiltWarning = "index-rebuilt";

    private (string Problem, string Aside)? rebuild;

    /// <summary>Leaves a sound, empty or rebuilt-to-be-empty index folder at <paramref name="path"/>, or throws <see cref="DamagedIndexException"/>.</summary>
    public void Ensure(string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = IndexCheck.Run(path, settings.CheckIndexOnStart);
        switch (result.Condition)
        {
            case IndexCondition.Sound:
                logger.LogInformation("Index {IndexPath} passed the {Depth} check: {Files} files in {Segments} segments, {Elapsed} ms",
                    path, settings.CheckIndexOnStart, result.Files, result.Segments, clock.ElapsedMilliseconds);
                return;
            case IndexCondition.Damaged when settings.OnDamagedIndex == DamagedIndexAction.Refuse:
                throw new DamagedIndexException(
                    $"the index at {path} is damaged ({result.Problem}). Archive:OnDamagedIndex=refuse leaves it untouched: restore it from a backup, " +
                    "or start with Archive:OnDamagedIndex=rebuild to rebuild it from the inbox.");
            case IndexCondition.Damaged:
                var aside = SetAside(path, result.Problem!);
                logger.LogError("The index at {IndexPath} is damaged ({Problem}); moved it to {DamagedCopy} and rebuilding it from the inbox",
                    path, result.Problem, aside);
                rebuild = (result.Problem!, aside);
                warnings.Raise(RebuiltWarning,
                    $"The index was damaged ({result.Problem}) and is being rebuilt from the inbox since {Now()}; " +
                    $"until the first scan has finished, searches miss pages. The damaged copy is kept at {aside}; check the disk, then delete it.");
                return;
        }
    }

    /// <summary>After a scan that went through: says the rebuild is done, and clears the warning once the damaged copy is deleted.</summary>
    public void Review()
    {
        if (rebuild is not { } done)
            return;
        if (!Path.Exists(done.Aside))
        {
            warnings.Clear(RebuiltWarning);
            rebuild = null;
        }
        else if (warnings.Current().FirstOrDefault(w => w.Key == RebuiltWarning) is { } raised && raised.Sentence.Contains("is being rebuilt", StringComparison.Ordinal))
        {
            warnings.Raise(RebuiltWarning,
                $"The index was damaged ({done.Problem}) and was rebuilt from the inbox (done {Now()}). " +
                $"The damaged copy is kept at {done.Aside}; check the disk, then delete it to clear this warning.");
        }
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture);

    /// <summary>Moves the damaged folder to a sibling <c>NAME.damaged-TIME</c> (its files one by one when the folder itself cannot move) and leaves an empty folder.</summary>
    private static string SetAside(string path, string problem)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var aside = $"{full}.damaged-{DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";
        for (var n = 2; Path.Exists(aside); n++)
            aside = $"{full}.damaged-{DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-{n}";
        try
        {
            Directory.Move(full, aside);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A mount point cannot be renamed; its contents can.
            try
            {
                Directory.CreateDirectory(aside);
                foreach (var file in Directory.EnumerateFiles(full))
                    File.Move(file, Path.Combine(aside, Path.GetFileName(file)));
            }
            catch (Exception inner) when (inner is IOException or UnauthorizedAccessException)
            {
                throw new DamagedIndexException(
                    $"the index at {full} is damaged ({problem}) and cannot be moved aside to {aside} ({inner.Message}); move or delete it, then start again.");
            }
        }

        Directory.CreateDirectory(full);
        return aside;
    }
}
