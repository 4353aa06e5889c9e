using FluentValidation;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.AnswerCase;

internal sealed class AnswerCaseValidator : AbstractValidator<AnswerCaseCommand>
{
    public AnswerCaseValidator(IOptions<AttachmentOptions> options)
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.Answer).NotEmpty().WithMessage("请填写答复内容。").MaximumLength(Case.MaxNoteLength).WithMessage($"答复内容不能超过{Case.MaxNoteLength}个字。");
        RuleForEach(c => c.Files).SetValidator(new NewAttachmentValidator(options.Value));
    }
}
