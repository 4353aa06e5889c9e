namespace ServiceBot.Application.Cases.ListReplyTemplates;

/// <summary>A reply text staff can start an answer from; <c>{企业}</c> and <c>{编号}</c> are filled in with the case's.</summary>
public sealed class ReplyTemplate
{
    public string Title { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}
