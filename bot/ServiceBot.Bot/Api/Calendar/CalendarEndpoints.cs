using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceBot.Application.Calendar;
using ServiceBot.Application.Calendar.ComputeDeadline;
using ServiceBot.Application.Calendar.GetHolidayCalendar;
using ServiceBot.Application.Calendar.ImportHolidayNotices;
using ServiceBot.Bot.Hosting;

namespace ServiceBot.Bot.Api.Calendar;

/// <summary>
/// The working-day calendar: the public deadline calculator (the same one the cases use), the loaded holiday
/// notices, and the administrators' import of a new year's notice.
/// </summary>
internal static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("Calendar");
        group.MapGet("/deadline", DeadlineAsync).AllowAnonymous()
            .WithSummary("计算办理时限：from（带时区偏移的 ISO-8601 时间）加 workingDays 个工作日或 hours 个自然小时");
        group.MapGet("/", CalendarAsync).AllowAnonymous().WithSummary("已导入的节假日安排");

        app.MapGroup("/api/admin/calendar").WithTags("Calendar").RequireAuthorization()
            .MapPost("/holidays", ImportAsync)
            .Accepts<string>("application/json")
            .WithSummary("导入节假日安排（管理员或三服务办）：请求体为 cn-holidays-*.json 格式的文件内容");
        return app;
    }

    private static async Task<Results<Ok<DeadlineView>, ProblemHttpResult>> DeadlineAsync(
        string? from, string? workingDays, string? hours, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new ComputeDeadlineQuery(from, workingDays, hours), cancellationToken).ConfigureAwait(false)).ToHttp();

    private static async Task<Results<Ok<HolidayCalendarView>, ProblemHttpResult>> CalendarAsync(IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetHolidayCalendarQuery(), cancellationToken).ConfigureAwait(false)).ToHttp();

    /// <summary>The body is the notice file itself, read as text so the format is checked by the same parser as the seed data.</summary>
    private static async Task<Results<Ok<HolidayCalendarView>, ProblemHttpResult>> ImportAsync(HttpRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        return (await mediator.Send(new ImportHolidayNoticesCommand(json), cancellationToken).ConfigureAwait(false)).ToHttp();
    }
}
