using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Application.Conversations;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Dialogs.Tests.Support;

/// <summary>
/// The dialogs over the real application and a test database, driven the way the channel's turn runner drives them:
/// each turn in its own scope, as the account the conversation is linked to.
/// </summary>
public sealed class ChatHarness : IAsyncDisposable
{
    private ChatHarness(TestServices services) => Services = services;

    public TestServices Services { get; }

    public static async Task<ChatHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var services = await TestServices.StartAsync(settings: settings, configure: s =>
        {
            s.AddDialogs();
            configure?.Invoke(s);
        }).ConfigureAwait(false);
        return new ChatHarness(services);
    }

    /// <summary>A new Web Chat conversation with a user of its own, as the channel layer records it.</summary>
    public async Task<string> NewConversationAsync(string? name = null)
    {
        var id = name ?? Guid.NewGuid().ToString("N");
        await Services.InScopeAsync<int>(null, async sp =>
        {
            var db = sp.GetRequiredService<ServiceBotDbContext>();
            db.Conversations.Add(ChatConversation.Start("webchat", id, null, "servicebot", "ServiceBot", "user-" + id, "访客", "zh-CN", null, Services.Clock.GetUtcNow()));
            return await db.SaveChangesAsync().ConfigureAwait(false);
        }).ConfigureAwait(false);
        return ChatConversation.KeyFor("webchat", id);
    }

    public Task<IReadOnlyList<Reply>> JoinAsync(string conversationId) => TurnAsync(conversationId, TurnKind.ConversationStarted, null, []);

    public Task<IReadOnlyList<Reply>> SayAsync(string conversationId, string text) => TurnAsync(conversationId, TurnKind.Message, text, []);

    /// <summary>Sends files (stored first, as the channel does before a turn), with optional text.</summary>
    public async Task<IReadOnlyList<Reply>> SendFilesAsync(string conversationId, IReadOnlyList<string> fileNames, string? text = null)
    {
        var attachments = new List<TurnAttachment>();
        foreach (var name in fileNames)
        {
            var bytes = Encoding.UTF8.GetBytes("file " + name);
            var key = await Services.InScopeAsync(null, sp => sp.GetRequiredService<IFileStorage>().SaveAsync(new MemoryStream(bytes), name, CancellationToken.None))
                .ConfigureAwait(false);
            attachments.Add(new TurnAttachment(name, name.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "image/jpeg", bytes.Length, key));
        }

        return await TurnAsync(conversationId, TurnKind.Message, text, attachments).ConfigureAwait(false);
    }

    /// <summary>The account the conversation is linked to, as its turns run.</summary>
    public Task<Actor?> LinkedActorAsync(string conversationId) =>
        Services.InScopeAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<ServiceBotDbContext>();
            var linked = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId).Select(c => c.LinkedUserId).SingleAsync().ConfigureAwait(false);
            var user = linked is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == linked).ConfigureAwait(false);
            return user?.ToActor();
        });

    /// <summary>The newest case reported in the conversation; null when none was.</summary>
    public Task<string?> LatestCaseAsync(string conversationId) =>
        Services.InScopeAsync(null, sp => sp.GetRequiredService<ServiceBotDbContext>().Cases.AsNoTracking()
            .Where(c => c.ConversationId == conversationId)
            .OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Number)
            .Select(c => c.Number)
            .FirstOrDefaultAsync());

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    private async Task<IReadOnlyList<Reply>> TurnAsync(string conversationId, TurnKind kind, string? text, IReadOnlyList<TurnAttachment> attachments)
    {
        var actor = await LinkedActorAsync(conversationId).ConfigureAwait(false);
        var replies = new RecordingReplies();
        var turn = new Turn(kind, conversationId, "webchat", "user", "访客", text, null, attachments, "zh-CN", Services.Clock.GetUtcNow());
        await Services.InScopeAsync(actor, async sp =>
        {
            await sp.GetRequiredService<ITurnHandler>().HandleAsync(turn, replies, CancellationToken.None).ConfigureAwait(false);
            return 0;
        }).ConfigureAwait(false);
        return replies.Replies;
    }
}
