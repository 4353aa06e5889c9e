using System.Globalization;
using FluentValidation;

namespace ServiceBot.Application.Calendar.ComputeDeadline;

internal sealed class ComputeDeadlineValidator : AbstractValidator<ComputeDeadlineQuery>
{
    public const int MaxWorkingDays = 730;
    public const double MaxHours = 8760;

    public ComputeDeadlineValidator()
    {
        RuleFor(q => q.From)
            .NotEmpty().WithMessage("请提供起算时间 from，例如 2026-11-23T09:00:00+08:00。")
            .Must(f => IsoInstant.TryParse(f, out _)).WithMessage("from 须为带时区偏移的 ISO-8601 时间，例如 2026-11-23T09:00:00+08:00 或 2026-11-23T01:00:00Z。");
        RuleFor(q => q)
            .Must(q => string.IsNullOrWhiteSpace(q.WorkingDays) != string.IsNullOrWhiteSpace(q.Hours))
            .WithName("workingDays")
            .WithMessage("请在 workingDays（工作日）与 hours（自然小时）中提供且只提供一个。");
        RuleFor(q => q.WorkingDays)
            .Must(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxWorkingDays)
            .When(q => !string.IsNullOrWhiteSpace(q.WorkingDays))
            .WithMessage($"workingDays 须为 1 到 {MaxWorkingDays} 之间的整数。");
        RuleFor(q => q.Hours)
            .Must(h => double.TryParse(h, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= MaxHours)
            .When(q => !string.IsNullOrWhiteSpace(q.Hours))
            .WithMessage($"hours 须为大于 0、不超过 {MaxHours} 的数。");
    }
}
