using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Engine.Texts;

/// <summary>The engine's own texts (<c>EngineTexts.resx</c>): prompt help and retries, giving up, restarting.</summary>
internal static class EngineTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(EngineTexts));

    public static string Get(string key) => Catalog[key];

    public static SuggestedAction SkipAction() => Action("ActionSkip");

    public static SuggestedAction Action(string key) => new(Catalog[key], Catalog[key]);

    /// <summary>After too many answers a prompt could not use: the flow ends; start again or ask for a person.</summary>
    public static Reply GaveUp() => Reply.Say(Catalog["GaveUp"]).WithActions(Action("ActionRestart"), Action("ActionHuman"));
}
