namespace ArchiveSearch.Testing;

/// <summary>The kinds of damage a real index suffers on disk (a crash mid-write, a lost file, bad sectors), done to an index folder.</summary>
public static class IndexDamage
{
    public static readonly string[] Kinds = ["truncated segment file", "missing segments_N", "flipped bytes in the compound file", "flipped bytes in the segment info", "missing every commit file"];

    public static void Apply(string kind, string indexPath)
    {
        switch (kind)
        {
            case "truncated segment file":
                var largest = Largest(indexPath, "*");
                using (var stream = new FileStream(largest, FileMode.Open))
                    stream.SetLength(stream.Length / 2);
                break;
            case "missing segments_N":
                foreach (var commit in Directory.GetFiles(indexPath, "segments_*"))
                    File.Delete(commit);
                break;
            case "missing every commit file":
                // segments_N and segments.gen both gone: segment files with nothing naming them.
                foreach (var commit in Directory.GetFiles(indexPath, "segments*"))
                    File.Delete(commit);
                break;
            case "flipped bytes in the compound file":
                FlipMiddleBytes(Largest(indexPath, "*.cfs"));
                break;
            case "flipped bytes in the segment info":
                FlipMiddleBytes(Largest(indexPath, "*.si"));
                break;
            default:
                throw new ArgumentException($"unknown damage '{kind}'", nameof(kind));
        }
    }

    /// <summary>Inverts 8 bytes in the middle of the file, leaving its length as it was.</summary>
    private static void FlipMiddleBytes(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var start = bytes.Length / 2 - 4;
        for (var i = start; i < start + 8; i++)
            bytes[i] = (byte)~bytes[i];
        File.WriteAllBytes(file, bytes);
    }

    private static string Largest(string indexPath, string pattern) =>
        new DirectoryInfo(indexPath).GetFiles(pattern).Where(f => f.Name.StartsWith('_')).OrderByDescending(f => f.Length).First().FullName;
}
