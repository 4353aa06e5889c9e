using FluentValidation;
using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Common.Paging;

namespace ServiceBot.Application.Cases.SearchCases;

internal sealed class SearchCasesValidator : AbstractValidator<SearchCasesQuery>
{
    public SearchCasesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.State).IsInEnum().When(q => q.State is not null).WithMessage("未知的诉求状态。");
        RuleFor(q => q.Filter).IsInEnum().WithMessage("未知的筛选条件。");
        RuleFor(q => q.Scope).IsInEnum().WithMessage("未知的范围。");
        RuleFor(q => q.Order).IsInEnum().WithMessage("未知的排序方式。");
        RuleFor(q => q.Light).IsInEnum().When(q => q.Light is not null).WithMessage("未知的预警灯。");
        RuleFor(q => q.Metric).IsInEnum().When(q => q.Metric is not null).WithMessage("未知的考核指标。");
        RuleFor(q => q.Period).Must(p => ReportPeriod.TryParse(p, out _)).When(q => q.Metric is not null)
            .WithMessage(ReportPeriod.FormatHint);
        RuleFor(q => q.Bureau).MaximumLength(50).WithMessage("单位代码过长。");
        RuleFor(q => q.Category).MaximumLength(50).WithMessage("类别过长。");
        RuleFor(q => q.Town).MaximumLength(50).WithMessage("乡镇名称过长。");
        RuleFor(q => q.EscalatedTo).MaximumLength(50).WithMessage("县领导代码过长。");
        RuleFor(q => q.ContactLeader).MaximumLength(50).WithMessage("县领导代码过长。");
    }
}
