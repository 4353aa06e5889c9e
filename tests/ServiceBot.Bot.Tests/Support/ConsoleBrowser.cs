using System.Net;
using System.Text.RegularExpressions;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>
/// A browser on the staff console: signs in through the login form (cookie), reads the antiforgery token from the
/// pages it loads, and posts forms with it, without following redirects.
/// </summary>
public sealed partial class ConsoleBrowser(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public static async Task<ConsoleBrowser> SignInAsync(ServiceBotApp app, string userName, string password = ServiceBotApp.Password)
    {
        ArgumentNullException.ThrowIfNull(app);
        var browser = new ConsoleBrowser(app.Browser());
        var response = await browser.LoginAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {userName} answered {(int)response.StatusCode}.");
        return browser;
    }

    public static ConsoleBrowser Anonymous(ServiceBotApp app) => new((app ?? throw new ArgumentNullException(nameof(app))).Browser());

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password)
    {
        var token = await TokenAsync("/console/login");
        return await client.PostAsync("/console/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = userName,
            ["password"] = password,
            ["__csrf"] = token,
        }));
    }

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Posts a form as the page at <paramref name="path"/> would, with a token read from <paramref name="tokenFrom"/> (the page itself by default).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var token = await TokenAsync(tokenFrom ?? path.Split('?')[0]);
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields.Append(new("__csrf", token))));
    }

    /// <summary>The antiforgery token of a page the browser may load (every signed-in page carries one in its sign-out form).</summary>
    public async Task<string> TokenAsync(string path)
    {
        var html = await (await client.GetAsync(new Uri(path, UriKind.Relative))).Content.ReadAsStringAsync();
        var match = TokenField().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : string.Empty;
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
