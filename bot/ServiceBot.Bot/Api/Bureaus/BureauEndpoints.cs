using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceBot.Application.Bureaus;
using ServiceBot.Application.Bureaus.CreateBureau;
using ServiceBot.Application.Bureaus.ListBureaus;
using ServiceBot.Application.Bureaus.UpdateBureau;
using ServiceBot.Bot.Hosting;

namespace ServiceBot.Bot.Api.Bureaus;

/// <summary>The bureau catalog: public to read, edited by administrators.</summary>
internal static class BureauEndpoints
{
    public static IEndpointRouteBuilder MapBureauEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bureaus").WithTags("Bureaus");
        group.MapGet("/", ListAsync).AllowAnonymous().WithSummary("责任单位目录");
        group.MapPost("/", CreateAsync).RequireAuthorization().WithSummary("新增责任单位（管理员）");
        group.MapPut("/{code}", UpdateAsync).RequireAuthorization().WithSummary("修改责任单位（管理员）");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<BureauView>>, ProblemHttpResult>> ListAsync(bool? includeInactive, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new ListBureausQuery(includeInactive ?? false), cancellationToken).ConfigureAwait(false)).ToHttp();

    private static async Task<Results<Ok<BureauView>, ProblemHttpResult>> CreateAsync(CreateBureauCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(command, cancellationToken).ConfigureAwait(false)).ToHttp();

    private static async Task<Results<Ok<BureauView>, ProblemHttpResult>> UpdateAsync(string code, UpdateBureauRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new UpdateBureauCommand(code, body.Name ?? string.Empty, body.Duties, body.LeaderInChargeCode, body.IsActive ?? true), cancellationToken)
            .ConfigureAwait(false)).ToHttp();
}
