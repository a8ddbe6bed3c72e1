using ArchiveSearch.Analysis.SmartCn;
using ArchiveSearch.Index.Store;
using Microsoft.Extensions.Options;

namespace ArchiveSearch.Server;

/// <summary>
/// The exceptions that mean the service cannot start as configured (a bad setting, missing dictionaries, a damaged
/// index it was told not to rebuild, an index another process is writing): said in one line with exit code 1, not logged as a crash with a stack trace.
/// </summary>
public static class StartupRefusal
{
    public static bool Is(Exception e) => e is OptionsValidationException or SmartCnDictionaryException or DamagedIndexException or IndexLockedException
        || IsUnreadableSetting(e);

    /// <summary>A value the configuration binder cannot convert (a mode that is not one of its names, a number that is not one); its message names the setting.</summary>
    private static bool IsUnreadableSetting(Exception e) =>
        e is InvalidOperationException && e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal);
}
