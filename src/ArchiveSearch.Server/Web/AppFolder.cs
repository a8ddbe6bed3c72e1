namespace ArchiveSearch.Server.Web;

/// <summary>
/// The folder the application runs from, where its build or publish output puts its settings (appsettings.json)
/// and the search page (wwwroot): found there whatever the working directory.
/// </summary>
public static class AppFolder
{
    public static string Path { get; } = AppContext.BaseDirectory;

    public static string WebRoot { get; } = System.IO.Path.Combine(Path, "wwwroot");
}
