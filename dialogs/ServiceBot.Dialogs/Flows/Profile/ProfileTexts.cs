using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Flows.Profile;

internal static class ProfileTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(ProfileTexts));
}
