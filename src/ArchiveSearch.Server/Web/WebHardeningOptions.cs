using System.ComponentModel.DataAnnotations;

namespace ArchiveSearch.Server.Web;

/// <summary>The <c>Web</c> configuration section: the security headers every response carries and the URL length limit.</summary>
public sealed class WebHardeningOptions
{
    public const string Section = "Web";

    /// <summary>
    /// The Content-Security-Policy of every response: scripts, styles, fonts, images and fetches from this origin
    /// only (no inline script or style, no eval), no plugins, no framing by any page, forms submitted here only.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The policy under <see cref="ApiDocsPath"/>: the third-party API page sets inline styles and draws icons from
    /// data: URLs; scripts stay same-origin only.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ApiDocsContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Path prefix of the page that renders the OpenAPI description.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ApiDocsPath { get; set; } = "/api-docs";

    /// <summary>No referrer: a query in the address (what an archivist searched for) never leaves with a link.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ReferrerPolicy { get; set; } = "no-referrer";

    /// <summary>
    /// Longest request target (path and query) the service answers; a longer one is a 414 problem. Generous for
    /// typed queries (a query of 1,000 Chinese characters is about 9,000 once percent-encoded); drafts go in POST bodies.
    /// </summary>
    [Range(1024, MaxRequestLine)]
    public int MaxUrlLength { get; set; } = 16 * 1024;

    /// <summary>
    /// The server's own request-line limit, above <see cref="MaxUrlLength"/> so that the service, not the server,
    /// answers every too-long URL below it with a problem; beyond it the server answers a bare 414.
    /// </summary>
    public const int MaxRequestLine = 64 * 1024;
}
