namespace ServiceBot.Dialogs.Flows.MyCases;

internal sealed class MyCasesState
{
    /// <summary>The case asked about by number (查询进度 QY2026-000123); null lists the open cases.</summary>
    public string? CaseNumber { get; set; }
}
