using System.ComponentModel.DataAnnotations;

namespace ArchiveSearch.Index.Store;

/// <summary>Where the index lives on disk.</summary>
public sealed class IndexStoreOptions
{
    [Required(AllowEmptyStrings = false)]
    public string IndexPath { get; set; } = "index";
}
