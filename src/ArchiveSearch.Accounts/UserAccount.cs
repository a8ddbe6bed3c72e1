namespace ArchiveSearch.Accounts;

/// <summary>One account of the accounts file: its name, its role and its password as ASP.NET Core Identity hashes it.</summary>
public sealed record UserAccount(string Name, string Role, string PasswordHash);
