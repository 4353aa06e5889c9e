using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.MergeCase;

internal sealed class MergeCaseValidator : AbstractValidator<MergeCaseCommand>
{
    public MergeCaseValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.IntoCaseNumber).NotEmpty().WithMessage("请填写要合并到的诉求编号。");
    }
}
