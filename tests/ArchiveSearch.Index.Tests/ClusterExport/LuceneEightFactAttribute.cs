using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.ClusterExport;

/// <summary>
/// A fact that needs Java and the Lucene 8.8 jars (unpacked by ../shared/tools/peer-java8, or already in
/// /tmp/peer-java8-lib), and is reported as skipped, with the reason, where they are absent.
/// </summary>
public sealed class LuceneEightFactAttribute : FactAttribute
{
    public const string Jars = "/tmp/peer-java8-lib";

    public LuceneEightFactAttribute()
    {
        if (!OnPath("java") || !OnPath("javac"))
            Skip = "java and javac are not on the PATH: the Lucene 8.8 check of the cluster export runs only where they are";
        else if (!File.Exists(Path.Combine(Jars, "lucene-analyzers-common-8.7.0.jar"))
                 && (SharedFolder.Root is null || !File.Exists(Path.Combine(SharedFolder.Root, "tools", "peer-java8", "run.sh"))))
            Skip = "../shared/tools/peer-java8 is absent and no Lucene 8 jars are unpacked: the cluster export's Lucene 8.8 check runs only beside the team's shared folder";
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));
}
