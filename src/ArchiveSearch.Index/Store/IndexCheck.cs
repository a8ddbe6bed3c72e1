using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSearch.Index.Store;

/// <summary>
/// Checks an index folder without changing it. Every file of a Lucene 4.8 index ends with a CRC-32 of its
/// bytes, so reading each file the last commit names against its checksum finds truncated files and flipped
/// bytes anywhere, including in parts that a reader would only touch for some queries.
/// </summary>
public static class IndexCheck
{
    private const string SegmentsGen = "segments.gen";

    public static IndexCheckResult Run(string path, IndexCheckDepth depth)
    {
        if (!System.IO.Directory.Exists(path))
            return new IndexCheckResult(IndexCondition.Empty);
        using var directory = FSDirectory.Open(path);
        var names = directory.ListAll();
        if (!names.Any(IsIndexFile))
            return new IndexCheckResult(IndexCondition.Empty);
        if (SegmentInfos.GetLastCommitGeneration(names) < 0)
        {
            // A new index is committed empty as soon as it is opened, so segment files never stand without a commit
            // unless segments_N (and segments.gen) were lost.
            return Damaged(names.Contains(SegmentsGen, StringComparer.Ordinal)
                ? "its commit point segments_N is missing"
                : $"it holds {names.Count(IsIndexFile)} segment files but no commit (segments_N and segments.gen are missing)");
        }

        SegmentInfos commit;
        try
        {
            commit = new SegmentInfos();
            commit.Read(directory);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Damaged($"its commit point cannot be read: {OneLine(e)}");
        }

        var files = commit.GetFiles(directory, includeSegmentsFile: true).Order(StringComparer.Ordinal).ToList();
        // Files on every core at once, largest first, so the last one to finish is a small one.
        var problems = new string?[files.Count];
        var bySize = Enumerable.Range(0, files.Count).OrderByDescending(i => SafeLength(path, files[i])).ToList();
        Parallel.ForEach(bySize, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try
            {
                problems[i] = FileChecksum.Problem(System.IO.Path.Combine(path, files[i]));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problems[i] = OneLine(e);
            }
        });
        for (var i = 0; i < files.Count; i++)
        {
            if (problems[i] is { } failure)
                return Damaged($"{files[i]} failed its checksum: {failure}");
        }

        try
        {
            using var reader = DirectoryReader.Open(directory);
            _ = reader.NumDocs;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Damaged($"it cannot be opened: {OneLine(e)}");
        }

        if (depth == IndexCheckDepth.Full && FullCheckProblem(directory) is { } problem)
            return Damaged(problem);
        return new IndexCheckResult(IndexCondition.Sound, Segments: commit.Count, Files: files.Count);
    }

    private static long SafeLength(string folder, string file)
    {
        var info = new FileInfo(System.IO.Path.Combine(folder, file));
        return info.Exists ? info.Length : 0;
    }

    private static string? FullCheckProblem(LuceneDirectory directory)
    {
        try
        {
            var status = new CheckIndex(directory) { InfoStream = null }.DoCheckIndex();
            if (status.Clean)
                return null;
            if (status.MissingSegments)
                return "CheckIndex found no readable commit";
            return $"CheckIndex found {status.NumBadSegments} of {status.NumSegments} segments broken ({status.TotLoseDocCount} documents affected)";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"CheckIndex failed: {OneLine(e)}";
        }
    }

    /// <summary>Lucene's own files: segment files (<c>_0.cfs</c>, …) and commit points.</summary>
    private static bool IsIndexFile(string name) =>
        name.StartsWith('_') || name.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal);

    private static IndexCheckResult Damaged(string problem) => new(IndexCondition.Damaged, problem);

    private static string OneLine(Exception e) => string.Join(' ', $"{e.GetType().Name}: {e.Message}".Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
