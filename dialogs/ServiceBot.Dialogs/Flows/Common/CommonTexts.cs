using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Flows.Common;

/// <summary>Texts every flow uses (<c>CommonTexts.resx</c>): the menu, dates, case facts.</summary>
internal static class CommonTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(CommonTexts));

    public static string Get(string key) => Catalog[key];

    public static string Format(string key, params object?[] values) => Catalog.Format(key, values);
}
