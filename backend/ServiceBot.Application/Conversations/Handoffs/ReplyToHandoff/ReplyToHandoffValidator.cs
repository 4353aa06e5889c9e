using FluentValidation;

namespace ServiceBot.Application.Conversations.Handoffs.ReplyToHandoff;

internal sealed class ReplyToHandoffValidator : AbstractValidator<ReplyToHandoffCommand>
{
    /// <summary>What a chat bubble reasonably holds; longer answers belong in a case.</summary>
    public const int MaxLength = 1000;

    public ReplyToHandoffValidator()
    {
        RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("请填写回复内容。");
        RuleFor(c => c.Text).MaximumLength(MaxLength).WithMessage($"回复不能超过{MaxLength}个字，请分几条发送。");
    }
}
