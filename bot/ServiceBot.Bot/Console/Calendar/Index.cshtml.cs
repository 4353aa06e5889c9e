using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Calendar;
using ServiceBot.Application.Calendar.GetHolidayCalendar;
using ServiceBot.Application.Calendar.ImportHolidayNotices;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Domain.Common;

namespace ServiceBot.Bot.Console.Calendar;

/// <summary>节假日: the State Council's holiday notices the deadlines are counted with, and the import of a new year's notice.</summary>
[RequestSizeLimit(1024 * 1024)]
public sealed class IndexModel(IMediator mediator) : ConsolePage(mediator)
{
    public HolidayCalendarView? Calendar { get; private set; }

    public string? ImportError { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? json, CancellationToken cancellationToken)
    {
        var text = json;
        if (file is { Length: > 0 })
        {
            using var reader = new StreamReader(file.OpenReadStream());
            text = await reader.ReadToEndAsync(cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return await RefuseAsync(Error.Validation("calendar.import.empty", "请选择节假日安排文件，或粘贴其内容。"), cancellationToken);
        }

        var imported = await Mediator.Send(new ImportHolidayNoticesCommand(text), cancellationToken);
        if (!imported.IsSuccess)
        {
            return await RefuseAsync(imported.Error!, cancellationToken);
        }

        Flash = imported.Value.RecountedClocks > 0 ? $"已导入，{imported.Value.RecountedClocks} 个暂定时限已按新安排重新计算。" : "已导入。";
        return Redirect("/console/calendar");
    }

    private async Task<IActionResult> RefuseAsync(Error error, CancellationToken cancellationToken)
    {
        if (error.Kind == ErrorKind.Forbidden)
        {
            return Fail(error);
        }

        ImportError = error.Message;
        var page = await LoadAsync(cancellationToken);
        Response.StatusCode = StatusOf(error.Kind).Status;
        return page;
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetHolidayCalendarQuery(), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Calendar = result.Value;
        return Page();
    }
}
