namespace ArchiveSearch.Index.Papers;

/// <summary>One paper of the archive: the first and last day it covers, how many issues (days) and pages the index holds.</summary>
public sealed record PaperSummary(string Paper, string? First, string? Last, int Issues, int Pages, IReadOnlyList<int> Years);

/// <summary>
/// Every paper, in name order, and what the index holds without a paper's name (pages whose source is not known:
/// no sidecar and no path pattern naming it) or without a date.
/// </summary>
public sealed record PaperDirectoryAnswer(IReadOnlyList<PaperSummary> Papers, int ArticlesWithoutPaper, int ArticlesWithoutDate);

/// <summary>A day with an issue of a paper and how many of its pages the index holds.</summary>
public sealed record IssueDay(string Date, int Pages);

/// <summary>A paper's issues of one year, by day, with the years it has issues in (for moving between them).</summary>
public sealed record PaperYearAnswer(string Paper, int Year, IReadOnlyList<IssueDay> Issues, IReadOnlyList<int> Years);

/// <summary>One article of an issue page: its id, headline and kind.</summary>
public sealed record IssueArticle(string Id, string Title, string Kind, string Url);

/// <summary>One page of an issue, in page order, with its articles in page order.</summary>
public sealed record IssuePage(string Key, string? Page, string? Section, string Url, IReadOnlyList<IssueArticle> Articles);

/// <summary>A paper's issue of one day: its pages in page order.</summary>
public sealed record PaperIssueAnswer(string Paper, string Date, IReadOnlyList<IssuePage> Pages);
