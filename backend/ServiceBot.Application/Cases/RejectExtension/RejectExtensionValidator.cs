using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.RejectExtension;

internal sealed class RejectExtensionValidator : AbstractValidator<RejectExtensionCommand>
{
    public RejectExtensionValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写不同意延期的理由。");
    }
}
