using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Flows.MyCases;

internal static class MyCasesTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(MyCasesTexts));
}
