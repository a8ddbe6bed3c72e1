using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Cli.Bench;

/// <summary>One kind of query the mix runs, with the queries of that kind; <see cref="Coverage"/> asks for earlier coverage of a hit instead of searching.</summary>
internal sealed record QueryShape(string Name, IReadOnlyList<SearchRequest> Requests, bool Coverage = false, bool JavaCanRun = false);
