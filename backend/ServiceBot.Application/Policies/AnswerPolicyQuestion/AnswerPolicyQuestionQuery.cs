using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Policies.AnswerPolicyQuestion;

/// <summary>
/// Answers a policy question from the knowledge base: the article, quoted, with its figures and validity; or a short
/// list to choose from; or a plain "no answer" with the consultation case to offer. The chat's policy flow sends this.
/// </summary>
[AllowAnonymous]
public sealed record AnswerPolicyQuestionQuery(string Question) : IQuery<Result<PolicyAnswer>>;
