using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Flows.Supplement;

internal static class SupplementTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(SupplementTexts));
}
