using FluentValidation;

namespace ServiceBot.Application.Common.Paging;

/// <summary>The rules of every <see cref="IPagedRequest"/>, included by each list's own validator.</summary>
internal sealed class PagedRequestValidator : AbstractValidator<IPagedRequest>
{
    public PagedRequestValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).When(q => q.Page is not null).WithMessage("页码从1开始。");
        RuleFor(q => q.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize).When(q => q.PageSize is not null)
            .WithMessage($"每页条数应在1到{PageRequest.MaxPageSize}之间。");
        RuleFor(q => q.Text).MaximumLength(100).WithMessage("搜索词不能超过100个字。");
    }
}
