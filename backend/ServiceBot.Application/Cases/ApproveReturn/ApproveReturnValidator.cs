using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.ApproveReturn;

internal sealed class ApproveReturnValidator : AbstractValidator<ApproveReturnCommand>
{
    public ApproveReturnValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.LeadBureauCode).NotEmpty().WithMessage("同意退单须选择新的牵头单位。");
        RuleFor(c => c.CoHandlerCodes).NotNull();
    }
}
