using FluentValidation;

namespace ServiceBot.Application.Policies.WithdrawPolicyDocument;

internal sealed class WithdrawPolicyDocumentValidator : AbstractValidator<WithdrawPolicyDocumentCommand>
{
    public WithdrawPolicyDocumentValidator() =>
        RuleFor(c => c.Reason).MaximumLength(500).WithMessage("撤下原因不能超过500个字。");
}
