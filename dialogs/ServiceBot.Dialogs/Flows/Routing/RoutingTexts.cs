using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Flows.Routing;

internal static class RoutingTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(RoutingTexts));
}
