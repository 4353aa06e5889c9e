using FluentValidation;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Policies.Common;

namespace ServiceBot.Application.Policies.AddPolicyDocument;

internal sealed class AddPolicyDocumentValidator : AbstractValidator<AddPolicyDocumentCommand>
{
    public AddPolicyDocumentValidator(IPolicyFileReader reader, IOptions<PoliciesOptions> options) =>
        PolicyUploadRules.Apply(this, c => c.FileName, c => c.Content, reader, options.Value);
}
