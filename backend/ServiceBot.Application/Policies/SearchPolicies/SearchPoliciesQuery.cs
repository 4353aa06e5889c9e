using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Policies.SearchPolicies;

/// <summary>The articles of the knowledge base that best match a question, ranked; for the bot and the console.</summary>
[AllowAnonymous]
public sealed record SearchPoliciesQuery(string Q, int Top = 5) : IQuery<Result<IReadOnlyList<PolicySearchResult>>>
{
    public const int MaxQuestionLength = 500;
}
