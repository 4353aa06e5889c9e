using System.Linq.Expressions;
using FluentValidation;
using ServiceBot.Application.Common.Storage;

namespace ServiceBot.Application.Cases.Common;

/// <summary>The one set of rules for a file attached to a case, whichever request carries it.</summary>
internal static class AttachmentRules
{
    public static void AddFileRules<T>(
        this AbstractValidator<T> validator, AttachmentOptions limits, Expression<Func<T, string>> fileName, Expression<Func<T, long>> size, Expression<Func<T, string>> contentType)
    {
        validator.RuleFor(fileName).NotEmpty().WithMessage("文件名不能为空。").MaximumLength(255).WithMessage("文件名不能超过255个字符。");
        validator.RuleFor(size).GreaterThan(0).WithMessage("文件是空的。")
            .LessThanOrEqualTo(limits.MaxFileBytes).WithMessage($"文件不能超过{limits.MaxFileBytes / 1024 / 1024}MB。");
        validator.RuleFor(contentType).Must(t => limits.AllowedContentTypes.Contains(t, StringComparer.OrdinalIgnoreCase))
            .WithMessage("只能上传图片、PDF、Word、Excel或文本文件。");
    }
}
