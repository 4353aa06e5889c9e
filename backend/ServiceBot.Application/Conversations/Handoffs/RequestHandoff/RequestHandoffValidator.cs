using FluentValidation;

namespace ServiceBot.Application.Conversations.Handoffs.RequestHandoff;

internal sealed class RequestHandoffValidator : AbstractValidator<RequestHandoffCommand>
{
    public RequestHandoffValidator()
    {
        RuleFor(c => c.ConversationId).NotEmpty().MaximumLength(ChatConversation.MaxIdLength).WithMessage("会话标识无效。");
        RuleFor(c => c.Reason).NotNull().WithMessage("请说明转人工的原因。");
    }
}
