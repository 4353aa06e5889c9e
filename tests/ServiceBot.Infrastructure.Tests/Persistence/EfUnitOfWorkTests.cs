using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Persistence;

public sealed class EfUnitOfWorkTests
{
    /// <summary>
    /// A request that failed with an exception (a conflict) must not leave its changes tracked: the next save in the
    /// same scope — a retry, or the rest of a chat turn — would otherwise write them after all.
    /// </summary>
    [Fact]
    public async Task ExecuteAsync_ForgetsWhatTheWorkTracked_WhenTheWorkThrows()
    {
        await using var services = await TestServices.StartAsync();
        await using var scope = services.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unitOfWork.ExecuteAsync<int>(
            _ =>
            {
                db.Handoffs.Add(Handoff.Request("webchat:c1", null, "请求人工", services.Clock.GetUtcNow()));
                throw new ConcurrencyConflictException();
            },
            _ => true,
            CancellationToken.None));
        await db.SaveChangesAsync();

        Assert.Empty(db.ChangeTracker.Entries());
        Assert.Equal(0, await db.Handoffs.CountAsync());
    }
}
