using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceBot.Application.Accounts;
using ServiceBot.Application.Accounts.CreateAccount;
using ServiceBot.Application.Accounts.ListAccounts;
using ServiceBot.Application.Accounts.SetAccountActive;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Bot.Hosting;
using ServiceBot.Domain.Users;

namespace ServiceBot.Bot.Api.Accounts;

/// <summary>Account management for administrators.</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/accounts").WithTags("Accounts").RequireAuthorization();
        group.MapGet("/", ListAsync).WithSummary("账号列表（管理员）");
        group.MapPost("/", CreateAsync).WithSummary("新建账号（管理员）");
        group.MapPost("/{userName}/active", SetActiveAsync).WithSummary("启用或停用账号（管理员）");
        return app;
    }

    private static async Task<Results<Ok<PagedList<AccountView>>, ProblemHttpResult>> ListAsync(
        Role? role, string? bureau, string? text, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new ListAccountsQuery(role, bureau, text, page, pageSize), cancellationToken).ConfigureAwait(false)).ToHttp();

    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> CreateAsync(CreateAccountCommand command, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(command, cancellationToken).ConfigureAwait(false)).ToHttp();

    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> SetActiveAsync(
        string userName, SetActiveRequest body, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new SetAccountActiveCommand(userName, body.Active), cancellationToken).ConfigureAwait(false)).ToHttp();
}
