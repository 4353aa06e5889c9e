using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.CloseUnevaluatedCase;

internal sealed class CloseUnevaluatedCaseValidator : AbstractValidator<CloseUnevaluatedCaseCommand>
{
    public CloseUnevaluatedCaseValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
    }
}
