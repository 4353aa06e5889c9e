using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Triage.TriageProblem;

/// <summary>Which bureau should handle a problem description. Public: the chat, the policy answers and the console use it.</summary>
[AllowAnonymous]
public sealed record TriageProblemQuery(string? Text) : IQuery<Result<TriageView>>;
