using FluentValidation;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Storage;

namespace ServiceBot.Application.Cases.AddAttachment;

internal sealed class AddAttachmentValidator : AbstractValidator<AddAttachmentCommand>
{
    public AddAttachmentValidator(IOptions<AttachmentOptions> options)
    {
        var limits = options.Value;
        RuleFor(c => c.FileName).NotEmpty().WithMessage("文件名不能为空。").MaximumLength(255).WithMessage("文件名不能超过255个字符。");
        RuleFor(c => c.Size).GreaterThan(0).WithMessage("文件是空的。")
            .LessThanOrEqualTo(limits.MaxFileBytes).WithMessage($"文件不能超过{limits.MaxFileBytes / 1024 / 1024}MB。");
        RuleFor(c => c.ContentType).Must(t => limits.AllowedContentTypes.Contains(t, StringComparer.OrdinalIgnoreCase))
            .WithMessage("只能上传图片、PDF、Word、Excel或文本文件。");
    }
}
