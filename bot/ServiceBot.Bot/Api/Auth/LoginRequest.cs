namespace ServiceBot.Bot.Api.Auth;

public sealed record LoginRequest(string? Username, string? Password);
