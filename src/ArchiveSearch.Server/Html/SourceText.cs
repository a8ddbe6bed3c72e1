namespace ArchiveSearch.Server.Html;

/// <summary>
/// How a page whose source is not known is named: a page file without a sidecar (and no path pattern) has no paper
/// or date, and every place that shows an article's source says so rather than leaving a gap.
/// </summary>
public static class SourceText
{
    public const string NoPaper = "未注明报名";
    public const string NoDate = "未注明日期";
}
