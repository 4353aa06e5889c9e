using FluentValidation;
using ServiceBot.Application.Cockpit.Common;

namespace ServiceBot.Application.Cockpit.GetTrends;

internal sealed class GetTrendsValidator : AbstractValidator<GetTrendsQuery>
{
    public GetTrendsValidator() =>
        RuleFor(q => q.Period).Must(p => ReportPeriod.TryParse(p, out _)).When(q => !string.IsNullOrWhiteSpace(q.Period))
            .WithMessage("请按“2026-11”（月）、“2026-Q4”（季度）或“2026”（年）填写考核期。");
}
