using System.Text;
using ArchiveSearch.Server.Html;

namespace ArchiveSearch.Server.Auth;

/// <summary>The sign-in form, with its antiforgery token and where to go back to.</summary>
public static class SignInView
{
    public static string Render(string token, string returnUrl, string? problem, string? user)
    {
        var html = new StringBuilder();
        html.Append("<h1 tabindex=\"-1\">登录</h1>\n");
        if (user is not null)
            html.Append("<p class=\"meta signed-in\">已登录：").Append(HtmlText.Escape(user)).Append("</p>\n");
        if (problem is not null)
            html.Append("<p class=\"notice\" role=\"alert\">").Append(HtmlText.Escape(problem)).Append("</p>\n");
        html.Append("<form class=\"signin\" method=\"post\" action=\"/signin\">\n")
            .Append(Hidden("__RequestVerificationToken", token)).Append(Hidden("returnUrl", returnUrl))
            .Append("<label>用户名 <input name=\"name\" autocomplete=\"username\" required maxlength=\"64\"></label>\n")
            .Append("<label>密码 <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>\n")
            .Append("<button type=\"submit\">登录</button>\n</form>\n");
        return html.ToString();
    }

    public static string Hidden(string name, string value) =>
        $"<input type=\"hidden\" name=\"{HtmlText.Escape(name)}\" value=\"{HtmlText.Escape(value)}\">\n";
}
