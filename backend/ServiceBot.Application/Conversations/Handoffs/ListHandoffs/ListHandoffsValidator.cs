using FluentValidation;
using ServiceBot.Application.Common.Paging;

namespace ServiceBot.Application.Conversations.Handoffs.ListHandoffs;

internal sealed class ListHandoffsValidator : AbstractValidator<ListHandoffsQuery>
{
    public ListHandoffsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Status).IsInEnum().WithMessage("状态无效。");
    }
}
