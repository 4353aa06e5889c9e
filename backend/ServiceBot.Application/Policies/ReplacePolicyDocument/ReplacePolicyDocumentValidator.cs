using FluentValidation;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Policies.Common;

namespace ServiceBot.Application.Policies.ReplacePolicyDocument;

internal sealed class ReplacePolicyDocumentValidator : AbstractValidator<ReplacePolicyDocumentCommand>
{
    public ReplacePolicyDocumentValidator(IPolicyFileReader reader, IOptions<PoliciesOptions> options) =>
        PolicyUploadRules.Apply(this, c => c.FileName, c => c.Content, reader, options.Value);
}
