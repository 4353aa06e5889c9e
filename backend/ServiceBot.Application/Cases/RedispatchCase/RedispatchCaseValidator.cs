using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.RedispatchCase;

internal sealed class RedispatchCaseValidator : AbstractValidator<RedispatchCaseCommand>
{
    public RedispatchCaseValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.LeadBureauCode).NotEmpty().WithMessage("请选择牵头单位。");
        RuleFor(c => c.CoHandlerCodes).NotNull().Must(c => c.Count <= 10).WithMessage("协办单位最多10个。");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写改派理由。");
    }
}
