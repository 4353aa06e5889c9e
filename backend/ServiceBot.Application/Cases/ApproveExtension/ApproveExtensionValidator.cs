using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.ApproveExtension;

internal sealed class ApproveExtensionValidator : AbstractValidator<ApproveExtensionCommand>
{
    public ApproveExtensionValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
    }
}
