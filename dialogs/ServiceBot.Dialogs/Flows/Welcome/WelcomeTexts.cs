using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Flows.Welcome;

internal static class WelcomeTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(WelcomeTexts));
}
