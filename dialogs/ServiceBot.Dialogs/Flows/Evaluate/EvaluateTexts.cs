using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Flows.Evaluate;

internal static class EvaluateTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(EvaluateTexts));
}
