namespace ArchiveSearch.Analysis.Tests.SmartCn;

/// <summary>A fact that needs the Java smartcn jar; reported as skipped where it is not installed.</summary>
public sealed class JarFactAttribute : FactAttribute
{
    public JarFactAttribute()
    {
        if (!File.Exists(JavaJar.Path))
            Skip = $"{JavaJar.Path} is absent (Debian's liblucene4.10-java): the comparison with Java's tables runs only where it is installed";
    }
}
