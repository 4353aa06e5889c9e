using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ServiceBot.Bot.Tests.Support;
using ServiceBot.Domain.Cases.Events;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Bot.Tests.Durability;

/// <summary>
/// The host is killed with SIGKILL in the middle of a stream of API writes and started again on the same database:
/// no acknowledged write is lost, nothing is half-written, and every outbox event is dispatched exactly once.
/// </summary>
public sealed class CrashRecoveryTests
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Demo:Enabled"] = "true",
        ["Scheduler:Enabled"] = "false",
        ["Triage:AutoDispatch"] = "false",
        ["Outbox:PollInterval"] = "00:00:00.200",
    };

    [Fact]
    public async Task Kill_LosesNoAcknowledgedWrite_AndDispatchesEveryEventOnce_AfterRestart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var log = Path.Combine(database.DataDirectory, "host.log");
        var created = new ConcurrentBag<string>();
        var dispatched = new ConcurrentBag<string>();
        string token;

        await using (var first = await HostProcess.StartAsync(database, Settings, log))
        {
            token = await LoginAsync(first.Address);
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(_ => WriteUntilStoppedAsync(first.Address, token, created, dispatched, stop.Token)).ToArray();
            while (created.Count + dispatched.Count < 40)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20));
            }

            await first.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        await using (var second = await HostProcess.StartAsync(database, Settings, log))
        {
            await WaitForOutboxToDrainAsync(database);

            // The data-protection keys are in the database, so a token issued before the crash is still good.
            using var client = new HttpClient { BaseAddress = second.Address };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).StatusCode);
        }

        await using var db = Context(database);
        var cases = await db.Cases.AsNoTracking().Include(c => c.Timeline).ToListAsync();
        var byNumber = cases.ToDictionary(c => c.Number);
        Assert.All(created, number => Assert.True(byNumber.ContainsKey(number), $"acknowledged case {number} was lost"));
        Assert.All(dispatched, number => Assert.Equal("zrzy", byNumber[number].LeadBureauCode));
        Assert.All(cases, c => Assert.Equal(c.TimelineLength, c.Timeline.Count));

        var outbox = await db.OutboxMessages.AsNoTracking().ToListAsync();
        Assert.All(outbox, m => Assert.NotNull(m.DispatchedAt));
        Assert.Equal(cases.Count, outbox.Count(m => m.Type == nameof(CaseSubmitted)));

        // Every dispatch to 自然资源和规划局 with 经信局 co-handling reaches exactly the four demo accounts of those bureaus.
        var notifications = await db.Notifications.AsNoTracking().ToListAsync();
        foreach (var number in dispatched)
        {
            var perEvent = notifications.Where(n => n.CaseNumber == number && n.Kind == nameof(CaseDispatched)).GroupBy(n => n.SourceEventId).ToList();
            var single = Assert.Single(perEvent);
            Assert.Equal(4, single.Count());
            Assert.Equal(4, single.Select(n => n.RecipientUserId).Distinct().Count());
        }
    }

    private static async Task WriteUntilStoppedAsync(
        Uri address, string token, ConcurrentBag<string> created, ConcurrentBag<string> dispatched, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // Requests are not cancelled when the test stops: one in flight at the kill must fail on its own, as a real client's would.
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var response = await client.PostAsJsonAsync("/api/cases", new
                {
                    type = "Problem",
                    category = "用地",
                    description = "我们公司年纳税600多万，想扩建厂房但没有地，请帮忙协调工业用地。",
                    urgency = "Normal",
                    complexity = "Normal",
                    contactName = "王建国",
                    contactMobile = "13957900001",
                    enterpriseName = "浦江县晶彩水晶有限公司",
                    enterpriseCreditCode = "91330726MA28D4K2XB",
                }, CancellationToken.None);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    continue;
                }

                var number = (await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("number").GetString()!;
                created.Add(number);
                var dispatch = await client.PostAsJsonAsync($"/api/cases/{number}/actions/dispatch", new { leadBureau = "zrzy", coHandlers = new[] { "jxj" } }, CancellationToken.None);
                if (dispatch.StatusCode == HttpStatusCode.OK)
                {
                    dispatched.Add(number);
                }
            }
            catch (HttpRequestException)
            {
                // The host is gone: requests in flight at the kill are not acknowledged, so nothing is promised for them.
                return;
            }
            catch (TaskCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<string> LoginAsync(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = "dispatcher", password = ServiceBotApp.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task WaitForOutboxToDrainAsync(TestDatabase database)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            await using (var db = Context(database))
            {
                if (!await db.OutboxMessages.AnyAsync(m => m.DispatchedAt == null, deadline.Token))
                {
                    return;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }

    private static ServiceBotDbContext Context(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<ServiceBotDbContext>();
        _ = database.Provider == DatabaseProvider.Postgres ? options.UseNpgsql(database.ConnectionString) : options.UseSqlite(database.ConnectionString);
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        SqliteConnection.ClearAllPools();
        return new ServiceBotDbContext(options.Options);
    }
}
