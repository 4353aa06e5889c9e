using System.Globalization;
using ServiceBot.Application.Understanding;
using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>
/// A date, absolute or relative (2026年12月5日, 12月5号, 下周一, 月底, 三天后), resolved against today in the county by
/// the understanding service; yyyy-MM-dd too. A period (下个月) gives its first day.
/// </summary>
internal sealed class DatePrompt(string id, IUnderstandingService understanding, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly>(id, validator)
{
    protected override string DefaultHelp => EngineTexts.Get("HelpDate");

    protected override Task<PromptRecognition<DateOnly>> RecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (DateOnly.TryParseExact(dc.Input, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return Task.FromResult(PromptRecognition<DateOnly>.Ok(iso));
        }

        var date = understanding.Understand(dc.Input).Dates.Select(d => d.Date).FirstOrDefault(d => d is not null);
        return Task.FromResult(date is { } found ? PromptRecognition<DateOnly>.Ok(found) : PromptRecognition<DateOnly>.Fail(EngineTexts.Get("RetryDate")));
    }
}
