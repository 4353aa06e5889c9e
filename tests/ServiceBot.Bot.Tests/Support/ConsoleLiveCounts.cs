using System.Globalization;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>
/// <c>/console/notifications/stream</c> as a signed-in user's page reads it: the counts it sends, one event at a time,
/// within 30 seconds in all.
/// </summary>
public sealed class ConsoleLiveCounts : IDisposable
{
    private readonly ConsoleBrowser _browser;
    private readonly CancellationTokenSource _timeout;
    private readonly StreamReader _reader;

    private ConsoleLiveCounts(ConsoleBrowser browser, CancellationTokenSource timeout, HttpResponseMessage response, StreamReader reader)
    {
        _browser = browser;
        _timeout = timeout;
        Response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response { get; }

    /// <summary>The names of the events read so far, in order.</summary>
    public List<string> Seen { get; } = [];

    public static async Task<ConsoleLiveCounts> OpenAsync(ServiceBotApp app, string userName)
    {
        var browser = await ConsoleBrowser.SignInAsync(app, userName);
        var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var response = await browser.Client.GetAsync(new Uri("/console/notifications/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        return new ConsoleLiveCounts(browser, timeout, response, reader);
    }

    /// <summary>Reads up to the next event called <paramref name="name"/> and returns its count.</summary>
    public async Task<int> NextCountAsync(string name)
    {
        while (await _reader.ReadLineAsync(_timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                Seen.Add(line["event: ".Length..]);
            }

            if (line == "event: " + name)
            {
                var data = await _reader.ReadLineAsync(_timeout.Token);
                return int.Parse(data!["data: ".Length..], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("The stream ended.");
    }

    public void Dispose()
    {
        _reader.Dispose();
        Response.Dispose();
        _timeout.Dispose();
        _browser.Dispose();
    }
}
