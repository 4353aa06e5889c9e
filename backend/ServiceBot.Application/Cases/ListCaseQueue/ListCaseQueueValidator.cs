using FluentValidation;
using ServiceBot.Application.Common.Paging;

namespace ServiceBot.Application.Cases.ListCaseQueue;

internal sealed class ListCaseQueueValidator : AbstractValidator<ListCaseQueueQuery>
{
    public ListCaseQueueValidator()
    {
        RuleFor(q => q.Queue).IsInEnum().WithMessage("未知的待办类别。");
        Include(new PagedRequestValidator());
        RuleFor(q => q.EscalatedTo).MaximumLength(32).WithMessage("县领导代码过长。");
    }
}
