using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Flows.PolicyQuestion;

internal static class PolicyQuestionTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(PolicyQuestionTexts));
}
