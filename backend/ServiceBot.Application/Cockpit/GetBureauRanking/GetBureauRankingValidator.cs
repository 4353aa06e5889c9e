using FluentValidation;
using ServiceBot.Application.Cockpit.Common;

namespace ServiceBot.Application.Cockpit.GetBureauRanking;

internal sealed class GetBureauRankingValidator : AbstractValidator<GetBureauRankingQuery>
{
    public GetBureauRankingValidator() =>
        RuleFor(q => q.Period).Must(p => ReportPeriod.TryParse(p, out _)).When(q => !string.IsNullOrWhiteSpace(q.Period))
            .WithMessage(ReportPeriod.FormatHint);
}
