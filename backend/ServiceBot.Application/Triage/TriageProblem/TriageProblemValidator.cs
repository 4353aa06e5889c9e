using FluentValidation;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Triage.TriageProblem;

internal sealed class TriageProblemValidator : AbstractValidator<TriageProblemQuery>
{
    public TriageProblemValidator()
    {
        RuleFor(q => q.Text).NotEmpty().WithMessage("请提供要分诊的问题描述。")
            .Must(t => t is null || t.Any(c => !char.IsWhiteSpace(c))).WithMessage("请提供要分诊的问题描述。")
            .MaximumLength(Case.MaxDescriptionLength).WithMessage($"问题描述不能超过{Case.MaxDescriptionLength}个字。");
    }
}
