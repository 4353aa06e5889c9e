using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Accounts;

public sealed record AccountView(string Id, string UserName, string DisplayName, Role Role, string? BureauCode, Guid? EnterpriseId, bool IsActive, bool IsLockedOut);
