using FluentValidation;
using ServiceBot.Application.Cockpit.Common;

namespace ServiceBot.Application.Cockpit.GetTrends;

internal sealed class GetTrendsValidator : AbstractValidator<GetTrendsQuery>
{
    public GetTrendsValidator() =>
        RuleFor(q => q.Period).Must(p => ReportPeriod.TryParse(p, out _)).When(q => !string.IsNullOrWhiteSpace(q.Period))
            .WithMessage(ReportPeriod.FormatHint);
}
