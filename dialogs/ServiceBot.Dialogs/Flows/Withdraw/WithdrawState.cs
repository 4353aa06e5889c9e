namespace ServiceBot.Dialogs.Flows.Withdraw;

internal sealed class WithdrawState
{
    public string? CaseNumber { get; set; }

    public string? Title { get; set; }

    public string? Reason { get; set; }
}
