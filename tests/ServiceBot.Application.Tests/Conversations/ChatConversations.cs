using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Conversations;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Conversations;

/// <summary>Conversations as the channel layer records them before any turn.</summary>
internal static class ChatConversations
{
    public static async Task<string> StartAsync(TestServices services)
    {
        var id = Guid.NewGuid().ToString("N");
        await services.InScopeAsync(null, sp =>
        {
            var db = sp.GetRequiredService<ServiceBotDbContext>();
            db.Conversations.Add(ChatConversation.Start("webchat", id, null, "bot", "ServiceBot", "user-" + id, null, "zh-CN", null, services.Clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });
        return ChatConversation.KeyFor("webchat", id);
    }
}
