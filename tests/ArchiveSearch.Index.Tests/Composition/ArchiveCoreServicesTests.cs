using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Index.Composition;
using Microsoft.Extensions.DependencyInjection;

namespace ArchiveSearch.Index.Tests.Composition;

public sealed class ArchiveCoreServicesTests
{
    private static readonly string Corrections = Path.Combine(Path.GetTempPath(), "archive-core-corrections");

    [Fact]
    public void The_corrections_store_is_the_folder_the_settings_name()
    {
        using var services = new ServiceCollection()
            .AddLogging()
            .AddArchiveCore(_ => new ArchiveCoreSettings("index") { CorrectionsPath = Corrections })
            .BuildServiceProvider();

        Assert.Equal(Path.GetFullPath(Corrections), services.GetRequiredService<CorrectionStore>().Root);
    }

    [Fact]
    public void Without_a_corrections_folder_the_store_corrects_nothing()
    {
        using var services = new ServiceCollection()
            .AddLogging()
            .AddArchiveCore(_ => new ArchiveCoreSettings("index"))
            .BuildServiceProvider();

        Assert.False(services.GetRequiredService<CorrectionStore>().Enabled);
    }

    // A host's own registrations before or after the core's change none of the core's parts: each is registered
    // once, from the settings, with no default that an earlier registration could displace.
    [Fact]
    public void The_core_registers_each_part_once_and_the_same_parts_whatever_the_host_registered_before_it()
    {
        var alone = new ServiceCollection().AddArchiveCore(_ => new ArchiveCoreSettings("index"));
        var afterHost = new ServiceCollection();
        afterHost.AddSingleton(new CorrectionStore(Corrections));
        afterHost.AddArchiveCore(_ => new ArchiveCoreSettings("index") { CorrectionsPath = Corrections });

        var registeredByCore = alone.Select(d => d.ServiceType).ToList();
        Assert.Equal(registeredByCore.Count, registeredByCore.Distinct().Count());
        Assert.Equal(alone.Count + 1, afterHost.Count);
    }
}
