using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.EvaluateCase;

internal sealed class EvaluateCaseValidator : AbstractValidator<EvaluateCaseCommand>
{
    public EvaluateCaseValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.Rating).IsInEnum().WithMessage("评价只能是满意、基本满意或不满意。");
        RuleFor(c => c.Comment).MaximumLength(Case.MaxNoteLength).WithMessage($"评价意见不能超过{Case.MaxNoteLength}个字。");
    }
}
