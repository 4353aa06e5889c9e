using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Triage;
using ServiceBot.Application.Triage.TriageProblem;
using ServiceBot.Bot.Hosting;

namespace ServiceBot.Bot.Api.Triage;

/// <summary>Triage: which bureau should handle a problem, how sure, and why. Public, like the bureau catalog.</summary>
internal static class TriageEndpoints
{
    public static IEndpointRouteBuilder MapTriageEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/triage").WithTags("Triage").AllowAnonymous();
        group.MapPost("/", TriageAsync)
            .WithSummary("诉求分诊：建议牵头单位、协办单位与类别，附置信度和依据");
        return app;
    }

    private static async Task<Results<Ok<TriageView>, ProblemHttpResult>> TriageAsync([FromBody] TriageRequest? body, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new TriageProblemQuery(body?.Text), cancellationToken).ConfigureAwait(false)).ToHttp();
}
