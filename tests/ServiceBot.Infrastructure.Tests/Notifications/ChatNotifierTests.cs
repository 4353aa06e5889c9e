using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Conversations;
using ServiceBot.Application.Notifications;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Notifications;

public sealed class ChatNotifierTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task ToConversation_QueuesTheMessageOncePerSource_ForAnAnonymousConversation()
    {
        var conversation = await StartConversationAsync();
        var source = Guid.NewGuid();

        await NotifyAsync(source, conversation, "【三服务办】您好");
        await NotifyAsync(source, conversation, "【三服务办】您好");
        await NotifyAsync(Guid.NewGuid(), conversation, "【三服务办】还在吗");

        var queued = await QueuedChatMessages.ForAsync(_services.Services, conversation);
        Assert.Equal(["【三服务办】您好", "【三服务办】还在吗"], queued.Select(q => q.Message.Text));
        Assert.Equal($"{source:N}:{conversation}", queued[0].Key);
    }

    [Fact]
    public async Task ToConversation_QueuesNothing_ForAnUnknownConversation()
    {
        await NotifyAsync(Guid.NewGuid(), "webchat:nobody", "您好");

        Assert.Empty(await QueuedChatMessages.ForAsync(_services.Services, "webchat:nobody"));
    }

    private Task<int> NotifyAsync(Guid source, string conversation, string text) =>
        _services.InScopeAsync(null, async sp =>
        {
            await sp.GetRequiredService<IChatNotifier>().ToConversationAsync(source, conversation, ChatMessage.Say(text), CancellationToken.None);
            return 0;
        });

    private async Task<string> StartConversationAsync()
    {
        var id = Guid.NewGuid().ToString("N");
        await _services.InScopeAsync(null, sp =>
        {
            var db = sp.GetRequiredService<ServiceBotDbContext>();
            db.Conversations.Add(ChatConversation.Start("webchat", id, null, "bot", null, "visitor", null, "zh-CN", null, _services.Clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });
        return ChatConversation.KeyFor("webchat", id);
    }
}
