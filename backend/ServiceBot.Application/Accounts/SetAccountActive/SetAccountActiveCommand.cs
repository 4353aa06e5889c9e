using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Accounts.SetAccountActive;

/// <summary>Disables or re-enables an account; a disabled account cannot sign in and receives no notifications.</summary>
[Authorize(Role.Admin)]
public sealed record SetAccountActiveCommand(string UserName, bool Active) : ICommand<Result<AccountView>>;
