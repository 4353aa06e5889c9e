namespace ServiceBot.Dialogs.Tests.Engine;

internal sealed class SurveyState
{
    public string? Name { get; set; }

    public decimal Age { get; set; }

    public bool Confirmed { get; set; }
}
