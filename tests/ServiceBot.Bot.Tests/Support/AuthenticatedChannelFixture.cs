namespace ServiceBot.Bot.Tests.Support;

/// <summary>An app id configured, with the Bot Framework's token service played by <see cref="FakeBotFrameworkIdentity"/>.</summary>
public sealed class AuthenticatedChannelFixture : BotFrameworkChannelFixture
{
    public AuthenticatedChannelFixture() => Channel.Respond = Identity.Respond;

    public FakeBotFrameworkIdentity Identity { get; } = new();

    protected override IReadOnlyDictionary<string, string?>? Settings => FakeBotFrameworkIdentity.Settings;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Identity.Dispose();
        }

        base.Dispose(disposing);
    }
}
