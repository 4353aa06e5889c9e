using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Common.Behaviors;

/// <summary>
/// Fourth: a command runs in one transaction that commits only if it succeeded. The outbox rows its domain events
/// produce are part of the same transaction. A concurrent change to the same case becomes a conflict answer.
/// </summary>
internal sealed class TransactionBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : Result, IResultFactory<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommandMarker)
        {
            return await next().ConfigureAwait(false);
        }

        try
        {
            return await unitOfWork.ExecuteAsync(_ => next(), r => r.IsSuccess, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            return TResponse.Failure(Error.Conflict("concurrency", "该记录刚被他人修改，请刷新后重试。"));
        }
    }
}
