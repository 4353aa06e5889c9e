using FluentValidation;

namespace ServiceBot.Application.Conversations.LinkChatUser;

internal sealed class LinkChatUserValidator : AbstractValidator<LinkChatUserCommand>
{
    public LinkChatUserValidator()
    {
        RuleFor(c => c.ConversationId).NotEmpty().MaximumLength(ChatConversation.MaxIdLength).WithMessage("会话标识无效。");
        RuleFor(c => c.CompanyName).NotEmpty().WithMessage("请填写企业名称。").MaximumLength(100).WithMessage("企业名称不能超过100个字。");
        RuleFor(c => c.ContactName).NotEmpty().WithMessage("请填写联系人姓名。").MaximumLength(50).WithMessage("联系人姓名不能超过50个字。");
        RuleFor(c => c.CreditCode).NotEmpty().WithMessage("请填写统一社会信用代码。");
        RuleFor(c => c.Mobile).NotEmpty().WithMessage("请填写联系人手机号码。");
    }
}
