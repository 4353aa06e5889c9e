using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Notifications;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Console.Notifications;

/// <summary>
/// The live counts: server-sent events with the unread count (and, for the coordinator's office, the number of
/// conversations waiting for a person) at once and again when it changes in the database.
/// </summary>
public sealed class NotificationStreamTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    /// <remarks>应急管理局 has no demo cases, so nothing but this test writes to its head's inbox.</remarks>
    [Fact]
    public async Task Stream_SendsTheUnreadCount_AndTheNewCountAfterANotificationIsWritten()
    {
        using var stream = await ConsoleLiveCounts.OpenAsync(app, "head-yjj");
        var first = await stream.NextCountAsync("unread");

        await AddNotificationAsync(await UserIdAsync("head-yjj"));
        app.Clock.Advance(TimeSpan.FromSeconds(6));
        var second = await stream.NextCountAsync("unread");

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(first + 1, second);
    }

    [Fact]
    public async Task Stream_SendsTheOfficeTheNumberOfWaitingHandoffs_AndTheNewNumberWhenSomeoneAsks()
    {
        using var stream = await ConsoleLiveCounts.OpenAsync(app, "dispatcher");
        var first = await stream.NextCountAsync("handoffs");

        await new HandoffSetup(app).WaitingAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(6));
        var second = await stream.NextCountAsync("handoffs");

        Assert.Equal(first + 1, second);
    }

    [Fact]
    public async Task Stream_SendsNoHandoffCount_ToBureauStaff()
    {
        using var stream = await ConsoleLiveCounts.OpenAsync(app, "staff-yjj");
        await stream.NextCountAsync("unread");

        await new HandoffSetup(app).WaitingAsync();
        await AddNotificationAsync(await UserIdAsync("staff-yjj"));
        app.Clock.Advance(TimeSpan.FromSeconds(6));
        await stream.NextCountAsync("unread");

        Assert.Equal(["unread", "unread"], stream.Seen);
    }

    [Fact]
    public async Task Stream_RequiresAStaffSignIn()
    {
        using var anonymous = ConsoleBrowser.Anonymous(app);

        var response = await anonymous.GetAsync("/console/notifications/stream");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<string> UserIdAsync(string userName)
    {
        var me = await app.LoginAsync(userName);
        var json = await (await me.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).OkJsonAsync();
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
