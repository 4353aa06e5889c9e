using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.CountWaitingHandoffs;

internal sealed class CountWaitingHandoffsHandler(IApplicationDbContext db) : IRequestHandler<CountWaitingHandoffsQuery, Result<int>>
{
    public async Task<Result<int>> Handle(CountWaitingHandoffsQuery request, CancellationToken cancellationToken) =>
        await db.Handoffs.CountAsync(h => h.Status == HandoffStatus.Waiting, cancellationToken).ConfigureAwait(false);
}
