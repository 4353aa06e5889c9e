using FluentValidation;
using ServiceBot.Application.Policies.SearchPolicies;

namespace ServiceBot.Application.Policies.AnswerPolicyQuestion;

internal sealed class AnswerPolicyQuestionValidator : AbstractValidator<AnswerPolicyQuestionQuery>
{
    public AnswerPolicyQuestionValidator()
    {
        RuleFor(q => q.Question).NotEmpty().WithMessage("请输入您想咨询的政策问题。")
            .MaximumLength(SearchPoliciesQuery.MaxQuestionLength).WithMessage($"问题不能超过{SearchPoliciesQuery.MaxQuestionLength}个字。");
    }
}
