using ServiceBot.Dialogs.Tests.Support;
using Xunit.Abstractions;

namespace ServiceBot.Dialogs.Tests.Scripts;

/// <summary>
/// Every <c>Scripts/*.json</c> replayed against the real application on a test database (SQLite, or PostgreSQL
/// with <c>SERVICEBOT_TEST_PROVIDER</c>). The scripts share one database, each in a conversation (and as an enterprise)
/// of its own.
/// </summary>
public sealed class ConversationScriptTests(ChatFixture fixture, ITestOutputHelper output) : IClassFixture<ChatFixture>
{
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Scripts"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_RepliesAsWritten_WhenReplayed(string script)
    {
        var conversation = ScriptRunner.Load(script);
        await using var isolated = conversation.Isolated ? await ChatHarness.StartAsync() : null;
        var runner = new ScriptRunner(isolated ?? fixture.Chat, output.WriteLine);

        await runner.RunAsync(conversation);
    }
}
