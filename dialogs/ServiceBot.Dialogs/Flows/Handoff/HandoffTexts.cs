using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Flows.Handoff;

internal static class HandoffTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(HandoffTexts));
}
