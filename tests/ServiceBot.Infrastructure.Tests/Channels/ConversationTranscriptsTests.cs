using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Conversations;
using ServiceBot.Infrastructure.Channels;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Channels;

/// <summary>The chat excerpt staff see on a case page, read from a built-in Direct Line transcript.</summary>
public sealed class ConversationTranscriptsTests : IAsyncLifetime
{
    private const string Conversation = "directline:excerpt";
    private TestServices? _services;

    private TestServices Services => _services!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public async Task DisposeAsync() => await Services.DisposeAsync();

    [Fact]
    public async Task ReadUntil_KeepsMessagesUpToTheInstant_OldestFirst()
    {
        var start = Services.Clock.GetUtcNow();
        await AppendAsync(
            """{"type":"message","from":{"id":"bot","role":"bot","name":"县企业服务助手"},"text":"您好"}""",
            """{"type":"typing","from":{"id":"u1","name":""}}""",
            """{"type":"message","from":{"id":"u1","name":"李明"},"text":"厂房扩建要用地"}""",
            """{"type":"message","from":{"id":"u1","name":"李明"},"text":"后来的话"}""");

        var lines = await ReadAsync(start.AddSeconds(2), max: 10);

        Assert.Equal([("县企业服务助手", false, "您好"), ("李明", true, "厂房扩建要用地")], lines.Select(l => (l.Name, l.FromUser, l.Text)));
    }

    [Fact]
    public async Task ReadUntil_NamesAnUnnamedUser_AndShowsCardsAsCardsNotFiles()
    {
        var start = Services.Clock.GetUtcNow();
        await AppendAsync(
            """{"type":"message","from":{"id":"u1","name":""},"text":"营业执照","attachments":[{"contentType":"image/png","name":"营业执照.png"}]}""",
            """{"type":"message","from":{"id":"bot","role":"bot"},"attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{}}]}""");

        var lines = await ReadAsync(start.AddMinutes(1), max: 10);

        Assert.Equal(("企业用户", "营业执照"), (lines[0].Name, lines[0].Text));
        Assert.Equal(["营业执照.png"], lines[0].Files);
        Assert.Equal(("服务助手", "（卡片）", 0), (lines[1].Name, lines[1].Text, lines[1].Files.Count));
    }

    /// <summary>Appends the activities one second apart, from the fake clock's now.</summary>
    private async Task AppendAsync(params string[] payloads)
    {
        await using var scope = Services.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var now = Services.Clock.GetUtcNow();
        db.Conversations.Add(ChatConversation.Start("directline", "excerpt", null, "bot", null, "u1", null, "zh-CN", null, now));
        for (var i = 0; i < payloads.Length; i++)
        {
            db.TranscriptActivities.Add(new TranscriptActivity
            {
                ConversationId = Conversation,
                Sequence = i + 1,
                IdempotencyKey = $"k{i}",
                Payload = payloads[i],
                CreatedAt = now.AddSeconds(i),
            });
        }

        await db.SaveChangesAsync();
    }

    private async Task<IReadOnlyList<ChatLine>> ReadAsync(DateTimeOffset until, int max)
    {
        await using var scope = Services.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IConversationTranscripts>().ReadUntilAsync(Conversation, until, max, CancellationToken.None);
    }
}
