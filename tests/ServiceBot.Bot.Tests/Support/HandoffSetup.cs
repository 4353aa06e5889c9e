using System.Text;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Application.Conversations;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Application.Conversations.Handoffs.GetHandoff;
using ServiceBot.Application.Conversations.Handoffs.RecordHandoffMessage;
using ServiceBot.Application.Conversations.Handoffs.RequestHandoff;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>
/// Handoffs as the chat leaves them: an anonymous Web Chat visitor asked for a person and sent a message and a file,
/// through the same in-process requests the dialogs send (no channel needed).
/// </summary>
public sealed class HandoffSetup(ServiceBotApp app)
{
    public const string FirstMessage = "我想当面说说用地的事";

    /// <summary>A waiting handoff whose message 1 is <see cref="FirstMessage"/> and message 2 a file, 规划图.pdf.</summary>
    public async Task<(string Conversation, Guid Handoff)> WaitingAsync()
    {
        var id = Guid.NewGuid().ToString("N");
        var conversation = ChatConversation.KeyFor("webchat", id);
        await InScopeAsync<int>(null, async sp =>
        {
            var db = sp.GetRequiredService<ServiceBotDbContext>();
            db.Conversations.Add(ChatConversation.Start("webchat", id, null, "servicebot", "ServiceBot", "visitor-" + id, null, "zh-CN", null, app.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        var handoff = await InScopeAsync(null, sp => sp.GetRequiredService<IMediator>().Send(new RequestHandoffCommand(conversation, "在“反映问题”过程中请求人工")));
        await RecordAsync(conversation, FirstMessage);
        var key = await InScopeAsync(null, sp => sp.GetRequiredService<IFileStorage>().SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.4 规划图")), "规划图.pdf", CancellationToken.None));
        await InScopeAsync(null, sp => sp.GetRequiredService<IMediator>().Send(new RecordHandoffMessageCommand(conversation, null, [new HandoffFile("规划图.pdf", "application/pdf", 15, key)])));
        return (conversation, handoff.Value.Id);
    }

    /// <summary>The user writes <paramref name="text"/> in the chat while the handoff is open.</summary>
    public Task RecordAsync(string conversation, string text) =>
        InScopeAsync(null, sp => sp.GetRequiredService<IMediator>().Send(new RecordHandoffMessageCommand(conversation, text, [])));

    /// <summary>The handoff as the office sees it now.</summary>
    public async Task<HandoffDetail> DetailAsync(Guid handoff) =>
        (await InScopeAsync(new Actor("u-check", "检查", Role.Admin), sp => sp.GetRequiredService<IMediator>().Send(new GetHandoffQuery(handoff)))).Value;

    private async Task<T> InScopeAsync<T>(Actor? actor, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Actor = actor;
        return await work(scope.ServiceProvider);
    }
}
