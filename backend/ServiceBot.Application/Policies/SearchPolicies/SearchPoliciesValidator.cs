using FluentValidation;

namespace ServiceBot.Application.Policies.SearchPolicies;

internal sealed class SearchPoliciesValidator : AbstractValidator<SearchPoliciesQuery>
{
    public SearchPoliciesValidator()
    {
        RuleFor(q => q.Q).NotEmpty().WithMessage("请输入要查询的问题或关键词。")
            .MaximumLength(SearchPoliciesQuery.MaxQuestionLength).WithMessage($"查询内容不能超过{SearchPoliciesQuery.MaxQuestionLength}个字。");
        RuleFor(q => q.Top).InclusiveBetween(1, 20).WithMessage("返回条数应在1至20之间。");
    }
}
