using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.RequestReturn;

internal sealed class RequestReturnValidator : AbstractValidator<RequestReturnCommand>
{
    public RequestReturnValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写退单理由。");
    }
}
