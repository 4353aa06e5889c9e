namespace ServiceBot.Domain.Cases;

/// <summary>A bureau that helps the lead bureau (协办单位) and reports its input to it.</summary>
public sealed class CaseCoHandler
{
    private CaseCoHandler() => BureauCode = string.Empty;

    internal CaseCoHandler(string bureauCode, DateTimeOffset addedAt)
    {
        BureauCode = bureauCode;
        AddedAt = addedAt;
    }

    public string BureauCode { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public string? Input { get; private set; }

    public DateTimeOffset? InputAt { get; private set; }

    internal void RecordInput(string input, DateTimeOffset at)
    {
        Input = input;
        InputAt = at;
    }
}
