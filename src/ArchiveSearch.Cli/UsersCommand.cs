using System.CommandLine;
using ArchiveSearch.Accounts;

namespace ArchiveSearch.Cli;

/// <summary>
/// <c>users add|list|remove</c>: the accounts file the service signs people in with (<c>Auth:UsersPath</c>). A password
/// is read from standard input when it is redirected, else asked for without echo, never taken from the command line.
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var path = new Option<FileInfo>("--users") { Description = "the accounts file (Auth:UsersPath)", DefaultValueFactory = _ => new FileInfo("users.json") };
        var name = new Argument<string>("NAME") { Description = "the account's name" };
        var role = new Option<string>("--role") { Description = "reader or archivist", DefaultValueFactory = _ => Roles.Reader };
        role.AcceptOnlyFromAmong([.. Roles.All]);

        var add = new Command("add", "Add an account, or set the role and password of an existing one") { name, role, path };
        add.SetAction(parse =>
        {
            var password = ReadPassword();
            if (password is null)
            {
                Console.Error.WriteLine("archivesearch users add: no password given");
                return 2;
            }

            try
            {
                var account = new AccountsFile(parse.GetValue(path)!.FullName).Set(parse.GetValue(name)!, parse.GetValue(role)!, password);
                Console.WriteLine($"{account.Name} ({account.Role}) saved in {parse.GetValue(path)!.FullName}");
                return 0;
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("archivesearch users add: " + e.Message.Split(" (Parameter")[0]);
                return 2;
            }
        });

        var list = new Command("list", "List the accounts and their roles") { path };
        list.SetAction(parse =>
        {
            foreach (var account in new AccountsFile(parse.GetValue(path)!.FullName).Load())
                Console.WriteLine($"{account.Name}\t{account.Role}");
            return 0;
        });

        var removedName = new Argument<string>("NAME") { Description = "the account's name" };
        var remove = new Command("remove", "Remove an account") { removedName, path };
        remove.SetAction(parse =>
        {
            var removed = new AccountsFile(parse.GetValue(path)!.FullName).Remove(parse.GetValue(removedName)!);
            Console.WriteLine(removed ? "removed" : "no such account");
            return removed ? 0 : 1;
        });

        return new Command("users", "Manage the accounts that may sign in") { add, list, remove };
    }

    /// <summary>The first line of redirected input, or a password typed at a prompt without echo.</summary>
    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
            return Console.In.ReadLine()?.TrimEnd('\r');
        Console.Error.Write("Password: ");
        var typed = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                    typed.Length--;
                continue;
            }

            typed.Append(key.KeyChar);
        }

        Console.Error.WriteLine();
        return typed.Length == 0 ? null : typed.ToString();
    }
}
