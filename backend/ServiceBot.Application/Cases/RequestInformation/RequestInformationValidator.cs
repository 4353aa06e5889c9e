using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.RequestInformation;

internal sealed class RequestInformationValidator : AbstractValidator<RequestInformationCommand>
{
    public RequestInformationValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.Question).NotEmpty().WithMessage("请填写需要企业补充的内容。");
    }
}
