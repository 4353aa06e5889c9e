using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Accounts.CreateAccount;

[Authorize(Role.Admin)]
public sealed record CreateAccountCommand(
    string UserName, string DisplayName, Role Role, string Password, string? BureauCode = null, Guid? EnterpriseId = null, string? LeaderCode = null)
    : ICommand<Result<AccountView>>;
