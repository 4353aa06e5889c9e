using MediatR;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Application.Deadlines.GetDeadlineSettings;

internal sealed class GetDeadlineSettingsHandler(LifecycleContextFactory contexts) : IRequestHandler<GetDeadlineSettingsQuery, Result<SlaPolicy>>
{
    public Task<Result<SlaPolicy>> Handle(GetDeadlineSettingsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult<Result<SlaPolicy>>(contexts.Create().Sla);
}
