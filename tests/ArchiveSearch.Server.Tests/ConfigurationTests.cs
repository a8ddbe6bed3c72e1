using Microsoft.Extensions.Options;

namespace ArchiveSearch.Server.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task A_missing_inbox_stops_start_up_with_a_message_naming_the_setting()
    {
        await using var host = ArchiveHost.InTempFolder();
        var missing = Path.Combine(host.Root, "no-such-folder");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(new Dictionary<string, string?> { ["Archive:InboxPath"] = missing }));

        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException a ? a.InnerException : error);
        Assert.Contains("Archive:InboxPath", validation.Message);
        Assert.Contains(missing, validation.Message);
    }

    [Fact]
    public async Task A_missing_dictionary_jar_stops_start_up_with_what_to_install()
    {
        await using var host = ArchiveHost.InTempFolder();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(new Dictionary<string, string?> { ["SmartCn:JarPath"] = "/nowhere/smartcn.jar" }));

        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException a ? a.InnerException : error);
        Assert.Contains("apt-get install liblucene4.10-java", validation.Message);
        Assert.Contains("SmartCn:JarPath", validation.Message);
    }
}
