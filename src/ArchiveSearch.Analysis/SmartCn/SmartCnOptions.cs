namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>Where the SmartCN dictionaries come from.</summary>
public sealed class SmartCnOptions
{
    /// <summary>Path of Lucene 4.10.4's smartcn jar; defaults to the Debian location.</summary>
    public string JarPath { get; set; } = SmartCnDictionary.DefaultJarPath;
}
