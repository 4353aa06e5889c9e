using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Flows.Interruptions;

internal static class InterruptionTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(InterruptionTexts));
}
