namespace ServiceBot.Application.Policies.Common;

/// <summary>
/// The answer to a policy question, for the chat and the console.
/// </summary>
/// <param name="Text">The reply to show, in Chinese, ready to send.</param>
/// <param name="Citations">Answered: the one article; Choices: the articles to choose from; NoAnswer: possibly related articles (may be empty).</param>
/// <param name="Consultation">
/// The consultation case to offer: with <see cref="PolicyAnswerKind.NoAnswer"/> always offered in <paramref name="Text"/>;
/// with an answer, for when the asker says it did not solve the question.
/// </param>
/// <param name="FollowUp">The question to ask after an answer ("以上解答是否解决了您的问题？"); null with no answer.</param>
public sealed record PolicyAnswer(
    PolicyAnswerKind Kind,
    string Question,
    string Text,
    IReadOnlyList<PolicyCitation> Citations,
    PolicyConsultationOffer Consultation,
    string? FollowUp);
