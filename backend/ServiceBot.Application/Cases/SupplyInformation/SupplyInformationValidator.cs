using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.SupplyInformation;

internal sealed class SupplyInformationValidator : AbstractValidator<SupplyInformationCommand>
{
    public SupplyInformationValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.Information).NotEmpty().WithMessage("请填写补充内容。");
    }
}
