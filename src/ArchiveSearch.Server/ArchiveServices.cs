using ArchiveSearch.Analysis.SmartCn;
using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Store;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Server.Configuration;
using ArchiveSearch.Server.Indexing;
using Microsoft.Extensions.Options;

namespace ArchiveSearch.Server;

/// <summary>Registers the archive's parts: options, analyzers, the index, search, and the indexing worker.</summary>
public static class ArchiveServices
{
    /// <summary>Configuration section of the SmartCN dictionaries' location (<c>SmartCn:JarPath</c>).</summary>
    public const string SmartCnSection = "SmartCn";

    private const string MissingJarMessage =
        "SmartCn:JarPath names no file: install the SmartCN dictionaries with 'apt-get install liblucene4.10-java' " +
        "(" + SmartCnDictionary.DefaultJarPath + ") or set SmartCn:JarPath to a lucene-analyzers-smartcn-4.10.4.jar.";

    public static IServiceCollection AddArchiveSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArchiveOptions>()
            .Bind(configuration.GetSection(ArchiveOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ArchiveOptions>, ArchiveOptionsValidator>();
        services.AddOptions<IndexIntegrityOptions>()
            .Bind(configuration.GetSection(ArchiveOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SimilarOptions>()
            .Bind(configuration.GetSection(SimilarOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<SmartCnOptions>()
            .Bind(configuration.GetSection(SmartCnSection))
            .Validate(o => File.Exists(o.JarPath), MissingJarMessage)
            .ValidateOnStart();

        // Before the core services, whose default resolver knows no path pattern.
        services.AddSingleton(sp => new PageMetadataResolver(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.PathPattern));
        services.AddSingleton(sp => new PageLimits(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.MaxPageBytes));
        services.AddArchiveCore(
            sp => sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.IndexPath,
            sp => sp.GetRequiredService<IOptions<SmartCnOptions>>().Value);
        services.AddSingleton<IndexWriteFailure>();
        services.AddSingleton<IndexingHealth>();
        services.AddHostedService<InboxIndexingWorker>();

        services.AddHealthChecks().AddCheck<IndexReadyHealthCheck>("index", tags: ["ready"]);
        return services;
    }
}
