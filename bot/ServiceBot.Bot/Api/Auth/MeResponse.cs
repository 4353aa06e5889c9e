using ServiceBot.Domain.Users;

namespace ServiceBot.Bot.Api.Auth;

public sealed record MeResponse(string Id, string DisplayName, Role Role, string RoleName, string? BureauCode, Guid? EnterpriseId);
