namespace ArchiveSearch.Testing;

/// <summary>The repository's sample pages (<c>samples/</c>: page files and their sidecars), as tests put them in an inbox.</summary>
public static class SamplePages
{
    public static string Folder => Path.Combine(SharedFolder.RepositoryRoot, "samples");

    /// <summary>Copies every sample file, under its own name, into <paramref name="inbox"/> (created when missing).</summary>
    public static void CopyTo(string inbox)
    {
        Directory.CreateDirectory(inbox);
        foreach (var file in Directory.GetFiles(Folder))
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
    }
}
