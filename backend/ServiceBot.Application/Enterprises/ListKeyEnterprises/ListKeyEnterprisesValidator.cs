using FluentValidation;
using ServiceBot.Application.Common.Paging;

namespace ServiceBot.Application.Enterprises.ListKeyEnterprises;

internal sealed class ListKeyEnterprisesValidator : AbstractValidator<ListKeyEnterprisesQuery>
{
    public ListKeyEnterprisesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.LeaderCode).MaximumLength(32).WithMessage("县领导代码过长。");
    }
}
