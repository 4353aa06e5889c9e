using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.SubmitCoHandlerInput;

internal sealed class SubmitCoHandlerInputValidator : AbstractValidator<SubmitCoHandlerInputCommand>
{
    public SubmitCoHandlerInputValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.Input).NotEmpty().WithMessage("请填写协办意见。");
    }
}
