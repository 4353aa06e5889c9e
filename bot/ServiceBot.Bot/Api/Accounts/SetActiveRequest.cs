namespace ServiceBot.Bot.Api.Accounts;

public sealed record SetActiveRequest(bool Active);
