using FluentValidation;
using ServiceBot.Application.Common.Storage;

namespace ServiceBot.Application.Cases.Common;

internal sealed class NewAttachmentValidator : AbstractValidator<NewAttachment>
{
    public NewAttachmentValidator(AttachmentOptions limits) => this.AddFileRules(limits, f => f.FileName, f => f.Size, f => f.ContentType);
}
