namespace ServiceBot.Dialogs.Tests.Engine;

internal sealed class HostState
{
    public string? Received { get; set; }
}
