using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.GetCase;
using ServiceBot.Application.Cases.ListCases;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Bot.Hosting;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Bot.Api.Cases;

/// <summary>The case API: list, read (with timeline and the caller's permitted actions), create, act.</summary>
internal static class CaseEndpoints
{
    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization();
        group.MapGet("/", ListAsync).WithSummary("诉求列表（按角色过滤可见范围）");
        group.MapGet("/{number}", GetAsync).WithSummary("诉求详情，含办理时间线与当前用户可执行的操作");
        group.MapPost("/", CreateAsync).WithSummary("受理新诉求");
        group.MapPost("/{number}/actions/{action}", ActAsync)
            .WithSummary("执行办理操作")
            .WithDescription("可用操作：" + string.Join("、", CaseActionNames.All));
        return app;
    }

    private static async Task<Results<Ok<PagedList<CaseSummary>>, ProblemHttpResult>> ListAsync(
        IMediator mediator,
        CaseState? state,
        string? bureau,
        bool? overdue,
        string? text,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken) =>
        (await mediator.Send(new ListCasesQuery(state, bureau, overdue, text, page, pageSize), cancellationToken).ConfigureAwait(false)).ToHttp();

    private static async Task<Results<Ok<CaseDetail>, ProblemHttpResult>> GetAsync(string number, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetCaseQuery(number), cancellationToken).ConfigureAwait(false)).ToHttp();

    private static async Task<Results<Created<CreatedCase>, ProblemHttpResult>> CreateAsync(
        [FromBody] CreateCaseCommand command, IMediator mediator, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(command, cancellationToken).ConfigureAwait(false);
        return result.IsSuccess
            ? TypedResults.Created($"/api/cases/{result.Value.Number}", result.Value)
            : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<CaseDetail>, ProblemHttpResult>> ActAsync(
        string number, string action, [FromBody] CaseActionRequest? body, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!CaseActionNames.TryParse(action, out var trigger))
        {
            return Error.NotFound("case.action.unknown", $"未知的操作“{action}”。可用操作：{string.Join("、", CaseActionNames.All)}。").ToProblem();
        }

        var acted = await mediator.Send(CaseActionCommands.Create(trigger, number, body ?? new CaseActionRequest()), cancellationToken).ConfigureAwait(false);
        if (!acted.IsSuccess)
        {
            return acted.Error!.ToProblem();
        }

        return (await mediator.Send(new GetCaseQuery(number), cancellationToken).ConfigureAwait(false)).ToHttp();
    }
}
