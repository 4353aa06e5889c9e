using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.LogContact;

internal sealed class LogContactValidator : AbstractValidator<LogContactCommand>
{
    public LogContactValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.Note).NotEmpty().WithMessage("请填写联系情况。");
    }
}
