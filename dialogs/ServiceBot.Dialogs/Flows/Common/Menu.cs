using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Flows.Common;

/// <summary>The main menu under a greeting, a fallback or the end of a flow: 反映问题 / 政策咨询 / 我的诉求.</summary>
internal static class Menu
{
    public static string Report => CommonTexts.Get("MenuReport");

    public static string Policy => CommonTexts.Get("MenuPolicy");

    public static string MyCases => CommonTexts.Get("MenuMyCases");

    public static SuggestedAction[] Actions() => [new(Report, Report), new(Policy, Policy), new(MyCases, MyCases)];

    /// <summary><paramref name="text"/> with the menu under it.</summary>
    public static Reply Say(string text) => Reply.Say(text).WithActions(Actions());
}
