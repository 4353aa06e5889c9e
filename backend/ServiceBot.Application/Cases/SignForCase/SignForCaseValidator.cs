using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.SignForCase;

internal sealed class SignForCaseValidator : AbstractValidator<SignForCaseCommand>
{
    public SignForCaseValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
    }
}
