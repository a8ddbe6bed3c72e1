using System.Text.Json;
using System.Text.Json.Serialization;
using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Server.Endpoints;

/// <summary>
/// The answers written on every search and coverage request, with their JSON writers generated at build time: each
/// answer is written straight from its properties, without the reflection-built metadata and per-property
/// converter calls of the default serializer. The names and order are the default's (web defaults: camelCase).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(CoverageResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
