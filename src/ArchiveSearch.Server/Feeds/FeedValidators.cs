using System.Security.Cryptography;
using System.Text;
using ArchiveSearch.Index.Store;
using Lucene.Net.Index;

namespace ArchiveSearch.Server.Feeds;

/// <summary>
/// The validators of a feed answer, known without running its search: the ETag hashes the version of the index
/// reader that searches see (it changes with every change made visible), the feed's canonical address and this
/// process's start (an index reopened after a crash can reach a version number again with other content);
/// Last-Modified is when this process first saw that version. A poll while nothing changed is answered 304.
/// </summary>
public sealed class FeedValidators(ArchiveIndex index)
{
    private readonly string instance = Guid.NewGuid().ToString("n");
    private readonly Lock gate = new();
    private long seenVersion = -1;
    private DateTimeOffset seenSince;

    public (string ETag, DateTimeOffset LastModified) For(string canonicalAddress)
    {
        var version = index.Read(searcher => searcher.IndexReader is DirectoryReader directory ? directory.Version : searcher.IndexReader.GetHashCode());
        DateTimeOffset since;
        lock (gate)
        {
            if (version != seenVersion)
            {
                seenVersion = version;
                // HTTP dates have whole seconds.
                var now = DateTimeOffset.UtcNow;
                seenSince = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
            }

            since = seenSince;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{instance}\n{version}\n{canonicalAddress}"));
        return ($"\"{Convert.ToHexStringLower(hash, 0, 16)}\"", since);
    }
}
