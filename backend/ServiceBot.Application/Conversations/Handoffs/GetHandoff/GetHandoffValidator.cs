using FluentValidation;

namespace ServiceBot.Application.Conversations.Handoffs.GetHandoff;

internal sealed class GetHandoffValidator : AbstractValidator<GetHandoffQuery>
{
    public GetHandoffValidator() => RuleFor(q => q.AfterSequence).GreaterThanOrEqualTo(0).WithMessage("消息序号从0开始。");
}
