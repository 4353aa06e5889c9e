using MediatR;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Policies.AnswerPolicyQuestion;

internal sealed class AnswerPolicyQuestionHandler(IApplicationDbContext db, PolicySearchIndex index, PolicyAnswerComposer composer)
    : IRequestHandler<AnswerPolicyQuestionQuery, Result<PolicyAnswer>>
{
    public async Task<Result<PolicyAnswer>> Handle(AnswerPolicyQuestionQuery request, CancellationToken cancellationToken)
    {
        var snapshot = await index.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
        return await composer.ComposeAsync(request.Question.Trim(), snapshot, cancellationToken).ConfigureAwait(false);
    }
}
