using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;

namespace ArchiveSearch.Accounts;

/// <summary>
/// The accounts file: JSON (<c>{"users":[{"name","role","passwordHash"}]}</c>), passwords hashed with ASP.NET Core
/// Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2 with a salt per password), never stored as typed.
/// It is read again whenever it changed on disk, so an account added while the service runs can sign in at once.
/// </summary>
public sealed class AccountsFile(string path)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly PasswordHasher<UserAccount> hasher = new();
    private readonly object gate = new();
    private (DateTime Written, IReadOnlyList<UserAccount> Accounts)? cached;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The accounts in the file; none when it does not exist.</summary>
    public IReadOnlyList<UserAccount> Load()
    {
        lock (gate)
        {
            if (!File.Exists(Path))
                return [];
            var written = File.GetLastWriteTimeUtc(Path);
            if (cached is { } c && c.Written == written)
                return c.Accounts;
            var content = JsonSerializer.Deserialize<Content>(File.ReadAllText(Path), Json)
                          ?? throw new InvalidDataException($"{Path} holds no accounts object.");
            var accounts = (content.Users ?? []).ToList();
            foreach (var account in accounts)
            {
                if (string.IsNullOrWhiteSpace(account.Name) || !Roles.IsKnown(account.Role) || string.IsNullOrEmpty(account.PasswordHash))
                    throw new InvalidDataException($"{Path}: the account '{account.Name}' needs a name, a role ({string.Join(", ", Roles.All)}) and a password hash.");
            }

            cached = (written, accounts);
            return accounts;
        }
    }

    /// <summary>Adds the account, or replaces the role and password of an account of that name.</summary>
    public UserAccount Set(string name, string role, string password)
    {
        if (!IsValidName(name))
            throw new ArgumentException("A name is 1 to 64 letters, digits, '.', '_', '-' or '@'.", nameof(name));
        if (!Roles.IsKnown(role))
            throw new ArgumentException($"The role is one of {string.Join(", ", Roles.All)}.", nameof(role));
        if (password.Length < MinPasswordLength)
            throw new ArgumentException($"A password has at least {MinPasswordLength} characters.", nameof(password));
        lock (gate)
        {
            var account = new UserAccount(name, role, "");
            account = account with { PasswordHash = hasher.HashPassword(account, password) };
            var accounts = Load().Where(a => !string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)).Append(account).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
            Save(accounts);
            return account;
        }
    }

    /// <summary>Removes the account; false when there was none of that name.</summary>
    public bool Remove(string name)
    {
        lock (gate)
        {
            var accounts = Load().ToList();
            var removed = accounts.RemoveAll(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
            if (removed > 0)
                Save(accounts);
            return removed > 0;
        }
    }

    /// <summary>The account when the password is its own; null otherwise (an unknown name costs a hash too, so timing does not tell names apart).</summary>
    public UserAccount? Verify(string name, string password)
    {
        var account = Load().FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        if (account is null)
        {
            hasher.VerifyHashedPassword(Decoy, Decoy.PasswordHash, password);
            return null;
        }

        return hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed ? null : account;
    }

    public const int MinPasswordLength = 8;

    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@');

    private static readonly UserAccount Decoy = new("", Roles.Reader, new PasswordHasher<UserAccount>().HashPassword(new UserAccount("", Roles.Reader, ""), Guid.NewGuid().ToString()));

    private void Save(IReadOnlyList<UserAccount> accounts)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new Content { Users = accounts.ToList() }, Json));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temporary, Path, overwrite: true);
        cached = null;
    }

    private sealed class Content
    {
        public List<UserAccount>? Users { get; set; }
    }
}
