using ServiceBot.Dialogs.Engine.Texts;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Flows.Welcome;

/// <summary>The greeting when someone joins (conversationUpdate), the general help, and the fallback: each with the menu.</summary>
internal static class WelcomeReplies
{
    private static TextCatalog Texts => WelcomeTexts.Catalog;

    public static Reply Greeting() => Menu.Say(Texts["Greeting"]).WithCard(Card());

    public static Reply Help() => Menu.Say(Texts["Help"]).WithCard(Card());

    public static Reply Hello() => Menu.Say(Texts["Hello"]);

    public static Reply Fallback() => Menu.Say(Texts["Fallback"]);

    private static string Card() =>
        new AdaptiveCard()
            .Title(Texts["CardTitle"])
            .Text(Texts["CardReport"])
            .Text(Texts["CardPolicy"])
            .Text(Texts["CardMyCases"])
            .Text(Texts["CardAnytime"], subtle: true)
            .ToJson();
}
