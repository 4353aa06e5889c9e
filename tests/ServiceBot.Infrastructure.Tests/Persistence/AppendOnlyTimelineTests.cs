using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Persistence;

public sealed class AppendOnlyTimelineTests
{
    [Fact]
    public async Task SaveChanges_Refuses_WhenATimelineEntryIsDeleted()
    {
        await using var services = await TestServices.StartAsync();
        var coordinator = new Actor("c", "调度员", Role.Coordinator);
        await services.SendAsync(coordinator, new CreateCaseCommand(
            CaseType.Problem, null, "厂区门口道路被压坏，货车进出困难。", CaseUrgency.Normal, null, CaseComplexity.Normal,
            "陈志强", "13957900003", "api", null, "浦江恒绗家纺有限公司", "91330726MA2E1HJ575"));
        await using var scope = services.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var entry = await db.Set<TimelineEntry>().FirstAsync();

        db.Remove(entry);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("append-only", error.Message);
    }
}
