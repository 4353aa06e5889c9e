namespace ServiceBot.Bot.Api.Bureaus;

public sealed record UpdateBureauRequest(string? Name, string? Duties, string? LeaderInChargeCode, bool? IsActive);
