using System.Text;
using ArchiveSearch.Archive.Pages;

namespace ArchiveSearch.Archive.Tests.Pages;

/// <summary>A page over the size limit is refused with the reason, without being read into memory.</summary>
public sealed class PageLimitsTests : IDisposable
{
    private readonly string file = Path.GetTempFileName();

    [Fact]
    public void A_page_within_the_limit_is_read()
    {
        File.WriteAllText(file, "本报讯 鞍山市签约亿元以上项目。", new UTF8Encoding(false));

        var result = PageTextReader.Read(file, maxBytes: 1024);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public void A_page_over_the_limit_is_refused_with_its_size_and_the_setting_to_change()
    {
        File.WriteAllBytes(file, new byte[2048]);

        var result = PageTextReader.Read(file, maxBytes: 1024);

        Assert.False(result.Succeeded);
        Assert.Contains("2,048 bytes, over the page size limit of 1,024 bytes (Archive:MaxPageBytes)", result.Failure);
    }

    [Fact]
    public void A_very_large_page_is_refused_without_reading_it_into_memory()
    {
        using (var stream = new FileStream(file, FileMode.Create))
            stream.SetLength(4L * 1024 * 1024 * 1024); // sparse: 4 GB long, no blocks written

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = PageTextReader.Read(file);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.False(result.Succeeded);
        Assert.Contains("over the page size limit of 8,388,608 bytes", result.Failure);
        Assert.True(allocated < 256 * 1024, $"allocated {allocated:N0} bytes");
    }

    public void Dispose() => File.Delete(file);
}
