using MediatR;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Accounts.SetAccountActive;

internal sealed class SetAccountActiveHandler(IAccountStore accounts) : IRequestHandler<SetAccountActiveCommand, Result<AccountView>>
{
    public Task<Result<AccountView>> Handle(SetAccountActiveCommand request, CancellationToken cancellationToken) =>
        accounts.SetActiveAsync(request.UserName, request.Active, cancellationToken);
}
