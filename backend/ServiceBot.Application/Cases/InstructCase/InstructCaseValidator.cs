using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.InstructCase;

internal sealed class InstructCaseValidator : AbstractValidator<InstructCaseCommand>
{
    public InstructCaseValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.Instruction).NotEmpty().WithMessage("请填写批示内容。");
        RuleFor(c => c.AddCoHandlerCodes).NotNull();
    }
}
