using FluentValidation;
using ServiceBot.Application.Common.Paging;

namespace ServiceBot.Application.Cases.ListCaseQueue;

internal sealed class ListCaseQueueValidator : AbstractValidator<ListCaseQueueQuery>
{
    public ListCaseQueueValidator()
    {
        RuleFor(q => q.Queue).IsInEnum().WithMessage("未知的待办类别。");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).When(q => q.Page is not null).WithMessage("页码从1开始。");
        RuleFor(q => q.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize).When(q => q.PageSize is not null)
            .WithMessage($"每页条数应在1到{PageRequest.MaxPageSize}之间。");
        RuleFor(q => q.Text).MaximumLength(100).WithMessage("搜索词不能超过100个字。");
        RuleFor(q => q.EscalatedTo).MaximumLength(32).WithMessage("县领导代码过长。");
    }
}
