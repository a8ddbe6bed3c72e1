using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>
/// The project's sample pages, plus a follow-up page written here, indexed once for a test class: the follow-up
/// (a later report on the Qingshi county library) gives one story coverage on two dates.
/// </summary>
public sealed class SampleArchive : IDisposable
{
    private readonly DirectoryInfo inbox = Directory.CreateTempSubdirectory("archivesearch-samples-");

    public SampleArchive()
    {
        SamplePages.CopyTo(inbox.FullName);
        File.WriteAllText(Path.Combine(inbox.FullName, "jiangcheng-2024-06-20-03.txt"), FollowUpPage);
        File.WriteAllText(Path.Combine(inbox.FullName, "jiangcheng-2024-06-20-03.json"), """{"paper": "江城日报", "date": "2024-06-20", "page": "3", "section": "文化"}""");
        Archive = new IndexedArchive(inbox.FullName);
    }

    public IndexedArchive Archive { get; }

    public const string FollowUpTitle = "青石县图书馆夜间开放延至每天";

    private const string FollowUpPage = """
        青石县图书馆夜间开放延至每天

        本报讯 记者周明远报道 青石县图书馆夜间开放试行三个月后，从本周起改为每天开放到晚上十点。馆长孙海燕说，试行期间夜间读者超过一万五千人次，古籍修复体验区和亲子阅读角最受欢迎，周六的读书沙龙也将继续举办。柳林镇和石门镇的两座二十四小时自助图书馆已经开工。
        """;

    public void Dispose()
    {
        Archive.Dispose();
        inbox.Delete(recursive: true);
    }
}
