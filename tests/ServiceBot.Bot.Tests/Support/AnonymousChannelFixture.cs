namespace ServiceBot.Bot.Tests.Support;

/// <summary>No app id configured: the endpoint accepts unauthenticated activities, as for the Emulator.</summary>
public sealed class AnonymousChannelFixture : BotFrameworkChannelFixture;
