using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Flows.ReportProblem;

internal static class ReportProblemTexts
{
    public static TextCatalog Catalog { get; } = new(typeof(ReportProblemTexts));
}
