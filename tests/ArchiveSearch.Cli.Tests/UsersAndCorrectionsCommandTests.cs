using System.Text.Json;
using ArchiveSearch.Accounts;
using ArchiveSearch.Archive.Corrections;

namespace ArchiveSearch.Cli.Tests;

/// <summary><c>users add</c> stores a hashed password read from standard input; <c>corrections export</c> and <c>import</c> move a folder's corrections whole.</summary>
public sealed class UsersAndCorrectionsCommandTests : IDisposable
{
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-cli-users", Guid.NewGuid().ToString("n"))).FullName;

    [Fact]
    public void Users_add_reads_the_password_from_standard_input_and_stores_only_its_hash()
    {
        var users = Path.Combine(root, "users.json");

        var (exit, _, error) = CliProcess.RunWithInput("secret password 1\n", "users", "add", "alice", "--role", "archivist", "--users", users);

        Assert.True(exit == 0, error);
        var file = File.ReadAllText(users);
        Assert.DoesNotContain("secret password 1", file);
        var accounts = new AccountsFile(users);
        Assert.Equal(Roles.Archivist, accounts.Verify("alice", "secret password 1")!.Role);
        Assert.Null(accounts.Verify("alice", "secret password 2"));
    }

    [Fact]
    public void Users_add_refuses_an_unknown_role_and_a_short_password()
    {
        var users = Path.Combine(root, "users.json");

        Assert.NotEqual(0, CliProcess.RunWithInput("secret password\n", "users", "add", "bob", "--role", "admin", "--users", users).Exit);
        Assert.NotEqual(0, CliProcess.RunWithInput("short\n", "users", "add", "bob", "--role", "reader", "--users", users).Exit);
        Assert.False(File.Exists(users));
    }

    [Fact]
    public void Corrections_exported_from_one_folder_and_imported_into_another_are_the_same_and_an_import_leaves_corrected_pages_alone()
    {
        var from = new CorrectionStore(Path.Combine(root, "from"));
        var correction = new Correction { Kind = CorrectionKind.Merge, By = "alice", At = DateTimeOffset.UtcNow, ContentHash = "abc", Why = "续篇" };
        from.Add("0123456789abcdef", "a.txt", correction);
        from.Add("fedcba9876543210", "b.txt", correction with { Kind = CorrectionKind.Page, Paper = "江城日报" });
        var export = Path.Combine(root, "export.json");

        Assert.Equal(0, CliProcess.Run("corrections", "export", export, "--corrections", from.Root!).Exit);
        var to = new CorrectionStore(Path.Combine(root, "to"));
        to.Add("0123456789abcdef", "a.txt", correction with { Why = "here already" });
        var (exit, output, error) = CliProcess.Run("corrections", "import", export, "--corrections", to.Root!);

        Assert.True(exit == 0, error);
        Assert.Contains("1 pages imported, 1 already corrected here", output);
        Assert.Equal("here already", to.Find("0123456789abcdef")!.Corrections.Single().Why);
        Assert.Equal(JsonSerializer.Serialize(from.Find("fedcba9876543210")), JsonSerializer.Serialize(to.Find("fedcba9876543210")));
        var listed = CliProcess.Run("corrections", "list", "--corrections", to.Root!).Out;
        Assert.Contains("fedcba9876543210\t#1\tpage\talice", listed);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
