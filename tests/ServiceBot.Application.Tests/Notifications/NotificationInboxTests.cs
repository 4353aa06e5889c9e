using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Notifications;
using ServiceBot.Application.Notifications.CountUnreadNotifications;
using ServiceBot.Application.Notifications.ListMyNotifications;
using ServiceBot.Application.Notifications.MarkNotificationRead;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Notifications;

/// <summary>The in-app inbox: each user sees, counts and marks only their own notifications.</summary>
public sealed class NotificationInboxTests : IAsyncLifetime
{
    private readonly Actor _me = TestActors.LeadStaff;
    private readonly Actor _colleague = TestActors.LeadHead;
    private TestServices _services = null!;
    private Guid _colleaguesNotification;

    public async Task InitializeAsync()
    {
        _services = await TestServices.StartAsync();
        _colleaguesNotification = await _services.InScopeAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<IApplicationDbContext>();
            var start = CaseBuilder.DefaultStart;
            for (var i = 0; i < 3; i++)
            {
                db.Notifications.Add(new InboxNotification(Guid.NewGuid(), _me.Id, "CaseDispatched", $"新交办诉求 {i}", "请及时签收。", $"QY2026-00000{i + 1}", start.AddMinutes(i)));
            }

            var colleagues = new InboxNotification(Guid.NewGuid(), _colleague.Id, "CaseDispatched", "新交办诉求", "请及时签收。", "QY2026-000001", start);
            db.Notifications.Add(colleagues);
            await db.SaveChangesAsync(CancellationToken.None);
            return colleagues.Id;
        });
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task ListMyNotifications_ShowsOnlyTheCallersNewestFirst_WithTheUnreadCount()
    {
        var page = (await _services.SendAsync(_me, new ListMyNotificationsQuery())).Value;

        Assert.Equal(3, page.Unread);
        Assert.Equal(["新交办诉求 2", "新交办诉求 1", "新交办诉求 0"], page.Items.Items.Select(n => n.Title));
    }

    [Fact]
    public async Task MarkNotificationRead_LowersTheUnreadCount_AndAllMarksTheRest()
    {
        var first = (await _services.SendAsync(_me, new ListMyNotificationsQuery())).Value.Items.Items[0];

        var left = await _services.SendAsync(_me, new MarkNotificationReadCommand(first.Id));
        var count = await _services.SendAsync(_me, new CountUnreadNotificationsQuery());
        var none = await _services.SendAsync(_me, new MarkNotificationReadCommand(null));
        var unreadOnly = (await _services.SendAsync(_me, new ListMyNotificationsQuery(UnreadOnly: true))).Value;

        Assert.Equal(2, left.Value);
        Assert.Equal(2, count.Value);
        Assert.Equal(0, none.Value);
        Assert.Empty(unreadOnly.Items.Items);
        Assert.Equal(1, (await _services.SendAsync(_colleague, new CountUnreadNotificationsQuery())).Value);
    }

    [Fact]
    public async Task MarkNotificationRead_AnswersNotFound_ForSomeoneElsesNotification()
    {
        var result = await _services.SendAsync(_me, new MarkNotificationReadCommand(_colleaguesNotification));

        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
        Assert.Equal(1, (await _services.SendAsync(_colleague, new CountUnreadNotificationsQuery())).Value);
    }

    [Fact]
    public async Task ListMyNotifications_RefusesATooLongSearch()
    {
        var result = await _services.SendAsync(_me, new ListMyNotificationsQuery(Text: new string('查', 101)));

        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
    }

    [Fact]
    public async Task CountUnreadNotifications_AnswersUnauthorized_WhenNobodyIsSignedIn()
    {
        var result = await _services.SendAsync(null, new CountUnreadNotificationsQuery());

        Assert.Equal(ErrorKind.Unauthorized, result.Error!.Kind);
    }
}
