using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.ApproveAnswer;

internal sealed class ApproveAnswerValidator : AbstractValidator<ApproveAnswerCommand>
{
    public ApproveAnswerValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
    }
}
