using FluentValidation;
using ServiceBot.Application.Common.Paging;

namespace ServiceBot.Application.Enterprises.ListKeyEnterprises;

internal sealed class ListKeyEnterprisesValidator : AbstractValidator<ListKeyEnterprisesQuery>
{
    public ListKeyEnterprisesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).When(q => q.Page is not null).WithMessage("页码从1开始。");
        RuleFor(q => q.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize).When(q => q.PageSize is not null)
            .WithMessage($"每页条数应在1到{PageRequest.MaxPageSize}之间。");
        RuleFor(q => q.Text).MaximumLength(100).WithMessage("搜索词不能超过100个字。");
        RuleFor(q => q.LeaderCode).MaximumLength(32).WithMessage("县领导代码过长。");
    }
}
