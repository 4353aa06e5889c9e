using FluentValidation;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Storage;

namespace ServiceBot.Application.Cases.AddAttachment;

internal sealed class AddAttachmentValidator : AbstractValidator<AddAttachmentCommand>
{
    public AddAttachmentValidator(IOptions<AttachmentOptions> options) => this.AddFileRules(options.Value, c => c.FileName, c => c.Size, c => c.ContentType);
}
