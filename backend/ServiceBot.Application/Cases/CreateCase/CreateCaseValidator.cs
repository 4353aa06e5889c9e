using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cases.CreateCase;

internal sealed class CreateCaseValidator : AbstractValidator<CreateCaseCommand>
{
    public CreateCaseValidator()
    {
        RuleFor(c => c.Type).IsInEnum().WithMessage("诉求类型只能是难题诉求、政策咨询、意见建议或投诉。");
        RuleFor(c => c.Urgency).IsInEnum().WithMessage("紧急程度只能是一般或紧急。");
        RuleFor(c => c.Complexity).IsInEnum().WithMessage("复杂程度只能是简单、一般或复杂。");
        RuleFor(c => c.Description).NotEmpty().WithMessage("请描述您遇到的问题。")
            .MaximumLength(Case.MaxDescriptionLength).WithMessage($"问题描述不能超过{Case.MaxDescriptionLength}个字。");
        RuleFor(c => c.UrgencyReason).NotEmpty().When(c => c.Urgency == CaseUrgency.Urgent).WithMessage("紧急诉求请说明紧急的原因。");
        RuleFor(c => c.ContactName).NotEmpty().WithMessage("请填写联系人姓名。").MaximumLength(50).WithMessage("联系人姓名不能超过50个字。");
        RuleFor(c => c.ContactMobile).NotEmpty().WithMessage("请填写联系人手机号码。");
        RuleFor(c => c.Category).MaximumLength(50).WithMessage("诉求类别不能超过50个字。");
        RuleFor(c => c.Channel).MaximumLength(50).WithMessage("来源渠道不能超过50个字。");
    }
}
