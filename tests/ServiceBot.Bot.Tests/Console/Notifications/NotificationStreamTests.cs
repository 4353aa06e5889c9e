using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Notifications;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Console.Notifications;

/// <summary>The live unread count: server-sent events with the count at once and again when a notification arrives in the database.</summary>
public sealed class NotificationStreamTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    /// <remarks>应急管理局 has no demo cases, so nothing but this test writes to its head's inbox.</remarks>
    [Fact]
    public async Task Stream_SendsTheUnreadCount_AndTheNewCountAfterANotificationIsWritten()
    {
        using var browser = await ConsoleBrowser.SignInAsync(app, "head-yjj");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await browser.Client.GetAsync(new Uri("/console/notifications/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var first = await NextCountAsync(reader, timeout.Token);

        var me = await UserIdAsync(browser);
        await AddNotificationAsync(me);
        app.Clock.Advance(TimeSpan.FromSeconds(6));
        var second = await NextCountAsync(reader, timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(first + 1, second);
    }

    [Fact]
    public async Task Stream_RequiresAStaffSignIn()
    {
        using var anonymous = ConsoleBrowser.Anonymous(app);

        var response = await anonymous.GetAsync("/console/notifications/stream");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<int> NextCountAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line == "event: unread")
            {
                var data = await reader.ReadLineAsync(cancellationToken);
                return int.Parse(data!["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("The stream ended.");
    }

    private async Task<string> UserIdAsync(ConsoleBrowser browser)
    {
        var me = await app.LoginAsync("head-yjj");
        var json = await (await me.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).OkJsonAsync();
        Assert.NotNull(browser);
        return json.GetProperty("id").GetString()!;
    }

    private async Task AddNotificationAsync(string recipient)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        db.Notifications.Add(new InboxNotification(Guid.NewGuid(), recipient, "CaseDispatched", "新交办诉求", "请及时签收。", null, app.Clock.GetUtcNow()));
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
