using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Bureaus;
using ServiceBot.Application.Bureaus.ListBureaus;
using ServiceBot.Application.Bureaus.UpdateBureau;
using ServiceBot.Bot.Console.Shared;

namespace ServiceBot.Bot.Console.Bureaus;

/// <summary>The bureau catalog (责任单位 and duties, which triage reads); administrators edit it.</summary>
public sealed class IndexModel(IMediator mediator) : ConsolePage(mediator)
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    public IReadOnlyList<BureauView> Bureaus { get; private set; } = [];

    public string? EditError { get; private set; }

    public string? EditedCode { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string code, string? name, string? duties, string? leaderInChargeCode, bool isActive, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new UpdateBureauCommand(code, name ?? string.Empty, duties, leaderInChargeCode, isActive), cancellationToken);
        if (result.IsSuccess)
        {
            Flash = $"已保存“{result.Value.Name}”。";
            return Redirect("/console/bureaus");
        }

        if (result.Error!.Kind is Domain.Common.ErrorKind.Forbidden or Domain.Common.ErrorKind.NotFound)
        {
            return Fail(result.Error);
        }

        (EditedCode, EditError) = (code, result.Error.Message);
        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusOf(result.Error.Kind).Status;
        return Page();
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ListBureausQuery(IncludeInactive: true), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        var text = Text?.Trim();
        Bureaus = string.IsNullOrEmpty(text)
            ? result.Value
            : result.Value.Where(b => b.Name.Contains(text, StringComparison.Ordinal) || b.Duties.Contains(text, StringComparison.Ordinal) || b.Code.Contains(text, StringComparison.OrdinalIgnoreCase)).ToList();
        return Page();
    }
}
