using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Flows.Withdraw;

internal static class WithdrawTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(WithdrawTexts));
}
