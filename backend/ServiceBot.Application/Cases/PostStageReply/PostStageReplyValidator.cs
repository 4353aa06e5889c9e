using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.PostStageReply;

internal sealed class PostStageReplyValidator : AbstractValidator<PostStageReplyCommand>
{
    public PostStageReplyValidator()
    {
        RuleFor(c => c.CaseNumber).Must(CaseNumber.IsWellFormed).WithMessage("诉求编号格式应为 QY2026-000123。");
        RuleFor(c => c.Text).NotEmpty().WithMessage("请填写阶段性答复内容。");
    }
}
