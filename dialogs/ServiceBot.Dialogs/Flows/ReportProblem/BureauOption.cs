namespace ServiceBot.Dialogs.Flows.ReportProblem;

internal sealed record BureauOption(string Code, string Name);
