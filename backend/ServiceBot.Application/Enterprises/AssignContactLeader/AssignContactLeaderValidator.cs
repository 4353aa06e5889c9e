using FluentValidation;
using ServiceBot.Domain.Enterprises;

namespace ServiceBot.Application.Enterprises.AssignContactLeader;

internal sealed class AssignContactLeaderValidator : AbstractValidator<AssignContactLeaderCommand>
{
    public AssignContactLeaderValidator()
    {
        RuleFor(c => c.CreditCode).Must(code => UnifiedSocialCreditCode.Parse(code).IsSuccess).WithMessage("请填写正确的18位统一社会信用代码。");
        RuleFor(c => c.LeaderCode).MaximumLength(32).WithMessage("县领导代码过长。");
    }
}
