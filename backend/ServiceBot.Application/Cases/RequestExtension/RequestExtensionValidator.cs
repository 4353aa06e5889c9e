using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.RequestExtension;

internal sealed class RequestExtensionValidator : AbstractValidator<RequestExtensionCommand>
{
    public RequestExtensionValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.DueDate).NotEmpty().WithMessage("请填写申请的新办结日期。");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写延期理由。");
    }
}
