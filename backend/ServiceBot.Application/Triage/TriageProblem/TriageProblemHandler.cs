using MediatR;
using Microsoft.Extensions.Options;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Triage.TriageProblem;

internal sealed class TriageProblemHandler(TriageEngine engine, IOptionsMonitor<TriageOptions> options) : IRequestHandler<TriageProblemQuery, Result<TriageView>>
{
    public async Task<Result<TriageView>> Handle(TriageProblemQuery request, CancellationToken cancellationToken)
    {
        var result = await engine.TriageAsync(request.Text!, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return Error.Conflict("triage.noBureaus", "责任单位目录为空，暂时无法分诊。");
        }

        var settings = options.CurrentValue;
        return new TriageView(
            new TriageBureau(result.Lead.Code, result.Lead.Name),
            Math.Round(result.Confidence, 3),
            result.Explanation,
            result.Alternatives(settings.Alternatives).Select(a => new TriageAlternative(a.Code, a.Name, Math.Round(a.Confidence, 3))).ToList(),
            result.CoHandlers.Select(c => new TriageBureau(c.Code, c.Name)).ToList(),
            result.Category,
            Math.Round(result.CategoryConfidence, 3),
            settings.AutoDispatch && result.Confidence >= settings.AutoDispatchThreshold);
    }
}
