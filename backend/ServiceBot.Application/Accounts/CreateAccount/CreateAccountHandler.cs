using MediatR;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Accounts.CreateAccount;

internal sealed class CreateAccountHandler(IAccountStore accounts) : IRequestHandler<CreateAccountCommand, Result<AccountView>>
{
    public Task<Result<AccountView>> Handle(CreateAccountCommand request, CancellationToken cancellationToken) =>
        accounts.CreateAsync(
            new NewAccount(request.UserName, request.DisplayName, request.Role, request.Password, request.BureauCode, request.EnterpriseId, request.LeaderCode),
            cancellationToken);
}
